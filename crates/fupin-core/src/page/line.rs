//! The page as trimmed lines with their byte offsets, and the character classes the layout rules
//! are written in.

use crate::model::Span;

/// One non-blank line of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    /// The trimmed line without Markdown heading marks (`## `).
    pub text: &'a str,
    /// Byte offset of `text` in the input.
    pub start: usize,
    /// The whole trimmed line, marks included: what a discard or an article span covers.
    pub raw: Span,
    /// Markdown heading level (`#` = 1, `##` = 2 …); 0 for a plain line.
    pub level: u8,
    /// Blank lines between this line and the one before. Page converters set pictures and their
    /// captions apart with more than one.
    pub gap: usize,
    /// The line was printed indented (`　　２０２４年，…`), as a scan or a typed document sets
    /// the first line of each paragraph.
    pub indented: bool,
}

/// Whitespace as scrapes print it: Unicode spaces plus the byte-order mark some exports keep.
/// Every blank beyond ASCII but the mark lies at or below U+3000, the ideographic space: a Han
/// character or a full-width mark, which most texts end with, is turned away by one comparison.
fn is_blank(c: char) -> bool {
    match c {
        ' ' | '\t'..='\r' => true,
        '\0'..='\x7f' => false,
        '\u{feff}' => true,
        c => c <= '\u{3000}' && (c.is_whitespace() || c == '\u{200b}'),
    }
}

/// Splits `input` into its non-blank lines. `\r\n`, `\r` and `\n` all end a line. Text a
/// converter wrapped at a fixed width is read back into its paragraphs first ([`unwrap`]).
pub(crate) fn lines(input: &str) -> Vec<Line<'_>> {
    let physical = physical_lines(input);
    let wrap = wrap_of(input, &physical);
    let lines = if wrap.width.is_some() || wrap.chars.is_some() { unwrap(input, physical, wrap) } else { physical };
    quote_boxes(input, lines)
}

/// Most lines between the marks of a boxed quote.
const MAX_BOXED_QUOTE_LINES: usize = 8;

/// A pull quote set in a box whose quotation marks stand on lines of their own (`“` / three
/// lines of the quote / `”`): one line from mark to mark, so the quote is judged whole (a
/// repeat of the body is dropped) rather than as loose pieces of the paragraph it cuts.
fn quote_boxes<'a>(input: &'a str, lines: Vec<Line<'a>>) -> Vec<Line<'a>> {
    let lone = |l: &Line<'_>, mark: &str| l.text == mark;
    if !lines.iter().any(|l| lone(l, "“")) {
        return lines;
    }
    let mut out = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i];
        let close = lone(&l, "“")
            .then(|| (i + 2..lines.len().min(i + MAX_BOXED_QUOTE_LINES + 2)).find(|&j| lone(&lines[j], "”") || lone(&lines[j], "“")))
            .flatten()
            .filter(|&j| lone(&lines[j], "”") && lines[i + 1..=j].iter().all(|m| m.gap == 0 && m.level == 0));
        match close {
            Some(j) => {
                let last = lines[j];
                out.push(Line {
                    text: &input[l.start..last.start + last.text.len()],
                    raw: Span::new(l.raw.start, last.raw.end),
                    level: 0,
                    ..l
                });
                i = j + 1;
            }
            None => {
                out.push(l);
                i += 1;
            }
        }
    }
    out
}

/// Where the printed line holding `l` begins, its indent included.
fn line_begin(input: &str, l: &Line<'_>) -> usize {
    memchr::memrchr2(b'\n', b'\r', &input.as_bytes()[..l.raw.start]).map_or(0, |k| k + 1)
}

