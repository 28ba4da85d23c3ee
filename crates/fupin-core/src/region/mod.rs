//! Administrative divisions (GB/T 2260, plus NBS zones) and places below county level.
//!
//! [`Gazetteer::find`] reads one article: every division it names with evidence, resolved to a
//! code (ambiguous names by what the article names unambiguously), the division it is about,
//! and its places. [`Gazetteer::resolve_page`] then redoes this for all articles of a page with
//! the page's own divisions as further context, so that 桥东区 on a 张家口 page is 张家口's even
//! in an article that names no city, and an article that names no division at all is about the
//! page's.

mod context;
mod list;
mod mention;
mod place;
mod table;

use std::collections::HashMap;

use context::{pick, FastMap, FastSet, Tally};
use mention::{Form, Hit, Names};
use table::{DivId, Table};

use crate::model::{Article, Mention, Paragraph, Place, Region, RegionLevel, Span};
use crate::quantity::words;
use crate::topic::{Reading, Words};
use crate::ArticleContext;

/// What [`Gazetteer::find`] finds in one article: the divisions it names (in order of first
/// mention, each with all its mentions), the one it is about, and its places.
#[derive(Debug, Clone, Default)]
pub struct Found {
    pub regions: Vec<Region>,
    pub primary: Option<Region>,
    /// The primary division is one the headline names (not only the body).
    pub headline: bool,
    pub places: Vec<Place>,
}

/// The division table and the automaton over its names; build once, share freely.
pub struct Gazetteer {
    table: Table,
    names: Names,
    /// [`COUNTY_VOICE`], [`CITY_VOICE`], [`PREFECTURE_VOICE`] and [`TOWNSHIP_VOICE`], counted in
    /// one pass.
    voices: Words,
}

impl Default for Gazetteer {
    fn default() -> Self {
        Self::new()
    }
}

/// How a piece of article text maps back to the input.
#[derive(Clone, Copy)]
enum Source<'a> {
    Paragraph(&'a Paragraph),
    At(usize),
}

/// One piece of an article's text: headline lines first, then body and captions.
struct Piece<'a> {
    text: &'a str,
    source: Source<'a>,
    headline: bool,
}

impl Piece<'_> {
    fn span(&self, start: usize, end: usize) -> Span {
        match self.source {
            Source::Paragraph(p) => p.span_of(start, end),
            Source::At(at) => Span::new(at + start, at + end),
        }
    }
}

/// A resolved occurrence of a division.
struct Resolved {
    id: DivId,
    piece: usize,
    start: usize,
    end: usize,
}

/// An article's division names as [`Gazetteer::scan`] reads them.
struct Scanned {
    hits: Vec<Vec<Hit>>,
    agreed: Vec<Vec<Option<DivId>>>,
    own: Tally,
}

impl Gazetteer {
    pub fn new() -> Self {
        let table = Table::load();
        let names = Names::new(&table);
        // the place suffixes' automaton is built here, not in the first page's time
        place::prepare();
        let voices = Words::new(COUNTY_VOICE.iter().chain(CITY_VOICE).chain(PREFECTURE_VOICE).chain(TOWNSHIP_VOICE).copied());
        Gazetteer { table, names, voices }
    }

    /// The division names, in the order a walk that reads them ([`crate::topic::Topics::with_divisions`])
    /// must be given them for [`Gazetteer::resolve_page_read`].
    pub(crate) fn name_texts(&self) -> Vec<&str> {
        self.names.texts()
    }

    /// The divisions and places of one article, with the article itself as the only context.
    pub fn find(&self, ctx: &ArticleContext) -> Found {
        let pieces = pieces(ctx.input, ctx.article);
        self.find_in(&pieces, self.scan(&pieces), None)
    }

    /// Re-resolves every article of a page with the page's divisions as context, and gives an
    /// article that names no division the page's most common primary division (or, when the
    /// articles are about different counties, the city most named).
    ///
    /// Overwrites `regions`, `primary_region` and `places` of every article, so it may run
    /// instead of the per-article [`find`](Self::find) or after it; it is linear in the page
    /// (each article is scanned once). Run it before the stages that read regions (facts'
    /// `regionCode`) so that they see the page-resolved ones.
    pub fn resolve_page(&self, input: &str, articles: &mut [Article]) {
        self.resolve_page_with(input, articles, None);
    }

    /// [`Gazetteer::resolve_page`] with the division names of each article's texts as
    /// `readings` found them (one per article, read by a [`crate::topic::Topics`] built with
    /// [`Gazetteer::name_texts`]): the topic's walk over the texts serves both.
    pub(crate) fn resolve_page_read(&self, input: &str, articles: &mut [Article], readings: &[Reading]) {
        self.resolve_page_with(input, articles, Some(readings));
    }

