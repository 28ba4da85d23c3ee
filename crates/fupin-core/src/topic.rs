//! Poverty relevance and themes.
//!
//! A page carries a handful of articles and most are not about poverty alleviation; the topic
//! lets a client keep the ones that are. The score is a weighted count of cue words
//! (`data/cues.tsv`) normalised by the square root of the article's length, so a short caption
//! with one strong cue and a long report with many both score high, while a long article that
//! mentions `民生` in passing does not. A related article also needs one strong cue (`扶贫`,
//! `建档立卡`, `返贫` …): welfare news on `低保` alone is not poverty alleviation.
//!
//! Themes come from `data/themes.tsv`, most-mentioned first. A related article gets every theme
//! it mentions twice (once when it is short); an unrelated one only a theme it dwells on (three
//! mentions), so a client filtering by theme still finds a report on 低保 standards while a
//! passing `道路` in a sports report adds nothing.

use crate::entity::Entities;
use crate::model::{Article, Theme, Topic};
use crate::walk::{self, CharFlags, Walked};
use crate::ArticleContext;
use memchr::memmem::Finder;
use std::collections::HashSet;
use std::sync::LazyLock;

const CUES: &str = include_str!("../data/cues.tsv");
const THEMES: &str = include_str!("../data/themes.tsv");

/// A cue this heavy names the work itself (`扶贫`, `建档立卡`); a poverty-related article has one.
const STRONG_CUE: f32 = 3.0;
/// The normalised cue weight at which the score reaches 0.5 (near [`RELATED_SCORE`]): a little
/// below one strong cue, so a short caption naming the work once is related.
const HALF_SCORE_DENSITY: f64 = 2.5;
/// The score from which an article with a strong cue is poverty related: a little below 0.5,
/// so a long industry story that names its benefit to 脱贫户 once or twice among other cues is
/// related, as readers judge it; articles without a strong cue stay out whatever their score.
const RELATED_SCORE: f64 = 0.45;
/// Lengths (in chars) below this count as this, so one cue in a caption is not over-weighted.
const MIN_LENGTH: f64 = 200.0;
/// Theme mentions needed in a poverty-related article; a short one needs only one.
const THEME_HITS: usize = 2;
const SHORT_ARTICLE_CHARS: usize = 400;
/// Theme mentions needed in an article that is not about poverty, which a client filtering by
/// theme should still find when it dwells on one (a report on 低保 standards).
const THEME_HITS_UNRELATED: usize = 3;

/// Room reserved for the themes and term matches of one article: enough for most.
const THEME_SLOTS: usize = 8;
const TERM_SLOTS: usize = 16;

/// The lists of [`Topics::words`] by their index.
const CUE_LIST: usize = 0;
const THEME_LIST: usize = 1;
const TERM_LIST: usize = 2;

pub struct Topics {
    weights: Vec<f32>,
    /// Cues marked `broad` in the table: strong only beside another cue.
    broad: Vec<bool>,
    theme_of: Vec<Theme>,
    /// The cue words ([`CUE_LIST`]), the theme words ([`THEME_LIST`]), for the terms stage the
    /// domain terms ([`crate::term::term_words`]) and, for the region stage, the division names
    /// when built with them ([`Topics::with_divisions`]): an article is read for all at once.
    words: Words,
}

impl Default for Topics {
    fn default() -> Self {
        Self::new()
    }
}

