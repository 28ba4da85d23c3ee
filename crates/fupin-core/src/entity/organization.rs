//! Organizations, read from their ending (局, 办, 公司, 合作社 …) back to a clear left bound.
//!
//! The ending is easy to spot; the start is the hard part. A name is taken only when something
//! plainly bounds it on the left: punctuation, a word that governs it (`引进`, `与`, `近日`), or a
//! region the article mentions. A window that runs into the limit with no bound is dropped, since a
//! wrong organization swallowing half a clause is worse than none.

use super::lexicon::{Hit, Hits, Lexicon, List, Word};
use super::{is_han, table_words, KnownNames, WordSet};
use crate::charset::CharSet;
use crate::model::{Organization, Paragraph};

use jieba_rs::Tag;

const ENDINGS: &str = include_str!("../../data/org_suffixes.txt");
const LEAD_WORDS: &str = include_str!("../../data/org_lead_words.txt");
const GENERIC: &str = include_str!("../../data/org_generic.txt");

/// The most characters a name may have before its ending.
const MAX_PREFIX_CHARS: usize = 16;

/// Characters that begin a public body's name with its administrative level (`市扶贫办`).
const LEVELS: CharSet = CharSet::new("省市县区镇乡村旗州盟");

/// Names of national bodies that carry no level character (`国务院扶贫办`).
const NATIONAL: &[&str] = &["中共", "中国", "国务院", "国家", "中央", "全国"];

/// Last characters of a body's name (局, 委, 办, 中心 …), for the body before a person's title.
const BODY_ENDS: CharSet = CharSet::new("局办委会院校站所厂社部处科队组司行团联心府学");

/// Parts of speech (jieba tags) that belong to the clause around a name, never inside it.
fn is_clause_tag(tag: &str) -> bool {
    matches!(
        tag,
        "v" | "vd" | "p" | "d" | "ad" | "r" | "rr" | "rz" | "m" | "mq" | "q" | "t" | "tg" | "u" | "uj" | "ul" | "uz"
            | "ug" | "ud" | "uv" | "y" | "e" | "o" | "f" | "c"
    )
}

/// Single-character tags that cut a clause; a lone verb, adverb or direction character is more
/// often a misread piece of a name (`人保` read as 人 + 保, `德尚` as 德 + 尚) than a word.
fn is_function_tag(tag: &str) -> bool {
    matches!(tag, "p" | "c" | "r" | "m" | "q" | "u" | "uj" | "ul" | "uz" | "ug" | "ud" | "uv")
}

/// Words tagged as verbs or times that are part of organization names (`扶贫办`, `应急管理局`,
/// `现代牧业`).
const NAME_WORDS: &[&str] = &[
    "现代", "当代", "未来", "新时代",
    "扶贫", "管理", "监督", "执法", "服务", "保障", "建设", "发展", "改革", "规划", "审批", "督查", "应急",
    "统战", "宣传", "组织", "开发", "救助", "监察", "检察", "审计", "统计", "招商", "稽查", "信访", "调解",
    "培训", "检验", "检测", "供销", "供电", "供水", "储备", "办", "创建", "振兴", "保护", "治理",
];

/// Whether a conjunction after `before` leads on to the rest of one name (`工业和信息化部`)
/// rather than to a second body: it does unless the word before it ends a body or the word after
/// it starts with an administrative level or a place name.
fn joins_one_name(before: Option<&str>, after: Option<&Tag>) -> bool {
    let ends_body = before.and_then(|w| w.chars().next_back()).is_some_and(|c| BODY_ENDS.contains(c));
    let starts_body = after.is_some_and(|t| {
        t.tag == "ns" || t.tag == "nt" || t.word.chars().next().is_some_and(|c| LEVELS.contains(c))
    });
    !ends_body && !starts_body
}

/// Where the Han run before a name's ending starts: before a short bracketed part that belongs
/// to the name (`现代牧业(张家口)有限公司`), else at the ending.
fn before_bracketed(head: &str) -> usize {
    let Some(close) = head.chars().next_back().filter(|c| matches!(c, ')' | '）')) else { return head.len() };
    let inner = &head[..head.len() - close.len_utf8()];
    inner
        .char_indices()
        .rev()
        .take(MAX_PREFIX_CHARS)
        .take_while(|&(_, c)| is_han(c) || matches!(c, '(' | '（'))
        .find(|&(_, c)| matches!(c, '(' | '（'))
        .map_or(head.len(), |(i, _)| i)
}