    // called once a page: kept out of line, so a profile shows the stage as one function
    #[inline(never)]
    fn resolve_page_with(&self, input: &str, articles: &mut [Article], readings: Option<&[Reading]>) {
        // each article's pieces are built and its names scanned once, for the page's tally and
        // its own resolution
        let of_articles: Vec<Vec<Piece>> = articles.iter().map(|a| pieces(input, a)).collect();
        let scanned: Vec<Scanned> = of_articles
            .iter()
            .zip(articles.iter())
            .enumerate()
            .map(|(i, (p, a))| match readings.and_then(|r| r.get(i)) {
                Some(reading) => self.scan_read(p, a, reading),
                None => self.scan(p),
            })
            .collect();
        let mut page = Tally::default();
        for s in &scanned {
            page.merge(&s.own);
        }
        // the paper's own division is named by the page as surely as any in its text
        let papers = self.papers(input, articles);
        for &id in &papers {
            page.add(&self.table, id);
        }
        let page_city = papers
            .iter()
            .copied()
            .find(|&id| self.table.get(id).level == RegionLevel::Prefecture)
            .or_else(|| {
                page.dominant(&self.table, |id| self.table.get(id).level == RegionLevel::Prefecture)
            });
        let paper_county = papers.iter().copied().find(|&id| self.is_county(id));
        let paper_province = papers.first().copied().filter(|&id| self.table.get(id).level == RegionLevel::Province);
        let mut votes: HashMap<String, (usize, usize)> = HashMap::new();
        let mut founds = Vec::with_capacity(articles.len());
        for (i, (pieces, scanned)) in of_articles.iter().zip(scanned).enumerate() {
            let mut found = self.find_in(pieces, scanned, Some(&page));
            // a brief that names no place but is signed by a county's outlet (`(某县融媒体中心
            // 张三)`) is that county's, whatever the page's paper
            let own = found.regions.is_empty().then(|| self.outlet_county(&articles[i].source)).flatten();
            // a county office's page that cites its province's rules (`安徽省…标准`) is the
            // county's, when it names the county too
            let office = || {
                let county = self.office_county(&articles[i].source)?;
                let province = found.primary.as_ref().and_then(|p| self.table.by_code(&p.code)).filter(|&p| self.table.get(p).level == RegionLevel::Province)?;
                let named = found.regions.iter().any(|r| self.table.by_code(&r.code) == Some(county));
                (named && self.table.get(county).province == province).then_some(county)
            };
            // a province's paper speaking for the province (`我区12个县获评…`, `全区…`, `全省…`)
            // more than for any county or city in it: the province's news, whatever counties
            // it goes on to name
            let provincial = || {
                let province = paper_province?;
                let within = found.primary.as_ref().and_then(|r| self.table.by_code(&r.code)).is_none_or(|id| self.table.get(id).province == province);
                let Voice { county, city, .. } = self.voice(pieces);
                // `全区` is an autonomous region's own word only: elsewhere it is a district's
                let region = self.table.get(province).name.ends_with("自治区");
                let words = PROVINCE_VOICE.iter().filter(|w| region || !w.ends_with('区'));
                let own_voice: usize = pieces.iter().map(|p| words.clone().map(|w| p.text.matches(w).count()).sum::<usize>()).sum();
                (within && own_voice > county + city).then_some(province)
            };
            let own = own.or_else(office).or_else(provincial);
            if let Some(id) = own.or_else(|| self.voiced(pieces, &found, (page_city, paper_county))) {
                found.primary = Some(self.region(id, Vec::new()));
            }
            if let Some(p) = &found.primary {
                let v = votes.entry(p.code.clone()).or_insert((0, i));
                v.0 += 1;
            }
            founds.push(found);
        }
        // the pieces borrow the articles: they go before the articles take their records
        drop(of_articles);
        for (article, found) in articles.iter_mut().zip(founds) {
            article.regions = found.regions;
            article.primary_region = found.primary;
            article.places = found.places;
        }
        // a paper reports its partners' help for what it does at home: an article of a page
        // whose paper names its province, about a division of another province, that names
        // divisions at home too is about the one of those it names most (the more specific on
        // a tie)
        let home = papers.first().map(|&p| self.table.get(p).province);
        for article in articles.iter_mut() {
            let Some(home) = home else { break };
            let Some(primary) = article.primary_region.as_ref().and_then(|r| self.table.by_code(&r.code)) else { continue };
            // a partnership's news says so (`协作`, `帮扶`, `援建`): a passing mention of a
            // visitor's home town is none
            let partnership = || article.paragraphs.iter().any(|p| HELP_WORDS.iter().any(|w| p.text.contains(w)));
            if self.table.get(primary).province == home || !partnership() {
                continue;
            }
            let at_home = article
                .regions
                .iter()
                .filter_map(|r| Some((self.table.by_code(&r.code)?, r)))
                // the paper's own division, or one named twice or in the headline: one mention
                // in passing of another is no subject
                .filter(|&(id, r)| {
                    self.table.get(id).province == home
                        && self.table.get(id).level != RegionLevel::Province
                        && (papers.contains(&id) || r.mentions.len() >= 2 || in_headline(article, &r.mentions))
                })
                .max_by_key(|&(id, r)| (r.mentions.len(), specificity(self.table.get(id).level)))
                .map(|(_, r)| r.clone());
            if at_home.is_some() {
                article.primary_region = at_home;
            }
        }
        // `我们与广东、浙江等地人社部门对接`: an article in a county's voice (全县, 县人大) that
        // names only other provinces, its partners, or cities its county does not lie in
        // (`依托合肥、安庆等地的岳西商会`), is about the page's county (one whose headline names
        // the province, `青海生态管护岗位…`, is about that province)
        let county = page.dominant(&self.table, |id| self.is_county(id));
        if let Some(c) = county {
            for article in articles.iter_mut() {
                let Some(region) = article.primary_region.as_ref() else { continue };
                let Some(primary) = self.table.by_code(&region.code) else { continue };
                let named = article.regions.iter().filter(|r| r.code == region.code).flat_map(|r| &r.mentions);
                let headlined = in_headline(article, named);
                let partners = article.regions.len() >= 2 && article.regions.iter().all(|r| r.mentions.len() == 1);
                // (on a county paper's page, other counties named once each, `赴吉县、大宁等
                // 兄弟县观摩`, are where its people went: a county's voice is its own county's)
                let far = match self.table.get(primary).level {
                    RegionLevel::Province | RegionLevel::Prefecture => !self.table.within(c, primary),
                    _ => paper_county == Some(c) && partners && primary != c && article.regions.iter().all(|r| r.code != self.table.get(c).code),
                };
                if !far || headlined {
                    continue;
                }
                // (a township's voice, `全镇`, speaks for the page county only against another
                // province: a township of a city at home may be that city's)
                let v = self.voice(&pieces(input, article));
                // (nor a city named alone: `唐山市一个小镇…全镇…` is that city's; several named
                // once each are where the township sells or sends its workers)
                let abroad = self.table.get(primary).province != self.table.get(c).province;
                if v.county + if abroad || partners { v.township } else { 0 } > v.city {
                    article.primary_region = Some(self.region(c, Vec::new()));
                }
            }
        }
        // a column's comment on the story above it (`【编后】`, `短评`) is about that story's
        // division, when it names no other one of its own
        for i in 1..articles.len() {
            let column = [&articles[i].kicker, &articles[i].section].into_iter().flatten().any(|l| is_comment_label(l));
            let Some(above) = articles[i - 1].primary_region.clone().filter(|_| column) else { continue };
            let own = &articles[i].regions;
            let primary = match own.iter().find(|r| r.code == above.code) {
                Some(r) => Some(r.clone()),
                None if own.is_empty() => self.table.by_code(&above.code).map(|id| self.region(id, Vec::new())),
                None => None,
            };
            if primary.is_some() {
                articles[i].primary_region = primary;
            }
        }
        // the primary most articles share (a district's page); when articles are about
        // different counties, the city they lie in
        let voters: usize = votes.values().map(|v| v.0).sum();
        let top = votes.into_iter().max_by_key(|(_, (n, first))| (*n, std::cmp::Reverse(*first)));
        let shared = top
            .filter(|(_, (n, _))| n * 2 > voters)
            .and_then(|(code, _)| self.table.by_code(&code));
        let fallback = shared
            .or_else(|| papers.first().copied())
            .or_else(|| {
                page.dominant(&self.table, |id| self.table.get(id).level == RegionLevel::Prefecture)
            })
            .or_else(|| page.dominant(&self.table, |_| true));
        // an article in a county's voice (区人大, 全县) is about the page's county, not its city
        for article in articles.iter_mut().filter(|a| a.primary_region.is_none()) {
            let voice = county.filter(|_| {
                let Voice { county, city, .. } = self.voice(&pieces(input, article));
                county > city
            });
            if let Some(id) = voice.or(fallback) {
                article.primary_region = Some(self.region(id, Vec::new()));
                self.place_in(&mut article.places, id);
            }
        }
    }