/// Display width of `s` in half-width units: two for a wide character, one for ASCII, as a
/// converter that wraps text at a fixed width measures it.
fn width(s: &str) -> usize {
    // one unit for each ASCII byte and two for each byte that starts a wider character: a byte
    // count, with no decoding. Every line of the page is measured, so eight bytes are counted
    // at once, each lane of a word adding its byte's units (at most 2) to a running tally.
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const BYTE_PAIRS: u64 = 0x00FF_00FF_00FF_00FF;
    let units = |b: &u8| usize::from(*b < 0x80) + 2 * usize::from(*b >= 0xC0);
    let bytes = s.as_bytes();
    let mut chunks = bytes.chunks_exact(8);
    let mut total = 0;
    // 127 words add at most 254 to a lane, which still fits its byte
    while chunks.len() > 0 {
        let mut lanes = 0u64;
        for chunk in chunks.by_ref().take(127) {
            let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            // ASCII: top bit clear; a lead byte: top two bits set (w << 1 moves each byte's
            // second bit to its top)
            lanes += (!w & HIGH) >> 7;
            lanes += (w & (w << 1) & HIGH) >> 6;
        }
        // sum the eight lanes: pairs into 16-bit lanes, then those with one multiplication
        let pairs = (lanes & BYTE_PAIRS) + (lanes >> 8 & BYTE_PAIRS);
        total += (pairs.wrapping_mul(0x0001_0001_0001_0001) >> 48) as usize;
    }
    total + chunks.remainder().iter().map(units).sum::<usize>()
}

/// [`width`] of `s` and its count of characters, both from one pass over its bytes: a character
/// is an ASCII byte or a lead byte, and a lead byte adds two units of width where it adds one
/// character. Every line of a page is measured both ways when its wrap is looked for.
fn width_and_chars(s: &str) -> (usize, usize) {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const BYTE_PAIRS: u64 = 0x00FF_00FF_00FF_00FF;
    let sum_lanes = |lanes: u64| {
        let pairs = (lanes & BYTE_PAIRS) + (lanes >> 8 & BYTE_PAIRS);
        (pairs.wrapping_mul(0x0001_0001_0001_0001) >> 48) as usize
    };
    let bytes = s.as_bytes();
    let mut chunks = bytes.chunks_exact(8);
    let (mut width, mut chars) = (0, 0);
    // 127 words add at most 254 to a lane of widths, which still fits its byte
    while chunks.len() > 0 {
        let (mut widths, mut counts) = (0u64, 0u64);
        for chunk in chunks.by_ref().take(127) {
            let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            let ascii = (!w & HIGH) >> 7;
            let lead = (w & (w << 1) & HIGH) >> 7;
            widths += ascii + (lead << 1);
            counts += ascii + lead;
        }
        width += sum_lanes(widths);
        chars += sum_lanes(counts);
    }
    for &b in chunks.remainder() {
        width += usize::from(b < 0x80) + 2 * usize::from(b >= 0xC0);
        chars += usize::from((b as i8) >= -0x40);
    }
    (width, chars)
}

/// Lines this wide or wider (in [`width`] units) are counted when looking for a wrap width.
const MIN_WRAPPED_WIDTH: usize = 20;
/// Widest wrap width read: 60 wide characters. Pages printed a paragraph a line run longer.
const MAX_WRAP_WIDTH: usize = 120;
/// How much shorter than the wrap width a full line may be: a wide character or a closing mark
/// that does not fit is carried to the next line.
const WRAP_SLACK: usize = 3;
/// How far past the wrap width a full line may run: a closing mark a converter keeps on the line.
const WRAP_OVERHANG: usize = 2;
/// Most printed lines read as one paragraph: a page of nothing but full lines would otherwise be
/// one paragraph, and a paragraph's pieces are searched one by one.
const MAX_WRAPPED_LINES: usize = 48;

/// Whether a printed line is laid out as table cells (a tab, or two spaces in a row): aligned
/// rows are as wide as each other without being wrapped prose.
fn has_cells(text: &str) -> bool {
    // a vector search for the tab: the character search of `str` reads a word at a time
    memchr::memchr(b'\t', text.as_bytes()).is_some() || crate::quantity::words::occurs(text, "  ")
}

/// Fewest full lines, and least share of the counted lines, that make a page wrapped.
const MIN_FULL_LINES: usize = 8;
const MIN_FULL_PERCENT: usize = 40;

/// Lines of this many characters or more are counted when looking for a wrap by characters.
const MIN_WRAPPED_CHARS: usize = 10;
/// Most characters a line is read as wrapped at.
const MAX_WRAP_CHARS: usize = 60;
/// How many characters short of the wrap a full line may be: a closing mark carried over.
const CHAR_SLACK: usize = 1;

/// How a page was wrapped: at a display width, or at a count of characters whatever their
/// width (a converter that counts characters breaks a line of narrow figures short of the
/// width of one of wide characters). Either may be read on one page.
#[derive(Debug, Clone, Copy)]
struct Wrap {
    width: Option<usize>,
    chars: Option<usize>,
}

