//! What looks like a quantity but is not a fact: ordinals (`第二届`, `第1名`), numbers inside
//! codes and names (`PM2.5`, `G20`), vague counts (`几十个`, `数百家`), durations hiding behind a
//! classifier (`两个月`, `一次性`), the indefinite `一` (`一个`, `一项`), and the numbered slogans
//! (`两个维护`, `四个意识`). Years, dates, clock times, `5年来` and names such as `898客运站`
//! never reach here: they carry no unit from the table.

use super::unit::Unit;
use crate::numeral::Script;

/// Characters that make the number part of a name or code when they stand right before it.
fn is_code_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '．' | '#' | '/' | '_' | '-' | '－') || (c as u32) < 0x2E80 && c.is_alphabetic()
}

/// What may follow `个` and make it a span of time rather than a count.
const TIME_AFTER_GE: [&str; 8] = ["月", "小时", "工作日", "星期", "季度", "年头", "礼拜", "钟头"];

/// Nouns of numbered slogans and programs: `四个意识`, `两个维护`, `五个行动`, `六道防线`,
/// `五项举措`.
const SLOGAN_AFTER: [&str; 22] = [
    "意识", "自信", "维护", "确立", "全面", "代表", "务必", "必须", "一百年", "“", "行动", "防线", "确保", "坚持",
    "不", "到位", "清零", "结合", "聚焦", "转变", "举措", "规定",
];

/// Where the first `《` of a text stands, looked for once per text the first time a figure of it
/// asks ([`rejects`]): most texts hold none, and a figure before the first is in no title.
#[derive(Default)]
pub struct TitleOpen(std::cell::OnceCell<Option<usize>>);

impl TitleOpen {
    fn of(&self, text: &str) -> Option<usize> {
        static OPEN: std::sync::LazyLock<memchr::memmem::Finder<'static>> = std::sync::LazyLock::new(|| memchr::memmem::Finder::new("《"));
        *self.0.get_or_init(|| OPEN.find(text.as_bytes()))
    }
}

/// True when the number at `start` (with `unit` after it, ending at `unit_end`) is not a fact.
/// `title_open` serves every figure of `text`.
pub fn rejects(text: &str, start: usize, unit_end: usize, unit: &Unit, script: Script, value: f64, title_open: &TitleOpen) -> bool {
    let before = &text[..start];
    let after = &text[unit_end..];
    if is_code_or_ordinal(before) {
        return true;
    }
    if script == Script::Chinese && chinese_not_a_count(before, after, unit, value) {
        return true;
    }
    if announces_an_outline(after) || title_open.of(text).is_some_and(|k| k < start) && inside_a_title(before, after) {
        return true;
    }
    let printed = &text[unit_end - unit.len..unit_end];
    let numeral = &text[start..unit_end - unit.len];
    match printed {
        "个" => {
            // `5个多月`, `3个半小时`
            let after = after.trim_start_matches(['多', '余', '半']);
            TIME_AFTER_GE.iter().any(|w| super::words::has_prefix(after, w))
        }
        // `一次性`; `二次分红`, `二次供水` are "secondary" (a count of two is `两次`); `人大三次会议`
        // is a session's number
        "次" => after.starts_with('性') || script == Script::Chinese && numeral == "二" || numbers_a_session(before, after),
        // `两位数增长`: digits of a figure, not persons (`30位数字化专员` are persons)
        "位" => after.strip_prefix('数').is_some_and(|rest| !rest.starts_with(['字', '据', '码'])),
        // `四处漏风`, `四处奔波`: "everywhere" before a verb (`四处文化广场`, `四处漏水点` count places)
        "处" => script == Script::Chinese && numeral == "四" && EVERYWHERE_VERBS.iter().any(|w| super::words::has_prefix(after, w)),
        // `三轮车`, `两轮摩托`: wheels of a vehicle, not rounds of work
        "轮" => after.starts_with(['车', '摩']),
        "本" | "部" | "期" => after.starts_with(['上', '下', '中']),
        // `10分钟`, `3分之1`, `9时30分`, `5分地`, `3分钱`: minutes, fractions, clock times, land
        // and cents, not points; `十分` alone is the adverb "very" (`十分紧张`)
        "分" => {
            after.starts_with(['钟', '之', '期', '秒', '地', '钱'])
                || before.ends_with(['时', '点'])
                || script == Script::Chinese && numeral == "十"
        }
        // `算好3笔账`: accounts reckoned, a turn of speech
        "笔" => after.starts_with('账'),
        _ => false,
    }
}

