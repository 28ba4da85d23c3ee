//! Sets of characters asked about character by character in inner loops: marker lists written
//! as strings (`省市县区`), and the first characters of word lists. A bit test rules out most
//! characters at once, where `str::contains` would set up a substring search for each.

/// Whether `text` holds a pipe, `|` or `｜`: two vector searches over its bytes, the full-width
/// one with a finder built once (a search for its last byte, 9C, would stop in many Chinese
/// characters), where `str::contains` decodes every character of the line.
pub(crate) fn holds_pipe(text: &str) -> bool {
    static FULL_WIDTH_PIPE: std::sync::LazyLock<memchr::memmem::Finder<'static>> = std::sync::LazyLock::new(|| memchr::memmem::Finder::new("｜"));
    memchr::memchr(b'|', text.as_bytes()).is_some() || FULL_WIDTH_PIPE.find(text.as_bytes()).is_some()
}

/// Whether `text` holds a wide gap: a tab, an ideographic space or two spaces. Told from the
/// bytes: a subject is tested for one per figure, and few hold any.
pub(crate) fn holds_wide_gap(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr3_iter(b'\t', b' ', 0xE3, b).any(|k| match b[k] {
        b'\t' => true,
        b' ' => b.get(k + 1) == Some(&b' '),
        _ => b.get(k + 1..k + 3) == Some(&[0x80, 0x80][..]),
    })
}

/// Whether `c` is a digit as pages print them: ASCII (`0`–`9`) or full-width (`０`–`９`, as scans
/// and typed documents do).
pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// The largest char boundary of `text` at or below `at`.
pub(crate) fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The smallest char boundary of `text` at or above `at`.
pub(crate) fn ceil_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// `1．某县…`, `２、…`, `3）…`: an item's number of one or two digits (either script) opening
/// `text` after its indent, the mark after it and what follows the mark.
pub(crate) fn item_number(text: &str) -> Option<(char, &str)> {
    let t = text.trim_start_matches([' ', '\u{3000}']);
    let digits = t.chars().take_while(|&c| is_digit(c)).count();
    let (at, mark) = t.char_indices().nth(digits)?;
    (1..=2).contains(&digits).then(|| (mark, &t[at + mark.len_utf8()..]))
}

/// A Han ideograph: the CJK Unified Ideographs, their extension A, and the compatibility
/// ideographs some converters print for ordinary characters. Every stage asks the same question,
/// so a character is Han or not alike for the page layout, names, places and programs.
pub(crate) fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// A bit per character, the code points folded onto 1024 bits: a clear bit says at once that a
/// character is not in the set, a set bit only that it may be.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct CharBits([u64; 16]);

impl CharBits {
    const fn slot(code: u32) -> (usize, u64) {
        let slot = (code % 1024) as usize;
        (slot / 64, 1 << (slot % 64))
    }

    const fn insert_code(&mut self, code: u32) {
        let (word, bit) = Self::slot(code);
        self.0[word] |= bit;
    }

    pub(crate) fn insert(&mut self, c: char) {
        self.insert_code(c as u32);
    }

    pub(crate) fn may_hold(&self, c: char) -> bool {
        let (word, bit) = Self::slot(c as u32);
        self.0[word] & bit != 0
    }
}

/// A short list of characters written as a string (`省市县区`), asked for membership character
/// by character in inner loops: the bits rule out most characters at once, where `str::contains`
/// would set up a substring search for each.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CharSet {
    bits: CharBits,
    /// The code points of a set of at most [`CHAR_SET_CODES`] characters, in order, the slots
    /// past them filled with a value no character has: a character the bits let through is
    /// looked up in them by halves, where `str::contains` reads the whole string for every
    /// character asked about.
    codes: [u32; CHAR_SET_CODES],
    /// How many codes there are; `None` for a longer set, which is searched as a string.
    len: Option<usize>,
    chars: &'static str,
}

/// Most characters of a [`CharSet`] looked up by code (the longest set has 81).
const CHAR_SET_CODES: usize = 96;

