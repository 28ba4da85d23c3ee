//! One pass over a paragraph finds every word the entity finders look for.
//!
//! The finders read several word lists over the same text: titles and role nouns before a name,
//! verbs of saying after one, organization endings and the words that bound an organization's
//! name on the left, `等` closing a list of names and `《` opening a cited title. Searching each
//! list separately walks the paragraph once per list; one pass over all of them walks it once and
//! records every occurrence (overlaps included), from which each list's own leftmost-longest
//! reading is then taken without touching the text again. The words bounding an organization
//! on the left are the exception: they are common (的, 在, 是) and matter only in the few
//! characters before an ending, so only those stretches are read for them.
//!
//! The pass looks words up by their first character in a table of a few kilobytes. An automaton
//! over the same words (a DFA of over a megabyte, stepped on every byte) cost several times as
//! much: about a third of all characters start some word, so nearly every character landed on
//! a different state and missed the cache.

use std::cell::RefCell;
use std::ops::Range;

use super::person::Marker;
use crate::topic::eight_at;

/// Which list a word comes from, with what its finder needs to know about it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Word {
    /// A title (`主任`) or a role noun (`贫困户`) standing before a name.
    Before(Marker),
    /// A verb of saying after a name (`说`, `介绍`).
    Saying,
    /// An organization ending (`局`, `有限公司`), by its index in the ending table.
    Ending(usize),
    /// A word that ends the text before an organization's name (`引进`, `近日`); looked for only
    /// in the stretch before an ending ([`Lexicon::longest_within`]).
    Lead,
    /// `等`, which may close a counted list of names (`等19名`).
    Etc,
    /// `《`, which opens a cited title.
    TitleOpen,
}

/// The lists, each read on its own.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum List {
    Before,
    Saying,
    Ending,
    Lead,
    Etc,
    TitleOpen,
}

/// How many lists there are: one past the last.
const LISTS: usize = List::TitleOpen as usize + 1;

impl Word {
    fn list(self) -> List {
        match self {
            Word::Before(_) => List::Before,
            Word::Saying => List::Saying,
            Word::Ending(_) => List::Ending,
            Word::Lead => List::Lead,
            Word::Etc => List::Etc,
            Word::TitleOpen => List::TitleOpen,
        }
    }
}

/// One occurrence of a word, in byte offsets into the paragraph.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Hit {
    pub start: usize,
    pub end: usize,
    pub word: Word,
}

