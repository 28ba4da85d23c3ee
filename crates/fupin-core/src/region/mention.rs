//! Finding division names in text, with the evidence each occurrence carries.
//!
//! One leftmost-longest automaton holds every full name, former name and short form, so
//! `张家口市察北管理区` wins over `张家口市` and `涿鹿县` over `涿鹿`. A full name carries its own
//! evidence (the suffix); a short form needs its position to look like a place (start of a line,
//! after a place preposition, a list comma or another division name) and, below prefecture
//! level, the context to support it — so 搬迁安置 is not 迁安 and 王安国 is not 安国.

use std::collections::HashMap;

use super::table::{ethnic_stem, DivId, Table};
use crate::charset::CharSet;
use crate::model::RegionLevel;
use crate::topic::Words;

/// How a pattern names its divisions, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Form {
    /// The official name, suffix included: `涿鹿县`.
    Full,
    /// A name in use before a renaming or merger: `蓟县`.
    Former,
    /// A short form without its suffix: `涿鹿`, `大厂`.
    Short,
    /// A zone named only by its kind (`高新区`, `经开区`): whose it is comes from the context.
    ZoneKind,
}

pub struct Pattern {
    pub text: String,
    /// The strongest reading of the text.
    pub form: Form,
    /// Every division this text can name, those it names in `form` first.
    pub candidates: Vec<DivId>,
    /// How many of `candidates` it names in `form`; the rest it names in a weaker form (桥东区
    /// is 张家口's today, and was 邢台's until 2020).
    pub strongest: usize,
    /// A full name made of a verb and a suffix (`会同县`, `通道县`, see [`VERB_STEMS`]): after a
    /// body's name it may be that verb and the next word (`督查室会同县乡村振兴局`, "together
    /// with the county's bureau"), so there it needs the context to back it.
    pub common_stem: bool,
}

/// Short forms that are also everyday words or common place-name parts; they name a division
/// only with its suffix.
const COMMON_WORDS: &[&str] = &[
    "和平", "城中", "城东", "城西", "城北", "城南", "市中", "新华", "长安", "永定", "友好", "向阳",
    "红旗", "前进", "东风", "胜利", "光明", "新城", "城关", "中山", "解放", "建设", "平安", "合作",
    "安康", "大同", "长治", "东方", "永安", "太平", "普洱", "河东", "河西", "江北", "江南", "江东",
    "郊区", "城区", "矿区", "新区", "开发", "高新", "白云", "青山", "黄山", "西湖", "南开", "宁安",
    "安宁", "三明", "白山", "长寿", "和顺", "富民", "安定", "太和", "新兴", "兴业", "文化", "复兴",
    "团结", "民主", "共和", "红星", "金山", "龙山", "清河", "公安", "资源", "南部", "中方", "会同",
    "大方", "方正", "平和", "通道", "清水", "新民", "武功", "康乐", "民权", "满城", "永和", "长顺",
    "大新", "新建", "安居",
];

/// Most bytes a list item runs past the name it opens with (`苍溪猕猴桃、`): ten characters.
const MAX_LIST_ITEM_BYTES: usize = 30;

/// Fewest characters of a short form that names its division wherever it stands.
const MIN_FREE_SHORT_CHARS: usize = 4;

/// Short forms that are also verbs or prepositions (`会同` "together with"): with their suffix
/// they still need another word before them to back them as a place (`督查室会同县乡村振兴局`).
const VERB_STEMS: &[&str] = &["会同", "通道", "合作", "开发", "解放"];

/// Last characters of bodies' names (`督查室`, `县委`, `民政局`, `办公室`, `供销社`, `工商联`, `科协`).
static BODY_ENDS: CharSet = CharSet::new("室局委办部组队院所厅处科站会社联协");

/// Longest name of a body read after a county's suffix (`纪委监委`, `人力资源和社会保障局`).
const MAX_BODY_NAME_CHARS: usize = 10;

/// Whether `after`, the text right after a name, opens the name of a body (`纪委`, `财政局`): a
/// short run of Han characters ending in one of [`BODY_ENDS`].
fn names_a_body(after: &str) -> bool {
    after.chars().take(MAX_BODY_NAME_CHARS).take_while(|&c| is_han(c)).any(|c| BODY_ENDS.contains(c))
}