impl CharSet {
    pub(crate) const fn new(chars: &'static str) -> Self {
        let mut bits = CharBits([0; 16]);
        let mut codes = [u32::MAX; CHAR_SET_CODES];
        let mut n = 0;
        let bytes = chars.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // Decode one UTF-8 sequence (the string is valid UTF-8): the lead byte says how long
            // it is and gives the top bits, each continuation byte six more.
            let lead = bytes[i];
            let (mut code, len) = match lead {
                0x00..=0x7F => (lead as u32, 1),
                0xC0..=0xDF => ((lead & 0x1F) as u32, 2),
                0xE0..=0xEF => ((lead & 0x0F) as u32, 3),
                _ => ((lead & 0x07) as u32, 4),
            };
            let mut k = 1;
            while k < len {
                code = (code << 6) | (bytes[i + k] & 0x3F) as u32;
                k += 1;
            }
            bits.insert_code(code);
            if n < CHAR_SET_CODES {
                // kept in order as they come: insertion
                let mut j = n;
                while j > 0 && codes[j - 1] > code {
                    codes[j] = codes[j - 1];
                    j -= 1;
                }
                codes[j] = code;
            }
            n += 1;
            i += len;
        }
        let len = if n <= CHAR_SET_CODES { Some(n) } else { None };
        CharSet { bits, codes, len, chars }
    }

    pub(crate) fn contains(&self, c: char) -> bool {
        self.bits.may_hold(c)
            && match self.len {
                Some(n) => self.codes[..n.min(CHAR_SET_CODES)].binary_search(&(c as u32)).is_ok(),
                None => self.chars.contains(c),
            }
    }
}

/// The high bit of each byte of a word.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit set in each byte of `w` that equals `byte`, and no other bit (exact: no carry
/// crosses from one byte into the next).
#[inline(always)]
fn lanes_equal(w: u64, byte: u8) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let v = w ^ (u64::from(byte) * 0x0101_0101_0101_0101);
    // a byte of `v` is zero exactly where `w` holds `byte`
    !(((v & LOW7) + LOW7) | v | LOW7)
}

/// The high bit set in each byte of `w` that may start a mark the searches below look for: an
/// ASCII byte, or E3 or EF, the first bytes of the CJK marks (`。`, `、`, in U+3000 to U+3FFF) and
/// of the full-width forms (`，`, `：`, `！`, `｜`, in U+F000 to U+FFFF). Both always start a
/// character. The common Han characters (first bytes E4 to E9) start with neither; the rare ones
/// of CJK Extension A (U+3400 to U+3FFF) start with E3 and are merely decoded and passed over.
#[inline(always)]
fn mark_starts(w: u64) -> u64 {
    (!w & HIGH) | lanes_equal(w, 0xE3) | lanes_equal(w, 0xEF)
}

/// Whether byte `b` may start such a mark (see [`mark_starts`]).
#[inline(always)]
fn may_start_mark(b: u8) -> bool {
    b.is_ascii() || b == 0xE3 || b == 0xEF
}

/// The character at byte `k` of `s`, a character boundary.
#[inline(always)]
fn char_at(s: &str, k: usize) -> char {
    match s.as_bytes()[k] {
        b if b.is_ascii() => char::from(b),
        _ => s.get(k..).and_then(|rest| rest.chars().next()).unwrap_or_default(),
    }
}

