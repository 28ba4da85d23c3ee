//! Poverty relevance and themes.

use crate::model::Topic;
use crate::ArticleContext;

pub struct Topics;

impl Topics {
    pub fn new() -> Self {
        Topics
    }

    /// (Placeholder.)
    pub fn classify(&self, _ctx: &ArticleContext) -> Topic {
        Topic::default()
    }
}

impl Default for Topics {
    fn default() -> Self {
        Self::new()
    }
}
