//! Repairs of the body text: dropping a pull quote or a duplicated block that repeats body text,
//! and joining a paragraph that a column break (or an inserted pull quote) cut in two.
//!
//! A pull quote is dropped only for the text it repeats: one printed into a cut paragraph that
//! also says something the page prints nowhere else (a summary of figures over a line of the
//! lead) keeps its novel sentences as a paragraph of its own, so their figures are read once,
//! while its repeated sentences are dropped so theirs are not read twice.

use std::ops::Range;

use super::headline::{heads_paragraph, is_subheading};
use super::line::{
    at_most_chars, ends_sentence, is_closer, is_content, is_sentence_end, next_content_key,
};
use crate::model::{DiscardReason, Paragraph};
use crate::quantity::table::lone_figure;

/// Characters per fingerprint window: long enough that a shared window is a shared phrase.
const WINDOW: usize = 12;
/// The base of the windows' polynomial hash.
const BASE: u64 = 0x100_0000_01b3;
/// A block shorter than this (in content characters) is never taken for a repeat.
const MIN_REPEAT: usize = 16;
/// A run of shared text this long marks a block that ends unfinished as a pull quote.
const MIN_SHARED_RUN: usize = 20;
/// Windows in a row that make a shared run of at least [`MIN_SHARED_RUN`] characters.
const MIN_RUN_WINDOWS: usize = MIN_SHARED_RUN + 1 - WINDOW;
/// Sightings kept per window: bounds the work on pages that repeat a phrase many times.
const MAX_SIGHTINGS: usize = 4;
/// Least share of a pull quote's content characters, in percent, that must be novel (in
/// sentences the page prints nowhere else) for those sentences to be kept: below it the quote
/// is a repeat with a few words of framing and goes whole.
const MIN_NOVEL_PERCENT: usize = 30;

/// What becomes of one body block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Verdict {
    Keep,
    Drop(DiscardReason),
    /// A pull quote with text of its own, cut into runs of whole sentences in order: the
    /// repeated runs are dropped as pull quote, the novel ones kept as a paragraph of their own.
    Inset(Vec<Part>),
}

/// A run of whole sentences of a block: its byte range in the block, and whether it repeats
/// other body text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Part {
    pub range: Range<usize>,
    pub repeated: bool,
}

/// `“让每一个…有钱赚。”`: a block wholly in quotation marks, as a pull quote is set.
fn is_set_quote(block: &str) -> bool {
    let t = block.trim();
    t.starts_with('“') && t.trim_end_matches(['。', '！']).ends_with('”')
}

/// What becomes of each of the `blocks` (body texts in page order). A block wholly inside a
/// longer one is a pull quote; of two equal blocks the earlier is dropped when it is unfinished
/// (the later one then runs on into its continuation), else the later (a duplicate); a block that
/// shares a long run with another, ends unfinished and stands inside a paragraph the block before
/// it leaves unfinished is a pull quote cut into a column, dropped unless enough of it is novel.
pub(crate) fn repeats(blocks: &[&str]) -> Vec<Verdict> {
    let index = Index::new(blocks);
    let ends: Vec<bool> = blocks.iter().map(|b| ends_sentence(b)).collect();
    let candidates = index.candidates(&ends);
    judge(blocks, &index, &ends, &candidates)
}

/// The verdicts of [`repeats`], with the overlaps of the `candidates` alone tallied.
fn judge(blocks: &[&str], index: &Index, ends: &[bool], candidates: &[bool]) -> Vec<Verdict> {
    let windows: Vec<Vec<u64>> = (0..blocks.len())
        .map(|i| {
            if candidates[i] {
                index.windows_of(i).collect()
            } else {
                Vec::new()
            }
        })
        .collect();
    let hashes = |i: usize| windows[i].as_slice();
    let count = |i: usize| index.count_windows(i);
    let seen = &index.sightings(&windows);
    let mut out = vec![Verdict::Keep; blocks.len()];
    // only a candidate can be found repeating another block or holding one: the verdicts below
    // need no overlap of any other block
    let overlaps: Vec<Option<Overlap>> = (0..blocks.len())
        .map(|i| {
            candidates[i]
                .then(|| best_overlap(i, hashes(i), seen))
                .flatten()
        })
        .collect();
    for (i, o) in overlaps.iter().enumerate() {
        let Some(o) = o else { continue };
        if count(i) + WINDOW - 1 < MIN_REPEAT {
            continue;
        }
        let contained = o.hits == count(i);
        if contained && count(o.other) == count(i) {
            let (first, second) = (i.min(o.other), i.max(o.other));
            let drop = if ends[first] { second } else { first };
            if drop == i {
                // the same words printed twice; a copy that differs in its marks is a pull quote
                let same = blocks[first] == blocks[second];
                out[i] = Verdict::Drop(if same {
                    DiscardReason::Duplicate
                } else {
                    DiscardReason::PullQuote
                });
            }
        } else if contained && !blocks[i].starts_with(ITEM_BULLETS) {
            // a box's bulleted figure (`■ 帮助147名毕业生赴粤就业`) sums up what a story told
            // in full: it is the box's, no pull quote
            // `…年人均纯` / “`对家庭年人均纯收入低于…`” / `收入低于…。`: a quote printed inside a cut
            // sentence can hold all of the sentence's continuation; the unfinished quote between
            // two unfinished ends is the inset, and the finished continuation stays
            let container = o.other;
            let quote_holds_continuation = container < i && cut_in(ends, container) && ends[i];
            let dropped = if quote_holds_continuation { container } else { i };
            out[dropped] = Verdict::Drop(DiscardReason::PullQuote);
        }
    }
    for (i, o) in overlaps.iter().enumerate() {
        let Some(o) = o else { continue };
        let partial = o.run >= MIN_RUN_WINDOWS && o.hits < count(i);
        let other_contains_none = overlaps[o.other]
            .as_ref()
            .is_none_or(|b| b.hits < count(o.other));
        // a block cut into a paragraph: the block before it breaks off unfinished. A block
        // ending in a colon opens what follows it (`《…条例》第一百二十二条　有下列行为之一,…:`,
        // whose penalties the next article repeats word for word): no pull quote does
        let opens_list = blocks[i].trim_end().ends_with(['：', ':']);
        if out[i] == Verdict::Keep
            && out[o.other] == Verdict::Keep
            && partial
            && other_contains_none
            && !opens_list
            && cut_in(ends, i)
        {
            // `…都有活干、有钱` / `“让每一个…有钱赚。”` / `赚，…`: a quote set in quotation marks
            // that the cut text shares a run with is the pull quote, not the text it repeats
            out[i] = if is_set_quote(blocks[o.other]) && !is_set_quote(blocks[i]) {
                out[o.other] = Verdict::Drop(DiscardReason::PullQuote);
                Verdict::Keep
            } else {
                pull_quote(i, blocks[i], hashes(i), seen)
            };
        }
    }
    out
}

/// Whether block `i` is cut into a paragraph: it ends unfinished, and the block before it breaks
/// off unfinished too (`ends` tells for each block whether it ends a sentence).
fn cut_in(ends: &[bool], i: usize) -> bool {
    i > 0 && !ends[i - 1] && !ends[i]
}

/// The content characters of every block of a page, decoded once into one buffer.
struct Index {
    /// Each content character as [`next_content_key`] tells them apart.
    keys: Vec<u32>,
    /// Where each block's characters lie in `keys`.
    ranges: Vec<Range<usize>>,
}

impl Index {
    fn new(blocks: &[&str]) -> Index {
        let mut keys = Vec::with_capacity(blocks.iter().map(|b| b.len() / 3 + 1).sum());
        let mut ranges = Vec::with_capacity(blocks.len());
        for b in blocks {
            let from = keys.len();
            let mut at = 0;
            while let Some(key) = next_content_key(b, &mut at) {
                keys.push(key);
            }
            ranges.push(from..keys.len());
        }
        Index { keys, ranges }
    }

