//! What a text is about, as a tally of the divisions it names unambiguously, and the choice among
//! the divisions an ambiguous name can mean (桥东区 in 张家口 or 邢台, 高新区 of which city).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use super::table::{DivId, Table};

/// Hashes a division's index by one multiplication (and other keys by one per byte): tallies
/// are asked about every candidate of every name, the town table about every place, and a keyed
/// hash costs many times more. No map hashed so is read in hash order where it could matter
/// ([`Tally::dominant`] breaks ties by code).
#[derive(Default)]
pub struct IdHasher(u64);

/// A map hashed by [`IdHasher`]: for keys that come from the tables and the text, not from
/// anyone who could choose them to collide.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<IdHasher>>;
pub type FastSet<K> = HashSet<K, BuildHasherDefault<IdHasher>>;

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    /// Offsets and lengths (a span's ends, a string's length) in one step, not byte by byte.
    fn write_usize(&mut self, n: usize) {
        self.0 = (self.0.rotate_left(8) ^ n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// How often each division, or a division inside it, was named unambiguously.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    counts: FastMap<DivId, u32>,
}

impl Tally {
    /// Counts one unambiguous mention of `id` for it, its prefecture and its province.
    pub fn add(&mut self, table: &Table, id: DivId) {
        let d = table.get(id);
        let mut bump = |k: DivId| *self.counts.entry(k).or_insert(0) += 1;
        bump(id);
        if let Some(p) = d.prefecture {
            bump(p);
        }
        if d.province != id {
            bump(d.province);
        }
    }

    pub fn merge(&mut self, other: &Tally) {
        for (&k, &n) in &other.counts {
            *self.counts.entry(k).or_insert(0) += n;
        }
    }

    pub fn count(&self, id: DivId) -> u32 {
        self.counts.get(&id).copied().unwrap_or(0)
    }

    /// How strongly this text points at `id`: being named itself weighs most, then its
    /// prefecture, then its province (a 河北 page alone barely tells 桥东 of 张家口 from 邢台).
    pub fn support(&self, table: &Table, id: DivId) -> u32 {
        let d = table.get(id);
        let prefecture = d.prefecture.filter(|&p| p != id).map_or(0, |p| self.count(p));
        let province = if d.province == id { 0 } else { self.count(d.province) };
        self.count(id) * 16 + prefecture * 4 + province
    }

    /// The division named most often at exactly this level of specificity, for a text that
    /// names none itself (the page's own county or city).
    pub fn dominant(&self, table: &Table, keep: impl Fn(DivId) -> bool) -> Option<DivId> {
        let mut best: Option<(u32, DivId)> = None;
        for (&id, &n) in &self.counts {
            if !keep(id) {
                continue;
            }
            // ties go to the smaller code, so the answer does not depend on hash order
            let better = match best {
                None => true,
                Some((bn, bid)) => n > bn || (n == bn && table.get(id).code < table.get(bid).code),
            };
            if better {
                best = Some((n, id));
            }
        }
        best.map(|(_, id)| id)
    }
}

/// Picks the candidate the context supports most, trying each tally in turn (the article's own,
/// then the page's). `None` when no tally supports exactly one candidate best.
pub fn pick(table: &Table, candidates: &[DivId], tallies: &[&Tally]) -> Option<DivId> {
    for tally in tallies {
        let mut best: Option<(u32, DivId)> = None;
        let mut tie = false;
        for &c in candidates {
            let s = tally.support(table, c);
            match best {
                Some((bs, _)) if s == bs => tie = true,
                Some((bs, _)) if s < bs => {}
                _ => {
                    best = Some((s, c));
                    tie = false;
                }
            }
        }
        match best {
            Some((s, c)) if s > 0 && !tie => return Some(c),
            Some((s, _)) if s > 0 => return None,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(t: &Table, code: &str) -> DivId {
        t.divisions.iter().position(|d| d.code == code).unwrap() as DivId
    }

    #[test]
    fn the_city_named_decides_between_namesakes() {
        let t = Table::load();
        let mut tally = Tally::default();
        tally.add(&t, id(&t, "130700")); // 张家口市
        let cands = [id(&t, "130502"), id(&t, "130702")]; // 桥东区 of 邢台 (former) and 张家口
        assert_eq!(pick(&t, &cands, &[&tally]), Some(id(&t, "130702")));
    }

    #[test]
    fn every_division_keeps_its_own_count() {
        let t = Table::load();
        let mut tally = Tally::default();
        let ids: Vec<DivId> = (0..t.divisions.len() as DivId).step_by(7).collect();
        for &id in &ids {
            tally.counts.insert(id, id + 1);
        }
        assert!(ids.iter().all(|&id| tally.count(id) == id + 1));
        assert_eq!(tally.count(1), 0);
    }

    #[test]
    fn no_support_means_no_choice() {
        let t = Table::load();
        let cands = [id(&t, "130502"), id(&t, "130702")];
        assert_eq!(pick(&t, &cands, &[&Tally::default()]), None);
    }

    #[test]
    fn the_page_breaks_what_the_article_cannot() {
        let t = Table::load();
        let article = Tally::default();
        let mut page = Tally::default();
        page.add(&t, id(&t, "130500")); // 邢台市
        let cands = [id(&t, "130502"), id(&t, "130702")];
        assert_eq!(pick(&t, &cands, &[&article, &page]), Some(id(&t, "130502")));
    }
}
