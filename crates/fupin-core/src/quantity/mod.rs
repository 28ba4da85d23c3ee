//! Every quantity of an article with its unit, qualifier, subject and year.
//!
//! The grammar of a Chinese quantity, read in one left-to-right pass over each text:
//!
//! ```text
//! [prefix qualifier] numeral [多|余] [万|亿|千…] [多|余] [(至|到|-|~) numeral [万|亿…]] unit [suffix qualifier]
//! [prefix qualifier] 百分之 numeral [suffix qualifier]
//! [prefix qualifier] numeral 成 [digit] [suffix qualifier]          (tenths: 近三成 = about 30 %)
//! numeral (、|和 numeral)* [万|亿…] unit                            (3.2、2.1、1.5万亩: one unit for all)
//! ```
//!
//! The unit table ([`unit`]) decides what counts: a number followed by no unit is a year, a date,
//! a clock time, a duration or part of a name, and is not a fact. [`filter`] removes the rest of
//! what is not a fact, [`qualifier`] reads the bounds and [`subject`] what is counted.

pub mod filter;
pub mod qualifier;
pub mod subject;
pub mod table;
pub mod unit;
pub mod words;


use std::borrow::Cow;

use crate::charset::{ceil_boundary, floor_boundary};
use crate::model::{Fact, Paragraph, Qualifier, Span};
use crate::numeral::{self, Number};
use crate::time;
use std::sync::LazyLock;
use crate::ArticleContext;
use subject::{is_clause_end, is_sentence_end, start_of, Starts};
use unit::{Kind, Unit, Units};

/// The item a budget's line is about (`…（款）行政单位医疗（项）2025年预算数为…`): the words
/// between the kind's closing bracket and `（项）`, as a byte range of `text`.
fn budget_item(text: &str) -> Option<std::ops::Range<usize>> {
    // (a vector search built once: asked of every paragraph, few of which hold it)
    static ITEM: LazyLock<memchr::memmem::Finder<'static>> = LazyLock::new(|| memchr::memmem::Finder::new("（项）"));
    let end = ITEM.find(text.as_bytes())?;
    let start = text[..end].rfind(['）', ')']).map_or(0, |k| k + text[k..].chars().next().map_or(1, char::len_utf8));
    let start = start + text[start..end].find(|c: char| !c.is_ascii_digit() && !matches!(c, '.' | '．' | '、')).unwrap_or(0);
    (start < end).then_some(start..end)
}

/// Whether `text` holds two colons or more, full-width or not: searched for by their bytes, as
/// most paragraphs hold none and a character search would decode them whole.
fn two_colons(text: &str) -> bool {
    static FULL_WIDTH: LazyLock<memchr::memmem::Finder<'static>> = LazyLock::new(|| memchr::memmem::Finder::new("："));
    let b = text.as_bytes();
    memchr::memchr_iter(b':', b).chain(FULL_WIDTH.find_iter(b)).nth(1).is_some()
}

/// Characters after which `对` opens a word or faces a figure rather than counting pairs
/// (`对接`, `对口`, `对象`, `1对多`); a figure after it (`1对1`, `一对一`) is told apart too.
static NOT_PAIRS: crate::charset::CharSet = crate::charset::CharSet::new("接口象比标于照外话待策应称齐多");

/// Every region mention of the article as `(input offset, code)`, in input order.
fn region_mentions<'a>(ctx: &'a ArticleContext) -> Vec<(usize, &'a str)> {
    let mut v: Vec<(usize, &str)> =
        ctx.article.regions.iter().flat_map(|r| r.mentions.iter().map(move |m| (m.span.start, r.code.as_str()))).collect();
    v.sort_unstable();
    v
}

/// Spans of the names the earlier stages found (regions, places, organizations), in input
/// order: a number inside one (`五台县`, `三元区`, `第五中学`) is part of the name.
fn name_spans(ctx: &ArticleContext) -> Vec<Span> {
    let a = ctx.article;
    let regions = a.regions.iter().flat_map(|r| r.mentions.iter().map(|m| m.span));
    let places = a.places.iter().map(|p| p.span);
    let orgs = a.organizations.iter().map(|o| o.span);
    let mut v: Vec<Span> = regions.chain(places).chain(orgs).collect();
    v.sort_unstable();
    v
}

/// True when `span` lies inside one of the (sorted) name spans. Names rarely nest deeper than a
/// few levels, so the last few starting before it are enough to look at.
fn inside_name(names: &[Span], span: Span) -> bool {
    let upto = names.partition_point(|n| n.start <= span.start);
    names[..upto].iter().rev().take(4).any(|n| n.end >= span.end)
}

/// The region the clause before a quantity names (`全县…`, `下花园区投入…`): its last mention.
fn region_of(mentions: &[(usize, &str)], clause: Span) -> Option<String> {
    let upto = mentions.partition_point(|&(at, _)| at < clause.end);
    mentions[..upto].last().filter(|&&(at, _)| at >= clause.start).map(|&(_, code)| code.to_string())
}

/// One quantity read from a text, before its subject and year are known.
#[derive(Debug, Clone, PartialEq)]
pub struct Raw {
    /// Where the printed quantity starts and ends (the fact's text).
    pub start: usize,
    pub end: usize,
    /// Where the quantity's words end, including a qualifier not kept in the text (`以上`).
    pub tail: usize,
    /// Where a prefix qualifier starts (`start` when there is none).
    pub lead: usize,
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: &'static str,
    pub kind: Kind,
    pub qualifier: Qualifier,
    /// Bounded by a comparison word further back (`低于标准1.5倍`): its subject is what is
    /// compared, before it.
    pub compared: bool,
}

impl Raw {
    /// Whether a bound printed around the number (`低于`, `以上`) puts a limit on it.
    fn is_bound(&self) -> bool {
        let limit = matches!(self.qualifier, Qualifier::AtLeast | Qualifier::AtMost | Qualifier::MoreThan | Qualifier::LessThan);
        limit && (self.lead < self.start || self.tail > self.end)
    }

    /// A count of main groups (`8大板块`) is about the groups its noun names.
    fn names_its_subject(&self) -> bool {
        GROUP_NOUNS.contains(&self.unit)
    }
}

/// A percentage printed in words (`百分之九十`, `三成`) from `i` to `end`, with the bounds
/// printed around it (`近三成`, `百分之九十以上`).
fn share(text: &str, i: usize, end: usize, value: f64) -> Raw {
    let mut qualifier = Qualifier::Exact;
    let (end, tail) = suffix_bound(text, end, Kind::Ratio, &mut qualifier);
    let (lead, compared) = prefix_bound(text, i, Kind::Ratio, &mut qualifier);
    Raw { start: i, end, tail, lead, value, value_max: None, unit: "%", kind: Kind::Ratio, qualifier, compared }
}

/// Words that start with `毛`: a numeral before one of them counts no dimes (`三毛竹`).
const WORDS_WITH_MAO: [&str; 9] = ["竹", "衣", "巾", "笔", "皮", "驴", "收入", "利", "不拔"];

/// Verbs of earning, selling and paying: `块` closing a clause is yuan only after one of them
/// (`一亩能卖两千块`, `一个月能挣3000块`; `分成两块` cuts a field in two, `1400块警示标志` counts
/// pieces).
const MONEY_VERBS: [&str; 12] = ["卖", "挣", "赚", "花", "收入", "拿", "补", "贴", "值", "价", "给", "收"];

/// Weights goods are priced by in speech (`一斤45块`): land is divided into 块 (`每亩2块`).
const PRICED_WEIGHTS: [&str; 5] = ["斤", "公斤", "千克", "两", "吨"];

/// The periods a wage is spoken of by (`一个月三千多块`): a cue for a round sum only (`每年轮种两块`
/// counts fields).
const WAGE_PERIODS: [&str; 5] = ["个月", "每月", "一年", "每年", "一天"];

/// Verbs of earning and selling after which a round number spoken in words closing its clause
/// is an amount of yuan with its unit left unsaid (`一亩能挣四千多。`, `一年能赚四五万`).
const EARNING_VERBS: [&str; 5] = ["挣", "赚", "卖", "收入", "拿"];

/// Whether the spoken number `text[i..pos]` is such an amount: it names a hundred, thousand or
/// more, closes its clause (or a quote), and an earning verb stands at most three characters
/// before it (`挣`, `能挣`, `一个月能拿`).
fn spoken_amount(text: &str, i: usize, pos: usize) -> bool {
    let round = text[i..pos].contains(['百', '千', '万', '亿']);
    let closes = text[pos..].chars().next().is_none_or(|c| is_clause_end(c) || matches!(c, '”' | '’' | '」'));
    round && closes && words::contains_any(crate::term::tail_chars(&text[..i], 4), &EARNING_VERBS)
}

/// `两毛多`, `三毛钱`: dimes, a tenth of a yuan each, as a price per jin is spoken. The count is
/// a single digit; `多` after `毛` makes it a lower bound, and `钱` closes the amount.
fn dimes(text: &str, i: usize, pos: usize, value: f64) -> Option<Raw> {
    // `两毛`, or as it is written, `两角钱`: the 角 of a price needs its 钱 (`三角形` is a shape)
    let (after, mark) = match text[pos..].strip_prefix('毛') {
        Some(after) => (after, '毛'),
        None => (text[pos..].strip_prefix('角').filter(|a| a.starts_with('钱'))?, '角'),
    };
    let digit = value.fract() == 0.0 && (1.0..=9.0).contains(&value);
    if !digit || WORDS_WITH_MAO.iter().any(|w| words::has_prefix(after, w)) {
        return None;
    }
    let mut qualifier = Qualifier::Exact;
    let mut end = pos + mark.len_utf8();
    if text[end..].starts_with('多') {
        qualifier = Qualifier::MoreThan;
        end += '多'.len_utf8();
    }
    if text[end..].starts_with('钱') {
        end += '钱'.len_utf8();
    }
    let (end, tail) = suffix_bound(text, end, Kind::Money, &mut qualifier);
    let (lead, compared) = prefix_bound(text, i, Kind::Money, &mut qualifier);
    Some(Raw { start: i, end, tail, lead, value: round(value / 10.0), value_max: None, unit: "元", kind: Kind::Money, qualifier, compared })
}

/// `三分之一`, `五分之二以上`: a fraction in words, read as a percentage. The part must be
/// smaller than the whole (`十分之` opens no fraction otherwise).
fn fraction_words(text: &str, i: usize) -> Option<Raw> {
    // nearly every number is no fraction: told by the two characters after its run
    if !text[i + numeral_run(&text[i..])..].starts_with("分之") {
        return None;
    }
    let whole = numeral::read(&text[i..])?;
    let start = i + whole.len + "分之".len();
    let part = numeral::read(text.get(i + whole.len..)?.strip_prefix("分之")?)?;
    (whole.value >= 2.0 && part.value > 0.0 && part.value < whole.value)
        .then(|| share(text, i, start + part.len, round(part.value / whole.value * 100.0)))
}

/// `翻了一番`, `翻两番`, `翻了一番多`: a figure doubled once or twice, read as a ratio to what it
/// was (2 or 4 倍). Returns where reading stopped and the fact, which is left out when the
/// sentence states both ends of the change (`从2万元翻了一番,达到4万元`): there the doubling
/// only sums up the figures, which are the facts.
fn doubling(text: &str, i: usize, c: char) -> Option<(usize, Option<Raw>)> {
    let after = text[i + c.len_utf8()..].strip_prefix('番')?;
    let before = &text[..i];
    let start = ["翻了", "翻"].iter().find_map(|w| before.strip_suffix(w))?.len();
    let times = match c {
        '一' => 1,
        '两' | '二' => 2,
        '三' => 3,
        _ => return None,
    };
    let mut end = text.len() - after.len();
    let mut qualifier = Qualifier::Exact;
    if let Some(more) = ["多", "还多"].iter().find(|w| after.starts_with(**w)) {
        qualifier = Qualifier::MoreThan;
        end += more.len();
    }
    // the sentence around it, read within a bounded window each way (a page of doublings
    // with no stop would otherwise be read whole for each)
    let window = crate::term::tail_chars(&text[..start], DOUBLING_REACH_CHARS);
    let before = &window[start_of(window, window.len(), is_sentence_end)..];
    let ahead = crate::term::head_chars(&text[end..], DOUBLING_REACH_CHARS);
    let ahead = &ahead[..ahead.find(is_sentence_end).unwrap_or(ahead.len())];
    let both_ends = [before, ahead].iter().any(|t| opens_with_figure_after(t, &["从", "由"]))
        && [before, ahead].iter().any(|t| opens_with_figure_after(t, &["达到", "增加到", "提高到", "增长到", "到", "至"]));
    let raw = Raw {
        start,
        end,
        tail: end,
        lead: start,
        value: f64::from(1u32 << times),
        value_max: None,
        unit: "倍",
        kind: Kind::Ratio,
        qualifier,
        compared: false,
    };
    Some((end, (!both_ends).then_some(raw)))
}

/// How far back, in bytes, a bare figure's sentence is read for the change it may end
/// (`由5%下降到2%，下降了3`): a sentence longer than that is read from there.
const MAX_UNITLESS_REACH: usize = 600;

/// How far, in characters, the sentence around a doubling is read each way.
const DOUBLING_REACH_CHARS: usize = 60;

/// Whether one of `marks` in `text` stands right before a figure (`从2万元`, `由2019年的3.2万元`,
/// `达到4万元`, `增长到去年的8.5万元`): an end of a change. A year after the mark is a time
/// (`从2020年到2023年`), unless a figure follows it (`从2019年的2万元`).
fn opens_with_figure_after(text: &str, marks: &[&str]) -> bool {
    marks.iter().any(|m| {
        text.match_indices(m).any(|(k, _)| {
            let rest = &text[k + m.len()..];
            let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            let rest = match rest[digits..].strip_prefix('年') {
                Some(after_year) if digits == 4 => after_year.trim_start_matches(['底', '末', '的']),
                _ => rest,
            };
            // `增长到去年的8.5万元`: a time word before the figure
            let rest = ["去年的", "今年的", "目前的", "现在的", "上年的"].iter().find_map(|w| rest.strip_prefix(w)).unwrap_or(rest);
            let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.').len();
            digits > 0 && !rest[digits..].starts_with('年')
        })
    })
}

/// The year of a table's caption, the text `k - 1` over its header (`住院待遇标准（2023年）`,
/// `某县2025年部分招聘企业岗位信息`), whose one year is `last_year`: no sentence, and no year it
/// compares with (`与2020年相比各镇贷款情况`).
fn caption_year(texts: &[Cow<'_, Paragraph>], k: usize, last_year: Option<i32>) -> Option<i32> {
    let caption = texts.get(k.checked_sub(1)?)?.text.as_str();
    let compared = ["比", "较", "相比", "同比"].iter().any(|w| caption.contains(w));
    (caption.chars().nth(MAX_CAPTION_CHARS).is_none() && !caption.contains('。') && !compared).then_some(last_year).flatten()
}

/// Words ending in `中` that a count may follow (`初中2368名`), where the `中` is no "among".
const WORDS_ENDING_IN_ZHONG: [&str; 6] = ["初中", "高中", "集中", "期中", "途中", "空中"];

/// Words that start with `成`: a numeral before one of them counts no tenths.
const WORDS_WITH_CHENG: [&str; 22] = [
    "不变", "员", "本", "果", "效", "立", "为", "功", "绩", "熟", "品", "交", "长", "都", "片", "型", "套", "就", "人",
    "年", "家", "才",
];

/// How many quantities back a bare change verb looks for the change it speaks of.
const CARRY_BACK: usize = 6;

/// How many items a list sharing one unit is read through.
const LIST_MAX: usize = 12;

/// Holds the unit automaton; build once.
pub struct Quantities {
    units: Units,
}

/// `名` or `位` as a rank keeps its printed form.
fn unit_printed(printed: &str) -> &'static str {
    if printed == "位" {
        "位"
    } else {
        "名"
    }
}

/// Nouns of an amount a household or a village has, which a bound on money measures.
const MEASURED_AMOUNTS: [&str; 8] = ["收入", "费用", "产值", "工资", "资产", "存款", "利润", "营收"];

/// Nouns that may follow `N大` (`8大板块`, `3大产业`).
const GROUP_NOUNS: [&str; 10] = ["板块", "产业", "领域", "行业", "片区", "区域", "系列", "主题", "品牌", "基地"];

/// Classifiers that may follow `N大` (`6大类`, `3大项`).
const CLASSIFIERS_AFTER_BIG: [&str; 5] = ["类", "项", "种", "块", "批"];

/// True when the clause before `i` opens a change (`由500元到800元` is a change, not a range).
fn opens_change(text: &str, i: usize) -> bool {
    // one walk back to the clause start, stopping at the first `由`/`从`
    text[..i].chars().rev().take_while(|&c| !is_clause_end(c)).any(|c| matches!(c, '由' | '从'))
}

/// Nouns that make a bare `109万` a count of persons.
const PERSON_NOUNS: [&str; 8] = ["人口", "群众", "农民", "居民", "村民", "职工", "学生", "老人"];

impl Quantities {
    pub fn new() -> Self {
        Quantities { units: Units::new() }
    }

    /// Every fact of the article's title, paragraphs and captions.
    pub fn facts(&self, ctx: &ArticleContext) -> Vec<Fact> {
        self.facts_timed(ctx, &[])
    }

