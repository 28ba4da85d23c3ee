//! One walk over each text of an article for the three stages that look things up by a text's
//! characters: the topic's words (with the terms and the division names), the entity finders'
//! words and the characters a time expression may start with.
//!
//! Each of them read every character of every text on its own, with its own first test: the
//! same characters were decoded three times and three tables were kept in the cache. The walk
//! reads a character once and looks it up in one table that tells, for every character of up
//! to three bytes, which of the three may start at it ([`CharFlags`]); the few characters it
//! lets through go on to each reader's own exact test. It runs with the topic's walk, before the
//! regions; what it finds for the time scan and the entity finders is kept ([`Walked`]) for
//! when their stages run.

use std::cell::Cell;

use crate::entity::HitLists;

/// A time expression, or a numeral or mark the time scan notes, may start at the character.
pub(crate) const TIME: u8 = 1;
/// A word of the entity finders may start at the character.
pub(crate) const ENTITY: u8 = 2;
/// A word of the topic's walk may start at the character.
pub(crate) const TOPIC: u8 = 4;
/// The character is not in the table (it has two or four bytes): each reader tests it.
pub(crate) const UNSURE: u8 = 8;
/// The character is white space, which the topic's count of characters leaves out.
pub(crate) const SPACE: u8 = 16;

/// The characters of 256 code points share one chunk of the table, a byte each.
const CHUNK_BYTES: usize = 256;

/// The most chunks of the table: the Chinese characters take 82, the punctuation and symbols
/// a reader starts at a few more.
const CHUNKS: usize = 128;

/// For every character of one to three bytes, which readers may start at it ([`TIME`],
/// [`ENTITY`], [`TOPIC`]), a byte a character: the Chinese characters take 21 KB, and blocks of
/// code points where nothing starts share one chunk of zeros. Four bits a character halved the
/// table and its misses but cost more in shifts than the misses saved. Characters of two or
/// four bytes (rare in the texts read) are left to each reader's own test.
pub(crate) struct CharFlags {
    ascii: [u8; 128],
    /// The chunk of each block of 256 code points of the three-byte characters.
    blocks: [u8; 256],
    chunks: Box<[[u8; CHUNK_BYTES]; CHUNKS]>,
}

impl CharFlags {
    /// The table of `flags`: which readers may start at a character.
    pub(crate) fn new(flags: impl Fn(char) -> u8) -> CharFlags {
        let mut ascii = [0u8; 128];
        for (b, f) in (0u8..).zip(ascii.iter_mut()) {
            *f = flags(char::from(b));
        }
        let (mut blocks, mut chunks, mut used) = ([0u8; 256], Box::new([[0u8; CHUNK_BYTES]; CHUNKS]), 1);
        for block in 0x08..0x100u32 {
            let mut chunk = [0u8; CHUNK_BYTES];
            for low in 0..0x100u32 {
                let f = char::from_u32(block << 8 | low).map_or(0, &flags);
                chunk[low as usize] = f;
            }
            if chunk.iter().any(|&b| b != 0) {
                assert!(used < CHUNKS, "too many blocks of characters for the walk's table");
                blocks[block as usize] = used as u8;
                chunks[used] = chunk;
                used += 1;
            }
        }
        CharFlags { ascii, blocks, chunks }
    }

    /// The flags of the three-byte character of code point `code`.
    #[inline(always)]
    pub(crate) fn of_code3(&self, code: u32) -> u8 {
        let chunk = &self.chunks[usize::from(self.blocks[(code >> 8) as usize & 0xFF]) % CHUNKS];
        chunk[code as usize & 0xFF]
    }

    /// The flags of the ASCII character `b`.
    #[inline(always)]
    pub(crate) fn of_ascii(&self, b: u8) -> u8 {
        self.ascii[usize::from(b & 0x7F)]
    }
}

/// The code point of a three-byte UTF-8 sequence.
#[inline(always)]
pub(crate) fn code3(x: u8, y: u8, z: u8) -> u32 {
    u32::from(x & 0x0F) << 12 | u32::from(y & 0x3F) << 6 | u32::from(z & 0x3F)
}

/// What the walk kept of a page's texts (those of each article's [`crate::topic::texts`], in
/// order, article after article) for the time scan and the entity finders: one set of lists
/// for the page, so they grow a few times a page rather than for every article.
#[derive(Default)]
pub(crate) struct Walked {
    /// `(offset, char)` of every character the time scan stops at, text after text.
    times: Vec<(u32, char)>,
    /// The end of each text's characters in `times`.
    time_ends: Vec<u32>,
    /// The entity finders' words found in each text.
    pub(crate) hits: HitLists,
    /// The first text of each article.
    articles: Vec<usize>,
}

