//! Tables printed as text: `汤湖镇 茶园面积4.2万亩 带动脱贫户1860户`, one row a line, the row's
//! label first and then cells of a column name and its figure, apart by spaces. No sentence holds
//! them together, so the subject of each figure is the row's label with its column's name, not a
//! phrase read across the spaces into the next cell; and the year of each is the one the
//! caption line above the rows prints (`2021年,各镇带动情况如下:`). A box of figures prints a
//! label and its figure a line (`全县柑橘种植面积:32万亩`): the label is the figure's subject.

use std::ops::Range;
use std::sync::LazyLock;

use memchr::memmem::Finder;

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
        if !crate::charset::space_within(crate::page::trim_start(text), MAX_LABEL_CHARS + 1) {
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

/// Longest line read as a figure record.
const MAX_RECORD_CHARS: usize = 40;

/// `全县柑橘种植面积:32万亩`, `带动脱贫户:约1.2万户、4.1万人`: a short line of a label, a colon
/// and a figure with its unit, and nothing else. Returns where the label ends (the colon).
pub fn record_label_end(text: &str) -> Option<usize> {
    // most paragraphs are longer than any record: told by their bytes, before any is read
    if text.len() > 4 * MAX_RECORD_CHARS {
        return None;
    }
    let colon = crate::charset::find_mark(text, |c| matches!(c, ':' | '：'))?;
    let label = &text[..colon];
    // (`总人口：1652人（其中常住人口1108人）`: a note in brackets may close the record)
    let text = &text[..record_note_start(text).max(colon)];
    let value = text[colon..].trim_start_matches([':', '：', ' ']);
    let figure_first = value.trim_start_matches(['约', '近', '超', '逾']).starts_with(|c: char| c.is_ascii_digit());
    let unit_last = text.chars().next_back().is_some_and(|c| crate::charset::is_han(c) || c == '%');
    let fits = text.chars().nth(MAX_RECORD_CHARS).is_none()
        && (2..=16).contains(&label.chars().count())
        && !label.contains(['，', ',', '。'])
        && !value.contains(['，', ',', '。', '；', ';']);
    (fits && figure_first && unit_last).then_some(colon)
}

/// Where a note in brackets closing a record starts (`（其中常住人口1108人）`), or the end of
/// `text` when it closes on none.
pub fn record_note_start(text: &str) -> usize {
    if !text.ends_with(['）', ')']) {
        return text.len();
    }
    text.rfind(['（', '(']).filter(|&k| k > 0).unwrap_or(text.len())
}

/// The cells of a line set apart by wide gaps (an ideographic space, a tab or two spaces),
/// trimmed: a footer's fields, a table's cells in a scrape that keeps no column.
pub fn wide_cells(text: &str) -> impl Iterator<Item = &str> + Clone {
    text.split(['\u{3000}', '\t']).flat_map(|c| c.split("  ")).map(str::trim).filter(|c| !c.is_empty())
}

/// Longest line read as a policy's terms under their label.
const MAX_TERMS_CHARS: usize = 60;

/// Longest label of a policy's terms, in characters (`农村义务教育学生营养改善计划`).
const MAX_TERMS_LABEL_CHARS: usize = 16;

/// How the name of a kind of help ends (`学前教育资助`, `雨露计划`, `临时救助`, `农村低保`).
const HELP_NAME_ENDS: [&str; 19] = [
    "资助", "补助", "补贴", "助学金", "计划", "贷款", "信贷", "报销", "岗位", "代赈", "培训", "车间", "奖补", "保险", "改造", "低保", "供养",
    "救助", "奖励",
];

/// Words that make a line the terms of help (a rate, a standard, a cap), not a report of what
/// was done (`危房改造：完成改造86户`).
const TERMS_WORDS: [&str; 9] = ["每", "标准", "最高", "不超过", "不低于", "以下", "以内", "比例", "限额"];

/// `雨露计划：每生每学期1500元`, `小额信贷：5万元以下、3年以内，免担保免抵押`: a line of a
/// policy card, the help's name in Han characters (a kind of help by its ending, not a form's
/// field such as `住房情况`), a colon, and its terms in clauses, no sentence. Returns where the
/// label ends (the colon).
pub fn term_label_end(text: &str) -> Option<usize> {
    if text.len() > 4 * MAX_TERMS_CHARS {
        return None;
    }
    let (label, terms) = crate::charset::han_label(text, MAX_TERMS_LABEL_CHARS)?;
    // (`明年计划：`, `工作计划：` name a report's plans, not a kind of help)
    let plans = ["年计划", "工作计划", "步计划", "期计划"].iter().any(|e| label.ends_with(e));
    let fits = text.chars().nth(MAX_TERMS_CHARS).is_none()
        && HELP_NAME_ENDS.iter().any(|e| label.ends_with(e))
        && !plans
        && TERMS_WORDS.iter().any(|w| terms.contains(w))
        && !terms.contains(['。', '：', ':', '“', '”', '！', '？']);
    fits.then_some(label.len())
}

/// Longest figure cell of a figure-first record, in characters.
const MAX_FIGURE_CHARS: usize = 10;

/// `38.6亿元` on a line of its own: a box of figures that prints each figure over its label.
/// Digits first, a unit last, nothing but the number, its multiplier and unit between.
/// A box may print a figure in Chinese numerals as well (`三分之一`, `近三成`, `两万余人`).
pub fn lone_figure(text: &str) -> bool {
    // most lines open with no digit: told before the end is trimmed
    // (full-width digits too: `１２３户`)
    let digit = |c: char| crate::numeral::arabic_digit(c).is_some();
    let t = crate::page::trim_start(text);
    if !t.starts_with(digit) {
        return t.starts_with(|c: char| crate::numeral::is_chinese_numeral_char(c) || APPROXIMATE.contains(&c))
            && lone_chinese_figure(t.trim_end());
    }
    let t = t.trim_end();
    t.len() <= 4 * MAX_FIGURE_CHARS
        && t.chars().nth(MAX_FIGURE_CHARS).is_none()
        && t.chars().next_back().is_some_and(|c| crate::charset::is_han(c) || matches!(c, '%' | '％'))
        && t.chars().all(|c| digit(c) || matches!(c, '.' | '．' | '%' | '％') || crate::charset::is_han(c))
}

/// Words of approximation a box's figure may open with (`近三成`).
const APPROXIMATE: [char; 4] = ['约', '近', '超', '逾'];

/// Units a figure in Chinese numerals may stand with alone on a line. A closed list, unlike
/// the Arabic figure's any Han ending: a heading may open with a numeral too (`三农`, `十八洞村`).
const CHINESE_FIGURE_UNITS: [&str; 13] =
    ["成", "倍", "人", "名", "户", "个", "家", "亩", "元", "吨", "项", "所", "座"];

/// `三分之一`, `近三成`, `两万余人`: a fraction, or a numeral with its multiplier, `余`/`多` and a
/// unit of [`CHINESE_FIGURE_UNITS`], and nothing else.
fn lone_chinese_figure(t: &str) -> bool {
    let t = t.trim_start_matches(APPROXIMATE);
    if t.chars().nth(MAX_FIGURE_CHARS).is_some() {
        return false;
    }
    let Some(n) = crate::numeral::read_chinese(t) else { return false };
    let rest = &t[n.len..];
    if let Some(part) = rest.strip_prefix("分之") {
        return crate::numeral::read_chinese(part).is_some_and(|m| m.len == part.len());
    }
    let rest = rest.strip_prefix(['万', '亿']).unwrap_or(rest);
    let rest = rest.strip_prefix(['余', '多']).unwrap_or(rest);
    rest == "半" && n.value == 1.0 || CHINESE_FIGURE_UNITS.contains(&rest)
}

/// `全县脱贫人口　　11.6万人`: a row of a box printed label first, a wide gap (two spaces or
/// more, or an ideographic one) and the figure last.
pub fn label_first(text: &str) -> bool {
    let t = crate::page::trim_end(text);
    // a row is short: told by its bytes before any search
    if t.len() > 4 * MAX_RECORD_CHARS {
        return false;
    }
    // (two spaces searched for by their byte: a search for a word sets up its tables anew)
    let Some(gap) = super::words::rfind(t, "  ").or_else(|| t.rfind('\u{3000}')) else { return false };
    let label = t[..gap].trim_end();
    let figure = t[gap..].trim_start();
    figure_label(label).is_some() && lone_figure(figure)
}

/// `累计纳入防返贫监测对象`: the label printed under a lone figure, a short run of Han
/// characters (with list and quote marks) that ends no sentence.
pub fn figure_label(text: &str) -> Option<&str> {
    // the year it is for opens it, a comparison may follow a comma (`2023年脱贫人口人均纯收入,
    // 同比增长13.2%`): the words between name the figure
    let t = after_year(text.trim());
    let t = t.split([',', '，']).next().unwrap_or(t);
    let fits = t.len() <= 4 * MAX_RECORD_CHARS
        && (2..=MAX_RECORD_CHARS).contains(&t.chars().count())
        && t.chars().all(|c| crate::charset::is_han(c) || matches!(c, '、' | '“' | '”' | '(' | ')' | '（' | '）'));
    fits.then_some(t)
}

/// The label of each [`lone_figure`] among `n` texts, by index: the [`figure_label`] right
/// under it or right over it. A box prints most figures over their labels (`3862名` / `网格员`)
/// and some under (`防返贫综合保险覆盖` / `13.1万人` / `全年理赔` / `2168万元`): the pairs are
/// chosen along the whole run, as many as the run allows, a figure over its label preferred
/// where both readings pair as many. Linear: a path of adjacent texts, matched by dynamic
/// programming.
pub fn box_labels<'t>(n: usize, text: impl Fn(usize) -> &'t str) -> Vec<Option<usize>> {
    let mut labels = vec![None; n];
    // most texts are neither: told by their first character before anything is counted
    let figure: Vec<bool> = (0..n).map(|k| lone_figure(text(k))).collect();
    if !figure.iter().any(|&f| f) {
        return labels;
    }
    let label: Vec<bool> = (0..n).map(|k| !figure[k] && figure_label(text(k)).is_some()).collect();
    // a figure's label under it may add a comparison after a comma; one over it names it alone
    let pair = |k: usize| -> Option<u32> {
        let (a, b) = (k - 1, k);
        if figure[a] && label[b] {
            Some(PAIR_WEIGHT + 1)
        } else if label[a] && figure[b] && !text(a).contains([',', '，']) {
            Some(PAIR_WEIGHT)
        } else {
            None
        }
    };
    // best[k]: the best weight of the texts before k; took[k]: whether text k - 1 pairs with k - 2
    let mut best = vec![0u32; n + 1];
    let mut took = vec![false; n + 1];
    for k in 1..=n {
        best[k] = best[k - 1];
        if k >= 2 {
            if let Some(w) = pair(k - 1).map(|w| best[k - 2] + w).filter(|&w| w > best[k]) {
                best[k] = w;
                took[k] = true;
            }
        }
    }
    let mut k = n;
    while k >= 2 {
        if took[k] {
            let (a, b) = (k - 2, k - 1);
            if figure[a] {
                labels[a] = Some(b);
            } else {
                labels[b] = Some(a);
            }
            k -= 2;
        } else {
            k -= 1;
        }
    }
    labels
}

