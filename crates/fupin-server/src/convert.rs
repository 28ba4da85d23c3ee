//! Core records → proto messages, with every span converted once into the client's encoding.
//!
//! The core counts in UTF-8 bytes; one `Offsets` table per request turns each span into code
//! points, bytes or UTF-16 units. Values are moved, not cloned: a page's records are converted
//! exactly once.

use fupin_core::model as core;
use fupin_core::span::Offsets;
use fupin_proto::v1 as pb;

use crate::request::Valid;

/// The response to `request`, whose text the core turned into `document`.
pub fn response(request: &Valid, document: core::Document) -> pb::ExtractResponse {
    let c = Converter {
        offsets: Offsets::new(&request.text, request.core_encoding()),
    };
    pb::ExtractResponse {
        document_id: request.document_id.clone(),
        articles: document
            .articles
            .into_iter()
            .map(|a| c.article(a))
            .collect(),
        discarded: document
            .discarded
            .into_iter()
            .map(|d| c.discarded(d))
            .collect(),
        encoding: request.encoding as i32,
        error: None,
    }
}

struct Converter {
    offsets: Offsets,
}

/// Spans fit in 32 bits: the core refuses texts of 4 GiB long before that.
fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Converter {
    fn span(&self, span: core::Span) -> Option<pb::Span> {
        let s = self.offsets.span(span);
        Some(pb::Span {
            start: offset(s.start),
            end: offset(s.end),
        })
    }

    fn article(&self, a: core::Article) -> pb::Article {
        pb::Article {
            title: a.title,
            title_span: a.title_span.and_then(|s| self.span(s)),
            kicker: a.kicker,
            subtitle: a.subtitle,
            section: a.section,
            kind: article_kind(a.kind) as i32,
            source: a.source,
            published_at: a.published_at,
            contributors: a
                .contributors
                .into_iter()
                .map(|x| self.contributor(x))
                .collect(),
            paragraphs: a
                .paragraphs
                .into_iter()
                .map(|x| self.paragraph(x))
                .collect(),
            captions: a.captions.into_iter().map(|x| self.caption(x)).collect(),
            span: self.span(a.span),
            topic: Some(topic(a.topic)),
            primary_region: a.primary_region.map(|x| self.region(x)),
            regions: a.regions.into_iter().map(|x| self.region(x)).collect(),
            places: a.places.into_iter().map(|x| self.place(x)).collect(),
            people: a.people.into_iter().map(|x| self.person(x)).collect(),
            organizations: a
                .organizations
                .into_iter()
                .map(|x| self.organization(x))
                .collect(),
            facts: a.facts.into_iter().map(|x| self.fact(x)).collect(),
            changes: a.changes.into_iter().map(|x| self.change(x)).collect(),
            programs: a.programs.into_iter().map(|x| self.program(x)).collect(),
            terms: a.terms.into_iter().map(|x| self.term(x)).collect(),
            cited_documents: a
                .cited_documents
                .into_iter()
                .map(|x| self.cited_document(x))
                .collect(),
            times: a.times.into_iter().map(|x| self.time(x)).collect(),
            keywords: a.keywords.into_iter().map(keyword).collect(),
        }
    }

    fn contributor(&self, c: core::Contributor) -> pb::Contributor {
        pb::Contributor {
            name: c.name,
            role: role(c.role) as i32,
            span: self.span(c.span),
        }
    }

    fn paragraph(&self, p: core::Paragraph) -> pb::Paragraph {
        pb::Paragraph {
            text: p.text,
            span: self.span(p.span),
        }
    }

    fn caption(&self, c: core::Caption) -> pb::Caption {
        pb::Caption {
            text: c.text,
            photographers: c.photographers,
            span: self.span(c.span),
        }
    }

    fn region(&self, r: core::Region) -> pb::Region {
        pb::Region {
            code: r.code,
            name: r.name,
            full_name: r.full_name,
            level: region_level(r.level) as i32,
            mentions: r
                .mentions
                .into_iter()
                .map(|m| pb::Mention {
                    text: m.text,
                    span: self.span(m.span),
                })
                .collect(),
        }
    }

    fn place(&self, p: core::Place) -> pb::Place {
        pb::Place {
            name: p.name,
            r#type: place_type(p.place_type) as i32,
            parent_code: p.parent_code,
            parent_name: p.parent_name,
            span: self.span(p.span),
        }
    }

    fn person(&self, p: core::Person) -> pb::Person {
        pb::Person {
            name: p.name,
            title: p.title,
            organization: p.organization,
            span: self.span(p.span),
        }
    }

    fn organization(&self, o: core::Organization) -> pb::Organization {
        pb::Organization {
            name: o.name,
            span: self.span(o.span),
        }
    }

    fn fact(&self, f: core::Fact) -> pb::Fact {
        pb::Fact {
            text: f.text,
            value: f.value,
            value_max: f.value_max,
            unit: f.unit,
            qualifier: qualifier(f.qualifier) as i32,
            subject: f.subject,
            year: f.year,
            year_end: f.year_end,
            region_code: f.region_code,
            span: self.span(f.span),
        }
    }

    fn quantity(&self, q: core::Quantity) -> pb::Quantity {
        pb::Quantity {
            text: q.text,
            value: q.value,
            unit: q.unit,
            year: q.year,
            span: self.span(q.span),
        }
    }

    fn change(&self, c: core::Change) -> pb::Change {
        pb::Change {
            subject: c.subject,
            from: Some(self.quantity(c.from)),
            to: Some(self.quantity(c.to)),
            direction: direction(c.direction) as i32,
            span: self.span(c.span),
        }
    }

    fn program(&self, p: core::Program) -> pb::Program {
        pb::Program {
            name: p.name,
            declared_count: p.declared_count,
            items: p
                .items
                .into_iter()
                .map(|i| pb::ProgramItem {
                    name: i.name,
                    span: self.span(i.span),
                })
                .collect(),
            complete: p.complete,
            span: self.span(p.span),
        }
    }

    fn term(&self, t: core::Term) -> pb::Term {
        pb::Term {
            term: t.term,
            expansion: t.expansion,
            span: self.span(t.span),
        }
    }

    fn cited_document(&self, d: core::CitedDocument) -> pb::CitedDocument {
        pb::CitedDocument {
            title: d.title,
            span: self.span(d.span),
        }
    }

    fn time(&self, t: core::TimeExpr) -> pb::TimeExpr {
        pb::TimeExpr {
            text: t.text,
            span: self.span(t.span),
            start: t.start,
            end: t.end,
            granularity: granularity(t.granularity) as i32,
            resolved: t.resolved,
        }
    }

    fn discarded(&self, d: core::Discarded) -> pb::Discarded {
        pb::Discarded {
            span: self.span(d.span),
            reason: discard_reason(d.reason) as i32,
            text: d.text,
        }
    }
}

