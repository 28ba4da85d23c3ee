//! Lines → blocks → articles: headlines, bylines, captions, and the page furniture that is dropped.

use crate::model::{Article, Date, Discarded, Paragraph};

/// A page split into its articles, with what belongs to none of them.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub articles: Vec<Article>,
    pub discarded: Vec<Discarded>,
    /// The date the page prints for itself, if any (`时间:2018-10-21 21:15`).
    pub date: Option<Date>,
}

/// Splits a page into articles. (Placeholder: one article per page, one paragraph per line.)
pub fn split(text: &str) -> Page {
    let mut article = Article::default();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let start = offset + (line.len() - line.trim_start().len());
            article.paragraphs.push(Paragraph::contiguous(trimmed, start));
        }
        offset += line.len();
    }
    Page { articles: vec![article], discarded: Vec::new(), date: None }
}
