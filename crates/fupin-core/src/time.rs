//! Years, spans of years and dates, resolved against a reference date.
//!
//! The scanner reads one text at a time and reports byte ranges of that text, so the fact stage
//! can date a clause without mapping spans back and forth; [`find`] maps them to input spans.
//! Forms: `2018年`, `二〇二〇年` (also with `○` U+25CB), `2016—2019年`, `2018和2019年`,
//! `2018年底`, `2020年3月`, `2020年3月5日`, `12月9日`, `1—10月份`, `今年`, `去年`, `明年`,
//! `今年以来`, and parts of a year named alone (`前三季度`, `上半年`, `国庆假期`). Relative forms
//! need a reference date; without one they are reported unresolved (a part of a year with no
//! year in view, not at all).

use crate::model::{Date, Granularity, TimeExpr};
use crate::numeral;
use crate::quantity::words::{has_prefix, Heads};
use crate::walk::ArticleWalk;
use crate::ArticleContext;

/// A time expression found in a text, before it is mapped to the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    /// First and last year it covers, when known (`2018和2019年` → 2018, 2019).
    pub years: Option<(i32, i32)>,
    pub first: Option<Date>,
    pub last: Option<Date>,
    pub granularity: Granularity,
}

impl Found {
    fn to_expr(&self, text: &str, span: crate::model::Span) -> TimeExpr {
        let iso = |d: Option<Date>| d.map(iso_date).unwrap_or_default();
        TimeExpr {
            text: text[self.start..self.end].to_string(),
            span,
            start: iso(self.first),
            end: iso(self.last),
            granularity: self.granularity,
            resolved: self.first.is_some(),
        }
    }
}

/// `d` as `YYYY-MM-DD`, byte for byte what its `Display` writes. Every time expression is
/// written out with two dates, and the formatting machinery cost more than the rest of the
/// record; digits are placed directly where the year has four and the month and day two.
fn iso_date(d: Date) -> String {
    let (Ok(year @ 0..=9999), month @ 0..=99, day @ 0..=99) = (u32::try_from(d.year), d.month, d.day) else {
        return d.to_string();
    };
    let digit = |n: u32| b'0' + (n % 10) as u8;
    let bytes = [digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), b'-', digit(month / 10), digit(month), b'-', digit(day / 10), digit(day)];
    // (ASCII digits and dashes: the string is made in one allocation of its size, where
    // collecting characters grew an empty one)
    bytes.iter().map(|&b| char::from(b)).fold(String::with_capacity(bytes.len()), |mut s, c| {
        s.push(c);
        s
    })
}

/// Finds and normalises the article's time expressions in its title, paragraphs and captions.
pub fn find(ctx: &ArticleContext) -> Vec<TimeExpr> {
    find_scanned(ctx).0
}

/// What the time scan saw in one text: its time expressions and where its numeral characters
/// are, which the fact stage reads its quantities from without passing over the text again.
#[derive(Debug, Clone, Default)]
pub struct Scanned {
    pub times: Vec<Found>,
    /// Every `(offset, char)` whose character is a numeral (`crate::numeral`), in order.
    pub numerals: Vec<(usize, char)>,
    /// Every offset of [`crate::program::SET_NOUN_END`], in order: the programs stage reads its
    /// quoted collective nouns (`“组合拳”`) from these instead of searching every paragraph for
    /// them, and the character is rare enough that the scan seldom stops for it.
    pub set_noun_ends: Vec<usize>,
    /// Whether the text holds `①` and `首先`, which open the programs' inline lists: noted in
    /// the same walk, so the programs stage need not search every paragraph for them.
    pub circled: bool,
    pub first: bool,
}

/// [`find`], also returning what the scan saw in each text of [`ArticleContext::texts`], in
/// that order, so the stages after this one date their records without scanning again.
pub fn find_scanned(ctx: &ArticleContext) -> (Vec<TimeExpr>, Vec<Scanned>) {
    find_scanned_walked(ctx, None)
}

/// [`find_scanned`], with the characters the scan stops at in the texts the walk over the
/// article read ([`crate::walk`]) taken from `walked`; a text it did not read is walked here.
pub(crate) fn find_scanned_walked(ctx: &ArticleContext, walked: Option<ArticleWalk>) -> (Vec<TimeExpr>, Vec<Scanned>) {
    let mut out = Vec::new();
    let texts = ctx.texts();
    let read: Vec<&str> = match walked {
        Some(_) => crate::topic::texts(ctx.article).collect(),
        None => Vec::new(),
    };
    let count = walked.map_or(0, |w| w.texts());
    let mut next = 0;
    // a scan per text: sized at once rather than regrown (201 regrowths over the seeds x3)
    let mut scans = Vec::with_capacity(texts.len());
    // the year the texts so far named last, which `同年` and `当年` refer back to
    let mut context = None;
    for p in texts {
        // most texts of a report print a few numerals: room for them saves regrowing. A long
        // paragraph of figures holds more than sixteen (one text in ten over the seeds, 249
        // regrowths over the seeds x3); at most one in twelve of its bytes are numerals but in
        // three of them
        let room = 16.max(p.text.len() / 12);
        let mut scanned = Scanned { times: Vec::new(), numerals: Vec::with_capacity(room), set_noun_ends: Vec::new(), circled: false, first: false };
        let mut marks = (false, false);
        let (numerals, set_noun_ends) = (&mut scanned.numerals, &mut scanned.set_noun_ends);
        scanned.times = match (walked, crate::walk::text_index(&read, count, &p.text, &mut next)) {
            (Some(walked), Some(k)) => {
                scan_noting(&p.text, walked.times_of(k), ctx.reference_date, numerals, set_noun_ends, &mut marks, &mut context)
            }
            _ => scan_noting(&p.text, STARTS.candidates(&p.text), ctx.reference_date, numerals, set_noun_ends, &mut marks, &mut context),
        };
        (scanned.circled, scanned.first) = marks;
        out.extend(scanned.times.iter().map(|f| f.to_expr(&p.text, p.span_of(f.start, f.end))));
        scans.push(scanned);
    }
    (out, scans)
}

