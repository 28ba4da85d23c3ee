//! Keywords by TF-IDF over a dictionary segmentation of the article, with the
//! poverty-alleviation vocabulary in the dictionary so its terms (建档立卡, 两不愁三保障,
//! 易地扶贫搬迁) rank as wholes.
//!
//! TF-IDF rather than TextRank: on local news TextRank ranks the words every report repeats
//! (建设, 发展, 活动) first, while the inverse document frequency pushes them down and lets the
//! article's own subject (尾矿库, 临时救助, 公积金) through.
//!
//! The segmentation is jieba's (most probable path through the dictionary words, no guessing of
//! unknown words) over jieba's own dictionary and IDF table, shipped compressed in
//! `data/jieba_words.tsv.zst`. It runs on a trie made for the job instead of the jieba-rs
//! segmenter: only runs of Han characters are segmented, one trie walk per character with no
//! per-word allocation, and only the words the ranking counts are looked at. jieba-rs itself stays
//! for the person and organization finders ([`shared_jieba`]).

use std::sync::LazyLock;

use jieba_rs::Jieba;

use crate::entity::table_words;
use crate::model::Keyword;
use crate::ArticleContext;

use trie::Step;

mod trie;

const DOMAIN_DICT: &str = include_str!("../data/domain_dict.txt");
const STOP_WORDS: &str = include_str!("../data/stop_words.txt");
/// jieba's dictionary with inverse document frequencies (see `data/README.md`).
const WORD_TABLE: &[u8] = include_bytes!("../data/jieba_words.tsv.zst");

/// Keywords kept per article.
const TOP_K: usize = 10;

/// Words ranked before the verb rule drops some: the best `3 * TOP_K`, as jieba's extractor was
/// asked for, so the keywords of an article stay those it gave.
const CANDIDATES: usize = 3 * TOP_K;

/// Parts of speech a keyword may have: nouns, place and organization names, verbal nouns, set
/// phrases and idioms (jieba tags 合作社 `l`), abbreviations, and the domain terms (tagged `nz`).
/// Verbs and person names are left out: `开展` and a villager's name say little about what an
/// article is about.
const KEYWORD_TAGS: &[&str] = &["n", "nz", "ns", "nt", "vn", "l", "i", "j"];

/// The tag jieba's own dictionary gives some domain terms (`建档立卡/v`); adding a word that is
/// already there changes its frequency, not its tag. Verbs count in the term frequencies (as
/// jieba's extractor counted them) but are shown only when they are domain terms.
const VERB_TAG: &str = "v";

/// Shorter words are never keywords.
const MIN_KEYWORD_CHARS: usize = 2;

/// The frequency given to words added with [`Keywords::with_words`]: high enough that the
/// segmentation keeps them whole, as it does the domain terms.
const ADDED_WORD_FREQ: u32 = 50_000;

/// The default jieba dictionary with the domain vocabulary added, built on first use and shared by
/// the person and organization finders (which tag short clauses with it).
static SHARED: LazyLock<Jieba> = LazyLock::new(|| {
    let mut jieba = Jieba::new();
    for (word, freq, tag) in domain_words() {
        jieba.add_word(word, freq.map(|f| f as usize), tag);
    }
    jieba
});

/// The domain vocabulary: word, frequency and tag, in jieba's dictionary format.
fn domain_words() -> impl Iterator<Item = (&'static str, Option<u32>, Option<&'static str>)> {
    DOMAIN_DICT.lines().filter(|l| !l.starts_with('#')).filter_map(|line| {
        let mut cols = line.split_whitespace();
        let word = cols.next()?;
        Some((word, cols.next().and_then(|f| f.parse().ok()), cols.next()))
    })
}

pub(crate) fn shared_jieba() -> &'static Jieba {
    &SHARED
}

pub struct Keywords {
    lexicon: Lexicon,
    /// Words added with [`Keywords::with_words`], kept to rebuild the lexicon with more.
    added: Vec<String>,
}

impl Keywords {
    pub fn new() -> Self {
        Keywords { lexicon: Lexicon::build(&[]), added: Vec::new() }
    }