/// The weight of a figure paired with its label in [`box_labels`]: more than any number of
/// preferences between two readings that pair as many.
const PAIR_WEIGHT: u32 = 1 << 16;

/// Whether line `text` is the label of the lone figure on the line `above` it: a label of one
/// clause, without the comparison [`figure_label`] allows after a comma.
pub fn labels_lone_figure(above: &str, text: &str) -> bool {
    // the figure is told by its first characters, most lines fail there
    lone_figure(above) && !text.contains([',', '，']) && figure_label(text).is_some()
}

/// Where a figure-first record's label begins, and whether its figure is in Arabic digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FigureFirst {
    pub label: usize,
    pub arabic: bool,
}

/// `3.2亿元 全县投入衔接资金`, `两成 务工收入增幅`: a box of figures printed figure first, then
/// a space and what the figure counts, and nothing else. A figure in Chinese numerals
/// (`三大举措 助力增收` reads so too) counts as a record only beside one in Arabic digits: the
/// caller asks.
pub fn figure_first(text: &str) -> Option<FigureFirst> {
    // most texts open with no figure: told by their first character, before they are counted
    let first = text.chars().next()?;
    let arabic = first.is_ascii_digit();
    if !(arabic || crate::numeral::chinese_digit(first).is_some() || first == '十') {
        return None;
    }
    if text.len() > 4 * MAX_RECORD_CHARS || text.chars().nth(MAX_RECORD_CHARS).is_some() {
        return None;
    }
    // the figure opens the text, so its first character is the text's
    let (figure, rest) = text.split_once(char::is_whitespace)?;
    let label = rest.trim_start();
    let figure_fits = figure.chars().nth(MAX_FIGURE_CHARS).is_none()
        && figure.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '%'));
    // the label may open with the year it is for (`36.8亿元 2023年投入衔接资金`)
    let words = after_year(label);
    let label_fits = (2..=24).contains(&words.chars().count())
        && words.chars().all(|c| crate::charset::is_han(c) || matches!(c, '“' | '”' | '、'));
    (figure_fits && label_fits).then(|| FigureFirst { label: text.len() - label.len(), arabic })
}

/// The year a label opens with (`2023年脱贫人口人均纯收入` → 2023).
pub fn label_year(label: &str) -> Option<i32> {
    let t = label.trim_start();
    let rest = after_year(t);
    (rest.len() < t.len()).then(|| t[..4].parse().ok()).flatten()
}

/// `label` without the year it may open with (`2023年投入衔接资金` → `投入衔接资金`).
pub fn after_year(label: &str) -> &str {
    let digits = label.bytes().take_while(u8::is_ascii_digit).count();
    match label[digits..].strip_prefix('年') {
        Some(after) if digits == 4 => after,
        _ => label,
    }
}

/// `下党乡近年主要指标(单位:元)`: the unit a table's caption line gives its bare figures.
pub fn caption_unit(text: &str) -> Option<&str> {
    // a finder built once: a search for a word sets up its tables anew each time
    static UNIT: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("单位"));
    let at = UNIT.find(text.as_bytes())?;
    let rest = text[at + "单位".len()..].trim_start_matches([':', '：']);
    // in brackets (`（单位：户）`), or a line of its own over the table (`单位：万元`)
    let alone = || text.trim_start().starts_with("单位").then(|| rest.trim_end().len());
    let end = crate::charset::find_mark(rest, |c| matches!(c, ')' | '）')).or_else(alone)?;
    let unit = rest[..end].trim();
    (!unit.is_empty() && unit.chars().count() <= 4 && unit.chars().all(crate::charset::is_han)).then_some(unit)
}

/// `38万亩/42万亩`, `2020年/2022年`: whether `between` is the slash that pairs two figures (or
/// two years) of a table.
pub fn is_pair_slash(between: &str) -> bool {
    matches!(between, "/" | "／")
}

/// Whether `c` sets two cells of a row apart: a space or a pipe (`指标 | 2022年 | 2023年`).
pub fn is_cell_gap(c: char) -> bool {
    c.is_whitespace() || matches!(c, '|' | '｜')
}

/// Labels of a field that counts what the field before it names (`岗位：缝纫工　人数：45人`).
const COUNT_FIELDS: [&str; 5] = ["人数", "数量", "名额", "招聘人数", "需求人数"];

/// Labels of a field naming what the count field after it counts (`岗位：缝纫工　人数：45人`).
const COUNTED_FIELDS: [&str; 6] = ["岗位", "工种", "职位", "招聘岗位", "品种", "项目"];

/// Longest line read as a row of fields, in characters.
const MAX_FIELD_ROW_CHARS: usize = 80;

/// Longest label of a field in a row of fields, in characters.
const MAX_FIELD_LABEL_CHARS: usize = 6;

/// `岗位：包装工、分拣员　人数：30人　月薪：4000—6000元`: a line of two or more fields set apart
/// by spaces, each a short label, a colon and its value. Returns what the figure at byte `at`
/// is of: its field's label (`月薪`), or, for a count (`人数`), the value of the field before it
/// (`包装工、分拣员`).
pub fn field_subject(text: &str, at: usize) -> Option<&str> {
    if text.len() > 4 * MAX_FIELD_ROW_CHARS || text.chars().nth(MAX_FIELD_ROW_CHARS).is_some() {
        return None;
    }
    let fields = cells(text)
        .map(|r| {
            let colon = text[r.clone()].find([':', '：'])?;
            let label = &text[r.start..r.start + colon];
            let value_start = r.start + colon + text[r.start + colon..].chars().next().map_or(1, char::len_utf8);
            let n = label.chars().count();
            let ok = (1..=MAX_FIELD_LABEL_CHARS).contains(&n) && label.chars().all(crate::charset::is_han);
            ok.then_some((label, value_start..r.end))
        })
        .collect::<Option<Vec<_>>>()?;
    if fields.len() < 2 {
        return None;
    }
    let k = fields.iter().position(|(_, v)| v.contains(&at))?;
    let (label, _) = fields[k];
    match k.checked_sub(1) {
        Some(before) if COUNT_FIELDS.contains(&label) && COUNTED_FIELDS.contains(&fields[before].0) => Some(text[fields[before].1.clone()].trim()),
        _ => Some(label),
    }
}