/// Words that mark a year relative to the reference year.
const RELATIVE: [(&str, i32); 6] = [("今年", 0), ("去年", -1), ("前年", -2), ("明年", 1), ("当年", 0), ("同年", 0)];

/// Words of [`RELATIVE`] that mean "that same year": the year named last before them, where the
/// text names one (`2016年3月,…。同年6月,…`), else the reference year.
const SAME_YEAR: [&str; 2] = ["当年", "同年"];

/// Scans `text` for time expressions, left to right, never overlapping. Only a numeral or the
/// first character of a relative word can start one, so every other character costs one test.
pub fn scan(text: &str, reference: Option<Date>) -> Vec<Found> {
    scan_noting(text, STARTS.candidates(text), reference, &mut Vec::new(), &mut Vec::new(), &mut (false, false), &mut None)
}

/// [`scan`], noting every numeral character it passes in `numerals` and every
/// [`crate::program::SET_NOUN_END`] in `set_noun_ends`, whether the text holds `①` and `首先` in
/// `marks`, and the year named last in `context` (carried from the texts before). `candidates`
/// are the characters it stops at: those of `STARTS`, in order.
fn scan_noting(
    text: &str,
    candidates: impl Iterator<Item = (usize, char)>,
    reference: Option<Date>,
    numerals: &mut Vec<(usize, char)>,
    set_noun_ends: &mut Vec<usize>,
    marks: &mut (bool, bool),
    context: &mut Option<i32>,
) -> Vec<Found> {
    let mut out = Vec::new();
    let mut resume = 0;
    for (i, c) in candidates {
        let numeral = is_numeral(c);
        if numeral {
            numerals.push((i, c));
        } else if c == '①' || c == '首' {
            // they open no time expression: noted wherever they stand, and passed over
            if c == '①' {
                marks.0 = true;
            } else {
                marks.1 |= text[i + c.len_utf8()..].starts_with('先');
            }
            continue;
        }
        if i < resume {
            continue;
        }
        let found = if numeral {
            let plan = || if c == '十' { plan(text, i) } else { None };
            let absolute = || if may_be_time(text, i) { absolute(text, i, reference) } else { None };
            if follows_digit(text, i) {
                None
            } else {
                plan().or_else(absolute)
            }
        } else if opens_relative(c) {
            relative(text, i, reference, *context)
        } else if opens_now(c) {
            now(text, i, reference)
        } else if c == '全' {
            whole_year(text, i, &out, reference)
        } else if c == crate::program::SET_NOUN_END {
            // it opens no time expression, and stands in none (so none was passed over)
            set_noun_ends.push(i);
            continue;
        } else {
            None
        };
        let found = match found {
            None if OPENS_PERIOD.may_start(c) => period(text, i, &out, reference),
            found => found,
        };
        if let Some(f) = found {
            resume = f.end.max(i + 1);
            // a year the text names in figures; a relative one (`去年`), or a month whose year
            // came from the reference date (`5月`), tells no more than the reference date does
            // (the expression is a few characters: compared byte by byte, with no searcher set up)
            let named = numeral && crate::quantity::words::contains(&text[f.start..f.end], "年");
            if let Some((_, last)) = f.years.filter(|_| named) {
                *context = Some(last);
            }
            out.push(f);
        }
    }
    out
}

/// The [`Scanned`] of one text, for the tests of the stages that read it.
#[cfg(test)]
pub(crate) fn scanned(text: &str) -> Scanned {
    let mut s = Scanned { times: Vec::new(), numerals: Vec::new(), set_noun_ends: Vec::new(), circled: false, first: false };
    let mut marks = (false, false);
    s.times = scan_noting(text, STARTS.candidates(text), None, &mut s.numerals, &mut s.set_noun_ends, &mut marks, &mut None);
    (s.circled, s.first) = marks;
    s
}

/// The first characters of the words of [`RELATIVE`].
const RELATIVE_HEADS: [&str; 6] = ["今", "去", "前", "明", "当", "同"];
static OPENS_RELATIVE: Heads = Heads::of(&RELATIVE_HEADS);
/// Words for "as of the time of writing" (`截至目前，全县累计…`): they date a sentence to the
/// reference date as `截至2017年底` dates it to 2017. A bare `目前` ("at present") describes a
/// state rather than dating a tally, and is left alone.
const NOW: [&str; 4] = ["截至目前", "截止目前", "截至当前", "截至今日"];
/// The first characters of the words of [`NOW`].
const NOW_HEADS: [&str; 1] = ["截"];
static OPENS_NOW: Heads = Heads::of(&NOW_HEADS);
/// What a time expression may start with: a numeral or the first character of a relative word
/// or of a word for now.
/// (and the last character of the programs' quoted collective nouns, which the scan notes for them)
/// (and the first characters of the programs' inline list marks `①` and `首先`, likewise)
static STARTS: Heads = Heads::of(&["今", "去", "前", "明", "当", "同", "截", "全", "上", "下", "国", "入", "年", crate::program::SET_NOUN_END_STR, "①", "首"])
    .with_numerals();

/// The first and last day of a part of a year, as (month, day) each.
type Within = ((u32, u32), (u32, u32));

