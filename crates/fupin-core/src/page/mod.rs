//! Lines → blocks → articles: headlines, bylines, captions, and the page furniture that is dropped.
//!
//! Plain text cannot show type size, so a page is read by the rules of newspaper layout: a story
//! opens with a source mark or byline (`本报讯(…)`, `□本报记者 X`) under a few short headline
//! lines (section label, kicker, headline, subtitle); a photo item is a caption closed by a credit
//! (`X 摄`); short headline-like lines inside a story are its subheadings; folios, navigation,
//! copyright and pull quotes that repeat the body belong to no story.

mod byline;
mod furniture;
mod headline;
mod join;
mod line;

use byline::{Lead, Meta, People};
use headline::{is_heading_like, is_section_label, is_subtitle, is_title_like, split_kicker};
use join::Block;
use line::Line;

use crate::model::{
    Article, ArticleKind, Caption, Contributor, Date, Discarded, DiscardReason, Span,
};

/// A page split into its articles, with what belongs to none of them.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub articles: Vec<Article>,
    pub discarded: Vec<Discarded>,
    /// The date the page prints for itself, if any (`时间:2018-10-21 21:15`).
    pub date: Option<Date>,
}

/// What one line of the page is.
#[derive(Debug)]
enum Kind {
    Furniture(DiscardReason),
    /// A source mark opening a story; the story text may follow on the same line.
    Lead(Lead),
    /// A line that is only a byline.
    Byline(People),
    Meta(Meta),
    /// A photo caption; `credit` is where its photo credit begins, if it prints one.
    Caption { credit: Option<usize>, photographers: Vec<Contributor> },
    /// A photo credit on a line of its own (`X 摄`), closing the caption above it.
    Credit(Vec<Contributor>),
    Body,
}

/// Headline lines owned by the anchor (byline, source mark or meta line) that follows them.
#[derive(Debug, Clone, Copy)]
struct Group {
    first: usize,
    /// One past the last headline line.
    end: usize,
}

/// Splits a page into articles and discarded furniture. Linear in the size of the text.
pub fn split(text: &str) -> Page {
    let lines = line::lines(text);
    let mut kinds: Vec<Kind> = lines.iter().map(classify).collect();
    let date = page_date(&lines, &mut kinds);
    let groups = header_groups(&lines, &kinds);
    mark_link_lists(&lines, &mut kinds, &groups);
    mark_repeats(&lines, &mut kinds, &groups);
    let mut page = Builder::new(text, &lines, groups).build(&kinds);
    page.date = date;
    page
}

fn classify(l: &Line<'_>) -> Kind {
    let t = l.text;
    if let Some(m) = byline::meta(t, l.start) {
        return Kind::Meta(m);
    }
    if let Some(lead) = byline::lead(t, l.start) {
        return Kind::Lead(lead);
    }
    if let Some(people) = byline::byline_line(t, l.start) {
        return Kind::Byline(people);
    }
    if let Some(reason) = furniture::furniture(t) {
        return Kind::Furniture(reason);
    }
    if let Some((at, photographers)) = byline::photo_credit(t, l.start) {
        return if at == 0 {
            Kind::Credit(photographers)
        } else {
            Kind::Caption { credit: Some(at), photographers }
        };
    }
    let pictured = t.contains("图为") || t.starts_with("图:") || t.starts_with("图：");
    if pictured && !is_heading_like(t) {
        return Kind::Caption { credit: None, photographers: Vec::new() };
    }
    Kind::Body
}

/// A line that may be part of a headline block; the line right above the byline (`title`) may
/// be punctuated as headlines sometimes are.
fn is_header_line(l: &Line<'_>, k: &Kind, title: bool) -> bool {
    let fits = if title { is_title_like(l.text) } else { is_heading_like(l.text) };
    matches!(k, Kind::Body) && (fits || is_subtitle(l.text))
}

/// Whether a line opens a story and so owns the headline lines right above it.
fn is_anchor(k: &Kind) -> bool {
    match k {
        Kind::Lead(_) | Kind::Meta(_) => true,
        Kind::Byline(p) => p.first_role.is_some_and(|r| r != crate::model::Role::Editor),
        _ => false,
    }
}

/// Most lines a headline block takes: section label, kicker, headline and subtitle.
const MAX_HEADER_LINES: usize = 4;

