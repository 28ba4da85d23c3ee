//! Searches for short words in short texts. The phrases the rules look into are a clause long
//! and the words two or three characters, so a plain scan that compares the first byte before
//! the rest beats `str::find`, which sets up a two-way searcher for every word it is given.

/// Byte offset of the first place in `hay` where one of `words` starts.
pub fn find_any<'w>(hay: &str, words: impl IntoIterator<Item = &'w str, IntoIter: Clone>) -> Option<usize> {
    let (b, words) = (hay.as_bytes(), words.into_iter());
    (0..b.len()).find(|&k| words.clone().any(|w| starts_at(b, k, w.as_bytes())))
}

/// Byte offset of the last place in `hay` where `word` starts.
pub fn rfind(hay: &str, word: &str) -> Option<usize> {
    let (b, w) = (hay.as_bytes(), word.as_bytes());
    (0..=b.len().checked_sub(w.len())?).rev().find(|&k| starts_at(b, k, w))
}

/// Byte offset of the first place in `hay` where `word` starts.
pub fn find(hay: &str, word: &str) -> Option<usize> {
    find_any(hay, [word])
}

/// True when `word` occurs in `hay`.
pub fn contains(hay: &str, word: &str) -> bool {
    find(hay, word).is_some()
}

/// True when one of `words` occurs in `hay`.
pub fn contains_any(hay: &str, words: &[&str]) -> bool {
    find_any(hay, words.iter().copied()).is_some()
}

fn starts_at(b: &[u8], k: usize, w: &[u8]) -> bool {
    w.first().is_none_or(|&first| b[k] == first) && b[k..].starts_with(w)
}

/// The CJK Unified Ideographs block, where the first characters of the rules' words lie.
const CJK_START: u32 = 0x4E00;
const CJK_END: u32 = 0xA000;

/// The characters that words of a list start with, as one bit per character of the CJK block,
/// built at compile time. A text position whose character is not among them cannot start any
/// of the words, which a scan tests before comparing the words one by one.
pub struct Heads {
    bits: [u64; ((CJK_END - CJK_START) / 64) as usize],
    /// Some word starts outside the CJK block: such characters are always candidates.
    other: bool,
}

impl Heads {
    pub const fn of(words: &[&str]) -> Heads {
        let mut heads = Heads { bits: [0; ((CJK_END - CJK_START) / 64) as usize], other: false };
        let mut i = 0;
        while i < words.len() {
            let b = words[i].as_bytes();
            // a three-byte UTF-8 sequence: 1110xxxx 10xxxxxx 10xxxxxx
            if b.len() >= 3 && b[0] & 0xF0 == 0xE0 {
                let u = ((b[0] & 0x0F) as u32) << 12 | ((b[1] & 0x3F) as u32) << 6 | (b[2] & 0x3F) as u32;
                if u >= CJK_START && u < CJK_END {
                    let k = (u - CJK_START) as usize;
                    heads.bits[k / 64] |= 1 << (k % 64);
                } else {
                    heads.other = true;
                }
            } else if !b.is_empty() {
                heads.other = true;
            }
            i += 1;
        }
        heads
    }

    /// False when no word of the list starts with `c`.
    pub fn may_start(&self, c: char) -> bool {
        match c as u32 {
            u @ CJK_START..CJK_END => {
                let k = (u - CJK_START) as usize;
                self.bits[k / 64] >> (k % 64) & 1 == 1
            }
            _ => self.other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_agree_with_str() {
        let hay = "全县累计投入资金，累计达到";
        assert_eq!(find_any(hay, ["投入", "累计"]), hay.find("累计"));
        assert_eq!(rfind(hay, "累计"), hay.rfind("累计"));
        assert_eq!(find(hay, "达到"), hay.find("达到"));
        assert_eq!(rfind(hay, "没有"), None);
        assert_eq!(rfind("累", "累计"), None);
        assert!(contains(hay, "资金") && !contains(hay, "资本"));
        assert!(contains_any(hay, &["资本", "达到"]));
        assert_eq!(find_any("", ["累计"]), None);
    }

    #[test]
    fn heads_hold_the_first_characters() {
        const H: Heads = Heads::of(&["提高", "下降"]);
        assert!(H.may_start('提') && H.may_start('下'));
        assert!(!H.may_start('高') && !H.may_start('a'));
        const O: Heads = Heads::of(&["%", "提高"]);
        assert!(O.may_start('a') && !O.may_start('高'));
    }
}
