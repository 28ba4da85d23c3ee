//! fupin-core: the raw text of a Chinese local-news page in, structured records out.
//!
//! Pure by design: no I/O, no async runtime, no protobuf. [`Extractor::new`] builds every
//! dictionary and automaton once; [`Extractor::extract`] is then a read-only pass that can be
//! shared across threads.
//!
//! Data flows one way: text → [`page`] (articles, bylines, captions, discarded furniture) →
//! [`region`] (page-wide, so context resolves ambiguous names) → per-article stages, each of which
//! reads the article and the records of the stages before it: [`time`], [`entity`], [`quantity`], [`change`], [`program`], [`term`], [`topic`],
//! [`keyword`]. The topic's words are read before the regions, in the walk over each article's
//! texts that finds the division names: they need no stage's records. The same walk notes where
//! the time scan stops and finds the entity finders' words, kept for their stages (`walk`).

pub mod change;
mod charset;
pub mod entity;
pub mod error;
pub mod keyword;
pub mod model;
pub mod numeral;
pub mod page;
pub mod program;
pub mod quantity;
pub mod region;
pub mod span;
pub mod term;
pub mod time;
pub mod topic;
mod walk;

pub use error::Error;
pub use model::*;

use std::borrow::Cow;

/// Inputs larger than this are refused: a newspaper page is a few tens of kilobytes, and the
/// extraction is linear, but a bound keeps one request from holding a worker for seconds.
pub const MAX_INPUT_BYTES: usize = 4 * 1024 * 1024;

/// Per-request options.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The date relative expressions (今年, 去年, 12月21日) are resolved against. When absent each
    /// article's own date is used (a timeline's post prints its time), else the page's printed
    /// date, and failing that they stay unresolved.
    pub reference_date: Option<Date>,
}

/// What a stage sees of one article: the input, the article as the stages before it left it,
/// and the date relative times resolve against.
pub struct ArticleContext<'a> {
    pub input: &'a str,
    pub article: &'a Article,
    pub reference_date: Option<Date>,
    /// The headline and captions as paragraphs, made once for all the stages of an article
    /// ([`Loose::of`]); `None`, and each call of [`ArticleContext::texts`] makes them anew.
    pub loose: Option<&'a Loose>,
}

/// The headline and captions of an article as paragraphs ([`ArticleContext::headline`],
/// [`ArticleContext::captions`]). Every stage reads them: made once, they are copied once, where
/// each stage making its own copied the headline and every caption again.
#[derive(Debug, Clone, Default)]
pub struct Loose {
    headline: Option<Paragraph>,
    captions: Vec<Paragraph>,
}

impl Loose {
    /// The loose paragraphs of `ctx`'s article.
    pub fn of(ctx: &ArticleContext) -> Loose {
        Loose { headline: ctx.headline(), captions: ctx.captions().collect() }
    }
}

impl<'a> ArticleContext<'a> {
    /// The article's body paragraphs; each maps offsets of its text back to the input.
    pub fn paragraphs(&self) -> impl Iterator<Item = &'a Paragraph> {
        self.article.paragraphs.iter()
    }

    /// The headline as a paragraph, where its text is the input's own at its span, so every
    /// span a stage derives from it holds.
    pub fn headline(&self) -> Option<Paragraph> {
        let a = self.article;
        self.loose(a.title.as_deref()?, a.title_span?)
    }

    /// The photo captions as paragraphs, those whose text is the input's own at their span.
    pub fn captions(&self) -> impl Iterator<Item = Paragraph> + '_ {
        self.article.captions.iter().filter_map(|c| self.loose(&c.text, c.span))
    }

    /// Everything of the article a stage reads, in reading order: headline, paragraphs, captions.
    pub fn texts(&self) -> Vec<Cow<'a, Paragraph>> {
        // room for all at once: collecting would size the list by the body alone and grow it
        // for the headline
        let a = self.article;
        let mut texts = Vec::with_capacity(1 + a.paragraphs.len() + a.captions.len());
        match self.loose {
            Some(loose) => {
                texts.extend(loose.headline.as_ref().map(Cow::Borrowed));
                texts.extend(self.paragraphs().map(Cow::Borrowed));
                texts.extend(loose.captions.iter().map(Cow::Borrowed));
            }
            None => {
                texts.extend(self.headline().map(Cow::Owned));
                texts.extend(self.paragraphs().map(Cow::Borrowed));
                texts.extend(self.captions().map(Cow::Owned));
            }
        }
        texts
    }

    /// Of `scans`, one for each of [`ArticleContext::texts`] in order, those of the body
    /// paragraphs; `None` when they are not that many.
    pub(crate) fn body_scans<'s>(&self, scans: &'s [time::Scanned]) -> Option<&'s [time::Scanned]> {
        let headline = match self.loose {
            Some(loose) => loose.headline.is_some(),
            None => self.headline().is_some(),
        };
        let from = usize::from(headline);
        scans.get(from..from + self.article.paragraphs.len())
    }

    /// The headline and the captions, in that order ([`ArticleContext::texts`] less the body).
    pub(crate) fn loose_texts(&self) -> impl Iterator<Item = Cow<'a, Paragraph>> + '_ {
        let shared = self.loose.into_iter().flat_map(|l| l.headline.iter().chain(&l.captions));
        let made = self.loose.is_none().then(|| self.headline().into_iter().chain(self.captions()));
        shared.map(Cow::Borrowed).chain(made.into_iter().flatten().map(Cow::Owned))
    }

    fn loose(&self, text: &str, span: Span) -> Option<Paragraph> {
        let source = self.input.get(span.start..span.end)?;
        if source == text {
            return Some(Paragraph::contiguous(text, span.start));
        }
        // a caption a fixed-width page wrapped, read without its line breaks
        let lines = Paragraph::from_lines(source, span.start);
        (lines.text == text).then_some(lines)
    }
}