/// The words of all lists, grouped by first character; build once.
///
/// A character is read as its bytes (a key of up to four), never decoded. Most characters start
/// no word and cost one bit test in a table of a kilobyte; the others find their group through a
/// small hash table and compare the first eight bytes of each word with one masked test.
pub(super) struct Lexicon {
    /// A bit per first-character key, hashed: a clear bit rules a character out.
    firsts: Box<[u64; FIRST_WORDS]>,
    /// An open-addressing table from a first-character key to its group in `words`.
    slots: Box<[Slot]>,
    /// The first eight bytes of each word in `words`, for the masked test.
    heads: Vec<Head>,
    /// The words, group after group; in a group the longest first and, among words of one
    /// length, in the order given (a word in two lists counts in both).
    words: Vec<(&'static str, Word)>,
}

/// A slot of [`Lexicon::slots`]: a first-character key and its group's range in the words.
#[derive(Debug, Clone, Copy)]
struct Slot {
    key: u32,
    from: u16,
    to: u16,
}

/// A word's first bytes (up to eight, as a little-endian number) and the mask that keeps as many
/// bytes of a text.
#[derive(Debug, Clone, Copy)]
struct Head {
    bytes: u64,
    mask: u64,
}

/// What an empty slot holds: no character's bytes make this key.
const EMPTY: u32 = u32::MAX;

/// Slots per group at least: a table at most half full mostly answers at the first slot.
const SLOTS_PER_GROUP: usize = 2;

/// log2 of the bits of [`Lexicon::firsts`]: 8192 bits, a kilobyte, in which a few hundred first
/// characters leave most bits clear.
const FIRST_BITS: u32 = 13;
const FIRST_WORDS: usize = 1 << (FIRST_BITS - 6);

impl Lexicon {
    /// The lexicon of `entries`; empty words are left out (they would be found everywhere).
    pub(super) fn new(entries: impl IntoIterator<Item = (&'static str, Word)>) -> Self {
        let mut words: Vec<(&str, Word)> = entries.into_iter().filter(|(w, _)| !w.is_empty()).collect();
        // Stable: words of one first character and length keep their order.
        words.sort_by_key(|&(w, _)| (first_key(w), std::cmp::Reverse(w.len())));
        assert!(words.len() <= usize::from(u16::MAX), "too many entity words for the slot table");
        let same_first = |a: &(&str, Word), b: &(&str, Word)| first_key(a.0) == first_key(b.0);
        let size = (words.chunk_by(same_first).count() * SLOTS_PER_GROUP).next_power_of_two();
        let mut firsts = Box::new([0u64; FIRST_WORDS]);
        let mut slots = vec![Slot { key: EMPTY, from: 0, to: 0 }; size].into_boxed_slice();
        let mut from = 0;
        for group in words.chunk_by(same_first) {
            let key = first_key(group[0].0);
            let (bit, mut at) = hash(key, size);
            firsts[bit / 64] |= 1 << (bit % 64);
            while slots[at].key != EMPTY {
                at = (at + 1) % size;
            }
            let to = from + group.len();
            slots[at] = Slot { key, from: from as u16, to: to as u16 };
            from = to;
        }
        let heads = words
            .iter()
            .map(|(w, _)| {
                let mask = u64::MAX >> (64 - 8 * w.len().min(8));
                Head { bytes: eight_at(w.as_bytes(), 0) & mask, mask }
            })
            .collect();
        Lexicon { firsts, slots, heads, words }
    }

    /// The first position from `at` on (a character boundary) where a word may start: the
    /// position, its first eight bytes and the range of its group in `words`. The characters
    /// that start no word pass through this loop alone, with everything in registers.
    #[inline(always)]
    fn next_group(&self, bytes: &[u8], mut at: usize) -> Option<(usize, u64, Range<usize>)> {
        let size = self.slots.len();
        while at < bytes.len() {
            let eight = eight_at(bytes, at);
            let (width, key) = char_at(eight);
            let (bit, mut slot) = hash(key, size);
            if self.firsts[bit / 64] >> (bit % 64) & 1 != 0 {
                loop {
                    let Slot { key: held, from, to } = self.slots[slot];
                    if held == key {
                        return Some((at, eight, usize::from(from)..usize::from(to)));
                    }
                    if held == EMPTY {
                        break;
                    }
                    slot = (slot + 1) % size;
                }
            }
            at += width;
        }
        None
    }

    /// Every occurrence of every word in `text`, overlaps included: by start and, at one start,
    /// longest first (starts are visited in order, each group is longest first).
    pub(super) fn occurrences<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Hit> + 'a {
        let bytes = text.as_bytes();
        // The position being read, its bytes, the rest of its group, and the next position.
        let (mut start, mut eight, mut group, mut next) = (0, 0, 0..0, 0);
        std::iter::from_fn(move || loop {
            if let Some(hit) = group.by_ref().find_map(|i| self.word_at(bytes, start, eight, i)) {
                return Some(hit);
            }
            (start, eight, group) = self.next_group(bytes, next)?;
            next = start + char_at(eight).0;
        })
    }

    /// Calls `found` with every occurrence of every word in `text`, in the order
    /// [`Lexicon::occurrences`] gives them. A whole paragraph is read in one loop: the iterator
    /// went back to its caller at every hit and, when the compiler left it out of line (as it
    /// did or not from one build to the next), stored its place at every step, 0.4 M
    /// instructions over the seeds x3.
    #[inline]
    fn each_occurrence(&self, text: &str, mut found: impl FnMut(Hit)) {
        let bytes = text.as_bytes();
        let mut next = 0;
        while let Some((start, eight, group)) = self.next_group(bytes, next) {
            for hit in group.filter_map(|i| self.word_at(bytes, start, eight, i)) {
                found(hit);
            }
            next = start + char_at(eight).0;
        }
    }

    /// Word `i` of a group, where it occurs at `start` (whose first eight bytes are `eight`).
    #[inline]
    fn word_at(&self, bytes: &[u8], start: usize, eight: u64, i: usize) -> Option<Hit> {
        let head = self.heads[i];
        if eight & head.mask != head.bytes {
            return None;
        }
        let (word_text, word) = self.words[i];
        let end = start + word_text.len();
        // The head holds all of a word of up to eight bytes; a longer one is compared on.
        bytes.get(start..end).is_some_and(|b| head.mask != u64::MAX || b == word_text.as_bytes()).then_some(Hit { start, end, word })
    }

