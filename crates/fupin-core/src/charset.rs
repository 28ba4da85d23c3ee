//! Sets of characters asked about character by character in inner loops: marker lists written
//! as strings (`省市县区`), and the first characters of word lists. A bit test rules out most
//! characters at once, where `str::contains` would set up a substring search for each.

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
    chars: &'static str,
}

impl CharSet {
    pub(crate) const fn new(chars: &'static str) -> Self {
        let mut bits = CharBits([0; 16]);
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
            i += len;
        }
        CharSet { bits, chars }
    }

    pub(crate) fn contains(&self, c: char) -> bool {
        self.bits.may_hold(c) && self.chars.contains(c)
    }
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
