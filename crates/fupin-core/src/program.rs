//! Programs: the sets of measures an article enumerates.
//!
//! Government news lays out its measures in a few fixed shapes, and this module reads each:
//!
//! * **lead phrases**: one measure per paragraph, the paragraph opening with a short subjectless
//!   sentence (`强化住房安全保障。该区…`), a dash (`——大力开展健康脱贫行动。…`), an ordinal
//!   (`一是…`, `二、…`) or a section heading. Consecutive leads that run in parallel (same
//!   opening verb or same head noun) or that are all imperative measure phrases form a program;
//! * **declared sets**: a Chinese numeral, a classifier and a head noun (`六道防线`, `十大行动`,
//!   `七把锁`, `四方面工作`). Its items are the list printed right before it
//!   (`精准识别认定、…和精准脱贫退出四方面工作`), the clauses after it in the same paragraph that
//!   end in its head (`五个行动,…实施城市风貌提升行动;…`), or the lead-phrase run that follows;
//! * **ordinals inside a paragraph**: `一是…;二是…;三是…`.
//!
//! A declared set whose page shows fewer distinct items than it announces is `complete: false`.

use crate::charset::is_han;
use crate::model::{Fact, Paragraph, Program, ProgramItem, Span};
use crate::numeral::{chinese_digit, chinese_int, chinese_unit};
use crate::quantity::words;
use crate::term::{head_chars, tail_chars};
use crate::time;
use crate::ArticleContext;
use aho_corasick::{packed, AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};
use memchr::memmem::Finder;
use std::sync::LazyLock;

/// Head nouns that make `numeral + classifier + …head` the name of a set of measures. Nouns of
/// things that are not measures (`渠道`, `收入`, `阶段`) are left out on purpose: `三种渠道` lists
/// channels, not actions.
const HEADS: &[&str] = &[
    "行动", "防线", "锁", "网", "工作", "工作法", "板块", "工程", "举措", "措施", "机制", "体系", "任务",
    "战役", "攻坚战", "计划", "重点", "行动计划", "专项行动", "活动", "攻坚", "提升行动", "服务",
    "保障线", "清单", "制度", "模式", "硬措施", "实招", "步骤", "工作机制", "专项整治", "整治",
    "治理", "原则", "事", "帮扶", "方面",
    // `《意见》共分为五个部分` over `一是…二是…`: the parts a text is laid out in
    "部分",
    // `算清“三笔账”` over `第一笔是收入账`
    "账",
];

/// Nouns of people after a head noun (`三类重点群体`, `两类重点人群`): the set counts groups of
/// people to help, not measures.
const PEOPLE_AFTER_HEAD: [&str; 8] = ["群体", "人群", "对象", "人员", "人口", "家庭", "农户", "户"];

/// Classifiers between the numeral and the head: `六道防线`, `十大行动`, `七把锁`, `十项行动`,
/// `五个行动`, `四方面工作`, `五步工作法`, `三条底线`, `四类`, `三件事`.
const CLASSIFIERS: &[&str] = &["大", "道", "把", "项", "个", "条", "方面", "步", "类", "种", "张", "件", "笔"];

/// Collective nouns a quoted name can use for a set with no count: `…社会扶贫“组合拳”`.
const SET_NOUNS: &[&str] = &["组合拳"];

/// The last character of every one of [`SET_NOUNS`]. The time scan notes where it stands in each
/// paragraph, and a quoted noun is looked for only there: the character is rare, and a search of
/// every paragraph for the nouns paid a searcher's start-up for each.
pub(crate) const SET_NOUN_END: char = '拳';
/// [`SET_NOUN_END`] as text, for the time scan's first characters.
pub(crate) const SET_NOUN_END_STR: &str = "拳";

/// The numeral characters every count from 2 to 20 holds at least one of: all but `一`, `壹`
/// (a run of these alone reads 1 or nothing) and the units from `百` up (100 and more). A
/// declared name can start only at one of them. All are numerals, which the time scan notes
/// where it passes them: they are read from its notes, not searched for again.
const COUNT_CHARS: [char; 23] = [
    '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '〇', '○', '零', 'Ｏ', '贰', '叁', '肆', '伍', '陆', '柒',
    '捌', '玖', '拾',
];

/// The index of `c` in [`COUNT_CHARS`], if it is one.
fn count_char(c: char) -> Option<usize> {
    if c.is_ascii() {
        return None;
    }
    COUNT_CHARS.iter().position(|&k| k == c)
}

/// Openings of imperative measure phrases: verbs and the adverbs that precede them. A lead that
/// starts with one reads as a measure (`办好民生领域实事`), not as narration (`数据无言`).
const LEAD_VERBS: &[&str] = &[
    "强化", "加强", "推进", "实施", "开展", "深化", "提升", "完善", "健全", "建立", "落实", "坚持",
    "聚焦", "狠抓", "着力", "促进", "大力", "全面", "深入", "持续", "严格", "压紧", "压实", "做好",
    "办好", "改善", "创新", "构建", "抓实", "抓好", "立足", "筑牢", "扎实", "突出", "优化", "培育",
    "发展", "壮大", "巩固", "拓展", "打造", "织密", "夯实", "提高", "增强", "推动", "加快", "强力",
    "精准", "规范", "守牢", "紧盯", "聚力", "激发", "用好", "抓住", "做实", "做优", "做强", "补齐",
    "防范", "确保", "注重", "统筹", "细化", "探索", "打好", "打赢", "建设", "实行", "推行", "创建",
    "助力", "带动", "引导", "优先", "切实", "全力", "积极", "不断", "进一步", "多措", "着眼", "围绕",
    "紧扣", "瞄准", "坚决", "主动", "率先", "鼓起", "扭住", "抓细", "严守", "严把", "拓宽", "畅通",
    "凝聚", "汇聚", "深挖", "挖掘", "集中", "重点", "及时", "认真", "高标准", "高质量", "制定",
    "启动", "组织", "实现", "发挥", "推广", "加大", "扩大", "保持", "织牢", "兜牢", "守住", "建好",
    "管好", "用活", "盘活", "做细", "抓紧", "压茬", "决战", "决胜", "攻坚", "倾力", "聚焦于", "打通",
];

/// Words that mark a sentence as narration rather than a lead phrase: a subject (`该县`, `他们`),
/// a copula, a reporting verb or a date word.
const NARRATION: &[&str] = &[
    "是", "该", "我", "他", "她", "它", "这", "那", "据", "记者", "本报", "日前", "近日", "今年",
    "目前", "截至", "了", "说", "表示", "介绍", "吗", "呢", "啊", "吧", "%", "％", "年", "月", "日",
    "会议", "指出", "强调", "认为", "希望", "透露", "获悉", "了解到", "以下", "如下",
];

/// The longest lead phrase read, in chars; longer first sentences are narration.
const MAX_LEAD_CHARS: usize = 26;
/// The longest clause read around a declared name, in chars; a list is never longer.
const MAX_CLAUSE_CHARS: usize = 120;
/// The longest list item read, in chars.
const MAX_ITEM_CHARS: usize = 24;
/// How many paragraphs without a lead may stand between two items of one run (a column-break
/// fragment, a pull quote, a paragraph continuing the item before).
const MAX_GAP: usize = 3;
/// Section headings stand farther apart: a section runs for several paragraphs.
const MAX_HEADING_GAP: usize = 12;
/// How many paragraphs before a run a declared name may stand and still name it.
const MAX_DECLARATION_DISTANCE: usize = 4;

pub struct Programs {
    /// [`COUNT_CHARS`], then the quoted collective nouns (`“组合拳”`): the only places a
    /// declared name is read from. Kept to check [`Programs::declaration_hits`] against.
    #[cfg(test)]
    declarations: AhoCorasick,
    /// The quoted collective nouns, each searched for on its own where the time scan's notes
    /// are not at hand: the count chars come from the numerals of the text.
    quoted_nouns: Vec<Finder<'static>>,
    heads: AhoCorasick,
    lead_verbs: AhoCorasick,
    narration: AhoCorasick,
}

impl Default for Programs {
    fn default() -> Self {
        Self::new()
    }
}

/// Nouns that close a clause naming whom a measure is for (`弱劳力、无劳力家庭,及时纳入低保`).
const TARGET_GROUPS: [&str; 6] = ["家庭", "农户", "人员", "对象", "群众", "人口"];

/// How a paragraph marks its lead phrase; items of one run share the mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LeadKind {
    Sentence,
    /// A short clause before a comma; only parallel runs of these are lists.
    Clause,
    Dash,
    Bracket,
    Ordinal(OrdinalStyle),
    Heading(usize),
    /// `健康帮扶方面,…`: the field a paragraph reports on, set before a comma.
    Aspect,
    /// `▶ 医疗救助：…`: a bulleted line's label before its colon.
    Bullet,
}

/// A lead phrase: `text[start..end]` of paragraph `para`.
#[derive(Debug, Clone)]
struct Lead {
    para: usize,
    start: usize,
    end: usize,
    kind: LeadKind,
    name: String,
}

/// A name like `六道防线` found in paragraph `para` (`None` for the title), at `start..end` of
/// its text.
#[derive(Debug, Clone)]
struct Declaration {
    para: Option<usize>,
    name: String,
    count: u32,
    head: String,
    naming: Naming,
    start: usize,
    end: usize,
}

/// What a declared name may name, by the evidence that it names a set at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Naming {
    /// A known head noun of measures (`六道防线`): any list around it.
    Known,
    /// A guessed head (`五大振兴`): only a run of leads, which may show fewer items.
    Guessed,
    /// A quoted numeral and a short word with no classifier (`“四统一”`, `“三到位”`): a slogan,
    /// a set only when a gloss lists exactly its count of items that all repeat its word
    /// (`“四统一”管理,即统一供种、统一防疫…`) or ordinals right after it show its count, or
    /// a run of exactly its count of leads that all open with its word. A quoted count of a
    /// short word after a classifier is one too (`“五个聚焦”`).
    Slogan,
    /// Any head, framed as a declaration (`三个环节:`, `“…、…”的“五个一”`): only the quoted
    /// list before it, or the ordinals or the run of leads it opens when they show its count.
    Framed,
}

impl Programs {
    pub fn new() -> Self {
        let build = |words: &[&str], kind: MatchKind| {
            AhoCorasick::builder()
                .kind(Some(AhoCorasickKind::DFA))
                .match_kind(kind)
                .start_kind(StartKind::Both)
                .build(words)
                .expect("static word list builds")
        };
        let quoted: Vec<String> = SET_NOUNS.iter().map(|w| format!("“{w}”")).collect();
        Programs {
            #[cfg(test)]
            declarations: build(
                &COUNT_CHARS.iter().map(|c| c.to_string()).chain(quoted.iter().cloned()).collect::<Vec<_>>().iter().map(String::as_str).collect::<Vec<_>>(),
                MatchKind::LeftmostLongest,
            ),
            quoted_nouns: quoted.iter().map(|q| Finder::new(q.as_bytes()).into_owned()).collect(),
            heads: build(HEADS, MatchKind::LeftmostLongest),
            lead_verbs: build(LEAD_VERBS, MatchKind::LeftmostLongest),
            narration: build(NARRATION, MatchKind::LeftmostFirst),
        }
    }

    pub fn find(&self, ctx: &ArticleContext) -> Vec<Program> {
        self.find_timed(ctx, &[])
    }

    /// [`Programs::find`], with what the time scan saw in each text of [`ArticleContext::texts`]
    /// ([`time::find_scanned`]): the count chars of the paragraphs are read from its numerals.
    pub(crate) fn find_timed(&self, ctx: &ArticleContext, scans: &[time::Scanned]) -> Vec<Program> {
        let paras: Vec<&Paragraph> = ctx.paragraphs().collect();
        let scans = ctx.body_scans(scans);
        let mut programs = Vec::new();
        let mut pending = Vec::new();
        if let Some(title) = &ctx.article.title {
            pending.extend(self.declarations(title, None, crate::quantity::NUMERALS.candidates(title), None));
        }
        for (i, p) in paras.iter().enumerate() {
            let declared = match scans {
                Some(scans) => self.declarations(&p.text, Some(i), scans[i].numerals.iter().copied(), Some(&scans[i].set_noun_ends)),
                None => self.declarations(&p.text, Some(i), crate::quantity::NUMERALS.candidates(&p.text), None),
            };
            for d in declared {
                // a guessed name only names a run of leads; inline it would take any counted pair
                let items = match d.naming {
                    Naming::Known => self
                        .items_before(&p.text, d.start, d.count)
                        .or_else(|| semicolon_gloss(&p.text, d.end, d.count))
                        .or_else(|| items_glossed(&p.text, d.end, d.count, false))
                        .or_else(|| self.items_after(&p.text, d.end, &d.name, &d.head, d.count)),
                    Naming::Framed => quoted_list_before(&p.text, d.start)
                        .map(|(s, e)| split_list(&p.text, s, e))
                        .filter(|items| items.len() as u32 == d.count && items_ok(&p.text, items))
                        .or_else(|| items_glossed(&p.text, d.end, d.count, true))
                        .or_else(|| clauses_repeating(&p.text, d.end, d.count, &d.head)),
                    // a guessed head may name kinds of things (`四项收入(工资性、…)`): its gloss
                    // must repeat the head in every item (`三大振兴,即产业振兴、人才振兴…`); a
                    // slogan's word may open the items too (`四统一,即统一供种、…`). A list of
                    // exactly its count right before a `N大` name names its parts (`蔬菜、肉牛、
                    // 中药材三大主导产业`), from three up: two nouns before a count are too often
                    // a pair, and other classifiers count ways and means (`三条监测途径`)
                    // unless quotes make the count a name (`…、…、…“三条途径”`).
                    Naming::Guessed | Naming::Slogan => (d.naming == Naming::Guessed && is_da_name(&d.name))
                        .then(|| self.exact_list_before(&p.text, d.start, d.count))
                        .flatten()
                        // `“坡改梯、打水窖、种草养畜”三结合`: a quoted list of exactly its count right
                        // before a slogan is what it joins
                        .or_else(|| {
                            let (s, e) = quoted_list_before(&p.text, d.start).filter(|_| d.naming == Naming::Slogan)?;
                            Some(split_list(&p.text, s, e)).filter(|items| items.len() as u32 == d.count && items_ok(&p.text, items))
                        })
                        .or_else(|| {
                            // parallel items are printed alike: a last one much longer than
                            // the rest runs on into the clause's verb (`…、兜底保障构筑起“三道屏障”`)
                            // so is a slogan's, when every item holds its word (`聚焦精准识别、
                            // 精准帮扶、精准管理、精准退出“四个精准”`)
                            let quoted = is_quoted(&p.text, d.start, d.end);
                            let items = quoted.then(|| self.exact_list_before(&p.text, d.start, d.count)).flatten()?;
                            let lengths = items.iter().map(|&(s, e)| p.text[s..e].chars().count());
                            let alike = lengths.clone().max()? - lengths.min()? <= 2;
                            // or, when each item is a phrase of its own (`坚持农户自主申报、干部日常
                            // 走访、部门筛查预警“三线并行”`), the slogan names how they stand together;
                            // bare fields (`聚焦产业、就业、兜底“三个精准”`) and the parts of a system
                            // (`基本医保、大病保险、医疗救助“三重保障”`) are no such phrases
                            // (`产业帮扶、就业帮扶、…“四位一体”`: a slogan saying its items stand as
                            // one names ways of four characters too; `专项、行业、社会“三位一体”`
                            // joins bare fields, no measures)
                            let least = if d.head == ONE_BODY { 3 } else { 4 };
                            let phrases = || items.iter().all(|&(s, e)| p.text[s..e].chars().nth(least).is_some());
                            // a count right before its word, no classifier between (`人员、技术、
                            // 管理“三下沉”`, `“三统一”`), says what is done to each item
                            // (`三重保障` counts layers, the items are a system's parts)
                            // (not a standard met, `实现义务教育、基本医疗、住房安全“三保障”`)
                            let met = ["实现", "达到", "做到", "确保"].iter().any(|w| p.text[..items[0].0].ends_with(w));
                            let bare_word = d.head != ONE_BODY
                                && !met
                                && d.name.strip_suffix(d.head.as_str()).is_some_and(|n| n.chars().count() == 1)
                                && !d.head.starts_with(|c: char| CLASSIFIERS.iter().any(|k| k.starts_with(c)) || matches!(c, '重' | '级' | '位'));
                            let named = d.naming == Naming::Guessed
                                || items.iter().all(|&(s, e)| p.text[s..e].contains(d.head.as_str()))
                                || bare_word
                                || phrases();
                            // `县级领导分包乡镇、…、村干部和帮扶责任人分包户的“三级包保”`: a list
                            // that `的` ties to the name describes its parts, however alike
                            // (`集种植、加工、销售于一体的`, whose list is of what is joined, is no such list)
                            let tied = p.text[..d.start].trim_end_matches('“').ends_with('的')
                                && !p.text[..d.start].trim_end_matches(['“', '的']).ends_with("于一体");
                            ((alike && named) || tied).then_some(items)
                        })
                        .or_else(|| items_glossed(&p.text, d.end, d.count, true)
                        .filter(|items| {
                            let head = d.head.as_str();
                            let repeats = |t: &str| t.ends_with(head) || d.naming == Naming::Slogan && t.starts_with(head);
                            items.iter().all(|&(s, e)| repeats(&p.text[s..e]))
                        }))
                        .or_else(|| clauses_repeating(&p.text, d.end, d.count, &d.head))
                        // (a quoted name with a classifier is spelled out so too: `“三个一批”的路子——
                        // 车间吸纳一批、劳务输出一批、公益岗位安置一批`)
                        .or_else(|| {
                            (d.naming == Naming::Slogan || is_quoted(&p.text, d.start, d.end))
                                .then(|| list_repeating_after(&p.text, d.end, d.count, &d.head))
                                .flatten()
                        }),
                };
                match items {
                    Some(items) => programs.push(program(p, d.name, d.count, items)),
                    None if d.count > 0 => pending.push(d),
                    None => {}
                }
            }
            if let Some(items) = inline_fields(&p.text).or_else(|| inline_sides(&p.text, scans.map(|s| s[i].numerals.as_slice()))) {
                programs.push(program(p, String::new(), 0, items));
            }
            if let Some((name, items)) = parts_glossed(&p.text) {
                programs.push(program(p, name, 0, items));
            }
            if let Some((mut list, mark)) = self.inline_ordinals(p, scans.map(|s| &s[i])) {
                // `采取三项举措:一是…;二是…;三是…`: the declaration names the ordinals
                let first = list.items.first().map_or(0, |item| item.span.start);
                // the latest name before the first item (one inside an item names no list)
                let own = pending.iter().rposition(|d| {
                    let n = list.items.len();
                    let exact = matches!(d.naming, Naming::Framed | Naming::Slogan);
                    let fits = if exact { d.count as usize == n } else { d.count as usize >= n };
                    // the name heads the list in its paragraph, or closes the one before with a
                    // colon (`重点抓好“五项任务”:` over `一要…;二要…`)
                    let here = d.para == Some(i) && p.span_of(d.end, d.end).start <= first;
                    let above = i > 0 && d.para == Some(i - 1) && {
                        let tail = paras[i - 1].text[d.end..].trim_end();
                        matches!(tail.trim_start_matches('”'), ":" | "：")
                    };
                    fits && (here || above)
                });
                let articles = || (mark == InlineMark::Kind && words::contains(&p.text, "第一条")).then(|| rule_declared(&paras, i)).flatten();
                if let Some(k) = own {
                    let d = pending.remove(k);
                    list = finish(d.name, d.count, list.items);
                } else if let Some((name, count)) = articles().filter(|&(_, n)| n as usize >= list.items.len()) {
                    list = finish(name, count, list.items);
                } else if mark == InlineMark::Sequence && !self.lists_measures(&list) {
                    // `首先看到的是…,其次是…`: first, next and last walk through what a writer
                    // sees as often as through measures; unnamed, they list measures only
                    continue;
                }
                programs.push(list);
            }
        }
        let leads = self.leads(&paras);
        for mut run in self.runs(&paras, leads, &pending) {
            let declared = link(&run, &mut pending);
            // a dash or an ordinal marks a list by itself; bare sentences need a third item
            let marked = matches!(run[0].kind, LeadKind::Dash | LeadKind::Ordinal(_) | LeadKind::Bracket);
            if declared.is_none() && !outlines_a_document(&run) {
                drop_closing_parts(&mut run);
            }
            if declared.is_none()
                && (run.len() < if marked { 2 } else { 3 }
                    || outlines_a_document(&run)
                    || outlines_a_speech(&paras, &run, |name| self.starts_with_lead_verb(name))
                    || glosses_terms(&paras, &run)
                    || heads_findings(&paras, &run)
                    || asks_questions(&paras, &run)
                    || quotes_a_rule(&paras, &run)
                    || self.heads_entries(&paras, &run))
            {
                continue;
            }
            let (name, count) = declared.map_or((String::new(), 0), |d| (d.name, d.count));
            programs.push(program_from_leads(&paras, name, count, &run));
        }
        // a slogan named in the headline and again in the text names its paragraphs once
        for d in pending.iter().filter(|d| d.naming == Naming::Slogan) {
            if programs.iter().any(|p| p.name == d.name) {
                continue;
            }
            if let Some(run) = paired_leads(&paras, d) {
                programs.push(program_from_leads(&paras, d.name.clone(), d.count, &run));
            }
        }
        programs.sort_by_key(|p| p.span.start);
        drop_summaries(&mut programs);
        // a study's findings and shortfalls (`一是农户申报意愿不强;二是…`) and a reply's topics
        // are no measures
        programs.retain(|p| p.declared_count > 0 || !states_findings(p, |name| self.starts_with_lead_verb(name)));
        // places counted (`融水苗族自治县、三江侗族自治县两个重点帮扶县`) are no measures
        programs.retain(|p| !names_places(p, |name| self.starts_with_lead_verb(name)));
        // a contest's or an award's classes (`产业发展组:…村96.5分`, `一等奖:…`) are no measures
        let scored = |item: &ProgramItem| ctx.input.get(item.span.end..).is_some_and(|after| after.starts_with([':', '：']));
        programs.retain(|p| p.declared_count > 0 || !names_classes(p, |name| self.starts_with_lead_verb(name), scored));
        // a notice numbers its parts, conditions and steps (`一、申报条件`, `(一)有劳动能力`,
        // `农户申请`…): there an unnamed list is a program only when it lists measures, most of
        // its items led by a verb of action (`加强组织领导`); a named set (`六项帮扶措施`) of a
        // policy the notice prints stands, and so does a model named by its parts (`“1+N”帮扶体系`)
        // a statistics bulletin's parts (`一、综合`, `二、农业`) are its outline in the same way,
        // a year's work summary's heads say what went well (`动态监测精准有效`) as often as
        // what was done, and a price report's fields are the goods it prices (`猪肉方面，…`)
        // (a price report only where its text reports prices: `稳定猪肉价格` may head measures)
        let prices = || paras.iter().any(|p| PRICE_WORDS.iter().any(|w| p.text.contains(w)));
        if ctx.article.title.as_deref().is_some_and(|t| is_notice(t) || REPORT_TITLES.iter().any(|w| t.contains(w)) || t.contains("价格") && prices()) {
            programs.retain(|p| p.declared_count > 0 || !p.name.is_empty() || self.lists_measures(p));
        }
        programs
    }

    /// Declared set names in `text`, the text of paragraph `para` (whose numeral characters are
    /// `numerals`, in order, and whose [`SET_NOUN_END`]s are `set_noun_ends` if the time scan
    /// noted them). Found from the classifier back to the numeral, since classifiers are rarer
    /// than numerals; quoted collective nouns (`“组合拳”`) come last.
    fn declarations(
        &self,
        text: &str,
        para: Option<usize>,
        numerals: impl Iterator<Item = (usize, char)>,
        set_noun_ends: Option<&[usize]>,
    ) -> Vec<Declaration> {
        let mut out = Vec::new();
        let mut quoted = Vec::new();
        let mut last_end = 0;
        let is_numeral = |c: char| chinese_digit(c).is_some() || chinese_unit(c).is_some();
        let mut run_end = 0;
        for (pattern, start, end) in self.declaration_hits(text, numerals, set_noun_ends) {
            let Some(noun) = pattern.checked_sub(COUNT_CHARS.len()) else {
                if start < run_end {
                    continue; // a later char of a numeral already read
                }
                // the numeral's run ends where a classifier may follow
                let rest = &text[start..];
                run_end = start + rest.find(|c: char| !is_numeral(c)).unwrap_or(rest.len());
                let classified = CLASSIFIERS.iter().any(|c| text[run_end..].starts_with(c));
                let found = if run_end < last_end {
                    None
                } else if classified {
                    self.declaration_at(text, run_end, para, is_numeral).or_else(|| classified_slogan_at(text, start, run_end, para))
                } else {
                    slogan_at(text, start, run_end, para).or_else(|| slogan_after_quoted_list(text, start, run_end, para))
                };
                if let Some(d) = found {
                    last_end = d.end;
                    out.push(d);
                }
                continue;
            };
            // `…社会扶贫“组合拳”`: a quoted collective noun names a set with no count
            let (name, head) = (SET_NOUNS[noun].to_string(), SET_NOUNS[noun].to_string());
            quoted.push(Declaration { para, name, count: 0, head, naming: Naming::Known, start, end });
        }
        out.extend(quoted);
        out
    }

    /// Where a count char or a quoted noun stands in `text`, in order: (pattern, start, end), the
    /// pattern a count char's index in [`COUNT_CHARS`] or, past them, a quoted noun's in
    /// [`SET_NOUNS`]. The count chars are those among `numerals`, the numeral characters of
    /// `text` in order. No pattern starts inside another (no quoted noun holds a count char), so
    /// this agrees with one search for all of them. A quoted noun is sought only at the
    /// `set_noun_ends` when given (the offsets of every [`SET_NOUN_END`] of `text`).
    fn declaration_hits(
        &self,
        text: &str,
        numerals: impl Iterator<Item = (usize, char)>,
        set_noun_ends: Option<&[usize]>,
    ) -> Vec<(usize, usize, usize)> {
        let mut hits: Vec<_> = numerals.filter_map(|(at, c)| Some((count_char(c)?, at, at + c.len_utf8()))).collect();
        let counted = hits.len();
        let bytes = text.as_bytes();
        for (k, noun) in self.quoted_nouns.iter().enumerate() {
            let quoted = noun.needle();
            let len = quoted.len();
            let pattern = COUNT_CHARS.len() + k;
            match set_noun_ends {
                // the quoted noun's last character, then its closing mark
                Some(ends) => hits.extend(ends.iter().filter_map(|&end| {
                    let start = (end + SET_NOUN_END.len_utf8() + '”'.len_utf8()).checked_sub(len)?;
                    bytes.get(start..start + len).filter(|&b| b == quoted).map(|_| (pattern, start, start + len))
                })),
                None => hits.extend(noun.find_iter(bytes).map(|at| (pattern, at, at + len))),
            }
        }
        if hits.len() > counted {
            hits.sort_unstable_by_key(|&(_, start, _)| start);
        }
        hits
    }

    /// The declared name whose classifier starts at `numeral_end`, read back to its numeral.
    fn declaration_at(&self, text: &str, numeral_end: usize, para: Option<usize>, is_numeral: impl Fn(char) -> bool) -> Option<Declaration> {
        let numeral: usize = tail_chars(&text[..numeral_end], 6)
            .chars()
            .rev()
            .take_while(|&c| is_numeral(c))
            .map(char::len_utf8)
            .sum();
        let i = numeral_end - numeral;
        // a numeral of an ordinal (`第三大队`) or longer than read is no count
        let before = text[..i].chars().next_back();
        if numeral == 0 || before.is_some_and(|c| c == '第' || is_numeral(c)) {
            return None;
        }
        let count = chinese_int(&text[i..numeral_end]).filter(|&n| (2..=20).contains(&n))?;
        let (end, head, naming) = self.declared_at(text, i, numeral_end)?;
        let name = text[i..end].to_string();
        Some(Declaration { para, name, count: count as u32, head, naming, start: i, end })
    }

    /// After a numeral at `numeral_start..numeral_end`, a classifier and a short run of chars
    /// ending in a head noun: returns the name's end, its head, and how sure it is a set. A set
    /// classifier (`五大振兴`, `三张网`) before a short word that ends the phrase guesses a set;
    /// a name framed as a declaration names the list it opens or closes whatever its head
    /// (`三个环节:一是…`, `“四个一批”:`, `“…、…”的“五个一”`), since the frame, not the noun,
    /// says a set follows.
    fn declared_at(&self, text: &str, numeral_start: usize, numeral_end: usize) -> Option<(usize, String, Naming)> {
        let rest = &text[numeral_end..];
        let classifier = CLASSIFIERS.iter().filter(|c| rest.starts_with(**c)).max_by_key(|c| c.len())?;
        let body_start = numeral_end + classifier.len();
        // the name's body: CJK chars only, at most 8
        let body = head_chars(&text[body_start..], 8);
        let mut body = &body[..body.find(|c: char| !is_han(c)).unwrap_or(body.len())];
        // `四个方面深化合作`: aspects are the noun itself, unless a head follows (`四个方面工作`)
        if body.starts_with("方面") && self.heads.find(body).is_none() {
            body = "方面";
        }
        let body_end = body_start + body.len();
        // `试图回答三个问题:…`: questions a text asks name no set of measures
        if body.ends_with("问题") {
            return None;
        }
        let first = body.chars().next()?;
        let head = tail_chars(body, 2).to_string();
        // a body opening with a numeral (`六个一`) is a slogan unless framed as a declaration
        if chinese_digit(first).is_none() {
            // the longest prefix of `body` that ends in a head noun
            if let Some(m) = self.heads.find_iter(body).last() {
                if PEOPLE_AFTER_HEAD.iter().any(|w| body[m.end()..].starts_with(w)) {
                    return None;
                }
                return Some((body_start + m.end(), body[m.start()..m.end()].to_string(), Naming::Known));
            }
            let n = body.chars().count();
            let ends_phrase = !text[body_end..].starts_with(is_han);
            let set_classifier = matches!(*classifier, "大" | "张" | "道" | "把" | "条" | "项");
            if set_classifier && ends_phrase && (2..=4).contains(&n) {
                return Some((body_end, head, Naming::Guessed));
            }
            // `…、乡村旅游五大特色产业覆盖脱贫户`: a set of main industries runs on into the verb
            // after it; its name ends on its noun (a conjunction after it, `…三大主导产业和劳务输出`,
            // makes the list one of several things named together, not a set)
            if *classifier == "大" {
                let end = body
                    .find(INDUSTRY)
                    .map(|k| k + INDUSTRY.len())
                    .filter(|&e| (2..=4).contains(&body[..e].chars().count()) && !body[e..].starts_with(['和', '与', '及']));
                if let Some(end) = end {
                    return Some((body_start + end, INDUSTRY.to_string(), Naming::Guessed));
                }
            }
        }
        let slogan = chinese_digit(first).is_some();
        if is_framed(text, numeral_start, body_end, slogan) {
            return Some((body_end, head, Naming::Framed));
        }
        // `产业带动一批、…、消费帮扶一批“四个一批”`: a quoted slogan right after a list of its
        // count whose items all end in its word names that list
        let quoted = is_quoted(text, numeral_start, body_end);
        if slogan && quoted {
            let count = chinese_int(&text[numeral_start..numeral_end]).and_then(|n| u32::try_from(n).ok())?;
            let items = self.items_before(text, numeral_start, count);
            if items.is_some_and(|items| items.iter().all(|&(s, e)| text[s..e].ends_with(body))) {
                return Some((body_end, body.to_string(), Naming::Known));
            }
        }
        // `“五个聚焦”`: a quoted count of a short word is a slogan, whose items repeat it
        (quoted && !slogan && (2..=3).contains(&body.chars().count())).then(|| (body_end, body.to_string(), Naming::Slogan))
    }