/// Holds every dictionary and automaton; build it once and share it.
pub struct Extractor {
    regions: region::Gazetteer,
    entities: entity::Entities,
    quantities: quantity::Quantities,
    programs: program::Programs,
    terms: term::Terms,
    topics: topic::Topics,
    keywords: keyword::Keywords,
    /// Which of the readers of the walk over each text may start at each character.
    walk_flags: walk::CharFlags,
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

impl Extractor {
    pub fn new() -> Self {
        let regions = region::Gazetteer::new();
        // the topic's walk over an article's texts reads the division names too
        let topics = topic::Topics::with_divisions(&regions.name_texts());
        let entities = entity::Entities::new();
        let topic_firsts = topics.first_chars();
        let walk_flags = walk::CharFlags::new(|c| {
            let flag = |on: bool, flag: u8| if on { flag } else { 0 };
            flag(time::may_open(c), walk::TIME)
                | flag(entities.starts_with(c), walk::ENTITY)
                | flag(topic_firsts.contains(&c), walk::TOPIC)
                | flag(c.is_whitespace(), walk::SPACE)
        });
        Extractor {
            regions,
            entities,
            quantities: quantity::Quantities::new(),
            programs: program::Programs::new(),
            terms: term::Terms::new(),
            topics,
            keywords: keyword::Keywords::new(),
            walk_flags,
        }
    }

    /// Extracts every article of `text` with its records.
    ///
    /// Fails only on input no page can be: empty (or blank) text, or more than
    /// [`MAX_INPUT_BYTES`]. Any other string, however odd, yields a document.
    pub fn extract(&self, text: &str, options: &Options) -> Result<Document, Error> {
        if text.trim().is_empty() {
            return Err(Error::EmptyText);
        }
        if text.len() > MAX_INPUT_BYTES {
            return Err(Error::TooLarge { len: text.len(), max: MAX_INPUT_BYTES });
        }
        let page = page::split(text);
        let mut articles = page.articles;
        // the date relative times resolve against: the request's, else the article's own (a
        // timeline's posts each print their time), else the page's
        let dates: Vec<Option<Date>> = articles
            .iter()
            .map(|a| options.reference_date.or_else(|| a.published_at.as_deref().and_then(|p| Date::parse_iso(p.get(..10)?))).or(page.date))
            .collect();
        // One walk over each article's texts finds the topic's words and the division names:
        // the topic needs no other stage's records, and reading the texts once for both saves
        // a pass.
        // The same walk notes where the time scan stops and finds the entity finders' words,
        // kept for their stages.
        let mut walked = walk::Walked::take();
        let readings: Vec<topic::Reading> =
            articles.iter().map(|a| self.topics.read_walked(a, &self.walk_flags, &self.entities, &mut walked)).collect();
        // Regions first and page-wide: an article that names no division takes the page's, and
        // an ambiguous name (桥东区) is read in the page's city.
        self.regions.resolve_page_read(text, &mut articles, &readings);
        self.enrich(text, &mut articles, &dates, &readings, &walked);
        walked.keep();
        Ok(Document { articles, discarded: page.discarded })
    }