/// Parts of a year a report names without its year (`前三季度，全县…`, `国庆假期，…`), with the
/// days they run from and to.
const PERIODS: [(&str, Within); 17] = [
    ("前三季度", ((1, 1), (9, 30))),
    ("上半年", ((1, 1), (6, 30))),
    ("下半年", ((7, 1), (12, 31))),
    // (`第一季度` is read from its `一`)
    ("一季度", ((1, 1), (3, 31))),
    ("二季度", ((4, 1), (6, 30))),
    ("三季度", ((7, 1), (9, 30))),
    ("四季度", ((10, 1), (12, 31))),
    ("国庆假期", ((10, 1), (10, 7))),
    ("国庆期间", ((10, 1), (10, 7))),
    // a season or a holiday up to the time of writing (`入冬以来`, `国庆以来`), read to the
    // year's end
    ("国庆以来", ((10, 1), (12, 31))),
    ("入冬以来", ((11, 1), (12, 31))),
    ("入秋以来", ((8, 1), (12, 31))),
    ("入夏以来", ((6, 1), (12, 31))),
    ("入汛以来", ((5, 1), (12, 31))),
    // the year's end or start named alone (`截至年末`, `年底前`)
    ("年末", ((12, 31), (12, 31))),
    ("年底", ((12, 31), (12, 31))),
    ("年初", ((1, 1), (1, 31))),
];

/// The first characters of the words of [`PERIODS`].
static OPENS_PERIOD: Heads = Heads::of(&["前", "上", "下", "一", "二", "三", "四", "国", "入", "年"]);

/// A part of a year named alone at `i` (`前三季度`, `上半年`, `国庆假期`): of the year the text
/// named last before it, as [`whole_year`] reads it, or else of the reference year. A part
/// printed after its year (`2023年上半年`) was read with the year.
fn period(text: &str, i: usize, before: &[Found], reference: Option<Date>) -> Option<Found> {
    // `年` opens many words (`年均`, `年度`, `每年`): only `年末`, `年底`, `年初` are read here, told
    // by the next character before the list is searched
    let rest = &text[i..];
    if rest.starts_with('年') {
        // (`近年初见成效`, `青年初创`, `每年年底`: a 年 of another word, or a habit of every year)
        let before = text[..i].chars().next_back();
        let own_word = before.is_some_and(|c| YEAR_WORD_HEADS.contains(c) || c == '年');
        if own_word || !matches!(rest['年'.len_utf8()..].chars().next(), Some('末' | '底' | '初')) {
            return None;
        }
    }
    let &(word, ((m1, d1), (m2, d2))) = PERIODS.iter().find(|(w, _)| has_prefix(rest, w))?;
    // `上一季度`, `每一季度`, `一二季度`, `四季度假`: words a part of the year only begins
    let previous = text[..i].chars().next_back();
    if previous.is_some_and(|c| matches!(c, '上' | '下' | '每' | '同' | '这' | '该' | '本') || numeral::is_chinese_numeral_char(c)) || text[i + word.len()..].starts_with('假') {
        return None;
    }
    // the year named before in the same sentence (`2023年，…。上半年，…` may be another year's)
    let sentence = text[..i].rfind(['。', '！', '？', '；']).map_or(0, |k| k + '。'.len_utf8());
    let in_view = &before[before.partition_point(|f| f.start < sentence)..];
    let mut year = year_in_view(text, in_view, reference)?;
    // (the year in view is the reference year's, no year named before the part in its sentence)
    if let Some(r) = reference.filter(|r| year == r.year && !in_view.iter().any(|f| f.years.is_some())) {
        // `入冬以来`, `国庆以来` on a page written before that season began this year: last year's
        let season_ahead = word.ends_with("以来") && r.month < m1;
        // `截至年末，…余额5.44亿元` written in January: the year just ended (`年底前完成` is still to
        // come)
        let year_end = m1 == 12 && d1 == 31 && r.month <= LOOKING_BACK_MONTHS;
        let ahead = || text[i + word.len()..].starts_with('前') || promised_before(text, i);
        if season_ahead || year_end && !ahead() {
            year = r.year - 1;
        }
    }
    let granularity = if m1 == m2 { Granularity::Day } else { Granularity::Month };
    Some(Found { start: i, end: i + word.len(), years: Some((year, year)), first: date(year, m1, d1), last: date(year, m2, d2), granularity })
}

/// How many time expressions back `全年` looks for the year it means: a text of nothing but
/// comparisons would otherwise have each look at every one before it.
const WHOLE_YEAR_LOOKBACK: usize = 32;

/// The year a text is talking about at a point: the last single year it named before
/// (`before`), not counting the base of a comparison or the start of a change (`比2015年`,
/// `由2015年的…`) nor a span of years (`“十三五”期间…。全年投入…` is no year of that plan's),
/// or else the reference year.
fn year_in_view(text: &str, before: &[Found], reference: Option<Date>) -> Option<i32> {
    // a span opening its clause (`2016年至2020年，…全年…`) is the time in view, of no one year:
    // nothing is read past it
    let opens_clause = |f: &Found| text[..f.start].chars().next_back().is_none_or(|c| matches!(c, '，' | ',' | '。' | '；' | '：' | '\n'));
    let mut named = None;
    for f in before.iter().rev().take(WHOLE_YEAR_LOOKBACK).filter(|f| !text[..f.start].ends_with(['比', '较', '由', '从'])) {
        match f.years {
            Some((first, last)) if first == last => {
                named = Some(last);
                break;
            }
            Some(_) if opens_clause(f) => return None,
            _ => {}
        }
    }
    named.or(reference.map(|r| r.year))
}

/// `全年` at `i`: the whole of the year the text is talking about, which is the last year it
/// named before (`2022年，全县共有…。全年新识别…`), not counting the base of a comparison or
/// the start of a change (`比2015年`, `由2015年的…`), or else the reference year.
fn whole_year(text: &str, i: usize, before: &[Found], reference: Option<Date>) -> Option<Found> {
    let rest = &text[i..];
    if !rest.starts_with("全年") || rest.starts_with("全年龄") {
        return None;
    }
    let end = i + "全年".len();
    // with no year in view it is still a year of its own, unresolved: the clauses after it are
    // not of the span or the year named before it (`“十三五”期间…。全年投入…`)
    Some(match year_in_view(text, before, reference) {
        Some(year) => year_expr_plain(i, end, year, year),
        None => Found { start: i, end, years: None, first: None, last: None, granularity: Granularity::Year },
    })
}

