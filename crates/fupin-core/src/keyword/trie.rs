//! The dictionary trie, laid out for the segmentation walk.
//!
//! The walk takes a step per character, and what costs is the memory a step touches: the
//! extraction's other stages run between two articles and leave the cache cold, so every cache
//! line a step reads is likely a miss. A step therefore reads one line where it can:
//!
//! - a single character is its code, an index into a small array ([`Root`]);
//! - two-character prefixes, the step every position takes and the one with the widest choice
//!   (a first character has up to 900 continuations), are in one open-addressing table keyed by
//!   both codes, each slot holding all the step needs ([`Pair`]): the probe's line is the node;
//! - longer prefixes have one or two continuations as a rule: the children of a node sit side
//!   by side, sorted by code, code and node data in one record ([`Deep`]), found by binary search
//!   in a line or two.
//!
//! The inverse document frequency, read only to rank an article's words, is kept apart.

use super::{code_at, code_of, Rank, CODES, COST_SCALE};

/// The trie the segmentation walks. Its nodes are numbered: node `c` for `1 <= c <= CODES` is
/// the single character of code `c`; then come the slots of [`Trie::pairs`], then the records
/// of [`Trie::deep`].
pub(super) struct Trie {
    roots: Vec<Root>,
    /// Two-character prefixes by their codes; at most half the slots are taken, so a failed
    /// probe mostly ends in its first line.
    pairs: Vec<Pair>,
    /// Longer prefixes, children of a pair or of one another: the children of `deep[i]` are
    /// `deep[i].first..deep[i + 1].first` (a last record with no word closes the list).
    deep: Vec<Deep>,
    /// The distinct inverse document frequencies of the counted words (jieba's table has about
    /// 2,300), which the records name by index: a record keeps its word's in two bytes, and ranking reads it from
    /// the line the walk has just brought in.
    idfs: Vec<f32>,
}

/// A single character.
#[derive(Debug, Clone, Copy, Default)]
struct Root {
    /// Cost of the character as a word; for one that is not a word, that of an unknown one.
    cost: u16,
    rank: Rank,
    /// Whether longer words start with it: if not, the walk does not probe [`Trie::pairs`].
    paired: bool,
}

/// A two-character prefix; `key` 0 is an empty slot. Sixteen bytes, four to a cache line.
#[derive(Debug, Clone, Copy, Default)]
struct Pair {
    /// `first << 16 | second` of the two codes.
    key: u32,
    /// Its children: `deep[first..first + count]`.
    first: u32,
    count: u16,
    word: Word,
}

/// A prefix of three characters or more. Twelve bytes.
#[derive(Debug, Clone, Copy, Default)]
struct Deep {
    first: u32,
    code: u16,
    word: Word,
}

/// What a record says of its prefix as a word, and of its children.
#[derive(Debug, Clone, Copy, Default)]
struct Word {
    cost: u16,
    /// The word's [`Rank`] in the low two bits, above them the index of its inverse document
    /// frequency in [`Trie::idfs`]: packed, the record keeps room for sixteen children's bits.
    ranked: u16,
    /// The [`child_bit`]s of its children's codes: a walk mostly stops here, without reading
    /// the children, as a prefix of two or more characters has one or two continuations. With
    /// eight bits, one child in three that was not there passed for one and cost a search of
    /// the list, mostly a line from memory.
    children: u16,
}

impl Word {
    fn new(cost: u16, rank: Rank, idf: u16, children: u16) -> Word {
        Word { cost, ranked: idf << 2 | rank as u16, children }
    }

    #[inline]
    fn rank(self) -> Rank {
        match self.ranked & 3 {
            0 => Rank::NotWord,
            1 => Rank::Boundary,
            2 => Rank::Counted,
            _ => Rank::Keyword,
        }
    }

    /// Index into [`Trie::idfs`].
    fn idf(self) -> usize {
        usize::from(self.ranked >> 2)
    }
}

fn child_bit(code: u16) -> u16 {
    1 << (code % 16)
}

/// The pair slot of a position where no word of two characters or more starts.
const NO_PAIR: u32 = u32::MAX;

/// The pair slot of a character longer words start with, until [`Trie::read_run`] reads the
/// next character and looks the pair up (the last character of a run keeps it: no pair ends past
/// the run). Like [`NO_PAIR`], past the end
/// of [`Trie::pairs`].
const UNPROBED: u32 = u32::MAX - 1;

