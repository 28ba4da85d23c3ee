//! Assembling articles: walking the classified lines in page order, opening a story under each
//! headline block or source mark, and placing bylines, captions, credits and body text in it.

use super::byline::{self, Lead, Meta};
use super::furniture;
use super::header::{continues_paragraph, Group};
use super::headline::{
    is_column_label, is_document_title, is_feature_subtitle, is_heading_like, is_section_label, is_subtitle,
    is_title_like, split_kicker, COLUMN_MARKS,
};
use super::join::{self, Block, Part};
use super::line::Line;
use super::{lead_body, Kind, Page};
use crate::model::{
    Article, ArticleKind, Caption, Contributor, DiscardReason, Discarded, Role, Span,
};

/// `t` without the bracketed signature it may close on (`…功夫在平时。(编者)`).
fn unsigned(t: &str) -> &str {
    match t.trim_end().strip_suffix([')', '）']).and_then(|r| r.rfind(['(', '（'])) {
        Some(open) => &t[..open],
        None => t,
    }
}

/// Column labels of a box of figures, which may print its rows with no headline.
const FIGURE_LABELS: [&str; 2] = ["数读", "数说"];

/// Column labels whose piece often prints no headline of its own: the label titles it. (A
/// `记者手记` with no headline closes the story above it, as a feature's afterword.)
const UNTITLED_LABELS: [&str; 4] = ["编后", "编后语", "来信摘登", "来信选登"];

/// Labels of a paper's glossary box (`■名词解释` over `衔接资金：即…。`): behind a box's sign,
/// the box is a piece of its own, titled by the label. (A site's bracketed `【名词解释】` under a
/// release closes the release instead: it glosses that release's words.)
const GLOSSARY_LABELS: [&str; 2] = ["名词解释", "知识链接"];

/// Longest term a glossary box explains (`防止返贫监测对象`), in characters.
const MAX_GLOSSED_TERM_CHARS: usize = 12;

/// Most headline lines above the subtitle of a headline stack: section, kicker and headline.
const MAX_STACK_LINES: usize = 3;

/// Longest label of a notice's section read between a story and the notice (`政府采购/招标`).
const MAX_NOTICE_LABEL_CHARS: usize = 10;

/// An article being assembled, with its body blocks and the input it covers.
#[derive(Default)]
struct Draft<'a> {
    article: Article,
    blocks: Vec<Block<'a>>,
    span: Option<Span>,
    /// The headline lines it opened under.
    header: Vec<Span>,
    /// Every line span it took, in page order: what is discarded if it ends up with no text.
    taken: Vec<Span>,
}

impl Draft<'_> {
    /// Only headline lines: no text, byline, source or photo. A headline with no story under it
    /// is a teaser, an index entry or a site menu, not an article.
    fn is_bare_headline(&self) -> bool {
        let a = &self.article;
        let only_header = match (self.header.first(), self.header.last(), self.span) {
            (Some(f), Some(l), Some(s)) => s.start == f.start && s.end == l.end,
            _ => false,
        };
        only_header
            && self.blocks.is_empty()
            && a.captions.is_empty()
            && a.contributors.is_empty()
            && a.source.is_empty()
            && a.published_at.is_none()
    }

    /// A headline with nothing under it yet but picture credits.
    fn is_headline_only(&self) -> bool {
        let a = &self.article;
        a.title.is_some()
            && self.is_empty()
            && a.source.is_empty()
            && a.contributors.iter().all(|c| c.role == Role::Photographer)
    }

    /// Nothing yet but what a meta line or a byline told (`发布时间:… 来源:…` over the page's
    /// first headline), or a bracketed box: the headline that follows opens this story, not
    /// another.
    fn is_untitled_start(&self) -> bool {
        // a box set before the headline (`【领导批示】…` atop a bulletin) is the story's too
        self.header.is_empty()
            && self.article.title.is_none()
            && self.article.captions.is_empty()
            && self.blocks.iter().all(|b| b.text.starts_with('【'))
    }

    /// One short line of no sentence and nothing else, no headline over it: set alone above a
    /// page's first headline it names the page or the post (`新闻早班车｜早安，某地！（9月12日）`
    /// over a digest of briefs), not a story of its own.
    fn is_lone_label(&self) -> bool {
        let a = &self.article;
        match &self.blocks[..] {
            [b] => {
                a.title.is_none()
                    && self.header.is_empty()
                    && a.captions.is_empty()
                    && a.contributors.is_empty()
                    && a.source.is_empty()
                    && super::line::at_most_chars(b.text, MAX_PAGE_LABEL_CHARS)
                    && !super::line::ends_sentence(b.text)
                    && names_no_figure_or_marks_a_label(b.text)
            }
            _ => false,
        }
    }

    /// Neither text nor a caption: a masthead, a byline or a meta line left without a story is
    /// no article.
    fn is_empty(&self) -> bool {
        self.blocks.is_empty() && self.article.captions.is_empty()
    }
}

impl Draft<'_> {
    fn cover(&mut self, s: Span) {
        if self.taken.last() != Some(&s) {
            self.taken.push(s);
        }
        self.span = Some(match self.span {
            Some(o) => Span::new(o.start.min(s.start), o.end.max(s.end)),
            None => s,
        });
    }
}

/// Whether two printings of one line say the same past their white space: `a` against the
/// pieces of `b` read in turn. Compared character by character, so a paragraph that differs at
/// once (as almost every story's first paragraph does from its title) is left after a few
/// characters, not copied whole.
fn same_squeezed(a: &str, b: &[&str]) -> bool {
    let kept = |c: &char| !c.is_whitespace();
    a.chars().filter(kept).eq(b.iter().flat_map(|p| p.chars()).filter(kept))
}

pub(super) struct Builder<'t, 'l> {
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
    /// A list of dated news is open: an item opened at a headline over its date alone.
    dated_list: bool,
    /// The page is a web page (it prints a meta line): one story with its pictures, so a
    /// credited caption belongs to the story rather than standing alone.
    web: bool,
    /// The page prints several datelined stories (`本报讯…`): a news page, whose pictures are
    /// items of their own unless printed inside a story's run of paragraphs.
    news: bool,
    /// The page indents its paragraphs (a scan, a typed document): a headline-like line printed
    /// flush over an indented one heads a story of its own, wherever it stands.
    indented: bool,
    /// A story cut mid-paragraph by a box printed into its columns (`■数读`), and the box:
    /// the story takes its text back after the box's own lines.
    interrupted: Option<(usize, usize)>,
}

impl<'t, 'l> Builder<'t, 'l> {
    pub(super) fn new(input: &'t str, lines: &'l [Line<'t>], groups: Vec<Option<Group>>) -> Self {
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
            dated_list: false,
            web: false,
            news: false,
            indented: false,
            interrupted: None,
        }
    }