    /// Adds words the segmentation must keep whole, such as the names of a region gazetteer
    /// (`下花园区`, `察北管理区`), tagged as place names. Rebuilds the lexicon: call once, after
    /// [`Keywords::new`].
    pub fn with_words<'w>(mut self, words: impl IntoIterator<Item = &'w str>) -> Self {
        self.added.extend(words.into_iter().map(str::to_string));
        Keywords { lexicon: Lexicon::build(&self.added), added: self.added }
    }

    /// The article's top keywords, best first, with their TF-IDF weight: how often the word
    /// occurs among the counted words of the article, times its inverse document frequency.
    pub fn extract(&self, ctx: &ArticleContext) -> Vec<Keyword> {
        let article = ctx.article;
        let pieces = || article.title.iter().chain(article.paragraphs.iter().map(|p| &p.text));
        let longest = pieces().map(|p| p.len()).max().unwrap_or(0);
        let kept = KEPT.take();
        let mut scratch = Scratch::for_runs(longest, kept.run, kept.steps);
        // room for the distinct words an article of this length mostly has: the tally then
        // neither regrows its list (copying it) nor rebuilds its table as it fills
        scratch.found = Tally::with_room(pieces().map(|p| p.len()).sum::<usize>() / BYTES_PER_DISTINCT_WORD, kept.slots);
        for piece in pieces() {
            self.lexicon.count_words(piece, &mut scratch);
        }
        let keywords = self.lexicon.rank(&scratch.found);
        let Scratch { run, steps, found } = scratch;
        let small = |capacity: usize| capacity <= KEPT_CAPACITY;
        if small(run.capacity()) && small(steps.capacity()) && small(found.slots.capacity()) {
            KEPT.set(Kept { run, steps, slots: found.slots });
        }
        keywords
    }
}

impl Default for Keywords {
    fn default() -> Self {
        Self::new()
    }
}

/// First and last character the lexicon codes: the CJK Unified Ideographs and their extension A.
/// A character's code is its offset from `FIRST_HAN` plus one, 0 for any other character; the
/// trie node of a single character is its code.
const FIRST_HAN: u32 = 0x3400;
const LAST_HAN: u32 = 0x9FFF;
const CODES: usize = (LAST_HAN - FIRST_HAN + 1) as usize;

fn code_of(c: char) -> u16 {
    code_of_scalar(c as u32)
}

fn code_of_scalar(c: u32) -> u16 {
    // one unsigned compare for both ends of the range
    let offset = c.wrapping_sub(FIRST_HAN);
    if offset <= LAST_HAN - FIRST_HAN {
        (offset + 1) as u16
    } else {
        0
    }
}

/// The code of the character at byte `at` of `text` and its length in bytes, read straight from
/// the bytes: every coded character takes three.
#[inline]
fn code_at(text: &[u8], at: usize) -> (u16, usize) {
    match text[at..] {
        [lead @ 0xE0..=0xEF, second, third, ..] => {
            // the marks of the three bytes (1110, 10, 10) come off in one subtraction: the text is
            // UTF-8, so the two after a lead of three are continuation bytes
            let sum = (u32::from(lead) << 12) + (u32::from(second) << 6) + u32::from(third);
            let scalar = sum.wrapping_sub(0xE_2080);
            (code_of_scalar(scalar), 3)
        }
        [0..=0x7F, ..] => (0, 1),
        [0xC0..=0xDF, ..] => (0, 2),
        _ => (0, 4),
    }
}

/// Costs are negative log probabilities in fixed point: jieba's most probable path is the
/// cheapest, and integers add up exactly whatever the length of a run.
const COST_SCALE: f64 = 1000.0;

/// What a trie node is to the ranking.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Rank {
    /// A prefix of longer words only.
    #[default]
    NotWord,
    /// A word that only places boundaries (function words, numerals, names, single characters,
    /// stop words).
    Boundary,
    /// Counted in the term frequencies, never shown (verbs other than domain terms).
    Counted,
    /// Counted and shown.
    Keyword,
}

impl Rank {
    /// Whether a word of this rank counts in the term frequencies.
    fn is_counted(self) -> bool {
        matches!(self, Rank::Counted | Rank::Keyword)
    }
}

/// The dictionary the keywords are segmented and ranked with.
struct Lexicon {
    trie: trie::Trie,
}

/// Per-article work space, reused from run to run.
#[derive(Default)]
struct Scratch<'t> {
    /// The characters of the current run, at its start: a run is made of coded characters only,
    /// three bytes each, so the run's start says where each is. A slot per three bytes of the
    /// longest piece, written in place.
    run: Vec<trie::Char>,
    /// Best path to each character boundary of the run.
    steps: Vec<Step>,
    /// Counted words of the article.
    found: Tally<'t>,
}