    /// Every occurrence of every word in `text`, into `hits` (cleared first), so one buffer
    /// serves all the paragraphs of an article.
    pub(super) fn scan<'h>(&self, text: &str, hits: &'h mut HitLists) -> Hits<'h> {
        hits.clear();
        self.each_occurrence(text, |hit| hits.push(hit));
        hits.text_end();
        hits.text(0)
    }

    /// Whether a word starts with the character `c`.
    pub(super) fn starts_with(&self, c: char) -> bool {
        let mut bytes = [0; 8];
        c.encode_utf8(&mut bytes);
        self.group_of(char_at(u64::from_le_bytes(bytes)).1).is_some()
    }

    /// The group of the words whose first character's key is `key`.
    #[inline(always)]
    fn group_of(&self, key: u32) -> Option<Range<usize>> {
        let size = self.slots.len();
        let mut slot = hash(key, size).1;
        loop {
            let Slot { key: held, from, to } = self.slots[slot];
            if held == key {
                return Some(usize::from(from)..usize::from(to));
            }
            if held == EMPTY {
                return None;
            }
            slot = (slot + 1) % size;
        }
    }

    /// The words that occur at `start` of `bytes` (a character boundary, whose first eight
    /// bytes are `eight`), into `hits`, longest first: what [`Lexicon::scan`] finds there.
    #[inline]
    pub(super) fn hits_at(&self, bytes: &[u8], start: usize, eight: u64, hits: &mut HitLists) {
        if let Some(group) = self.group_of(char_at(eight).1) {
            for hit in group.filter_map(|i| self.word_at(bytes, start, eight, i)) {
                hits.push(hit);
            }
        }
    }

    /// The words inside bytes `from..to` of `text` (character boundaries), as a leftmost-longest
    /// search of that stretch alone would find them: for a list read only in a few short
    /// stretches, which need not be scanned whole.
    pub(super) fn longest_within<'a>(&'a self, text: &'a str, from: usize, to: usize) -> impl Iterator<Item = Hit> + 'a {
        let stretch = text.get(from..to).unwrap_or_default();
        let shifted = self.occurrences(stretch).map(move |h| Hit { start: h.start + from, end: h.end + from, ..h });
        leftmost_longest(shifted, from, to)
    }
}

/// `等`, which may close a list of names, and `《`, which opens a cited title.
pub(super) const MARKS: [(&str, Word); 2] = [("等", Word::Etc), ("《", Word::TitleOpen)];

/// Of `hits` (by start, longest first), those a leftmost-longest search of bytes `from..to`
/// alone would find: from the left, at each start the longest word inside the stretch, the next
/// one starting after it ends (so `常务副主任` wins over `主任`).
fn leftmost_longest(hits: impl Iterator<Item = Hit>, from: usize, to: usize) -> impl Iterator<Item = Hit> {
    let mut free_from = from;
    hits.take_while(move |h| h.start < to).filter(move |h| {
        let taken = h.start >= free_from && h.end <= to;
        if taken {
            free_from = h.end;
        }
        taken
    })
}

/// The key of the first character of a word (not empty).
fn first_key(word: &str) -> u32 {
    char_at(eight_at(word.as_bytes(), 0)).1
}

/// The width in bytes of the character that `eight` begins with, and its key: its bytes.
#[inline(always)]
fn char_at(eight: u64) -> (usize, u32) {
    let (width, mask) = CHAR_BYTES[usize::from(eight as u8 >> 4)];
    (width, (eight & mask) as u32)
}

/// By the high half of a character's first byte, its width and the mask that keeps its bytes
/// (continuation bytes, which start none, count as one).
const CHAR_BYTES: [(usize, u64); 16] = {
    let mut table = [(1, 0xFF); 16];
    table[0xC] = (2, 0xFFFF);
    table[0xD] = (2, 0xFFFF);
    table[0xE] = (3, 0xFF_FFFF);
    table[0xF] = (4, 0xFFFF_FFFF);
    table
};

/// A key's bit in [`Lexicon::firsts`] and its first slot in a table of `size` slots (a power of
/// two), from the high and the middle bits of one product.
#[inline(always)]
fn hash(key: u32, size: usize) -> (usize, usize) {
    let product = u64::from(key).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    ((product >> (64 - FIRST_BITS)) as usize, (product >> 24) as usize & (size - 1))
}

