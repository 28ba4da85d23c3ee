//! Named persons, read only where the text itself marks a name: a title or role noun right before
//! it, or a verb of saying right after it at the start of a clause.

use jieba_rs::Jieba;

use super::lexicon::{Hits, List, Word};
use super::organization::OrgFinder;
use super::{is_han, table_words, KnownNames, SortedSet, WordSet, PLACE_OR_BODY_ENDS};
use crate::charset::CharSet;
use crate::model::{Paragraph, Person};

const SURNAMES: &str = include_str!("../../data/surnames.txt");
const TITLES: &str = include_str!("../../data/titles.txt");
const ROLES: &str = include_str!("../../data/roles.txt");
const MINORITY_INITIALS: &str = include_str!("../../data/minority_initials.txt");

/// Jieba tags (by first letter) of words that are no names: verbs, adjectives, adverbs,
/// prepositions, conjunctions, particles, pronouns, numerals, classifiers, times and places of
/// direction. A surname character opening such a word (`巩固`, `高效`, `成长`) reads as that word.
const PLAIN_TAG_INITIALS: &str = "vadpcurmqbtfz";

/// Separators between the parts of a transcribed name (`阿不都·热合曼`).
const NAME_DOTS: &[char] = &['·', '・', '•', '‧'];

/// The most characters of one part of a dotted name.
const MAX_DOTTED_PART: usize = 6;

/// Characters that end a part of a dotted name: the next word of the clause begins.
const ENDS_DOTTED: CharSet = CharSet::new("说讲称在是的了着和与及等也就又还正已将要会对把被从向给为表介告坦指");

/// Verbs of saying that follow a name opening a clause (`王彬说`, `锁红介绍`).
const SAYING: &[&str] =
    &["说", "表示", "介绍", "告诉记者", "坦言", "笑着说", "感慨", "回忆", "指出", "算了一笔账"];

/// Characters that start the next word, not a third character of the name: after `王彬` in
/// `王彬说` or `王彬打量着`, the name has two characters.
const ENDS_NAME: CharSet = CharSet::new("说讲称问答笑打看拿指走来去到在是的了着过和与及等也都就又还再才便刚曾将要会能可让给对\
    向从跟同把被为有没不每一带领告介表坦激感想做干种养靠依通经自今前年家同主组负率陪出参深先多这那个们正已均则\
    所并但却而于如现目当早近常算围时里中上下后日月任兼系");

/// Characters that cannot be the first character of a given name: function words, and the
/// characters that make `张家口`, `李庄` place names.
const NOT_GIVEN: CharSet = CharSet::new("的了在是和与及等说也都就为对把被将从向到给让使着过们这那各每年月日家庄村镇乡县市区省");

/// Kinship and address words: `刘大爷`, `张大妈`, `王师傅` call a person by surname, they do not
/// name one.
const KINSHIP: CharSet = CharSet::new("爷奶婶叔伯姨姐哥嫂妈爸傅");

/// Words after a title that are not a name though they start with a surname character:
/// `区长任组长` (任 = serve as), `主任于2018年` (于 = at).
const NOT_AFTER_TITLE: &[char] = &['任', '兼', '于', '向', '为', '及', '同'];

/// What marked the name, which decides the record's title and organization.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Marker {
    Title,
    Role,
}

pub(super) struct PersonFinder {
    surnames: &'static Surnames,
    /// Opening syllables of Yi and other minority names (`吉克`, `阿西`), one or two characters.
    initials: WordSet,
    jieba: &'static Jieba,
}

/// The words the person finder reads in a paragraph's [`Hits`]: titles and role nouns together
/// (the longest match winning, so `常务副主任` beats `主任`), and verbs of saying.
pub(super) fn words() -> impl Iterator<Item = (&'static str, Word)> {
    let titled = table_words(TITLES).map(|w| (w, Word::Before(Marker::Title)));
    let roles = table_words(ROLES).map(|w| (w, Word::Before(Marker::Role)));
    titled.chain(roles).chain(SAYING.iter().map(|&w| (w, Word::Saying)))
}