/// The rows of an embedded table: tab-separated fields, blank lines and `#` comments skipped.
pub(crate) fn table_rows(table: &str) -> impl Iterator<Item = Vec<&str>> {
    table
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn theme_named(name: &str) -> Option<Theme> {
    Some(match name {
        "HEALTH" => Theme::Health,
        "EDUCATION" => Theme::Education,
        "HOUSING" => Theme::Housing,
        "WATER" => Theme::Water,
        "INDUSTRY" => Theme::Industry,
        "EMPLOYMENT" => Theme::Employment,
        "FINANCE" => Theme::Finance,
        "SOCIAL_SECURITY" => Theme::SocialSecurity,
        "INSURANCE" => Theme::Insurance,
        "MONITORING" => Theme::Monitoring,
        "INFRASTRUCTURE" => Theme::Infrastructure,
        "RELOCATION" => Theme::Relocation,
        "CONSUMPTION" => Theme::Consumption,
        "DISABILITY" => Theme::Disability,
        "GOVERNANCE" => Theme::Governance,
        _ => return None,
    })
}

/// A word list searched leftmost-longest (where words start leftmost, the longest of them).
///
/// Most characters of a text start no word of a list, and most that do are not followed by the
/// rest of a word's first bytes: a table of the words' first bytes (two Chinese characters)
/// rules a position out with one bit, and only the few positions it lets through are looked up.
/// The words are kept by their first bytes in a small hash table, those sharing them together
/// and longest first, so a lookup reads a slot and a few adjacent words. A trie walked byte by
/// byte (an automaton's transition table) would touch a new cache line at every byte, and its
/// table takes hundreds of kilobytes even for a hundred words: most of a walk's time went to
/// memory.
pub(crate) struct Words {
    /// The words' first bytes.
    keys: Keys,
    /// The groups of words that share a key, by the key's hash (open addressing, linear
    /// probing; at most half full, so a probe ends soon at an empty slot).
    slots: Box<[Group]>,
    /// log2 of the number of slots.
    slot_bits: u32,
    /// The words, a group's together and longest first.
    entries: Vec<Entry>,
    /// The bytes of the words in the order of `entries`: a group's words are read together.
    bytes: Vec<u8>,
}

/// The words that share a key: `entries[first..end]`. An empty slot has `end == 0`.
#[derive(Clone, Copy, Default)]
struct Group {
    key: u64,
    first: u32,
    end: u32,
}

/// One word: its bytes `bytes[start..start + len]`, the list it belongs to and its position
/// there.
#[derive(Clone, Copy)]
struct Entry {
    start: u32,
    len: u16,
    list: u16,
    number: u32,
}

/// A set of first bytes of words, tested with one bit per position of a text; one set may
/// hold the keys of several lists, so a text read for all of them is tested once per position.
struct Keys {
    /// Bits of [`slot`] of the words' keys. The table grows with the list, so a short list's
    /// stays in a few cache lines while a long one leaves most bits clear.
    bits: Box<[u64]>,
    /// log2 of the number of bits of `bits`.
    bits_log: u32,
    /// Keeps the bytes of a key out of eight read at once: the first [`KEY_BYTES`] bytes of
    /// a word, or all of the shortest word when that is shorter.
    mask: u64,
    /// The length of a key: no word fits in fewer bytes.
    len: usize,
    /// Bits of [`slot`] of the first three bytes from the first and from the second character
    /// of the words, when every word has two characters and three bytes from its second on: a
    /// character whose three bytes (its own and those after it) are in none of them starts no
    /// word and follows no word's first, so the scan passes over it and the one before it after
    /// one test. The bytes are read from the text as from the word, so a character of any width
    /// tests alike: a list with a word such as `832平台` still skips.
    pairs: Option<(Box<[u64]>, u32)>,
}

impl Keys {
    /// The keys of `words` (none empty).
    fn new(words: &[&str]) -> Keys {
        let len = words.iter().map(|w| w.len()).min().unwrap_or(1).min(KEY_BYTES);
        let mask = u64::MAX >> (64 - 8 * len);
        let bits_log = table_log(words.len() * KEY_BITS_PER_WORD).clamp(MIN_BIT_TABLE_LOG, MAX_KEY_TABLE_LOG);
        let mut bits = bit_table(bits_log);
        for w in words {
            set_bit(&mut bits, slot(eight_at(w.as_bytes(), 0) & mask, bits_log));
        }
        // where each word's second character starts; every word needs three bytes from there,
        // or the bytes after it in a text would be tested too
        let seconds: Vec<usize> = words.iter().map(|w| w.chars().next().map_or(0, char::len_utf8)).collect();
        let wide = words.iter().zip(&seconds).all(|(w, &second)| second > 0 && w.len() >= second + 3);
        let pairs_log =
            table_log(2 * words.len() * CHAR_BITS_PER_CHAR).clamp(MIN_BIT_TABLE_LOG, MAX_CHAR_TABLE_LOG);
        let mut pairs = bit_table(pairs_log);
        for (w, &second) in words.iter().zip(&seconds) {
            for at in [0, second].into_iter().filter(|&at| at < w.len()) {
                set_bit(&mut pairs, slot(eight_at(w.as_bytes(), at) & THREE_BYTES, pairs_log));
            }
        }
        Keys { bits, bits_log, mask, len, pairs: wide.then_some((pairs, pairs_log)) }
    }

    /// The first position from `at` on (a character boundary) where a word may start.
    #[inline(always)]
    fn next_candidate(&self, bytes: &[u8], mut at: usize) -> Option<usize> {
        while at + self.len <= bytes.len() {
            let eight = eight_at(bytes, at);
            if let Some((pairs, pairs_log)) = &self.pairs {
                // the first three bytes after this character (all of the next one where that
                // could be in the table) and the width of both; two Chinese characters, the
                // common case, need no width looked up
                let (next, widths) = if eight & TWO_LEADS == TWO_CHINESE_LEADS {
                    (eight >> 24, 6)
                } else {
                    let width = utf8_width(eight);
                    let next = eight >> (8 * width);
                    (next, width + utf8_width(next))
                };
                if !has_bit(pairs, slot(next & THREE_BYTES, *pairs_log)) {
                    at += widths;
                    continue;
                }
            }
            if self.may_start(eight) {
                return Some(at);
            }
            at += utf8_width(eight);
        }
        None
    }

    /// Whether a word may start where the eight bytes `eight` start.
    #[inline(always)]
    fn may_start(&self, eight: u64) -> bool {
        has_bit(&self.bits, slot(eight & self.mask, self.bits_log))
    }
}

/// The most first bytes of a word its key holds: two Chinese characters.
const KEY_BYTES: usize = 6;

/// Bits of a key table per word: few enough set that one position in sixty passes by chance.
const KEY_BITS_PER_WORD: usize = 64;
/// log2 of the largest key table: 8 KB, in which the three thousand keys of the division
/// names set one bit in twenty. A larger table lets fewer positions through to a lookup, but it
/// is read at every other character and stays in the cache the less the larger it is.
const MAX_KEY_TABLE_LOG: u32 = 16;

/// Bits of a character table per character of the words.
const CHAR_BITS_PER_CHAR: usize = 8;
/// log2 of the largest character table: 4 KB.
const MAX_CHAR_TABLE_LOG: u32 = 15;

/// Bits of the smallest bit table: one cache line.
const MIN_BIT_TABLE_LOG: u32 = 9;

/// log2 of the size of a table of at least `wanted` slots.
fn table_log(wanted: usize) -> u32 {
    wanted.next_power_of_two().trailing_zeros()
}

/// A table of `2^log` bits, all clear.
fn bit_table(log: u32) -> Box<[u64]> {
    vec![0u64; 1 << (log - 6)].into_boxed_slice()
}

/// Where a key (bytes as a number) sits in a table of `2^log` slots.
#[inline(always)]
fn slot(key: u64, log: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - log)) as usize
}

fn set_bit(table: &mut [u64], bit: usize) {
    table[bit >> 6] |= 1 << (bit & 63);
}

#[inline(always)]
fn has_bit(table: &[u64], bit: usize) -> bool {
    table[bit >> 6] >> (bit & 63) & 1 == 1
}

/// Keeps the first three bytes of eight read at once: a Chinese character.
const THREE_BYTES: u64 = 0xFF_FFFF;

/// The high halves of the first and the fourth of eight bytes read at once, and what they are
/// when the bytes start with two characters of three bytes (all of Chinese).
const TWO_LEADS: u64 = 0xF000_00F0;
const TWO_CHINESE_LEADS: u64 = 0xE000_00E0;