/// Whether `name` is `earlier` again, or its short form after the full one: `区总工会` after
/// `桥西区总工会`, `市教育局` after `衡水市教育局`.
fn is_short_form(name: &str, earlier: &str) -> bool {
    name == earlier || (earlier.ends_with(name) && name.chars().next().is_some_and(|c| LEVELS.contains(c)))
}

/// Whether `head` ends with a count and its classifier (`5个`, `四所`): what follows is counted,
/// not named.
fn follows_count(head: &str) -> bool {
    let mut chars = head.chars().rev();
    match (chars.next(), chars.next()) {
        (Some(classifier), Some(number)) => {
            CLASSIFIERS.contains(classifier) && (number.is_numeric() || NUMERALS.contains(number))
        }
        _ => false,
    }
}

/// The length of a level character that belongs to the word before: in `该县县委` the first 县
/// closes `该县` (this county), the name is `县委`.
fn repeated_level(prefix: &str) -> usize {
    let mut chars = prefix.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a == b && LEVELS.contains(a) => a.len_utf8(),
        _ => 0,
    }
}

/// Conjunctions that may join two bodies (`教育局和县医院`).
const CONJUNCTIONS: CharSet = CharSet::new("和与及");

/// The byte offset after the last conjunction that follows a body's last character
/// (`教育局和` in `教育局和县医院`, which the segmenter may read as the county 和县).
fn after_last_body(prefix: &str) -> usize {
    let mut after = 0;
    let mut previous = None;
    for (i, c) in prefix.char_indices() {
        if CONJUNCTIONS.contains(c) && previous.is_some_and(|p| BODY_ENDS.contains(p)) {
            after = i + c.len_utf8();
        }
        previous = Some(c);
    }
    after
}

/// Chinese numerals: a prefix starting with one counts bodies (`两家公司`), it does not name one.
const NUMERALS: CharSet = CharSet::new("一二两三四五六七八九十百千万几多数");

/// Classifiers: a prefix starting with one follows a count (`5个乡镇卫生院`, `4所学校`).
const CLASSIFIERS: CharSet = CharSet::new("个家所座名位条项批户处类种只间支");

/// The segmenter's reading of the text from byte `from` of a paragraph to an ending.
///
/// It serves any later start that falls between two of its words: the segmenter takes, from
/// each position, the best path of words to the end of the text, which nothing before that
/// position changes, so the text from such a start reads as the rest of this reading.
struct Reading<'t> {
    from: usize,
    tags: Vec<Tag<'t>>,
}

impl<'t> Reading<'t> {
    /// The reading of the text from byte `start` of the paragraph, if a word begins there.
    fn from(&self, start: usize) -> Option<&[Tag<'t>]> {
        let offset = start.checked_sub(self.from)?;
        let k = self.tags.iter().position(|t| t.byte_start == offset)?;
        Some(&self.tags[k..])
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// A public body, named only together with its level or region.
    Public,
    /// An enterprise or institution, whose own name suffices.
    Named,
}

struct Ending {
    kind: Kind,
    /// Characters that, right after the ending, make it part of another word.
    not_before: CharSet,
}

/// The endings table: each ending with its kind and the characters that must not follow it.
fn endings() -> impl Iterator<Item = (&'static str, Ending)> {
    ENDINGS.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).filter_map(|line| {
        let mut cols = line.split('\t');
        let (Some(word), Some(kind)) = (cols.next(), cols.next()) else { return None };
        let kind = if kind == "named" { Kind::Named } else { Kind::Public };
        Some((word, Ending { kind, not_before: CharSet::new(cols.next().unwrap_or("")) }))
    })
}

/// The words the organization finder reads in a paragraph's [`Hits`]: the endings, by their
/// index in [`OrgFinder::info`].
pub(super) fn words() -> impl Iterator<Item = (&'static str, Word)> {
    endings().enumerate().map(|(i, (word, _))| (word, Word::Ending(i)))
}