/// `芒果产业主要指标(2020年/2022年)`: a caption whose rows pair two figures with a slash
/// (`种植面积 38万亩/42万亩`), the first of the earlier year and the second of the later. Given
/// the caption's time expressions, in order.
pub fn paired_years(text: &str, times: &[crate::time::Found]) -> Option<(i32, i32)> {
    if text.len() > 4 * MAX_TABLE_LINE_CHARS {
        return None;
    }
    times.windows(2).find_map(|w| {
        let (a, b) = (w[0].years?, w[1].years?);
        let slash = is_pair_slash(&text[w[0].end..w[1].start]);
        (slash && a.0 == a.1 && b.0 == b.1 && a.0 < b.0).then_some((a.0, b.0))
    })
}

/// Longest line of a table of bare figures, header or row, in characters; a longer one is told
/// by its bytes alone (four at most a character).
pub const MAX_TABLE_LINE_CHARS: usize = 80;

/// Whether `text` may be a header ([`column_names`], [`unit_header`], [`unit_columns`]) or a
/// row ([`Row::of`]) of a table: short enough for one, with a gap between cells
/// ([`is_cell_gap`]). False means each of them would say no; most paragraphs are sentences
/// with no gap, told here in one walk over their bytes instead of a walk of their own in each
/// test: a character is stepped over by its first byte, and the few that may be a gap (white
/// space, `|`, `｜`) are told by the bytes after it, never decoded.
pub fn may_be_table_line(text: &str) -> bool {
    let b = text.as_bytes();
    if b.len() > 4 * MAX_TABLE_LINE_CHARS {
        return false;
    }
    let next = |k: usize| b.get(k + 1).copied().unwrap_or(0);
    let last = |k: usize| b.get(k + 2).copied().unwrap_or(0);
    let mut k = 0;
    while let Some(&lead) = b.get(k) {
        let (width, gap) = match lead {
            0xE4..=0xE9 => (3, false),
            b'\t'..=b'\r' | b' ' | b'|' => return true,
            0..0x80 => (1, false),
            // U+0085, U+00A0
            0xC2 => (2, matches!(next(k), 0x85 | 0xA0)),
            // U+1680
            0xE1 => (3, next(k) == 0x9A && last(k) == 0x80),
            // U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F
            0xE2 => (3, next(k) == 0x80 && matches!(last(k), 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF) || next(k) == 0x81 && last(k) == 0x9F),
            // U+3000
            0xE3 => (3, next(k) == 0x80 && last(k) == 0x80),
            // `｜`
            0xEF => (3, next(k) == 0xBD && last(k) == 0x9C),
            0x80..0xE0 => (2, false),
            0xE0..0xF0 => (3, false),
            _ => (4, false),
        };
        if gap {
            return true;
        }
        k += width;
    }
    false
}

/// Longest row of a table whose cells may hold sentences (a notice's list of projects, each
/// with what it builds and what it is to achieve), in characters.
pub const MAX_WIDE_ROW_CHARS: usize = 600;

/// `年份 人均可支配收入 村集体经济收入`: a table's header line, the names of at least three
/// columns, Han characters only, apart by spaces; a name may close on its column's unit in
/// brackets (`比上年增长（%）`, see [`column_unit`]).
pub fn column_names(text: &str) -> Option<Vec<&str>> {
    if text.len() > 4 * MAX_TABLE_LINE_CHARS {
        return None;
    }
    // one walk over the characters turns a sentence away at its first mark, before any list;
    // `bracket` counts the characters inside a unit's brackets, which close the name
    let (mut names, mut run, mut bracket, mut closed) = (0, 0, None::<usize>, false);
    for c in text.chars() {
        if c.is_whitespace() {
            if bracket.is_some() {
                return None;
            }
            (run, closed) = (0, false);
        } else if closed || run == MAX_CELL_CHARS {
            return None;
        } else if let Some(n) = bracket {
            match c {
                '）' | ')' if n > 0 => (bracket, closed) = (None, true),
                _ if n < MAX_BRACKET_UNIT_CHARS && c != '（' && c != '(' => bracket = Some(n + 1),
                _ => return None,
            }
        } else if matches!(c, '（' | '(') && run > 0 {
            bracket = Some(0);
        } else if !(crate::charset::is_han(c) || matches!(c, '：' | ':') && run > 0) {
            // (`其中：产业发展`: a column that is part of the one before)
            return None;
        } else {
            names += usize::from(run == 0);
            run += 1;
        }
    }
    if names < 3 || bracket.is_some() {
        return None;
    }
    let names = spaced_names(text);
    (names.len() >= 3).then_some(names)
}

/// The names of a header's cells, a name spaced out to its column's width by one ideographic
/// space between single characters (`乡　镇`) read as one.
fn spaced_names(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    let mut last_end = 0;
    for cell in cells(text) {
        let gap = &text[last_end..cell.start];
        let single = |s: &str| s.chars().nth(1).is_none();
        match out.last_mut() {
            Some(prev) if gap == "\u{3000}" && single(prev) && single(&text[cell.clone()]) => {
                let start = cell.start - gap.len() - prev.len();
                *prev = &text[start..cell.end];
            }
            _ => out.push(&text[cell.clone()]),
        }
        last_end = cell.end;
    }
    out
}

/// Longest unit printed in brackets after a column's name.
const MAX_BRACKET_UNIT_CHARS: usize = 4;

/// Whether a column's unit is a percent sign, half- or full-width.
fn is_share_sign(unit: &str) -> bool {
    matches!(unit, "%" | "％")
}

/// The signs a table prints before a fall (`-3.1`): a hyphen or a minus.
pub const MINUS_SIGNS: [char; 2] = ['-', '−'];

/// A column's name and the unit in brackets it closes on (`占比（%）` → `占比`, `%`).
pub fn column_unit(name: &str) -> (&str, Option<&str>) {
    match unit_cell(name) {
        Some((bare, unit)) => (bare, Some(unit)),
        None => (name, None),
    }
}

/// A figure cell of a row of bare figures: its byte range, and where its figure begins after
/// any bounding word (`不足1万`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BareCell {
    pub range: Range<usize>,
    pub figure: usize,
}

/// A row of bare figures under a header line of `columns` names: its label (`2015年`, a town)
/// and, for each later column, its figure cell (`5800`, `不足1万`).
pub fn bare_row(text: &str, columns: usize) -> Option<(Range<usize>, Vec<Option<BareCell>>)> {
    if text.len() > 4 * MAX_TABLE_LINE_CHARS {
        return None;
    }
    let mut parts = cells(text);
    let label = parts.next()?;
    // a cell with no data (`-`, `—`, `/`) holds no figure but keeps the row a row of the table
    let figures: Vec<Option<BareCell>> = parts
        .map(|r| match &text[r.clone()] {
            "-" | "—" | "－" | "/" | "／" => Some(None),
            _ => figure_cell(text, r).map(Some),
        })
        .collect::<Option<_>>()?;
    (figures.len() + 1 == columns).then_some((label, figures))
}

/// The cell of `text` at `r` as a bare figure: at most two Han characters of a bound, digits,
/// and at most a multiplier or a percent sign.
fn figure_cell(text: &str, r: Range<usize>) -> Option<BareCell> {
    let cell = &text[r.clone()];
    let digit = |c: char| crate::numeral::arabic_digit(c).is_some();
    let digits = cell.find(digit)?;
    // (`86,412.50`, `２,１７０.００`: a ledger's thousands separators and full-width figures)
    let number_end = cell[digits..]
        .find(|c: char| !(digit(c) || matches!(c, '.' | '．' | ',')))
        .map_or(cell.len(), |k| digits + k);
    let tail = &cell[number_end..];
    // a fall is printed with a minus sign (`-3.1` under `比上年增长（%）`), kept in the figure
    let mut before = cell[..digits].chars();
    let signed = matches!((before.next(), before.next()), (Some(c), None) if MINUS_SIGNS.contains(&c));
    // (a rise printed with its plus sign, `+1.96`: the figure after it)
    let plus = cell[..digits] == *"+" || cell[..digits] == *"＋";
    let fits = signed || plus || cell[..digits].chars().count() <= 2 && cell[..digits].chars().all(crate::charset::is_han);
    let fits = fits && (tail.is_empty() || ["万", "亿", "%"].contains(&tail));
    fits.then(|| BareCell { figure: r.start + if signed { 0 } else { digits }, range: r })
}