    /// The list printed right before a declared name, in the same clause:
    /// `做好精准识别认定、精准监测管理和精准脱贫退出三方面工作`. With `等` before the name a
    /// single example is enough; otherwise the count must match the declaration.
    fn items_before(&self, text: &str, name_start: usize, count: u32) -> Option<Vec<(usize, usize)>> {
        let window = name_start - tail_chars(&text[..name_start], MAX_CLAUSE_CHARS).len();
        let clause_start = text[window..name_start]
            .char_indices()
            .rev()
            .find(|&(_, c)| is_clause_break(c))
            .map_or(window, |(j, c)| window + j + c.len_utf8());
        let mut end = name_start;
        let mut open_ended = false;
        loop {
            let before = &text[clause_start..end];
            let Some(c) = before.chars().next_back() else { break };
            match c {
                '“' | '”' | '‘' | '’' | '「' | '」' | ' ' | '　' | '的' => end -= c.len_utf8(),
                '等' => {
                    open_ended = true;
                    end -= c.len_utf8();
                }
                _ => break,
            }
        }
        let mut items = split_list(text, clause_start, end);
        if items.is_empty() || items.len() == 1 && !open_ended {
            return None;
        }
        // `意见主要集中在产业发展、道路硬化和饮水安全三个方面`: what opinions or problems are about,
        // no measures (`把资金集中在发展特色产业、…三个方面` spends on them)
        let first = &text[items[0].0..items[0].1];
        // (byte by byte: `str::find` built a searcher for every word of every list asked)
        if let Some(k) = TOPIC_VERBS.iter().find_map(|w| words::find(first, w)) {
            if TOPIC_SUBJECTS.iter().any(|w| words::contains(&first[..k], w)) {
                return None;
            }
        }
        // `…、村干部和帮扶责任人分包户的“三级包保”`: one item too many, the last two split at a
        // conjunction, is one item whose doers the conjunction joins
        if let [.., (a, _), (_, b)] = items[..] {
            if !open_ended && items.len() as u32 == count + 1 && !text[a..b].contains('、') {
                items.truncate(items.len() - 2);
                items.push((a, b));
            }
        }
        if !open_ended && count > 0 && items.len() as u32 != count {
            return None;
        }
        self.trim_first_item(text, &mut items);
        items_ok(text, &items).then_some(items)
    }

    /// The list right before a name when it has exactly `count` items, at least three, and no `等`.
    fn exact_list_before(&self, text: &str, name_start: usize, count: u32) -> Option<Vec<(usize, usize)>> {
        if count < 3 || text[..name_start].ends_with('等') {
            return None;
        }
        self.items_before(text, name_start, count).filter(|items| items.len() as u32 == count)
    }

    /// A list's first item often carries the clause's verb (`切实做好精准识别认定`): strip known
    /// verbs down to the length of the shortest other item, then cut it to the length of the
    /// longest when it is still longer, since parallel items are printed alike. A lone example
    /// before `等` keeps its last four chars.
    fn trim_first_item(&self, text: &str, items: &mut [(usize, usize)]) {
        let Some(&(s, e)) = items.first() else { return };
        // parallel items run about as long as the others: verbs go down to the shortest of them,
        // and what is left is cut only past the longest (`防返贫监测提质、产业增收、…、帮扶机制创新`)
        let lengths = items[1..].iter().map(|&(s2, e2)| text[s2..e2].chars().count());
        let (shortest, longest) = (lengths.clone().min().unwrap_or(4), lengths.max().unwrap_or(4));
        let s = self.after_subject_and_verb(text, s, e);
        let s = self.strip_verbs(text, s, e, shortest);
        let len = text[s..e].chars().count();
        let s = if len > longest + 1 || items.len() == 1 && len > 6 {
            text[s..e].char_indices().nth(len - longest).map_or(s, |(j, _)| s + j)
        } else {
            s
        };
        // `以“点对点”输转`: a cut that left a quote closed but not opened takes its mark back
        let item = &text[s..e];
        let unopened = item.find('”').is_some_and(|k| !item[..k].contains('“'));
        let s = match text[..s].strip_suffix('“') {
            Some(before) if unopened => before.len(),
            _ => s,
        };
        items[0] = (s, e);
    }

    /// `该县围绕食用菌`: a short subject and a lead verb before the first item are the clause's,
    /// not the item's. Returns where the item starts after them (`s` when there are none).
    fn after_subject_and_verb(&self, text: &str, s: usize, e: usize) -> usize {
        const MAX_SUBJECT_BYTES: usize = 4 * 3;
        let Some(m) = self.lead_verbs.find(&text[s..e]) else { return s };
        // `建立了`: the verb's particle goes with it
        let verb_end = s + m.end() + if text[s + m.end()..e].starts_with('了') { '了'.len_utf8() } else { 0 };
        let rest = &text[verb_end..e];
        let fits = m.start() > 0 && m.start() <= MAX_SUBJECT_BYTES && rest.chars().nth(1).is_some();
        if !fits {
            return s;
        }
        // a quote opened after the verb and closed past the item's end is the list's
        let open = if rest.starts_with('“') && !rest.contains('”') { '“'.len_utf8() } else { 0 };
        verb_end + open
    }

    /// Skips leading verbs and adverbs (`切实做好`, `实施`, `制定了`) of `text[s..e]`, keeping at
    /// least `keep` chars (`精准识别认定` is an item, not `精准` + an item).
    fn strip_verbs(&self, text: &str, mut s: usize, e: usize, keep: usize) -> usize {
        loop {
            let input = Input::new(&text[s..e]).anchored(Anchored::Yes);
            let Some(m) = self.lead_verbs.find(input) else { break };
            let mut next = s + m.end();
            if text[next..e].starts_with('了') {
                next += '了'.len_utf8();
            }
            if text[next..e].chars().count() < keep.max(2) {
                break;
            }
            s = next;
        }
        s
    }

    /// The items a declaration lists after itself in the same paragraph: clauses ending in its
    /// head (`实施城市风貌提升行动`), with lists inside them split (`市政路网提升、增绿靓城行动`).
    /// Stops where the name is printed again: that later mention reads its own list.
    /// Items numbered `一是…` are left to [`Self::inline_ordinals`].
    fn items_after(&self, text: &str, name_end: usize, name: &str, head: &str, count: u32) -> Option<Vec<(usize, usize)>> {
        if count == 0 {
            return None;
        }
        let mut items = Vec::new();
        let mut start = name_end;
        let scope = head_chars(&text[name_end..], MAX_CLAUSE_CHARS * 8);
        for (j, c) in scope.char_indices().chain(std::iter::once((scope.len(), '。'))) {
            let at = name_end + j;
            if !is_clause_break(c) {
                continue;
            }
            let clause_end = trim_end_marks(text, start, at);
            if text[start..clause_end].contains(name) {
                break;
            }
            // `三项服务:一是党建服务,…`: the ordinals are read as a list of their own, which
            // this name then names
            if ordinal_prefix(&text[start..clause_end]).is_some_and(|(_, style)| style == OrdinalStyle::Shi) {
                return None;
            }
            if text[start..clause_end].ends_with(head) && start < clause_end {
                let s = self.strip_verbs(text, start, clause_end, 2);
                items.extend(split_list(text, s, clause_end));
            }
            start = (at + c.len_utf8()).min(text.len());
            if items.len() as u32 >= count {
                break;
            }
        }
        let ok = items.len() >= 2
            && items.len() as u32 <= count
            && items_ok(text, &items);
        ok.then_some(items)
    }

    /// `一是…;二是…;三是…` inside one paragraph, or another run of ordinals
    /// ([`InlineMark`]): an undeclared program of what follows each ordinal up to the next clause
    /// break.
    /// `scan` is what the time scan noted of the paragraph, where it did.
    fn inline_ordinals(&self, p: &Paragraph, scan: Option<&time::Scanned>) -> Option<(Program, InlineMark)> {
        let text = &p.text;
        // most paragraphs have no list: a fast test of the marks' probes clears them
        let probed = match scan {
            Some(scan) => InlineMark::probed_noted(text, scan),
            None => InlineMark::probed(text),
        };
        InlineMark::ALL.iter().zip(0..).filter(|&(_, k)| probed >> k & 1 == 1).find_map(|(&mark, _)| {
            let mut items = Vec::new();
            let mut expected = 1;
            let mut search = 0;
            while let Some(pos) = mark.find(text, search, expected) {
                let start = pos.1;
                let clause_end = |from: usize| {
                    text[from..].char_indices().find(|&(_, c)| is_clause_break(c)).map_or(text.len(), |(j, _)| from + j)
                };
                let mut end = clause_end(start);
                // `①有劳动能力的,优先安排产业奖补`: a clause naming whom a measure is for is no
                // measure alone; the item runs through the clause that says what they get
                let whom = text[start..end].ends_with('的') || TARGET_GROUPS.iter().any(|g| text[start..end].ends_with(g));
                let comma = text[end..].chars().next().filter(|c| matches!(c, ',' | '，')).map_or(0, char::len_utf8);
                if whom && comma > 0 {
                    let next = clause_end(end + comma);
                    let measure = &text[end + comma..next];
                    if item_ok(measure, true) && self.starts_with_lead_verb(measure) {
                        end = next;
                    }
                }
                // `③开发公益性岗位430个`: a count closing the item says how many, not what
                let end = start + trailing_count_start(&text[start..end]).filter(|&k| text[start..start + k].chars().nth(1).is_some()).unwrap_or(end - start);
                let item = &text[start..end];
                // a marked item may hold a figure (`①每个乡镇配备1名专家`, `二是改造农村公路120公里`);
                // the mark sets it apart, so it may run longer than one read from a list
                let ok = |s: &str| item_within(s, true, MAX_MARKED_ITEM_CHARS);
                let fits = match item.split_once([',', '，']) {
                    Some((who, what)) => ok(who) && ok(what),
                    None => ok(item),
                };
                if start < end && fits {
                    items.push((start, end));
                }
                search = end;
                expected += 1;
            }
            (items.len() >= 2).then(|| (program(p, String::new(), 0, items), mark))
        })
    }

    /// Whether most items of a program are measures: led by a verb of action, after any modal
    /// (`要提高政治站位`, `必须压实责任`).
    fn lists_measures(&self, p: &Program) -> bool {
        let measure = |name: &str| {
            let bare = MODALS.iter().find_map(|m| name.strip_prefix(m)).unwrap_or(name);
            self.starts_with_lead_verb(bare)
        };
        2 * p.items.iter().filter(|i| measure(&i.name)).count() > p.items.len()
    }

    /// Whether a run of leads is a yearbook's or a report's entry heads (`【概况】`, `【产业帮扶】`),
    /// each alone on its line: the text's outline, unless most are measures led by a verb.
    fn heads_entries(&self, paras: &[&Paragraph], run: &[Lead]) -> bool {
        let alone = run.iter().all(|l| crate::page::is_entry_head(&paras[l.para].text));
        alone && 2 * run.iter().filter(|l| self.starts_with_lead_verb(&l.name)).count() <= run.len()
    }

    /// Every paragraph's lead phrase, if it has one.
    fn leads(&self, paras: &[&Paragraph]) -> Vec<Option<Lead>> {
        (0..paras.len()).map(|i| self.lead(i, paras)).collect()
    }

    fn lead(&self, i: usize, paras: &[&Paragraph]) -> Option<Lead> {
        let text = paras[i].text.as_str();
        // web pages print leads in bold: `**强化组织领导。**该县…`
        let trimmed_start = text.len() - text.trim_start_matches(|c: char| c.is_whitespace() || c == '*').len();
        let body = &text[trimmed_start..];
        // a transcript's turns (`问：…`, `答：…`) and a table's note (`数据来源：…`) lead no measure
        if NO_LEADS.iter().any(|w| body.strip_prefix(w).is_some_and(|r| r.starts_with(['：', ':']))) {
            return None;
        }
        if let Some(level) = heading_level(body) {
            return self.heading(i, paras, level);
        }
        if let Some(inner) = body.strip_prefix('【') {
            let close = head_chars(inner, MAX_ITEM_CHARS + 1).find('】')?;
            let start = trimmed_start + '【'.len_utf8();
            let name = &text[start..start + close];
            // `【导语】`, `【同期】`: the parts of a news script, not measures
            let script = SCRIPT_MARKS.contains(&name);
            return (item_chars_ok(name) && !script).then(|| Lead { para: i, start, end: start + close, kind: LeadKind::Bracket, name: name.to_string() });
        }
        if let Some((start, end)) = bullet_label(body) {
            let (start, end) = (trimmed_start + start, trimmed_start + end);
            return Some(Lead { para: i, start, end, kind: LeadKind::Bullet, name: text[start..end].to_string() });
        }
        if let Some((start, end)) = aspect_lead(body) {
            let (start, end) = (trimmed_start + start, trimmed_start + end);
            return Some(Lead { para: i, start, end, kind: LeadKind::Aspect, name: text[start..end].to_string() });
        }
        let (kind, start) = if let Some(rest) = strip_dashes(body) {
            (LeadKind::Dash, text.len() - rest.len())
        } else if let Some((len, style)) = ordinal_prefix(body) {
            (LeadKind::Ordinal(style), trimmed_start + len)
        } else {
            (LeadKind::Sentence, trimmed_start)
        };
        // a line of its own with a colon inside (`产业兴旺:一片茶叶富了一方百姓`) is a heading whole
        // one search per colon runs over the bytes, where one for either would decode each character
        // and only a short line is searched: the bare-line test reads at most 31 characters
        let colon = |body: &str| body.contains(':') || body.contains('：');
        if kind == LeadKind::Sentence && is_bare_line(crate::page::trim(body)) && colon(body) {
            return self.unmarked_heading(i, paras);
        }
        // a numbered section head on a line of its own is its item whole, two phrases and all
        // (`三、强化要素保障,夯实巩固衔接基础`)
        let head_line = matches!(kind, LeadKind::Ordinal(_)) && crate::page::is_punctuated_section_head(text.trim());
        let stop = |c: char| is_sentence_stop(c) || matches!(kind, LeadKind::Ordinal(_)) && !head_line && matches!(c, ',' | '，');
        // a sentence lead is short (stars of bold print aside): past its longest, the scan stops
        let mut read = 0;
        // every stop is a mark: the characters that cannot be one are stepped over undecoded
        let rest = &text[start..];
        let found = crate::charset::mark_indices(rest)
            .find(|&(_, c)| {
                read += usize::from(c != Some('*'));
                c.is_some_and(stop) || kind == LeadKind::Sentence && read > MAX_LEAD_CHARS
            })
            .map(|(j, c)| (j, c.or_else(|| rest[j..].chars().next()).unwrap_or_default()));
        let end = match found {
            Some((j, c)) if !stop(c) => return self.long_first_sentence(i, paras, start, start + j),
            Some((j, _)) => start + j,
            // a dashed or numbered line may be a heading of its own (`一、加强组织领导`)
            None if kind != LeadKind::Sentence => text.trim_end().len().max(start),
            None => return self.unmarked_heading(i, paras),
        };
        let end = start + text[start..end].trim_end_matches('*').len();
        let cut_end = end;
        let end = self.paired_phrase_end(text, start, end, kind, head_line);
        let paired = end != cut_end;
        let end = if kind == LeadKind::Sentence { start + aim_before_key(&text[start..end]) } else { end };
        let name = &text[start..end];
        // a lead set as a paragraph of its own (`强化住房安全保障。`) heads the body below it
        let more_follows = text[end..].trim_end_matches(['*', ' ']).chars().nth(1).is_some()
            || paras.get(i + 1).is_some_and(|p| p.text.contains('。'));
        let ok = match kind {
            LeadKind::Sentence => more_follows && self.is_lead_phrase(name),
            _ if head_line || paired => name.split([',', '，']).all(item_chars_ok),
            // a numbered heading of two phrases a wide space sets apart (`①建工坊　把“车间”开到
            // 家门口`): each phrase an item's words (an unnumbered one is a feature's subheading)
            LeadKind::Ordinal(_) if name.contains('\u{3000}') => {
                let mut phrases = name.split('\u{3000}').filter(|p| !p.is_empty());
                phrases.clone().count() == 2 && phrases.all(item_chars_ok) && name.chars().count() <= MAX_ITEM_CHARS
            }
            _ => item_chars_ok(name),
        };
        if ok {
            return Some(Lead { para: i, start, end, kind, name: name.trim().to_string() });
        }
        (kind == LeadKind::Sentence).then(|| self.clause_lead(i, text, start)).flatten()
    }

    /// Where a numbered lead cut at its first comma really ends: a section head printed in
    /// bold at the start of its paragraph is often two phrases in one short sentence
    /// (`(一)聚力稳增长,经济运行稳中有进。坚持…`), and the head is the whole of it. Only a
    /// sentence short and plain enough for a lead phrase, each half an item, is taken whole;
    /// a head whose comma opens narration (`(一)强化领导,该县成立了…`) stays cut.
    fn paired_phrase_end(&self, text: &str, start: usize, end: usize, kind: LeadKind, head_line: bool) -> usize {
        if !matches!(kind, LeadKind::Ordinal(_)) || head_line || !text[end..].starts_with([',', '，']) {
            return end;
        }
        let window = head_chars(&text[start..], MAX_LEAD_CHARS + 1);
        let Some(stop) = window.find(is_sentence_stop) else { return end };
        let sentence = &text[start..start + stop];
        let halves_ok = sentence.split([',', '，']).all(item_chars_ok);
        if halves_ok && self.is_lead_phrase(sentence) {
            start + stop
        } else {
            end
        }
    }

    /// The lead of a paragraph whose first sentence, from `start`, runs past `reach` without a
    /// stop: too long for a sentence lead, so either a bare line that is a heading, or a clause
    /// lead of a sentence that ends somewhere.
    fn long_first_sentence(&self, i: usize, paras: &[&Paragraph], start: usize, reach: usize) -> Option<Lead> {
        // a bare line holds no stop; a clause lead needs one further on
        if let Some(heading) = self.unmarked_heading(i, paras) {
            return Some(heading);
        }
        let text = paras[i].text.as_str();
        let lead = self.clause_lead(i, text, start)?;
        text[reach..].contains(is_sentence_stop).then_some(lead)
    }

    /// `强化组织保障,该县成立了…`: a short imperative clause opening a paragraph whose first
    /// sentence runs on. Weaker evidence than a sentence lead, so only parallel runs of them count.
    fn clause_lead(&self, i: usize, text: &str, start: usize) -> Option<Lead> {
        // most paragraphs open with no lead verb: told by a few bytes, before the clause is cut
        let opening = Input::new(&text[start..]).anchored(Anchored::Yes);
        if text[start..].starts_with('在') || !self.lead_verbs.is_match(opening) {
            return None;
        }
        let end = start + head_chars(&text[start..], 16).find([',', '，'])?;
        let name = &text[start..end];
        let fits = (4..=14).contains(&name.chars().count())
            && name.chars().all(is_han)
            && !self.narration.is_match(name)
            && !name.starts_with('在') // `在东关村,…`: a scene, not a measure
            && self.starts_with_lead_verb(name);
        fits.then(|| Lead { para: i, start, end, kind: LeadKind::Clause, name: name.to_string() })
    }

    /// A short line with no punctuation inside an article, followed by body text: a section
    /// heading a print page sets in bold (`抓实驻村帮扶 织密“责任网”`). A second bare line right
    /// under it is its second line (`筑牢“防火墙”` / `建立防贫返贫长效机制`).
    fn unmarked_heading(&self, i: usize, paras: &[&Paragraph]) -> Option<Lead> {
        let line = |k: usize| paras.get(k).map(|p| crate::page::trim(&p.text).trim_matches('*'));
        let name = line(i)?;
        // (a line of fields a wide space sets apart, `某镇　某合作社理事长　茶叶种植`, is a card's;
        // a feature's subheading of two phrases so set, `校领导带头　帮扶“一盘棋”`, heads a part
        // of the story, no measure, unless a verb of action leads it: `聚焦增收　稳住…“钱袋子”`)
        if i == 0 || !is_bare_line(name) || line(i - 1).is_some_and(is_bare_line) {
            return None;
        }
        if name.contains('\u{3000}') && !self.starts_with_lead_verb(name) {
            return None;
        }
        let second = line(i + 1).filter(|l| is_bare_line(l));
        let body = line(i + 1 + usize::from(second.is_some())).unwrap_or("");
        if !body.contains('。') || body.starts_with("本报讯") || body.starts_with("——") {
            return None;
        }
        let text = paras[i].text.as_str();
        // the name is the line trimmed, a slice of it: where nothing was trimmed off its start
        // it stands first, with no search set up
        let trimmed_start = name.as_ptr() as usize - text.as_ptr() as usize;
        let start = if trimmed_start == 0 { 0 } else { text.find(name)? };
        let full = match second {
            Some(second) => format!("{name} {second}"),
            None => name.to_string(),
        };
        Some(Lead { para: i, start, end: start + name.len(), kind: LeadKind::Heading(0), name: full })
    }

    /// A section heading (`## 聚焦…`); a deeper heading right after it is its second line.
    fn heading(&self, i: usize, paras: &[&Paragraph], level: usize) -> Option<Lead> {
        let text = paras[i].text.as_str();
        let start = text.len() - text.trim_start_matches(['#', ' ', '　']).len();
        let name = text[start..].trim();
        let next = paras.get(i + 1).map(|p| p.text.as_str()).unwrap_or("");
        // a heading followed by a source mark is an article's headline, not a section's
        let next_body = next.trim_start_matches(['*', ' ']);
        if name.is_empty() || next_body.starts_with("本报讯") || name.chars().count() > 40 {
            return None;
        }
        let mut full = name.to_string();
        if let Some(l) = heading_level(next) {
            if l > level {
                full.push(' ');
                full.push_str(next.trim_start_matches(['#', ' ', '　']).trim());
            }
        }
        Some(Lead { para: i, start, end: text.trim_end().len().max(start), kind: LeadKind::Heading(level), name: full })
    }

    /// A short sentence with no subject, date or copula: a measure, not narration.
    fn is_lead_phrase(&self, s: &str) -> bool {
        // a long first sentence is told by its first chars: the others are never read
        let n = s.chars().take(MAX_LEAD_CHARS + 1).count();
        if !(3..=MAX_LEAD_CHARS).contains(&n) {
            return false;
        }
        // `案例一:…`, `附件二`: a label numbered in a series names no measure
        let numbered_label = n <= 4 && s.chars().next_back().is_some_and(|c| chinese_digit(c).is_some());
        s.chars().filter(|&c| c == ',' || c == '，').nth(1).is_none()
            && s.chars().all(|c| is_han(c) || matches!(c, ',' | '，' | '“' | '”' | '、'))
            && !s.starts_with('“')
            && !numbered_label
            && !self.narration.is_match(s)
    }

    fn starts_with_lead_verb(&self, s: &str) -> bool {
        s.starts_with('在') || self.lead_verbs.is_match(Input::new(s).anchored(Anchored::Yes))
    }

    /// Groups leads into runs of parallel items: leads of one kind (sentences, dashes, ordinals,
    /// headings of one level) close enough together, then split where the parallel breaks.
    fn runs(&self, paras: &[&Paragraph], leads: Vec<Option<Lead>>, pending: &[Declaration]) -> Vec<Vec<Lead>> {
        let mut by_kind: Vec<(LeadKind, Vec<Vec<Lead>>)> = Vec::new();
        // the paragraph of the latest ordinal lead of each style, the styles in the order they
        // first appear: a document numbers its sections before their parts, so a style met
        // earlier is the outer one. An outer ordinal between two of an inner style opens a new
        // section (`(一)…(三)` / `三、` / `(一)…`): the numbering starts again, two lists
        let mut latest_ordinal: Vec<(OrdinalStyle, usize)> = Vec::new();
        // how many paragraphs of text stand before each: a table a page printed one cell per
        // line between two items (`品种` / `亩产（公斤）` / `2200` …) is no text between them
        let mut texts_before = Vec::with_capacity(paras.len() + 1);
        texts_before.push(0);
        for p in paras {
            texts_before.push(texts_before.last().copied().unwrap_or(0) + usize::from(!is_cell_line(&p.text)));
        }
        let between = |from: usize, to: usize| texts_before[to] - texts_before[(from + 1).min(to)];
        for lead in leads.into_iter().flatten() {
            let outer_between = |since: usize| match lead.kind {
                LeadKind::Ordinal(style) => latest_ordinal
                    .iter()
                    .take_while(|(s, _)| *s != style)
                    .any(|&(_, p)| p > since),
                _ => false,
            };
            let runs = match by_kind.iter_mut().find(|(k, _)| *k == lead.kind) {
                Some((_, runs)) => runs,
                None => {
                    by_kind.push((lead.kind, Vec::new()));
                    &mut by_kind.last_mut().expect("just pushed").1
                }
            };
            let max = if matches!(lead.kind, LeadKind::Heading(_)) { MAX_HEADING_GAP } else { MAX_GAP };
            // a section numbered next after the last (`二、…` then, a long section on, `三、…`)
            // goes on with it across up to MAX_HEADING_GAP paragraphs
            let numbered_next = |l: &Lead| {
                let number = |l: &Lead| leading_number(&paras[l.para].text);
                matches!(lead.kind, LeadKind::Ordinal(_))
                    && between(l.para, lead.para) <= MAX_HEADING_GAP
                    && matches!((number(l), number(&lead)), (Some(a), Some(b)) if a.checked_add(1) == Some(b))
            };
            let joins = runs
                .last()
                .and_then(|run| run.last())
                .is_some_and(|l| (between(l.para, lead.para) <= max || numbered_next(l)) && !outer_between(l.para));
            if let LeadKind::Ordinal(style) = lead.kind {
                match latest_ordinal.iter_mut().find(|(s, _)| *s == style) {
                    Some(latest) => latest.1 = lead.para,
                    None => latest_ordinal.push((style, lead.para)),
                }
            }
            match runs.last_mut() {
                Some(run) if joins => run.push(lead),
                _ => runs.push(vec![lead]),
            }
        }
        let mut out = Vec::new();
        for (kind, runs) in by_kind {
            for run in runs {
                match kind {
                    LeadKind::Sentence => out.extend(self.split_declared(paras, run, pending)),
                    LeadKind::Clause => out.extend(self.split_parallel(paras, run, false)),
                    _ if !numbered_in_order(paras, &run) => {}
                    _ => out.push(dedup(run)),
                }
            }
        }
        out.retain(|r| r.len() >= 2);
        out.sort_by_key(|r| r[0].para);
        out
    }

    /// Takes out of a run of sentence leads the stretch that opens right under a declared name
    /// (`实施五项举措,…` over `织密防返贫监测网。…` `端稳务工就业碗。…`): the name says a list
    /// follows, so its leads need not open alike or with a known verb. The stretch holds at most
    /// the declared count of bare phrases; the leads around it are split as any others.
    fn split_declared(&self, paras: &[&Paragraph], mut run: Vec<Lead>, pending: &[Declaration]) -> Vec<Vec<Lead>> {
        let stretch = pending.iter().rev().find_map(|d| {
            let p = d.para?;
            let first = run.iter().position(|l| l.para > p)?;
            let near = run[first].para - p <= 2 && d.naming != Naming::Slogan;
            // phrases of words alone: a lead holding a comma is a clause of narration or a
            // fragment of a broken paragraph (`工程,即:…`)
            let len = run[first..].iter().take(d.count as usize).take_while(|l| l.name.chars().all(is_han)).count();
            (near && len >= 2).then_some((first, len))
        });
        let Some((first, len)) = stretch else {
            return self.split_parallel(paras, run, true);
        };
        let after = run.split_off(first + len);
        let declared = run.split_off(first);
        let mut out = self.split_parallel(paras, run, true);
        out.push(declared);
        out.extend(self.split_parallel(paras, after, true));
        out
    }

    /// Splits a run of sentence leads into stretches that share an opening or a head
    /// (`强化…`, `…行动`), and stretches of imperative phrases that share nothing but their form.
    fn split_parallel(&self, paras: &[&Paragraph], run: Vec<Lead>, loose_ok: bool) -> Vec<Vec<Lead>> {
        let (mut out, run) = if loose_ok { take_even_stretches(run) } else { (Vec::new(), run) };
        // chains of parallel leads; a stray sentence between two items does not break a chain
        let mut chains: Vec<Vec<Lead>> = Vec::new();
        for lead in run {
            let open = chains
                .iter_mut()
                .rev()
                .take(3)
                .find(|c| c.last().is_some_and(|l| parallel(&l.name, &lead.name)));
            match open {
                Some(chain) => chain.push(lead),
                None => chains.push(vec![lead]),
            }
        }
        chains.sort_by_key(|c| c[0].para);
        let mut loose: Vec<Lead> = Vec::new();
        for chain in chains {
            if chain.len() >= 2 {
                if loose.len() >= 3 {
                    out.push(std::mem::take(&mut loose));
                }
                loose.clear();
                out.push(dedup(chain));
            } else if loose_ok && self.starts_with_lead_verb(&chain[0].name) {
                loose.extend(chain);
            }
            // any other lead is a stray sentence or a fragment of a broken paragraph: skipped
        }
        if loose.len() >= 3 {
            out.push(loose);
        }
        out.sort_by_key(|r| r[0].para);
        for run in &mut out {
            self.extend_with_clause(paras, run);
        }
        out
    }

    /// The paragraph right after a run may open with a clause rather than a sentence
    /// (`打造特色文化名城,实施…;…`): it is the run's last item when that clause reads as one.
    fn extend_with_clause(&self, paras: &[&Paragraph], run: &mut Vec<Lead>) {
        let Some(last) = run.last() else { return };
        let i = last.para + 1;
        let Some(p) = paras.get(i) else { return };
        let text = p.text.as_str();
        let Some(end) = text.char_indices().find(|&(_, c)| is_clause_break(c)).map(|(j, _)| j) else {
            return;
        };
        let name = &text[..end];
        let n = name.chars().count();
        let fits = (4..=12).contains(&n)
            && name.chars().all(is_han)
            && !self.narration.is_match(name)
            && self.starts_with_lead_verb(name)
            && (run.len() < 2 || !parallel(&run[0].name, &run[1].name) || parallel(&last.name, name));
        if fits {
            run.push(Lead { para: i, start: 0, end, kind: LeadKind::Sentence, name: name.to_string() });
        }
    }
}

/// Lengths of the lead phrases [`take_even_stretches`] reads as written to one measure.
const EVEN_LEAD_CHARS: std::ops::RangeInclusive<usize> = 4..=10;

