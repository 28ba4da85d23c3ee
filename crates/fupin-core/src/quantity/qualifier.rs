//! Words that bound a quantity: `近`/`约`/`左右` (approx), `多`/`余`/`超过`/`逾` (more than),
//! `以上`/`不低于`/`不少于` (at least), `不足`/`不到`/`低于` (less than), `不超过`/`不高于`/`以内`
//! (at most). Prefixes stand right before the number, suffixes right after the unit, and `多`/`余`
//! inside it (`200多万元`, `51万余名`).

use crate::model::Qualifier;
use super::words::{words_of, Heads};
use Qualifier::*;

/// Longest first, so `不超过` is not read as `超过`.
const PREFIXES: &[(&str, Qualifier); 42] = &[
    ("不超过", AtMost), ("不高于", AtMost), ("不多于", AtMost), ("不大于", AtMost),
    ("不低于", AtLeast), ("不少于", AtLeast), ("不小于", AtLeast),
    ("将近", Approx), ("接近", Approx), ("大约", Approx), ("大概", Approx),
    ("超过", MoreThan), ("超出", MoreThan), ("突破", MoreThan), ("高于", MoreThan), ("多于", MoreThan), ("大于", MoreThan),
    ("至少", AtLeast), ("最少", AtLeast), ("最低", AtLeast),
    ("最多", AtMost), ("至多", AtMost), ("最高", AtMost),
    // `一亩挣不了300元`: a verb's `不了` says the amount is not reached
    ("不足", LessThan), ("不到", LessThan), ("不了", LessThan), ("低于", LessThan), ("少于", LessThan), ("小于", LessThan), ("未满", LessThan),
    ("近", Approx), ("约", Approx), ("逾", MoreThan), ("超", MoreThan),
    // a target table's signs (`≥95%`, `≤6万元`)
    ("≥", AtLeast), ("≧", AtLeast), ("≤", AtMost), ("≦", AtMost), (">", MoreThan), ("＞", MoreThan), ("<", LessThan), ("＜", LessThan),
];

/// The last characters of [`PREFIXES`]: text that ends in none of them ends in no prefix.
static PREFIX_ENDS: Heads = Heads::of_last(&words_of(PREFIXES));


/// Comparison words that may stand further back in the clause than right before the number
/// (`收入低于当地标准1.5倍`); only ratios are read this way.
pub const COMPARATORS: &[(&str, Qualifier)] = &[
    ("不超过", AtMost), ("不高于", AtMost), ("不低于", AtLeast), ("不少于", AtLeast),
    ("低于", LessThan), ("不足", LessThan), ("不到", LessThan), ("高于", MoreThan), ("超过", MoreThan),
];

/// The first characters of [`COMPARATORS`].
pub static COMPARATOR_HEADS: Heads = Heads::of(&["不", "低", "高", "超"]);

/// `(qualifier, printed, counts as part of the fact's text)`.
const SUFFIXES: &[(&str, Qualifier, bool)] = &[
    ("左右", Approx, true), ("上下", Approx, true), ("及以上", AtLeast, false), ("以上", AtLeast, false),
    ("以下", AtMost, false), ("以内", AtMost, false), ("之内", AtMost, false),
];

/// The qualifier printed right before a number: the end of `before`.
pub fn prefix(before: &str) -> Option<(Qualifier, usize)> {
    before.chars().next_back().filter(|&c| PREFIX_ENDS.may_start(c))?;
    let (q, len) = PREFIXES.iter().find(|(w, _)| super::words::has_suffix(before, w)).map(|&(w, q)| (q, w.len()))?;
    // `签约3.62万人`, `预约200人次`: the last character of a word, not `约` for "about"
    if len == "约".len() && before.ends_with('约') && ends_word_in_yue(&before[..before.len() - len]) {
        return None;
    }
    // `不得高于5克`, `不能少于3次`: a forbidden bound is the opposite one
    let negation = ["不得", "不能", "不应", "不可"].iter().find(|n| before[..before.len() - len].ends_with(*n));
    Some(match (negation, q) {
        (Some(n), MoreThan) => (AtMost, len + n.len()),
        (Some(n), LessThan) => (AtLeast, len + n.len()),
        _ => (q, len),
    })
}

/// Whether `before` (the text before a `约`) ends with the first character of a word ending
/// in `约` (`签约`, `预约`, `履约`, `违约`, `节约`, `制约`).
pub(crate) fn ends_word_in_yue(before: &str) -> bool {
    before.ends_with(['签', '预', '制', '节', '履', '违', '契', '合', '邀', '特'])
}