fn opens_now(c: char) -> bool {
    OPENS_NOW.may_start(c)
}

/// `截至目前`, `目前` at `i`: the reference date, when there is one.
fn now(text: &str, i: usize, reference: Option<Date>) -> Option<Found> {
    let word = NOW.iter().find(|w| has_prefix(&text[i..], w))?;
    Some(Found {
        start: i,
        end: i + word.len(),
        years: reference.map(|r| (r.year, r.year)),
        first: reference,
        last: reference,
        granularity: Granularity::Day,
    })
}

/// What may follow the name of a five-year plan (`十三五期间`) when it is not quoted: a bare
/// `十三五` may be a count (`十三五个`), these words make it a span of time.
const PLAN_TAILS: [&str; 6] = ["期间", "时期", "以来", "规划", "末", "初"];

/// A five-year plan named by its number at `i` (`“十三五”期间` → 2016–2020): quoted, or followed
/// by one of [`PLAN_TAILS`]. The sixth plan ran 1981–1985 and each later one the five years after.
fn plan(text: &str, i: usize) -> Option<Found> {
    let mut chars = text[i..].chars();
    chars.next(); // 十
    let unit = chars.next().and_then(numeral::chinese_digit).filter(|d| (1..=9).contains(d))?;
    if chars.next() != Some('五') {
        return None;
    }
    let mut end = i + "十三五".len();
    let quoted = text[end..].starts_with(['”', '"', '’']);
    if quoted {
        end += text[end..].chars().next().map_or(0, char::len_utf8);
    }
    let tail = skip_any(text, end, &PLAN_TAILS);
    if !quoted && tail.is_none() {
        return None;
    }
    let first = 1981 + 5 * (unit as i32 + 10 - 6);
    Some(year_expr_plain(i, tail.unwrap_or(end), first, first + 4))
}

/// Whether the scan stops at `c`: a time expression, or a numeral or mark it notes, may start
/// there.
pub(crate) fn may_open(c: char) -> bool {
    STARTS.may_start(c)
}

fn opens_relative(c: char) -> bool {
    OPENS_RELATIVE.may_start(c)
}

#[inline]
fn is_numeral(c: char) -> bool {
    numeral::arabic_digit(c).is_some() || numeral::is_chinese_numeral_char(c)
}

/// True when the character before `i` is a digit or numeral: `i` is inside a number.
fn follows_digit(text: &str, i: usize) -> bool {
    text[..i].chars().next_back().is_some_and(|c| is_numeral(c) || c == '.')
}

/// Characters that may stand right after the first number of a time expression: the year and
/// month words and the first characters of [`RANGE_MARKS`] and [`AND_MARKS`].
fn may_follow_number(c: char) -> bool {
    matches!(c, '年' | '学' | '月' | '—' | '-' | '－' | '至' | '到' | '~' | '～' | '–' | '和' | '、' | '及')
}

/// How far [`may_be_time`] looks for the end of a run of numeral characters.
const RUN_LOOKAHEAD: usize = 64;

/// False when the number at `i` cannot start a time expression: the character after its run of
/// numeral characters (and separators) is none of [`may_follow_number`]. Most numerals of a
/// text (`一些`, `进一步`, `800户`) fail this test before any number is read. A run longer than
/// [`RUN_LOOKAHEAD`] characters is left to the reader.
fn may_be_time(text: &str, i: usize) -> bool {
    for c in text[i..].chars().take(RUN_LOOKAHEAD) {
        if !(is_numeral(c) || matches!(c, ',' | '.' | '．')) {
            return may_follow_number(c);
        }
    }
    true
}

/// Reads an integer numeral (Arabic, or a Chinese digit string / positional numeral) at `i`.
fn int_at(text: &str, i: usize) -> Option<(i64, usize)> {
    let n = numeral::read(&text[i..])?;
    if n.value.fract() != 0.0 || n.value > 1e12 {
        return None;
    }
    Some((n.value as i64, i + n.len))
}

fn year_ok(y: i64) -> bool {
    (1900..=2100).contains(&y)
}

/// Skips one of `words` at `i`, returning the end.
fn skip_any(text: &str, i: usize, words: &[&str]) -> Option<usize> {
    let rest = text.get(i..)?;
    words.iter().find(|w| has_prefix(rest, w)).map(|w| i + w.len())
}

const RANGE_MARKS: [&str; 8] = ["—", "-", "－", "至", "到", "~", "～", "–"];
const AND_MARKS: [&str; 3] = ["和", "、", "及"];