    /// [`Quantities::facts`] given the time expressions of each text of
    /// [`ArticleContext::texts`] (from [`time::find_scanned`]); a text they do not cover is
    /// scanned here.
    pub fn facts_timed(&self, ctx: &ArticleContext, scans: &[time::Scanned]) -> Vec<Fact> {
        let mentions = region_mentions(ctx);
        let names = name_spans(ctx);
        let mut out = Vec::new();
        // the year a table's caption line dates its rows with (`2021年,各镇情况如下:`)
        let mut table_year = None;
        // the year a lead-in sentence names for the list under it (`2024年部分村情况如下：`)
        let mut list_year = None;
        // the year the last text opening on a year named (`2023年，全县…`)
        let mut opened_year = None;
        // the line whose unit a caption gives a table's bare figures, and the names of its
        // columns: the unit is read only where a table below asks for it, as few do
        let mut unit_line: Option<&str> = None;
        let mut columns: Option<(Vec<&str>, (&str, f64))> = None;
        // the two years a caption pairs its rows' figures with (`指标(2020年/2022年)`)
        let mut paired = None;
        // the year of the headline, read when a box of figures first asks for it
        let mut box_year: Option<Option<i32>> = None;
        // a box printed as bulleted lines only (`数说·2023年…` over `■…` lines)
        let paragraphs = &ctx.article.paragraphs;
        let bullet_box = !paragraphs.is_empty() && paragraphs.iter().all(|p| p.text.starts_with(crate::page::ITEM_BULLETS));
        let texts = ctx.texts();
        // tables a scrape printed one cell per line: what each of their lines is
        let cells = cell_line_roles(&texts);
        // the label of each lone figure of a box, over or under it (the headline, `数读`, over a
        // box's first figure is none)
        let headline = texts.first().is_some_and(|t| Some(t.span) == ctx.article.title_span);
        let box_labels = table::box_labels(texts.len(), |k| if k == 0 && headline { "" } else { texts[k].text.as_str() });
        // a table whose rows print their own unit (`指标名称 单位 完成数`): its columns, the
        // unit column, and the year of its caption line
        let mut unit_table: Option<(usize, usize, Option<i32>)> = None;
        // the names of the columns of that table
        let mut unit_header: Option<Vec<&str>> = None;
        // a table whose columns are years (`指标名称 2022年 2023年`): each column's year
        // (with the unit its caption line gives rows that print none: `（单位：元）`)
        let mut year_table: Option<YearTable> = None;
        // a table whose columns name their units (`贷款户数 | 贷款余额(万元)`): its cells and those
        // columns, with each unit's canonical form and multiplier
        let mut unit_columns: Option<UnitColumns> = None;
        // a table naming its figures' unit in a column's header (`金额(元)`, `资金规模（万元）`):
        // its columns, that column, its name, the unit and its multiplier, and the column
        // naming each row
        let mut header_unit: Option<HeaderUnit> = None;
        // the year the text before names, for a table's caption line
        let mut last_year = None;
        // a year's summary (`某县2023年…工作总结`) dates what it reports by its headline, and a
        // section headed by another year (`三、2024年工作打算`) by that one
        let summary_year = summary_year(ctx).or_else(|| entries_year(ctx));
        let mut section_year = None;
        // the item a card of fields names (`产品名称：…`), for the fields under it
        let mut card: Option<&str> = None;
        // the quantities of every text are read first, then the subjects of every text, then
        // tables and years text by text: the code that reads numbers and units and the code
        // that weighs phrases are each too big to share the instruction cache, so taking each
        // text through all of them in turn kept evicting one for the other
        let raws: Vec<Vec<Raw>> = texts.iter().enumerate().map(|(k, p)| self.raws(p, scans.get(k), &names)).collect();
        let mut weighed: Vec<Option<Weighed>> = texts
            .iter()
            .zip(raws)
            .enumerate()
            .map(|(k, (p, raws))| weigh(p, raws, ctx.reference_date, scans.get(k), &ctx.article.people))
            .collect();
        // room for a fact per quantity read: the facts are large, and growing the list copied
        // them over again (204 regrowths over the seeds x3)
        out.reserve(weighed.iter().flatten().map(|w| w.raws.len()).sum());
        for (k, p) in texts.iter().enumerate() {
            // `59.9` under `价格（元）`, in the row of `炎陵黄桃`: a cell of a table printed one cell
            // per line; its header and its rows' labels say what it is, and are no facts
            match cells.get(&k) {
                Some(CellRole::Frame) => continue,
                Some(CellRole::Figure { unit, subject }) => {
                    let cell = table::BareCell { range: 0..p.text.len(), figure: 0 };
                    let (unit, factor) = self.printed_unit(unit).unwrap_or((unit, 1.0));
                    out.extend(cell_fact(p, &cell, factor, unit, subject, None));
                    continue;
                }
                Some(CellRole::Words { subject }) => {
                    let first = out.len();
                    if let Some(weighed) = weighed[k].take() {
                        self.facts_of(p, weighed, None, &mentions, &mut out);
                    }
                    for f in &mut out[first..] {
                        f.subject.clone_from(subject);
                    }
                    continue;
                }
                None => {}
            }
            // a table's header or row holds a gap between cells: asked once for the tests below
            let gapped = table::may_be_table_line(&p.text);
            // `卢阳镇 | 612 | 2783 | 27.9` under `乡镇 | 贷款户数 | 贷款余额(万元) | 贴息金额(万元)`
            let mut columns_row = false;
            if let Some((cells, cols, year, naming)) = &unit_columns {
                let ats: Vec<usize> = cols.iter().map(|(c, _, _)| c.at).collect();
                // the row's figures with their own units (`养牛2头`) are read as any text's below
                if let Some((label, figures)) = table::unit_columns_row(&p.text, *cells, &ats) {
                    columns_row = true;
                    // a header naming its rows' name column (`项目名称`, `帮扶责任人`) labels them by it
                    let named = header_unit.as_ref().filter(|h| h.columns == *cells).and_then(|h| h.label).or(*naming).and_then(|k| table::nth_cell(&p.text, k));
                    let label = named.map_or(label, str::to_string);
                    for (at, cell) in figures {
                        match at {
                            // the column of a one-unit header (`资金规模（万元）`) is read below,
                            // with the row's name column, where the row fits that header (`镇　名`
                            // over `城关镇` splits one column in two)
                            Some(at) if header_unit.as_ref().is_some_and(|h| h.at == at && h.columns == *cells && table::unit_header_cell(&p.text, h.columns, h.at).is_some()) => {}
                            Some(at) => {
                                if let Some((col, unit, factor)) = cols.iter().find(|(c, _, _)| c.at == at) {
                                    out.extend(cell_fact(p, &cell, *factor, unit, &format!("{label}{}", col.name), year.or(section_year).or(summary_year)));
                                }
                            }
                            // a ledger's entry in a column the row does not show: the columns'
                            // one unit, and the entry's words alone
                            None => {
                                if let Some((_, unit, factor)) = cols.iter().find(|(_, u, f)| cols.iter().all(|(_, v, g)| v == u && g == f)) {
                                    out.extend(cell_fact(p, &cell, *factor, unit, &label, year.or(section_year).or(summary_year)));
                                }
                            }
                        }
                    }
                }
            }
            // a header with one bracketed unit (`… 金额(元)`) is read below, as it always was
            let single = |cols: &[table::UnitColumn]| cols.len() == 1 && table::unit_header(&p.text).is_some();
            // (a header's names wrapped onto the next line with their units)
            let wrapped_header = |k: usize| texts.get(k + 1).and_then(|next| table::wrapped_header(&p.text, &next.text)).and_then(|h| table::unit_columns(&h));
            // (a Markdown table's rule under its header keeps the header standing)
            let rule = table::is_rule_row(&p.text);
            if rule {
                continue;
            }
            // a village's subtotal between the rows (`西湾村小计：…`) keeps the table standing
            let subtotal = unit_columns.is_some() && words::contains_any(&p.text, &TOTAL_WORDS);
            // so does the rest of a cell wrapped onto a line of its own (`助残、协管`), or of
            // several cells of the row
            let wrapped = unit_columns.as_ref().is_some_and(|(cells, ..)| table::is_wrapped_cell(&p.text) || table::is_wrapped_row(&p.text, *cells));
            unit_columns = if columns_row || subtotal || wrapped { unit_columns } else if !gapped { None } else { table::unit_columns(&p.text).or_else(|| wrapped_header(k)).filter(|(_, cols)| !single(cols)).and_then(|(cells, cols)| {
                let read: Vec<_> = cols
                    .into_iter()
                    .filter_map(|c| {
                        let (unit, factor) = self.printed_unit(&c.unit)?;
                        Some((c, unit, factor))
                    })
                    .collect();
                // `住院待遇标准（2023年）` over the header dates its rows; a sentence over it does not
                (!read.is_empty()).then_some((cells, read, caption_year(&texts, k, last_year), table::naming_column(&p.text)))
            }) };
            // `1  马某  某村  养牛2头  6000` under `… 金额(元)`: the bare figure of that column
            let row = header_unit.as_ref().and_then(|h| {
                let (total, cell) = table::unit_header_cell(&p.text, h.columns, h.at)?;
                // `甲村茶厂提升项目 … 186` under `项目名称 … 资金规模（万元）`: the row's
                // name with the column's
                // (a total's row prints its label alone: `合计  36000`)
                let named = h.label.filter(|_| total.is_none()).and_then(|k| table::nth_cell(&p.text, k)).map(|label| format!("{label}{}", h.name));
                let subject = named.as_deref().unwrap_or_else(|| total.map_or(h.name, |l| &p.text[l]));
                cell_fact(p, &cell, h.factor, h.unit, subject, h.year.or(section_year).or(summary_year))
            });
            let in_table = row.is_some();
            out.extend(row);
            // `预算金额（万元）：486.32`: a field naming its figure's unit in its label
            if !in_table {
                if let Some((label, printed, cell)) = table::unit_field(&p.text) {
                    if let Some((unit, factor)) = self.printed_unit(printed) {
                        out.extend(cell_fact(p, &cell, factor, unit, &p.text[label], section_year.or(summary_year)));
                    }
                }
            }
            header_unit = match if gapped { table::unit_header(&p.text) } else { None } {
                Some(h) => {
                    // `某县2025年部分招聘企业岗位信息` over the header dates its rows, as a caption
                    // over unit columns does
                    let year = caption_year(&texts, k, last_year);
                    self.printed_unit(h.unit).map(|(unit, factor)| HeaderUnit { columns: h.columns, at: h.at, name: &p.text[h.name], unit, factor, label: h.label, year })
                }
                None if in_table => header_unit,
                None => None,
            };
            if let Some((names, u)) = &columns {
                if let Some((label, cells)) = table::bare_row(&p.text, names.len()) {
                    let row = out.len();
                    bare_figures(p, label, &cells, names, *u, &mut out);
                    // a summary's table is of its year, unless a row or its section names one
                    for f in out[row..].iter_mut().filter(|f| f.year.is_none()) {
                        f.year = section_year.or(summary_year);
                    }
                    continue;
                }
            }
            if let Some((columns, unit_at, year)) = &unit_table {
                if let Some((label, unit_cell, cells)) = table::unit_row(&p.text, *columns, *unit_at) {
                    let printed = &p.text[unit_cell];
                    // a column of shares (`比上年增长（%）`) is in percent whatever the row's unit,
                    // and says what of the row it measures
                    let names = unit_header.as_deref().unwrap_or(&[]);
                    let column = |k: usize| (1..names.len()).filter(|&j| j != *unit_at).nth(k).map(|j| table::column_unit(names[j]));
                    // columns of this year and the last (`当年  上年`) date their cells from the
                    // table's year
                    let table_year = year.or(section_year).or(summary_year);
                    for (k, cell) in cells.iter().enumerate() {
                        match column(k) {
                            Some((name, Some("%"))) => {
                                let subject = format!("{}{name}", &p.text[label.clone()]);
                                out.extend(cell_fact(p, cell, 1.0, "%", &subject, table_year));
                            }
                            Some((name, _)) if LAST_YEAR_COLUMNS.contains(&name) => {
                                self.labelled_figures(p, label.clone(), printed, [(cell, table_year.map(|y| y - 1))], &mut out)
                            }
                            _ => self.labelled_figures(p, label.clone(), printed, [(cell, table_year)], &mut out),
                        }
                    }
                    continue;
                }
            }
            // a row under year columns: its bare figures here, the rest (`13.2%`) as any text's
            let year_row = year_table.as_ref().and_then(|t| table::unit_label_row(&p.text, &t.years, t.caption));
            if let Some(row) = &year_row {
                let figures = row.figures.iter().map(|(c, y)| (c, Some(*y)));
                self.labelled_figures(p, row.label.clone(), row.unit, figures, &mut out);
            }
            let header = if gapped { table::column_names(&p.text) } else { None };
            unit_table = header.as_ref().and_then(|h| Some((h.len(), table::unit_column(h)?, last_year)));
            if unit_table.is_some() {
                unit_header = header.clone();
            }
            // the caption's unit as a canonical one and its multiplier (`单位：万元`)
            let unit = || unit_line.and_then(table::caption_unit);
            columns = header.and_then(|header| Some((header, unit().and_then(|u| self.printed_unit(u))?)));
            let caption = unit_line;
            unit_line = Some(&p.text);
            let first = out.len();
            // (a row has no bound on its length)
            let row = if gapped || p.text.len() > 4 * table::MAX_TABLE_LINE_CHARS { table::Row::of(&p.text) } else { None };
            if let Some(weighed) = weighed[k].take() {
                self.facts_of(p, weighed, row.as_ref(), &mentions, &mut out);
            }
            // a card of fields a line each (`产品名称：某某米` / `规格：2.5公斤/袋` / `价格：58元/袋`):
            // a field of the item's attributes is the named item's
            match table::card_name(&p.text) {
                Some(name) => card = Some(name),
                None => {
                    if let Some(name) = card.filter(|_| table::is_attribute_field(&p.text)) {
                        for f in &mut out[first..] {
                            f.subject = format!("{name}{}", f.subject);
                        }
                    }
                }
            }
            let own_times;
            let times = match scans.get(k) {
                Some(s) => &s.times,
                None => {
                    own_times = time::scan(&p.text, ctx.reference_date);
                    &own_times
                }
            };
            paired = match paired {
                Some(years) if date_pairs(ctx.input, &mut out[first..], years) => Some(years),
                _ => table::paired_years(&p.text, times),
            };
            if year_row.is_some() {
                // the row's other figures (`13.2%`) are of their column (`增幅`)
                let header = year_table.as_ref().map_or("", |t| t.header);
                for f in &mut out[first..] {
                    let at = p.text_offset(f.span.start);
                    if let Some(name) = at.and_then(|at| table::column_of(&p.text, at, header)) {
                        f.subject = name.to_string();
                    }
                }
            } else if let Some(t) = year_table.as_ref().filter(|t| table::cell_index(&p.text, 0).is_some_and(|(_, n)| n == t.years.len())) {
                // `总体满意度　94.9%　96.8%　+1.9` under `指标　2023年　2024年　变动（个百分点）`: a
                // row whose cells print their own unit; each figure under a year column is of
                // that year, and a bare one under a column naming its unit is in that unit
                for f in &mut out[first..] {
                    let column = p.text_offset(f.span.start).and_then(|at| table::cell_index(&p.text, at));
                    if let Some(year) = column.and_then(|(k, _)| t.years.get(k).copied().flatten()).filter(|_| f.year.is_none()) {
                        f.year = Some(year);
                    }
                }
                let label = p.text.split(table::is_cell_gap).next().unwrap_or("");
                for (cell, name, unit) in table::bare_cells_under_units(&p.text, t.header) {
                    if let Some((unit, factor)) = self.printed_unit(unit) {
                        out.extend(cell_fact(p, &cell, factor, unit, &format!("{label}{name}"), None));
                    }
                }
            } else {
                year_table = table::year_columns(&p.text, times)
                    .map(|years| YearTable { years, header: p.text.as_str(), caption: caption.and_then(table::caption_unit) });
            }
            // a line of fields (`岗位：缝纫工　人数：45人　月薪：3500—5500元`): each figure is
            // of its field (asked only of a line with figures and two colons: few lines have them)
            if out.len() > first && two_colons(&p.text) {
                for f in &mut out[first..] {
                    if let Some(name) = p.text_offset(f.span.start).and_then(|at| table::field_subject(&p.text, at)) {
                        f.subject = name.to_string();
                    }
                }
            }
            // a box of figures: `38.6亿元` over or under its label, or `3.2亿元 全县投入…` on one
            // line
            let label_line = box_labels[k].map(|j| &texts[j]);
            let label = label_line.and_then(|n| table::figure_label(&n.text));
            if let Some(label) = label {
                // `17526元` over `2023年脱贫人口人均纯收入`: the label's year dates the figure
                let year = label_line.and_then(|n| table::label_year(&n.text));
                for f in &mut out[first..] {
                    f.subject = label.to_string();
                    f.year = f.year.or(year);
                }
            }
            // (a box's line behind a bullet, `■全区脱贫人口人均纯收入14218元`, is one of its records,
            // in a box of nothing else: a notice's bulleted terms are no figures of its year)
            let bulleted = bullet_box && p.text.starts_with(crate::page::ITEM_BULLETS);
            // (asked only of a text with figures of its own, a row printed label first only of
            // one with a gap)
            let boxed = || label.is_some() || bulleted || table::figure_first(&p.text).is_some() || gapped && table::label_first(&p.text);
            if out.len() > first && boxed() {
                // undated figures of a box take the period its headline names
                // (or its own caption, `2024年　某大学定点帮扶某县` over its first figure)
                let (year, year_end) = match box_caption_years(&texts, k, ctx.reference_date) {
                    Some((a, b)) => (Some(a), (b != a).then_some(b)),
                    None => (*box_year.get_or_insert_with(|| headline_year(ctx)), None),
                };
                for f in out[first..].iter_mut().filter(|f| f.year.is_none()) {
                    (f.year, f.year_end) = (year, year_end);
                }
            }
            respective_years(p, times, &mut out[first..]);
            respective_subjects(p, &mut out[first..]);
            attributes_of_the_count_before(p, &mut out[first..]);
            elided_nouns(p, &mut out[first..]);
            last_year = times.iter().find_map(|t| t.years).map(|y| y.0);
            if summary_year.is_some() {
                // a head of the first level sets the year of its section: its own, or the
                // summary's (`三、存在的问题` after `二、2024年工作打算`); a subhead (`(一)产业
                // 发展`) keeps its section's unless it names one
                if is_section_head(&p.text) {
                    // (`全年理赔` over a box's figure names the whole of the year of writing, no
                    // section's year)
                    let one_year = times.iter().filter(|t| t.years.is_some()).count() == 1 && !times.iter().any(|t| p.text[t.start..].starts_with("全年"));
                    if one_year {
                        section_year = last_year;
                    } else if opens_first_level(&p.text) {
                        section_year = None;
                    }
                } else if section_year.is_some() && opening_year(&p.text) == summary_year {
                    // `2024年，某县坚持…` after `2025年这样干`: a text opening on the summary's own
                    // year goes back to it (one opening on another year, `2023年，…已全部支出`, looks
                    // back from it for a sentence or two)
                    section_year = None;
                }
                // a year told from the time of writing (`去年`) is no year of the summary's
                // (asked only when one of the text's figures is undated: most texts add none)
                let relative = out[first..].iter().any(|f| f.year.is_none()) && names_relative_year(&p.text);
                for f in out[first..].iter_mut().filter(|f| f.year.is_none() && !relative) {
                    f.year = section_year.or(summary_year);
                }
                // a summary published the year after (`2023年…统计公报`, out in March 2024) says
                // `全年` of the year it sums up, where a text that names no year reads it as the
                // year of writing: figures dated so, with the year of writing never named in
                // the text otherwise, are the summary's
            }
            // so does a report given early in a year on the one before, whose text opens on that
            // year (`2023年，在市委…` over `（一）…全年新识别纳入监测对象1426户`, said in March 2024)
            if let Some(y) = opening_year(&p.text) {
                opened_year = Some(y);
            }
            let early = ctx.reference_date.is_some_and(|d| d.month <= REVIEW_MONTHS);
            let review = section_year.or(summary_year).or(opened_year.filter(|_| early));
            if let (Some(year), Some(now)) = (review, ctx.reference_date.map(|d| d.year)) {
                // (`力争年底前完成`: a year's end still to come names the year of writing)
                let whole_year = |t: &time::Found| {
                    let at = &p.text[t.start..];
                    ["全年", "年末", "年底", "年初"].iter().any(|w| at.starts_with(w) && !at[w.len()..].starts_with('前'))
                };
                let names_now = times.iter().any(|t| t.years.is_some_and(|(a, b)| a == now || b == now) && !whole_year(t));
                if year < now && !names_now {
                    for f in out[first..].iter_mut().filter(|f| f.year == Some(now)) {
                        f.year = Some(year);
                    }
                }
            }
            if row.is_some() {
                for f in out[first..].iter_mut().filter(|f| f.year.is_none()) {
                    f.year = table_year;
                }
            } else if crate::page::trim_end(&p.text).ends_with([':', '：']) {
                table_year = last_year;
            } else {
                table_year = None;
            }
            // `2024年部分村情况如下：` / `1．某村：新建厂房800平方米…`: the items of a list keep
            // the year its lead-in sentence names, until a text that is no item
            if list_year.is_some() && opens_list_item(&p.text) {
                for f in out[first..].iter_mut().filter(|f| f.year.is_none()) {
                    f.year = list_year;
                }
            } else {
                list_year = lead_in_year(&p.text, times);
            }
        }
        out
    }