fn topic(t: core::Topic) -> pb::Topic {
    pb::Topic {
        poverty_related: t.poverty_related,
        score: t.score,
        themes: t.themes.into_iter().map(|x| theme(x) as i32).collect(),
    }
}

fn keyword(k: core::Keyword) -> pb::Keyword {
    pb::Keyword {
        word: k.word,
        weight: k.weight,
    }
}

// One exhaustive match per enum: a variant added to the core fails to compile here until the
// proto carries it too.

fn article_kind(k: core::ArticleKind) -> pb::ArticleKind {
    match k {
        core::ArticleKind::News => pb::ArticleKind::News,
        core::ArticleKind::Photo => pb::ArticleKind::Photo,
    }
}

fn role(r: core::Role) -> pb::Role {
    match r {
        core::Role::Reporter => pb::Role::Reporter,
        core::Role::Correspondent => pb::Role::Correspondent,
        core::Role::Photographer => pb::Role::Photographer,
        core::Role::Author => pb::Role::Author,
        core::Role::Editor => pb::Role::Editor,
    }
}

fn theme(t: core::Theme) -> pb::Theme {
    use core::Theme as T;
    match t {
        T::Health => pb::Theme::Health,
        T::Education => pb::Theme::Education,
        T::Housing => pb::Theme::Housing,
        T::Water => pb::Theme::Water,
        T::Industry => pb::Theme::Industry,
        T::Employment => pb::Theme::Employment,
        T::Finance => pb::Theme::Finance,
        T::SocialSecurity => pb::Theme::SocialSecurity,
        T::Insurance => pb::Theme::Insurance,
        T::Monitoring => pb::Theme::Monitoring,
        T::Infrastructure => pb::Theme::Infrastructure,
        T::Relocation => pb::Theme::Relocation,
        T::Consumption => pb::Theme::Consumption,
        T::Disability => pb::Theme::Disability,
        T::Governance => pb::Theme::Governance,
    }
}

fn region_level(l: core::RegionLevel) -> pb::RegionLevel {
    match l {
        core::RegionLevel::Province => pb::RegionLevel::Province,
        core::RegionLevel::Prefecture => pb::RegionLevel::Prefecture,
        core::RegionLevel::County => pb::RegionLevel::County,
        core::RegionLevel::Zone => pb::RegionLevel::Zone,
    }
}

fn place_type(t: core::PlaceType) -> pb::PlaceType {
    match t {
        core::PlaceType::Township => pb::PlaceType::Township,
        core::PlaceType::Town => pb::PlaceType::Town,
        core::PlaceType::Street => pb::PlaceType::Street,
        core::PlaceType::Village => pb::PlaceType::Village,
        core::PlaceType::Community => pb::PlaceType::Community,
        core::PlaceType::Other => pb::PlaceType::Other,
    }
}