/// The eight bytes of `bytes` from `at` as a number, zeros past the end.
#[inline(always)]
pub(crate) fn eight_at(bytes: &[u8], at: usize) -> u64 {
    if let Some(&eight) = bytes.get(at..).and_then(|rest| rest.first_chunk::<8>()) {
        return u64::from_le_bytes(eight);
    }
    let rest = bytes.get(at..).unwrap_or_default();
    rest.iter().rev().fold(0, |k, &b| k << 8 | u64::from(b))
}

/// The number of bytes of a UTF-8 sequence by the high half of its first byte (continuation
/// bytes, which start none, step by one).
const UTF8_WIDTH: [usize; 16] = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4];

/// The width of the character whose bytes `eight` starts with.
#[inline(always)]
fn utf8_width(eight: u64) -> usize {
    UTF8_WIDTH[(eight as u8 >> 4) as usize]
}

impl Words {
    /// The words in order; a match tells its word by its position in the list. Empty words are
    /// left out (they would match everywhere); of repeats the first counts.
    pub(crate) fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> Words {
        Words::of_lists(&[words.into_iter().collect()])
    }

    /// Several lists in one table, which a text is read for at once with [`Words::walk`]; a
    /// match tells its list by its index in `lists` and its word by its position there.
    fn of_lists(lists: &[Vec<&str>]) -> Words {
        let mut seen = HashSet::new();
        let mut kept: Vec<(&str, u16, u32)> = (0..)
            .zip(lists)
            .flat_map(|(list, words)| words.iter().zip(0..).map(move |(&w, number)| (w, list, number)))
            .filter(|&(w, list, _)| !w.is_empty() && w.len() <= usize::from(u16::MAX) && seen.insert((w, list)))
            .collect();
        let keys = Keys::new(&kept.iter().map(|&(w, _, _)| w).collect::<Vec<_>>());
        let key_of = |w: &str| eight_at(w.as_bytes(), 0) & keys.mask;
        // a group's words together, longest first: the first that fits is the longest
        kept.sort_by_key(|&(w, _, _)| (key_of(w), std::cmp::Reverse(w.len())));
        let groups = kept.chunk_by(|a, b| key_of(a.0) == key_of(b.0)).count();
        let slot_bits = table_log(2 * groups).max(1);
        let mut slots = vec![Group::default(); 1 << slot_bits].into_boxed_slice();
        let (mut entries, mut bytes) = (Vec::with_capacity(kept.len()), Vec::new());
        for group in kept.chunk_by(|a, b| key_of(a.0) == key_of(b.0)) {
            let key = key_of(group[0].0);
            let first = entries.len() as u32;
            for &(w, list, number) in group {
                entries.push(Entry { start: bytes.len() as u32, len: w.len() as u16, list, number });
                bytes.extend_from_slice(w.as_bytes());
            }
            let mut s = slot(key, slot_bits);
            while slots[s].end != 0 {
                s = (s + 1) & (slots.len() - 1);
            }
            slots[s] = Group { key, first, end: entries.len() as u32 };
        }
        Words { keys, slots, slot_bits, entries, bytes }
    }

    /// The words whose key is `key`, longest first.
    #[inline(always)]
    fn group(&self, key: u64) -> &[Entry] {
        let mut s = slot(key, self.slot_bits);
        loop {
            let g = self.slots[s];
            if g.end == 0 {
                return &[];
            }
            if g.key == key {
                return &self.entries[g.first as usize..g.end as usize];
            }
            s = (s + 1) & (self.slots.len() - 1);
        }
    }

    /// Whether the bytes `rest` start with the word of `e`, one of the group whose key the first
    /// bytes of `rest` made. The key holds the first [`Keys::len`] bytes of every word of the
    /// group, so only the bytes past it are compared, in line: a word no longer than its key (a
    /// two-character cue) needs no compare, where a call to `memcmp` cost more than the test.
    #[inline(always)]
    fn starts(&self, rest: &[u8], e: &Entry) -> bool {
        let (start, len, keyed) = (e.start as usize, usize::from(e.len), self.keys.len);
        rest.len() >= len && rest[keyed..len].iter().zip(&self.bytes[start + keyed..start + len]).all(|(a, b)| a == b)
    }

    /// The words of the lists that start at byte `at` of `bytes` (whose first eight bytes are
    /// `eight`), each list's first that fits, longest first, where that list's last match has
    /// ended (`free`): `hit` gets the list and `(word, start, end)`.
    #[inline(always)]
    fn lists_at<const N: usize>(&self, bytes: &[u8], at: usize, eight: u64, free: &mut [usize; N], hit: &mut impl FnMut(usize, (usize, usize, usize))) {
        let rest = &bytes[at..];
        for e in self.group(eight & self.keys.mask) {
            let list = usize::from(e.list);
            if free.get(list).is_some_and(|&free| at >= free) && self.starts(rest, e) {
                let end = at + usize::from(e.len);
                free[list] = end;
                hit(list, (e.number as usize, at, end));
            }
        }
    }

    /// The longest word at byte `at`: `(word, start, end)`. Reads one slot and the few words
    /// that share the key there.
    fn at(&self, text: &str, at: usize) -> Option<(usize, usize, usize)> {
        let rest = text.as_bytes().get(at..)?;
        let e = self.group(eight_at(rest, 0) & self.keys.mask).iter().find(|e| self.starts(rest, e))?;
        Some((e.number as usize, at, at + usize::from(e.len)))
    }

    /// Reads `text` once for all `N` lists (built with [`Words::of_lists`]): calls `hit` with
    /// the list's index and `(word, start, end)` of each list's own leftmost-longest matches,
    /// in text order. One key test per position and one lookup per candidate serve every list.
    fn walk<const N: usize>(&self, text: &str, mut hit: impl FnMut(usize, (usize, usize, usize))) {
        let bytes = text.as_bytes();
        // where each list's next match may start: after its last
        let mut free = [0usize; N];
        let mut at = 0;
        while let Some(start) = self.keys.next_candidate(bytes, at) {
            let eight = eight_at(bytes, start);
            self.lists_at(bytes, start, eight, &mut free, &mut hit);
            at = start + utf8_width(eight);
        }
    }