/// Adverbs of [`PREFIXES`] that bound a count from before its verb (`最高赔付10万元`).
const BEFORE_VERB: [&str; 6] = ["至少", "最少", "至多", "最多", "最高", "最低"];

/// `每月至少走访1次`: the qualifier of a bounding adverb that stands before the one- or
/// two-character verb `before` ends with.
pub fn adverb_before_verb(before: &str) -> Option<Qualifier> {
    let k = before
        .char_indices()
        .rev()
        .take(2)
        .map(|(k, _)| k)
        // every adverb ends in one of four characters: the words are compared only after one
        .find(|&k| {
            let head = &before[..k];
            head.ends_with(['少', '多', '高', '低']) && BEFORE_VERB.iter().any(|w| head.ends_with(w))
        })?;
    let verb = &before[k..];
    let plain_verb = verb.chars().all(super::is_ideograph) && !verb.contains(['的', '是']);
    plain_verb.then(|| prefix(&before[..k])).flatten().map(|(q, _)| q)
}

/// The qualifier printed right after a unit, its length, and whether the fact's text keeps it.
pub fn suffix(after: &str) -> Option<(Qualifier, usize, bool)> {
    SUFFIXES.iter().find(|(w, ..)| super::words::has_prefix(after, w)).map(|&(w, q, keep)| (q, w.len(), keep))
}

/// `多`, `余`, `几` or `出头` inside a quantity: `3000多`, `10余`, `十几`, `一万出头`.
pub fn more(s: &str) -> Option<usize> {
    ["多", "余", "几", "出头"].iter().find(|w| super::words::has_prefix(s, w)).map(|w| w.len())
}

/// The comparison word furthest right in `clause`, if any; of two ending there (`不超过`,
/// `超过`), the later in [`COMPARATORS`]. Only the positions of [`COMPARATOR_HEADS`] are tried.
pub fn comparator(clause: &str) -> Option<Qualifier> {
    COMPARATOR_HEADS
        .candidates(clause)
        .flat_map(|(k, _)| COMPARATORS.iter().enumerate().filter(move |(_, (w, _))| super::words::has_prefix(&clause[k..], w)).map(move |(n, &(w, q))| (k + w.len(), n, q)))
        .max_by_key(|&(end, n, _)| (end, n))
        .map(|(.., q)| q)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_longest_first() {
        assert_eq!(prefix("每户补贴不超过"), Some((AtMost, "不超过".len())));
        assert_eq!(prefix("累计超过"), Some((MoreThan, "超过".len())));
        assert_eq!(prefix("年产值突破"), Some((MoreThan, "突破".len())));
        assert_eq!(prefix("覆盖约"), Some((Approx, "约".len())));
        assert_eq!(prefix("收入不足"), Some((LessThan, "不足".len())));
        assert_eq!(prefix("全年共有"), None);
        assert_eq!(prefix("浮尘不得高于"), Some((AtMost, "不得高于".len())));
        assert_eq!(prefix("培训不能少于"), Some((AtLeast, "不能少于".len())));
        assert_eq!(prefix("验收合格率≥"), Some((AtLeast, "≥".len())));
        assert_eq!(prefix("补助标准　≤"), Some((AtMost, "≤".len())));
    }

    #[test]
    fn suffixes() {
        assert_eq!(suffix("左右的农户"), Some((Approx, "左右".len(), true)));
        assert_eq!(suffix("以上的老人").unwrap().0, AtLeast);
        assert_eq!(suffix("以下的救助").unwrap().0, AtMost);
        assert_eq!(suffix("的老人"), None);
    }

    #[test]
    fn every_prefix_ends_in_the_table() {
        for (w, _) in PREFIXES {
            assert!(PREFIX_ENDS.may_start(w.chars().next_back().unwrap()), "{w}");
        }
        assert_eq!(prefix("全年共有"), None);
    }

    #[test]
    fn every_comparator_starts_with_a_head() {
        for (w, _) in COMPARATORS {
            assert!(COMPARATOR_HEADS.may_start(w.chars().next().unwrap()), "{w}");
        }
    }

    #[test]
    fn adverbs_before_a_verb_end_in_the_four_characters_tested_first() {
        for w in BEFORE_VERB {
            assert!(w.ends_with(['少', '多', '高', '低']), "{w}");
        }
        assert_eq!(adverb_before_verb("每月至少走访"), Some(AtLeast));
    }

    #[test]
    fn comparator_far_back() {
        assert_eq!(comparator("人均收入低于全省平均水平"), Some(LessThan));
        assert_eq!(comparator("低于甲不超过乙"), Some(MoreThan), "the later word of two ending together");
        assert_eq!(comparator("不超过乙，低于甲"), Some(LessThan));
        assert_eq!(comparator("人均收入达到"), None);
    }
}
