//! (Placeholder.)

use crate::model::Term;
use crate::ArticleContext;

pub struct Terms;

impl Terms {
    pub fn new() -> Self {
        Terms
    }

    pub fn find(&self, _ctx: &ArticleContext) -> Vec<Term> {
        Vec::new()
    }
}

impl Default for Terms {
    fn default() -> Self {
        Self::new()
    }
}