impl Wrap {
    /// Whether printed line `l` runs to the wrap by either measure.
    fn is_full(&self, input: &str, l: &Line<'_>) -> bool {
        let printed = &input[line_begin(input, l)..l.raw.end];
        let near = |n: usize, wrap: usize, slack: usize| n + slack >= wrap && n <= wrap + WRAP_OVERHANG;
        let by_width = self.width.is_some_and(|wrap| near(width(printed), wrap, WRAP_SLACK));
        let by_chars = || self.chars.is_some_and(|wrap| near(printed.chars().count(), wrap, CHAR_SLACK));
        (by_width || by_chars()) && !has_cells(l.text)
    }
}

/// How many lines of a page are of each length, by one measure, for finding the length it was
/// wrapped at.
struct Lengths {
    lengths: Vec<usize>,
    counted: usize,
    min: usize,
    slack: usize,
}

impl Lengths {
    fn new(range: std::ops::RangeInclusive<usize>, slack: usize) -> Lengths {
        Lengths { lengths: vec![0; range.end() + 1], counted: 0, min: *range.start(), slack }
    }

    /// Counts a line of length `n` (`None`: too long to measure, counted but never full).
    fn add(&mut self, n: Option<usize>) {
        match n {
            None => self.counted += 1,
            Some(n) if n >= self.min => {
                self.counted += 1;
                if let Some(k) = self.lengths.get_mut(n) {
                    *k += 1;
                }
            }
            Some(_) => {}
        }
    }

    /// The length the page was wrapped at, when most of its long lines end within the slack of
    /// one length: a page printed a paragraph a line has lines of every length.
    fn wrap(&self) -> Option<usize> {
        let full = |w: usize| self.lengths[w - self.slack..=w].iter().sum::<usize>();
        let best = (self.min..self.lengths.len()).max_by_key(|&w| (full(w), w))?;
        let n = full(best);
        (n >= MIN_FULL_LINES && n * 100 >= MIN_FULL_PERCENT * self.counted).then_some(best)
    }
}