/// The surname table, by length: single characters, and the two-character names (`欧阳`).
struct Surnames {
    single: SortedSet<char>,
    double: WordSet,
}

impl Surnames {
    fn new() -> Self {
        let (single, double): (Vec<&str>, Vec<&str>) =
            table_words(SURNAMES).partition(|s| s.chars().nth(1).is_none());
        Surnames {
            single: single.iter().filter_map(|s| s.chars().next()).collect(),
            double: double.into_iter().collect(),
        }
    }

    /// The length in bytes of the surname `rest` starts with, double surnames first.
    fn len_at(&self, rest: &str) -> Option<usize> {
        let mut chars = rest.char_indices();
        let (_, first) = chars.next()?;
        if let Some((i, second)) = chars.next() {
            let two = i + second.len_utf8();
            if self.double.contains(&rest[..two]) {
                return Some(two);
            }
        }
        self.single.contains(&first).then_some(first.len_utf8())
    }
}

/// The surname table, read once for the person finder and the page's bylines.
static SURNAME_TABLE: std::sync::LazyLock<Surnames> = std::sync::LazyLock::new(Surnames::new);

/// Whether `name` opens with a surname of the table (`欧阳`, `周`): a bare line of a few
/// characters reads as a writer's name only then.
pub(crate) fn opens_with_surname(name: &str) -> bool {
    SURNAME_TABLE.len_at(name).is_some()
}

impl PersonFinder {
    pub(super) fn new() -> Self {
        PersonFinder {
            surnames: &SURNAME_TABLE,
            initials: table_words(MINORITY_INITIALS).collect(),
            jieba: crate::keyword::shared_jieba(),
        }
    }

    /// Appends the people of `paragraph` (whose words are `hits`) to `out`, merging a repeated
    /// name into its first record.
    pub(super) fn find(
        &self,
        paragraph: &Paragraph,
        hits: &Hits,
        known: &KnownNames,
        bodies: &OrgFinder,
        out: &mut Vec<Person>,
    ) {
        let text = paragraph.text.as_str();
        let mut taken_until = 0;
        for m in hits.longest(List::Before, 0, text.len()) {
            if m.start < taken_until {
                continue;
            }
            let Word::Before(marker) = m.word else { continue };
            if marker == Marker::Title && text[m.end..].starts_with(NOT_AFTER_TITLE) {
                continue;
            }
            let title = &text[m.start..m.end];
            // Looked for only once a name follows: most titles in a text name no one.
            let mut organization = None;
            // One marker may govern a list: 贫困户孟凡凡、曹晨晨、刘春雨等.
            let mut at = m.end;
            while let Some(end) = self.name_at(text, hits, at, known) {
                let organization = *organization.get_or_insert_with(|| match marker {
                    Marker::Title => bodies.body_before(text, hits, m.start, known),
                    Marker::Role => "",
                });
                push(out, paragraph, at, end, title, organization);
                taken_until = end;
                match text[end..].strip_prefix('、') {
                    Some(_) => at = end + '、'.len_utf8(),
                    None => break,
                }
            }
        }
        for close in hits.starts_of(List::Etc).filter(|&i| closes_head_count(&text[i..])) {
            for (start, end) in self.listed_names(text, hits, close, known) {
                push(out, paragraph, start, end, "", "");
            }
        }
        for m in hits.longest(List::Saying, 0, text.len()) {
            if let Some(start) = self.name_before(text, hits, m.start, known) {
                push(out, paragraph, start, m.start, "", "");
            }
        }
    }

    /// The end of a person's name starting at byte `at`, if one starts there.
    fn name_at(&self, text: &str, hits: &Hits, at: usize, known: &KnownNames) -> Option<usize> {
        let rest = text.get(at..)?;
        let len = match self.minority_name(rest, hits, at) {
            Some(len) => len,
            None => self.han_name(rest)?,
        };
        let name = &rest[..len];
        (!known.is_place(name) && !known.is_contributor(name)).then_some(at + len)
    }