    /// The division names of an article's pieces, what their lists agree on, and the anchors
    /// they tally.
    fn scan(&self, pieces: &[Piece]) -> Scanned {
        self.scanned(pieces.iter().map(|p| self.names.scan(p.text)).collect())
    }

    /// [`Gazetteer::scan`] with the names of each piece that is one of the article's texts as
    /// `reading` found them; a piece that is none (a dateline, a caption as wrapped on the page)
    /// is searched itself.
    fn scan_read(&self, pieces: &[Piece], article: &Article, reading: &Reading) -> Scanned {
        let texts: Vec<&str> = crate::topic::texts(article).collect();
        let mut next = 0;
        let hits = pieces
            .iter()
            .map(|p| match reading.divisions_of(&texts, p.text, &mut next) {
                Some(found) => self.names.scan_found(p.text, found.iter().copied()),
                None => self.names.scan(p.text),
            })
            .collect();
        self.scanned(hits)
    }

    /// What the names `hits` of an article's pieces agree on and tally.
    fn scanned(&self, hits: Vec<Vec<Hit>>) -> Scanned {
        let agreed = self.agreed(&hits);
        let own = self.anchors(&hits, &agreed);
        Scanned { hits, agreed, own }
    }

    fn find_in(&self, pieces: &[Piece], scanned: Scanned, page: Option<&Tally>) -> Found {
        let Scanned { hits, agreed, own } = scanned;
        // the article's own tally, then the page's: a list on the stack, where a vector was
        // allocated and grown for every article
        let (one, both);
        let tallies: &[&Tally] = match page {
            Some(page) => {
                both = [&own, page];
                &both
            }
            None => {
                one = [&own];
                &one
            }
        };
        // at most one per hit: sized at once rather than regrown (480 regrowths over the seeds x3)
        let mut resolved = Vec::with_capacity(hits.iter().map(Vec::len).sum());
        for (piece, piece_hits) in hits.iter().enumerate() {
            for (k, hit) in piece_hits.iter().enumerate() {
                let before =
                    k.checked_sub(1).map(|j| &piece_hits[j]).filter(|b| b.end == hit.start);
                let listed = agreed[piece][k];
                if let Some(id) = listed.or_else(|| self.resolve(hit, before, tallies)) {
                    resolved.push(Resolved { id, piece, start: hit.start, end: hit.end });
                }
            }
        }
        let regions = self.regions(pieces, &resolved);
        let (primary, headline) = match self.primary(pieces, &resolved) {
            Some((id, headline)) => (Some(self.region(id, Vec::new())), headline),
            None => (None, false),
        };
        let places = self.places(pieces, &resolved, primary.as_ref());
        Found { regions, primary, headline, places }
    }

    /// For each hit of each piece, the division its list makes it (see [`list`]).
    fn agreed(&self, hits: &[Vec<Hit>]) -> Vec<Vec<Option<DivId>>> {
        hits.iter().map(|h| list::agreed(&self.table, &self.names, h)).collect()
    }

    /// The tally of divisions named without any doubt: unambiguous self-evident names and
    /// those their list vouches for.
    fn anchors(&self, hits: &[Vec<Hit>], agreed: &[Vec<Option<DivId>>]) -> Tally {
        let mut tally = Tally::default();
        for (hit, listed) in hits.iter().flatten().zip(agreed.iter().flatten()) {
            let p = self.names.pattern(hit);
            let sure = (p.candidates.len() == 1 && self.names.self_evident(&self.table, hit))
                .then(|| p.candidates[0]);
            if let Some(id) = listed.or(sure) {
                tally.add(&self.table, id);
            }
        }
        tally
    }

    /// What division a hit names, if the evidence suffices. `before` is a hit that ends where
    /// this one starts (`张家口` before `经开区`).
    fn resolve(&self, hit: &Hit, before: Option<&Hit>, tallies: &[&Tally]) -> Option<DivId> {
        let p = self.names.pattern(hit);
        let t = &self.table;
        if let Some(id) = self.under(p, before) {
            return Some(id);
        }
        match p.form {
            Form::Full | Form::Former => {
                // none or one of the candidates near, as for most names, is told without
                // collecting them: only two or more make a list to pick from
                let mut near = p.candidates.iter().copied().filter(|&c| self.near(c, tallies));
                match (near.next(), near.next()) {
                    (Some(only), None) => Some(only),
                    (None, _) if p.strongest == 1 && self.names.self_evident(t, hit) => {
                        Some(p.candidates[0])
                    }
                    (None, _) => None,
                    (Some(first), Some(second)) => {
                        let supported: Vec<DivId> = [first, second].into_iter().chain(near).collect();
                        pick(t, &supported, tallies)
                    }
                }
            }
            Form::Short if hit.bounded || self.names.self_evident(t, hit) => {
                let supported: Vec<DivId> = p
                    .candidates
                    .iter()
                    .copied()
                    .filter(|&c| self.near(c, tallies) || (hit.bounded && self.city_of(c, tallies)))
                    .collect();
                pick(t, &supported, tallies)
                    .or_else(|| {
                        let mut big = p.candidates.iter().filter(|&&c| {
                            matches!(
                                t.get(c).level,
                                RegionLevel::Province | RegionLevel::Prefecture
                            )
                        });
                        match (big.next(), big.next()) {
                            (Some(&c), None) => Some(c),
                            _ => None,
                        }
                    })
                    // a name standing as a word of its own needs no context, if it has one
                    // reading (`都安“贷牛还牛”…`)
                    .or(match p.candidates.as_slice() {
                        [only] if hit.apart && !hit.glued => Some(*only),
                        _ => None,
                    })
            }
            Form::ZoneKind if hit.bounded || hit.after_particle => {
                let owner = before.and_then(|b| self.names.pattern(b).candidates.first().copied());
                match owner.map(|o| t.get(o).level) {
                    // a county's own park (涿鹿经济开发区) is not the city's zone
                    Some(RegionLevel::County) => None,
                    Some(RegionLevel::Prefecture) => self.city_zone(&p.candidates, owner?),
                    _ => {
                        let supported: Vec<DivId> = p
                            .candidates
                            .iter()
                            .copied()
                            .filter(|&c| self.near(c, tallies))
                            .collect();
                        pick(t, &supported, tallies).or_else(|| {
                            let is_city = |id: DivId| t.get(id).level == RegionLevel::Prefecture;
                            let city =
                                tallies.iter().find_map(|tally| tally.dominant(t, is_city))?;
                            self.city_zone(&p.candidates, city)
                        })
                    }
                }
            }
            _ => None,
        }
    }

