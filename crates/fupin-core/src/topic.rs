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

use crate::model::{Theme, Topic};
use crate::ArticleContext;
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind, StartKind};
use std::collections::HashSet;

const CUES: &str = include_str!("../data/cues.tsv");
const THEMES: &str = include_str!("../data/themes.tsv");

/// A cue this heavy names the work itself (`扶贫`, `建档立卡`); a poverty-related article has one.
const STRONG_CUE: f32 = 3.0;
/// The normalised cue weight at which the score reaches 0.5, the relevance threshold: a little
/// below one strong cue, so a short caption naming the work once is related.
const HALF_SCORE_DENSITY: f64 = 2.5;
/// Lengths (in chars) below this count as this, so one cue in a caption is not over-weighted.
const MIN_LENGTH: f64 = 200.0;
/// Theme mentions needed in a poverty-related article; a short one needs only one.
const THEME_HITS: usize = 2;
const SHORT_ARTICLE_CHARS: usize = 400;
/// Theme mentions needed in an article that is not about poverty, which a client filtering by
/// theme should still find when it dwells on one (a report on 低保 standards).
const THEME_HITS_UNRELATED: usize = 3;

pub struct Topics {
    cues: Words,
    weights: Vec<f32>,
    themes: Words,
    theme_of: Vec<Theme>,
    /// The keys of both lists, which an article is read for at once.
    keys: Keys,
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
/// rules a position out with one bit, and only the few positions it lets through are tried
/// with the automaton, anchored there. That costs a fraction of running an automaton over
/// every byte.
pub(crate) struct Words {
    /// The words' trie as a table of transitions, walked from the position a key lets through.
    automaton: DFA,
    /// Where every walk starts.
    start: StateID,
    /// The words' first bytes.
    keys: Keys,
    /// The position in the list given to [`Words::new`] of each word the automaton holds.
    numbers: Vec<usize>,
}

/// A set of first bytes of words, tested with one bit per position of a text; one set may
/// hold the keys of several lists, so a text read for all of them is tested once per position.
struct Keys {
    /// Bits of [`key_slot`] of the words' keys.
    bits: Box<[u64; KEY_TABLE_WORDS]>,
    /// Keeps the bytes of a key out of eight read at once: the first [`KEY_BYTES`] bytes of
    /// a word, or all of the shortest word when that is shorter.
    mask: u64,
    /// The length of a key: no word fits in fewer bytes.
    len: usize,
    /// Bits of [`char_slot`] of the first and second characters of the words, when every word
    /// has two and those are Chinese (three bytes): a character in none of them starts no word
    /// and follows no word's first, so the scan passes over it and the one before it after one
    /// test. A character of another width is in none of them, whatever bit it hits.
    pairs: Option<Box<[u64; CHAR_TABLE_WORDS]>>,
}

impl Keys {
    /// The keys of `words` (none empty).
    fn new(words: &[&str]) -> Keys {
        let len = words.iter().map(|w| w.len()).min().unwrap_or(1).min(KEY_BYTES);
        let mask = u64::MAX >> (64 - 8 * len);
        let mut bits = Box::new([0u64; KEY_TABLE_WORDS]);
        for w in words {
            let (word, bit) = key_slot(eight_at(w.as_bytes(), 0) & mask);
            bits[word] |= 1 << bit;
        }
        let mut pairs = Box::new([0u64; CHAR_TABLE_WORDS]);
        let mut wide = true;
        for w in words {
            let mut chars = w.chars().take(2).map(char::len_utf8);
            wide &= chars.next() == Some(3) && chars.next() == Some(3);
            for at in [0, 3].into_iter().filter(|&at| at < w.len()) {
                set_bit(&mut pairs[..], char_slot(eight_at(w.as_bytes(), at) & THREE_BYTES));
            }
        }
        Keys { bits, mask, len, pairs: wide.then_some(pairs) }
    }

