//! Places below county level: towns, townships, streets, villages and communities.
//!
//! A place is a suffix (镇, 乡, 街道, 村, 社区, 办事处; 苏木 and 嘎查 in Inner Mongolia) after a
//! plausible name: two to four Chinese characters that begin where a name can begin (after a
//! division or another place, a place preposition, a lead verb, or anything not Chinese) and
//! hold no function word. One character is enough right after a division or place
//! (`杨税务乡朱村`). Town names found in the town table win over guesses, and tell the county
//! the town lies in.

use std::sync::LazyLock;

use aho_corasick::{packed, AhoCorasick, MatchKind};

use super::mention::is_han;
use crate::charset::CharSet;
use crate::model::PlaceType;

const SUFFIXES: &[(&str, PlaceType)] = &[
    ("街道办事处", PlaceType::Street),
    ("街道", PlaceType::Street),
    ("办事处", PlaceType::Street),
    ("社区", PlaceType::Community),
    ("镇", PlaceType::Town),
    ("乡", PlaceType::Township),
    ("苏木", PlaceType::Township),
    ("村", PlaceType::Village),
    ("嘎查", PlaceType::Village),
];

/// [`SUFFIXES`], the first listed winning where several start at one place. A handful of
/// short patterns: the automaton's vector prefilter passes over the text between them.
static SUFFIX_SEARCH: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(SUFFIXES.iter().map(|(s, _)| s))
        .expect("place suffixes build")
});

/// Characters no place name holds: function words, quantifiers, and the words of policy
/// labels (贫困村, 示范村, 美丽乡村).
static NOT_IN_NAME: CharSet = CharSet::new("的了是在和与及为对把被将从向于由以过该各全本每这那此其个等们所有贫困示范文明重点美丽特色先进优型驻帮扶到赴非深度出列受灾空心效持属推动改善挥容农行政乡镇市县区省");

/// What follows a number in a quantity (`40多名村民`, `二十余个村`): a name that starts with
/// one of these right after a numeral is the quantity's tail. (余家村 at the start of a clause
/// is a name.)
static QUANTITY_TAIL: CharSet = CharSet::new("多余名个位户");

/// Numerals a quantity ends in.
static NUMERALS: CharSet = CharSet::new("0123456789０１２３４５６７８９一二三四五六七八九十百千万两几数");

/// Verbs that often stand right before a place name; the name starts after them.
const LEAD_WORDS: &[&str] = &[
    "帮助", "走进", "来到", "深入", "前往", "位于", "包联", "分包", "包括", "覆盖", "组织", "进驻",
    "入驻", "走访", "慰问", "联系", "对口", "共建", "如", "像", "其中",
];

/// Characters after which a place name may begin.
static NAME_LEFT: CharSet = CharSet::new("在到赴至往从于去来向和与及、同的对为是将由经");

/// A place found in one piece of text (byte offsets into it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawPlace {
    pub start: usize,
    pub end: usize,
    pub name: String,
    pub place_type: PlaceType,
    /// The place this one directly follows and lies in (`开元镇` for `开元镇孔庄子村`).
    pub parent: Option<usize>,
}

/// [`SUFFIXES`] for a vector search alone, also first listed first (`None` where the machine
/// has none): the automaton above checked again each place its own vector search stopped at,
/// and `村` or `镇` stands in most sentences.
static SUFFIX_PACKED: LazyLock<Option<packed::Searcher>> = LazyLock::new(|| packed::Searcher::new(SUFFIXES.iter().map(|(s, _)| s)));

/// Builds the searchers [`find`] needs, so that the first call does not pay for them.
pub fn prepare() {
    LazyLock::force(&SUFFIX_SEARCH);
    LazyLock::force(&SUFFIX_PACKED);
}

/// Finds places in `text`. `anchors` are the ends of division names in it, ascending: a place
/// name may start there. `is_town` says whether a name is in the town table.
pub fn find(text: &str, anchors: &[usize], is_town: impl Fn(&str) -> bool) -> Vec<RawPlace> {
    let mut out: Vec<RawPlace> = Vec::new();
    // the suffixes by the vector search, or where there is none by the automaton
    let packed = SUFFIX_PACKED.as_ref().map(|search| search.find_iter(text.as_bytes()).map(|m| (m.start(), m.end(), m.pattern().as_usize())));
    let automaton = packed.is_none().then(|| SUFFIX_SEARCH.find_iter(text).map(|m| (m.start(), m.end(), m.pattern().as_usize())));
    for (i, end, pattern) in packed.into_iter().flatten().chain(automaton.into_iter().flatten()) {
        let kind = SUFFIXES[pattern].1;
        let after_place = out.last().map(|p| p.end);
        if let Some(start) = name_start(text, i, end, anchors, after_place, &is_town) {
            let parent = out.last().filter(|p| p.end == start).map(|_| out.len() - 1);
            out.push(RawPlace {
                start,
                end,
                name: text[start..end].to_string(),
                place_type: kind,
                parent,
            });
        }
    }
    out
}

