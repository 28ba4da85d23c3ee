//! Before/after pairs of one indicator: 由 A 提高到 B, 从 A 增至 B.

use crate::model::Change;
use crate::ArticleContext;

/// (Placeholder.)
pub fn find(_ctx: &ArticleContext) -> Vec<Change> {
    Vec::new()
}