    /// The figures of a table row whose unit is printed apart from them, in a cell of its own
    /// (`衔接资金 万元 51260`) or in brackets after the label (`人均纯收入(元) 6948 7865`): each
    /// takes the row's label (the byte range `label` of `p`'s text) for its subject, the printed
    /// unit's canonical unit and multiplier, and the year given with it.
    fn labelled_figures<'c>(
        &self,
        p: &Paragraph,
        label: std::ops::Range<usize>,
        printed: &str,
        figures: impl IntoIterator<Item = (&'c table::BareCell, Option<i32>)>,
        out: &mut Vec<Fact>,
    ) {
        let Some((unit, factor)) = self.printed_unit(printed) else {
            return;
        };
        let subject = &p.text[label];
        out.extend(figures.into_iter().filter_map(|(cell, year)| cell_fact(p, cell, factor, unit, subject, year)));
    }

    /// A unit printed apart from its figures (`万元` in a header or a caption) as a canonical
    /// unit and the multiplier printed with it: `None` unless the whole of it is a unit.
    fn printed_unit(&self, printed: &str) -> Option<(&'static str, f64)> {
        let (factor, rest) = match unit::multiplier(printed) {
            Some((f, len)) => (f, &printed[len..]),
            None => (1.0, printed),
        };
        self.units.at(rest).filter(|u| u.len == rest.len()).map(|u| (u.canonical, factor))
    }

    /// The quantities of paragraph `p` that stand outside the names in `names`.
    fn raws(&self, p: &Paragraph, scanned: Option<&time::Scanned>, names: &[Span]) -> Vec<Raw> {
        let text = p.text.as_str();
        let mut raws = match scanned {
            Some(s) => self.scan_numerals(text, s.numerals.iter().copied()),
            None => self.scan(text),
        };
        raws.retain(|r| !inside_name(names, p.span_of(r.start, r.end)));
        raws
    }

    /// The facts of paragraph `p` from its quantities and their subjects ([`weigh`]); `row` is
    /// the paragraph read as a row of a table, if it is one.
    fn facts_of(&self, p: &Paragraph, weighed: Weighed, row: Option<&table::Row>, mentions: &[(usize, &str)], out: &mut Vec<Fact>) {
        let text = p.text.as_str();
        let Weighed { raws, times, skips, starts, mut subjects } = weighed;
        // `种植面积 38万亩/42万亩`: the figure after the slash is of the same thing, and so is
        // the earlier level a figure is compared with (`标准为6500元,较2021年的6000元`)
        for k in 1..raws.len() {
            let between = text.get(raws[k - 1].end..raws[k].start).unwrap_or("");
            if table::is_pair_slash(between) || compares_with_earlier_level(between) {
                subjects[k] = subjects[k - 1].clone();
            }
        }
        // where the label of a record printed figure first starts (`3.2亿元 今年全县投入…`)
        let mut label = None;
        if let Some(row) = row {
            for (r, subject) in raws.iter().zip(subjects.iter_mut()) {
                if let Some(s) = row.subject(text, r.lead) {
                    *subject = s;
                }
            }
        } else if let Some(record) = table::figure_first(text) {
            // what the figure counts is the whole label after it
            label = Some(record.label);
            // a year opening the label dates the figure; the words after it name what it counts
            let words = table::after_year(text[record.label..].trim());
            for (_, subject) in raws.iter().zip(subjects.iter_mut()).filter(|(r, _)| r.lead < record.label) {
                *subject = words.to_string();
            }
        } else if let Some(colon) = table::record_label_end(text) {
            let label = subject::before(text, 0, colon, &skips);
            // (the figures of a note closing the record say what they count themselves)
            let note = table::record_note_start(text).max(colon);
            if !label.is_empty() {
                for (_, subject) in raws.iter().zip(subjects.iter_mut()).filter(|(r, _)| r.lead > colon && r.lead < note) {
                    *subject = label.to_string();
                }
            }
        } else if let Some(colon) = table::term_label_end(text) {
            // `雨露计划：每生每学期1500元`, `农村低保：保障标准每人每月650元`: the label names the
            // help whose terms follow it; what the terms say of a figure goes after it
            let label = &text[..colon];
            for (_, subject) in raws.iter().zip(subjects.iter_mut()).filter(|(r, _)| r.lead > colon) {
                if !subject.contains(label) {
                    *subject = format!("{label}{subject}");
                }
            }
        }
        // `…（款）行政单位医疗（项）2025年预算数为12.30万元，比2024年预算数增加…`: a budget's line
        // names its item by class, kind and item; the figures of its sentence are the item's
        if let Some(item) = budget_item(text) {
            for (_, subject) in raws.iter().zip(subjects.iter_mut()).filter(|(r, _)| r.lead > item.end) {
                let words = subject.replace("预算数", "");
                let compared = words.starts_with(['比', '较', '与']);
                *subject = if compared { format!("{}{words}", &text[item.clone()]) } else { text[item.clone()].to_string() };
            }
        }
        for (r, subject) in raws.iter().zip(subjects) {
            // the figure of such a record is dated by its label (`3.2亿元 今年…`), after it
            let label_years = || {
                let from = label.filter(|&l| r.lead < l)?;
                // not the base of a comparison (`两成 较去年增加的…`)
                let base = |t: &&time::Found| text[..t.start].ends_with(['比', '较']);
                times.iter().filter(|t| t.start >= from && !base(t)).find_map(|t| t.years)
            };
            let years = year_of(text, &starts, r.start, &times).or_else(label_years);
            // `零下10℃`, `-5℃`: a temperature below zero
            let below_zero = r.unit == "℃" && (text[..r.start].ends_with("零下") || text[..r.start].ends_with(['-', '－']));
            let sign = if below_zero { -1.0 } else { 1.0 };
            // (a cell's subject keeps none of the gap a table set before it, nor the cell before
            // the gap: `质量指标　　项目竣工验收合格率　　≥95%`; a cell of one character, a unit's
            // column, `大米　　袋　　60分`, leaves the name before it)
            let trimmed = crate::page::line::trim(&subject);
            let cell = if crate::charset::holds_wide_gap(trimmed) {
                let cells: Vec<&str> = table::wide_cells(trimmed).collect();
                let last = cells.last().copied().unwrap_or("");
                cells.iter().rev().find(|c| c.chars().nth(1).is_some()).copied().unwrap_or(last)
            } else {
                trimmed
            };
            let subject = if cell.len() == subject.len() { subject } else { cell.to_string() };
            out.push(Fact {
                text: text[r.start..r.end].to_string(),
                value: sign * r.value,
                value_max: r.value_max.map(|v| sign * v),
                unit: r.unit.to_string(),
                qualifier: r.qualifier,
                subject,
                year: years.map(|y| y.0),
                year_end: years.and_then(|(a, b)| (b != a).then_some(b)),
                region_code: region_of(mentions, p.span_of(starts.clause(r.lead), r.lead)),
                span: p.span_of(r.start, r.end),
            });
        }
    }

    /// Reads every quantity of `text`, left to right, in one pass. Every quantity starts with a
    /// numeral character (`百分之` too), so other characters are passed over at once.
    pub fn scan(&self, text: &str) -> Vec<Raw> {
        self.scan_numerals(text, NUMERALS.candidates(text))
    }

    /// [`Quantities::scan`] given the numeral characters of `text`, in order (as the time scan
    /// notes them, [`time::Scanned`]).
    fn scan_numerals(&self, text: &str, numerals: impl Iterator<Item = (usize, char)>) -> Vec<Raw> {
        let mut out: Vec<Raw> = Vec::new();
        let mut resume = 0;
        let title_open = filter::TitleOpen::default();
        for (i, c) in numerals {
            if i < resume || !starts_number(c) {
                continue;
            }
            let next = if text[i..].starts_with("百分之") {
                self.percent_words(text, i).map(|r| (r.tail, Some(r)))
            } else if let Some(r) = fraction_words(text, i).filter(|_| !inside_number(text, i)) {
                Some((r.tail, Some(r)))
            } else if let Some(read) = doubling(text, i, c) {
                Some(read)
            } else if !inside_number(text, i) && !ends_a_word(text, i, c) {
                Some(self.quantity(text, i, &out, &title_open))
            } else {
                None
            };
            if let Some((end, raw)) = next {
                if let Some(mut r) = raw {
                    let times = times_over(text, r.lead);
                    r.lead = times.map_or(r.lead, |(_, at)| at);
                    out.extend(std::iter::repeat_n(r, times.map_or(1, |(n, _)| n)));
                }
                resume = end.max(i + c.len_utf8());
            }
        }
        out
    }

    /// `百分之九十`, `百分之3.5`: a share in words.
    fn percent_words(&self, text: &str, i: usize) -> Option<Raw> {
        let start = i + "百分之".len();
        let rest = &text[start..];
        // `百分之百` is the one share whose numeral does not parse alone
        let (value, len) = match numeral::read(rest) {
            Some(n) => (n.value, n.len),
            None if rest.starts_with('百') => (100.0, '百'.len_utf8()),
            None => return None,
        };
        Some(share(text, i, start + len, value))
    }

    /// `三成`, `近七成`, `三成五`: tenths, read as a percentage. Returns `None` when `成` starts
    /// a word (`三成员`) or the numeral is no single digit of tenths (`一成不变` is a set phrase).
    fn tenths(text: &str, i: usize, pos: usize, value: f64) -> Option<Raw> {
        let after = text[pos..].strip_prefix('成')?;
        let whole = value.fract() == 0.0 && (1.0..=10.0).contains(&value);
        if !whole || WORDS_WITH_CHENG.iter().any(|w| words::has_prefix(after, w)) {
            return None;
        }
        let mut end = pos + '成'.len_utf8();
        let mut percent = value * 10.0;
        // `三成五`: a digit right after `成` is the next place, unless a word follows it
        if let Some(d) = after.chars().next().filter(|_| value < 10.0) {
            let next = after[d.len_utf8()..].chars().next();
            let alone = next.is_none_or(|c| !is_ideograph(c) || matches!(c, '的' | '以' | '左' | '上'));
            if let Some(v) = numeral::chinese_digit(d).filter(|_| alone) {
                percent += v as f64;
                end += d.len_utf8();
            }
        }
        Some(share(text, i, end, percent))
    }

    /// Reads the quantity whose numeral starts at `i`. Returns where reading stopped (at least
    /// past the numeral, so its digits are never read again) and the quantity if it is a fact.
    fn quantity(&self, text: &str, i: usize, earlier: &[Raw], title_open: &filter::TitleOpen) -> (usize, Option<Raw>) {
        if let Some(len) = phone_number(&text[i..]) {
            return (i + len, None);
        }
        let reaching = reaches_up(&text[..i]);
        let bounded = reaching || ["近", "逾", "超"].iter().any(|w| words::has_suffix(&text[..i], w));
        let printed = read_numeral(&text[i..]);
        let implicit = printed.is_none();
        let single = printed.or_else(|| bounded.then(|| implicit_one(&text[i..], true)).flatten());
        let read = single.map(|n| (n, None)).or_else(|| approximate_pair(&text[i..]).map(|(n, max)| (n, Some(max))));
        let Some((n, pair_max)) = read else {
            return (i + numeral_run(&text[i..]).max(1), None);
        };
        let mut pos = i + n.len;
        let mut qualifier = Qualifier::Exact;
        let (mut value, after_value) = scaled(text, pos, n.value, &mut qualifier);
        pos = after_value;
        // `六七千元`: the multiplier scales both ends of the pair
        let mut value_max = pair_max.map(|max| round(max * value / n.value));
        if value_max.is_some() {
            qualifier = Qualifier::Range;
        } else if let Some((max, after_max, factor)) = self.range_end(text, pos) {
            // `3至10万元`: the multiplier printed once scales both ends, unless the first end
            // is already the larger without it (`3000至1.5万元`)
            if pos == i + n.len && value * factor <= max {
                value = round(value * factor);
            }
            value_max = Some(max);
            pos = after_max;
            qualifier = Qualifier::Range;
        }
        if qualifier == Qualifier::Exact && value_max.is_none() && pos == i + n.len {
            let fraction = || (n.script == numeral::Script::Arabic).then(|| slash_fraction(text, i, pos, value)).flatten();
            if let Some(r) = Self::tenths(text, i, pos, value).or_else(|| half(text, i, pos, value)).or_else(|| dimes(text, i, pos, value)).or_else(fraction) {
                return (r.tail, Some(r));
            }
        }
        // `万余群众`, `群体`: the masses and groups, not colonies of bees (`1.26万群`)
        let masses = |u: &Unit| text[pos..].starts_with("群") && u.len == "群".len() && text[pos + u.len..].starts_with(['众', '体', '落']);
        // `1对1帮扶`, `20对接`: `对` before a figure or opening a word is no pair
        let facing = |u: &Unit| {
            text[pos..].starts_with("对") && u.len == "对".len() && {
                let after = &text[pos + u.len..];
                after.starts_with(|c: char| crate::numeral::arabic_digit(c).is_some() || crate::numeral::chinese_digit(c).is_some() || NOT_PAIRS.contains(c))
            }
        };
        let unit = match self.units.at(&text[pos..]).filter(|u| !masses(u) && !facing(u)) {
            Some(u) => u,
            None if n.script == numeral::Script::Arabic && text[pos..].starts_with('大') => {
                return self.big_count(text, i, pos, value).map_or((pos, None), |r| (r.tail, Some(r)));
            }
            None if n.script == numeral::Script::Chinese && spoken_amount(text, i, pos) => {
                let mut qualifier = if value_max.is_some() { Qualifier::Range } else { qualifier };
                let (lead, _) = prefix_bound(text, i, Kind::Money, &mut qualifier);
                let raw = Raw { start: i, end: pos, tail: pos, lead, value, value_max, unit: "元", kind: Kind::Money, qualifier, compared: false };
                return (pos, Some(raw));
            }
            None => {
                let listed = (n.script == numeral::Script::Arabic).then(|| self.listed(text, i, pos, value, qualifier)).flatten();
                return (pos, listed.or_else(|| self.unitless(text, i, pos, value, earlier)));
            }
        };
        // `一亩莲子能卖两千块。`: 块 closing a clause after a number spoken in words is yuan, as
        // people say it (`1400块警示标志` counts pieces); so is one right after the measure it
        // is a price of (`一斤45块，`)
        let after_kuai = &text[pos + unit.len..];
        let spoken_yuan = text[pos..].starts_with('块')
            && unit.len == '块'.len_utf8()
            && (after_kuai.chars().next().is_none_or(|c| !is_ideograph(c)) || after_kuai.strip_prefix('的').is_some_and(|r| ["工资", "收入", "钱"].iter().any(|w| r.starts_with(w))))
            && {
                let tail = crate::term::tail_chars(&text[..i], 8);
                let per_measure = PRICED_WEIGHTS.iter().any(|m| tail.strip_suffix(m).is_some_and(|h| h.ends_with(['一', '每'])));
                per_measure || words::contains_any(tail, &MONEY_VERBS) || value >= 100.0 && words::contains_any(tail, &WAGE_PERIODS)
            };
        let unit = match spoken_yuan.then(|| self.units.at("元")).flatten() {
            Some(yuan) => Unit { len: unit.len, ..yuan },
            None => unit,
        };
        // `12.4个和6.8个百分点`: a classifier that is the start of the list's unit
        let unit = match self.list_unit(text, pos + unit.len) {
            Some((_, shared, printed)) if printed.len() > unit.len && printed.starts_with(&text[pos..pos + unit.len]) => {
                Unit { len: unit.len, ..shared }
            }
            _ => unit,
        };
        let unit_end = pos + unit.len;
        // `3000元至5000元`: a range whose ends both carry the unit; the clause is read back
        // for a change's opening only once a range follows, which few quantities have
        if value_max.is_none() {
            let range = self.range_end(text, unit_end).filter(|&(_, e, _)| self.units.at(&text[e..]) == Some(unit));
            if let Some((max, after_max, _)) = range.filter(|_| !opens_change(text, i)) {
                value_max = Some(max);
                qualifier = Qualifier::Range;
                pos = after_max;
            }
        }
        let unit_end = pos + unit.len;
        if filter::rejects(text, i, unit_end, &unit, n.script, value, title_open) {
            return (unit_end, None);
        }
        let (canonical, kind) = if filter::is_rank(&text[..i], &text[pos..unit_end]) {
            (if unit.canonical == "人" { unit_printed(&text[pos..unit_end]) } else { unit.canonical }, Kind::Rank)
        } else {
            (unit.canonical, unit.kind)
        };
        let (end, tail) = suffix_bound(text, unit_end, unit.kind, &mut qualifier);
        let (mut lead, compared) = prefix_bound(text, i, kind, &mut qualifier);
        // `高于省定标准3个百分点`: a margin in points is what the comparison measures, no bound
        if compared && canonical == "百分点" {
            qualifier = Qualifier::Exact;
        }
        // only a count reaches (`上万人次`, `上百辆`): before a measure `上` is as often "on" a
        // place (`荒坡上万亩茶园`)
        if reaching && implicit && qualifier == Qualifier::Exact && kind == Kind::Count {
            qualifier = Qualifier::MoreThan;
            lead = i - '上'.len_utf8();
        }
        let raw = Raw { start: i, end, tail, lead, value, value_max, unit: canonical, kind, qualifier, compared };
        (tail, Some(raw))
    }

    /// `3.2` in `3.2、2.1、1.5万亩`: an Arabic number with no unit of its own, listed before one
    /// that has one, shares its multiplier (unless it printed its own) and unit.
    fn listed(&self, text: &str, i: usize, pos: usize, value: f64, qualifier: Qualifier) -> Option<Raw> {
        let (factor, unit, _) = self.list_unit(text, pos)?;
        if filter::is_code_or_ordinal(&text[..i]) {
            return None;
        }
        let own_multiplier = text[i..pos].contains(['万', '亿', '千']);
        let value = match factor {
            Some(f) if !own_multiplier => round(value * f),
            _ => value,
        };
        let mut qualifier = qualifier;
        let (lead, compared) = prefix_bound(text, i, unit.kind, &mut qualifier);
        let (start, end, tail) = (i, pos, pos);
        Some(Raw { start, end, tail, lead, value, value_max: None, unit: unit.canonical, kind: unit.kind, qualifier, compared })
    }