/// Where the name before the suffix at `suffix_start` begins, if it is a plausible name.
fn name_start(
    text: &str,
    suffix_start: usize,
    end: usize,
    anchors: &[usize],
    after_place: Option<usize>,
    is_town: &impl Fn(&str) -> bool,
) -> Option<usize> {
    if generic_compound(text, suffix_start, end) {
        return None;
    }
    // up to four Chinese characters back, nearest first
    let mut back = [0usize; 4];
    let mut n = 0;
    for (k, c) in text[..suffix_start].char_indices().rev() {
        if n == back.len() || !is_han(c) {
            break;
        }
        back[n] = k;
        n += 1;
    }
    let starts = &back[..n];
    let hard_left = |s: usize| anchors.binary_search(&s).is_ok() || after_place == Some(s);
    // a name recorded in the town table is taken as it stands
    if let Some(&s) =
        starts.iter().rev().find(|&&s| s + 6 <= suffix_start && is_town(&text[s..end]))
    {
        return Some(s);
    }
    let plausible = |n: usize, s: usize| {
        let name = &text[s..suffix_start];
        (n >= 1 || hard_left(s))
            && !name.chars().any(|c| NOT_IN_NAME.contains(c))
            && !quantity_tail(text, s)
            && !ends_in_lead_word(name)
    };
    // longest first, by the strength of what precedes: a division or place, then a marker or
    // lead verb, then merely the start of a run of Chinese text
    let tests: [&dyn Fn(usize) -> bool; 3] =
        [&hard_left, &|s| after_marker(text, s), &|s| run_start(text, s)];
    tests.iter().find_map(|test| {
        // the test of what precedes is the cheaper: it goes first
        starts.iter().enumerate().rev().find(|&(n, &s)| test(s) && plausible(n, s)).map(|(_, &s)| s)
    })
}

/// True when a name ends in a lead verb (`组织村委会` is no 组织村): the verb would have stood
/// before the name.
fn ends_in_lead_word(name: &str) -> bool {
    LEAD_WORDS.iter().any(|w| w.chars().nth(1).is_some() && name.ends_with(w))
}

/// True when the name at `s` starts with the tail of a quantity (`40多名`).
fn quantity_tail(text: &str, s: usize) -> bool {
    let first = text[s..].chars().next();
    let before = text[..s].chars().next_back();
    first.is_some_and(|c| QUANTITY_TAIL.contains(c)) && before.is_some_and(|c| NUMERALS.contains(c))
}

/// True when the text before `s` ends in a place marker or a lead verb.
fn after_marker(text: &str, s: usize) -> bool {
    let before = &text[..s];
    before.chars().next_back().is_some_and(|c| NAME_LEFT.contains(c))
        || LEAD_WORDS.iter().any(|w| before.ends_with(w))
}

/// True at the start of the text or after anything that is not a Chinese character.
fn run_start(text: &str, s: usize) -> bool {
    text[..s].chars().next_back().is_none_or(|c| !is_han(c))
}

/// Words 村 begins that are no village (`组织村干部`): a name before them is no place name.
const VILLAGE_WORDS: &[&str] = &["干部", "集体", "两委"];

/// What follows `村` in words about one village's people and bodies (村民, 村委会, 村干部).
const OF_A_VILLAGE: &[&str] =
    &["民", "委", "干部", "集体", "两委", "党", "级", "支", "组", "医", "小学", "卫生"];