    /// The zone of `city` a kind of zone names: the one of that kind, else the city's only
    /// development zone (the press calls 张家口's 经济开发区 its 高新区).
    fn city_zone(&self, kind: &[DivId], city: DivId) -> Option<DivId> {
        let of_city: Vec<DivId> =
            kind.iter().copied().filter(|&c| self.table.get(c).prefecture == Some(city)).collect();
        if let [only] = of_city.as_slice() {
            return Some(*only);
        }
        let parks =
            self.table.zones_of(city).filter(|&z| self.table.get(z).name.contains("开发区"));
        match (of_city.is_empty(), parks.collect::<Vec<_>>().as_slice()) {
            (true, [only]) => Some(*only),
            _ => None,
        }
    }

    /// The one candidate that lies in the division named right before it (`南京市鼓楼区`).
    fn under(&self, p: &mention::Pattern, before: Option<&Hit>) -> Option<DivId> {
        let b = self.names.pattern(before?);
        let [parent] = b.candidates.as_slice() else {
            return None;
        };
        if p.form == Form::ZoneKind || self.table.get(*parent).level == RegionLevel::County {
            return None;
        }
        let mut inside =
            p.candidates.iter().filter(|&&c| c != *parent && self.table.within(c, *parent));
        match (inside.next(), inside.next()) {
            (Some(&c), None) => Some(c),
            _ => None,
        }
    }

    /// Whether `id` is a county-level city of a province the text names: such cities (定州,
    /// 辛集) are reported on by the province's papers without their prefecture.
    fn city_of(&self, id: DivId, tallies: &[&Tally]) -> bool {
        let d = self.table.get(id);
        d.level == RegionLevel::County
            && d.name.ends_with('市')
            && tallies.iter().any(|t| t.count(d.province) > 0)
    }

    /// Whether some tally names `id` itself or the prefecture it lies in (the province, for a
    /// division directly under one, such as the districts of 北京).
    fn near(&self, id: DivId, tallies: &[&Tally]) -> bool {
        let d = self.table.get(id);
        tallies.iter().any(|t| {
            t.count(id) > 0
                || match d.prefecture {
                    Some(p) => t.count(p) > 0,
                    None => d.level != RegionLevel::Province && t.count(d.province) > 0,
                }
        })
    }

    /// Regions in order of first mention, each with all its mentions.
    fn regions(&self, pieces: &[Piece], resolved: &[Resolved]) -> Vec<Region> {
        let mut order: Vec<DivId> = Vec::new();
        // sized for every mention at once: grown from empty, the two tables were rehashed 270
        // times over the seeds x3
        let mut mentions: FastMap<DivId, Vec<Mention>> = FastMap::with_capacity_and_hasher(resolved.len(), Default::default());
        let mut seen: FastSet<Span> = FastSet::with_capacity_and_hasher(resolved.len(), Default::default());
        for r in resolved {
            let piece = &pieces[r.piece];
            let mention = Mention {
                text: piece.text[r.start..r.end].to_string(),
                span: piece.span(r.start, r.end),
            };
            let list = mentions.entry(r.id).or_default();
            if list.is_empty() {
                order.push(r.id);
            }
            if seen.insert(mention.span) {
                list.push(mention);
            }
        }
        order
            .into_iter()
            .map(|id| self.region(id, mentions.remove(&id).unwrap_or_default()))
            .collect()
    }

    /// The division the article is about, and whether the headline names it: the most specific
    /// one its headline names, else the one its body names most (the more specific on a tie,
    /// then the first). A province or city named only to locate a division inside it
    /// (`都安是广西…的县`, `广西都安`) casts no vote of its own.
    fn primary(&self, pieces: &[Piece], resolved: &[Resolved]) -> Option<(DivId, bool)> {
        let mut counts: FastMap<DivId, (usize, usize)> = FastMap::with_capacity_and_hasher(resolved.len(), Default::default());
        for (i, r) in resolved.iter().enumerate() {
            let text = pieces[r.piece].text;
            let n = usize::from(!self.locates(pieces, resolved, i) && !from_or_to(text, r.start, r.end) && !gives_aid(text, r.end));
            counts.entry(r.id).or_insert((0, i)).0 += n;
        }
        let rank = |id: DivId| {
            let (n, first) = counts[&id];
            (specificity(self.table.get(id).level), n, std::cmp::Reverse(first))
        };
        let headline = resolved.iter().filter(|r| pieces[r.piece].headline).map(|r| r.id);
        // `——百色市田东县、德保县…见闻`: counties of one city named together in the headline
        // make the article the city's
        let mut counties: Vec<DivId> = headline.clone().filter(|&id| self.table.get(id).level == RegionLevel::County).collect();
        counties.dedup();
        let city = counties.first().and_then(|&c| self.table.get(c).prefecture);
        if counties.len() >= 2 && city.is_some() && counties.iter().all(|&c| self.table.get(c).prefecture == city) {
            return city.map(|c| (c, true));
        }
        if let Some(helped) = self.helped_in_headline(pieces, resolved) {
            return Some((helped, true));
        }
        // `长治市第五届农民运动会在武乡开幕`: a county the headline names after `在` is where the
        // city's news took place, so the city named before it is whose news it is (help from
        // another province landing `在和政` stays the county's)
        let venue = |r: &Resolved| pieces[r.piece].text[..r.start].ends_with('在');
        let headline_first = resolved.iter().find(|r| pieces[r.piece].headline);
        let host = headline_first.filter(|first| {
            let text = pieces[first.piece].text;
            // the city holds the event (`长治市第五届…`), not an official of it (`长治市委书记
            // 在武乡调研`); a province's event is left to the county it comes to
            let holds = self.table.get(first.id).level == RegionLevel::Prefecture
                && !text[first.end..].starts_with(OFFICIAL_AFTER)
                && EVENT_WORDS.iter().any(|w| text.contains(w));
            holds
                && resolved.iter().any(|r| {
                    pieces[r.piece].headline && r.piece == first.piece && r.start > first.start && venue(r) && r.id != first.id && self.table.within(r.id, first.id)
                })
        });
        if let Some(host) = host {
            return Some((host.id, true));
        }
        // `全市第二届“村BA”总决赛在双峰落幕`: the city speaks of itself, and the county after
        // `在` is only where its event was held
        let city_event = headline_first.filter(|first| {
            let text = pieces[first.piece].text;
            text.trim_start().starts_with("全市") && venue(first) && EVENT_WORDS.iter().any(|w| text.contains(w))
        });
        if let Some(city) = city_event.and_then(|r| self.table.get(r.id).prefecture) {
            return Some((city, true));
        }
        // `全市就业帮扶车间吸纳脱贫劳动力2360人`: a headline in a city's voice is the city's
        // news, whichever of its counties the text goes on to name
        let city_voice = pieces.iter().any(|p| p.headline && p.text.trim_start().starts_with("全市"));
        if let Some(best) = headline.max_by_key(|&id| rank(id)) {
            return Some((best, true));
        }
        let best = resolved.iter().map(|r| r.id).max_by_key(|&id| {
            let (s, n, first) = rank(id);
            (n, s, first)
        })?;
        if city_voice && self.is_county(best) {
            if let Some(city) = self.table.get(best).prefecture {
                return Some((city, false));
            }
        }
        // every name cast no vote (`销往合肥、南京等地` only): the article says nothing of where
        // it is, and the page's context decides
        if counts[&best].0 == 0 {
            return None;
        }
        // 衡水市 with 阜城县 and 景县 once each is a city article, not one about 阜城
        let city = self.table.get(best).prefecture.filter(|p| counts.contains_key(p));
        let rival = counts.iter().any(|(&id, &(n, _))| {
            id != best
                && n == counts[&best].0
                && city.is_some()
                && self.table.get(id).prefecture == city
        });
        Some((if rival { city.unwrap_or(best) } else { best }, false))
    }

