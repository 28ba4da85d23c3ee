//! Tables printed as text: `汤湖镇 茶园面积4.2万亩 带动脱贫户1860户`, one row a line, the row's
//! label first and then cells of a column name and its figure, apart by spaces. No sentence holds
//! them together, so the subject of each figure is the row's label with its column's name, not a
//! phrase read across the spaces into the next cell; and the year of each is the one the
//! caption line above the rows prints (`2021年,各镇带动情况如下:`).

use std::ops::Range;

/// Fewest figure cells a row has besides its label.
const MIN_CELLS: usize = 2;
/// Longest row label in characters (a town, a village, a year, a kind of crop).
const MAX_LABEL_CHARS: usize = 8;
/// Longest cell in characters.
const MAX_CELL_CHARS: usize = 20;

/// A row of a table printed as text: its label and its figure cells, as byte ranges of the line.
#[derive(Debug, PartialEq, Eq)]
pub struct Row {
    pub label: Range<usize>,
    pub cells: Vec<Range<usize>>,
}

impl Row {
    /// Reads `text` as a row: a label of Han characters with no digit, then at least
    /// [`MIN_CELLS`] short cells, each holding an Arabic digit and no punctuation of a sentence.
    pub fn of(text: &str) -> Option<Row> {
        // most paragraphs are sentences with no space near their start: they are passed at once
        if !text.trim_start().chars().take(MAX_LABEL_CHARS + 1).any(char::is_whitespace) {
            return None;
        }
        let mut parts = cells(text);
        let label = parts.next()?;
        let label_text = &text[label.clone()];
        if label_text.chars().count() > MAX_LABEL_CHARS || !label_text.chars().all(crate::charset::is_han) {
            return None;
        }
        let cells: Vec<Range<usize>> = parts.collect();
        let is_cell = |r: &Range<usize>| {
            let cell = &text[r.clone()];
            cell.chars().count() <= MAX_CELL_CHARS
                && cell.chars().any(|c| c.is_ascii_digit())
                && !cell.contains(['，', ',', '。', '；', ';', '：', ':', '！', '？'])
        };
        (cells.len() >= MIN_CELLS && cells.iter().all(is_cell)).then_some(Row { label, cells })
    }

    /// The subject of a figure whose quantity leads at byte `lead` of the row: the label, then
    /// the words of its cell before the figure. `None` for a byte outside the figure cells, or
    /// a cell with no words before its figure.
    pub fn subject(&self, text: &str, lead: usize) -> Option<String> {
        let cell = self.cells.iter().find(|c| c.contains(&lead))?;
        let name = text[cell.start..lead].trim();
        (!name.is_empty()).then(|| format!("{}{}", &text[self.label.clone()], name))
    }
}

/// The byte ranges of the space-separated parts of `text`.
fn cells(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let rest = &text[at..];
        let start = at + (rest.len() - rest.trim_start().len());
        if start >= text.len() {
            return None;
        }
        let len = text[start..].find(char::is_whitespace).unwrap_or(text.len() - start);
        at = start + len;
        Some(start..start + len)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_figure_takes_its_row_and_its_column() {
        let t = "甲镇 果园面积3.5万亩 带动脱贫户900户";
        let row = Row::of(t).unwrap();
        assert_eq!(row.cells.len(), 2);
        assert_eq!(row.subject(t, t.find("3.5").unwrap()).as_deref(), Some("甲镇果园面积"));
        assert_eq!(row.subject(t, t.find("900").unwrap()).as_deref(), Some("甲镇带动脱贫户"));
        assert_eq!(row.subject(t, 0), None);
    }

    #[test]
    fn sentences_and_bylines_are_no_rows() {
        assert_eq!(Row::of("全县建成大棚300个,带动农户200户。"), None);
        assert_eq!(Row::of("记者 张三 通讯员 李四"), None);
        assert_eq!(Row::of("甲镇 果园面积3.5万亩"), None);
        assert_eq!(Row::of(""), None);
        assert_eq!(Row::of("   "), None);
    }
}
