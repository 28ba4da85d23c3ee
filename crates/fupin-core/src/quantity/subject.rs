//! The subject of a quantity: the shortest phrase of its clause that says what is counted.
//!
//! Chinese puts a counted noun right after its classifier (`4176名贫困人口`, `133座尾矿库`) and
//! names an amount or a share before it (`总费用3510万元`, `报销比例达90.2%`). So a count takes
//! the noun phrase after it when one follows, and anything else takes the phrase before it, cut
//! at the clause start or the previous quantity and stripped of the verbs and adverbs
//! (`达`, `共`, `为`) and leading dates that join it to the number.

/// Characters that end a clause.
pub fn is_clause_end(c: char) -> bool {
    matches!(c, '，' | ',' | '。' | '；' | ';' | '：' | ':' | '！' | '!' | '？' | '?' | '\n' | '\r')
}

/// Characters that end a sentence.
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '；' | ';' | '！' | '!' | '？' | '?' | '\n')
}

/// Start of the clause (or sentence) holding byte `pos`. Generic over `end` so the test is
/// inlined into the backward walk.
pub fn start_of(text: &str, pos: usize, end: impl Fn(char) -> bool) -> usize {
    text[..pos].char_indices().rev().find(|&(_, c)| end(c)).map_or(0, |(i, c)| i + c.len_utf8())
}

/// Where the clauses and sentences of one text start, found in one pass over its bytes: the
/// quantities of a paragraph ask for their clause and sentence many times, and a binary search
/// here answers what [`start_of`] answers by walking back to the previous punctuation mark.
pub struct Starts {
    clauses: Vec<usize>,
    sentences: Vec<usize>,
}

impl Starts {
    pub fn of(text: &str) -> Starts {
        // room for a clause every 32 bytes and a sentence every 128 (about 11 and 43 Chinese
        // characters): most paragraphs then never regrow the lists
        let mut starts = Starts { clauses: Vec::with_capacity(text.len() / 32 + 2), sentences: Vec::with_capacity(text.len() / 128 + 1) };
        let b = text.as_bytes();
        // Every clause end is ASCII, `。` (first byte E3) or a full-width form (first byte
        // EF), and such bytes always start a character. Eight bytes are tested at a time for
        // them; the few found are read as characters.
        let mut chunks = b.chunks_exact(8);
        for (n, chunk) in chunks.by_ref().enumerate() {
            let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            let mut hits = (!w & HIGH) | lanes_equal(w, 0xE3) | lanes_equal(w, 0xEF);
            while hits != 0 {
                starts.note(text, n * 8 + (hits.trailing_zeros() / 8) as usize);
                hits &= hits - 1;
            }
        }
        let tail = b.len() - chunks.remainder().len();
        for (k, &x) in b.iter().enumerate().skip(tail) {
            if x < 0x80 || x == 0xE3 || x == 0xEF {
                starts.note(text, k);
            }
        }
        starts
    }

    /// Records the clause that starts after the character at `k` if that ends one. An ASCII
    /// byte (digits, mostly) is its own character and is tested without decoding.
    fn note(&mut self, text: &str, k: usize) {
        let c = match text.as_bytes()[k] {
            b if b.is_ascii() => char::from(b),
            _ => match text[k..].chars().next() {
                Some(c) => c,
                None => return,
            },
        };
        if is_clause_end(c) {
            self.push(k + c.len_utf8(), is_sentence_end(c));
        }
    }

    fn push(&mut self, start: usize, sentence: bool) {
        self.clauses.push(start);
        if sentence {
            self.sentences.push(start);
        }
    }

    /// `start_of(text, pos, is_clause_end)`.
    pub fn clause(&self, pos: usize) -> usize {
        last_at_most(&self.clauses, pos)
    }

    /// `start_of(text, pos, is_sentence_end)`.
    pub fn sentence(&self, pos: usize) -> usize {
        last_at_most(&self.sentences, pos)
    }
}

/// The high bit of each byte of a word.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit set in each byte of `w` that equals `byte`, and no other bit (exact: no carry
/// crosses from one byte into the next).
fn lanes_equal(w: u64, byte: u8) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let v = w ^ (u64::from(byte) * 0x0101_0101_0101_0101);
    // a byte of `v` is zero exactly where `w` holds `byte`
    !(((v & LOW7) + LOW7) | v | LOW7)
}

/// The last of the sorted `starts` at or before `pos`, or 0.
fn last_at_most(starts: &[usize], pos: usize) -> usize {
    starts[..starts.partition_point(|&s| s <= pos)].last().copied().unwrap_or(0)
}

/// Longest first, stripped from the end of a phrase before the number, repeatedly.
const TRAILING: &[&str] = &[
    "分别达到", "分别为", "分别达", "累计达", "共计", "合计", "总计", "共有", "还有", "仍有", "尚有", "达到", "超过", "增加", "仅有",
    "实现", "保持", "稳定", "突破", "控制", "致使", "导致",
    "达", "为", "是", "有", "共", "计", "约", "近", "了", "到", "至", "在", "占", "等", "已", "的", "均",
    "对", "给", "向", "把", "将", "分别", "人均", "每人", "每户", "每年", "每月", "每周", "每天", "每季度",
];

use super::qualifier::{COMPARATORS, COMPARATOR_HEADS};
use super::words::{self, Heads};

/// Stripped from the start of a phrase, repeatedly.
/// Besides adverbs and prepositions (`将家庭年人均纯收入低于…的农户`), the openers of a plan
/// or aim (`今冬计划种植油菜`, `力争到2025年茶园面积…`): a season of this year and the modal.
const LEADING: &[&str] = &[
    "截至目前", "截至", "其中", "目前", "同时", "此外", "另外", "全年", "年内", "期间", "以来", "并", "且",
    "还", "共", "已", "先后", "累计为", "为", "对", "向", "给", "从", "在", "通过", "底", "年底", "的",
    "今冬", "今春", "今夏", "今秋", "明春", "计划", "预计", "力争", "按照", "按", "将", "把",
    "前三季度", "一季度", "二季度", "三季度", "四季度", "上半年", "下半年",
];

/// Words a counted noun does not start with: when the text after a count starts with one of
/// these, the count has no noun after it and takes the phrase before it.
const NOT_NOUN: &[&str] = &[
    "了", "在", "以", "为", "被", "是", "和", "与", "及", "等", "用", "到", "至", "对", "向", "从", "比",
    "较", "同比", "中有", "当中", "增", "减", "下降", "提高", "占", "共", "累计", "得", "都", "均", "全部", "全面", "已",
    "将", "里", "内", "后", "前", "次", "来", "之", "间", "实现", "完成", "达", "参加", "受益", "用于",
    "左右", "上下", "以上", "以下", "左", "其", "每", "分别", "不", "没", "未", "就", "也", "又", "建设",
    "购买", "支持", "帮助", "发放", "开展", "实施", "参与",
];

