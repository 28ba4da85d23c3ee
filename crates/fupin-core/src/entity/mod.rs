//! People with their titles, organizations, and documents cited in 《》.
//!
//! Taggers trained on general text confuse place names with persons (张家口, 承德) and split
//! three-character names (王 + 安国). Local news, though, names people in a few fixed shapes: a
//! title or a role noun right before the name (`市扶贫办常务副主任锁红`, `贫困户南增强`), or a name
//! opening a clause and followed by a verb of saying (`王彬说`). Only those shapes are read, and only
//! with a known surname, so a place name never becomes a person. Organizations are read back from
//! their endings (局, 办, 公司, 合作社 …) to a clear left bound.

mod document;
mod lexicon;
mod organization;
mod person;

pub(crate) use lexicon::HitLists;
pub(crate) use person::opens_with_surname;

use std::borrow::Cow;

use crate::charset::{CharBits, CharSet};
use crate::model::{CitedDocument, Organization, Paragraph, Person};
use crate::walk::ArticleWalk;
use crate::ArticleContext;

#[derive(Debug, Clone, Default)]
pub struct Found {
    pub people: Vec<Person>,
    pub organizations: Vec<Organization>,
    pub cited_documents: Vec<CitedDocument>,
}

/// Holds the word tables and automata of the three finders; build once, share freely.
pub struct Entities {
    people: person::PersonFinder,
    organizations: organization::OrgFinder,
    /// The words all three finders look for, found in one pass per paragraph.
    lexicon: lexicon::Lexicon,
}

impl Entities {
    pub fn new() -> Self {
        Entities {
            people: person::PersonFinder::new(),
            organizations: organization::OrgFinder::new(),
            lexicon: lexicon::Lexicon::new(person::words().chain(organization::words()).chain(lexicon::MARKS)),
        }
    }

    /// Finds the people, organizations and cited documents of one article, in text order, each
    /// named once (at its first mention).
    pub fn find(&self, ctx: &ArticleContext) -> Found {
        self.find_walked(ctx, None)
    }

    /// [`Entities::find`], with the words of the texts the walk over the article read
    /// ([`crate::walk`]) taken from `walked`; a text it did not read is scanned here.
    pub(crate) fn find_walked(&self, ctx: &ArticleContext, walked: Option<ArticleWalk>) -> Found {
        let known = KnownNames::of(ctx);
        let mut found = Found::default();
        let read: Vec<&str> = match walked {
            Some(_) => crate::topic::texts(ctx.article).collect(),
            None => Vec::new(),
        };
        let count = walked.map_or(0, |w| w.texts());
        // the headline and captions come first here, the paragraphs after: each is sought on
        // from the one before of its kind
        let (mut next_loose, mut next_paragraph) = (0, 0);
        let loose = ctx.loose_texts().count();
        lexicon::HitLists::with_scratch(|scratch| {
            for (n, paragraph) in texts(ctx).enumerate() {
                let paragraph = paragraph.as_ref();
                let next = if n < loose { &mut next_loose } else { &mut next_paragraph };
                let hits = match (walked, crate::walk::text_index(&read, count, &paragraph.text, next)) {
                    (Some(walked), Some(k)) => {
                        let (lists, k) = walked.hits_of(k);
                        lists.text(k)
                    }
                    _ => self.lexicon.scan(&paragraph.text, scratch),
                };
                self.people.find(paragraph, &hits, &known, &self.organizations, &mut found.people);
                self.organizations.find(paragraph, &hits, &known, &mut found.organizations);
                document::find(paragraph, &hits, &mut found.cited_documents);
            }
        });
        found
    }

    /// Whether a word of the finders starts with `c`.
    pub(crate) fn starts_with(&self, c: char) -> bool {
        self.lexicon.starts_with(c)
    }

    /// The finders' words at byte `at` of `bytes` (whose first eight bytes are `eight`), into
    /// `hits`.
    #[inline]
    pub(crate) fn hits_at(&self, bytes: &[u8], at: usize, eight: u64, hits: &mut HitLists) {
        self.lexicon.hits_at(bytes, at, eight, hits);
    }
}

impl Default for Entities {
    fn default() -> Self {
        Self::new()
    }
}

/// Names the earlier stages already gave to something else: region and place mentions (never
/// persons, and good left bounds for an organization), and the article's contributors (never
/// the people it is about).
pub(crate) struct KnownNames<'a> {
    /// Sorted, so the places that share a first character lie together.
    places: Vec<&'a str>,
    /// The first characters of the places, so most characters are ruled out without a search.
    first_chars: CharBits,
    contributors: Vec<&'a str>,
}

