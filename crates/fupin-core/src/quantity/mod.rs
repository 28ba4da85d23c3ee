//! Every quantity of an article with its unit, qualifier, subject and year.

use crate::model::Fact;
use crate::ArticleContext;

pub struct Quantities;

impl Quantities {
    pub fn new() -> Self {
        Quantities
    }

    /// (Placeholder.)
    pub fn facts(&self, _ctx: &ArticleContext) -> Vec<Fact> {
        Vec::new()
    }
}

impl Default for Quantities {
    fn default() -> Self {
        Self::new()
    }
}