/// Takes out of a run of sentence leads every stretch of at least three paragraphs in a row
/// that open with bare phrases of one length (`精准识别不漏一户。` `产业就业稳定增收。`
/// `兜底保障应保尽保。`): measures are written to one measure even where their words share
/// nothing, and narration does not open paragraph after paragraph with phrases of one length.
/// Returns the stretches and what is left of the run.
fn take_even_stretches(run: Vec<Lead>) -> (Vec<Vec<Lead>>, Vec<Lead>) {
    let even = |l: &Lead| EVEN_LEAD_CHARS.contains(&l.name.chars().count()) && l.name.chars().all(is_han);
    let mut stretches: Vec<Vec<Lead>> = Vec::new();
    let mut rest = Vec::new();
    let mut current: Vec<Lead> = Vec::new();
    // a stretch whose leads open or end alike is left to the chains, which may run further
    let flush = |current: &mut Vec<Lead>, stretches: &mut Vec<Vec<Lead>>, rest: &mut Vec<Lead>| {
        if current.len() >= 3 && !current.windows(2).all(|w| parallel(&w[0].name, &w[1].name)) {
            stretches.push(std::mem::take(current));
        } else {
            rest.append(current);
        }
    };
    for lead in run {
        let follows = current.last().is_some_and(|l: &Lead| {
            l.para + 1 == lead.para && l.name.chars().count() == lead.name.chars().count()
        });
        if !follows {
            flush(&mut current, &mut stretches, &mut rest);
        }
        if even(&lead) {
            current.push(lead);
        } else {
            rest.push(lead);
        }
    }
    flush(&mut current, &mut stretches, &mut rest);
    rest.sort_by_key(|l| l.para);
    (stretches, rest)
}

/// Links a run to the declaration just before it, when they agree: the run shows no more items
/// than declared, and either exactly as many, or items that end in the declared head, or it
/// starts right under the declaration (a page that cut the set short). A name known only by its
/// frame needs the run right under it, with its count.
fn link(run: &[Lead], pending: &mut Vec<Declaration>) -> Option<Declaration> {
    let first = run.first()?.para;
    let n = run.len() as u32;
    let pos = pending.iter().rposition(|d| {
        let distance = d.para.and_then(|p| first.checked_sub(p)).filter(|&k| k > 0);
        let near = d.para.is_none() || distance.is_some_and(|k| k <= MAX_DECLARATION_DISTANCE);
        let adjacent = distance.is_some_and(|k| k <= 2);
        let same_head = run.iter().all(|l| l.name.ends_with(&d.head));
        let agrees = match d.naming {
            Naming::Framed => n == d.count && adjacent,
            // a slogan's word opens every item: `“五个聚焦”` over `聚焦产业培育,…` `聚焦…`
            // (a word of one character may close each item instead: `“三快”` over `发现快`, `研判快`)
            Naming::Slogan => n == d.count && run.iter().all(|l| l.name.starts_with(&d.head) || d.head.chars().count() == 1 && l.name.ends_with(&d.head)),
            // a guessed name (`三条途径`) is too weak to name fewer leads than it counts unless
            // they end in its head; a known one may (a page cut short of the set's end)
            Naming::Guessed => n == d.count || n < d.count && same_head,
            _ => n == d.count || n < d.count && (same_head || adjacent),
        };
        near && agrees
    })?;
    Some(pending.remove(pos))
}

/// Two lead phrases run in parallel when they open alike or end alike, or when they are
/// framed alike: as long as each other, with a word in the same place (`精准识别到户`,
/// `分类帮扶到人`, `动态清零到底`), as parallel phrases are written.
fn parallel(a: &str, b: &str) -> bool {
    let prefix = |n: usize| a.chars().take(n).eq(b.chars().take(n));
    let suffix = |n: usize| a.chars().rev().take(n).eq(b.chars().rev().take(n));
    prefix(2) || suffix(2) || prefix(1) && suffix(1) || same_frame(a, b)
}

/// Lengths of the phrases [`same_frame`] compares: shorter ones share a character by chance,
/// and longer ones are clauses whose likeness is their verbs' (`parallel` reads those).
const FRAMED_CHARS: std::ops::RangeInclusive<usize> = 5..=8;

/// Whether `a` and `b` are bare phrases of as many characters, in [`FRAMED_CHARS`], with the
/// same character in one place inside them (neither first nor last, which [`parallel`] reads).
fn same_frame(a: &str, b: &str) -> bool {
    let n = a.chars().count();
    FRAMED_CHARS.contains(&n)
        && n == b.chars().count()
        && a.chars().chain(b.chars()).all(is_han)
        && a.chars().zip(b.chars()).take(n - 1).skip(1).any(|(x, y)| x == y)
}

/// Whether the clauses of a rule a run quotes (`第一条 监测范围。…`) follow one another. A
/// page that quotes `第三条`, `第五条`, `第九条` picks clauses out of a longer rule rather than
/// listing measures. Runs of other leads pass.
/// Words that step through an argument or a plan, in their order.
const SEQUENCE_WORDS: [&str; 4] = ["首先", "其次", "再次", "最后"];

/// The byte length of the step word `s` opens with, if any.
fn sequence_word(s: &str) -> Option<usize> {
    SEQUENCE_WORDS.iter().find(|w| s.starts_with(**w)).map(|w| w.len())
}

fn numbered_in_order(paras: &[&Paragraph], run: &[Lead]) -> bool {
    // steps go in their order from the first (`首先` … `最后`), each once but `再次`
    let step = |l: &Lead| SEQUENCE_WORDS.iter().position(|w| paras[l.para].text.trim_start().starts_with(w));
    let steps: Option<Vec<usize>> = run.iter().map(step).collect();
    if let Some(steps) = steps {
        return steps.first() == Some(&0) && steps.windows(2).all(|w| w[0] < w[1] || w[0] == 2 && w[1] == 2);
    }
    let clause = |l: &Lead| {
        let rest = paras[l.para].text.trim_start().strip_prefix('第')?;
        let (number, _) = rest.split_once('条')?;
        chinese_int(number)
    };
    let numbers: Option<Vec<u64>> = run.iter().map(clause).collect();
    // `1．…` `2．…` `4．…`: items numbered in figures go one by one too (a list that skips
    // the ones it could not read as measures, `3．全县新建高标准农田5.2万亩`, is a list of
    // something else, here a year's news)
    let figure = |l: &Lead| {
        let t = paras[l.para].text.trim_start_matches([' ', '\u{3000}']);
        let digits = t.find(|c: char| !c.is_ascii_digit())?;
        t[digits..].starts_with(['．', '.', '、']).then(|| t[..digits].parse::<u64>().ok()).flatten()
    };
    let figures: Option<Vec<u64>> = run.iter().map(figure).collect();
    let in_order = |n: Vec<u64>| n.windows(2).all(|w| w[0].checked_add(1) == Some(w[1]));
    numbers.is_none_or(in_order) && figures.is_none_or(in_order)
}

/// Drops repeated items (a page that prints one measure twice).
fn dedup(run: Vec<Lead>) -> Vec<Lead> {
    let mut seen = std::collections::HashSet::with_capacity(run.len());
    let first: Vec<bool> = run.iter().map(|l| seen.insert(l.name.as_str())).collect();
    run.into_iter().zip(first).filter_map(|(l, first)| first.then_some(l)).collect()
}

/// Modal words before a measure's verb (`要`, `必须`), longest first.
const MODALS: [&str; 6] = ["必须", "需要", "应当", "要", "需", "应"];

/// How the headline of a notice ends (`关于开展…申报工作的通知`, `…招聘公告`, `…情况的公示`).
const NOTICE_ENDS: [&str; 5] = ["通知", "公告", "公示", "简章", "通告"];

/// Words of a title over a report whose unnamed lists are its outline, not measures: a
/// statistics bulletin, a survey's release (`…满意度调查结果发布`), a year's work summary. A price
/// report (`全县猪肉价格小幅回落`) too, told by `价格` in its title and [`PRICE_WORDS`] in its text.
const REPORT_TITLES: [&str; 3] = ["统计公报", "调查结果", "工作总结"];

/// Words a price report's text reports prices in.
const PRICE_WORDS: [&str; 4] = ["均价", "环比", "元/公斤", "元/斤"];

/// Whether a headline is a notice's.
fn is_notice(title: &str) -> bool {
    NOTICE_ENDS.iter().any(|e| title.trim_end().ends_with(e))
}

/// Names of the parts of a document, which a policy explainer heads its sections with
/// (`一、出台背景`, `二、主要内容`), and a report or bulletin its own (`一、工作动态`,
/// `二、经验做法`, `三、下步打算`): an outline of the text, not measures.
const DOCUMENT_PARTS: [&str; 30] = [
    "背景", "依据", "内容", "意义", "范围", "说明", "解读", "原则", "思路", "目标", "标准", "要求", "成效",
    "联系方式", "保障措施", "主要任务", "案例", "指标", "工作动态", "经验做法", "主要做法", "下步打算",
    "存在问题", "工作打算",
    // a study tour's report (`二、几点启示`, `三、下一步打算`)
    "启示", "体会", "下一步打算",
    // an explainer's parts (`政策问答`, `主要举措`, `一图看懂`)
    "问答", "主要举措", "一图看懂",
];

/// An investment brochure's parts (`一、县情概况`, `三、重点招商项目`, `四、优惠政策`), read as
/// whole items only: a measure may end the same way (`兑现惠企优惠政策`, `持续优化投资环境`).
const BROCHURE_PARTS: [&str; 7] = ["概况", "县情概况", "基本概况", "招商项目", "重点招商项目", "优惠政策", "投资环境"];

/// A study's own parts (`三、存在的主要问题`, `四、对策建议`, `五、结语`): parts only as short
/// names, since a measure may end the same way (`解决群众急难愁盼问题`).
const STUDY_PARTS: [&str; 5] = ["问题", "建议", "结语", "引言", "结论"];

/// Longest name read as one of a study's [`STUDY_PARTS`].
const MAX_STUDY_PART_CHARS: usize = 7;

/// Verbs of solving that open a measure whose object is a problem or a gap (`解决…问题`,
/// `弥补…不足`): no part of a document, no finding.
const SOLVING: [&str; 8] = ["解决", "破解", "弥补", "缩小", "补齐", "化解", "着力", "回应"];

/// Whether an item opens with one of the [`SOLVING`] verbs.
fn solves(name: &str) -> bool {
    SOLVING.iter().any(|v| name.starts_with(v))
}

/// How a finding or a shortfall ends (`申报意愿不强`, `满意度较高`, `力量较为薄弱`): a study's
/// list of what it found, not of measures.
const FINDING_ENDS: [&str; 28] = [
    "不强", "不足", "不充分", "薄弱", "较弱", "不高", "较低", "偏低", "滞后", "差异", "不够", "欠缺", "较高", "较好", "不到位", "不均衡", "不平衡",
    // (`问题依然存在`, `人才相对缺乏`, `收益存在风险`, `管护机制还不健全`)
    "存在", "缺乏", "存在风险", "不健全", "不完善",
    // a survey's or a study's findings (`总体满意度继续提升`, `收入和就业状况稳中向好`, `帮扶工作获得
    // 普遍认可`, `收入总量稳步增长`, `发展类型趋于多元`, `带动效应逐步显现`)
    "向好", "提升", "认可", "增长", "多元", "显现",
];

/// Words before a colon that open a paragraph no measure leads: a transcript's turns and a
/// note on where figures come from.
const NO_LEADS: [&str; 4] = ["问", "答", "数据来源", "资料来源"];

/// Whether most items of a program state findings (see [`FINDING_ENDS`]), or name the topics a
/// reply takes in turn (`一、关于监测对象的认定`, `二、关于帮扶政策`). An item led by a verb of
/// action is a measure whatever it ends in (`补齐基层人才不足`).
fn states_findings(p: &Program, acts: impl Fn(&str) -> bool) -> bool {
    let finding = |name: &str| {
        // `学法用法还不够深入`, `配套制度有待完善`, `干部作风还需持续改进`: a shortfall told by a word
        // before its verb; `防止返贫底线守得更牢`: a result told by `更` before its last word
        // (`让脱贫群众收入更高`, `推动产业基础更牢`, `把监测网织得更密`: a goal set, not a
        // result found)
        // (`把关不够严格`, `把握政策不够精准` are shortfalls: only `把…得更…` sets a goal)
        let goal = name.starts_with(['让', '使']) || name.starts_with('把') && name.contains("得更") || name.starts_with("推动") || name.starts_with("促进");
        let short_of = || !goal && (["不够", "有待", "还需", "还有"].iter().any(|w| words::find_by_last(name, w).is_some()) || name.contains("依然存在") || name.chars().rev().nth(1) == Some('更'));
        // (the ends compared in line, with no call to `memcmp` for each)
        let ends_so = (FINDING_ENDS.iter().any(|e| words::has_suffix(name, e)) || short_of()) && !acts(name) && !solves(name);
        ends_so || name.starts_with("关于")
    };
    let found = p.items.iter().filter(|i| finding(&i.name)).count();
    2 * found > p.items.len()
}

/// Single-character verbs that make a part's word their object in a slogan (`整改问题提成效`,
/// `抓落实见成效`): a measure, not a part of the document.
const PART_AS_OBJECT: [char; 6] = ['提', '见', '出', '显', '求', '促'];

/// How the name of a contest's or an award's class ends (`产业发展组`, `一等奖`, `优秀类`).
const CLASS_ENDS: [&str; 4] = ["组", "类", "等奖", "档"];

/// Whether every item of a program names a class of a contest or an award (see [`CLASS_ENDS`])
/// over its results, a colon after it (`产业发展组:甲村96.5分`, told by `listed`); an item led by
/// a verb of action (`建立督导组`), or a team set up for a task (`政策宣讲组,进村入户宣讲`), is
/// a measure.
fn names_classes(p: &Program, acts: impl Fn(&str) -> bool, listed: impl Fn(&ProgramItem) -> bool) -> bool {
    p.items.iter().all(|i| CLASS_ENDS.iter().any(|e| i.name.ends_with(e)) && !acts(&i.name) && listed(i))
}

/// Longest item read as the name of a place by [`names_places`], in chars.
const MAX_PLACE_ITEM_CHARS: usize = 10;

/// How the name of a division or a settlement ends.
const PLACE_ENDS: [char; 8] = ['省', '市', '县', '区', '旗', '乡', '镇', '村'];

/// Whether every item of a program is the name of a place (`融水苗族自治县`, `三江侗族自治县`,
/// `上林县（南宁市）`) or of a body (`某某物流有限公司`, `某某中药材专业合作社`): a list of
/// where or of whom, not of what is done (`建设示范村` is a measure: a verb leads it).
fn names_places(p: &Program, acts: impl Fn(&str) -> bool) -> bool {
    p.items.iter().all(|i| {
        // the division a place is in, in brackets after it, is part of its name
        let name = i.name.strip_suffix(['）', ')']).and_then(|n| n.rfind(['（', '(']).map(|k| &n[..k])).unwrap_or(&i.name);
        let n = name.chars().count();
        let place = (3..=MAX_PLACE_ITEM_CHARS).contains(&n) && name.ends_with(PLACE_ENDS);
        let body = (4..=MAX_BODY_ITEM_CHARS).contains(&n) && BODY_ENDS.iter().any(|e| name.ends_with(e));
        (place || body) && name.chars().all(is_han) && !acts(name)
    })
}

/// Longest item read as the name of a body by [`names_places`], in chars.
const MAX_BODY_ITEM_CHARS: usize = 20;

/// How the name of a company, a cooperative or a like body ends.
const BODY_ENDS: [&str; 4] = ["公司", "合作社", "协会", "工厂"];

/// Whether an item names a part of a document (`典型案例`, `主要指标`).
fn names_a_part(name: &str) -> bool {
    // (the endings compared in line, last byte first: most differ there, where a call to
    // `memcmp` per word cost more than the test)
    let part_word = |w: &&str| {
        words::has_suffix(name, w) && {
            let head = &name[..name.len() - w.len()];
            !(head.chars().nth(2).is_some() && head.ends_with(PART_AS_OBJECT))
        }
    };
    let study_part = || {
        name.chars().nth(MAX_STUDY_PART_CHARS).is_none()
            && STUDY_PARTS.iter().any(|w| words::has_suffix(name, w))
            && !solves(name)
    };
    DOCUMENT_PARTS.iter().any(part_word) || study_part() || BROCHURE_PARTS.contains(&name)
}

/// A document numbers its closing parts with its measures (`五、典型案例`, `六、主要指标`):
/// they leave the run's end.
fn drop_closing_parts(run: &mut Vec<Lead>) {
    while run.last().is_some_and(|l| names_a_part(&l.name)) {
        run.pop();
    }
}

/// Whether most of a run's items name parts of a document. A report's parts may also tell how
/// something stands (`一、基本情况`, `(二)帮扶措施落实情况`); an item of that ending alone, last
/// of a run, may be a measure (`及时报送情况`), so it counts only here.
fn outlines_a_document(run: &[Lead]) -> bool {
    let parts = run.iter().filter(|l| names_a_part(&l.name) || l.name.ends_with("情况")).count();
    2 * parts > run.len()
}

/// Whether a run is a speech's or a report's first-level heads (`一、肯定成绩、坚定信心，充分认清
/// …成效` alone on its line, then `二、正视问题、保持清醒，…`): heads of two clauses each with no
/// sentence under them on their line outline the text; its measures are listed under one.
/// Heads led by a verb of action (`落实“四项机制”,做到早发现…`) list measures all the same.
fn outlines_a_speech(paras: &[&Paragraph], run: &[Lead], acts: impl Fn(&str) -> bool) -> bool {
    let head = |l: &Lead| {
        let t = paras[l.para].text.as_str();
        l.kind == LeadKind::Ordinal(OrdinalStyle::Comma) && t.contains(['，', ',']) && !t.contains(['。', '；', ';'])
    };
    run.len() >= 3 && run.iter().all(head) && 2 * run.iter().filter(|l| acts(&l.name)).count() < run.len()
}

/// `采取三项措施:①…②…③…`: the count in the name of a set the article lists says how many
/// items the program holds, which the program records; it is no fact of its own (wherever the
/// name is printed, the headline too).
pub fn drop_name_counts(facts: &mut Vec<Fact>, programs: &[Program]) {
    let names_a_program = |f: &Fact| {
        programs.iter().any(|p| {
            p.declared_count > 0 && !p.items.is_empty() && f.value == f64::from(p.declared_count) && p.name.starts_with(f.text.as_str())
        })
    };
    facts.retain(|f| !names_a_program(f));
}

/// The noun of a set of main industries (`五大特色产业`).
const INDUSTRY: &str = "产业";

/// `三大主导产业`: a name whose classifier is `大`, the mark of a set of main parts.
fn is_da_name(name: &str) -> bool {
    name.chars().find(|&c| chinese_digit(c).is_none() && chinese_unit(c).is_none()) == Some('大')
}

/// `织密监测预警、精准帮扶…“四张网”` sums up a set whose leads follow (`织密监测预警网。…`):
/// both are read under one name. The leads say each measure in full, so of two programs of one
/// name and count whose items each hold the other's, the one with the shorter items goes, unless
/// every lead adds an aim after a comma. A run of leads that no declaration named takes the
/// summary's name.
fn drop_summaries(programs: &mut Vec<Program>) {
    let summarises = |short: &Program, full: &Program| {
        !short.name.is_empty()
            && (short.name == full.name || full.name.is_empty())
            && short.items.len() == full.items.len()
            && short.items.iter().zip(&full.items).all(|(a, b)| a.name.len() <= b.name.len() && b.name.contains(a.name.as_str()))
            && !std::ptr::eq(short, full)
    };
    let mut k = 0;
    while k < programs.len() {
        let Some(f) = (0..programs.len()).find(|&f| summarises(&programs[k], &programs[f])) else {
            k += 1;
            continue;
        };
        // a head of two phrases says a measure and its aim (`实施产业增收工程,拓宽增收渠道`): the
        // summary's items name the measures alone, and it stays instead
        if programs[f].items.iter().all(|item| item.name.contains([',', '，'])) {
            programs.remove(f);
            k -= usize::from(f < k);
            continue;
        }
        let short = programs.remove(k);
        let full = &mut programs[if f > k { f - 1 } else { f }];
        if full.name.is_empty() {
            full.complete = full.items.len() as u32 == short.declared_count;
            full.name = short.name;
            full.declared_count = short.declared_count;
        }
    }
}

fn program(p: &Paragraph, name: String, count: u32, items: Vec<(usize, usize)>) -> Program {
    let items: Vec<ProgramItem> = items
        .into_iter()
        .map(|(s, e)| ProgramItem { name: p.text[s..e].trim().to_string(), span: p.span_of(s, e) })
        .collect();
    finish(name, count, items)
}

/// Most characters of a paired lead (`查收入,清底数`).
const MAX_PAIRED_LEAD_CHARS: usize = 12;

/// `“五查五清”` over paragraphs opening `查收入,清底数。`, `查住房,清隐患。` …: a slogan that
/// pairs two words under one numeral names the paragraphs after it whose first sentence pairs
/// them in turn, when they are as many as it counts.
fn paired_leads(paras: &[&Paragraph], d: &Declaration) -> Option<Vec<Lead>> {
    let mut words = d.name.chars().filter(|&c| chinese_digit(c).is_none() && chinese_unit(c).is_none());
    let (first, second) = (words.next()?, words.next()?);
    if words.next().is_some() || d.head.chars().count() != 1 {
        return None;
    }
    let from = d.para.map_or(0, |p| p + 1);
    let run: Vec<Lead> = paras
        .iter()
        .enumerate()
        .skip(from)
        .take(MAX_HEADING_GAP * d.count as usize)
        .filter_map(|(i, p)| {
            let text = p.text.trim_start();
            let start = p.text.len() - text.len();
            let end = start + head_chars(text, MAX_PAIRED_LEAD_CHARS + 1).find('。')?;
            let lead = &p.text[start..end];
            let (a, b) = lead.split_once([',', '，'])?;
            let fits = a.starts_with(first) && b.starts_with(second) && lead.chars().count() <= MAX_PAIRED_LEAD_CHARS;
            fits.then(|| Lead { para: i, start, end, kind: LeadKind::Sentence, name: lead.to_string() })
        })
        .collect();
    (run.len() == d.count as usize).then_some(run)
}

fn program_from_leads(paras: &[&Paragraph], name: String, count: u32, run: &[Lead]) -> Program {
    let items = run
        .iter()
        .map(|l| ProgramItem { name: l.name.clone(), span: paras[l.para].span_of(l.start, l.end) })
        .collect();
    finish(name, count, items)
}

fn finish(name: String, count: u32, items: Vec<ProgramItem>) -> Program {
    let span = match (items.first(), items.last()) {
        (Some(a), Some(b)) => Span::new(a.span.start, b.span.end.max(a.span.start)),
        _ => Span::default(),
    };
    let complete = count == 0 || items.len() as u32 == count;
    Program { name, declared_count: count, items, complete, span }
}

/// Splits `text[s..e]` at `、` and at a final `和`/`及`/`与`/`以及`; returns the items' ranges.
pub(crate) fn split_list(text: &str, s: usize, e: usize) -> Vec<(usize, usize)> {
    let mut items = Vec::new();
    let mut start = s;
    let mut prev = ' ';
    for (j, c) in text[s..e].char_indices() {
        if c == '、' {
            items.push((start, s + j));
            start = s + j + c.len_utf8();
        } else if prev == '”' && c == '“' {
            // `“产业帮扶”“就业帮扶”`: quoted items printed side by side
            items.push((start, s + j));
            start = s + j;
        }
        prev = c;
    }
    // the last part may join two items with a conjunction
    let last = &text[start..e];
    let conj = ["以及", "和", "及", "与"]
        .iter()
        .filter_map(|w| crate::quantity::words::find_by_last(last, w).map(|k| (k, w.len())))
        .filter(|&(k, _)| k >= 6) // at least two chars before it
        .min_by_key(|&(k, _)| k);
    match conj {
        Some((k, len)) if !items.is_empty() && last[k + len..].chars().count() >= 2 => {
            items.push((start, start + k));
            items.push((start + k + len, e));
        }
        _ => items.push((start, e)),
    }
    items
        .into_iter()
        .map(|(a, b)| {
            let t = &text[a..b];
            let inner = t.trim_start_matches(['“', '‘']);
            let a = a + (t.len() - inner.len());
            (a, a + inner.trim_end_matches(['”', '’']).len())
        })
        .filter(|&(a, b)| a < b)
        .collect()
}

/// `“三个一批”`, `“四个不摘”`: a quoted count with `个` and a word of two or three characters
/// closed by the quote, which no head noun names: a slogan whose items repeat the word.
fn classified_slogan_at(text: &str, numeral_start: usize, numeral_end: usize, para: Option<usize>) -> Option<Declaration> {
    if !text[..numeral_start].ends_with('“') {
        return None;
    }
    let after = text[numeral_end..].strip_prefix('个')?;
    let word = head_chars(after, 4);
    let word = &word[..word.find('”')?];
    if !(2..=3).contains(&word.chars().count()) || !word.chars().all(is_han) {
        return None;
    }
    let count = chinese_int(&text[numeral_start..numeral_end]).filter(|&n| (2..=20).contains(&n))?;
    let end = text.len() - after.len() + word.len();
    let name = text[numeral_start..end].to_string();
    Some(Declaration { para, name, count: count as u32, head: word.to_string(), naming: Naming::Slogan, start: numeral_start, end })
}

/// Classifiers and units of time a count opens with, which no slogan's word does.
const COUNTING_WORDS: [char; 24] = [
    '年', '句', '件', '个', '次', '天', '月', '日', '名', '条', '位', '种', '项', '类', '处', '批', '轮', '场', '期', '周', '岁', '户', '人', '元',
];

/// `“坡改梯、打水窖、种草养畜”三结合的经验`: a count and a word of two characters right after a
/// quoted list, the word closing its clause or followed by `的`: the list's name, unquoted. A
/// word of three may stand before the noun of what the set is (`“…、…、…”三级网格责任`), which
/// the name leaves out. (Whether the list holds as many items is asked where its items are read.)
fn slogan_after_quoted_list(text: &str, numeral_start: usize, numeral_end: usize, para: Option<usize>) -> Option<Declaration> {
    if !text[..numeral_start].ends_with('”') {
        return None;
    }
    let rest = &text[numeral_end..];
    let mut chars = rest.chars();
    // (a count of years, words or things after a quote, `“…”三年间`, `“…”三句话`, is none)
    match chars.next() {
        Some(a) if is_han(a) && chinese_digit(a).is_none() && !COUNTING_WORDS.contains(&a) => {}
        _ => return None,
    }
    let closes = |after: &str| after.chars().next().is_none_or(|c| c == '的' || is_clause_break(c));
    let han_prefix = |n: usize| rest.char_indices().nth(n).map_or(rest.len(), |(i, _)| i);
    let two = han_prefix(2);
    let three = han_prefix(3);
    let word_end = if rest[..two].chars().count() == 2 && rest[..two].chars().all(is_han) && closes(&rest[two..]) {
        two
    } else if rest[..three].chars().count() == 3 && rest[..three].chars().all(is_han) && SET_OF.iter().any(|w| rest[three..].starts_with(w) && closes(&rest[three + w.len()..])) {
        three
    } else {
        return None;
    };
    let word_end = numeral_end + word_end;
    let count = chinese_int(&text[numeral_start..numeral_end]).filter(|&n| (2..=20).contains(&n))?;
    let word = text[numeral_end..word_end].to_string();
    Some(Declaration { para, name: text[numeral_start..word_end].to_string(), count: count as u32, head: word, naming: Naming::Slogan, start: numeral_start, end: word_end })
}

/// The word of a slogan saying its items stand as one (`“四位一体”`).
const ONE_BODY: &str = "位一体";

/// Nouns of what a set after a quoted list is (`“…”三级网格责任`, `“…”三位一体机制`).
const SET_OF: [&str; 5] = ["责任", "机制", "体系", "模式", "格局"];

/// A quoted slogan of a count and a word with no classifier between (`“四统一”`), whose numeral
/// starts at `numeral_start` and ends at `numeral_end`. The word is two or three chars closed
/// by the quote (one when ordinals follow, `“三早”。一是…`): a longer one is a compound slogan
/// (`两不愁三保障`), a term rather than a set.
fn slogan_at(text: &str, numeral_start: usize, numeral_end: usize, para: Option<usize>) -> Option<Declaration> {
    if !text[..numeral_start].ends_with('“') {
        return None;
    }
    let word = head_chars(&text[numeral_end..], 4);
    let word = &word[..word.find('”')?];
    // a word of one character (`“三早”`) names a set only over the ordinals right after it,
    // a head noun between them making it a method's name (`“三联”工作法:①…`)
    let n = word.chars().count();
    let after = text[numeral_end + word.len()..].trim_start_matches('”');
    // (the heads compared in line, with no call to `memcmp` for each)
    let head_noun = if n == 1 { HEADS.iter().filter(|h| words::has_prefix(after, h)).max_by_key(|h| h.len()) } else { None };
    // (`“四定”管理，即定岗位、定职责…`: a word of one character spelled out right after by a
    // gloss whose first items open with it names a set too)
    let glossed = || {
        // (a head noun of up to four characters between, `管理`; every item of the count opens
        // with the word: `“两山”，即山高、山陡` glosses no set, its items are no measures)
        let noun = after.chars().take_while(|&c| is_han(c) && c != '即').count();
        let gloss = after.trim_start_matches(|c: char| is_han(c) && c != '即').trim_start_matches(['，', ',']);
        let count = chinese_int(&text[numeral_start..numeral_end]).unwrap_or(0) as usize;
        let items = gloss.strip_prefix('即').map(|g| g.split(['、', '，', ',', '。']).take(count).filter(|i| i.starts_with(word) && i.chars().count() >= 2).count());
        n == 1 && noun <= 4 && count >= 3 && items == Some(count) || n == 1 && count >= 3 && spelled_after_colon(after, word, count)
    };
    // (`监测帮扶要做到“三快”。` closing its paragraph: the ordinals may open the paragraphs below,
    // where a run of exactly its count, each holding the word, must follow for it to name them)
    let closing = n == 1 && head_noun.is_none() && matches!(after.trim_end(), "。" | "：" | ":");
    let fits = (2..=3).contains(&n) || n == 1 && opens_ordinals(&after[head_noun.map_or(0, |h| h.len())..]) || glossed() || closing;
    if !fits || !word.chars().all(is_han) || chinese_digit(word.chars().next()?).is_some() {
        return None;
    }
    let count = chinese_int(&text[numeral_start..numeral_end]).filter(|&n| (2..=20).contains(&n))?;
    let (end, name) = match head_noun {
        Some(h) if opens_ordinals(&after[h.len()..]) => (text.len() - after.len() + h.len(), format!("{}{word}{h}", &text[numeral_start..numeral_end])),
        _ => (numeral_end + word.len(), text[numeral_start..numeral_end + word.len()].to_string()),
    };
    // `五查五清`: the numeral twice pairs two words, and each item opens with the first
    // (`查收入,清底数`)
    let numeral = &text[numeral_start..numeral_end];
    let mut chars = word.char_indices();
    let paired = match (chars.next(), chars.next()) {
        (Some((_, first)), Some((k, _))) if word[k..].starts_with(numeral) && word.chars().count() == 3 => Some(first),
        _ => None,
    };
    let head = paired.map_or_else(|| word.to_string(), |c| c.to_string());
    Some(Declaration { para, name, count: count as u32, head, naming: Naming::Slogan, start: numeral_start, end })
}

/// `“三金”：土地流转挣租金、务工就业挣薪金、入股分红挣股金。`: after a colon right behind a
/// quoted slogan of one character, a sentence of exactly `count` items, each holding the
/// character, spells the slogan out (a colon before a sentence of any other make is no gloss).
fn spelled_after_colon(after: &str, word: &str, count: usize) -> bool {
    let Some(list) = after.strip_prefix(['：', ':']) else {
        return false;
    };
    let sentence = &list[..list.find(['。', '；', ';', '！']).unwrap_or(list.len())];
    let items: Vec<&str> = sentence.split(['、', '，', ',']).collect();
    items.len() == count && items.iter().all(|i| i.contains(word) && (2..=12).contains(&i.chars().count()))
}