/// Verbs `四处` ("everywhere") goes before: `四处漏风`, `四处奔波`, `四处求医`.
const EVERYWHERE_VERBS: [&str; 12] = ["漏风", "漏雨", "奔波", "奔走", "求医", "借钱", "碰壁", "寻找", "打听", "张贴", "飘散", "流浪"];

/// `《关于…的十条措施》`: a figure inside a document's title is part of its name. The title's
/// marks are looked for on the figure's own line, within a title's length either side.
fn inside_a_title(before: &str, after: &str) -> bool {
    // a title's length in bytes either side; most figures have no `《` in reach, told by one
    // byte search for the mark before any character is decoded
    const REACH: usize = 180;
    let from = super::ceil_boundary(before, before.len().saturating_sub(REACH));
    let Some(open) = super::words::rfind(&before[from..], "《").map(|k| from + k) else {
        return false;
    };
    let opened = !before[open..].contains(['》', '\n']);
    opened && {
        let to = super::floor_boundary(after, REACH);
        after[..to].find(['《', '》', '\n']).is_some_and(|k| after[k..].starts_with('》'))
    }
}

/// `县十八届人大三次会议`, `县委十四届三次全会`: the number of a session, not a count of
/// meetings (`召开三次会议` counts them).
fn numbers_a_session(before: &str, after: &str) -> bool {
    ["会议", "全会", "全体会议"].iter().any(|w| super::words::has_prefix(after, w)) && SESSION_BODIES.iter().any(|w| super::words::has_suffix(before, w))
}

/// What names the body right before a session's number: its term (`十四届`) or the body
/// (`人大`, `政协`, `常委会`); a verb between (`换届后召开4次会议`) makes the number a count.
const SESSION_BODIES: [&str; 5] = ["届", "人大", "政协", "常委会", "党代会"];

/// True when what stands before a number makes it part of a code (`G20`) or an ordinal (`第3`).
/// A slash after a unit (`38万亩/42万亩`, `15%/20%`) pairs two figures of a table row rather
/// than writing a code or a fraction (`1/3`, `2020/21`).
pub fn is_code_or_ordinal(before: &str) -> bool {
    let mut back = before.chars().rev();
    let code = match back.next() {
        Some('/' | '／') => !back.next().is_some_and(|c| c == '%' || crate::charset::is_han(c)),
        Some(c) => is_code_char(c),
        None => false,
    };
    code || before.ends_with('第')
}

/// A Chinese numeral with a classifier that does not count: the indefinite `一` (`一项工作`),
/// a small numeral before a classifier that also reads a phase or a set phrase (`三期工程`,
/// `两头`; from ten up, `两百多头`, it counts),
/// vague counts (`几十个`), set phrases (`六个一`, `三位一体`, `四个100%` whose count is the
/// list's), quoted names (`“十项行动”`) and numbered slogans (`四个意识`, `五个行动`).
fn chinese_not_a_count(before: &str, after: &str, unit: &Unit, value: f64) -> bool {
    // `提高了一倍`: one time more is a doubling, no indefinite `一`
    value == 1.0 && unit.canonical != "倍"
        || !unit.chinese_ok && value < 10.0 && !counts_livestock(unit, after) && !counts_chapters(unit, before)
        // (`九十九道梁`, `一票否决`: in words these are sayings, however large)
        || matches!(unit.canonical, "道" | "票")
        || ["几", "数", "若干", "好几"].iter().any(|w| super::words::has_suffix(before, w))
        || before.ends_with(['“', '"', '「', '‘'])
        // `三番五次`: a saying's numerals count nothing
        || before.ends_with('番')
        // `六个一` is a slogan; `共六章三十二条` counts a document's chapters, then its articles
        || unit.canonical != "章" && after.starts_with(|c: char| crate::numeral::is_chinese_numeral_char(c) || crate::numeral::arabic_digit(c).is_some())
        || SLOGAN_AFTER.iter().any(|w| super::words::has_prefix(after, w))
}