    /// `苏州相城区帮扶思南项目资金到位`: a headline that names a division, a word of help and then
    /// a division of another province the article names (by its full or short name, which a
    /// headline may print bare) is about the one helped, whose paper reports the help.
    fn helped_in_headline(&self, pieces: &[Piece], resolved: &[Resolved]) -> Option<DivId> {
        const HELP: [&str; 8] = ["帮扶", "支援", "援助", "对口", "结对", "援藏", "援疆", "援青"];
        const MAX_BEFORE_HELP_BYTES: usize = 2 * 3;
        resolved.iter().filter(|r| pieces[r.piece].headline).find_map(|a| {
            let after = pieces[a.piece].text.get(a.end..)?;
            // a word of help ending past the limit is too far: only the text up to there is
            // searched, by a plain scan, which costs less there than setting up `str::find`
            let mut near = after.len().min(MAX_BEFORE_HELP_BYTES + "帮扶".len());
            while !after.is_char_boundary(near) {
                near -= 1;
            }
            let at = HELP.iter().filter_map(|h| words::find(&after[..near], h).map(|k| k + h.len())).min()?;
            if at > MAX_BEFORE_HELP_BYTES + "帮扶".len() {
                return None;
            }
            let rest = &after[at..];
            let rest = ["对口", "结对"].iter().find_map(|w| rest.strip_prefix(w)).unwrap_or(rest);
            let province = self.table.get(a.id).province;
            resolved.iter().map(|r| r.id).find(|&id| {
                let d = self.table.get(id);
                d.province != province && (rest.starts_with(d.name) || d.short.iter().any(|s| rest.starts_with(s)))
            })
        })
    }

    /// Whether the `i`th mention is of a province or city named only as where the division
    /// named next to it lies: right before it (`广西都安`), or after it in the same sentence
    /// (`都安是广西…的县`, `镇雄县位于云南省东北部`).
    fn locates(&self, pieces: &[Piece], resolved: &[Resolved], i: usize) -> bool {
        const SENTENCE: usize = 120;
        let r = &resolved[i];
        if !matches!(self.table.get(r.id).level, RegionLevel::Province | RegionLevel::Prefecture) {
            return false;
        }
        let inside =
            |o: &Resolved| o.piece == r.piece && o.id != r.id && self.table.within(o.id, r.id);
        let qualifies = resolved.get(i + 1).is_some_and(|n| inside(n) && n.start == r.end);
        let located =
            i.checked_sub(1).map(|j| &resolved[j]).filter(|p| inside(p)).is_some_and(|p| {
                pieces[r.piece].text.get(p.end..r.start).is_some_and(|b| {
                    b.len() <= SENTENCE && !b.contains(['。', '；', '！', '？', ';'])
                })
            });
        qualifies || located
    }

    /// The division an article speaks for when its body names a division of another level
    /// than its voice: a county of the page's city in the city's voice (`市文化和旅游局…全市`;
    /// a city event held in a county is the city's news), or only the province or city the
    /// paper's county lies in, in the county's voice (`全县…广西`; a county paper's article
    /// is its county's). County-level cities speak of themselves as 市, so they keep theirs.
    fn voiced(
        &self,
        pieces: &[Piece],
        found: &Found,
        page: (Option<DivId>, Option<DivId>),
    ) -> Option<DivId> {
        let (page_city, paper_county) = page;
        let primary = found.primary.as_ref().filter(|_| !found.headline)?;
        let id = self.table.by_code(&primary.code)?;
        let d = self.table.get(id);
        // the article is read for its voice only where a rule below asks
        let voice = std::cell::OnceCell::new();
        let voice = || *voice.get_or_init(|| self.voice(pieces));
        // an autonomous prefecture speaks of itself as 州, which no county does: an article in
        // that voice (`全州…在凯里市闭幕`) is the prefecture's, even over a county-level city
        let own_prefecture = d.prefecture.filter(|&p| self.table.get(p).name.ends_with('州'));
        if let Some(p) = own_prefecture.filter(|_| d.level == RegionLevel::County && voice().prefecture > voice().county) {
            return Some(p);
        }
        // a province or city of another province (an east–west partner) named more than the
        // page's own city, in an article speaking for that city (`我市…浙江…`): the city's
        let province_of = |x: DivId| self.table.get(x).province;
        let outside = page_city.filter(|&c| province_of(c) != province_of(id));
        let far = matches!(d.level, RegionLevel::Province | RegionLevel::Prefecture);
        if let Some(c) = outside.filter(|_| far && voice().city > voice().county) {
            return Some(c);
        }
        let wanted = match d.level {
            RegionLevel::County if !d.name.ends_with('市') => {
                page_city.filter(|&c| d.prefecture == Some(c)).map(|c| (c, false))
            }
            RegionLevel::Province | RegionLevel::Prefecture => {
                paper_county.filter(|&c| c != id && self.table.within(c, id)).map(|c| (c, true))
            }
            _ => None,
        };
        let (target, county_voiced) = wanted?;
        let Voice { county, city, .. } = voice();
        let speaks = if county_voiced { county > city } else { city > county };
        speaks.then_some(target)
    }

    /// How often an article speaks of a county's organs and wholes, of a city's (a 州's
    /// included), and of a 州's alone.
    fn voice(&self, pieces: &[Piece]) -> Voice {
        let mut v = Voice::default();
        let city_end = COUNTY_VOICE.len() + CITY_VOICE.len();
        let prefecture_end = city_end + PREFECTURE_VOICE.len();
        let words = pieces.iter().flat_map(|p| self.voices.find(p.text).map(move |(k, start, _)| (k, p.text[..start].chars().next_back())));
        for (k, before) in words {
            match k {
                _ if k < COUNTY_VOICE.len() => v.county += 1,
                _ if k < city_end => v.city += 1,
                _ if k < prefecture_end => {
                    v.city += 1;
                    v.prefecture += 1;
                }
                _ if before.is_some_and(|c| NOT_TOWNSHIP_BEFORE.contains(&c)) => {}
                _ => v.township += 1,
            }
        }
        v
    }