impl Scratch<'_> {
    /// Room for runs from pieces of at most `bytes`: a run has at most a character per three
    /// bytes, so the buffers never grow. `run` and `steps` are the buffers of an article before,
    /// whose contents are never read.
    fn for_runs(bytes: usize, mut run: Vec<trie::Char>, mut steps: Vec<Step>) -> Self {
        let chars = bytes / 3 + 1;
        if run.len() < chars {
            run.resize(chars, trie::Char::BLANK);
        }
        steps.clear();
        steps.reserve(chars + 1);
        Scratch { run, steps, found: Tally::default() }
    }
}

/// The buffers of an article's [`Scratch`], kept for the next one: the articles of a page need
/// them one after the other, and allocating them afresh for each cost a large allocation and its
/// release each time.
#[derive(Default)]
struct Kept {
    run: Vec<trie::Char>,
    steps: Vec<Step>,
    slots: Vec<(u32, u32)>,
}

/// The most entries a kept buffer may hold: one huge article should not pin its memory for good.
const KEPT_CAPACITY: usize = 1 << 16;

thread_local! {
    /// This thread's buffers, from the article it read last.
    static KEPT: std::cell::Cell<Kept> = const { std::cell::Cell::new(Kept { run: Vec::new(), steps: Vec::new(), slots: Vec::new() }) };
}

/// The counted words of an article and how often each occurs, in the order first met, with an
/// open-addressing table of their indices keyed by trie node: counting a word is a probe or two
/// in a small table, and ranking needs no sort of all words.
#[derive(Default)]
struct Tally<'t> {
    counts: Vec<Count<'t>>,
    /// A word's node and its index in `counts`, [`EMPTY_SLOT`] for none; at most half full.
    slots: Vec<(u32, u32)>,
    total: u32,
}

/// Bytes of an article per distinct counted word, about: what a [`Tally`] is sized for.
const BYTES_PER_DISTINCT_WORD: usize = 12;

impl Tally<'_> {
    /// An empty tally with room for `words` distinct words, its table in `slots` (whose contents
    /// are cleared).
    fn with_room(words: usize, mut slots: Vec<(u32, u32)>) -> Self {
        slots.clear();
        slots.resize((2 * words).next_power_of_two().max(MIN_SLOTS), EMPTY_SLOT);
        Tally { counts: Vec::with_capacity(words), slots, total: 0 }
    }
}

/// The fewest slots a [`Tally`] table has.
const MIN_SLOTS: usize = 64;

/// An empty [`Tally`] slot: no counted word has the node [`trie::UNCOUNTED`].
const EMPTY_SLOT: (u32, u32) = (trie::UNCOUNTED, 0);

/// A counted word: its node, how often it occurs, and the word itself. What ranking needs of
/// the word is read from the trie once per distinct word, when ranking.
#[derive(Debug, Clone, Copy)]
struct Count<'t> {
    node: u32,
    times: u32,
    word: &'t str,
}

impl<'t> Tally<'t> {
    /// Counts the counted words of the cheapest path to the end of a run of `piece` starting at
    /// byte `run_start`, read back from its end.
    fn add_path(&mut self, steps: &[Step], piece: &'t str, run_start: usize) {
        let offset = |char: usize| run_start + 3 * char;
        let mut end = steps.len() - 1;
        while let Some(step) = steps.get(end).filter(|_| end > 0) {
            let start = step.start as usize;
            if step.node != trie::UNCOUNTED {
                self.add(step.node, piece, offset(start), offset(end));
            }
            end = start;
        }
    }

    /// Counts the word of `node`, `piece[at..end]`: the text is sliced only the first time.
    fn add(&mut self, node: u32, piece: &'t str, at: usize, end: usize) {
        self.total += 1;
        if 2 * (self.counts.len() + 1) > self.slots.len() {
            self.slots = vec![EMPTY_SLOT; (2 * self.slots.len()).max(MIN_SLOTS)];
            for (index, seen) in self.counts.iter().enumerate() {
                let slot = Self::slot(&self.slots, seen.node);
                self.slots[slot] = (seen.node, index as u32);
            }
        }
        let slot = Self::slot(&self.slots, node);
        match self.slots[slot] {
            EMPTY_SLOT => {
                self.slots[slot] = (node, self.counts.len() as u32);
                let word = piece.get(at..end).unwrap_or_default();
                self.counts.push(Count { node, times: 1, word });
            }
            (_, index) => self.counts[index as usize].times += 1,
        }
    }