/// How a body speaks of itself in its own reports and replies (`我局`, `我们`), and a paper of
/// itself (`本报记者逐件登记，会同…`).
const BODY_SELF: [&str; 9] = ["我局", "我委", "我办", "我们", "本局", "我部", "我厅", "本报", "本台"];

/// Longest stretch before a name, in characters, read for a body speaking of itself.
const MAX_BODY_SELF_CHARS: usize = 24;

/// Whether the sentence that runs up to the end of `before` has a body speak of itself
/// ([`BODY_SELF`]), read in a bounded window.
fn speaks_as_body(before: &str) -> bool {
    let window = crate::term::tail_chars(before, MAX_BODY_SELF_CHARS);
    let sentence = window.rfind(['。', '！', '？', '；']).map_or(window, |k| &window[k..]);
    // the body must be the one acting (`我局高度重视，会同…`), not one reporting what it saw
    // (`我们的调研发现，会同县人社局…`)
    BODY_SELF.iter().any(|w| sentence.contains(w)) && !REPORTING.iter().any(|w| sentence.contains(w))
}

/// `由镇应急办牵头，会同县自然资源局…`: a body leads the work and brings others in, the verb
/// after the comma that closes `牵头`.
fn led_by_body(before: &str) -> bool {
    before.trim_end_matches(['，', ',']).ends_with("牵头")
}

/// Verbs by which a body reports what it found, after which a county's name is the county.
const REPORTING: [&str; 6] = ["发现", "看到", "显示", "表明", "了解到", "的调研"];

/// What a county's own text says after `县` of itself: within it, its level, its people's
/// congress and its government.
const COUNTY_OWN: [&str; 8] = ["内", "里", "直", "级", "域", "人大", "政协", "政府"];

/// Adverbs and modals that stand before a verb (`财政局将会同县纪委…`, `并会同`): after one a
/// verb stem reads as the verb, however a place may follow them elsewhere (`将` is a place
/// position in `将张家口…`).
static VERB_LEFT: CharSet = CharSet::new("将并要应须已可再均即");

/// Characters after which a short form stands in a place position: prepositions and verbs of
/// place (在 到 赴 来自) and list joints (、 和 与 及). A division name just before is evidence
/// too, but only when it is matched itself (`河北张家口`): `市和县` is no 和县.
static PLACE_LEFT: CharSet =
    CharSet::new("在到赴至往从于去来向和与及、同暨对为是让将由经跑抵返飞奔离");

/// What may follow a name to show it is a division: its kind, after a list (`临洮等县区`).
const KIND_RIGHT: &[&str] = &["等县", "等市", "等区", "等州", "等省", "等旗"];

/// What may follow a name to show it is a place, though not which kind (`银川地区`, `陇西等地`,
/// `市区`): 平原等地 may be farmland.
const AREA_RIGHT: &[&str] = &["等地", "地区", "市区", "全市", "一带", "境内"];

/// What joins the items of a list of names (`临洮、陇西`).
const LIST_JOINTS: &[&str] = &["、", "和", "与", "及"];

/// Official names that are also everyday words for parts of a city (山西 has a 城区 and a 矿区):
/// they name a division only when the context backs it.
#[rustfmt::skip]
const GENERIC_FULL: &[&str] = &[
    "城区", "郊区", "矿区", "东区", "西区", "新城区", "老城区", "城中区", "城东区", "城西区", "城北区",
    "新市区",
];

/// A short form followed by these names a road, an institution or a news outlet (河北网,
/// 衡水日报), not the division.
const NOT_PLACE_RIGHT: &[&str] =
    &["路", "街", "巷", "大学", "大道", "网", "门户", "日报", "晚报", "电视台", "卫视", "广播"];

/// Whether a short form followed by `after` is the name of a town or township (`南阳镇`,
/// `雷山乡`), not the division: not where the county's villages or townships follow
/// (`雷山乡村振兴局`, `西吉乡镇干部`).
fn names_a_town(after: &str) -> bool {
    after.starts_with('镇') || after.starts_with('乡') && !["乡村", "乡镇", "乡亲", "乡土"].iter().any(|w| after.starts_with(w))
}

