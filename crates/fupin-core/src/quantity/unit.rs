//! Units and classifiers: what may follow a number for it to count something, and the canonical
//! unit each printed form maps to (RECORDS.md). A number followed by nothing from this table is
//! not a fact (years, dates, clock times, durations and names fall out here).

use super::words::Heads;
use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};

/// What kind of thing a unit counts; the subject rules differ by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `元`, `美元`: amounts, whose subject is usually the phrase before them.
    Money,
    /// `%`, `百分点`, `倍`: shares and ratios, subject before them.
    Ratio,
    /// Persons, households and classifiers of things: subject usually the noun after them.
    Count,
    /// `公里`, `亩`, `吨` …
    Measure,
    /// `岁`, `周岁`.
    Age,
    /// `名` after `前`/`后`: a rank, not persons.
    Rank,
}

/// A unit as printed, its canonical form, its kind, and whether a Chinese numeral may carry it
/// (`三期工程` reads a phase, not a count, so those need Arabic digits; `新一轮` falls out as the
/// indefinite `一`).
struct Entry(&'static str, &'static str, Kind, bool);

use Kind::*;

#[rustfmt::skip]
const TABLE: &[Entry] = &[
    // money
    Entry("元", "元", Money, true), Entry("块钱", "元", Money, true), Entry("美元", "美元", Money, true),
    Entry("欧元", "欧元", Money, true),
    // ratios
    Entry("%", "%", Ratio, false), Entry("％", "%", Ratio, false), Entry("‰", "‰", Ratio, false),
    Entry("个百分点", "百分点", Ratio, true), Entry("百分点", "百分点", Ratio, true), Entry("倍", "倍", Ratio, true),
    // persons and households
    Entry("人次", "人次", Count, true), Entry("人", "人", Count, true), Entry("名", "人", Count, true),
    Entry("口人", "人", Count, true),
    Entry("位", "人", Count, true), Entry("户次", "户次", Count, true), Entry("户", "户", Count, true),
    Entry("家次", "家次", Count, true),
    // measures
    Entry("平方米", "平方米", Measure, true), Entry("㎡", "平方米", Measure, false),
    Entry("平方公里", "平方公里", Measure, true), Entry("平方千米", "平方公里", Measure, true),
    Entry("亩", "亩", Measure, true), Entry("公顷", "公顷", Measure, true), Entry("公里", "公里", Measure, true),
    Entry("千米", "公里", Measure, true), Entry("米", "米", Measure, true), Entry("立方米", "立方米", Measure, true),
    Entry("吨", "吨", Measure, true), Entry("公斤", "公斤", Measure, true), Entry("千克", "公斤", Measure, true),
    Entry("克", "克", Measure, true), Entry("斤", "斤", Measure, true), Entry("千瓦时", "千瓦时", Measure, true),
    Entry("千瓦", "千瓦", Measure, true), Entry("兆瓦", "兆瓦", Measure, true),
    Entry("千伏安", "千伏安", Measure, true), Entry("毫米", "毫米", Measure, true),
    // speeds (`限速40公里/小时`) and temperatures (`最高气温15℃左右`)
    // measures in Latin letters, as a tender's or a design's text prints them (`总长6.82km`,
    // `路基宽5.5m`, `单座容积200m³`): a letter right after ends none ([`Units::at`])
    Entry("km", "公里", Measure, false), Entry("km²", "平方公里", Measure, false), Entry("km2", "平方公里", Measure, false),
    Entry("㎢", "平方公里", Measure, false), Entry("m", "米", Measure, false), Entry("mm", "毫米", Measure, false),
    Entry("m²", "平方米", Measure, false), Entry("m2", "平方米", Measure, false), Entry("m³", "立方米", Measure, false),
    Entry("m3", "立方米", Measure, false), Entry("㎥", "立方米", Measure, false), Entry("㎞", "公里", Measure, false),
    Entry("公里/小时", "公里/小时", Measure, true), Entry("千米/小时", "公里/小时", Measure, true),
    Entry("km/h", "公里/小时", Measure, false), Entry("℃", "℃", Measure, false), Entry("摄氏度", "℃", Measure, true),
    // ages
    Entry("周岁", "周岁", Age, true), Entry("岁", "岁", Age, true),
    // classifiers, kept as printed
    Entry("个", "个", Count, true), Entry("家", "家", Count, true), Entry("所", "所", Count, true),
    Entry("座", "座", Count, true), Entry("条", "条", Count, true), Entry("项", "项", Count, true),
    Entry("场次", "场次", Count, true), Entry("场", "场", Count, true), Entry("次", "次", Count, true),
    Entry("期", "期", Count, false), Entry("批次", "批次", Count, true), Entry("批", "批", Count, true),
    Entry("本", "本", Count, false), Entry("篇", "篇", Count, true), Entry("幅", "幅", Count, true),
    Entry("部门", "部门", Count, true), Entry("部", "部", Count, false), Entry("辆", "辆", Count, true),
    Entry("轮", "轮", Count, true), Entry("类", "类", Count, true), Entry("种", "种", Count, true),
    // `两间砖房`: rooms are how a family's house is told, in words as often as in digits
    Entry("件", "件", Count, true), Entry("间", "间", Count, true), Entry("支", "支", Count, false),
    Entry("份", "份", Count, true), Entry("处", "处", Count, true), Entry("套", "套", Count, true),
    Entry("台", "台", Count, true), Entry("张", "张", Count, false), Entry("株", "株", Count, true),
    Entry("棵", "棵", Count, true), Entry("头", "头", Count, false), Entry("只", "只", Count, false),
    Entry("栋", "栋", Count, true), Entry("眼", "眼", Count, false), Entry("册", "册", Count, true),
    Entry("箱", "箱", Count, false), Entry("袋", "袋", Count, false), Entry("节", "节", Count, false),
    Entry("门", "门", Count, false), Entry("组", "组", Count, false), Entry("口", "口", Count, false),
    Entry("枚", "枚", Count, true), Entry("盏", "盏", Count, true),
    // a classifier glossed by a second one in brackets, kept as printed (`农机具1260台(套)`,
    // `牛羊12.6万头(只)`); full-width brackets are read as half-width
    Entry("台(套)", "台(套)", Count, true), Entry("台（套）", "台(套)", Count, true),
    Entry("头(只)", "头(只)", Count, true), Entry("头（只）", "头(只)", Count, true),
    Entry("件(套)", "件(套)", Count, true), Entry("件（套）", "件(套)", Count, true),
    Entry("个(家)", "个(家)", Count, true), Entry("个（家）", "个(家)", Count, true),
    // cases and incidents (`查处违法行为310起`), pieces (`警示标志1400块`), poultry (`土鸡3万羽`)
    Entry("起", "起", Count, false), Entry("宗", "宗", Count, false), Entry("块", "块", Count, false),
    Entry("羽", "羽", Count, true), Entry("单", "单", Count, false),
    // made things counted by their handles and fittings (`吉他600万把`, `灭火器800具`), and points
    // of a score (`积分260分`): with Arabic digits only, `一把手`, `十分` are words
    Entry("把", "把", Count, false), Entry("具", "具", Count, false), Entry("分", "分", Count, false),
    Entry("副", "副", Count, false),
    // cases a clinic treats (`远程会诊1260例`), and the logs mushrooms grow on (`食用菌1800万棒`)
    Entry("例", "例", Count, false), Entry("棒", "棒", Count, false),
    // loans and deals (`发放贷款1260笔`): `一笔` is mostly a turn of speech
    Entry("笔", "笔", Count, false),
    // the chapters of a document (`《细则》共六章三十二条`)
    Entry("章", "章", Count, false),
    // seeds of a breeding programme (`年繁育原原种1.2亿粒`)
    Entry("粒", "粒", Count, false),
    // harvests of a crop: `一年两茬`
    Entry("茬", "茬", Count, true),
    // runs of vehicles and trips: a trip written in Chinese is mostly a turn of speech (`跑一趟`)
    Entry("车次", "车次", Count, true), Entry("辆次", "辆次", Count, true), Entry("班次", "班次", Count, true),
    Entry("架次", "架次", Count, true), Entry("趟", "趟", Count, false), Entry("艘", "艘", Count, true),
    // aircraft and drones (`植保无人机4架`), and operations a hospital counts (`手术680台次`)
    Entry("架", "架", Count, false), Entry("台次", "台次", Count, true),
    // packed goods sold (`订单1600余盒`, `蜂蜜800瓶`): in Chinese mostly a turn of speech
    Entry("盒", "盒", Count, false), Entry("瓶", "瓶", Count, false), Entry("罐", "罐", Count, false),
    Entry("桶", "桶", Count, false), Entry("包", "包", Count, false),
    // hours of a course (`培训不少于24学时`) and days of work paid (`务工3600个工日`)
    Entry("学时", "学时", Count, true), Entry("课时", "课时", Count, true), Entry("个工日", "工日", Count, true),
    Entry("工日", "工日", Count, true),
    // sets of machines (`孵化设备48台套`) and bee colonies (`中蜂存栏1.26万群`; `一群` is a crowd)
    Entry("台套", "台套", Count, true), Entry("群", "群", Count, false),
    // kinds of a product (`开发休闲食品10多款`; `一款` is any one)
    Entry("款", "款", Count, false),
    // pairs matched (`结成帮带对子68对`; `一对一` is a manner, `对接` a verb) and sentences
    // learnt (`每周学会10句藏语`)
    Entry("对", "对", Count, false), Entry("句", "句", Count, false),
    // votes cast (`满意58票`) and culverts, ditches and lines laid (`过路涵管26道`): `一票否决`,
    // `一道` are words
    Entry("票", "票", Count, false), Entry("道", "道", Count, false),
];

