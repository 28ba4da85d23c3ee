//! Numerals as Chinese news prints them: Arabic digits (half- or full-width, with decimals and
//! thousands separators) and Chinese numerals (三千余, 二〇二〇, 两, 百分之九十's 九十).
//!
//! The reader only reads; whether a number is a quantity, a year or part of a name is decided by
//! the stages that use it ([`crate::quantity`], [`crate::time`], [`crate::program`]).

/// The digit value of an Arabic digit, half- or full-width.
#[inline]
pub const fn arabic_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// The value of a Chinese digit. `○` (U+25CB WHITE CIRCLE) stands in for `〇` on many pages.
pub const fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '○' | '零' | 'Ｏ' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '贰' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The multiplier of a Chinese unit character inside a numeral.
pub const fn chinese_unit(c: char) -> Option<u64> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1_000,
        '万' => 10_000,
        '亿' => 100_000_000,
        _ => return None,
    })
}

/// The formal (banker's) numerals `壹贰叁肆伍陆柒捌玖拾佰仟`. Each is also an ordinary character
/// of common words (`队伍`, `大陆`, `收拾`), so a reader must check what stands before one.
pub fn is_formal(c: char) -> bool {
    matches!(c, '壹' | '贰' | '叁' | '肆' | '伍' | '陆' | '柒' | '捌' | '玖' | '拾' | '佰' | '仟')
}

/// True for a Chinese digit or unit character. Every stage asks this of nearly every character
/// of the text, so the CJK block is answered from a table built at compile time.
#[inline]
pub fn is_chinese_numeral_char(c: char) -> bool {
    match c as u32 {
        u @ CJK_START..CJK_END => {
            let k = (u - CJK_START) as usize;
            CJK_NUMERALS[k / 64] >> (k % 64) & 1 == 1
        }
        0..0x80 => false,
        _ => is_numeral_by_match(c),
    }
}

pub(crate) const fn is_numeral_by_match(c: char) -> bool {
    chinese_digit(c).is_some() || chinese_unit(c).is_some()
}

/// The CJK Unified Ideographs block, where all but three numeral characters lie.
const CJK_START: u32 = 0x4E00;
const CJK_END: u32 = 0xA000;

/// One bit per character of the CJK block: set for the numeral characters.
static CJK_NUMERALS: [u64; ((CJK_END - CJK_START) / 64) as usize] = {
    let mut bits = [0u64; ((CJK_END - CJK_START) / 64) as usize];
    let mut u = CJK_START;
    while u < CJK_END {
        if let Some(c) = char::from_u32(u) {
            if is_numeral_by_match(c) {
                let k = (u - CJK_START) as usize;
                bits[k / 64] |= 1 << (k % 64);
            }
        }
        u += 1;
    }
    bits
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Arabic,
    Chinese,
}

/// A numeral read from the start of a string.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    pub value: f64,
    /// Bytes consumed.
    pub len: usize,
    pub script: Script,
}

/// Reads the numeral at the start of `s`, Arabic or Chinese. A trailing `万`/`亿` after Arabic
/// digits is not consumed: it is a multiplier of the unit, which [`crate::quantity`] applies.
pub fn read(s: &str) -> Option<Number> {
    read_arabic(s).or_else(|| read_chinese(s))
}

/// Reads `1,234.5`, `９４０２`, `90.2` at the start of `s`.
pub fn read_arabic(s: &str) -> Option<Number> {
    let mut value: f64 = 0.0;
    let mut len = 0;
    let mut digits = 0;
    let mut chars = s.char_indices().peekable();
    // integer part, with ASCII thousands separators only where exactly three digits follow
    while let Some(&(i, c)) = chars.peek() {
        if let Some(d) = arabic_digit(c) {
            value = value * 10.0 + d as f64;
            digits += 1;
            len = i + c.len_utf8();
            chars.next();
        } else if c == ',' && digits > 0 && thousands_group_follows(&s[i + 1..]) {
            chars.next();
        } else {
            break;
        }
    }
    if digits == 0 {
        return None;
    }
    // fraction
    if let Some(&(i, c)) = chars.peek() {
        if c == '.' || c == '．' {
            let rest = &s[i + c.len_utf8()..];
            let mut scale = 0.1;
            let mut frac_len = 0;
            for (j, d) in rest.char_indices() {
                match arabic_digit(d) {
                    Some(v) => {
                        value += v as f64 * scale;
                        scale /= 10.0;
                        frac_len = j + d.len_utf8();
                    }
                    None => break,
                }
            }
            if frac_len > 0 {
                len = i + c.len_utf8() + frac_len;
                value = round_decimal(value, frac_len);
            }
        }
    }
    Some(Number { value, len, script: Script::Arabic })
}