/// Province short forms that are no half of a common word, so they need no place position
/// (`委托北京某公司`). 河南, 湖南, 湖北, 福建, 海南, 吉林 are left out: 黄河南岸, 幸福建设.
#[rustfmt::skip]
const FREE_PROVINCES: &[&str] = &[
    "北京", "天津", "上海", "重庆", "河北", "山西", "内蒙古", "辽宁", "黑龙江", "江苏", "浙江", "安徽",
    "江西", "山东", "广东", "广西", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "宁夏", "新疆", "西藏",
];

/// Particles and verbs of visiting after which a kind of zone is named (`参观了高新区`).
static ZONE_LEFT: CharSet = CharSet::new("了的过观驻进入");

/// The automaton over every name, with what each pattern means.
pub struct Names {
    words: Words,
    pub patterns: Vec<Pattern>,
}

/// One occurrence of a pattern in a piece of text (byte offsets into that piece).
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub pattern: usize,
    /// The text before it leaves room for a place name to begin here.
    pub bounded: bool,
    /// The name runs on into a word (`新兴区域`): it needs the context to back it.
    pub glued: bool,
    /// It follows the last character of a body's name (`督查室`, `县委`, `农业农村局`) or an
    /// adverb before a verb (`将`, `并`): where a verb stem (`会同`) with a suffix reads as that
    /// body acting "together with" another (read only for such a name).
    pub after_body: bool,
    /// It follows a particle or a verb of visiting (`参观了高新区`): enough for a kind of zone,
    /// which is no everyday word, though not for a short form.
    pub after_particle: bool,
    /// A list joint and the next hit follow it right away (`临洮、陇西`).
    pub joined: bool,
    /// It opens a headline, paragraph or sentence (or a quotation) and ends where no word can
    /// run on (`都安“贷牛还牛”`, `都安是…`): the one place where a short form that is also a
    /// piece of everyday words (都安排) can only be the name.
    pub apart: bool,
    /// What follows it: it may end a list of divisions (`陇西等县`).
    pub tail: Tail,
}

/// What follows a name to show it is a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tail {
    None,
    /// 等地, 地区: some place.
    Area,
    /// 等县, 等市: a division.
    Kind,
}

impl Tail {
    fn of(after: &str) -> Tail {
        let starts = |list: &[&str]| list.iter().any(|s| after.starts_with(s));
        if starts(KIND_RIGHT) {
            Tail::Kind
        } else if starts(AREA_RIGHT) {
            Tail::Area
        } else {
            Tail::None
        }
    }
}

impl Names {
    pub fn new(table: &Table) -> Names {
        let mut by_text: HashMap<String, Vec<(Form, DivId)>> = HashMap::new();
        let mut add = |text: &str, form: Form, id: DivId| {
            let entry = by_text.entry(text.to_string()).or_default();
            if !entry.iter().any(|&(_, d)| d == id) {
                entry.push((form, id));
            }
        };
        let zone_forms = zone_kinds(table);
        for (i, d) in table.divisions.iter().enumerate() {
            let id = i as DivId;
            add(d.name, Form::Full, id);
            for &f in &d.former {
                add(f, if is_suffixed(f) { Form::Former } else { Form::Short }, id);
            }
            for s in autonomous_forms(d.name, &d.short) {
                add(&s, Form::Full, id);
            }
            for &s in &d.short {
                // 大厂县, 黔东南州, 恩施州: the short form with the last character of the
                // official name is written as often as the name itself
                if let Some(last) = d.name.chars().last() {
                    if is_suffixed(d.name) && !is_suffixed(s) {
                        add(&format!("{s}{last}"), Form::Full, id);
                    }
                }
                if COMMON_WORDS.contains(&s) {
                    continue;
                }
                let form = if zone_forms.contains(&s) {
                    Form::ZoneKind
                } else if s.ends_with(['区', '旗']) {
                    Form::Full // 察北管理区, 土右旗: a suffix is evidence enough (全州, 定州 are not)
                } else {
                    Form::Short
                };
                add(s, form, id);
            }
        }
        let mut patterns: Vec<Pattern> = by_text
            .into_iter()
            .map(|(text, mut readings)| {
                readings.sort();
                let form = readings[0].0;
                let strongest = readings.iter().take_while(|r| r.0 == form).count();
                let common_stem = is_suffixed(&text)
                    && text.char_indices().next_back().is_some_and(|(last, _)| VERB_STEMS.contains(&&text[..last]));
                Pattern {
                    common_stem,
                    text,
                    form,
                    candidates: readings.into_iter().map(|r| r.1).collect(),
                    strongest,
                }
            })
            .collect();
        patterns.sort_by(|a, b| a.text.cmp(&b.text));
        let words = Words::new(patterns.iter().map(|p| p.text.as_str()));
        Names { words, patterns }
    }