    /// The length in bytes of a Han name (surname and one or two characters) `rest` starts with.
    fn han_name(&self, rest: &str) -> Option<usize> {
        let surname_len = self.surname_len(rest)?;
        let mut given = rest[surname_len..].chars();
        let first = given.next().filter(|&c| is_han(c) && !NOT_GIVEN.contains(c))?;
        let two = surname_len + first.len_utf8();
        let second = given.next().filter(|&c| is_han(c) && !ENDS_NAME.contains(c));
        let tokens = self.word_starts(rest);
        let len = match second {
            // 高强高兴地说: the third character opens a word of its own, the name has two.
            Some(c) if !tokens.word_at(two) => two + c.len_utf8(),
            _ => two,
        };
        let name = &rest[..len];
        let last = name.chars().next_back()?;
        let after = rest[len..].chars().next();
        // The surname and the next character are read once, and only when the cheaper tests
        // leave the name standing.
        let head_tag = std::cell::OnceCell::new();
        let head_tag = || *head_tag.get_or_init(|| self.one_word_tag(&rest[..two]));
        if PLACE_OR_BODY_ENDS.contains(last)
            || KINSHIP.contains(last)
            || after.is_some_and(|c| KINSHIP.contains(c))
            || tokens.opens_plain_word()
            || tokens.numeral_at(surname_len)
            || opens_plain_word(head_tag()) && !(len == two && self.clause_turns(&rest[two..]))
            || is_word(&rest[..two], head_tag()) && self.is_word(first_chars(&rest[two..], 2))
        {
            return None;
        }
        Some(len)
    }