/// `《细则》共六章`: a document's chapters, counted after `共` (`约法三章` is a saying).
fn counts_chapters(unit: &Unit, before: &str) -> bool {
    unit.canonical == "章" && before.ends_with('共')
}

/// Animals counted by `头` and `只`.
const LIVESTOCK: [char; 10] = ['猪', '牛', '羊', '驴', '马', '骡', '鸡', '鸭', '鹅', '兔'];

/// `喂两头猪`, `领到了两头扶贫牛`: a small Chinese numeral with `头`/`只` counts animals when an
/// animal's name follows within a few characters (`两头跑` and `两只手` do not).
fn counts_livestock(unit: &Unit, after: &str) -> bool {
    matches!(unit.canonical, "头" | "只") && after.chars().take(3).any(|c| LIVESTOCK.contains(&c))
}

/// `抓好三个环节：一是…`: a count that announces the outline of what follows numbers the
/// points of the text, not things in the world. `after` is what follows the unit: a short noun,
/// a colon and the first point.
fn announces_an_outline(after: &str) -> bool {
    const FIRST: [&str; 7] = ["一是", "一、", "（一）", "(一)", "首先", "第一", "1、"];
    // the noun before the colon is all Han characters (U+4E00 to U+9FFF, told by their first
    // bytes, E4 B8 to E9): the look for the colon ends at the first character that is none,
    // which most texts after a unit open with (`，同比增长`)
    let b = after.as_bytes();
    let (mut k, mut colon) = (0, None);
    for _ in 0..8 {
        match b.get(k) {
            Some(b':') => colon = Some(k),
            Some(0xEF) if b.get(k + 1..k + 3) == Some(&[0xBC, 0x9A]) => colon = Some(k),
            Some(0xE5..=0xE9) => {
                k += 3;
                continue;
            }
            Some(0xE4) if b.get(k + 1).is_some_and(|&y| y >= 0xB8) => {
                k += 3;
                continue;
            }
            None => {}
            Some(_) => return false,
        }
        break;
    }
    let Some(colon) = colon else { return false };
    let point = after[colon..].trim_start_matches(['：', ':', ' ', '\u{3000}']);
    FIRST.iter().any(|w| super::words::has_prefix(point, w))
}

/// `名`/`位` after `前`/`后` is a rank (`排名前3名`, `后三位`), kept with its printed unit.
pub fn is_rank(before: &str, printed: &str) -> bool {
    matches!(printed, "名" | "位") && ["前", "后", "倒数"].iter().any(|w| super::words::has_suffix(before, w))
}

#[cfg(test)]
mod tests {
    use super::super::unit::Units;
    use super::*;

    fn check(text: &str, number: &str, script: Script, value: f64) -> bool {
        let units = Units::new();
        let start = text.find(number).unwrap();
        let at = start + number.len();
        let unit = units.at(&text[at..]).unwrap();
        rejects(text, start, at + unit.len, &unit, script, value, &TitleOpen::default())
    }

    #[test]
    fn ordinals_and_codes() {
        assert!(check("获得第3名的选手", "3", Script::Arabic, 3.0));
        assert!(check("PM2.5个", "2.5", Script::Arabic, 2.5));
        assert!(check("G7个", "7", Script::Arabic, 7.0));
        assert!(!check("建成12个站点", "12", Script::Arabic, 12.0));
    }