    /// Every name in `text`, leftmost-longest, with whether its position allows a place name.
    pub fn scan(&self, text: &str) -> Vec<Hit> {
        self.scan_found(text, self.words.find(text))
    }

    /// [`Names::scan`] of the names `found` in `text`, `(pattern, start, end)` leftmost-longest
    /// as the names' own search finds them (a walk that reads the text for other words too).
    pub fn scan_found(&self, text: &str, found: impl Iterator<Item = (usize, usize, usize)>) -> Vec<Hit> {
        // at most a hit per name found (a slice of them, as the topic's walk keeps them): sized
        // at once rather than regrown
        let mut hits: Vec<Hit> = Vec::with_capacity(found.size_hint().0);
        for (pattern, start, end) in found {
            let after_name = hits.last().is_some_and(|h| h.end == start);
            let after = &text[end..];
            let tail = Tail::of(after);
            // a list comma is a place position only in a list whose item before names a
            // division (`苍溪猕猴桃、旺苍黄茶`): `建成韩店、郑河、通化等基地` lists townships the
            // gazetteer does not hold, and 通化 is one of them
            let left = if let Some(item_end) = text[..start].strip_suffix('、').map(str::len) {
                // an item is short: a named one further back is no item of this list
                hits.last().is_some_and(|h| {
                    h.end <= item_end
                        && item_end - h.end <= MAX_LIST_ITEM_BYTES
                        && !text[h.end..item_end].contains(['、', '，', ',', '。', '；', ';', '：', ':'])
                })
            } else {
                place_left(&text[..start])
            };
            // `委员　阳春梅`: a short form set apart by a space with one more character before the
            // line or the cell ends is a person's name (a surname and a given name), no place
            let person = self.patterns[pattern].form == Form::Short && text[..start].ends_with([' ', '\u{3000}']) && {
                let mut rest = after.chars();
                rest.next().is_some_and(is_han) && rest.next().is_none_or(char::is_whitespace)
            };
            let bounded = !person && (after_name || tail != Tail::None || left);
            let glued = glued(&text[start..end], after);
            let left_char = text[..start].chars().next_back();
            let after_particle = left_char.is_some_and(|c| ZONE_LEFT.contains(c));
            // after an adverb, the stem is the verb only when a body's name follows it
            // (`将会同县纪委…`; `将会同县列为试点县` makes the county the object)
            // and after a comma, when the sentence is a body's own account of its work (`我局高度
            // 重视,会同县人社局…`)
            // (read only for a name made of a verb and a suffix: it matters for no other)
            let after_body = self.patterns[pattern].common_stem
                && left_char.is_some_and(|c| {
                    BODY_ENDS.contains(c)
                        || (VERB_LEFT.contains(c) || matches!(c, '，' | ',') && (speaks_as_body(&text[..start]) || led_by_body(&text[..start])))
                            && names_a_body(after)
                });
            let apart = stands_apart(&text[..start], after);
            let hit = Hit {
                start,
                end,
                pattern,
                bounded,
                glued,
                after_body,
                after_particle,
                joined: false,
                apart,
                tail,
            };
            let p = &self.patterns[hit.pattern];
            if p.form >= Form::Short && (NOT_PLACE_RIGHT.iter().any(|s| after.starts_with(s)) || names_a_town(after)) {
                continue;
            }
            // `合水镇和县乡村振兴局`, `已经和县内一家企业`: a joint or a preposition after a word,
            // then the page's own county speaking of its bodies or of what lies within it, is no
            // 和县 (`马鞍山市和县`, `在和县` are the county)
            // (after a name's end or `已经`, `将`, where 和 is the joint or the preposition; not
            // right after another place named, `马鞍山和县`)
            let joint_then_body = p.text.strip_suffix('县').is_some_and(|stem| matches!(stem, "和" | "与" | "及"))
                && left_char.is_some_and(|c| BODY_ENDS.contains(c) || "镇乡村街经已将并要".contains(c))
                && hits.last().is_none_or(|h| h.end != start)
                && (names_a_body(after) || COUNTY_OWN.iter().any(|w| after.starts_with(w)));
            if joint_then_body {
                continue;
            }
            // `泰来县嫩江湾米业有限公司`: a county holds no other county, so a short form right
            // after a county's full name is part of a name (a company's, a brand's)
            let after_county = || hits.last().is_some_and(|h| h.end == start && self.patterns[h.pattern].form == Form::Full && self.patterns[h.pattern].text.ends_with(['县', '旗']));
            if p.form == Form::Short && after_county() {
                continue;
            }
            if let Some(last) = hits.last_mut() {
                let between = &text[last.end..hit.start];
                if LIST_JOINTS.contains(&between) {
                    // the first item of a list stands where a place name can
                    last.joined = true;
                    last.bounded = true;
                }
            }
            hits.push(hit);
        }
        hits
    }