    /// The multiplier and unit that end a list of Arabic numbers starting at `pos` with a list
    /// mark (`、2.1、1.5万亩`, `和6.8个百分点`), with the unit as printed. Items that print the
    /// same classifier on their own (`3个、5个和6个百分点`) are passed over.
    fn list_unit<'t>(&self, text: &'t str, mut pos: usize) -> Option<(Option<f64>, Unit, &'t str)> {
        const MARKS: [&str; 5] = ["、", "和", "及", "与", "或"];
        for _ in 0..LIST_MAX {
            let mark = MARKS.iter().find(|m| text[pos..].starts_with(*m))?;
            let at = pos + mark.len();
            let n = numeral::read_arabic(&text[at..])?;
            let mut p = at + n.len;
            p += qualifier::more(&text[p..]).unwrap_or(0);
            let factor = unit::multiplier(&text[p..]);
            if let Some((_, len)) = factor {
                p += len;
                p += qualifier::more(&text[p..]).unwrap_or(0);
            }
            match self.units.at(&text[p..]) {
                Some(u) if u.canonical == "个" && MARKS.iter().any(|m| text[p + u.len..].starts_with(m)) => pos = p + u.len,
                Some(u) => return Some((factor.map(|f| f.0), u, &text[p..p + u.len])),
                None if factor.is_some() => return None,
                None => pos = p,
            }
        }
        None
    }

    /// `至10` in `5至10名`: the upper end of a range with its multiplier applied, where it ends,
    /// and the multiplier (1 where none is printed).
    fn range_end(&self, text: &str, pos: usize) -> Option<(f64, usize, f64)> {
        const MARKS: [&str; 7] = ["至", "到", "-", "—", "~", "～", "－"];
        // compared in line: asked after every number, where most texts go on with no mark
        let mark = MARKS.iter().find(|m| words::has_prefix(&text[pos..], m))?;
        let start = pos + mark.len();
        let n = read_numeral(&text[start..])?;
        let mut q = Qualifier::Exact;
        let (value, end) = scaled(text, start + n.len, n.value, &mut q);
        self.units.at(&text[end..])?;
        let factor = if n.value == 0.0 { 1.0 } else { value / n.value };
        Some((value, end, factor))
    }

    /// `8大板块`, `6大类`: an Arabic count of the main groups of something. Program names
    /// (`5大行动`) are not in the list of group nouns and stay out.
    fn big_count(&self, text: &str, i: usize, pos: usize, value: f64) -> Option<Raw> {
        let at = pos + '大'.len_utf8();
        let rest = &text[at..];
        let printed = match self.units.at(rest) {
            Some(u) if u.kind == Kind::Count => &rest[..u.len],
            _ => GROUP_NOUNS.iter().find(|w| words::has_prefix(rest, w))?,
        };
        let end = at + printed.len();
        let unit: &'static str = GROUP_NOUNS.iter().chain(CLASSIFIERS_AFTER_BIG.iter()).find(|w| **w == printed)?;
        // the groups are named by their noun (`8大板块`); the list before it holds their members
        Some(Raw {
            start: i,
            end,
            tail: end,
            lead: i,
            value,
            value_max: None,
            unit,
            kind: Kind::Count,
            qualifier: Qualifier::Exact,
            compared: false,
        })
    }

    /// A number with no unit is a fact only as the second end of a change (`由2.3%下降为0`,
    /// `从5%降至2019年的0`), taking the unit of the first, or as `109万` counting the persons named right after it.
    fn unitless(&self, text: &str, i: usize, pos: usize, value: f64, earlier: &[Raw]) -> Option<Raw> {
        let before = &text[..i];
        let after = &text[pos..];
        let raw = |unit, kind| Raw {
            start: i,
            end: pos,
            tail: pos,
            lead: i,
            value,
            value_max: None,
            unit,
            kind,
            qualifier: qualifier::prefix(before).map_or(Qualifier::Exact, |q| q.0),
            compared: false,
        };
        let ends_clause = after.chars().next().is_none_or(|c| is_clause_end(c) || c == '.');
        if ends_clause {
            // (read back a bounded stretch: a text of bare figures and commas with no stop made
            // a walk to the sentence's start for each figure quadratic)
            let window = floor_boundary(text, i.saturating_sub(MAX_UNITLESS_REACH));
            let sentence = window + start_of(&text[window..i], i - window, is_sentence_end);
            if let Some(first) = earlier.iter().rev().take_while(|r| r.start >= sentence).find(|r| r.tail <= i) {
                let opened = text[sentence..first.start].contains(['由', '从']);
                let between = &text[first.tail..i];
                let verb = crate::change::direction_word(between).is_some() && between.chars().count() <= 20;
                return (opened && verb).then(|| raw(first.unit, first.kind));
            }
        }
        if ends_clause && falls_to_a_rate(before) {
            return Some(raw("%", Kind::Ratio));
        }
        if !text[i..pos].contains(['万', '亿']) {
            return None;
        }
        let head: String = after.chars().take_while(|&c| !is_clause_end(c)).take(8).collect();
        words::contains_any(&head, &PERSON_NOUNS).then(|| raw("人", Kind::Count))
    }
}

impl Default for Quantities {
    fn default() -> Self {
        Self::new()
    }
}

/// Verbs that bring a rate down to a bare number (`贫困发生率降至0`).
const FALLS_TO: [&str; 3] = ["降至", "降为", "降到"];

/// True when `before` ends in a rate (`…率`) falling to the number after it, perhaps with an
/// adverb between: `贫困发生率已降为零` prints no `%`, the rate says it.
fn falls_to_a_rate(before: &str) -> bool {
    let Some(verb) = FALLS_TO.iter().find(|v| before.ends_with(*v)) else { return false };
    let before = before[..before.len() - verb.len()].trim_end_matches(['已', '经', '均', '下']);
    before.ends_with('率')
}

/// `3/4`, `超过3/5`: a share written with a slash, read as a percentage: single digits, the first
/// the smaller, with no digit or slash around them (`2023/12/01` is a date).
fn slash_fraction(text: &str, i: usize, pos: usize, value: f64) -> Option<Raw> {
    let rest = text[pos..].strip_prefix('/')?;
    let denominator = rest.bytes().next().filter(u8::is_ascii_digit)?;
    let lone = |b: Option<u8>| b.is_none_or(|b| !(b.is_ascii_digit() || matches!(b, b'/' | b'.' | b'-')));
    let whole = text[i..pos].len() == 1 && lone(text[..i].bytes().next_back()) && lone(rest.as_bytes().get(1).copied());
    let d = f64::from(denominator - b'0');
    (whole && value >= 1.0 && value < d).then(|| share(text, i, pos + 2, round(value / d * 100.0)))
}

/// `一半`, `一半以上`: half of a whole, read as a percentage where it stands as a share: bounded
/// (`一半以上`, `近一半`, `超过一半`), after `的` or `占`, or ending its clause.
fn half(text: &str, i: usize, pos: usize, value: f64) -> Option<Raw> {
    let after = text[pos..].strip_prefix('半').filter(|_| value == 1.0 && text[i..].starts_with('一'))?;
    let before = &text[..i];
    let ends = after.chars().next().is_none_or(|c| is_clause_end(c) || c == '.');
    let bounded = qualifier::suffix(after).is_some() || qualifier::prefix(before).is_some();
    (bounded || ends || before.ends_with(['的', '占'])).then(|| share(text, i, pos + '半'.len_utf8(), 50.0))
}

/// `五六斤`, `六七千元`, `两三百人`: two neighbouring digits are an approximate range, the
/// lower digit its start and the higher its end, with a place (`十`, `百`, `千`) after them
/// scaling both. Returns the lower end, read up to where a multiplier (`万`) may follow, and
/// the upper end. Pairs that are no neighbours (`三五`) or run on (`一二三`) are not read.
fn approximate_pair(s: &str) -> Option<(Number, f64)> {
    let mut chars = s.chars();
    let (a, b) = (chars.next()?, chars.next()?);
    let low = numeral::chinese_digit(a).filter(|d| (1..=8).contains(d))?;
    numeral::chinese_digit(b).filter(|&d| d == low + 1)?;
    let mut len = a.len_utf8() + b.len_utf8();
    let place = match chars.next().and_then(|c| Some((c, numeral::chinese_unit(c).filter(|u| *u < 10_000)?))) {
        Some((c, u)) => {
            len += c.len_utf8();
            u as f64
        }
        None => 1.0,
    };
    // what is left of the run is nothing or a multiplier, which the caller reads
    let rest = &s[len..numeral_run(s).max(len)];
    if !(rest.is_empty() || rest.starts_with(['万', '亿'])) {
        return None;
    }
    Some((Number { value: low as f64 * place, len, script: numeral::Script::Chinese }, (low + 1) as f64 * place))
}

/// Reads a qualifier after the unit ending at `unit_end` (`左右`, `以上`, `3公里多`) into
/// `qualifier` unless the number set one; returns where the fact's text and its words end.
fn suffix_bound(text: &str, unit_end: usize, kind: Kind, qualifier: &mut Qualifier) -> (usize, usize) {
    let (mut end, mut tail) = (unit_end, unit_end);
    if let Some((q, len, keep)) = qualifier::suffix(&text[unit_end..]) {
        if *qualifier == Qualifier::Exact {
            *qualifier = q;
        }
        tail += len;
        if keep {
            end += len;
        }
    } else if let Some(len) = qualifier::more(&text[unit_end..]).filter(|_| unit_takes_trailing_more(kind)) {
        *qualifier = Qualifier::MoreThan;
        tail += len;
    }
    (end, tail)
}

/// Reads a qualifier before the number at `i` (`近`, `不超过`), or for a ratio a comparison
/// further back in the clause; returns where the quantity's words start and whether a
/// comparison bounded it.
fn prefix_bound(text: &str, i: usize, kind: Kind, qualifier: &mut Qualifier) -> (usize, bool) {
    // `不低于每公斤4元`: the `每` of a rate may stand between the bound and the number
    let rate = rate_before(&text[..i]);
    for at in [i, i - rate].into_iter().take(if rate > 0 { 2 } else { 1 }) {
        if let Some((q, len)) = qualifier::prefix(&text[..at]) {
            if *qualifier == Qualifier::Exact {
                *qualifier = q;
            }
            return (at - len, false);
        }
    }
    // the verb between a bounding adverb and the number stays with the subject
    if let Some(q) = qualifier::adverb_before_verb(&text[..i]) {
        if *qualifier == Qualifier::Exact {
            *qualifier = q;
        }
        return (i, false);
    }
    if *qualifier == Qualifier::Exact && kind == Kind::Ratio {
        // `从不足20%提高到40%`: a comparison before an earlier number of the clause is that one's
        let window = floor_boundary(text, i.saturating_sub(MAX_UNITLESS_REACH));
        let clause = &text[window + start_of(&text[window..i], i - window, is_clause_end)..i];
        let clause = clause.rfind(|c: char| c.is_ascii_digit() || c == '%').map_or(clause, |k| &clause[k + 1..]);
        if let Some(q) = qualifier::comparator(clause) {
            *qualifier = q;
            return (i, true);
        }
    }
    (i, false)
}

/// The bytes of a rate's `每X` (`每公斤`, `每亩`) that `before` ends with, or 0.
fn rate_before(before: &str) -> usize {
    before.char_indices().rev().take(3).find(|&(_, c)| c == '每').map_or(0, |(k, _)| before.len() - k)
}

/// `多` after a unit means "more than" only for units of measure (`3公里多`), not for a
/// classifier that starts a word (`3个多功能室`).
fn unit_takes_trailing_more(kind: Kind) -> bool {
    matches!(kind, Kind::Measure | Kind::Money)
}

/// Every numeral character, for passing over the rest of a text without decoding it.
pub(crate) static NUMERALS: words::Heads = words::Heads::of(&[]).with_numerals();

fn starts_number(c: char) -> bool {
    numeral::arabic_digit(c).is_some() || numeral::is_chinese_numeral_char(c)
}

/// True when byte `i` continues a number of the same script that began before it.
fn inside_number(text: &str, i: usize) -> bool {
    let arabic = text[i..].chars().next().and_then(numeral::arabic_digit).is_some();
    text[..i].chars().next_back().is_some_and(|c| {
        if arabic {
            // a `,` was read as a thousands separator already if it was one
            numeral::arabic_digit(c).is_some() || matches!(c, '.' | '．')
        } else {
            numeral::is_chinese_numeral_char(c)
        }
    })
}

/// Characters that may stand right before a formal numeral of an amount (`人民币壹万元`,
/// `金额为伍仟元`); after any other ideograph the character ends a word (`队伍`, `大陆`).
const BEFORE_FORMAL: [char; 11] = ['币', '为', '计', '达', '共', '额', '写', '金', '款', '付', '：'];

/// Words that end in a numeral (`再三`) or that a numeral ends (`星期五`, `礼拜三`) and that
/// count nothing.
const NUMERAL_TAILS: [&str; 3] = ["再三", "星期", "礼拜"];

/// True when the numeral character `c` at `i` is the tail of an ordinary word, not the start of
/// a number: a formal numeral after an ideograph (`队伍36支`), or a word of [`NUMERAL_TAILS`].
fn ends_a_word(text: &str, i: usize, c: char) -> bool {
    let before = &text[..i];
    let upto = &text[..i + c.len_utf8()];
    if numeral::is_formal(c) {
        let prev = before.chars().next_back();
        return prev.is_some_and(|p| is_ideograph(p) && !numeral::is_chinese_numeral_char(p) && !BEFORE_FORMAL.contains(&p));
    }
    NUMERAL_TAILS.iter().any(|w| words::has_suffix(upto, w) || words::has_suffix(before, w))
}

fn is_ideograph(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// The run of numeral characters of one script at the start of `s`: a Chinese numeral never
/// runs on into Arabic digits (`伍36`), nor Arabic digits into a Chinese numeral.
/// Arabic digits are read by their bytes (`0`-`9`, and `０`-`９` as EF BC 90 to EF BC 99), most
/// runs being of them: decoding each character cost several times as much.
fn numeral_run(s: &str) -> usize {
    let b = s.as_bytes();
    let arabic_at = |k: usize| match b.get(k..) {
        Some([b'0'..=b'9', ..]) => 1,
        Some([0xEF, 0xBC, 0x90..=0x99, ..]) => 3,
        _ => 0,
    };
    if arabic_at(0) > 0 {
        let mut n = 0;
        loop {
            match arabic_at(n) {
                0 => return n,
                w => n += w,
            }
        }
    }
    s.chars().take_while(|&c| numeral::is_chinese_numeral_char(c)).map(char::len_utf8).sum()
}

/// An Arabic numeral, or a Chinese one that is the whole run of numeral characters (so `十三五`
/// and `一二三` are not read as `十三` and `一`).
fn read_numeral(s: &str) -> Option<Number> {
    if let Some(n) = numeral::read_arabic(s) {
        return Some(n);
    }
    if let Some(n) = implicit_one(s, false) {
        return Some(n);
    }
    let run = numeral_run(s);
    let n = numeral::read_chinese(s)?;
    (n.len == run).then_some(n)
}

/// Characters that make a word with a `上` after them (`以上`, `线上`, `晚上`, `山上`): that `上`
/// is no "reaching" before a count.
const NOT_REACHING: [char; 22] =
    ['以', '线', '网', '晚', '早', '马', '向', '之', '加', '山', '身', '手', '路', '会', '场', '台', '楼', '街', '镇', '村', '市', '省'];

/// Whether `before` ends in a `上` that reaches a bare hundred, thousand or ten thousand after it
/// (`上万人次`, `上百辆`: that many and more).
fn reaches_up(before: &str) -> bool {
    let Some(rest) = before.strip_suffix('上') else { return false };
    !rest.ends_with(NOT_REACHING)
}

/// `百余人`, `千余户`, `万多名`: a bare `百`/`千`/`万` before `余`/`多` is one of them; so is
/// one after a bounding word (`近千人`, `逾万户`), which `bounded` says. `百万`/`千万` stand for
/// one of them the same way, and also before `元` (`销售额突破千万元`): elsewhere `千万` is the
/// adverb "by all means" (`千万不能松劲`). So do `百亿`/`千亿` before `元` (`百亿元产业`).
fn implicit_one(s: &str, bounded: bool) -> Option<Number> {
    let run = numeral_run(s);
    let (value, before_money) = match &s[..run] {
        "百" => (100.0, false),
        "千" => (1_000.0, false),
        "万" => (10_000.0, false),
        "百万" => (1_000_000.0, true),
        "千万" => (10_000_000.0, true),
        "百亿" => (10_000_000_000.0, true),
        "千亿" => (100_000_000_000.0, true),
        _ => return None,
    };
    let rest = &s[run..];
    let implied = bounded || qualifier::more(rest).is_some() || before_money && rest.starts_with('元');
    implied.then_some(Number { value, len: run, script: numeral::Script::Chinese })
}

/// `四个100%`: a quantity printed once for several indicators listed before it. Returns the
/// count and where `四个` starts.
fn times_over(text: &str, lead: usize) -> Option<(usize, usize)> {
    let before = text[..lead].strip_suffix('个')?;
    let run: usize = before.chars().rev().take_while(|&c| numeral::is_chinese_numeral_char(c)).map(char::len_utf8).sum();
    let at = before.len() - run;
    let n = numeral::chinese_int(&before[at..])?;
    (2..=10).contains(&n).then_some((n as usize, at))
}

/// Applies `多`/`余` and a multiplier after a number: `200多万` → 2000000, more than.
fn scaled(text: &str, mut pos: usize, mut value: f64, qualifier: &mut Qualifier) -> (f64, usize) {
    if let Some(len) = qualifier::more(&text[pos..]) {
        *qualifier = Qualifier::MoreThan;
        pos += len;
    } else if let Some(len) = about(&text[pos..], value) {
        *qualifier = Qualifier::Approx;
        pos += len;
    }
    if let Some((factor, len)) = unit::multiplier(&text[pos..]) {
        value = round(value * factor);
        pos += len;
        if let Some(len) = qualifier::more(&text[pos..]) {
            *qualifier = Qualifier::MoreThan;
            pos += len;
        }
    }
    (value, pos)
}

/// `0793-8221111`: an area code and a number, which a page prints to be called, not counted.
/// Returns the bytes of both.
fn phone_number(rest: &str) -> Option<usize> {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let area = digits(rest);
    let after = rest.get(area..)?;
    let dash = ["-", "－", "—"].iter().find(|d| after.starts_with(**d))?;
    let number = digits(&after[dash.len()..]);
    (rest.starts_with('0') && (3..=4).contains(&area) && (7..=8).contains(&number)).then_some(area + dash.len() + number)
}

/// `三千来块`, `十来万元`: `来` after a round number says about that many. A number that is not
/// round (`一来…二来…` counts reasons) takes none.
fn about(rest: &str, value: f64) -> Option<usize> {
    let round_number = value >= 10.0 && value % 10.0 == 0.0;
    (round_number && rest.starts_with('来')).then_some('来'.len_utf8())
}

/// Figures of a table row printed bare (`2015年 5800 不足1万`) under a header line naming its
/// columns: each takes the unit the caption line gives (`(单位:元)`), its column's name as
/// subject and the row's year, if the row is a year's.
fn bare_figures(p: &Paragraph, label: std::ops::Range<usize>, cells: &[Option<table::BareCell>], names: &[&str], (unit, factor): (&str, f64), out: &mut Vec<Fact>) {
    let text = p.text.as_str();
    let year = text[label.clone()].strip_suffix('年').and_then(|y| y.parse::<i32>().ok()).filter(|y| (1900..=2100).contains(y));
    // a cell with no data (`-`) takes its column's place and gives no fact
    for (cell, name) in cells.iter().zip(&names[1..]).filter_map(|(c, n)| Some((c.as_ref()?, n))) {
        // a cell may print its own percent sign (`不足5%`) in a column of the caption's unit,
        // or stand in a column of shares (`占比（%）`)
        let (name, own) = table::column_unit(name);
        let share = text[cell.range.clone()].ends_with('%') || own == Some("%");
        let (unit, factor) = if share { ("%", 1.0) } else { (unit, factor) };
        // a row labelled by what it is about (`产业发展 38620 57.3`) says of what the column
        // measures; a row labelled by its year leaves the column's name alone
        let subject = match year {
            Some(_) => name.to_string(),
            None => format!("{}{name}", &text[label.clone()]),
        };
        out.extend(cell_fact(p, cell, factor, unit, &subject, year));
    }
}

/// The fact of a table cell's figure (`不足1万`): its number, times any multiplier printed in
/// the cell and `factor` (one printed with the unit apart from the cell), in `unit`, with the
/// bound printed before it. `None` where the cell holds no number.
fn cell_fact(p: &Paragraph, cell: &table::BareCell, factor: f64, unit: &str, subject: &str, year: Option<i32>) -> Option<Fact> {
    let text = p.text.as_str();
    let (start, end) = (cell.figure, cell.range.end);
    // a figure with a minus sign (`-3.1`) is a fall
    let sign = text[start..end].chars().next().filter(|c| table::MINUS_SIGNS.contains(c));
    let digits = start + sign.map_or(0, char::len_utf8);
    let n = numeral::read_arabic(&text[digits..end])?;
    let own = unit::multiplier(&text[digits + n.len..end]).map_or(1.0, |(f, _)| f);
    let signed = if sign.is_some() { -n.value } else { n.value };
    // `4500-6500`: both ends of a range
    let high = table::bare_range(&text[digits..end]).and_then(|k| numeral::read_arabic(&text[digits + k..end])).map(|h| round(h.value * factor));
    Some(Fact {
        text: text[start..end].to_string(),
        value: round(signed * own * factor),
        value_max: high,
        unit: unit.to_string(),
        qualifier: if high.is_some() { Qualifier::Range } else { qualifier::prefix(&text[cell.range.start..start]).map_or(Qualifier::Exact, |(q, _)| q) },
        subject: subject.to_string(),
        year,
        year_end: None,
        region_code: None,
        span: p.span_of(start, end),
    })
}

/// A table whose columns are years (`指标名称 2022年 2023年`), as [`Quantities::facts_timed`]
/// reads it: each column's year, the header line, and the unit its caption line gives rows
/// that print none (`（单位：元）`).
struct YearTable<'t> {
    years: Vec<Option<i32>>,
    header: &'t str,
    caption: Option<&'t str>,
}