pub(super) struct OrgFinder {
    info: Vec<Ending>,
    /// The lead words, read only in the few characters before an ending: common ones (的, 在,
    /// 是) would fill a paragraph's hits for nothing.
    leads: Lexicon,
    generic: WordSet,
    jieba: &'static jieba_rs::Jieba,
}

impl OrgFinder {
    pub(super) fn new() -> Self {
        OrgFinder {
            info: endings().map(|(_, ending)| ending).collect(),
            leads: Lexicon::new(table_words(LEAD_WORDS).map(|w| (w, Word::Lead))),
            generic: table_words(GENERIC).collect(),
            jieba: crate::keyword::shared_jieba(),
        }
    }

    /// Appends the organizations of `paragraph` (whose words are `hits`) to `out`, each name once.
    pub(super) fn find(&self, paragraph: &Paragraph, hits: &Hits, known: &KnownNames, out: &mut Vec<Organization>) {
        let text = paragraph.text.as_str();
        let mut previous_end = None;
        for m in hits.longest(List::Ending, 0, text.len()) {
            let Word::Ending(index) = m.word else { continue };
            let ending = &self.info[index];
            let doubled = previous_end == Some(m.start) && text[..m.start].ends_with(&text[m.start..m.end]);
            previous_end = Some(m.end);
            // In `商务局局长` the second 局 opens the title 局长; it ends no second body.
            if doubled || text[m.end..].chars().next().is_some_and(|c| ending.not_before.contains(c)) {
                continue;
            }
            let Some((start, reading)) = self.name_start(text, m.start, m.end, ending.kind, known) else { continue };
            if follows_count(&text[..start]) {
                continue;
            }
            let name = &text[start..m.end];
            if !self.is_name(&text[start..m.start], reading.from(start), ending.kind, known) {
                continue;
            }
            let found = Organization { name: name.to_string(), span: paragraph.span_of(start, m.end) };
            // `县委` read from `县委宣传部` is a piece of the longer name at the same place.
            let inner = out.iter().position(|o| found.span.start <= o.span.start && o.span.end <= found.span.end);
            let known_name = out.iter().any(|o| is_short_form(name, &o.name));
            match inner {
                Some(i) if known_name => {
                    out.remove(i);
                }
                Some(i) => out[i] = found,
                None if !known_name && out.len() < super::MAX_RECORDS => out.push(found),
                None => {}
            }
        }
    }