/// How the page was wrapped, by width and by characters, read in one pass over its lines.
fn wrap_of(input: &str, lines: &[Line<'_>]) -> Wrap {
    let mut widths = Lengths::new(MIN_WRAPPED_WIDTH..=MAX_WRAP_WIDTH, WRAP_SLACK);
    let mut counts = Lengths::new(MIN_WRAPPED_CHARS..=MAX_WRAP_CHARS, CHAR_SLACK);
    for l in lines {
        let begin = line_begin(input, l);
        if l.raw.end - begin > 4 * MAX_WRAP_WIDTH {
            widths.add(None);
            counts.add(None);
            continue;
        }
        if has_cells(l.text) {
            continue;
        }
        let (width, chars) = width_and_chars(&input[begin..l.raw.end]);
        widths.add(Some(width));
        counts.add(Some(chars));
    }
    Wrap { width: widths.wrap(), chars: counts.wrap() }
}

/// Joins each line of a wrapped page to the full line above it, unless a blank line or an
/// indent (`　　`, a paragraph's first line) stands between: one logical line per paragraph,
/// whose text keeps the line breaks of the input (the paragraph builder leaves them out).
fn unwrap<'a>(input: &'a str, physical: Vec<Line<'a>>, wrap: Wrap) -> Vec<Line<'a>> {
    let mut out: Vec<Line<'a>> = Vec::with_capacity(physical.len());
    // whether the last physical line taken was full, and how many the last logical line holds
    let mut last_full = false;
    let mut joined = 0;
    for l in physical {
        let indented = line_begin(input, &l) < l.raw.start;
        let full = wrap.is_full(input, &l);
        let joins = last_full && l.gap == 0 && !indented && l.level == 0 && joined < MAX_WRAPPED_LINES && !has_cells(l.text);
        match out.last_mut() {
            // a paragraph signed at its end (`…。(通讯员 X)`) is finished however full its line
            Some(prev) if joins && prev.level == 0 && !ends_signed(prev.text) => {
                prev.text = &input[prev.start..l.start + l.text.len()];
                prev.raw = Span::new(prev.raw.start, l.raw.end);
                joined += 1;
            }
            _ => {
                out.push(l);
                joined = 1;
            }
        }
        last_full = full;
    }
    out
}

/// Whether `text` closes with a bracketed byline (`…。(通讯员 X)`).
fn ends_signed(text: &str) -> bool {
    text.ends_with([')', '）']) && super::byline::trailing_byline(text, 0).is_some()
}

/// The non-blank lines of `input` as printed.
fn physical_lines(input: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut offset = 0;
    let mut last_end = 0;
    while offset < input.len() {
        // line ends are ASCII, so a byte search finds them on char boundaries
        let end = memchr::memchr2(b'\n', b'\r', &input.as_bytes()[offset..])
            .map_or(input.len(), |at| offset + at + 1);
        let piece = &input[offset..end];
        let opened = piece.trim_start_matches(is_blank);
        let lead = piece.len() - opened.len();
        let trimmed = opened.trim_end_matches(is_blank);
        if !trimmed.is_empty() {
            let start = offset + lead;
            let (level, skip) = heading_marks(trimmed);
            let skip = skip + stray_mark(&trimmed[skip..]);
            let between = &input[last_end..start];
            let breaks = between
                .matches('\n')
                .count()
                .max(between.matches('\r').count());
            out.push(Line {
                text: &trimmed[skip..],
                start: start + skip,
                raw: Span::new(start, start + trimmed.len()),
                level,
                gap: breaks.saturating_sub(1),
                // (a `\r\n` line end leaves its `\n` at the next piece's start: no indent)
                indented: piece[..lead].bytes().any(|b| b != b'\n' && b != b'\r'),
            });
            last_end = start + trimmed.len();
        }
        offset += piece.len();
    }
    out
}

/// The bytes of a stray bar an OCR'd photograph puts before a line (`丨永兴村…公示`, `|4月26日
/// 收…`): a board's frame or a column rule read as a character. A pipe counts only where the
/// line holds no other (a table printed with pipes opens on one).
fn stray_mark(line: &str) -> usize {
    let mut chars = line.chars();
    match (chars.next(), chars.next()) {
        (Some('丨'), Some(next)) if !next.is_whitespace() && next != '丨' => '丨'.len_utf8(),
        (Some('|'), Some(next)) if !next.is_whitespace() && next != '|' && !line[1..].contains('|') => 1,
        _ => 0,
    }
}

/// `## 标题` → (2, bytes of `## `). A line of marks alone is no heading.
fn heading_marks(line: &str) -> (u8, usize) {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    if hashes == 0 || hashes > 6 {
        return (0, 0);
    }
    let rest = &line[hashes..];
    let body = rest.trim_start_matches(is_blank);
    if body.is_empty() || body.len() == rest.len() {
        return (0, 0);
    }
    (hashes as u8, line.len() - body.len())
}

pub(crate) use crate::charset::is_han;

/// Bytes past which a string is only measured by its byte length.
const MEASURED_BYTES: usize = 1024;

/// Characters in `s`, counted exactly up to 1 KiB. A longer string reports its byte length: it
/// holds more than 256 characters either way, past every length threshold the layout rules use,
/// and long lines are then not counted again and again.
pub(crate) fn char_len(s: &str) -> usize {
    if s.len() > MEASURED_BYTES {
        s.len()
    } else {
        s.chars().count()
    }
}

/// `s.trim()`, with the common case told from the bytes at the two ends. A line of the page has
/// been trimmed already, and the rules trim it again many times over; `str::trim` decodes both
/// end characters and looks them up in the Unicode whitespace table, where a line that opens
/// and closes on no space is told by a few byte comparisons.
#[inline]
pub(crate) fn trim(s: &str) -> &str {
    match s.as_bytes() {
        [first, .., _] if !may_open_space(*first) && !may_close_space(s.as_bytes()) => s,
        _ => s.trim(),
    }
}

/// `s.trim_end()`, told from the last bytes as [`trim`] tells it: the rules trim the end of
/// every line before reading its last character (1,400 calls each from the byline tests over
/// the seeds x3), and `str::trim_end` decodes and looks up the character it keeps.
#[inline]
pub(crate) fn trim_end(s: &str) -> &str {
    match s.as_bytes() {
        [.., _, _] if !may_close_space(s.as_bytes()) => s,
        _ => s.trim_end(),
    }
}

/// `s.trim_start()`, told from the first byte as [`trim`] tells it.
#[inline]
pub(crate) fn trim_start(s: &str) -> &str {
    match s.as_bytes() {
        [first, ..] if !may_open_space(*first) => s,
        _ => s.trim_start(),
    }
}

/// Whether a character that opens with byte `b` may be whitespace: the ASCII spaces, and the
/// first bytes of the others (U+0085 and U+00A0 open with C2, U+1680 with E1, U+2000–U+205F
/// with E2, U+3000 with E3).
fn may_open_space(b: u8) -> bool {
    matches!(b, 0x09..=0x0D | 0x20 | 0xC2 | 0xE1 | 0xE2 | 0xE3)
}

/// Whether the last character of `b` (valid UTF-8, two bytes or more) may be whitespace: an
/// ASCII space, a character of two bytes opening with C2, or one of the three-byte spaces
/// (U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000).
fn may_close_space(b: &[u8]) -> bool {
    let n = b.len();
    let last = b[n - 1];
    if last < 0x80 {
        return matches!(last, 0x09..=0x0D | 0x20);
    }
    if b[n - 2] == 0xC2 {
        return true;
    }
    match b.get(n.wrapping_sub(3)..) {
        Some(&[0xE2, 0x80, x]) => x <= 0x8A || matches!(x, 0xA8 | 0xA9 | 0xAF),
        Some(&[0xE2, 0x81, 0x9F] | &[0xE3, 0x80, 0x80] | &[0xE1, 0x9A, 0x80]) => true,
        _ => false,
    }
}

/// Whether `s` has at most `n` characters, deciding long strings by their byte length alone.
pub(crate) fn at_most_chars(s: &str, n: usize) -> bool {
    s.len() <= n || s.len() <= 4 * n && s.chars().count() <= n
}

/// The characters of `s` if it has at most `n` ([`at_most_chars`]), counted once for both the
/// bound and the length a rule goes on to test. For a bound of up to 256 characters the count
/// is [`char_len`].
pub(crate) fn chars_within(s: &str, n: usize) -> Option<usize> {
    if s.len() > 4 * n {
        return None;
    }
    let count = s.chars().count();
    (count <= n).then_some(count)
}

/// Marks that end a sentence. A line ending in one of them is a finished paragraph.
pub(crate) fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';' | '…' | '.')
}