    /// [`Words::walk`], reading each character once for the readers of the shared walk too
    /// ([`crate::walk`]): where `flags` lets a time or entity reader start, calls `ride` with
    /// the character's flags, offset, first eight bytes and the character. A character of two
    /// or four bytes, which the table does not hold, is passed to every reader with
    /// [`walk::UNSURE`] set, for each to test. Gives the number of characters of `text` that
    /// are not white space, as [`visible_chars`] counts them: the walk passes every character.
    fn walk_riding<const N: usize>(
        &self,
        text: &str,
        flags: &CharFlags,
        mut hit: impl FnMut(usize, (usize, usize, usize)),
        mut ride: impl FnMut(u8, usize, u64, char),
    ) -> usize {
        let mut visible = 0;
        let bytes = text.as_bytes();
        let len = bytes.len();
        // where each list's next match may start: after its last
        let mut free = [0usize; N];
        let mut at = 0;
        while at < len {
            let x = bytes[at];
            let (f, width, code) = if x & 0xF0 == 0xE0 && at + 3 <= len {
                let code = walk::code3(x, bytes[at + 1], bytes[at + 2]);
                (flags.of_code3(code), 3, code)
            } else if x < 0x80 {
                (flags.of_ascii(x), 1, u32::from(x))
            } else {
                let c = text[at..].chars().next().unwrap_or_default();
                let space = if c.is_whitespace() { walk::SPACE } else { 0 };
                (walk::TIME | walk::ENTITY | walk::TOPIC | walk::UNSURE | space, c.len_utf8(), c as u32)
            };
            visible += 1;
            if f != 0 {
                if f & walk::SPACE != 0 {
                    visible -= 1;
                }
                let eight = eight_at(bytes, at);
                if f & (walk::TIME | walk::ENTITY) != 0 {
                    ride(f, at, eight, char::from_u32(code).unwrap_or_default());
                }
                if f & walk::TOPIC != 0 && at + self.keys.len <= len && self.keys.may_start(eight) {
                    self.lists_at(bytes, at, eight, &mut free, &mut hit);
                }
            }
            at += width;
        }
        visible
    }

    /// The first characters of the words.
    fn first_chars(&self) -> HashSet<char> {
        let text = String::from_utf8_lossy(&self.bytes);
        self.entries.iter().filter_map(|e| text.get(e.start as usize..)?.chars().next()).collect()
    }

    /// The first match at or after byte `at` (a character boundary).
    fn next_match(&self, text: &str, mut at: usize) -> Option<(usize, usize, usize)> {
        loop {
            at = self.keys.next_candidate(text.as_bytes(), at)?;
            if let Some(found) = self.at(text, at) {
                return Some(found);
            }
            at += utf8_width(eight_at(text.as_bytes(), at));
        }
    }

    /// `(word, start, end)` of each match in `text`: the word's position in the list and byte
    /// offsets, leftmost-longest and without overlap.
    pub(crate) fn find<'t>(&'t self, text: &'t str) -> impl Iterator<Item = (usize, usize, usize)> + 't {
        let mut at = 0;
        std::iter::from_fn(move || {
            let found = self.next_match(text, at)?;
            at = found.2;
            Some(found)
        })
    }
}

/// The number of characters of `text` that are not white space, counted over its bytes rather
/// than character by character: every byte that is no continuation byte starts a character,
/// and the few white space characters beyond ASCII are found by their rare first bytes.
#[inline]
pub(crate) fn visible_chars(text: &str) -> usize {
    let bytes = text.as_bytes();
    let visible = |b: u8| (b as i8) >= -0x40 && b != b' ' && !(0x09..=0x0D).contains(&b);
    // counted in bytes, 255 at a time, which the compiler does many bytes per step
    let starts: usize =
        bytes.chunks(255).map(|c| usize::from(c.iter().fold(0u8, |n, &b| n + u8::from(visible(b))))).sum();
    // the searcher is built once: building one costs more than searching a paragraph
    static IDEOGRAPHIC_SPACE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("\u{3000}"));
    let wide = memchr::memchr3_iter(0xC2, 0xE1, 0xE2, bytes).filter(|&at| space_at(text, at)).count()
        + IDEOGRAPHIC_SPACE.find_iter(bytes).count();
    starts - wide
}

/// Whether the character at byte `at` of `text` is white space (`char::is_whitespace`),
/// decoding only those whose first byte a white space character can have.
pub(crate) fn space_at(text: &str, at: usize) -> bool {
    match text.as_bytes()[at] {
        b @ 0..0x80 => b == b' ' || (0x09..=0x0D).contains(&b),
        // U+0085 and U+00A0; U+1680; U+2000 to U+205F; U+3000
        0xC2 | 0xE1 | 0xE2 | 0xE3 => text[at..].chars().next().is_some_and(char::is_whitespace),
        _ => false,
    }
}

/// What one walk over an article's texts finds: the tallies of the cue and theme words for the
/// topic, the matches of the term words for the terms stage, which reads the same texts, and
/// those of the division names for the region stage.
pub struct Reading {
    weight: f64,
    strong: bool,
    /// The page files the article under the work itself (`【乡村振兴】`, `脱贫攻坚`).
    filed: bool,
    /// A broad strong cue was read (see `Topics::broad`), and whether any other cue was.
    broad_strong: bool,
    other_cue: bool,
    chars: usize,
    themes: Vec<(Theme, usize)>,
    /// For each text read (the article's [`texts`], in order), the end of its matches in
    /// `terms` and in `divisions`.
    ends: Vec<(usize, usize)>,
    /// `(term, start, end)`: the term's position in [`crate::term::term_words`] and byte
    /// offsets in its text.
    terms: Vec<(usize, usize, usize)>,
    /// `(name, start, end)`: the name's position in the list [`Topics::with_divisions`] was
    /// given, and byte offsets in its text.
    divisions: Vec<(usize, usize, usize)>,
}