fn thousands_group_follows(s: &str) -> bool {
    let mut it = s.chars();
    let three = (0..3).all(|_| it.next().and_then(arabic_digit).is_some());
    three && it.next().is_none_or(|c| arabic_digit(c).is_none())
}

/// Removes binary noise from a decimal built digit by digit (`236.67` stays `236.67`).
fn round_decimal(v: f64, places: usize) -> f64 {
    let p = 10f64.powi(places.min(12) as i32);
    (v * p).round() / p
}

/// The longest run of Chinese numeral characters read as one numeral. The reader shortens a run
/// that does not parse one character at a time, so an unbounded run (a page of `一一一…`)
/// would cost time quadratic in its length; no numeral a page prints comes near this length.
const MAX_CHINESE_CHARS: usize = 32;

/// Reads the longest Chinese numeral at the start of `s`: positional (`三千五百`, `十九`,
/// `一亿二千万`) or a digit string (`二〇二〇`). `None` when the run does not parse.
pub fn read_chinese(s: &str) -> Option<Number> {
    let len: usize = s
        .chars()
        .take_while(|&c| is_chinese_numeral_char(c))
        .take(MAX_CHINESE_CHARS)
        .map(char::len_utf8)
        .sum();
    if len == 0 {
        return None;
    }
    // Shorten from the right until the run parses: `三五` does not, `三` does.
    let mut end = len;
    while end > 0 {
        if let Some(v) = chinese_int(&s[..end]) {
            return Some(Number { value: v as f64, len: end, script: Script::Chinese });
        }
        end -= s[..end].chars().next_back().map_or(1, char::len_utf8);
    }
    None
}