/// Marks a pair whose first slot [`Trie::read_run`] has found and asked for, while the run is
/// read: the rest of the value is that slot. Slots are far fewer than `2^30`.
const HOME: u32 = 1 << 30;

/// The [`Trie::pairs`] key of the two characters `first` and `second`.
#[inline]
fn pair_key(first: u16, second: u16) -> u32 {
    u32::from(first) << 16 | u32::from(second)
}

/// The node a [`Step`] names when its word does not count in the term frequencies: the path is
/// read back for its counted words only.
pub(super) const UNCOUNTED: u32 = u32::MAX;

/// A character of a run as the walk needs it, read once: its code, its cost as a word of its
/// own, and the [`Trie::pairs`] slot of the two characters it starts ([`NO_PAIR`] if no longer
/// word starts with them).
#[derive(Debug, Clone, Copy)]
pub(super) struct Char {
    code: u16,
    cost: u16,
    pair: u32,
}

impl Char {
    /// What a run's buffer is filled with before any run is read.
    pub(super) const BLANK: Char = Char { code: 0, cost: 0, pair: NO_PAIR };
}

/// The cheapest segmentation of a run up to a boundary: its cost and its last word (its node,
/// [`UNCOUNTED`] for a word the ranking does not count).
#[derive(Debug, Clone, Copy)]
pub(super) struct Step {
    pub(super) cost: u64,
    pub(super) start: u32,
    pub(super) node: u32,
}

impl Step {
    /// A boundary not reached yet.
    pub(super) const UNREACHED: Step = Step { cost: u64::MAX, start: 0, node: UNCOUNTED };

    /// Takes the path through a word from `start` costing `cost` in all if it is cheaper; on a
    /// tie the earlier, shorter word stays, as jieba keeps it.
    #[inline]
    fn offer(&mut self, cost: u64, start: u32, node: u32) {
        if cost < self.cost {
            *self = Step { cost, start, node };
        }
    }
}

/// A prefix the walk has reached: what it is as a word and where its children are
/// (`deep[first..end]`).
#[derive(Debug, Clone, Copy)]
struct Reached {
    word: Word,
    first: u32,
    end: u32,
}

impl Trie {
    /// Reads the run of coded characters of `text` that starts at byte `at` (a coded character)
    /// into the start of `run` (room for a character per three bytes of `text`): how many there are, the byte the
    /// run ends at, and the byte past the character that ends it. The pair a character starts
    /// is looked up once the run is whole ([`Trie::probe`]); its slot is asked for as soon as the
    /// next character is read, so that most lines have come in by then (the table is far larger
    /// than the caches, and a probe that waits for memory holds up the rest of the loop). A
    /// character is written once its successor is known: the loop keeps the last one read in
    /// registers, where a list's push and a look back at its last entry went through memory.
    #[inline]
    pub(super) fn read_run(&self, text: &[u8], at: usize, run: &mut [Char]) -> (usize, usize, usize) {
        let (mut code, len) = code_at(text, at);
        let mut at = at + len;
        let mut root = self.roots[usize::from(code)];
        let mut n = 0;
        loop {
            let (next, len) = code_at(text, at);
            let pair = if !root.paired {
                NO_PAIR
            } else if next == 0 {
                UNPROBED
            } else {
                let slot = self.pair_slot(pair_key(code, next));
                prefetch(&self.pairs[slot]);
                HOME | slot as u32
            };
            run[n] = Char { code, cost: root.cost, pair };
            n += 1;
            if next == 0 {
                return (n, at, at + len);
            }
            at += len;
            code = next;
            root = self.roots[usize::from(code)];
        }
    }