    #[test]
    fn vague_and_indefinite() {
        assert!(check("帮扶了几十个村", "十", Script::Chinese, 10.0));
        assert!(check("这是一项工程", "一", Script::Chinese, 1.0));
        assert!(!check("建成两个园区", "两", Script::Chinese, 2.0));
    }

    #[test]
    fn durations_and_slogans() {
        assert!(check("用了三个月时间", "三", Script::Chinese, 3.0));
        assert!(check("一次性发放", "一", Script::Chinese, 1.0));
        assert!(check("步行10分钟", "10", Script::Arabic, 10.0));
        assert!(!check("村民用攒下的260分换回大米", "260", Script::Arabic, 260.0));
        assert!(!check("亩产提高了一倍", "一", Script::Chinese, 1.0));
        assert!(check("增强四个意识", "四", Script::Chinese, 4.0));
        assert!(check("开展“十项帮扶”", "十", Script::Chinese, 10.0));
        assert!(check("形成三位一体格局", "三", Script::Chinese, 3.0));
        assert!(check("落实四个不摘要求", "四", Script::Chinese, 4.0));
        assert!(check("做到两个确保", "两", Script::Chinese, 2.0));
        assert!(check("历时5个多月", "5", Script::Arabic, 5.0));
        assert!(!check("余额户数88户", "88", Script::Arabic, 88.0));
        assert!(check("推进二期工程", "二", Script::Chinese, 2.0));
        assert!(!check("发放5期补贴", "5", Script::Arabic, 5.0));
        assert!(!check("开展两轮入户排查", "两", Script::Chinese, 2.0));
        assert!(check("启动新一轮排查", "一", Script::Chinese, 1.0));
        assert!(check("购置三轮车", "三", Script::Chinese, 3.0));
        assert!(check("村里用水十分紧张", "十", Script::Chinese, 10.0));
        assert!(check("开展二次分红", "二", Script::Chinese, 2.0));
        assert!(!check("开展两次分红", "两", Script::Chinese, 2.0));
        assert!(check("县十八届人大三次会议期间", "三", Script::Chinese, 3.0));
        assert!(!check("全年召开三次会议研究", "三", Script::Chinese, 3.0));
        assert!(check("收入保持两位数增长", "两", Script::Chinese, 2.0));
        assert!(check("原来的土坯房四处漏风", "四", Script::Chinese, 4.0));
        assert!(!check("新建四处文化广场", "四", Script::Chinese, 4.0));
        assert!(!check("排查发现供水管网四处漏水点", "四", Script::Chinese, 4.0));
        assert!(!check("换届后召开4次会议", "4", Script::Arabic, 4.0));
        assert!(check("县委十四届三次全会", "三", Script::Chinese, 3.0));
        assert!(!check("县里培训了30位数字化专员", "30", Script::Arabic, 30.0));
        assert!(!check("他的答卷得了九十分", "九十", Script::Chinese, 90.0));
    }

    #[test]
    fn figures_in_a_title() {
        assert!(check("印发《关于支持产业发展的十条措施》的通知", "十", Script::Chinese, 10.0));
        assert!(!check("出台十条措施。见《通知》", "十", Script::Chinese, 10.0));
        assert!(!check("《通知》下发后，新建12个站点", "12", Script::Arabic, 12.0));
    }

    #[test]
    fn outline_counts() {
        assert!(check("重点做好三个方面：一是摸底", "三", Script::Chinese, 3.0));
        assert!(check("抓住4个环节:首先", "4", Script::Arabic, 4.0));
        assert!(!check("建成三个站点：甲站和乙站", "三", Script::Chinese, 3.0));
    }

    #[test]
    fn ranks() {
        assert!(is_rank("排名前", "名"));
        assert!(is_rank("排名后", "位"));
        assert!(!is_rank("共有", "名"));
    }
}