/// A table naming its figures' unit in a column's header, as [`Quantities::facts_timed`] reads
/// it: a [`table::UnitHeader`] with its unit read (canonical, and the multiplier it prints).
struct HeaderUnit<'t> {
    columns: usize,
    at: usize,
    name: &'t str,
    unit: &'static str,
    factor: f64,
    label: Option<usize>,
    /// The year the caption over the header names.
    year: Option<i32>,
}

/// Removes the binary noise of `88.79 * 10000`.
fn round(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

/// The quantities of one text with the subjects read for them, and what they were read from.
struct Weighed<'s> {
    raws: Vec<Raw>,
    times: Cow<'s, [time::Found]>,
    skips: Vec<(usize, usize)>,
    starts: Starts,
    subjects: Vec<String>,
}

/// Reads the subjects of the quantities `raws` of paragraph `p`, none when it has none.
fn weigh<'s>(p: &Paragraph, raws: Vec<Raw>, reference: Option<crate::Date>, scanned: Option<&'s time::Scanned>, people: &[crate::model::Person]) -> Option<Weighed<'s>> {
    if raws.is_empty() {
        return None;
    }
    let text = p.text.as_str();
    let times = match scanned {
        Some(s) => Cow::Borrowed(s.times.as_slice()),
        None => Cow::Owned(time::scan(text, reference)),
    };
    let skips: Vec<(usize, usize)> = times.iter().map(|t| (t.start, t.end)).collect();
    // every clause asked for starts before the last quantity does
    let upto = raws.iter().map(|r| r.start.max(r.lead)).max().unwrap_or(0);
    let starts = Starts::of(&text[..upto]);
    // the names of people in this text, as its byte ranges (asked only of a text with an age)
    let names: Vec<(usize, usize)> = match raws.iter().any(|r| r.kind == Kind::Age) {
        true => people.iter().filter_map(|m| Some((p.text_offset(m.span.start)?, p.text_offset(m.span.end - 1)? + 1))).collect(),
        false => Vec::new(),
    };
    let subjects = subjects(text, &starts, &raws, &skips, &names);
    Some(Weighed { raws, times, skips, starts, subjects })
}

/// Subjects of every quantity of a text. Quantities printed as a list (`764户、935人`,
/// `500元、1000元和2000元`) share one subject; a quantity printed once for a list of indicators
/// (`竣工率、验收率四个100%`) gives each its own.
fn subjects(text: &str, starts: &Starts, raws: &[Raw], skips: &[(usize, usize)], names: &[(usize, usize)]) -> Vec<String> {
    let mut out = vec![String::new(); raws.len()];
    // the last list that `分别` handed out, with the start of its sentence
    let mut spread: Option<(usize, Vec<String>)> = None;
    let mut g = 0;
    while g < raws.len() {
        let mut e = g;
        while e + 1 < raws.len() && joined(text, &raws[e], &raws[e + 1]) {
            e += 1;
        }
        let clause = starts.clause(raws[g].lead).max(floor(text, &raws[..g], &out[..g], raws[g].lead));
        let limit = raws.get(e + 1).map_or(text.len(), |r| r.lead);
        // the phrases are borrowed from the text while they are weighed: only the one chosen is
        // copied out
        let shared = change_subject(text, starts, raws[g].lead, skips, |at| floor(text, &raws[..g], &out[..g], at))
            .or_else(|| raws[e].names_its_subject().then_some(raws[e].unit))
            .or_else(|| tier_subject(text, &raws[e], raws.get(e + 1), raws.get(e + 2).map_or(text.len(), |r| r.lead)))
            .or_else(|| given_at_standard(text, raws[e].tail, limit))
            .map(str::to_string)
            .unwrap_or_else(|| {
            let before = match raws[e].compared && raws[e].unit == "百分点" {
                true => subject::before_margin(text, clause, raws[g].lead, skips),
                false => subject::before(text, clause, raws[g].lead, skips),
            };
            // `贫困户中有90%参与合作社`, `脱贫户中8300余户从事肉牛养殖`: a share or a count of a
            // group is what the group does
            let share = matches!(raws[e].kind, Kind::Ratio | Kind::Count);
            // (`初中2368名`, `普通高中1094名`: the `中` of a word is no `among`)
            let among = share && !WORDS_ENDING_IN_ZHONG.iter().any(|w| before.ends_with(w));
            let before = match before.strip_suffix('中').filter(|_| among) {
                Some(group) => Cow::Owned(group.to_string() + subject::after_any(text, raws[e].tail, limit).map_or("", |a| a.0)),
                None => Cow::Borrowed(before),
            };
            // `在安置点周边建设帮扶车间36个`: what was built is counted, not who built it where
            let before = match raws[e].kind {
                Kind::Count | Kind::Measure => match subject::object_of_building(&before) {
                    Some(object) => Cow::Owned(object.to_string()),
                    None => before,
                },
                _ => before,
            };
            // `县农业农村局提前调运各类种子1860吨`: who handed out, bought or took in is no part of
            // what the figure counts
            let before = match subject::object_of_handling(&before) {
                Some(object) => Cow::Owned(object.to_string()),
                None => before,
            };
            // `带动贫困户800户`: a classifier repeating the noun before it counts that noun
            // `交通协管员12名疏导交通`: so does a count of persons after a noun of persons
            let last = before.chars().next_back();
            let repeated = raws[e].kind == Kind::Count && last.is_some_and(|c| classifier(text, &raws[e]) == Some(c))
                || raws[e].unit == "人" && last.is_some_and(|c| PERSON_ENDS.contains(&c));
            // `载重10吨以上的货车`: a bound makes the measure a threshold of what stands before
            // it; so it does an amount that a noun of income or cost before it measures
            // (`家庭年人均纯收入低于6500元的农户`; not `每户最高可获得5万元的贷款`)
            let threshold = match raws[e].kind {
                Kind::Measure => raws[e].tail > raws[e].end,
                Kind::Money => raws[e].is_bound() && MEASURED_AMOUNTS.iter().any(|w| before.ends_with(w)),
                _ => false,
            };
            let after = subject::after(text, raws[e].tail, limit).filter(|a| !(raws[e].compared || repeated || threshold && a.1));
            // `370户60岁以上的老人`: an age bound right after a count of persons is part of the
            // noun the count counts
            let after = match raws.get(e + 1) {
                Some(age) if after.is_none() && matches!(raws[e].unit, "人" | "户") && age.kind == Kind::Age && age.lead == raws[e].tail => {
                    let limit = raws.get(e + 2).map_or(text.len(), |r| r.lead);
                    subject::after_any(text, raws[e].tail, limit).filter(|(a, _)| a.contains('的'))
                }
                _ => after,
            };
            // `37岁的卢某快步走进社区`: an age is the person's named after it, not what they do
            let after = match after {
                Some((a, de)) if raws[e].kind == Kind::Age && !names.is_empty() => {
                    // (the phrase is a slice of the text: where it starts there)
                    let at = (a.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
                    let named = names
                        .iter()
                        .find(|&&(s, _)| (at..at + a.len()).contains(&s))
                        .map(|&(_, end)| end.min(at + a.len()))
                        .filter(|&end| text.get(at..end).is_some());
                    Some((named.map_or(a, |end| &text[at..end]), de))
                }
                other => other,
            };
            // `300余名群众抢收首茬饲草`: a count of persons counts the persons, not what they do
            let after = match after {
                Some((a, de)) if raws[e].kind == Kind::Count && matches!(raws[e].unit, "人" | "户" | "人次") => Some((persons_only(a), de)),
                other => other,
            };
            // `发放小额信贷，每户最高5万元`: a rate alone in its clause is a rate of what the
            // clause before handed out
            let rate_only = raws[e].kind == Kind::Money && subject::is_rate(&before);
            let before = match rate_only.then(|| handed_out(text, starts, clause)).flatten() {
                Some(what) => Cow::Borrowed(what),
                None => before,
            };
            let s = pick(raws[e].kind, before, after);
            match s.is_empty() {
                true => subject::after_any(text, raws[e].tail, limit).map_or("", |a| a.0).to_string(),
                false => s.into_owned(),
            }
        });
        // `27个村集体经济收入全部超过10万元`: a count's noun took the words before the amount,
        // leaving it an adverb or a broken word; the amount is said of the noun after the count
        const ADVERBS: [&str; 4] = ["全部", "均", "都", "已"];
        let adverb = |s: &str| ADVERBS.iter().find_map(|w| s.strip_suffix(w).map(str::len));
        let weak = shared.chars().nth(3).is_none() && adverb(&shared).is_some();
        let shared = match g.checked_sub(1).filter(|_| weak && raws[g].kind == Kind::Money) {
            Some(c) if raws[c].kind == Kind::Count && raws[c].end >= starts.clause(raws[g].lead) => {
                let noun = subject::before(text, raws[c].end, raws[g].lead, skips);
                let noun = &noun[..adverb(noun).unwrap_or(noun.len())];
                if noun.chars().nth(1).is_some() { noun.to_string() } else { shared }
            }
            _ => shared,
        };
        // (`27个村集体经济收入全部超过10万元`, the count taking 村: the amount's words after the
        // count keep no adverb)
        let after_count = g.checked_sub(1).is_some_and(|c| raws[c].kind == Kind::Count && raws[c].end >= starts.clause(raws[g].lead));
        let shared = match adverb(&shared).filter(|&k| after_count && raws[g].kind == Kind::Money && shared[..k].chars().nth(1).is_some()) {
            Some(k) => shared[..k].to_string(),
            None => shared,
        };
        let sentence = starts.sentence(raws[g].lead);
        // `…收入全部超过10万元,其中超过50万元的村有12个`: a bound amount that sorts a group
        // (`…的村`, `…的户`) is a threshold of the amount before it in the sentence, and shares its
        // subject (`不超过5万元的贴息贷款` is the loan's own amount)
        const GROUPS: [&str; 8] = ["村", "行政村", "户", "农户", "企业", "合作社", "项目", "家庭"];
        let inside_noun = raws[g].kind == Kind::Money
            && raws[g].is_bound()
            && text[raws[g].tail..].strip_prefix('的').is_some_and(|rest| GROUPS.iter().any(|w| rest.starts_with(w)));
        let shared = match inside_noun.then(|| (0..g).rev().take_while(|&j| raws[j].start >= sentence).find(|&j| raws[j].kind == Kind::Money && !out[j].is_empty())).flatten() {
            Some(j) => out[j].clone(),
            None => shared,
        };
        // `由5%下降到2%，下降了3个百分点`: a bare change verb is said of the earlier change's subject
        let is_verb = |s: &str| crate::change::UP.contains(&s) || crate::change::DOWN.contains(&s);
        let carried = || {
            (0..g).rev().take_while(|&j| raws[j].start >= sentence).take(CARRY_BACK).find_map(|j| {
                change_subject(text, starts, raws[j].lead, skips, |at| floor(text, &raws[..j], &out[..j], at))
            })
        };
        let shared = match is_verb(&shared).then(carried).flatten() {
            Some(s) => s.to_string() + &shared,
            None => shared,
        };
        // `60岁及以上人口10.86万人`: a count of persons right after an age bound counts the
        // persons of that age, not persons at large
        let shared = match g.checked_sub(1).filter(|&j| raws[j].kind == Kind::Age && raws[g].kind == Kind::Count) {
            Some(j) => {
                let aged = &text[raws[j].start..raws[g].lead];
                let fits = aged.ends_with(shared.as_str()) && aged.chars().nth(MAX_JOINED_SUBJECT_CHARS).is_none() && !aged.contains(is_clause_end);
                if fits && !shared.is_empty() { aged.to_string() } else { shared }
            }
            None => shared,
        };
        // `收入达到46万元,比2020年的23万元翻了一番`: a ratio left with no words of its own is
        // the ratio of what the nearest figure before it in its sentence measures (the base it
        // is compared with, `比…的23万元`, names nothing)
        let shared = match shared.is_empty() && raws[g].unit == "倍" {
            true => (0..g)
                .rev()
                .take_while(|&j| raws[j].start >= sentence)
                .map(|j| what_grew(&out[j]))
                .find(|noun| !noun.is_empty())
                .map_or(shared, str::to_string),
            false => shared,
        };
        // `合计：848780.50元`: a total's word alone before its figure is what the figure is
        let total = || {
            let head = text[..raws[g].lead].trim_end_matches([':', '：', ' ', '\u{3000}']);
            let word = TOTAL_WORDS.iter().find(|w| head.ends_with(*w))?;
            let before = head[..head.len() - word.len()].trim_end();
            (before.is_empty() || before.ends_with(is_sentence_end)).then_some(*word)
        };
        let shared = match shared.is_empty().then(total).flatten() {
            Some(word) => word.to_string(),
            None => shared,
        };
        // `单位捐赠8笔，计826680.50元`: an amount whose clause names nothing, right after a count
        // in its sentence, is the amount of what that count counts
        let shared = match g.checked_sub(1) {
            Some(c)
                if shared.is_empty()
                    && raws[g].kind == Kind::Money
                    && raws[c].kind == Kind::Count
                    && raws[c].start >= sentence
                    && !out[c].is_empty()
                    && TALLY_WORDS.contains(&text[raws[c].tail..raws[g].lead].trim_start_matches([',', '，', ' ', '\u{3000}'])) =>
            {
                out[c].clone()
            }
            _ => shared,
        };
        // `用于产业发展17396万元，占61.0%`: a share alone in its clause is the share the figure
        // right before it takes of a whole
        let shared = match g.checked_sub(1).filter(|&j| shared.is_empty() && raws[g].kind == Kind::Ratio && raws[j].start >= sentence && !out[j].is_empty()) {
            Some(j) if matches!(text[raws[j].tail..raws[g].lead].trim_start_matches([',', '，', ' ', '\u{3000}']), "占" | "占比") => format!("{}占比", out[j]),
            _ => shared,
        };
        // `民生项目支出24.2亿元,同比增长13%`: a growth rate right after a figure, in the next
        // clause of its sentence, is the growth of what that figure measures (kept short: a
        // subject is a phrase, not the sentence)
        let grown = g.checked_sub(1).filter(|&j| {
            raws[g].kind == Kind::Ratio && compared_verb(&shared) && raws[j].start >= sentence && follows_in_next_clause(text, raws[j].tail, raws[g].lead)
        });
        let shared = match grown.map(|j| within_join(what_grew(&out[j]), &shared)) {
            Some(noun) if !noun.is_empty() => format!("{noun}{shared}"),
            _ => shared,
        };
        // `播种面积182.6万亩，比上年增加1.3万亩`, `收入达到86万元，比2021年翻了一番`: an amount or a
        // ratio whose clause is only a comparison, right after a figure of its unit, is what
        // that figure measures grown (the ratio names the measure alone, as a ratio's subject)
        let compared = g.checked_sub(1).filter(|&j| {
            shared.starts_with(['比', '较'])
                && (raws[g].kind != Kind::Ratio && raws[j].unit == raws[g].unit || raws[g].unit == "倍")
                && raws[j].start >= sentence
                && text[raws[j].tail..raws[g].lead].strip_prefix([',', '，']).is_some_and(|words| is_comparison(words, raws[g].unit == "倍"))
        });
        let shared = match compared.map(|j| what_grew(&out[j])) {
            Some(noun) if !noun.is_empty() && raws[g].unit == "倍" => noun.to_string(),
            Some(noun) if !noun.is_empty() => {
                let words = text[raws[g - 1].tail..raws[g].lead].trim_start_matches([',', '，']);
                // `全县粮食播种面积`: the place the whole is of goes with the level, not its growth
                let noun = SCOPES.iter().find_map(|w| noun.strip_prefix(w)).unwrap_or(noun);
                match within_join(noun, words) {
                    "" => shared,
                    noun => format!("{noun}{words}"),
                }
            }
            _ => shared,
        };
        // `收入从…增加到10950元,今年前三季度达到9870元`: a clause of a time and a verb goes on
        // with the subject of the last quantity of the same unit in its sentence
        let shared = match shared.is_empty() {
            true => (0..g)
                .rev()
                .take_while(|&j| raws[j].start >= sentence)
                .take(CARRY_BACK)
                .find(|&j| raws[j].unit == raws[g].unit && !out[j].is_empty())
                .map_or(shared, |j| out[j].clone()),
            false => shared,
        };
        // `兑付防贫保险理赔金，共计23.6万元`: a total alone in its clause sums what the clause
        // before paid out
        let tallied = || {
            let own = starts.clause(raws[g].lead);
            let words = text[own..raws[g].lead].trim_matches([' ', '\u{3000}']);
            (raws[g].kind == Kind::Money && !words.is_empty() && TALLY_WORDS.contains(&words)).then(|| handed_out(text, starts, own)).flatten()
        };
        let shared = match shared.is_empty().then(tallied).flatten() {
            Some(what) => what.to_string(),
            None => shared,
        };
        // `收入增长7%左右，力争达到2.26万元`: a level whose clause names nothing, after a growth
        // rate in its sentence, is the level of what grew
        // (an amount, of an income or a value that grew: `游客人数增长20%，实现3000万元` is not the
        // visitors')
        let shared = match g.checked_sub(1).filter(|&j| shared.is_empty() && raws[g].kind == Kind::Money && raws[j].kind == Kind::Ratio && raws[j].start >= sentence) {
            Some(j) if grew_by(&text[..raws[j].lead]) && is_amount_noun(what_grew(&out[j])) => what_grew(&out[j]).to_string(),
            _ => shared,
        };
        // `5亩猕猴桃卖了3.8万元`: the figure before took the words between the two as its noun,
        // but they are all this one has, and say what it is
        let shared = match g.checked_sub(1).filter(|&j| shared.is_empty() && raws[j].tail >= clause.min(starts.clause(raws[g].lead))) {
            Some(j) => {
                // (a list's joint between them, `六个部分、二十条`, makes them two things counted)
                let between = text.get(raws[j].tail..raws[g].lead).unwrap_or("");
                let listed = between.contains(['、', '和', '与', '及']);
                let between = between.trim_matches(|c: char| !crate::charset::is_han(c));
                if between.chars().nth(1).is_some() && !listed && !between.contains(is_clause_end) { between.to_string() } else { shared }
            }
            None => shared,
        };
        // `1.某产业园项目，总投资8.5亿元`: an attribute alone in its clause is the project's that
        // opens the sentence
        let project = ATTRIBUTES.contains(&shared.as_str()).then(|| project_opening(text, starts, starts.clause(raws[g].lead))).flatten();
        let shared = match project {
            Some(name) => format!("{name}{shared}"),
            None => shared,
        };
        let n = e - g + 1;
        // `甲、乙分别为3、5万亩`: each item its own quantity; a later `分别` of the same
        // sentence with no list of its own (`比上年分别提高2个和3个百分点`) reuses the list
        let items: Vec<String> = match distributed(text, clause, raws[g].lead, skips) {
            Some(v) if v.is_empty() => spread.iter().filter(|(at, _)| *at == sentence).flat_map(|(_, v)| v.clone()).collect(),
            Some(v) => {
                spread = Some((sentence, v.clone()));
                v
            }
            None => {
                let repeated = e > g && raws[g..=e].iter().all(|r| r.start == raws[g].start);
                match repeated {
                    true => list_items(&text[clause..raws[g].lead]).into_iter().map(str::to_string).collect(),
                    false => Vec::new(),
                }
            }
        };
        let mut shared = shared;
        for (k, slot) in out[g..=e].iter_mut().enumerate() {
            *slot = match items.get(k) {
                Some(item) if n > 1 && items.len() == n => item.clone(),
                // the last slot takes the subject itself: a lone quantity copies nothing
                _ if k == n - 1 => std::mem::take(&mut shared),
                _ => shared.clone(),
            };
        }
        g = e + 1;
    }
    out
}

/// What a project measures that names no project (`总投资8.5亿元`, `占地面积120亩`).
const ATTRIBUTES: [&str; 10] = ["总投资", "投资", "计划投资", "投资额", "总面积", "占地面积", "建筑面积", "年产值", "产值", "总规模"];

/// How the name of a project or a built thing ends.
const PROJECT_ENDS: [&str; 8] = ["项目", "工程", "基地", "园区", "产业园", "车间", "综合体", "中心"];

/// Longest project name read before an attribute's clause, in characters.
const MAX_PROJECT_CHARS: usize = 24;

/// `1.某产业园项目，总投资…`: the project named by the whole clause that opens a numbered item
/// of a list before the clause at `clause` (the number left out). A clause of narration
/// (`县里加快推进产业园项目，`) names its project among other words, so only a list's item is read.
fn project_opening<'t>(text: &'t str, starts: &subject::Starts, clause: usize) -> Option<&'t str> {
    let name_end = text[..clause].strip_suffix(['，', ','])?.len();
    let opening = starts.clause(name_end);
    if opening != starts.sentence(name_end) {
        return None;
    }
    let item = text[opening..name_end].trim_start();
    // `1.`, `2、`: the list's number
    let name = item.trim_start_matches(|c: char| c.is_ascii_digit());
    let numbered = name.len() < item.len();
    let name = name.strip_prefix(['.', '．', '、'])?;
    let fits = numbered
        && name.chars().nth(MAX_PROJECT_CHARS).is_none()
        && !name.contains(|c: char| crate::charset::is_digit(c))
        && PROJECT_ENDS.iter().any(|w| name.ends_with(w));
    fits.then_some(name)
}

