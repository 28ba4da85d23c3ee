//! Keywords by jieba-rs TextRank with the domain dictionary loaded.

use crate::model::Keyword;
use crate::ArticleContext;

pub struct Keywords;

impl Keywords {
    pub fn new() -> Self {
        Keywords
    }

    /// (Placeholder.)
    pub fn extract(&self, _ctx: &ArticleContext) -> Vec<Keyword> {
        Vec::new()
    }
}

impl Default for Keywords {
    fn default() -> Self {
        Self::new()
    }
}