    fn keys_of(&self, block: usize) -> &[u32] {
        &self.keys[self.ranges[block].clone()]
    }

    /// How many windows block `block` holds.
    fn count_windows(&self, block: usize) -> usize {
        self.ranges[block].len().saturating_sub(WINDOW - 1)
    }

    /// The hashes of the windows of block `block`, in order.
    fn windows_of(&self, block: usize) -> impl Iterator<Item = u64> + '_ {
        self.keys_of(block).windows(WINDOW).map(window_hash)
    }

    /// Calls `found` with the block and the hash of every window of the page that `filter` lets
    /// through, block by block in order. A window is hashed only past the filter, so a page is
    /// read at the cost of a bit test a character.
    fn stream(&self, filter: &WindowFilter, mut found: impl FnMut(usize, u64)) {
        for block in 0..self.ranges.len() {
            let keys = self.keys_of(block);
            for w in keys.windows(WINDOW) {
                if filter.may_hold(w) {
                    found(block, window_hash(w));
                }
            }
        }
    }

    /// The blocks that may repeat or hold another: those whose anchor windows some other block
    /// prints too. Every verdict but "keep" rests on a block whose windows are all printed in one
    /// other block, so its first window is (the anchor of every block), or on a block cut into a
    /// paragraph with a run of [`MIN_RUN_WINDOWS`] windows printed in one other block, so one of
    /// its every `MIN_RUN_WINDOWS`-th windows is (the anchors of such a block). The anchors make a
    /// table small enough to stay in the first-level cache, and each window of the page is looked
    /// up in it once, instead of every window going into a table of the whole page.
    fn candidates(&self, ends: &[bool]) -> Vec<bool> {
        let blocks = self.ranges.len();
        let anchors = |i: usize| {
            let stride = if cut_in(ends, i) {
                MIN_RUN_WINDOWS
            } else {
                usize::MAX
            };
            self.keys_of(i).windows(WINDOW).step_by(stride)
        };
        let mut owners = Table::with_capacity((0..blocks).map(|i| anchors(i).len()).sum());
        let mut filter = WindowFilter::default();
        let mut marked = vec![false; blocks];
        for i in 0..blocks {
            for w in anchors(i) {
                filter.insert(w);
                let h = window_hash(w);
                // an anchor two blocks share marks both: the table keeps the first owner only
                match owners.entry(h) {
                    Some((_, owner)) if *owner != i => {
                        marked[*owner] = true;
                        marked[i] = true;
                    }
                    Some(_) => {}
                    free @ None => *free = Some((h, i)),
                }
            }
        }
        self.stream(&filter, |i, h| {
            if let Some(&owner) = owners.get(h) {
                marked[owner] |= owner != i;
            }
        });
        marked
    }

    /// The blocks that print each of the `windows` (the window hashes of the candidate blocks),
    /// found by streaming every window of the page past a table of those alone.
    fn sightings(&self, windows: &[Vec<u64>]) -> Table<Sightings> {
        let mut seen = Table::with_capacity(windows.iter().map(Vec::len).sum());
        let mut filter = WindowFilter::default();
        for (i, hs) in windows.iter().enumerate() {
            if hs.is_empty() {
                continue;
            }
            self.keys_of(i)
                .windows(WINDOW)
                .for_each(|w| filter.insert(w));
            for &h in hs {
                seen.entry(h).get_or_insert((h, Sightings::default()));
            }
        }
        if filter.is_empty() {
            return seen;
        }
        self.stream(&filter, |i, h| {
            if let Some(s) = seen.get_mut(h) {
                s.add(i);
            }
        });
        seen
    }
}

/// The polynomial hash of one window of content characters.
fn window_hash(window: &[u32]) -> u64 {
    window.iter().fold(0u64, |h, &k| {
        h.wrapping_mul(BASE).wrapping_add(u64::from(k))
    })
}

/// Two marks per window of a set, folded onto two tables of 4096 slots: one for its first
/// character, one for the pair of its first and last. A clear mark says at once that a window is
/// none of the set, set marks only that it may be. Most windows of a page are passed over on the
/// first character alone, a load and a test; the ends of a window, unlike two neighbours,
/// seldom make a common word, so few of the rest are hashed.
struct WindowFilter {
    /// A byte for each first-character slot, not a bit: the test every window of a page takes
    /// is then one load and compare, where a bit needed its word and its place worked out.
    heads: [bool; 1 << WindowFilter::BITS],
    pairs: [u64; WindowFilter::WORDS],
    empty: bool,
}

impl Default for WindowFilter {
    fn default() -> WindowFilter {
        WindowFilter {
            heads: [false; 1 << WindowFilter::BITS],
            pairs: [0; WindowFilter::WORDS],
            empty: true,
        }
    }
}

impl WindowFilter {
    const BITS: u32 = 12;
    const WORDS: usize = (1 << Self::BITS) / 64;

    /// The word and bit of a value already spread over its high bits.
    fn bit(spread: u64) -> (usize, u64) {
        let at = (spread >> (64 - Self::BITS)) as usize;
        (at / 64, 1 << (at % 64))
    }

    fn head_slot(first: u32) -> usize {
        (u64::from(first).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - Self::BITS)) as usize
    }

    fn pair_bit(first: u32, last: u32) -> (usize, u64) {
        Self::bit((u64::from(first) << 32 | u64::from(last)).wrapping_mul(0x9e37_79b9_7f4a_7c15))
    }

    fn insert(&mut self, window: &[u32]) {
        let (Some(&first), Some(&last)) = (window.first(), window.last()) else {
            return;
        };
        self.heads[Self::head_slot(first)] = true;
        let (word, bit) = Self::pair_bit(first, last);
        self.pairs[word] |= bit;
        self.empty = false;
    }

    fn is_empty(&self) -> bool {
        self.empty
    }

    #[inline]
    fn may_hold(&self, window: &[u32]) -> bool {
        let (Some(&first), Some(&last)) = (window.first(), window.last()) else {
            return false;
        };
        if !self.heads[Self::head_slot(first)] {
            return false;
        }
        let (word, bit) = Self::pair_bit(first, last);
        self.pairs[word] & bit != 0
    }
}

/// The verdict on a pull quote: its sentences, each repeated when at least half its content
/// characters lie in windows printed in other blocks too; kept in part when enough is novel.
fn pull_quote(i: usize, text: &str, hs: &[u64], seen: &Table<Sightings>) -> Verdict {
    let offsets: Vec<usize> = text
        .char_indices()
        .filter(|&(_, c)| is_content(c))
        .map(|(at, _)| at)
        .collect();
    let covered = covered_chars(i, hs, seen, offsets.len());
    let mut parts: Vec<Part> = Vec::new();
    let (mut novel, mut all) = (0, 0);
    let mut k = 0;
    for range in sentences(text) {
        let first = k;
        while k < offsets.len() && offsets[k] < range.end {
            k += 1;
        }
        let shared = covered[first..k].iter().filter(|&&c| c).count();
        let repeated = 2 * shared >= k - first;
        all += k - first;
        if !repeated {
            novel += k - first;
        }
        match parts.last_mut() {
            Some(p) if p.repeated == repeated => p.range.end = range.end,
            _ => parts.push(Part { range, repeated }),
        }
    }
    if novel * 100 > all * MIN_NOVEL_PERCENT {
        Verdict::Inset(parts)
    } else {
        Verdict::Drop(DiscardReason::PullQuote)
    }
}