    /// The slot of `node`: the first from its hash that holds it or is empty.
    fn slot(slots: &[(u32, u32)], node: u32) -> usize {
        let mask = slots.len() - 1;
        let mut i = (u64::from(node).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & mask;
        while slots[i].0 != node && slots[i] != EMPTY_SLOT {
            i = (i + 1) & mask;
        }
        i
    }
}

impl Lexicon {
    /// Reads the word table, then the domain vocabulary, then `added`; a word listed again takes
    /// the later frequency and keeps its first tag, as jieba's `add_word` does.
    fn build(added: &[String]) -> Self {
        let table = zstd::decode_all(WORD_TABLE).expect("the embedded word table decompresses");
        let table = String::from_utf8(table).expect("the embedded word table is UTF-8");
        let mut builder = trie::Builder::default();
        let mut median_idf = 0.0;
        for line in table.lines() {
            if let Some(median) = line.strip_prefix("#median-idf\t") {
                median_idf = median.parse().unwrap_or(0.0);
            }
            if line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(word), Some(freq), Some(tag)) = (cols.next(), cols.next(), cols.next()) else {
                continue;
            };
            let idf = cols.next().and_then(|i| i.parse().ok()).unwrap_or(median_idf);
            builder.add(word, freq.parse().unwrap_or(0), rank_of(word, tag), idf, false);
        }
        for (word, freq, tag) in domain_words() {
            let rank = rank_of(word, tag.unwrap_or(""));
            builder.add(word, freq.unwrap_or(ADDED_WORD_FREQ), rank, median_idf, true);
        }
        for word in added {
            builder.add(word, ADDED_WORD_FREQ, rank_of(word, "ns"), median_idf, true);
        }
        Lexicon { trie: builder.finish(table_words(STOP_WORDS)) }
    }

    /// Segments the runs of Han characters of `piece` and adds its counted words to `found`.
    fn count_words<'t>(&self, piece: &'t str, scratch: &mut Scratch<'t>) {
        let bytes = piece.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            let (code, len) = code_at(bytes, at);
            if code == 0 {
                at += len;
                continue;
            }
            let (n, run_end, next) = self.trie.read_run(bytes, at, &mut scratch.run);
            self.segment_run(piece, n, run_end, scratch);
            at = next;
        }
    }

    /// The most probable segmentation of the run of `n` characters at the start of
    /// `scratch.run` (ending at byte `run_end`); then its counted words, read back along the
    /// path.
    #[inline]
    fn segment_run<'t>(&self, piece: &'t str, n: usize, run_end: usize, scratch: &mut Scratch<'t>) {
        let Scratch { run, steps, found } = scratch;
        // A run of one character has only a word too short to count (`2020年`, `3万元`).
        if n >= MIN_KEYWORD_CHARS {
            let run = &mut run[..n];
            steps.clear();
            steps.resize(n + 1, Step::UNREACHED);
            steps[0].cost = 0;
            self.trie.probe(run);
            self.trie.walk(run, steps);
            found.add_path(steps, piece, run_end - 3 * n);
        }
    }

    /// TF-IDF over the counted words: the best [`CANDIDATES`], of them the keywords, best first
    /// (ties by word, so the order does not depend on the text's). The best are kept in order
    /// as the words come: most are worse than the last kept and cost a comparison.
    fn rank(&self, found: &Tally) -> Vec<Keyword> {
        let total = f64::from(found.total);
        let is_before = |a: &Scored, b: &Scored| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)).is_lt();
        let mut best: Vec<Scored> = Vec::with_capacity(CANDIDATES + 1);
        for count in &found.counts {
            let (rank, idf) = self.trie.word(count.node);
            let scored = (f64::from(count.times) * f64::from(idf) / total, count.word, rank);
            if best.len() == CANDIDATES && best.last().is_some_and(|last| !is_before(&scored, last)) {
                continue;
            }
            let at = best.partition_point(|kept| is_before(kept, &scored));
            best.insert(at, scored);
            best.truncate(CANDIDATES);
        }
        best.into_iter()
            .filter(|&(_, _, rank)| rank == Rank::Keyword)
            .take(TOP_K)
            .map(|(weight, word, _)| Keyword { word: word.to_string(), weight: (weight * 1e4).round() / 1e4 })
            .collect()
    }
}

/// A counted word's weight, the word and its rank.
type Scored<'t> = (f64, &'t str, Rank);