/// Nouns that open with a word of [`NOT_NOUN`] (`比赛项目`, `对象`): counted all the same.
const NOUNS_LIKE_PARTICLES: [&str; 4] = ["比赛", "对象", "以工代赈", "用户"];

/// Verbs and particles that end a counted noun phrase (`457户职工发放贷款` → `职工`).
const AFTER_STOPS: &[&str] = &[
    "按照", "进行", "开展", "实施", "发放", "获得", "入户", "担任", "联系", "纳入", "全部", "均", "被", "已",
    "将", "用于", "通过", "实现", "完成", "得到", "享受", "接受", "参加", "在", "建设", "购置", "检查",
    "下达", "吃上", "签订", "正在", "由", "从", "都", "也", "去年", "今年", "当年", "每年", "常年", "建成",
    "建立", "组建", "落实", "提供", "给予", "全面", "通硬化", "通水泥", "通公路", "通客车", "通班车", "通宽带",
    "通光纤", "通自来水", "通动力电", "实行", "设立", "全覆盖", "推行", "配备", "开通", "成立", "每月",
    "每周", "每季度", "带动", "吸纳", "统一", "派驻", "选派",
];

static AFTER_STOP_HEADS: Heads = Heads::of(AFTER_STOPS);

/// Every character the noun after a quantity may end at ([`after_any`]): the clause ends, the
/// spaces (each character Unicode counts as one), `、`, `了`, `着` and the first characters of
/// [`AFTER_STOPS`]. The walk over the noun stops only at these, passing the rest three bytes
/// at a time where each was decoded and tested in turn.
static AFTER_ENDS: Heads = Heads::of(&[
    "，", ",", "。", "；", ";", "：", ":", "！", "!", "？", "?", "\n", "\r", "\t", "\u{b}", "\u{c}", " ", "\u{85}",
    "\u{a0}", "\u{1680}", "\u{2000}", "\u{2001}", "\u{2002}", "\u{2003}", "\u{2004}", "\u{2005}", "\u{2006}",
    "\u{2007}", "\u{2008}", "\u{2009}", "\u{200a}", "\u{2028}", "\u{2029}", "\u{202f}", "\u{205f}", "\u{3000}",
    "、", "了", "着",
])
.and(AFTER_STOPS);

/// Nouns of money that name what an amount is when they follow it (`拨付87万元资金`,
/// `每人50元保费标准`, `申请了5万元小额信贷`, `给予50万元奖励`).
const MONEY_NOUNS: &[&str] = &[
    "资金", "专款", "专项", "保费", "补贴", "补助", "贷款", "奖金", "奖补", "经费", "救助金", "保险金", "资助",
    "小额信贷", "信贷", "贴息贷款", "奖励", "分红", "衔接资金", "扶贫资金",
];

/// Nouns of money that are also verbs (`奖励优秀干部`, `分红给村民`): nouns only at the end of
/// their phrase or before a word of money (`奖励资金`).
const VERB_MONEY_NOUNS: [&str; 2] = ["奖励", "分红"];

/// True when `phrase` starts with a noun of money.
pub fn is_money_noun(phrase: &str) -> bool {
    MONEY_NOUNS.iter().any(|w| {
        words::has_prefix(phrase, w)
            && (!VERB_MONEY_NOUNS.contains(w) || {
                let rest = &phrase[w.len()..];
                rest.is_empty() || ["资金", "金", "款"].iter().any(|m| rest.starts_with(m))
            })
    })
}

/// [`TRAILING`]'s last characters and [`LEADING`]'s first: a phrase that does not end or start
/// with one of them is not compared with the words.
static TRAILING_ENDS: Heads = Heads::of_last(TRAILING);
static LEADING_HEADS: Heads = Heads::of(LEADING);
static NOT_NOUN_HEADS: Heads = Heads::of(NOT_NOUN);

/// [`TRAILING`]'s last three bytes and the first three of [`LEADING`], [`NOT_NOUN`] and
/// [`AFTER_STOPS`], word by word (see [`key3`]).
static TRAILING_KEYS: [u32; TRAILING.len()] = keys3(TRAILING, true);
static LEADING_KEYS: [u32; LEADING.len()] = keys3(LEADING, false);
static NOT_NOUN_KEYS: [u32; NOT_NOUN.len()] = keys3(NOT_NOUN, false);
static AFTER_STOP_KEYS: [u32; AFTER_STOPS.len()] = keys3(AFTER_STOPS, false);

/// What [`key3`] gives a word of fewer than three bytes: it is compared whole.
const SHORT_WORD: u32 = u32::MAX;

/// Three bytes of `b` as a number: its first three, or its last three if `last`; for fewer
/// bytes, [`SHORT_WORD`] (a key no three bytes make, as the top byte of theirs is zero).
const fn key3(b: &[u8], last: bool) -> u32 {
    if b.len() < 3 {
        return SHORT_WORD;
    }
    let at = if last { b.len() - 3 } else { 0 };
    b[at] as u32 | (b[at + 1] as u32) << 8 | (b[at + 2] as u32) << 16
}

const fn keys3<const N: usize>(words: &[&str], last: bool) -> [u32; N] {
    let mut keys = [0; N];
    let mut i = 0;
    while i < N {
        keys[i] = key3(words[i].as_bytes(), last);
        i += 1;
    }
    keys
}

/// The first of `words` (in order) that `s` ends with. A word is compared only when its last
/// three bytes (`keys`) are those of `s`: one test of a number rules most words out.
fn suffix_in<'w>(s: &str, words: &[&'w str], keys: &[u32]) -> Option<&'w str> {
    let key = key3(s.as_bytes(), true);
    words.iter().zip(keys).find(|&(w, &k)| (k == key || k == SHORT_WORD) && words::has_suffix(s, w)).map(|(w, _)| *w)
}

/// The first of `words` (in order) that `s` starts with, ruled out as [`suffix_in`] does.
fn prefix_in<'w>(s: &str, words: &[&'w str], keys: &[u32]) -> Option<&'w str> {
    let key = key3(s.as_bytes(), false);
    words.iter().zip(keys).find(|&(w, &k)| (k == key || k == SHORT_WORD) && words::has_prefix(s, w)).map(|(w, _)| *w)
}

/// `s` without the words of [`TRAILING`] it ends with, repeatedly.
fn strip_trailing(mut s: &str) -> &str {
    while let Some(w) = s.chars().next_back().filter(|&c| TRAILING_ENDS.may_start(c)).and_then(|_| suffix_in(s, TRAILING, &TRAILING_KEYS)) {
        let rest = &s[..s.len() - w.len()];
        // `签约`, `预约`: the last character of a word, not `约` for "about"
        if w == "约" && super::qualifier::ends_word_in_yue(rest) {
            break;
        }
        s = rest;
    }
    s
}