/// `2018年…`, `2016—2019年`, `2018和2019年`, `12月9日`, `1—10月份` starting at `i`.
fn absolute(text: &str, i: usize, reference: Option<Date>) -> Option<Found> {
    let (a, after_a) = int_at(text, i)?;
    // a second number joined by a range or list mark, then 年: spans and pairs of years
    let (b, after_b) = match skip_any(text, after_a, &RANGE_MARKS).or_else(|| skip_any(text, after_a, &AND_MARKS)) {
        Some(j) => match int_at(text, j) {
            Some((b, e)) if (text[e..].starts_with('年') || text[e..].starts_with("学年")) && year_ok(a) && year_ok(b) && b >= a => (b, e),
            _ => (a, after_a),
        },
        None => (a, after_a),
    };
    let rest = &text[after_b..];
    let year_word = ["学年", "年"].iter().find(|w| has_prefix(rest, w)).filter(|_| !rest.starts_with("年龄") && !rest.starts_with("年级"));
    if let Some(w) = year_word.filter(|_| year_ok(a)) {
        let end = after_b + w.len();
        // `2016年至2020年`: a span with the year word on both ends
        if let Some((last, e)) = second_year(text, end).filter(|&(last, _)| b == a && last > a) {
            return Some(year_expr(text, i, e, a as i32, last as i32));
        }
        return Some(year_expr(text, i, end, a as i32, b as i32));
    }
    if b == a && (1..=12).contains(&a) {
        if let Some(f) = month_day(text, i, after_a, a as u32, reference.map(|r| year_of_month(text, i, a as u32, r))) {
            return Some(f);
        }
    }
    if b != a && (1..=12).contains(&a) && (1..=12).contains(&b) && rest.starts_with('月') {
        let end = after_b + if rest.starts_with("月份") { "月份".len() } else { '月'.len_utf8() };
        let (first, last) = match reference {
            Some(r) => (date(r.year, a as u32, 1), date(r.year, b as u32, 31)),
            None => (None, None),
        };
        return Some(Found { start: i, end, years: None, first, last, granularity: Granularity::Month });
    }
    None
}

/// `至2020年` after a year: the later year of a span and where its `年` ends.
fn second_year(text: &str, at: usize) -> Option<(i64, usize)> {
    let j = skip_any(text, at, &RANGE_MARKS)?;
    let (y, e) = int_at(text, j)?;
    (year_ok(y) && text[e..].starts_with('年')).then_some((y, e + '年'.len_utf8()))
}

/// A year or span of years, with a month and day when they follow (`2020年3月5日`) and the
/// `底`/`以来` that often trail a year.
fn year_expr(text: &str, start: usize, mut end: usize, a: i32, b: i32) -> Found {
    if b == a {
        if let Some((m, after_m)) = int_at(text, end).filter(|(m, e)| (1..=12).contains(m) && text[*e..].starts_with('月')) {
            if let Some(mut f) = month_day(text, start, after_m, m as u32, Some(a)) {
                f.years = Some((a, a));
                return f;
            }
        }
    }
    if let Some(e) = skip_any(text, end, &["年底", "年初", "年末", "底", "初", "末", "以来", "上半年", "下半年", "度"]) {
        end = e;
    }
    year_expr_plain(start, end, a, b)
}

/// The years `a` to `b` found at `start..end`.
fn year_expr_plain(start: usize, end: usize, a: i32, b: i32) -> Found {
    Found { start, end, years: Some((a, b)), first: date(a, 1, 1), last: date(b, 12, 31), granularity: Granularity::Year }
}

/// Characters that make a word of the `年` after them (`近年`, `青年`, `每年`, `周年`): no year's
/// end or start follows them (`近年初见成效`).
static YEAR_WORD_HEADS: crate::charset::CharSet = crate::charset::CharSet::new("近青少成多每历往中老童周晚早常长新半学整隔逐");

/// Last month of the year the reference date is in that reads a later month printed without
/// its year as one of the year before (`8月，…文化节举办` on a page of January 2025 is of 2024).
const LOOKING_BACK_MONTHS: u32 = 2;

/// How far ahead of the reference month a month printed without its year may still be of the
/// reference year, looking back.
const MONTHS_AHEAD: u32 = 3;

/// Words before a date that tell it is still to come (`将于8月`, `计划10月`).
const FUTURE_WORDS: [&str; 8] = ["将于", "将在", "计划", "预计", "力争", "拟于", "争取", "确保"];

/// Bytes before a date read for a word that tells it is still to come.
const FUTURE_REACH: usize = 12;

/// Whether one of [`FUTURE_WORDS`] stands shortly before byte `i` (`将于8月`, `力争年底前`).
fn promised_before(text: &str, i: usize) -> bool {
    let before = &text[crate::charset::floor_boundary(text, i.saturating_sub(FUTURE_REACH))..i];
    FUTURE_WORDS.iter().any(|w| before.contains(w))
}

/// The year of month `m` printed at `i` without its year: the reference year, but for a page of
/// the first months of a year telling of a month well ahead of its own (the year before's, a
/// review written in January), unless the text says it is still to come (`将于8月`, `12月31日前`).
fn year_of_month(text: &str, i: usize, m: u32, reference: Date) -> i32 {
    if reference.month > LOOKING_BACK_MONTHS || m <= reference.month + MONTHS_AHEAD {
        return reference.year;
    }
    let after = &text[i..crate::charset::floor_boundary(text, i + 24)];
    let ahead = promised_before(text, i) || after.split(['，', ',', '。']).next().is_some_and(|d| {
        // (`12月31日前完成`, `6月1日起施行`; not `11月2日前往某村`)
        d.ends_with('前') || d.contains("日前") && !d.contains("日前往") || d.contains("底前") || d.contains("起施行") || d.contains("起实施")
    });
    if ahead {
        reference.year
    } else {
        reference.year - 1
    }
}

/// `M月` or `M月D日` after a month number ending at `after_m`.
fn month_day(text: &str, start: usize, after_m: usize, m: u32, year: Option<i32>) -> Option<Found> {
    let rest = text.get(after_m..)?;
    let after_yue = after_m + rest.strip_prefix('月').map(|_| '月'.len_utf8())?;
    if let Some((d, e)) = int_at(text, after_yue) {
        let tail = &text[e..];
        if (1..=31).contains(&d) && (tail.starts_with('日') || tail.starts_with('号')) {
            let end = e + 3;
            let day = year.and_then(|y| date(y, m, d as u32));
            return Some(Found { start, end, years: year.map(|y| (y, y)), first: day, last: day, granularity: Granularity::Day });
        }
    }
    // a bare month needs its year printed or known, and must not be a count of months (5个月)
    let year = year?;
    let last = date(year, m, crate::model::days_in_month(year, m));
    Some(Found { start, end: after_yue, years: Some((year, year)), first: date(year, m, 1), last, granularity: Granularity::Month })
}