fn qualifier(q: core::Qualifier) -> pb::Qualifier {
    match q {
        core::Qualifier::Exact => pb::Qualifier::Exact,
        core::Qualifier::Approx => pb::Qualifier::Approx,
        core::Qualifier::MoreThan => pb::Qualifier::MoreThan,
        core::Qualifier::AtLeast => pb::Qualifier::AtLeast,
        core::Qualifier::LessThan => pb::Qualifier::LessThan,
        core::Qualifier::AtMost => pb::Qualifier::AtMost,
        core::Qualifier::Range => pb::Qualifier::Range,
    }
}

fn direction(d: core::Direction) -> pb::Direction {
    match d {
        core::Direction::Up => pb::Direction::Up,
        core::Direction::Down => pb::Direction::Down,
        core::Direction::Same => pb::Direction::Same,
    }
}

fn granularity(g: core::Granularity) -> pb::Granularity {
    match g {
        core::Granularity::Year => pb::Granularity::Year,
        core::Granularity::Month => pb::Granularity::Month,
        core::Granularity::Day => pb::Granularity::Day,
        core::Granularity::Minute => pb::Granularity::Minute,
    }
}

fn discard_reason(r: core::DiscardReason) -> pb::DiscardReason {
    match r {
        core::DiscardReason::PullQuote => pb::DiscardReason::PullQuote,
        core::DiscardReason::Duplicate => pb::DiscardReason::Duplicate,
        core::DiscardReason::PageNumber => pb::DiscardReason::PageNumber,
        core::DiscardReason::Navigation => pb::DiscardReason::Navigation,
        core::DiscardReason::Boilerplate => pb::DiscardReason::Boilerplate,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fupin_core::model::{Article, Document, Fact, Span};

    fn valid(text: &str, encoding: pb::Encoding) -> Valid {
        Valid {
            document_id: "d".into(),
            text: text.into(),
            options: Default::default(),
            encoding,
        }
    }

    /// A document with one fact over `😀3元` of `扶贫😀3元`: bytes 6..14.
    fn document() -> Document {
        let fact = Fact {
            text: "😀3元".into(),
            value: 3.0,
            value_max: None,
            unit: "元".into(),
            qualifier: core::Qualifier::AtLeast,
            subject: String::new(),
            year: Some(2020),
            year_end: None,
            region_code: None,
            span: Span::new(6, 14),
        };
        Document {
            articles: vec![Article {
                facts: vec![fact],
                span: Span::new(0, 14),
                ..Default::default()
            }],
            discarded: vec![],
        }
    }

    fn fact_span(encoding: pb::Encoding) -> (u32, u32) {
        let r = response(&valid("扶贫😀3元", encoding), document());
        let s = r.articles[0].facts[0].span.unwrap();
        (s.start, s.end)
    }

    #[test]
    fn spans_follow_the_requested_encoding() {
        assert_eq!(fact_span(pb::Encoding::CodePoint), (2, 5));
        assert_eq!(fact_span(pb::Encoding::Utf16), (2, 6));
        assert_eq!(fact_span(pb::Encoding::Utf8), (6, 14));
    }

    #[test]
    fn values_and_enums_carry_over() {
        let r = response(&valid("扶贫😀3元", pb::Encoding::CodePoint), document());
        assert_eq!(r.document_id, "d");
        assert_eq!(r.encoding, pb::Encoding::CodePoint as i32);
        let f = &r.articles[0].facts[0];
        assert_eq!((f.value, f.unit.as_str(), f.year), (3.0, "元", Some(2020)));
        assert_eq!(f.qualifier, pb::Qualifier::AtLeast as i32);
        assert_eq!(r.articles[0].kind, pb::ArticleKind::News as i32);
    }

    #[test]
    fn enums_map_by_name() {
        assert_eq!(
            theme(core::Theme::SocialSecurity).as_str_name(),
            "THEME_SOCIAL_SECURITY"
        );
        assert_eq!(
            role(core::Role::Photographer).as_str_name(),
            "ROLE_PHOTOGRAPHER"
        );
        assert_eq!(
            discard_reason(core::DiscardReason::PageNumber).as_str_name(),
            "DISCARD_REASON_PAGE_NUMBER"
        );
        assert_eq!(
            place_type(core::PlaceType::Community).as_str_name(),
            "PLACE_TYPE_COMMUNITY"
        );
        assert_eq!(
            qualifier(core::Qualifier::MoreThan).as_str_name(),
            "QUALIFIER_MORE_THAN"
        );
    }
}
