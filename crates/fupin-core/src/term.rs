//! Domain terms and numbered slogans, with the expansion the text gives.
//!
//! The work has its own vocabulary: fixed terms (`建档立卡`, `雨露计划`, `data/terms.tsv`) and
//! numbered slogans that pack a policy into a count (`两不愁三保障`, `三免一助`, `五清三建一改`).
//! New slogans are coined all the time, so besides the table any quoted phrase that opens with a
//! Chinese numeral and is short (`“三不”`, `“六有”`, `“十统一”`) is taken as one. Articles often
//! spell a slogan out once: `三免一助政策,即:免学费、…` or `“两不愁三保障”(不愁吃、…)` or
//! `“免学费、…”等“三免一助”`; that text becomes the expansion.

use crate::model::{Paragraph, Term};
use crate::numeral::{chinese_int, is_chinese_numeral_char};
use crate::program::split_list;
use crate::topic::{table_rows, Reading, Words};
use crate::ArticleContext;
use memchr::memmem::Finder;
use std::borrow::Cow;
use std::sync::LazyLock;

const TERMS: &str = include_str!("../data/terms.tsv");

/// The longest quoted phrase read as a numbered slogan, in chars.
const MAX_SLOGAN_CHARS: usize = 8;
/// The longest expansion taken, in chars; longer text is a paragraph, not a gloss.
const MAX_EXPANSION_CHARS: usize = 80;
/// How many chars may stand between a term and its `即` (`三免一助政策,即:`).
const MAX_GLOSS_GAP_CHARS: usize = 4;
/// The longest comma-separated part of a gloss read as one more list item when it holds no
/// `、`; a longer part is a clause of its own.
const MAX_GLOSS_ITEM_CHARS: usize = 12;
/// Openings of a clause that goes on after a gloss: a time phrase, a subject or a connective
/// (`今年以来累计发放…`, `该县…`, `同时…`), not one more item of the list.
const CLAUSE_OPENINGS: &[&str] = &[
    "今年", "去年", "近年", "目前", "截至", "当前", "同时", "此外", "另外", "累计", "共", "已", "并", "还",
    "该", "我", "全县", "全市", "全区", "全省", "全州", "全镇", "全乡", "全村", "让", "使",
];

pub struct Terms {
    words: Words,
    /// The canonical form of each pattern.
    canonical: Vec<String>,
}

impl Default for Terms {
    fn default() -> Self {
        Self::new()
    }
}

/// The rows of the term table: each a term as written; a match tells its row by its position.
pub(crate) fn term_words() -> Vec<&'static str> {
    table_rows(TERMS).filter_map(|r| r.first().copied()).collect()
}

impl Terms {
    pub fn new() -> Self {
        let canonical = table_rows(TERMS)
            .filter_map(|r| {
                let word = *r.first()?;
                Some(r.get(1).filter(|c| !c.is_empty()).unwrap_or(&word).to_string())
            })
            .collect();
        Terms { words: Words::new(term_words()), canonical }
    }

    /// One term per distinct term of the article, at its first mention, with the first
    /// expansion any mention gives.
    pub fn find(&self, ctx: &ArticleContext) -> Vec<Term> {
        self.find_with(ctx, |p| Cow::Owned(self.words.find(&p.text).collect()))
    }

    /// Like [`Terms::find`], with the table terms' matches the topic's walk over the article
    /// found (`reading`), so the article is not walked twice.
    pub fn find_read(&self, ctx: &ArticleContext, reading: &Reading) -> Vec<Term> {
        let mut next = 0;
        let texts: Vec<&str> = crate::topic::texts(ctx.article).collect();
        // the walk's matches are borrowed, not copied for every text
        self.find_with(ctx, |p| match reading.terms_of(&texts, &p.text, &mut next) {
            Some(matches) => Cow::Borrowed(matches),
            None => Cow::Owned(self.words.find(&p.text).collect()),
        })
    }

