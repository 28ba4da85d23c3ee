//! Lists of division names (`临洮、陇西等县区`): the items vouch for one another. A list of two
//! or more that ends in a kind of area (等县, 等地) is evidence that each item is a division, as
//! is one name before a kind of division (临洮等县; 平原等地 may be farmland); items that can all
//! be counties of one city agree on that city, which tells namesakes apart and backs short forms
//! no city in the text would back.

use std::collections::HashMap;

use super::mention::{Hit, Names, Tail};
use super::table::{DivId, Table};
use crate::model::RegionLevel;

/// For each hit of one piece, the division its list makes it, if any.
pub fn agreed(table: &Table, names: &Names, hits: &[Hit]) -> Vec<Option<DivId>> {
    let mut out = vec![None; hits.len()];
    let mut start = 0;
    while start < hits.len() {
        let mut end = start;
        while hits[end].joined && end + 1 < hits.len() {
            end += 1;
        }
        let items = &hits[start..=end];
        let tail = items[end - start].tail;
        if items.len() >= 2 || tail == Tail::Kind {
            let tail = tail != Tail::None;
            for (k, id) in resolve_list(table, names, items, tail).into_iter().enumerate() {
                out[start + k] = id;
            }
        }
        start = end + 1;
    }
    out
}

/// What the items of one list share: a county's prefecture (its province, for the districts of
/// 北京 or 重庆, which have none), or the division itself for a prefecture or province.
fn home(table: &Table, id: DivId) -> DivId {
    let d = table.get(id);
    match d.level {
        RegionLevel::County | RegionLevel::Zone => d.prefecture.unwrap_or(d.province),
        RegionLevel::Prefecture | RegionLevel::Province => id,
    }
}

/// Each item's division: the one candidate whose home another item can share, else, in a list
/// ending in a kind of area, the item's only candidate.
fn resolve_list(table: &Table, names: &Names, items: &[Hit], tail: bool) -> Vec<Option<DivId>> {
    let mut votes: HashMap<DivId, usize> = HashMap::new();
    for hit in items {
        let mut homes: Vec<DivId> =
            names.pattern(hit).candidates.iter().map(|&c| home(table, c)).collect();
        homes.sort_unstable();
        homes.dedup();
        for h in homes {
            *votes.entry(h).or_insert(0) += 1;
        }
    }
    items
        .iter()
        .map(|hit| {
            let candidates = &names.pattern(hit).candidates;
            let shared: Vec<DivId> =
                candidates.iter().copied().filter(|&c| votes[&home(table, c)] >= 2).collect();
            match (shared.as_slice(), candidates.as_slice()) {
                ([only], _) => Some(*only),
                ([], [only]) if tail => Some(*only),
                _ => None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str) -> Vec<Option<&'static str>> {
        let table = Table::load();
        let names = Names::new(&table);
        let hits = names.scan(text);
        agreed(&table, &names, &hits).into_iter().map(|id| id.map(|i| table.get(i).code)).collect()
    }

    #[test]
    fn counties_of_one_city_vouch_for_each_other() {
        // 涿鹿 and 怀来 are both 张家口's
        assert_eq!(codes("组织涿鹿、怀来干部"), vec![Some("130731"), Some("130730")]);
    }

    #[test]
    fn a_list_ending_in_a_kind_of_area_vouches_for_its_items() {
        assert_eq!(codes("组织涿鹿等县干部"), vec![Some("130731")]);
        assert_eq!(codes("组织涿鹿、怀来等地干部"), vec![Some("130731"), Some("130730")]);
        // without the tail, or with a tail that need not mean a division, one name is no list
        assert_eq!(codes("组织涿鹿干部"), vec![None]);
        assert_eq!(codes("山区和平原等地"), vec![None]);
    }

    #[test]
    fn districts_of_a_municipality_agree_on_it() {
        assert_eq!(codes("组织顺义、怀柔干部"), vec![Some("110113"), Some("110116")]);
    }

    #[test]
    fn names_of_different_cities_without_a_tail_stay_open() {
        // 涿鹿 (张家口) and 滑县 (安阳): nothing agrees, nothing is vouched for by the list
        assert_eq!(codes("前往涿鹿、正定参观"), vec![None, None]);
    }
}