/// Whether the name at `text[start..end]` is framed as the declaration of a list: a colon
/// right after it (`三个环节:`, `“四个一批”:`), quotes round it with a quoted list right
/// before (`“…、…”的“五个一”`), ordinals right after its sentence, or a gloss after a quoted name or a slogan whose body opens with
/// a numeral (`实施“三个一批”,即…`, `三个一批,也就是…`). A bare counted noun before `包括`
/// (`三个小组,包括…`) names no set.
fn is_framed(text: &str, start: usize, end: usize, slogan: bool) -> bool {
    let after = text[end..].trim_start_matches('”');
    let quoted = is_quoted(text, start, end);
    let colon = after.starts_with([':', '：']);
    // a quoted list frames a quoted name, or a count of aspects whose noun ends it
    // (`“产业共建、劳务协作”两个方面`); an unquoted name's end is a guess otherwise
    let listed = (quoted || text[..end].ends_with("方面")) && quoted_list_before(text, start).is_some();
    // `重点抓好以下四个环节。` closing its paragraph: the paragraphs below are the count's items
    let announced = text[..start].ends_with("以下") && matches!(after.trim_end(), "。" | "" | ":" | "：");
    // `推行红薯产业“三个一”发展模式。` closing its paragraph: a quoted name the text goes on to
    // spell out under it (a short noun of what it is may follow the quote)
    // (an honour won, `获得“三个十佳”荣誉。`, `被评为“三个一”示范村。`, names no such list)
    let closing = quoted && {
        let noun_end = after.char_indices().take_while(|&(k, c)| k < MAX_CLOSING_NOUN_CHARS * 3 && is_han(c)).last().map_or(0, |(k, c)| k + c.len_utf8());
        let noun = &after[..noun_end];
        let honoured = HONOUR_VERBS.iter().any(|v| text[..start].trim_end_matches('“').ends_with(v));
        matches!(after[noun_end..].trim_end(), "。" | "") && !honoured && (noun.is_empty() || WAYS_OF_WORKING.iter().any(|w| noun.ends_with(w)))
    };
    colon || listed || announced || closing || (quoted || slogan) && gloss(text, end).is_some() || opens_ordinals(after)
}

/// Longest noun after a quoted name closing its paragraph (`“三个一”发展模式。`), in characters.
const MAX_CLOSING_NOUN_CHARS: usize = 4;

/// What a quoted set closing its paragraph may be called: a way of working it spells out.
const WAYS_OF_WORKING: [&str; 12] = ["模式", "工作法", "机制", "行动", "工程", "举措", "措施", "做法", "路子", "体系", "服务", "工作"];

/// Verbs of an honour won, before a quoted name that is its title, not a list of measures.
const HONOUR_VERBS: [&str; 5] = ["获得", "荣获", "评为", "授予", "获评"];

/// Whether `after`, the text after a name, ends the sentence and goes on with the first of a
/// run of ordinals (`主要有三种途径。第一种是…`, `有两个方面。一是…`): the name counts them.
fn opens_ordinals(after: &str) -> bool {
    after.strip_prefix(['。', ',', '，', ':', '：']).is_some_and(starts_with_ordinal)
}

/// Whether `text` starts with the first mark of a run of ordinals (`一是`, `①`, `(一)`…).
fn starts_with_ordinal(text: &str) -> bool {
    // only the first mark's own characters are looked at, however long the paragraph
    let head = head_chars(text, 6);
    InlineMark::ALL.iter().any(|mark| mark.find(head, 0, 1).is_some_and(|(pos, _)| pos == 0))
}

/// Whether the name at `start..end` of `text` stands in quotes (`“三条途径”`).
fn is_quoted(text: &str, start: usize, end: usize) -> bool {
    text[..start].ends_with('“') && text[end..].starts_with('”')
}

/// Words that open a gloss of a set just named (`“三个一批”,即…`, `也就是…`, `包括…`); longest
/// first where one starts another.
const GLOSS_MARKERS: &[&str] =
    &["也就是说", "也就是", "也即", "即", "具体包括", "主要包括", "包括", "分别是", "分别为", "具体是", "具体为"];

/// The list that glosses a name ending at `name_end`, as the byte range of the list and whether
/// it follows the name right away. Papers print the gloss in brackets (`“三个一批”（…）`), after a
/// colon, after a gloss word (`“三项机制”,即…`, `三项机制包括…`), or after one short clause that
/// says how the set is used (`按照“五个一批”的思路精准施策,即…`). The list ends at the next
/// clause break: what follows a comma says what the set achieves.
fn gloss(text: &str, name_end: usize) -> Option<(usize, usize, bool)> {
    let after = text[name_end..].trim_start_matches(['”', '’']);
    let offset = |s: &str| text.len() - s.len();
    if let Some(inner) = after.strip_prefix(['（', '(']) {
        let close = head_chars(inner, MAX_CLAUSE_CHARS).find(['）', ')'])?;
        return Some((offset(inner), offset(inner) + close, true));
    }
    let (rest, adjacent) = match after.strip_prefix([':', '：']).or_else(|| after_gloss_word(after)) {
        Some(rest) => (rest, true),
        None => {
            // one clause may stand between the name and its gloss, which then opens with a
            // gloss word or a colon (`“四统一”管理模式:统一供种、…`)
            let window = head_chars(after, MAX_LEAD_CHARS);
            let (j, c) = window.char_indices().find(|&(_, c)| is_clause_break(c))?;
            let next = match c {
                ',' | '，' => after_gloss_word(&after[j..]).or_else(|| quoted_list_opening(&after[j + c.len_utf8()..])),
                ':' | '：' => Some(&after[j + c.len_utf8()..]),
                _ => quoted_list_opening(&after[j + c.len_utf8()..]),
            }?;
            if let Some(inner) = next.strip_prefix('“') {
                let close = inner.find('”')?;
                return Some((offset(inner), offset(inner) + close, false));
            }
            (next, false)
        }
    };
    let window = head_chars(rest, MAX_CLAUSE_CHARS);
    let end = window.find(|c: char| is_clause_break(c) && !matches!(c, '(' | '（' | ')' | '）')).unwrap_or(window.len());
    Some((offset(rest), offset(rest) + end, adjacent))
}

/// The next clause from its opening quote, when the clause opens with a short verb and a quoted
/// `、`-list (`“三个一”工程。围绕“一村一个…、一户一名…、一乡一个…”,…`): the quote spells the set out.
fn quoted_list_opening(s: &str) -> Option<&str> {
    let open = head_chars(s, 4).find('“')?;
    let quote = &s[open..];
    let close = head_chars(quote, MAX_CLAUSE_CHARS).find('”')?;
    quote[..close].contains('、').then_some(quote)
}

/// The text after a gloss word that opens `s`, past a comma before it and a colon after it.
fn after_gloss_word(s: &str) -> Option<&str> {
    let s = s.trim_start_matches([',', '，', ' ', '　']);
    let rest = GLOSS_MARKERS.iter().find_map(|w| s.strip_prefix(w))?;
    Some(rest.strip_prefix([':', '：']).unwrap_or(rest))
}

/// The items of a gloss after a declared name. A gloss that follows the name right away may show
/// fewer items than the name counts (a page cut short); one set apart by a clause, or one of a
/// name known only by its frame (`exact`), must show exactly as many.
fn items_glossed(text: &str, name_end: usize, count: u32, exact: bool) -> Option<Vec<(usize, usize)>> {
    let (start, end, adjacent) = gloss(text, name_end)?;
    if words::contains(&text[start..end], "一是") {
        return None;
    }
    let items = split_list(text, start, end);
    let n = items.len() as u32;
    let fits = if exact || !adjacent { n == count } else { count == 0 || n <= count };
    (n >= 2 && fits && items_ok(text, &items)).then_some(items)
}

/// The items of [`items_by_semicolons`] after a name of measures and the colon right after it.
fn semicolon_gloss(text: &str, name_end: usize, count: u32) -> Option<Vec<(usize, usize)>> {
    let (start, _, adjacent) = gloss(text, name_end)?;
    // `三项措施:一是…;二是…`: ordinals mark the items, read as such
    if starts_with_ordinal(&text[start..]) {
        return None;
    }
    let items = adjacent.then(|| items_by_semicolons(text, start, count)).flatten()?;
    items_ok(text, &items).then_some(items)
}

/// `明确了四条原则:坚持预防为主;坚持精准施策;…。`: after a name and its colon, one sentence of
/// exactly its count of clauses set apart by semicolons, each an item. The count must match:
/// semicolons also part the sentences of an answer that only begins with the set.
fn items_by_semicolons(text: &str, start: usize, count: u32) -> Option<Vec<(usize, usize)>> {
    if count < 2 {
        return None;
    }
    let window = head_chars(&text[start..], MAX_CLAUSE_CHARS * 2);
    let end = start + window.find(crate::quantity::FULL_STOPS).unwrap_or(window.len());
    let body = &text[start..end];
    let stops = body.match_indices(['；', ';']).map(|(j, mark)| (j, mark.len()));
    let mut items = Vec::new();
    let mut from = 0;
    for (j, mark) in stops.chain(std::iter::once((body.len(), 0))) {
        items.push((start + from, start + from + body[from..j].trim_end().len()));
        from = j + mark;
    }
    let fits = items.len() as u32 == count
        && items.iter().all(|&(s, e)| item_within(&text[s..e], false, MAX_MARKED_ITEM_CHARS));
    fits.then_some(items)
}

/// `推行“四统一”,让群众种得放心。合作社实行统一供应菌棒、统一技术指导、统一品牌包装、统一保底
/// 收购`: a slogan spelled out a sentence later by a `、`-list of exactly its count, every item
/// opening with the slogan's word. Read in a bounded window after the name.
fn list_repeating_after(text: &str, name_end: usize, count: u32, word: &str) -> Option<Vec<(usize, usize)>> {
    let window = head_chars(&text[name_end..], MAX_CLAUSE_CHARS);
    let at = window.find(word)?;
    let start = name_end + at;
    let end = start + window[at..].find(is_clause_break)?;
    let items = split_list(text, start, end);
    let fits = items.len() as u32 == count && items.iter().all(|&(s, e)| text[s..e].starts_with(word));
    if fits && items_ok(text, &items) {
        return Some(items);
    }
    // `“四个到户”…按照政策宣讲到户、风险排查到户、…的要求`: items may close with the word, the
    // list running from a verb that opens it to the word's last repeat in the clause
    let clause = &text[name_end..end];
    let clause = &clause[clause.rfind(is_clause_break).map_or(0, |k| k + clause[k..].chars().next().map_or(1, char::len_utf8))..];
    let clause_start = end - clause.len();
    let opener = LIST_OPENERS.iter().find_map(|w| clause.find(w).map(|k| clause_start + k + w.len()))?;
    let last = clause_start + clause.rfind(word)? + word.len();
    let items = (opener < last).then(|| split_list(text, opener, last))?;
    let fits = items.len() as u32 == count && items.iter().all(|&(s, e)| text[s..e].ends_with(word));
    (fits && items_ok(text, &items)).then_some(items)
}

/// Verbs after which a clause spells a slogan's items out (`按照政策宣讲到户、…的要求`), and the
/// dash that glosses a name (`“三个一批”的路子——车间吸纳一批、劳务输出一批、…`).
const LIST_OPENERS: [&str; 6] = ["按照", "做到", "实行", "实现", "推行", "——"];

/// Verbs before a list of what something is about (`问题集中在…、…两个方面`).
const TOPIC_VERBS: [&str; 2] = ["集中在", "集中于"];

/// What such a list tells the subjects of: opinions, problems, requests.
const TOPIC_SUBJECTS: [&str; 8] = ["意见", "问题", "反映", "诉求", "建议", "投诉", "需求", "矛盾"];

/// The longest clause read as an item by [`clauses_repeating`], in chars.
const MAX_REPEATING_CLAUSE_CHARS: usize = 40;

/// `推进“三项提升”:提升产业带动能力,提升稳岗就业水平,提升基层治理效能,确保…`: after a name
/// framed by a colon, its count of clauses that each open with the name's word are its items;
/// what follows them (`确保…`) is the aim they serve.
fn clauses_repeating(text: &str, name_end: usize, count: u32, head: &str) -> Option<Vec<(usize, usize)>> {
    let rest = &text[name_end..];
    let after = rest.trim_start_matches(['”', '’']);
    // (a few words may stand between the name and its colon: `聚焦“三个强化”持续用力：`)
    const MAX_VERB_CHARS: usize = 6;
    let colon = head_chars(after, MAX_VERB_CHARS + 1).find([':', '：']).filter(|&k| !after[..k].contains(is_clause_break))?;
    let from = text.len() - after.len() + colon + after[colon..].chars().next().map_or(0, char::len_utf8);
    // clauses set apart by commas first; then by semicolons, each a measure and what it brings
    // (`强化…，做到…；强化…，做到…`), items by their first phrase
    repeating_clauses(text, from, count, head, false).or_else(|| repeating_clauses(text, from, count, head, true))
}

/// [`clauses_repeating`]'s walk from byte `from`: `count` clauses each opening with `head`, the
/// next found after a clause break, or after a semicolon when `by_semicolons`.
fn repeating_clauses(text: &str, from: usize, count: u32, head: &str, by_semicolons: bool) -> Option<Vec<(usize, usize)>> {
    let mut at = from;
    let mut items = Vec::new();
    for _ in 0..count {
        let clause = &text[at..];
        let len = clause.find(is_clause_break).unwrap_or(clause.len());
        let step = match by_semicolons {
            true => clause.find(['；', ';']).unwrap_or(clause.len()),
            false => len,
        };
        // (each clause opening with the name's word, one may run longer than a list's item:
        // `优先支持联农带农机制紧密、带动脱贫户增收效果明显的产业项目`)
        if !clause[..len].starts_with(head) || !item_within(&clause[..len], false, MAX_REPEATING_CLAUSE_CHARS) {
            return None;
        }
        items.push((at, at + len));
        at += step + clause[step..].chars().next().map_or(0, char::len_utf8);
    }
    (items.len() >= 2).then_some(items)
}

/// The inside of a quoted `、`-list right before `pos`, joined by `的` or `等` and the opening
/// quote of what stands at `pos`: `“选准产业、打造龙头”的“两个一”` gives `选准产业、打造龙头`.
/// Quotes bound such a list, so it needs no clause break to start it.
fn quoted_list_before(text: &str, pos: usize) -> Option<(usize, usize)> {
    let before = text[..pos].trim_end_matches('“');
    let before = before.strip_suffix(['的', '等']).unwrap_or(before);
    let close = before.strip_suffix('”')?.len();
    let window = close - tail_chars(&before[..close], MAX_CLAUSE_CHARS).len();
    let open = window + before[window..close].rfind('“')? + '“'.len_utf8();
    let inner = &text[open..close];
    (inner.contains('、') && !inner.contains('”')).then_some((open, close))
}

/// Removes closing marks at the end of `text[s..e]`.
fn trim_end_marks(text: &str, s: usize, e: usize) -> usize {
    let t = text[s..e].trim_end_matches(['”', '’', ' ', '　', '」']);
    s + t.len()
}

/// Words opening the half of a lead that says where an aim's key lies
/// (`推动产业高端化,关键在于延伸链条`).
const KEY_WORDS: [&str; 6] = ["关键在于", "关键是", "重在", "贵在", "根本在于", "核心在于"];

/// The length of a lead's aim when its second half only says where the key to it lies: the
/// measure is the aim (`推动产业高端化`), the rest of the sentence argues for it.
fn aim_before_key(lead: &str) -> usize {
    // (the first comma found a word at a time: a lead is read for it at every paragraph)
    let Some(comma) = crate::charset::find_mark(lead, |c| matches!(c, ',' | '，')) else { return lead.len() };
    let key = &lead[comma + if lead.as_bytes()[comma] == b',' { 1 } else { '，'.len_utf8() }..];
    if KEY_WORDS.iter().any(|w| key.starts_with(w)) {
        comma
    } else {
        lead.len()
    }
}

/// Labels over a numbered list of terms and what they mean (`名词解释:` / `1.…:…`).
const GLOSSARY_LABELS: [&str; 5] = ["名词解释", "名词释义", "术语解释", "注释", "释义"];

/// Whether a run of leads numbers the entries of a glossary: the paragraph right above its
/// first lead is a glossary label. The entries name terms a report used, not measures.
fn glosses_terms(paras: &[&Paragraph], run: &[Lead]) -> bool {
    let Some(above) = run.first().and_then(|l| l.para.checked_sub(1)) else { return false };
    // (`第三部分　名词解释`: the label under a part's number)
    let label = paras[above].text.trim().trim_end_matches([':', '：']);
    let label = label.rsplit(|c: char| c.is_whitespace()).next().unwrap_or(label);
    // entries that define their terms (`财政拨款收入：指…`) make a glossary under any label
    let defines = |l: &Lead| paras[l.para].text.get(l.end..).is_some_and(|after| {
        let after = after.trim_start_matches([':', '：', ' ']);
        after.starts_with('指') || after.starts_with("是指")
    });
    GLOSSARY_LABELS.contains(&label) || 2 * run.iter().filter(|l| defines(l)).count() > run.len()
}

/// Words of a report's section head over what it found (`一、全县村集体经济发展基本情况`,
/// `三、存在的问题`): the points under it state how things stand, not measures.
const FINDING_HEADS: [&str; 6] = ["基本情况", "存在的问题", "存在问题", "主要问题", "问题和不足", "发展现状"];

/// Words closing a section head over what the work achieved (`【取得成效】`, `二、主要成效`);
/// a head that sets them as an aim (`确保产业帮扶取得成效`) heads measures.
const RESULT_HEADS: [&str; 7] = ["取得成效", "取得的成效", "主要成效", "工作成效", "取得成绩", "取得的成绩", "主要成绩"];

/// Verbs that make a result an aim in a head.
const AIM_VERBS: [&str; 5] = ["确保", "推动", "力争", "促进", "务求"];

/// Longest section head read for [`FINDING_HEADS`], in characters.
const MAX_FINDING_HEAD_CHARS: usize = 24;

/// Whether a run of leads stands right under a report's section head over its findings
/// ([`FINDING_HEADS`]), a heading of no sentence.
fn heads_findings(paras: &[&Paragraph], run: &[Lead]) -> bool {
    let Some(above) = run.first().and_then(|l| l.para.checked_sub(1)) else { return false };
    let head = paras[above].text.trim();
    head.chars().nth(MAX_FINDING_HEAD_CHARS).is_none()
        && !head.ends_with(['。', '；', ';'])
        && (FINDING_HEADS.iter().any(|w| head.contains(w)) || {
            let closed = head.trim_end_matches(['】', ']', '：', ':']);
            RESULT_HEADS.iter().any(|w| closed.ends_with(w)) && !AIM_VERBS.iter().any(|v| head.contains(v))
        })
        // (`存在问题及整改措施` heads the fixes)
        && !MEASURE_HEADS.iter().any(|w| head.contains(w))
}

/// Whether most leads of a run head questions (`一、哪些农户可以申请纳入监测？`): a letter's or
/// a notice's questions and answers are the topics it takes in turn, not its measures.
fn asks_questions(paras: &[&Paragraph], run: &[Lead]) -> bool {
    let asks = |l: &Lead| paras[l.para].text.get(l.end..).is_some_and(|after| after.trim_start().starts_with(['？', '?']));
    2 * run.iter().filter(|l| asks(l)).count() > run.len()
}

/// Words of a section head over measures, which a head of findings may name too.
const MEASURE_HEADS: [&str; 6] = ["措施", "对策", "建议", "打算", "做法", "举措"];

/// Longest stretch after a rule's title, in characters, read for the article it cites.
const MAX_ARTICLE_NUMBER_CHARS: usize = 8;

/// Whether a run of leads quotes a rule's clauses: the paragraph right above its first lead
/// cites an article of a law or a regulation (`《…条例》第一百二十二条　有下列行为之一…`) or opens
/// a list of the cases it covers (`有下列情形之一的`, `下列行为`). The clauses say what the rule
/// forbids or covers, not what anyone did; `抓好下列工作：` over measures is no such list.
fn quotes_a_rule(paras: &[&Paragraph], run: &[Lead]) -> bool {
    let Some(mut above) = run.first().and_then(|l| l.para.checked_sub(1)) else { return false };
    // a first clause too long for an item is left out of the run: the lead-in stands above it
    if above > 0 && ordinal_prefix(paras[above].text.trim_start()).is_some() {
        above -= 1;
    }
    let text = paras[above].text.as_str();
    // (the closing marks sought as characters, by a byte search, and `第` after each: a search
    // for the two characters built a searcher for every paragraph asked)
    let cites = ['》', '〉'].iter().any(|&m| {
        text.match_indices(m)
            .any(|(k, _)| text[k + m.len_utf8()..].strip_prefix('第').is_some_and(|rest| head_chars(rest, MAX_ARTICLE_NUMBER_CHARS).contains('条')))
    });
    // every word of a list of cases holds `下列`, which most paragraphs lack: one vector search,
    // set up once, settles those before the words are sought byte by byte over the paragraph
    static LISTED: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("下列"));
    let lists = || {
        LISTED.find(text.as_bytes()).is_some()
            && (["下列情形", "下列行为", "下列情况"].iter().any(|w| words::contains(text, w)) || words::contains(text, "之一"))
    };
    cites || lists()
}

/// The parts a television or radio news script marks in brackets.
const SCRIPT_MARKS: [&str; 10] = ["导语", "正文", "同期", "解说", "画面", "现场", "字幕", "口播", "出镜", "主持人"];

/// Most characters of an item its own ordinal marks (`②在安置点引进…劳动密集型企业`).
const MAX_MARKED_ITEM_CHARS: usize = 32;

/// Where a count closing `s` starts (`…公益性岗位430个`): Arabic digits and one classifier.
fn trailing_count_start(s: &str) -> Option<usize> {
    const CLASSIFIERS: [char; 10] = ['个', '家', '人', '名', '座', '条', '项', '所', '户', '处'];
    let body = s.strip_suffix(CLASSIFIERS)?;
    let digits = body.len() - body.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    (digits > 0).then(|| body.len() - digits)
}

/// Longest field of a paragraph's lead (`健康帮扶方面,…`), in characters.
const MAX_LEAD_FIELD_CHARS: usize = 6;

/// `健康帮扶方面,…`, `在产业发展方面,…`: where the field a paragraph opens with stands, when it
/// is a short run of Han characters (`一方面`, `另一方面` join two thoughts, not fields). Fields
/// marked by `上` (`在饲草保障上,…`) open paragraphs of features as often as of lists of
/// measures, and are left to run as plain sentences.
fn aspect_lead(body: &str) -> Option<(usize, usize)> {
    let start = if body.starts_with('在') { '在'.len_utf8() } else { 0 };
    let (end, mark) = aspect_mark(&body[start..], false)?;
    let closes = body[start + end + mark..].starts_with([',', '，']);
    let fits = body[start..start + end].chars().nth(MAX_LEAD_FIELD_CHARS).is_none();
    (closes && fits).then_some((start, start + end))
}

/// How a label ends that says whom or when a policy is for or how to reach it (`保障对象`,
/// `申报时间`, `咨询电话`): a bulleted line of it states no measure.
const SCOPE_LABELS: [&str; 9] = ["对象", "范围", "条件", "时间", "地点", "电话", "方式", "材料", "流程"];

/// Longest first clause of a box's value around its figure (`全县共3.2万人`), in characters.
const MAX_BOX_VALUE_CHARS: usize = 12;

/// Longest label read before a bulleted line's colon, in characters.
const MAX_BULLET_LABEL_CHARS: usize = 8;

/// `▶ 医疗救助：政策范围内…`: where the label of a bulleted line stands, when it is a short run
/// of Han characters before a colon and the line goes on with words. A label over a figure
/// (`■ 脱贫人口：3.2万人`) is a box of figures, and one of [`SCOPE_LABELS`] no measure.
fn bullet_label(body: &str) -> Option<(usize, usize)> {
    let rest = body.strip_prefix(crate::page::ITEM_BULLETS)?;
    let start = body.len() - rest.trim_start_matches([' ', '　']).len();
    let window = head_chars(&body[start..], MAX_BULLET_LABEL_CHARS + 1);
    let colon = window.find(['：', ':'])?;
    let label = &window[..colon];
    let value = body[start + colon..].trim_start_matches(['：', ':', ' ', '　']);
    let fits = label.chars().nth(1).is_some() && label.chars().all(is_han) && !SCOPE_LABELS.iter().any(|w| label.ends_with(w));
    // `■ 脱贫人口：全县共3.2万人`: a short first clause around a figure makes the line a box's
    // (a measure says more: `按70%比例救助` stands in `政策范围内个人自付费用按70%比例救助`)
    let clause = &value[..value.find(['，', '。', '；', ',']).unwrap_or(value.len())];
    let figure = clause.contains(|c: char| crate::numeral::arabic_digit(c).is_some()) && clause.chars().nth(MAX_BOX_VALUE_CHARS).is_none();
    let words_follow = value.starts_with(is_han) && !figure;
    (fits && words_follow).then_some((start, start + colon))
}

/// Words pointing at fields (`上述方面`, `有关方面`), none of their own. (`其他`, `这些`, `各个`
/// open with a pointing character [`aspect_mark`] already refuses.)
const NOT_FIELDS: [&str; 5] = ["许多", "上述", "有关", "相关", "多个"];

/// Longest field named before `方面` or `上`, in characters.
const MAX_FIELD_CHARS: usize = 10;

/// In `rest` (what follows a field's `在`, or a paragraph's start when `on` is false), the end of
/// the field named before `方面` (or `上`, when `on`) and the length of that mark: a run of two to
/// [`MAX_FIELD_CHARS`] Han characters, no pointing word (`此`, `这些`) and no `的` (`在此基础上`,
/// `在党的领导下`: frames, not fields).
fn aspect_mark(rest: &str, on: bool) -> Option<(usize, usize)> {
    const ASPECT: &str = "方面";
    let head = head_chars(rest, MAX_FIELD_CHARS + 2);
    // a search for its last byte: `str::find` would set up a searcher for every paragraph,
    // and a plain scan compared at every byte
    let (end, mark) = match (words::find_by_last(head, ASPECT), on.then(|| head.find('上')).flatten()) {
        (Some(a), Some(u)) if u < a => (u, '上'.len_utf8()),
        (Some(a), _) => (a, ASPECT.len()),
        (None, Some(u)) => (u, '上'.len_utf8()),
        (None, None) => return None,
    };
    let field = &rest[..end];
    let fits = (2..=MAX_FIELD_CHARS).contains(&field.chars().count())
        && field.chars().all(is_han)
        && !field.starts_with(['一', '另', '各', '此', '这', '那', '该', '其'])
        && !field.contains(['的', '此'])
        && !field.ends_with("基础")
        && !NOT_FIELDS.contains(&field);
    fits.then_some((end, mark))
}

/// Longest measure of `一方面…;另一方面…` read whole, clauses and all, in characters; a longer one
/// is named by its first clause.
const MAX_SIDE_CHARS: usize = 32;

/// Words that open the side of an explanation or a speaker's answer, not a measure
/// (`一方面是因为…`, `答:一方面,我们…`; `我` covers `我们`).
const NOT_SIDES: [&str; 5] = ["我", "是", "因为", "由于", "也"];

/// Words of saying that put two sides in a speaker's mouth.
const SAYING: [&str; 5] = ["说", "表示", "告诉记者", "介绍", "坦言"];

/// The longest word of [`SAYING`], in characters.
const MAX_SAYING_CHARS: usize = 4;

/// Fewest characters of a side.
const MIN_SIDE_CHARS: usize = 4;

/// Furthest `另一方面` is looked for after `一方面`, in characters.
const MAX_SIDES_REACH: usize = 2 * MAX_CLAUSE_CHARS;

/// `该县一方面统一技术标准…;另一方面大力发展电商销售…`: the two sides of what is done, in one
/// paragraph, a program of two. `numerals` are the paragraph's numeral characters where the
/// time scan noted them: `一方面` is then looked for at its `一`s alone.
fn inline_sides(text: &str, numerals: Option<&[(usize, char)]>) -> Option<Vec<(usize, usize)>> {
    const ONE: &str = "一方面";
    const OTHER: &str = "另一方面";
    // a whole paragraph is searched: a vector search, set up once
    static FINDER: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(ONE));
    let one = match numerals {
        Some(numerals) => numerals.iter().find(|&&(at, c)| c == '一' && text[at..].starts_with(ONE)).map(|&(at, _)| at)?,
        None => FINDER.find(text.as_bytes())?,
    };
    if text[..one].ends_with('另') {
        return None;
    }
    let after_one = one + ONE.len();
    let other = after_one + words::find(head_chars(&text[after_one..], MAX_SIDES_REACH), OTHER)?;
    // what a speaker says of the two sides (`李某告诉记者,一方面…`) explains, it lists nothing
    let said = tail_chars(text[..one].trim_end_matches([',', '，', ':', '：']), MAX_SAYING_CHARS);
    if SAYING.iter().any(|w| said.ends_with(w)) {
        return None;
    }
    // each side runs to its sentence's end, the first no further than where the other opens
    let side = |from: usize, to: usize| {
        let start = from + (text[from..to].len() - text[from..to].trim_start_matches([',', '，', ' ']).len());
        let rest = &text[start..to];
        let clause = rest.find(is_clause_break).unwrap_or(rest.len());
        let sentence = rest.find(['；', ';', '。', '！', '？']).unwrap_or(rest.len());
        let end = if rest[..sentence].chars().nth(MAX_SIDE_CHARS).is_none() { sentence } else { clause };
        let end = rest[..end].trim_end_matches(is_clause_break).len();
        let item = &rest[..end];
        let fits = item.chars().nth(MIN_SIDE_CHARS - 1).is_some() && !NOT_SIDES.iter().any(|w| item.starts_with(w));
        fits.then_some((start, start + end))
    };
    Some(vec![side(after_one, other)?, side(other + OTHER.len(), text.len())?])
}

/// Fewest fields in one paragraph that make a program of them.
const MIN_INLINE_FIELDS: usize = 3;

/// Words of duty that may open a field's clause (`要在产业上挖潜力`, `还要在…上下功夫`).
const FIELD_MODALS: [&str; 5] = ["还要", "更要", "也要", "必须", "要"];

/// Longest subject of a clause before its word of duty (`各地各部门要在…`), in characters.
const MAX_FIELD_SUBJECT_CHARS: usize = 6;

/// Most characters a field's clause runs past its mark and still is the item whole
/// (`在产业上多下功夫`); a longer one is cut at the mark.
const MAX_FIELD_TAIL_CHARS: usize = 8;

/// Most fields read as one list: a list of measures has a handful, and the bound keeps the
/// search for a repeated field short on a paragraph of thousands.
const MAX_INLINE_FIELDS: usize = 12;