    /// The first position from `at` on (a character boundary) where a word may start.
    #[inline(always)]
    fn next_candidate(&self, bytes: &[u8], mut at: usize) -> Option<usize> {
        while at + self.len <= bytes.len() {
            let eight = eight_at(bytes, at);
            if let Some(pairs) = &self.pairs {
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
                if !has_bit(&pairs[..], char_slot(next & THREE_BYTES)) {
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
        let (word, bit) = key_slot(eight & self.mask);
        self.bits[word] >> bit & 1 == 1
    }
}

/// The most first bytes of a word its key holds: two Chinese characters.
const KEY_BYTES: usize = 6;

/// log2 of the number of bits of a key table: 32 KB, in which even the thousands of division
/// names leave most bits clear.
const KEY_TABLE_BITS: u32 = 18;
const KEY_TABLE_WORDS: usize = 1 << (KEY_TABLE_BITS - 6);

/// log2 of the number of bits of the table of words' first and second characters: 4 KB.
const CHAR_TABLE_BITS: u32 = 15;
const CHAR_TABLE_WORDS: usize = 1 << (CHAR_TABLE_BITS - 6);

/// Where a character (its bytes as a number) sits in a character table: its bit.
#[inline(always)]
fn char_slot(c: u64) -> usize {
    (c.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - CHAR_TABLE_BITS)) as usize
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

/// Where a key sits in a key table: its word and bit.
#[inline(always)]
fn key_slot(key: u64) -> (usize, u32) {
    let slot = key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - KEY_TABLE_BITS);
    ((slot >> 6) as usize % KEY_TABLE_WORDS, (slot & 63) as u32)
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
        let mut seen = HashSet::new();
        let (kept, numbers): (Vec<&str>, Vec<usize>) =
            words.into_iter().zip(0..).filter(|&(w, _)| !w.is_empty() && seen.insert(w)).unzip();
        let keys = Keys::new(&kept);
        let automaton = DFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .prefilter(false)
            .build(&kept)
            .expect("embedded word lists build");
        let start = automaton.start_state(Anchored::Yes).expect("an anchored start");
        Words { automaton, start, keys, numbers }
    }

    /// The longest word at byte `at`: `(word, start, end)`. The walk ends where no word goes
    /// on, so it reads no more bytes than the longest word has. Kept out of line: it runs at
    /// few places, and the scanning loops stay small without it.
    #[inline(never)]
    fn at(&self, text: &str, at: usize) -> Option<(usize, usize, usize)> {
        let dfa = &self.automaton;
        let mut sid = self.start;
        let mut longest = None;
        for (end, &b) in (at + 1..).zip(text.as_bytes().get(at..)?) {
            sid = dfa.next_state(Anchored::Yes, sid, b);
            if !dfa.is_special(sid) {
                continue;
            }
            if dfa.is_dead(sid) {
                break;
            }
            if dfa.is_match(sid) {
                let pid = dfa.match_pattern(sid, 0);
                // a match state also holds the words that end here but start later
                if end - dfa.pattern_len(pid) == at {
                    longest = Some((self.numbers[pid.as_usize()], at, end));
                }
            }
        }
        longest
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

/// Reads `text` once for both lists, testing each position against the keys of both
/// (`keys`): calls `first` and `second` with the words of each list's own leftmost-longest
/// matches, in text order.
fn walk(
    text: &str,
    keys: &Keys,
    lists: [&Words; 2],
    mut first: impl FnMut(usize),
    mut second: impl FnMut(usize),
) {
    let bytes = text.as_bytes();
    // where each list's next match may start: after its last
    let mut free = [0usize; 2];
    let mut at = 0;
    while let Some(start) = keys.next_candidate(bytes, at) {
        let eight = eight_at(bytes, start);
        for (k, list) in lists.iter().enumerate() {
            if start < free[k] || !list.keys.may_start(eight) {
                continue;
            }
            if let Some((word, _, end)) = list.at(text, start) {
                free[k] = end;
                if k == 0 { first(word) } else { second(word) }
            }
        }
        at = start + utf8_width(eight);
    }
}

/// The number of characters of `text` that are not white space, counted over its bytes rather
/// than character by character: every byte that is no continuation byte starts a character,
/// and the few white space characters beyond ASCII are found by their rare first bytes.
fn visible_chars(text: &str) -> usize {
    let bytes = text.as_bytes();
    let visible = |b: u8| (b as i8) >= -0x40 && b != b' ' && !(0x09..=0x0D).contains(&b);
    // counted in bytes, 255 at a time, which the compiler does many bytes per step
    let starts: usize =
        bytes.chunks(255).map(|c| usize::from(c.iter().fold(0u8, |n, &b| n + u8::from(visible(b))))).sum();
    let wide = memchr::memchr3_iter(0xC2, 0xE1, 0xE2, bytes).filter(|&at| space_at(text, at)).count()
        + memchr::memmem::find_iter(bytes, "\u{3000}").count();
    starts - wide
}

/// Whether the character at byte `at` of `text` is white space (`char::is_whitespace`),
/// decoding only those whose first byte a white space character can have.
fn space_at(text: &str, at: usize) -> bool {
    match text.as_bytes()[at] {
        b @ 0..0x80 => b == b' ' || (0x09..=0x0D).contains(&b),
        // U+0085 and U+00A0; U+1680; U+2000 to U+205F; U+3000
        0xC2 | 0xE1 | 0xE2 | 0xE3 => text[at..].chars().next().is_some_and(char::is_whitespace),
        _ => false,
    }
}

impl Topics {
    pub fn new() -> Self {
        let (cue_words, weights): (Vec<&str>, Vec<f32>) = table_rows(CUES)
            .filter_map(|r| Some((*r.first()?, r.get(1)?.parse::<f32>().ok()?)))
            .unzip();
        let (theme_words, theme_of): (Vec<&str>, Vec<Theme>) = table_rows(THEMES)
            .filter_map(|r| Some((*r.get(1)?, theme_named(r.first()?)?)))
            .unzip();
        let keys = Keys::new(&cue_words.iter().chain(&theme_words).copied().filter(|w| !w.is_empty()).collect::<Vec<_>>());
        Topics { cues: Words::new(cue_words), weights, themes: Words::new(theme_words), theme_of, keys }
    }

    pub fn classify(&self, ctx: &ArticleContext) -> Topic {
        let a = ctx.article;
        let texts = [&a.title, &a.kicker, &a.subtitle]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .chain(a.paragraphs.iter().map(|p| p.text.as_str()))
            .chain(a.captions.iter().map(|c| c.text.as_str()));
        let mut weight = 0.0f64;
        let mut strong = false;
        let mut chars = 0usize;
        let mut hits: Vec<(Theme, usize)> = Vec::new();
        for text in texts {
            let cue = |cue: usize| {
                let w = self.weights[cue];
                strong |= w >= STRONG_CUE;
                weight += f64::from(w);
            };
            let theme = |word: usize| {
                let theme = self.theme_of[word];
                match hits.iter_mut().find(|(t, _)| *t == theme) {
                    Some((_, n)) => *n += 1,
                    None => hits.push((theme, 1)),
                }
            };
            walk(text, &self.keys, [&self.cues, &self.themes], cue, theme);
            chars += visible_chars(text);
        }
        let density = weight / ((chars as f64).max(MIN_LENGTH) / MIN_LENGTH).sqrt();
        let score = density / (density + HALF_SCORE_DENSITY);
        let poverty_related = strong && score >= 0.5;
        let needed = match (poverty_related, chars < SHORT_ARTICLE_CHARS) {
            (true, true) => 1,
            (true, false) => THEME_HITS,
            (false, _) => THEME_HITS_UNRELATED,
        };
        hits.retain(|&(_, n)| n >= needed);
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
        Topics::new().classify(&ArticleContext { input: &input, article: &article, reference_date: None })
    }

    fn words_in(words: &[&str], text: &str) -> Vec<(usize, String)> {
        Words::new(words.iter().copied()).find(text).map(|(w, s, e)| (w, text[s..e].to_string())).collect()
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