/// Which of the `len` content characters of block `i` lie in a window some other block prints
/// too.
fn covered_chars(i: usize, hs: &[u64], seen: &Table<Sightings>, len: usize) -> Vec<bool> {
    let mut covered = vec![false; len];
    let mut until = 0;
    for (pos, h) in hs.iter().enumerate() {
        let shared = seen.get(*h).is_some_and(|s| s.iter().any(|j| j != i));
        if shared {
            let from = until.max(pos).min(len);
            until = (pos + WINDOW).min(len);
            covered[from..until].iter_mut().for_each(|c| *c = true);
        }
    }
    covered
}

/// Byte ranges of the sentences of `text`, covering it whole: each runs through its final marks
/// (`……`, `。”`). A full stop between figures (`2.3`) ends nothing, so `.` is not taken.
fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_end = false;
    for (at, c) in text.char_indices() {
        let ends = c != '.' && is_sentence_end(c);
        if in_end && !ends && !is_closer(c) {
            out.push(start..at);
            start = at;
        }
        in_end = ends || in_end && is_closer(c);
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

/// An open-addressing table keyed by window hashes. It is kept at most half full, so probes
/// stay short. The keys are hashes already, so a multiply spreads them.
struct Table<V> {
    slots: Vec<Option<(u64, V)>>,
    /// Slots minus one: their number is a power of two.
    mask: usize,
}

impl<V> Table<V> {
    /// A table for `keys` keys.
    fn with_capacity(keys: usize) -> Table<V> {
        let slots = (2 * keys + 1).next_power_of_two();
        Table {
            slots: std::iter::repeat_with(|| None).take(slots).collect(),
            mask: slots - 1,
        }
    }

    /// The slot holding `key`, or the free slot where it goes.
    fn slot(&self, key: u64) -> usize {
        let mut i = ((key ^ (key >> 31)).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) as usize;
        loop {
            i &= self.mask;
            match &self.slots[i] {
                Some((k, _)) if *k != key => i += 1,
                _ => return i,
            }
        }
    }

    /// The slot for `key`: holding it, or free for it.
    fn entry(&mut self, key: u64) -> &mut Option<(u64, V)> {
        let i = self.slot(key);
        &mut self.slots[i]
    }

    fn get(&self, key: u64) -> Option<&V> {
        self.slots[self.slot(key)].as_ref().map(|(_, v)| v)
    }

    fn get_mut(&mut self, key: u64) -> Option<&mut V> {
        self.entry(key).as_mut().map(|(_, v)| v)
    }
}

/// Up to `MAX_SIGHTINGS` blocks a window was seen in, without a heap allocation per window.
#[derive(Debug, Default, Clone, Copy)]
struct Sightings {
    /// Block numbers, kept narrow: the table holds one entry per window of a candidate block.
    blocks: [u32; MAX_SIGHTINGS],
    len: u8,
}

impl Sightings {
    /// Records that `block` prints the window; blocks come in increasing order.
    fn add(&mut self, block: usize) {
        let Ok(block) = u32::try_from(block) else {
            return;
        };
        let len = usize::from(self.len);
        if len < MAX_SIGHTINGS && (len == 0 || self.blocks[len - 1] != block) {
            self.blocks[len] = block;
            self.len += 1;
        }
    }

    fn iter(self) -> impl Iterator<Item = usize> {
        self.blocks
            .into_iter()
            .take(usize::from(self.len))
            .map(|b| b as usize)
    }
}

/// How block `i` overlaps the block it shares most windows with.
#[derive(Debug, Clone, Copy)]
struct Overlap {
    other: usize,
    /// Windows of `i` seen in `other`.
    hits: usize,
    /// Longest run of consecutive windows of `i` seen in `other`.
    run: usize,
}

/// Most other blocks tallied per block: a few suffice to find the one it repeats.
const MAX_TALLIED: usize = 8;

/// Hits of block `i` in one other block while scanning its windows.
#[derive(Debug, Clone, Copy)]
struct Tally {
    other: usize,
    hits: usize,
    run: usize,
    best_run: usize,
    last: usize,
}

fn best_overlap(i: usize, hs: &[u64], seen: &Table<Sightings>) -> Option<Overlap> {
    let mut tally: Vec<Tally> = Vec::new();
    for (pos, h) in hs.iter().enumerate() {
        for j in seen
            .get(*h)
            .copied()
            .into_iter()
            .flat_map(Sightings::iter)
            .filter(|&j| j != i)
        {
            let t = match tally.iter().position(|t| t.other == j) {
                Some(k) => &mut tally[k],
                None if tally.len() < MAX_TALLIED => {
                    tally.push(Tally {
                        other: j,
                        hits: 0,
                        run: 0,
                        best_run: 0,
                        last: usize::MAX,
                    });
                    tally.last_mut().expect("just pushed")
                }
                None => continue,
            };
            t.hits += 1;
            t.run = if t.last != usize::MAX && t.last + 1 == pos {
                t.run + 1
            } else {
                1
            };
            t.best_run = t.best_run.max(t.run);
            t.last = pos;
        }
    }
    tally
        .into_iter()
        .max_by_key(|t| (t.hits, std::cmp::Reverse(t.other)))
        .map(|t| Overlap {
            other: t.other,
            hits: t.hits,
            run: t.best_run,
        })
}

/// One body block of an article before joining: its text, where it starts in the input, its
/// Markdown heading level, and whether it is the kept part of a pull quote (an inset).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Block<'a> {
    pub text: &'a str,
    pub start: usize,
    pub level: u8,
    pub inset: bool,
}

/// `1．郧西县成功创建省级卫生县城`, `２、…`: a line opening with an item's number and its mark,
/// then a word (`2．5万元`, the rest of a figure a line cut, opens with a digit).
fn opens_numbered_item(text: &str) -> bool {
    crate::charset::item_number(text).is_some_and(|(mark, rest)| matches!(mark, '．' | '.' | '、') && rest.starts_with(super::line::is_han))
}

/// Bullets that open an item of a list or a box (`■ 选派干部212名`): no paragraph a column
/// break cut runs on with one.
pub(crate) const ITEM_BULLETS: [char; 9] = ['■', '●', '◆', '★', '◇', '•', '▪', '▶', '►'];

/// Most pieces one paragraph is joined from: a paragraph runs over a few column breaks, and a
/// bound keeps offset mapping cheap on text that never ends a sentence.
const MAX_PIECES: usize = 64;