    /// Finds the [`Trie::pairs`] slot of each two characters of a whole run that longer words
    /// may start with, from the first slot of each pair (asked for by [`Trie::read_run`]); the
    /// few that collided are settled on the spot, mostly within the line just read. Then the
    /// children list the walk will search after the pair before is asked for. One loop does
    /// all three: a pass for each read the run over again.
    pub(super) fn probe(&self, run: &mut [Char]) {
        let mask = self.pairs.len() - 1;
        for i in 1..run.len() {
            let (first, second) = (run[i - 1], run[i].code);
            if first.pair & HOME != 0 && first.pair < UNPROBED {
                let key = pair_key(first.code, second);
                let mut slot = (first.pair & !HOME) as usize;
                run[i - 1].pair = loop {
                    match self.pairs[slot].key {
                        k if k == key => break slot as u32,
                        0 => break NO_PAIR,
                        _ => slot = (slot + 1) & mask,
                    }
                };
            }
            // The walk goes on past a pair when its children may hold the next character; its
            // search of their list starts in the middle, which is asked for here, with nothing
            // waiting on it.
            let Some(before) = i.checked_sub(2) else { continue };
            let Some(pair) = self.pairs.get(run[before].pair as usize) else { continue };
            if pair.word.children & child_bit(second) != 0 {
                if let Some(child) = self.deep.get(pair.first as usize + usize::from(pair.count / 2)) {
                    prefetch(child);
                }
            }
        }
    }

    /// The forward pass of the segmentation over a run read by [`Trie::read_run`] and resolved by
    /// [`Trie::probe`]: from each character in turn, every dictionary word starting there,
    /// shortest first, is offered to the step at its end. `steps` has a step per boundary of
    /// the run, all but the first [`Step::UNREACHED`].
    pub(super) fn walk(&self, run: &[Char], steps: &mut [Step]) {
        // a pair still marked as found or collided would read as no pair: probe first
        debug_assert!(run.iter().all(|c| c.pair >= UNPROBED || c.pair & HOME == 0), "walk before probe");
        let n = run.len().min(steps.len().saturating_sub(1));
        for here in 0..n {
            let first = run[here];
            let base = steps[here].cost;
            let start = here as u32;
            // The first character always comes, word or not (a character the dictionary
            // lacks is an unknown word of its own); no single character counts.
            steps[here + 1].offer(base + u64::from(first.cost), start, UNCOUNTED);
            let Some(mut at) = self.pair(first.pair) else { continue };
            let mut end = here + 2;
            if end > n {
                continue;
            }
            if at.word.rank() != Rank::NotWord {
                let node = counted_node(&at.word, CODES + 1 + first.pair as usize);
                steps[end].offer(base + u64::from(at.word.cost), start, node);
            }
            while end < n {
                let Some((index, next)) = self.child(&at, run[end].code) else { break };
                at = next;
                end += 1;
                if at.word.rank() != Rank::NotWord {
                    let node = counted_node(&at.word, self.deep_nodes() + index);
                    steps[end].offer(base + u64::from(at.word.cost), start, node);
                }
            }
        }
    }

    /// The pair of a [`Trie::pairs`] slot (none for [`NO_PAIR`] and [`UNPROBED`]).
    #[inline]
    fn pair(&self, slot: u32) -> Option<Reached> {
        let pair = self.pairs.get(slot as usize)?;
        Some(Reached { word: pair.word, first: pair.first, end: pair.first + u32::from(pair.count) })
    }

    /// The child of `at` for the character `code`, with its index in [`Trie::deep`]. The
    /// children's bits in `at` mostly answer without reading them.
    #[inline]
    fn child(&self, at: &Reached, code: u16) -> Option<(usize, Reached)> {
        if at.word.children & child_bit(code) == 0 {
            return None;
        }
        let start = at.first as usize;
        let siblings = self.deep.get(start..at.end as usize)?;
        let index = start + siblings.binary_search_by_key(&code, |d| d.code).ok()?;
        let deep = self.deep[index];
        let end = self.deep.get(index + 1)?.first;
        Some((index, Reached { word: deep.word, first: deep.first, end }))
    }

    /// The number of the first record of [`Trie::deep`].
    #[inline]
    fn deep_nodes(&self) -> usize {
        CODES + 1 + self.pairs.len()
    }

    /// The rank and inverse document frequency of the word of `node`.
    pub(super) fn word(&self, node: u32) -> (Rank, f32) {
        let node = node as usize;
        let pairs = CODES + 1;
        let word = if node < pairs {
            let root = self.roots[node];
            return (root.rank, 0.0);
        } else if node < self.deep_nodes() {
            self.pairs[node - pairs].word
        } else {
            self.deep[node - self.deep_nodes()].word
        };
        (word.rank(), self.idfs[word.idf()])
    }