/// 乡村, 农村, 乡镇, 城镇, 村镇, 村村, 村民, 村干部: a suffix that is half of a common word.
/// (村委 stays a place before 会: `石门村委会` is 石门村's committee.)
fn generic_compound(text: &str, suffix_start: usize, end: usize) -> bool {
    let prev = text[..suffix_start].chars().next_back();
    let next = text[end..].chars().next();
    let suffix = &text[suffix_start..end];
    if suffix == "村" {
        let after = &text[end..];
        if VILLAGE_WORDS.iter().any(|w| after.starts_with(w)) {
            return true;
        }
        // 小里村村民 is 小里村's people; 村村通 is every village
        if let Some(word) = after.strip_prefix('村') {
            return !OF_A_VILLAGE.iter().any(|w| word.starts_with(w));
        }
    }
    matches!(
        (prev, suffix, next),
        (Some('乡' | '农' | '山' | '渔' | '村' | '邻' | '全' | '该' | '本'), "村", _)
            | (Some('下' | '返' | '老' | '家' | '城' | '故' | '同' | '回'), "乡", _)
            | (Some('乡' | '城' | '村' | '集' | '小'), "镇", _)
            | (_, "乡", Some('村' | '镇' | '亲' | '土' | '贤' | '愁' | '情' | '间' | '下'))
            | (_, "村", Some('村' | '级' | '庄' | '落' | '务' | '民'))
            | (_, "镇", Some('级' | '政' | '化'))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_listed_suffix_wins() {
        // 街道办事处 before 街道 and 办事处
        let found = find("在南关街道办事处", &[], |_| false);
        assert_eq!(found[0].place_type, PlaceType::Street);
        assert_eq!(found[0].name, "南关街道办事处");
    }

    fn names(text: &str, anchors: &[usize]) -> Vec<String> {
        find(text, anchors, |_| false).into_iter().map(|p| p.name).collect()
    }

    #[test]
    fn nested_village_under_town() {
        let text = "走访开元镇孔庄子村的农户";
        let found = find(text, &[], |_| false);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].name, "开元镇");
        assert_eq!(found[0].place_type, PlaceType::Town);
        assert_eq!(found[1].name, "孔庄子村");
        assert_eq!(found[1].parent, Some(0));
    }

    #[test]
    fn common_words_are_not_places() {
        for text in [
            "全村人均收入提高",
            "该村建起大棚",
            "各乡镇加强监测",
            "推进乡村振兴",
            "农村人居环境",
            "全县行政村全部通路",
            "贫困村全部出列",
        ] {
            assert!(names(text, &[]).is_empty(), "{text}: {:?}", names(text, &[]));
        }
    }

    #[test]
    fn going_to_the_countryside_is_no_township() {
        assert!(names("开展“送戏下乡”活动，助力城乡发展", &[]).is_empty());
        assert!(names("通过乡村振兴，所有村都有变化", &[]).is_empty());
    }

    #[test]
    fn quantities_and_village_words_are_no_names() {
        for text in [
            "还有30多名村医",
            "还有30多名村民就业",
            "带动二十余个村发展",
            "，组织村干部和村集体",
            "共有5个村级组织",
        ] {
            assert!(names(text, &[]).is_empty(), "{text}: {:?}", names(text, &[]));
        }
        // a surname that is also a quantity word still begins a name
        assert_eq!(names("，余家村修路", &[]), vec!["余家村"]);
    }

    #[test]
    fn a_township_in_the_town_table_is_taken_as_written() {
        // 市 is no part of a guessed name, but the town table knows 石市乡
        let found = find("在某区石市乡大王村", &[9], |n| n == "石市乡");
        let got: Vec<_> = found.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(got, vec!["石市乡", "大王村"]);
    }

    #[test]
    fn a_lead_verb_is_no_name() {
        assert!(names("，组织村委会成员学习", &[]).is_empty());
        assert!(names("干部深入村组走访", &[]).is_empty());
    }

    #[test]
    fn a_village_before_its_people_is_a_place() {
        assert_eq!(names("，石门村村民增收", &[]), vec!["石门村"]);
        assert_eq!(names("，石门村村委会", &[]), vec!["石门村"]);
        assert!(names("，实现村村通", &[]).is_empty());
    }

    #[test]
    fn one_character_name_after_a_township() {
        assert_eq!(names("在杨税务乡朱村果园", &[]), vec!["杨税务乡", "朱村"]);
    }

    #[test]
    fn inner_mongolian_townships_and_villages() {
        let found = find("在巴彦塔拉苏木乌兰嘎查", &[], |_| false);
        let got: Vec<_> = found.iter().map(|p| (p.name.as_str(), p.place_type)).collect();
        assert_eq!(
            got,
            vec![("巴彦塔拉苏木", PlaceType::Township), ("乌兰嘎查", PlaceType::Village)]
        );
    }

    #[test]
    fn street_office_is_one_place() {
        assert_eq!(names("由南关街道办事处负责", &[]), vec!["南关街道办事处"]);
    }

    #[test]
    fn lead_verb_is_not_part_of_the_name() {
        assert_eq!(names("(右一)帮助窄坡村贫困户", &[]), vec!["窄坡村"]);
    }

    #[test]
    fn a_name_may_start_after_a_division() {
        // "某某县" ends at byte 9: the village name begins there
        assert_eq!(names("某某县石门村", &[9]), vec!["石门村"]);
    }

    #[test]
    fn survives_odd_text() {
        assert!(names("村镇乡", &[]).is_empty());
        assert!(names("", &[]).is_empty());
        let _ = names("ab村\u{0}镇１２乡", &[]);
    }
}