    /// The tag of `s` when the segmenter reads it as one word.
    fn one_word_tag<'s>(&self, s: &'s str) -> Option<&'s str> {
        match self.jieba.tag(s, false).as_slice() {
            [t] if t.word == s => Some(t.tag),
            _ => None,
        }
    }

    /// Whether `s` is one dictionary word that is not a name (see [`is_word`]).
    fn is_word(&self, s: &str) -> bool {
        is_word(s, self.one_word_tag(s))
    }

    /// Whether `after` (the text right after a name) starts a new part of the clause: it ends
    /// there, or a verb of saying follows. After such a word, `张扬说` still names 张扬.
    fn clause_turns(&self, after: &str) -> bool {
        after.chars().next().is_none_or(|c| !is_han(c)) || SAYING.iter().any(|w| after.starts_with(w))
    }

    /// The length in bytes of a minority name `rest` starts with: a transcribed name with its
    /// parts joined by a dot (`阿不都·热合曼`), or a four-character Yi name opening with a known
    /// syllable (`吉伍木呷`, `沙马拉且`), which the Han reading would cut to three characters.
    /// `rest` starts at byte `at` of the paragraph whose words are `hits`.
    fn minority_name(&self, rest: &str, hits: &Hits, at: usize) -> Option<usize> {
        // A clause word or a role before the dot (`带领阿不都·热合曼`, `村民阿不都·热合曼`) is
        // no part of the name.
        let dotted = dotted_name(rest)
            .filter(|&len| !hits.any_within(List::Before, at, at + len) && !self.word_starts(rest).first_is_plain);
        dotted.or_else(|| self.yi_name(rest))
    }

    /// A four-character name opening with a Yi syllable, each further character a plausible part
    /// of a name and the fourth not the start of a word of the clause.
    fn yi_name(&self, rest: &str) -> Option<usize> {
        // The first five characters with their offsets, on the stack: most calls end at the
        // opening syllable.
        let mut first = [(rest.len(), '\0'); 5];
        let mut count = 0;
        for (slot, indexed) in first.iter_mut().zip(rest.char_indices()) {
            *slot = indexed;
            count += 1;
        }
        let chars = &first[..count];
        let byte_at = |n: usize| chars.get(n).map_or(rest.len(), |&(i, _)| i);
        if chars.len() < 4 {
            return None;
        }
        let opening = (1..=2).rev().find(|&n| self.initials.contains(&rest[..byte_at(n)]))?;
        let name_chars = &chars[..4];
        // The opening syllable is known (海来 holds 来); the rest must read as parts of a name.
        let fits = name_chars.iter().all(|&(_, c)| is_han(c))
            && name_chars[opening..].iter().all(|&(_, c)| !ENDS_NAME.contains(c) && !NOT_GIVEN.contains(c) && !KINSHIP.contains(c))
            && !PLACE_OR_BODY_ENDS.contains(name_chars[3].1);
        let len = byte_at(4);
        if !fits || opens_plain_word(self.one_word_tag(&rest[..byte_at(2)])) {
            return None;
        }
        let tokens = self.word_starts(rest);
        let fourth = byte_at(3);
        (!tokens.word_at(fourth) && tokens.ends_at(len)).then_some(len)
    }

    /// The start of a name that ends at byte `end` and opens its clause, so `王安国说` stays
    /// whole. A name has four characters at most, unless its parts are joined by dots
    /// (`阿不都·热合曼说`).
    fn name_before(&self, text: &str, hits: &Hits, end: usize, known: &KnownNames) -> Option<usize> {
        let head = text.get(..end)?;
        let dotted_reach = 3 * MAX_DOTTED_PART + 2;
        let dotted = head.chars().rev().take(dotted_reach).any(|c| NAME_DOTS.contains(&c));
        let starts = head.char_indices().rev().take(if dotted { dotted_reach } else { 4 }).map(|(i, _)| i);
        starts.filter(|&i| head[..i].chars().next_back().is_none_or(opens_clause)).find(|&i| {
            let len = head[i..].chars().count();
            ((2..=4).contains(&len) || head[i..].contains(NAME_DOTS)) && self.name_at(text, hits, i, known) == Some(end)
        })
    }

    /// The names of a list `甲、乙、丙` that ends at byte `close` (where `等19名` follows), in
    /// text order; empty unless every item is a name and there are two at least. The list itself
    /// is the evidence: places and things are not counted in 名.
    fn listed_names(&self, text: &str, hits: &Hits, close: usize, known: &KnownNames) -> Vec<(usize, usize)> {
        let head = &text[..close];
        let mut names = Vec::new();
        let mut end = close;
        // An item is a name of four characters at most, so its 、 lies within 5 characters.
        while let Some(sep) = rfind_near(&head[..end], '、', 5) {
            let start = sep + '、'.len_utf8();
            if self.name_at(text, hits, start, known) != Some(end) {
                break;
            }
            names.push((start, end));
            end = sep;
        }
        // The first item has no separator before it: take the longest reading that ends at the
        // 、, so 选出王安国 gives 王安国, not 安国.
        let starts: Vec<usize> = head[..end].char_indices().rev().take(4).map(|(i, _)| i).collect();
        let first = starts.into_iter().skip(1).rev().find(|&i| self.name_at(text, hits, i, known) == Some(end));
        match first {
            Some(start) if !names.is_empty() => {
                names.push((start, end));
                names.reverse();
                names
            }
            _ => Vec::new(),
        }
    }

    /// The length in bytes of the surname `rest` starts with, double surnames first.
    fn surname_len(&self, rest: &str) -> Option<usize> {
        self.surnames.len_at(rest)
    }

    /// How the segmenter reads the text at a candidate name, to tell a name from an ordinary word
    /// that starts with a surname character (`申请`, `高度`, `金融`).
    fn word_starts(&self, rest: &str) -> Words {
        let tags = self.jieba.tag(first_chars(rest, 6), false);
        let first_is_name = tags.first().is_some_and(|t| t.tag.starts_with("nr"));
        let first_is_plain = tags.first().is_some_and(|t| {
            t.word.chars().nth(1).is_some() && t.tag.starts_with(|c| PLAIN_TAG_INITIALS.contains(c))
        });
        let long = || tags.iter().filter(|t| t.word.chars().nth(1).is_some());
        let words = long().filter(|t| !t.tag.starts_with("nr")).map(|t| t.byte_start).collect();
        let numerals = long().filter(|t| t.tag.starts_with(['m', 'q'])).map(|t| t.byte_start).collect();
        let ends = tags.iter().map(|t| t.byte_start + t.word.len()).collect();
        Words { words, numerals, ends, first_is_name, first_is_plain }
    }
}

