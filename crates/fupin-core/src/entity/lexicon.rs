//! One pass over a paragraph finds every word the entity finders look for.
//!
//! The finders read several word lists over the same text: titles and role nouns before a name,
//! verbs of saying after one, organization endings and the words that bound an organization's
//! name on the left, `等` closing a list of names and `《` opening a cited title. Searching each
//! list separately walks the paragraph once per list; one automaton over all of them walks it
//! once and records every occurrence (overlaps included), from which each list's own
//! leftmost-longest reading is then taken without touching the text again.

use std::cell::RefCell;
use std::cmp::Reverse;

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind, StartKind};

use super::person::Marker;

/// Which list a word comes from, with what its finder needs to know about it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Word {
    /// A title (`主任`) or a role noun (`贫困户`) standing before a name.
    Before(Marker),
    /// A verb of saying after a name (`说`, `介绍`).
    Saying,
    /// An organization ending (`局`, `有限公司`), by its index in the ending table.
    Ending(usize),
    /// A word that ends the text before an organization's name (`引进`, `近日`).
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
#[derive(Debug, Clone, Copy)]
pub(super) struct Hit {
    pub start: usize,
    pub end: usize,
    pub word: Word,
}

/// The automaton over all the lists; build once.
pub(super) struct Lexicon {
    automaton: DFA,
    /// Each pattern's word and length in bytes.
    words: Vec<(Word, usize)>,
}

impl Lexicon {
    pub(super) fn new<'w>(entries: impl IntoIterator<Item = (&'w str, Word)>) -> Self {
        let (patterns, words): (Vec<&str>, Vec<(Word, usize)>) = entries
            .into_iter()
            .chain([("等", Word::Etc), ("《", Word::TitleOpen)])
            .map(|(pattern, word)| (pattern, (word, pattern.len())))
            .unzip();
        // A DFA is the fastest automaton for a few hundred short words. Its prefilter would only
        // slow it down: every word starts with one of the few lead bytes all Han text is made of.
        let automaton = DFA::builder()
            .match_kind(MatchKind::Standard)
            .start_kind(StartKind::Unanchored)
            .prefilter(false)
            .build(&patterns)
            .expect("entity word lists build an automaton");
        Lexicon { automaton, words }
    }

    /// Every occurrence of every word in `text`, into `hits` (cleared first), so one buffer
    /// serves all the paragraphs of an article.
    pub(super) fn scan(&self, text: &str, hits: &mut Hits) {
        hits.by_list.iter_mut().for_each(Vec::clear);
        let dfa = &self.automaton;
        let Ok(mut state) = dfa.start_state(Anchored::No) else { return };
        // The automaton's own overlapping iterator keeps its place in memory between matches;
        // this tight loop runs in registers up to the next state that holds words.
        let bytes = text.as_bytes();
        let mut at = 0;
        while let Some(offset) = bytes[at..].iter().position(|&byte| {
            state = dfa.next_state(Anchored::No, state, byte);
            dfa.is_special(state)
        }) {
            let end = at + offset + 1;
            for n in 0..dfa.match_len(state) {
                let (word, len) = self.words[dfa.match_pattern(state, n).as_usize()];
                insert_in_order(&mut hits.by_list[word.list() as usize], Hit { start: end - len, end, word });
            }
            at = end;
        }
    }
}

/// Adds `hit` to `list`, which is kept by start and, at one start, longest first. The automaton
/// reports words by where they end, so a hit seldom moves back past more than one or two others.
fn insert_in_order(list: &mut Vec<Hit>, hit: Hit) {
    let key = |h: &Hit| (h.start, Reverse(h.end));
    let at = list.iter().rposition(|h| key(h) <= key(&hit)).map_or(0, |i| i + 1);
    list.insert(at, hit);
}

/// The words found in one paragraph, list by list, each by start and, at one start, longest
/// first.
#[derive(Debug, Default)]
pub(super) struct Hits {
    by_list: [Vec<Hit>; LISTS],
}

/// The most hits a list keeps room for between articles; one huge paragraph should not pin its
/// memory for good.
const KEPT_CAPACITY: usize = 1 << 14;

thread_local! {
    /// This thread's hit lists, kept from article to article so they grow only once.
    static SCRATCH: RefCell<Hits> = RefCell::new(Hits::default());
}

impl Hits {
    /// Runs `f` with this thread's hit lists (fresh ones if they are already in use).
    pub(super) fn with_scratch<R>(f: impl FnOnce(&mut Hits) -> R) -> R {
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut hits) => {
                let result = f(&mut hits);
                for list in hits.by_list.iter_mut().filter(|l| l.capacity() > KEPT_CAPACITY) {
                    *list = Vec::new();
                }
                result
            }
            Err(_) => f(&mut Hits::default()),
        })
    }

    /// The words of `list` inside bytes `from..to`, as a leftmost-longest search of that
    /// stretch alone would find them: from the left, at each start the longest word, the next
    /// one starting after it ends (so `常务副主任` wins over `主任`).
    pub(super) fn longest(&self, list: List, from: usize, to: usize) -> impl Iterator<Item = Hit> + '_ {
        let hits = &self.by_list[list as usize];
        let first = hits.partition_point(|h| h.start < from);
        let mut free_from = from;
        hits[first..]
            .iter()
            .take_while(move |h| h.start < to)
            .filter(move |h| {
                let taken = h.start >= free_from && h.end <= to;
                if taken {
                    free_from = h.end;
                }
                taken
            })
            .copied()
    }

    /// The starts of every word of `list`, in text order: all of them, as for a list of one
    /// character (`等`, `《`).
    pub(super) fn starts_of(&self, list: List) -> impl Iterator<Item = usize> + '_ {
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

    fn lexicon() -> Lexicon {
        Lexicon::new([
            ("主任", Word::Before(Marker::Title)),
            ("常务副主任", Word::Before(Marker::Title)),
            ("副主任", Word::Before(Marker::Title)),
            ("说", Word::Saying),
            ("办", Word::Ending(0)),
            ("办公室", Word::Ending(1)),
        ])
    }

    fn longest(text: &str, from: usize, to: usize, list: List) -> Vec<&str> {
        let mut hits = Hits::default();
        lexicon().scan(text, &mut hits);
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

    #[test]
    fn hits_are_kept_by_start_longest_first() {
        let mut list = Vec::new();
        for (start, end) in [(6, 9), (0, 9), (3, 12), (3, 6), (0, 3)] {
            insert_in_order(&mut list, Hit { start, end, word: Word::Saying });
        }
        let order: Vec<(usize, usize)> = list.iter().map(|h| (h.start, h.end)).collect();
        assert_eq!(order, [(0, 9), (0, 3), (3, 12), (3, 6), (6, 9)]);
    }

    #[test]
    fn one_character_words_are_all_found() {
        let text = "《甲》等《乙》等";
        let mut hits = Hits::default();
        lexicon().scan(text, &mut hits);
        assert_eq!(hits.starts_of(List::TitleOpen).collect::<Vec<_>>(), [0, 12]);
        assert_eq!(hits.starts_of(List::Etc).collect::<Vec<_>>(), [9, 21]);
        assert!(hits.any_within(List::Etc, 12, 24));
        assert!(!hits.any_within(List::Etc, 12, 21));
    }
}