/// `s` without the words of [`LEADING`] it starts with, repeatedly.
fn strip_leading(mut s: &str) -> &str {
    while let Some(w) = s.chars().next().filter(|&c| LEADING_HEADS.may_start(c)).and_then(|_| prefix_in(s, LEADING, &LEADING_KEYS)) {
        s = &s[w.len()..];
    }
    s
}

/// At most this many characters of a phrase are kept: the ones nearest the number.
const MAX_CHARS: usize = 14;

/// The phrase of `text[from..to]` that names what the following number measures. `skip` are
/// byte ranges (time expressions, in text order, not overlapping) that are dropped when they
/// open the phrase.
pub fn before<'t>(text: &'t str, from: usize, to: usize, skip: &[(usize, usize)]) -> &'t str {
    before_with(text, from, to, skip, true)
}

/// [`before`] for a margin in points (`增速高于全县平均水平2.3个百分点`): the comparison is what
/// the margin measures, so it stays whole.
pub fn before_margin<'t>(text: &'t str, from: usize, to: usize, skip: &[(usize, usize)]) -> &'t str {
    before_with(text, from, to, skip, false)
}

fn before_with<'t>(text: &'t str, from: usize, to: usize, skip: &[(usize, usize)], cut_comparison: bool) -> &'t str {
    if text.get(from..to).is_none() {
        return "";
    }
    let mut from = from;
    // drop dates and leading adverbs, repeatedly, from the front
    loop {
        let rest = &text[from..to];
        let stripped = strip_leading(rest);
        let mut next = to - stripped.len();
        // `到2025年`: the time an aim is set for, with its preposition
        let by = ["到", "至"].iter().find(|w| stripped.starts_with(**w)).map_or(0, |w| w.len());
        // the ranges are in text order and do not overlap: at most one starts at `next + by`
        let at = skip.partition_point(|&(s, _)| s < next + by);
        if let Some(&(_, e)) = skip.get(at).filter(|&&(s, e)| s == next + by && e <= to) {
            next = e;
        }
        if next == from {
            break;
        }
        from = next;
    }
    // `1  马某  某村  养牛2头`: the cells of a row printed as text are set apart by runs of
    // spaces; what a figure counts is in its own cell
    // (every phrase below is a part of this one: a rule whose word or mark it lacks leaves each
    // as it is, and most phrases hold no space, tab or ideographic space to part cells)
    let marks = marks_in(&text[from..to]);
    let has = |mark: u8| marks & mark == mark;
    if let Some(gap) = has(GAP).then(|| words::rfind(&text[from..to], "  ").or_else(|| rfind_ideographic_space(&text[from..to])).or_else(|| memchr::memrchr(b'\t', &text.as_bytes()[from..to]))).flatten() {
        let cell = from + gap + text[from + gap..to].len() - text[from + gap..to].trim_start().len();
        if cell < to {
            from = cell;
        }
    }
    let whole = &text[from..to];
    let trimmed = strip_trailing(whole);
    let mut phrase = strip_trailing(if has(PER) { without_measure_rate(trimmed) } else { trimmed });
    // `人均纯收入去年达到`: a time between the noun and its verb is no part of the noun (but
    // one a comparison is made with, `比去年`, `是当年的`, is all there is to name)
    let end = from + phrase.len();
    let at = skip.partition_point(|&(_, e)| e < end);
    if let Some(&(s, _)) = skip.get(at).filter(|&&(s, e)| e == end && s > from) {
        let noun = strip_trailing(&text[from..s]);
        if noun.chars().nth(1).is_some() && !noun.ends_with(['比', '较', '是', '于', '为']) {
            phrase = noun;
        }
    }
    let phrase = strip_leading(phrase);
    let phrase = after_making_verb(phrase, has(TALLY));
    // `每人每月100元`: when nothing but such words stand there, they are the subject
    let phrase = if phrase.is_empty() && whole.starts_with('每') { whole } else { phrase };
    // `收入低于标准1.5倍`: what is compared stands before the comparison word
    let first_comparison = COMPARATOR_HEADS
        .candidates(phrase)
        .filter(|_| cut_comparison)
        .map(|(k, _)| k)
        .find(|&k| COMPARATORS.iter().any(|(w, _)| words::has_prefix(&phrase[k..], w)));
    let phrase = first_comparison.filter(|&k| k > 0).map_or(phrase, |k| &phrase[..k]);
    let phrase = if has(HEADING_CLOSE) { after_heading(phrase) } else { phrase };
    let phrase = if has(QUOTE) { after_open_quote(phrase) } else { phrase };
    let phrase = if has(DENG) { after_places(phrase) } else { phrase };
    let phrase = if has(DE | PER) { per_unit(phrase) } else { phrase };
    let phrase = rate_noun(if has(DE) { after_makeup(phrase) } else { phrase });
    keep_last_words(after_tally(phrase.trim_matches(is_trim)), MAX_CHARS)
}

/// Characters that rules of [`before_with`] search a phrase for backward, as bits of
/// [`marks_in`]: `】` ([`after_heading`]), `每` ([`without_measure_rate`], [`per_unit`]), `的`
/// ([`per_unit`], [`after_makeup`]), `等` ([`after_places`]), either quotation mark
/// ([`after_open_quote`]), the first of a tally word ([`after_making_verb`]) and a space, a tab
/// or an ideographic space (which may part the cells of a row).
const HEADING_CLOSE: u8 = 1;
const PER: u8 = 2;
const DE: u8 = 4;
const DENG: u8 = 8;
const QUOTE: u8 = 16;
const TALLY: u8 = 32;
const GAP: u8 = 64;

/// Which of those characters `phrase` holds. A phrase is some eight characters: one walk over
/// them costs less than the backward searches it spares, each set up for a few bytes.
fn marks_in(phrase: &str) -> u8 {
    static MARKS: Heads = Heads::of(&["】", "每", "的", "等", "“", "”", "累", "共", " ", "\t", "\u{3000}"]);
    MARKS.candidates(phrase).fold(0, |marks, (_, c)| {
        marks
            | match c {
                '】' => HEADING_CLOSE,
                '每' => PER,
                '的' => DE,
                '等' => DENG,
                '“' | '”' => QUOTE,
                '累' | '共' => TALLY,
                _ => GAP,
            }
    })
}

/// `【产业篇】奶山羊带动…`: a heading in square brackets before the figure's own words is none of them.
fn after_heading(phrase: &str) -> &str {
    // searched for by the mark's last byte, backward: most phrases hold none
    match words::rfind(phrase, "】") {
        Some(k) => &phrase[k + '】'.len_utf8()..],
        None => phrase,
    }
}

/// Marks that part words inside a phrase, where a cut phrase may open instead of mid-word. (A
/// list mark `、` is none: what follows it is one item of several the phrase names.)
const WORD_PARTS: [char; 6] = ['“', '”', '》', '《', '，', ','];