/// `在教育方面,…。在医疗方面,…。在住房方面,…`, `要在产业上挖潜力。…要在就业上稳存量`: three or
/// more clauses of one paragraph, each opening a sentence (or following a word of duty) with a
/// field, measures taken field by field. Each item runs from `在` to its clause's end, or to its
/// field's mark when the clause runs longer. A field marked by `上` must say what is done in it
/// before the clause ends: `在生活上,他和村民同吃同住` sets a scene.
fn inline_fields(text: &str) -> Option<Vec<(usize, usize)>> {
    // most paragraphs hold too few `在` for a list: counted on the bytes before any is read,
    // by a vector search set up once
    static FINDER: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("在"));
    FINDER.find_iter(text.as_bytes()).nth(MIN_INLINE_FIELDS - 1)?;
    let mut items: Vec<(usize, usize)> = Vec::new();
    let mut fields: Vec<&str> = Vec::new();
    let mut mark_kind = None;
    for at in FINDER.find_iter(text.as_bytes()) {
        let before = &text[..at];
        let opens = match FIELD_MODALS.iter().find(|m| before.ends_with(*m)) {
            // a word of duty may follow a short subject of its clause (`各地各部门要在…`)
            Some(m) => {
                let lead = &before[..before.len() - m.len()];
                // the last few characters hold the clause's start, or are all there is
                let window = tail_chars(lead, MAX_FIELD_SUBJECT_CHARS + 1);
                window.contains(is_clause_break)
                    || window.len() == lead.len() && window.chars().nth(MAX_FIELD_SUBJECT_CHARS).is_none()
            }
            None => before.trim_end().is_empty() || before.ends_with(['。', '；', ';', '！', '？']),
        };
        if !opens {
            continue;
        }
        let rest = &text[at + '在'.len_utf8()..];
        let Some((end, mark)) = aspect_mark(rest, true) else { continue };
        let field = &rest[..end];
        let mark_end = at + '在'.len_utf8() + end + mark;
        let tail = head_chars(&text[mark_end..], MAX_FIELD_TAIL_CHARS + 1);
        let item_end = match tail.find(is_clause_break) {
            Some(k) => mark_end + k,
            None if tail.len() < head_chars(&text[mark_end..], MAX_FIELD_TAIL_CHARS + 2).len() => mark_end,
            None => mark_end + tail.len(),
        };
        let scene = mark == '上'.len_utf8() && text[mark_end..].starts_with(is_clause_break);
        // the fields of one list are marked alike, and each is another
        if scene || *mark_kind.get_or_insert(mark) != mark || fields.contains(&field) {
            continue;
        }
        fields.push(field);
        items.push((at, item_end));
        if items.len() == MAX_INLINE_FIELDS {
            break;
        }
    }
    (items.len() >= MIN_INLINE_FIELDS).then_some(items)
}

/// Most paragraphs read back from a rule's articles for the count of the rule they sum up.
const MAX_RULE_LOOKBACK: usize = 4;

/// Verbs with which a report on a rule tells what one of its articles says (`第二条提出…`).
const RULE_VERBS: [&str; 6] = ["明确", "提出", "规定", "要求", "强调", "指出"];

/// The name and count of a rule a report sums up (`《若干措施》共18条`), read backwards from
/// paragraph `last`: the articles a later paragraph reports (`第一条明确…;第二条提出…`) are its
/// measures. Returns the title inside its brackets, or none, and the count.
fn rule_declared(paras: &[&Paragraph], last: usize) -> Option<(String, u32)> {
    // the count stands a few paragraphs above at most: a page of articles of a rule does not
    // read back to its start for each
    paras[..=last].iter().rev().take(MAX_RULE_LOOKBACK).find_map(|p| {
        let text = p.text.as_str();
        text.match_indices('共').find_map(|(at, _)| {
            let rest = &text[at + '共'.len_utf8()..];
            let n = rest.chars().take_while(|c| c.is_ascii_digit() || chinese_digit(*c).is_some() || chinese_unit(*c).is_some()).map(char::len_utf8).sum::<usize>();
            if n == 0 || !rest[n..].starts_with('条') {
                return None;
            }
            let count = rest[..n].parse::<u32>().ok().or_else(|| chinese_int(&rest[..n]).and_then(|v| u32::try_from(v).ok()))?;
            let before = text[..at].trim_end_matches([',', '，']);
            let title = before.strip_suffix('》').and_then(|b| {
                let window = tail_chars(b, MAX_ITEM_CHARS);
                Some(window[window.rfind('《')? + '《'.len_utf8()..].to_string())
            });
            let name = title.unwrap_or_default();
            Some((name, count))
        })
    })
}

/// Most quotes of a paragraph read for a model's name.
const MAX_MODEL_NAMES: usize = 16;

/// Most characters of the noun after a model's name (`“1+N”帮扶体系`).
const MAX_MODEL_NOUN_CHARS: usize = 6;

/// Words that open the gloss of one part of a model (`“1”即…`, `“N”是…`).
const PART_GLOSS_WORDS: [&str; 4] = ["就是", "即", "是", "指"];

/// `构建“1+N”帮扶体系。“1”即以乡党委为核心的指挥中心,“N”即帮扶集团、驻村工作队等多方力量`:
/// a model named by parts joined with `+`, each part glossed in turn right after it. The items
/// are the glosses in order, one listing several (`、`) giving each, with `等…` closing the list.
/// Returns the model's name, its noun included, and the items.
fn parts_glossed(text: &str) -> Option<(String, Vec<(usize, usize)>)> {
    // most paragraphs hold no `+` at all: told from the bytes before any quote is read (the
    // full-width sign by a finder built once: a search for the character stops at every byte
    // 8B, which ends many Chinese characters)
    static FULL_WIDTH_PLUS: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("＋"));
    if memchr::memchr(b'+', text.as_bytes()).is_none() && FULL_WIDTH_PLUS.find(text.as_bytes()).is_none() {
        return None;
    }
    // a few names are read at most: a paragraph of thousands of quotes costs no more
    'names: for (q, _) in text.match_indices('“').take(MAX_MODEL_NAMES) {
        let start = q + '“'.len_utf8();
        let Some(close) = head_chars(&text[start..], 12).find('”') else { continue };
        let name = &text[start..start + close];
        let parts: Vec<&str> = name.split(['+', '＋']).collect();
        if parts.len() < 2 || !parts.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric())) {
            continue;
        }
        let after = start + close + '”'.len_utf8();
        let noun = text[after..].chars().take(MAX_MODEL_NOUN_CHARS).take_while(|&c| is_han(c)).map(char::len_utf8).sum::<usize>();
        let mut at = after + noun;
        let mut items = Vec::new();
        for part in &parts {
            let key = format!("“{part}”");
            let Some(k) = head_chars(&text[at..], MAX_CLAUSE_CHARS).find(&key) else { continue 'names };
            let opening = at + k + key.len();
            let Some(word) = PART_GLOSS_WORDS.iter().find(|w| text[opening..].starts_with(*w)) else { continue 'names };
            let g = opening + word.len();
            // the gloss is read in a bounded window: its items must be short anyway
            let window = head_chars(&text[g..], MAX_CLAUSE_CHARS);
            let end = g + window.find(is_clause_break).unwrap_or(window.len());
            // `…、社会组织等多方力量`: what follows `等` sums the list up
            let list_end = text[g..end].rfind('等').map_or(end, |j| g + j);
            items.extend(split_list(text, g, list_end));
            at = end;
        }
        if items.len() >= parts.len() && items.iter().all(|&(s, e)| item_within(&text[s..e], false, MAX_CLAUSE_CHARS / 4)) {
            return Some((format!("{name}{}", &text[after..after + noun]), items));
        }
    }
    None
}

fn items_ok(text: &str, items: &[(usize, usize)]) -> bool {
    items.iter().all(|&(s, e)| item_chars_ok(&text[s..e]))
}

/// An item is a short run of words; it may hold a list of its own (`对重病、重残户进行救助`)
/// or name a model by its partners (`“企业+合作社+农户”模式`). Its quotes are its own: one that
/// closes a quote opened before it (`强村”实施`) shows the list was cut in the wrong place.
fn item_chars_ok(s: &str) -> bool {
    item_ok(s, false)
}

/// [`item_chars_ok`], with Arabic figures allowed when `figures`.
fn item_ok(s: &str, figures: bool) -> bool {
    item_within(s, figures, MAX_ITEM_CHARS)
}

/// [`item_ok`] for an item of at most `max` characters.
fn item_within(s: &str, figures: bool, max: usize) -> bool {
    let n = s.chars().count();
    // a quoted name may hold Latin letters and digits (`“1+N”帮扶体系`)
    let mut quoted = false;
    (2..=max).contains(&n)
        && s.chars().all(|c| {
            quoted = match c {
                '“' => true,
                '”' => false,
                _ => quoted,
            };
            is_han(c)
                || matches!(c, '“' | '”' | '‘' | '’' | ' ' | '·' | '、' | '+' | '＋' | '—' | '（' | '）')
                || figures && c.is_ascii_digit()
                || quoted && c.is_ascii_alphanumeric()
        })
        && !closes_and_runs_on(s)
        && (!s.contains(['—', '（', '）']) || names_a_project(s))
}

/// Longest place named in brackets inside an item, in characters.
const MAX_BRACKETED_PLACE_CHARS: usize = 4;

/// `中山—贺州（钟山）电子元器件产业园项目`: a project's name may pair two places by a dash and
/// name where it stands in brackets. A doubled dash breaks a sentence (`——`), and brackets
/// holding more than a short name gloss the item instead of naming it.
fn names_a_project(s: &str) -> bool {
    if s.contains("——") || s.starts_with('—') || s.ends_with('—') {
        return false;
    }
    let Some(open) = s.find('（') else { return !s.contains('）') };
    let Some(len) = s[open..].find('）') else { return false };
    let inner = &s[open + '（'.len_utf8()..open + len];
    let rest = &s[open + len + '）'.len_utf8()..];
    (1..=MAX_BRACKETED_PLACE_CHARS).contains(&inner.chars().count()) && inner.chars().all(is_han) && !rest.contains(['（', '）'])
}

/// Whether `s` closes a quote it did not open and runs on after it (`强村”实施`).
fn closes_and_runs_on(s: &str) -> bool {
    s.find('”').is_some_and(|k| !s[..k].contains('“') && !s[k..].trim_start_matches('”').is_empty())
}

/// The marks that end a lead phrase.
fn is_sentence_stop(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | ';' | '!' | '?' | '：' | ':')
}

/// Longest topic a first `一是`/`一要` may follow in its clause, in characters.
const MAX_TOPIC_CHARS: usize = 8;

/// Characters that make a word with a following `一` (`统一要求`, `原因之一是`, `唯一`, `第一`,
/// `十一是假期`, `初一`).
const JOINS_YI: [char; 12] = ['统', '唯', '同', '之', '万', '第', '单', '专', '如', '合', '十', '初'];

/// `防返贫工作一要把…`, `具体措施一是…`: a first ordinal after a short topic of Han
/// characters that opens its clause, `before` being the text up to the ordinal.
fn after_topic(before: &str) -> bool {
    let mut n = 0;
    for c in before.chars().rev() {
        if is_clause_break(c) || c == ' ' {
            break;
        }
        if !crate::charset::is_han(c) || n == MAX_TOPIC_CHARS || n == 0 && JOINS_YI.contains(&c) {
            return false;
        }
        n += 1;
    }
    n >= 2
}

/// Longest line read as a table's cell between two items, in characters.
const MAX_CELL_LINE_CHARS: usize = 12;

/// A line as short as a table's cell and with no clause in it (`亩产（公斤）`, `2200～3000`).
fn is_cell_line(text: &str) -> bool {
    text.len() <= 4 * MAX_CELL_LINE_CHARS && text.chars().nth(MAX_CELL_LINE_CHARS).is_none() && !text.contains(is_clause_break_but_brackets)
}

/// [`is_clause_break`] but brackets, which a cell may hold (`亩产（公斤）`).
fn is_clause_break_but_brackets(c: char) -> bool {
    is_clause_break(c) && !matches!(c, '(' | '（' | ')' | '）')
}

fn is_clause_break(c: char) -> bool {
    matches!(c, ',' | '，' | '。' | ';' | '；' | ':' | '：' | '!' | '！' | '?' | '？' | '\n' | '(' | '（' | ')' | '）' | '【' | '】')
}


/// A line short enough and bare enough (no clause punctuation) to be a heading.
fn is_bare_line(s: &str) -> bool {
    // more bytes than thirty characters can take: a paragraph, told before any is decoded
    if s.len() > 4 * 30 {
        return false;
    }
    // `产业兴旺:一片茶叶富了一方百姓`: a heading may name its theme before a colon
    let inner_colon = s.trim_end_matches([':', '：']).len() == s.len();
    (4..=30).contains(&s.chars().take(31).count())
        && s.chars().all(|c| is_han(c) || matches!(c, ' ' | '　' | '“' | '”' | '、') || inner_colon && matches!(c, ':' | '：'))
}

/// `## 标题` → 2.
fn heading_level(s: &str) -> Option<usize> {
    let n = s.chars().take_while(|&c| c == '#').count();
    (1..=6).contains(&n).then_some(n).filter(|_| s[n..].starts_with([' ', '　']))
}

/// The text after a leading dash (`——`, `—`, `－－`), if the paragraph opens with one.
fn strip_dashes(s: &str) -> Option<&str> {
    let rest = s.trim_start_matches(['—', '－', '─']);
    (rest.len() < s.len()).then_some(rest)
}

/// Classifiers between `第N` and `是` that open the items of a list in turn (`第一笔是收入账`).
const ORDINAL_CLASSIFIERS: [char; 5] = ['笔', '种', '类', '项', '步'];

/// How a list numbers its items; a document numbers its levels differently (`一、` over `（一）`),
/// so each style makes its own runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OrdinalStyle {
    /// `首先,…` `其次,…` `最后,…` opening paragraphs in turn
    Sequence,
    Shi,
    /// `一要…` `二要…` opening paragraphs, as a meeting's tasks are reported
    Yao,
    Comma,
    Parenthesised,
    Dotted,
    Di,
    Circled,
}

/// The byte length and style of a paragraph-opening ordinal: `一是`, `一、`, `（一）`, `(一)`,
/// `1.`, `1、`, `第一,`, `①`.
fn ordinal_prefix(s: &str) -> Option<(usize, OrdinalStyle)> {
    use OrdinalStyle::*;
    if let Some(len) = sequence_word(s) {
        // `首先,…` / `其次,…` / `最后,…`: the steps of an argument or of a plan
        let rest = &s[len..];
        let sep = rest.chars().next().filter(|&c| matches!(c, ',' | '，'))?;
        return Some((len + sep.len_utf8(), Sequence));
    }
    let first = s.chars().next()?;
    if ('\u{2460}'..='\u{2473}').contains(&first) {
        return Some((first.len_utf8(), Circled)); // ① … ⑳
    }
    if let Some(rest) = s.strip_prefix('第') {
        // 第一,… 第二,…; the clauses of a rule, 第一条 监测范围。…
        let n = rest.chars().take_while(|&c| chinese_digit(c).is_some() || c == '十').map(char::len_utf8).sum::<usize>();
        // `第一笔是收入账`, `第二种是…`: an ordinal with its classifier, then `是`
        if let Some(r) = rest[n..].strip_prefix(ORDINAL_CLASSIFIERS).and_then(|r| r.strip_prefix('是')).filter(|_| n > 0) {
            return Some((s.len() - r.len(), Di));
        }
        let clause = rest[n..].starts_with('条');
        let after = if clause { n + '条'.len_utf8() } else { n };
        let sep = rest[after..].chars().next().filter(|&c| {
            matches!(c, ',' | '，' | '、' | ':' | '：') || clause && (c == ' ' || c == '\u{3000}')
        })?;
        return (n > 0).then(|| ('第'.len_utf8() + after + sep.len_utf8(), Di));
    }
    if matches!(first, '（' | '(') {
        let close = head_chars(s, 6).find([')', '）'])?;
        let inner = &s[first.len_utf8()..close];
        let ok = chinese_int(inner).is_some() || inner.chars().all(|c| c.is_ascii_digit()) && !inner.is_empty();
        return ok.then(|| (close + s[close..].chars().next().map_or(1, char::len_utf8), Parenthesised));
    }
    // (`１．修补道路。`: a typed or scanned page may number in full-width figures)
    let figure = |c: char| crate::numeral::arabic_digit(c).is_some();
    let num_end = s
        .char_indices()
        .find(|&(_, c)| !(chinese_digit(c).is_some() || chinese_unit(c).is_some() || figure(c)))
        .map(|(j, _)| j)?;
    if num_end == 0 || num_end > 6 {
        return None;
    }
    let rest = &s[num_end..];
    let digits = s[..num_end].chars().all(figure);
    if let Some(r) = rest.strip_prefix('是').filter(|_| !digits) {
        Some((s.len() - r.len(), Shi))
    } else if let Some(r) = rest.strip_prefix('要').filter(|r| !digits && !r.starts_with(['素', '求', '点'])) {
        Some((s.len() - r.len(), Yao))
    } else if let Some(r) = rest.strip_prefix('、') {
        Some((s.len() - r.len(), Comma))
    } else {
        // `1.` but not `1.5亿`
        let r = rest.strip_prefix(['.', '．']).filter(|r| digits && !r.starts_with(figure))?;
        Some((s.len() - r.len(), Dotted))
    }
}

/// The probes of [`InlineMark::probed`] but the bracketed and dotted ones (which hold `1`): those
/// that hold `一` first (see [`PROBES_ONE`]), then `①` and `首先`.
const PROBES: [&str; 7] = ["一是", "一要", "第一", "(一)", "（一）", "①", "首先"];

/// Where the `一` stands in each of the first five [`PROBES`].
const PROBES_ONE: [usize; 5] = [0, 0, "第".len(), "(".len(), "（".len()];

/// The bits of [`InlineMark::probed`] that [`PROBES`] can set: once all are set, nothing more
/// to look for.
const PROBES_BITS: u8 = 0b101_1111;

/// [`PROBES`] for a vectorised search (`None` where the machine has none).
static PROBE_SEARCH: LazyLock<Option<packed::Searcher>> = LazyLock::new(|| packed::Searcher::new(PROBES));

/// The marks a dotted item's number (`：1.…；2.…`) follows: a colon or a clause's end.
const DOTTED_AFTER: [&str; 5] = ["：", "；", "。", ":", ";"];

/// Whether the `len` bytes at `at` of `b` stand in a pair of brackets: `(一)`, `（一）`.
fn bracketed(b: &[u8], at: usize, len: usize) -> bool {
    let (before, after) = (&b[..at], &b[at + len..]);
    before.ends_with(b"(") && after.starts_with(b")") || before.ends_with("（".as_bytes()) && after.starts_with("）".as_bytes())
}

/// The bits of [`InlineMark::probed`] that the `一` at `at` of `b` sets by its neighbours:
/// `一是`, `一要`, `第一`, `(一)`.
fn yi_bits(b: &[u8], at: usize) -> u8 {
    let after = &b[at + "一".len()..];
    u8::from(after.starts_with("是".as_bytes()))
        | u8::from(after.starts_with("要".as_bytes())) << 1
        | u8::from(b[..at].ends_with("第".as_bytes())) << 2
        | u8::from(bracketed(b, at, "一".len())) << 4
}

/// The bits of [`InlineMark::probed`] that the `1` at `at` of `b` sets by its neighbours: `(1)`,
/// and `：1.` (a `1` with a dot after a colon or a clause's end; `1.5亿元` is a figure).
fn one_bits(b: &[u8], at: usize) -> u8 {
    let dot = b[at + 1..].starts_with(b".") || b[at + 1..].starts_with("．".as_bytes());
    let before = &b[..at];
    let dotted = dot && DOTTED_AFTER.iter().any(|m| before.ends_with(m.as_bytes()));
    u8::from(bracketed(b, at, 1)) << 5 | u8::from(dotted) << 7
}

/// The numbers up to twenty in figures, as [`InlineMark::find`] looks for them: a string built
/// for every search cost an allocation each.
const FIGURES: [&str; 21] = [
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20",
];

/// Where `open`, `inner` and `close` first stand together in `text`, as a search for the three
/// written out as one string finds them: the byte offset and the length. Every such string opens
/// with `open`, so its places are tried in turn.
fn enclosed(text: &str, open: char, inner: &str, close: char) -> Option<(usize, usize)> {
    let at = text.match_indices(open).map(|(j, _)| j).find(|&j| {
        let after = &text[j + open.len_utf8()..];
        after.starts_with(inner) && after[inner.len()..].starts_with(close)
    })?;
    Some((at, open.len_utf8() + inner.len() + close.len_utf8()))
}

/// The ways a paragraph numbers the items of a list inside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum InlineMark {
    /// `一是…;二是…`
    Shi,
    /// `一要…;二要…`, as a meeting's tasks are reported
    Yao,
    /// `第一种是…;第二种是…` (`种`, `类`, `个`, `项`; `道`, `步`, `条` of lines, steps and
    /// articles), or `第一,…;第二,…`, as an answer counts the ways it names
    Kind,
    /// `①…②…`
    Circled,
    /// `(一)…(二)…` run into the paragraph
    Bracket,
    /// `(1)…(2)…` run into the paragraph
    BracketDigit,
    /// `首先是…。其次是…。最后是…。`, as an answer walks through its points
    Sequence,
    /// `…准备：1.…；2.…；3.…`: figures with a dot, each opening a clause
    Dotted,
}

impl InlineMark {
    const ALL: [InlineMark; 8] = [
        InlineMark::Shi,
        InlineMark::Yao,
        InlineMark::Kind,
        InlineMark::Circled,
        InlineMark::Bracket,
        InlineMark::BracketDigit,
        InlineMark::Sequence,
        InlineMark::Dotted,
    ];

    /// Strings one of which every paragraph listing with this mark holds.
    #[cfg(test)]
    fn probes(self) -> &'static [&'static str] {
        match self {
            InlineMark::Shi => &["一是"],
            InlineMark::Yao => &["一要"],
            InlineMark::Kind => &["第一"],
            InlineMark::Circled => &["①"],
            InlineMark::Bracket => &["(一)", "（一）"],
            InlineMark::BracketDigit => &["(1)", "（1）"],
            InlineMark::Sequence => &["首先"],
            InlineMark::Dotted => &["：1.", "；1.", "。1.", ":1.", ";1.", "：1．", "；1．", "。1．", ":1．", ";1．"],
        }
    }

    /// The marks whose [`probes`](Self::probes) `text` holds, as bits by their place in
    /// [`InlineMark::ALL`]. One vector search for the probes that hold `一`, `①` and `首先` reads the
    /// paragraph once and the few found are told apart by their bytes (`一` alone, which most
    /// paragraphs hold many times, was a search call at every one of them); the bracketed and
    /// dotted probes hold `1`, read in one pass over the ones.
    fn probed(text: &str) -> u8 {
        let b = text.as_bytes();
        let mut bits = match &*PROBE_SEARCH {
            Some(search) => Self::probed_by_search(search, b),
            None => Self::probed_by_words(b),
        };
        // `(1)` and `：1.`: a `1` in brackets, or with a dot after a colon or a clause's end
        // (`1.5亿元` is a figure)
        for at in memchr::memchr_iter(b'1', b) {
            bits |= one_bits(b, at);
        }
        bits
    }

    /// [`InlineMark::probed`] for a text the time scan read (`scan`): the `一` and `1` of the
    /// probes are read from the numeral characters it noted, `①` and `首先` from its marks.
    fn probed_noted(text: &str, scan: &time::Scanned) -> u8 {
        let b = text.as_bytes();
        let mut bits = 0u8;
        for &(at, c) in &scan.numerals {
            match c {
                '一' => bits |= yi_bits(b, at),
                '1' => bits |= one_bits(b, at),
                _ => {}
            }
        }
        bits |= u8::from(scan.circled) << 3;
        bits |= u8::from(scan.first) << 6;
        bits
    }

    /// The bits of [`InlineMark::probed`] for the probes of [`PROBES`], by one vector search.
    fn probed_by_search(search: &packed::Searcher, b: &[u8]) -> u8 {
        let mut bits = 0u8;
        for m in search.find_iter(b) {
            bits |= match m.pattern().as_usize() {
                k @ 0..=4 => {
                    // the `一` of a probe: every probe that holds it is told by its neighbours, so
                    // `第一是` sets both `第一` and `一是` though the search reports one of them
                    let at = m.start() + PROBES_ONE[k];
                    yi_bits(b, at)
                }
                5 => 1 << 3,
                _ => 1 << 6,
            };
            if bits == PROBES_BITS {
                break;
            }
        }
        bits
    }

    /// [`InlineMark::probed_by_search`] where the machine has no vector search: one search for
    /// `一` and a look at its neighbours, and one for `①` and one for `首先`.
    fn probed_by_words(b: &[u8]) -> u8 {
        static YI: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("一"));
        let mut bits = 0u8;
        for at in YI.find_iter(b) {
            bits |= yi_bits(b, at);
        }
        // (the two words with finders built once: `str::contains` sets its search up anew for
        // every paragraph)
        static CIRCLED: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("①"));
        static FIRST: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("首先"));
        bits |= u8::from(CIRCLED.find(b).is_some()) << 3;
        bits |= u8::from(FIRST.find(b).is_some()) << 6;
        bits
    }

    /// Where the `n`th mark stands in `text` from `from`, and where its item starts.
    fn find(self, text: &str, from: usize, n: u64) -> Option<(usize, usize)> {
        let rest = text.get(from..)?;
        let numeral = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"].get((n as usize).checked_sub(1)?);
        let opens_clause = |pos: usize| text[..pos].chars().next_back().is_none_or(|c| is_clause_break(c) || c == ' ');
        let found = match (self, numeral) {
            // `①` … `⑳`: twenty circled numbers, where the words go to ten
            (InlineMark::Circled, _) => {
                let mark = char::from_u32(0x2460 + u32::try_from(n).ok()?.checked_sub(1)?).filter(|_| n <= 20)?;
                let pos = from + rest.find(mark)?;
                (pos, pos + mark.len_utf8())
            }
            // numbered as far as the circled marks go: each number is a search of the paragraph
            (InlineMark::BracketDigit | InlineMark::Dotted, _) if n > 20 => return None,
            // `1.` opening a clause, no figure after the dot (`2.5万元` is none)
            (InlineMark::Dotted, _) => {
                let digits = FIGURES[n as usize];
                rest.match_indices(digits).map(|(j, _)| from + j).find_map(|pos| {
                    let after = &text[pos + digits.len()..];
                    let item = after.strip_prefix(['.', '．'])?;
                    let clause = DOTTED_AFTER.iter().any(|m| text[..pos].ends_with(m));
                    (clause && !item.starts_with(|c: char| c.is_ascii_digit())).then(|| (pos, text.len() - item.len()))
                })?
            }
            (InlineMark::BracketDigit, _) => [('(', ')'), ('（', '）')]
                .into_iter()
                .find_map(|(open, close)| enclosed(rest, open, FIGURES[n as usize], close).map(|(j, len)| (from + j, from + j + len)))?,
            // `首先` opens, `其次` follows, then `再次` or `第三`, and `最后` closes from the third
            // on; each opens a clause and may take `是` or a comma
            (InlineMark::Sequence, _) => {
                let words: &[&str] = match n {
                    1 => &["首先"],
                    2 => &["其次"],
                    3 => &["再次", "第三", "最后"],
                    4..=6 => &["最后"],
                    _ => return None,
                };
                let (pos, word) = words
                    .iter()
                    .filter_map(|w| rest.match_indices(w).map(|(j, _)| from + j).find(|&pos| opens_clause(pos)).map(|pos| (pos, *w)))
                    .min_by_key(|&(pos, _)| pos)?;
                let after = &text[pos + word.len()..];
                let item = after.strip_prefix('是').or_else(|| after.strip_prefix([',', '，'])).unwrap_or(after);
                (pos, text.len() - item.len())
            }
            (_, None) => return None,
            // `一是` must open a clause, not sit inside a word (`统一是`, `统一要求`)
            (InlineMark::Shi | InlineMark::Yao, Some(&numeral)) => {
                let verb = if self == InlineMark::Shi { "是" } else { "要" };
                rest.match_indices(numeral)
                    .map(|(j, _)| from + j)
                    .find(|&pos| text[pos + numeral.len()..].starts_with(verb) && (opens_clause(pos) || n == 1 && after_topic(&text[..pos])))
                    .map(|pos| (pos, pos + numeral.len() + verb.len()))?
            }
            (InlineMark::Kind, Some(&numeral)) => rest
                .match_indices('第')
                .map(|(j, _)| from + j)
                .find_map(|pos| {
                    let after = text[pos + "第".len()..].strip_prefix(numeral)?;
                    // `第一,稳面积、提品质;第二,…`: the ordinal alone, set off by a comma
                    let bare = after.strip_prefix([',', '，']);
                    let item = match bare {
                        Some(item) => item,
                        None => {
                            let classifier = ["种", "类", "个", "项", "道", "步", "条"].into_iter().find(|c| after.starts_with(c))?;
                            let rest = &after[classifier.len()..];
                            // a report on a rule tells what each article says
                            // (`第一条明确健全监测机制;第二条提出将补贴提高到…`): a disposal `将`
                            // is no part of the measure
                            let said = || {
                                let rest = RULE_VERBS.iter().find_map(|v| rest.strip_prefix(v))?;
                                Some(rest.strip_prefix('将').unwrap_or(rest))
                            };
                            match rest.strip_prefix('是') {
                                Some(item) => item,
                                None if classifier == "条" => said()?,
                                None => return None,
                            }
                        }
                    };
                    opens_clause(pos).then(|| (pos, text.len() - item.len()))
                })?,
            // brackets mark the list themselves: the first may follow a verb (`采取(一)订单收购`)
            (InlineMark::Bracket, Some(&numeral)) => [('(', ')'), ('（', '）')]
                .into_iter()
                .find_map(|(open, close)| enclosed(rest, open, numeral, close).map(|(j, len)| (from + j, from + j + len)))?,
        };
        Some(found)
    }
}