    /// The texts of the patterns, in order: a match of the `k`th is a match of pattern `k`.
    pub fn texts(&self) -> Vec<&str> {
        self.patterns.iter().map(|p| p.text.as_str()).collect()
    }

    pub fn pattern(&self, hit: &Hit) -> &Pattern {
        &self.patterns[hit.pattern]
    }

    /// The pattern whose text is exactly `text`, if any (the patterns are sorted by text).
    pub fn lookup(&self, text: &str) -> Option<&Pattern> {
        let k = self.patterns.binary_search_by(|p| p.text.as_str().cmp(text)).ok()?;
        Some(&self.patterns[k])
    }

    /// Whether a hit names a division without any context: a full or former name of three or
    /// more characters, a bounded two-character full name, or a short form of a province or
    /// prefecture that is bounded or cannot be half of a word (`张家口`, `北京`).
    pub fn self_evident(&self, table: &Table, hit: &Hit) -> bool {
        let p = self.pattern(hit);
        if hit.glued {
            return false;
        }
        match p.form {
            Form::Full | Form::Former => !(p.common_stem && hit.after_body) && (hit.bounded || p.text.chars().count() >= 3),
            Form::Short => {
                let big = p.candidates.iter().all(|&c| {
                    matches!(table.get(c).level, RegionLevel::Province | RegionLevel::Prefecture)
                });
                let n = p.text.chars().count();
                let free = FREE_PROVINCES.contains(&p.text.as_str()) || n >= 3;
                // a short form of four characters or more (`工布江达`, `墨竹工卡`) is no everyday
                // word, whatever the division
                big && (hit.bounded || free) || n >= MIN_FREE_SHORT_CHARS && p.candidates.len() == 1
            }
            Form::ZoneKind => false,
        }
    }
}

/// Whether a name runs on into a word: `新兴区域`, `新县城`, `和县级`, `和县直学校`, or is a
/// generic one.
fn glued(name: &str, after: &str) -> bool {
    let short = name.chars().count() <= 2;
    GENERIC_FULL.contains(&name)
        || (name.ends_with('区') && after.starts_with('域'))
        || (short && after.starts_with(['城', '级', '域', '直']))
}

/// `威宁自治县` for 威宁彝族回族苗族自治县, `凉山自治州`: an autonomous division is written by
/// its place name and its kind of autonomy as often as by its full name. The place name is the
/// listed short form or, failing that, the name without its nationalities.
fn autonomous_forms(name: &str, short: &[&str]) -> Vec<String> {
    let Some(kind) = ["自治县", "自治州", "自治旗"].into_iter().find(|k| name.ends_with(k))
    else {
        return Vec::new();
    };
    let stem = ethnic_stem(name, kind);
    let mut stems: Vec<&str> = short.iter().copied().filter(|s| !is_suffixed(s)).collect();
    stems.extend(stem.filter(|s| !stems.contains(s)));
    let last = &kind[kind.len() - '县'.len_utf8()..];
    stems.iter().flat_map(|s| [format!("{s}{kind}"), format!("{s}{last}")]).collect()
}

fn is_suffixed(name: &str) -> bool {
    name.ends_with(['省', '市', '县', '区', '州', '盟', '旗'])
}

