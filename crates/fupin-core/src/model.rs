//! The records the extractor produces.
//!
//! These types mirror `proto/fupin/v1/extract.proto` field for field, but carry no protobuf
//! dependency: the core can be embedded in a batch job or a binding without a server. Every span
//! is a half-open range of **UTF-8 byte offsets into the input text**; `span::Offsets` turns them
//! into code points or UTF-16 units when a client asks for those.

use serde::Serialize;

/// A half-open byte range `[start, end)` into the input text. Both ends lie on `char` boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(&self) -> bool {
        self.start >= self.end
    }
}

/// Everything found in one input: its articles and what was dropped from the page.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Document {
    pub articles: Vec<Article>,
    pub discarded: Vec<Discarded>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ArticleKind {
    #[default]
    News,
    Photo,
}

/// One article or stand-alone photo item of a page, with its records.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Article {
    /// The headline; `None` for a photo item with no headline.
    pub title: Option<String>,
    pub title_span: Option<Span>,
    pub kicker: Option<String>,
    pub subtitle: Option<String>,
    pub section: Option<String>,
    pub kind: ArticleKind,
    /// `本报讯`, `新华社`, `河北网` …; empty when the page prints none.
    pub source: String,
    /// As printed, normalised to ISO 8601 where possible (`2018-10-21T21:15`).
    pub published_at: Option<String>,
    pub contributors: Vec<Contributor>,
    pub paragraphs: Vec<Paragraph>,
    pub captions: Vec<Caption>,
    /// From the first to the last byte of the page that belongs to this article.
    pub span: Span,

    pub topic: Topic,
    pub primary_region: Option<Region>,
    pub regions: Vec<Region>,
    pub places: Vec<Place>,
    pub people: Vec<Person>,
    pub organizations: Vec<Organization>,
    pub facts: Vec<Fact>,
    pub changes: Vec<Change>,
    pub programs: Vec<Program>,
    pub terms: Vec<Term>,
    pub cited_documents: Vec<CitedDocument>,
    pub times: Vec<TimeExpr>,
    pub keywords: Vec<Keyword>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Role {
    Reporter,
    Correspondent,
    Photographer,
    Author,
    Editor,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Contributor {
    pub name: String,
    pub role: Role,
    pub span: Span,
}

/// A cleaned body paragraph. Its text may be joined from several pieces of the page (a paragraph
/// cut by a column break or a pull quote), so offsets inside `text` are mapped back to the input
/// through `pieces`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    pub text: String,
    /// From the first to the last input byte of the paragraph.
    pub span: Span,
    /// Where each contiguous piece of `text` lies in the input, in order.
    #[serde(skip)]
    pub pieces: Vec<Piece>,
}

/// A run of `text[text_start .. text_start + len]` that is `input[source_start .. source_start + len]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    pub text_start: usize,
    pub source_start: usize,
    pub len: usize,
}

impl Paragraph {
    /// A paragraph that is one contiguous run of the input.
    pub fn contiguous(text: &str, source_start: usize) -> Self {
        Paragraph {
            text: text.to_string(),
            span: Span::new(source_start, source_start + text.len()),
            pieces: vec![Piece { text_start: 0, source_start, len: text.len() }],
        }
    }

    /// The printed lines of `source` (which starts at input byte `source_start`) as one
    /// paragraph without its line breaks: a paragraph or caption a fixed-width page wrapped.
    pub fn from_lines(source: &str, source_start: usize) -> Self {
        let mut lines = source.split('\n').scan(0, |at, line| {
            let start = *at;
            *at += line.len() + 1;
            Some((start, line.trim_end()))
        });
        let Some((_, first)) = lines.next() else { return Paragraph::contiguous(source, source_start) };
        let mut p = Paragraph::contiguous(first, source_start);
        for (start, line) in lines.filter(|(_, l)| !l.is_empty()) {
            p.push_piece(line, source_start + start);
        }
        p
    }

    /// Appends another run of the input to this paragraph (a column-break join).
    pub fn push_piece(&mut self, text: &str, source_start: usize) {
        let text_start = self.text.len();
        self.text.push_str(text);
        self.pieces.push(Piece { text_start, source_start, len: text.len() });
        self.span.start = self.span.start.min(source_start);
        self.span.end = self.span.end.max(source_start + text.len());
    }

    /// Maps a byte offset of the input to the byte offset of `text` that holds it, when the
    /// paragraph holds it.
    pub fn text_offset(&self, source: usize) -> Option<usize> {
        self.pieces
            .iter()
            .find(|p| (p.source_start..p.source_start + p.len).contains(&source))
            .map(|p| p.text_start + (source - p.source_start))
    }