    pub(super) fn build(mut self, kinds: &[Kind]) -> Page {
        self.web = kinds.iter().any(|k| matches!(k, Kind::Meta(_)));
        self.news = kinds.iter().filter(|k| matches!(k, Kind::Lead(_))).nth(MIN_NEWS_STORIES - 1).is_some();
        self.indented = indents_paragraphs(self.lines, kinds);
        let mut i = 0;
        while i < self.lines.len() {
            if let Some(g) = self.groups[i] {
                let anchored = g.end < self.lines.len();
                self.headline(g.first, g.end, anchored);
                i = g.end;
                continue;
            }
            if let Some(end) = self.column_end(i, kinds) {
                // a box printed into a paragraph the story leaves unfinished mid-sentence (a box of
                // figures closing on a figure's label, `26万人以上` / `脱贫劳动力务工规模`, is
                // finished)
                let unfinished = |blocks: &[Block]| {
                    let labelled = blocks.len() >= 2 && crate::quantity::table::labels_lone_figure(blocks[blocks.len() - 2].text, blocks[blocks.len() - 1].text);
                    blocks.last().is_some_and(join::breaks_mid_sentence) && !labelled
                };
                let cut = self.open.filter(|&d| !self.closed && unfinished(&self.drafts[d].blocks));
                self.headline(i, end, false);
                self.interrupted = cut.zip(self.open);
                i = end;
                continue;
            }
            if let Some(end) = self.notice_head_end(i, kinds) {
                self.headline(i, end, false);
                i = end;
                continue;
            }
            if let Some(end) = self.stack_end(i, kinds) {
                self.headline(i, end, false);
                i = end;
                continue;
            }
            let l = self.lines[i];
            let caption = self.last_caption.take();
            match &kinds[i] {
                Kind::Furniture(reason) => {
                    self.discard(&l, *reason);
                    // what follows a jump line is no more of the story that jumped, nor what follows
                    // a web page's links to the next story or its print button (`上一篇：…`)
                    if *reason == DiscardReason::Navigation && (furniture::continues_elsewhere(l.text) || furniture::ends_web_story(l.text)) {
                        self.closed = true;
                    }
                }
                Kind::Lead(lead) => self.lead(i, &l, lead),
                Kind::Byline(p) => {
                    let d = self.open_or_new(l.raw);
                    self.drafts[d]
                        .article
                        .contributors
                        .extend(p.contributors.iter().cloned());
                    // (the reporter of a letter's package signs under the part's label, and the
                    // part's text follows)
                    let part = i > 0 && super::header::is_package_part(self.lines[i - 1].text);
                    self.closed = !self.headed(i) && !part;
                }
                // `记者调查`, `部门回复` after a reader's letter signed at its end: the next part of
                // the letter's package, its text the letter's story's
                Kind::Body if self.open.is_some() && super::header::is_package_part(l.text) => {
                    let d = self.open_or_new(l.raw);
                    self.drafts[d].blocks.push(Block { text: l.text, start: l.start, level: l.level, inset: false });
                    self.closed = false;
                }
                Kind::Meta(m) => self.meta(&l, m),
                Kind::Caption {
                    credit,
                    photographers,
                    framed,
                } => {
                    let credited = photo_follows(kinds, i);
                    // on a news page, a credited picture printed after a story's last paragraph,
                    // right above the next headline, is an item of its own
                    let after_story = self.news && credit.is_some() && self.heads_next(i + 1);
                    // two credited pictures side by side are a row of photo items, whatever the
                    // page (one picture inside a feature's paragraphs shows the feature)
                    let credited_caption = |k: Option<&Kind>| matches!(k, Some(Kind::Caption { credit: Some(_), .. }));
                    let in_row = credit.is_some() && (credited_caption(kinds.get(i + 1)) || i > 0 && credited_caption(kinds.get(i - 1)));
                    // the caption right before, if any: a picture's item may follow another's
                    self.last_caption = caption;
                    self.caption(&l, *credit, *framed || after_story || in_row, credited, photographers);
                }
                Kind::Credit(people) => self.credit(&l, people, caption),
                Kind::Inset(parts) => self.inset(&l, parts),
                // `漫画` over a cartoon's title: the label of the photo item under it (asked
                // first: a short title over the caption reads as a label too)
                Kind::Body if photo_follows(kinds, i + 2) && super::is_cartoon_label(l.text) => {
                    self.photo_label = Some(l);
                }
                Kind::Body if photo_follows(kinds, i + 1) && is_section_label(l.text) && self.photo_label.is_none() => {
                    self.photo_label = Some(l);
                }
                // a headline right above a credited caption heads that photo item, where no
                // story runs or the page sets it apart (else it is the story's subheading)
                Kind::Body
                    if photo_follows(kinds, i + 1)
                        && is_heading_like(l.text)
                        && (self.open.is_none() || self.closed || l.gap >= 2 || self.photo_label.is_some())
                        && !continues_paragraph(self.lines, kinds, i) =>
                {
                    self.headline(i, i + 1, false);
                }
                // a name alone under a headline signs the piece (a commentary, a column)
                Kind::Body if self.under_headline(i) && self.signs_a_column(l.text) && byline::name_line(l.text, l.start).is_some() => {
                    let d = self.open_or_new(l.raw);
                    self.drafts[d].article.contributors.extend(byline::name_line(l.text, l.start));
                }
                Kind::Body => {
                    // an official notice printed after a finished story (`关于拟表彰…的公示`)
                    // opens with its title, whether or not the story above was signed off
                    let document = matches!(kinds.get(i + 1), Some(Kind::Body)) && self.notice_after_story(l.text);
                    // a headline-like line with no section number (`一、…` stays the story's)
                    let unnumbered = || is_heading_like(l.text) && !super::headline::is_numbered_in_words(l.text);
                    // on a page that indents its paragraphs, a flush headline over an indented
                    // paragraph heads a story however the one above ended (a table's row stays
                    // the story's)
                    let flush_head = self.indented
                        && !l.indented
                        && self.lines.get(i + 1).is_some_and(|n| n.indented && matches!(kinds[i + 1], Kind::Body))
                        && unnumbered()
                        && !crate::charset::holds_pipe(l.text)
                        && !l.text.contains('\t')
                        && !super::is_figure_row(l.text)
                        // (one more of the open story's own subheadings, `帮扶措施` where it
                        // printed `村情简介`, heads its next part)
                        && !self.parallel_subheading(i, kinds)
                        && !self.feature_part(i, kinds)
                        // (nor the first part's head right under the story's own headline and
                        // meta line, `前　言`)
                        && !self.under_headline(i);
                    // on a news page, a headline over a paragraph that opens as news does
                    // (`日前，…`, `12月5日，…`) heads a brief of its own, signed or not
                    let below = self.text_below(i, kinds);
                    let news_head = || {
                        self.news && unnumbered() && below.is_some_and(opens_as_news)
                    };
                    // `（上接第1版）…` after a story's text: the rest of another story, begun on
                    // another page, with no headline here
                    if super::header::opens_continued(l.text) && self.open.is_some_and(|d| !self.drafts[d].blocks.is_empty()) {
                        (self.open, self.closed) = (None, false);
                    }
                    // `王塬村开展防止返贫集中排查` / `2023-10-17` / text: the next item of a list of
                    // dated news, its date alone between its headline and its text, as the open
                    // story's own was
                    let dated = |h: usize| {
                        matches!(kinds.get(h + 1), Some(Kind::Furniture(_))) && matches!(kinds.get(h + 2), Some(Kind::Body)) && super::is_bare_date(self.lines[h + 1].text)
                    };
                    let dated_head = || {
                        // (the title's line found by a binary search: the lines are in text order)
                        let open_dated = || {
                            self.open.and_then(|d| self.drafts[d].article.title_span).is_some_and(|s| {
                                let h = self.lines[..i].partition_point(|l| l.raw.start <= s.start);
                                h > 0 && s.start < self.lines[h - 1].raw.end && dated(h - 1)
                            })
                        };
                        // (the item opens as news does, `10月以来，…`: a diary's dated entries
                        // under their own heads are one story)
                        // (or the list is one: under a column's label, `村务动态`, or past an item
                        // opened so)
                        let news_below = || self.lines.get(i + 2).is_some_and(|n| opens_as_news(n.text));
                        let listed = || self.dated_list || self.open.is_some_and(|d| self.drafts[d].article.section.is_some());
                        unnumbered() && dated(i) && (news_below() || listed()) && open_dated()
                    };
                    // a feature's subheading right under a picture printed between its parts: the
                    // picture closed the story, but the line matches the subheadings it printed
                    let subheading = caption.is_some() && self.closed && self.parallel_subheading(i, kinds);
                    // `相关阅读` over a headline over text: a related story printed whole
                    let under_label = i > 0 && matches!(kinds[i - 1], Kind::Furniture(DiscardReason::Navigation)) && super::furniture::is_list_label(self.lines[i - 1].text);
                    // a reader's letter under its headline opens with its salutation (`编辑同志：`)
                    // (its headline may ask: `…咋“断了顿”？`; a post's title printed again over
                    // the letter it posts is the open story's own)
                    // (only on a page of letters: the open story, if any, opens as a letter or
                    // as the editor's word on them; a letter quoted in a feature stays its text)
                    let among_letters = self.open.is_none_or(|d| {
                        self.drafts[d].blocks.first().is_some_and(|b| super::headline::is_salutation(b.text) || super::furniture::is_editors_note(b.text))
                    });
                    let letter = below.is_some_and(super::headline::is_salutation)
                        && is_title_like(l.text)
                        && !is_subtitle(l.text)
                        && !self.under_headline(i)
                        && among_letters;
                    let opens = self.open.is_none()
                        || self.closed && !subheading
                        || letter
                        || under_label
                        || l.level == 1
                        || document
                        || flush_head
                        || news_head()
                        || { let d = dated_head(); self.dated_list |= d; d }
                        || self.untitled_start().is_some();
                    // a top-level heading may close on a question (a record's title field)
                    if opens && (is_heading_like(l.text) && !super::in_roster(self.lines, i) || l.level == 1 && is_title_like(l.text) || document || letter) {
                        let end = self.opening_block_end(i, kinds);
                        self.headline(i, end, false);
                        i = end;
                        continue;
                    }
                    self.resume_interrupted(l.text);
                    self.open_next_brief(l.text, l.start);
                    let d = self.open_or_new(l.raw);
                    let (text, signed) = self.unsign(d, l.text, l.start);
                    if !text.is_empty() {
                        self.drafts[d].blocks.push(Block {
                            text,
                            start: l.start,
                            level: l.level,
                            inset: false,
                        });
                    }
                    self.closed = signed;
                }
            }
            i += 1;
        }
        self.finish()
    }