    fn pair_slot(&self, key: u32) -> usize {
        // Fibonacci hashing: the multiplier spreads neighbouring keys over the table.
        let hash = u64::from(key).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32;
        hash as usize & (self.pairs.len() - 1)
    }
}

/// Asks for the cache line of `item` without waiting for it.
#[inline(always)]
fn prefetch<T>(item: &T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch only hints the cache and never faults; SSE is part of every x86-64.
    unsafe {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        _mm_prefetch::<_MM_HINT_T0>((item as *const T).cast::<i8>());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = item;
}

/// `node` if its word counts, else [`UNCOUNTED`].
#[inline]
fn counted_node(word: &Word, node: usize) -> u32 {
    if word.rank().is_counted() {
        node as u32
    } else {
        UNCOUNTED
    }
}

/// Collects the dictionary words, then lays the trie out once all are known.
#[derive(Default)]
pub(super) struct Builder {
    /// The codes of all listed words, one after another.
    codes: Vec<u16>,
    listed: Vec<Listed>,
}

/// A word as listed; a word may be listed more than once.
#[derive(Debug, Clone, Copy)]
struct Listed {
    /// Where its codes are in [`Builder::codes`].
    start: u32,
    len: u32,
    /// Its first four codes, high to low: most words compare by this alone when sorting (and a
    /// shorter word, padded with zeros, sorts before the longer ones it begins).
    head: u64,
    freq: u32,
    rank: Rank,
    idf: f32,
    /// A domain term: shown whatever its part of speech among the counted ones.
    term: bool,
}

impl Builder {
    /// Lists `word`, unless it has a character the lexicon does not code (the segmentation,
    /// which only walks runs of coded characters, could never reach it).
    pub(super) fn add(&mut self, word: &str, freq: u32, rank: Rank, idf: f32, term: bool) {
        let start = self.codes.len();
        for c in word.chars() {
            let code = code_of(c);
            if code == 0 {
                self.codes.truncate(start);
                return;
            }
            self.codes.push(code);
        }
        let codes = &self.codes[start..];
        if codes.is_empty() {
            return;
        }
        let head = (0..4).fold(0, |head, i| head << 16 | codes.get(i).map_or(0, |&c| u64::from(c)));
        let (Ok(start), Ok(len)) = (u32::try_from(start), u32::try_from(codes.len())) else {
            self.codes.truncate(start);
            return;
        };
        self.listed.push(Listed { start, len, head, freq, rank, idf, term });
    }

    fn codes_of(&self, word: &Listed) -> &[u16] {
        &self.codes[word.start as usize..][..word.len as usize]
    }

    /// The trie of the listed words. A word listed again takes the later frequency and keeps its
    /// first rank and inverse document frequency, as jieba's `add_word` does; the `demoted` words
    /// (stop words) never count.
    pub(super) fn finish<'w>(mut self, demoted: impl IntoIterator<Item = &'w str>) -> Trie {
        let mut words = self.distinct_words();
        let mut stop = Builder::default();
        for word in demoted {
            stop.add(word, 0, Rank::Boundary, 0.0, false);
        }
        for word in &stop.listed {
            let codes = stop.codes_of(word);
            if let Ok(at) = words.binary_search_by(|w| self.codes_of(w).cmp(codes)) {
                words[at].rank = Rank::Boundary;
            }
        }
        let mut layout = Layout::new(&self, &words);
        layout.place_all();
        Trie::from_levels(&layout.levels)
    }

    /// The listed words sorted by their codes, each once, with what its listings say together.
    fn distinct_words(&mut self) -> Vec<Listed> {
        let mut listed = std::mem::take(&mut self.listed);
        // Stable: the listings of a word stay in the order they were made.
        listed.sort_by(|a, b| {
            a.head.cmp(&b.head).then_with(|| self.codes_of(a).cmp(self.codes_of(b)))
        });
        let mut words: Vec<Listed> = Vec::with_capacity(listed.len());
        for word in listed {
            match words.last_mut() {
                Some(last) if last.head == word.head && self.codes_of(last) == self.codes_of(&word) => {
                    last.freq = word.freq;
                    if word.term && last.rank == Rank::Counted {
                        last.rank = Rank::Keyword;
                    }
                }
                _ => words.push(Listed {
                    rank: if word.term && word.rank == Rank::Counted { Rank::Keyword } else { word.rank },
                    ..word
                }),
            }
        }
        words
    }
}

