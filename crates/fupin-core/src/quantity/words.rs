//! Searches for short words in short texts. The phrases the rules look into are a clause long
//! and the words two or three characters, so a plain scan that compares the first byte before
//! the rest beats `str::find`, which sets up a two-way searcher for every word it is given.

/// Byte offset of the first place in `hay` where one of `words` starts. Inlined, as [`find`]
/// is: a copy shared by callers of different words compared them several times slower.
#[inline]
pub fn find_any<'w>(hay: &str, words: impl IntoIterator<Item = &'w str, IntoIter: Clone>) -> Option<usize> {
    let (b, words) = (hay.as_bytes(), words.into_iter());
    // a word starts on a character boundary: continuation bytes (10xxxxxx) are passed over
    (0..b.len()).find(|&k| (b[k] as i8) >= -0x40 && words.clone().any(|w| starts_at(b, k, w.as_bytes())))
}

/// Byte offset of the last place in `hay` where `word` starts. The text is searched backward
/// for the word's last byte (in Chinese a continuation byte, one of sixty-four), and only where
/// that stands is the word compared: a byte-by-byte walk tested every position.
pub fn rfind(hay: &str, word: &str) -> Option<usize> {
    let (b, w) = (hay.as_bytes(), word.as_bytes());
    let Some(&last) = w.last() else { return Some(b.len()) };
    let mut end = b.len();
    while let Some(j) = memchr::memrchr(last, &b[..end]) {
        let k = (j + 1).checked_sub(w.len())?;
        if starts_at(b, k, w) {
            return Some(k);
        }
        end = j;
    }
    None
}

/// True when `word` occurs in `hay`, for a word whose last byte is rare in the text (`"  "` in
/// Chinese prose): [`rfind`] skips to the places of that byte with one vector search, cheaper
/// there than `str::contains`, and [`contains`] compares at every byte.
pub fn occurs(hay: &str, word: &str) -> bool {
    rfind(hay, word).is_some()
}

/// Byte offset of the first place in `hay` where `word` starts. Inlined so each caller
/// compares against its own word, known when it is compiled: called out of line, the walk
/// over the text cost several times as much.
#[inline]
pub fn find(hay: &str, word: &str) -> Option<usize> {
    find_any(hay, [word])
}

/// [`find`] by a vector search for the word's last byte (in Chinese a continuation byte, one of
/// sixty-four), the word compared only where that stands: over a stretch of a dozen characters
/// or more, cheaper than [`find`]'s walk, which compares at every byte.
pub fn find_by_last(hay: &str, word: &str) -> Option<usize> {
    let (b, w) = (hay.as_bytes(), word.as_bytes());
    let Some(&last) = w.last() else { return find(hay, word) };
    // the first end of the word is that of its first place: its first byte starts a character
    memchr::memchr_iter(last, b).find_map(|j| (j + 1).checked_sub(w.len()).filter(|&k| starts_at(b, k, w)))
}

/// True when `word` occurs in `hay`.
pub fn contains(hay: &str, word: &str) -> bool {
    find(hay, word).is_some()
}

/// True when one of `words` occurs in `hay`.
pub fn contains_any(hay: &str, words: &[&str]) -> bool {
    find_any(hay, words.iter().copied()).is_some()
}

/// True when one of `words` occurs in `hay`, by `packed`, a vector search set up once for
/// them (`None` where the machine has none: then [`contains_any`]). For a dozen words or
/// more, over a stretch of text a rule reads whole.
pub fn contains_any_packed(hay: &str, words: &[&str], packed: &Option<aho_corasick::packed::Searcher>) -> bool {
    match packed {
        Some(search) => search.find(hay).is_some(),
        None => contains_any(hay, words),
    }
}

fn starts_at(b: &[u8], k: usize, w: &[u8]) -> bool {
    bytes_start(&b[k..], w)
}

/// `s.starts_with(w)`, compared byte by byte in line: the words of the rules are a few bytes
/// long and most differ from the text within their first character, where a call to
/// `memcmp` would cost more than the whole test.
#[inline]
pub fn has_prefix(s: &str, w: &str) -> bool {
    bytes_start(s.as_bytes(), w.as_bytes())
}