/// Parses a whole string as a Chinese integer: `六` → 6, `十` → 10, `二十五` → 25,
/// `三千零二` → 3002, `二〇二〇` → 2020, `一亿二千万` → 120000000.
pub fn chinese_int(s: &str) -> Option<u64> {
    if s.is_empty() || !s.chars().all(is_chinese_numeral_char) {
        return None;
    }
    let several = s.chars().nth(1).is_some();
    if several && s.chars().all(|c| chinese_digit(c).is_some()) {
        // a digit string: only as a year or code (二〇二〇), never `两两` or `三五`
        if s.contains('两') || !s.contains(['〇', '○', '零', 'Ｏ']) && s.chars().nth(3).is_none() {
            return None;
        }
        return s.chars().try_fold(0u64, |acc, c| acc.checked_mul(10)?.checked_add(chinese_digit(c)?.into()));
    }
    let mut total: u64 = 0; // completed 亿 groups
    let mut section: u64 = 0; // below 万 or 亿
    let mut number: Option<u64> = None; // the pending digit
    let mut last_unit = u64::MAX; // units must fall within a section
    for c in s.chars() {
        if let Some(d) = chinese_digit(c) {
            if number.is_some_and(|n| n != 0) {
                return None; // two digits in a row: 三五
            }
            number = Some(d as u64);
        } else if let Some(u) = chinese_unit(c) {
            match u {
                10 | 100 | 1_000 => {
                    if u >= last_unit {
                        return None;
                    }
                    last_unit = u;
                    let n = match number {
                        Some(n) => n,
                        None if u == 10 => 1, // 十 = 10, 二十 = 20
                        None => return None,
                    };
                    section = section.checked_add(n.checked_mul(u)?)?;
                    number = None;
                }
                10_000 => {
                    let group = section + number.unwrap_or(0);
                    if group == 0 {
                        return None;
                    }
                    total = total.checked_add(group.checked_mul(10_000)?)?;
                    section = 0;
                    number = None;
                    last_unit = u64::MAX;
                }
                _ => {
                    let group = total + section + number.unwrap_or(0);
                    if group == 0 {
                        return None;
                    }
                    total = group.checked_mul(100_000_000)?;
                    section = 0;
                    number = None;
                    last_unit = u64::MAX;
                }
            }
        }
    }
    total.checked_add(section)?.checked_add(number.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_with_separators_decimals_and_full_width() {
        assert_eq!(read_arabic("9402人次").unwrap().value, 9402.0);
        assert_eq!(read_arabic("9402人次").unwrap().len, 4);
        assert_eq!(read_arabic("1,234,567元").unwrap().value, 1234567.0);
        assert_eq!(read_arabic("236.67公里").unwrap().value, 236.67);
        assert_eq!(read_arabic("９４０２人").unwrap().value, 9402.0);
        assert_eq!(read_arabic("９４．５%").unwrap().value, 94.5);
        // a comma that is not a thousands separator ends the number
        assert_eq!(read_arabic("200,30户").unwrap().value, 200.0);
        assert_eq!(read_arabic("3.").unwrap().len, 1);
        assert!(read_arabic("元").is_none());
    }

    #[test]
    fn the_numeral_table_agrees_with_the_readers() {
        let numerals = (0..0x11_0000).filter_map(char::from_u32).filter(|&c| is_chinese_numeral_char(c));
        let expected = (0..0x11_0000).filter_map(char::from_u32).filter(|&c| is_numeral_by_match(c));
        assert!(numerals.eq(expected));
        assert!(is_chinese_numeral_char('亿') && is_chinese_numeral_char('○') && !is_chinese_numeral_char('年'));
    }

    #[test]
    fn chinese_positional() {
        assert_eq!(chinese_int("六"), Some(6));
        assert_eq!(chinese_int("十"), Some(10));
        assert_eq!(chinese_int("十九"), Some(19));
        assert_eq!(chinese_int("二十五"), Some(25));
        assert_eq!(chinese_int("三千零二"), Some(3002));
        assert_eq!(chinese_int("两"), Some(2));
        assert_eq!(chinese_int("一亿二千万"), Some(120_000_000));
        assert_eq!(chinese_int("九十"), Some(90));
        assert_eq!(chinese_int("三万"), Some(30_000));
    }

    #[test]
    fn chinese_digit_strings_are_years_only() {
        assert_eq!(chinese_int("二〇二〇"), Some(2020));
        assert_eq!(chinese_int("二○二○"), Some(2020)); // U+25CB
        assert_eq!(chinese_int("三五"), None);
        assert_eq!(chinese_int("两两"), None);
        assert_eq!(chinese_int("二〇二〇二〇二〇二〇二〇二〇二〇二〇二〇"), None, "beyond u64");
    }

    #[test]
    fn a_long_run_is_read_in_bounded_time() {
        let run = "一".repeat(200_000);
        // twenty 一 still fit a u64 as a digit string; longer prefixes do not
        assert_eq!(read_chinese(&run).unwrap().len, 20 * '一'.len_utf8());
        let n = read_chinese(&"零".repeat(100)).unwrap();
        assert_eq!((n.value, n.len), (0.0, MAX_CHINESE_CHARS * '零'.len_utf8()));
    }

    #[test]
    fn read_chinese_takes_the_longest_run_that_parses() {
        let n = read_chinese("三千余人").unwrap();
        assert_eq!((n.value, n.len), (3000.0, "三千".len()));
        let n = read_chinese("三五个").unwrap();
        assert_eq!(n.value, 3.0);
        assert!(read_chinese("百").is_none());
        assert!(read("人").is_none());
    }
}