    /// The divisions the page's paper is named after (`今日都安`, `吕梁日报`, a web page's
    /// `来源:定西日报`): from the lines over the first article, the articles' sources and the
    /// cells of the lines under the last (`某县融媒体中心主办　　今日某县` at the page's foot).
    fn papers(&self, input: &str, articles: &[Article]) -> Vec<DivId> {
        const HEADER_LINES: usize = 8;
        const FOOTER_LINES: usize = 3;
        let header_end = articles.first().map_or(0, |a| a.span.start);
        let header = input.get(..header_end).unwrap_or("");
        let lines = header.lines().take(HEADER_LINES).filter_map(|l| l.split_whitespace().next());
        let footer_start = articles.iter().map(|a| a.span.end).max().unwrap_or(input.len());
        let footer = input.get(footer_start..).unwrap_or("");
        let footer_cells = footer.lines().rev().take(FOOTER_LINES).flat_map(str::split_whitespace);
        let mut out: Vec<DivId> = Vec::new();
        for name in lines.chain(articles.iter().map(|a| a.source.as_str())).chain(footer_cells) {
            // a bulletin's masthead names the office that compiles it (`某县…办公室编`)
            let compiler = || ["编印", "编"].iter().find_map(|s| name.strip_suffix(s)).and_then(|office| self.office_county(office));
            // and a post's account names the county's newsroom (`某旗融媒体中心　2024年09月12日`)
            if let Some(id) = paper_stem(name).and_then(|stem| self.paper_division(stem)).or_else(compiler).or_else(|| self.outlet_county(name)) {
                if !out.contains(&id) {
                    out.push(id);
                }
            }
        }
        out
    }

    /// The county an outlet's name names (`某县融媒体中心`, `某县广播电视台`), read whole.
    fn outlet_county(&self, source: &str) -> Option<DivId> {
        let stem = OUTLET_SUFFIXES.iter().find_map(|s| source.strip_suffix(s))?;
        self.county_named(stem)
    }

    /// The county `name` is, when it is one and only one.
    fn county_named(&self, name: &str) -> Option<DivId> {
        let pattern = self.names.lookup(name)?;
        match pattern.candidates[..] {
            [id] if self.is_county(id) => Some(id),
            _ => None,
        }
    }

    /// The county whose office a source is (`某县乡村振兴局`, `某县人民政府`): the longest
    /// opening of the name that ends in `县`, `区` or `旗` and is a county (`梅县区` before `梅县`).
    fn office_county(&self, source: &str) -> Option<DivId> {
        const MAX_COUNTY_CHARS: usize = 8;
        let head = crate::term::head_chars(source, MAX_COUNTY_CHARS);
        head.rmatch_indices(['县', '区', '旗']).find_map(|(k, mark)| self.county_named(&source[..k + mark.len()]))
    }

    /// The division a paper's name stem names: the name itself or with a suffix (安康 is also
    /// a word, 安康市 is not), the broadest reading when it has several (恩施 is the 州 and its
    /// seat; the paper is the 州's).
    fn paper_division(&self, stem: &str) -> Option<DivId> {
        let mut spelled = String::with_capacity(stem.len() + 3);
        let pattern = ["", "市", "州", "县"].iter().find_map(|suffix| {
            spelled.clear();
            spelled.push_str(stem);
            spelled.push_str(suffix);
            self.names.lookup(&spelled)
        })?;
        let broadest =
            pattern.candidates.iter().map(|&c| specificity(self.table.get(c).level)).min()?;
        let mut at = pattern
            .candidates
            .iter()
            .filter(|&&c| specificity(self.table.get(c).level) == broadest);
        match (at.next(), at.next()) {
            (Some(&c), None) => Some(c),
            _ => None,
        }
    }

    /// County level or a zone: what a place below county level lies in.
    fn is_county(&self, id: DivId) -> bool {
        matches!(self.table.get(id).level, RegionLevel::County | RegionLevel::Zone)
    }

    fn region(&self, id: DivId, mentions: Vec<Mention>) -> Region {
        let d = self.table.get(id);
        Region {
            code: d.code.to_string(),
            name: d.name.to_string(),
            full_name: self.table.full_name(id),
            level: d.level,
            mentions,
        }
    }

    /// Places of every piece, with the county each lies in where the text or the town table
    /// tells it.
    fn places(
        &self,
        pieces: &[Piece],
        resolved: &[Resolved],
        primary: Option<&Region>,
    ) -> Vec<Place> {
        let mut named: Vec<DivId> = resolved.iter().map(|r| r.id).collect();
        named.sort_unstable();
        named.dedup();
        let counties: Vec<DivId> = named.iter().copied().filter(|&id| self.is_county(id)).collect();
        let default_county: Option<&str> = primary
            .filter(|p| matches!(p.level, RegionLevel::County))
            .map(|p| p.code.as_str())
            .or_else(|| match counties.as_slice() {
                [only] => Some(self.table.get(*only).code),
                _ => None,
            });
        let mut out: Vec<Place> = Vec::new();
        // names borrowed from the pieces and codes from the table: a place named again, as most
        // are, costs no copy
        let mut seen: FastSet<(&str, Option<&str>)> = FastSet::default();
        // where the piece's division names end, in one buffer for all pieces
        let mut anchors: Vec<usize> = Vec::new();
        for (i, piece) in pieces.iter().enumerate() {
            // the names are resolved piece after piece, each piece's in text order
            let from = resolved.partition_point(|r| r.piece < i);
            let here = &resolved[from..resolved.partition_point(|r| r.piece <= i)];
            anchors.clear();
            anchors.extend(here.iter().map(|r| r.end));
            let found = place::find(piece.text, &anchors, |n| self.table.town_homes(n).is_some());
            let mut codes: Vec<Option<&str>> = Vec::with_capacity(found.len());
            for raw in &found {
                let code = self
                    .county_before(piece.text, here, raw.start)
                    .map(|id| self.table.get(id).code)
                    .or_else(|| raw.parent.and_then(|p| codes[p]))
                    .or_else(|| self.town_county(&raw.name, &counties, &named))
                    .or(default_county);
                codes.push(code);
                let span = piece.span(raw.start, raw.end);
                // one record per place: the first mention stands for the rest
                if !seen.insert((&piece.text[raw.start..raw.end], code)) {
                    continue;
                }
                out.push(Place {
                    name: raw.name.clone(),
                    place_type: raw.place_type,
                    parent_code: code.map(str::to_string),
                    parent_name: raw.parent.map(|p| found[p].name.clone()),
                    span,
                });
            }
        }
        out
    }