/// The last `n` characters of `s`, as [`keep_last`]; when that cuts into a word
/// (`“三同五化”改造提升工程总投资` kept as `五化”改造…`), from the first mark inside the kept
/// part that parts words (after a closing one, at an opening one), if two characters or more
/// follow.
fn keep_last_words(s: &str, n: usize) -> &str {
    let kept = keep_last(s, n);
    if kept.len() == s.len() {
        return kept;
    }
    // `县（中山）工作组…` kept as `中山）工作组…`: a bracket closed before any opens is left behind
    if let Some(close) = kept.find(['）', ')']).filter(|&k| !kept[..k].contains(['（', '('])) {
        let rest = &kept[close + kept[close..].chars().next().map_or(1, char::len_utf8)..];
        if rest.chars().nth(1).is_some() {
            return rest;
        }
    }
    let Some((k, c)) = kept.char_indices().find(|&(_, c)| WORD_PARTS.contains(&c)) else { return kept };
    // an opening mark keeps what it opens whole (`“一站式”结算`), a closing one is left behind
    let rest = if matches!(c, '“' | '《') { &kept[k..] } else { &kept[k + c.len_utf8()..] };
    if rest.chars().nth(1).is_some() {
        rest
    } else {
        kept
    }
}

/// Where the last ideographic space (`\u{3000}`) of `s` starts. Searched for by its first byte,
/// which opens only a few punctuation marks: its last byte is the last byte of many Chinese
/// characters, and a search for the character stopped at each of them.
fn rfind_ideographic_space(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    memchr::memrchr_iter(0xE3, b).find(|&k| b.get(k + 1..k + 3) == Some(&[0x80, 0x80][..]))
}

/// `总收入翻了一番,由2020年的…增加到…`: a change whose clause opens with its `由` (at `opener`)
/// goes on with the subject of the clause before it, read up to that clause's change verb.
/// `floor` gives where a phrase ending at a place may start at the earliest.
pub fn of_clause_before<'t>(text: &'t str, starts: &Starts, opener: usize, skips: &[(usize, usize)], floor: impl Fn(usize) -> usize) -> Option<&'t str> {
    let comma = text[..opener].chars().next_back().filter(|&c| is_clause_end(c) && !is_sentence_end(c))?;
    let prev_end = opener - comma.len_utf8();
    let prev = starts.clause(prev_end);
    let verb_at = words::find_any(&text[prev..prev_end], crate::change::UP.iter().chain(&crate::change::DOWN).copied())?;
    let s = before(text, prev.max(floor(prev)), prev + verb_at, skips);
    (!s.is_empty()).then_some(s)
}

/// Measures a price is quoted per (`每斤`, `每公斤`).
const PRICE_MEASURES: [&str; 9] = ["斤", "公斤", "千克", "亩", "吨", "平方米", "千瓦时", "度", "立方米"];

/// `鲜叶收购价每斤` → `鲜叶收购价`: the measure a price is quoted per closes the phrase before
/// the amount; it belongs with the amount (`每斤8元`), not with what the amount is. Only after
/// a price (`…价`, `…费`): `玉米产量每亩` is a yield per mu, and says so.
fn without_measure_rate(phrase: &str) -> &str {
    match words::rfind(phrase, "每") {
        Some(k) if k > 0 && PRICE_MEASURES.contains(&&phrase[k + '每'.len_utf8()..]) && names_a_price(&phrase[..k]) => &phrase[..k],
        _ => phrase,
    }
}

/// Verbs between a price and the measure it is quoted per (`收购价达到每公斤`).
const PRICE_VERBS: [&str; 4] = ["达到", "为", "是", "达"];

/// Whether `phrase` ends with a price (`收购价`, `收购价达到`, `服务费`).
fn names_a_price(phrase: &str) -> bool {
    let noun = PRICE_VERBS.iter().find_map(|v| phrase.strip_suffix(v)).unwrap_or(phrase);
    noun.ends_with(['价', '费']) || noun.ends_with("价格")
}

/// `对新种银耳的脱贫户每袋补助`: a rate per unit (`每袋补助`, `每人每年补贴`) is what the amount
/// after it measures; the ones it is paid to stand before it.
fn per_unit(phrase: &str) -> &str {
    match words::rfind(phrase, "的").and_then(|k| phrase[k..].find('每').map(|m| k + m)) {
        Some(k) if phrase[k..].chars().count() >= 3 => &phrase[k..],
        _ => phrase,
    }
}

/// Verbs of building or setting up, whose object is what a count after it counts.
const MAKING_VERBS: &[&str] = &["建成", "建立", "组建", "投放", "开办", "设置", "开设", "培育"];

/// `建成电商服务站点460个`, `全县累计投放种牛`: the verb that opens the phrase (or follows a
/// tally word) made what is counted; the object alone is the subject.
/// (`tallied` is false when the phrase holds neither `累` nor `共`: no tally word is looked for.)
fn after_making_verb(phrase: &str, tallied: bool) -> &str {
    let at = |k: usize| MAKING_VERBS.iter().find(|w| words::has_prefix(&phrase[k..], w)).map(|w| k + w.len());
    let tally = ["累计", "共"].iter().filter(|_| tallied).find_map(|w| words::rfind(phrase, w).map(|k| k + w.len()));
    [Some(0), tally]
        .into_iter()
        .flatten()
        .find_map(at)
        .map(|k| &phrase[k..])
        .filter(|rest| rest.chars().count() >= 2)
        .unwrap_or(phrase)
}

/// Verbs of building, and of holding events, whose object a count or measure after the phrase
/// counts wherever they stand in it (`该县在安置点周边建设帮扶车间36个`, `举办各类招聘会46场次`).
const BUILDING_VERBS: &[&str] = &["新建", "建设", "建成", "建起", "修建", "改建", "加装", "栽植", "举办", "开展", "召开"];

/// The object of the last verb of building in `phrase`, when at least two characters follow it:
/// who built it and where are no part of what is counted.
pub fn object_of_building(phrase: &str) -> Option<&str> {
    let at = last_building_verb_end(phrase)?;
    // `新建、改扩建校舍`, `新建和改造日光温室`: verbs joined before one object are read with it,
    // as the work done; `建起了大棚`, `建成的小区`: a particle goes
    let object = &phrase[at..];
    let joined = object.trim_start_matches(['、', '和', '及', '与']);
    if ALSO_BUILDING.iter().any(|w| joined.starts_with(w)) {
        return None;
    }
    let object = object.trim_start_matches(['了', '的']);
    let generic = GENERIC_OBJECTS.contains(&object);
    (object.chars().nth(1).is_some() && at > 0 && !generic).then_some(object)
}

/// [`BUILDING_VERBS`]' first three bytes (see [`key3`]).
static BUILDING_KEYS: [u32; BUILDING_VERBS.len()] = keys3(BUILDING_VERBS, false);
static BUILDING_HEADS: Heads = Heads::of(BUILDING_VERBS);