/// The words under a node while the trie is laid out: `words[lo..hi]`, sharing its `depth`
/// first characters.
#[derive(Debug, Clone, Copy)]
struct Span {
    lo: u32,
    hi: u32,
    depth: u32,
}

/// The trie laid out breadth first, before it is split by depth: node `c` for `c <= CODES` is the
/// single character of code `c`, and the children of node `n` are the nodes
/// `nodes[n].first..nodes[n + 1].first` (a last node with no word closes the list).
struct Levels {
    /// The code of each node's last character.
    codes: Vec<u16>,
    nodes: Vec<Node>,
    idf: Vec<f32>,
}

#[derive(Debug, Clone, Copy, Default)]
struct Node {
    /// The first of the node's children (the end of the previous node's).
    first: u32,
    cost: u16,
    rank: Rank,
}

impl Levels {
    fn children(&self, node: usize) -> std::ops::Range<usize> {
        self.nodes[node].first as usize..self.nodes[node + 1].first as usize
    }
}

impl Trie {
    /// Splits `levels` by depth. Breadth first, the two-character prefixes are the nodes that
    /// follow the single characters, and all longer ones follow them: the longer ones keep their
    /// order (and their children lists) with the numbers shifted.
    fn from_levels(levels: &Levels) -> Self {
        let roots = CODES + 1;
        let deep_start = levels.nodes[roots].first as usize;
        let deep_index = |node: usize| (node - deep_start) as u32;
        let slots = (2 * (deep_start - roots)).next_power_of_two().max(2);
        let mut trie = Trie {
            roots: vec![Root::default(); roots],
            pairs: vec![Pair::default(); slots],
            deep: Vec::with_capacity(levels.nodes.len() - deep_start),
            idfs: Vec::new(),
        };
        let idfs = Idfs::of(levels);
        let word = |node: usize| {
            let Node { cost, rank, .. } = levels.nodes[node];
            let children = levels.children(node).fold(0, |bits, child| bits | child_bit(levels.codes[child]));
            Word::new(cost, rank, idfs.index(rank, levels.idf[node]), children)
        };
        let mut pairs = Vec::with_capacity(deep_start - roots);
        for code in 1..roots {
            let node = levels.nodes[code];
            let paired = !levels.children(code).is_empty();
            trie.roots[code] = Root { cost: node.cost, rank: node.rank, paired };
            for pair in levels.children(code) {
                let children = levels.children(pair);
                pairs.push(Pair {
                    key: pair_key(code as u16, levels.codes[pair]),
                    first: deep_index(children.start),
                    count: children.len() as u16,
                    word: word(pair),
                });
            }
        }
        // The last node has no word and closes the children lists.
        let last = levels.nodes.len() - 1;
        for node in deep_start..last {
            let first = deep_index(levels.nodes[node].first as usize);
            trie.deep.push(Deep { first, code: levels.codes[node], word: word(node) });
        }
        trie.deep.push(Deep { first: deep_index(levels.nodes[last].first as usize), ..Deep::default() });
        for pair in pairs {
            let slot = trie.free_pair_slot(pair.key);
            trie.pairs[slot] = pair;
        }
        trie.idfs = idfs.list;
        trie
    }

    fn free_pair_slot(&self, key: u32) -> usize {
        let mask = self.pairs.len() - 1;
        let mut i = self.pair_slot(key);
        while self.pairs[i].key != 0 {
            i = (i + 1) & mask;
        }
        i
    }
}

/// The most distinct inverse document frequencies [`Word::ranked`] has room for.
const MAX_IDFS: usize = 1 << 14;

/// Numbers the distinct inverse document frequencies of the counted words (the others are never
/// ranked and take index 0, the value 0): the values sorted, each once, found by binary search.
struct Idfs {
    list: Vec<f32>,
}

impl Idfs {
    fn of(levels: &Levels) -> Self {
        let counted = levels.nodes.iter().zip(&levels.idf).filter(|(node, _)| node.rank.is_counted());
        let mut list: Vec<f32> = counted.map(|(_, &idf)| idf).collect();
        list.push(0.0);
        list.sort_unstable_by(f32::total_cmp);
        list.dedup_by(|a, b| a.total_cmp(b).is_eq());
        // Past the first 16,384 values (no table comes near) a word's idf reads as 0.
        list.truncate(MAX_IDFS);
        Idfs { list }
    }