/// `序号  姓名  村  奖补项目  金额(元)`: a header naming in one column the unit of that column's
/// bare figures (a notice listing households and what each is paid). Returns how many columns
/// it has, that column, the column's name and the unit as printed.
pub fn unit_header(text: &str) -> Option<UnitHeader<'_>> {
    // most texts are no such header: a closing bracket and a gap between cells are needed first
    if text.len() > 4 * MAX_TABLE_LINE_CHARS || !holds_closing_bracket(text) || !text.contains(is_cell_gap) {
        return None;
    }
    let parts: Vec<Range<usize>> = cells(text).collect();
    if parts.len() < 3 {
        return None;
    }
    let mut found = None;
    for (k, r) in parts.iter().enumerate() {
        let cell = &text[r.clone()];
        match unit_cell(cell) {
            Some((name, unit)) if found.is_none() && han_word(name, MAX_CELL_CHARS) && han_word(unit, 2) => {
                found = Some((k, r.start..r.start + name.len(), unit));
            }
            // (`捐赠单位/个人`: one column named for two kinds of row)
            _ if cell.split(['/', '／']).all(|w| han_word(w, MAX_CELL_CHARS)) => {}
            _ => return None,
        }
    }
    let (at, name, unit) = found?;
    // `项目名称`: the column naming what each row is, that one first, else the last column
    // named so before the figures (`实施单位名称` names who carries it out), else the last
    // naming who each row is (`姓名`, `户主姓名`, `捐赠单位/个人`): a list of who is paid or gave
    let named = |k: usize| text[parts[k].clone()].ends_with("名称");
    let whom = |k: usize| WHO_COLUMN_ENDS.iter().any(|e| text[parts[k].clone()].ends_with(e));
    let label = (0..at)
        .find(|&k| &text[parts[k].clone()] == "项目名称")
        .or_else(|| (0..at).rev().find(|&k| named(k)))
        .or_else(|| (0..at).rev().find(|&k| whom(k)));
    Some(UnitHeader { columns: parts.len(), at, name, unit, label })
}

/// How the name of a column ends that says who each row of a list is.
const WHO_COLUMN_ENDS: [&str; 5] = ["姓名", "户主", "单位", "个人", "人"];

/// A [`unit_header`]: how many columns it has, the column of bare figures (`at`), that
/// column's name as a byte range of the header, the unit as printed, and the column that names
/// each row (`项目名称`), if one does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitHeader<'t> {
    pub columns: usize,
    pub at: usize,
    pub name: Range<usize>,
    pub unit: &'t str,
    pub label: Option<usize>,
}

/// The text of cell `k` of a row.
pub fn nth_cell(text: &str, k: usize) -> Option<&str> {
    cells(text).nth(k).map(|r| &text[r])
}

/// A header cell's name and the unit it gives in brackets (`金额(元)` → `金额`, `元`).
fn unit_cell(cell: &str) -> Option<(&str, &str)> {
    cell.strip_suffix([')', '）']).and_then(|c| c.rsplit_once(['(', '（']))
}

/// Longest label of a field naming its unit, in characters (`预算金额（万元）`).
const MAX_UNIT_FIELD_LABEL_CHARS: usize = 16;

/// `2.4 预算金额（万元）：486.32`, `最高限价(万元):470`: a field whose label names the unit of
/// its bare figure in brackets. Returns the label's name, the unit as printed and the figure's
/// cell (any item number before the label left out).
pub fn unit_field(text: &str) -> Option<(Range<usize>, &str, BareCell)> {
    // (told by its last byte first: most texts do not close on a digit)
    let t = text.trim_end();
    if !t.ends_with(|c: char| c.is_ascii_digit()) || t.len() > 4 * MAX_RECORD_CHARS {
        return None;
    }
    let colon = crate::charset::find_mark(t, |c| matches!(c, ':' | '：'))?;
    let (name, unit) = unit_cell(t[..colon].trim_end())?;
    // an item number may open the line (`2.4 `)
    let name_start = name.rfind(|c: char| c.is_whitespace()).map_or(0, |k| k + name[k..].chars().next().map_or(1, char::len_utf8));
    let name = &name[name_start..];
    let value_start = colon + t[colon..].chars().next().map_or(1, char::len_utf8);
    let value = t[value_start..].trim_start();
    let at = t.len() - value.len();
    let fits = han_word(name, MAX_UNIT_FIELD_LABEL_CHARS) && han_word(unit, 2) && is_bare_figure(value);
    fits.then(|| (name_start..name_start + name.len(), unit, BareCell { range: at..t.len(), figure: at }))
}

/// Whether `s` is a header's word: Han characters only, at most `max` of them.
fn han_word(s: &str, max: usize) -> bool {
    !s.is_empty() && s.chars().count() <= max && s.chars().all(crate::charset::is_han)
}

/// Names of columns of counts and the unit each counts in (`贷款户数`, `招聘人数`).
const COUNT_COLUMNS: [(&str, &str); 7] = [("人次", "人次"), ("户数", "户"), ("人数", "人"), ("个数", "个"), ("岗位数", "个"), ("项目数", "个"), ("企业数", "家")];

/// One column of a [`unit_columns`] header: where it stands among the cells, its name, and its
/// unit as printed (`万元` of `贷款余额(万元)`, `户` of `贷款户数`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitColumn {
    pub at: usize,
    pub name: String,
    pub unit: String,
}

/// `乡镇 | 贷款户数 | 贷款余额(万元) | 贴息金额(万元)`: a header of Han names in which columns
/// name their unit, in brackets or by what they count (`户数`, `人数`). Returns how many columns
/// it has and those that name a unit.
pub fn unit_columns(text: &str) -> Option<(usize, Vec<UnitColumn>)> {
    // most texts are no header: a header is short, told by its length before the text is
    // searched for a gap between cells (by bytes: a search for any of several characters
    // decodes every one)
    if text.len() > 4 * MAX_TABLE_LINE_CHARS {
        return None;
    }
    // (pipes and tabs by vector searches, two spaces by their rare byte: `str::contains` set its
    // search up anew for every text)
    // (a photographed board's text keeps one space between cells: every cell is still a name)
    let gap = memchr::memchr2(b'\t', b' ', text.as_bytes()).is_some() || crate::charset::holds_pipe(text) || super::words::occurs(text, "\u{3000}");
    if !gap {
        return None;
    }
    let parts: Vec<Range<usize>> = cells(text).collect();
    if parts.len() < 3 {
        return None;
    }
    let mut columns = Vec::new();
    for (k, r) in parts.iter().enumerate() {
        let cell = &text[r.clone()];
        match unit_cell(cell) {
            // a share's column prints its sign as its unit (`占比（%）`)
            Some((name, unit)) if han_word(name, MAX_CELL_CHARS) && (han_word(unit, 3) || is_share_sign(unit)) => {
                columns.push(UnitColumn { at: k, name: name.to_string(), unit: unit.to_string() });
            }
            _ if han_word(cell, MAX_CELL_CHARS) => {
                if let Some((_, unit)) = COUNT_COLUMNS.iter().find(|(end, _)| cell.ends_with(end)) {
                    columns.push(UnitColumn { at: k, name: cell.to_string(), unit: unit.to_string() });
                }
            }
            // (`规格/单位`: one column named for two things)
            _ if cell.split(['/', '／']).all(|w| han_word(w, MAX_CELL_CHARS)) => {}
            _ => return None,
        }
    }
    // the first column labels the rows; a header whose only unit is a share's (`比上年增长（%）`)
    // is read with the table's other unit, from a unit column or a line over it
    let counted = columns.iter().any(|c| !is_share_sign(&c.unit));
    (counted && columns.iter().all(|c| c.at > 0)).then_some((parts.len(), columns))
}

