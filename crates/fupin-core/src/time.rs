//! Years, spans of years and dates, resolved against a reference date.

use crate::model::TimeExpr;
use crate::ArticleContext;

/// Finds and normalises the article's time expressions. (Placeholder.)
pub fn find(_ctx: &ArticleContext) -> Vec<TimeExpr> {
    Vec::new()
}