/// Builds paragraphs from an article's body blocks in page order, joining a block that ends
/// unfinished with the next one unless either is a subheading (marked, or a short line standing
/// alone over a block that opens a full sentence) or the next opens a `——` item.
/// An inset printed inside a paragraph joins nothing: it waits, and follows that paragraph.
/// A card of facts printed into a paragraph (`【名片】` over `姓名:…` / `职务:…`) waits in the
/// same way, and each of its lines is a paragraph of its own.
pub(crate) fn paragraphs(blocks: &[Block<'_>]) -> Vec<Paragraph> {
    let mut out: Vec<Paragraph> = Vec::new();
    let mut waiting: Vec<&Block<'_>> = Vec::new();
    let mut open = false;
    let card = card_lines(blocks);
    // a table a scrape printed one cell per line: each cell a paragraph of its own
    let mut cell = vec![false; blocks.len()];
    for table in crate::quantity::table::cell_lines(blocks.len(), |i| blocks[i].text) {
        cell[table.start..table.end()].fill(true);
    }
    // whether the paragraph open breaks off inside a sentence of prose, as a column break leaves it
    let mut cut = false;
    // the cells of the last table header (a row with no digit) and of the row before this block
    let (mut header_cells, mut last_row_cells) = (0, 0);
    let subheadings = subheading_lengths(blocks);
    // whether the block before was a line of a card of facts
    let mut after_card = false;
    for ((b, in_card), in_cells) in blocks.iter().zip(card).zip(cell) {
        let card_above = std::mem::replace(&mut after_card, in_card);
        let cells = row_cells(b.text);
        // a row the converter wrapped onto the next line is one row again
        if last_row_cells > 0 && cells > 0 {
            if let Some(last) = out.last_mut().filter(|last| row_runs_on(&last.text, last_row_cells, header_cells, b.text, cells)) {
                push_lines(last, b);
                last_row_cells = 0;
                continue;
            }
        }
        if cells > 0 && !b.text.bytes().any(|c| c.is_ascii_digit()) {
            header_cells = cells;
        }
        last_row_cells = cells;
        if in_cells {
            place(&mut out, &mut waiting);
            out.push(paragraph_of(b));
            open = false;
            continue;
        }
        if in_card {
            if open && cut {
                waiting.push(b);
            } else {
                out.push(paragraph_of(b));
            }
            continue;
        }
        // a footnote printed at a page's foot (`〔注〕①…`) and a chart's title printed where
        // its chart stood (`图1　分项满意度（%）`) wait, as an inset does, for the paragraph the
        // break cut
        if open && cut && (is_footnote(b.text) || is_chart_title(b.text)) {
            waiting.push(b);
            continue;
        }
        if b.inset {
            if open {
                waiting.push(b);
            } else {
                out.push(paragraph_of(b));
            }
            continue;
        }
        // `——` items, the figures of a box printed each over its label (`38.6亿元`), and a
        // note in brackets on a line of its own (`(数据来源:…)`) open a paragraph of their own
        // (asked only of a block that would join the paragraph before: most follow a finished one)
        // (`…重点抓好以下工作：第` / `1．抓产业，…`: a piece cut in the middle of a word runs on)
        let cut_in_word = out.last().is_some_and(|l| l.text.ends_with(['第', '共']));
        // `学前教育资助：每生每学年1000元` over `雨露计划：每生每学期1500元`: entries of a list
        // of policies, each a label and its terms, however long the label (asked only where the
        // block may join the paragraph before, as the items are)
        let after_entry = open && out.last().is_some_and(|l| l.pieces.len() == 1 && is_labelled_entry(&l.text));
        let next_entry = || after_entry && is_labelled_entry(b.text);
        let opens_item = || {
            b.text.starts_with(['—', '-'])
                || b.text.starts_with(ITEM_BULLETS)
                || opens_numbered_item(b.text) && !cut_in_word
                || lone_figure(b.text)
                || is_bracketed(b.text)
                || cells > 0
                || is_front_matter(b.text)
                || next_entry()
                || super::byline::is_roster_entry(b.text)
        };
        match out.last_mut() {
            Some(last)
                if open
                    && !opens_item()
                    && last.pieces.len() < MAX_PIECES
                    && !is_subheading(b.text, b.level)
                    && !(last.pieces.len() == 1 && (heads_paragraph(&last.text, b.text) || parallel_subheading(&last.text, &subheadings))) =>
            {
                push_lines(last, b)
            }
            _ => {
                place(&mut out, &mut waiting);
                out.push(paragraph_of(b));
            }
        }
        // a field under a card's fields, its name or value too long for one (`人均可支配收入：
        // 2021年11860元；2022年12985元`), closes as they do unless cut in a list (`…、`)
        // (a figure and no comma: `记者：您好，请您介绍…` under a card is a turn of an interview)
        let field = card_above
            && !b.text.ends_with(['、', '（', '('])
            && !b.text.contains(['，', ','])
            && b.text.bytes().any(|c| c.is_ascii_digit())
            && is_labelled_entry(b.text);
        after_card = field;
        open = runs_on_row(b, || cells > 0) && !field;
        // as breaks_mid_sentence, with `runs_on` read once
        cut = open && ends_inside_sentence(b.text);
        if !open {
            place(&mut out, &mut waiting);
        }
    }
    place(&mut out, &mut waiting);
    out
}

/// `〔注〕①“三西”，指…`, `注：…`: a note printed at the foot of a page.
fn is_footnote(text: &str) -> bool {
    ["〔注〕", "[注]", "【注】", "注：", "注:", "注①"].iter().any(|m| text.starts_with(m))
}

/// `图1　2024年分项满意度（%）`, `图表 2 …`: the title a chart printed over or under it keeps when
/// the chart itself is lost in conversion. A short line, no sentence.
fn is_chart_title(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("图表").or_else(|| text.strip_prefix('图')) else {
        return false;
    };
    let rest = rest.trim_start_matches([' ', '\u{3000}']);
    let title = rest.trim_start_matches(|c: char| crate::numeral::arabic_digit(c).is_some());
    title.len() < rest.len()
        && title.starts_with(|c: char| c.is_whitespace() || matches!(c, ':' | '：' | '.' | '．'))
        && super::line::chars_within(text, MAX_CHART_TITLE_CHARS).is_some()
        && !ends_sentence(text)
}

/// Longest chart title read as one ([`is_chart_title`]).
const MAX_CHART_TITLE_CHARS: usize = 40;

/// Longest subheading of a feature compared with the others (see [`parallel_subheading`]).
pub(super) const MAX_PARALLEL_SUBHEADING_CHARS: usize = 12;

/// The lengths in characters of the blocks that plainly head the paragraph under them
/// ([`heads_paragraph`]), short ones only.
fn subheading_lengths(blocks: &[Block<'_>]) -> Vec<usize> {
    blocks
        .windows(2)
        .filter_map(|w| {
            let n = super::line::chars_within(w[0].text, MAX_PARALLEL_SUBHEADING_CHARS)?;
            heads_paragraph(w[0].text, w[1].text).then_some(n)
        })
        .collect()
}

/// `外出务工有人管` over `对有意愿外出的年轻人，…`: a feature cuts its subheadings to one length,
/// so a headline-like line of about the length of one that plainly heads its paragraph
/// (`lengths`, from [`subheading_lengths`]) is a subheading too, whatever the paragraph under
/// it opens with.
fn parallel_subheading(text: &str, lengths: &[usize]) -> bool {
    !lengths.is_empty()
        && super::line::chars_within(text, MAX_PARALLEL_SUBHEADING_CHARS).is_some_and(|n| lengths.iter().any(|&m| similar_length(m, n)))
        && !text.ends_with(CUT_ENDS)
        && super::headline::is_heading_like(text)
}

/// Whether two subheadings of `a` and `b` characters are cut to about one length.
pub(super) fn similar_length(a: usize, b: usize) -> bool {
    a.abs_diff(b) <= 1
}

/// Words a line a column break cut may end on and a subheading does not (`红米加工车间则把`).
const CUT_ENDS: [char; 16] = ['把', '将', '在', '的', '和', '与', '了', '被', '对', '向', '从', '为', '以', '及', '则', '让'];

/// Whether block `b` breaks off inside a sentence of prose, as a column break leaves it: it runs
/// on, and ends on a Han character or a comma. A box or a card printed there waits for it.
pub(crate) fn breaks_mid_sentence(b: &Block<'_>) -> bool {
    runs_on(b) && ends_inside_sentence(b.text)
}

/// [`breaks_mid_sentence`] of a plain line of text.
pub(crate) fn breaks_mid_sentence_text(text: &str) -> bool {
    breaks_mid_sentence(&Block { text, start: 0, level: 0, inset: false })
}

/// Whether `text` ends on a Han character or a comma, inside a sentence.
fn ends_inside_sentence(text: &str) -> bool {
    text.ends_with(|c: char| crate::charset::is_han(c) || matches!(c, ',' | '，'))
}

/// Whether the paragraph that block `b` ends breaks off unfinished, to run on in the next body
/// block: it ends neither a sentence nor on a colon that opens a list, and is no subheading
/// (tested last, as the dearest test).
pub(crate) fn runs_on(b: &Block<'_>) -> bool {
    runs_on_row(b, || is_table_row(b.text))
}

/// [`runs_on`], told by `table_row` whether `b` reads as a table's row: [`paragraphs`] has
/// counted the block's cells already, and counting them again cost a search of the line.
fn runs_on_row(b: &Block<'_>, table_row: impl FnOnce() -> bool) -> bool {
    !ends_sentence(b.text)
        && !lone_figure(b.text)
        && !table_row()
        && !is_bracketed(b.text)
        && !super::furniture::ends_with_jump(b.text)
        && !b.text.ends_with([':', '：'])
        && !b.text.is_empty()
        && !is_front_matter(b.text)
        && !super::headline::is_document_number(b.text)
        && !super::headline::is_diary_day(b.text)
        && !is_source_note(b.text)
        && crate::quantity::table::record_label_end(b.text).is_none()
        && !is_subheading(b.text, b.level)
        // an office's name alone (`某县防止返贫工作领导小组办公室`) signs a letter or heads a
        // document: no line of prose broken off
        && !super::headline::is_issuer(b.text)
        && !super::byline::is_roster_entry(b.text)
}

/// `数据来源：自治区党委农办`: the note closing a box of figures on where they come from, whole
/// though it ends in no stop.
fn is_source_note(text: &str) -> bool {
    ["数据来源", "资料来源"].iter().any(|w| text.strip_prefix(w).is_some_and(|r| r.starts_with([':', '：'])))
}



/// The fields of a journal paper's front matter, each printed on a line of its own.
const FRONT_MATTER: [&str; 12] =
    ["作者单位", "摘要", "摘　要", "关键词", "关键字", "中图分类号", "文献标识码", "文章编号", "基金项目", "作者简介", "收稿日期", "Key words"];

/// `摘　要：…`, `关键词：…`, `【关键词】…`: a field of a journal paper's front matter, which opens
/// a paragraph of its own though the field before it ends in no stop.
fn is_front_matter(text: &str) -> bool {
    // told by the first character: few lines open with one of the fields'; the field's name
    // stands before a colon (`基金项目已全部落地` is a sentence)
    static FRONT_MATTER_HEADS: crate::quantity::words::Heads = crate::quantity::words::Heads::of(&FRONT_MATTER);
    // (`【关键词】…`, `〔收稿日期〕…`: the field's name in brackets instead of before a colon)
    let bracketed = text.strip_prefix(['【', '〔', '[']);
    let text = bracketed.unwrap_or(text);
    let closes = |rest: &str| match bracketed {
        Some(_) => rest.starts_with(['】', '〕', ']']),
        None => rest.trim_start().starts_with([':', '：']),
    };
    text.chars().next().is_some_and(|c| FRONT_MATTER_HEADS.may_start(c)) && FRONT_MATTER.iter().any(|f| text.strip_prefix(f).is_some_and(closes))
}

/// Longest label of a list's entry, in characters (`农村义务教育学生营养改善计划`).
const MAX_ENTRY_LABEL_CHARS: usize = 16;

/// How a label ends that introduces someone's words, not an entry (`会议指出：`, `张三强调：`).
const SPEECH_ENDS: [&str; 10] = ["指出", "强调", "表示", "要求", "提出", "认为", "介绍", "说", "称", "讲话"];

/// `雨露计划：每生每学期1500元`: a line opening on a label of Han characters and a colon, with
/// terms after it (a label that introduces someone's words, `会议指出：`, is none; a field named
/// by the verb alone, `要求：`, is one).
fn is_labelled_entry(text: &str) -> bool {
    let said = |label: &str| SPEECH_ENDS.iter().any(|e| label.len() > e.len() && label.ends_with(e));
    crate::charset::han_label(text, MAX_ENTRY_LABEL_CHARS).is_some_and(|(label, _)| !said(label))
}

/// Fewest field lines in a row that make a card of facts.
const MIN_CARD_FIELDS: usize = 2;

/// Which `blocks` are lines of a card of facts: a run of at least [`MIN_CARD_FIELDS`] field
/// lines, with the bracketed label over it (`【名片】`, `[人物档案]`) if it has one.
fn card_lines(blocks: &[Block<'_>]) -> Vec<bool> {
    let mut card = vec![false; blocks.len()];
    let mut i = 0;
    while i < blocks.len() {
        let run = blocks[i..].iter().take_while(|b| is_field_line(b.text)).count();
        if run >= MIN_CARD_FIELDS {
            let labelled = i > 0 && is_card_label(blocks[i - 1].text);
            card[i - usize::from(labelled)..i + run].fill(true);
        }
        i += run.max(1);
    }
    card
}

/// Longest name of a card's field, in characters (`出生年月`, `驻村时间`, `所获荣誉`).
const MAX_FIELD_NAME_CHARS: usize = 6;
/// Longest value of a card's field, in characters.
const MAX_FIELD_VALUE_CHARS: usize = 40;

/// `姓名:刘某`, `驻村时间:2021年6月至今`: a field of a card, a short name of Han characters, a
/// colon and a value of one clause with no quotation (a colon only in a time, `10:00`). A
/// sentence that opens a quote or a list after a colon (`他说:“…`, `主要有:一是…`) runs on in
/// clauses.
fn is_field_line(text: &str) -> bool {
    let t = super::line::trim(text);
    if t.len() > 4 * (MAX_FIELD_NAME_CHARS + MAX_FIELD_VALUE_CHARS + 1) {
        return false;
    }
    // (a word at a time: asked of every line, most of which hold no colon)
    let Some((_, value)) = crate::charset::han_label(t, MAX_FIELD_NAME_CHARS) else { return false };
    // a value opening with a pronoun is someone's words (`群众:他总是第一个到`), no field
    !value.starts_with(['他', '她', '我', '你', '这', '那', '咱'])
        && at_most_chars(value, MAX_FIELD_VALUE_CHARS)
        && !value.contains(['，', ',', '。', '；', ';', '：', '“', '”', '"', '!', '！', '?', '？'])
        && !value.split(':').skip(1).any(|after| !after.starts_with(|c: char| c.is_ascii_digit()))
}

/// Longest bracketed label of a card, in characters with its brackets.
const MAX_CARD_LABEL_CHARS: usize = 10;

/// `【名片】`, `[人物档案]`: a short label wholly in square brackets.
pub(super) fn is_card_label(text: &str) -> bool {
    let t = super::line::trim(text);
    t.starts_with(['【', '[']) && t.ends_with(['】', ']']) && at_most_chars(t, MAX_CARD_LABEL_CHARS)
}

/// Longest line read as a row of a table.
const MAX_TABLE_ROW_CHARS: usize = 80;

/// Fewest cells of a long row (see [`row_cells`]).
const MIN_WIDE_ROW_CELLS: usize = 4;

/// `小额信贷余额(万元)    9120    10350    13.5%`: a line of three or more cells set apart by tabs
/// or runs of spaces, as a table comes out of a page: a short one, or a longer one whose cells
/// are told apart beyond doubt (see [`row_cells`]). Prose puts no wide gaps inside a line.
fn is_table_row(text: &str) -> bool {
    row_cells(text) > 0
}

/// The cells of `text` read as a row of a table ([`is_table_row`]), 0 when it is none.
/// A line past [`MAX_TABLE_ROW_CHARS`] (up to [`crate::quantity::table::MAX_WIDE_ROW_CHARS`]) is a row when its cells are set apart by tabs, or when
/// it opens on a row number (`6   丁村道路硬化项目   丁村   硬化通组道路3.6公里…`), with at least
/// [`MIN_WIDE_ROW_CELLS`] cells: a converter's tabs and a numbered row's wide gaps are no
/// prose, while a long line with two spaces in it may be.
fn row_cells(text: &str) -> usize {
    // cells are set apart by a tab or two spaces: a line without either is one cell, and most
    // lines are told so by a byte search, before they are trimmed or counted
    if !has_cell_gap(text.as_bytes()) {
        return ledger_row_cells(text);
    }
    let t = super::line::trim(text);
    let short = super::line::at_most_chars(t, MAX_TABLE_ROW_CHARS);
    if !short && !super::line::at_most_chars(t, crate::quantity::table::MAX_WIDE_ROW_CHARS) {
        return 0;
    }
    let cells = || t.split(['\t', '|']).flat_map(|part| part.split("  ")).flat_map(|part| part.split(WIDE_GAP)).filter(|cell| !cell.trim().is_empty());
    let count = cells().count();
    let wide = || {
        let tabbed = t.split('\t').filter(|cell| !cell.trim().is_empty()).count() >= MIN_WIDE_ROW_CELLS;
        let numbered = cells().next().is_some_and(|c| c.trim().bytes().all(|b| b.is_ascii_digit()));
        tabbed || numbered && count >= MIN_WIDE_ROW_CELLS
    };
    match count >= 3 && (short || wide()) {
        true => count,
        false => 0,
    }
}

/// `4月8日 收发电收益 23,760.00 110,172.50`: a row of a ledger whose photographed text keeps
/// one space between cells: short, three cells or more, no mark of a sentence, and a figure
/// closing it. Its cells, 0 when it is none.
fn ledger_row_cells(text: &str) -> usize {
    let t = super::line::trim(text);
    // told by its last byte and a space first: most lines end on a mark or a Han character
    if !t.ends_with(|c: char| crate::numeral::arabic_digit(c).is_some()) || memchr::memchr(b' ', t.as_bytes()).is_none() {
        return 0;
    }
    if !super::line::at_most_chars(t, MAX_TABLE_ROW_CHARS) || t.contains(['，', '。', '；', ',']) && !figures_with_separators(t) {
        return 0;
    }
    let cells: Vec<&str> = t.split(' ').filter(|c| !c.is_empty()).collect();
    let labelled = cells.iter().any(|c| c.chars().any(crate::charset::is_han));
    if cells.len() >= 3 && labelled { cells.len() } else { 0 }
}

/// Whether every comma of `t` stands between digits, as thousands separators do (`86,412.50`):
/// a line of figures, not a sentence.
fn figures_with_separators(t: &str) -> bool {
    !t.contains(['，', '。', '；'])
        && t.match_indices(',').all(|(k, _)| {
            t[..k].ends_with(|c: char| c.is_ascii_digit()) && t[k + 1..].starts_with(|c: char| c.is_ascii_digit())
        })
}

/// Whether `row`, a table's row of `cells` cells that a header of `header` cells is over, is cut
/// short and runs on in `next`, the next line of `next_cells` cells: the row lacks cells and
/// breaks off inside a sentence, and `next`, opening on no row number, is a row of the rest,
/// the cell the line break cut counted in both (`3\t丙村…\t实施…，购置` over
/// `修枝机…20台\t68\t…`).
fn row_runs_on(row: &str, cells: usize, header: usize, next: &str, next_cells: usize) -> bool {
    // the cut falls inside a cell's sentence, and the next line is no row of its own
    let numbered = next.trim_start().split(['\t', ' ', '\u{3000}']).next().is_some_and(|c| !c.is_empty() && c.bytes().all(|b| b.is_ascii_digit()));
    cells < header && ends_inside_sentence(row) && !numbered && cells + next_cells == header + 1
}

/// A paragraph of block `b`. A block of a wrapped page holds the input's line breaks: each
/// printed line is a piece of its own, so the text reads as one run and a number broken over
/// two lines (`超过1` / `万元`) is whole again.
fn paragraph_of(b: &Block<'_>) -> Paragraph {
    // sized for the block at once: most paragraphs are one block of one line, and growing the
    // text and the pieces from empty cost two reallocations each
    let mut p = Paragraph {
        text: String::with_capacity(b.text.len()),
        span: crate::model::Span::new(b.start, b.start),
        pieces: Vec::with_capacity(4),
    };
    push_lines(&mut p, b);
    p
}

/// Appends the printed lines of block `b` to paragraph `p`, leaving out the breaks between.
fn push_lines(p: &mut Paragraph, b: &Block<'_>) {
    if memchr::memchr2(b'\n', b'\r', b.text.as_bytes()).is_none() {
        p.push_piece(b.text, b.start);
        return;
    }
    let mut at = 0;
    for line in b.text.split(['\n', '\r']) {
        let trimmed = line.trim_matches(|c: char| c.is_whitespace());
        if !trimmed.is_empty() {
            let lead = line.len() - line.trim_start_matches(|c: char| c.is_whitespace()).len();
            p.push_piece(trimmed, b.start + at + lead);
        }
        at += line.len() + 1;
    }
}

/// Whether `bytes` hold a tab, two spaces in a row or a pipe, the gaps [`is_table_row`] splits
/// cells at.
fn has_cell_gap(bytes: &[u8]) -> bool {
    memchr::memchr3_iter(b'\t', b' ', b'|', bytes)
        .any(|at| bytes[at] != b' ' || bytes.get(at + 1) == Some(&b' '))
        || WIDE_GAP_FINDER.find(bytes).is_some()
}

/// [`WIDE_GAP`]'s searcher, built once: setting one up for each line cost more than the search.
static WIDE_GAP_FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(WIDE_GAP));

/// Two ideographic spaces: the gap a page typed in full-width sets between a table's cells.
const WIDE_GAP: &str = "\u{3000}\u{3000}";

/// `(数据来源:州统计局)`: a line wholly in brackets.
pub(super) fn is_bracketed(text: &str) -> bool {
    let t = super::line::trim(text);
    t.starts_with(['(', '（']) && t.ends_with([')', '）'])
}

/// Places the insets waiting for a paragraph to close, each a paragraph of its own.
fn place(out: &mut Vec<Paragraph>, waiting: &mut Vec<&Block<'_>>) {
    out.extend(
        waiting
            .drain(..)
            .map(|b| paragraph_of(b)),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEEP: Verdict = Verdict::Keep;
    const PULL: Verdict = Verdict::Drop(DiscardReason::PullQuote);

    #[test]
    fn pull_quote_inside_lead_is_dropped() {
        let blocks = [
            "今年以来,某区创新构筑防止致贫返贫六道防线,努力实现零致贫零返贫。",
            "为解决报销后自付部分仍然较",
            "今年以来,某区创新构筑防止致贫返贫六道防线,努力实现零致贫",
            "大、影响困难群众生活的问题,该区购买了商业补充保险。",
        ];
        assert_eq!(repeats(&blocks), vec![KEEP, KEEP, PULL, KEEP]);
    }

    #[test]
    fn equal_blocks_keep_the_one_that_runs_on() {
        let blocks = [
            "项目资金管理规范行动。落实财政专项资金增长机制,对专项资金的保障进",
            "产业就业扶贫行动。完善产业扶贫体系。",
            "项目资金管理规范行动。落实财政专项资金增长机制,对专项资金的保障进",
            "度实行定期通报。",
        ];
        let r = repeats(&blocks);
        assert_eq!(
            r,
            vec![Verdict::Drop(DiscardReason::Duplicate), KEEP, KEEP, KEEP]
        );
    }

    #[test]
    fn finished_paragraph_printed_twice_drops_the_later_copy() {
        let blocks = [
            "村里新修了一条水泥路,群众出行方便多了。",
            "合作社带动四十户社员增收。",
            "村里新修了一条水泥路,群众出行方便多了。",
        ];
        assert_eq!(
            repeats(&blocks),
            vec![KEEP, KEEP, Verdict::Drop(DiscardReason::Duplicate)]
        );
    }

    const LEAD: &str = "近年来,某镇依托山区资源发展特色种植,走出了一条山区群众稳定增收的好路子。";
    const CUT: &str = "镇里组织技术员上门指导,让种植户学得";

    #[test]
    fn pull_quote_with_novel_figures_keeps_them() {
        let quote = "全镇蔬菜种植面积由2018年的800亩扩大到2022年的3000亩……依托山区资源发展特色种植,走出了一条山区群众稳定增收的好路子";
        let blocks = [LEAD, CUT, quote, "会、用得上。"];
        let cut = quote.find("依托").unwrap();
        let parts = vec![
            Part {
                range: 0..cut,
                repeated: false,
            },
            Part {
                range: cut..quote.len(),
                repeated: true,
            },
        ];
        assert_eq!(
            repeats(&blocks),
            vec![KEEP, KEEP, Verdict::Inset(parts), KEEP]
        );
    }

    #[test]
    fn pull_quote_mostly_repeating_goes_whole() {
        let quote = "据悉……依托山区资源发展特色种植,走出了一条山区群众稳定增收的好路子";
        let blocks = [LEAD, CUT, quote, "会、用得上。"];
        assert_eq!(repeats(&blocks), vec![KEEP, KEEP, PULL, KEEP]);
        let ended = [LEAD, "镇里组织技术员上门指导。", quote];
        assert_eq!(
            repeats(&ended),
            vec![KEEP, KEEP, KEEP],
            "not inside a cut paragraph"
        );
        let distinct = [
            "村里修了路,通了水,群众很满意。",
            "县里建了学校,请了老师,家长很放心。",
        ];
        assert_eq!(repeats(&distinct), vec![KEEP, KEEP]);
        // a rule's article opening its clauses with a colon, whose penalties a later article
        // repeats, is no pull quote though a label stands unfinished above it
        let first = "《某条例》第十条　有下列行为之一的,情节较轻的,给予警告或者严重警告处分;情节较重的,给予撤销党内职务处分:";
        let second = "《某条例》第十二条　在救助款物分配中优亲厚友的,情节较轻的,给予警告或者严重警告处分;情节较重的,给予撤销党内职务处分。";
        let blocks = ["【纪法链接】", first, "(一)克扣群众财物;", second];
        assert_eq!(repeats(&blocks), vec![KEEP, KEEP, KEEP, KEEP]);
    }

    #[test]
    fn windows_cover_the_content_characters() {
        let text = "村里新修了一条水泥路，“群众”出行方便多了abc。";
        let index = Index::new(&[text, "短句,不足一窗。"]);
        let keys: Vec<u32> = "村里新修了一条水泥路群众出行方便多了abc"
            .chars()
            .map(|c| index_key(&c.to_string()))
            .collect();
        assert_eq!(index.keys_of(0), keys.as_slice());
        let windows: Vec<u64> = index.windows_of(0).collect();
        assert_eq!(windows.len(), keys.len() - WINDOW + 1);
        assert_eq!(index.count_windows(0), windows.len());
        assert_eq!(windows[1], window_hash(&keys[1..1 + WINDOW]));
        assert_ne!(windows[0], windows[1]);
        assert_eq!(index.count_windows(1), 0);
        assert_eq!(index.windows_of(1).count(), 0);
    }

    /// The key of the one content character of `c`.
    fn index_key(c: &str) -> u32 {
        next_content_key(c, &mut 0).unwrap()
    }

    #[test]
    fn window_filter_passes_every_window_it_holds() {
        let keys: Vec<u32> = "一二三四五六七八九十百千万亿"
            .chars()
            .map(|c| c as u32)
            .collect();
        let mut filter = WindowFilter::default();
        assert!(filter.is_empty() && !filter.may_hold(&keys[..WINDOW]));
        filter.insert(&keys[..WINDOW]);
        assert!(filter.may_hold(&keys[..WINDOW]) && !filter.is_empty());
        // the filter looks at the first and last characters only
        assert!(filter.may_hold(&[keys[0], keys[WINDOW - 1]]));
        let passed = keys.windows(2).filter(|w| filter.may_hold(w)).count();
        assert!(passed < keys.len() - 1);
        // windows with the same first character but other last ones pass the first test only
        let rejected = (1..keys.len())
            .filter(|&k| !filter.may_hold(&[keys[0], keys[k]]))
            .count();
        assert!(rejected > 0);
    }

    #[test]
    fn sightings_keep_each_block_once_and_the_first_few() {
        let mut s = Sightings::default();
        for b in [0, 0, 2, 3, 3, 4, 5, 6] {
            s.add(b);
        }
        assert_eq!(s.iter().collect::<Vec<_>>(), vec![0, 2, 3, 4]);
        let mut table: Table<Sightings> = Table::with_capacity(2);
        table.entry(7).get_or_insert((7, Sightings::default()));
        table.get_mut(7).unwrap().add(5);
        assert_eq!(table.get(7).unwrap().iter().collect::<Vec<_>>(), vec![5]);
        assert!(table.get(8).is_none() && table.get_mut(8).is_none());
    }

    /// The verdicts when every block is tallied, as if no block were left out as no candidate.
    fn judged_whole(blocks: &[&str]) -> Vec<Verdict> {
        let index = Index::new(blocks);
        let ends: Vec<bool> = blocks.iter().map(|b| ends_sentence(b)).collect();
        judge(blocks, &index, &ends, &vec![true; blocks.len()])
    }

    #[test]
    fn candidates_are_the_blocks_whose_anchors_recur() {
        let lead = "今年以来,某区创新构筑防止致贫返贫六道防线,努力实现零致贫零返贫。";
        // the quote's first window is printed in the lead: the quote is a candidate, and so is
        // nothing else
        let blocks = [
            lead,
            "为解决报销后自付部分仍然较",
            "创新构筑防止致贫返贫六道防线",
            "大的问题。",
        ];
        let index = Index::new(&blocks);
        let ends: Vec<bool> = blocks.iter().map(|b| ends_sentence(b)).collect();
        assert_eq!(index.candidates(&ends), vec![false, false, true, false]);
        // a finished block that shares only its middle with another is no candidate
        let middle = [
            "县里:创新构筑防止致贫返贫六道防线,努力实现零致贫零返贫。",
            lead,
        ];
        let ends = [true, true];
        assert_eq!(Index::new(&middle).candidates(&ends), vec![false, false]);
        // cut into a paragraph, it is one: its run may make it a pull quote
        let cut = [
            "村里",
            "县里:创新构筑防止致贫返贫六道防线,努力实现零致贫零返贫",
            lead,
        ];
        let ends = [false, false, true];
        assert_eq!(Index::new(&cut).candidates(&ends), vec![false, true, false]);
    }

    #[test]
    fn candidates_alone_give_the_verdicts_of_all_blocks() {
        let cases: [&[&str]; 4] = [
            &[
                LEAD,
                CUT,
                "据悉……依托山区资源发展特色种植,走出了一条山区群众稳定增收的好路子",
                "会、用得上。",
            ],
            &[
                "项目资金管理规范行动。落实财政专项资金增长机制,对专项资金的保障进",
                "产业就业扶贫行动。",
                "项目资金管理规范行动。落实财政专项资金增长机制,对专项资金的保障进",
                "度实行定期通报。",
            ],
            &[
                "好好好好好好好好好好好好好好好好好",
                "好好好好好好好好好好好好",
                "好好好好好好好好好好好好好好好好好",
            ],
            &[
                "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉",
                "乙丙丁戊己庚辛壬癸子丑寅卯",
                "寅卯辰巳午未申酉戌亥",
            ],
        ];
        for blocks in cases {
            assert_eq!(repeats(blocks), judged_whole(blocks), "{blocks:?}");
        }
        // pages made of a few phrases, cut and repeated in every way
        let phrases = [
            "村里修了路",
            "群众出行方便",
            "合作社带动增收",
            "。",
            "共有五十户",
        ];
        let mut seed = 7u64;
        let mut next = |below: usize| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) as usize % below
        };
        for _ in 0..500 {
            let blocks: Vec<String> = (0..6)
                .map(|_| {
                    (0..next(12))
                        .map(|_| phrases[next(phrases.len())])
                        .collect()
                })
                .collect();
            let blocks: Vec<&str> = blocks.iter().map(String::as_str).collect();
            assert_eq!(repeats(&blocks), judged_whole(&blocks), "{blocks:?}");
        }
    }

    #[test]
    fn sentences_end_past_their_marks_and_not_inside_figures() {
        let text = "增长2.3%……“好。”再说";
        let cut: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(cut, vec!["增长2.3%……", "“好。”", "再说"]);
        assert!(sentences("").is_empty());
    }

    #[test]
    fn chart_titles_are_short_numbered_lines_of_no_sentence() {
        assert!(is_chart_title("图1　2024年脱贫户分项满意度（%）"));
        assert!(is_chart_title("图表 2：各乡镇监测户数"));
        assert!(!is_chart_title("图为县领导在车间调研。"));
        assert!(!is_chart_title("图1显示，全县收入稳步增长。"));
        assert!(!is_chart_title("图书室藏书2000册"));
    }

    #[test]
    fn inset_follows_the_paragraph_it_was_printed_into() {
        let block = |text, start, inset| Block {
            text,
            start,
            level: 0,
            inset,
        };
        let blocks = [
            block("经过报名和资格", 0, false),
            block("全年新增就业岗位两百个。", 30, true),
            block("审查,共有五十人进入面试。", 80, false),
            block("下一段。", 200, false),
        ];
        let texts: Vec<String> = paragraphs(&blocks).into_iter().map(|p| p.text).collect();
        assert_eq!(
            texts,
            vec![
                "经过报名和资格审查,共有五十人进入面试。",
                "全年新增就业岗位两百个。",
                "下一段。"
            ]
        );
    }

    #[test]
    fn column_break_join_maps_back() {
        let input = "经过报名和资格\n33\n审查,共有五十人进入面试。\n下一段。";
        let a = input.find("审查").unwrap();
        let blocks = [
            Block {
                text: "经过报名和资格",
                start: 0,
                level: 0,
                inset: false,
            },
            Block {
                text: &input[a..a + "审查,共有五十人进入面试。".len()],
                start: a,
                level: 0,
                inset: false,
            },
            Block {
                text: "下一段。",
                start: input.find("下一段").unwrap(),
                level: 0,
                inset: false,
            },
        ];
        let ps = paragraphs(&blocks);
        assert_eq!(ps.len(), 2);
        assert_eq!(ps[0].text, "经过报名和资格审查,共有五十人进入面试。");
        let at = ps[0].text.find("共有").unwrap();
        assert_eq!(&input[ps[0].to_source(at)..ps[0].to_source(at) + 6], "共有");
    }

    #[test]
    fn subheadings_are_not_joined() {
        let blocks = [
            Block {
                text: "抓实驻村帮扶 织密责任网",
                start: 0,
                level: 0,
                inset: false,
            },
            Block {
                text: "该区坚持把帮扶作为重大任务。",
                start: 40,
                level: 0,
                inset: false,
            },
        ];
        assert_eq!(paragraphs(&blocks).len(), 2);
    }

    fn blocks_of<'a>(texts: &[&'a str]) -> Vec<Block<'a>> {
        texts
            .iter()
            .enumerate()
            .map(|(i, &text)| Block {
                text,
                start: i * 100,
                level: 0,
                inset: false,
            })
            .collect()
    }

    #[test]
    fn a_boxs_source_note_is_no_cut_paragraph() {
        let blocks = blocks_of(&["▶ 2143家　认定帮扶车间", "数据来源：某办", "一是守底线情况。重点考核监测帮扶。"]);
        assert_eq!(paragraphs(&blocks).len(), 3);
    }

    #[test]
    fn a_document_number_is_no_cut_paragraph() {
        let blocks = blocks_of(&["某农建复〔2024〕12号", "李某代表：", "您提出的建议收悉。"]);
        assert_eq!(paragraphs(&blocks).len(), 3);
    }

    #[test]
    fn bulleted_lines_of_a_box_stand_apart() {
        let blocks = blocks_of(&["■ 安排援藏资金6.42亿元，实施项目89个", "■ 选派干部人才212名", "■ 援建配套项目31个"]);
        assert_eq!(paragraphs(&blocks).len(), 3);
        // a line a column break cut still runs on
        let blocks = blocks_of(&["■ 安排援藏资金6.42亿元，实施", "项目89个"]);
        assert_eq!(paragraphs(&blocks).len(), 1);
        // a box's bulleted figure repeating a story's sentence is no pull quote
        let story = "某市组织126家企业提供岗位2300余个，最终帮助147名某市籍高校毕业生赴粤就业。";
        assert_eq!(repeats(&[story, "■ 帮助147名某市籍高校毕业生赴粤就业"]), vec![KEEP, KEEP]);
    }

    #[test]
    fn unmarked_subheading_stands_alone() {
        let blocks = blocks_of(&[
            "村里通了路。",
            "销路跟着农户走",
            "为让果农卖得出,某县建起冷库。",
        ]);
        let ps = paragraphs(&blocks);
        let texts: Vec<&str> = ps.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["村里通了路。", "销路跟着农户走", "为让果农卖得出,某县建起冷库。"]);
    }

    #[test]
    fn a_card_of_facts_printed_into_a_paragraph_follows_it_line_by_line() {
        let blocks = blocks_of(&[
            "他平均每月只回家一次,儿子今年",
            "【名片】",
            "姓名:王某",
            "驻村时间:2021年6月至今",
            "上高三,全靠妻子照顾。",
            "村里的路修好了。",
        ]);
        let texts: Vec<String> = paragraphs(&blocks).into_iter().map(|p| p.text).collect();
        assert_eq!(
            texts,
            ["他平均每月只回家一次,儿子今年上高三,全靠妻子照顾。", "【名片】", "姓名:王某", "驻村时间:2021年6月至今", "村里的路修好了。"]
        );
    }

    #[test]
    fn fields_of_a_card_stand_apart_and_a_quote_after_a_colon_runs_on() {
        let blocks = blocks_of(&["咨询电话:0000-1234567", "会议时间:3月5日上午9:30", "他说:“路修好", "了。”"]);
        let texts: Vec<String> = paragraphs(&blocks).into_iter().map(|p| p.text).collect();
        assert_eq!(texts, ["咨询电话:0000-1234567", "会议时间:3月5日上午9:30", "他说:“路修好了。”"]);
        // reactions quoted after who said them are no card
        let texts: Vec<String> = paragraphs(&blocks_of(&["大家都这么评价他,遇到困难", "群众:他总是第一个到", "村干部:他比我们还熟悉村情", "时他总冲在前面。"])).into_iter().map(|p| p.text).collect();
        assert_eq!(texts.len(), 1, "{texts:?}");
        // one line of that shape alone makes no card: a column break may cut prose so
        let texts: Vec<String> = paragraphs(&blocks_of(&["据了解:全县共有", "脱贫户1200户。"])).into_iter().map(|p| p.text).collect();
        assert_eq!(texts, ["据了解:全县共有脱贫户1200户。"]);
    }

    #[test]
    fn short_piece_cut_by_a_column_break_is_joined() {
        let blocks = blocks_of(&["村里通了路。", "工作人员重点对车", "间、仓库等进行检查。"]);
        let ps = paragraphs(&blocks);
        assert_eq!(ps.len(), 2);
        assert_eq!(ps[1].text, "工作人员重点对车间、仓库等进行检查。");
    }
}