/// `季度 先诊疗后付 住院总费用 义诊服务群` over `费（人次） （万元） 众（人次）`: a header whose
/// names a converter wrapped at the column's width, the rest of each name and its unit on the
/// next line. Returns the header as one line (`季度 先诊疗后付费（人次） 住院总费用（万元） …`),
/// the second line's cells set under the last columns (the rows' label column, first and
/// short, does not wrap); `None` unless at least two of them give a unit.
pub fn wrapped_header(first: &str, second: &str) -> Option<String> {
    if first.len() > 4 * MAX_TABLE_LINE_CHARS || second.len() > 4 * MAX_TABLE_LINE_CHARS {
        return None;
    }
    let names: Vec<&str> = cells(first).map(|r| &first[r]).collect();
    if names.len() < 3 || !names.iter().all(|n| han_word(n, MAX_CELL_CHARS)) {
        return None;
    }
    let rests: Vec<&str> = cells(second).map(|r| &second[r]).collect();
    if rests.is_empty() || rests.len() >= names.len() {
        return None;
    }
    let mut units = 0;
    for rest in &rests {
        match unit_cell(rest) {
            Some((head, unit)) if (head.is_empty() || han_word(head, MAX_CELL_CHARS)) && (han_word(unit, MAX_BRACKET_UNIT_CHARS) || is_share_sign(unit)) => units += 1,
            _ if han_word(rest, MAX_CELL_CHARS) => {}
            _ => return None,
        }
    }
    if units < 2 {
        return None;
    }
    let skip = names.len() - rests.len();
    let mut out = String::with_capacity(first.len() + second.len());
    for (k, name) in names.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(name);
        if let Some(rest) = k.checked_sub(skip).map(|j| rests[j]) {
            out.push_str(rest);
        }
    }
    Some(out)
}

/// `助残、协管` under `1  甲镇  保洁、护绿、护路、水利、  66  …`: the rest of a row's cell that
/// did not fit its column, printed alone on the next line: a few words with no figure, no gap
/// and no stop.
pub fn is_wrapped_cell(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty()
        && t.chars().nth(MAX_CELL_CHARS).is_none()
        && !t.contains(|c: char| c.is_whitespace() || crate::charset::is_digit(c) || matches!(c, '。' | '：' | ':' | '|' | '｜'))
}

/// `　设施建设项目　那布村　设标准化养蚕大棚16座` under a row of `columns` cells: the rest of
/// the row's text cells a converter wrapped onto the next line, fewer cells and no bare figure
/// among them.
pub fn is_wrapped_row(text: &str, columns: usize) -> bool {
    if text.len() > 4 * MAX_TABLE_LINE_CHARS || text.contains('。') {
        return false;
    }
    let mut n = 0;
    for r in cells(text) {
        if is_bare_figure(&text[r]) {
            return false;
        }
        n += 1;
    }
    (2..columns).contains(&n)
}

/// Fields that name the item of a card printed a field a line (`产品名称：某某米`, a project's
/// block in a list of projects, `项目名称：某某加工项目`).
const CARD_NAME_FIELDS: [&str; 5] = ["产品名称", "商品名称", "项目名称", "名称", "品名"];

/// Fields of a card that tell an attribute of its item (`规格：2.5公斤/袋`, `价格：58元/袋`,
/// `总投资：3.2亿元`).
const ATTRIBUTE_FIELDS: [&str; 10] = ["规格", "价格", "单价", "售价", "零售价", "重量", "净含量", "总投资", "计划投资", "投资总额"];

/// The item a card's name field names: `产品名称：纳雍高山苦荞米` → `纳雍高山苦荞米`.
pub fn card_name(text: &str) -> Option<&str> {
    // compared at the text's start: a paragraph is not searched for a colon
    let value = field_value(text, &CARD_NAME_FIELDS)?.trim();
    (!value.is_empty() && value.chars().nth(MAX_CELL_CHARS).is_none()).then_some(value)
}

/// Whether `text` is a card's field of an attribute (`价格：58元/袋`).
pub fn is_attribute_field(text: &str) -> bool {
    field_value(text, &ATTRIBUTE_FIELDS).is_some()
}

/// What follows one of `fields` and its colon at the start of `text`.
fn field_value<'t>(text: &'t str, fields: &[&str]) -> Option<&'t str> {
    fields.iter().find_map(|f| text.strip_prefix(f)?.strip_prefix(['：', ':']))
}

/// How a header names the column of the persons its rows are about (`帮扶责任人`, `姓名`, `户主`).
const PERSON_COLUMNS: [&str; 5] = ["责任人", "姓名", "户主", "帮扶人", "联系人"];

/// How a header names the column of the places its rows are about (`乡镇`, `村名`).
const PLACE_COLUMNS: [&str; 8] = ["乡镇", "乡（镇）", "镇（乡）", "乡镇名称", "村", "村名", "行政村", "村（社区）"];

/// `序号  帮扶责任人  工作单位及职务  帮扶村  …  户数`: the column of a header that names a row's
/// person, by whom a row's figures are told (the cells after it say where the person works and
/// whom they help); else its place's column (`序号  乡镇  岗位类别  岗位数`: the cells after the
/// township say what its figure counts, no part of its name).
pub fn naming_column(header: &str) -> Option<usize> {
    cells(header)
        .position(|r| PERSON_COLUMNS.iter().any(|w| header[r.clone()].ends_with(w)))
        .or_else(|| cells(header).position(|r| PLACE_COLUMNS.contains(&&header[r])))
}

/// Most digits of an amount a ledger's row prints with no separator or fen.
const MAX_BARE_AMOUNT_DIGITS: usize = 6;

/// Labels of a number that counts or measures nothing (`监督电话`, `证号`).
const NUMBER_LABELS: [&str; 6] = ["电话", "热线", "号码", "编号", "证号", "邮编"];

/// A row's figure with the column it stands in, if the row shows it.
pub type PlacedCell = (Option<usize>, BareCell);

/// A row under a [`unit_columns`] header of `columns` cells: its label (the Han cells before the
/// first figure, codes left out: `01 | 卢阳镇所辖社区 | 社区综合服务岗 | 12` → `卢阳镇所辖社区
/// 社区综合服务岗`) and, for each of the header's unit columns `ats`, its figure with the column
/// it stands in.
///
/// A ledger leaves the cells of a row empty that its entry does not fill (`4月8日 收发电收益
/// 23,760.00 110,172.50` under `日期 摘要 收入（元） 支出（元） 余额（元）`), and a photographed
/// board's text keeps no trace of them: a shorter row's figures stand at its end, the last in
/// the last column and the others in order when as many columns are left, else in a column not
/// known (`None`).
pub fn unit_columns_row(text: &str, columns: usize, ats: &[usize]) -> Option<(String, Vec<PlacedCell>)> {
    if text.len() > 4 * MAX_TABLE_LINE_CHARS {
        return None;
    }
    let parts: Vec<Range<usize>> = cells(text).collect();
    // (a change printed with its sign, `-1.85`, `+1.96`, is a bare figure of its column)
    let bare = |r: &Range<usize>| is_bare_figure(text[r.clone()].trim_start_matches(['+', '-', '－', '＋']));
    let first = *ats.iter().min()?;
    let figure = |r: &Range<usize>| figure_cell(text, r.clone());
    let (label_end, figures): (usize, Vec<PlacedCell>) = if parts.len() == columns {
        (first, ats.iter().filter(|&&at| bare(&parts[at])).filter_map(|&at| figure(&parts[at]).map(|c| (Some(at), c))).collect())
    } else if parts.len() < columns && parts.len() > 1 {
        let shown = parts.iter().rev().take_while(|r| bare(r)).count().min(ats.len());
        let start = parts.len() - shown;
        if shown == 0 || start == 0 || ats.last() != Some(&(columns - 1)) {
            return None;
        }
        // `监督电话 13877712345` under a ledger: a number, not an amount (an amount of a board's
        // ledger prints its fen or its thousands; a bare figure stays short)
        let amount = |r: &Range<usize>| {
            let t = &text[r.clone()];
            t.contains(['.', '．', ',']) || t.chars().count() <= MAX_BARE_AMOUNT_DIGITS
        };
        let label = text[parts[start - 1].clone()].trim();
        if !parts[start..].iter().all(amount) || NUMBER_LABELS.iter().any(|w| label.ends_with(w)) {
            return None;
        }
        let column = |k: usize| match shown == ats.len() {
            true => Some(ats[k]),
            false => (k + 1 == shown).then(|| columns - 1),
        };
        (start, parts[start..].iter().enumerate().filter_map(|(k, r)| figure(r).map(|c| (column(k), c))).collect())
    } else {
        return None;
    };
    // a project's row goes on after its name with what it builds (`新建茶园3000亩，改造…`): the
    // label stops before such a cell, once it holds a name
    let mut label = String::new();
    for cell in parts[..label_end].iter().map(|r| &text[r.clone()]).filter(|c| c.chars().any(crate::charset::is_han)) {
        if !label.is_empty() && is_description(cell) {
            break;
        }
        label.push_str(cell);
    }
    if label.is_empty() {
        return None;
    }
    (!figures.is_empty()).then_some((label, figures))
}

