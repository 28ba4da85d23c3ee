//! Before/after pairs of one indicator: `由 A 提高到 B`, `从 A 增至 B`, `由 A 下降为 B`.
//!
//! Built on the article's facts (both ends of a change are facts too): within a sentence, the
//! facts after `由`/`从` are the first end, a change verb follows, and as many facts after it are
//! the second end (`由2304户、6113人下降到2071户、5261人` gives two changes). A stock stated for
//! one year and again, as what `现有`/`剩余` is left, for a later year is a change as well.
//! An index printed with no unit (`系数由0.62提高到0.68`) is no fact, but the same frame makes
//! its two bare numbers a change.

use crate::model::{Change, Direction, Fact, Paragraph, Quantity};
use crate::quantity::subject::{self, is_clause_end, is_sentence_end};
use crate::quantity::{table, COMPARED_GAP_CHARS};
use crate::quantity::words::{self, Heads};
use aho_corasick::packed;
use std::cell::OnceCell;
use std::sync::LazyLock;
use crate::time;
use crate::ArticleContext;

/// `翻了一番`: doubling says a rise too.
pub const UP: [&str; 11] = ["提高", "增加", "增长", "上升", "提升", "扩大", "上涨", "增", "升", "翻", "扩"];
/// (prices fall back and drop: `回落至31.80元`, `下跌`)
pub const DOWN: [&str; 9] = ["下降", "减少", "降低", "缩小", "缩减", "回落", "下跌", "减", "降"];
/// What a stock that is left over is called.
const STOCK: [&str; 5] = ["现有", "剩余", "尚有", "还有", "仅剩"];
static STOCK_HEADS: Heads = Heads::of(&STOCK);

/// Finds the article's changes from its paragraphs and facts.
pub fn find(ctx: &ArticleContext) -> Vec<Change> {
    find_timed(ctx, &[])
}

/// [`find`] given the time expressions of each text of [`ArticleContext::texts`] (from
/// [`time::find_scanned`]): a paragraph that holds a change reads them there, where it scanned
/// its text for them again; a text they do not cover is scanned here.
pub(crate) fn find_timed(ctx: &ArticleContext, scans: &[time::Scanned]) -> Vec<Change> {
    let facts = &ctx.article.facts;
    // facts by input position, so each paragraph finds its own by binary search
    let mut by_start: Vec<&Fact> = facts.iter().collect();
    by_start.sort_by_key(|f| f.span.start);
    let mut out = Vec::new();
    for (k, p) in ctx.texts().into_iter().enumerate() {
        let scanned = scans.get(k).map(|s| s.times.as_slice());
        let numerals = scans.get(k).map(|s| s.numerals.as_slice());
        bare(&p, ctx.reference_date, scanned, numerals, &mut out);
        let lo = by_start.partition_point(|f| f.span.start < p.span.start);
        let hi = by_start.partition_point(|f| f.span.start < p.span.end);
        if hi <= lo {
            continue;
        }
        let placed = place(&p, &by_start[lo..hi]);
        let mut targets = if placed.is_empty() { Vec::new() } else { targets(&p.text) };
        // a level merely reached (`达到`) is a change only against a dated level before it
        targets.retain(|t| t.direction.is_some() || placed.iter().any(|a| a.end <= t.verb && a.fact.year.is_some()));
        if placed.len() >= 2 || !targets.is_empty() {
            // most paragraphs hold no change: their times are never read, so never scanned
            let times = Times::new(&p.text, ctx.reference_date).scanned(scanned);
            let before = out.len();
            explicit(&p, &placed, &times, &mut out);
            compared(&p, &placed, &times, &mut out);
            paired(&p, &placed, &mut out);
            if targets.is_empty() {
                continue;
            }
            let starts = times.starts();
            // where the second ends of this paragraph's changes start, sorted, so a target
            // already read is known without a walk over all the changes found before it (each
            // new one goes in at its place: in text order, that is the end)
            let mut taken: Vec<usize> = out[before..].iter().map(|c| c.to.span.start).collect();
            taken.sort_unstable();
            for t in targets {
                let at = p.span_of(t.end, t.end).start;
                if taken.binary_search(&at).is_ok() {
                    continue;
                }
                if let Some(c) = restated(&p, &placed, &times, starts, &t) {
                    let start = c.to.span.start;
                    taken.insert(taken.partition_point(|&x| x < start), start);
                    out.push(c);
                }
            }
        }
    }
    stock(facts, &mut out);
    out
}

/// A paragraph's time expressions and clause starts, each found the first time a rule asks for
/// them.
struct Times<'a> {
    text: &'a str,
    reference: Option<crate::model::Date>,
    found: OnceCell<Vec<time::Found>>,
    /// The time expressions the time stage found in the text, when it scanned it.
    scanned: Option<&'a [time::Found]>,
    /// Their byte ranges, for [`subject::before`]: gathered once, not for every change read.
    spans: OnceCell<Vec<(usize, usize)>>,
    /// Clause and sentence starts indexed once: a paragraph with no sentence end would
    /// otherwise be walked back to its start for every fact and target.
    starts: OnceCell<subject::Starts>,
}

impl<'a> Times<'a> {
    fn new(text: &'a str, reference: Option<crate::model::Date>) -> Self {
        Times { text, reference, found: OnceCell::new(), scanned: None, spans: OnceCell::new(), starts: OnceCell::new() }
    }

    /// The same, reading the time expressions `found` (as [`time::scan`] finds them in the
    /// text) instead of scanning for them.
    fn scanned(self, found: Option<&'a [time::Found]>) -> Self {
        Times { scanned: found, ..self }
    }

    fn starts(&self) -> &subject::Starts {
        self.starts.get_or_init(|| subject::Starts::of(self.text))
    }

    /// Where the clause holding byte `pos` starts. Clauses are short: a walk back over a few
    /// bytes finds most starts, and only a longer clause asks the index (so a paragraph that is
    /// not indexed is not scanned whole for a fact or two).
    fn clause(&self, pos: usize) -> usize {
        let mut from = pos.saturating_sub(CLAUSE_WALK);
        while !self.text.is_char_boundary(from) {
            from -= 1;
        }
        match self.text[from..pos].char_indices().rev().find(|&(_, c)| is_clause_end(c)) {
            Some((i, c)) => from + i + c.len_utf8(),
            None if from == 0 => 0,
            None => self.starts().clause(pos),
        }
    }