/// Last characters of nouns of persons (`协管员`, `脱贫群众`, `务工者`).
const PERSON_ENDS: [char; 8] = ['员', '者', '民', '工', '众', '部', '师', '人'];

/// Nouns of persons and households a count of them names.
const PERSON_HEADS: [&str; 21] = [
    "群众", "农户", "村民", "居民", "农民", "脱贫户", "监测户", "贫困户", "残疾人", "学生", "干部", "网格员", "工人",
    "党员", "老人", "儿童", "妇女", "劳动力", "人员", "人口", "家庭",
];

/// `群众抢收首茬饲草` → `群众`, `有需求的残疾人免费适配` → `有需求的残疾人`: the phrase after a
/// count of persons up to its first noun of persons, taken with the nouns of persons right after
/// it (`干部群众`, `村民代表`), when something else follows. A noun joined to it (`脱贫户和监测户`)
/// stays.
fn persons_only(phrase: &str) -> &str {
    // where the earliest-ending noun of persons ends: the nouns are compared only where a
    // character may start one, which one test per character tells, not by a search of the
    // phrase for each of them
    static PERSON_FIRSTS: words::Heads = words::Heads::of(&PERSON_HEADS);
    let found: Vec<(usize, usize)> = PERSON_FIRSTS
        .candidates(phrase)
        .flat_map(|(k, _)| PERSON_HEADS.iter().filter(move |w| words::has_prefix(&phrase[k..], w)).map(move |w| (k, k + w.len())))
        .collect();
    let Some(mut end) = found.iter().map(|&(_, e)| e).min() else {
        return phrase;
    };
    // a noun overlapping the one found is read whole (`务工人员` holds `工人` and ends on `人员`)
    while let Some(longer) = found.iter().filter(|&&(s, e)| s < end && e > end).map(|&(_, e)| e).max() {
        end = longer;
    }
    // nouns that make a noun of persons into another (`村民代表`, `学生家长`)
    const OF_PERSONS: [&str; 8] = ["代表", "家长", "子女", "家属", "亲属", "骨干", "能手", "带头人"];
    loop {
        let rest = &phrase[end..];
        match PERSON_HEADS.iter().chain(&OF_PERSONS).find(|w| rest.starts_with(*w)) {
            Some(w) => end += w.len(),
            None => break,
        }
    }
    let rest = &phrase[end..];
    let joined = rest.starts_with(['和', '与', '及', '、', '或', '的', '(', '（']);
    if !rest.is_empty() && !joined {
        &phrase[..end]
    } else {
        phrase
    }
}

/// `500元、1000元、2000元3个标准的补贴`: amounts followed at once by the count of their tiers
/// are amounts of what the tiers are of.
fn tier_subject<'t>(text: &'t str, last: &Raw, next: Option<&Raw>, limit: usize) -> Option<&'t str> {
    const TIERS: [&str; 5] = ["标准", "档次", "档", "等级", "级别"];
    let next = next.filter(|n| n.kind == Kind::Count && last.kind != Kind::Count && n.lead == last.tail)?;
    let tier = TIERS.iter().find(|t| text[next.tail..].starts_with(*t))?;
    let mut at = next.tail + tier.len();
    at += text[at..].strip_prefix('的').map_or(0, |_| '的'.len_utf8());
    subject::after_any(text, at, limit.max(at)).map(|a| a.0).or(Some(tier))
}

/// The items `分别` hands out to the quantities after it: `全县种植花椒、核桃分别为…` →
/// `花椒`, `核桃`. `Some` of nothing when the clause says `分别` with no list before it; `None`
/// when it does not say `分别`.
fn distributed(text: &str, clause: usize, lead: usize, skips: &[(usize, usize)]) -> Option<Vec<String>> {
    let head = text.get(clause..lead)?;
    let at = words::rfind(head, "分别")?;
    let items = list_items(&head[..at]);
    if items.len() < 2 {
        return Some(Vec::new());
    }
    let start_of_item = |item: &str| item.as_ptr() as usize - text.as_ptr() as usize;
    let span = |item: &str| subject::before(text, start_of_item(item), start_of_item(item) + item.len(), skips).to_string();
    // `该县将甲和乙…`: the list starts after a disposal or object marker
    let marker = items[0].char_indices().rev().find(|&(_, c)| matches!(c, '将' | '把' | '对' | '使'));
    let first = marker.map_or(items[0], |(k, c)| &items[0][k + c.len_utf8()..]);
    let first = span(first);
    let rest: Vec<String> = items[1..].iter().map(|s| span(s)).collect();
    let chars = |s: &String| s.chars().count();
    let longest = rest.iter().map(chars).max().unwrap_or(0);
    let shortest = rest.iter().map(chars).min().unwrap_or(0);
    // `农村低保和特困人员生活标准`: two nouns of unequal length joined by `和` may share the
    // head noun of the second; only a `、` list or parallel items are handed out
    if !head[..at].contains('、') && (chars(&first).min(longest) * 2 < chars(&first).max(longest) || shortest == 0) {
        return None;
    }
    // list items are parallel: a first item far longer than the others carries the words
    // that lead into the list (`全县种植花椒`), so it keeps as many characters as they have
    let first = if chars(&first) > 2 * longest { subject::keep_last(&first, longest).to_string() } else { first };
    let mut items: Vec<String> = std::iter::once(first).chain(rest).collect();
    share_head(&mut items);
    Some(items)
}

/// Last characters of a noun that names a measure (`户数`, `金额`, `产量`, `覆盖率`, `面积`).
const MEASURE_ENDS: [char; 6] = ['数', '额', '量', '率', '积', '值'];

/// `城镇、农村常住居民人均可支配收入`, `脱贫户、监测户人均纯收入`: items of one length before a
/// last one as long and a head noun after it share that head (`城镇常住居民人均可支配收入`).
/// Items of other lengths (`茶叶、中药材种植面积`) are left as they are: where the head opens is
/// not told.
fn share_head(items: &mut [String]) {
    let Some((last, others)) = items.split_last_mut() else { return };
    let n = others.first().map_or(0, |f| f.chars().count());
    // (`户数、贷款金额`: an item that names a measure of its own is whole)
    if n == 0 || others.iter().any(|o| o.chars().count() != n || o.ends_with(MEASURE_ENDS)) {
        return;
    }
    let Some((k, _)) = last.char_indices().nth(n) else { return };
    let head = &last[k..];
    if head.chars().nth(1).is_none() {
        return;
    }
    // the head opens where a word does (`农村|常住居民…`, not `中药|材种植面积`), or inside the
    // item's first word when its rest is a word of its own (`农村居民`: `居民`)
    let opens_word = crate::keyword::shared_jieba().cut(last, false).iter().any(|w| {
        w.byte_end == k || w.byte_start == 0 && k < w.byte_end && last[k..w.byte_end].chars().nth(1).is_some()
    });
    if !opens_word {
        return;
    }
    for o in others {
        o.push_str(head);
    }
}

/// `竣工率、验收率和入住率` → its items.
fn list_items(s: &str) -> Vec<&str> {
    s.split(['、', '和', '及']).map(str::trim).filter(|x| !x.is_empty()).collect()
}

/// Chooses between the phrase before a quantity and the noun after it (see [`subject`]).
fn pick<'t>(kind: Kind, before: Cow<'t, str>, after: Option<(&'t str, bool)>) -> Cow<'t, str> {
    let Some((after, de)) = after else { return before };
    let take_after = before.is_empty()
        || match kind {
            Kind::Money | Kind::Ratio => de || subject::is_money_noun(after),
            Kind::Count | Kind::Rank => !de,
            // `60平方米的新房`, `300亩的茶园`: a measure joined by `的` measures the noun after it,
            // unless a noun of what is measured stands right before it (`年储存能力5000吨的冷库`)
            Kind::Measure => !MEASURED_NOUNS.iter().any(|w| before.ends_with(w)),
            Kind::Age => true,
        };
    if take_after {
        Cow::Borrowed(after)
    } else {
        before
    }
}

/// Nouns of what a measure measures (`年储存能力5000吨的冷库`, `建筑面积2650平方米的厂房`):
/// before a measure they name it, whatever follows.
const MEASURED_NOUNS: [&str; 7] = ["能力", "面积", "规模", "容量", "库容", "长度", "总长"];

/// The last character of a quantity's printed unit (`户` of `800余户左右`).
fn classifier(text: &str, r: &Raw) -> Option<char> {
    let printed = text.get(r.start..r.end)?;
    let printed = printed.strip_suffix("左右").or_else(|| printed.strip_suffix("上下")).unwrap_or(printed);
    printed.chars().next_back()
}

/// Verbs of handing out money: what follows one at the end of a clause is what a rate in the
/// next clause is paid in.
const HANDING_OUT: [&str; 7] = ["发放", "提供", "给予", "补助", "兑付", "拨付", "筹集"];

/// What the clause ending right before `clause` hands out (`发放小额信贷` → `小额信贷`), when
/// it ends in one of [`HANDING_OUT`] and a short noun.
fn handed_out<'t>(text: &'t str, starts: &Starts, clause: usize) -> Option<&'t str> {
    let end = text[..clause].char_indices().next_back().filter(|&(_, c)| c == '，' || c == ',')?.0;
    let previous = &text[starts.clause(end)..end];
    // the last verb, unless one character is all it leaves: then it is part of the noun
    // (`拨付救灾补助金`) and the verb before it hands out; a clause that ends on the verb
    // (`给予补助`) names nothing handed out
    let what = HANDING_OUT
        .iter()
        .filter_map(|v| words::rfind(previous, v).map(|k| &previous[k + v.len()..]))
        .filter(|what| what.chars().nth(1).is_some() || what.is_empty())
        .min_by_key(|what| what.len())?;
    (2..=8).contains(&what.chars().count()).then_some(what)
}

/// Bytes before a figure read for the `由`/`从` that opens its change.
const CHANGE_REACH: usize = 360;

/// Both ends of `X由A提高到B` are quantities of X: the subject is what stands before `由`/`从`.
fn change_subject<'t>(text: &'t str, starts: &Starts, lead: usize, skips: &[(usize, usize)], floor: impl Fn(usize) -> usize) -> Option<&'t str> {
    // bounded: a clause run on without a mark for a whole paragraph is no change's clause
    let clause = starts.clause(lead).max(floor_boundary(text, lead.saturating_sub(CHANGE_REACH)));
    // each word sought back from the figure by its last byte, a vector search, where a search
    // for either character decoded the clause character by character
    let before = &text[clause..lead];
    let opener = clause + [words::rfind(before, "由"), words::rfind(before, "从")].into_iter().flatten().max()?;
    let end = text[lead..].find(is_clause_end).map_or(text.len(), |k| lead + k);
    let span = &text[opener..end];
    // `由500亩发展到1.8万亩`: growing to a size is a change too, as in `change::direction_word`
    let verb = words::contains_any(span, &crate::change::UP)
        || words::contains_any(span, &crate::change::DOWN)
        || words::contains(span, "发展到");
    if !verb {
        return None;
    }
    let s = subject::before(text, clause.max(floor(opener)), opener, skips);
    if !s.is_empty() {
        return Some(s);
    }
    (opener == clause).then(|| subject::of_clause_before(text, starts, opener, skips, floor)).flatten()
}

/// Verbs of handing out what a standard sets the amount of.
const GIVING_VERBS: [&str; 6] = ["给予", "发放", "兑现", "落实", "提供", "进行"];

/// `按每人每月200元标准给予稳岗补贴`: an amount set as the standard of what is then handed out
/// (from `tail`, where the amount ends, up to `limit`) is the amount of that.
fn given_at_standard(text: &str, tail: usize, limit: usize) -> Option<&str> {
    let rest = text.get(tail..limit)?;
    let rest = rest.strip_prefix('的').unwrap_or(rest).strip_prefix("标准")?;
    let rest = GIVING_VERBS.iter().find_map(|v| rest.strip_prefix(v))?;
    let what = &rest[..rest.find(|c: char| is_clause_end(c) || c == '。').unwrap_or(rest.len())];
    (2..=10).contains(&what.chars().count()).then_some(what)
}

/// Where the phrase before `at` may start at the earliest: after the last quantity before it
/// (`earlier`, with their subjects `named`), and after that quantity's own noun when it took
/// the noun after it (`28个乡镇的贫困群众4068户`, `96个村、2.4万户`).
fn floor(text: &str, earlier: &[Raw], named: &[String], at: usize) -> usize {
    let j = earlier.iter().rposition(|r| r.tail <= at);
    let Some(j) = j else { return 0 };
    let from = earlier[j].tail;
    // `超过50万元的村达到14个`: a bound amount that picks out the noun after it stays with it
    if earlier[j].is_bound() && text[from..at].starts_with('的') {
        return earlier[j].lead;
    }
    // a noun that ran right up to this quantity (`459个行政村覆盖率100%`) is shared with it
    match text[from..at].strip_prefix(named[j].as_str()).filter(|rest| !named[j].is_empty() && !rest.is_empty()) {
        Some(rest) => at - rest.trim_start_matches(['的', '、']).len(),
        None => from,
    }
}

/// Whether two neighbouring quantities form one list: joined by `、`, by nothing when of one
/// kind, by `和` when of one unit, or by a comma when a count of households meets one of persons.
fn joined(text: &str, a: &Raw, b: &Raw) -> bool {
    if a.start == b.start {
        return true;
    }
    match crate::page::trim(text.get(a.tail..b.lead).unwrap_or("-")) {
        "、" => true,
        "" => a.kind == b.kind,
        "和" | "及" => a.unit == b.unit,
        "，" => a.unit != b.unit && a.kind == Kind::Count && b.kind == Kind::Count,
        _ => false,
    }
}

/// Units of time a column may name (`生育期（天）`): its cells are durations, no facts.
const DURATION_UNITS: [&str; 8] = ["天", "日", "年", "个月", "月", "周", "小时", "分钟"];

/// What a line of a table printed one cell per line ([`table::cell_lines`]) is.
enum CellRole<'t> {
    /// A column's name or a row's label.
    Frame,
    /// A bare figure under a column naming its unit (`59.9` under `价格（元）`).
    Figure { unit: &'t str, subject: String },
    /// A cell with a unit of its own (`5斤/箱` under `规格`), read as any text is.
    Words { subject: String },
}