/// `今年`, `去年以来`, `同年6月` … at `i`; `context` is the year named last before it.
fn relative(text: &str, i: usize, reference: Option<Date>, context: Option<i32>) -> Option<Found> {
    let rest = &text[i..];
    // every relative word is a head character and `年`: most heads (`前`, `当`) are not one
    let mut chars = rest.chars();
    if chars.nth(1) != Some('年') {
        return None;
    }
    let &(word, delta) = RELATIVE.iter().find(|(w, _)| has_prefix(rest, w))?;
    // `同年龄段`, `同年级`, `当年轻人…`: words that only begin as a year
    if SAME_YEAR.contains(&word) && rest[word.len()..].starts_with(['龄', '级', '轻', '纪']) {
        return None;
    }
    let mut end = i + word.len();
    let year = match context {
        Some(named) if SAME_YEAR.contains(&word) => Some(named),
        _ => reference.map(|r| r.year + delta),
    };
    // `去年12月`, `今年3月5日`: a month (and day) of the relative year
    if let Some((m, after_m)) = int_at(text, end).filter(|(m, e)| (1..=12).contains(m) && text[*e..].starts_with('月')) {
        let found = month_day(text, i, after_m, m as u32, year).or_else(|| {
            let end = after_m + '月'.len_utf8();
            Some(Found { start: i, end, years: None, first: None, last: None, granularity: Granularity::Month })
        });
        return found;
    }
    if let Some(e) = skip_any(text, end, &["以来", "年底", "底", "初", "上半年", "下半年"]) {
        end = e;
    }
    let since = text[i..end].ends_with("以来");
    let (first, last) = match (year, reference) {
        (Some(y), Some(r)) if since && delta == 0 => (date(y, 1, 1), Some(r)),
        (Some(y), _) => (date(y, 1, 1), date(y, 12, 31)),
        _ => (None, None),
    };
    Some(Found { start: i, end, years: year.map(|y| (y, y)), first, last, granularity: Granularity::Year })
}