/// The printed forms of [`TABLE`].
const UNIT_WORDS: [&str; TABLE.len()] = {
    let mut words = [""; TABLE.len()];
    let mut i = 0;
    while i < TABLE.len() {
        words[i] = TABLE[i].0;
        i += 1;
    }
    words
};

/// The first characters of the units.
static UNIT_HEADS: Heads = Heads::of(&UNIT_WORDS);

/// A unit read after a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    pub canonical: &'static str,
    pub kind: Kind,
    pub chinese_ok: bool,
    /// Bytes of the printed unit.
    pub len: usize,
}

/// The unit table as an anchored longest-match automaton, built once. A DFA: the table is
/// small, and it is asked after every number.
pub struct Units {
    automaton: AhoCorasick,
}

impl Units {
    pub fn new() -> Self {
        let automaton = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::DFA))
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(TABLE.iter().map(|e| e.0))
            .expect("unit table builds");
        Units { automaton }
    }

    /// The longest unit printed at the start of `s`.
    pub fn at(&self, s: &str) -> Option<Unit> {
        // most numbers not followed by a unit are followed by nothing a unit starts with
        // (`年`, `月`): told from the first character before the automaton is asked
        if !s.chars().next().is_some_and(|c| UNIT_HEADS.may_start(c)) {
            return None;
        }
        let m = self.automaton.find(Input::new(s).anchored(Anchored::Yes))?;
        let e = &TABLE[m.pattern().as_usize()];
        // a unit in Latin letters ends where the letters end (`5mg`, `4G网络` are none of ours)
        if e.0.as_bytes()[0].is_ascii_alphabetic() && s[m.end()..].starts_with(|c: char| c.is_ascii_alphanumeric() || matches!(c, '²' | '³')) {
            return None;
        }
        Some(Unit { canonical: e.1, kind: e.2, chinese_ok: e.3, len: m.end() })
    }
}