impl<'a> KnownNames<'a> {
    fn of(ctx: &ArticleContext<'a>) -> Self {
        let article = ctx.article;
        let mut places: Vec<&str> = article
            .regions
            .iter()
            .flat_map(|r| r.mentions.iter().map(|m| m.text.as_str()).chain([r.name.as_str()]))
            .chain(article.places.iter().map(|p| p.name.as_str()))
            .filter(|s| !s.is_empty())
            .collect();
        places.sort_unstable();
        places.dedup();
        let mut first_chars = CharBits::default();
        places.iter().filter_map(|p| p.chars().next()).for_each(|c| first_chars.insert(c));
        let contributors = article.contributors.iter().map(|c| c.name.as_str()).collect();
        KnownNames { places, first_chars, contributors }
    }

    /// The places that begin with `c`.
    fn places_from(&self, c: char) -> &[&'a str] {
        if !self.first_chars.may_hold(c) {
            return &[];
        }
        let mut buf = [0; 4];
        let key: &str = c.encode_utf8(&mut buf);
        // Sorted bytewise, the strings that begin with `key` follow right after the ones below it.
        let from = self.places.partition_point(|p| *p < key);
        let count = self.places[from..].iter().take_while(|p| p.starts_with(key)).count();
        &self.places[from..from + count]
    }

    /// Whether `name` is, begins or is begun by a place the article mentions (`张家口` for
    /// `张家口市`, `承德` for `承德县`).
    fn is_place(&self, name: &str) -> bool {
        let is_or_holds = |p: &&str| p.starts_with(name) || (name.starts_with(p) && p.chars().nth(1).is_some());
        // Either way round, a place shares the first character of the name.
        match name.chars().next() {
            Some(first) => self.places_from(first).iter().any(is_or_holds),
            None => self.places.iter().any(is_or_holds),
        }
    }

    fn is_contributor(&self, name: &str) -> bool {
        self.contributors.contains(&name)
    }

    /// The byte offset of the leftmost place mention inside `window`.
    fn first_place_in(&self, window: &str) -> Option<usize> {
        window
            .char_indices()
            .find(|&(i, c)| self.places_from(c).iter().any(|p| window[i..].starts_with(p)))
            .map(|(i, _)| i)
    }
}

/// A fixed set of words or characters, kept sorted: a binary search over a few hundred entries
/// costs less than hashing each key looked up in the inner loops.
#[derive(Debug)]
pub(crate) struct SortedSet<T>(Vec<T>);

impl<T: Ord> FromIterator<T> for SortedSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        let mut items: Vec<T> = items.into_iter().collect();
        items.sort_unstable();
        items.dedup();
        SortedSet(items)
    }
}

impl<T: Ord> SortedSet<T> {
    pub(crate) fn contains<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        T: std::borrow::Borrow<Q>,
    {
        self.0.binary_search_by(|item| item.borrow().cmp(key)).is_ok()
    }
}

/// A fixed set of words, kept sorted: a bit per first character turns most lookups away at once
/// and a binary search settles the rest.
#[derive(Debug)]
pub(crate) struct WordSet {
    words: SortedSet<&'static str>,
    firsts: CharBits,
}

impl FromIterator<&'static str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(words: I) -> Self {
        let words: SortedSet<&str> = words.into_iter().collect();
        let mut firsts = CharBits::default();
        words.0.iter().filter_map(|w| w.chars().next()).for_each(|c| firsts.insert(c));
        WordSet { words, firsts }
    }
}

impl WordSet {
    pub(crate) fn contains(&self, word: &str) -> bool {
        match word.chars().next() {
            Some(first) if !self.firsts.may_hold(first) => false,
            _ => self.words.contains(word),
        }
    }

    /// The lengths in bytes of the words `text` begins with, shortest first. The words that
    /// share its first character lie together: one search finds them all, where looking up each
    /// prefix of `text` would search once per length.
    pub(crate) fn prefixes_of<'s>(&'s self, text: &'s str) -> impl Iterator<Item = usize> + 's {
        let words = match text.chars().next() {
            Some(first) if self.firsts.may_hold(first) => {
                let key = &text[..first.len_utf8()];
                let all = &self.words.0;
                let from = all.partition_point(|w| *w < key);
                let count = all[from..].iter().take_while(|w| w.starts_with(key)).count();
                &all[from..from + count]
            }
            _ => &[],
        };
        words.iter().filter(move |w| text.starts_with(**w)).map(|w| w.len())
    }
}

/// The title, photo captions and paragraphs of an article, in that order; the title and captions
/// only when they map cleanly onto the input, so every span stays true.
fn texts<'a>(ctx: &'a ArticleContext) -> impl Iterator<Item = Cow<'a, Paragraph>> {
    ctx.loose_texts().chain(ctx.paragraphs().map(Cow::Borrowed))
}

/// The most records of one kind an article keeps. A real article names a few dozen; the bound
/// keeps the one-record-per-name check linear on a pathological page.
pub(crate) const MAX_RECORDS: usize = 500;

/// The words of a data table: whitespace-separated, `#` starts a comment line.
pub(crate) fn table_words(table: &str) -> impl Iterator<Item = &str> {
    table
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(str::split_whitespace)
}

/// A CJK unified ideograph: the only characters names are made of here.
pub(crate) use crate::charset::is_han;