    /// The body written right before a person's title (`市扶贫办` in `市扶贫办常务副主任`,
    /// `区委` in `区委书记`), bounded as a name is; empty when it is not plainly a body.
    pub(super) fn body_before<'t>(&self, text: &'t str, hits: &Hits, title_start: usize, known: &KnownNames) -> &'t str {
        let head = &text[..title_start];
        // A body with a known ending is bounded as an organization is (有限公司 holds 有, a bound
        // anywhere else); any other text before a title is bounded as a public body's name.
        // Endings have 8 characters at most (有限责任公司 has 6); look no further back.
        let near = head.char_indices().rev().take(8).last().map_or(title_start, |(i, _)| i);
        let ending = hits.longest(List::Ending, near, title_start).filter(|m| m.end == title_start).last();
        let (ending_start, kind) = match ending {
            Some(Hit { start, word: Word::Ending(index), .. }) => (start, self.info[index].kind),
            _ => (title_start, Kind::Public),
        };
        let Some((start, _)) = self.name_start(text, ending_start, title_start, kind, known) else { return "" };
        let body = &text[start..title_start];
        match body.chars().next_back() {
            Some(c) if BODY_ENDS.contains(c) => body,
            _ => "",
        }
    }

    /// Where the name whose ending spans bytes `end..ending_end` begins, or `None` when nothing
    /// bounds it or the ending is the tail of a governing verb (`举办`, `主办`); with the
    /// segmenter's reading of the text before the ending, made on the way.
    fn name_start<'t>(
        &self,
        text: &'t str,
        end: usize,
        ending_end: usize,
        kind: Kind,
        known: &KnownNames,
    ) -> Option<(usize, Reading<'t>)> {
        let head = &text[..end];
        let run_end = before_bracketed(head);
        let mut run = head[..run_end].char_indices().rev().take_while(|&(_, c)| is_han(c));
        let mut start = run_end;
        let mut bounded = false;
        for _ in 0..=MAX_PREFIX_CHARS {
            match run.next() {
                Some((i, _)) => start = i,
                None => {
                    bounded = true;
                    break;
                }
            }
        }
        if !bounded {
            // The run went on past the limit: the last step is one character too far.
            start = head[start..].chars().next().map_or(end, |c| start + c.len_utf8());
        }
        let mut lead = None;
        for m in self.leads.longest_within(text, start, ending_end) {
            let (from, to) = (m.start, m.end);
            if from >= end {
                break;
            }
            if to > end {
                // A verb that merely ends like a body: 举办, 布局.
                return None;
            }
            lead = Some(to);
        }
        if let Some(lead) = lead {
            start = lead;
            bounded = true;
        }
        if let Some(place) = known.first_place_in(&head[start..run_end.max(start)]) {
            start += place;
            bounded = true;
        }
        let reading = Reading { from: start, tags: self.tags(&head[start..]) };
        let (cut, firm) = self.clause_words(&head[start..], &reading.tags, kind);
        (bounded || firm).then(|| (start + cut + repeated_level(&head[start + cut..]), reading))
    }

    /// jieba's reading of `text` (without its HMM); none for empty text, which holds no words.
    fn tags<'t>(&self, text: &'t str) -> Vec<Tag<'t>> {
        if text.is_empty() {
            return Vec::new();
        }
        self.jieba.tag(text, false)
    }

    /// How many bytes of `prefix` (read by the segmenter as `tags`) belong to the clause before
    /// the name: everything up to the last word the segmenter reads as a verb, adverb,
    /// preposition, pronoun, numeral or time (`动员` in `动员德隆集团`), except the verbs that
    /// are part of body names (`扶贫办`) and a conjunction inside the name of a public body
    /// (`工业和信息化部`; an enterprise's name rarely holds one, while `综合楼和小河子小学` lists
    /// two things).
    ///
    /// Also says whether the cut is a firm bound: a conjunction or preposition is, while a verb
    /// read inside a run of unknown words (`别古庄镇` as 别 + 古庄镇) may not be.
    fn clause_words(&self, prefix: &str, tags: &[Tag], kind: Kind) -> (usize, bool) {
        let mut cut = 0;
        let mut firm = false;
        for (n, t) in tags.iter().enumerate() {
            let single = t.end - t.start == 1;
            // After a chain of place names (廊坊市永清县), a lone character starts the next
            // place more often than a clause (别古庄镇 read as 别 + 古庄镇).
            let after_places = n > 0 && tags[..n].iter().all(|p| p.tag == "ns");
            let cuts = match t.tag {
                _ if single && after_places => false,
                "c" => kind == Kind::Named || !joins_one_name(tags.get(n.wrapping_sub(1)).map(|p| p.word), tags.get(n + 1)),
                tag if single => is_function_tag(tag),
                tag => is_clause_tag(tag) && !NAME_WORDS.contains(&t.word),
            };
            if cuts {
                cut = t.byte_end;
                firm = matches!(t.tag, "c" | "p");
            }
        }
        let after_body = after_last_body(prefix);
        if after_body > cut {
            (after_body, true)
        } else {
            (cut, firm)
        }
    }

    /// Whether `prefix` (the name before its ending) makes a name of this kind. `tags` are the
    /// segmenter's reading of `prefix` when it is at hand.
    fn is_name(&self, prefix: &str, tags: Option<&[Tag]>, kind: Kind, known: &KnownNames) -> bool {
        let Some(first) = prefix.chars().next() else { return false };
        if NUMERALS.contains(first) || CLASSIFIERS.contains(first) || self.is_generic(prefix) {
            return false;
        }
        let chars = prefix.chars().count();
        match kind {
            Kind::Named => (chars >= 2 || LEVELS.contains(first)) && !self.only_verbs(prefix, tags),
            Kind::Public => {
                LEVELS.contains(first)
                    || NATIONAL.iter().any(|n| prefix.starts_with(n))
                    || known.first_place_in(prefix) == Some(0)
                    || self.starts_with_place(prefix, tags)
            }
        }
    }

    /// Whether the segmenter reads `prefix` as verbs and modifiers only (`配建学校`,
    /// `配套建设幼儿园`): an action on a kind of institution, not the name of one.
    fn only_verbs(&self, prefix: &str, tags: Option<&[Tag]>) -> bool {
        let only = |tags: &[Tag]| tags.iter().all(|t| t.tag.starts_with(['v', 'a', 'd']));
        tags.map_or_else(|| only(&self.tags(prefix)), only)
    }

    /// Whether the segmenter reads `prefix` as beginning with a place name (`衡水市教育`), for when
    /// the region stage has not named it.
    fn starts_with_place(&self, prefix: &str, tags: Option<&[Tag]>) -> bool {
        let place = |tags: &[Tag]| tags.first().is_some_and(|t| t.tag == "ns" && t.word.chars().nth(1).is_some());
        tags.map_or_else(|| place(&self.tags(prefix)), place)
    }

    /// Whether `prefix` is made only of generic modifiers (`农民专业`, `乡镇`).
    fn is_generic(&self, prefix: &str) -> bool {
        // reachable[i]: prefix[..i] splits into generic words. A name's prefix is short: its
        // table fits on the stack.
        let mut on_stack = [false; 256];
        let mut on_heap = Vec::new();
        let reachable: &mut [bool] = match on_stack.get_mut(..=prefix.len()) {
            Some(short) => short,
            None => {
                on_heap.resize(prefix.len() + 1, false);
                &mut on_heap
            }
        };
        reachable[0] = true;
        for (i, _) in prefix.char_indices() {
            if reachable[i] {
                for len in self.generic.prefixes_of(&prefix[i..]) {
                    reachable[i + len] = true;
                }
            }
        }
        reachable[prefix.len()]
    }
}