/// `s.find(is_mark)`, for a test true only of ASCII characters, CJK marks and full-width forms
/// (see [`mark_starts`]): eight bytes are looked at a time and only the few that may start such
/// a mark are read as characters, where `str::find` decodes every character of the text.
#[inline]
pub(crate) fn find_mark(s: &str, is_mark: impl Fn(char) -> bool) -> Option<usize> {
    let b = s.as_bytes();
    let mut chunks = b.chunks_exact(8);
    for (n, chunk) in chunks.by_ref().enumerate() {
        let mut hits = mark_starts(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
        while hits != 0 {
            let k = n * 8 + (hits.trailing_zeros() / 8) as usize;
            if is_mark(char_at(s, k)) {
                return Some(k);
            }
            hits &= hits - 1;
        }
    }
    let tail = b.len() - chunks.remainder().len();
    (tail..b.len()).find(|&k| may_start_mark(b[k]) && is_mark(char_at(s, k)))
}

/// `s.rfind(is_mark)`, read as [`find_mark`] reads, from the end.
#[inline]
pub(crate) fn rfind_mark(s: &str, is_mark: impl Fn(char) -> bool) -> Option<usize> {
    let b = s.as_bytes();
    let whole = b.len() / 8 * 8;
    if let Some(k) = (whole..b.len()).rev().find(|&k| may_start_mark(b[k]) && is_mark(char_at(s, k))) {
        return Some(k);
    }
    for (n, chunk) in b[..whole].chunks_exact(8).enumerate().rev() {
        let mut hits = mark_starts(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
        while hits != 0 {
            let j = 7 - (hits.leading_zeros() / 8) as usize;
            let k = n * 8 + j;
            if is_mark(char_at(s, k)) {
                return Some(k);
            }
            hits &= !(0x80 << (8 * j));
        }
    }
    None
}

/// `s.char_indices()`, but a character that cannot be a mark (see [`mark_starts`]) is given as
/// `None`, stepped over by its first byte without being decoded: for a walk that stops only at
/// marks, most of whose characters are Han.
pub(crate) fn mark_indices(s: &str) -> impl Iterator<Item = (usize, Option<char>)> + '_ {
    let b = s.as_bytes();
    let mut k = 0;
    std::iter::from_fn(move || {
        let (at, &lead) = (k, b.get(k)?);
        if may_start_mark(lead) {
            let c = char_at(s, k);
            k += c.len_utf8();
            return Some((at, Some(c)));
        }
        k += match lead {
            0x80..0xE0 => 2,
            0xE0..0xF0 => 3,
            _ => 4,
        };
        Some((at, None))
    })
}

/// Where the first of the first `n` characters of `s` that is no Han character ([`is_han`])
/// stands, as `s.char_indices().take(n).find(|&(_, c)| !is_han(c))` finds it. A first byte E5 to
/// E9 starts a Han character (U+5000 to U+9FFF) and is passed at once; only the others are
/// decoded.
pub(crate) fn first_non_han(s: &str, n: usize) -> Option<(usize, char)> {
    let b = s.as_bytes();
    let mut k = 0;
    for _ in 0..n {
        match b.get(k)? {
            0xE5..=0xE9 => k += 3,
            _ => {
                let c = s.get(k..)?.chars().next()?;
                if !is_han(c) {
                    return Some((k, c));
                }
                k += c.len_utf8();
            }
        }
    }
    None
}

/// Whether one of the first `n` characters of `s` is white space (`char::is_whitespace`). Each
/// character is stepped over by its first byte, and only those whose first byte a white space
/// character can have (ASCII, C2, E1, E2, E3) are decoded.
pub(crate) fn space_within(s: &str, n: usize) -> bool {
    let b = s.as_bytes();
    let mut k = 0;
    for _ in 0..n {
        let Some(&lead) = b.get(k) else { return false };
        let width = match lead {
            b' ' | 0x09..=0x0D => return true,
            0..0x80 => 1,
            0xC2 | 0xE1..=0xE3 if s.get(k..).and_then(|rest| rest.chars().next()).is_some_and(char::is_whitespace) => return true,
            0x80..0xE0 => 2,
            0xE0..0xF0 => 3,
            _ => 4,
        };
        k += width;
    }
    false
}

/// `雨露计划：每生每学期1500元`, `姓名:刘某`: a label of two to `max_chars` Han characters
/// opening `text` before a colon, and the value after it (trimmed, never empty). The colon is
/// looked for within the label's bound only.
pub(crate) fn han_label(text: &str, max_chars: usize) -> Option<(&str, &str)> {
    let head = floor_boundary(text, 3 * (max_chars + 1));
    let colon = find_mark(&text[..head], |c| matches!(c, ':' | '：'))?;
    let label = &text[..colon];
    let value = text[colon..].trim_start_matches([':', '：']).trim();
    let n = label.chars().count();
    ((2..=max_chars).contains(&n) && label.chars().all(is_han) && !value.is_empty()).then_some((label, value))
}

#[cfg(test)]
mod tests {
    #[test]
    fn han_covers_the_unified_blocks_and_compatibility_ideographs() {
        assert!(is_han('扶') && is_han('㐀') && is_han('\u{F900}'));
        assert!(!is_han('a') && !is_han('，') && !is_han('１') && !is_han('\u{20000}'));
    }

    use super::*;

    #[test]
    fn mark_searches_agree_with_the_string_searches() {
        let marks = |c: char| matches!(c, '。' | '！' | '？' | '!' | '?' | ':' | '：' | '|' | '｜' | '、');
        let texts = [
            "",
            "。",
            "a",
            "扶贫车间。就业！",
            "2023年:全县|脱贫？好",
            "一二三四五六七八九十。十一十二十三十四十五",
            "ab:cdefgh|ijklmnopq!",
            "é\u{10000}、扶贫：x？",
            "村里修路，群众满意；“好”",
        ];
        for t in texts {
            assert_eq!(find_mark(t, marks), t.find(marks), "{t}");
            assert_eq!(rfind_mark(t, marks), t.rfind(marks), "{t}");
            for (k, _) in t.char_indices() {
                let s = &t[k..];
                assert_eq!(find_mark(s, marks), s.find(marks), "{s}");
                assert_eq!(rfind_mark(s, marks), s.rfind(marks), "{s}");
                let s = &t[..k];
                assert_eq!(find_mark(s, marks), s.find(marks), "{s}");
                assert_eq!(rfind_mark(s, marks), s.rfind(marks), "{s}");
            }
        }
    }

    #[test]
    fn mark_indices_give_the_marks_and_the_places_of_every_character() {
        for t in ["", "扶贫。车间！", "a，é\u{10000}、扶：x？", "一二三"] {
            let slow: Vec<(usize, Option<char>)> = t.char_indices().map(|(k, c)| (k, may_start_mark(t.as_bytes()[k]).then_some(c))).collect();
            assert_eq!(mark_indices(t).collect::<Vec<_>>(), slow, "{t}");
        }
    }

    #[test]
    fn first_non_han_agrees_with_the_characters() {
        for t in ["", "扶贫车间", "扶贫 车间", "㐀一丐\u{4DC0}x", "\u{F900}乡a", "é扶", "一二三四五六七八九十百千"] {
            for n in 0..14 {
                assert_eq!(first_non_han(t, n), t.char_indices().take(n).find(|&(_, c)| !is_han(c)), "{t} {n}");
            }
        }
    }

    #[test]
    fn space_within_agrees_with_the_characters() {
        let texts = ["", "扶贫 车间", "扶贫\u{3000}车间", "a\tb", "é\u{a0}x", "扶贫车间主任", "\u{2003}", "\u{10000}\u{1680}", "一二三四五六七八 九"];
        for t in texts {
            for n in 0..12 {
                assert_eq!(space_within(t, n), t.chars().take(n).any(char::is_whitespace), "{t} {n}");
            }
        }
    }

    #[test]
    fn marks_start_with_the_bytes_the_searches_stop_at() {
        for c in ['。', '、', '！', '？', '，', '：', '；', '｜', '（', '）'] {
            let mut buf = [0; 4];
            assert!(may_start_mark(c.encode_utf8(&mut buf).as_bytes()[0]), "{c}");
        }
    }

    #[test]
    fn char_set_holds_exactly_its_characters() {
        let set = CharSet::new("a省市ё😀");
        for c in ['a', '省', '市', 'ё', '😀'] {
            assert!(set.contains(c), "{c}");
        }
        // The last one shares its bit with 省: the bits alone would say yes.
        for c in ['b', '县', '区', '\u{0}', char::from_u32('省' as u32 + 1024).unwrap()] {
            assert!(!set.contains(c), "{c}");
        }
    }

    #[test]
    fn long_char_sets_hold_exactly_their_characters() {
        // more than thirty-two characters: looked up by halves
        static LONG: CharSet = CharSet::new("一二三四五六七八九十百千万亿甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥");
        for c in "一二三四五六七八九十百千万亿甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥".chars() {
            assert!(LONG.contains(c), "{c}");
        }
        for c in ['零', 'a', '县', '\0'] {
            assert!(!LONG.contains(c), "{c}");
        }
    }

    #[test]
    fn char_sets_hold_exactly_their_characters() {
        static SET: CharSet = CharSet::new("a、在é");
        for c in ['a', '、', '在', 'é'] {
            assert!(SET.contains(c), "{c}");
        }
        for c in ['b', '，', '到', '\u{1F600}', '\0'] {
            assert!(!SET.contains(c), "{c}");
        }
    }
}