/// Longest cell read as part of a row's label under a header of unit columns.
const MAX_LABEL_CELL_CHARS: usize = 24;

/// A cell that describes rather than names: a clause (`新建…，改造…`) or a long text.
fn is_description(cell: &str) -> bool {
    cell.contains(['，', ',', '；', ';', '。']) || cell.chars().nth(MAX_LABEL_CELL_CHARS).is_some()
}

/// A table a web page's scrape printed one cell per line: `columns` lines of its header from
/// line `start`, then `rows` rows of as many lines each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CellLines {
    pub start: usize,
    pub columns: usize,
    pub rows: usize,
}

impl CellLines {
    /// Lines past the table's last.
    pub fn end(&self) -> usize {
        self.start + self.columns * (self.rows + 1)
    }
}

/// Fewest and most columns of a table printed one cell per line.
const CELL_LINE_COLUMNS: std::ops::RangeInclusive<usize> = 3..=8;

/// Fewest rows of a table printed one cell per line.
const MIN_CELL_LINE_ROWS: usize = 2;

/// Longest name of a column printed on a line of its own, in characters.
const MAX_CELL_NAME_CHARS: usize = 10;

/// `产品` / `规格` / `价格（元）` / `销量（单）` and under them `炎陵黄桃` / `5斤/箱` / `59.9` /
/// `3216`: the tables among `n` lines (`text(i)` the i-th) that a scrape of a web page's table
/// printed one cell per line. A header is a run of three to eight short names of Han
/// characters, one at least closing on its unit in brackets; every row under it holds a bare
/// figure (`59.9`, `3,216`) in each column that names a unit, and no figure in its first.
pub fn cell_lines<'t>(n: usize, text: impl Fn(usize) -> &'t str) -> Vec<CellLines> {
    // (trimmed by the page's own trim, which tells a line with no space at its ends by its
    // bytes: every line is asked)
    let name = |i: usize| {
        let t = crate::page::trim(text(i));
        t.len() <= 4 * MAX_CELL_NAME_CHARS
            && t.chars().nth(MAX_CELL_NAME_CHARS).is_none()
            && !t.is_empty()
            && t.chars().all(|c| crate::charset::is_han(c) || matches!(c, '（' | '）' | '(' | ')' | '%' | '％'))
    };
    // (a cell may hold a range, `2200～3000` under `适宜海拔（米）`)
    let bare = |i: usize| {
        let t = crate::page::trim(text(i));
        t.chars().nth(MAX_CELL_CHARS).is_none() && (is_bare_figure(t) || bare_range(t).is_some())
    };
    let mut out = Vec::new();
    let mut i = 0;
    // where the run of name cells from `i` ends (the first line after `i` that is none, or
    // `n`): each line is tested once, where a run was read again from each of its lines
    let mut run_end: Option<usize> = None;
    while i < n {
        if run_end.is_none_or(|end| end < i) {
            let mut end = i;
            while end < n && name(end) {
                end += 1;
            }
            run_end = Some(end);
        }
        let run = run_end.map_or(0, |end| end - i).min(*CELL_LINE_COLUMNS.end() + 1);
        // too few names for the narrowest table: most lines are none
        if run < *CELL_LINE_COLUMNS.start() {
            i += 1;
            continue;
        }
        let table = CELL_LINE_COLUMNS.rev().filter(|&k| k <= run).find_map(|k| {
            let units: Vec<usize> = (1..k).filter(|&c| unit_cell(text(i + c).trim()).is_some_and(|(_, u)| han_word(u, 3) || is_share_sign(u))).collect();
            if units.is_empty() {
                return None;
            }
            let row_ok = |r: usize| {
                let at = i + k * r;
                at + k <= n && !bare(at) && (0..k).all(|c| text(at + c).chars().nth(MAX_CELL_CHARS).is_none()) && units.iter().all(|&c| bare(at + c))
            };
            let rows = (1..).take_while(|&r| row_ok(r)).count();
            (rows >= MIN_CELL_LINE_ROWS).then_some(CellLines { start: i, columns: k, rows })
        });
        match table {
            Some(t) => {
                i = t.end();
                out.push(t);
            }
            // (a caption of Han words may stand over the header: the next line may open it)
            None => i += 1,
        }
    }
    out
}

/// `| --- | :---: |`: the rule a Markdown table prints between its header and its rows, which
/// leaves the header standing over the rows below it.
pub fn is_rule_row(text: &str) -> bool {
    // most texts open with a word: told by their first byte past any pipe, before cells are cut
    let opening = text.trim_start_matches(['|', ' ']);
    if !opening.starts_with(['-', ':']) {
        return false;
    }
    let mut parts = cells(text).peekable();
    parts.peek().is_some() && parts.all(|r| text[r].bytes().all(|b| matches!(b, b'-' | b':')))
}

/// Whether `text` holds `)` or `）`, looked for by their bytes: a search for either character
/// decodes every character of the text, and every text is tested.
fn holds_closing_bracket(text: &str) -> bool {
    let b = text.as_bytes();
    // `）` is EF BC 89: its last byte, with the two before it
    memchr::memchr2_iter(b')', 0x89, b).any(|k| b[k] == b')' || k >= 2 && b[k - 2..k] == [0xEF, 0xBC])
}

/// `3,216`, `59.9`, `１２３`: a cell that is a figure and nothing else, in Arabic digits of
/// either width with its decimal points and thousands separators.
fn is_bare_figure(t: &str) -> bool {
    let digit = |c: char| crate::numeral::arabic_digit(c).is_some();
    t.starts_with(digit) && t.chars().all(|c| digit(c) || matches!(c, '.' | '．' | ','))
}

/// The figure of column `at` in a row under a [`unit_header`] of `columns` columns, with the
/// row's label when it is a total (`合计  36000`, printed with the figure alone).
pub fn unit_header_cell(text: &str, columns: usize, at: usize) -> Option<(Option<Range<usize>>, BareCell)> {
    // (its other cells may hold sentences: what a project builds, what it is to achieve)
    if text.len() > 4 * MAX_WIDE_ROW_CHARS {
        return None;
    }
    let parts: Vec<Range<usize>> = cells(text).collect();
    let bare = |r: &Range<usize>| text[r.clone()].bytes().all(|b| b.is_ascii_digit() || b == b'.');
    match &parts[..] {
        all if all.len() == columns && bare(&all[at]) => figure_cell(text, all[at].clone()).map(|c| (None, c)),
        // `4500-6500` under `月薪（元）`: a range of the column's unit
        all if all.len() == columns && bare_range(&text[all[at].clone()]).is_some() => Some((None, BareCell { range: all[at].clone(), figure: all[at].start })),
        [label, figure] if at + 1 == columns && bare(figure) && super::TOTAL_WORDS.contains(&&text[label.clone()]) => {
            figure_cell(text, figure.clone()).map(|c| (Some(label.clone()), c))
        }
        _ => None,
    }
}

/// Marks between the ends of a range printed in a cell (`4500-6500`, `2800～3500`).
const RANGE_MARKS: [char; 5] = ['-', '－', '—', '~', '～'];

/// `4500-6500` in a cell: where the second number starts, when the cell is two plain numbers
/// with a range mark between and the first is the smaller (`2021-2025`, a span of years, is
/// read only where the column's header gives a unit).
pub fn bare_range(cell: &str) -> Option<usize> {
    let mark = cell.find(RANGE_MARKS)?;
    let (low, rest) = cell.split_at(mark);
    let high = rest.trim_start_matches(RANGE_MARKS);
    let number = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit() || b == b'.') && s.bytes().next().is_some_and(|b| b.is_ascii_digit());
    // (the ends are of about one size: `0771-3622158` is a phone number)
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    if !number(low) || !number(high) || digits(low).abs_diff(digits(high)) > 1 || low.starts_with('0') {
        return None;
    }
    (low.parse::<f64>().ok()? < high.parse::<f64>().ok()?).then_some(cell.len() - high.len())
}

/// `指标名称 单位 完成数`: a header that gives each row its own unit in a column; the index of
/// that column.
pub fn unit_column(names: &[&str]) -> Option<usize> {
    names.iter().skip(1).position(|n| matches!(*n, "单位" | "计量单位")).map(|k| k + 1)
}