/// The furthest end of a verb of building in `phrase`. One walk over the phrase stops only at
/// the characters a verb opens with, where a backward search per verb went over the phrase
/// eleven times (and a walk back byte by byte decoded every character it passed).
fn last_building_verb_end(phrase: &str) -> Option<usize> {
    BUILDING_HEADS.candidates(phrase).filter_map(|(k, _)| prefix_in(&phrase[k..], BUILDING_VERBS, &BUILDING_KEYS).map(|w| k + w.len())).max()
}

/// Verbs of handing out, moving, buying and taking in, and of doing something to a thing that
/// is then counted (`投入援藏资金`, `参加各类展销会`, `储备冲锋舟`, `提出建议`): what follows one is
/// what a figure after the phrase counts, when someone doing it stands before it.
/// (`种植`, `吸纳` and `整改` are left out: `种植面积`, `吸纳就业` and `发现并整改问题` are read
/// whole as what is counted; so are `共有` and `现有`, which tell a stock, see `change`.)
const HANDLING_VERBS: &[&str] = &[
    "调运", "发放", "投放", "购置", "采购", "收购", "引进", "输送", "安置", "办理", "投入", "参加", "获得", "新打", "签订",
    "开办", "设置", "抽检", "抽查", "提出", "落实", "申请", "储备", "接到", "利用", "处置", "收获", "担任", "化解", "捐赠",
];

/// [`HANDLING_VERBS`]' first three bytes (see [`key3`]).
static HANDLING_KEYS: [u32; HANDLING_VERBS.len()] = keys3(HANDLING_VERBS, false);
static HANDLING_HEADS: Heads = Heads::of(HANDLING_VERBS);

/// The object of the last verb of [`HANDLING_VERBS`] in `phrase` (`县农业农村局提前调运各类种子`
/// → `各类种子`, `组织企业参加展销会` → `展销会`), when at least two characters stand before
/// the verb and after it.
pub fn object_of_handling(phrase: &str) -> Option<&str> {
    // one walk stops only where a verb may open
    let (at, verb) = HANDLING_HEADS.candidates(phrase).filter_map(|(k, _)| prefix_in(&phrase[k..], HANDLING_VERBS, &HANDLING_KEYS).map(|w| (k, w))).last()?;
    let object = phrase[at + verb.len()..].trim_start_matches(['了', '的']);
    // `收购价`, `采购量`, `发放率`: the verb makes a noun with what follows, no verb and object
    let compound = object.starts_with(['价', '量', '额', '率', '费']);
    // `每人每月发放补助`: a rate before the verb is no one doing it; the phrase says what the
    // amount is paid at
    let rate = is_rate(&phrase[..at]);
    // `参加培训的脱贫群众`, `投入我县的帮扶资金`: the verb is in a clause describing the noun
    // after `的`, which is what is counted
    // (a share of them, `参加医保的比例`, is named by the whole clause: it returns none below)
    let object = match object.rsplit_once('的') {
        Some((_, head)) if head.chars().nth(1).is_some() && !is_share_word(head) => head,
        _ => object,
    };
    // `用于设置公益性岗位和`: an object cut off in a list is no noun of its own; `再投入资金`: a
    // generic object says less than the verb with it; `参加医保人数`: the verb is part of the
    // count's name
    let cut = object.ends_with(['和', '及', '与', '、', '的'])
        || object.contains('的')
        || GENERIC_OBJECTS.contains(&object)
        || object.ends_with("人数")
        || object.ends_with("户数");
    (!compound && !rate && !cut && phrase[..at].chars().nth(1).is_some() && object.chars().nth(1).is_some()).then_some(object)
}

/// `比例`, `人数占比`, `比重`, `覆盖率`: a noun of a share, which the words before it name.
fn is_share_word(noun: &str) -> bool {
    ["比例", "占比", "比重", "率"].iter().any(|w| noun.ends_with(w))
}

/// `每人每月`, `每户`, `每年`: words of a rate alone, each `每` and a short measure.
pub fn is_rate(s: &str) -> bool {
    let mut parts = s.split('每');
    parts.next() == Some("") && parts.all(|m| (1..=2).contains(&m.chars().count()))
}

/// Verbs joined to a verb of building before one object (`新建、改扩建`, `新建改造`).
const ALSO_BUILDING: &[&str] = &["改扩建", "改造提升", "改造", "改建", "扩建", "提升"];

/// Nouns `建设` also forms compounds with (`乡村建设项目`): after it they name no object.
const GENERIC_OBJECTS: &[&str] = &["项目", "任务", "工作", "资金", "工程"];

/// `由干部、网格员组成的监测队伍`: what a body is made up of describes it; the body is counted.
fn after_makeup(phrase: &str) -> &str {
    ["组成的", "构成的"]
        .iter()
        .find_map(|w| words::rfind(phrase, w).map(|k| &phrase[k + w.len()..]))
        .filter(|rest| rest.chars().count() >= 2)
        .unwrap_or(phrase)
}

/// `（记者 甲）“住院花了`: a quote opened and not closed in the phrase starts what is said.
fn after_open_quote(phrase: &str) -> &str {
    // the last quotation mark of either kind, told by its first byte (E2, rare in Chinese
    // text) and the two after it: `“` is E2 80 9C, `”` is E2 80 9D
    let b = phrase.as_bytes();
    let last = memchr::memrchr_iter(0xE2, b).find_map(|k| match b.get(k + 1..k + 3) {
        Some([0x80, 0x9C]) => Some((k, true)),
        Some([0x80, 0x9D]) => Some((k, false)),
        _ => None,
    });
    match last {
        Some((o, true)) if o + '“'.len_utf8() < phrase.len() => &phrase[o + '“'.len_utf8()..],
        _ => phrase,
    }
}

/// The groups of people a rate is taken over (`全县脱贫人口和监测对象参保率`).
const RATE_GROUPS: [&str; 5] = ["对象", "人口", "群众", "脱贫户", "监测户"];

/// `全县脱贫人口和监测对象参保率` → `参保率`: a rate is named by its own noun; the groups it is
/// taken over go before it, and are left out when a list of them runs long. A group joined by
/// `的` (`产业帮扶对脱贫户的覆盖率`) is part of what the rate says.
fn rate_noun(phrase: &str) -> &str {
    if !phrase.ends_with('率') || !phrase.contains(['和', '及', '、']) {
        return phrase;
    }
    let after_group = RATE_GROUPS
        .iter()
        .filter_map(|g| words::rfind(phrase, g).map(|k| k + g.len()))
        .max()
        .map(|k| &phrase[k..]);
    // `…对象中的劳动力务工就业率`: a part of the groups is what the rate is taken over
    after_group.filter(|rest| !rest.starts_with(['的', '中', '之', '里']) && rest.chars().nth(1).is_some()).unwrap_or(phrase)
}

/// Characters after `等` that make a word of it (`等级`, `等待`, `等于`, `等同`).
const IN_WORD_AFTER_DENG: [char; 5] = ['级', '待', '于', '同', '候'];