/// Closing marks that may follow a sentence end (`……。”`, `。)`).
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '”' | '’' | '」' | '』' | '）' | ')' | '】' | '》' | '"' | '\'' | '*'
    )
}

/// Whether `s` ends a sentence: its last mark, past any closing quotes or brackets, is final.
pub(crate) fn ends_sentence(s: &str) -> bool {
    // most texts end on their mark itself, with no blank or closer after it
    match s.chars().next_back() {
        Some(c) if !is_closer(c) && !is_blank(c) => return is_sentence_end(c),
        None => return false,
        _ => {}
    }
    let mut chars = s
        .chars()
        .rev()
        .skip_while(|&c| is_blank(c))
        .skip_while(|&c| is_closer(c));
    chars.next().is_some_and(is_sentence_end)
}

/// A line made only of punctuation and symbols, such as the lone quote mark that opens a pull
/// quote.
pub(crate) fn is_punct_only(s: &str) -> bool {
    !s.chars().any(|c| is_common_han(c) || c.is_alphanumeric())
}

/// A Han character of the main block (U+4E00 to U+9FFF), every one a letter: most characters
/// of a page, told without the Unicode tables.
fn is_common_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Characters that carry the text: used to compare lines while ignoring spacing and quote marks.
/// Han characters and the common CJK and general punctuation are decided by range, so the
/// Unicode tables are consulted only for the rare rest.
pub(crate) fn is_content(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_han(c) || !is_common_punctuation(c) && c.is_alphanumeric()
    }
}

