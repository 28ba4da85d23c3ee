//! Documents cited by title in 《》: policies, plans, newspapers.

use super::lexicon::{Hits, List};
use crate::model::{CitedDocument, Paragraph};

/// A title longer than this is a bracket left open, not a title.
const MAX_TITLE_CHARS: usize = 80;

/// Appends the titles cited in `paragraph` (whose words are `hits`) to `out`, without the
/// brackets, each title once. Nested brackets (`《关于〈…〉的通知》`) stay inside the outer title.
pub(super) fn find(paragraph: &Paragraph, hits: &Hits, out: &mut Vec<CitedDocument>) {
    let text = paragraph.text.as_str();
    let mut rest_from = 0;
    for open in hits.starts_of(List::TitleOpen) {
        if open < rest_from {
            continue;
        }
        let inner = open + '《'.len_utf8();
        rest_from = inner;
        let Some(close) = closing(&text[inner..]).map(|i| inner + i) else { continue };
        let raw = &text[inner..close];
        let title = raw.trim();
        if !title.is_empty() && out.len() < super::MAX_RECORDS && !out.iter().any(|d| d.title == title) {
            let lead = raw.len() - raw.trim_start().len();
            let start = inner + lead;
            out.push(CitedDocument {
                title: title.to_string(),
                span: paragraph.span_of(start, start + title.len()),
            });
        }
        rest_from = close + '》'.len_utf8();
    }
}

/// The byte offset of the 》 that closes a title starting at `s`, if it closes within bounds
/// and on the same line.
fn closing(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (n, (i, c)) in s.char_indices().enumerate() {
        if n > MAX_TITLE_CHARS {
            return None;
        }
        match c {
            '《' => depth += 1,
            '》' if depth == 0 => return Some(i),
            '》' => depth -= 1,
            '\n' | '\r' => return None,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::entity::tests::{article, find};

    fn titles(paragraph: &str) -> Vec<String> {
        let (input, a) = article(&[paragraph]);
        find(&a, &input).cited_documents.into_iter().map(|d| d.title).collect()
    }

    #[test]
    fn titles_without_brackets() {
        assert_eq!(titles("市里印发《某市2019年就业帮扶工作方案》和《通知》，再次强调《通知》。"), ["某市2019年就业帮扶工作方案", "通知"]);
    }

    #[test]
    fn span_covers_the_title() {
        let (input, a) = article(&["据《乡村日报》报道"]);
        let d = &find(&a, &input).cited_documents[0];
        assert_eq!(&input[d.span.start..d.span.end], "乡村日报");
    }

    #[test]
    fn nested_and_unclosed_brackets() {
        assert_eq!(titles("《关于印发《办法》的通知》"), ["关于印发《办法》的通知"]);
        assert!(titles("《没有结尾的书名").is_empty());
        assert!(titles("《》").is_empty());
    }
}