    /// The terms of the article, with `matches` giving each text's table matches
    /// `(row, start, end)`, in reading order.
    fn find_with<'m>(
        &self,
        ctx: &ArticleContext,
        mut matches: impl FnMut(&Paragraph) -> Cow<'m, [(usize, usize, usize)]>,
    ) -> Vec<Term> {
        let program_names: Vec<&str> = ctx.article.programs.iter().map(|p| p.name.as_str()).collect();
        let mut terms: Vec<Term> = Vec::new();
        // one list for every text's matches, emptied as each is read
        let mut found: Vec<(Cow<str>, usize, usize)> = Vec::new();
        for p in ctx.texts() {
            let p = p.as_ref();
            found.extend(matches(p).iter().map(|&(w, s, e)| (Cow::Borrowed(self.canonical[w].as_str()), s, e)));
            let overlaps_table = |s: usize, e: usize| found.iter().any(|&(_, ts, te)| ts < e && s < te);
            let slogans: Vec<_> = quoted_slogans(&p.text)
                .filter(|&(_, s, e)| !program_names.contains(&&p.text[s..e]) && !overlaps_table(s, e))
                .map(|(slogan, s, e)| (Cow::Owned(slogan), s, e))
                .collect();
            found.extend(slogans);
            found.sort_by_key(|&(_, s, _)| s);
            for (term, s, e) in found.drain(..) {
                // a later mention is read for its gloss only while the term has none
                let gloss = || expansion(&p.text, s, e).unwrap_or_default();
                match terms.iter_mut().find(|t| t.term == term) {
                    Some(t) if t.expansion.is_empty() => t.expansion = gloss(),
                    Some(_) => {}
                    None => terms.push(Term { term: term.into_owned(), expansion: gloss(), span: p.span_of(s, e) }),
                }
            }
        }
        terms
    }
}

/// Quoted phrases that open with a Chinese numeral: `“五清三建一改”`, `“三不”`.
fn quoted_slogans(text: &str) -> impl Iterator<Item = (String, usize, usize)> + '_ {
    // by the quote's first byte, which Chinese characters never have: a search for its last
    // byte stops inside every sixtieth character. The searcher is built once: building one
    // costs more than searching a paragraph.
    static OPEN_QUOTE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("“"));
    OPEN_QUOTE.find_iter(text.as_bytes()).filter_map(move |q| {
        let s = q + '“'.len_utf8();
        // most quotes open with no numeral: they are passed over on their first character
        if !text[s..].chars().next().is_some_and(is_slogan_numeral) {
            return None;
        }
        let e = s + head_chars(&text[s..], MAX_SLOGAN_CHARS + 1).find('”')?;
        let inner = &text[s..e];
        let n = inner.chars().count();
        let ok = (2..=MAX_SLOGAN_CHARS).contains(&n)
            && inner.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        ok.then(|| (inner.to_string(), s, e))
    })
}

fn is_slogan_numeral(c: char) -> bool {
    matches!(c, '一' | '二' | '两' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '百' | '千' | '万' | '双' | '零')
}

/// The gloss the text gives for the term at `text[s..e]`, if any.
fn expansion(text: &str, s: usize, e: usize) -> Option<String> {
    let after = text[e..].trim_start_matches(['”', '’']);
    // the count a term announces matters only to a gloss after 即 or a colon, which few have
    let gloss = parenthesised(after)
        .or_else(|| introduced(after).map(|g| list_end(g, announced_items(&text[s..e]))))
        .or_else(|| quoted_before(text, s))?;
    let gloss = gloss
        .trim_start_matches(['即', ':', '：'])
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '，' | '。' | '；' | ';'));
    let n = gloss.chars().count();
    (2..=MAX_EXPANSION_CHARS).contains(&n).then(|| gloss.to_string())
}

/// `(不愁吃、不愁穿,…)` right after the term.
fn parenthesised(after: &str) -> Option<&str> {
    let inner = after.strip_prefix('(').or_else(|| after.strip_prefix('（'))?;
    let close = head_chars(inner, MAX_EXPANSION_CHARS + 1).find([')', '）'])?;
    Some(&inner[..close])
}