/// The next content character of `text` (see [`is_content`]) at or after byte `*at`, as a number
/// that tells characters apart (not the code point), with `*at` moved past it: a character of
/// three bytes, as almost every character of a Chinese page is, is its three bytes packed, any
/// other its code point. Read straight from the UTF-8 bytes: a common Han character (U+4E00 to
/// U+9FFF, bytes E4 B8 80 to E9 BF BF) needs neither the general decoder nor a class test.
#[inline]
pub(crate) fn next_content_key(text: &str, at: &mut usize) -> Option<u32> {
    const COMMON_HAN: std::ops::RangeInclusive<u32> = 0xe4_b880..=0xe9_bfbf;
    let bytes = text.as_bytes();
    while let Some(rest) = bytes.get(*at..) {
        // a common Han character read in one load, with the byte after it
        if let [b0, b1, b2, b3, ..] = *rest {
            let key = u32::from_be_bytes([b0, b1, b2, b3]) >> 8;
            if COMMON_HAN.contains(&key) {
                *at += 3;
                return Some(key);
            }
        }
        let &lead = rest.first()?;
        if lead.is_ascii() {
            *at += 1;
            if lead.is_ascii_alphanumeric() {
                return Some(u32::from(lead));
            }
        } else if let (0xe0..=0xef, Some(&[b1, b2])) = (lead, bytes.get(*at + 1..*at + 3)) {
            *at += 3;
            let key = u32::from(lead) << 16 | u32::from(b1) << 8 | u32::from(b2);
            if COMMON_HAN.contains(&key) {
                return Some(key);
            }
            let code =
                u32::from(lead & 0x0f) << 12 | u32::from(b1 & 0x3f) << 6 | u32::from(b2 & 0x3f);
            if char::from_u32(code).is_some_and(is_content) {
                return Some(key);
            }
        } else {
            let c = text.get(*at..).and_then(|rest| rest.chars().next())?;
            *at += c.len_utf8();
            if is_content(c) {
                return Some(u32::from(c));
            }
        }
    }
    None
}

/// Two words looked for in the head of a line by their bytes: far cheaper than decoding every
/// character of a line that holds neither, as most lines do.
pub(crate) struct EitherWord {
    a: &'static [u8],
    b: &'static [u8],
}

impl EitherWord {
    /// Neither word may be empty.
    pub(crate) const fn new(a: &'static str, b: &'static str) -> EitherWord {
        assert!(!a.is_empty() && !b.is_empty());
        EitherWord { a: a.as_bytes(), b: b.as_bytes() }
    }

    /// Whether `bytes` hold either word. The bytes are searched for the two words' last bytes
    /// at once, and a word is compared only where its last byte stands: over the few dozen bytes
    /// of a line's head, one vector search costs less than a substring search for each word.
    pub(crate) fn in_bytes(&self, bytes: &[u8]) -> bool {
        let ends_with = |end: usize, w: &[u8]| end >= w.len() && bytes[end - w.len()..end] == *w;
        memchr::memchr2_iter(self.a[self.a.len() - 1], self.b[self.b.len() - 1], bytes)
            .any(|j| ends_with(j + 1, self.a) || ends_with(j + 1, self.b))
    }
}