/// The words found in one paragraph, list by list, each by start and, at one start, longest
/// first.
#[derive(Debug, Clone, Copy)]
pub(super) struct Hits<'a> {
    by_list: [&'a [Hit]; LISTS],
}

/// The words found in a run of texts, list by list, and where each text's end in each list.
#[derive(Debug, Default)]
pub(crate) struct HitLists {
    by_list: [Vec<Hit>; LISTS],
    ends: Vec<[u32; LISTS]>,
}

/// The most hits a list keeps room for between articles; one huge paragraph should not pin its
/// memory for good.
const KEPT_CAPACITY: usize = 1 << 14;

thread_local! {
    /// This thread's hit lists, kept from article to article so they grow only once.
    static SCRATCH: RefCell<HitLists> = RefCell::new(HitLists::default());
}

impl HitLists {
    /// Runs `f` with this thread's hit lists (fresh ones if they are already in use).
    pub(super) fn with_scratch<R>(f: impl FnOnce(&mut HitLists) -> R) -> R {
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut hits) => {
                let result = f(&mut hits);
                for list in hits.by_list.iter_mut().filter(|l| l.capacity() > KEPT_CAPACITY) {
                    *list = Vec::new();
                }
                result
            }
            Err(_) => f(&mut HitLists::default()),
        })
    }

    pub(crate) fn clear(&mut self) {
        self.by_list.iter_mut().for_each(Vec::clear);
        self.ends.clear();
    }

    /// Lets go of lists grown past `kept` entries.
    pub(crate) fn shrink(&mut self, kept: usize) {
        for list in self.by_list.iter_mut().filter(|l| l.capacity() > kept) {
            *list = Vec::new();
        }
    }

    #[inline]
    fn push(&mut self, hit: Hit) {
        self.by_list[hit.word.list() as usize].push(hit);
    }

    /// Closes the text whose words were pushed last.
    pub(crate) fn text_end(&mut self) {
        let mut end = [0; LISTS];
        for (e, list) in end.iter_mut().zip(&self.by_list) {
            *e = list.len() as u32;
        }
        self.ends.push(end);
    }

    /// The words of the `k`-th text.
    pub(super) fn text(&self, k: usize) -> Hits<'_> {
        let from = k.checked_sub(1).map_or([0; LISTS], |j| self.ends[j]);
        let to = self.ends[k];
        let mut by_list: [&[Hit]; LISTS] = [&[]; LISTS];
        for (l, slice) in by_list.iter_mut().enumerate() {
            *slice = &self.by_list[l][from[l] as usize..to[l] as usize];
        }
        Hits { by_list }
    }
}