/// A row under a header with a unit column at `unit_at` (`衔接资金 万元 51260`): its label with
/// any `其中:` before it left out, its unit cell, and the figure of each other column.
pub fn unit_row(text: &str, columns: usize, unit_at: usize) -> Option<(Range<usize>, Range<usize>, Vec<BareCell>)> {
    if text.len() > 4 * MAX_TABLE_LINE_CHARS {
        return None;
    }
    let parts: Vec<Range<usize>> = cells(text).collect();
    if parts.len() != columns {
        return None;
    }
    let mut label = parts[0].clone();
    for head in ["其中:", "其中：", "其中"] {
        if text[label.clone()].starts_with(head) {
            label.start += head.len();
            break;
        }
    }
    let named = !text[label.clone()].is_empty() && text[label.clone()].chars().all(crate::charset::is_han);
    let unit = parts[unit_at].clone();
    let figures: Vec<BareCell> = (1..columns)
        .filter(|&k| k != unit_at)
        .map(|k| figure_cell(text, parts[k].clone()))
        .collect::<Option<_>>()?;
    named.then_some((label, unit, figures))
}

/// `指标名称 2022年上半年 2023年上半年 增幅`: a header whose columns are years; the year of each
/// column (`None` for the label's and any other), when at least two are. `times` are the
/// header's time expressions, in order.
pub fn year_columns(text: &str, times: &[crate::time::Found]) -> Option<Vec<Option<i32>>> {
    // each year column is a time expression of one year: most texts have fewer than two, and
    // need not be cut into cells, which reads every character
    let single_years = times.iter().filter(|t| t.years.is_some_and(|y| y.0 == y.1)).take(2).count();
    if text.len() > 4 * MAX_TABLE_LINE_CHARS || single_years < 2 {
        return None;
    }
    let mut years: Vec<Option<i32>> = cells(text)
        .map(|r| {
            let t = times.iter().find(|t| t.start == r.start && t.end <= r.end)?;
            // the year and at most a part of it (`上半年`, `1—6月`) or a note in brackets
            // (`2023年（预计）`) fill the cell
            let rest = &text[t.end..r.end];
            let noted = rest.starts_with(['（', '(']) && rest.ends_with(['）', ')']) && rest.chars().count() <= 6;
            let part = rest.is_empty() || noted || ["上半年", "下半年", "前三季度", "全年", "年底", "年末"].contains(&rest);
            t.years.filter(|y| y.0 == y.1 && part).map(|y| y.0)
        })
        .collect();
    // `项　　目`: a label's characters spaced out to its column's width are one cell
    let spaced = cells(text).take_while(|r| text[r.clone()].chars().count() == 1).count();
    if spaced >= 2 && years[..spaced].iter().all(Option::is_none) {
        years.drain(1..spaced);
    }
    let label_first = years.first() == Some(&None);
    (label_first && years.iter().flatten().count() >= 2).then_some(years)
}

/// A row under a header of year columns, read by [`unit_label_row`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearRow<'t> {
    /// The label, without the bracket that names the unit.
    pub label: Range<usize>,
    /// The unit as printed in the bracket (`万元`).
    pub unit: &'t str,
    /// The bare figure of each year column, with its year.
    pub figures: Vec<(BareCell, i32)>,
}

/// A row under a header of year columns whose label names its unit in brackets
/// (`脱贫人口人均纯收入(元) 6948 7865 13.2%`), or whose table's caption does (`caption`, from
/// `（单位：元）` over the header: `工资性收入　31200　14500`).
pub fn unit_label_row<'t>(text: &'t str, years: &[Option<i32>], caption: Option<&'t str>) -> Option<YearRow<'t>> {
    if text.len() > 4 * MAX_TABLE_LINE_CHARS {
        return None;
    }
    let parts: Vec<Range<usize>> = cells(text).collect();
    if parts.len() != years.len() {
        return None;
    }
    let label = &text[parts[0].clone()];
    // the unit in brackets after the label, or else the one the table's caption gives
    let bracketed = label.rfind(['(', '（']).and_then(|open| {
        let inner = label[open..].trim_start_matches(['(', '（']);
        Some((open, inner.strip_suffix([')', '）'])?))
    });
    let (open, unit) = match (bracketed, caption) {
        (Some(found), _) => found,
        // (not for a row of a count, a size or a share: `家庭人口 4` under `单位：元` is no money)
        (None, Some(unit)) if label.chars().all(crate::charset::is_han) && !["数", "人口", "面积", "率", "比例", "量", "人", "户"].iter().any(|e| label.ends_with(e)) => {
            (label.len(), unit)
        }
        _ => return None,
    };
    // a label may hold a figure of its own (`收入10万元以上村(个)`)
    let named = open > 0 && label[..open].chars().any(crate::charset::is_han);
    let fits = named && !unit.is_empty() && unit.chars().count() <= 4;
    let figures: Vec<(BareCell, i32)> = parts
        .iter()
        .zip(years)
        .filter_map(|(r, y)| Some((r.clone(), (*y)?)))
        .map(|(r, y)| figure_cell(text, r).map(|c| (c, y)))
        .collect::<Option<_>>()?;
    fits.then(|| YearRow { label: parts[0].start..parts[0].start + open, unit, figures })
}

/// The name the header line `header` gives the column of the cell of row `text` that starts at
/// byte `at`, when it is a name (Han characters only, as `增幅`) and the row has as many cells.
pub fn column_of<'h>(text: &str, at: usize, header: &'h str) -> Option<&'h str> {
    let row: Vec<Range<usize>> = cells(text).collect();
    let names: Vec<Range<usize>> = cells(header).collect();
    if row.len() != names.len() {
        return None;
    }
    // a cell that words its figure (`提高11.3个百分点`) keeps its own subject
    let k = row.iter().position(|r| r.start == at)?;
    let name = &header[names[k].clone()];
    (k > 0 && name.chars().all(crate::charset::is_han)).then_some(name)
}

/// Where the cell of row `text` that holds byte `at` stands among its cells, and how many
/// cells the row has.
pub fn cell_index(text: &str, at: usize) -> Option<(usize, usize)> {
    let row: Vec<Range<usize>> = cells(text).collect();
    row.iter().position(|r| r.contains(&at)).map(|k| (k, row.len()))
}

/// `+1.9` under `变动（个百分点）`: the figures of row `text` that print no unit, each with the
/// name and unit in brackets of its column in `header` (a row of as many cells), its label
/// the row's first cell. A plus sign is the figure's own (a rise), as a minus is.
pub fn bare_cells_under_units<'h>(text: &str, header: &'h str) -> Vec<(BareCell, &'h str, &'h str)> {
    let row: Vec<Range<usize>> = cells(text).collect();
    let names: Vec<Range<usize>> = cells(header).collect();
    if row.len() != names.len() {
        return Vec::new();
    }
    row.iter()
        .zip(&names)
        .skip(1)
        .filter_map(|(r, n)| {
            let (name, unit) = column_unit(&header[n.clone()]);
            let unit = unit?;
            let cell = &text[r.clone()];
            let digits = cell.strip_prefix('+').unwrap_or(cell);
            let bare = digits.starts_with(|c: char| c.is_ascii_digit()) && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.');
            bare.then(|| (BareCell { range: r.clone(), figure: r.end - digits.len() }, name, unit))
        })
        .collect()
}