    /// The county-level division named last before `at` in the same sentence
    /// (`大厂回族自治县职教中心…帮助窄坡村`). `here` are the division names of `text`, in text
    /// order; one more than a long sentence back is too far to tell.
    fn county_before(&self, text: &str, here: &[Resolved], at: usize) -> Option<DivId> {
        const SENTENCE: usize = 300;
        let k = here.partition_point(|r| r.end <= at);
        let last = here[..k].iter().rev().find(|r| self.is_county(r.id))?;
        let between = text.get(last.end..at).filter(|b| b.len() <= SENTENCE)?;
        crate::charset::find_mark(between, |c| matches!(c, '。' | '；' | '！' | '？' | ';')).is_none().then_some(last.id)
    }

    /// Gives places with no county the one the town table has under `id` (or `id` itself, when
    /// it is a county): for an article that names no division and takes the page's.
    fn place_in(&self, places: &mut [Place], id: DivId) {
        let county = self.is_county(id);
        for p in places.iter_mut().filter(|p| p.parent_code.is_none()) {
            let parent = p.parent_name.as_deref().unwrap_or(&p.name);
            p.parent_code = self
                .town_county(parent, &[], &[id])
                .or_else(|| county.then(|| self.table.get(id).code))
                .map(str::to_string);
        }
    }

    /// The county a town lies in, when the town table has it under exactly one of the counties
    /// (or under exactly one county of the prefectures) the article names.
    fn town_county(&self, name: &str, counties: &[DivId], named: &[DivId]) -> Option<&'static str> {
        let homes = self.table.town_homes(name)?;
        let mut in_article = homes.iter().copied().filter(|h| counties.contains(h));
        let chosen = match (in_article.next(), in_article.next()) {
            (Some(only), None) => Some(only),
            (None, _) => {
                let mut under =
                    homes.iter().copied().filter(|&h| named.iter().any(|&n| self.table.within(h, n)));
                match (under.next(), under.next()) {
                    (Some(only), None) => Some(only),
                    _ => None,
                }
            }
            _ => None,
        };
        chosen.map(|id| self.table.get(id).code)
    }
}

/// Whether one of `mentions` stands in `article`'s headline.
fn in_headline<'m>(article: &Article, mentions: impl IntoIterator<Item = &'m Mention>) -> bool {
    let Some(t) = article.title_span else { return false };
    mentions.into_iter().any(|m| t.start <= m.span.start && m.span.end <= t.end)
}

/// How often an article speaks as a county, a city (an autonomous prefecture's words
/// counted as a city's too), an autonomous prefecture, and a township.
#[derive(Debug, Default, Clone, Copy)]
struct Voice {
    county: usize,
    city: usize,
    prefecture: usize,
    township: usize,
}

/// Organs and wholes of a county or district (`区人大`, `全县`), or of a banner, Inner
/// Mongolia's county (`旗委`, `全旗`, `我旗`), and of a city: who an article that names no
/// division speaks for.
const COUNTY_VOICE: &[&str] = &[
    "县委", "县政府", "县人大", "县政协", "区委", "区政府", "区人大", "区政协", "全县", "县里", "我县", "旗委", "旗政府", "全旗", "我旗",
];
/// The same of a township (`镇党委`, `全镇`): a division no table names, inside a county but
/// not always the page's.
const TOWNSHIP_VOICE: &[&str] = &["镇党委", "镇政府", "乡党委", "乡政府", "全镇", "全乡", "镇里"];

/// Characters that make another word of a township's voice word after them (`健全乡村`,
/// `安全乡村`, `城镇里`, `乡镇里`).
const NOT_TOWNSHIP_BEFORE: [char; 10] = ['健', '完', '安', '齐', '保', '周', '成', '两', '城', '乡'];
const CITY_VOICE: &[&str] = &["市委", "市政府", "市人大", "市政协", "全市", "市里", "我市"];
/// The same of a province, and of an autonomous region, which calls itself 区 (`全区`, `我区`):
/// read only on a province's paper, where `全区` is no district's.
const PROVINCE_VOICE: &[&str] = &["省委", "省政府", "全省", "我省", "自治区党委", "自治区政府", "全区", "我区"];
/// The same of an autonomous prefecture, which calls itself 州 (`全州`, `我州`).
const PREFECTURE_VOICE: &[&str] = &["州委", "州政府", "州人大", "州政协", "全州", "我州", "州里"];

/// How the name of a county's newsroom ends after the county's own (`某县融媒体中心`).
const OUTLET_SUFFIXES: [&str; 5] = ["融媒体中心", "新闻中心", "传媒中心", "广播电视台", "电视台"];

/// What opens and closes a paper's name around the place it is named after.
const PAPER_PREFIXES: &[&str] = &["今日"];
const PAPER_SUFFIXES: &[&str] = &["人民政府门户网站", "人民政府网", "人民政府", "日报", "晚报", "时报", "早报", "融媒", "报"];

/// The place part of a paper's name (`今日都安` → 都安, `吕梁日报` → 吕梁): a short run of
/// Chinese characters with a paper's prefix or suffix.
fn paper_stem(name: &str) -> Option<&str> {
    const LONGEST: usize = 12;
    // Chinese characters take three bytes each: a longer name is no paper's
    if name.len() > LONGEST * 3 || !name.chars().all(mention::is_han) {
        return None;
    }
    let rest = PAPER_PREFIXES.iter().find_map(|p| name.strip_prefix(p));
    let stem = rest.unwrap_or(name);
    let stem = PAPER_SUFFIXES.iter().find_map(|s| stem.strip_suffix(s)).or(rest.map(|_| stem))?;
    (!stem.is_empty()).then_some(stem)
}

/// County-level divisions and zones are the most specific, provinces the least.
fn specificity(level: RegionLevel) -> u8 {
    match level {
        RegionLevel::Province => 0,
        RegionLevel::Prefecture => 1,
        RegionLevel::County | RegionLevel::Zone => 2,
    }
}