    /// In text order, not overlapping (as [`time::scan`] finds them).
    fn get(&self) -> &[time::Found] {
        match self.scanned {
            Some(found) => found,
            None => self.found.get_or_init(|| time::scan(self.text, self.reference)),
        }
    }

    fn spans(&self) -> &[(usize, usize)] {
        self.spans.get_or_init(|| self.get().iter().map(|t| (t.start, t.end)).collect())
    }
}

/// A fact with its byte range in the paragraph text.
struct Placed<'a> {
    start: usize,
    end: usize,
    fact: &'a Fact,
}

/// The facts that lie in paragraph `p`, with their offsets in its text.
fn place<'a>(p: &Paragraph, facts: &[&'a Fact]) -> Vec<Placed<'a>> {
    let mut v: Vec<Placed> = facts
        .iter()
        .filter_map(|&f| {
            let piece = p.pieces.iter().find(|pc| f.span.start >= pc.source_start && f.span.start < pc.source_start + pc.len)?;
            let start = piece.text_start + (f.span.start - piece.source_start);
            let end = start + f.span.len();
            (p.text.get(start..end) == Some(f.text.as_str())).then_some(Placed { start, end, fact: f })
        })
        .collect();
    v.sort_by_key(|x| x.start);
    v.dedup_by_key(|x| x.start);
    // overlapping facts cannot be told apart as ends of a change: keep the first
    let mut last_end = 0;
    v.retain(|x| {
        let keep = x.start >= last_end;
        last_end = last_end.max(x.end);
        keep
    });
    v
}