    fn index(&self, rank: Rank, idf: f32) -> u16 {
        if !rank.is_counted() {
            return 0;
        }
        self.list.binary_search_by(|v| v.total_cmp(&idf)).map_or(0, |at| at as u16)
    }
}

/// Lays the trie out breadth first: each node, in number order, gets the next free numbers for
/// its children, so the children lists follow one another in the order `first` needs.
struct Layout<'b> {
    builder: &'b Builder,
    words: &'b [Listed],
    levels: Levels,
    spans: Vec<Span>,
    /// Frequency of each node's word, 0 for a prefix only.
    freqs: Vec<u32>,
}

impl<'b> Layout<'b> {
    fn new(builder: &'b Builder, words: &'b [Listed]) -> Self {
        let roots = CODES + 1;
        let mut layout = Layout {
            builder,
            words,
            levels: Levels {
                codes: (0..roots).map(|c| c as u16).collect(),
                nodes: vec![Node::default(); roots],
                idf: vec![0.0; roots],
            },
            spans: vec![Span { lo: 0, hi: 0, depth: 1 }; roots],
            freqs: vec![0; roots],
        };
        let mut lo = 0;
        while lo < words.len() {
            let code = layout.code_at(lo, 0);
            let hi = layout.group_end(lo, words.len(), 0);
            layout.spans[usize::from(code)] = Span { lo: lo as u32, hi: hi as u32, depth: 1 };
            lo = hi;
        }
        layout
    }

    /// The code at `depth` of word `i` (0 past its end).
    fn code_at(&self, i: usize, depth: u32) -> u16 {
        self.builder.codes_of(&self.words[i]).get(depth as usize).copied().unwrap_or(0)
    }

    /// The end of the run of words from `lo` (before `hi`) with the same code at `depth`.
    fn group_end(&self, lo: usize, hi: usize, depth: u32) -> usize {
        let code = self.code_at(lo, depth);
        (lo + 1..hi).find(|&i| self.code_at(i, depth) != code).unwrap_or(hi)
    }

    fn place_all(&mut self) {
        let mut id = 0;
        while id < self.levels.nodes.len() {
            self.place_children(id);
            id += 1;
        }
        // Closes the last node's children list.
        let end = self.levels.nodes.len() as u32;
        self.levels.nodes.push(Node { first: end, ..Node::default() });
        self.levels.codes.push(0);
        self.levels.idf.push(0.0);
        self.freqs.push(0);
        self.set_costs();
    }

    /// Gives node `id` its word, if one ends there, and numbers its children.
    fn place_children(&mut self, id: usize) {
        let Span { mut lo, hi, depth } = self.spans[id];
        self.levels.nodes[id].first = self.levels.nodes.len() as u32;
        if lo < hi && self.words[lo as usize].len == depth {
            let word = self.words[lo as usize];
            let node = &mut self.levels.nodes[id];
            node.rank = word.rank;
            self.levels.idf[id] = word.idf;
            self.freqs[id] = word.freq.max(1);
            lo += 1;
        }
        while lo < hi {
            let end = self.group_end(lo as usize, hi as usize, depth) as u32;
            self.levels.codes.push(self.code_at(lo as usize, depth));
            self.levels.nodes.push(Node::default());
            self.levels.idf.push(0.0);
            self.freqs.push(0);
            self.spans.push(Span { lo, hi: end, depth: depth + 1 });
            lo = end;
        }
    }