    /// Maps a byte offset of `text` to a byte offset of the input.
    pub fn to_source(&self, offset: usize) -> usize {
        for p in &self.pieces {
            if offset < p.text_start + p.len {
                return p.source_start + offset.saturating_sub(p.text_start);
            }
        }
        match self.pieces.last() {
            Some(p) => p.source_start + p.len,
            None => self.span.end,
        }
    }

    /// Maps a byte range of `text` to an input span. A range that crosses a join is widened to
    /// cover both pieces, so it still starts and ends where the phrase does.
    pub fn span_of(&self, start: usize, end: usize) -> Span {
        let s = self.to_source(start);
        let e = self
            .pieces
            .iter()
            .find(|p| end > p.text_start && end <= p.text_start + p.len)
            .map(|p| p.source_start + (end - p.text_start))
            .unwrap_or(s);
        Span::new(s, e.max(s))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Caption {
    pub text: String,
    pub photographers: Vec<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Theme {
    Health,
    Education,
    Housing,
    Water,
    Industry,
    Employment,
    Finance,
    SocialSecurity,
    Insurance,
    Monitoring,
    Infrastructure,
    Relocation,
    Consumption,
    Disability,
    Governance,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Topic {
    pub poverty_related: bool,
    /// 0..=1: how strongly the article is about poverty alleviation.
    pub score: f64,
    pub themes: Vec<Theme>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RegionLevel {
    Province,
    Prefecture,
    County,
    /// A development or management zone (NBS code, not in GB/T 2260).
    Zone,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Region {
    /// Six-digit GB/T 2260 (or NBS, for zones) code.
    pub code: String,
    /// The name as commonly written: `下花园区`.
    pub name: String,
    /// With its parents: `河北省张家口市下花园区`.
    pub full_name: String,
    pub level: RegionLevel,
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub text: String,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PlaceType {
    Township,
    Town,
    Street,
    Village,
    Community,
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Place {
    pub name: String,
    pub place_type: PlaceType,
    /// The code of the county-level division (or the enclosing place's county) it lies in.
    pub parent_code: Option<String>,
    /// The enclosing place's name, where the text nests them (`开元镇` for `孔庄子村`).
    pub parent_name: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    pub name: String,
    pub title: String,
    pub organization: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Organization {
    pub name: String,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Qualifier {
    #[default]
    Exact,
    Approx,
    MoreThan,
    AtLeast,
    LessThan,
    AtMost,
    Range,
}

/// One quantity in the text with what it counts.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Fact {
    /// As printed: `200多万元`.
    pub text: String,
    /// Multipliers applied: `3510万元` → 35100000.
    pub value: f64,
    pub value_max: Option<f64>,
    /// Canonical unit (`元`, `人`, `户`, `%` …), see RECORDS.md.
    pub unit: String,
    pub qualifier: Qualifier,
    pub subject: String,
    pub year: Option<i32>,
    pub year_end: Option<i32>,
    pub region_code: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Direction {
    Up,
    Down,
    Same,
}

/// One end of a change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    pub text: String,
    pub value: f64,
    pub unit: String,
    pub year: Option<i32>,
    pub span: Span,
}

/// A before/after pair of one indicator.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub subject: String,
    pub from: Quantity,
    pub to: Quantity,
    pub direction: Direction,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProgramItem {
    pub name: String,
    pub span: Span,
}

/// A set of measures the article enumerates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Program {
    /// The declared name (`六道防线`), empty when the text declares none.
    pub name: String,
    /// 6 for `六道防线`; 0 when undeclared.
    pub declared_count: u32,
    pub items: Vec<ProgramItem>,
    /// Items found == declared count (true for undeclared lists).
    pub complete: bool,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Term {
    pub term: String,
    /// The expansion the text gives (`免学费、免住宿费、…`), empty when it gives none.
    pub expansion: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CitedDocument {
    pub title: String,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Granularity {
    Year,
    Month,
    Day,
    Minute,
}

/// A normalised time expression. `start`/`end` are ISO 8601 dates (inclusive), empty when the
/// expression could not be resolved (a relative date with no reference date).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimeExpr {
    pub text: String,
    pub span: Span,
    pub start: String,
    pub end: String,
    pub granularity: Granularity,
    pub resolved: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Keyword {
    pub word: String,
    pub weight: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum DiscardReason {
    PullQuote,
    Duplicate,
    PageNumber,
    Navigation,
    Boilerplate,
}

/// A span of the page that belongs to no article, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Discarded {
    pub span: Span,
    pub reason: DiscardReason,
    pub text: String,
}

/// A calendar date, used for the request's reference date and a page's own date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD`; `None` for anything else or an impossible date.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut it = s.trim().splitn(3, '-');
        let year: i32 = it.next()?.parse().ok()?;
        let month: u32 = it.next()?.parse().ok()?;
        let day: u32 = it.next()?.parse().ok()?;
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}