    /// A column's label over a headline (`短评` / `防返贫贵在早`, `■县域传真` / `…`) opens a piece
    /// wherever it stands, even inside an open story: such pieces often print no byline above
    /// their text. Returns one past the headline when line `i` is such a label.
    fn column_end(&self, i: usize, kinds: &[Kind]) -> Option<usize> {
        // (a bracketed name, `【经验交流】`, labels a column too where a headline follows it,
        // not a card's fields, `【名片】` / `姓名：某某`, nor a report's part, `【主要做法】` /
        // `（一）…`)
        let bracketed = || {
            let t = self.lines[i].text;
            super::headline::is_entry_head(t) && !super::headline::is_report_part(t) && self.lines.get(i + 1).is_some_and(|n| !n.text.contains(['：', ':']))
        };
        let labelled = self.groups[i].is_none()
            && matches!(kinds[i], Kind::Body)
            && (is_column_label(self.lines[i].text) || bracketed());
        let j = i + 1;
        // a box of figures printed at a story's end (`【数说】` / `种植面积:32万亩`) is part of it
        let record = |t: &str| {
            crate::quantity::table::record_label_end(t).is_some() || crate::quantity::table::figure_first(t).is_some()
        };
        // the piece's headline may be a document's long title (`《…细则》要点解读`), or one a
        // byline at the story's end already marked (`简讯` / `某某电站收益1120万元` / …`(记者 X)`)
        let titled = || {
            self.groups[j].is_none_or(|g| g.first == j && g.end == j + 1)
                && matches!(kinds[j], Kind::Body)
                && is_title_like(self.lines[j].text)
        };
        let headed = labelled
            && j + 1 < self.lines.len()
            && (self.stacked(j, kinds) || titled())
            && !record(self.lines[j].text)
            && !continues_paragraph(self.lines, kinds, j);
        // `■数读` over figures printed over their labels: a box of its own, the label its title
        // (a bracketed `【数说】` over `种植面积:32万亩` closes the story above instead)
        let boxed = labelled
            && self.lines[i].text.starts_with(COLUMN_MARKS)
            && j < self.lines.len()
            && crate::quantity::table::lone_figure(self.lines[j].text);
        // a bare `数读` over rows printed figure first (`28万人  全市务工规模`), or a bare `编后`
        // over its text: the piece has no headline but its label
        let label = super::line::trim(self.lines[i].text);
        let next = (j < self.lines.len() && matches!(kinds[j], Kind::Body)).then(|| self.lines[j].text);
        // the tests of the line itself come first, those of the next line only when they pass:
        // most lines are neither labels nor boxes' headlines
        let figures_next = || next.is_some_and(|t| crate::quantity::table::figure_first(t).is_some() || crate::quantity::table::lone_figure(t));
        let figures = || FIGURE_LABELS.contains(&label) && figures_next();
        // `数说某市巩固衔接成效` over such rows: the label opens the box's own headline
        // (`数说·2023年某省巩固脱贫成果` over `■…` lines: the label joined to the title by a dot,
        // the rows behind bullets)
        let titled = |title: &str| {
            let title = title.trim_start_matches(['·', '•', '：', ':']);
            !title.is_empty() && is_heading_like(title)
        };
        let bullets_next = || next.is_some_and(|t| t.starts_with(join::ITEM_BULLETS));
        let titled_box = self.groups[i].is_none()
            && matches!(kinds[i], Kind::Body)
            && FIGURE_LABELS.iter().any(|l| label.strip_prefix(l).is_some_and(titled))
            && (figures_next() || bullets_next());
        // `协作成果` over `■ 共建产业园9个…` lines: a short label over three or more short bulleted
        // lines of figures is a box of its own, wherever it stands
        let figure_line = |k: usize| {
            self.lines.get(k).is_some_and(|l| {
                matches!(kinds[k], Kind::Body) && l.text.starts_with(join::ITEM_BULLETS) && super::line::at_most_chars(l.text, 60) && l.text.bytes().any(|b| b.is_ascii_digit())
            })
        };
        let bulleted_box = self.groups[i].is_none()
            && matches!(kinds[i], Kind::Body)
            && super::line::chars_within(label, 8).is_some_and(|n| n >= 2)
            && is_heading_like(label)
            && (j..j + 3).all(figure_line);
        if titled_box || bulleted_box {
            return Some(j);
        }
        let text = || UNTITLED_LABELS.contains(&label) && next.is_some_and(|t| super::line::ends_sentence(unsigned(t)) && !is_heading_like(t));
        let glossary = || {
            label.strip_prefix(COLUMN_MARKS).is_some_and(|l| GLOSSARY_LABELS.contains(&l.trim_start()))
                && next.is_some_and(|t| crate::charset::han_label(super::line::trim(t), MAX_GLOSSED_TERM_CHARS).is_some() && super::line::ends_sentence(t))
        };
        if boxed || labelled && (figures() || text() || glossary()) {
            return Some(j);
        }
        headed.then_some(j + 1)
    }

    /// Whether line `i` heads a part of the open feature: a feature printed with a subtitle
    /// (`——某县探索…`) and a byline is cut into parts under short subheads, and a subhead over
    /// text that does not open as news (`本报讯`, `3月15日，`) heads no story of its own.
    fn feature_part(&self, i: usize, kinds: &[Kind]) -> bool {
        let Some(d) = self.open.filter(|_| !self.closed) else { return false };
        let article = &self.drafts[d].article;
        let featured = article.subtitle.is_some() && !article.contributors.is_empty() && !self.drafts[d].blocks.is_empty();
        featured
            && super::line::chars_within(self.lines[i].text, join::MAX_PARALLEL_SUBHEADING_CHARS).is_some()
            && self.text_below(i, kinds).is_some_and(|t| !opens_as_news(t))
    }