/// Characters before `等` that make a word of it (`中等`, `平等`, `同等`, `一等`, `优等`).
const IN_WORD_BEFORE_DENG: [char; 13] = ['中', '平', '同', '高', '初', '对', '均', '头', '一', '二', '三', '优', '次'];

/// `从甲、乙等地引进教师`: a list of places ends a locative phrase; what follows is the subject.
/// `开展甲、乙、丙等主题活动`: kinds listed (or one given as an example) before `等` and their
/// common noun are counted by that noun (`主题活动`): the kinds are examples of it.
fn after_places(phrase: &str) -> &str {
    const ENDS: [&str; 6] = ["等地", "等县", "等市", "等省", "等国", "等乡镇"];
    // the last `等`: one backward search, which also tells a phrase without any
    let Some(k) = words::rfind(phrase, "等") else {
        return phrase;
    };
    // `等级证书`, `中等路率`, `一等奖`: a word that holds `等` lists nothing
    let after = phrase[k + '等'.len_utf8()..].chars().next();
    let before = phrase[..k].chars().next_back();
    let in_word = after.is_some_and(|c| IN_WORD_AFTER_DENG.contains(&c)) || before.is_some_and(|c| IN_WORD_BEFORE_DENG.contains(&c));
    let after_list = || {
        let noun = &phrase[k + '等'.len_utf8()..];
        // (`分红、工资等的收入`: what is the list's own, after `的`, keeps the list)
        (!in_word && noun.chars().count() >= 2 && !noun.contains('、') && !noun.starts_with('的')).then_some(noun)
    };
    ENDS.iter()
        .filter_map(|w| words::rfind(phrase, w).map(|k| &phrase[k + w.len()..]))
        .chain(after_list())
        .find(|rest| rest.chars().count() >= 2)
        .unwrap_or(phrase)
}

/// The first characters of the words [`after_tally`] parts a phrase at: a phrase with none of
/// them is left as it is, told by one scan.
static TALLY_MARKS: Heads = Heads::of(&["累", "共", "已", "计", "还", "也", "有"]);

/// Second characters of words that open with `有` and are no verb of holding.
const HAVE_WORD_SECONDS: [char; 9] = ['效', '机', '序', '力', '关', '利', '望', '所', '偿'];

/// `重点监管对象累计开展巡查`, `产业园已入驻企业`: in a long phrase, what follows a tally word
/// (`累计`, `共计`) or the adverb `已` is what was tallied; failing those, what follows a plan
/// (`全州今冬计划种植油菜`), the adverbs `还`/`也` (`合作社还吸纳群众务工`) or the verb `有`
/// (`他的渔场有鱼池`), which part the one who plans, holds or does from what is counted.
fn after_tally(phrase: &str) -> &str {
    if phrase.chars().count() <= 6 || TALLY_MARKS.candidates(phrase).next().is_none() {
        return phrase;
    }
    let long = phrase.chars().count() > 8;
    ["累计", "共计", "已经", "已"]
        .iter()
        .filter(|_| long)
        .filter_map(|w| words::rfind(phrase, w).map(|k| (k, w.len())))
        .chain(["计划", "预计", "还", "也", "有"].iter().filter_map(|w| words::rfind(phrase, w).map(|k| (k, w.len()))))
        // `所有`, `没有`, `具有` are no verb of holding; `共有`, `现有` tally what a place holds,
        // and the place stays in the phrase
        .filter(|&(k, _)| !phrase[..k].ends_with(['所', '没', '具', '拥', '享', '共', '现']))
        // nor is the `有` of a word it opens (`有效利用率`, `有机肥`, `有序流转`)
        .filter(|&(k, len)| !(phrase[k..].starts_with('有') && phrase[k + len..].starts_with(HAVE_WORD_SECONDS)))
        .map(|(k, len)| {
            // `藏野驴种群数量已恢复到`: a verb of change alone after `已` says what the noun before
            // it did
            let rest = &phrase[k + len..];
            let bare_verb = REACHING.contains(&rest) || crate::change::UP.contains(&rest) || crate::change::DOWN.contains(&rest);
            if bare_verb && phrase[..k].chars().nth(1).is_some() { &phrase[..k] } else { rest }
        })
        .find(|rest| rest.chars().count() >= 2)
        .unwrap_or(phrase)
}

/// Verbs of reaching a level (`已恢复到1.7万头`, `已达到`), no noun of what was tallied.
const REACHING: [&str; 3] = ["恢复", "达到", "突破"];

/// What a subject never opens or closes with: spaces, list commas, quotes, brackets, bold
/// print's stars and a box's bullets (`■ 安排援藏资金`).
fn is_trim(c: char) -> bool {
    // a common Han character, which most phrases start and end on, is none of them: told by
    // its range before the space test and the lists
    if ('\u{4E00}'..='\u{9FFF}').contains(&c) {
        return false;
    }
    c.is_whitespace() || matches!(c, '、' | '“' | '”' | '"' | '（' | '）' | '(' | ')' | '*' | '□' | '▲') || crate::page::ITEM_BULLETS.contains(&c)
}

/// The last `n` characters of `s`.
pub fn keep_last(s: &str, n: usize) -> &str {
    crate::term::tail_chars(s, n)
}

/// The noun phrase that starts at `from` (after a count's unit) and ends before `limit` (the
/// next quantity), the clause end, a particle or a verb; `None` when what follows is not a noun.
/// The flag says whether a `的` joined it (`10%的农户`).
pub fn after(text: &str, from: usize, limit: usize) -> Option<(&str, bool)> {
    let rest = text.get(from..limit.max(from))?;
    let noun = rest.strip_prefix('的').unwrap_or(rest);
    // a quantity that closes a quote or a bracket has no noun after it
    let not_noun = noun.chars().next().is_some_and(|c| NOT_NOUN_HEADS.may_start(c))
        && prefix_in(noun, NOT_NOUN, &NOT_NOUN_KEYS).is_some()
        && !NOUNS_LIKE_PARTICLES.iter().any(|w| noun.starts_with(w));
    // (`全村1652人中，老年人318人`: among the count, which its phrase before names)
    let among = noun.strip_prefix('中').is_some_and(|r| r.starts_with(is_clause_end));
    if not_noun || among || noun.starts_with(['”', '’', '）', ')', '》', '」']) || is_unit_gloss(noun) {
        return None;
    }
    after_any(text, from, limit)
}

/// `1.2万件(套)`: a second classifier in brackets after a count glosses its unit; no noun follows.
fn is_unit_gloss(rest: &str) -> bool {
    let Some(inner) = rest.strip_prefix(['(', '（']) else {
        return false;
    };
    inner.char_indices().take(3).any(|(k, c)| k > 0 && matches!(c, ')' | '）'))
}