/// Short forms shared by several zones are kinds of zone (`高新区`), not names; so is one that
/// ends another zone's full name (苏州工业园区 is listed as `工业园区`, which closes the names
/// of zones elsewhere and is an everyday word).
fn zone_kinds(table: &Table) -> Vec<&'static str> {
    let zones = || table.divisions.iter().filter(|d| d.level == RegionLevel::Zone);
    let mut seen: HashMap<&str, u32> = HashMap::new();
    for d in zones() {
        for &s in &d.short {
            *seen.entry(s).or_insert(0) += 1;
        }
    }
    let ends_another = |s: &str| zones().filter(|d| d.name.ends_with(s)).nth(1).is_some();
    seen.into_iter().filter(|&(s, n)| n > 1 || ends_another(s)).map(|(s, _)| s).collect()
}

/// What a sentence or a quotation opens after.
static SENTENCE_OPEN: CharSet = CharSet::new("。！？；!?;“‘「『《");

/// What may follow a name standing as a word of its own: a predicate or a possessive
/// (`都安是`, `都安的`), or punctuation that ends a phrase. Not a space: bylines and photo
/// credits set people's names apart by spaces (`高阳 摄`).
static NAME_CLOSE: CharSet = CharSet::new("是的，,。！？!?；;：:、“”‘’「」『』《》（()—…");

/// Whether a name between `before` and `after` stands as a word of its own where everyday
/// words cannot: it opens the text, a sentence or a quotation, and what follows ends it.
fn stands_apart(before: &str, after: &str) -> bool {
    let opens = before.chars().next_back().is_none_or(|c| SENTENCE_OPEN.contains(c));
    let closes = after.chars().next().is_none_or(|c| NAME_CLOSE.contains(c));
    opens && closes
}

/// True when a place name may begin right after `before`: at the start, after anything that
/// is not a Chinese character, or after a place marker.
fn place_left(before: &str) -> bool {
    match before.chars().next_back() {
        None => true,
        Some(c) => !is_han(c) || PLACE_LEFT.contains(c) || AID_LEFT.iter().any(|w| before.ends_with(w)),
    }
}

/// Words of aid after which the one helped is named (`广东援藏林芝`, `对口支援阿克苏`).
const AID_LEFT: [&str; 5] = ["援藏", "援疆", "援青", "支援", "帮扶"];