impl Default for Units {
    fn default() -> Self {
        Self::new()
    }
}

/// A multiplier printed between a number and its unit: `3510万元`, `24.2亿元`, `3千元`.
pub fn multiplier(s: &str) -> Option<(f64, usize)> {
    const M: [(&str, f64); 6] =
        [("万亿", 1e12), ("千万", 1e7), ("百万", 1e6), ("亿", 1e8), ("万", 1e4), ("千", 1e3)];
    let (w, f) = M.iter().find(|(w, _)| super::words::has_prefix(s, w))?;
    // `1200千瓦`, `5千米`, `3千克`, `2.1千伏安`: the 千 is the unit's own
    let own = *w == "千" && s["千".len()..].starts_with(['瓦', '米', '克', '伏']);
    (!own).then_some((*f, w.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_unit_wins_and_maps_to_canonical() {
        let u = Units::new();
        assert_eq!(u.at("人次参加").unwrap().canonical, "人次");
        assert_eq!(u.at("名干部").unwrap().canonical, "人");
        assert_eq!(u.at("个百分点").unwrap().canonical, "百分点");
        assert_eq!(u.at("个村").unwrap().canonical, "个");
        assert_eq!(u.at("千米长").unwrap().canonical, "公里");
        assert_eq!(u.at("km，其中").unwrap().canonical, "公里");
        assert_eq!(u.at("m³；项目").unwrap().canonical, "立方米");
        assert_eq!(u.at("m，路面").unwrap().canonical, "米");
        assert!(u.at("mg").is_none() && u.at("mAh").is_none());
        assert_eq!(u.at("km²").unwrap().canonical, "平方公里");
        assert_eq!(u.at("％").unwrap().kind, Kind::Ratio);
        assert!(u.at("年来").is_none());
        assert_eq!(multiplier("千瓦"), None);
        assert_eq!(multiplier("千元"), Some((1e3, "千".len())));
        for e in TABLE {
            assert_eq!(u.at(e.0).map(|f| f.len), Some(e.0.len()), "{}", e.0);
        }
        assert!(u.at("").is_none());
    }

    #[test]
    fn multipliers() {
        assert_eq!(multiplier("万元"), Some((1e4, 3)));
        assert_eq!(multiplier("千万元").unwrap().0, 1e7);
        assert!(multiplier("元").is_none());
    }
}