    /// The text of line `i + 1` when it is a line of text (a headline's first paragraph).
    fn text_below(&self, i: usize, kinds: &[Kind]) -> Option<&'t str> {
        self.lines.get(i + 1).filter(|_| matches!(kinds[i + 1], Kind::Body)).map(|n| n.text)
    }

    /// Whether line `i` is one more of the open story's subheadings (`订单跟着技能走` where it
    /// printed `车间开到楼底下`): a short headline-like line of about the length of one of the
    /// story's own, over a paragraph that does not open as news. A feature's subheadings are
    /// cut to one length; a new story's headline seldom matches one.
    fn parallel_subheading(&self, i: usize, kinds: &[Kind]) -> bool {
        use join::{similar_length, MAX_PARALLEL_SUBHEADING_CHARS};
        let l = &self.lines[i];
        let Some(n) = super::line::chars_within(l.text, MAX_PARALLEL_SUBHEADING_CHARS) else { return false };
        let Some(d) = self.open else { return false };
        let over_text = self.text_below(i, kinds).is_some_and(|t| !opens_as_news(t));
        let draft = &self.drafts[d];
        over_text
            && draft.article.kind == ArticleKind::News
            && is_heading_like(l.text)
            && draft.blocks.iter().any(|b| {
                super::line::chars_within(b.text, MAX_PARALLEL_SUBHEADING_CHARS).is_some_and(|m| similar_length(m, n)) && is_heading_like(b.text)
            })
    }

    /// `关于开展…工作的通知` over its addressees (`各县(市、区)…:`), with its number
    /// (`某乡振发〔2024〕8号`) between or not: a notice printed whole, which opens a piece of its
    /// own wherever it stands, with no byline. Returns one past its title and number.
    fn notice_head_end(&self, i: usize, kinds: &[Kind]) -> Option<usize> {
        const MAX_ADDRESSEE_CHARS: usize = 60;
        let body = |j: usize| j < self.lines.len() && matches!(kinds[j], Kind::Body);
        let addressed = |j: usize| {
            body(j) && {
                let t = self.lines[j].text.trim_end();
                t.ends_with([':', '：'])
                    && super::line::at_most_chars(t, MAX_ADDRESSEE_CHARS)
                    && !t.contains(['。', '；', ';'])
            }
        };
        let titled = |i: usize| {
            let t = super::line::trim(self.lines[i].text);
            self.groups[i].is_none()
                && body(i)
                // the title's length and ending first: a line of text is long, and searching it
                // for `关于` read it whole
                && is_document_title(t)
                && t.contains("关于")
                && !continues_paragraph(self.lines, kinds, i)
        };
        // `官地坪镇人民政府` over `关于…的通告`: the issuing office printed over its title opens the
        // document whatever follows
        // (set apart from what stands above it, or addressing someone: an office named over a
        // line inside a story is text)
        let apart = i == 0 || self.lines[i].gap > 0 || matches!(kinds[i - 1], Kind::Furniture(_));
        if body(i) && self.groups[i].is_none() && super::headline::is_issuer(self.lines[i].text) && i + 1 < self.lines.len() && titled(i + 1) && (apart || addressed(i + 2)) {
            let numbered = body(i + 2) && super::headline::is_document_number(self.lines[i + 2].text);
            return Some(i + 2 + usize::from(numbered));
        }
        if titled(i) {
            let numbered = body(i + 1) && super::headline::is_document_number(self.lines[i + 1].text);
            let end = i + 1 + usize::from(numbered);
            return addressed(end).then_some(end);
        }
        // `某村2023年度项目资产收益分配公示` over `全体村民：`: a notice with no `关于` opens so where
        // it speaks to the public by name (a story's `主要内容如下：` is no addressee)
        const PUBLIC: [&str; 10] = ["全体", "广大", "尊敬的", "亲爱的", "各村", "各乡", "各镇", "各单位", "各有关", "各县"];
        let to_public = |j: usize| addressed(j) && PUBLIC.iter().any(|w| self.lines[j].text.starts_with(w)) && !self.lines[j].text.contains("如下");
        let t = super::line::trim(self.lines[i].text);
        let bare_title = self.groups[i].is_none() && body(i) && is_document_title(t) && !continues_paragraph(self.lines, kinds, i);
        (bare_title && to_public(i + 1)).then_some(i + 1)
    }

    /// A headline stack with no byline under it: short headline lines (section, kicker,
    /// headline) closed by a `——` subtitle open a story wherever they stand, even inside an open
    /// one. Returns one past its last line when line `i` starts one.
    fn stack_end(&self, i: usize, kinds: &[Kind]) -> Option<usize> {
        if !self.stacked(i, kinds) || continues_paragraph(self.lines, kinds, i) {
            return None;
        }
        let j = self.stack_lines_end(i, kinds);
        // inside a running story a short `——` line may be a list item: only a feature's
        // subtitle marks a stack there
        let running = self.open.is_some() && !self.closed;
        let sub = self.lines.get(j).map_or("", |l| l.text);
        let subtitled = j < self.lines.len()
            && self.groups[j].is_none()
            && matches!(kinds[j], Kind::Body)
            && if running {
                is_feature_subtitle(sub)
            } else {
                is_subtitle(sub)
            };
        subtitled.then(|| self.subtitles_after(j, kinds))
    }

    /// Hands the text back to a story a box cut into, once a line of prose follows the box's
    /// own lines (its bullets, records, figures with the labels under them, and source note).
    fn resume_interrupted(&mut self, text: &str) {
        let Some((story, boxed)) = self.interrupted else { return };
        let blocks = &self.drafts[boxed].blocks;
        // a figure's label may run longer than a box's other lines
        let label = || blocks.last().is_some_and(|b| crate::quantity::table::labels_lone_figure(b.text, text));
        if self.open != Some(boxed) {
            self.interrupted = None;
        } else if !blocks.is_empty() && !is_box_line(text) && !label() {
            self.open = Some(story);
            self.interrupted = None;
        }
    }

    /// Whether line `j` is a free headline-like line that may stand in a headline stack.
    fn stacked(&self, j: usize, kinds: &[Kind]) -> bool {
        self.groups[j].is_none()
            && matches!(kinds[j], Kind::Body)
            && is_heading_like(self.lines[j].text)
            && !is_subtitle(self.lines[j].text)
            && !super::headline::is_entry_head(self.lines[j].text)
    }

    /// One past the headline-like lines of a stack that starts at line `i`.
    fn stack_lines_end(&self, i: usize, kinds: &[Kind]) -> usize {
        let mut j = i + 1;
        while j < self.lines.len() && j - i < MAX_STACK_LINES && self.stacked(j, kinds) {
            j += 1;
        }
        j
    }

    /// One past the headline block a headline-like line opening a story starts: a section
    /// label (`要闻`) takes the kicker and headline under it, then any subtitles follow.
    fn opening_block_end(&self, i: usize, kinds: &[Kind]) -> usize {
        let end = if is_section_label(self.lines[i].text) {
            self.stack_lines_end(i, kinds)
        } else {
            // `奋进新征程 建功新时代` over `某县…大事记` over `(2016—2023年)`: headline-like lines in
            // a row where no story is open, over a subtitle, stand in one stack, the last the
            // headline; a numbered head (`一、…`),
            // a row of a table (`项目 | 2022年 | 2023年`) or a field of figures (`时间:2024年1月18日`)
            // under the first opens the text
            let stacks = |j: usize| {
                let t = self.lines[j].text;
                let figure_field = t.split_once([':', '：']).is_some_and(|(_, v)| v.trim_start().starts_with(|c: char| c.is_ascii_digit()));
                self.stacked(j, kinds)
                    && !super::headline::is_numbered_in_words(t)
                    && !t.contains(['|', '\t'])
                    && !figure_field
                    && !super::is_figure_row(t)
            };
            let mut j = i + 1;
            while j < self.lines.len() && j - i < MAX_STACK_LINES && stacks(j) {
                j += 1;
            }
            // a stack is told by the subtitle under it (`(2016—2023年)`, `——…纪实`): without one,
            // a short line under a headline is as often its story's first subheading
            let subtitled = self.lines.get(j).is_some_and(|l| matches!(kinds[j], Kind::Body) && is_subtitle(l.text));
            if subtitled { j } else { i + 1 }
        };
        self.subtitles_after(end, kinds)
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
        self.discard_span(l.raw, reason);
    }

    fn discard_span(&mut self, span: Span, reason: DiscardReason) {
        let text = self
            .input
            .get(span.start..span.end)
            .unwrap_or("")
            .to_string();
        self.discarded.push(Discarded { span, reason, text });
    }

    fn new_draft(&mut self, kind: ArticleKind) -> usize {
        let mut draft = Draft::default();
        draft.article.kind = kind;
        self.drafts.push(draft);
        self.drafts.len() - 1
    }

    /// Whether `text` is the title of a notice (`关于…的公示`, `…的通知`) that follows the open
    /// story's finished text: a story that quotes the title of a document it reports
    /// (`印发了《…》`) names it inside a sentence, and a site printing its notice's title twice
    /// repeats the open story's own.
    fn notice_after_story(&self, text: &str) -> bool {
        const NOTICES: [&str; 4] = ["公示", "公告", "通知", "通报"];
        // `某乡2023年…道路提升项目中标结果公告`: a procurement's notice names its project, no `关于`
        const RESULT_NOTICES: [&str; 5] = ["中标结果公告", "中标公告", "成交结果公告", "招标公告", "结果公示"];
        let titled = text.starts_with("关于") && NOTICES.iter().any(|n| text.ends_with(n)) || RESULT_NOTICES.iter().any(|n| text.ends_with(n));
        if !titled || !is_document_title(text) {
            return false;
        }
        let Some(d) = self.open.filter(|_| !self.closed) else { return false };
        let draft = &self.drafts[d];
        // (a document's closing note in brackets, `（此件公开发布）`, finishes it too)
        let ends = |b: &Block<'_>| super::line::ends_sentence(b.text) && !b.text.ends_with(['：', ':']) || super::join::is_bracketed(b.text);
        // (a short label of the notice's section, `政府采购/招标`, may stand between)
        let label = |b: &Block<'_>| super::line::at_most_chars(b.text, MAX_NOTICE_LABEL_CHARS) && !b.text.contains(['，', '。', '：', ':']);
        let finished = match draft.blocks.as_slice() {
            [.., before, last] if label(last) => ends(before),
            [.., last] => ends(last),
            [] => false,
        };
        finished && draft.article.title.as_deref() != Some(text)
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
        let d = match self.untitled_start() {
            Some(d) => d,
            None => self.new_draft(ArticleKind::News),
        };
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
        // `要闻·综合` over `(上接第一版)持续巩固…`: a story continued from another page prints no
        // headline; the page's section label above it is its section, not its title
        let continued = self.lines.get(end).is_some_and(|l| super::header::opens_continued(l.text));
        if continued && lines.len() == 1 && is_section_label(lines[0].text) && lines[0].text.contains(['·', '•']) {
            draft.article.section = Some(lines[0].text.to_string());
            return;
        }
        let title = lines[t];
        let (kicker_end, title_start) = split_kicker(title.text).unwrap_or((0, 0));
        // a box titled by its column's label alone (`■数读`) is titled without the sign
        let title_start = title_start + (title.text[title_start..].len() - title.text[title_start..].trim_start_matches(COLUMN_MARKS).len());
        let title_text = &title.text[title_start..];
        // `防止返贫帮扶政策怎么享?——访某局副局长某某`: a subtitle run onto the title's line
        // (searched for with a finder built once: a search for a word sets up its tables anew)
        static DASHES: std::sync::LazyLock<memchr::memmem::Finder<'static>> = std::sync::LazyLock::new(|| memchr::memmem::Finder::new("——"));
        let (title_text, inline_subtitle) = match DASHES.find(title_text.as_bytes()).filter(|&k| k > 0) {
            Some(k) if is_subtitle(&title_text[k..]) && is_heading_like(title_text[..k].trim_end_matches(['?', '？', '!', '！'])) => {
                (&title_text[..k], Some(&title_text[k..]))
            }
            _ => (title_text, None),
        };
        // `官地坪镇人民政府` / `关于…的通告`: the office is the title's first words, printed apart
        let issuer = (t > 0 && kicker_end == 0 && title_text.starts_with("关于") && super::headline::is_issuer(lines[t - 1].text)).then(|| lines[t - 1]);
        draft.article.title = Some(match issuer {
            Some(office) => format!("{}{title_text}", super::line::trim(office.text)),
            None => title_text.to_string(),
        });
        let s = issuer.map_or(title.start + title_start, |office| office.start);
        draft.article.title_span = Some(Span::new(s, title.start + title_start + title_text.len()));
        let below = (t + 1 < lines.len()).then(|| join_texts(&lines[t + 1..]));
        draft.article.subtitle = match (inline_subtitle, below) {
            (Some(inline), Some(below)) => Some(format!("{inline} {below}")),
            (inline, below) => below.or(inline.map(str::to_string)),
        };
        let mut above: Vec<&str> = lines[..t - usize::from(issuer.is_some())].iter().map(|l| l.text).collect();
        if kicker_end > 0 {
            above.push(&title.text[..kicker_end]);
        }
        if above.first().is_some_and(|s| is_section_label(s) && !s.ends_with([':', '：']))
            && (above.len() > 1 || kicker_end == 0)
        {
            draft.article.section = Some(above.remove(0).to_string());
        }
        if !above.is_empty() {
            // a kicker may be printed closing on a colon (`新春走基层:`): the colon is no part of it
            let kicker: Vec<&str> = above.iter().map(|k| k.trim_end_matches([':', '：'])).collect();
            draft.article.kicker = Some(kicker.join(" "));
        }
    }

    /// The open story, when it holds nothing yet but what a meta line or byline told.
    fn untitled_start(&self) -> Option<usize> {
        self.open.filter(|&d| !self.closed && self.drafts[d].is_untitled_start())
    }

    /// Whether the open story is a headline with nothing under it yet: a credited picture
    /// printed right under it is the photo item it heads.
    fn headline_only(&self) -> bool {
        self.open.is_some_and(|d| self.drafts[d].is_headline_only())
    }

    /// Whether line `i` directly follows a headline block (and so opens its story).
    fn headed(&self, i: usize) -> bool {
        i > 0 && self.groups[i - 1].is_some_and(|g| g.end == i)
    }

    /// Whether line `i` comes right under a headline: one that groups the lines above it, or
    /// the open story's, with no text under it yet.
    fn under_headline(&self, i: usize) -> bool {
        self.headed(i)
            || self.open.is_some_and(|d| {
                let draft = &self.drafts[d];
                !self.closed && !draft.header.is_empty() && draft.blocks.is_empty() && draft.article.captions.is_empty()
            })
    }

    /// A source mark opens a story of its own unless it follows a headline block, or the open
    /// story has no text yet (a byline line came between).
    fn lead(&mut self, i: usize, l: &Line<'t>, lead: &Lead) {
        let fresh = self.open.is_some_and(|d| {
            self.drafts[d].blocks.is_empty() && self.drafts[d].article.captions.is_empty()
        });
        if !self.headed(i) && !fresh {
            self.open = None;
        }
        let d = self.open_or_new(l.raw);
        let a = &mut self.drafts[d].article;
        if a.source.is_empty() {
            a.source = lead.source.clone();
        }
        a.contributors.extend(lead.contributors.iter().cloned());
        self.closed = false;
        if let Some((text, start)) = lead_body(l, lead) {
            // a brief of one paragraph opens with its source mark and closes with its byline
            let (text, signed) = self.unsign(d, text, start);
            if !text.is_empty() {
                self.drafts[d].blocks.push(Block {
                    text,
                    start,
                    level: 0,
                    inset: false,
                });
            }
            self.closed = signed;
        }
    }

    /// Takes a byline in brackets off the end of a paragraph (`…。(记者 张三)`), crediting its
    /// people to story `d`, or the source it names (`…。(来源:某县融媒体中心)`). Returns the
    /// text before it and whether the story was signed there.
    fn unsign(&mut self, d: usize, text: &'t str, start: usize) -> (&'t str, bool) {
        if let Some(people) = self.byline_across_break(d, text, start) {
            self.drafts[d].article.contributors.extend(people);
            return ("", true);
        }
        match byline::trailing_byline(text, start) {
            Some((at, mut people)) => {
                // `(陈某)` alone closing a story is its writer's usual sign-off: the role the page
                // gives them elsewhere (`记者 陈某` over the lead story) stands, else author
                if let [person] = &mut people[..] {
                    let bare = text[at..].trim_end().chars().count() == person.name.chars().count() + 2;
                    if bare && person.role == Role::Author {
                        person.role = self.page_role(&person.name).unwrap_or(Role::Author);
                    }
                }
                self.drafts[d].article.contributors.extend(people);
                (text[..at].trim_end(), true)
            }
            None => {
                // `(某县融媒体中心 张三)` names the outlet and its reporter, `(来源:…)` the source
                let (at, source, people) = match byline::trailing_outlet_byline(text, start) {
                    Some(found) => found,
                    None => match byline::trailing_source(text) {
                        Some((at, source)) => (at, source, Vec::new()),
                        None => return (text, false),
                    },
                };
                let a = &mut self.drafts[d].article;
                if a.source.is_empty() {
                    a.source = source.to_string();
                }
                a.contributors.extend(people);
                (text[..at].trim_end(), true)
            }
        }
    }

    /// `…以内。(记` / `者 白雪)`: a byline whose bracket a short line opened at the end of story
    /// `d`'s last paragraph and `text` closes. Takes the bracket off that paragraph and returns
    /// the people, or `None` when the two pieces read as no byline.
    fn byline_across_break(&mut self, d: usize, text: &str, start: usize) -> Option<Vec<Contributor>> {
        const MAX_PIECE_BYTES: usize = 16 * 3;
        let tail = super::line::trim_end(text);
        let inner_tail = tail.strip_suffix([')', '）'])?;
        if tail.len() > MAX_PIECE_BYTES || inner_tail.contains(['(', '（']) {
            return None;
        }
        let last = self.drafts[d].blocks.last()?;
        let open = last.text.rfind(['(', '（'])?;
        let head = &last.text[open..];
        if head.len() > MAX_PIECE_BYTES || head.contains([')', '）']) {
            return None;
        }
        let head_inner = &head[head.chars().next()?.len_utf8()..];
        let joined = format!("{head_inner}{inner_tail}");
        let found = byline::byline_line(&joined, 0)?;
        // each name lies in one piece or the other; one broken over the two is left out
        let (head_at, split) = (last.start + open + (head.len() - head_inner.len()), head_inner.len());
        let people = found
            .contributors
            .into_iter()
            .filter_map(|c| {
                let span = if c.span.start >= split {
                    Span::new(start + c.span.start - split, start + c.span.end - split)
                } else if c.span.end <= split {
                    Span::new(head_at + c.span.start, head_at + c.span.end)
                } else {
                    return None;
                };
                Some(Contributor { span, ..c })
            })
            .collect();
        let last = self.drafts[d].blocks.last_mut()?;
        last.text = last.text[..open].trim_end();
        Some(people)
    }

    /// Whether a name line may sign the open piece: marked as a byline (`■ 乔某`), or under the
    /// headline of a column (`短评`), whose writers sign with their names alone. A short line
    /// under another headline (`高质量`, `金秋`) is more likely a word than a name.
    fn signs_a_column(&self, text: &str) -> bool {
        let column = || {
            self.open
                .and_then(|d| self.drafts[d].article.section.as_deref())
                .is_some_and(is_column_label)
        };
        text.trim_start().starts_with(byline::is_marker) || column()
    }

    /// The role a person who wrote for the page holds in the stories read so far.
    fn page_role(&self, name: &str) -> Option<Role> {
        // a page names its writers early: the first few hundred credits are read, so a page of
        // nothing but sign-offs stays linear
        const MAX_CREDITS_READ: usize = 256;
        self.drafts.iter().flat_map(|d| &d.article.contributors).take(MAX_CREDITS_READ).find_map(|c| {
            let writes = matches!(c.role, Role::Reporter | Role::Correspondent | Role::Author);
            (writes && c.name == name).then_some(c.role)
        })
    }

    /// A pull quote with text of its own: its repeated parts are discarded, its novel parts are
    /// insets of the open story (placed after the paragraph they were printed into).
    fn inset(&mut self, l: &Line<'t>, parts: &[Part]) {
        let d = self.open_or_new(l.raw);
        for p in parts {
            let Some(text) = l.text.get(p.range.clone()) else {
                continue;
            };
            let start = l.start + p.range.start;
            if p.repeated {
                self.discard_span(
                    Span::new(start, start + text.len()),
                    DiscardReason::PullQuote,
                );
            } else {
                self.drafts[d].blocks.push(Block {
                    text,
                    start,
                    level: l.level,
                    inset: true,
                });
            }
        }
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

    /// A credited or set-apart caption is a photo item of its own (except on a web page), and so
    /// is one a credit line closes right under a headline; an uncredited one (`图为…`) belongs to
    /// the open story, or stands alone when there is none.
    fn caption(
        &mut self,
        l: &Line<'_>,
        credit: Option<usize>,
        framed: bool,
        credited: bool,
        photographers: &[Contributor],
    ) {
        let text_end = credit.unwrap_or(l.text.len());
        let text = l.text[..text_end].trim_end();
        let caption = Caption {
            // a caption a fixed-width page wrapped reads without its line breaks
            text: crate::model::Paragraph::from_lines(text, l.start).text,
            photographers: photographers.iter().map(|c| c.name.clone()).collect(),
            span: Span::new(l.start, l.start + text.len()),
        };
        let label = self.photo_label.take();
        // `图为…` printed between the paragraphs of a running story shows that story, and so
        // does a caption pointing up at its picture (`▲比赛现场（摄影：某某）`) and an unframed
        // picture printed where the story breaks off mid-sentence
        let shows_story = l.text.starts_with("图为") || l.text.starts_with(super::PICTURE_POINTERS) || self.breaks_off(self.open);
        let in_story = shows_story && !framed && self.open.is_some() && !self.closed;
        let own = (credit.is_some() || framed || credited && self.headline_only())
            && !self.web
            && !in_story;
        // `图为…` right after a photo item that shows one picture: another picture
        let another_picture = l.text.starts_with("图为")
            && self.last_caption.is_some_and(|d| {
                let a = &self.drafts[d].article;
                a.kind == ArticleKind::Photo && a.captions.last().is_some_and(|c| c.text.starts_with("图为"))
            });
        let standalone = own || self.open.is_none() || label.is_some() || another_picture;
        let d = if standalone {
            let d = match self.open.filter(|&d| self.drafts[d].is_headline_only()) {
                // the headline right above a photo item is its own
                Some(d) => {
                    self.drafts[d].article.kind = ArticleKind::Photo;
                    d
                }
                None => self.new_draft(ArticleKind::Photo),
            };
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
        draft
            .article
            .contributors
            .extend(photographers.iter().cloned());
        draft.article.captions.push(caption);
        self.last_caption = Some(d);
    }

    /// `1.近日,…(记者 甲)` / `2.5月25日,…`: in a column of numbered briefs with no headlines,
    /// each signed at its end, the next number after a signed brief opens a brief of its own,
    /// in the same column.
    fn open_next_brief(&mut self, text: &str, start: usize) {
        let Some(d) = self.open.filter(|_| self.closed) else { return };
        let Some(first) = self.drafts[d].blocks.first() else { return };
        // `●某镇：近日,…(通讯员 甲)`: a column of briefs each led by a mark and the place it is
        // from; each brief, signed at its end, is titled by its place
        let (first_text, first_start) = (first.text, first.start);
        if let (Some((mark, first_name)), Some((next_mark, name))) = (named_brief(first_text), named_brief(text)) {
            if mark == next_mark {
                // the first brief of the column is titled by its place too, the column's label
                // its section
                let a = &mut self.drafts[d].article;
                if a.section.is_none() {
                    a.section = a.title.take();
                }
                let at = first_start + first_text.find(first_name).unwrap_or(0);
                a.title = Some(first_name.to_string());
                a.title_span = Some(Span::new(at, at + first_name.len()));
                let section = self.drafts[d].article.section.clone();
                let brief = self.new_draft(ArticleKind::News);
                let a = &mut self.drafts[brief].article;
                a.section = section;
                a.title = Some(name.to_string());
                let at = start + text.find(name).unwrap_or(0);
                a.title_span = Some(Span::new(at, at + name.len()));
                self.open = Some(brief);
                self.closed = false;
                return;
            }
        }
        let numbered = |t: &str| {
            let digits = t.bytes().take_while(u8::is_ascii_digit).count();
            let n: Option<u32> = t[..digits].parse().ok();
            n.filter(|_| t[digits..].starts_with(['.', '、', '．']))
        };
        let (Some(last), Some(next)) = (numbered(first_text), numbered(text)) else { return };
        if last.checked_add(1) == Some(next) {
            let section = self.drafts[d].article.section.clone().or_else(|| self.drafts[d].article.title.clone());
            let brief = self.new_draft(ArticleKind::News);
            self.drafts[brief].article.section = section;
            self.open = Some(brief);
            self.closed = false;
        }
    }

    /// Whether line `j` starts a headline over a byline or a source mark, or is a column's label:
    /// what comes after it is no more of the story before (a subheading inside the story is
    /// neither).
    fn heads_next(&self, j: usize) -> bool {
        j < self.lines.len() && (self.groups[j].is_some() || is_column_label(self.lines[j].text))
    }

    /// A credit line closes the caption right above it, which makes that caption a photo item;
    /// anywhere else it credits the open story.
    fn credit(&mut self, l: &Line<'_>, people: &[Contributor], caption: Option<usize>) {
        let d = match caption {
            Some(d) if self.keeps_credited_caption(d) => d,
            Some(d) => self.promote_last_caption(d),
            None => self.open_or_new(l.raw),
        };
        let draft = &mut self.drafts[d];
        draft.cover(l.raw);
        draft.article.contributors.extend(people.iter().cloned());
        if let Some(c) = draft.article.captions.last_mut() {
            c.photographers
                .extend(people.iter().map(|p| p.name.clone()));
        }
        self.closed = draft.article.kind == ArticleKind::Photo;
    }

    /// Whether the caption last placed in `d` stays there once a credit line closes it: in a
    /// photo item, on a web page, or when it says `图为` and so shows its story.
    fn keeps_credited_caption(&self, d: usize) -> bool {
        let a = &self.drafts[d].article;
        let shows_story = a
            .captions
            .last()
            .is_some_and(|c| c.text.starts_with("图为"));
        a.kind == ArticleKind::Photo || self.web || shows_story || self.breaks_off(Some(d))
    }

    /// Whether story `d` breaks off mid-sentence, a column break having cut its last paragraph:
    /// a picture printed there stands in its columns, and the paragraph runs on after it. A
    /// headline-like line is no cut paragraph: a picture under it is the item it heads.
    fn breaks_off(&self, d: Option<usize>) -> bool {
        d.and_then(|d| self.drafts[d].blocks.last())
            .is_some_and(|b| join::runs_on(b) && !is_heading_like(b.text))
    }

    /// `在全县…工作会议上的讲话` / `发布时间：…` over the document printed again below it, its title
    /// broken over two lines (`在全县…同乡村振兴` / `有效衔接工作会议上的讲话`): the site's headline
    /// and meta line with no text of their own head the story under the reprint, whose two
    /// lines read as a kicker and a title. The site's whole headline titles the story, its
    /// meta line dates it, and the reprint's lines are what the page printed twice.
    fn merge_reprinted_headlines(&mut self) {
        let drafts = std::mem::take(&mut self.drafts);
        let mut kept: Vec<Draft> = Vec::with_capacity(drafts.len());
        // a document that took a headline is no site headline for the next one
        let mut merged = false;
        for mut doc in drafts {
            let reprinted = !merged
                && kept.last().is_some_and(|site| {
                    site.is_empty()
                        && site.article.contributors.is_empty()
                        && site.article.title.as_deref().is_some_and(|t| {
                            let kicker = doc.article.kicker.as_deref().unwrap_or("");
                            let title = doc.article.title.as_deref().unwrap_or("");
                            !kicker.is_empty() && same_squeezed(t, &[kicker, title])
                        })
                });
            merged = false;
            if !reprinted {
                kept.push(doc);
                continue;
            }
            let Some(site) = kept.pop() else { continue };
            let twice: Vec<Span> = std::mem::take(&mut doc.header);
            doc.article.title = site.article.title;
            doc.article.title_span = site.article.title_span;
            doc.article.kicker = None;
            if doc.article.published_at.is_none() {
                doc.article.published_at = site.article.published_at;
            }
            if doc.article.source.is_empty() {
                doc.article.source = site.article.source;
            }
            doc.header = site.header;
            for &span in &site.taken {
                doc.cover(span);
            }
            doc.taken.retain(|t| !twice.contains(t));
            doc.taken.sort_by_key(|t| t.start);
            for span in twice {
                self.discard_span(span, DiscardReason::Duplicate);
            }
            kept.push(doc);
            merged = true;
        }
        self.drafts = kept;
    }

    /// `致全县广大群众的一封信` over a picture and the same line again over the letter's text: a
    /// post prints its title once in the page's frame and once at the head of its text. The
    /// second, its story's first line, is the page printing it twice.
    fn drop_repeated_titles(&mut self) {
        let mut twice = Vec::new();
        for d in &mut self.drafts {
            let repeated = d.blocks.len() >= 2 && d.article.title.as_deref().is_some_and(|t| same_squeezed(t, &[d.blocks[0].text]));
            if !repeated {
                continue;
            }
            let first = d.blocks.remove(0);
            if let Some(k) = d.taken.iter().position(|t| t.start <= first.start && first.start < t.end) {
                twice.push(d.taken.remove(k));
            }
        }
        for span in twice {
            self.discard_span(span, DiscardReason::Duplicate);
        }
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
        self.merge_reprinted_headlines();
        self.drop_repeated_titles();
        // the page's own label over its first headline goes with the furniture
        if self.drafts.first().is_some_and(Draft::is_lone_label) && self.drafts[1..].iter().any(|d| d.article.title.is_some()) {
            let label = self.drafts.remove(0);
            for &span in &label.taken {
                self.discard_span(span, DiscardReason::Boilerplate);
            }
        }
        let (empty, drafts): (Vec<Draft<'_>>, Vec<Draft<'_>>) = std::mem::take(&mut self.drafts)
            .into_iter()
            .partition(Draft::is_empty);
        for d in &empty {
            let reason = if d.is_bare_headline() {
                DiscardReason::Navigation
            } else {
                DiscardReason::Boilerplate
            };
            for &span in &d.taken {
                self.discard_span(span, reason);
            }
        }
        self.discarded.sort_by_key(|d| d.span.start);
        let articles = drafts
            .into_iter()
            .filter(|d| d.span.is_some())
            .map(|mut d| {
                d.article.paragraphs = join::paragraphs(&d.blocks);
                if d.article.title.is_some() && !d.blocks.is_empty() {
                    // text ran on under the picture: a story that opens with its photo
                    d.article.kind = ArticleKind::News;
                }
                let spans: Vec<Span> = d.article.paragraphs.iter().map(|p| p.span).collect();
                spans.into_iter().for_each(|s| d.cover(s));
                d.article.span = d.span.unwrap_or_default();
                dedup_people(&mut d.article.contributors);
                d.article
            })
            .collect();
        Page {
            articles: pictures_before_their_story(articles),
            discarded: self.discarded,
            date: None,
        }
    }
}

/// A page's label states no figure (`全县新增就业岗位1200个` over a headline is a story's line),
/// unless it shows a label's marks: a bar between its parts or its day in brackets
/// (`早间快讯｜早安，某地！（9月12日）`).
fn names_no_figure_or_marks_a_label(text: &str) -> bool {
    let dated = text.trim_end().strip_suffix(['）', ')']).is_some_and(|t| t.ends_with('日'));
    !text.bytes().any(|b| b.is_ascii_digit()) || text.contains(['｜', '|']) || dated
}

/// Longest line read as a page's own label ([`Draft::is_lone_label`]), in characters.
const MAX_PAGE_LABEL_CHARS: usize = 40;

/// Words a news story's first sentence opens with, before any source mark.
const NEWS_OPENINGS: [&str; 4] = ["日前，", "近日，", "日前,", "近日,"];

/// Whether a paragraph opens as a news story does: with its day (`12月5日，`) or `日前，`.
fn opens_as_news(text: &str) -> bool {
    NEWS_OPENINGS.iter().any(|w| text.starts_with(w)) || super::opens_with_day(text)
}

/// Fewest indented lines of text that show a page indents its paragraphs.
const MIN_INDENTED_PARAGRAPHS: usize = 5;

/// Shortest line counted as a paragraph when telling whether a page indents its paragraphs.
const MIN_PARAGRAPH_CHARS: usize = 20;

/// Whether the page indents its paragraphs: most of its lines of text long enough to be
/// paragraphs are printed indented, and there are a few of them.
fn indents_paragraphs(lines: &[Line<'_>], kinds: &[Kind]) -> bool {
    let (mut indented, mut all) = (0, 0);
    for (l, k) in lines.iter().zip(kinds) {
        if matches!(k, Kind::Body) && l.text.chars().nth(MIN_PARAGRAPH_CHARS).is_some() {
            all += 1;
            indented += usize::from(l.indented);
        }
    }
    indented >= MIN_INDENTED_PARAGRAPHS && 4 * indented >= 3 * all
}

/// Pictures printed right above a story's headline whose photographers all sign that story
/// (`图为…(记者 甲 摄)` over a feature `□本报记者 乙 甲`) are that story's: a layout may set a
/// feature's pictures over its headline, and their credits say whose they are. Over a datelined
/// story (`本报讯`), whose reporter also takes the page's other pictures, the caption must also
/// share words with the story's opening. One pass: each story takes the pictures at the end of
/// what is built so far.
fn pictures_before_their_story(articles: Vec<Article>) -> Vec<Article> {
    let picture = |a: &Article| a.kind == ArticleKind::Photo && a.title.is_none() && a.paragraphs.is_empty() && a.captions.len() == 1;
    let signs = |a: &Article, story: &Article| {
        let caption = &a.captions[0];
        let by = &caption.photographers;
        // a picture dated by its caption (`12月7日下午,…`) is news of its own
        !by.is_empty()
            && !super::opens_with_date(&caption.text)
            && by.iter().all(|p| story.contributors.iter().any(|c| c.role != Role::Photographer && &c.name == p))
            && (story.source != "本报讯" || shares_words(&caption.text, story))
    };
    let mut out: Vec<Article> = Vec::with_capacity(articles.len());
    // where the stories before end: a picture printed inside one of them, which goes on after
    // it, shows that story, not the next
    let mut stories_end = 0;
    for mut story in articles {
        if !picture(&story) {
            let mut first = out.len();
            while first > 0 && picture(&out[first - 1]) && out[first - 1].span.end > stories_end && signs(&out[first - 1], &story) {
                first -= 1;
            }
            if first < out.len() {
                let pictures = out.split_off(first);
                let start = pictures.iter().map(|p| p.span.start).min().unwrap_or(story.span.start);
                story.span = Span::new(start.min(story.span.start), story.span.end);
                let mut captions = Vec::new();
                for p in pictures {
                    captions.extend(p.captions);
                    story.contributors.extend(p.contributors);
                }
                captions.append(&mut story.captions);
                story.captions = captions;
                dedup_people(&mut story.contributors);
            }
            stories_end = stories_end.max(story.span.end);
        }
        out.push(story);
    }
    out
}

/// Characters of a caption read for words it shares with a story.
const MAX_SHARED_CAPTION_CHARS: usize = 100;

/// Characters of each opening text of a story read for a caption's words.
const MAX_SHARED_OPENING_CHARS: usize = 300;

/// Characters of a run of words a caption must share with a story's opening.
const SHARED_WORD_CHARS: usize = 4;

/// Whether four characters in a row of the caption (`图为` aside) stand in the story's headline
/// or its first two paragraphs.
fn shares_words(caption: &str, story: &Article) -> bool {
    // bounded: a caption's first hundred characters, the opening's first three hundred a text
    let caption = crate::term::head_chars(caption.strip_prefix("图为").unwrap_or(caption), MAX_SHARED_CAPTION_CHARS);
    let opening: Vec<&str> = story
        .title
        .iter()
        .map(String::as_str)
        .chain(story.paragraphs.iter().take(2).map(|p| p.text.as_str()))
        .map(|t| crate::term::head_chars(t, MAX_SHARED_OPENING_CHARS))
        .collect();
    let starts: Vec<usize> = caption.char_indices().map(|(k, _)| k).chain(std::iter::once(caption.len())).collect();
    starts.windows(SHARED_WORD_CHARS + 1).any(|w| {
        let run = &caption[w[0]..w[SHARED_WORD_CHARS]];
        run.chars().all(crate::charset::is_han) && opening.iter().any(|t| t.contains(run))
    })
}

/// A person credited twice in the same role (a meta line and a footer) is one contributor.
fn dedup_people(people: &mut Vec<Contributor>) {
    if people.len() < 2 {
        return;
    }
    let keep: Vec<bool> = {
        let mut seen = std::collections::HashSet::new();
        people
            .iter()
            .map(|c| seen.insert((c.name.as_str(), c.role)))
            .collect()
    };
    let mut keep = keep.into_iter();
    people.retain(|_| keep.next().unwrap_or(true));
}

/// Datelined stories (`本报讯`) that make a page a news page (see `Builder::news`).
const MIN_NEWS_STORIES: usize = 3;

/// Longest line read as a line of a box of figures without other marks.
const MAX_BOX_LINE_CHARS: usize = 24;

/// A line of a box of figures: a bullet (`●新建高标准农田 8.6万亩`), a record or figure, a
/// note in brackets, or a short line of one clause. Prose runs longer, or parts its clauses.
fn is_box_line(text: &str) -> bool {
    use crate::quantity::table;
    let t = super::line::trim(text);
    t.starts_with(['●', '■', '◆', '▲', '•', '·', '○', '◎', '★', '☆', '□'])
        || (t.starts_with(['(', '（']) && t.ends_with([')', '）']))
        || table::record_label_end(t).is_some()
        || table::figure_first(t).is_some()
        || table::lone_figure(t)
        || super::line::at_most_chars(t, MAX_BOX_LINE_CHARS) && !t.contains(['，', ',', '；', ';'])
}

/// Whether line `i` starts a photo item: a credited caption, or a caption whose credit follows.
fn photo_follows(kinds: &[Kind], i: usize) -> bool {
    match kinds.get(i) {
        Some(Kind::Caption {
            credit: Some(_), ..
        }) => true,
        Some(Kind::Caption { credit: None, .. }) => {
            matches!(kinds.get(i + 1), Some(Kind::Credit(_)))
        }
        _ => false,
    }
}

fn join_texts(lines: &[Line<'_>]) -> String {
    lines.iter().map(|l| l.text).collect::<Vec<_>>().join(" ")
}

/// Marks that lead the briefs of a column.
const BRIEF_MARKS: [char; 6] = ['●', '■', '◆', '▲', '★', '○'];

/// Longest place that titles a brief.
const MAX_BRIEF_PLACE_CHARS: usize = 8;

/// `●某镇：近日,…`: a brief led by a mark and the place it is from before a colon; the mark and
/// the place.
fn named_brief(text: &str) -> Option<(char, &str)> {
    let mark = text.chars().next().filter(|c| BRIEF_MARKS.contains(c))?;
    let rest = text[mark.len_utf8()..].trim_start();
    let colon = rest.char_indices().take(MAX_BRIEF_PLACE_CHARS + 1).find(|&(_, c)| c == '：' || c == ':')?.0;
    let name = &rest[..colon];
    (name.chars().count() >= 2 && name.chars().all(crate::charset::is_han)).then_some((mark, name))
}