/// Whether a surname and the next character, which the segmenter reads as one word tagged
/// `tag` (if it does), are a dictionary word that names no one (`巩固`, `高效`, `成长`): then the
/// text reads that word, as in `学生巩固率` or `学生高效学习`. Words the dictionary tags as names
/// (`高强`, `张扬`) stay names.
fn opens_plain_word(tag: Option<&str>) -> bool {
    tag.is_some_and(|t| t.starts_with(|c| PLAIN_TAG_INITIALS.contains(c)))
}

/// Whether `s`, which the segmenter reads as one word tagged `tag` (if it does), is one
/// dictionary word that is not a name. Two such words in a row (`高中` + `毕业` in
/// `学生高中毕业`) are ordinary text, though the segmenter may read the four characters as one
/// unknown name.
fn is_word(s: &str, tag: Option<&str>) -> bool {
    s.chars().nth(1).is_some() && tag.is_some_and(|t| !t.starts_with("nr"))
}

/// How the segmenter reads a window at a candidate name, in byte offsets into it.
struct Words {
    /// Starts of words of two characters or more that are not names.
    words: Vec<usize>,
    /// Starts of numeral words (`一角`, `一些`): no given name.
    numerals: Vec<usize>,
    /// Ends of all words.
    ends: Vec<usize>,
    first_is_name: bool,
    /// Whether the window opens with a verb, adverb or other word of the clause (`带领`).
    first_is_plain: bool,
}

impl Words {
    /// Whether the window opens with a word of two characters or more that is not a name.
    fn opens_plain_word(&self) -> bool {
        self.word_at(0) && !self.first_is_name
    }

    fn word_at(&self, byte: usize) -> bool {
        self.words.contains(&byte)
    }

    fn numeral_at(&self, byte: usize) -> bool {
        self.numerals.contains(&byte)
    }

    fn ends_at(&self, byte: usize) -> bool {
        self.ends.contains(&byte)
    }
}

/// The length in bytes of a transcribed name whose parts are joined by dots (`阿不都·热合曼`,
/// `买买提·吐尔逊·艾力`), if `rest` starts with one: Han parts of up to six characters, each
/// ending where the clause goes on (`说`, `在`, `的` …).
fn dotted_name(rest: &str) -> Option<usize> {
    let mut len = 0;
    let mut parts = 0;
    loop {
        let part: usize = rest[len..]
            .chars()
            .take(MAX_DOTTED_PART)
            .take_while(|&c| is_han(c) && !ENDS_DOTTED.contains(c))
            .map(char::len_utf8)
            .sum();
        if part == 0 {
            return None;
        }
        len += part;
        parts += 1;
        match rest[len..].chars().next() {
            Some(dot) if NAME_DOTS.contains(&dot) && parts < 3 => len += dot.len_utf8(),
            _ => break,
        }
    }
    (parts >= 2).then_some(len)
}

/// The first `n` characters of `s` (all of it when shorter).
fn first_chars(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(i, _)| &s[..i])
}

/// The byte offset of the last `c` among the last `chars` characters of `s`.
fn rfind_near(s: &str, c: char, chars: usize) -> Option<usize> {
    s.char_indices().rev().take(chars).find(|&(_, d)| d == c).map(|(i, _)| i)
}

/// Whether `s` (starting at 等) closes a list with a head count: `等19名`, `等三人`, `等5位同志`.
fn closes_head_count(s: &str) -> bool {
    let rest = s['等'.len_utf8()..].trim_start_matches(|c: char| c.is_numeric() || crate::numeral::is_chinese_numeral_char(c));
    rest.len() < s.len() - '等'.len_utf8() && rest.starts_with(['名', '人', '位'])
}

