//! Keywords by jieba-rs TF-IDF, with the poverty-alleviation vocabulary loaded into the
//! segmenter so its terms (建档立卡, 两不愁三保障, 易地扶贫搬迁) rank as wholes.
//!
//! TF-IDF rather than TextRank: on local news TextRank ranks the words every report repeats
//! (建设, 发展, 活动) first, while the inverse document frequency pushes them down and lets the
//! article's own subject (尾矿库, 临时救助, 公积金) through. One segmentation pass per article, and
//! the segmenter with its dictionary is built once per process.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

use jieba_rs::{Jieba, KeywordExtract, KeywordExtractConfig, TfIdf};

use crate::entity::table_words;
use crate::model::Keyword;
use crate::ArticleContext;

const DOMAIN_DICT: &str = include_str!("../data/domain_dict.txt");
const STOP_WORDS: &str = include_str!("../data/stop_words.txt");

/// Keywords kept per article.
const TOP_K: usize = 10;

/// Parts of speech a keyword may have: nouns, place and organization names, verbal nouns, set
/// phrases and idioms (jieba tags 合作社 `l`), abbreviations, and the domain terms (tagged `nz`). Verbs and person names are left out: `开展` and a
/// villager's name say little about what an article is about.
const KEYWORD_TAGS: &[&str] = &["n", "nz", "ns", "nt", "vn", "l", "i", "j"];

/// The tag jieba's own dictionary gives some domain terms (`建档立卡/v`); adding a word that is
/// already there changes its frequency, not its tag. Such words are ranked with the rest and kept
/// only when they are domain terms.
const VERB_TAG: &str = "v";

/// The frequency given to words added with [`Keywords::with_words`]: high enough that the
/// segmenter keeps them whole, as it does the domain terms.
const ADDED_WORD_FREQ: usize = 50_000;

/// The default jieba dictionary with the domain vocabulary added, built on first use and shared by
/// keywords and the person finder (which asks it whether a surname starts an ordinary word).
static SHARED: LazyLock<Jieba> = LazyLock::new(|| {
    let mut jieba = Jieba::new();
    for line in domain_lines() {
        let mut cols = line.split_whitespace();
        let Some(word) = cols.next() else { continue };
        let freq = cols.next().and_then(|f| f.parse().ok());
        jieba.add_word(word, freq, cols.next());
    }
    jieba
});

fn domain_lines() -> impl Iterator<Item = &'static str> {
    DOMAIN_DICT.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty())
}

fn domain_terms() -> impl Iterator<Item = &'static str> {
    domain_lines().filter_map(|l| l.split_whitespace().next())
}

pub(crate) fn shared_jieba() -> &'static Jieba {
    &SHARED
}

pub struct Keywords {
    jieba: Cow<'static, Jieba>,
    /// Words kept whatever their tag: the domain vocabulary and words added later.
    terms: HashSet<String>,
    tfidf: TfIdf,
    tags: Vec<String>,
}

impl Keywords {
    pub fn new() -> Self {
        let mut tfidf = TfIdf::default();
        *tfidf.config_mut() = config();
        Keywords {
            jieba: Cow::Borrowed(shared_jieba()),
            terms: domain_terms().map(str::to_string).collect(),
            tfidf,
            tags: KEYWORD_TAGS.iter().chain([&VERB_TAG]).map(|t| t.to_string()).collect(),
        }
    }

    /// Adds words the segmenter must keep whole, such as the names of a region gazetteer
    /// (`下花园区`, `察北管理区`), tagged as place names. Call once, after [`Keywords::new`].
    pub fn with_words<'w>(mut self, words: impl IntoIterator<Item = &'w str>) -> Self {
        let jieba = self.jieba.to_mut();
        for word in words {
            jieba.add_word(word, Some(ADDED_WORD_FREQ), Some("ns"));
            self.terms.insert(word.to_string());
        }
        self
    }

    /// The article's top keywords, best first, with their TF-IDF weight.
    pub fn extract(&self, ctx: &ArticleContext) -> Vec<Keyword> {
        let article = ctx.article;
        let mut text = String::with_capacity(article.span.len() + 64);
        for piece in article.title.iter().chain(article.paragraphs.iter().map(|p| &p.text)) {
            text.push_str(piece);
            text.push('\n');
        }
        if text.trim().is_empty() {
            return Vec::new();
        }
        self.tfidf
            .extract_keywords(&self.jieba, &text, 3 * TOP_K, self.tags.clone())
            .into_iter()
            .filter(|k| k.tag != VERB_TAG || self.terms.contains(&k.keyword))
            .filter(|k| k.keyword.chars().all(crate::entity::is_han))
            .take(TOP_K)
            .map(|k| Keyword { word: k.keyword, weight: (k.weight * 1e4).round() / 1e4 })
            .collect()
    }
}

/// Stop words, two characters at least, no HMM guessing of unknown words (one dictionary pass).
fn config() -> KeywordExtractConfig {
    table_words(STOP_WORDS)
        .fold(KeywordExtractConfig::builder(), |b, w| b.add_stop_word(w))
        .use_hmm(false)
        .min_keyword_length(2)
        .build()
}

impl Default for Keywords {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::tests::article;

    static KEYWORDS: LazyLock<Keywords> = LazyLock::new(Keywords::new);

    fn words(paragraphs: &[&str]) -> Vec<String> {
        let (input, a) = article(paragraphs);
        let ctx = ArticleContext { input: &input, article: &a, reference_date: None };
        KEYWORDS.extract(&ctx).into_iter().map(|k| k.word).collect()
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
        let ctx = ArticleContext { input: &input, article: &a, reference_date: None };
        let got: Vec<String> = keywords.extract(&ctx).into_iter().map(|k| k.word).collect();
        assert!(got.iter().any(|w| w == "花溪营区"), "{got:?}");
    }

    #[test]
    fn empty_article_has_no_keywords() {
        assert!(words(&[]).is_empty());
        assert!(words(&["，。；"]).is_empty());
    }
}