/// `政策,即:免学费、…。` or `:…。` after the term, a few chars of the term's noun allowed between.
fn introduced(after: &str) -> Option<&str> {
    // most mentions have no gloss: the unbounded look is short and spares bounding the text
    glossed(after)?;
    glossed(head_chars(after, MAX_EXPANSION_CHARS + MAX_GLOSS_GAP_CHARS + 4)).map(until_sentence_end)
}

/// The text after the `即` or colon that opens a gloss within the first few chars of `after`.
fn glossed(after: &str) -> Option<&str> {
    let mut rest = after;
    for _ in 0..=MAX_GLOSS_GAP_CHARS {
        // each test a comparison of a few bytes: this runs at every mention of a term
        let r = after_commas(rest);
        if let Some(r) = r.strip_prefix('即') {
            return Some(r.trim_start_matches([':', '：', ',', '，']));
        }
        if let Some(r) = r.strip_prefix(':').or_else(|| r.strip_prefix('：')) {
            return Some(r);
        }
        let c = rest.chars().next().filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))?;
        rest = &rest[c.len_utf8()..];
    }
    None
}

/// `s` past its leading commas, ASCII or full-width.
fn after_commas(mut s: &str) -> &str {
    while let Some(rest) = s.strip_prefix(',').or_else(|| s.strip_prefix('，')) {
        s = rest;
    }
    s
}

/// How many items a numbered term announces: its numerals added up (`三免一助` 4,
/// `两不愁三保障` 5, `四道保障线` 4). `None` below two, where a `一` is more likely part of a word
/// (`一站式`) than a count.
fn announced_items(term: &str) -> Option<usize> {
    let mut total = 0u64;
    let mut run = String::new();
    for c in term.chars().chain(std::iter::once(' ')) {
        if is_chinese_numeral_char(c) || c == '双' {
            run.push(c);
            continue;
        }
        total += match run.as_str() {
            "" => 0,
            "双" => 2,
            r => chinese_int(r).unwrap_or(0),
        };
        run.clear();
    }
    usize::try_from(total).ok().filter(|&n| n >= 2)
}

/// Where the enumerated list that opens `gloss` ends: at the first comma that is followed by a
/// clause rather than one more item, or once the list shows the `announced` count of items.
/// A sentence often glosses a term and then goes on (`即免学费…和补助生活费,今年累计发放…`).
fn list_end(gloss: &str, announced: Option<usize>) -> &str {
    let mut items = 0;
    let mut start = 0;
    let mut end = 0;
    for (j, c) in gloss.char_indices().chain(std::iter::once((gloss.len(), ','))) {
        if !matches!(c, ',' | '，') {
            continue;
        }
        let full = announced.is_some_and(|n| items >= n);
        if start > 0 && (full || !continues_list(&gloss[start..j])) {
            break;
        }
        items += split_list(gloss, start, j).len();
        end = j;
        start = j + c.len_utf8();
    }
    &gloss[..end]
}

/// A comma-separated part that reads as one more item of a gloss: short or itself a `、`-list,
/// with no figure and no opening of a clause.
fn continues_list(part: &str) -> bool {
    let part = part.trim();
    let figure = part.chars().any(|c| c.is_ascii_digit() || matches!(c, '０'..='９' | '%' | '％'));
    let short = part.contains('、') || part.chars().count() <= MAX_GLOSS_ITEM_CHARS;
    !part.is_empty() && short && !figure && !CLAUSE_OPENINGS.iter().any(|w| part.starts_with(w))
}