impl<'a> Hits<'a> {
    /// The words of `list` inside bytes `from..to`, as a leftmost-longest search of that
    /// stretch alone would find them: from the left, at each start the longest word, the next
    /// one starting after it ends (so `常务副主任` wins over `主任`).
    pub(super) fn longest(&self, list: List, from: usize, to: usize) -> impl Iterator<Item = Hit> + 'a {
        let hits = self.by_list[list as usize];
        let first = hits.partition_point(|h| h.start < from);
        leftmost_longest(hits[first..].iter().copied(), from, to)
    }

    /// The starts of every word of `list`, in text order: all of them, as for a list of one
    /// character (`等`, `《`).
    pub(super) fn starts_of(&self, list: List) -> impl Iterator<Item = usize> + 'a {
        self.by_list[list as usize].iter().map(|h| h.start)
    }

    /// Whether a word of `list` lies wholly inside bytes `from..to`.
    pub(super) fn any_within(&self, list: List, from: usize, to: usize) -> bool {
        self.longest(list, from, to).next().is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A title and the titles that end in it, a verb of saying, and an ending inside a longer one.
    const WORDS: [(&str, Word); 6] = [
        ("主任", Word::Before(Marker::Title)),
        ("常务副主任", Word::Before(Marker::Title)),
        ("副主任", Word::Before(Marker::Title)),
        ("说", Word::Saying),
        ("办", Word::Ending(0)),
        ("办公室", Word::Ending(1)),
    ];

    fn lexicon() -> Lexicon {
        Lexicon::new(MARKS.into_iter().chain(WORDS))
    }

    fn longest(text: &str, from: usize, to: usize, list: List) -> Vec<&str> {
        let mut lists = HitLists::default();
        let hits = lexicon().scan(text, &mut lists);
        hits.longest(list, from, to).map(|h| &text[h.start..h.end]).collect()
    }

    #[test]
    fn longest_word_at_the_leftmost_start_wins() {
        assert_eq!(longest("扶贫办常务副主任说，主任说", 0, 39, List::Before), ["常务副主任", "主任"]);
        assert_eq!(longest("扶贫办公室主任", 0, 21, List::Ending), ["办公室"]);
    }

    #[test]
    fn a_stretch_is_read_on_its_own() {
        // Cut off after 办公, the stretch holds only 办; started after 常务, only 副主任.
        assert_eq!(longest("扶贫办公室主任", 0, 12, List::Ending), ["办"]);
        assert_eq!(longest("常务副主任", 6, 15, List::Before), ["副主任"]);
    }

    /// Every occurrence as an automaton reports it overlapping, ordered by start and longest
    /// first (stable, so one word in two lists keeps its order): what the scan must give.
    fn every_occurrence(words: &[(&str, Word)], text: &str) -> Vec<Hit> {
        let automaton = aho_corasick::AhoCorasick::new(words.iter().map(|(w, _)| w)).unwrap();
        let mut found: Vec<Hit> = automaton
            .find_overlapping_iter(text)
            .map(|m| Hit { start: m.start(), end: m.end(), word: words[m.pattern().as_usize()].1 })
            .collect();
        found.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        found
    }

    proptest::proptest! {
        #[test]
        fn scan_finds_what_an_automaton_finds(text in "[常务副主任说办公室等《x，]{0,40}") {
            // Words in two lists, and one word twice in one list.
            let doubled = [("主任", Word::Before(Marker::Role)), ("办", Word::Lead), ("等", Word::Lead)];
            let words: Vec<(&'static str, Word)> = WORDS.into_iter().chain(doubled).collect();
            let mut lists = HitLists::default();
            let hits = Lexicon::new(words.clone()).scan(&text, &mut lists);
            let scanned: Vec<Hit> = hits.by_list.iter().copied().flatten().copied().collect();
            let mut expected = every_occurrence(&words, &text);
            expected.sort_by_key(|h| h.word.list() as usize);
            proptest::prop_assert_eq!(scanned, expected);
        }

        #[test]
        fn a_stretch_scanned_alone_reads_as_the_whole_scan(text in "[常务副主任说办公室x，]{0,20}", a in 0..=20usize, b in 0..=20usize) {
            let lexicon = lexicon();
            let mut lists = HitLists::default();
            let hits = lexicon.scan(&text, &mut lists);
            let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let (from, to) = (bounds[a.min(bounds.len() - 1)], bounds[b.min(bounds.len() - 1)]);
            let whole: Vec<Hit> = [List::Before, List::Saying, List::Ending]
                .into_iter()
                .flat_map(|list| hits.longest(list, from, to).collect::<Vec<_>>())
                .collect();
            let mut alone: Vec<Hit> = Vec::new();
            for list in [List::Before, List::Saying, List::Ending] {
                let words = WORDS.into_iter().filter(|(_, w)| w.list() == list);
                alone.extend(Lexicon::new(words).longest_within(&text, from, to));
            }
            proptest::prop_assert_eq!(whole, alone);
        }
    }

    #[test]
    fn many_first_characters_share_the_table() {
        // Thirteen groups in one table: each is found, whatever slots they landed in.
        let words: Vec<(&'static str, Word)> =
            ["局", "办", "委", "厂", "所", "站", "院", "社", "队", "组", "处", "科", "部"].iter().map(|&w| (w, Word::Lead)).collect();
        let lexicon = Lexicon::new(words.clone());
        let text = "部科处组队社院站所厂委办局";
        let mut lists = HitLists::default();
        let hits = lexicon.scan(text, &mut lists);
        assert_eq!(hits.starts_of(List::Lead).count(), 13);
        assert_eq!(hits.by_list.iter().copied().flatten().copied().collect::<Vec<_>>(), every_occurrence(&words, text));
    }

    #[test]
    fn one_character_words_are_all_found() {
        let text = "《甲》等《乙》等";
        let mut lists = HitLists::default();
        let hits = lexicon().scan(text, &mut lists);
        assert_eq!(hits.starts_of(List::TitleOpen).collect::<Vec<_>>(), [0, 12]);
        assert_eq!(hits.starts_of(List::Etc).collect::<Vec<_>>(), [9, 21]);
        assert!(hits.any_within(List::Etc, 12, 24));
        assert!(!hits.any_within(List::Etc, 12, 21));
    }
}