    /// Turns frequencies into costs, now that their total is known.
    fn set_costs(&mut self) {
        let log_total = (self.freqs.iter().map(|&f| f64::from(f)).sum::<f64>()).max(1.0).ln();
        let cost = |freq: u32| {
            let log_freq = f64::from(freq.max(1)).ln();
            ((log_total - log_freq) * COST_SCALE).round().clamp(0.0, f64::from(u16::MAX)) as u16
        };
        for (node, &freq) in self.levels.nodes.iter_mut().zip(&self.freqs) {
            node.cost = cost(freq);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words `codes` starts with: length, node and cost, as [`Trie::walk`] meets them.
    fn prefixes(trie: &Trie, codes: &[u16]) -> Vec<(usize, u32, u16)> {
        let text: String = codes.iter().map(|&c| char::from_u32(super::super::FIRST_HAN + u32::from(c) - 1).unwrap()).collect();
        let mut run = vec![Char::BLANK; codes.len()];
        if !codes.is_empty() {
            trie.read_run(text.as_bytes(), 0, &mut run);
        }
        trie.probe(&mut run);
        let Some(first) = run.first() else { return Vec::new() };
        let mut found = vec![(1, u32::from(first.code), first.cost)];
        let Some(mut at) = trie.pair(first.pair) else { return found };
        if at.word.rank() != Rank::NotWord {
            found.push((2, (CODES + 1) as u32 + first.pair, at.word.cost));
        }
        for (len, char) in (3..).zip(run.get(2..).unwrap_or_default()) {
            let Some((index, next)) = trie.child(&at, char.code) else { break };
            at = next;
            if at.word.rank() != Rank::NotWord {
                found.push((len, (trie.deep_nodes() + index) as u32, at.word.cost));
            }
        }
        found
    }

    /// The node and cost of `word` if the walk over it reaches it as a word (or as its first
    /// character).
    fn node_of(trie: &Trie, word: &str) -> Option<(u32, u16)> {
        let codes: Vec<u16> = word.chars().map(code_of).collect();
        let found = prefixes(trie, &codes);
        found.into_iter().find(|p| p.0 == codes.len()).map(|(_, node, cost)| (node, cost))
    }

    fn rank_of(trie: &Trie, word: &str) -> Option<Rank> {
        node_of(trie, word).map(|(node, _)| trie.word(node).0)
    }

    fn built(words: &[(&str, u32)]) -> Trie {
        let mut builder = Builder::default();
        for &(word, freq) in words {
            builder.add(word, freq, Rank::Keyword, 1.0, false);
        }
        builder.finish(["不算"])
    }

    #[test]
    fn words_are_found_whatever_the_listing_order_and_depth() {
        let words = ["合作社", "合作", "合影", "社会", "合作化", "合作社员们"];
        let trie = built(&words.map(|w| (w, 5)));
        for word in words {
            assert_eq!(rank_of(&trie, word), Some(Rank::Keyword), "{word}");
        }
        // A single character always comes, as an unknown word if it is none.
        assert_eq!(rank_of(&trie, "合"), Some(Rank::NotWord));
        // Prefixes only and words not listed are not reached.
        assert_eq!(rank_of(&trie, "合作社员"), None);
        assert_eq!(rank_of(&trie, "合作社会"), None);
        assert_eq!(rank_of(&trie, "社合"), None);
        let codes: Vec<u16> = "合作社员们好".chars().map(code_of).collect();
        let lens: Vec<usize> = prefixes(&trie, &codes).iter().map(|p| p.0).collect();
        assert_eq!(lens, [1, 2, 3, 5]);
    }

    #[test]
    fn a_word_listed_again_takes_the_later_frequency_and_the_first_rank() {
        let mut builder = Builder::default();
        builder.add("带动", 10, Rank::Counted, 2.0, false);
        builder.add("带动", 1000, Rank::Keyword, 3.0, true);
        builder.add("带头", 10, Rank::Counted, 2.0, false);
        let trie = builder.finish([]);
        let again = node_of(&trie, "带动").unwrap();
        let once = node_of(&trie, "带头").unwrap();
        // Counted first, then listed as a term: shown. Its idf is the first one.
        assert_eq!(trie.word(again.0), (Rank::Keyword, 2.0));
        assert_eq!(trie.word(once.0), (Rank::Counted, 2.0));
        // The later, higher frequency makes it the cheaper word.
        assert!(again.1 < once.1);
    }

    #[test]
    fn stop_words_are_demoted_and_uncoded_words_left_out() {
        let trie = built(&[("不算", 5), ("算了", 5), ("abc", 5), ("", 5)]);
        assert_eq!(rank_of(&trie, "不算"), Some(Rank::Boundary));
        assert_eq!(rank_of(&trie, "算了"), Some(Rank::Keyword));
        assert!(prefixes(&trie, &[]).is_empty());
    }
}