/// The phrase after a quantity whatever it starts with (`为4291人次开展培训` → `开展培训`):
/// the subject of last resort when nothing stands before the quantity.
pub fn after_any(text: &str, from: usize, limit: usize) -> Option<(&str, bool)> {
    let mut rest = text.get(from..limit.max(from))?;
    let de = rest.starts_with('的');
    rest = rest.strip_prefix('的').unwrap_or(rest);
    let end = AFTER_ENDS
        .candidates(rest)
        .find(|&(i, c)| {
            is_clause_end(c)
                // a headline sets its phrases apart with a space (`签约15个项目 总投资86亿元`)
                || i > 0 && c.is_whitespace()
                || matches!(c, '、' | '了' | '着')
                || i > 0 && AFTER_STOP_HEADS.may_start(c) && prefix_in(&rest[i..], AFTER_STOPS, &AFTER_STOP_KEYS).is_some()
        })
        .map_or(rest.len(), |(i, _)| i);
    // `28个乡镇的贫困群众4068户`, `126亩荒地和村里的2处校舍`: a phrase that runs on into the
    // next quantity holds that quantity's noun after a `的` or a conjunction; this count's noun
    // ends there (with no quantity after it, `两所厦门的医院` keeps its `的`)
    let runs_on = end == rest.len() && limit < text.len();
    // only looked for when it runs on: the rest may be the whole paragraph
    let joint = || rest.char_indices().skip(1).find(|&(_, c)| matches!(c, '的' | '和' | '与' | '及' | '同'));
    let end = match runs_on.then(joint).flatten() {
        Some((i, _)) => i,
        None => end,
    };
    // at most ten characters
    let cut = rest[..end].char_indices().nth(10).map_or(end, |(i, _)| i);
    let mut phrase = rest[..cut].trim_matches(is_trim);
    // `乡镇(街道)`: a bracket the phrase opens stays closed
    if phrase.contains(['(', '（']) && !phrase.contains([')', '）']) {
        let closed = rest[..cut].trim_start_matches(is_trim);
        if let Some(k) = closed.find([')', '）']) {
            phrase = &closed[..k + closed[k..].chars().next().map_or(0, char::len_utf8)];
        }
    }
    // `4个村的签约服务`: villages and towns are counted, what is theirs follows the `的`, or is
    // their collective economy (`202个行政村集体经济总收入达到…`)
    if let Some(place) = COUNTED_PLACES.iter().find(|p| phrase.strip_prefix(**p).is_some_and(|r| r.starts_with('的') || r.starts_with("集体经济"))) {
        phrase = place;
    }
    // a leading number may modify the noun (`5座3等以上尾矿库`)
    let starts_well = phrase.chars().next().is_some_and(|c| is_cjk(c) || c.is_ascii_digit());
    (starts_well && phrase.chars().any(is_cjk)).then_some((phrase, de))
}

/// Divisions and settlements a count after them counts (`12个行政村`), longest first.
const COUNTED_PLACES: [&str; 9] = ["行政村", "贫困村", "自然村", "乡镇", "社区", "村", "镇", "乡", "县"];