pub(crate) use crate::charset::is_han;

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> (Table, Names) {
        let t = Table::load();
        let n = Names::new(&t);
        (t, n)
    }

    fn texts(n: &Names, s: &str) -> Vec<String> {
        n.scan(s).iter().map(|h| n.pattern(h).text.clone()).collect()
    }

    #[test]
    fn a_long_short_form_needs_no_place_position() {
        let (t, n) = names();
        let hits = n.scan("来到了海拔3400多米的工布江达");
        assert!(hits.iter().any(|h| n.pattern(h).text == "工布江达" && n.self_evident(&t, h)));
    }

    #[test]
    fn the_one_helped_is_named_after_a_word_of_aid() {
        let (_, n) = names();
        assert_eq!(texts(&n, "广东援藏林芝这一年"), ["广东", "林芝"]);
    }

    #[test]
    fn longest_name_wins() {
        let (_, n) = names();
        assert_eq!(texts(&n, "张家口市察北管理区召开会议"), vec!["张家口市察北管理区"]);
        assert_eq!(texts(&n, "涿鹿县的苹果"), vec!["涿鹿县"]);
    }

    #[test]
    fn a_short_form_opening_a_persons_name_after_a_title_is_not_bounded() {
        let (_, n) = names();
        let hits = n.scan("县人大常委会委员　阳春梅\n问：如何帮扶？");
        assert!(hits.iter().all(|h| !h.bounded || n.pattern(h).text != "阳春"), "{:?}", texts(&n, "委员　阳春梅\n"));
        // a place set apart by a space in a row of cells stands as one
        let hits = n.scan("序号　阳春　120户");
        assert!(hits.iter().any(|h| h.bounded && n.pattern(h).text == "阳春"));
    }

    #[test]
    fn short_form_inside_a_word_is_not_bounded() {
        let (t, n) = names();
        let hits = n.scan("村民搬迁安置后");
        assert!(hits.iter().all(|h| !n.self_evident(&t, h)));
        let hits = n.scan("记者王安国报道");
        assert!(hits.iter().all(|h| !h.bounded || n.pattern(h).text != "安国"));
    }

    #[test]
    fn a_town_named_like_a_division_is_not_it() {
        let (_, n) = names();
        assert!(texts(&n, "在南阳镇产业园").is_empty());
        // a county's rural work and townships are the county's
        assert_eq!(texts(&n, "在雷山乡村振兴局")[0], "雷山");
        assert_eq!(texts(&n, "在雷山乡镇一级"), vec!["雷山"]);
    }

    #[test]
    fn prefecture_short_form_in_place_position_is_evident() {
        let (t, n) = names();
        let hits = n.scan("他们前往衡水、秦皇岛考察");
        let evident: Vec<_> = hits
            .iter()
            .filter(|h| n.self_evident(&t, h))
            .map(|h| n.pattern(h).text.as_str())
            .collect();
        assert_eq!(evident, vec!["衡水", "秦皇岛"]);
        let hits = n.scan("确保定期开展");
        assert!(hits.iter().all(|h| !n.self_evident(&t, h)));
    }

    #[test]
    fn short_form_with_its_suffix_is_a_full_name() {
        let (t, n) = names();
        for (text, code) in [("大厂县", "131028"), ("黔东南州", "522600"), ("恩施州", "422800")]
        {
            let hits = n.scan(text);
            let p = n.pattern(&hits[0]);
            assert_eq!((p.text.as_str(), p.form), (text, Form::Full));
            assert_eq!(t.get(p.candidates[0]).code, code);
        }
    }

    #[test]
    fn a_road_named_after_a_city_is_no_mention() {
        let (_, n) = names();
        assert!(texts(&n, "店在北京路上").is_empty());
    }

    #[test]
    fn unmistakable_names_need_no_place_position() {
        let (t, n) = names();
        let hits = n.scan("委托北京一家公司，联系石家庄客商");
        let evident: Vec<_> = hits
            .iter()
            .filter(|h| n.self_evident(&t, h))
            .map(|h| n.pattern(h).text.as_str())
            .collect();
        assert_eq!(evident, vec!["北京", "石家庄"]);
        // half of a word: 黄河南岸 is no mention of 河南
        assert!(n.scan("黄河南岸").iter().all(|h| !n.self_evident(&t, h)));
    }

    #[test]
    fn an_everyday_word_with_a_suffix_after_another_word_needs_context() {
        let (t, n) = names();
        let evident = |text: &str| {
            n.scan(text).iter().filter(|h| n.self_evident(&t, h)).map(|h| n.pattern(h).text.clone()).collect::<Vec<_>>()
        };
        assert!(evident("县委督查室会同县乡村振兴局开展督查").is_empty());
        assert!(evident("县工商联会同县农业农村局组织签约").is_empty());
        // a short form right after a county's full name is part of a company's name
        let (_, n) = names();
        assert_eq!(texts(&n, "泰来县嫩江湾米业有限公司收购大米"), ["泰来县"]);
        // (a city's full name holds its counties: a short form after it stays one)
        assert!(texts(&n, "齐齐哈尔市泰来肉牛产业").contains(&"泰来".to_string()), "{:?}", texts(&n, "齐齐哈尔市泰来肉牛产业"));
        // after an adverb before a verb too, though 将 may stand before a place
        assert!(evident("县财政局将会同县纪委开展检查").is_empty());
        assert!(evident("县农业农村局并会同县财政局审核").is_empty());
        assert_eq!(evident("将张家口建成示范区"), vec!["张家口"]);
        // after 将 with no body's name after it, the county is the object
        assert_eq!(evident("省里将会同县列为全省乡村振兴试点县"), vec!["会同县"]);
        // a body's own account, the verb after a comma
        assert!(evident("我局高度重视,会同县人社局开展调研").is_empty());
        assert_eq!(evident("我们的调研发现,会同县人社局等单位仍存在短板"), vec!["会同县"]);
        assert_eq!(evident("据悉,会同县人社局开展调研"), vec!["会同县"]);
        assert!(evident("我局已会同县供销社开展调研").is_empty());
        assert!(evident("对这些来信，本报记者逐件登记，会同县委督查室转交有关部门办理").is_empty());
        assert!(evident("由镇应急办牵头,会同县自然资源局开展排查").is_empty());
        assert_eq!(evident("由镇应急办牵头,会同县各乡镇开展排查"), vec!["会同县"]);
        assert!(evident("我们将会同县住房和城乡建设局研究").is_empty());
        assert_eq!(evident("在会同县调研"), vec!["会同县"]);
        assert_eq!(evident("记者走进会同县若水镇"), vec!["会同县"]);
        // other everyday words with a suffix are named whatever stands before them
        assert_eq!(evident("县委办公室大同市"), vec!["大同市"]);
        // a list comma makes a place position only after a name
        assert!(evident("建成韩店、郑河、通化等中药材种植基地").is_empty());
        assert_eq!(evident("在长春、四平调研"), vec!["长春", "四平"]);
        let hits = n.scan("支持苍溪猕猴桃、旺苍黄茶等产业");
        assert!(hits.len() == 2 && hits[1].bounded, "an item after a named one stands where a place does");
        let far = format!("苍溪{}、旺苍黄茶", "啊".repeat(20));
        let hits = n.scan(&far);
        assert!(hits.len() == 2 && !hits[1].bounded, "a name far back opens no item of this list");
    }

    #[test]
    fn a_district_name_running_into_a_word_is_not_evident() {
        let (t, n) = names();
        let hits = n.scan("打造新兴区域中心");
        assert!(hits.iter().all(|h| !n.self_evident(&t, h)));
    }

    #[test]
    fn two_character_counties_inside_phrases_are_not_evident() {
        let (t, n) = names();
        for text in ["省市和县级部门", "建设新县城", "主城区道路", "，城区道路", "乡镇和县直学校", "从“怕水”到“安居”"]
        {
            assert!(n.scan(text).iter().all(|h| !n.self_evident(&t, h)), "{text}");
        }
        assert!(texts(&n, "分别进驻县人社局、合水镇和县乡村振兴局").iter().all(|t| t != "和县"));
        assert!(texts(&n, "镇里已经和县内一家企业达成协议，由县纪委监委和县人大跟踪问效").iter().all(|t| t != "和县"));
        assert_eq!(texts(&n, "记者在和县采访"), ["和县"]);
        assert!(texts(&n, "马鞍山和县乡村振兴局参加会议").contains(&"和县".to_string()));
        assert!(texts(&n, "来自和县政府的消息").contains(&"和县".to_string()));
        assert_eq!(texts(&n, "安徽省马鞍山市和县农业农村局"), ["安徽省", "马鞍山市", "和县"]);
        let hits = n.scan("，滑县投资");
        assert!(n.self_evident(&t, &hits[0]));
    }

    #[test]
    fn autonomous_counties_by_place_name_and_autonomy() {
        let (t, n) = names();
        for (text, code) in [
            ("孟村自治县", "130930"),
            ("凉山自治州", "513400"),
            ("临夏州", "622900"),
            ("鄂温克自治旗", "150724"),
        ] {
            let hits = n.scan(&format!("，{text}举办"));
            let p = n.pattern(&hits[0]);
            assert_eq!((p.text.as_str(), p.form), (text, Form::Full));
            assert_eq!(t.get(p.candidates[0]).code, code);
        }
    }

    #[test]
    fn a_kind_of_area_after_a_name_bounds_it() {
        let (t, n) = names();
        let hits = n.scan("招引银川地区企业");
        assert!(hits[0].bounded && n.self_evident(&t, &hits[0]));
        let hits = n.scan("看病不用再跑银川了");
        assert!(n.self_evident(&t, &hits[0]));
    }

    #[test]
    fn list_items_are_joined_and_the_last_has_a_tail() {
        let (_, n) = names();
        let hits = n.scan("组织涿鹿、怀来等县干部");
        let got: Vec<_> = hits.iter().map(|h| (h.bounded, h.joined, h.tail)).collect();
        assert_eq!(got, vec![(true, true, Tail::None), (true, false, Tail::Kind)]);
        assert_eq!(n.scan("平原等地")[0].tail, Tail::Area);
    }

    #[test]
    fn news_outlets_are_no_mentions() {
        let (_, n) = names();
        assert!(texts(&n, "来源：河北网").is_empty());
    }

    #[test]
    fn generic_zone_names_are_kinds() {
        let (_, n) = names();
        let hits = n.scan("高新区企业");
        assert_eq!(n.pattern(&hits[0]).form, Form::ZoneKind);
        // one zone's short form that closes the names of others is a kind too
        let hits = n.scan("村里引进工业园区企业");
        assert_eq!(n.pattern(&hits[0]).form, Form::ZoneKind);
    }
}