/// What a word of part of speech `tag` is to the ranking (stop words aside).
fn rank_of(word: &str, tag: &str) -> Rank {
    let rank = if KEYWORD_TAGS.contains(&tag) {
        Rank::Keyword
    } else if tag == VERB_TAG {
        Rank::Counted
    } else {
        return Rank::Boundary;
    };
    if word.chars().nth(MIN_KEYWORD_CHARS - 1).is_none() {
        Rank::Boundary
    } else {
        rank
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::tests::article;

    static KEYWORDS: LazyLock<Keywords> = LazyLock::new(Keywords::new);

    fn keywords(extractor: &Keywords, paragraphs: &[&str]) -> Vec<(String, f64)> {
        let (input, a) = article(paragraphs);
        let ctx = ArticleContext { input: &input, article: &a, reference_date: None, loose: None };
        extractor.extract(&ctx).into_iter().map(|k| (k.word, k.weight)).collect()
    }

    fn words(paragraphs: &[&str]) -> Vec<String> {
        keywords(&KEYWORDS, paragraphs).into_iter().map(|(word, _)| word).collect()
    }

    #[test]
    fn most_probable_split_beats_the_longest_word() {
        // 研究生 is a word, but 研究 + 生命 + 起源 is the likelier reading.
        assert_eq!(words(&["研究生命起源"]), ["起源", "生命", "研究"]);
    }

    #[test]
    fn weight_is_frequency_among_counted_words_times_idf() {
        // 合作社 (idf 8.654 in jieba's table) alone: its weight is its idf.
        assert_eq!(keywords(&KEYWORDS, &["合作社，合作社。"]), [("合作社".to_string(), 8.654)]);
        // Runs of one character count for nothing.
        assert_eq!(keywords(&KEYWORDS, &["合作社，社，合作社2年"]), [("合作社".to_string(), 8.654)]);
        // The verb 带动 counts in the total but is not shown: half the weight.
        assert_eq!(keywords(&KEYWORDS, &["合作社带动。"]), [("合作社".to_string(), 4.327)]);
    }

    #[test]
    fn words_without_idf_take_the_median() {
        let extractor = Keywords::new().with_words(["花溪营区"]);
        assert_eq!(keywords(&extractor, &["花溪营区。"]), [("花溪营区".to_string(), 11.955)]);
    }

    #[test]
    fn runs_break_at_other_scripts_and_survive_odd_text() {
        // No word spans the Latin letters; nothing panics on a lone run or odd characters.
        assert_eq!(words(&["合作社abc合作社"]), ["合作社"]);
        assert!(words(&["\u{FFFD}\u{1F600}ab\u{3400}\u{9FFF}\u{20000}１２"]).is_empty());
        assert_eq!(code_at("\u{3400}".as_bytes(), 0), (1, 3));
        assert_eq!(code_at("\u{9FFF}".as_bytes(), 0), (CODES as u16, 3));
        assert_eq!(code_at("\u{A000}a".as_bytes(), 0), (0, 3));
        assert_eq!(code_at("\u{20000}".as_bytes(), 0), (0, 4));
        // read from the bytes, every character of three bytes has the code of its code point
        for c in ('\u{800}'..='\u{FFFF}').filter(|c| c.len_utf8() == 3) {
            assert_eq!(code_at(c.to_string().as_bytes(), 0), (code_of(c), 3), "{c:?}");
        }
    }

    #[test]
    fn domain_terms_stay_whole() {
        let got = words(&[
            "建档立卡贫困户全部实现两不愁三保障，易地扶贫搬迁安置点建起扶贫车间。",
            "建档立卡学生享受三免一助政策，扶贫车间吸纳贫困户就业，易地扶贫搬迁群众稳定增收。",
        ]);
        for term in ["建档立卡", "扶贫车间", "易地扶贫搬迁"] {
            assert!(got.iter().any(|w| w == term), "{term} missing from {got:?}");
        }
        assert!(!got.iter().any(|w| w == "建档" || w == "立卡"), "{got:?}");
    }

    #[test]
    fn stop_words_and_verbs_are_not_keywords() {
        let got = words(&["记者近日从市里获悉，全市积极开展工作，合作社带动农户发展养殖，合作社效益好。"]);
        assert!(got.iter().any(|w| w == "合作社"), "{got:?}");
        for w in ["记者", "近日", "开展", "工作"] {
            assert!(!got.iter().any(|g| g == w), "{w} in {got:?}");
        }
    }

    #[test]
    fn added_words_are_kept_whole() {
        let keywords = Keywords::new().with_words(["花溪营区"]);
        let (input, a) = article(&["花溪营区发展光伏，花溪营区光伏电站建成。"]);
        let ctx = ArticleContext { input: &input, article: &a, reference_date: None, loose: None };
        let got: Vec<String> = keywords.extract(&ctx).into_iter().map(|k| k.word).collect();
        assert!(got.iter().any(|w| w == "花溪营区"), "{got:?}");
    }

    #[test]
    fn empty_article_has_no_keywords() {
        assert!(words(&[]).is_empty());
        assert!(words(&["，。；"]).is_empty());
    }
}