/// Finds the headline block over every anchor: up to four headline-like lines directly above it.
fn header_groups(lines: &[Line<'_>], kinds: &[Kind]) -> Vec<Option<Group>> {
    let mut groups = vec![None; lines.len()];
    for a in 0..lines.len() {
        if !is_anchor(&kinds[a]) {
            continue;
        }
        let mut first = a;
        while first > 0
            && a - (first - 1) <= MAX_HEADER_LINES
            && groups[first - 1].is_none()
            && is_header_line(&lines[first - 1], &kinds[first - 1], first == a)
            && (first == a || !continues_paragraph(lines, kinds, first - 1))
        {
            first -= 1;
        }
        if first < a {
            let g = Group { first, end: a };
            for slot in &mut groups[first..a] {
                *slot = Some(g);
            }
        }
    }
    for s in 0..lines.len() {
        if let Some(h) = signed_story_headline(lines, kinds, &groups, s) {
            groups[h] = Some(Group { first: h, end: h + 1 });
        }
    }
    groups
}

/// Most paragraphs of a short item signed at its end (`…。(通讯员 X)`).
const MAX_SIGNED_ITEM_LINES: usize = 3;

/// The headline of a short item that prints its byline at the end: a headline-like line (no
/// subheading) a few plain paragraphs above a paragraph closed by a bracketed byline.
fn signed_story_headline(lines: &[Line<'_>], kinds: &[Kind], groups: &[Option<Group>], s: usize) -> Option<usize> {
    if !matches!(kinds[s], Kind::Body) || byline::trailing_byline(lines[s].text, lines[s].start).is_none() {
        return None;
    }
    let plain = |i: usize| matches!(kinds[i], Kind::Body) && groups[i].is_none() && !is_heading_like(lines[i].text);
    let mut h = s;
    while h > 0 && s - h < MAX_SIGNED_ITEM_LINES && plain(h) {
        h -= 1;
    }
    let l = &lines[h];
    let headline = h < s
        && matches!(kinds[h], Kind::Body)
        && groups[h].is_none()
        && is_heading_like(l.text)
        && !headline::is_subheading(l.text, l.level)
        && !continues_paragraph(lines, kinds, h);
    headline.then_some(h)
}

/// Whether line `i` reads as the tail of the paragraph above it: that line is running text
/// broken off without a sentence end, so `i` is no kicker or label of the story below.
fn continues_paragraph(lines: &[Line<'_>], kinds: &[Kind], i: usize) -> bool {
    i > 0
        && matches!(kinds[i - 1], Kind::Body | Kind::Lead(_))
        && !is_heading_like(lines[i - 1].text)
        && !line::ends_sentence(lines[i - 1].text)
}

/// A link-list label (`相关新闻:`) and the headline-like link lines under it are navigation.
fn mark_link_lists(lines: &[Line<'_>], kinds: &mut [Kind], groups: &[Option<Group>]) {
    let mut in_list = false;
    for i in 0..lines.len() {
        let free = groups[i].is_none() && matches!(kinds[i], Kind::Body);
        if free && furniture::is_list_label(lines[i].text) {
            kinds[i] = Kind::Furniture(DiscardReason::Navigation);
            in_list = true;
        } else if in_list && free && is_heading_like(lines[i].text) {
            kinds[i] = Kind::Furniture(DiscardReason::Navigation);
        } else {
            in_list = false;
        }
    }
}

/// The body text a line contributes: the story text after a lead, or the whole body line.
fn body_text<'a>(l: &Line<'a>, k: &Kind) -> Option<(&'a str, usize)> {
    match k {
        Kind::Body => Some((l.text, l.start)),
        Kind::Lead(lead) => lead_body(l, lead),
        _ => None,
    }
}

/// The story text that follows a source mark on its line, if any.
fn lead_body<'a>(l: &Line<'a>, lead: &Lead) -> Option<(&'a str, usize)> {
    let at = lead.body_start.saturating_sub(l.start);
    (at < l.text.len()).then(|| (&l.text[at..], lead.body_start))
}

/// Drops body lines that repeat other body text (pull quotes, duplicated blocks).
fn mark_repeats(lines: &[Line<'_>], kinds: &mut [Kind], groups: &[Option<Group>]) {
    let (ids, texts): (Vec<usize>, Vec<&str>) = (0..lines.len())
        .filter(|&i| groups[i].is_none())
        .filter_map(|i| body_text(&lines[i], &kinds[i]).map(|(t, _)| (i, t)))
        .unzip();
    for (&i, verdict) in ids.iter().zip(join::repeats(&texts)) {
        if let (Some(reason), Kind::Body) = (verdict, &kinds[i]) {
            kinds[i] = Kind::Furniture(reason);
        }
    }
}

/// The page's own date: from a meta line, else from the page header, which is furniture.
fn page_date(lines: &[Line<'_>], kinds: &mut [Kind]) -> Option<Date> {
    let mut date = kinds.iter().find_map(|k| match k {
        Kind::Meta(m) => m.date,
        _ => None,
    });
    for (l, k) in lines.iter().zip(kinds.iter_mut()) {
        if !matches!(k, Kind::Body) {
            continue;
        }
        if let Some(printed) = furniture::page_header(l.text) {
            if let Some(d) = printed {
                date.get_or_insert(d);
            }
            *k = Kind::Furniture(DiscardReason::Boilerplate);
        }
    }
    date
}

/// An article being assembled, with its body blocks and the input it covers.
#[derive(Default)]
struct Draft<'a> {
    article: Article,
    blocks: Vec<Block<'a>>,
    span: Option<Span>,
    /// The headline lines it opened under.
    header: Vec<Span>,
}

impl Draft<'_> {
    /// Only headline lines: no text, byline, source or photo. A headline with no story under it
    /// is a teaser, an index entry or a site menu, not an article.
    fn is_bare_headline(&self) -> bool {
        let a = &self.article;
        !self.header.is_empty()
            && self.blocks.is_empty()
            && a.captions.is_empty()
            && a.contributors.is_empty()
            && a.source.is_empty()
            && a.published_at.is_none()
    }
}

impl Draft<'_> {
    fn cover(&mut self, s: Span) {
        self.span = Some(match self.span {
            Some(o) => Span::new(o.start.min(s.start), o.end.max(s.end)),
            None => s,
        });
    }
}

struct Builder<'t, 'l> {
    input: &'t str,
    lines: &'l [Line<'t>],
    groups: Vec<Option<Group>>,
    drafts: Vec<Draft<'t>>,
    discarded: Vec<Discarded>,
    /// The story receiving body lines.
    open: Option<usize>,
    /// The open story is closed to headline lines: a photo item or a closing byline came last, so
    /// a headline-like line now opens a story of its own instead of being a subheading.
    closed: bool,
    /// The caption a credit line on its own closes.
    last_caption: Option<usize>,
    /// A label (`图片新闻`) printed over the photo item that follows.
    photo_label: Option<Line<'t>>,
}