/// A character after which a new clause (and so a name) may begin.
fn opens_clause(c: char) -> bool {
    !is_han(c) && !c.is_alphanumeric()
}

/// Adds a person, or fills in the title and organization of the earlier record of the name.
fn push(out: &mut Vec<Person>, paragraph: &Paragraph, start: usize, end: usize, title: &str, org: &str) {
    let name = &paragraph.text[start..end];
    if let Some(p) = out.iter_mut().find(|p| p.name == name) {
        if p.title.is_empty() {
            p.title = title.to_string();
        }
        if p.organization.is_empty() {
            p.organization = org.to_string();
        }
        return;
    }
    if out.len() >= super::MAX_RECORDS {
        return;
    }
    out.push(Person {
        name: name.to_string(),
        title: title.to_string(),
        organization: org.to_string(),
        span: paragraph.span_of(start, end),
    });
}

#[cfg(test)]
mod tests {
    use crate::entity::tests::{article, find};

    fn people(paragraph: &str) -> Vec<(String, String, String)> {
        let (input, a) = article(&[paragraph]);
        find(&a, &input).people.into_iter().map(|p| (p.name, p.title, p.organization)).collect()
    }

    fn triple(name: &str, title: &str, org: &str) -> (String, String, String) {
        (name.into(), title.into(), org.into())
    }

    #[test]
    fn title_and_body_split_from_the_name() {
        assert_eq!(people("市扶贫办常务副主任锁红说，今年任务很重。"), vec![triple("锁红", "常务副主任", "市扶贫办")]);
    }

    #[test]
    fn three_character_name_stays_whole() {
        assert_eq!(people("村民王安国在地里忙着。"), vec![triple("王安国", "村民", "")]);
        assert_eq!(people("“日子好了。”王安国说。"), vec![triple("王安国", "", "")]);
    }

    #[test]
    fn two_character_name_before_a_verb() {
        assert_eq!(people("贫困户王彬打量着新房。"), vec![triple("王彬", "贫困户", "")]);
    }

    #[test]
    fn address_by_kinship_is_not_a_name() {
        assert!(people("贫困户刘大爷笑着说，日子好了。").is_empty());
    }

    #[test]
    fn third_character_opening_a_word() {
        assert_eq!(people("贫困户高强高兴地说。"), vec![triple("高强", "贫困户", "")]);
    }

    #[test]
    fn role_noun_marks_a_name() {
        assert_eq!(people("贫困户南增强正在喂羊。"), vec![triple("南增强", "贫困户", "")]);
    }

    #[test]
    fn listed_names_share_their_role() {
        let got = people("致富带头人孟凡凡、曹晨晨、刘春雨等19名代表发言。");
        let names: Vec<&str> = got.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(names, ["孟凡凡", "曹晨晨", "刘春雨"]);
        assert!(got.iter().all(|p| p.1 == "致富带头人"));
    }

    #[test]
    fn counted_list_of_names() {
        let got = people("经过推荐、评审，选出孟凡凡、曹晨晨、刘春雨等19名优秀教师。");
        let names: Vec<&str> = got.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(names, ["孟凡凡", "曹晨晨", "刘春雨"]);
        assert!(people("到张家口、承德、秦皇岛等3个城市").is_empty());
        assert!(people("选出王强、李明等优秀教师").is_empty());
        let got = people("选出王安国、李明等2人。");
        assert_eq!(got.iter().map(|p| p.0.as_str()).collect::<Vec<_>>(), ["王安国", "李明"]);
    }

    #[test]
    fn body_of_a_company_before_a_title() {
        let got = people("河北德隆农业科技有限公司董事长刘德隆介绍，效益很好。");
        assert_eq!(got, vec![triple("刘德隆", "董事长", "河北德隆农业科技有限公司")]);
        assert_eq!(people("北京大学教授王大伟指出。"), vec![triple("王大伟", "教授", "北京大学")]);
    }