/// The number a paragraph opens with (`三、`, `(三)`, `第三条`, `3.`, `③`), if it opens with one.
fn leading_number(text: &str) -> Option<u64> {
    let t = text.trim_start();
    // `①` … `⑳`
    if let Some(c) = t.chars().next().filter(|c| ('\u{2460}'..='\u{2473}').contains(c)) {
        return Some(u64::from(c as u32 - 0x245F));
    }
    let t = t.trim_start_matches(['(', '（', '第']);
    let end = t.find(|c: char| !(chinese_digit(c).is_some() || c == '十' || c.is_ascii_digit())).unwrap_or(t.len());
    let digits = &t[..end];
    digits.parse().ok().or_else(|| chinese_int(digits))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Article;

    #[test]
    fn enclosed_marks_are_found_as_written_out() {
        let texts = ["", "(1)", "a（1）b(1)", "((1)", "(1(1))", "（十）（一）", "(12)(1)", "（1)(1）", "(1", "1)"];
        for text in texts {
            for (open, inner, close) in [('(', "1", ')'), ('（', "1", '）'), ('（', "一", '）'), ('(', "12", ')'), ('(', "1", '）')] {
                let mark = format!("{open}{inner}{close}");
                let found = text.find(&mark).map(|j| (j, mark.len()));
                assert_eq!(enclosed(text, open, inner, close), found, "{text} {mark}");
            }
        }
        for (n, figures) in FIGURES.iter().enumerate() {
            assert_eq!(*figures, n.to_string());
        }
    }

    #[test]
    fn inline_marks_are_probed_as_by_their_probes() {
        let texts = [
            "", "一是", "统一要求", "第一", "第一是", "(一)", "（一）", "(1)", "（1）", "①", "(一）", "（1)",
            "一", "1", "(1", "一)", "第", "第一是(一)（1）①一要", "进一步一是a(1)", "11(1)1", "(一一)", "首先是", "首先", "：1.", "。1．", "1.5", "准备:1.5", "；11.",
        ];
        // each also inside a paragraph long enough for the vector search's own loop
        let padding = "统一规划".repeat(20);
        let long: Vec<String> = texts.iter().map(|t| format!("{padding}{t}{padding}")).collect();
        for text in texts.iter().copied().chain(long.iter().map(String::as_str)) {
            let by_probes = InlineMark::ALL
                .iter()
                .zip(0..)
                .filter(|(mark, _)| mark.probes().iter().any(|probe| text.contains(probe)))
                .fold(0u8, |bits, (_, k)| bits | 1 << k);
            assert_eq!(InlineMark::probed(text), by_probes, "{text}");
            assert_eq!(InlineMark::probed_noted(text, &crate::time::scanned(text)), by_probes, "{text}");
            let words = InlineMark::probed_by_words(text.as_bytes());
            assert_eq!(words, by_probes & PROBES_BITS, "{text}");
        }
    }

    /// An article of one paragraph per string, laid out as lines of one input.
    fn article(paras: &[&str]) -> (String, Article) {
        let mut input = String::new();
        let mut article = Article::default();
        for p in paras {
            article.paragraphs.push(Paragraph::contiguous(p, input.len()));
            input.push_str(p);
            input.push('\n');
        }
        (input, article)
    }

    fn find(paras: &[&str]) -> Vec<Program> {
        let (input, article) = article(paras);
        Programs::new().find(&ArticleContext { input: &input, article: &article, reference_date: None, loose: None })
    }

    /// [`find`] in an article under `title`.
    fn find_titled(title: &str, paras: &[&str]) -> Vec<Program> {
        let (input, mut article) = article(paras);
        article.title = Some(title.to_string());
        Programs::new().find(&ArticleContext { input: &input, article: &article, reference_date: None, loose: None })
    }

    fn names(p: &Program) -> Vec<&str> {
        p.items.iter().map(|i| i.name.as_str()).collect()
    }

    #[test]
    fn a_transcripts_turns_and_a_speechs_results_and_shortfalls_are_no_measures() {
        let turns = ["问：县人大常委会委员　张某", "如何防止返贫？", "答：县乡村振兴局局长　李某", "我们建立了监测机制。", "问：县人大代表　王某", "怎样稳岗？", "答：县人社局局长　赵某", "我们开展了培训。"];
        assert!(find(&turns).is_empty(), "{:#?}", find(&turns));
        let results = ["（一）防止返贫底线守得更牢。全县未发生规模性返贫。", "（二）脱贫群众收入增长更快。人均纯收入增长12%。", "（三）产业帮扶成效更显。新建基地20个。"];
        assert!(find(&results).is_empty(), "{:#?}", find(&results));
        let shortfalls = ["（一）返贫致贫风险依然存在。", "（二）帮扶资产管理还有短板。", "（三）干部作风还需持续改进。"];
        assert!(find(&shortfalls).is_empty(), "{:#?}", find(&shortfalls));
        // goals set in the same words are measures
        let goals = ["一、让脱贫群众收入更高。全县发展产业。", "二、让产业基础更牢。全县建设基地。", "三、让帮扶措施更实。全县落实政策。"];
        assert_eq!(find(&goals).len(), 1, "{:#?}", find(&goals));
    }

    #[test]
    fn a_speechs_first_level_heads_outline_it_unless_verbs_lead_them() {
        let speech = ["一、肯定成绩、坚定信心，充分认清取得的成效", "2023年，全县守住了底线。", "二、正视问题、保持清醒，深刻认识面临的挑战", "当前，风险依然存在。", "三、突出重点、精准发力，扎实做好今年的工作", "今年要抓好监测帮扶。"];
        assert!(find(&speech).is_empty(), "{:#?}", find(&speech));
        let measures = ["一、落实“四项机制”，做到早发现、早干预", "全县建立了监测机制。", "二、实施“五大工程”，激发内生动力", "全县开展了培训。", "三、强化组织保障，压实各方责任", "全县成立了专班。"];
        assert_eq!(find(&measures).len(), 1, "{:#?}", find(&measures));
    }

    #[test]
    fn numbered_lists_of_names_or_with_gaps_are_no_measures() {
        // a year's news, the items with figures left out of the run
        let news = ["1．某县成功创建省级卫生县城", "2．某乡获评省级民族团结进步示范乡", "4．某古镇文化旅游区完成提档升级", "5．某县首届村晚展演活动精彩上演"];
        assert!(find(&news).is_empty(), "{:#?}", find(&news));
        let places = ["1.上林县（南宁市）", "2.三江侗族自治县（柳州市）", "3.富川瑶族自治县（贺州市）"];
        assert!(find(&places).is_empty(), "{:#?}", find(&places));
        let bodies = ["1．某某物流有限公司", "2．某某旅游服务有限公司", "3．某某中药材专业合作社"];
        assert!(find(&bodies).is_empty(), "{:#?}", find(&bodies));
        // measures numbered one by one stay a list
        let measures = ["1．建设高标准农田", "2．发展特色产业", "3．开发公益性岗位"];
        assert_eq!(find(&measures).first().map(names), Some(vec!["建设高标准农田", "发展特色产业", "开发公益性岗位"]));
    }

    #[test]
    fn a_slogan_spelled_out_a_sentence_later_names_that_list() {
        let found = find(&["②推行“四统一”,让群众种得放心。合作社对农户实行统一供应菌棒、统一技术指导、统一品牌包装、统一保底收购,聘请专家驻村。"]);
        let named = found.iter().find(|p| p.name == "四统一").expect("the slogan");
        assert_eq!(names(named), ["统一供应菌棒", "统一技术指导", "统一品牌包装", "统一保底收购"]);
        // the items may close with the slogan's word
        let found = find(&["(一)坚持“四个到户”,排查底数清。各乡镇按照政策宣讲到户、风险排查到户、帮扶措施到户、责任落实到户的要求,逐户走访。"]);
        let named = found.iter().find(|p| p.name == "四个到户").expect("the slogan");
        assert_eq!(names(named), ["政策宣讲到户", "风险排查到户", "帮扶措施到户", "责任落实到户"]);
        // a list of another count is not it
        let found = find(&["推行“四统一”,让群众种得放心。合作社实行统一供应菌棒、统一技术指导,聘请专家驻村。"]);
        assert!(found.iter().all(|p| p.name != "四统一"), "{found:?}");
    }

    #[test]
    fn a_count_announced_below_names_the_leads_that_follow() {
        let found = find(&[
            "入冬以来,小麦陆续进入越冬期。县农技中心提醒种植户重点抓好以下四个环节。",
            "适时浇好越冬水。对墒情不足的麦田,要浇越冬水。",
            "因苗分类管理。对弱苗麦田,可追施肥料。",
            "严防冻害和病虫草害。寒流来临前可采取措施。",
            "禁止畜禽啃青。冬季放牧危害大。",
            "此外,种植户还要做好维修保养。",
        ]);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!((found[0].name.as_str(), found[0].declared_count), ("四个环节", 4));
        assert_eq!(names(&found[0]), ["适时浇好越冬水", "因苗分类管理", "严防冻害和病虫草害", "禁止畜禽啃青"]);
    }

    #[test]
    fn unnumbered_headings_of_two_phrases_are_measures_only_when_a_verb_leads_them() {
        let body = "今年以来，学校投入帮扶资金2180万元，培训基层干部1862名。";
        let found = find(&["2024年，学校定点帮扶某县。", "校领导带头　帮扶“一盘棋”", body, "支教接力　点亮山里娃的梦想", body, "科技赋能　草果结出“金果”", body]);
        assert!(found.is_empty(), "{found:?}");
        let found = find(&["2024年，某县巩固脱贫成果。", "聚焦增收　稳住脱贫群众“钱袋子”", body, "聚焦就业　端稳务工增收“饭碗”", body, "聚焦监测　织密防返贫“保障网”", body]);
        assert_eq!(found.first().map(|p| p.items.len()), Some(3), "{found:?}");
    }

    #[test]
    fn circled_headings_of_two_phrases_run_on_across_long_parts() {
        let body = ["今年以来，县妇联新建工坊11个。", "工坊吸纳妇女就业320人。", "每月人均增收1800元。", "带动脱贫户妇女86名。"];
        let mut lines = vec!["①建工坊　把“车间”开到家门口"];
        lines.extend(body);
        lines.push("②强培训　让手艺变成“饭碗”");
        lines.extend(body);
        lines.push("③拓市场　让订单“飞”出大山");
        lines.extend(body);
        let found = find(&lines);
        assert_eq!(found.first().map(names), Some(vec!["建工坊　把“车间”开到家门口", "强培训　让手艺变成“饭碗”", "拓市场　让订单“飞”出大山"]), "{found:?}");
    }

    #[test]
    fn a_table_printed_a_cell_a_line_between_two_items_keeps_their_run() {
        let mut lines = vec!["（一）选用良种。选用脱毒种薯，亩用种量150公斤。", "主推品种见下表："];
        lines.extend(["品种", "亩产（公斤）", "适宜海拔（米）", "甲薯1号", "2100", "1800～2600", "乙薯2号", "1950", "2000～2800"]);
        lines.extend(["丙薯3号", "2050", "1500～2500", "丁荞1号", "180", "1800～2800", "戊荞2号", "165", "2000～3000"]);
        lines.extend(["（二）合理密植。每亩种植4200株。", "（三）科学施肥。每亩施农家肥1500公斤。"]);
        let found = find(&lines);
        assert_eq!(found.first().map(names), Some(vec!["选用良种", "合理密植", "科学施肥"]), "{found:?}");
    }

    #[test]
    fn a_studys_findings_and_outline_are_no_measures() {
        // shortfalls listed as ordinals
        let found = find(&["调查发现,一是农户自主申报意愿不强;二是部门数据共享不充分;三是基层监测力量较为薄弱。"]);
        assert!(found.is_empty(), "{found:?}");
        // a report's parts telling how things stand, and the questions it sets out to answer
        let found = find(&[
            "课题组试图回答三个问题:对象是否识别及时?措施是否有效?",
            "(一)监测对象识别情况",
            "全县纳入监测对象412户。",
            "(二)帮扶措施落实情况",
            "全县落实产业帮扶措施286户。",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // the topics a reply takes in turn
        let found = find(&["一、关于监测对象的认定。纳入监测须经农户申请。", "二、关于帮扶政策。纳入后可享受产业奖补。", "三、关于风险消除。收入稳定后可消除风险。"]);
        assert!(found.is_empty(), "{found:?}");
        // measures still stand, those that solve a problem or fill a gap too
        let found = find(&["一是健全监测预警机制;二是强化分类精准帮扶;三是增强内生发展动力。"]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = find(&["一是破解产业资金不足;二是弥补基层人才不足;三是缩小城乡收入差异。"]);
        assert_eq!(found.len(), 1, "{found:?}");
        let found = find(&["一是解决饮水安全问题。全县新建水池20座。", "二是解决住房安全问题。改造危房300户。", "三是解决群众急难愁盼问题。办结诉求500件。"]);
        assert_eq!(found.first().map(|p| p.items.len()), Some(3), "{found:?}");
        // aims set with `把…得更…`, after a short topic in the first item's clause
        let found = find(&["下一步，帮扶工作一要把监测网织得更密。每月走访。二要把帮扶措施落得更准。优先安排岗位。三要把风险消除质量提得更高。"]);
        assert_eq!(found.first().map(names), Some(vec!["把监测网织得更密", "把帮扶措施落得更准", "把风险消除质量提得更高"]), "{found:?}");
        // an investment brochure's parts
        let found = find(&["一、县情概况", "全县面积5832平方公里。", "二、优势产业", "全县茶园28万亩。", "三、重点招商项目", "项目1：茶叶精深加工。", "四、优惠政策", "落实用地保障。"]);
        assert!(found.is_empty(), "{found:?}");
        // a word ending in 一 is no topic before a first ordinal
        for text in ["原因之一是资金不足。二是人手不够。", "国庆节十一是假期，二是要值班。"] {
            let found = find(&[text]);
            assert!(found.is_empty(), "{found:?}");
        }
        // shortfalls opening with 把关, 把握 are no aims
        let found = find(&["还存在一些问题：一是把关不够严格。二是把握政策不够精准。三是宣传不够深入。"]);
        assert!(found.is_empty(), "{found:?}");
        // a measure ending as a brochure's part does is a measure
        let found = find(&["（一）谋划一批招商项目。全年签约20个。", "（二）兑现惠企优惠政策。兑现资金800万元。", "（三）持续优化投资环境。办结事项300件。"]);
        assert_eq!(found.first().map(|p| p.items.len()), Some(3), "{found:?}");
    }

    #[test]
    fn a_yearbooks_entry_heads_and_a_reports_shortfalls_are_no_measures() {
        let found = find(&["【概况】", "2023年,某县新建茶园800亩。", "【防止返贫监测】", "全年新识别监测对象213户。", "【产业帮扶】", "全年安排衔接资金3.2亿元。"]);
        assert!(found.is_empty(), "{found:?}");
        // bracketed heads that name measures stand
        let found = find(&["【强化组织领导】", "县里成立领导小组。", "【加强资金保障】", "全年安排资金3.2亿元。", "【完善监测机制】", "每月排查一次。"]);
        assert_eq!(found.first().map(|p| p.items.len()), Some(3), "{found:?}");
        let found = find(&["一是学法用法还不够深入;二是人才支撑能力较弱;三是配套制度有待完善。"]);
        assert!(found.is_empty(), "{found:?}");
        // a study's problems, and what it found going well
        let found = find(&["（一）发展不平衡问题依然存在", "全县仍有薄弱村12个。", "（二）经营管理人才相对缺乏", "懂经营的村干部不多。", "（三）资产管护机制还不健全", "部分资产无人管护。"]);
        assert!(found.is_empty(), "{found:?}");
        let found = find(&["一、基本情况", "（一）收入总量稳步增长", "全县村集体经济收入1.2亿元。", "（二）发展类型趋于多元", "物业型村占三成。", "（三）带动增收效应逐步显现", "带动群众增收。"]);
        assert!(found.is_empty(), "{found:?}");
        for head in ["四、对策建议", "三、存在问题及整改措施"] {
            let found = find(&[head, "（一）分类施策，推动均衡发展。", "（二）建强人才队伍，提升经营能力。", "（三）健全管理制度，防范经营风险。"]);
            assert_eq!(found.len(), 1, "{head}: {found:?}");
        }
        // measures that make something grow are measures
        let found = find(&["一是推动村集体收入增长;二是促进发展类型多元;三是完善资产管护机制。"]);
        assert_eq!(found.len(), 1, "{found:?}");
        // what a case achieved, under its head; a head setting results as an aim heads measures
        let found = find(&["【取得成效】", "产业规模持续扩大。全村种植红薯2600亩。", "群众收入稳步增加。户均增收3200元。", "集体经济不断壮大。村集体收入46.5万元。"]);
        assert!(found.is_empty(), "{found:?}");
        let found = find(&["三、确保产业帮扶取得成效", "一是发展特色产业。", "二是壮大集体经济。", "三是完善联农带农机制。"]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_glossary_and_a_study_tour_s_outline_are_no_measures() {
        let found = find(&["第三部分　名词解释", "一、财政拨款收入：指县级财政当年拨付的资金。", "二、上年结转：指以前年度尚未完成的资金。", "三、基本支出：指为保障机构正常运转的支出。"]);
        assert!(found.is_empty(), "{found:?}");
        let found = find(&["一、考察学习的基本情况", "代表团一行考察了4个县。", "二、几点启示", "必须坚持规划引领。", "三、下一步打算", "全县将新建示范村10个。"]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_letters_questions_are_its_topics_not_measures() {
        let found = find(&["一、哪些农户可以申请纳入监测？", "收入低于监测标准的农户。", "二、纳入监测后能享受哪些帮扶？", "落实临时救助等措施。", "三、怎样申请纳入监测？", "向村委会提出申请。"]);
        assert!(found.is_empty(), "{found:?}");
        let found = find(&["一、健全监测机制。", "每月排查一次。", "二、强化产业帮扶。", "新建基地3个。", "三、怎样申请纳入监测？", "向村委会提出申请。"]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_contests_classes_are_no_measures() {
        let found = find(&["产业发展组:甲村96.5分,乙村95.8分。", "和美乡村组:丙村95.1分,丁村94.6分。", "乡村治理组:戊村96.0分,己村93.2分。"]);
        assert!(found.is_empty(), "{found:?}");
        // a measure that sets up a group stands
        let found = find(&["一是建立督导组,每月督导一次;二是建立专家组,上门指导;三是组织宣讲组,进村宣讲。"]);
        assert_eq!(found.first().map(|p| p.items.len()), Some(3), "{found:?}");
        let found = find(&["一是产业技术服务组,深入田间指导;二是就业创业指导组,开展技能培训;三是政策宣讲组,进村入户宣讲。"]);
        assert_eq!(found.first().map(|p| p.items.len()), Some(3), "{found:?}");
    }

    #[test]
    fn a_numbered_head_of_two_short_phrases_is_its_item_whole() {
        let found = find(&[
            "(一)稳住粮食生产,农业基础更加稳固。全县种粮8万亩。",
            "(二)做强茶叶产业,群众收入稳步增加。新建茶园2000亩。",
            "(三)强化组织领导,该县成立了专班负责推进各项工作。",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        // a comma that opens narration keeps the head cut at it
        assert_eq!(names(&found[0]), ["稳住粮食生产,农业基础更加稳固", "做强茶叶产业,群众收入稳步增加", "强化组织领导"]);
    }

    #[test]
    fn a_lead_whose_second_half_names_the_key_is_its_aim() {
        let found = find(&[
            "推动茶产业提质,关键在于品牌建设。全市茶园多而不强。",
            "推动茶产业增效,关键是延长链条。要发展精深加工。",
            "推动茶产业富民,重在利益联结。要让茶农分得收益。",
        ]);
        assert_eq!(names(&found[0]), ["推动茶产业提质", "推动茶产业增效", "推动茶产业富民"]);
    }

    #[test]
    fn a_glossary_and_its_lead_in_are_no_measures() {
        let found = find(&[
            "做好今年工作,重点抓好以下几个方面:",
            "发展特色农业。全县新建果园800亩。",
            "建设美丽乡村。改造农村户厕1200座。",
            "名词解释:",
            "1.三变改革:资源变资产、资金变股金、农民变股东的农村改革。",
            "2.四小园:农户房前屋后的小菜园、小果园、小花园、小公园。",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_rules_quoted_clauses_are_no_measures() {
        let found = find(&[
            "《某某条例》第一百二十二条　有下列行为之一,给予警告处分:",
            "(一)超标准向群众筹资筹劳;",
            "(二)违反规定扣留群众款物;",
            "(三)克扣群众财物。",
        ]);
        assert!(found.is_empty(), "{found:?}");
        let found = find(&[
            "《关于〈刑法〉第九十三条第二款的解释》　村民委员会等村基层组织人员协助人民政府从事下列行政管理工作,属于刑法规定的其他依照法律从事公务的人员:",
            "(一)救灾、抢险、防汛、优抚、扶贫、移民、救济款物、社会捐助公益事业款物的管理;",
            "(二)国有土地的经营和管理;",
            "(三)代征、代缴税款;",
            "(四)有关计划生育、户籍、征兵工作。",
        ]);
        assert!(found.is_empty(), "{found:?}");
        // the same marks under a report of work are its measures, `下列工作` too
        let found = find(&["该县采取三方面措施:", "(一)建立监测台账;", "(二)落实帮扶责任;", "(三)强化督导考核。"]);
        assert_eq!(found.first().map(|p| p.items.len()), Some(3), "{found:?}");
        let found = find(&["会议要求,重点抓好下列工作:", "(一)加强组织领导;", "(二)强化资金保障;", "(三)压实帮扶责任。"]);
        assert_eq!(found.first().map(|p| p.items.len()), Some(3), "{found:?}");
    }

    #[test]
    fn a_one_character_slogan_with_a_head_noun_names_its_marked_items() {
        let found = find(&["该镇推行“三访”工作法:①访困难户,每月入户一次;②访留守老人,帮办实事;③访返乡青年,摸清就业意愿。"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].name.as_str(), found[0].declared_count), ("三访工作法", 3));
        assert_eq!(names(&found[0]), ["访困难户", "访留守老人", "访返乡青年"]);
    }

    #[test]
    fn an_ordinal_item_may_hold_a_figure() {
        let found = find(&["今年办好三件实事:一是新建村级幼儿园3所;二是改造农村公路120公里;三是为全县65岁以上老人免费体检。"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].items.len(), 3, "{found:?}");
        assert!(names(&found[0])[1].starts_with("改造农村公路"), "{found:?}");
    }

    #[test]
    fn measures_taken_field_by_field_in_one_paragraph_are_a_program() {
        let found = find(&["某县分类施策。在教育方面,落实资助政策;在医疗方面,落实先诊疗后付费;在饮水方面,新建蓄水池8座。"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(names(&found[0]), ["在教育方面", "在医疗方面", "在饮水方面"]);
        // after a word of duty, with or without a short subject before it; a clause that runs on
        // past its field is cut at the field
        let found = find(&["增收靠奋斗,要在产业上挖潜力。各乡镇要在就业上稳存量,稳住务工规模。还要在帮扶上求精准和长效机制建设上持续用力。"]);
        assert_eq!(names(&found[0]), ["在产业上挖潜力", "在就业上稳存量", "在帮扶上"]);
    }

    #[test]
    fn the_two_sides_of_what_is_done_are_a_program_of_two() {
        let found = find(&["该镇一方面统一种植标准,鼓励农户开展认证;另一方面大力发展电商销售,在城里开设直营店12家,网上店铺年销售额突破一千万元。"]);
        assert_eq!(found.len(), 1, "{found:?}");
        // a short side is read whole, a long one by its first clause
        assert_eq!(names(&found[0]), ["统一种植标准,鼓励农户开展认证", "大力发展电商销售"]);
        // a speaker's answer and an explanation are no measures
        for text in [
            "答:一方面,我们加强排查,做到早发现;另一方面,我们用好防贫保险。",
            "收入下降,一方面是因为价格走低;另一方面是因为产量减少。",
        ] {
            assert!(find(&[text]).is_empty(), "{text}");
        }
    }

    #[test]
    fn scenes_and_a_speakers_two_sides_are_no_program() {
        for text in [
            "他在村里一住就是三年。在生活上,他和村民同吃同住。在工作上,他带领大家修路建厂。在思想上,他始终把群众放在心上。",
            "村民李某告诉记者,一方面家里的地少,另一方面孩子还要上学,日子过得紧巴巴。",
        ] {
            assert!(find(&[text]).is_empty(), "{text}: {:?}", find(&[text]));
        }
        // the first side ends where the other opens
        let found = find(&["该县一方面统一种植标准,另一方面大力发展电商销售。"]);
        assert_eq!(names(&found[0]), ["统一种植标准", "大力发展电商销售"]);
    }

    #[test]
    fn a_paragraph_of_a_thousand_fields_is_read_in_linear_time() {
        const HAN: [char; 16] = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸', '金', '木', '水', '火', '土', '石'];
        let fields: String = (0..4096).map(|k| format!("在{}{}{}方面,落实政策。", HAN[k % 16], HAN[k / 16 % 16], HAN[k / 256])).collect();
        let found = find(&[&fields]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].items.len(), MAX_INLINE_FIELDS);
    }

    #[test]
    fn frames_scenes_and_unlike_fields_are_no_program() {
        for text in [
            // frames of a sentence, not fields
            "在此基础上,村里建起冷库。在党的领导下,村民致富。在这方面,县里有经验。在各方面支持下,项目落地。",
            // places of a story: not after a sentence's start
            "他在地里干活,她在村里上班,孩子在学校上学。",
            // two fields are a pair, and fields marked unlike are no list
            "在教育方面,落实资助。在医疗方面,落实报销。",
            "在教育方面,落实资助。在医疗上,落实报销。在住房方面,改造危房。",
        ] {
            let found = find(&[text]);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
    }

    #[test]
    fn paragraphs_stepping_from_first_to_last_are_a_program() {
        let paras = [
            "做好衔接工作必须把握好以下几个方面。",
            "首先,牢牢守住不发生规模性返贫的底线。守底线是前提。",
            "要坚持早发现、早干预。",
            "其次,把增加群众收入作为根本措施。收入是核心指标。",
            "最后,以党建引领凝聚合力。办好农村的事情,关键在党。",
        ];
        let found = find(&paras);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(names(&found[0]), ["牢牢守住不发生规模性返贫的底线", "把增加群众收入作为根本措施", "以党建引领凝聚合力"]);
        // steps out of their order, or with no first, are none
        assert!(find(&["其次,村里修了路。", "最后,大家都满意。"]).is_empty());
    }

    #[test]
    fn a_guessed_name_does_not_name_fewer_leads_that_do_not_end_in_its_head() {
        let found = find(&[
            "全县用好农户自主申报、基层干部排查、部门筛查预警三条途径,及时发现风险。",
            "强化产业帮扶。全县新建基地10个。",
            "深化消费帮扶。全县销售农产品2亿元。",
        ]);
        assert!(found.iter().all(|p| p.name != "三条途径"), "{found:?}");
    }

    #[test]
    fn a_bulletins_own_parts_are_no_program() {
        let found = find(&["一、工作动态", "各工作队开展排查。", "二、经验做法", "某镇推行联户排查。", "三、下步打算", "持续抓好监测帮扶。"]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_notices_steps_and_parts_are_no_program_but_its_measures_are() {
        let paras = ["一、申报对象", "二、奖补标准", "三、申报程序", "四、工作要求", "(一)加强组织领导。各乡镇要高度重视。", "(二)严格审核把关。逐户核实。", "(三)强化监督管理。全程公开。"];
        let found = find_titled("关于开展到户产业奖补申报工作的通知", &paras);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(names(&found[0]), ["加强组织领导", "严格审核把关", "强化监督管理"]);
    }

    #[test]
    fn a_statistics_bulletins_parts_are_no_program() {
        let paras = ["一、综合", "全年地区生产总值98.36亿元。", "二、农业", "粮食总产量45.62万吨。", "三、国内贸易", "社会消费品零售总额增长。"];
        let found = find_titled("某县2023年国民经济和社会发展统计公报", &paras);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_work_summarys_heads_of_what_went_well_are_no_program() {
        let summary = |paras: &[&str]| find_titled("某乡2024年工作总结和2025年工作打算", paras);
        let found = summary(&["1.动态监测精准有效。全乡纳入监测对象45户。", "2.防贫机制不断健全。全乡购买防贫保险。", "3.人居环境持续改善。新建卫生厕所120座。"]);
        assert!(found.is_empty(), "{found:?}");
        // its measures stand
        let found = summary(&["(一)持续巩固脱贫成果。全乡落实监测帮扶。", "(二)推动产业提质增效。新发展经果林500亩。", "(三)壮大村级集体经济。盘活闲置资产。"]);
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_quoted_name_in_an_item_may_hold_latin_letters_and_digits() {
        let found = find(&["(一)持续巩固脱贫成果。落实监测帮扶。", "(二)深化“1+N”帮扶体系。", "各方力量下沉一线。", "(三)建设和美乡村。改造农村户厕。"]);
        assert_eq!(found.first().map(|p| p.items.len()), Some(3), "{found:?}");
        // unquoted, they are no item's
        assert!(!item_chars_ok("深化1N帮扶体系"));
    }

    #[test]
    fn numbering_that_starts_again_under_a_new_section_is_a_new_list() {
        let found = find(&[
            "一、工作目标",
            "到年底,全县监测对象风险消除率达到70%以上。",
            "二、帮扶措施",
            "对监测对象分类落实以下三项帮扶措施:",
            "(一)产业帮扶。每户安排产业补助资金不超过3000元。",
            "(二)就业帮扶。优先推荐到帮扶车间就业。",
            "(三)兜底保障。及时纳入低保范围。",
            "三、保障措施",
            "(一)加强组织领导。领导小组每季度召开一次会议。",
            "(二)强化资金保障。县财政安排专项资金1200万元。",
        ]);
        let lists: Vec<Vec<&str>> = found.iter().map(names).collect();
        assert!(lists.contains(&vec!["产业帮扶", "就业帮扶", "兜底保障"]), "{lists:?}");
        assert!(lists.contains(&vec!["加强组织领导", "强化资金保障"]), "{lists:?}");
        assert!(!lists.iter().any(|l| l.len() > 3), "{lists:?}");
    }

    #[test]
    fn declared_set_links_to_the_leads_that_follow() {
        let found = find(&[
            "今年以来,某县织牢救助“三道防线”,确保群众安稳过冬。",
            "医疗救助防线。该县为困难群众代缴医保费用。",
            "临时救助防线。该县简化审批程序,及时发放救助金。",
            "慈善帮扶防线。该县引导爱心企业设立帮扶基金。",
        ]);
        assert_eq!(found.len(), 1);
        let p = &found[0];
        assert_eq!(p.name, "三道防线");
        assert_eq!(p.declared_count, 3);
        assert!(p.complete);
        assert_eq!(names(p), ["医疗救助防线", "临时救助防线", "慈善帮扶防线"]);
    }

    #[test]
    fn a_set_shown_in_part_is_incomplete() {
        let found = find(&[
            "某市部署实施增收五大行动,推动群众稳定增收。",
            "庭院经济培育行动。各村因地制宜发展小菜园。",
            "技能培训提升行动。各乡镇开办免费培训班。",
            "消费帮扶拓展行动。机关食堂优先采购农产品。",
        ]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "五大行动");
        assert_eq!(found[0].declared_count, 5);
        assert_eq!(found[0].items.len(), 3);
        assert!(!found[0].complete);
    }

    #[test]
    fn a_set_cut_short_right_under_its_name_keeps_the_name() {
        let found = find(&[
            "某县织密兜底保障“五张网”,守住民生底线。",
            "——织密医疗救助网。全县代缴医保。",
            "——织密住房保障网。全县改造危房。",
            "——织密就业帮扶网。全县开发公益岗位。",
        ]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "五张网");
        assert!(!found[0].complete);
    }

    #[test]
    fn a_set_of_an_unknown_head_names_a_run_of_its_count() {
        let found = find(&[
            "某县扎实推进“三大振兴”,巩固脱贫成果。",
            "产业振兴。该县发展特色种植。",
            "人才振兴。该县培训致富带头人。",
            "文化振兴。该县建设文化广场。",
        ]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "三大振兴");
        assert!(found[0].complete);
        // an unknown head does not read a list printed inline
        assert!(find(&["该队获得冠军、亚军两大奖杯。"]).is_empty());
    }

    #[test]
    fn item_spans_point_at_the_lead_phrase() {
        let (input, article) = article(&[
            "——大力推进道路硬化。村里新修水泥路。",
            "——大力推进厕所改造。户户用上卫生厕所。",
        ]);
        let found = Programs::new().find(&ArticleContext { input: &input, article: &article, reference_date: None, loose: None });
        assert_eq!(found.len(), 1);
        for item in &found[0].items {
            assert_eq!(&input[item.span.start..item.span.end], item.name);
        }
        assert_eq!(names(&found[0]), ["大力推进道路硬化", "大力推进厕所改造"]);
    }

    #[test]
    fn undeclared_parallel_list_shares_an_opening() {
        let found = find(&[
            "近年来,某区持续补齐民生短板。",
            "强化技能培训保障。该区举办培训班二十期。",
            "强化就医看病保障。该区建成标准化卫生室。",
            "强化农村住房保障。该区完成危房改造。",
        ]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "");
        assert_eq!(found[0].declared_count, 0);
        assert!(found[0].complete);
        assert_eq!(names(&found[0]), ["强化技能培训保障", "强化就医看病保障", "强化农村住房保障"]);
    }

    #[test]
    fn a_stray_sentence_does_not_break_a_parallel_list() {
        let found = find(&[
            "道路硬化行动。各村修通了水泥路。",
            "路灯,即安装到户。",
            "饮水提质行动。各村接通了自来水。",
            "厕所改造行动。各户建成了卫生厕所。",
        ]);
        assert_eq!(found.len(), 1);
        assert_eq!(names(&found[0]), ["道路硬化行动", "饮水提质行动", "厕所改造行动"]);
    }

    #[test]
    fn imperative_leads_without_a_shared_word_form_a_list() {
        let found = find(&[
            "压实工作责任。镇里成立了专班。",
            "畅通诉求渠道。村里开通了热线。",
            "改善村容村貌。全村清理了垃圾。",
        ]);
        assert_eq!(found.len(), 1);
        assert_eq!(names(&found[0]), ["压实工作责任", "畅通诉求渠道", "改善村容村貌"]);
    }

    #[test]
    fn narration_paragraphs_are_not_a_list() {
        let found = find(&[
            "天气渐冷。老人们坐在院里晒太阳。",
            "数据最能说明问题。全村人均收入翻了一番。",
            "该村共有农户二百户,大多种植果树。",
            "新房是幸福的开始。一家人搬进了新居。",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn meeting_reports_and_scenes_are_not_lists() {
        let found = find(&[
            "会议指出:要提高认识。各级要抓好落实。",
            "会议强调:要压实责任。各级要加强督导。",
            "会议要求:要严明纪律。各级要从严考核。",
        ]);
        assert!(found.is_empty(), "{found:?}");
        let found = find(&[
            "在东关村,村民们正在采摘葡萄,脸上洋溢着笑容。",
            "在西关村,新建的文化广场上歌声阵阵,十分热闹。",
            "在南关村,一排排新房整齐划一,道路干净整洁。",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn two_unrelated_leads_are_not_a_list() {
        let found = find(&["筑牢防线。村里设立了监测点。", "办好实事。镇里修好了桥。"]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_guessed_name_takes_a_list_of_exactly_its_count_before_it() {
        let found = find(&["该县围绕食用菌、乡村旅游、小杂粮三大富民产业,新建大棚四百个。"]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "三大富民产业");
        assert_eq!(names(&found[0]), ["食用菌", "乡村旅游", "小杂粮"]);
        assert!(find(&["该县发展食用菌、乡村旅游两大富民产业,新建大棚四百个。"]).is_empty());
        assert!(find(&["通过自主申报、干部排查、部门预警三条途径,及时发现风险。"]).is_empty());
        assert!(find(&["该县发展食用菌、乡村旅游等三大富民产业,新建大棚四百个。"]).is_empty());
    }

    #[test]
    fn a_quoted_slogan_apart_from_the_name_is_not_its_list() {
        let found = find(&[
            "近年来,该镇围绕“护林、种果、兴游”实施“三大工程”,群众收入稳步提高。",
            "(一)荒山绿化工程。该镇栽植经济林八千亩。",
            "(二)果品提质工程。该镇建成冷库五座。",
            "(三)乡村旅游工程。该镇打造民宿村三个。",
        ]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "三大工程");
        assert_eq!(names(&found[0]), ["荒山绿化工程", "果品提质工程", "乡村旅游工程"]);
    }

    #[test]
    fn a_summary_of_the_leads_is_read_once() {
        let found = find(&[
            "该县筑牢监测预警、精准帮扶、兜底保障“三道防线”,守住底线。",
            "筑牢监测预警防线。该县每月走访一次。",
            "筑牢精准帮扶防线。该县为每户制定方案。",
            "筑牢兜底保障防线。该县提高低保标准。",
        ]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "三道防线");
        assert!(found[0].complete);
        assert_eq!(names(&found[0]), ["筑牢监测预警防线", "筑牢精准帮扶防线", "筑牢兜底保障防线"]);
    }

    #[test]
    fn a_summary_of_heads_with_aims_names_the_measures() {
        let found = find(&[
            "该县扎实实施防返贫监测提质、产业增收、帮扶机制创新“三大工程”,群众收入稳步增长。",
            "一、实施防返贫监测提质工程,牢牢守住底线",
            "该县每月排查一次。",
            "二、实施产业增收工程,拓宽增收渠道",
            "该县发展花生产业。",
            "三、实施帮扶机制创新工程,激发内生动力",
            "该县推行积分超市。",
        ]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "三大工程");
        assert_eq!(names(&found[0]), ["防返贫监测提质", "产业增收", "帮扶机制创新"]);
    }

    #[test]
    fn the_parts_of_a_news_script_are_no_list() {
        assert!(find(&["【导语】今年以来,某县发展藏鸡养殖。", "【正文】合作社带动农户增收。", "【同期】(村民 甲)日子越过越好。"]).is_empty());
    }

    #[test]
    fn paragraphs_opening_with_their_field_list_it() {
        let found = find(&[
            "健康帮扶方面,全县脱贫人口家庭医生签约服务实现应签尽签。",
            "教育帮扶方面,全县累计投入教育资金3.2亿元。",
            "对困难学生,该县还落实了生活补助。",
            "在综合保障方面,全县将符合条件的群众纳入低保。",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(names(&found[0]), ["健康帮扶", "教育帮扶", "综合保障"]);
        let found = find(&["健康帮扶方面,全县落实签约服务。", "教育帮扶方面,全县投入资金。", "其他方面,全县也有进展。", "住房保障方面,全县改造危房。"]);
        assert_eq!(names(&found[0]), ["健康帮扶", "教育帮扶", "住房保障"]);
        // two fields, or `一方面…另一方面`, are no list
        assert!(find(&["一方面,要抓产业。", "另一方面,要抓就业。", "就业方面,全县输出劳动力1万人。"]).is_empty());
    }

    #[test]
    fn ordinals_of_other_forms_list_their_items() {
        let found = find(&["会议要求抓好“三项任务”:一要压实帮扶责任,落实监测机制;二要壮大特色产业,延伸产业链;三要深化农村改革,激活要素。"]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "三项任务");
        assert_eq!(names(&found[0]), ["压实帮扶责任", "壮大特色产业", "深化农村改革"]);
        let found = find(&["该县采取(一)订单收购,企业保底收购;(二)技术托管,专家上门指导;(三)入股分红,年底按股分红。"]);
        assert_eq!(names(&found[0]), ["订单收购", "技术托管", "入股分红"]);
        let found = find(&["具体措施:(1)开展劳务协作,建立劳务工作站4个;(2)发展帮扶车间,认定车间23个;(3)开发公益性岗位,每月补贴500元。"]);
        assert_eq!(names(&found[0]), ["开展劳务协作", "发展帮扶车间", "开发公益性岗位"]);
        // a long item its mark sets apart is whole; a count closing one is no part of its name
        let found = find(&["该县①建立就业台账,实行动态管理;②在安置点引进假发加工、服装、电子元件等劳动密集型企业,建成车间14个;③开发保洁、保安等公益性岗位430个,优先安置弱劳力。"]);
        assert_eq!(names(&found[0]), ["建立就业台账", "在安置点引进假发加工、服装、电子元件等劳动密集型企业", "开发保洁、保安等公益性岗位"]);
        // `统一要求` holds `一要` inside a word: no list
        assert!(find(&["全县统一要求,二要素齐全的才能申报。"]).is_empty());
        // `一要…` opening paragraphs in turn: the marks are no part of the items
        let found = find(&["一要压实责任抓落实。县领导带头遍访乡镇。", "二要精准监测防返贫。每月排查一次。", "三要产业就业促增收。新建车间5个。", "四要整改问题提成效。逐项建立台账。（下转第四版）"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(names(&found[0]), ["压实责任抓落实", "精准监测防返贫", "产业就业促增收", "整改问题提成效"]);
    }

    #[test]
    fn an_item_naming_whom_it_is_for_runs_through_what_they_get() {
        let found = find(&["该县逐户制定帮扶计划:①有劳动能力的,优先安排产业奖补,每户给予奖补;②弱劳力家庭,及时纳入低保;③存在因病返贫风险的,落实三重保障。"]);
        assert_eq!(found.len(), 1);
        assert_eq!(names(&found[0]), ["有劳动能力的,优先安排产业奖补", "弱劳力家庭,及时纳入低保", "存在因病返贫风险的,落实三重保障"]);
        // full-width commas read the same
        let found = find(&["该县逐户制定帮扶计划：①有劳动能力的，优先安排产业奖补；②弱劳力家庭，及时纳入低保。"]);
        assert_eq!(names(&found[0]), ["有劳动能力的，优先安排产业奖补", "弱劳力家庭，及时纳入低保"]);
    }

    #[test]
    fn a_count_closing_its_sentence_names_the_ordinals_after_it() {
        let found = find(&["答:主要有三种途径。第一种是农户自主申报,随时可报;第二种是干部排查,每月一次;第三种是部门筛查预警,按季推送。"]);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].name.as_str(), found[0].declared_count), ("三种途径", 3));
        assert_eq!(names(&found[0]), ["农户自主申报", "干部排查", "部门筛查预警"]);
        let found = find(&["答:主要有两个方面。一是推广防贫保险,全员参保;二是开展精准帮扶,一户一策。"]);
        assert_eq!(found[0].name, "两个方面");
        // a colon ending the paragraph above names them too
        let found = find(&["会议提出“两项任务”:", "一要稳住务工规模,全年不低于十万人;二要推进乡村建设,改善人居环境。"]);
        assert_eq!(found[0].name, "两项任务");
    }

    #[test]
    fn a_text_laid_out_in_parts_names_its_ordinals() {
        let found = find(&[
            "《意见》共分为三个部分,涵盖目标、帮扶和保障。",
            "一是明确总体要求。到2025年,帮扶机制基本建立。",
            "二是分层分类实施帮扶。对有劳动能力的开展开发式帮扶。",
            "三是压实各方责任。各级党委政府要加强领导。",
        ]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "三个部分");
        assert_eq!(names(&found[0]), ["明确总体要求", "分层分类实施帮扶", "压实各方责任"]);
    }

    #[test]
    fn bulleted_labels_list_measures_but_not_figures_or_scope() {
        let found = find(&[
            "三、一图看懂",
            "▶ 保障对象：脱贫人口、监测对象等农村低收入人口。",
            "▶ 资助参保：特困人员个人缴费部分全额资助。",
            "▶ 医疗救助：政策范围内个人自付费用按70%比例救助。",
            "▶ 倾斜救助：个人负担仍然较重的，给予倾斜救助。",
        ]);
        assert_eq!(found.len(), 1);
        assert_eq!(names(&found[0]), ["资助参保", "医疗救助", "倾斜救助"]);
        let found = find(&["■ 脱贫人口：3.2万人", "■ 人均纯收入：1.5万元", "■ 帮扶车间：27个"]);
        assert!(found.is_empty(), "{found:?}");
        let found = find(&["■ 脱贫人口：全县共3.2万人", "■ 帮扶车间：全县建成27个", "■ 人均纯收入：今年达到1.5万元"]);
        assert!(found.is_empty(), "a box's figures worded: {found:?}");
    }

    #[test]
    fn a_project_named_by_paired_places_is_an_item() {
        assert!(item_chars_ok("中山—贺州（钟山）电子元器件产业园项目"));
        assert!(!item_chars_ok("产业园（含标准厂房和配套设施）"));
        assert!(!item_chars_ok("发展产业——带动就业"));
        assert!(!item_chars_ok("产业园）建设"));
    }

    #[test]
    fn accounts_reckoned_in_turn_are_a_named_list() {
        let found = find(&[
            "我把准备好的“三笔账”写在小黑板上。",
            "第一笔是收入账。鲜叶每公斤多卖1元。",
            "第二笔是成本账。有机肥要舍得花钱。",
            "第三笔是长远账。初制所由合作社持股。",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].name, "三笔账");
        assert_eq!(names(&found[0]), ["收入账", "成本账", "长远账"]);
    }

    #[test]
    fn bare_measures_of_uneven_length_led_by_verbs_are_a_list() {
        let found = find(&[
            "为让“流量”变成“销量”，该县在选品、物流、主播培育上持续发力。",
            "严把选品关。县农业农村局对参与直播的产品逐一把关，优先选用脱贫户的产品。",
            "打通物流链。县邮政分公司在各乡镇设立收寄点36个，开通冷链运输专线。",
            "培育本土主播。县人社局联合开展电商直播技能培训，今年以来已举办培训班9期。",
            "返乡青年李某是其中的佼佼者。",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(names(&found[0]), ["严把选品关", "打通物流链", "培育本土主播"]);
    }

    #[test]
    fn figures_with_a_dot_opening_clauses_list_a_paragraphs_measures() {
        let found = find(&["请群众做好防御准备：1.处于危险地带的人员要及时转移避险；2.暂停户外作业和集会活动；3.注意避让塌方路段。截至15时，全县已转移群众312人。"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(names(&found[0]), ["处于危险地带的人员要及时转移避险", "暂停户外作业和集会活动", "注意避让塌方路段"]);
        // figures with decimals are no list
        assert!(find(&["全县投入资金：1.5亿元；2.3万户受益。"]).is_empty());
    }

    #[test]
    fn items_numbered_in_full_width_figures_are_a_list() {
        let found = find(&[
            "本季度重点办理了以下三件实事：",
            "１．修补村屯道路坑槽。对主路破损路段进行修补，修补面积约460平方米。",
            "２．开展春季植树。在村屯主路两侧补植苗木1200余株。",
            "3．储备防汛物资。购置编织袋800条、雨衣20件。",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].declared_count, 3);
        assert_eq!(names(&found[0]), ["修补村屯道路坑槽", "开展春季植树", "储备防汛物资"]);
    }

    #[test]
    fn a_surveys_outline_states_findings_not_measures() {
        let found = find_titled(
            "2024年全县脱贫户满意度调查结果发布",
            &["一、调查基本情况", "本次调查抽取脱贫户1200户。", "二、总体满意度继续提升", "总体满意度为96.8%。", "三、分项指标全面向好", "各项满意度均有提高。"],
        );
        assert!(found.is_empty(), "{found:?}");
        // a price report's goods, each a field of its own
        let found = find_titled(
            "本月全县猪肉价格小幅回落",
            &["猪肉方面，精瘦肉零售均价为每公斤26元，环比下降1.5%。", "蔬菜方面，黄瓜每公斤7元，环比上涨12.5%。", "粮油方面，大米、面粉价格保持平稳。"],
        );
        assert!(found.is_empty(), "{found:?}");
        // the same fields of measures under a title on prices, or another, stand
        let found = find_titled(
            "我县多措并举稳定猪肉价格",
            &["猪肉方面，县里投放储备肉20吨。", "蔬菜方面，县里新建冷棚40座。", "粮油方面，县里组织企业增加供应。"],
        );
        assert_eq!(found.len(), 1, "{found:?}");
        let found = find_titled(
            "我县多措并举稳定市场",
            &["猪肉方面，县里投放储备肉20吨。", "蔬菜方面，县里新建冷棚40座。", "粮油方面，县里组织企业增加供应。"],
        );
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_list_before_a_da_name_names_its_parts() {
        for (text, name) in [
            ("全县形成蔬菜、肉牛、中药材三大主导产业，带动农户增收。", "三大主导产业"),
            ("茶叶、水果、中药材、畜禽、乡村旅游五大特色产业覆盖脱贫户1.56万户。", "五大特色产业"),
            ("【稳产业】茶叶、水果、中药材、畜禽、乡村旅游五大特色产业覆盖脱贫户1.56万户。", "五大特色产业"),
        ] {
            let found = find(&[text]);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].name, name);
        }
        // with no list before it the name is no program
        assert!(find(&["县里培育五大特色产业覆盖全县。"]).is_empty());
        assert!(find(&["围绕苹果、设施农业、畜牧养殖三大主导产业和劳务输出，实施五项工程。"]).iter().all(|p| p.name != "三大主导产业"));
    }

    #[test]
    fn groups_of_people_to_help_are_no_set_of_measures() {
        let found = find(&["《意见》提到“脱贫不稳定户、边缘易致贫户、突发严重困难户”三类重点群体,要求明确帮扶责任人。"]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_quoted_list_names_its_aspects_and_a_slogan_its_words() {
        let found = find(&["两地围绕“产业共建、劳务协作、消费帮扶”三个方面深化合作,成效明显。"]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "三个方面");
        assert_eq!(names(&found[0]), ["产业共建", "劳务协作", "消费帮扶"]);
        let found = find(&["该县聚焦精准识别、精准帮扶、精准退出“三个精准”,守住底线。"]);
        assert_eq!(found[0].name, "三个精准");
        assert_eq!(names(&found[0]), ["精准识别", "精准帮扶", "精准退出"]);
        // a slogan's word missing from the items names no list
        assert!(find(&["该县聚焦产业、就业、兜底“三个精准”,守住底线。"]).is_empty());
    }

    #[test]
    fn a_quoted_slogan_over_a_list_repeating_its_word_names_it_once() {
        let found = find(&[
            "该县通过产业带动一批、就业吸纳一批、兜底保障一批“三个一批”,推动监测户风险稳定消除。",
            "产业带动一批。该县为监测户发放产业奖补。",
            "就业吸纳一批。该县开发公益性岗位。",
            "兜底保障一批。该县提高低保标准。",
        ]);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!((found[0].name.as_str(), found[0].declared_count), ("三个一批", 3));
        assert_eq!(names(&found[0]), ["产业带动一批", "就业吸纳一批", "兜底保障一批"]);
    }

    #[test]
    fn a_quoted_count_with_a_classifier_is_spelled_out_after_a_dash() {
        let found = find(&["社区走出了“三个一批”的路子——车间吸纳一批、劳务输出一批、公益岗位安置一批，实现稳定就业。"]);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!((found[0].name.as_str(), found[0].declared_count), ("三个一批", 3));
        assert_eq!(names(&found[0]), ["车间吸纳一批", "劳务输出一批", "公益岗位安置一批"]);
        // a quoted count whose word no list repeats names nothing
        assert!(find(&["该县落实“四个不摘”要求，持续巩固成果。"]).is_empty());
    }

    #[test]
    fn an_explainer_s_part_heads_are_no_measures() {
        for part in ["政策问答", "主要举措", "一图看懂"] {
            assert!(names_a_part(part), "{part}");
        }
        assert!(!names_a_part("健全监测预警机制"));
    }

    #[test]
    fn slogans_glossed_by_a_quoted_list_before_them_or_by_semicolon_clauses_after() {
        let found = find(&["县上推广“坡改梯、打水窖、种草养畜”三结合的经验，当年新增种草4.3万亩。"]);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(names(&found[0]), ["坡改梯", "打水窖", "种草养畜"]);
        let found = find(&["该乡将聚焦“三个强化”持续用力：强化数据比对，做到风险早发现；强化精准帮扶，做到措施早落实；强化风险消除，做到成效可持续。"]);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(names(&found[0]), ["强化数据比对", "强化精准帮扶", "强化风险消除"]);
        let found = find(&["公益性岗位人员实行“四定”管理，即定岗位、定职责、定报酬、定考核。"]);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(names(&found[0]), ["定岗位", "定职责", "定报酬", "定考核"]);
        // commas first, though semicolons follow the list
        let found = find(&["该县坚持“三个强化”：强化组织领导，强化责任落实，强化督导考核；同时，抓好产业发展；抓好就业帮扶。"]);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].items.len(), 3);
        // quoted speech counted after, and a two-item description, are no sets
        assert!(find(&["群众说“路修好了、水通了、电亮了”三年间，村里变化很大。"]).is_empty());
        assert!(find(&["村里有“两山”，即山高、山陡，交通不便。"]).is_empty());
    }

    #[test]
    fn clauses_repeating_a_name_s_word_may_run_long() {
        let found = find(&[
            "评审小组把握“三个优先”：优先支持联农带农机制紧密、带动脱贫户增收效果明显的产业项目，优先支持补齐基础设施短板的项目，优先支持群众受益面广的项目。",
        ]);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].items.len(), 3);
        assert!(found[0].items[0].name.ends_with("效果明显的产业项目"));
    }

    #[test]
    fn what_something_is_about_and_places_counted_are_no_measures() {
        assert!(find(&["群众意见主要集中在产业发展、道路硬化和饮水安全三个方面。"]).is_empty());
        assert!(find(&["聚焦甲苗族自治县、乙侗族自治县两个重点帮扶县，加大支持力度。"]).is_empty());
        // but funds spent on three fields, and places built, are measures
        assert_eq!(find(&["县里把资金集中在发展特色产业、改善基础设施、提升公共服务三个方面。"]).len(), 1);
        assert_eq!(find(&["县里围绕建设示范村、改造老旧街区、打造特色小镇三个重点推进。"]).len(), 1);
        // a list of measures that names its field stays one
        assert_eq!(find(&["该县从产业帮扶、就业帮扶、兜底保障三个方面发力。"]).len(), 1);
    }

    #[test]
    fn a_slogan_of_one_character_names_the_ordinals_after_it() {
        let found = find(&["该县突出“三早”。一是早发现。打通三条渠道。二是早干预。逐户制定计划。三是早帮扶。先行落实救助。"]);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].name.as_str(), found[0].declared_count), ("三早", 3));
        assert_eq!(names(&found[0]), ["早发现", "早干预", "早帮扶"]);
        assert!(find(&["该县突出“三早”,成效明显。"]).is_empty());
    }

    #[test]
    fn a_slogan_pairing_two_words_names_the_paragraphs_that_pair_them() {
        let found = find(&[
            "某县推行“三查三清”工作法,全县消除风险386户。",
            "查收入,清底数。县里组织干部逐户走访。",
            "查住房,清隐患。住建部门逐户体检。",
            "查就业,清门路。人社部门摸清就业意愿。",
        ]);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!((found[0].name.as_str(), found[0].declared_count), ("三查三清", 3));
        assert_eq!(names(&found[0]), ["查收入,清底数", "查住房,清隐患", "查就业,清门路"]);
        // fewer pairs than the slogan counts name nothing
        assert!(find(&["某县推行“三查三清”工作法。", "查收入,清底数。县里逐户走访。"]).is_empty());
    }

    #[test]
    fn the_count_naming_a_listed_set_is_no_fact() {
        let (input, article) = article(&["该县采取三项措施:①推行整村授信;②落实全额贴息;③设立风险基金。全县发放贷款三亿元,惠及农户三千户。"]);
        let ctx = ArticleContext { input: &input, article: &article, reference_date: None, loose: None };
        let mut facts = crate::quantity::Quantities::new().facts(&ctx);
        assert!(facts.iter().any(|f| f.text == "三项"));
        drop_name_counts(&mut facts, &Programs::new().find(&ctx));
        let texts: Vec<&str> = facts.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(texts, ["三亿元", "三千户"]);
    }

    #[test]
    fn circled_numbers_inside_a_paragraph_list_its_items() {
        let found = find(&["该县推行“三个一”服务:①每个乡镇配备1名专家;②每个村建设1个示范园;③每户发放1本手册。"]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "三个一");
        assert_eq!(names(&found[0]), ["每个乡镇配备1名专家", "每个村建设1个示范园", "每户发放1本手册"]);
        let found = find(&["该县采取三项措施:①推行整村授信。对各村开展评级;②落实全额贴息。对贷款贴息;③设立风险基金。县财政安排资金。"]);
        assert_eq!(found[0].name, "三项措施");
        assert_eq!(names(&found[0]), ["推行整村授信", "落实全额贴息", "设立风险基金"]);
    }

    #[test]
    fn numbered_section_heads_go_on_across_long_sections_and_drop_closing_parts() {
        let mut paras = vec!["一、落实“四项机制”,做到早发现、早干预"];
        paras.extend(["该县落实常态化排查。"; 5]);
        paras.push("二、实施“五大工程”,激发内生动力");
        paras.extend(["该县新建日光温室。"; 6]);
        paras.extend(["三、强化要素保障,夯实衔接基础", "该县加大投入。", "四、典型案例", "案例一:小庭院做出大文章。", "案例二:村集体带动众乡亲。", "案例三:黄河枣变身致富果。", "五、主要指标", "见下表。"]);
        let found = find(&paras);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(names(&found[0]), ["落实“四项机制”,做到早发现、早干预", "实施“五大工程”,激发内生动力", "强化要素保障,夯实衔接基础"]);
    }

    #[test]
    fn the_outline_of_an_explainer_is_no_program() {
        let found = find(&[
            "一、出台背景",
            "为巩固脱贫成果,我市制定了本方案。",
            "二、适用范围",
            "本方案适用于全市农村人口。",
            "三、主要内容",
            "方案明确了监测标准和帮扶措施。",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_clause_number_past_every_integer_is_no_list() {
        let found = find(&["第一八四四六七四四〇七三七〇九五五一六一五条 甲乙丙丁。甲乙。", "第二条 丙丁戊己。丙丁。"]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn the_clauses_of_a_rule_in_order_are_a_list_and_picked_ones_are_not() {
        let found = find(&[
            "二、主要内容",
            "第一条 监测范围。收入低于标准的农户纳入监测。",
            "第二条 识别程序。农户申报后十日内完成核实。",
            "第三条 产业帮扶。对发展产业的监测户给予奖补。",
            "三、工作成效",
            "全县累计消除风险一千余户。",
            "四、解读机关及联系方式",
            "解读机关:县乡村振兴局。",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(names(&found[0]), ["监测范围", "识别程序", "产业帮扶"]);
        let found = find(&[
            "第三条 监测方式。采取农户申报等方式开展监测。",
            "第五条 识别程序。农户申报后十日内完成核实。",
            "第九条 帮扶措施。对监测对象分类施策。",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_model_named_by_its_partners_is_an_item() {
        let found = find(&[
            "该县形成两种联结模式:",
            "①“企业+合作社+农户”模式。企业与农户签订收购协议。",
            "②托管模式。合作社统一管护果园。",
        ]);
        assert_eq!(found.len(), 1);
        assert_eq!(names(&found[0]), ["“企业+合作社+农户”模式", "托管模式"]);
    }

    #[test]
    fn one_character_slogan_closing_its_paragraph_names_the_ordinals_below() {
        let found = find(&["风险不等人，监测帮扶要做到“三快”。", "一要发现快。对支出骤增的农户，要及时预警。", "二要研判快。对风险线索，要及时核实。", "三要帮扶快。对监测对象，要精准施策。"]);
        assert_eq!((found[0].name.as_str(), found[0].declared_count, names(&found[0])), ("三快", 3, vec!["发现快", "研判快", "帮扶快"]), "{found:?}");
        // an honour closing its paragraph names nothing below it
        let found = find(&["该村获评“三好”。", "一要发现快。对支出骤增的农户，要及时预警。", "二要研判快。对风险线索，要及时核实。", "三要帮扶快。对监测对象，要精准施策。"]);
        assert!(found.iter().all(|p| p.name.is_empty()), "{found:?}");
    }

    #[test]
    fn one_character_slogan_spelled_after_a_colon() {
        let found = find(&["村民说这是合作社带来的“三金”：土地流转挣租金、务工就业挣薪金、入股分红挣股金。"]);
        assert_eq!((found[0].name.as_str(), names(&found[0])), ("三金", vec!["土地流转挣租金", "务工就业挣薪金", "入股分红挣股金"]));
        // items that do not hold the slogan's character, or more of them than its count, spell no set
        assert!(find(&["村里推行“三定”：选好产业、建好基地、找准市场。"]).is_empty());
        assert!(find(&["合作社带来“三金”：租金、薪金、股金、奖金。"]).is_empty());
    }

    #[test]
    fn inline_list_before_a_declared_name() {
        let found = find(&["该镇切实做好入户排查、动态监测和结对帮扶三方面工作,守住底线。"]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "三方面工作");
        assert_eq!(names(&found[0]), ["入户排查", "动态监测", "结对帮扶"]);
        assert!(found[0].complete);
    }

    #[test]
    fn inline_list_before_a_quoted_name() {
        let found = find(&["坚持农户自主申报、干部日常走访、部门筛查预警“三线并行”,逐户核实。"]);
        assert_eq!((found[0].name.as_str(), names(&found[0])), ("三线并行", vec!["农户自主申报", "干部日常走访", "部门筛查预警"]));
        assert!(find(&["落实基本医保、大病保险、医疗救助“三重保障”。"]).is_empty());
        // a count right before its word says what is done to each item
        let found = find(&["在医共体建设上，医院推动人员、技术、管理“三下沉”。"]);
        assert_eq!(found.first().map(|p| (p.name.as_str(), names(p))), Some(("三下沉", vec!["人员", "技术", "管理"])), "{found:?}");
        assert!(find(&["全县脱贫人口全部实现义务教育、基本医疗、住房安全“三保障”。"]).is_empty());
        // ways that stand as one, of four characters each, are named by the slogan; bare fields not
        let found = find(&["公司构建产业帮扶、就业帮扶、消费帮扶、公益捐赠“四位一体”帮扶格局。"]);
        assert_eq!((found[0].name.as_str(), names(&found[0])), ("四位一体", vec!["产业帮扶", "就业帮扶", "消费帮扶", "公益捐赠"]));
        assert!(find(&["建立专项、行业、社会“三位一体”大扶贫格局。"]).is_empty());
        let found = find(&["坚持农户自主申报、部门筛查预警、基层干部排查“三条途径”,乡镇须及时核实。"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].name, "三条途径");
        assert_eq!(names(&found[0]), ["农户自主申报", "部门筛查预警", "基层干部排查"]);
        // a last item that runs on into the clause's verb is no item
        assert!(find(&["围绕产业增收、就业稳岗、兜底保障构筑起防返贫“三道屏障”。"]).is_empty());
        // a quoted word in the first item keeps its quotes
        let found = find(&["和政县以“点对点”输转、县内就近就业、公益岗位兜底“三条渠道”拓宽群众增收门路。"]);
        assert_eq!(names(&found[0]), ["“点对点”输转", "县内就近就业", "公益岗位兜底"], "{found:?}");
        // a conjunction inside the last item joins its doers, not two items
        let found = find(&["全县建立了县级干部包乡、乡镇干部包村、村干部和党员包户的“三级包保”责任制。"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(names(&found[0]), ["县级干部包乡", "乡镇干部包村", "村干部和党员包户"]);
        // with as many items as the count, the conjunction parts the last two
        let found = find(&["形成产业帮扶、就业帮扶和消费帮扶的“三轮驱动”。"]);
        assert_eq!(names(&found[0]), ["产业帮扶", "就业帮扶", "消费帮扶"]);
    }

    #[test]
    fn a_quoted_list_opening_the_next_clause_spells_out_a_slogan() {
        let found = find(&["实施中蜂产业“三个一”工程。围绕“一村一个示范场、一户一名明白人、一乡一个公用品牌”,新建示范场3个。"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(names(&found[0]), ["一村一个示范场", "一户一名明白人", "一乡一个公用品牌"]);
        // a quote of another count is no gloss
        assert!(find(&["实施中蜂产业“三个一”工程。围绕“一村一个示范场、一户一名明白人”,新建示范场3个。"]).is_empty());
    }

    #[test]
    fn a_model_named_by_its_parts_lists_each_parts_gloss() {
        let found = find(&["构建“1+N”帮扶体系。“1”即以乡党委为核心的指挥中心,“N”即帮扶集团、驻村工作队、社会组织等多方力量,形成合力。"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].name, "1+N帮扶体系");
        assert_eq!(names(&found[0]), ["以乡党委为核心的指挥中心", "帮扶集团", "驻村工作队", "社会组织"]);
        // a part left unglossed: no list
        assert!(find(&["构建“1+N”帮扶体系。“1”即以乡党委为核心的指挥中心,形成合力。"]).is_empty());
    }

    #[test]
    fn a_report_on_a_rule_lists_the_articles_it_sums_up() {
        let found = find(&[
            "会上发布了《若干措施》,《若干措施》共18条。",
            "其中,第一条明确健全监测机制,将收入范围定为8100元;第二条提出实施产业提质行动,对新建小区给予奖补;第三条明确将公益性岗位补贴提高到每月800元。",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].name.as_str(), found[0].declared_count, found[0].complete), ("若干措施", 18, false));
        assert_eq!(names(&found[0]), ["健全监测机制", "实施产业提质行动", "公益性岗位补贴提高到每月800元"]);
    }

    #[test]
    fn quoted_items_side_by_side() {
        let found = find(&["该县开展“产业帮扶”“就业帮扶”“教育帮扶”三项行动。"]);
        assert_eq!(found.len(), 1);
        assert_eq!(names(&found[0]), ["产业帮扶", "就业帮扶", "教育帮扶"]);
    }

    #[test]
    fn other_ordinal_marks() {
        let found = find(&["第一,摸清底数。逐户走访。", "第二,建立台账。逐人登记。", "第三,落实帮扶。"]);
        assert_eq!(names(&found[0]), ["摸清底数", "建立台账", "落实帮扶"]);
        let found = find(&["①摸清底数。逐户走访。", "②建立台账。逐人登记。"]);
        assert_eq!(names(&found[0]), ["摸清底数", "建立台账"]);
    }

    #[test]
    fn inline_list_must_match_the_declared_count() {
        let found = find(&["该镇做好入户排查、动态监测三方面工作,守住底线。"]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_counted_name_over_clauses_parted_by_semicolons() {
        let found = find(&["办法明确了三条原则:坚持预防为主、早发现早帮扶;坚持精准施策;坚持群众主体、激发内生动力。同时要求压实责任。"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].name, "三条原则");
        assert_eq!(names(&found[0]), ["坚持预防为主、早发现早帮扶", "坚持精准施策", "坚持群众主体、激发内生动力"]);
        // problems are no set of measures, however counted
        let found = find(&["调研发现,有两个问题要引起重视:一些村产业基础薄弱;部分群众内生动力不足。"]);
        assert!(found.is_empty(), "{found:?}");
        // a count the semicolons do not match is no such list
        let found = find(&["办法明确了四条原则:坚持预防为主;坚持精准施策。"]);
        assert!(found.iter().all(|p| names(p) != ["坚持预防为主", "坚持精准施策"]), "{found:?}");
    }

    #[test]
    fn bare_ordinals_set_off_by_commas_list_under_a_count() {
        let found = find(&["今年重点做好三件事:第一,稳面积、提品质;第二,补链条、强加工;第三,强联结、促增收。"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].name.as_str(), found[0].declared_count), ("三件事", 3));
        assert_eq!(names(&found[0]), ["稳面积、提品质", "补链条、强加工", "强联结、促增收"]);
    }

    #[test]
    fn three_things_and_four_kinds_of_help_name_their_ordinals() {
        let found = find(&["今年将重点抓好三件事:一是抓监测,确保底线守得牢;二是抓产业,确保收入稳定增长;三是抓乡村建设。"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].name.as_str(), found[0].declared_count), ("三件事", 3));
        assert_eq!(names(&found[0]), ["抓监测", "抓产业", "抓乡村建设"]);
    }

    #[test]
    fn counted_lines_named_by_their_ordinals() {
        let found = find(&["该县构筑“三道保障线”:第一道是基本医疗保险,第二道是大病保险和医疗救助,第三道是防返贫保险,对自付费用仍较高的再次赔付。"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].name, "三道保障线");
        assert_eq!(names(&found[0]), ["基本医疗保险", "大病保险和医疗救助", "防返贫保险"]);
    }

    #[test]
    fn points_walked_through_first_next_and_last() {
        let found = find(&["主要有三个方面的变化。首先是监测范围动态调整。其次是办理时限进一步压缩。最后是强化部门数据共享。"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].declared_count, 3, "the count before them names them");
        assert_eq!(names(&found[0]), ["监测范围动态调整", "办理时限进一步压缩", "强化部门数据共享"]);
        // measures after a modal (`首先要…`) are measures
        let found = find(&["会议要求,首先要提高政治站位,认清形势;其次要压实工作责任,层层落实;最后要强化督导考核,确保实效。"]);
        assert_eq!(found.len(), 1, "{found:?}");
        // unnamed, first, next and last walk through what a writer saw as often as measures
        assert!(find(&["走进村里,首先看到的是新修的文化广场,其次是一排排整齐的民居,最后是村口那片茶园。"]).is_empty());
        // `首先` inside a word opens no point
        assert!(find(&["村里首先修好道路,其次建好住房。"]).is_empty());
    }

    #[test]
    fn quoted_collective_noun_names_an_uncounted_set() {
        let found = find(&["该县打好产业帮扶、就业帮扶、金融帮扶“组合拳”。"]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "组合拳");
        assert_eq!(found[0].declared_count, 0);
        assert_eq!(names(&found[0]), ["产业帮扶", "就业帮扶", "金融帮扶"]);
    }

    #[test]
    fn items_after_the_name_in_the_same_paragraph() {
        let found = find(&["全面实施三个行动。实施道路提升行动;实施绿化美化行动;实施污水治理行动。"]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "三个行动");
        assert_eq!(names(&found[0]), ["道路提升行动", "绿化美化行动", "污水治理行动"]);
    }

    #[test]
    fn counted_phrases_that_are_not_sets_are_ignored() {
        // no head noun of a measure, a numeral inside a slogan, a numeral of a name
        let found = find(&["两个贫困村全部出列,落实“六个一”要求,第三大队获得表彰。"]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_colon_after_the_name_opens_its_list() {
        let found = find(&["该县着力打造“三大板块”:东部产业园区、西部生态新城和南部物流中心。"]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "三大板块");
        assert_eq!(names(&found[0]), ["东部产业园区", "西部生态新城", "南部物流中心"]);
    }

    #[test]
    fn a_gloss_word_after_the_name_opens_its_list() {
        for text in [
            "该镇推行“三项机制”,即产业带动机制、入股分红机制和电商销售机制,群众得了实惠。",
            "该镇推行三项机制,也就是产业带动机制、入股分红机制和电商销售机制。",
            "该镇推行的三项机制包括产业带动机制、入股分红机制和电商销售机制。",
            "该镇推行“三项机制”（产业带动机制、入股分红机制、电商销售机制）,群众得了实惠。",
        ] {
            let found = find(&[text]);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].name, "三项机制");
            assert_eq!(names(&found[0]), ["产业带动机制", "入股分红机制", "电商销售机制"], "{text}");
        }
    }

    #[test]
    fn a_slogan_glossed_after_a_clause_is_a_program() {
        let found = find(&["该县按照“三个一批”的思路精准施策,即产业扶持一批、务工增收一批、兜底保障一批,做到应扶尽扶。"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].name, "三个一批");
        assert_eq!(found[0].declared_count, 3);
        assert_eq!(names(&found[0]), ["产业扶持一批", "务工增收一批", "兜底保障一批"]);
        // an unquoted slogan glossed right away, and a colon before a 、-list
        let found = find(&["全县落实两个一批,也就是务工增收一批、兜底保障一批。"]);
        assert_eq!(names(&found[0]), ["务工增收一批", "兜底保障一批"]);
        // a counted noun glossed with no quotes is a count of things, not a set of measures
        assert!(find(&["全镇有两个贫困村,即东村、西村。"]).is_empty());
        let found = find(&["该村把好三个环节:选准项目、管好资金和分好收益。"]);
        assert_eq!(found[0].name, "三个环节");
        assert_eq!(names(&found[0]), ["选准项目", "管好资金", "分好收益"]);
    }

    #[test]
    fn a_guessed_head_takes_a_gloss_only_when_its_items_repeat_it() {
        let found = find(&["该村推进“三大振兴”,即产业振兴、人才振兴和文化振兴。"]);
        assert_eq!(names(&found[0]), ["产业振兴", "人才振兴", "文化振兴"]);
        assert!(find(&["增加农户三项收入(工资性、经营性、财产性)。"]).is_empty());
    }

    #[test]
    fn a_quoted_slogan_is_a_set_when_its_gloss_repeats_its_word() {
        // the word may open or close the items; a head noun may stand between name and gloss
        for (text, name, items) in [
            ("该乡推行“四统一”管理,即统一规划、统一采购、统一培训、统一销售,降低了风险。", "四统一", vec!["统一规划", "统一采购", "统一培训", "统一销售"]),
            ("各村落实“三到位”,即责任到位、措施到位和资金到位。", "三到位", vec!["责任到位", "措施到位", "资金到位"]),
            ("该乡推行“三统一”管理模式:统一规划、统一采购、统一销售。", "三统一", vec!["统一规划", "统一采购", "统一销售"]),
        ] {
            let found = find(&[text]);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!((found[0].name.as_str(), found[0].declared_count), (name, items.len() as u32));
            assert_eq!(names(&found[0]), items);
        }
        // items that do not repeat the word, a count the gloss misses, an unquoted or compound slogan
        assert!(find(&["各村落实“三到位”,即压实责任、细化措施、保障资金。"]).is_empty());
        assert!(find(&["该乡推行“四统一”管理,即统一规划、统一采购、统一销售。"]).is_empty());
        assert!(find(&["该乡推行四统一管理,即统一规划、统一采购、统一培训、统一销售。"]).is_empty());
        assert!(find(&["全面落实“两不愁三保障”,即不愁吃、不愁穿。"]).is_empty());
        // ordinals right after it show its count
        let found = find(&["该乡推行“三统一”:一是统一规划,请专家编制;二是统一采购,集中议价;三是统一销售,对接超市。"]);
        assert_eq!((found.len(), found[0].name.as_str()), (1, "三统一"), "{found:?}");
        assert_eq!(names(&found[0]), ["统一规划", "统一采购", "统一销售"]);
        let found = find(&["该乡推行“三统一”:一是统一规划,请专家编制;二是统一采购,集中议价。"]);
        assert_eq!((found.len(), found[0].name.as_str()), (1, ""), "{found:?}");
        // a slogan names no run of leads below it
        let found = find(&[
            "该乡推行“三统一”,群众放心。",
            "统一规划。该乡请专家编制规划。",
            "统一采购。该乡集中采购种苗。",
        ]);
        assert!(found.iter().all(|p| p.name.is_empty()), "{found:?}");
    }

    #[test]
    fn a_declared_set_over_ordinals_takes_the_items_without_their_marks() {
        let found = find(&["该县推行“三项服务”:一是培训服务,开办夜校;二是信贷服务,发放贷款;三是销售服务,对接超市。"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].name.as_str(), found[0].declared_count), ("三项服务", 3));
        assert_eq!(names(&found[0]), ["培训服务", "信贷服务", "销售服务"]);
    }

    #[test]
    fn a_declared_name_opens_a_run_of_leads_of_any_form() {
        let body = [
            "端牢就业饭碗。该县组织外出务工。",
            "鼓足农户腰包。该县扶持庭院种植。",
            "守好监测底线。该县每月排查一次。",
        ];
        let mut paras = vec!["今年以来,该县实施四项举措,稳住脱贫成果。"];
        paras.extend(body);
        let found = find(&paras);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].name.as_str(), found[0].declared_count, found[0].complete), ("四项举措", 4, false));
        assert_eq!(names(&found[0]), ["端牢就业饭碗", "鼓足农户腰包", "守好监测底线"]);
        // without the name they share neither an opening nor a known verb, and are a list (of
        // no declared count) only as leads of one length in a row
        let found = find(&body);
        assert_eq!((found.len(), found[0].declared_count), (1, 0));
        assert!(find(&body[..2]).is_empty());
        // a lead holding a comma is no bare phrase: the stretch stops before it
        let found = find(&[
            "该县实施三项举措,稳住脱贫成果。",
            "端牢就业饭碗。该县组织外出务工。",
            "鼓足农户腰包。该县扶持庭院种植。",
            "工程,即:修路架桥。",
        ]);
        assert_eq!(names(&found[0]), ["端牢就业饭碗", "鼓足农户腰包"]);
    }

    #[test]
    fn a_gloss_that_does_not_show_the_count_is_no_program() {
        // a count the list does not meet, a bare counted noun, a gloss two clauses away
        assert!(find(&["该县按照“三个一批”的思路施策,即产业扶持一批、务工增收一批。"]).is_empty());
        assert!(find(&["全村有三个小组,包括东组、西组和南组。"]).is_empty());
        assert!(find(&["该县落实“三个一批”,精准施策,狠抓落实,即甲乙一批、丙丁一批、戊己一批。"]).is_empty());
    }

    #[test]
    fn a_comma_after_the_name_opens_no_list() {
        let found = find(&["该县构筑“三道防线”,努力实现“零致贫”“零返贫”。"]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn ordinals_named_by_a_declaration() {
        let found = find(&["该县采取四项措施:一是建立台账;二是上门走访;三是落实帮扶。"]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "四项措施");
        assert_eq!(names(&found[0]), ["建立台账", "上门走访", "落实帮扶"]);
        assert!(!found[0].complete);
    }

    #[test]
    fn a_colon_declares_ordinals_whatever_its_head() {
        let found = find(&["该村抓住三个关口:一是摸清底数,逐户走访;二是选好项目;三是管好收益。"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].name, "三个关口");
        assert_eq!(found[0].declared_count, 3);
        assert_eq!(names(&found[0]), ["摸清底数", "选好项目", "管好收益"]);
        // a count that disagrees leaves the ordinals unnamed
        let found = find(&["该村抓住四个关口:一是摸清底数;二是选好项目;三是管好收益。"]);
        assert_eq!(found[0].name, "");
    }

    #[test]
    fn an_ordinal_item_may_hold_its_own_list() {
        let found = find(&["资金用在三个方面:一是开发岗位;二是修建便道;三是对孤寡、残疾户进行救助。"]);
        assert_eq!(found[0].name, "三个方面");
        assert_eq!(names(&found[0]), ["开发岗位", "修建便道", "对孤寡、残疾户进行救助"]);
        assert!(found[0].complete);
    }

    #[test]
    fn a_quoted_slogan_before_a_colon_names_the_run_below() {
        let found = find(&[
            "该县推行“三个一批”:",
            "种养增收一批。村里建起了大棚。",
            "务工增收一批。镇里开设了工坊。",
            "入股分红一批。全村入股合作社。",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].name, "三个一批");
        assert_eq!(found[0].declared_count, 3);
        assert_eq!(names(&found[0]), ["种养增收一批", "务工增收一批", "入股分红一批"]);
    }

    #[test]
    fn a_quoted_slogan_closing_its_paragraph_names_the_run_below() {
        let found = find(&[
            "某村推行红薯产业“三个一”发展模式。",
            "一是一个合作社统起来。由合作社牵头。",
            "二是一张订单兜起来。保底收购。",
            "三是一个品牌树起来。注册商标。",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].name.as_str(), found[0].declared_count), ("三个一", 3));
        // a slogan with words after it in its sentence is named in passing, and an honour won
        // names no list
        let found = find(&["某村推行“三个一”模式带动群众增收。", "一是一个合作社统起来。", "二是一张订单兜起来。", "三是一个品牌树起来。"]);
        assert!(found.iter().all(|p| p.name.is_empty()), "{found:?}");
        for honour in ["该村先后获得“三个十佳”荣誉。", "去年，该村被评为“三个一”示范村。"] {
            let found = find(&[honour, "一是发展特色产业。", "二是壮大集体经济。", "三是改善人居环境。"]);
            assert!(found.iter().all(|p| p.name.is_empty()), "{honour}: {found:?}");
        }
    }

    #[test]
    fn a_quoted_list_before_a_quoted_count_is_its_program() {
        let found = find(&["该村按照“建好一个基地、带强一个合作社、育好一批能人”的“三个一”思路发展产业。"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].name, "三个一");
        assert_eq!(names(&found[0]), ["建好一个基地", "带强一个合作社", "育好一批能人"]);
        // the list must show the count, and a bare slogan names nothing
        assert!(find(&["按照“建好一个基地、带强一个合作社”的“三个一”思路。"]).is_empty());
        assert!(find(&["落实“三个一”要求。"]).is_empty());
    }

    #[test]
    fn a_quoted_list_before_a_count_and_the_noun_of_its_set() {
        let found = find(&["严格落实“乡领导包管区、管区干部包村、村干部包地块”三级网格责任，全乡划定网格126个。"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].name, "三级网格");
        assert_eq!(names(&found[0]), ["乡领导包管区", "管区干部包村", "村干部包地块"]);
        // a word of three runs on into no noun of a set: no name
        assert!(find(&["坚持“抓产业、抓就业、抓服务”三同步推进工作。"]).is_empty());
        // a count of years after a quote is none
        assert!(find(&["经过“摸底、建档、销号”三年间的努力，全乡脱贫。"]).is_empty());
    }

    #[test]
    fn an_ordinal_inside_a_word_is_skipped() {
        let found = find(&["标准统一是前提。一是建立台账;二是上门走访。"]);
        assert_eq!(names(&found[0]), ["建立台账", "上门走访"]);
    }

    #[test]
    fn ordinals_inside_a_paragraph() {
        let found = find(&["该县采取三项举措:一是建立台账,逐户登记;二是上门走访,了解需求;三是落实帮扶。"]);
        let list = found.iter().find(|p| p.items.len() == 3).expect("an ordinal list");
        assert_eq!(names(list), ["建立台账", "上门走访", "落实帮扶"]);
    }

    #[test]
    fn numbered_heading_lines_form_a_list() {
        let found = find(&["一、加强组织领导", "县里成立了专班。", "二、强化资金保障", "三、严格考核问责"]);
        assert_eq!(found.len(), 1);
        assert_eq!(names(&found[0]), ["加强组织领导", "强化资金保障", "严格考核问责"]);
    }

    #[test]
    fn a_lead_may_stand_as_its_own_paragraph() {
        let found = find(&[
            "强化技能培训保障。",
            "该区举办培训班二十期。",
            "强化就医看病保障。",
            "该区建成标准化卫生室。",
            "强化农村住房保障。",
            "该区完成危房改造。",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(names(&found[0]), ["强化技能培训保障", "强化就医看病保障", "强化农村住房保障"]);
    }

    #[test]
    fn numbering_levels_make_separate_lists() {
        let found = find(&[
            "一、加强组织领导",
            "（一）成立工作专班。专班每周调度。",
            "（二）明确职责分工。各部门各负其责。",
            "二、强化资金保障",
            "三、严格考核问责",
            "1．每月通报进度。",
        ]);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(names(&found[0]), ["加强组织领导", "强化资金保障", "严格考核问责"]);
        assert_eq!(names(&found[1]), ["成立工作专班", "明确职责分工"]);
    }

    #[test]
    fn a_lead_may_end_in_a_colon() {
        let found = find(&["加强组织领导:成立专班。", "强化资金保障:设立基金。", "严格考核问责:每月通报。"]);
        assert_eq!(found.len(), 1);
        assert_eq!(names(&found[0]), ["加强组织领导", "强化资金保障", "严格考核问责"]);
    }

    #[test]
    fn bold_and_bracketed_leads() {
        let found = find(&["**强化组织领导。**镇里成立专班。", "**强化资金保障。**县里设立基金。", "**强化考核问责。**每月通报。"]);
        assert_eq!(names(&found[0]), ["强化组织领导", "强化资金保障", "强化考核问责"]);
        let found = find(&["【产业帮扶】村里建起大棚。", "【就业帮扶】镇里开设工坊。"]);
        assert_eq!(names(&found[0]), ["产业帮扶", "就业帮扶"]);
    }

    #[test]
    fn quoted_slogan_names_the_leads_that_open_with_its_word() {
        let under = |slogan: &str| {
            let opening = format!("某县围绕“{slogan}”持续用力,成效明显。");
            find(&[
                &opening,
                "聚焦产业培育,拓宽增收渠道。该县发展特色种植。",
                "聚焦稳岗就业,稳住钱袋子。该县开行务工专列。",
                "聚焦乡村建设,改善人居环境。该县改造农村厕所。",
            ])
        };
        let found = under("三个聚焦");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].name.as_str(), found[0].declared_count), ("三个聚焦", 3));
        // a run of another count is not the slogan's
        let found = under("四个聚焦");
        assert_eq!((found[0].name.as_str(), found[0].declared_count), ("", 0));
    }

    #[test]
    fn a_framed_name_over_clauses_that_repeat_its_word() {
        let found = find(&["下一步,该县将推进“三项提升”:提升产业水平,提升就业质量,提升治理效能,确保成果稳固。"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(names(&found[0]), ["提升产业水平", "提升就业质量", "提升治理效能"]);
        assert_eq!(found[0].declared_count, 3);
        assert!(find(&["该县推进“三项提升”:产业水平提高,就业质量提升,治理效能增强。"]).is_empty());
    }

    #[test]
    fn headings_naming_a_theme_before_a_colon_form_a_list() {
        let found = find(&[
            "某县巩固脱贫成果。",
            "产业兴旺:一片果园富了一村",
            "该县发展苹果产业,果园面积五千亩。",
            "生态宜居:荒山变成了花果山",
            "该县植树造林,森林覆盖率提高。",
            "乡风文明:好家风带出好民风",
            "该县评选文明家庭。",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].items.len(), 3);
        assert!(!is_bare_line("产业兴旺:"));
    }

    #[test]
    fn leads_framed_alike_form_a_list() {
        let found = find(&[
            "某县建立监测网络。",
            "精准识别到户。该县组建排查组,逐户排查。",
            "分类帮扶到人。该县为每户明确责任人。",
            "动态清零到底。该县建立验收机制。",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(names(&found[0]), ["精准识别到户", "分类帮扶到人", "动态清零到底"]);
        assert!(same_frame("精准识别到户", "分类帮扶到人"));
        assert!(!same_frame("精准识别到户", "分类帮扶到位了"));
        assert!(!same_frame("识别到户", "帮扶到人"));
        assert!(!same_frame("打造四大板块,构建格局", "实施五个行动,推进更新"));
    }

    #[test]
    fn leads_of_one_length_in_a_row_form_a_list() {
        let found = find(&[
            "某县建立监测网络,守住底线。",
            "精准识别不漏一户。该县每月比对部门数据,及时预警。",
            "精准帮扶不落一人。该县为每户明确帮扶责任人。",
            "产业就业稳定增收。该县建成帮扶车间十多个。",
            "兜底保障应保尽保。该县将特困群众全部纳入低保。",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(names(&found[0]), ["精准识别不漏一户", "精准帮扶不落一人", "产业就业稳定增收", "兜底保障应保尽保"]);
        // two in a row are no list, nor are leads of lengths that differ
        assert!(find(&["精准识别不漏一户。该县每月比对数据。", "产业就业稳定增收。该县建成车间。", "他说。"]).is_empty());
        assert!(find(&["精准识别不漏一户。该县比对数据。", "产业就业增收。该县建成车间。", "兜底保障应保尽保了。该县纳入低保。"]).is_empty());
    }

    #[test]
    fn parallel_clause_leads_form_a_list() {
        let found = find(&[
            "聚焦产业发展,该县建起了一批扶贫车间,带动群众就近务工。",
            "聚焦住房安全,该县完成了危房改造,群众住上了新房子。",
            "聚焦饮水安全,该县铺设了供水管网,家家喝上了自来水。",
        ]);
        assert_eq!(found.len(), 1);
        assert_eq!(names(&found[0]), ["聚焦产业发展", "聚焦住房安全", "聚焦饮水安全"]);
        // clauses that share nothing are ordinary paragraphs
        let found = find(&[
            "积极推进项目建设,该县新建了厂房,招来了企业。",
            "持续改善人居环境,该县清理了垃圾,拆除了旧房子。",
            "大力发展乡村旅游,该县建成了民宿,吸引了游客。",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn unmarked_section_headings_form_a_list() {
        let found = find(&[
            "某县多措并举巩固脱贫成果。",
            "抓实产业、鼓起钱袋子",
            "村里建起了大棚。",
            "抓实就业 稳住饭碗子",
            "镇里开设了工坊。",
            "抓实兜底",
            "守住底线",
            "县里提高了低保标准。",
        ]);
        assert_eq!(found.len(), 1);
        assert_eq!(names(&found[0]), ["抓实产业、鼓起钱袋子", "抓实就业 稳住饭碗子", "抓实兜底 守住底线"]);
    }

    #[test]
    fn section_headings_of_a_feature_need_not_run_in_parallel() {
        // sections of several paragraphs, one opening with a quote; headings of one or two parts
        let mut paras = vec!["清晨,培训学校里一片忙碌。"];
        for (heading, body) in [
            ("学门手艺走出大山", ["十年前,全村外出的人还不多。", "“以前一年挣不到一万元。”老马说。"]),
            ("服务跟着务工人员走", ["该县在外地设立了服务站。", "站里帮着办证。"]),
            ("守住成果 接着振兴", ["摘帽以后,该县没有松劲。", "返乡创业的人多了。"]),
        ] {
            paras.push(heading);
            paras.extend(body);
        }
        let found = find(&paras);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(names(&found[0]), ["学门手艺走出大山", "服务跟着务工人员走", "守住成果 接着振兴"]);
    }

    #[test]
    fn two_section_headings_are_not_a_list() {
        let found = find(&["抓实产业 鼓起钱袋子", "村里建起了大棚。", "抓实就业 稳住饭碗子", "镇里开设了工坊。"]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn section_headings_form_a_list() {
        let found = find(&[
            "## 抓实产业 鼓起钱袋子",
            "村里建起了大棚。",
            "## 抓实就业 稳住饭碗子",
            "镇里开设了工坊。",
            "## 抓实兜底",
            "### 守住底线",
            "县里提高了低保标准。",
        ]);
        assert_eq!(found.len(), 1);
        assert_eq!(names(&found[0]), ["抓实产业 鼓起钱袋子", "抓实就业 稳住饭碗子", "抓实兜底 守住底线"]);
    }

    #[test]
    fn every_count_a_name_takes_holds_a_count_char() {
        // every numeral of up to three chars the reader takes for 2..=20 holds one of them
        let numerals: Vec<char> = (0..0x1_0000)
            .filter_map(char::from_u32)
            .filter(|&c| chinese_digit(c).is_some() || chinese_unit(c).is_some())
            .collect();
        let holds = |s: &str| COUNT_CHARS.iter().any(|&c| s.contains(c));
        for a in &numerals {
            for b in numerals.iter().map(Some).chain([None]) {
                for c in numerals.iter().map(Some).chain([None]) {
                    let s: String = [Some(a), b, c].into_iter().flatten().collect();
                    if chinese_int(&s).is_some_and(|n| (2..=20).contains(&n)) {
                        assert!(holds(&s), "{s}");
                    }
                }
            }
        }
    }

    #[test]
    fn a_long_first_sentence_may_still_open_with_a_clause_lead() {
        let found = find(&[
            "聚焦产业发展,该县建起了一批扶贫车间和合作社,带动周边几个乡镇的群众就近务工增收。",
            "聚焦住房安全,该县完成了全部危房改造任务,困难群众都住上了安全牢固的新房子。",
            "聚焦饮水安全,该县铺设了几十公里的供水管网,家家户户都喝上了干净的自来水。",
        ]);
        assert_eq!(names(&found[0]), ["聚焦产业发展", "聚焦住房安全", "聚焦饮水安全"]);
        // with no stop anywhere the paragraph is no sentence, and its clause is no lead
        let found = find(&[
            "聚焦产业发展,该县建起了一批扶贫车间和合作社,带动周边几个乡镇的群众就近务工增收",
            "聚焦住房安全,该县完成了全部危房改造任务,困难群众都住上了安全牢固的新房子",
            "聚焦饮水安全,该县铺设了几十公里的供水管网,家家户户都喝上了干净的自来水",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn both_declaration_searches_agree() {
        let p = Programs::new();
        let text = "实施十二项行动,打好“组合拳”,落实两个确保和第三大队的二〇二〇年五个一批,壹拾项。";
        let slow: Vec<_> = p.declarations.find_iter(text).map(|m| (m.pattern().as_usize(), m.start(), m.end())).collect();
        assert_eq!(p.declaration_hits(text, crate::quantity::NUMERALS.candidates(text), None), slow);
        let ends: Vec<usize> = text.match_indices(SET_NOUN_END).map(|(i, _)| i).collect();
        assert_eq!(p.declaration_hits(text, crate::quantity::NUMERALS.candidates(text), Some(&ends)), slow);
        assert_eq!(slow.len(), 11);
        // the time scan notes the last character of every quoted noun
        assert_eq!(SET_NOUN_END.to_string(), SET_NOUN_END_STR);
        assert!(SET_NOUNS.iter().all(|n| n.ends_with(SET_NOUN_END)));
    }

    #[test]
    fn the_sides_are_found_alike_from_the_numerals() {
        for text in [
            "该县一方面统一技术标准,另一方面大力发展电商销售。",
            "另一方面大力发展电商销售,一方面统一标准。",
            "一二三一方面,另一方面四五",
            "一方面",
            "统一方面的工作",
            "",
        ] {
            let numerals: Vec<(usize, char)> = crate::quantity::NUMERALS.candidates(text).collect();
            assert_eq!(inline_sides(text, Some(&numerals)), inline_sides(text, None), "{text}");
        }
    }

    #[test]
    fn count_chars_are_numerals_and_no_quoted_noun_holds_one() {
        for c in COUNT_CHARS {
            assert!(crate::numeral::is_chinese_numeral_char(c), "{c}");
            assert!(SET_NOUNS.iter().all(|n| !n.contains(c)), "{c}");
        }
    }

    proptest::proptest! {
        #[test]
        fn declaration_hits_agree_with_one_search(text in "[十二两三一〇○零Ｏ壹拾“”组合拳项个x，0-9]{0,30}") {
            let p = &STAGES.0;
            let slow: Vec<_> = p.declarations.find_iter(&text).map(|m| (m.pattern().as_usize(), m.start(), m.end())).collect();
            proptest::prop_assert_eq!(&p.declaration_hits(&text, crate::quantity::NUMERALS.candidates(&text), None), &slow);
            let ends: Vec<usize> = text.match_indices(SET_NOUN_END).map(|(i, _)| i).collect();
            proptest::prop_assert_eq!(&p.declaration_hits(&text, crate::quantity::NUMERALS.candidates(&text), Some(&ends)), &slow);
        }
    }

    #[test]
    fn odd_text_does_not_panic() {
        for text in ["", "一", "十大", "——", "#", "## ", "一是", "(一)", "三道防线", "、、和", "\u{0}\u{fffd}十大行动。"] {
            let _ = find(&[text, text]);
        }
        let big = "强化保障。该县做好工作。".repeat(5000);
        assert!(find(&[&big]).len() <= 1);
    }

    static STAGES: std::sync::LazyLock<(Programs, crate::term::Terms, crate::topic::Topics)> =
        std::sync::LazyLock::new(|| (Programs::new(), crate::term::Terms::new(), crate::topic::Topics::new()));

    proptest::proptest! {
        /// Programs, terms and topic survive any mix of the characters their rules look at,
        /// and every span they return lies on char boundaries of the input.
        #[test]
        fn stages_survive_any_text(lines in proptest::collection::vec("[一二三十两大道把项个行动防线锁、,。;:“”()（）—#*【】①第是即等和及强化该县扶贫a1．. ]{0,40}", 0..8)) {
            let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
            let (input, mut article) = article(&refs);
            let (programs, terms, topics) = &*STAGES;
            article.programs = programs.find(&ArticleContext { input: &input, article: &article, reference_date: None, loose: None });
            let ctx = ArticleContext { input: &input, article: &article, reference_date: None, loose: None };
            let terms = terms.find(&ctx);
            let topic = topics.classify(&ctx);
            proptest::prop_assert!((0.0..=1.0).contains(&topic.score));
            let spans = article.programs.iter().flat_map(|p| p.items.iter().map(|i| i.span)).chain(terms.iter().map(|t| t.span));
            for span in spans {
                proptest::prop_assert!(input.get(span.start..span.end).is_some());
            }
        }
    }
}