/// `s.ends_with(w)`, compared as [`has_prefix`] compares.
#[inline]
pub fn has_suffix(s: &str, w: &str) -> bool {
    let (s, w) = (s.as_bytes(), w.as_bytes());
    s.len() >= w.len() && s.iter().rev().zip(w.iter().rev()).all(|(a, b)| a == b)
}

#[inline]
fn bytes_start(s: &[u8], w: &[u8]) -> bool {
    s.len() >= w.len() && s.iter().zip(w).all(|(a, b)| a == b)
}

/// The characters written in three UTF-8 bytes (U+0800 to U+FFFF, Chinese among them), one
/// bit each, in words of 64 indexed by the code point's upper ten bits, which are the low bits
/// of the first two bytes (the table turned round as [`word_of`] says).
const BMP_END: u32 = 0x1_0000;
const BMP_WORDS: usize = (BMP_END / 64) as usize;

/// The word of the table that holds the bit of the three-byte character with first bytes `x`
/// and `y`: the two bytes read as one number, `x << 6` plus `y`, modulo the table's size. For a
/// lead byte and a continuation byte that is the code point's upper ten bits plus 128, so the
/// table is stored turned round by 128 words; the scan then spares masking the two bytes and
/// joining their bits, a third of its work a character.
#[inline]
const fn word_of(x: u8, y: u8) -> usize {
    ((x as usize) << 6).wrapping_add(y as usize) & (BMP_WORDS - 1)
}

/// [`word_of`] for a code point from U+0800 to U+FFFF.
const fn word_of_code(u: u32) -> usize {
    ((u / 64) as usize + 128) & (BMP_WORDS - 1)
}

/// The words of [`Heads::folded`]: sixteen, indexed by bits 6 to 9 of a code point, which are
/// the low bits of the middle byte of its three.
const FOLDED_WORDS: usize = 16;