    #[test]
    fn title_of_a_ministry() {
        assert_eq!(people("会上，副部长辛国斌讲话。"), vec![triple("辛国斌", "副部长", "")]);
        assert_eq!(people("工业和信息化部副部长辛国斌讲话。"), vec![triple("辛国斌", "副部长", "工业和信息化部")]);
        let two = people("工业和信息化部副部长辛国斌和河北省人民政府副省长徐建培出席。");
        assert_eq!(two[1], triple("徐建培", "副省长", "河北省人民政府"));
        assert_eq!(people("区委书记赵明亮主持会议。"), vec![triple("赵明亮", "书记", "区委")]);
    }

    #[test]
    fn nickname_after_surname_is_not_a_role() {
        assert!(people("刘老人古梨梨韵小镇").is_empty());
    }

    #[test]
    fn place_names_are_not_people() {
        assert!(people("他们到张家口、承德等地考察，沽源也在其中。").is_empty());
        assert!(people("张家口说到做到。").is_empty());
    }

    #[test]
    fn words_after_a_role_are_not_names() {
        assert!(people("贫困户申请低保，贫困户全部脱贫。").is_empty());
        assert!(people("由区委书记、区长任双组长。").is_empty());
    }

    #[test]
    fn saying_needs_a_clause_start() {
        assert!(people("大家都说好。").is_empty());
        assert_eq!(people("对此，李建华表示支持。"), vec![triple("李建华", "", "")]);
    }

    #[test]
    fn repeated_name_is_one_record() {
        let got = people("贫困户张小红说，好。张小红表示满意。");
        assert_eq!(got, vec![triple("张小红", "贫困户", "")]);
    }
    #[test]
    fn verb_after_a_role_is_not_a_name() {
        assert!(people("学校帮助贫困学生巩固学业，学生巩固率达到九成。").is_empty());
        assert!(people("让学生高效学习，学生成长更快，村民安全感增强。").is_empty());
        assert_eq!(people("贫困户张扬说，今年好多了。"), vec![triple("张扬", "贫困户", "")]);
        // Two ordinary words in a row are no name.
        assert!(people("资助贫困学生高中毕业。").is_empty());
    }

    #[test]
    fn numeral_after_a_role_is_not_a_given_name() {
        assert!(people("这是山里村民宿一角的景色。").is_empty());
    }

    #[test]
    fn yi_names_of_four_characters_stay_whole() {
        assert_eq!(people("贫困户吉伍木呷说，路通了。"), vec![triple("吉伍木呷", "贫困户", "")]);
        assert_eq!(people("村民阿西木呷正在放羊。"), vec![triple("阿西木呷", "村民", "")]);
        assert_eq!(people("村民沙马拉且在地里。"), vec![triple("沙马拉且", "村民", "")]);
        // A Han name keeps its length; a kinship word after 阿 is no name.
        assert_eq!(people("村民吉祥说，好。"), vec![triple("吉祥", "村民", "")]);
        assert!(people("贫困户阿妈说，好。").is_empty());
        // An opening syllable may hold a character that elsewhere starts a word (来).
        assert_eq!(people("“路通了。”海来阿木说。"), vec![triple("海来阿木", "", "")]);
    }

    #[test]
    fn dotted_names_stay_whole() {
        assert_eq!(people("村民阿不都·热合曼说，好。"), vec![triple("阿不都·热合曼", "村民", "")]);
        assert_eq!(people("牧民买买提·吐尔逊在草场。"), vec![triple("买买提·吐尔逊", "牧民", "")]);
        assert!(people("村支书带领阿不都·热合曼种树。").iter().all(|p| p.0 != "带领阿不都·热合曼"));
        assert!(people("脱贫攻坚·决战决胜").is_empty());
        assert_eq!(people("对此，阿不都·热合曼说，好。"), vec![triple("阿不都·热合曼", "", "")]);
    }
}