fn is_cjk(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || c.is_ascii_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn before_strips_verbs_and_dates() {
        let t = "工布江达县（中山）工作组统筹安排援藏资金1.36亿元";
        assert_eq!(before(t, 0, t.find("1.36").unwrap(), &[]), "工作组统筹安排援藏资金");
        let t = "■ 安排援藏资金6.42亿元";
        assert_eq!(before(t, 0, t.find("6.42").unwrap(), &[]), "安排援藏资金");
        let t = "2019年，全县危房改造补助共计2000万元";
        let to = t.find("2000").unwrap();
        let from = start_of(t, to, is_clause_end);
        assert_eq!(before(t, from, to, &[]), "全县危房改造补助");
        let t = "今年以来新建公厕12座";
        let to = t.find("12").unwrap();
        assert_eq!(before(t, 0, to, &[(0, "今年以来".len())]), "新建公厕");
    }

    #[test]
    fn after_takes_the_counted_noun() {
        let t = "帮助356名留守儿童返校了";
        let at = t.find("名").unwrap() + "名".len();
        assert_eq!(after(t, at, t.len()).unwrap().0, "留守儿童返校");
        let t = "为80户农户发放补贴";
        let at = t.find("户").unwrap() + "户".len();
        assert_eq!(after(t, at, t.len()).unwrap().0, "农户");
        let t = "12家，";
        assert_eq!(after(t, t.find('家').unwrap() + "家".len(), t.len()), None);
        let t = "培训了200人次以上";
        assert_eq!(after(t, t.find("人次").unwrap() + "人次".len(), t.len()), None);
        let t = "30%的农户";
        assert_eq!(after(t, 3, t.len()), Some(("农户", true)));
        let t = "“每月不少于2次”的要求";
        let at = t.find('次').unwrap() + '次'.len_utf8();
        assert_eq!(after(t, at, t.len()), None);
        // the places sent to are counted, not the posts sent there
        let t = "向6个乡镇卫生院派驻业务院长6名";
        let at = t.find('个').unwrap() + '个'.len_utf8();
        assert_eq!(after(t, at, t.find("6名").unwrap()).unwrap().0, "乡镇卫生院");
    }

    #[test]
    fn a_long_phrase_keeps_what_was_tallied() {
        let t = "全县各重点河道沿线单位累计开展巡河40次";
        assert_eq!(before(t, 0, t.find("40").unwrap(), &[]), "开展巡河");
        let t = "县财政累计出资90万元";
        assert_eq!(before(t, 0, t.find("90").unwrap(), &[]), "县财政累计出资");
        let t = "他的合作社有大棚30座";
        assert_eq!(before(t, 0, t.find("30").unwrap(), &[]), "大棚");
        let t = "全镇耕地有效灌溉面积达到5000亩";
        assert_eq!(before(t, 0, t.find("达到").unwrap(), &[]), "全镇耕地有效灌溉面积");
    }

    #[test]
    fn after_any_takes_a_verb_phrase() {
        let t = "为300人次开展培训";
        let at = t.find("人次").unwrap() + "人次".len();
        assert_eq!(after(t, at, t.len()), None);
        assert_eq!(after_any(t, at, t.len()).unwrap().0, "开展培训");
    }

    /// The subject [`before`] reads from all of `t`.
    fn whole(t: &str) -> &str {
        before(t, 0, t.len(), &[])
    }

    #[test]
    fn a_rate_per_unit_is_what_the_amount_measures() {
        assert_eq!(whole("对新种蘑菇的农户每袋补助"), "每袋补助");
        assert_eq!(whole("对搬迁的群众每人每年补贴"), "每人每年补贴");
        assert_eq!(whole("每人每月"), "每人每月");
        assert_eq!(whole("按"), "");
    }

    #[test]
    fn what_was_built_is_counted_without_its_verb() {
        assert_eq!(whole("建成电商服务站点"), "电商服务站点");
        assert_eq!(whole("全县累计投放种羊"), "种羊");
        assert_eq!(whole("建成"), "建成");
    }

    #[test]
    fn the_last_building_verb_is_found_in_one_walk() {
        // the walk agrees with a backward search for each verb
        let by_search = |p: &str| BUILDING_VERBS.iter().filter_map(|w| words::rfind(p, w).map(|k| k + w.len())).max();
        for p in ["", "建", "新建", "新建设", "建设新建", "在安置点周边建设帮扶车间", "召开举办会议", "开展召", "a新建b", "修建改建加装栽植x"] {
            assert_eq!(last_building_verb_end(p), by_search(p), "{p}");
        }
    }

    #[test]
    fn a_body_is_counted_apart_from_its_makeup() {
        assert_eq!(whole("组建由干部、网格员组成的巡查队伍"), "巡查队伍");
    }

    #[test]
    fn a_single_example_before_deng_leaves_the_noun() {
        assert_eq!(whole("组织农户参加农博会等展销活动"), "展销活动");
    }

    #[test]
    fn a_list_ended_by_deng_is_counted_by_its_noun() {
        assert_eq!(whole("举办插花、剪纸、书法等培训班"), "培训班");
        assert_eq!(whole("从甲、乙等地引进教师"), "引进教师");
    }

    #[test]
    fn the_holder_or_doer_is_parted_from_what_is_counted() {
        assert_eq!(whole("这家合作社还带动周边农户"), "带动周边农户");
        assert_eq!(whole("村里的养殖场有圈舍"), "圈舍");
        assert_eq!(whole("所有村的集体收入"), "所有村的集体收入");
        assert_eq!(whole("该镇现有养殖大户"), "该镇现有养殖大户");
    }

    #[test]
    fn the_openers_of_a_plan_are_stripped() {
        assert_eq!(whole("全市今春计划栽种核桃"), "栽种核桃");
        assert_eq!(whole("今春计划栽种核桃"), "栽种核桃");
        assert_eq!(whole("到户资金"), "到户资金");
        let t = "力争到2030年林地面积";
        let skip = [(t.find('2').unwrap(), t.find("林").unwrap())];
        assert_eq!(before(t, 0, t.len(), &skip), "林地面积");
    }

    #[test]
    fn a_counted_noun_ends_before_a_time_word_or_adverb() {
        let t = "6亩果园去年收入";
        assert_eq!(after(t, "6亩".len(), t.len()).unwrap().0, "果园");
        let t = "9个乡都有合作社";
        assert_eq!(after(t, "9个".len(), t.len()).unwrap().0, "乡");
    }

    #[test]
    fn comparison_cuts_the_subject() {
        let t = "人均收入低于当地标准1.5倍";
        assert_eq!(before(t, 0, t.find("1.5").unwrap(), &[]), "人均收入");
    }

    #[test]
    fn word_lists_start_and_end_with_their_tables() {
        for w in LEADING {
            assert!(LEADING_HEADS.may_start(w.chars().next().unwrap()), "{w}");
        }
        for w in NOT_NOUN {
            assert!(NOT_NOUN_HEADS.may_start(w.chars().next().unwrap()), "{w}");
        }
        for w in TRAILING {
            assert!(TRAILING_ENDS.may_start(w.chars().next_back().unwrap()), "{w}");
        }
        assert!(!TRAILING_ENDS.may_start('村'));
    }

    #[test]
    fn starts_agree_with_the_walk_back() {
        let t = "甲，乙丙5个。a,b;c\n全县：12户！？x\r末尾；又:一!二?三";
        let starts = Starts::of(t);
        for pos in (0..=t.len()).filter(|&k| t.is_char_boundary(k)) {
            assert_eq!(starts.clause(pos), start_of(t, pos, is_clause_end), "{pos}");
            assert_eq!(starts.sentence(pos), start_of(t, pos, is_sentence_end), "{pos}");
        }
        assert_eq!(Starts::of("").clause(0), 0);
        // every alignment of the text against the eight-byte words
        for pad in 0..8 {
            let t = format!("{}{t}全县，共12户。", "x".repeat(pad));
            let starts = Starts::of(&t);
            for pos in (0..=t.len()).filter(|&k| t.is_char_boundary(k)) {
                assert_eq!(starts.clause(pos), start_of(&t, pos, is_clause_end), "{pad} {pos}");
                assert_eq!(starts.sentence(pos), start_of(&t, pos, is_sentence_end), "{pad} {pos}");
            }
        }
        for c in (0..0x1_0000).filter_map(char::from_u32) {
            let t = format!("甲{c}乙");
            let (starts, pos) = (Starts::of(&t), t.len() - "乙".len());
            assert_eq!(starts.clause(pos), start_of(&t, pos, is_clause_end), "{c}");
            assert_eq!(starts.sentence(pos), start_of(&t, pos, is_sentence_end), "{c}");
        }
    }

    #[test]
    fn marks_tell_the_characters_a_phrase_holds() {
        assert_eq!(marks_in("收购价每斤"), PER);
        assert_eq!(marks_in("【产业】甲等地的“乙”累计共\t"), HEADING_CLOSE | DENG | DE | QUOTE | TALLY | GAP);
        assert_eq!(marks_in("甲\u{3000}乙、丙。"), GAP);
        assert_eq!(marks_in("全县脱贫户"), 0);
    }

    #[test]
    fn every_end_of_a_noun_after_a_quantity_is_a_candidate() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            let ends = is_clause_end(c) || c.is_whitespace() || matches!(c, '、' | '了' | '着') || AFTER_STOP_HEADS.may_start(c);
            assert!(!ends || AFTER_ENDS.may_start(c), "{c:?}");
        }
    }

    #[test]
    fn an_open_quote_starts_what_is_said() {
        assert_eq!(after_open_quote("记者甲“住院花了"), "住院花了");
        assert_eq!(after_open_quote("“甲”乙“丙"), "丙");
        assert_eq!(after_open_quote("“甲”乙"), "“甲”乙");
        assert_eq!(after_open_quote("甲“"), "甲“");
        assert_eq!(after_open_quote("甲—乙…"), "甲—乙…");
    }

    #[test]
    fn lanes_are_exact() {
        let w = u64::from_le_bytes([0xE3, 0x00, 0xE2, 0xE3, 0x63, 0xE4, 0x01, 0xE3]);
        assert_eq!(lanes_equal(w, 0xE3), 0x8000_0000_8000_0080);
        assert_eq!(lanes_equal(0, 0), HIGH);
    }

    #[test]
    fn clause_bounds() {
        let t = "甲，乙丙5个";
        assert_eq!(&t[start_of(t, t.find('5').unwrap(), is_clause_end)..], "乙丙5个");
    }

    #[test]
    fn ideographic_spaces_are_found_by_their_first_byte() {
        for t in ["", "甲", "甲\u{3000}乙", "\u{3000}甲\u{3000}乙丙", "甲、乙。丙\u{3000}", "《甲》「乙」", "\u{3000}"] {
            assert_eq!(rfind_ideographic_space(t), t.rfind('\u{3000}'), "{t}");
        }
    }
}