/// Searches for `由` and `从`, and for `较` and `比`, set up once: `str::contains` set its search
/// up anew for every paragraph.
static FROM_WORDS: LazyLock<[memchr::memmem::Finder<'static>; 2]> = LazyLock::new(|| [memchr::memmem::Finder::new("由"), memchr::memmem::Finder::new("从")]);
static COMPARED_WORDS: LazyLock<[memchr::memmem::Finder<'static>; 2]> = LazyLock::new(|| [memchr::memmem::Finder::new("较"), memchr::memmem::Finder::new("比")]);

/// Whether `text` holds the word of either finder.
fn holds(text: &str, either: &[memchr::memmem::Finder<'static>; 2]) -> bool {
    either.iter().any(|f| f.find(text.as_bytes()).is_some())
}

/// `由/从 A… verb 到/至/为 B…` inside one sentence.
fn explicit(p: &Paragraph, placed: &[Placed], times: &Times, out: &mut Vec<Change>) {
    let text = p.text.as_str();
    // every explicit change opens with one of them: a fast byte search clears most paragraphs
    if !holds(text, &FROM_WORDS) {
        return;
    }
    let mut k = 0;
    while k < placed.len() {
        let Some(next) = pair_from(text, placed, k, times, p, out) else {
            k += 1;
            continue;
        };
        k = next;
    }
}

/// Tries a change whose first end starts with fact `k`; returns the index after it.
fn pair_from(text: &str, placed: &[Placed], k: usize, times: &Times, p: &Paragraph, out: &mut Vec<Change>) -> Option<usize> {
    let first = &placed[k];
    // `全县292个村通硬化路比例由…`: the subject starts after a quantity earlier in the clause
    let before_first = k.checked_sub(1).map_or(0, |j| placed[j].end);
    let clause = times.clause(first.start).max(before_first.min(first.start));
    let lead = &text[clause..first.start];
    let opener = lead.rfind(['由', '从'])?;
    let opener_at = clause + opener;
    if text[opener_at..first.start].chars().count() > 16 {
        return None;
    }
    // the first end: facts joined by `、` or nothing, or counts each with its noun
    // (`1个工坊、18名绣娘`)
    let gap = |j: usize| text.get(placed[j].end..placed[j + 1].start).unwrap_or("");
    let mut e = k;
    let mut nouns = false;
    while e + 1 < placed.len() {
        match gap(e).trim() {
            "" | "、" => {}
            g if noun_then_mark(g) => nouns = true,
            _ => break,
        }
        e += 1;
    }
    let n = e - k + 1;
    let second = e + 1;
    if second + n > placed.len() {
        return None;
    }
    let between = text.get(placed[e].end..placed[second].start)?;
    if between.contains(is_sentence_end) || between.chars().count() > 20 {
        return None;
    }
    // `从2022年的1个工坊，到今年的23个工坊`: `从…到…` needs no verb
    let from_to = || text[opener_at..].starts_with('从') && (bare_to(between) || started_then_now(between));
    let verb = direction_word(between).or_else(|| from_to().then_some(None))?;
    // counts with their nouns pair off noun by noun, each change of its own noun
    if nouns && (0..n - 1).any(|j| gap(k + j) != gap(second + j)) {
        return None;
    }
    let mut subject = subject::before(text, clause, opener_at, times.spans());
    if subject.is_empty() && opener_at == clause {
        subject = subject::of_clause_before(text, times.starts(), opener_at, times.spans(), |_| 0).unwrap_or("");
    }
    let subject = subject.to_string();
    let times = times.get();
    if (0..n).any(|j| placed[k + j].fact.unit != placed[second + j].fact.unit) {
        return None;
    }
    for j in 0..n {
        let (a, b) = (&placed[k + j], &placed[second + j]);
        let from = end_of(a, year_between(times, opener_at, a.start));
        let to = end_of(b, year_between(times, placed[e].end, b.start));
        let direction = verb.unwrap_or_else(|| compare(from.value, to.value));
        let span = p.span_of(opener_at, b.end);
        let subject = if nouns { a.fact.subject.clone() } else { subject.clone() };
        out.push(Change { subject, from, to, direction, span });
    }
    Some(second + n)
}

/// Longest noun after a count in a list of counts (`1个工坊、18名绣娘`), in characters.
const MAX_COUNTED_NOUN_CHARS: usize = 6;

/// `工坊、`: the noun after one count of a list and the mark before the next.
fn noun_then_mark(gap: &str) -> bool {
    gap.strip_suffix('、').is_some_and(|w| w.chars().count() <= MAX_COUNTED_NOUN_CHARS && !w.is_empty() && w.chars().all(crate::charset::is_han))
}

/// Words that say where something began (`从养5箱中华蜂起步`).
const STARTED: [&str; 3] = ["起步", "起家", "干起"];

/// Words that bring a story of growth to the present (`如今合作社养蜂3600箱`).
const NOW: [&str; 4] = ["如今", "现在", "目前", "眼下"];

/// `中华蜂起步，如今合作社养蜂`: between the two ends of `从…起步，如今…`, the start and then
/// the present.
fn started_then_now(between: &str) -> bool {
    STARTED.iter().find_map(|w| between.find(w).map(|k| &between[k + w.len()..])).is_some_and(|rest| {
        let rest = rest.trim_start_matches(['，', ',']);
        NOW.iter().any(|w| rest.starts_with(w))
    })
}

/// Longest time between `到` and the second end of `从…到…` (`到2024年底的`), in characters.
const MAX_TO_TIME_CHARS: usize = 8;

/// `绣娘，到今年的`: between the two ends of `从…到…`, at most the first end's noun and a
/// comma before `到`, no verb, and after it a time and `的` (`从乡镇选拔35名青年到公司跟岗，
/// 其中12人…` goes somewhere, not up; `从3000元到1万元不等` is a range).
fn bare_to(between: &str) -> bool {
    let Some(at) = between.find('到') else { return false };
    let head = between[..at].trim_end_matches(['，', ',']);
    let tail = &between[at + '到'.len_utf8()..];
    // (a time must stand before the second end: `从3000元到1万元不等` is a range, no change)
    let dated = tail.ends_with('的') && tail.chars().count() <= MAX_TO_TIME_CHARS;
    dated && head.chars().count() <= MAX_COUNTED_NOUN_CHARS && head.chars().all(crate::charset::is_han) && words::find_any(head, UP).is_none() && words::find_any(head, DOWN).is_none()
}

/// `监测标准为6500元,较2021年的6000元提高500元`: a level, then `较`/`比` and the earlier level
/// of the same unit (after a time and `的` at most), then the direction it moved in. The two
/// levels must agree with that direction: a figure after `比` that is the size of the change
/// (`比上年增加500元`) stands after the verb, not before it.
fn compared(p: &Paragraph, placed: &[Placed], times: &Times, out: &mut Vec<Change>) {
    let text = p.text.as_str();
    if !holds(text, &COMPARED_WORDS) {
        return;
    }
    for pair in placed.windows(2) {
        let (now, earlier) = (&pair[0], &pair[1]);
        let Some(between) = text.get(now.end..earlier.start) else { continue };
        if now.fact.unit != earlier.fact.unit
            || between.chars().nth(COMPARED_GAP_CHARS).is_some()
            || between.contains(is_sentence_end)
        {
            continue;
        }
        let Some(mark) = between.rfind(['较', '比']) else { continue };
        let gap = &between[mark + '较'.len_utf8()..];
        if !(gap.is_empty() || gap.ends_with('的')) {
            continue;
        }
        let after = text[earlier.end..].trim_start_matches('了');
        let direction = if UP.iter().any(|w| after.starts_with(w)) {
            Direction::Up
        } else if DOWN.iter().any(|w| after.starts_with(w)) {
            Direction::Down
        } else {
            continue;
        };
        if compare(earlier.fact.value, now.fact.value) != direction {
            continue;
        }
        let from = end_of(earlier, year_between(times.get(), now.end, earlier.start));
        let to = end_of(now, now.fact.year);
        let span = p.span_of(now.start, earlier.end);
        out.push(Change { subject: now.fact.subject.clone(), from, to, direction, span });
    }
}

/// `种植面积 38万亩/42万亩` under a caption `(2020年/2022年)`, or `脱贫人口人均纯收入(元) 6948
/// 7865` under year columns: two figures of one unit side by side in a row, dated an earlier and
/// a later year (the fact stage dates them from the caption or the header), are the two ends of
/// a change of what the row is about.
fn paired(p: &Paragraph, placed: &[Placed], out: &mut Vec<Change>) {
    let text = p.text.as_str();
    // a row of one measure in three years or more (`2022年 2023年 2024年`) is a series, not
    // one change (a growth rate beside two years' figures is no third year)
    let apart = |a: &Placed, b: &Placed| text.get(a.end..b.start).is_some_and(|g| !g.is_empty() && g.trim_matches(table::is_cell_gap).is_empty());
    let series = placed.windows(2).take_while(|w| apart(&w[0], &w[1]) && w[0].fact.unit == w[1].fact.unit && w[0].fact.year.is_some() && w[1].fact.year.is_some()).count();
    if series >= 2 {
        return;
    }
    for pair in placed.windows(2) {
        let (earlier, later) = (&pair[0], &pair[1]);
        let between = text.get(earlier.end..later.start).unwrap_or("");
        // joined by a slash, or two cells of a row under year columns (`6948    7865`)
        let cells_apart = !between.is_empty() && between.trim_matches(table::is_cell_gap).is_empty();
        let paired = table::is_pair_slash(between) || cells_apart && earlier.fact.subject == later.fact.subject || field_of_two_years(text, earlier, later);
        // a table may print this year's column before last year's (`当年  上年`)
        let (earlier, later) = match (earlier.fact.year, later.fact.year) {
            (Some(a), Some(b)) if a > b && cells_apart => (later, earlier),
            _ => (earlier, later),
        };
        let dated = matches!((earlier.fact.year, later.fact.year), (Some(a), Some(b)) if a < b);
        if !paired || !dated || earlier.fact.unit != later.fact.unit {
            continue;
        }
        let direction = compare(earlier.fact.value, later.fact.value);
        let (from, to) = (end_of(earlier, earlier.fact.year), end_of(later, later.fact.year));
        let span = p.span_of(earlier.start.min(later.start), later.end.max(earlier.end));
        out.push(Change { subject: earlier.fact.subject.clone(), from, to, direction, span });
    }
}

/// Marks between the years of a field (`；`, `，`).
const FIELD_YEAR_MARKS: [char; 5] = ['；', ';', '，', ',', '、'];

/// `人均可支配收入：2021年11860元；2022年12985元`: a field giving one measure in two years, each
/// year printed right before its figure, the first right after the field's colon, and no third
/// year after (three or more are a series).
fn field_of_two_years(text: &str, earlier: &Placed, later: &Placed) -> bool {
    let (Some(a), Some(b)) = (earlier.fact.year, later.fact.year) else { return false };
    let year_then = |s: &str, y: i32| s.strip_suffix('年').and_then(|s| s.strip_suffix(y.to_string().as_str())).map(str::to_owned);
    let opens = year_then(&text[..earlier.start], a).is_some_and(|s| s.ends_with(['：', ':']));
    let between = text.get(earlier.end..later.start).unwrap_or("");
    let joined = between.strip_prefix(FIELD_YEAR_MARKS).is_some_and(|y| y == format!("{b}年"));
    let more = text[later.end..].strip_prefix(FIELD_YEAR_MARKS).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    opens && joined && !more
}

/// Most characters a bare change verb takes (`提高到`, `下降至`, `降为`).
const BARE_VERB_CHARS: usize = 4;

/// `农田灌溉水有效利用系数由0.62提高到0.68。`: an index or a coefficient carries no unit, so
/// neither end is a fact. Taken only in the tightest frame: `由`/`从`, a bare Arabic number, a
/// change verb of one direction ending in its mark and nothing else, a bare number ending the
/// clause. A unit, a year or a date on either end breaks the frame (those ends are facts, read
/// by [`explicit`]). `numerals` are the text's numeral characters where the time scan noted
/// them: the openers that matter are then read off them.
fn bare(p: &Paragraph, reference: Option<crate::model::Date>, scanned: Option<&[time::Found]>, numerals: Option<&[(usize, char)]>, out: &mut Vec<Change>) {
    let text = p.text.as_str();
    let openers = match numerals {
        Some(numerals) => openers_of_numbers(text, numerals),
        None => openers(text),
    };
    if openers.is_empty() {
        return;
    }
    let mut times = None;
    for (opener_at, opener) in openers {
        let first_at = opener_at + opener.len();
        let Some((first, verb, second_at, second)) = bare_ends(text, first_at) else {
            continue;
        };
        let second_end = second_at + second.len;
        let times = times.get_or_insert_with(|| Times::new(text, reference).scanned(scanned));
        let clause = times.clause(opener_at);
        let subject = subject::before(text, clause, opener_at, times.spans()).to_string();
        if subject.is_empty() {
            continue;
        }
        let found = times.get();
        let end = |at: usize, n: &crate::numeral::Number, year| Quantity {
            text: text[at..at + n.len].to_string(),
            value: n.value,
            unit: String::new(),
            year,
            span: p.span_of(at, at + n.len),
        };
        let from = end(first_at, &first, year_between(found, opener_at, first_at));
        let to = end(second_at, &second, None);
        out.push(Change { subject, from, to, direction: verb, span: p.span_of(opener_at, second_end) });
    }
}

/// The openers of [`bare`]'s frame.
const OPENERS: [&str; 2] = ["由", "从"];

/// The openers for a vectorised search (`None` where the machine has none): a search for one
/// character runs over its last byte, which most characters of a Chinese text share with it.
static OPENER_SEARCH: LazyLock<Option<packed::Searcher>> = LazyLock::new(|| packed::Searcher::new(OPENERS));

/// The offsets of `由` and `从` in `text`, each with its opener, in order.
fn openers(text: &str) -> Vec<(usize, &str)> {
    if let Some(search) = &*OPENER_SEARCH {
        return search.find_iter(text).map(|m| (m.start(), &text[m.range()])).collect();
    }
    let mut openers: Vec<(usize, &str)> = OPENERS.iter().flat_map(|&o| text.match_indices(o)).collect();
    openers.sort_unstable();
    openers
}

/// The offsets of the `由` and `从` that an Arabic digit follows right away, each with its
/// opener, in order, from `numerals` (every numeral character of `text`, in order): [`bare`]
/// reads a number only right after its opener, so these are all the openers it can use. Most
/// numerals are passed on the byte before them: the last bytes of `由` and `从` are rare.
fn openers_of_numbers<'t>(text: &'t str, numerals: &[(usize, char)]) -> Vec<(usize, &'t str)> {
    let bytes = text.as_bytes();
    let last_bytes = OPENERS.map(|o| o.as_bytes()[o.len() - 1]);
    numerals
        .iter()
        .filter(|&&(at, c)| at > 0 && last_bytes.contains(&bytes[at - 1]) && crate::numeral::arabic_digit(c).is_some())
        .filter_map(|&(at, _)| OPENERS.iter().find(|o| text[..at].ends_with(**o)).map(|&o| (at - o.len(), o)))
        .collect()
}

/// The two bare numbers of [`bare`]'s frame after its opener, with the verb's direction.
fn bare_ends(text: &str, first_at: usize) -> Option<(crate::numeral::Number, Direction, usize, crate::numeral::Number)> {
    let first = crate::numeral::read_arabic(&text[first_at..])?;
    let verb_at = first_at + first.len;
    let verb_len = text[verb_at..].char_indices().take(BARE_VERB_CHARS + 1).find(|&(_, c)| !crate::charset::is_han(c))?.0;
    let verb = &text[verb_at..verb_at + verb_len];
    let starts_with_verb = words::find_any(verb, UP.iter().chain(DOWN.iter()).copied()) == Some(0);
    let Some(Some(direction)) = direction_word(verb) else {
        return None;
    };
    if !starts_with_verb || !verb.ends_with(['到', '至', '为']) {
        return None;
    }
    let second_at = verb_at + verb_len;
    let second = crate::numeral::read_arabic(&text[second_at..])?;
    let ends_clause = text[second_at + second.len..].chars().next().is_none_or(is_clause_end);
    ends_clause.then_some((first, direction, second_at, second))
}

/// A change verb with its target mark (`降至`, `提高到`, `增长为`) opening a clause's second
/// end: the verb's start, the byte after the mark, and the direction.
struct Target {
    verb: usize,
    end: usize,
    /// `None` for `达到`, which names no direction: the ends say it.
    direction: Option<Direction>,
}

/// Bytes a clause start is looked for by walking back before the clause index is asked.
const CLAUSE_WALK: usize = 192;

/// The target marks after a change verb.
const MARKS: [char; 3] = ['到', '至', '为'];

/// The marks for a vectorised search (`None` where the machine has none): it passes over the
/// text between them many bytes at a time, and three patterns keep its false hits few.
static MARK_SEARCH: LazyLock<Option<packed::Searcher>> =
    LazyLock::new(|| packed::Searcher::new(MARKS.iter().map(|m| m.to_string())));

/// The byte offsets of the marks in `text`, in order.
fn marks(text: &str) -> Vec<usize> {
    if let Some(search) = &*MARK_SEARCH {
        return search.find_iter(text).map(|m| m.start()).collect();
    }
    let mut marks: Vec<usize> = MARKS.iter().flat_map(|&m| text.match_indices(m).map(|(i, _)| i)).collect();
    marks.sort_unstable();
    marks
}

/// Every change verb followed right away by `到`/`至`/`为` in `text`, in text order. An up verb
/// wins where both end at one mark, and the longest verb gives the start.
fn targets(text: &str) -> Vec<Target> {
    let mut out = Vec::new();
    for i in marks(text) {
        let before = &text[..i];
        let verb = |words: &[&str]| words.iter().filter(|w| before.ends_with(**w)).map(|w| w.len()).max();
        let (len, direction) = match (verb(&UP), verb(&DOWN)) {
            (Some(u), _) => (u, Some(Direction::Up)),
            (None, Some(d)) => (d, Some(Direction::Down)),
            (None, None) if before.ends_with('达') => ('达'.len_utf8(), None),
            (None, None) => continue,
        };
        out.push(Target { verb: i - len, end: i + '到'.len_utf8(), direction });
    }
    out
}

/// Words that point back at the quantity just stated: `这一比例降至…`.
const ANAPHORS: [&str; 6] = ["这一", "这个", "该比例", "该数字", "该指标", "此项"];

/// A level stated in one clause or sentence and its new level in the next, the second with no
/// `由/从` of its own: `2014年贫困发生率为14.8%。…到2019年底,贫困发生率降至0。`,
/// `人均收入为8000元,去年增至1.2万元`, `…这一比例提高到90%`. The second end's subject must end
/// like the first's, point back at it, or be left out in the same sentence; its verb must agree
/// with the values, and a later end may not carry an earlier year.
fn restated(p: &Paragraph, placed: &[Placed], times: &Times, starts: &subject::Starts, t: &Target) -> Option<Change> {
    let text = p.text.as_str();
    let clause = starts.clause(t.verb);
    if text[clause..t.verb].contains(['由', '从']) {
        return None; // an explicit change: `pair_from` reads it or it is none
    }
    let subject_b = subject::before(text, clause, t.verb, times.spans());
    let times = times.get();
    let sentence = starts.sentence(t.verb);
    let previous = text[..sentence].char_indices().next_back().map_or(0, |(j, _)| starts.sentence(j));
    // the facts are in text order and do not overlap, so their ends are ordered too: only those
    // back to the previous sentence are walked, not all the paragraph's
    let upto = placed.partition_point(|a| a.end <= clause);
    let a = placed[..upto].iter().rev().take_while(|a| a.start >= previous).find(|a| {
        let same_sentence = a.start >= sentence;
        let agrees = if subject_b.is_empty() {
            same_sentence
        } else {
            ANAPHORS.iter().any(|w| subject_b.starts_with(w)) || common_suffix(&a.fact.subject, subject_b).chars().count() >= 2
        };
        agrees && is_level(text, starts, a)
    })?;
    let (b, b_end) = second_end(p, placed, t.end, a)?;
    let from = end_of(a, a.fact.year);
    let to_year = year_between(times, sentence, t.verb);
    let to = Quantity { year: to_year.or(b.year), ..b };
    let later = match (from.year, to.year) {
        (Some(x), Some(y)) => x < y,
        _ => true,
    };
    let direction = compare(from.value, to.value);
    let common = common_suffix(&a.fact.subject, subject_b);
    // `人均纯收入不到2600元。如今,他家的人均纯收入去年达到2.1万元`: a level merely reached is a
    // change only against a dated earlier level of the same indicator, named again
    let agreed = match t.direction {
        Some(d) => d == direction,
        None => direction != Direction::Same && from.year.is_some() && common.chars().count() >= 2,
    };
    if !later || !agreed {
        return None;
    }
    let subject = match common {
        common if common.chars().count() >= 2 => common.to_string(),
        _ => a.fact.subject.clone(),
    };
    let span = p.span_of(a.start, b_end);
    Some(Change { subject, from, to, direction, span })
}

/// Whether fact `a` states a level rather than a size of change: no change verb before it in its
/// clause unless one with a target (`提高到`), and no comparison (`比上年`, `同比`).
fn is_level(text: &str, starts: &subject::Starts, a: &Placed) -> bool {
    let lead = &text[starts.clause(a.start)..a.start];
    let moves = words::find_any(lead, UP.into_iter().chain(DOWN)).is_some();
    !lead.contains('比') && (!moves || matches!(direction_word(lead), Some(Some(_))))
}

/// The second end printed at `at` of paragraph `p`, with its end in the text: a fact in the same
/// unit as `a`, or a bare number that takes its unit (`降至0`, `降为零`).
fn second_end(p: &Paragraph, placed: &[Placed], at: usize, a: &Placed) -> Option<(Quantity, usize)> {
    // the facts are in text order with distinct starts: a binary search finds the one at `at`
    let k = placed.partition_point(|b| b.start < at);
    if let Some(b) = placed.get(k).filter(|b| b.start == at) {
        return (b.fact.unit == a.fact.unit).then(|| (end_of(b, b.fact.year), b.end));
    }
    let text = p.text.as_str();
    let n = crate::numeral::read(&text[at..])?;
    let end = at + n.len;
    let bare = text[end..].chars().next().is_none_or(is_clause_end);
    let q = Quantity { text: text[at..end].to_string(), value: n.value, unit: a.fact.unit.clone(), year: None, span: p.span_of(at, end) };
    bare.then_some((q, end))
}

/// The direction a change verb names: `Some(Some(d))` when it names one, `Some(None)` for a
/// neutral `变为` or `发展到`, `None` when no change verb joins the two ends.
pub(crate) fn direction_word(between: &str) -> Option<Option<Direction>> {
    let target = between.contains(['到', '至', '为']);
    let up = words::find_any(between, UP);
    let down = words::find_any(between, DOWN);
    if !target {
        return None; // `增加500元` gives the size of a change, not its second end
    }
    match (up, down) {
        (Some(u), Some(d)) => Some(Some(if u < d { Direction::Up } else { Direction::Down })),
        (Some(_), None) => Some(Some(Direction::Up)),
        (None, Some(_)) => Some(Some(Direction::Down)),
        // `由500亩发展到1.8万亩`: growing or turning into says no direction; the ends do
        (None, None) if between.contains(['变', '调']) || words::contains(between, "发展") => Some(None),
        _ => None,
    }
}

fn compare(a: f64, b: f64) -> Direction {
    if b > a {
        Direction::Up
    } else if b < a {
        Direction::Down
    } else {
        Direction::Same
    }
}

/// The first year of the last of `times` (in text order, not overlapping) that lies within
/// `from..to`. Only the times between are walked: a long paragraph is not walked whole for each
/// end of a change.
fn year_between(times: &[time::Found], from: usize, to: usize) -> Option<i32> {
    let upto = times.partition_point(|t| t.start <= to);
    times[..upto].iter().rev().take_while(|t| t.start >= from).find(|t| t.end <= to).and_then(|t| t.years).map(|y| y.0)
}

fn end_of(p: &Placed, year: Option<i32>) -> Quantity {
    Quantity { text: p.fact.text.clone(), value: p.fact.value, unit: p.fact.unit.clone(), year, span: p.fact.span }
}

/// How many facts back the earlier stock is looked for: a stock is restated within a few
/// paragraphs, and the bound keeps a page of thousands of facts linear.
const STOCK_LOOKBACK: usize = 64;

/// A stock for one year and what is `现有` of it in a later year: `共有贫困人口2304户` (2017) …
/// `现有贫困人口2071户` (2018). The subjects must end in the same noun.
fn stock(facts: &[Fact], out: &mut Vec<Change>) {
    for (bi, b) in facts.iter().enumerate() {
        // the year first: it is one test, the stock words a scan of the subject
        let Some(by) = b.year else { continue };
        if !STOCK_HEADS.candidates(&b.subject).any(|(k, _)| STOCK.iter().any(|w| b.subject[k..].starts_with(w))) {
            continue;
        }
        let found = facts[..bi].iter().rev().take(STOCK_LOOKBACK).find_map(|a| {
            let common = common_suffix(&a.subject, &b.subject);
            let ok = a.unit == b.unit && a.year.is_some_and(|ay| ay < by) && common.chars().count() >= 3 && a.value != b.value;
            ok.then_some((a, common))
        });
        if let Some((a, common)) = found {
            let from = Quantity { text: a.text.clone(), value: a.value, unit: a.unit.clone(), year: a.year, span: a.span };
            let to = Quantity { text: b.text.clone(), value: b.value, unit: b.unit.clone(), year: b.year, span: b.span };
            let span = crate::model::Span::new(a.span.start.min(b.span.start), b.span.end.max(a.span.end));
            out.push(Change { subject: common.to_string(), direction: compare(a.value, b.value), from, to, span });
        }
    }
}

fn common_suffix<'a>(a: &str, b: &'a str) -> &'a str {
    let n: usize = a.chars().rev().zip(b.chars().rev()).take_while(|(x, y)| x == y).map(|(_, y)| y.len_utf8()).sum();
    &b[b.len() - n..]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Paragraph};
    use crate::quantity::Quantities;

    fn changes(text: &str) -> Vec<Change> {
        changes_of_lines(&[text])
    }

    #[test]
    fn clause_starts_agree_with_the_walk_back_in_long_clauses() {
        let long = "全县".repeat(80);
        let t = format!("甲,乙{long}丙。丁{long}");
        let times = Times::new(&t, None);
        for pos in (0..=t.len()).filter(|&k| t.is_char_boundary(k)) {
            assert_eq!(times.clause(pos), subject::start_of(&t, pos, is_clause_end), "{pos}");
        }
    }

    #[test]
    fn each_level_of_a_long_paragraph_pairs_with_its_own_new_level() {
        // many clauses and no sentence end: each new level is read from the level just before
        // it, with the year printed beside it, not one found further back
        let clause = |k: usize| format!("贫困发生率为{}%,到{}年降至{}%", 20 + k % 10, 1950 + k, k % 10);
        let text = (0..100).map(clause).collect::<Vec<_>>().join(",") + "。";
        let v = changes(&text);
        assert_eq!(v.len(), 100);
        for (k, c) in v.iter().enumerate() {
            let expected = ((20 + k % 10) as f64, (k % 10) as f64, Some(1950 + k as i32));
            assert_eq!((c.from.value, c.to.value, c.to.year), expected, "{k}");
        }
    }

    #[test]
    fn a_level_compared_with_an_earlier_one_is_a_change() {
        let v = changes("2022年监测收入标准为6500元,较2021年的6000元提高500元。");
        assert_eq!(v.len(), 1);
        let c = &v[0];
        assert_eq!((c.from.value, c.from.year, c.to.value, c.direction), (6000.0, Some(2021), 6500.0, Direction::Up));
        assert_eq!(c.subject, "监测收入标准");
        // the figure after 比 is the size of the change, not an earlier level
        assert!(changes("人均纯收入达到9000元,比上年增加500元。").is_empty());
        // levels that disagree with the verb are no pair
        assert!(changes("产值为600万元,比去年的800万元增长两成。").is_empty());
    }

    /// The changes of an article of one paragraph a line.
    fn changes_of_lines(lines: &[&str]) -> Vec<Change> {
        let text = lines.join("\n");
        let mut at = 0;
        let mut paragraphs = Vec::new();
        for line in lines {
            paragraphs.push(Paragraph::contiguous(line, at));
            at += line.len() + 1;
        }
        let mut article = Article { paragraphs, ..Default::default() };
        let ctx = ArticleContext { input: &text, article: &article, reference_date: None, loose: None };
        article.facts = Quantities::new().facts(&ctx);
        let ctx = ArticleContext { input: &text, article: &article, reference_date: None, loose: None };
        let found = find(&ctx);
        // the time stage's scans give the same changes as scanning here
        let (_, scans) = time::find_scanned(&ctx);
        assert_eq!(find_timed(&ctx, &scans), found);
        found
    }

    #[test]
    fn a_row_under_a_caption_pairing_two_years_is_a_change() {
        let row = "年产量 28万吨/35万吨";
        let v = changes_of_lines(&["芒果产业主要指标(2020年/2022年)", row]);
        assert_eq!(v.len(), 1, "{v:#?}");
        let c = &v[0];
        assert_eq!((c.from.value, c.from.year, c.to.value, c.to.year), (280000.0, Some(2020), 350000.0, Some(2022)));
        assert_eq!((c.subject.as_str(), c.direction), ("年产量", Direction::Up));
        // with no caption the two figures are not dated, and no change
        assert!(changes(row).is_empty());
    }

    #[test]
    fn a_row_printing_this_year_before_the_last_is_a_change_from_the_last() {
        let v = changes_of_lines(&["指标名称    2023年    2022年", "就业帮扶车间(个)    46    41"]);
        assert_eq!(v.len(), 1, "{v:#?}");
        assert_eq!((v[0].from.value, v[0].to.value, v[0].direction), (41.0, 46.0, Direction::Up));
    }

    #[test]
    fn a_row_under_year_columns_is_a_change() {
        let v = changes_of_lines(&["指标名称    2022年    2023年", "小额信贷余额(万元)    9120    10350"]);
        assert_eq!(v.len(), 1, "{v:#?}");
        let piped = changes_of_lines(&["指标 | 2022年 | 2023年", "小额信贷余额(万元) | 9120 | 10350"]);
        assert_eq!(piped.len(), 1, "{piped:#?}");
        let c = &v[0];
        assert_eq!((c.from.value, c.from.year, c.to.value, c.to.year), (91_200_000.0, Some(2022), 103_500_000.0, Some(2023)));
        assert_eq!(c.subject, "小额信贷余额");
        // three years in a row are a series
        let series = changes_of_lines(&["项目    2022年    2023年    2024年", "教育助学(万元)    68.0    72.5    86.0"]);
        assert!(series.is_empty(), "{series:#?}");
    }

    #[test]
    fn a_standard_adjusted_to_a_new_level_is_a_change() {
        let v = changes("监测收入标准由6000元调整到6500元。");
        assert_eq!((v[0].from.value, v[0].to.value, v[0].direction), (6000.0, 6500.0, Direction::Up));
    }

    #[test]
    fn growing_to_a_new_size_is_a_rise() {
        let v = changes("全县茶园面积由2016年的不足300亩发展到目前的1.2万亩。");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!((v[0].from.value, v[0].to.value, v[0].direction), (300.0, 12000.0, Direction::Up));
        assert!(changes("该县发展到2020年已有茶园300亩。").is_empty());
    }

    #[test]
    fn rise_with_years_on_both_ends() {
        let v = changes("农民人均收入由2014年的3100元增加到2019年的9800元。");
        assert_eq!(v.len(), 1);
        let c = &v[0];
        assert_eq!((c.from.value, c.from.year, c.to.value, c.to.year), (3100.0, Some(2014), 9800.0, Some(2019)));
        assert_eq!(c.direction, Direction::Up);
        assert_eq!(c.subject, "农民人均收入");
    }

    #[test]
    fn fall_to_a_bare_zero() {
        let v = changes("全县贫困发生率从2016年的5.1%降为0，");
        assert_eq!(v.len(), 1);
        assert_eq!((v[0].to.value, v[0].to.unit.as_str(), v[0].direction), (0.0, "%", Direction::Down));
        let v = changes("发生率由6.2%下降到2019年的0。");
        assert_eq!((v.len(), v[0].to.year), (1, Some(2019)));
    }

    #[test]
    fn doubling_to_a_new_level() {
        let c = changes("他家的纯收入从2019年的2万元翻了一番,达到4万元。");
        assert_eq!(c.len(), 1);
        assert_eq!((c[0].from.value, c[0].to.value, c[0].direction), (20000.0, 40000.0, Direction::Up));
        assert_eq!(c[0].from.year, Some(2019));
    }

    #[test]
    fn from_to_counts_with_their_nouns_pair_off_noun_by_noun() {
        let c = changes("从2022年的1个工坊、18名绣娘，到2024年的23个工坊、986名绣娘，工坊越办越多。");
        let got: Vec<_> = c.iter().map(|c| (c.subject.as_str(), c.from.value, c.to.value, c.from.year.zip(c.to.year))).collect();
        assert_eq!(got, [("工坊", 1.0, 23.0, Some((2022, 2024))), ("绣娘", 18.0, 986.0, Some((2022, 2024)))]);
        // from where it started to now
        let c = changes("秦某从养5箱中华蜂起步，如今合作社养蜂3600箱。");
        assert_eq!(c.iter().map(|c| (c.from.value, c.to.value, c.direction)).collect::<Vec<_>>(), [(5.0, 3600.0, Direction::Up)]);
        // `从…到…` of places, not of levels, nor a range
        assert!(changes("从周边乡镇选拔35名青年到公司跟岗学习，其中12人已开办网店。").is_empty());
        assert!(changes("每户补助从3000元到1万元不等，学员年龄从18岁到55岁。").is_empty());
    }

    #[test]
    fn a_change_clause_opening_with_you_takes_the_subject_before_it() {
        let c = changes("全村集体经济收入翻了一番,由2020年的40万元增加到2022年的80万元。");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].subject, "全村集体经济收入");
    }

    #[test]
    fn a_level_reached_against_a_dated_earlier_level() {
        let v = changes("他家2016年被识别为贫困户,那时人均纯收入不到3000元。如今,他家的人均纯收入达到1.8万元。");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!((v[0].from.value, v[0].from.year, v[0].to.value, v[0].direction), (3000.0, Some(2016), 18000.0, Direction::Up));
        // with no year for the earlier level, or another indicator, nothing is said to change
        assert!(changes("人均纯收入为3000元。如今,人均纯收入达到1.8万元。").is_empty());
        assert!(changes("2016年,全村养牛300头。如今,全村合作社收入达到80万元。").is_empty());
    }

    #[test]
    fn a_price_falling_back_or_rising_is_a_change() {
        let c = changes("精瘦肉均价由上周的每公斤32.40元回落至31.80元。");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!((c[0].from.value, c[0].to.value, c[0].direction), (32.4, 31.8, Direction::Down));
        let c = changes("干香菇均价由每公斤92元上涨到96元。");
        assert_eq!((c.len(), c.first().map(|c| c.direction)), (1, Some(Direction::Up)), "{c:?}");
    }

    #[test]
    fn a_field_of_two_years_is_a_change() {
        let c = changes("人均可支配收入：2021年11860元；2022年12985元");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!((c[0].from.value, c[0].from.year, c[0].to.value, c[0].to.year), (11860.0, Some(2021), 12985.0, Some(2022)));
        assert!(changes("人均可支配收入：2021年11860元；2022年12985元；2023年14120元").is_empty(), "a series");
    }

    #[test]
    fn an_index_with_no_unit() {
        let c = changes("全县耕地质量等级由4.6提升到4.2,灌溉水有效利用系数从0.55提高至0.6。");
        assert_eq!(c.len(), 2);
        assert_eq!((c[0].subject.as_str(), c[0].from.value, c[0].to.value), ("全县耕地质量等级", 4.6, 4.2));
        assert_eq!(c[0].direction, Direction::Up);
        assert_eq!((c[1].subject.as_str(), c[1].from.unit.as_str(), c[1].to.value), ("灌溉水有效利用系数", "", 0.6));
    }

    #[test]
    fn bare_numbers_outside_the_frame_are_no_change() {
        assert!(changes("村里由3提高到5个合作社。").is_empty());
        assert!(changes("由2015年提高到2020年。").is_empty());
        assert!(changes("收入从5元涨了不少,达到8。").is_empty());
    }

    #[test]
    fn pairs_of_households_and_persons() {
        let v = changes("贫困人口由1200户、3300人减少至300户、700人。");
        assert_eq!(v.len(), 2);
        assert_eq!((v[1].from.value, v[1].to.value, v[1].to.unit.as_str()), (3300.0, 700.0, "人"));
    }

    #[test]
    fn a_level_from_its_former_value_after_a_long_clause() {
        let v = changes("为解决晾晒难的问题,该镇引进烘干线8条,果品日处理能力由原来的100吨提高到450吨。");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!((v[0].from.value, v[0].to.value, v[0].to.unit.as_str()), (100.0, 450.0, "吨"));
        assert_eq!((v[0].subject.as_str(), v[0].direction), ("果品日处理能力", Direction::Up));
    }

    #[test]
    fn a_rise_by_an_amount_is_not_a_change() {
        assert!(changes("人均收入由5000元增加1200元。").is_empty());
    }

    #[test]
    fn a_year_on_year_rise_is_not_a_change() {
        assert!(changes("销售额达5000万元，同比增长12%。").is_empty());
    }

    #[test]
    fn the_openers_of_numbers_are_those_a_digit_follows() {
        let text = "由5000元从3户由原来的100吨从2023年由１２个,从,由";
        let numerals: Vec<(usize, char)> = text
            .char_indices()
            .filter(|&(_, c)| crate::numeral::arabic_digit(c).is_some() || crate::numeral::is_chinese_numeral_char(c))
            .collect();
        let digit_after = |at: usize| text[at..].chars().next().is_some_and(|c| crate::numeral::arabic_digit(c).is_some());
        let expected: Vec<(usize, &str)> = openers(text).into_iter().filter(|&(at, o)| digit_after(at + o.len())).collect();
        assert_eq!(openers_of_numbers(text, &numerals), expected);
        assert_eq!(expected.len(), 4);
    }

    #[test]
    fn marks_after_verbs_are_found_by_either_search() {
        let text = "收入提高到9000元,比例下降至3%,面积扩大为500亩,到2020年,目标定为100户,降至零。";
        let mut slow: Vec<usize> = MARKS.iter().flat_map(|&m| text.match_indices(m).map(|(i, _)| i)).collect();
        slow.sort_unstable();
        assert_eq!(marks(text), slow);
        assert_eq!(targets(text).len(), 4);
    }

    #[test]
    fn a_level_and_its_new_level_in_the_next_sentence() {
        let v = changes("2015年,全镇贫困发生率为12.5%。经过五年努力,到2020年底,全镇贫困发生率降至0。");
        assert_eq!(v.len(), 1, "{v:?}");
        let c = &v[0];
        assert_eq!((c.from.value, c.from.year, c.to.value, c.to.year), (12.5, Some(2015), 0.0, Some(2020)));
        assert_eq!((c.to.unit.as_str(), c.direction), ("%", Direction::Down));
        assert_eq!(c.subject, "全镇贫困发生率");
    }

    #[test]
    fn a_new_level_in_the_next_clause_or_pointing_back() {
        let v = changes("该村人均收入为5000元,去年增至9000元。");
        assert_eq!((v.len(), v[0].from.value, v[0].to.value, v[0].direction), (1, 5000.0, 9000.0, Direction::Up));
        let v = changes("三年前,合作社入社率为40%。如今,这一比例提高到85%。");
        assert_eq!((v.len(), v[0].to.value, v[0].subject.as_str()), (1, 85.0, "合作社入社率"));
        let v = changes("全村贫困人口为120人。今年,贫困人口减少到零。");
        assert_eq!((v.len(), v[0].to.value, v[0].to.unit.as_str()), (1, 0.0, "人"));
    }

    #[test]
    fn unrelated_or_contrary_levels_are_no_change() {
        // other indicators, a verb the values contradict, a size of change, an earlier year
        assert!(changes("全村种植面积为300亩。养殖规模扩大到500头。").is_empty());
        assert!(changes("人均收入为9000元。人均收入降至12000元。").is_empty());
        assert!(changes("人均收入比上年增加800元。人均收入增至9000元。").is_empty());
        assert!(changes("2020年贫困发生率为3%。2018年贫困发生率降至1%。").is_empty());
        // a level two sentences back is too far
        assert!(changes("贫困发生率为9%。村里修了路。建了厂房。贫困发生率降至1%。").is_empty());
    }

    #[test]
    fn stock_left_in_a_later_year() {
        let v = changes("2016年底，全县共有贫困人口900户。2019年，全县现有贫困人口120户。");
        assert_eq!(v.len(), 1);
        assert_eq!((v[0].from.value, v[0].to.value, v[0].direction), (900.0, 120.0, Direction::Down));
    }
}
