//! (Placeholder.)

use crate::model::Program;
use crate::ArticleContext;

pub struct Programs;

impl Programs {
    pub fn new() -> Self {
        Programs
    }

    pub fn find(&self, _ctx: &ArticleContext) -> Vec<Program> {
        Vec::new()
    }
}

impl Default for Programs {
    fn default() -> Self {
        Self::new()
    }
}