/// The byte ranges of the cells of `text`: the parts [`is_cell_gap`] sets apart.
fn cells(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let rest = &text[at..];
        let start = at + (rest.len() - rest.trim_start_matches(is_cell_gap).len());
        if start >= text.len() {
            return None;
        }
        let len = text[start..].find(is_cell_gap).unwrap_or(text.len() - start);
        at = start + len;
        Some(start..start + len)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_header_wrapped_at_its_columns_width_is_read_as_one_line() {
        let merged = wrapped_header("月份 帮扶救 慰问金额 走访户", "助（人） （万元） 数（户）");
        assert_eq!(merged.as_deref(), Some("月份 帮扶救助（人） 慰问金额（万元） 走访户数（户）"));
        let (columns, units) = unit_columns(merged.as_deref().unwrap()).unwrap();
        assert_eq!(columns, 4);
        assert_eq!(units.iter().map(|c| (c.name.as_str(), c.unit.as_str())).collect::<Vec<_>>(), [("帮扶救助", "人"), ("慰问金额", "万元"), ("走访户数", "户")]);
        // a row of figures, a sentence or a line without units is no header's second line
        assert_eq!(wrapped_header("月份 帮扶救 慰问金额 走访户", "一月 12 3.5 40"), None);
        assert_eq!(wrapped_header("月份 帮扶救 慰问金额 走访户", "助 金额"), None);
        assert_eq!(wrapped_header("全县共有 脱贫户 监测户", "（户） （人）"), Some("全县共有 脱贫户（户） 监测户（人）".to_string()));
        assert_eq!(wrapped_header("今年以来，全县新增就业", "（人） （户）"), None);
    }

    #[test]
    fn a_table_printed_one_cell_per_line_is_found_by_its_header_and_rows() {
        let lines = [
            "部分产品销售情况", "产品", "规格", "价格（元）", "销量（单）", "黄桃（精品果）", "5斤/箱", "59.9", "3,216", "高山笋干", "500克/袋",
            "45.8", "1125", "温馨提示：…",
        ];
        assert_eq!(cell_lines(lines.len(), |i| lines[i]), [CellLines { start: 1, columns: 4, rows: 2 }]);
        // short lines of a menu name no unit, and lines of prose hold no table
        let menu = ["首页", "时政要闻", "乡镇动态", "乡村振兴", "民生关注"];
        assert!(cell_lines(menu.len(), |i| menu[i]).is_empty());
        let one_row = ["产品", "价格（元）", "销量（单）", "黄桃", "59.9", "3216"];
        assert!(cell_lines(one_row.len(), |i| one_row[i]).is_empty(), "a single row is no table");
    }

    #[test]
    fn a_table_line_needs_a_gap_between_cells() {
        let texts = ["产品 规格", "产品\u{3000}规格", "产品|规格", "产品｜规格", "产品\u{a0}规格", "产品\u{2003}规格", "产品\u{205f}规格", "产品\n规格", "产品，规格。", "“产品”—规格", "", "abc"];
        for t in texts {
            assert_eq!(may_be_table_line(t), t.contains(is_cell_gap), "{t:?}");
        }
        assert!(!may_be_table_line(&"产品 规格".repeat(40)), "too long for a table's line");
    }

    #[test]
    fn a_markdown_rule_is_told_from_a_row() {
        assert!(is_rule_row("| --- | :---: | ---: |"));
        assert!(!is_rule_row("| 脱贫人口 | 300 | 80 |"));
        assert!(!is_rule_row("收入增长-3%"));
        assert!(!is_rule_row(""));
    }

    #[test]
    fn a_row_of_fields_names_each_figure_by_its_field() {
        let row = "岗位：包装工、分拣员　人数：30人　月薪：4000—6000元（计件）";
        assert_eq!(field_subject(row, row.find("30").unwrap()), Some("包装工、分拣员"));
        assert_eq!(field_subject(row, row.find("4000").unwrap()), Some("月薪"));
        // a count after a field that names no kind of post keeps its own label
        let row = "地点：东山村　人数：45人　补贴：1200元";
        assert_eq!(field_subject(row, row.find("45").unwrap()), Some("人数"));
        // one field, or a sentence, is no row of fields
        assert_eq!(field_subject("月薪：4000元", 9), None);
        let line = "据统计，全县共有岗位30个　月薪普遍在4000元以上";
        assert_eq!(field_subject(line, line.find("30").unwrap()), None);
    }

    #[test]
    fn a_box_figure_may_be_in_chinese_numerals() {
        for figure in ["三分之一", "近三成", "两万余人", "一半", "１２３户", "38.6亿元"] {
            assert!(lone_figure(figure), "{figure}");
        }
        // headings and words that open with a numeral are no figures
        for line in ["三农工作", "十八洞村", "一是", "万众一心", "三分之", "百分之百的努力", ""] {
            assert!(!lone_figure(line), "{line}");
        }
    }

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
    fn a_label_and_its_figure_is_a_record() {
        assert_eq!(record_label_end("全县果园面积:3.2万亩"), Some("全县果园面积".len()));
        assert!(record_label_end("带动脱贫户：约1.2万户、4.1万人").is_some());
        assert_eq!(record_label_end("该县今年新建果园3.2万亩"), None);
        assert_eq!(record_label_end("县长说:今年要新建果园3.2万亩,带动"), None);
        assert_eq!(record_label_end("时间:2021年"), Some("时间".len()));
        assert_eq!(record_label_end("总人口：1652人（其中常住人口1108人）"), Some("总人口".len()));
        assert_eq!(record_label_end("总人口：（其中常住人口1108人）"), None, "a note is no figure");
        assert_eq!(record_label_end("三、家庭收支情况（单位：元）"), None);
    }

    #[test]
    fn a_figure_then_what_it_counts_is_a_record() {
        let t = "118个 已建成的帮扶项目";
        assert_eq!(figure_first(t), Some(FigureFirst { label: t.find('已').unwrap(), arabic: true }));
        assert_eq!(figure_first("63.5% 用于产业的资金占比").map(|r| r.arabic), Some(true));
        let header = "序号  姓名  村  奖补项目  金额(元)";
        let h = unit_header(header).unwrap();
        assert_eq!((h.columns, h.at, &header[h.name], h.unit, h.label), (5, 4, "金额", "元", Some(1)));
        let listed = "序号\t项目名称\t建设地点\t资金规模（万元）";
        assert_eq!(unit_header(listed).map(|h| (h.at, h.unit, h.label)), Some((3, "万元", Some(1))));
        let listed = "序号\t实施单位名称\t项目名称\t资金规模（万元）";
        assert_eq!(unit_header(listed).map(|h| h.label), Some(Some(2)));
        let donors = "序号　捐赠单位/个人　金额（元）";
        assert_eq!(unit_header(donors).map(|h| (h.columns, h.at, h.unit, h.label)), Some((3, 2, "元", Some(1))));
        assert!(unit_header("序号　单位/　金额（元）").is_none());
        let row = "1  甲乙  某村  养牛2头  6000";
        assert_eq!(unit_header_cell(row, 5, 4).map(|(l, c)| (l, &row[c.range])), Some((None, "6000")));
        let total = "合计        36000";
        assert_eq!(unit_header_cell(total, 5, 4).map(|(l, _)| l.map(|l| &total[l])), Some(Some("合计")));
        assert!(unit_header("全县共投入资金(万元)3600").is_none());
        for text in ["", ")", "）", "a)", "（", "(", "\u{ff09}x", "蓉", "扶贫(", "扶贫）", "\u{ef89}", "\u{3009}"] {
            assert_eq!(holds_closing_bracket(text), text.contains([')', '）']), "{text}");
        }
        assert_eq!(figure_label("2023年脱贫人口人均纯收入,同比增长13.2%"), Some("脱贫人口人均纯收入"));
        let t = "36.8亿元 2023年投入衔接资金";
        assert_eq!(figure_first(t).map(|r| r.label), t.find("2023"));
        assert_eq!(figure_first("36.8亿元 20230投入衔接资金"), None);
        assert_eq!(figure_first("两成 务工收入增幅").map(|r| r.arabic), Some(false));
        assert_eq!(figure_first("2023年,全县新建果园3.2万亩。"), None);
        assert_eq!(figure_first("118个项目已建成"), None);
        assert_eq!(figure_first("鸭梨变“金果” 产业链拉长增收路"), None);
        assert_eq!(figure_first("3 "), None);
    }

    #[test]
    fn a_header_line_names_the_columns_of_bare_figures() {
        assert_eq!(caption_unit("某乡近年主要指标(单位:元)"), Some("元"));
        assert_eq!(caption_unit("某乡近年主要指标"), None);
        assert_eq!(column_names("年份 人均收入 集体收入"), Some(vec!["年份", "人均收入", "集体收入"]));
        assert_eq!(column_names("年份 人均收入"), None);
        // a name spaced out to its column's width, and a column that is part of the one before
        assert_eq!(column_names("乡　镇          衔接资金        其中：产业发展"), Some(vec!["乡　镇", "衔接资金", "其中：产业发展"]));
        let t = "2015年 5800 不足1万";
        let (label, cells) = bare_row(t, 3).unwrap();
        let cells: Vec<BareCell> = cells.into_iter().flatten().collect();
        assert_eq!((&t[label], cells.iter().map(|c| &t[c.range.clone()]).collect::<Vec<_>>()), ("2015年", vec!["5800", "不足1万"]));
        assert_eq!(&t[cells[1].figure..cells[1].range.end], "1万");
        assert!(bare_row(t, 4).is_none());
        assert!(bare_row("2015年 全县 收入5800元", 3).is_none());
        // a cell with no data keeps the row a row, with no figure in that column
        let (_, cells) = bare_row("基础设施 - 1200", 3).unwrap();
        assert_eq!(cells.iter().map(Option::is_some).collect::<Vec<_>>(), [false, true]);
        assert!(bare_row("基础设施 - -", 3).is_some_and(|(_, cells)| cells.iter().all(Option::is_none)));
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