/// The date, with the day cut to the month's last; `None` where [`Date::parse_iso`] would
/// refuse it (a year outside 1–9999, no such month). Built directly: formatting and parsing
/// cost more than all the rest of a time expression.
fn date(year: i32, month: u32, day: u32) -> Option<Date> {
    let day = day.min(crate::model::days_in_month(year, month));
    ((1..=9999).contains(&year) && (1..=12).contains(&month) && day >= 1).then_some(Date { year, month, day })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_as_display_writes_them() {
        for year in [-12, -1, 0, 7, 99, 1949, 2024, 9999, 10000, 123456] {
            for (month, day) in [(1, 1), (9, 30), (12, 31), (0, 0), (100, 7), (7, 100)] {
                let d = Date { year, month, day };
                assert_eq!(iso_date(d), d.to_string());
            }
        }
    }

    fn one(text: &str, reference: Option<Date>) -> Found {
        let v = scan(text, reference);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        v[0].clone()
    }

    fn refd() -> Option<Date> {
        Date::parse_iso("2021-06-15")
    }

    #[test]
    fn plain_year_and_year_end() {
        let f = one("截至2017年底，全县", None);
        assert_eq!(f.years, Some((2017, 2017)));
        assert_eq!(&"截至2017年底，全县"[f.start..f.end], "2017年底");
        assert_eq!(f.first.unwrap().to_string(), "2017-01-01");
    }

    #[test]
    fn span_of_years_with_dash() {
        let f = one("2013—2016年间完成", None);
        assert_eq!(f.years, Some((2013, 2016)));
        assert_eq!(f.last.unwrap().to_string(), "2016-12-31");
    }

    #[test]
    fn school_year() {
        assert_eq!(one("2019—2020学年共资助", None).years, Some((2019, 2020)));
    }

    #[test]
    fn span_with_the_year_word_on_both_ends() {
        let f = one("2016年至2020年，全县", None);
        assert_eq!((f.years, f.end), (Some((2016, 2020)), "2016年至2020年".len()));
    }

    #[test]
    fn pair_of_years() {
        assert_eq!(one("2019和2020年两年里", None).years, Some((2019, 2020)));
    }

    #[test]
    fn chinese_year_with_white_circle() {
        assert_eq!(one("二○一九年春天", None).years, Some((2019, 2019)));
        assert_eq!(one("二〇二〇年", None).years, Some((2020, 2020)));
    }

    #[test]
    fn full_date() {
        let f = one("于2019年8月3日启动", None);
        assert_eq!(f.first.unwrap().to_string(), "2019-08-03");
        assert_eq!(f.granularity, Granularity::Day);
    }

    #[test]
    fn month_day_needs_a_reference() {
        let f = one("11月2日上午", None);
        assert!(f.first.is_none());
        let f = one("11月2日上午", refd());
        assert_eq!(f.first.unwrap().to_string(), "2021-11-02");
    }

    #[test]
    fn a_later_month_on_a_january_page_is_of_the_year_before() {
        let jan = Date::parse_iso("2025-01-06");
        assert_eq!(one("8月，文化节在广场举办", jan).years, Some((2024, 2024)));
        assert_eq!(one("11月2日上午", jan).years, Some((2024, 2024)));
        // unless the text says it is still to come, or the month is near
        assert_eq!(one("将于8月举办文化节", jan).years, Some((2025, 2025)));
        assert_eq!(one("12月31日前完成", jan).years, Some((2025, 2025)));
        assert_eq!(one("3月底", jan).years, Some((2025, 2025)));
        assert_eq!(one("11月2日前往某村调研", jan).years, Some((2024, 2024)));
        assert_eq!(one("争取9月投产", jan).years, Some((2025, 2025)));
        assert_eq!(one("自6月1日起施行", jan).years, Some((2025, 2025)));
        // a page of later months reads every month of its own year
        assert_eq!(one("8月，文化节在广场举办", Date::parse_iso("2025-05-06")).years, Some((2025, 2025)));
    }

    #[test]
    fn relative_years() {
        assert!(one("今年以来，", None).first.is_none());
        let f = one("今年以来，", refd());
        assert_eq!((f.first.unwrap().to_string(), f.last.unwrap().to_string()), ("2021-01-01".into(), "2021-06-15".into()));
        assert_eq!(one("去年全市", refd()).years, Some((2020, 2020)));
    }

    #[test]
    fn the_whole_year_is_the_year_last_named() {
        let v = scan("2019年，全县有3个村。全年新建道路5公里", refd());
        assert_eq!(v.iter().map(|f| f.years).collect::<Vec<_>>(), [Some((2019, 2019)), Some((2019, 2019))]);
        // the base of a comparison is not the year talked about
        let v = scan("比2015年增长一倍，全年投入8万元", refd());
        assert_eq!(v.last().unwrap().years, Some((2021, 2021)));
        // nor is a span of years: a plan's five years hold no one whole year
        let v = scan("2019年，“十三五”期间搬迁的群众稳得住。全年投入8万元", refd());
        assert_eq!(v.last().unwrap().years, Some((2019, 2019)));
        // and a span opening its clause is the time in view, read no further back
        let v = scan("2015年，全县有贫困人口3.2万人。2016年至2020年，全县累计投入12亿元，其中全年最多投入3.1亿元", refd());
        assert_eq!(v.last().unwrap().years, None, "{v:#?}");
        // with no year in view and no reference date it stays unresolved
        let v = scan("全年投入8万元", None);
        assert_eq!((v.len(), v[0].years), (1, None));
        // a text of nothing but comparisons is read once through
        assert_eq!(scan(&"比全年".repeat(20_000), refd()).len(), 20_000);
        assert!(scan("全年龄段", refd()).is_empty());
    }

    #[test]
    fn month_of_a_relative_year() {
        let f = one("去年12月，全县", refd());
        assert_eq!((f.first.unwrap().to_string(), f.last.unwrap().to_string()), ("2020-12-01".into(), "2020-12-31".into()));
        let f = one("今年3月5日起", refd());
        assert_eq!(f.first.unwrap().to_string(), "2021-03-05");
        let f = one("去年12月，全县", None);
        assert!(f.first.is_none() && f.end == "去年12月".len());
    }

    #[test]
    fn months_span() {
        let f = one("3—8月份，", refd());
        assert_eq!(f.last.unwrap().to_string(), "2021-08-31");
    }

    #[test]
    fn counts_are_not_years() {
        assert!(scan("新增就业2199人，脱贫1450户", None).is_empty());
        assert!(scan("用了5个月", refd()).is_empty());
        assert!(scan("PM2.5日均浓度", refd()).is_empty());
    }

    #[test]
    fn words_for_now_take_the_reference_date() {
        let f = one("截至目前，全县", refd());
        assert_eq!((f.years, f.end, f.first), (Some((2021, 2021)), "截至目前".len(), refd()));
        assert_eq!(one("截止目前已建成", None).years, None);
        assert!(scan("目前已建成", refd()).is_empty());
    }

    #[test]
    fn five_year_plans_are_spans_of_years() {
        let f = one("“十三五”期间，全县", None);
        assert_eq!((f.years, &"“十三五”期间，全县"[f.start..f.end]), (Some((2016, 2020)), "十三五”期间"));
        assert_eq!(one("十四五时期要", None).years, Some((2021, 2025)));
        assert_eq!(one("十二五以来", None).years, Some((2011, 2015)));
        assert!(scan("第十三五个村", None).is_empty() && scan("十三五个", None).is_empty());
        assert_eq!(one("十二月，", refd()).first.unwrap().to_string(), "2021-12-01");
    }

    #[test]
    fn that_same_year_is_the_year_named_last_in_figures() {
        let mut context = None;
        let mut scan_next = |text: &str| scan_noting(text, STARTS.candidates(text), refd(), &mut Vec::new(), &mut Vec::new(), &mut (false, false), &mut context);
        scan_next("2016年3月,某县召开动员大会。");
        // the next entry of a chronicle, and a later sentence that looks back
        let f = scan_next("同年6月,县里出台实施方案。")[0].clone();
        assert_eq!((f.years, f.first.unwrap().to_string()), (Some((2016, 2016)), "2016-06-01".to_string()));
        assert_eq!(scan_next("去年收入是当年的8倍。")[1].years, Some((2016, 2016)));
        // with no year named before, `当年` is the reference year
        assert_eq!(scan("当年建成当年见效", refd())[0].years, Some((2021, 2021)));
        // a month alone takes the reference year and names none; words that begin as a year
        let mut context = None;
        scan_noting("2016年3月,大会召开。5月,方案出台。", STARTS.candidates("2016年3月,大会召开。5月,方案出台。"), refd(), &mut Vec::new(), &mut Vec::new(), &mut (false, false), &mut context);
        assert_eq!(context, Some(2016));
        assert!(scan("与同年龄段、同年级的孩子相比,当年轻人回村", refd()).is_empty());
    }

    #[test]
    fn every_relative_word_opens_with_a_head() {
        for w in NOW {
            let head = w.chars().next().unwrap();
            assert!(opens_now(head) && STARTS.may_start(head), "{w}");
        }
        for (w, _) in RELATIVE {
            let head = w.chars().next().unwrap();
            assert!(opens_relative(head) && STARTS.may_start(head), "{w}");
        }
        assert!(!opens_relative('年'));
    }

    #[test]
    fn dates_are_what_the_iso_reader_reads() {
        for year in [-5, 0, 1, 1999, 2020, 2100, 9999, 10000] {
            for month in 0..=13 {
                for day in [0, 1, 28, 29, 30, 31, 32] {
                    let printed = Date::parse_iso(&format!("{year:04}-{month:02}-{:02}", day.min(crate::model::days_in_month(year, month))));
                    assert_eq!(date(year, month, day), printed, "{year} {month} {day}");
                }
            }
        }
    }

    #[test]
    fn the_scan_notes_every_numeral() {
        let text = "2019年3月，全县一些村达到5个，今年打好“组合拳”，拳拳";
        let (mut numerals, mut ends, mut marks) = (Vec::new(), Vec::new(), (false, false));
        assert_eq!(scan_noting(text, STARTS.candidates(text), refd(), &mut numerals, &mut ends, &mut marks, &mut None), scan(text, refd()));
        assert_eq!(marks, (false, false));
        // the marks of an inline list, wherever they stand (`首` alone is none)
        for (text, expected) in [("①2019年3月，首要", (true, false)), ("首先，2019年首先", (false, true)), ("首", (false, false))] {
            let mut marks = (false, false);
            assert_eq!(scan_noting(text, STARTS.candidates(text), refd(), &mut Vec::new(), &mut Vec::new(), &mut marks, &mut None), scan(text, refd()));
            assert_eq!(marks, expected, "{text}");
        }
        let expected: Vec<(usize, char)> = text.char_indices().filter(|&(_, c)| is_numeral(c)).collect();
        assert_eq!(numerals, expected);
        let expected: Vec<usize> = text.match_indices(crate::program::SET_NOUN_END).map(|(i, _)| i).collect();
        assert_eq!((ends.len(), ends), (3, expected));
    }

    #[test]
    fn every_relative_word_is_a_head_and_year() {
        for (w, _) in RELATIVE {
            assert_eq!(w.chars().nth(1), Some('年'), "{w}");
        }
    }

    #[test]
    fn every_mark_may_follow_a_number() {
        for w in RANGE_MARKS.iter().chain(&AND_MARKS).chain(&["年", "学年", "月"]) {
            assert!(may_follow_number(w.chars().next().unwrap()), "{w}");
        }
        assert!(may_be_time("2019年", 0) && may_be_time("3—5月", 0) && may_be_time("1,000年", 0));
        assert!(!may_be_time("一些", 0) && !may_be_time("800户", 0) && !may_be_time("3.5万元", 0));
    }

    #[test]
    fn a_part_of_the_year_named_alone_is_of_the_year_in_view() {
        let f = one("前三季度，全县销售额1.2亿元", refd());
        assert_eq!((f.years, f.first, f.last), (Some((2021, 2021)), Date::parse_iso("2021-01-01"), Date::parse_iso("2021-09-30")));
        let f = one("国庆假期，全县接待游客5万人次", refd());
        assert_eq!((f.first, f.last), (Date::parse_iso("2021-10-01"), Date::parse_iso("2021-10-07")));
        // a season or a holiday up to the time of writing
        assert_eq!(one("入冬以来，全县排查隐患26处", Date::parse_iso("2021-12-15")).years, Some((2021, 2021)));
        assert_eq!(one("国庆以来，某乡接待游客8.7万人次", Date::parse_iso("2021-11-15")).years, Some((2021, 2021)));
        // (in June, the winter begun and the National Day past are last year's)
        assert_eq!(one("入冬以来，全县排查隐患26处", refd()).years, Some((2020, 2020)));
        // the year's end named alone in January is the year just ended, unless still to come
        let jan = Date::parse_iso("2025-01-16");
        assert_eq!(one("截至年末，小额信贷余额5.44亿元", jan).years, Some((2024, 2024)));
        assert_eq!(one("力争年底前完成改造", jan).years, Some((2025, 2025)));
        assert_eq!(one("截至年末，小额信贷余额5.44亿元", refd()).years, Some((2021, 2021)));
        // a season begun later in the year than a January page is last year's
        assert_eq!(one("入冬以来，全县排查困难群众1200户", jan).years, Some((2024, 2024)));
        // a 年 of another word, or of every year, names no year's end or start
        for t in ["近年初见成效的庭院经济", "全县青年初创企业达到120家", "每年年底分红"] {
            assert!(scan(t, jan).iter().all(|f| f.granularity != Granularity::Day && f.granularity != Granularity::Month), "{t}");
        }
        assert!(scan("深入冬季林区", refd()).is_empty());
        // the year its sentence named before it, else the reference year
        let v = scan("2019年，全县种茶5000亩，下半年新建茶厂2座", refd());
        assert_eq!(v.last().map(|f| f.years), Some(Some((2019, 2019))));
        let v = scan("该村2016年被列为贫困村。上半年，村里新建厂房2座", refd());
        assert_eq!(v.last().map(|f| f.years), Some(Some((2021, 2021))));
        for s in ["比上一季度增长5%", "每一季度召开一次", "打造四季度假胜地", "同一季度"] {
            assert!(scan(s, refd()).iter().all(|f| f.granularity != Granularity::Month), "{s}");
        }
        // with no year in view, none
        assert!(scan("上半年，全县新增就业800人", None).is_empty());
        for s in ["上半天", "下半场", "国庆节", "第一季", "一季"] {
            assert!(scan(s, refd()).is_empty(), "{s}");
        }
        // every period's first character opens one
        for (w, _) in PERIODS {
            assert!(OPENS_PERIOD.may_start(w.chars().next().unwrap()) && STARTS.may_start(w.chars().next().unwrap()), "{w}");
        }
    }

    #[test]
    fn odd_text_does_not_panic() {
        for s in ["", "年", "2019", "12月", "9999999999999999999年", "１２月３日", "今"] {
            let _ = scan(s, refd());
        }
    }
}