/// The most entries a list of [`Walked`] keeps room for between pages; one huge page should not
/// pin its memory for good.
const KEPT_CAPACITY: usize = 1 << 16;

thread_local! {
    /// This thread's lists, kept from page to page so they grow only once.
    static SCRATCH: Cell<Walked> = Cell::new(Walked::default());
}

impl Walked {
    /// This thread's lists, emptied: they are handed back with [`Walked::keep`] when the page is
    /// done (a page read meanwhile on the same thread gets fresh ones).
    pub(crate) fn take() -> Walked {
        let mut walked = SCRATCH.take();
        walked.clear();
        walked
    }

    /// Keeps `self`'s room for the next page on this thread.
    pub(crate) fn keep(mut self) {
        if self.times.capacity() > KEPT_CAPACITY || self.time_ends.capacity() > KEPT_CAPACITY {
            return;
        }
        self.hits.shrink(KEPT_CAPACITY);
        SCRATCH.set(self);
    }

    fn clear(&mut self) {
        self.times.clear();
        self.time_ends.clear();
        self.hits.clear();
        self.articles.clear();
    }

    /// Notes a character the time scan stops at.
    #[inline]
    pub(crate) fn time_start(&mut self, at: usize, c: char) {
        self.times.push((at as u32, c));
    }

    /// Opens the next article.
    pub(crate) fn article_start(&mut self) {
        self.articles.push(self.time_ends.len());
    }

    /// Closes the text read last.
    pub(crate) fn text_end(&mut self) {
        self.time_ends.push(self.times.len() as u32);
        self.hits.text_end();
    }

    /// What was kept of the `i`-th article's texts.
    pub(crate) fn article(&self, i: usize) -> Option<ArticleWalk<'_>> {
        let first = *self.articles.get(i)?;
        let end = self.articles.get(i + 1).copied().unwrap_or(self.time_ends.len());
        Some(ArticleWalk { walked: self, first, count: end - first })
    }
}

/// What the walk kept of one article's texts.
#[derive(Clone, Copy)]
pub(crate) struct ArticleWalk<'a> {
    walked: &'a Walked,
    first: usize,
    count: usize,
}

impl<'a> ArticleWalk<'a> {
    /// How many texts were read.
    pub(crate) fn texts(&self) -> usize {
        self.count
    }

    /// The characters the time scan stops at in the `k`-th text read, as
    /// [`crate::quantity::words::Heads::candidates`] gives them.
    pub(crate) fn times_of(&self, k: usize) -> impl Iterator<Item = (usize, char)> + 'a {
        let k = self.first + k;
        let ends = &self.walked.time_ends;
        let from = k.checked_sub(1).map_or(0, |j| ends[j]) as usize;
        self.walked.times[from..ends[k] as usize].iter().map(|&(at, c)| (at as usize, c))
    }

    /// The entity finders' words, and the index among them of the `k`-th text read.
    pub(crate) fn hits_of(&self, k: usize) -> (&'a HitLists, usize) {
        (&self.walked.hits, self.first + k)
    }
}

/// Which of `texts` (the article's [`crate::topic::texts`]), from the `*next`-th on, equals
/// `text`; moves `next` past it. What the walk found in a text depends on its characters alone,
/// so an equal text anywhere serves.
pub(crate) fn text_index(texts: &[&str], read: usize, text: &str, next: &mut usize) -> Option<usize> {
    // the same text is mostly the same slice of the article, which needs no comparing
    let same = |t: &str| (t.as_ptr(), t.len()) == (text.as_ptr(), text.len()) || t == text;
    let k = (*next..read.min(texts.len())).find(|&k| same(texts[k]))?;
    *next = k + 1;
    Some(k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_are_read_back_by_code_point() {
        let flags = CharFlags::new(|c| match c {
            '一' => TIME | TOPIC,
            '局' => ENTITY,
            '，' => TIME,
            'a' => TOPIC,
            _ => 0,
        });
        for c in ['一', '局', '，', '丁', '好', '。'] {
            let want = match c {
                '一' => TIME | TOPIC,
                '局' => ENTITY,
                '，' => TIME,
                _ => 0,
            };
            assert_eq!(flags.of_code3(c as u32), want, "{c}");
        }
        assert_eq!(flags.of_ascii(b'a'), TOPIC);
        assert_eq!(flags.of_ascii(b'b'), 0);
    }
}