/// The article's text pieces in reading order: headline lines (with the input offset each
/// starts at, when it can be found), then paragraphs and captions.
fn pieces<'a>(input: &'a str, article: &'a Article) -> Vec<Piece<'a>> {
    // headline lines and the dateline, then every paragraph and caption
    let mut out = Vec::with_capacity(4 + article.paragraphs.len() + article.captions.len());
    let within = input.get(article.span.start..article.span.end).unwrap_or("");
    let locate = |text: &str| -> Option<usize> {
        if text.is_empty() {
            return None;
        }
        // only inside the article: searching the whole page for every article would be quadratic
        within.find(text).map(|k| article.span.start + k)
    };
    if let Some(title) = &article.title {
        let at = article
            .title_span
            .filter(|s| input.get(s.start..s.end) == Some(title.as_str()))
            .map(|s| s.start)
            .or_else(|| locate(title));
        if let Some(at) = at {
            out.push(Piece {
                text: &input[at..at + title.len()],
                source: Source::At(at),
                headline: true,
            });
        }
    }
    for line in [&article.kicker, &article.subtitle].into_iter().flatten() {
        if let Some(at) = locate(line) {
            out.push(Piece {
                text: &input[at..at + line.len()],
                source: Source::At(at),
                headline: true,
            });
        }
    }
    if let Some(place) = dateline(within, &article.source) {
        let at = article.span.start + place.start;
        out.push(Piece { text: &input[at..at + place.len()], source: Source::At(at), headline: false });
    }
    for p in &article.paragraphs {
        out.push(Piece { text: &p.text, source: Source::Paragraph(p), headline: false });
    }
    for c in &article.captions {
        // a caption is its span of the input, line breaks and all where a fixed-width page
        // wrapped it (its text leaves them out); else it is looked for
        let printed = input
            .get(c.span.start..c.span.end)
            .filter(|s| *s == c.text || crate::model::Paragraph::from_lines(s, c.span.start).text == c.text);
        let found = printed.map(|s| (c.span.start, s)).or_else(|| locate(&c.text).map(|at| (at, &input[at..at + c.text.len()])));
        if let Some((at, text)) = found {
            out.push(Piece { text, source: Source::At(at), headline: false });
        }
    }
    out
}

/// `新华社石家庄11月16日电`: the place a wire story was filed from, printed between its agency
/// (the article's `source`) and its date, as a byte range of `within`.
fn dateline(within: &str, source: &str) -> Option<std::ops::Range<usize>> {
    if source.is_empty() || source.starts_with("本报") || source.ends_with('讯') {
        return None;
    }
    let start = within.find(source)? + source.len();
    let rest = &within[start..];
    let len = rest.char_indices().take(9).find(|&(_, c)| !crate::charset::is_han(c)).map(|(k, _)| k)?;
    let dated = rest[len..].starts_with(|c: char| c.is_ascii_digit() || crate::numeral::is_chinese_numeral_char(c));
    (dated && (2..=8).contains(&rest[..len].chars().count())).then(|| start..start + len)
}

/// Columns that comment on the story above them (a column of briefs, `短讯`, does not, nor a
/// general opinion column, `评论`, `时评`).
const COMMENT_COLUMNS: [&str; 6] = ["编后", "编后语", "短评", "记者手记", "采访手记", "编辑手记"];

/// `【编后】`, `■短评`: a comment column's label, marks aside.
fn is_comment_label(label: &str) -> bool {
    let bare = label.trim().trim_matches(|c: char| !crate::charset::is_han(c));
    COMMENT_COLUMNS.contains(&bare)
}

/// Words of a partnership between regions.
const HELP_WORDS: [&str; 6] = ["协作", "帮扶", "对口", "援建", "援助", "挂职"];

/// What a headline says of an event held somewhere.
const EVENT_WORDS: [&str; 6] = ["开幕", "闭幕", "落幕", "举行", "举办", "召开"];

/// First characters of an office or official after a division's name (`长治市委`, `市长`,
/// `市政府`, `市人大`).
const OFFICIAL_AFTER: [char; 5] = ['委', '长', '政', '人', '领'];

/// Verbs before a list of places that says where people come from or goods go to.
const FROM_OR_TO: [&str; 8] = ["来自", "销往", "发往", "远销", "运往", "销售到", "卖到", "辐射"];

/// Words of aid sent from one region to another (`中山援藏`, `广东省第十批援藏干部`,
/// `上海对口帮扶单位`).
const AID_WORDS: [&str; 7] = ["援藏", "援疆", "援青", "援建", "对口支援", "对口帮扶", "结对帮扶"];

/// Longest stretch between a giver's name and its word of aid, in characters.
const MAX_AID_GAP_CHARS: usize = 6;

/// `中山援藏资金`, `广东省第十批援藏工作队`: a region named as the giver of aid is not where the
/// article's news happens, which the receiving region's paper reports, so it casts no vote for
/// the primary division (it stays among the regions). Read in a bounded window after the name.
fn gives_aid(text: &str, end: usize) -> bool {
    let window = crate::term::head_chars(&text[end..], MAX_AID_GAP_CHARS + 4);
    // every word of aid holds `援` or `帮扶`: most windows hold neither, told by byte searches
    if !words::occurs(window, "援") && !words::occurs(window, "帮扶") {
        return false;
    }
    AID_WORDS.iter().any(|w| {
        // only a suffix or a batch's ordinal stands between (`广东省第十批援藏`): `兰坪县通甸镇
        // 珠海援建的` names the giver after the place (a plain scan of the ten-character
        // window: `str::find` set up a searcher for each word at every mention)
        words::find(window, w).is_some_and(|k| {
            window[..k].chars().all(|c| AID_GAP.contains(c) || crate::numeral::chinese_digit(c).is_some() || crate::numeral::chinese_unit(c).is_some() || c.is_ascii_digit())
        })
    })
}

/// What may stand between a giver's name and its word of aid: its suffix and a batch's ordinal.
static AID_GAP: crate::charset::CharSet = crate::charset::CharSet::new("省市县区州第批期届");

/// Longest stretch after a name, in characters, read for the `等地` that closes its list.
const MAX_LIST_TAIL_CHARS: usize = 14;

/// Longest stretch before a name, in characters, read for the verb that opens its list.
const MAX_LIST_HEAD_CHARS: usize = 16;

/// `来自成都、重庆、昆明等地的游客`, `主要销往广州、深圳等地`: places listed as where visitors come
/// from or goods are sold name no place the article is about, so they cast no vote for its
/// primary division (they stay among its regions). Both ends are read in bounded windows.
fn from_or_to(text: &str, start: usize, end: usize) -> bool {
    let window = crate::term::head_chars(&text[end..], MAX_LIST_TAIL_CHARS);
    // (a plain scan of the few bytes: `str::find` sets up a searcher for every call)
    let closes = words::find(window, "等地")
        .is_some_and(|k| !window[..k].contains(['，', ',', '。', '；', ';', '：', ':']));
    if !closes {
        return false;
    }
    // the verb opens the list: nothing but the items before this one stands between them
    // (`来自省农科院的专家组深入武乡县、沁县等地` says where the experts come from, not the places)
    let head = crate::term::tail_chars(&text[..start], MAX_LIST_HEAD_CHARS);
    FROM_OR_TO.iter().any(|v| {
        words::rfind(head, v).is_some_and(|k| {
            let items = &head[k + v.len()..];
            // (`来自县内和昆明、上海等地`: the items before may be any words the list joins)
            items.is_empty() || items.ends_with(['、', '和', '及', '与']) && !items.contains(['，', ',', '。', '；', ';', '：', ':', '的'])
        })
    })
}

#[cfg(test)]
mod tests;