/// Words of a section's label that name the work (`【乡村振兴】`, `脱贫攻坚·一线`).
const WORK_SECTIONS: [&str; 5] = ["乡村振兴", "脱贫攻坚", "扶贫", "巩固脱贫", "防止返贫"];

/// The texts of an article the topic is read from, in reading order: headline lines,
/// paragraphs, captions.
pub(crate) fn texts(a: &Article) -> impl Iterator<Item = &str> {
    [&a.title, &a.kicker, &a.subtitle]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .chain(a.paragraphs.iter().map(|p| p.text.as_str()))
        .chain(a.captions.iter().map(|c| c.text.as_str()))
}

impl Reading {
    /// The term matches of `text`, the first of `texts` (the article's [`texts`], which were
    /// read) from the `*next`-th on that equals it; moves `next` past it. The terms stage reads
    /// the article's texts in the same order, less those it leaves out, so the search ends at
    /// once or after a skipped kicker or subtitle. `None` where no text read equals it.
    pub(crate) fn terms_of(&self, texts: &[&str], text: &str, next: &mut usize) -> Option<&[(usize, usize, usize)]> {
        let k = self.text_index(texts, text, next)?;
        let start = k.checked_sub(1).map_or(0, |j| self.ends[j].0);
        Some(&self.terms[start..self.ends[k].0])
    }

    /// The division name matches of `text`, `(pattern, start, end)`, found as [`terms_of`]
    /// finds the term matches; only for a reading of [`Topics::with_divisions`].
    ///
    /// [`terms_of`]: Reading::terms_of
    pub(crate) fn divisions_of(&self, texts: &[&str], text: &str, next: &mut usize) -> Option<&[(usize, usize, usize)]> {
        let k = self.text_index(texts, text, next)?;
        let start = k.checked_sub(1).map_or(0, |j| self.ends[j].1);
        Some(&self.divisions[start..self.ends[k].1])
    }

    /// Which of `texts`, from the `*next`-th on, equals `text`; moves `next` past it. A text's
    /// matches depend on its characters alone, so an equal text anywhere serves.
    fn text_index(&self, texts: &[&str], text: &str, next: &mut usize) -> Option<usize> {
        // the same text is mostly the same slice of the article, which needs no comparing
        let same = |t: &str| (t.as_ptr(), t.len()) == (text.as_ptr(), text.len()) || t == text;
        let k = (*next..self.ends.len().min(texts.len())).find(|&k| same(texts[k]))?;
        *next = k + 1;
        Some(k)
    }

    /// A reading of `a` with nothing read yet.
    fn of(a: &Article) -> Reading {
        // sized up front: an article's texts are known, and a few themes and terms are usual
        Reading {
            weight: 0.0,
            strong: false,
            filed: a.section.as_deref().is_some_and(|s| WORK_SECTIONS.iter().any(|w| s.contains(w))),
            broad_strong: false,
            other_cue: false,
            chars: 0,
            themes: Vec::with_capacity(THEME_SLOTS),
            ends: Vec::with_capacity(3 + a.paragraphs.len() + a.captions.len()),
            terms: Vec::with_capacity(TERM_SLOTS),
            divisions: Vec::new(),
        }
    }

    /// Takes a match of the walk: `(word, start, end)` of the list `list`.
    #[inline]
    fn take(&mut self, topics: &Topics, list: usize, (word, s, e): (usize, usize, usize)) {
        match list {
            CUE_LIST => {
                let w = topics.weights[word];
                if topics.broad[word] {
                    self.broad_strong |= w >= STRONG_CUE;
                } else {
                    self.strong |= w >= STRONG_CUE;
                    self.other_cue = true;
                }
                self.weight += f64::from(w);
            }
            THEME_LIST => self.theme(topics.theme_of[word]),
            TERM_LIST => self.terms.push((word, s, e)),
            // the fourth list: the division names
            _ => self.divisions.push((word, s, e)),
        }
    }

    fn theme(&mut self, theme: Theme) {
        match self.themes.iter_mut().find(|(t, _)| *t == theme) {
            Some((_, n)) => *n += 1,
            None => self.themes.push((theme, 1)),
        }
    }
}

impl Topics {
    pub fn new() -> Self {
        Self::with_divisions(&[])
    }

    /// Reads the division names `names` too, in the same walk, for the region stage
    /// ([`Reading::divisions_of`]): a text is passed over once for both.
    pub(crate) fn with_divisions(names: &[&str]) -> Self {
        let cues: Vec<(&str, f32, bool)> = table_rows(CUES)
            .filter_map(|r| Some((*r.first()?, r.get(1)?.parse::<f32>().ok()?, r.get(2) == Some(&"broad"))))
            .collect();
        let cue_words: Vec<&str> = cues.iter().map(|c| c.0).collect();
        let weights: Vec<f32> = cues.iter().map(|c| c.1).collect();
        let broad: Vec<bool> = cues.iter().map(|c| c.2).collect();
        let (theme_words, theme_of): (Vec<&str>, Vec<Theme>) = table_rows(THEMES)
            .filter_map(|r| Some((*r.get(1)?, theme_named(r.first()?)?)))
            .unzip();
        let words = Words::of_lists(&[cue_words, theme_words, crate::term::term_words(), names.to_vec()]);
        Topics { weights, broad, theme_of, words }
    }

    /// Reads the article's texts (headline lines, paragraphs, captions) once for the cue, theme
    /// and term words (and the division names, if built with them).
    pub fn read(&self, ctx: &ArticleContext) -> Reading {
        self.read_article(ctx.article)
    }

    /// [`Topics::read`] of an article, which needs no more than the article: it may run before
    /// any stage.
    pub(crate) fn read_article(&self, a: &Article) -> Reading {
        let mut r = Reading::of(a);
        for text in texts(a) {
            self.words.walk::<4>(text, |list, found| r.take(self, list, found));
            r.chars += visible_chars(text);
            r.ends.push((r.terms.len(), r.divisions.len()));
        }
        r
    }