/// `“免学费、免住宿费,…”等“三免一助”` or `“…、…”的“四增到户”`: a quoted list right before the
/// (quoted) term.
fn quoted_before(text: &str, s: usize) -> Option<&str> {
    // what the bounded look below needs, checked first on the whole text before
    let near = text[..s].trim_end_matches('“');
    if !near.strip_suffix(['等', '的']).unwrap_or(near).ends_with('”') {
        return None;
    }
    let before = tail_chars(&text[..s], MAX_EXPANSION_CHARS + 4).trim_end_matches('“');
    let before = before.strip_suffix(['等', '的']).unwrap_or(before);
    let inner_end = before.strip_suffix('”')?.len();
    let open = before[..inner_end].rfind('“')?;
    let inner = &before[open + '“'.len_utf8()..inner_end];
    inner.contains('、').then_some(inner)
}

/// The first `max_chars` chars of `s`: every look-ahead is bounded, so no text makes the scan
/// quadratic.
pub(crate) fn head_chars(s: &str, max_chars: usize) -> &str {
    // each character is stepped over by its first byte, which tells its width (the text is
    // valid UTF-8), where decoding each cost several times as much
    let b = s.as_bytes();
    let mut k = 0;
    for _ in 0..max_chars {
        let Some(&lead) = b.get(k) else { return s };
        k += match lead {
            0..0x80 => 1,
            0x80..0xE0 => 2,
            0xE0..0xF0 => 3,
            _ => 4,
        };
    }
    s.get(..k).unwrap_or(s)
}

/// The last `max_chars` chars of `s`, for bounded look-behind.
pub(crate) fn tail_chars(s: &str, max_chars: usize) -> &str {
    match max_chars.checked_sub(1) {
        None => &s[s.len()..],
        Some(n) => s.char_indices().rev().nth(n).map_or(s, |(i, _)| &s[i..]),
    }
}