    /// Runs the per-article stages in order; each sees the records of the ones before it
    /// (regions and places are already set by the page-wide pass).
    ///
    /// Each stage reads all the articles of the page before the next one starts: its word
    /// tables and the segmenter's dictionary stay in the cache from one article to the next,
    /// where running every stage on one article at a time evicts each stage's tables before it
    /// is back. A stage reads only the article's own records of the stages before it, so the
    /// results are the same in either order.
    fn enrich(
        &self,
        input: &str,
        articles: &mut [Article],
        dates: &[Option<Date>],
        readings: &[topic::Reading],
        walked: &walk::Walked,
    ) {
        macro_rules! ctx {
            ($article:expr, $loose:expr, $date:expr) => {
                &ArticleContext { input, article: &*$article, reference_date: *$date, loose: Some($loose) }
            };
        }
        // no stage changes a headline or a caption: their paragraphs serve every stage
        let loose: Vec<Loose> = articles
            .iter()
            .zip(dates)
            .map(|(article, &reference_date)| Loose::of(&ArticleContext { input, article, reference_date, loose: None }))
            .collect();
        // each text is scanned for times and numerals once; the facts are read from the same scan
        let time_scans: Vec<_> = articles
            .iter_mut()
            .zip(&loose)
            .zip(dates)
            .enumerate()
            .map(|(i, ((article, loose), date))| {
                let (times, scans) = time::find_scanned_walked(ctx!(article, loose, date), walked.article(i));
                article.times = times;
                scans
            })
            .collect();
        for (i, ((article, loose), date)) in articles.iter_mut().zip(&loose).zip(dates).enumerate() {
            let found = self.entities.find_walked(ctx!(article, loose, date), walked.article(i));
            article.people = found.people;
            article.organizations = found.organizations;
            article.cited_documents = found.cited_documents;
        }
        for (((article, loose), scans), date) in articles.iter_mut().zip(&loose).zip(&time_scans).zip(dates) {
            article.facts = self.quantities.facts_timed(ctx!(article, loose, date), scans);
        }
        for (((article, loose), scans), date) in articles.iter_mut().zip(&loose).zip(&time_scans).zip(dates) {
            article.changes = change::find_timed(ctx!(article, loose, date), scans);
        }
        for (((article, loose), scans), date) in articles.iter_mut().zip(&loose).zip(&time_scans).zip(dates) {
            article.programs = self.programs.find_timed(ctx!(article, loose, date), scans);
            program::drop_name_counts(&mut article.facts, &article.programs);
        }
        for (((article, loose), reading), date) in articles.iter_mut().zip(&loose).zip(readings).zip(dates) {
            // the cue, theme and term words were read in the walk before the regions
            let terms = self.terms.find_read(ctx!(article, loose, date), reading);
            article.topic = self.topics.score(reading);
            article.terms = terms;
        }
        for ((article, loose), date) in articles.iter_mut().zip(&loose).zip(dates) {
            article.keywords = self.keywords.extract(ctx!(article, loose, date));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shared_walk_finds_what_each_stage_finds_alone() {
        let text = "扶贫办常务副主任王彬说，2019年全县脱贫户增收。\n\n今年3月，县扶贫办联合农业农村局在《关于做好2020年脱贫攻坚工作的意见》中提出，\
                    截至目前，张三等19名干部走访①贫困户，首先推广“组合拳”。ａｂｃ１２３é\u{10000}去年底完成。\n";
        let extractor = Extractor::new();
        let page = page::split(text);
        let mut walked = walk::Walked::take();
        for a in &page.articles {
            extractor.topics.read_walked(a, &extractor.walk_flags, &extractor.entities, &mut walked);
        }
        assert!(!page.articles.is_empty());
        for (i, article) in page.articles.iter().enumerate() {
            let ctx = ArticleContext { input: text, article, reference_date: Date::parse_iso("2020-06-01"), loose: None };
            let (alone, alone_scans) = time::find_scanned(&ctx);
            let (shared, shared_scans) = time::find_scanned_walked(&ctx, walked.article(i));
            assert_eq!(alone, shared);
            assert_eq!(alone_scans.iter().map(|s| &s.numerals).collect::<Vec<_>>(), shared_scans.iter().map(|s| &s.numerals).collect::<Vec<_>>());
            assert_eq!(alone_scans.iter().map(|s| (s.circled, s.first)).collect::<Vec<_>>(), shared_scans.iter().map(|s| (s.circled, s.first)).collect::<Vec<_>>());
            let (alone, shared) = (extractor.entities.find(&ctx), extractor.entities.find_walked(&ctx, walked.article(i)));
            assert_eq!(format!("{alone:?}"), format!("{shared:?}"));
            assert!(!alone.people.is_empty() && !alone.organizations.is_empty());
        }
    }

    #[test]
    fn each_post_of_a_timeline_resolves_its_times_against_its_own_stamp() {
        let text = "视频号\n某县融媒\n某县融媒体中心官方账号\n\n某县融媒\n2024年1月2日 19:02\n某村新年第一单 香菇销往外省\n今年以来，某村销售香菇20吨。\n❤️ 88\n\n某县融媒\n2023年12月30日 20:15\n某县年终盘点 茶叶产业再上台阶\n今年全县新建茶园5000亩。\n❤️ 56\n\n—— 没有更多了 ——\n";
        let doc = Extractor::new().extract(text, &Options::default()).unwrap();
        let got: Vec<(Option<&str>, Vec<Option<i32>>)> =
            doc.articles.iter().map(|a| (a.published_at.as_deref(), a.facts.iter().map(|f| f.year).collect())).collect();
        assert_eq!(got, [(Some("2024-01-02T19:02"), vec![Some(2024)]), (Some("2023-12-30T20:15"), vec![Some(2023)])]);
        // a date the request gives rules over every article's own
        let options = Options { reference_date: Date::parse_iso("2022-06-01") };
        let doc = Extractor::new().extract(text, &options).unwrap();
        assert!(doc.articles.iter().flat_map(|a| &a.facts).all(|f| f.year == Some(2022)));
    }
}