    /// [`Topics::read_article`] in the walk shared with the time scan and the entity finders
    /// ([`crate::walk`]), whose finds are kept in the [`Walked`] returned.
    pub(crate) fn read_walked(&self, a: &Article, flags: &CharFlags, entities: &Entities, walked: &mut Walked) -> Reading {
        let mut r = Reading::of(a);
        walked.article_start();
        for text in texts(a) {
            let bytes = text.as_bytes();
            let ride = |f: u8, at: usize, eight: u64, c: char| {
                if f & walk::TIME != 0 && (f & walk::UNSURE == 0 || crate::time::may_open(c)) {
                    walked.time_start(at, c);
                }
                if f & walk::ENTITY != 0 {
                    entities.hits_at(bytes, at, eight, &mut walked.hits);
                }
            };
            r.chars += self.words.walk_riding::<4>(text, flags, |list, found| r.take(self, list, found), ride);
            walked.text_end();
            r.ends.push((r.terms.len(), r.divisions.len()));
        }
        r
    }

    /// The first characters of the words read.
    pub(crate) fn first_chars(&self) -> HashSet<char> {
        self.words.first_chars()
    }

    pub fn classify(&self, ctx: &ArticleContext) -> Topic {
        self.score(&self.read(ctx))
    }

    /// The topic of an article read with [`Topics::read`].
    pub fn score(&self, reading: &Reading) -> Topic {
        let chars = reading.chars;
        let density = reading.weight / ((chars as f64).max(MIN_LENGTH) / MIN_LENGTH).sqrt();
        let score = density / (density + HALF_SCORE_DENSITY);
        let strong = reading.strong || reading.broad_strong && reading.other_cue;
        // an article the page files under the work is of it, however little it says so
        let poverty_related = reading.filed || strong && score >= RELATED_SCORE;
        let needed = match (poverty_related, chars < SHORT_ARTICLE_CHARS) {
            (true, true) => 1,
            (true, false) => THEME_HITS,
            (false, _) => THEME_HITS_UNRELATED,
        };
        let mut hits: Vec<(Theme, usize)> = reading.themes.iter().copied().filter(|&(_, n)| n >= needed).collect();
        // most-mentioned first; ties in the spec's order
        hits.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        Topic { poverty_related, score, themes: hits.into_iter().map(|(t, _)| t).collect() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Paragraph};

    fn classify(title: &str, paras: &[&str]) -> Topic {
        let mut article = Article { title: Some(title.to_string()), ..Article::default() };
        let mut input = String::new();
        for p in paras {
            article.paragraphs.push(Paragraph::contiguous(p, input.len()));
            input.push_str(p);
        }
        Topics::new().classify(&ArticleContext { input: &input, article: &article, reference_date: None, loose: None })
    }

    fn words_in(words: &[&str], text: &str) -> Vec<(usize, String)> {
        Words::new(words.iter().copied()).find(text).map(|(w, s, e)| (w, text[s..e].to_string())).collect()
    }

    #[test]
    fn the_shared_walk_counts_and_finds_as_the_topic_walk_does() {
        let words = Words::of_lists(&[vec!["扶贫", "扶贫车间", "832平台"], vec!["贫困", "é贫"], vec![], vec![]]);
        let firsts = words.first_chars();
        let flags = CharFlags::new(|c| {
            (if firsts.contains(&c) { walk::TOPIC } else { 0 }) | if c.is_whitespace() { walk::SPACE } else { 0 }
        });
        for text in ["", " 扶贫车间\u{3000}贫困 ", "\u{a0}é贫\t832平台\u{2003}\u{10000}扶\r\n贫", "a\u{1c}b\u{85}扶贫"] {
            let (mut alone, mut shared) = (Vec::new(), Vec::new());
            words.walk::<4>(text, |list, m| alone.push((list, m)));
            let count = words.walk_riding::<4>(text, &flags, |list, m| shared.push((list, m)), |_, _, _, _| {});
            assert_eq!((count, shared), (visible_chars(text), alone), "{text:?}");
        }
    }

    #[test]
    fn word_search_is_leftmost_longest_without_overlap() {
        let words = ["扶贫", "扶贫车间", "车间主任", "贫困"];
        // the longest word where the first starts, then on after it
        assert_eq!(words_in(&words, "建起扶贫车间主任"), vec![(1, "扶贫车间".into())]);
        assert_eq!(words_in(&words, "脱贫困难扶贫"), vec![(3, "贫困".into()), (0, "扶贫".into())]);
    }

    #[test]
    fn word_search_keeps_list_positions_and_odd_words() {
        // an empty word and a repeat are left out, the others keep their places
        let words = ["", "村", "ab", "村"];
        assert_eq!(words_in(&words, "a村ab"), vec![(1, "村".into()), (2, "ab".into())]);
        // a word at the very end, shorter than eight bytes from there
        assert_eq!(words_in(&["扶贫"], "，扶贫"), vec![(0, "扶贫".into())]);
        assert!(words_in(&["扶贫"], "扶").is_empty());
        assert!(words_in(&["扶贫"], "").is_empty());
        assert_eq!(words_in(&["扶贫"], "é\u{10000}扶贫\0"), vec![(0, "扶贫".into())]);
    }

    #[test]
    fn word_search_finds_words_after_characters_of_every_width() {
        let words = ["扶贫", "贫困户"];
        for before in ["", "a", "ab", "é", "村", "\u{10000}", "扶", "a扶", "脱贫"] {
            let text = format!("{before}扶贫困户贫困户");
            let found: Vec<_> = Words::new(words).find(&text).map(|(w, s, _)| (w, s - before.len())).collect();
            assert_eq!(found, vec![(0, 0), (1, 12)], "{before}");
        }
        // a word of one character, or not Chinese, is still found
        assert_eq!(words_in(&["贫", "ab"], "a贫xab"), vec![(0, "贫".into()), (1, "ab".into())]);
    }

    /// Leftmost-longest without overlap, the slow way: at each position the longest word
    /// that starts there.
    fn naive(words: &[&str], text: &str) -> Vec<(usize, usize, usize)> {
        let mut found = Vec::new();
        let mut at = 0;
        while at < text.len() {
            let longest = (0..words.len())
                .filter(|&k| !words[k].is_empty() && words[..k].iter().all(|w| w != &words[k]))
                .filter(|&k| text[at..].starts_with(words[k]))
                .max_by_key(|&k| (words[k].len(), std::cmp::Reverse(k)));
            match longest {
                Some(k) => {
                    found.push((k, at, at + words[k].len()));
                    at += words[k].len();
                }
                None => at += text[at..].chars().next().map_or(1, char::len_utf8),
            }
        }
        found
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]
        /// Words sharing first characters and of every length, over texts of the same
        /// characters: the lookup by first bytes finds what the slow search finds.
        #[test]
        fn word_search_agrees_with_the_slow_way(
            words in proptest::collection::vec("[扶贫困a户é]{1,4}", 1..12),
            text in "[扶贫困a户é村 ]{0,40}",
        ) {
            let list: Vec<&str> = words.iter().map(String::as_str).collect();
            let found: Vec<_> = Words::new(list.iter().copied()).find(&text).collect();
            proptest::prop_assert_eq!(found, naive(&list, &text));
        }

        /// Words opening with a character of any width and followed by a Chinese one (`832平台`)
        /// are tested by their pairs of characters: the skip finds what the slow search finds.
        #[test]
        fn word_search_with_pairs_of_any_width_agrees_with_the_slow_way(
            words in proptest::collection::vec("[扶贫困a户é8\u{10000}][扶贫困户]{1,3}", 1..12),
            text in "[扶贫困a户é8村 \u{10000}]{0,40}",
        ) {
            let list: Vec<&str> = words.iter().map(String::as_str).collect();
            let search = Words::new(list.iter().copied());
            proptest::prop_assert!(search.keys.pairs.is_some());
            let found: Vec<_> = search.find(&text).collect();
            proptest::prop_assert_eq!(found, naive(&list, &text));
        }

        /// Lists read at once find what each finds alone, though their words overlap.
        #[test]
        fn lists_read_at_once_agree_with_each_alone(
            first in proptest::collection::vec("[扶贫困a户é]{1,4}", 1..8),
            second in proptest::collection::vec("[扶贫困a户é]{1,4}", 1..8),
            text in "[扶贫困a户é村 ]{0,40}",
        ) {
            let lists: Vec<Vec<&str>> =
                [&first, &second].iter().map(|l| l.iter().map(String::as_str).collect()).collect();
            let mut found = [Vec::new(), Vec::new()];
            Words::of_lists(&lists).walk::<2>(&text, |list, m| found[list].push(m));
            proptest::prop_assert_eq!(&found[0], &naive(&lists[0], &text));
            proptest::prop_assert_eq!(&found[1], &naive(&lists[1], &text));
        }
    }