#[cfg(test)]
mod tests {
    use crate::entity::tests::{article, find};

    fn orgs(paragraph: &str) -> Vec<String> {
        let (input, a) = article(&[paragraph]);
        find(&a, &input).organizations.into_iter().map(|o| o.name).collect()
    }

    #[test]
    fn public_body_with_its_city() {
        assert_eq!(orgs("近日，衡水市教育局印发通知。"), ["衡水市教育局"]);
        assert_eq!(orgs("市扶贫办常务副主任到村里。"), ["市扶贫办"]);
    }

    #[test]
    fn governing_verb_bounds_the_name() {
        assert_eq!(orgs("该县引进德隆集团建设基地。"), ["德隆集团"]);
        assert_eq!(orgs("村里与人保财险公司合作。"), ["人保财险公司"]);
    }

    #[test]
    fn verb_before_the_name_is_cut_off() {
        assert_eq!(orgs("积极动员德隆集团参与。"), ["德隆集团"]);
        assert!(orgs("他考入大学，全县坚持政府主导。").is_empty());
    }

    #[test]
    fn counted_bodies_are_not_names() {
        assert_eq!(orgs("建成5个乡镇卫生院和4所薄弱学校。"), Vec::<String>::new());
    }

    #[test]
    fn bracketed_place_inside_a_company_name() {
        assert_eq!(orgs("检查现代牧业(张家口)有限公司、弘基农业有限公司。"), ["现代牧业(张家口)有限公司", "弘基农业有限公司"]);
    }

    #[test]
    fn conjunction_before_an_institution_lists_two_things() {
        assert_eq!(orgs("新建综合楼和小河子小学投入使用。"), ["小河子小学"]);
        assert!(orgs("免除省内公办学校学费。").is_empty());
    }

    #[test]
    fn words_inside_names_are_no_bounds() {
        assert_eq!(orgs("由衡水市村镇经济发展促进会主办。"), ["衡水市村镇经济发展促进会"]);
        assert_eq!(orgs("社区联合共建单位光华中学开展活动。"), ["光华中学"]);
    }

    #[test]
    fn member_of_a_committee_is_no_body() {
        assert_eq!(orgs("市委常委、副市长出席。"), ["市委"]);
    }