/// Characters that end a place or a body rather than a person's given name.
const PLACE_OR_BODY_ENDS: CharSet = CharSet::new("省市县区镇乡村州旗盟口庄屯营堡沟峪寨局办委院校站所厂社部处科队组");

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{Article, Contributor, Mention, Region, RegionLevel, Role, Span};

    /// An article of the given paragraphs, laid out one per line of a synthetic input.
    pub(crate) fn article(paragraphs: &[&str]) -> (String, Article) {
        let mut input = String::new();
        let mut article = Article::default();
        for p in paragraphs {
            article.paragraphs.push(Paragraph::contiguous(p, input.len()));
            input.push_str(p);
            input.push('\n');
        }
        (input, article)
    }

    pub(crate) fn find(article: &Article, input: &str) -> Found {
        let ctx = ArticleContext { input, article, reference_date: None, loose: None };
        Entities::new().find(&ctx)
    }

    #[test]
    fn places_are_found_by_their_first_character() {
        let known = KnownNames {
            places: vec!["张家口", "承德", "承德县"],
            first_chars: {
                let mut bits = CharBits::default();
                bits.insert('张');
                bits.insert('承');
                bits
            },
            contributors: Vec::new(),
        };
        assert_eq!(known.first_place_in("到了承德县城"), Some(6));
        assert_eq!(known.first_place_in("张家到承德"), Some(9));
        assert_eq!(known.first_place_in("张家"), None);
        assert!(known.is_place("张家口市"));
        assert!(known.is_place("张家"));
        assert!(known.is_place("承"));
        assert!(!known.is_place("德"));
        assert!(known.is_place("承德市"));
        assert!(!known.is_place("德县"));
    }

    #[test]
    fn word_set_gives_the_words_a_text_begins_with() {
        let set: WordSet = ["农民", "农民专业", "专业", "乡镇", "农"].into_iter().collect();
        assert_eq!(set.prefixes_of("农民专业合作社").collect::<Vec<_>>(), [3, 6, 12]);
        assert_eq!(set.prefixes_of("专业户").collect::<Vec<_>>(), [6]);
        assert!(set.prefixes_of("合作社").next().is_none());
        assert!(set.prefixes_of("").next().is_none());
        assert!(set.contains("乡镇") && !set.contains("乡"));
    }

    #[test]
    fn region_mentions_are_not_people() {
        let (input, mut a) = article(&["他说，何华说到做到。"]);
        a.regions.push(Region {
            code: "139999".into(),
            name: "何华县".into(),
            full_name: "河北省何华县".into(),
            level: RegionLevel::County,
            mentions: vec![Mention { text: "何华".into(), span: Span::new(9, 15) }],
        });
        assert!(find(&a, &input).people.is_empty());
        a.regions.clear();
        assert_eq!(find(&a, &input).people.len(), 1);
    }

    #[test]
    fn captions_are_read() {
        let (mut input, mut a) = article(&["正文没有人名。"]);
        let caption = "图为贫困户朱文海在果园劳作。";
        a.captions.push(crate::model::Caption {
            text: caption.into(),
            photographers: Vec::new(),
            span: Span::new(input.len(), input.len() + caption.len()),
        });
        input.push_str(caption);
        let people = find(&a, &input).people;
        assert_eq!(people.len(), 1);
        assert_eq!(&input[people[0].span.start..people[0].span.end], "朱文海");
    }

    #[test]
    fn contributors_are_not_people() {
        let (input, mut a) = article(&["村民李红梅说，今年收成好。"]);
        assert_eq!(find(&a, &input).people.len(), 1);
        a.contributors.push(Contributor { name: "李红梅".into(), role: Role::Reporter, span: Span::default() });
        assert!(find(&a, &input).people.is_empty());
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        #[test]
        fn any_mix_of_names_endings_and_brackets_is_safe(s in "[王李欧阳锁红国安市县区扶贫办局公司集团和与、，。《》〈〉说主任贫困户a1１\\n ]{0,60}") {
            let (input, a) = article(&[&s]);
            let found = find(&a, &input);
            for span in found.people.iter().map(|p| p.span).chain(found.organizations.iter().map(|o| o.span)) {
                proptest::prop_assert!(input.get(span.start..span.end).is_some());
            }
        }
    }

    #[test]
    fn huge_paragraph_is_linear() {
        let unit = "等19名、王、等3人，市扶贫办主任张三说，《文件》与德隆集团";
        let text = unit.repeat(2_000);
        let (input, a) = article(&[&text]);
        let started = std::time::Instant::now();
        let found = find(&a, &input);
        assert!(found.organizations.len() <= MAX_RECORDS);
        assert!(started.elapsed().as_secs() < 30, "took {:?}", started.elapsed());
    }

    #[test]
    fn odd_text_does_not_panic() {
        for s in ["", "《", "》《", "局", "贫困户", "贫困户王", "主任、、、", "ａｂｃ１２３《《《》", "\u{0}\u{FFFF}办"] {
            let (input, a) = article(&[s]);
            let _ = find(&a, &input);
        }
    }
}