/// The words of a table of `(word, value)` rows, for building [`Heads`] at compile time.
pub(crate) const fn words_of<T, const N: usize>(table: &[(&'static str, T); N]) -> [&'static str; N] {
    let mut words = [""; N];
    let mut i = 0;
    while i < N {
        words[i] = table[i].0;
        i += 1;
    }
    words
}

/// The characters that words of a list start with, as one bit per ASCII character and per
/// three-byte character, built at compile time. A text position whose character is not
/// among them cannot start any of the words, which a scan tests before comparing the words one
/// by one; [`Heads::candidates`] walks a text's bytes and stops only at such positions, without
/// decoding the characters in between.
pub struct Heads {
    ascii: u128,
    bmp: [u64; BMP_WORDS],
    /// The three-byte characters again, folded onto 1,024 bits by the low ten bits of their
    /// code point (the low bits of their last two bytes): two cache lines where the table above
    /// spreads a page's characters over fifty. The scan tests a character here first and goes to
    /// the table only when its bit is set, which for a list of a few dozen first characters
    /// leaves out all but a few in a hundred of the others.
    folded: [u64; FOLDED_WORDS],
    /// Some word starts with a character outside both: such characters are always candidates.
    other: bool,
}

impl Heads {
    const EMPTY: Heads = Heads { ascii: 0, bmp: [0; BMP_WORDS], folded: [0; FOLDED_WORDS], other: false };

    pub const fn of(words: &[&str]) -> Heads {
        let mut heads = Heads::EMPTY;
        let mut i = 0;
        while i < words.len() {
            let b = words[i].as_bytes();
            if b.is_empty() {
                // an empty word starts everywhere
                heads.ascii = u128::MAX;
                heads.other = true;
            } else if b[0] < 0x80 {
                heads.ascii |= 1 << b[0];
            } else if b[0] & 0xF0 == 0xE0 {
                heads = heads.with(decode3(b[0], b[1], b[2]));
            } else {
                heads.other = true;
            }
            i += 1;
        }
        heads
    }

    /// The characters that words of a list end with, in the same table: `may_start` then
    /// tells whether a text may end with one of the words.
    pub const fn of_last(words: &[&str]) -> Heads {
        let mut heads = Heads::EMPTY;
        let mut i = 0;
        while i < words.len() {
            let b = words[i].as_bytes();
            let n = b.len();
            if n == 0 {
                heads.ascii = u128::MAX;
                heads.other = true;
            } else if b[n - 1] < 0x80 {
                heads.ascii |= 1 << b[n - 1];
            } else if n >= 3 && b[n - 3] & 0xF0 == 0xE0 {
                heads = heads.with(decode3(b[n - 3], b[n - 2], b[n - 1]));
            } else {
                heads.other = true;
            }
            i += 1;
        }
        heads
    }

    /// The same set with the first characters of `words` added.
    pub const fn and(mut self, words: &[&str]) -> Heads {
        let more = Heads::of(words);
        self.ascii |= more.ascii;
        self.other |= more.other;
        let mut i = 0;
        while i < BMP_WORDS {
            self.bmp[i] |= more.bmp[i];
            if i < FOLDED_WORDS {
                self.folded[i] |= more.folded[i];
            }
            i += 1;
        }
        self
    }

    /// The same set with every numeral character added (`crate::numeral`).
    pub const fn with_numerals(mut self) -> Heads {
        self.ascii |= ((1 << 10) - 1) << b'0';
        // the CJK block, then the blocks of `○`, `〇` and the full-width digits and `Ｏ`
        let ranges = [(0x4E00, 0xA000), (0x25C0, 0x25D0), (0x3000, 0x3010), (0xFF10, 0xFF30)];
        let mut r = 0;
        while r < ranges.len() {
            let mut u = ranges[r].0;
            while u < ranges[r].1 {
                if let Some(c) = char::from_u32(u) {
                    if crate::numeral::is_numeral_by_match(c) || crate::numeral::arabic_digit(c).is_some() {
                        self = self.with(u);
                    }
                }
                u += 1;
            }
            r += 1;
        }
        self
    }

    const fn with(mut self, u: u32) -> Heads {
        if u >= 0x800 && u < BMP_END {
            self.bmp[word_of_code(u)] |= 1 << (u % 64);
            self.folded[(u as usize >> 6) % FOLDED_WORDS] |= 1 << (u % 64);
        } else if u >= 0x80 {
            self.other = true;
        }
        self
    }

    /// False when no word of the list starts with `c`.
    pub fn may_start(&self, c: char) -> bool {
        self.may_start_code(c as u32)
    }

    fn may_start_code(&self, u: u32) -> bool {
        match u {
            0..0x80 => self.ascii >> u & 1 == 1,
            0x800..BMP_END => self.bmp[word_of_code(u)] >> (u % 64) & 1 == 1,
            _ => self.other,
        }
    }

    /// Every `(offset, char)` of `text` whose character may start one of the words, in order.
    pub fn candidates<'t>(&'t self, text: &'t str) -> impl Iterator<Item = (usize, char)> + 't {
        let mut from = 0;
        std::iter::from_fn(move || {
            let (at, c) = self.next_candidate(text, from)?;
            from = at + c.len_utf8();
            Some((at, c))
        })
    }

    /// The first candidate at or after byte `from` (a character boundary). Chinese text is
    /// mostly three-byte sequences: an inner loop takes them three bytes at a time, tested
    /// without building the character; any other character leaves it for one step.
    fn next_candidate(&self, text: &str, mut k: usize) -> Option<(usize, char)> {
        let b = text.as_bytes();
        loop {
            // the rest of the text in steps of three bytes, with no bound tested a step
            for chunk in b.get(k..)?.chunks_exact(3) {
                let &[x, y, z] = chunk else { break };
                // the width of a UTF-8 sequence is told by its first byte (valid text)
                if x & 0xF0 != 0xE0 {
                    break;
                }
                let folded = self.folded[usize::from(y) % FOLDED_WORDS] >> (z & 0x3F) & 1 == 1;
                if folded && self.bmp[word_of(x, y)] >> (z & 0x3F) & 1 == 1 {
                    return char::from_u32(decode3(x, y, z)).map(|c| (k, c));
                }
                k += 3;
            }
            let c = text.get(k..)?.chars().next()?;
            if self.may_start(c) {
                return Some((k, c));
            }
            k += c.len_utf8();
        }
    }
}

/// The code point of a three-byte UTF-8 sequence.
const fn decode3(b0: u8, b1: u8, b2: u8) -> u32 {
    ((b0 & 0x0F) as u32) << 12 | ((b1 & 0x3F) as u32) << 6 | (b2 & 0x3F) as u32
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
        for h in ["", "累", "累计", "计累计计", "aa计累", "累计累计", hay] {
            for w in ["", "a", "计", "累计", "计累", "达到"] {
                assert_eq!(find_by_last(h, w), find(h, w), "{h} {w}");
            }
        }
        assert_eq!(rfind(hay, "没有"), None);
        assert_eq!(rfind("累", "累计"), None);
        for hay in ["", "a", "累计", "计累计计", "aa计累", "累计累计"] {
            for w in ["", "a", "计", "累计", "计累", "累计累计"] {
                assert_eq!(rfind(hay, w), hay.rfind(w), "{hay} {w}");
            }
        }
        assert!(contains(hay, "资金") && !contains(hay, "资本"));
        assert!(occurs(hay, "资金") && !occurs(hay, "资本") && occurs(hay, "") && !occurs("", "累"));
        assert!(contains_any(hay, &["资本", "达到"]));
        assert_eq!(find_any("", ["累计"]), None);
    }

    #[test]
    fn prefixes_and_suffixes_agree_with_str() {
        for s in ["", "累", "累计", "累计达到", "a累"] {
            for w in ["", "累", "累计", "计", "达到", "a", "累计达到了"] {
                assert_eq!(has_prefix(s, w), s.starts_with(w), "{s} {w}");
                assert_eq!(has_suffix(s, w), s.ends_with(w), "{s} {w}");
            }
        }
    }

    #[test]
    fn heads_hold_the_first_characters() {
        const H: Heads = Heads::of(&["提高", "下降"]);
        assert!(H.may_start('提') && H.may_start('下'));
        assert!(!H.may_start('高') && !H.may_start('a'));
        const O: Heads = Heads::of(&["%", "提高", "ü"]);
        assert!(O.may_start('%') && !O.may_start('a') && O.may_start('é') && !O.may_start('高'));
    }

    #[test]
    fn numerals_are_exactly_the_readers_numerals() {
        static N: Heads = Heads::of(&[]).with_numerals();
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            let numeral = crate::numeral::arabic_digit(c).is_some() || crate::numeral::is_chinese_numeral_char(c);
            assert_eq!(N.may_start(c), numeral, "{c}");
        }
    }

    #[test]
    fn last_characters() {
        const L: Heads = Heads::of_last(&["提高", "a", "é"]);
        assert!(L.may_start('高') && L.may_start('a') && L.may_start('ü'));
        assert!(!L.may_start('提') && !L.may_start('b'));
    }

    #[test]
    fn candidates_are_the_positions_a_word_may_start() {
        static H: Heads = Heads::of(&["提高", "a", "é"]).with_numerals();
        let text = "xa提高é5二，Ｏ高";
        let expected: Vec<(usize, char)> = text.char_indices().filter(|&(_, c)| H.may_start(c)).collect();
        assert_eq!(H.candidates(text).collect::<Vec<_>>(), expected);
        let got: Vec<char> = expected.iter().map(|&(_, c)| c).collect();
        assert_eq!(got, ['a', '提', 'é', '5', '二', 'Ｏ']);
        assert_eq!(H.candidates("").count(), 0);
    }

    #[test]
    fn the_folded_bits_pass_every_character_the_table_holds() {
        static H: Heads = Heads::of(&["提高", "下降", "村"]).with_numerals().and(&["扶贫"]);
        for c in ('\u{800}'..='\u{FFFF}').filter(|c| c.len_utf8() == 3) {
            let text = c.to_string();
            assert_eq!(H.candidates(&text).next().is_some(), H.may_start(c), "{c:?}");
        }
    }
}