    #[test]
    fn short_form_after_the_full_name_is_one_body() {
        assert_eq!(orgs("桥西区总工会举行表彰，区总工会主席讲话。"), ["桥西区总工会"]);
        assert_eq!(orgs("市教育局和衡水市教育局。"), ["市教育局", "衡水市教育局"]);
    }

    #[test]
    fn level_prefixed_institution() {
        assert_eq!(orgs("患者转到县医院治疗。"), ["县医院"]);
        assert_eq!(orgs("该县县委宣传部会同该县文旅局开展宣讲。"), ["县委宣传部", "县文旅局"]);
    }

    #[test]
    fn ending_inside_another_word_is_not_a_body() {
        assert!(orgs("镇里举办培训班，办理手续，所有场所都开放。").is_empty());
        assert!(orgs("坚持以人民为中心，把握大局。").is_empty());
    }

    #[test]
    fn generic_or_counted_bodies_are_not_names() {
        assert!(orgs("成立农民专业合作社，两家公司参与，该公司投资。").is_empty());
        assert!(orgs("全市的先诊疗后付费定点医院实行一站式结算。").is_empty());
        assert!(orgs("贫困户都参与了产业合作社和特色种植合作社。").is_empty());
    }

    #[test]
    fn unbounded_run_is_dropped() {
        assert!(orgs("苹果葡萄西瓜香蕉橘子柚子芒果荔枝菠萝榴莲公司").is_empty());
        assert_eq!(orgs("廊坊市永清县别古庄镇德尚雕刻厂厂长"), ["廊坊市永清县别古庄镇德尚雕刻厂"]);
        assert_eq!(orgs("苹果葡萄西瓜香蕉橘子柚子芒果荔枝和河北省人民政府"), ["河北省人民政府"]);
    }

    #[test]
    fn shorter_body_inside_a_longer_one_gives_way() {
        assert_eq!(orgs("近日，市委组织部召开会议。"), ["市委组织部"]);
        assert_eq!(orgs("区委统战部和区委开展活动。"), ["区委统战部", "区委"]);
        assert_eq!(orgs("市委组织部牵头，市委、市委组织部参加。"), ["市委组织部", "市委"]);
        assert_eq!(orgs("市委组织部牵头，市委组织部参加。"), ["市委组织部"]);
    }

    #[test]
    fn doubled_ending_opens_a_title() {
        assert_eq!(orgs("区民政局局长说，县卫生院院长也来了。"), ["区民政局", "县卫生院"]);
    }

    #[test]
    fn verbs_before_an_institution_name_none() {
        assert!(orgs("安置点配建学校，配套建设幼儿园。").is_empty());
        assert_eq!(orgs("引进弘基农业有限公司。"), ["弘基农业有限公司"]);
    }

    /// The reuse of a reading for a later start rests on this: from a word boundary on, the
    /// segmenter reads a text as it reads the text cut there.
    #[test]
    fn a_reading_from_a_word_boundary_is_the_rest_of_the_reading() {
        let jieba = crate::keyword::shared_jieba();
        let texts = ["积极动员德隆集团", "该县县委宣传部会同该县文旅", "现代牧业(张家口)有限", "苹果葡萄西瓜和河北省人民", "村里与人保财险"];
        let finder = super::OrgFinder::new();
        for text in texts {
            let reading = super::Reading { from: 0, tags: finder.tags(text) };
            for t in &reading.tags {
                let rest: Vec<_> = reading.from(t.byte_start).unwrap().iter().map(|t| (t.word, t.tag)).collect();
                let fresh: Vec<_> = jieba.tag(&text[t.byte_start..], false).iter().map(|t| (t.word, t.tag)).collect();
                assert_eq!(rest, fresh, "{text} from {}", t.byte_start);
            }
            // inside a word there is no reading to reuse
            let inside = reading.tags.iter().find(|t| t.word.chars().nth(1).is_some()).map(|t| t.byte_start + 3);
            assert!(inside.is_some_and(|at| reading.from(at).is_none()), "{text}");
        }
    }

    #[test]
    fn conjunction_splits_two_bodies() {
        assert_eq!(orgs("衡水市教育局和县医院联合开展。"), ["衡水市教育局", "县医院"]);
    }
}