    #[test]
    fn the_space_test_agrees_with_std() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            let text = format!("{c}a");
            assert_eq!(space_at(&text, 0), c.is_whitespace(), "{c:?}");
        }
    }

    #[test]
    fn visible_chars_leave_out_white_space() {
        assert_eq!(visible_chars(""), 0);
        assert_eq!(visible_chars(" 扶贫\t\u{3000}a\u{a0}é\u{2003}“村”\u{1680}\u{10000}\n"), 8);
        let long = "扶 贫\u{3000}".repeat(300);
        assert_eq!(visible_chars(&long), 600);
    }

    #[test]
    fn every_table_row_is_read() {
        let mut seen = std::collections::HashSet::new();
        for row in table_rows(CUES) {
            assert!(seen.insert(row[0]), "{} twice in cues.tsv", row[0]);
        }
        let t = Topics::new();
        assert_eq!(t.weights.len(), table_rows(CUES).count());
        assert_eq!(t.theme_of.len(), table_rows(THEMES).count());
    }

    #[test]
    fn an_article_filed_under_the_work_is_related() {
        let text = "今年全县椪柑挂果面积6.3万亩，预计产值3.8亿元。";
        let mut article = Article { title: Some("某县椪柑开园上市".to_string()), ..Article::default() };
        article.paragraphs.push(Paragraph::contiguous(text, 0));
        let topics = Topics::new();
        let topic = |a: &Article| topics.classify(&ArticleContext { input: text, article: a, reference_date: None, loose: None });
        assert!(!topic(&article).poverty_related);
        article.section = Some("【乡村振兴】".to_string());
        assert!(topic(&article).poverty_related);
        article.section = Some("【民生】".to_string());
        assert!(!topic(&article).poverty_related);
    }

    #[test]
    fn a_poverty_article_is_related() {
        let topic = classify(
            "某县扎实推进产业扶贫",
            &["今年以来,某县把产业扶贫作为脱贫攻坚的重要抓手,为建档立卡贫困户发放养殖补贴,带动贫困人口增收。"],
        );
        assert!(topic.poverty_related);
        assert!(topic.score > 0.8, "{}", topic.score);
        assert!(topic.themes.contains(&Theme::Industry), "{:?}", topic.themes);
    }

    #[test]
    fn a_sports_article_that_mentions_welfare_is_not() {
        let topic = classify(
            "某县第三届冰雪运动会开幕",
            &[
                "日前,某县第三届冰雪运动会开幕,来自各乡镇的运动员参加了速度滑冰、冰壶等比赛。",
                "该县把发展冰雪运动作为一项民生工程,不断丰富群众的业余文化生活。",
            ],
        );
        assert!(!topic.poverty_related);
        assert!(topic.score < 0.2, "{}", topic.score);
        assert!(topic.themes.is_empty());
    }

    #[test]
    fn a_long_industry_story_naming_its_help_to_poor_households_once_is_related() {
        let topic = classify(
            "某区直播间里的新农人",
            &[
                "11月2日,在某区余吾镇的一处苹果园里,返乡青年张某正对着手机镜头介绍高山苹果,脆甜多汁,今天直播间特价每斤4.8元。",
                "张某原本在省城一家公司做销售,2021年回到家乡创业。看到村里的苹果、小米经常卖不出去,她把直播间搬到了田间地头,帮乡亲们打开销路。",
                "两年来,她累计直播580多场,帮助周边村民销售苹果、小米、核桃等农产品1200余吨,其中帮助脱贫户销售农产品300余万元。",
                "该区依托电商公共服务中心,累计培训电商带头人1860人次,建成村级电商服务站点186个,农产品网络零售额同比增长27.3%。",
                "每到傍晚,果园边的小广场就热闹起来,年轻人架起手机和补光灯,老人们坐在一旁剥核桃、看直播,不时给主播出主意。张某说,明年她打算注册自己的品牌,把苹果做成果干和果汁,让家乡的味道走得更远。",
            ],
        );
        assert!(topic.poverty_related, "{}", topic.score);
    }

    #[test]
    fn east_west_partnership_news_is_related() {
        let topic = classify(
            "某县赴珠海开展文旅推介活动",
            &["近日,某县在珠海举办文旅推介会,借助东西部协作平台推介峡谷风光和民族文化,现场签约旅游项目3个。"],
        );
        assert!(topic.poverty_related, "{}", topic.score);
    }

    #[test]
    fn a_short_caption_naming_the_work_once_is_related() {
        let topic = classify("", &["图为医生在某村开展健康扶贫义诊活动,为村民测量血压。"]);
        assert!(topic.poverty_related, "{}", topic.score);
        assert_eq!(topic.themes, [Theme::Health]);
    }

    #[test]
    fn an_education_aid_article_is_related_without_saying_poverty() {
        let topic = classify(
            "某县抓实控辍保学",
            &["该县落实三免一助政策,今年发放资助资金三百万元,辍学学生全部返校,城区教师到山区学校支教。"],
        );
        assert!(topic.poverty_related, "{}", topic.score);
        assert_eq!(topic.themes.first(), Some(&Theme::Education));
        // schooling news without an aid policy is not
        let topic = classify("某县中学举行运动会", &["该县第一中学举行春季运动会,全校学生参加了田径比赛。"]);
        assert!(!topic.poverty_related);
    }

    #[test]
    fn one_passing_mention_in_a_long_article_is_not_enough() {
        let filler = "该市加快推进城市道路改造,新建公园绿地,完善公共交通线路,提升市民出行体验。".repeat(12);
        let topic = classify("某市城市建设提速", &[&filler, "此外,该市还组织干部参加了扶贫政策培训。"]);
        assert!(!topic.poverty_related, "{}", topic.score);
    }

    #[test]
    fn welfare_without_poverty_cues_is_not_related_but_keeps_a_dwelt_on_theme() {
        let topic = classify(
            "某县提高低保标准",
            &["该县提高农村低保标准,低保对象按月领取低保金,特困供养人员同步提标,临时救助及时发放。"],
        );
        assert!(!topic.poverty_related);
        assert_eq!(topic.themes, [Theme::SocialSecurity]);
    }

    #[test]
    fn rebuilding_dilapidated_rural_homes_is_related() {
        let topic = classify("某市完成农村危房改造312户", &["记者从某市住建局获悉,今年该市投入资金1260万元,完成农村危房改造312户。"]);
        assert!(topic.poverty_related, "{}", topic.score);
    }

    #[test]
    fn a_fair_selling_the_produce_of_aided_counties_is_related() {
        let topic = classify(
            "某县特色农产品亮相展销会",
            &[
                "日前,某县组织40家企业参加农产品展销会,现场销售额达300万元,其中帮扶产品占比过半。",
                "今年以来,该县通过832平台、电商直播等渠道累计销售农产品1.2亿元。",
            ],
        );
        assert!(topic.poverty_related, "{}", topic.score);
        let topic = classify("某县特色农产品亮相展销会", &["日前,某县组织40家企业参加农产品展销会,现场销售额达300万元。"]);
        assert!(!topic.poverty_related, "{}", topic.score);
    }

    #[test]
    fn village_solar_income_paying_public_jobs_is_related_without_saying_poverty() {
        let topic = classify(
            "某县光伏收益惠及百村",
            &["去年该县村级光伏电站发电收益上千万元,收益主要用于开发公益岗位,护林员、保洁员每月领取补助。"],
        );
        assert!(topic.poverty_related, "{}", topic.score);
        let topic = classify("某市新建光伏电站", &["该市新建光伏电站一座,年发电量可满足全市路灯用电。"]);
        assert!(!topic.poverty_related, "{}", topic.score);
    }

    #[test]
    fn rural_revitalisation_names_the_work_that_carried_on() {
        let topic = classify(
            "某县盐碱地里种出增收产业",
            &["近年来,某县把改良盐碱地作为乡村振兴的重要抓手,发展特色种植,带动农户增收,村集体收入稳步增长。"],
        );
        assert!(topic.poverty_related, "{}", topic.score);
        let topic = classify("某县改良盐碱地", &["近年来,某县改良盐碱地两万亩,发展特色种植,村集体收入稳步增长。"]);
        assert!(!topic.poverty_related, "{}", topic.score);
        // named once in passing, with nothing else of the work, it is not enough
        let topic = classify("某镇山歌会助力乡村振兴", &["某镇山歌会在甲村举行,当地将推动民族文化与乡村振兴融合发展。"]);
        assert!(!topic.poverty_related, "named twice, still alone: {}", topic.score);
        let topic = classify("某镇举办山歌会", &["某镇山歌会在甲村举行,吸引游客近万人,当地将推动民族文化与乡村振兴融合发展。"]);
        assert!(!topic.poverty_related, "{}", topic.score);
    }

    #[test]
    fn themes_are_ordered_by_mentions() {
        let topic = classify(
            "某村巩固脱贫成果",
            &["该村为脱贫户落实危房改造,完成危房改造十户,住房安全全部达标;为监测户开展动态监测。"],
        );
        assert!(topic.poverty_related);
        assert_eq!(topic.themes.first(), Some(&Theme::Housing));
        assert!(topic.themes.contains(&Theme::Monitoring));
    }

    #[test]
    fn empty_article_scores_zero() {
        let topic = classify("", &[]);
        assert!(!topic.poverty_related);
        assert_eq!(topic.score, 0.0);
    }
}