/// The role of each line of the tables among `texts` printed one cell per line, by the line's
/// index. A cell's subject is its row's label and its column's name (`炎陵黄桃价格`).
fn cell_line_roles<'t>(texts: &'t [Cow<'_, Paragraph>]) -> std::collections::HashMap<usize, CellRole<'t>> {
    let mut roles = std::collections::HashMap::new();
    for t in table::cell_lines(texts.len(), |i| texts[i].text.as_str()) {
        let names: Vec<(&str, Option<&str>)> = (t.start..t.start + t.columns).map(|i| table::column_unit(texts[i].text.trim())).collect();
        for i in t.start..t.start + t.columns {
            roles.insert(i, CellRole::Frame);
        }
        for r in 1..=t.rows {
            let at = t.start + t.columns * r;
            let label = texts[at].text.trim();
            roles.insert(at, CellRole::Frame);
            for (c, &(name, unit)) in names.iter().enumerate().skip(1) {
                let subject = format!("{label}{name}");
                let role = match unit {
                    // a column of durations (`生育期（天）`) counts no quantity (RECORDS.md)
                    Some(unit) if DURATION_UNITS.contains(&unit) => CellRole::Frame,
                    Some(unit) => CellRole::Figure { unit, subject },
                    None => CellRole::Words { subject },
                };
                roles.insert(at + c, role);
            }
        }
    }
    roles
}

/// Longest line read as a table's caption, in characters.
const MAX_CAPTION_CHARS: usize = 40;

/// How many cells a table's header has, its columns that name a unit, each with the unit's
/// canonical form and multiplier (`万元` → `元`, 10000), and the year its caption names.
/// A header of unit columns: how many cells, its unit columns with their canonical unit and
/// factor, the year its caption dates it to, and its column of persons, if any.
type UnitColumns = (usize, Vec<(table::UnitColumn, &'static str, f64)>, Option<i32>, Option<usize>);

/// `省级龙头企业6家、市级18家`, `国家级龙头企业2家、省级9家`: a list of counts by level that
/// prints the noun they share once, with the first. A subject that is such a level alone
/// (right after a `、`) takes the noun after the level of the count before: `市级龙头企业`.
fn elided_nouns(p: &Paragraph, facts: &mut [Fact]) {
    let text = p.text.as_str();
    for i in 1..facts.len() {
        let level = facts[i].subject.as_str();
        if !level.ends_with('级') || level.chars().count() > MAX_LEVEL_CHARS || !level.chars().all(crate::charset::is_han) {
            continue;
        }
        let before = p.text_offset(facts[i].span.start).map_or("", |at| &text[..at]);
        if !before.strip_suffix(level).is_some_and(|b| b.ends_with('、')) {
            continue;
        }
        // (`省级以上…企业11家、市级38家`: the range of levels is the first one's own)
        let noun = facts[i - 1].subject.split_once('级').map(|(_, noun)| noun.trim_start_matches("以上")).filter(|n| n.chars().nth(1).is_some());
        if let Some(noun) = noun {
            facts[i].subject = format!("{level}{noun}");
        }
    }
}

/// Longest level read before an elided noun (`国家级`), in characters.
const MAX_LEVEL_CHARS: usize = 3;

/// Words that name what of a counted thing an amount measures when they follow its count
/// (`订单1.62万件、金额238.6万元`). (`产值` and `销售额` follow an output as often: `茶叶产量
/// 18万吨、产值38.6亿元` is the tea's output value, not its output's.)
const ATTRIBUTE_WORDS: [&str; 1] = ["金额"];

/// `宁波企业订单1.62万件、金额238.6万元`: an amount whose subject is only an attribute, right
/// after a count with a subject of its own (a `、` or a comma between), is that thing's
/// attribute: `宁波企业订单金额`.
fn attributes_of_the_count_before(p: &Paragraph, facts: &mut [Fact]) {
    for k in 1..facts.len() {
        if !ATTRIBUTE_WORDS.contains(&facts[k].subject.as_str()) || facts[k - 1].subject.is_empty() || ATTRIBUTE_WORDS.contains(&facts[k - 1].subject.as_str()) {
            continue;
        }
        let (Some(end), Some(start)) = (p.text_offset(facts[k - 1].span.end), p.text_offset(facts[k].span.start)) else { continue };
        let between = p.text.get(end..start).unwrap_or("");
        let attribute = between.strip_prefix(['、', '，', ',']).map(|r| r.trim_end_matches(['为', '达']));
        if attribute == Some(facts[k].subject.as_str()) {
            facts[k].subject = format!("{}{}", facts[k - 1].subject, facts[k].subject);
        }
    }
}

/// Whether `text` says `分别`, by one vector search set up once: `str::contains` set up its
/// searcher for every paragraph, twice (for the years and for the subjects).
fn says_respectively(text: &str) -> bool {
    static RESPECTIVELY: LazyLock<memchr::memmem::Finder<'static>> = LazyLock::new(|| memchr::memmem::Finder::new("分别"));
    RESPECTIVELY.find(text.as_bytes()).is_some()
}

/// `2021年、2022年、2023年全县光伏收益分别为2860万元、3015万元、3128万元`: years listed before
/// `分别` and as many figures after it, in the same sentence, pair off in order; the words
/// between the years and `分别` name what the figures are when nothing else did.
fn respective_years(p: &Paragraph, times: &[time::Found], facts: &mut [Fact]) {
    let text = p.text.as_str();
    // most paragraphs say no `分别`: one search clears them
    if facts.len() < 2 || !says_respectively(text) {
        return;
    }
    // the facts' places in the text, once: they are in text order, as the times are
    let at: Vec<Option<usize>> = facts.iter().map(|f| p.text_offset(f.span.start)).collect();
    for Respectively { word: k, sentence: start, figures } in respectively(text, &at) {
        let from = times.partition_point(|t| t.start < start);
        let to = times.partition_point(|t| t.end <= k);
        let listed: Vec<&time::Found> = times[from..to.max(from)].iter().filter(|t| t.years.is_some()).collect();
        // single years listed one after another (`2021年、2022年、2023年`): no range, and none
        // a comparison is made with (`与2022年相比,2023年…分别`)
        let single = listed.iter().all(|t| t.years.is_some_and(|(a, b)| a == b));
        let joined = listed.windows(2).all(|w| matches!(text[w[0].end..w[1].start].trim(), "、" | "和" | "与" | "及" | ","| "，"));
        let compared = listed.first().is_some_and(|t| ["相比", "较", "比"].iter().any(|w| text[t.start..k].contains(w)));
        if listed.len() < 2 || !single || !joined || compared {
            continue;
        }
        let figures: Vec<usize> = figures.collect();
        if listed.len() != figures.len() {
            continue;
        }
        let named = listed.last().map(|t| text[t.end..k].trim_matches(|c: char| !c.is_alphanumeric()));
        for (&i, t) in figures.iter().zip(&listed) {
            facts[i].year = t.years.map(|y| y.0);
            if let Some(name) = named.filter(|n| !n.is_empty() && facts[i].subject.is_empty()) {
                facts[i].subject = name.to_string();
            }
        }
    }
}

/// Bytes before `分别` read for the years it pairs figures with, and characters after it read
/// for its figures.
const MAX_RESPECTIVE_REACH: usize = 300;

/// One `分别` of a paragraph: where it stands, where its sentence starts (within
/// [`MAX_RESPECTIVE_REACH`] before it), and the facts in the clause after it, by index.
struct Respectively {
    word: usize,
    sentence: usize,
    figures: std::ops::Range<usize>,
}

/// Every `分别` of paragraph text `text` with the figures after it; `at` are the places in the
/// text of the paragraph's facts, in text order.
fn respectively<'a>(text: &'a str, at: &'a [Option<usize>]) -> impl Iterator<Item = Respectively> + 'a {
    text.match_indices("分别")
        .map(move |(k, _)| {
            let window = floor_boundary(text, k.saturating_sub(MAX_RESPECTIVE_REACH));
            let sentence = window + start_of(&text[window..k], k - window, is_sentence_end);
            // the figures stand in the clause after `分别`, set apart by `、`
            let after = crate::term::head_chars(&text[k..], MAX_RESPECTIVE_REACH);
            let end = k + after.find(is_clause_end).unwrap_or(after.len());
            let first = at.partition_point(|a| a.is_none_or(|a| a <= k));
            let last = first + at[first..].iter().take_while(|a| a.is_some_and(|a| a < end)).count();
            Respectively { word: k, sentence, figures: first..last }
        })
}

/// Longest verb between `分别` and its figures (`分别增长`, `分别达到`), in characters.
const MAX_RESPECTIVE_VERB_CHARS: usize = 4;

/// `接待游客526.4万人次、实现旅游综合收入38.7亿元,分别增长12.5%和10.9%`: as many figures after
/// `分别` as were counted just before it, in the same sentence, measure the same things in turn;
/// each takes the subject of its own with the verb (`接待游客增长`), where it was read as `分别…`.
fn respective_subjects(p: &Paragraph, facts: &mut [Fact]) {
    let text = p.text.as_str();
    if facts.len() < 4 || !says_respectively(text) {
        return;
    }
    let at: Vec<Option<usize>> = facts.iter().map(|f| p.text_offset(f.span.start)).collect();
    for Respectively { sentence, figures, .. } in respectively(text, &at) {
        let (first_fig, n) = (figures.start, figures.len());
        if n < 2 || first_fig < n || !facts[first_fig].subject.starts_with("分别") {
            continue;
        }
        // the counted figures stand shortly before, in the same sentence
        let counted = first_fig - n..first_fig;
        if !counted.clone().all(|i| at[i].is_some_and(|a| a >= sentence)) {
            continue;
        }
        let verb = facts[first_fig].subject["分别".len()..].to_string();
        if verb.chars().nth(MAX_RESPECTIVE_VERB_CHARS).is_some() {
            continue;
        }
        for (i, c) in figures.into_iter().zip(counted) {
            facts[i].subject = format!("{}{verb}", facts[c].subject);
        }
    }
}

/// Words a headline names a year's summary or report by (`2024年…这一年` over a box of the
/// year's figures, `2024年终盘点`), or a public list of one year's figures (`…2024年…捐赠公示`).
const SUMMARY_WORDS: [&str; 16] =
    ["工作总结", "工作情况", "工作报告", "年度报告", "成绩单", "统计公报", "这一年", "盘点", "述职报告", "履职报告", "调查结果", "评估结果", "公示",
    // an inspection's findings and a catalogue or list of a year (`2024年第二季度…督查情况的通报`,
    // `2024年度第二批消费帮扶产品目录`)
    "督查情况", "产品目录", "名单"];

/// Words between a count and the amount it tallies (`8笔，计826680.50元`, `12笔，金额3.6万元`),
/// or none (`62户296万元`).
const TALLY_WORDS: [&str; 7] = ["", "计", "共计", "合计", "金额", "共", "价值"];

/// What joins two years into a span (`2023年和2024年`, `2021—2023年`).
const YEAR_JOINS: [&str; 7] = ["和", "、", "至", "—", "-", "及", "与"];

/// Words of a total that open its line before its figure (`合计：…`, `小计 …`) or its row.
pub(crate) const TOTAL_WORDS: [&str; 3] = ["合计", "总计", "小计"];

/// Longest subject joined from two phrases: a growth rate's that names what grew
/// (`农村居民人均可支配收入增长`), a count's that names the age of whom it counts
/// (`60岁及以上人口`).
const MAX_JOINED_SUBJECT_CHARS: usize = 12;

/// What a growth rate may be compared with before its verb (`同比增长`, `比上年下降`).
const COMPARED_WITH: [&str; 7] = ["同比", "比上年末", "比上年", "较上年", "比去年", "较去年", "环比"];

/// Whether `s` is a bare verb of change, with what it compares with before it (`同比增长`,
/// `比上年下降`, `增长`).
fn compared_verb(s: &str) -> bool {
    let verb = COMPARED_WITH.iter().find_map(|w| s.strip_prefix(w)).unwrap_or(s);
    crate::change::UP.contains(&verb) || crate::change::DOWN.contains(&verb)
}

/// Whether a figure follows a verb of growth or decline (`增长8%`, `下降`).
fn grew_by(before: &str) -> bool {
    crate::change::UP.iter().chain(crate::change::DOWN.iter()).any(|w| before.ends_with(w))
}

/// A noun an amount of money measures: an income, a value, a fund (`人均纯收入`, `产值`).
fn is_amount_noun(noun: &str) -> bool {
    noun.chars().nth(1).is_some() && MEASURED_AMOUNTS.iter().chain(&["资金", "销售额", "金额", "总额"]).any(|w| noun.ends_with(w))
}

/// The part of `noun` that joins `verb` within [`MAX_JOINED_SUBJECT_CHARS`]: the whole noun, or
/// for a per-head figure whose whole is longer, the figure from `人均` on (`脱贫人口人均纯收入`
/// grows as `人均纯收入同比增长`: who earns it is in the level's own subject), else nothing.
/// Only a rate that names what it compares with (`同比`, `较上年`) takes the shorter head: a
/// bare `增长` right after the level reads plainly as that level's growth.
fn within_join<'a>(noun: &'a str, verb: &str) -> &'a str {
    let fits = |s: &str| s.chars().count() + verb.chars().count() <= MAX_JOINED_SUBJECT_CHARS;
    let compared = COMPARED_WITH.iter().any(|w| verb.starts_with(w));
    match noun.find("人均").filter(|_| compared).map(|at| &noun[at..]) {
        _ if fits(noun) => noun,
        Some(head) if fits(head) => head,
        _ => "",
    }
}

/// Words that open a whole's subject with the place it is of (`全县粮食播种面积`).
const SCOPES: [&str; 8] = ["全县", "全市", "全区", "全省", "全州", "全镇", "全乡", "全村"];

/// Whether a clause is only a comparison (`比上年增加`, `较2024年度提高`; a ratio's is only the
/// time it compares with, `比2021年`, `比搬迁前`, before `翻了一番`): a short run opened by `比`
/// or `较`, with no stop inside.
fn is_comparison(words: &str, ratio: bool) -> bool {
    words.starts_with(['比', '较'])
        && words.chars().nth(10).is_none()
        && !words.contains(is_clause_end)
        && if ratio { words.ends_with(['年', '前']) } else { grew_by(words) }
}

/// What a figure's subject says grew, without the verb that brought it to its level
/// (`风险消除率提高到` → `风险消除率`) or the comparison it was measured by (`务工规模较去年同期
/// 增加` → `务工规模`); empty when the subject is only a comparison (`较去年同期增加`).
fn what_grew(subject: &str) -> &str {
    // the comparison opens at its first word (`同比`, `环比` before their `比`). Every word of
    // `COMPARED_WITH` opens with `较` or `比` but those two, so the first `较` or `比` finds it,
    // a character earlier after `同` or `环`: one search where a search per word set up a
    // searcher seven times a call.
    let cut = subject.find(['较', '比']).map(|at| {
        let paired = subject[at..].starts_with('比') && subject[..at].ends_with(['同', '环']);
        if paired {
            at - '同'.len_utf8()
        } else {
            at
        }
    });
    let s = &subject[..cut.unwrap_or(subject.len())];
    let s = ["达到", "到", "至", "为", "达"].iter().find_map(|w| s.strip_suffix(w)).unwrap_or(s);
    crate::change::UP.iter().chain(crate::change::DOWN.iter()).find_map(|w| s.strip_suffix(w)).unwrap_or(s)
}

/// Whether the text from `from` to `to` is a comma and a short run of words with no stop: the
/// clause right after a figure (`,同比增长`).
fn follows_in_next_clause(text: &str, from: usize, to: usize) -> bool {
    let clause = text.get(from..to).and_then(|between| between.strip_prefix([',', '，']));
    clause.is_some_and(|words| words.chars().nth(8).is_none() && !words.contains(|c: char| is_clause_end(c) || c.is_ascii_digit()))
}

/// Columns of a table that hold the figures of the year before the one it reports (its other
/// columns, `当年`, `本年`, are of the table's year).
const LAST_YEAR_COLUMNS: [&str; 4] = ["上年", "上年同期", "上年度", "去年同期"];

/// The year of a year's summary (`临潭县2023年巩固…工作总结`): a headline that names one year
/// and says it sums that year up.
fn summary_year(ctx: &ArticleContext) -> Option<i32> {
    let title = ctx.article.title.as_deref()?;
    // `年报` only closing the title: `2023年报名参加…` is no report
    // one vector search for the words, set up once, where each set up its own
    static SEARCH: LazyLock<Option<aho_corasick::packed::Searcher>> =
        LazyLock::new(|| aho_corasick::packed::Searcher::new(SUMMARY_WORDS));
    let summary = words::contains_any_packed(title, &SUMMARY_WORDS, &SEARCH);
    // `2024年度某县十大新闻揭晓`: a year's review names the year it looks back on (a notice
    // on a year's scheme, `关于开展2024年度产业奖补的通知`, looks ahead)
    let notice = || title.starts_with("关于") || ["通知", "公告", "通告", "方案", "办法", "意见", "细则"].iter().any(|e| title.trim_end().ends_with(e));
    // (`年` sought as a character, by a byte search, and `度` after it: a search for `年度`
    // built a searcher for every title)
    let of_year = || {
        title.match_indices('年').any(|(at, _)| title[at + '年'.len_utf8()..].starts_with('度') && at >= 4 && title.as_bytes()[at - 4..at].iter().all(u8::is_ascii_digit))
            && !notice()
    };
    if !summary && !title.trim_end().ends_with("年报") && !of_year() {
        return None;
    }
    let times = time::scan(title, ctx.reference_date);
    let mut years = times.iter().filter_map(|t| t.years);
    match (years.next(), years.next()) {
        (Some(y), None) if y.0 == y.1 => Some(y.0),
        // `2024年工作总结和2025年工作打算`: the year just before the summary's word is the one it
        // sums up (the plan's year heads its own section)
        (Some(_), Some(_)) => {
            // `2023年和2024年…项目的公示`: two years joined name a span, no year summed up
            let joined = times.windows(2).any(|w| w[0].years.is_some() && w[1].years.is_some() && YEAR_JOINS.contains(&title.get(w[0].end..w[1].start).unwrap_or("-")));
            if joined {
                return None;
            }
            let word = SUMMARY_WORDS.iter().filter_map(|w| title.find(w)).min()?;
            let summed = times.iter().filter(|t| t.end <= word).filter_map(|t| t.years).next_back()?;
            (summed.0 == summed.1).then_some(summed.0)
        }
        // `政府工作报告` with no year: a government reports early in a year on the year before
        (None, None) if title.contains(GOVERNMENT_REPORT) => ctx.reference_date.map(|d| d.year - 1),
        _ => None,
    }
}

/// The heads a yearbook's chapter opens with.
const OVERVIEW_HEADS: [&str; 3] = ["概况", "综述", "基本情况"];

/// The year of a yearbook's chapter (`乡村振兴` over `【概况】` / `2023年，某县…`): a text of
/// entries under bracketed heads, the first of which opens with a year, sums that year up, and
/// its undated figures (`全年…`, `年末…`) are of it.
fn entries_year(ctx: &ArticleContext) -> Option<i32> {
    let paras = &ctx.article.paragraphs;
    let entry = crate::page::is_entry_head;
    // a yearbook's chapter opens with its overview (`【概况】`): a feature's parts under
    // bracketed heads (`【产业篇】` / `2016年，某村还是贫困村…`) may open on a year long past
    let overview = |t: &str| OVERVIEW_HEADS.iter().any(|h| t.trim().trim_matches(['【', '】']) == *h);
    if !paras.first().is_some_and(|p| entry(&p.text) && overview(&p.text)) || paras.iter().filter(|p| entry(&p.text)).nth(1).is_none() {
        return None;
    }
    let opening = paras.get(1)?.text.trim_start();
    let digits = opening.get(..4).filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?;
    opening[4..].starts_with('年').then(|| digits.parse().ok()).flatten()
}

/// The title of a government's yearly report to its people's congress.
const GOVERNMENT_REPORT: &str = "政府工作报告";

/// Years named from the time of writing.
const RELATIVE_YEARS: [&str; 4] = ["去年", "前年", "明年", "后年"];

/// Whether `text` names one of the [`RELATIVE_YEARS`]. Each is a character and `年`: one search
/// for `年` and a look at the character before it serves all four, where a search for each
/// read the text four times.
fn names_relative_year(text: &str) -> bool {
    static YEAR: std::sync::LazyLock<memchr::memmem::Finder<'static>> = std::sync::LazyLock::new(|| memchr::memmem::Finder::new("年"));
    let b = text.as_bytes();
    YEAR.find_iter(b).any(|at| RELATIVE_YEARS.iter().any(|w| b[..at + "年".len()].ends_with(w.as_bytes())))
}

/// The one year the last sentence of `text` names when that sentence leads into a list
/// (`…成效明显。2024年部分村情况如下：`); a year it compares with dates nothing.
fn lead_in_year(text: &str, times: &[time::Found]) -> Option<i32> {
    let text = crate::page::trim_end(text);
    let body = text.strip_suffix([':', '：'])?;
    let opening = crate::charset::rfind_mark(body, |c| FULL_STOPS.contains(&c)).map_or(0, |k| k + body[k..].chars().next().map_or(1, char::len_utf8));
    let mut years = times.iter().filter(|t| t.start >= opening && t.end <= body.len() && !is_base_year(text, t)).filter_map(|t| t.years);
    let (first, _) = years.next()?;
    years.all(|(y, _)| y == first).then_some(first)
}

/// Whether `text` opens as an item of a list: a number and its mark (`1．`, `２、`, `（三）`,
/// `③`) or a bullet.
fn opens_list_item(text: &str) -> bool {
    let t = text.trim_start_matches([' ', '\u{3000}']);
    let numbered = crate::charset::item_number(t).is_some_and(|(mark, _)| matches!(mark, '.' | '．' | '、' | ')' | '）'));
    let bracketed = t.starts_with(['（', '(']) && t.chars().skip(1).take(3).any(|c| matches!(c, '）' | ')'));
    // (`一是…`, `二是…`: a list's items told in words)
    let mut chars = t.chars();
    let told = matches!((chars.next(), chars.next()), (Some(n), Some('是')) if crate::numeral::chinese_digit(n).is_some_and(|d| d > 0) || n == '十');
    numbered || bracketed || told || t.starts_with(|c: char| ('①'..='⑳').contains(&c)) || t.starts_with(crate::page::ITEM_BULLETS)
}

/// Last month of a year in which a report opening on the year before (`2023年，…`) reads its
/// `全年` as that year's: the season of the year's reviews, speeches and reports.
const REVIEW_MONTHS: u32 = 3;

/// The year a text opens with, printed in figures before a comma (`2024年，全县…`).
fn opening_year(text: &str) -> Option<i32> {
    let t = text.trim_start_matches([' ', '\u{3000}']);
    let digits = t.get(..4).filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?;
    t[4..].strip_prefix('年')?.starts_with(['，', ',']).then(|| digits.parse().ok()).flatten()
}

/// `三、存在的问题`: a head numbered in Chinese numerals and a `、`, the first level of a report.
fn opens_first_level(text: &str) -> bool {
    let t = text.trim_start();
    let numeral = t.chars().take_while(|&c| crate::numeral::chinese_digit(c).is_some() || c == '十').count();
    numeral > 0 && t.chars().nth(numeral) == Some('、')
}

/// Longest line read as a section's head.
const MAX_SECTION_HEAD_CHARS: usize = 30;

/// `三、2024年工作打算`: a short line that ends no sentence and is no row of a table.
fn is_section_head(text: &str) -> bool {
    crate::term::head_chars(text, MAX_SECTION_HEAD_CHARS + 1).chars().count() <= MAX_SECTION_HEAD_CHARS
        && !text.contains(['。', '，', ',', '|', '｜', '\t'])
        && !text.contains("  ")
}

/// Most lines of a box of figures read back to its caption.
const MAX_BOX_LINES: usize = 24;

/// Longest line of a box read as a figure's label (`直接投入帮扶资金`), in characters.
const MAX_BOX_LABEL_CHARS: usize = 20;

/// The years a box's caption names (`2024年　某大学定点帮扶某县` over `2180万元` / `直接投入帮扶
/// 资金` …, first and last: `2023年—2024年` names two): the short line right above the box's
/// lines of figures and labels, from line `k` back, opening with a year.
fn box_caption_years(texts: &[Cow<'_, Paragraph>], k: usize, reference: Option<crate::model::Date>) -> Option<(i32, i32)> {
    let boxed = |t: &str| {
        table::lone_figure(t) || t.chars().nth(MAX_BOX_LABEL_CHARS).is_none() && !t.contains(['。', '，', '：']) && !t.bytes().any(|b| b.is_ascii_digit())
    };
    let mut j = k;
    while j > 0 && k - j < MAX_BOX_LINES && boxed(&texts[j - 1].text) {
        j -= 1;
    }
    let caption = texts.get(j.checked_sub(1)?)?.text.as_str();
    // (a figure's label naming a year, `52.86亿元` / `2016年以来累计形成帮扶项目资产`, is none: the
    // caption stands over a figure, under none)
    let over_figure = texts.get(j).is_some_and(|t| table::lone_figure(&t.text));
    let under_figure = j >= 2 && table::lone_figure(&texts[j - 2].text);
    let short = caption.chars().nth(MAX_CAPTION_CHARS).is_none() && !caption.contains('。') && over_figure && !under_figure;
    let digits = caption.bytes().take_while(u8::is_ascii_digit).count();
    let opens_with_year = digits == 4 && caption[digits..].starts_with('年');
    (short && opens_with_year).then(|| time::scan(caption, reference).into_iter().find_map(|t| t.years)).flatten()
}

/// The year the article's headline names (`“成绩单”(2023年1—11月)`), if it names one.
fn headline_year(ctx: &ArticleContext) -> Option<i32> {
    let headline = ctx.headline()?;
    time::scan(&headline.text, ctx.reference_date).iter().find_map(|t| t.years).map(|y| y.0)
}

/// Most characters between a level and the earlier level it is compared with (`,较2021年的`).
pub(crate) const COMPARED_GAP_CHARS: usize = 12;

/// `,较2021年的`, `,比上年的`: what stands between a level and the earlier level of the same
/// thing it is compared with.
fn compares_with_earlier_level(between: &str) -> bool {
    let t = between.trim_start_matches([',', '，']);
    t.starts_with(['较', '比'])
        && t.ends_with('的')
        && t.chars().nth(COMPARED_GAP_CHARS).is_none()
        && (t.contains('年') || t.contains("同期"))
}

/// Dates the figures of a row under a caption that pairs two years (`种植面积 38万亩/42万亩`
/// under `(2020年/2022年)`): of two facts joined by a slash, the first takes the earlier year
/// and the second the later, unless the row dates them itself. False when the row pairs none.
fn date_pairs(input: &str, facts: &mut [Fact], (earlier, later): (i32, i32)) -> bool {
    let mut any = false;
    for k in 1..facts.len() {
        let (a, b) = (&facts[k - 1], &facts[k]);
        if !input.get(a.span.end..b.span.start).is_some_and(table::is_pair_slash) {
            continue;
        }
        any = true;
        for (f, year) in [(k - 1, earlier), (k, later)] {
            facts[f].year.get_or_insert(year);
        }
    }
    any
}

/// What may stand before a year that dates its whole sentence (`截至2017年底，…`).
const TEMPORAL_HEADS: [&str; 8] = ["", "自", "从", "截至", "截止", "到", "在", "于"];

/// The year (or span of years) a quantity at `pos` is dated to: the nearest year before it in
/// its own clause, or else the last year that opens a clause of its sentence (`2017年8月，…，
/// 抽调干部18474名`), or else the last year of the sentence outside a prepositional phrase
/// (`实施2021年度项目9个，投入185万元`).
fn year_of(text: &str, starts: &Starts, pos: usize, times: &[time::Found]) -> Option<(i32, i32)> {
    let sentence = starts.sentence(pos);
    let clause = starts.clause(pos);
    // times are in text order: only those ending before `pos` and starting in the sentence
    let upto = times.partition_point(|t| t.end <= pos);
    // `由2014年的23.6%下降到2.1%`: the year of a change's first end does not date its second
    // `比2015年提高了3个百分点`: the base year of a comparison dates no quantity
    // `是2018年的4倍`: nor does the base year of a ratio
    // (`从2023年1月起，…由1800元提高到2100元`: a time things date from is no change's first end)
    let since = |t: &time::Found| ["起", "以来", "开始"].iter().any(|w| text[t.end..].starts_with(w));
    let not_dating = |t: &time::Found| {
        let head = &text[..t.start];
        head.ends_with(['比', '较'])
            || head.ends_with(['由', '从']) && !since(t) && crate::change::direction_word(&text[t.end..pos]).is_some()
            || (head.ends_with('是') || head.ends_with("相当于")) && text[t.end..].starts_with('的')
    };
    // `较2021年的6000元`: a year that owns the quantity right after it dates that quantity, even
    // as the base of a comparison (but `是2018年的4倍` is a ratio to that year's figure)
    let owner = times[..upto].last().filter(|t| {
        let head = &text[..t.start];
        &text[t.end..pos] == "的" && !head.ends_with('是') && !head.ends_with("相当于")
    });
    if let Some(years) = owner.and_then(|t| t.years) {
        return Some(years);
    }
    let dated = || {
        let recent = times[..upto].iter().rev().take(TIMES_BACK);
        recent.take_while(|t| t.start >= sentence).filter(|t| t.years.is_some() && !not_dating(t))
    };
    let opens_clause = |t: &time::Found| {
        let head = &text[starts.clause(t.start)..t.start];
        TEMPORAL_HEADS.contains(&head) && !text[t.end..].starts_with('的')
    };
    // a year inside a prepositional phrase (`按照2016年的标准`) dates only that phrase, but the
    // year a change reaches its end in (`增加到去年的1.13万元，增速…`) dates the sentence
    let plain = |t: &time::Found| {
        let head = &text[starts.clause(t.start)..t.start];
        !words::contains_any(head, &PREPOSITIONS) && (!text[t.end..].starts_with('的') || head.ends_with(['到', '至']))
    };
    dated()
        .find(|t| t.start >= clause)
        .or_else(|| dated().find(|t| opens_clause(t)))
        .or_else(|| dated().find(|t| plain(t)))
        .and_then(|t| t.years)
        .or_else(|| year_over_semicolons(text, sentence, times, upto, pos))
        .or_else(|| year_of_paragraph(text, sentence, times, pos))
}

/// The marks that end a sentence, short of a semicolon.
pub(crate) const FULL_STOPS: [char; 5] = ['。', '！', '？', '!', '?'];

/// Bytes before and after a paragraph's first year read for the ends of its sentence.
const PARAGRAPH_OPENING: usize = 600;
/// Most times a paragraph may name and still have one year.
const MAX_PARAGRAPH_TIMES: usize = 16;
/// Bytes before a figure read for a time word of its own sentence.
const OWN_TIME_REACH: usize = 300;


/// Words that give a sentence a time of its own, which a paragraph's year does not reach.
/// Whether `text` holds one of [`OWN_TIME_WORDS`]: one vector search for all of them, set up
/// once, where a substring search per word was set up sixteen times over the same stretch.
fn says_own_time(text: &str) -> bool {
    static SEARCH: LazyLock<Option<aho_corasick::packed::Searcher>> =
        LazyLock::new(|| aho_corasick::packed::Searcher::new(OWN_TIME_WORDS));
    words::contains_any_packed(text, &OWN_TIME_WORDS, &SEARCH)
}

const OWN_TIME_WORDS: [&str; 16] = [
    "目前", "截至", "截止", "今年", "去年", "近年", "此前", "以来", "如今", "现在", "当前", "眼下", "今天", "后来", "此后",
    // `当时全村…`: a past moment of a story's own
    "当时",
];

/// `6月8日,某市2024年二季度重点项目集中开工。此次开工项目32个,总投资186.5亿元。`: the one
/// year a paragraph names dates the figures of the sentences after the one naming it that name
/// no time of their own (the base year of a comparison is none). A paragraph naming two years
/// leaves them undated, and the sentences before the year stay so.
fn year_of_paragraph(text: &str, sentence: usize, times: &[time::Found], pos: usize) -> Option<(i32, i32)> {
    // bounded, as it may run for every figure of a paragraph: the year's sentence read for at
    // most PARAGRAPH_OPENING bytes, a handful of times, and the last stretch of the figure's
    // sentence
    if times.len() > MAX_PARAGRAPH_TIMES {
        return None;
    }
    let first = times.iter().find(|t| t.years.is_some())?;
    // the sentence that names the year: the first, or a later one when the sentences before it
    // name no time (`…明确责任人和整改时限。截至2024年6月30日,…。通过整改,已收回…`)
    // (both ends looked for within PARAGRAPH_OPENING bytes of the year, a word at a time: a
    // search to the paragraph's start for every figure made a long paragraph quadratic)
    let stop = |c: char| FULL_STOPS.contains(&c);
    let reach = &text[first.end..floor_boundary(text, first.end + PARAGRAPH_OPENING)];
    let first_end = first.end + crate::charset::find_mark(reach, stop)?;
    let back = floor_boundary(text, first.start.saturating_sub(PARAGRAPH_OPENING));
    let first_start = match crate::charset::rfind_mark(&text[back..first.start], stop) {
        Some(k) => back + k + text[back + k..].chars().next().map_or(1, char::len_utf8),
        None if back == 0 => 0,
        None => return None,
    };
    let head = &text[first_start..first.start];
    // a year printed in figures (`2023年`, `２０２３年`, `二〇二三年`), not said in words (`去年`)
    let printed = text[first.start..first.end].chars().any(|c| crate::charset::is_digit(c) || c == '〇');
    let dates = first.start < first_end
        && sentence > first_end
        && !text[first.end..].starts_with('的')
        && !head.ends_with(['比', '较', '由', '从'])
        // `按照2023年标准`: a year inside a phrase of reference dates nothing; a comparison after
        // a printed year (`2023年,…较上年提高`) leaves it the paragraph's, but one after a year
        // said in words (`去年,…同比增长`) reads as a sentence about that year alone
        && !words::contains_any(if printed { head } else { &text[first_start..first_end] }, &PREPOSITIONS);
    // `2023年,…。今年,我们将…`: the present year turning to plans after a year's results starts
    // a stretch of its own, and the figures before it keep the first year
    let later = |t: &time::Found| printed && t.start > pos && text[t.start..t.end].starts_with("今年");
    // `2023年,…。县级财政投入较2020年增长37.4%`, `人均纯收入由2020年的8915元增至14236元`: the
    // base year of a comparison or a change is no year of the paragraph's figures, nor a time
    // of a sentence's own
    let base = |t: &time::Found| is_base_year(text, t);
    // (a day or month left unresolved, `6月8日` with no date to read it by, may be of the
    // year; a year left so, `全年` with no year in view, is another time all the same)
    let unresolved_day = |t: &time::Found| t.years.is_none() && t.granularity != crate::model::Granularity::Year;
    let one_year = times.iter().all(|t| unresolved_day(t) || t.years == first.years || later(t) || base(t));
    // read last, and only when the year would date the figure: fifteen words are looked for
    let own_time = || {
        let near = floor_boundary(text, pos.saturating_sub(OWN_TIME_REACH)).max(sentence);
        times.iter().any(|t| (sentence..pos).contains(&t.start) && !base(t)) || says_own_time(&text[near..pos])
    };
    (dates && one_year && !own_time()).then_some(first.years).flatten()
}

/// Bytes after a year read for the verb of the change it starts (`由2020年的8915元增至…`).
const BASE_CHANGE_REACH: usize = 60;

/// Whether time `t` is the base of a comparison (`较2020年`, `比上年`) or the first end of a
/// change (`由2020年的8915元增至14236元`).
fn is_base_year(text: &str, t: &time::Found) -> bool {
    let head = &text[..t.start];
    let after = &text[t.end..floor_boundary(text, t.end + BASE_CHANGE_REACH)];
    let clause = &after[..after.find(is_clause_end).unwrap_or(after.len())];
    head.ends_with(['比', '较']) || head.ends_with(['由', '从']) && crate::change::direction_word(clause).is_some()
}

/// How far back, in bytes, a sentence's opening year is looked for across semicolons.
const SEMICOLON_REACH: usize = 600;

/// `2023年,全县…;新建日光温室1240座,…`: a year that opens a sentence dates the clauses its
/// semicolons set apart, where they name no year of their own. `sentence` is where the clause
/// of the quantity starts after the last semicolon; `times[..upto]` end before the quantity, at `pos`.
fn year_over_semicolons(text: &str, sentence: usize, times: &[time::Found], upto: usize, pos: usize) -> Option<(i32, i32)> {
    if !crate::page::trim_end(&text[..sentence]).ends_with([';', '；']) {
        return None;
    }
    // a clause with a time of its own (`；去年同期为7600元`, `；如今已发展到52家`; not the base of a
    // comparison, `；比去年底增加3.8万人`) is not the opening year's
    let clause = &text[sentence..pos];
    let own = says_own_time(clause)
        && OWN_TIME_WORDS.iter().any(|w| clause.match_indices(w).any(|(k, _)| !clause[..k].ends_with(['比', '较'])));
    if own {
        return None;
    }
    let from = ceil_boundary(text, sentence.saturating_sub(SEMICOLON_REACH));
    // (read a word at a time: a reach of hundreds of bytes, decoded character by character,
    // cost more than the rest of the quantity's reading)
    let opening = crate::charset::rfind_mark(&text[from..sentence], |c| FULL_STOPS.contains(&c))
        .map_or(if from == 0 { Some(0) } else { None }, |k| Some(from + k + text[from + k..].chars().next().map_or(0, char::len_utf8)))?;
    // the first time of that sentence, standing at its very start (`2020年至2022年,该县…`)
    let first = times[..upto].get(times[..upto].partition_point(|t| t.start < opening))?;
    let head = text[opening..first.start].trim();
    // (`据统计，今年全镇…`, `会议指出，今年…`: a short phrase saying where the figures come from
    // may come first; a clause after a semicolon with a time of its own is left alone above)
    let source = head.strip_suffix(['，', ',']).is_some_and(|h| h.chars().count() <= MAX_SOURCE_HEAD_CHARS && h.chars().all(crate::charset::is_han));
    (first.start < sentence && (head.is_empty() || TEMPORAL_HEADS.contains(&head) || source) && !text[first.end..].starts_with('的'))
        .then_some(first.years)
        .flatten()
}

/// Longest phrase before a sentence's opening year saying where its figures come from
/// (`据统计`, `会议指出`), in characters.
const MAX_SOURCE_HEAD_CHARS: usize = 5;

/// How many time expressions back a quantity looks for its year: a text with no sentence end
/// (a list run together, or noise) would otherwise have every quantity look at every time
/// before it.
const TIMES_BACK: usize = 32;

/// Prepositions whose phrase a year may sit in without dating the sentence.
const PREPOSITIONS: [&str; 8] = ["按照", "根据", "依据", "参照", "对照", "比", "较", "与"];

#[cfg(test)]
mod tests;