/// Blocks of punctuation and spaces that hold no letter or digit: general punctuation, the CJK
/// marks and brackets (`、。〈〉「」【】`), and the full-width ASCII punctuation (`，：；！？（）`).
fn is_common_punctuation(c: char) -> bool {
    matches!(c,
        '\u{2000}'..='\u{206f}'
            | '\u{3000}'..='\u{3004}'
            | '\u{3008}'..='\u{3020}'
            | '\u{ff01}'..='\u{ff0f}'
            | '\u{ff1a}'..='\u{ff20}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_blank_test_agrees_with_its_definition() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            assert_eq!(is_blank(c), c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}', "{c:?}");
        }
    }

    #[test]
    fn trim_agrees_with_str_trim_at_every_end() {
        // the fast case looks at the end characters alone: every character is tried at each end
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            for t in [format!("{c}"), format!("甲{c}"), format!("{c}甲"), format!("{c}{c}"), format!("a{c}b"), format!("{c}。")] {
                assert_eq!(trim(&t), t.trim(), "{:?}", t);
                assert_eq!(trim_end(&t), t.trim_end(), "{:?}", t);
                assert_eq!(trim_start(&t), t.trim_start(), "{:?}", t);
            }
        }
        for t in ["", " ", "甲", "。", "　甲　", "甲。", "“甲”", "\u{feff}甲"] {
            assert_eq!(trim(t), t.trim(), "{t:?}");
            assert_eq!(trim_end(t), t.trim_end(), "{t:?}");
            assert_eq!(trim_start(t), t.trim_start(), "{t:?}");
        }
    }

    #[test]
    fn lines_keep_offsets_and_strip_heading_marks() {
        let input = "\n  ## 小标题\r\n正文一句。\n\n#不是标题\n";
        let ls = lines(input);
        assert_eq!(ls.len(), 3);
        assert_eq!(ls[0].text, "小标题");
        assert_eq!(ls[0].level, 2);
        assert_eq!(
            &input[ls[0].start..ls[0].start + ls[0].text.len()],
            "小标题"
        );
        assert_eq!(&input[ls[0].raw.start..ls[0].raw.end], "## 小标题");
        assert_eq!(ls[1].text, "正文一句。");
        assert_eq!(
            ls[2].level, 0,
            "a hash glued to the text is no Markdown heading"
        );
    }

    #[test]
    fn width_and_characters_are_counted_in_one_pass() {
        let long = "一二三四五六七八九十abc，。“”　 ".repeat(90);
        for s in ["", "a", "甲", "甲a乙b丙", "12345678", "一二三四五六七八", "é€😀", long.as_str()] {
            assert_eq!(width_and_chars(s), (width(s), s.chars().count()), "{s}");
        }
    }

    #[test]
    fn width_counts_two_units_for_a_wide_character() {
        let plain = |s: &str| s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum::<usize>();
        let sample = "ab 扶贫车间“12”个，£€😀。\t";
        for n in [0, 1, 7, 8, 9, 40, 127 * 8 / 3, 400, 1200] {
            let s: String = sample.chars().cycle().take(n).collect();
            assert_eq!(width(&s), plain(&s), "{n} characters");
        }
    }

    /// A page of `paragraphs`, each wrapped every `n` characters, its first line indented.
    fn wrapped(paragraphs: &[&str], n: usize) -> String {
        let mut page = String::new();
        for p in paragraphs {
            let chars: Vec<char> = format!("\u{3000}\u{3000}{p}").chars().collect();
            for line in chars.chunks(n) {
                page.extend(line);
                page.push('\n');
            }
        }
        page
    }

    #[test]
    fn text_wrapped_at_a_fixed_width_is_read_a_paragraph_a_line() {
        let first = "今年以来,某县坚持把发展特色产业作为巩固脱贫成果的根本之策,全县果园面积稳定在六十五万亩,果品总产量超过一百万吨。";
        let second = "在某镇的产业园,分拣车间里一派繁忙,一箱箱苹果经过清洗、分级、包装后发往全国各地,园区常年吸纳周边群众务工。";
        let third = "为让产业发展更有后劲,该县推行统一供苗、统一技术、统一收购、统一品牌,对带动脱贫户的经营主体给予奖补。";
        let page = wrapped(&[first, second, third, first, second, third], 20);
        let ls = lines(&page);
        assert_eq!(ls.len(), 6, "{ls:#?}");
        let unbroken: String = ls[1].text.chars().filter(|&c| c != '\n').collect();
        assert_eq!(unbroken, second);
        assert_eq!(&page[ls[1].raw.start..ls[1].raw.end], ls[1].text);
        // aligned table rows are as wide as each other but no wrapped prose
        let row = "脱贫人口人均纯收入(元)    6948    7865    13.2%";
        let table = std::iter::repeat_n(row, 12).collect::<Vec<_>>().join("\n");
        assert_eq!(lines(&table).len(), 12);
        // a page printed a paragraph a line is read as printed
        let plain = [first, second, third].join("\n");
        assert_eq!(lines(&plain).len(), 3);
        assert!(lines(&plain).iter().all(|l| !l.text.contains('\n')));
    }

    #[test]
    fn a_wrapped_paragraph_signed_at_its_end_is_finished_however_full_its_line() {
        let first = "今年以来,某县坚持把发展特色产业作为巩固脱贫成果的根本之策,全县果园面积稳定在六十五万亩,果品总产量超过一百万吨。";
        let second = "在某镇的产业园,分拣车间里一派繁忙,一箱箱苹果经过清洗、分级、包装后发往全国各地,园区常年吸纳周边群众务工。";
        // the signed brief fills its last line exactly, and the next brief's headline follows
        let brief = "近日,某县组织驻村工作队员开展监测回头看,新识别监测对象八十六户。(通讯员甲乙)";
        let mut page = wrapped(&[first, second, first, second], 20);
        let chars: Vec<char> = brief.chars().collect();
        for line in chars.chunks(20) {
            page.extend(line);
            page.push('\n');
        }
        page.push_str("某县发放小额信贷一亿元\n");
        let ls = lines(&page);
        assert_eq!(ls.last().map(|l| l.text), Some("某县发放小额信贷一亿元"), "{ls:#?}");
    }

    #[test]
    fn text_wrapped_at_a_count_of_characters_keeps_lines_of_figures_in_their_paragraph() {
        // lines of Arabic figures are narrower than lines of Han characters: counted by width
        // alone, they would end their paragraphs
        let figures = "全县新纳入低保的监测对象238户516人,为193户监测户发放临时救助金47.6万元,住院费用报销比例达到89.3%,比2022年提高6.5个百分点。";
        let prose = "为让产业发展更有后劲,该县推行统一供苗、统一技术、统一收购、统一品牌,对带动脱贫户的经营主体给予奖补,群众增收渠道不断拓宽。";
        let page = wrapped(&[prose, figures, prose, figures, prose, figures], 20);
        let ls = lines(&page);
        assert_eq!(ls.len(), 6, "{ls:#?}");
        let unbroken: String = ls[1].text.chars().filter(|&c| c != '\n').collect();
        assert_eq!(unbroken, figures);
    }

    #[test]
    fn characters_within_a_bound_are_counted_once() {
        for (s, n) in [
            ("村里修路", 4),
            ("村里修路", 3),
            ("ab村", 3),
            ("", 0),
            ("一二三四五", 1),
        ] {
            assert_eq!(chars_within(s, n).is_some(), at_most_chars(s, n), "{s} {n}");
            if let Some(count) = chars_within(s, n) {
                assert_eq!(count, char_len(s));
            }
        }
        assert_eq!(chars_within("村里修路", 4), Some(4));
        assert_eq!(chars_within(&"村".repeat(300), 256), None);
    }

    #[test]
    fn sentence_ends_look_past_closing_quotes() {
        assert!(ends_sentence("他说:“好。”"));
        assert!(ends_sentence("完成了任务。"));
        assert!(!ends_sentence("打造“四大板块”"));
        assert!(!ends_sentence("自付部分仍然较"));
    }

    #[test]
    fn punctuation_blocks_hold_no_letter_or_digit() {
        let blocks = [
            '\u{2000}'..='\u{206f}',
            '\u{3000}'..='\u{3004}',
            '\u{3008}'..='\u{3020}',
            '\u{ff01}'..='\u{ff0f}',
            '\u{ff1a}'..='\u{ff20}',
        ];
        for c in blocks.into_iter().flatten() {
            assert!(is_common_punctuation(c) && !c.is_alphanumeric(), "{c:?}");
        }
        assert!(is_content('〇') && is_content('５') && is_content('村') && is_content('é'));
        assert!(!is_content('，') && !is_content('“') && !is_content('】'));
    }

    #[test]
    fn content_keys_read_from_bytes_match_the_decoder() {
        let text = "某村2020年“种植”ＡＢ５亩,〇é 丘乐\u{4dc0}\u{3400}；x";
        // a three-byte character is keyed by its bytes, any other by its code point
        let key = |c: char| {
            let mut utf8 = [0; 4];
            match c.encode_utf8(&mut utf8).as_bytes() {
                &[a, b, c] => u32::from_be_bytes([0, a, b, c]),
                _ => u32::from(c),
            }
        };
        let decoded: Vec<u32> = text.chars().filter(|&c| is_content(c)).map(key).collect();
        let content = |t: &str| {
            let mut at = 0;
            std::iter::from_fn(|| next_content_key(t, &mut at)).collect::<Vec<_>>()
        };
        assert_eq!(key('村'), 0xe6_9d91);
        assert_eq!(key('〇'), 0xe3_8087);
        assert_eq!(content(text), decoded);
        assert!(content("，。").is_empty());
    }

    #[test]
    fn either_word_is_found_in_bytes() {
        let marks = EitherWord::new("讯", "电");
        assert!(marks.in_bytes("本报讯 某县".as_bytes()));
        assert!(marks.in_bytes("新华社北京电".as_bytes()));
        assert!(!marks.in_bytes("村里修路".as_bytes()));
        // 纯 ends in the same byte as 讯
        assert!(!marks.in_bytes("纯净".as_bytes()));
        assert!(!marks.in_bytes(&"讯".as_bytes()[1..]));
    }

    #[test]
    fn common_han_characters_are_all_letters() {
        let block = '\u{4e00}'..='\u{9fff}';
        assert!(block
            .clone()
            .all(|c| is_common_han(c) && c.is_alphanumeric()));
        assert!(!is_common_han('\u{3400}') && !is_common_han('a'));
    }

    #[test]
    fn punctuation_only_lines() {
        assert!(is_punct_only("“"));
        assert!(!is_punct_only("33"));
    }
}