fn until_sentence_end(s: &str) -> &str {
    let end = s.find(['。', '；', ';', '\n']).unwrap_or(s.len());
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Program, Span};

    fn terms_of(text: &str, programs: Vec<Program>) -> Vec<Term> {
        let mut article = Article::default();
        article.paragraphs.push(Paragraph::contiguous(text, 0));
        article.programs = programs;
        Terms::new().find(&ArticleContext { input: text, article: &article, reference_date: None, loose: None })
    }

    fn terms(text: &str) -> Vec<Term> {
        terms_of(text, Vec::new())
    }

    fn get<'a>(found: &'a [Term], term: &str) -> &'a Term {
        found.iter().find(|t| t.term == term).unwrap_or_else(|| panic!("{term} not in {found:?}"))
    }

    #[test]
    fn expansion_after_ji() {
        let text = "困难学生可享受三免一助政策,即:免学费、免住宿费、免教科书费,享受国家助学金。";
        let found = terms(text);
        let t = get(&found, "三免一助");
        assert_eq!(t.expansion, "免学费、免住宿费、免教科书费,享受国家助学金");
        assert_eq!(&text[t.span.start..t.span.end], "三免一助");
    }

    #[test]
    fn an_expansion_stops_where_the_sentence_goes_on() {
        // a clause with a time phrase and a figure
        let found = terms("全面落实“三免一助”,即免学费、免书本费、免住宿费和补助生活费,今年以来发放资金200万元。");
        assert_eq!(get(&found, "三免一助").expansion, "免学费、免书本费、免住宿费和补助生活费");
        // a subject opening a clause, the term announcing no count
        let found = terms("落实雨露计划,即:对就读职业院校的学生给予补助,该县今年补助学生三百人。");
        assert_eq!(get(&found, "雨露计划").expansion, "对就读职业院校的学生给予补助");
    }

    #[test]
    fn an_expansion_stops_after_the_announced_count() {
        let found = terms("筑牢“四道保障线”,即基本医保、大病保险、补充保险和医疗救助,患者负担明显减轻。");
        assert_eq!(get(&found, "四道保障线").expansion, "基本医保、大病保险、补充保险和医疗救助");
        // items split by commas count too: 两 + 三 = five
        let found = terms("实现两不愁三保障,即不愁吃、不愁穿,教育、医疗和住房有保障,群众满意。");
        assert_eq!(get(&found, "两不愁三保障").expansion, "不愁吃、不愁穿,教育、医疗和住房有保障");
        assert_eq!(announced_items("三免一助"), Some(4));
        assert_eq!(announced_items("一站式"), None);
    }

    #[test]
    fn parenthesised_expansion_and_variant_spelling() {
        let found = terms("对照“两不愁、三保障”(不愁吃、不愁穿,义务教育、基本医疗、住房安全有保障)逐户核查。");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].term, "两不愁三保障");
        assert_eq!(found[0].expansion, "不愁吃、不愁穿,义务教育、基本医疗、住房安全有保障");
    }

    #[test]
    fn a_parenthesis_opening_with_ji() {
        let found = terms("实现“两不愁”(即不愁吃、不愁穿)目标。");
        assert_eq!(get(&found, "两不愁").expansion, "不愁吃、不愁穿");
    }

    #[test]
    fn quoted_list_before_the_term_is_its_expansion() {
        let found = terms("落实“免学费、免住宿费”等“三免一助”政策。");
        assert_eq!(get(&found, "三免一助").expansion, "免学费、免住宿费");
    }

    #[test]
    fn quoted_list_joined_by_de() {
        let found = terms("推行“产业到户、技能到人”的“两到”做法。");
        assert_eq!(get(&found, "两到").expansion, "产业到户、技能到人");
    }

    #[test]
    fn generic_numbered_slogan_in_quotes() {
        let found = terms("村里完成了“七清四改”任务,做到“三不”。");
        assert_eq!(get(&found, "七清四改").expansion, "");
        get(&found, "三不");
        // a quoted phrase without a numeral is no slogan
        assert!(terms("开展“春风行动”。").is_empty());
    }

    #[test]
    fn a_quoted_table_variant_is_one_term() {
        let found = terms("落实“三重保障线”。");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].term, "三重保障");
    }

    #[test]
    fn the_headline_is_read_first() {
        let input = "雨露计划助学生圆梦\n某县落实雨露计划补助。";
        let mut article = Article {
            title: Some("雨露计划助学生圆梦".into()),
            title_span: Some(Span::new(0, "雨露计划助学生圆梦".len())),
            ..Article::default()
        };
        let body_start = input.find('\n').unwrap() + 1;
        article.paragraphs.push(Paragraph::contiguous(&input[body_start..], body_start));
        let found = Terms::new().find(&ArticleContext { input, article: &article, reference_date: None, loose: None });
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].span, Span::new(0, "雨露计划".len()));
    }

    #[test]
    fn one_term_per_article_at_the_first_mention() {
        let text = "精准扶贫是基本方略。坚持精准扶贫,落实精准扶贫。";
        let found = terms(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].span, Span::new(0, "精准扶贫".len()));
    }

    #[test]
    fn a_program_name_is_not_also_a_slogan() {
        let program = Program {
            name: "三道防线".into(),
            declared_count: 3,
            items: Vec::new(),
            complete: false,
            span: Span::default(),
        };
        assert!(terms_of("构筑“三道防线”。", vec![program]).is_empty());
    }

    #[test]
    fn bounded_windows_keep_char_boundaries() {
        assert_eq!(head_chars("扶贫工作", 2), "扶贫");
        assert_eq!(head_chars("扶贫", 5), "扶贫");
        // characters of every width, cut after each count
        let mixed = "a扶é𝄞贫 b";
        for n in 0..10 {
            assert_eq!(head_chars(mixed, n), mixed.char_indices().nth(n).map_or(mixed, |(i, _)| &mixed[..i]), "{n}");
        }
        assert_eq!(tail_chars("扶贫工作", 2), "工作");
        assert_eq!(tail_chars("扶贫", 5), "扶贫");
        assert_eq!(tail_chars("扶贫", 0), "");
    }

    #[test]
    fn unclosed_marks_do_not_panic() {
        for text in ["“三", "三免一助(", "三免一助,即", "“”", "即:", "三免一助政策,即:"] {
            let _ = terms(text);
        }
    }
}