impl<'t, 'l> Builder<'t, 'l> {
    fn new(input: &'t str, lines: &'l [Line<'t>], groups: Vec<Option<Group>>) -> Self {
        Builder {
            input,
            lines,
            groups,
            drafts: Vec::new(),
            discarded: Vec::new(),
            open: None,
            closed: false,
            last_caption: None,
            photo_label: None,
        }
    }

    fn build(mut self, kinds: &[Kind]) -> Page {
        let mut i = 0;
        while i < self.lines.len() {
            if let Some(g) = self.groups[i] {
                let anchored = g.end < self.lines.len();
                self.headline(g.first, g.end, anchored);
                i = g.end;
                continue;
            }
            let l = self.lines[i];
            let caption = self.last_caption.take();
            match &kinds[i] {
                Kind::Furniture(reason) => self.discard(&l, *reason),
                Kind::Lead(lead) => self.lead(i, &l, lead),
                Kind::Byline(p) => {
                    let d = self.open_or_new(l.raw);
                    self.drafts[d].article.contributors.extend(p.contributors.iter().cloned());
                    self.closed = !self.headed(i);
                }
                Kind::Meta(m) => self.meta(&l, m),
                Kind::Caption { credit, photographers } => self.caption(&l, *credit, photographers),
                Kind::Credit(people) => self.credit(&l, people, caption),
                Kind::Body if is_section_label(l.text) && photo_follows(kinds, i + 1) => {
                    self.photo_label = Some(l);
                }
                Kind::Body => {
                    let opens = self.open.is_none() || self.closed || l.level == 1;
                    if opens && is_heading_like(l.text) {
                        let end = self.subtitles_after(i + 1, kinds);
                        self.headline(i, end, false);
                        i = end;
                        continue;
                    }
                    let d = self.open_or_new(l.raw);
                    let (text, signed) = match byline::trailing_byline(l.text, l.start) {
                        Some((at, people)) => {
                            self.drafts[d].article.contributors.extend(people);
                            (l.text[..at].trim_end(), true)
                        }
                        None => (l.text, false),
                    };
                    if !text.is_empty() {
                        self.drafts[d].blocks.push(Block { text, start: l.start, level: l.level });
                    }
                    self.closed = signed;
                }
            }
            i += 1;
        }
        self.finish()
    }

    /// One past the subtitle lines that follow a headline at `from - 1`.
    fn subtitles_after(&self, mut from: usize, kinds: &[Kind]) -> usize {
        while from < self.lines.len()
            && self.groups[from].is_none()
            && matches!(kinds[from], Kind::Body)
            && is_subtitle(self.lines[from].text)
        {
            from += 1;
        }
        from
    }

    fn discard(&mut self, l: &Line<'_>, reason: DiscardReason) {
        let text = self.input[l.raw.start..l.raw.end].to_string();
        self.discarded.push(Discarded { span: l.raw, reason, text });
    }

    fn new_draft(&mut self, kind: ArticleKind) -> usize {
        let mut draft = Draft::default();
        draft.article.kind = kind;
        self.drafts.push(draft);
        self.drafts.len() - 1
    }

    /// The story receiving lines, or a new untitled one; covers `span` either way.
    fn open_or_new(&mut self, span: Span) -> usize {
        let d = match self.open {
            Some(d) => d,
            None => {
                let d = self.new_draft(ArticleKind::News);
                self.open = Some(d);
                d
            }
        };
        self.drafts[d].cover(span);
        d
    }

    /// Opens a story under the headline lines `first..end`: the last non-subtitle line is the
    /// headline, lines under it subtitles, the line above it a kicker and a short label above
    /// that (or alone above it) the section.
    fn headline(&mut self, first: usize, end: usize, _anchored: bool) {
        let d = self.new_draft(ArticleKind::News);
        self.open = Some(d);
        self.closed = false;
        let lines = &self.lines[first..end];
        let title_at = lines.iter().rposition(|l| !is_subtitle(l.text));
        let draft = &mut self.drafts[d];
        for l in lines {
            draft.cover(l.raw);
            draft.header.push(l.raw);
        }
        let Some(t) = title_at else {
            draft.article.subtitle = Some(join_texts(lines));
            return;
        };
        let title = lines[t];
        let (kicker_end, title_start) = split_kicker(title.text).unwrap_or((0, 0));
        let title_text = &title.text[title_start..];
        draft.article.title = Some(title_text.to_string());
        let s = title.start + title_start;
        draft.article.title_span = Some(Span::new(s, s + title_text.len()));
        if t + 1 < lines.len() {
            draft.article.subtitle = Some(join_texts(&lines[t + 1..]));
        }
        let mut above: Vec<&str> = lines[..t].iter().map(|l| l.text).collect();
        if kicker_end > 0 {
            above.push(&title.text[..kicker_end]);
        }
        if above.first().is_some_and(|s| is_section_label(s)) && (above.len() > 1 || kicker_end == 0) {
            draft.article.section = Some(above.remove(0).to_string());
        }
        if !above.is_empty() {
            draft.article.kicker = Some(above.join(" "));
        }
    }

    /// Whether line `i` directly follows a headline block (and so opens its story).
    fn headed(&self, i: usize) -> bool {
        i > 0 && self.groups[i - 1].is_some_and(|g| g.end == i)
    }

    /// A source mark opens a story of its own unless it follows a headline block, or the open
    /// story has no text yet (a byline line came between).
    fn lead(&mut self, i: usize, l: &Line<'t>, lead: &Lead) {
        let fresh = self.open.is_some_and(|d| self.drafts[d].blocks.is_empty() && self.drafts[d].article.captions.is_empty());
        if !self.headed(i) && !fresh {
            self.open = None;
        }
        let d = self.open_or_new(l.raw);
        let a = &mut self.drafts[d].article;
        if a.source.is_empty() {
            a.source = lead.source.clone();
        }
        a.contributors.extend(lead.contributors.iter().cloned());
        if let Some((text, start)) = lead_body(l, lead) {
            self.drafts[d].blocks.push(Block { text, start, level: 0 });
        }
        self.closed = false;
    }

    fn meta(&mut self, l: &Line<'_>, m: &Meta) {
        let d = self.open_or_new(l.raw);
        let a = &mut self.drafts[d].article;
        a.contributors.extend(m.contributors.iter().cloned());
        if a.published_at.is_none() {
            a.published_at.clone_from(&m.published_at);
        }
        if a.source.is_empty() {
            a.source.clone_from(&m.source);
        }
    }

    /// A credited caption is a photo item of its own; an uncredited one (`图为…`) belongs to the
    /// open story, or stands alone when there is none.
    fn caption(&mut self, l: &Line<'_>, credit: Option<usize>, photographers: &[Contributor]) {
        let text_end = credit.unwrap_or(l.text.len());
        let text = l.text[..text_end].trim_end();
        let caption = Caption {
            text: text.to_string(),
            photographers: photographers.iter().map(|c| c.name.clone()).collect(),
            span: Span::new(l.start, l.start + text.len()),
        };
        let label = self.photo_label.take();
        let standalone = credit.is_some() || self.open.is_none() || label.is_some();
        let d = if standalone {
            let d = self.new_draft(ArticleKind::Photo);
            self.closed = true;
            d
        } else {
            self.open.unwrap_or_default()
        };
        if let Some(label) = label {
            self.drafts[d].cover(label.raw);
            self.drafts[d].article.section = Some(label.text.to_string());
        }
        let draft = &mut self.drafts[d];
        draft.cover(l.raw);
        draft.article.contributors.extend(photographers.iter().cloned());
        draft.article.captions.push(caption);
        self.last_caption = Some(d);
    }

    /// A credit line closes the caption right above it, which makes that caption a photo item;
    /// anywhere else it credits the open story.
    fn credit(&mut self, l: &Line<'_>, people: &[Contributor], caption: Option<usize>) {
        let d = match caption {
            Some(d) if self.drafts[d].article.kind == ArticleKind::Photo => d,
            Some(d) => self.promote_last_caption(d),
            None => self.open_or_new(l.raw),
        };
        let draft = &mut self.drafts[d];
        draft.cover(l.raw);
        draft.article.contributors.extend(people.iter().cloned());
        if let Some(c) = draft.article.captions.last_mut() {
            c.photographers.extend(people.iter().map(|p| p.name.clone()));
        }
        self.closed = draft.article.kind == ArticleKind::Photo;
    }

    /// Moves the last caption of story `d` into a photo item of its own.
    fn promote_last_caption(&mut self, d: usize) -> usize {
        let caption = self.drafts[d].article.captions.pop();
        let p = self.new_draft(ArticleKind::Photo);
        if let Some(c) = caption {
            self.drafts[p].cover(c.span);
            self.drafts[p].article.captions.push(c);
        }
        p
    }

    fn finish(mut self) -> Page {
        let (bare, drafts): (Vec<Draft<'_>>, Vec<Draft<'_>>) =
            std::mem::take(&mut self.drafts).into_iter().partition(Draft::is_bare_headline);
        for span in bare.iter().flat_map(|d| &d.header) {
            let text = self.input[span.start..span.end].to_string();
            self.discarded.push(Discarded { span: *span, reason: DiscardReason::Navigation, text });
        }
        self.discarded.sort_by_key(|d| d.span.start);
        let articles = drafts
            .into_iter()
            .filter(|d| d.span.is_some())
            .map(|mut d| {
                d.article.paragraphs = join::paragraphs(&d.blocks);
                let spans: Vec<Span> = d.article.paragraphs.iter().map(|p| p.span).collect();
                spans.into_iter().for_each(|s| d.cover(s));
                d.article.span = d.span.unwrap_or_default();
                dedup_people(&mut d.article.contributors);
                d.article
            })
            .collect();
        Page { articles, discarded: self.discarded, date: None }
    }
}

/// A person credited twice in the same role (a meta line and a footer) is one contributor.
fn dedup_people(people: &mut Vec<Contributor>) {
    let mut seen = std::collections::HashSet::new();
    people.retain(|c| seen.insert((c.name.clone(), c.role)));
}

/// Whether line `i` starts a photo item: a credited caption, or a caption whose credit follows.
fn photo_follows(kinds: &[Kind], i: usize) -> bool {
    match kinds.get(i) {
        Some(Kind::Caption { credit: Some(_), .. }) | Some(Kind::Credit(_)) => true,
        Some(Kind::Caption { credit: None, .. }) => matches!(kinds.get(i + 1), Some(Kind::Credit(_))),
        _ => false,
    }
}

fn join_texts(lines: &[Line<'_>]) -> String {
    lines.iter().map(|l| l.text).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests;
