//! The one place byte offsets become the offsets a client asked for.
//!
//! The core counts in UTF-8 bytes; clients count in code points (the default, what Python's
//! `str` indexes), UTF-8 bytes, or UTF-16 code units (what JavaScript and Java index), as
//! Google's Natural Language API does with `encoding_type`.

use crate::model::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    #[default]
    CodePoint,
    Utf8,
    Utf16,
}

/// Converts byte offsets of one text into another encoding's offsets in O(log n) each, after an
/// O(n) table built once per text.
pub struct Offsets {
    encoding: Encoding,
    /// For each char: (byte offset, offset in `encoding`), plus a final (len, total) entry.
    table: Vec<(usize, usize)>,
}

impl Offsets {
    pub fn new(text: &str, encoding: Encoding) -> Self {
        let table = match encoding {
            Encoding::Utf8 => Vec::new(),
            Encoding::CodePoint | Encoding::Utf16 => {
                let mut table = Vec::with_capacity(text.len() / 2 + 1);
                let mut unit = 0;
                for (byte, c) in text.char_indices() {
                    table.push((byte, unit));
                    unit += if encoding == Encoding::Utf16 { c.len_utf16() } else { 1 };
                }
                table.push((text.len(), unit));
                table
            }
        };
        Offsets { encoding, table }
    }

    /// The offset of byte `byte` in this encoding. A byte inside a char maps to that char's start;
    /// a byte past the end maps to the end.
    pub fn convert(&self, byte: usize) -> usize {
        if self.encoding == Encoding::Utf8 {
            return byte;
        }
        match self.table.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(i) => self.table[i].1,
            Err(0) => 0,
            Err(i) => self.table[i - 1].1,
        }
    }

    pub fn span(&self, span: Span) -> Span {
        Span::new(self.convert(span.start), self.convert(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_points_count_chinese_as_one() {
        let text = "扶贫a😀b";
        let o = Offsets::new(text, Encoding::CodePoint);
        assert_eq!(o.convert(0), 0);
        assert_eq!(o.convert(6), 2); // after 扶贫
        assert_eq!(o.convert(7), 3); // after a
        assert_eq!(o.convert(11), 4); // after the emoji
        assert_eq!(o.convert(text.len()), 5);
    }

    #[test]
    fn utf16_counts_astral_chars_as_two() {
        let text = "扶贫a😀b";
        let o = Offsets::new(text, Encoding::Utf16);
        assert_eq!(o.convert(11), 5);
        assert_eq!(o.convert(text.len()), 6);
    }

    #[test]
    fn utf8_is_identity() {
        let o = Offsets::new("扶贫", Encoding::Utf8);
        assert_eq!(o.span(Span::new(3, 6)), Span::new(3, 6));
    }
}
