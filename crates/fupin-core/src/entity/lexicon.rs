//! One pass over a paragraph finds every word the entity finders look for.
//!
//! The finders read several word lists over the same text: titles and role nouns before a name,
//! verbs of saying after one, organization endings, `等` closing a list of names and `《` opening a
//! cited title. Searching each list separately walks the paragraph once per list; one automaton
//! over all of them walks it once and records every occurrence (overlaps included), from which
//! each list's own leftmost-longest reading is then taken without touching the text again.

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
    /// `等`, which may close a counted list of names (`等19名`).
    ListEnd,
    /// `《`, which opens a cited title.
    TitleOpen,
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
    words: Vec<Word>,
}

impl Lexicon {
    pub(super) fn new<'w>(entries: impl IntoIterator<Item = (&'w str, Word)>) -> Self {
        let (patterns, words): (Vec<&str>, Vec<Word>) = entries
            .into_iter()
            .chain([("等", Word::ListEnd), ("《", Word::TitleOpen)])
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
        hits.hits.clear();
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
                let pattern = dfa.match_pattern(state, n);
                let word = self.words[pattern.as_usize()];
                hits.hits.push(Hit { start: end - dfa.pattern_len(pattern), end, word });
            }
            at = end;
        }
        // The automaton reports words by where they end; readers want them by where they start,
        // the longest first.
        hits.hits.sort_unstable_by_key(|h| (h.start, Reverse(h.end)));
    }
}

/// The words found in one paragraph, by start and, at one start, longest first.
#[derive(Debug, Default)]
pub(super) struct Hits {
    hits: Vec<Hit>,
}

impl Hits {
    /// The words of one list inside bytes `from..to`, as a leftmost-longest search of that
    /// stretch alone would find them: from the left, at each start the longest word, the next
    /// one starting after it ends (so `常务副主任` wins over `主任`).
    pub(super) fn longest<'h>(
        &'h self,
        from: usize,
        to: usize,
        mut in_list: impl FnMut(Word) -> bool + 'h,
    ) -> impl Iterator<Item = Hit> + 'h {
        let first = self.hits.partition_point(|h| h.start < from);
        let mut free_from = from;
        self.hits[first..]
            .iter()
            .take_while(move |h| h.start < to)
            .filter(move |h| {
                let taken = h.start >= free_from && h.end <= to && in_list(h.word);
                if taken {
                    free_from = h.end;
                }
                taken
            })
            .copied()
    }

    /// The starts of every occurrence of a one-character word (`等`, `《`), in text order.
    pub(super) fn starts_of(&self, word: Word) -> impl Iterator<Item = usize> + '_ {
        self.hits.iter().filter(move |h| h.word == word).map(|h| h.start)
    }

    /// Whether a word of the list lies wholly inside bytes `from..to`.
    pub(super) fn any_within(&self, from: usize, to: usize, in_list: impl FnMut(Word) -> bool) -> bool {
        self.longest(from, to, in_list).next().is_some()
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

    fn longest(text: &str, from: usize, to: usize, in_list: fn(Word) -> bool) -> Vec<&str> {
        let mut hits = Hits::default();
        lexicon().scan(text, &mut hits);
        hits.longest(from, to, in_list).map(|h| &text[h.start..h.end]).collect()
    }

    fn is_title(w: Word) -> bool {
        matches!(w, Word::Before(_))
    }

    fn is_ending(w: Word) -> bool {
        matches!(w, Word::Ending(_))
    }

    #[test]
    fn longest_word_at_the_leftmost_start_wins() {
        assert_eq!(longest("扶贫办常务副主任说，主任说", 0, 39, is_title), ["常务副主任", "主任"]);
        assert_eq!(longest("扶贫办公室主任", 0, 21, is_ending), ["办公室"]);
    }

    #[test]
    fn a_stretch_is_read_on_its_own() {
        // Cut off after 办公, the stretch holds only 办; started after 常务, only 副主任.
        assert_eq!(longest("扶贫办公室主任", 0, 12, is_ending), ["办"]);
        assert_eq!(longest("常务副主任", 6, 15, is_title), ["副主任"]);
    }

    #[test]
    fn one_character_words_are_all_found() {
        let text = "《甲》等《乙》等";
        let mut hits = Hits::default();
        lexicon().scan(text, &mut hits);
        assert_eq!(hits.starts_of(Word::TitleOpen).collect::<Vec<_>>(), [0, 12]);
        assert_eq!(hits.starts_of(Word::ListEnd).collect::<Vec<_>>(), [9, 21]);
        assert!(hits.any_within(12, 24, |w| w == Word::ListEnd));
        assert!(!hits.any_within(12, 21, |w| w == Word::ListEnd));
    }
}
