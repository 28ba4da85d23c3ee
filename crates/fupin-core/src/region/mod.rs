//! Administrative divisions (GB/T 2260) and places below county level.

use crate::model::{Place, Region};
use crate::ArticleContext;

#[derive(Debug, Clone, Default)]
pub struct Found {
    pub regions: Vec<Region>,
    pub primary: Option<Region>,
    pub places: Vec<Place>,
}

pub struct Gazetteer;

impl Gazetteer {
    pub fn new() -> Self {
        Gazetteer
    }

    /// (Placeholder.)
    pub fn find(&self, _ctx: &ArticleContext) -> Found {
        Found::default()
    }
}

impl Default for Gazetteer {
    fn default() -> Self {
        Self::new()
    }
}
