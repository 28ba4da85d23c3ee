//! Lines → blocks → articles: headlines, bylines, captions, and the page furniture that is dropped.
//!
//! Plain text cannot show type size, so a page is read by the rules of newspaper layout: a story
//! opens with a source mark or byline (`本报讯(…)`, `□本报记者 X`) under a few short headline
//! lines (section label, kicker, headline, subtitle); a photo item is a caption closed by a credit
//! (`X 摄`); short headline-like lines inside a story are its subheadings; folios, navigation,
//! copyright and the text of pull quotes that repeats the body belong to no story (what a pull
//! quote says that the page prints nowhere else stays a paragraph of its story).
//!
//! The passes, each linear: `line` cuts the page into lines; every line is classified alone
//! (`byline`, `furniture`); a paragraph closed by a credit line becomes a caption; the page
//! header (dateline and the paper's name over it) gives the date; `header` finds the headline
//! block over each story; link lists and repeated blocks (`join`) become furniture; `assemble`
//! walks the lines in order and builds the articles, joining paragraphs a column break cut.

mod assemble;
mod byline;
mod furniture;
mod header;
mod headline;
mod join;
pub(crate) mod line;

pub(crate) use headline::{is_entry_head, is_punctuated_section_head};
pub(crate) use join::ITEM_BULLETS;
pub(crate) use line::{trim, trim_end, trim_start};

use std::sync::LazyLock;

use memchr::memmem::Finder;

use assemble::Builder;
use byline::{Lead, Meta, People};
use header::{header_groups, Group};
use headline::is_heading_like;
use line::Line;

use crate::model::{Article, Contributor, Date, DiscardReason, Discarded};
use crate::quantity::words::has_prefix;

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
    /// A photo caption; `credit` is where its photo credit begins, if it prints one; `framed`
    /// when the page sets it apart as a picture of its own.
    Caption {
        credit: Option<usize>,
        photographers: Vec<Contributor>,
        framed: bool,
    },
    /// A photo credit on a line of its own (`X 摄`), closing the caption above it.
    Credit(Vec<Contributor>),
    /// A pull quote with text of its own: its repeated parts are dropped, the rest kept.
    Inset(Vec<join::Part>),
    Body,
}

/// Splits a page into articles and discarded furniture. Linear in the size of the text.
pub fn split(text: &str) -> Page {
    let (lines, stamps) = post_titles(field_titles(labelled_headlines(line::lines(text))));
    let (lines, renumbered) = numbered_titles(lines);
    let (lines, bulleted) = bulleted_titles(lines);
    let lines = case_titles(lines);
    // the stamps found before the numbered and bulleted titles are the final lines' own unless
    // a title was cut out of its line
    let stamps = stamps.filter(|_| !renumbered && !bulleted);
    let mut kinds = classify(&lines, stamps.as_ref().map(|s| s.apps.as_slice()));
    keep_packaged_notes(&lines, &mut kinds);
    mark_cell_tables(&lines, &mut kinds);
    mark_framed_captions(&lines, &mut kinds);
    mark_credited_captions(&lines, &mut kinds);
    mark_cartoons(&lines, &mut kinds);
    mark_captions_between_pictures(&lines, &mut kinds);
    mark_gallery(&lines, &mut kinds);
    mark_repeated_abstract(&lines, &mut kinds);
    mark_running_heads(&lines, &mut kinds);
    mark_contents(&lines, &mut kinds);
    let date = page_date(&lines, &mut kinds);
    mark_menu_columns(&lines, &mut kinds);
    mark_menu_rows(&lines, &mut kinds);
    mark_host_lines(&lines, &mut kinds);
    mark_index_titles(&lines, &mut kinds);
    mark_watermark_places(&lines, &mut kinds);
    mark_announced_lists(&lines, &mut kinds);
    mark_account_names(&lines, &mut kinds, stamps.map(|s| s.all));
    let date = date.or(mark_bulletin_frame(&lines, &mut kinds));
    mark_advertisements(&lines, &mut kinds);
    mark_weather_boxes(&lines, &mut kinds);
    mark_signature_blocks(&lines, &mut kinds);
    mark_pipe_tables(&lines, &mut kinds);
    let groups = header_groups(&lines, &kinds);
    mark_link_lists(&lines, &mut kinds, &groups);
    mark_bullet_links(&lines, &mut kinds, &groups);
    mark_comments(&lines, &mut kinds);
    mark_repeats(&lines, &mut kinds, &groups);
    let mut page = Builder::new(text, &lines, groups).build(&kinds);
    page.date = date;
    if renumbered || bulleted {
        carry_sections(&mut page.articles, &page.discarded);
    }
    // `2024年10月18日 19:02` over a post's title: the post's time, on a timeline (two posts or
    // more so stamped; one story's stamp over the next story's headline is the end of its own)
    let stamped: Vec<(usize, String)> = page
        .articles
        .iter()
        .enumerate()
        .filter(|(_, a)| a.published_at.is_none())
        .filter_map(|(k, a)| Some((k, stamp_above(text, a.title_span?.start)?)))
        .collect();
    if stamped.len() >= MIN_TIMELINE_POSTS {
        for (k, stamp) in stamped {
            page.articles[k].published_at = Some(stamp);
        }
    }
    // `【要闻】`, `■访谈`: a section is named without the marks the page sets its label in
    for a in &mut page.articles {
        if let Some(s) = a.section.as_mut() {
            let name = s.trim_matches(|c: char| c.is_whitespace() || SECTION_MARKS.contains(&c));
            if name.len() < s.len() && !name.is_empty() {
                *s = name.to_string();
            }
        }
    }
    page
}

/// Marks a page may set a section's label in or behind (`【要闻】`, `■访谈`).
const SECTION_MARKS: [char; 10] = ['【', '】', '[', ']', '■', '□', '◆', '●', '▲', '★'];

/// `【乡村振兴】` over a digest's first brief heads the briefs after it too, up to the next
/// label: each brief of the column takes the section of the one before it.
/// A label the page discards (`【天气】` over its forecast) ends the column before it.
fn carry_sections(articles: &mut [Article], discarded: &[Discarded]) {
    let mut section: Option<String> = None;
    let mut end = 0;
    for a in articles.iter_mut().filter(|a| a.kind == crate::model::ArticleKind::News) {
        let start = a.span.start;
        let label_between = discarded.iter().any(|d| d.span.start >= end && d.span.end <= start && d.text.starts_with('【') && d.text.trim_end().ends_with('】'));
        if label_between {
            section = None;
        }
        match &a.section {
            Some(s) => section = Some(s.clone()),
            None => a.section.clone_from(&section),
        }
        end = a.span.end;
    }
}

/// Lines at the top of a page where a supplement's masthead may stand.
const MAX_MASTHEAD_LINES: usize = 6;

/// Longest name of a paper read again over a later page's dateline, in characters.
const MAX_REPEATED_MASTHEAD_CHARS: usize = 16;

/// Longest running head read beside a page number, in characters.
const MAX_RUNNING_HEAD_CHARS: usize = 24;

/// `某县年鉴（2024）` over `186`, again over `187`: a short line a PDF repeats at the head or
/// foot of every page, beside the page's number, is the book's running head, not a headline.
/// Every printing of it must stand beside a page number, and there must be two; of three or
/// more, one may stand apart (the head of the first page, which prints no number).
fn mark_running_heads(lines: &[Line<'_>], kinds: &mut [Kind]) {
    let folio = |k: Option<&Kind>| matches!(k, Some(Kind::Furniture(DiscardReason::PageNumber)));
    // (a head set across the page, `某局　　　　…　　2025年部门预算`, counts its words only)
    let short = |t: &str| t.chars().filter(|c| !c.is_whitespace()).nth(MAX_RUNNING_HEAD_CHARS).is_none();
    // the candidates: lines of text beside a page number (few on any page)
    let beside: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            matches!(kinds[i], Kind::Body)
                && (folio(kinds.get(i + 1)) || i > 0 && folio(kinds.get(i - 1)))
                && short(lines[i].text)
        })
        .collect();
    if beside.len() < 2 {
        return;
    }
    // how often each candidate's text is printed beside a folio, and how often at all
    let mut seen: std::collections::HashMap<&str, (usize, usize)> = std::collections::HashMap::new();
    for &i in &beside {
        seen.entry(lines[i].text).or_default().0 += 1;
    }
    for l in lines.iter().filter(|l| short(l.text)) {
        if let Some(n) = seen.get_mut(l.text) {
            n.1 += 1;
        }
    }
    // (or the one apart is the page's very first or last line: a report's head over its first
    // page, which prints no number)
    let at_edge = |t: &str| lines.first().is_some_and(|l| l.text == t) || lines.last().is_some_and(|l| l.text == t);
    let running = |t: &str, &(by_folio, all): &(usize, usize)| {
        by_folio >= 2 && (by_folio == all || by_folio >= 3 && all == by_folio + 1) || by_folio >= 1 && all == by_folio + 1 && at_edge(t)
    };
    for i in 0..lines.len() {
        if matches!(kinds[i], Kind::Body) && short(lines[i].text) && seen.get(lines[i].text).is_some_and(|n| running(lines[i].text, n)) {
            kinds[i] = Kind::Furniture(DiscardReason::PageNumber);
        }
    }
}

/// Fewest entries that make a journal's table of contents.
const MIN_CONTENTS_ENTRIES: usize = 3;

/// Most lines between two entries of one table of contents (a section's label, a subtitle).
const MAX_CONTENTS_GAP: usize = 4;

/// Longest line read as a label or a subtitle between the entries of a table of contents.
const MAX_CONTENTS_LABEL_CHARS: usize = 40;

/// `目　录` over `卷首语` over `以茶为媒…………1`: a journal's table of contents. An entry with
/// leader dots ([`furniture::is_contents_entry`]) is navigation on its own; where three or more
/// entries stand together, with leader dots among them or `目录`/`CONTENTS` over them, they go
/// with the short lines between them (the sections' labels, an entry's subtitle) and the label.
fn mark_contents(lines: &[Line<'_>], kinds: &mut [Kind]) {
    let entries: Vec<(usize, furniture::Leader)> = (0..lines.len()).filter_map(|i| Some((i, furniture::is_contents_entry(lines[i].text)?))).collect();
    if entries.len() < MIN_CONTENTS_ENTRIES {
        return;
    }
    let between = |j: usize| line::at_most_chars(lines[j].text, MAX_CONTENTS_LABEL_CHARS) && !line::ends_sentence(lines[j].text);
    let is_label = |j: usize| {
        let t: String = lines[j].text.split_whitespace().collect();
        matches!(t.as_str(), "目录" | "本期目录" | "CONTENTS" | "Contents")
    };
    // runs of entries with no more than a few short lines between them
    let mut k = 0;
    while k < entries.len() {
        let mut end = k;
        while end + 1 < entries.len() && entries[end + 1].0 - entries[end].0 <= MAX_CONTENTS_GAP && (entries[end].0 + 1..entries[end + 1].0).all(between) {
            end += 1;
        }
        let run = &entries[k..=end];
        let (first, last) = (run[0].0, run[run.len() - 1].0);
        // the label over the first entry
        let label = (first.saturating_sub(MAX_CONTENTS_GAP)..first).rev().take_while(|&j| between(j)).filter(|&j| is_label(j)).last();
        // a table's rows in wide gaps make such a run too: leader dots or the label say contents
        let contents = run.len() >= MIN_CONTENTS_ENTRIES && (label.is_some() || run.iter().any(|&(_, l)| l == furniture::Leader::Dots));
        if contents {
            for kind in &mut kinds[label.unwrap_or(first)..=last] {
                if !matches!(kind, Kind::Furniture(_)) {
                    *kind = Kind::Furniture(DiscardReason::Navigation);
                }
            }
        }
        k = end + 1;
    }
}

/// `【编后】让产业链再长一些`: a column's label and the piece's headline printed on one line are
/// read as the two lines a page usually sets them on, so the label opens a piece of its own and
/// the headline titles it.
fn labelled_headlines(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    // most pages print no such line: one look at each line's first bytes tells
    if !lines.iter().any(|l| l.text.starts_with(['【', '['])) {
        return lines;
    }
    let mut out = Vec::with_capacity(lines.len() + 4);
    for l in lines {
        let split = l.text.find(['】', ']']).map(|k| k + l.text[k..].chars().next().map_or(0, char::len_utf8)).filter(|&k| {
            let rest = l.text[k..].trim_start();
            l.text.starts_with(['【', '['])
                && headline::is_column_label(&l.text[..k])
                && !rest.is_empty()
                && is_heading_like(rest)
        });
        match split {
            Some(k) => {
                let rest = l.text[k..].trim_start();
                let at = l.start + (l.text.len() - rest.len());
                out.push(Line { text: &l.text[..k], raw: crate::model::Span::new(l.raw.start, l.start + k), ..l });
                out.push(Line { text: rest, start: at, raw: crate::model::Span::new(at, l.raw.end), gap: 0, ..l });
            }
            None => out.push(l),
        }
    }
    out
}

/// Fields that hold the title of a record on a message board (`留言标题：…`); their labels,
/// split off, are furniture (`furniture::RECORD_LABELS`).
const TITLE_FIELDS: [&str; 4] = ["留言标题", "信件标题", "来信标题", "留言主题"];

/// `留言标题：家里被纳入监测户后能享受哪些帮扶政策？`: a message board prints each record's title
/// as a field. The field's label is split off (a field of the record's frame, furniture) and
/// its value made a heading of its own, which opens the record's story however it reads (a
/// citizen's question ends on `？`).
fn field_titles(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    // most pages print no such field: one look at each line's first character tells
    let field = |l: &Line<'_>| {
        TITLE_FIELDS.iter().find_map(|k| {
            let rest = l.text.strip_prefix(k)?.trim_start();
            let value = rest.strip_prefix([':', '：'])?.trim_start();
            (!value.is_empty()).then(|| l.text.len() - value.len())
        })
    };
    static TITLE_HEADS: crate::quantity::words::Heads = crate::quantity::words::Heads::of(&TITLE_FIELDS);
    if !lines.iter().any(|l| l.text.chars().next().is_some_and(|c| TITLE_HEADS.may_start(c)) && field(l).is_some()) {
        return lines;
    }
    let mut out = Vec::with_capacity(lines.len() + 4);
    for l in lines {
        match field(&l) {
            Some(k) => {
                let at = l.start + k;
                out.push(Line { text: &l.text[..k], raw: crate::model::Span::new(l.raw.start, at), ..l });
                out.push(Line { text: &l.text[k..], start: at, raw: crate::model::Span::new(at, l.raw.end), gap: 0, level: 1, indented: false });
            }
            None => out.push(l),
        }
    }
    out
}

/// Fewest pictures a gallery counts (`1/8` … `8/8`).
const MIN_GALLERY_PICTURES: usize = 3;

/// Most lines read after a gallery's last counter as its last picture's caption and credit.
const MAX_LAST_PICTURE_LINES: usize = 3;

/// `1/8` over each picture of a site's gallery (图集): the counters are the viewer's, and the
/// captions under them are the gallery's text (one story, its pictures' credits its
/// photographers), not photo items of their own.
fn mark_gallery(lines: &[Line<'_>], kinds: &mut [Kind]) {
    let counters: Vec<(usize, u32)> = (0..lines.len()).filter_map(|i| furniture::gallery_counter(lines[i].text).map(|(_, total)| (i, total))).collect();
    let Some(&(_, total)) = counters.first() else { return };
    if counters.len() < MIN_GALLERY_PICTURES || counters.iter().any(|&(_, t)| t != total) {
        return;
    }
    for &(i, _) in &counters {
        kinds[i] = Kind::Furniture(DiscardReason::Navigation);
    }
    let (first, last) = (counters[0].0, counters[counters.len() - 1].0);
    for k in &mut kinds[first..(last + 1 + MAX_LAST_PICTURE_LINES).min(lines.len())] {
        if matches!(k, Kind::Caption { .. }) {
            *k = Kind::Body;
        }
    }
}

/// Labels of a web page's abstract printed over its text (`摘要：…`).
const ABSTRACT_LABELS: [&str; 4] = ["摘要：", "摘要:", "内容摘要：", "【摘要】"];

/// `摘要：走进…订单。` over a text that opens with the same sentence: a site's abstract that the
/// story repeats is no paragraph of it.
fn mark_repeated_abstract(lines: &[Line<'_>], kinds: &mut [Kind]) {
    for i in 0..lines.len().saturating_sub(1) {
        let Some(rest) = ABSTRACT_LABELS.iter().find_map(|l| lines[i].text.strip_prefix(l)) else { continue };
        let rest = rest.trim();
        let repeated = !rest.is_empty() && (i + 1..lines.len().min(i + 3)).any(|j| lines[j].text.starts_with(rest));
        if matches!(kinds[i], Kind::Body) && repeated {
            kinds[i] = Kind::Furniture(DiscardReason::PullQuote);
        }
    }
}

/// `县委理论学习中心组学习交流发言摘登` / `本报记者　某某　整理` / `【编者按】　永和县…`: an
/// editor's note right under a headline block (its byline or its headline) is the text of the
/// package it heads (alone under a section label, it is the desk's word on a column, furniture).
fn keep_packaged_notes(lines: &[Line<'_>], kinds: &mut [Kind]) {
    for i in 1..lines.len() {
        // (or right under the headline itself: `一封来信　一份答卷` / `编者按：…`)
        // (a supplement's label, `乡村振兴·专版`, and its desk's credit, `本版主编:某某`, head none)
        let headline = || {
            let above = lines[i - 1].text;
            matches!(kinds[i - 1], Kind::Body) && headline::is_heading_like(above) && !headline::is_section_label(above) && !above.contains([':', '：', '·'])
        };
        let anchored = matches!(kinds[i - 1], Kind::Byline(_) | Kind::Lead(_) | Kind::Meta(_)) || headline();
        if anchored && matches!(kinds[i], Kind::Furniture(DiscardReason::Boilerplate)) && furniture::is_editors_note(lines[i].text) {
            kinds[i] = Kind::Body;
        }
    }
}

/// `168` under `价格（元）` in a table a scrape printed one cell per line: a figure alone on its
/// line there is a cell of the table, not a folio.
fn mark_cell_tables(lines: &[Line<'_>], kinds: &mut [Kind]) {
    // (one pass over the lines: a line longer than a column's name is passed at its length)
    for table in crate::quantity::table::cell_lines(lines.len(), |i| lines[i].text) {
        for k in &mut kinds[table.start..table.end()] {
            if matches!(k, Kind::Furniture(DiscardReason::PageNumber)) {
                *k = Kind::Body;
            }
        }
    }
}

/// Fewest numbered titles that show a digest of briefs ([`numbered_titles`]).
const MIN_NUMBERED_TITLES: usize = 3;

/// `1.【某旗召开推进会】` alone on a line, then `2.【…】`, `3.【…】`: a digest prints each brief's
/// title in brackets after its number. Each is made a heading of its own (its text the title,
/// the number and brackets in its span), which opens the brief's story. Three or more, numbered
/// from 1 up, with no sentence of a story above the first (only the post's frame: its title,
/// dates and bracketed boxes), show the digest; a story may number its points so too. Also
/// says whether any line was changed.
fn numbered_titles(lines: Vec<Line<'_>>) -> (Vec<Line<'_>>, bool) {
    let numbered: Vec<(usize, u32, usize, usize)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.text.starts_with(|c: char| c.is_ascii_digit()))
        .filter_map(|(i, l)| numbered_title(l.text).map(|(n, open, close)| (i, n, open, close)))
        .collect();
    let in_order = numbered.len() >= MIN_NUMBERED_TITLES && numbered.iter().enumerate().all(|(k, &(_, n, _, _))| n as usize == k + 1);
    let framed = || lines[..numbered[0].0].iter().all(|l| l.text.starts_with('【') || !line::ends_sentence(l.text));
    if !in_order || !framed() {
        return (lines, false);
    }
    (as_titles(lines, numbered.into_iter().map(|(i, _, open, close)| (i, open, close))), true)
}

/// `lines` with each line `i` of `titles` cut to its title (bytes `open..close` of its text, the
/// marks around it left in its span) and made a heading of its own.
fn as_titles<'t>(mut lines: Vec<Line<'t>>, titles: impl IntoIterator<Item = (usize, usize, usize)>) -> Vec<Line<'t>> {
    for (i, open, close) in titles {
        let l = &mut lines[i];
        l.start += open;
        l.text = &l.text[open..close];
        l.level = 1;
        l.indented = false;
    }
    lines
}

/// `标　　题：…` between the fields of a site's index box (`索 引 号：…`, `发文字号：…`) files the
/// document's title again: furniture with the box.
fn mark_index_titles(lines: &[Line<'_>], kinds: &mut [Kind]) {
    mark_beside_furniture(lines, kinds, furniture::is_index_title, |t| furniture::is_index_field(line::trim(t)));
}

/// Marks as boilerplate each body line `is_line` reads so with a furniture line beside it, above
/// or under, that `beside` reads so too.
fn mark_beside_furniture(lines: &[Line<'_>], kinds: &mut [Kind], is_line: impl Fn(&str) -> bool, beside: impl Fn(&str) -> bool) {
    for i in 0..lines.len() {
        let furniture = |j: usize| matches!(kinds.get(j), Some(Kind::Furniture(_))) && beside(lines[j].text);
        // (the line's own test first: it reads its first characters, a neighbour's may read more)
        if matches!(kinds[i], Kind::Body) && is_line(lines[i].text) && (i > 0 && furniture(i - 1) || furniture(i + 1)) {
            kinds[i] = Kind::Furniture(DiscardReason::Boilerplate);
        }
    }
}

/// Fewest numbered case titles that show a page of cases.
const MIN_CASE_TITLES: usize = 2;

/// Longest title after a case's number, in characters.
const MAX_CASE_TITLE_CHARS: usize = 40;

/// `案例一：小红薯“薯”写增收大文章` … `案例四：…`: a page of typical cases (典型案例) numbers the
/// title of each; every case is a story of its own, with its place and its source
/// (`（供稿：某镇）`), not a subheading of the page's lead-in. Two or more, numbered from one in
/// order, are made headings of their own, whole: the number is part of the title as printed.
/// The page must say it is one of cases (a line over the first naming 案例), or each case must
/// close on its own source: a story that tells its cases under such heads keeps them.
fn case_titles(mut lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let cases: Vec<(usize, u64)> = lines.iter().enumerate().filter_map(|(i, l)| case_number(l.text).map(|n| (i, n))).collect();
    let in_order = cases.len() >= MIN_CASE_TITLES && cases.iter().zip(1..).all(|(&(_, n), k)| n == k);
    let named = || lines[..cases[0].0].iter().any(|l| l.text.contains("案例"));
    let sourced = || {
        let ends = cases.iter().skip(1).map(|&(i, _)| i).chain([lines.len()]);
        cases.iter().zip(ends).all(|(&(i, _), end)| lines[i + 1..end].iter().any(|l| byline::trailing_source(l.text).is_some()))
    };
    if in_order && (named() || sourced()) {
        for (i, _) in cases {
            lines[i].level = 1;
            lines[i].indented = false;
        }
    }
    lines
}

/// The number of a case's title line (`案例三：小额信贷…`, `案例2　…`), if it is one: a title
/// follows the number, not a sentence.
fn case_number(text: &str) -> Option<u64> {
    let rest = line::trim(text).strip_prefix("案例")?;
    let end = rest.find(|c: char| !c.is_ascii_digit() && !crate::numeral::is_chinese_numeral_char(c))?;
    let (number, after) = rest.split_at(end);
    let title = after.strip_prefix([':', '：', '　', ' '])?.trim_start_matches([' ', '\u{3000}']);
    if title.is_empty() || line::ends_sentence(title) || !line::at_most_chars(title, MAX_CASE_TITLE_CHARS) {
        return None;
    }
    number.parse().ok().or_else(|| crate::numeral::chinese_int(number))
}

/// `主办：某县人民政府办公室　承办：…` beside the site's foot (its links, its address): who runs
/// the site, boilerplate; the same fields among a story's paragraphs credit an event.
fn mark_host_lines(lines: &[Line<'_>], kinds: &mut [Kind]) {
    mark_beside_furniture(lines, kinds, furniture::is_host_line, |_| true);
}

/// Fewest bulleted titles that show a digest of briefs ([`bulleted_titles`]).
const MIN_BULLETED_TITLES: usize = 2;

/// Marks a digest sets before each brief's title (`●`, `◆`, `◎`).
const TITLE_BULLETS: [char; 8] = ['●', '◆', '■', '◎', '★', '◇', '▶', '►'];

/// `●县政府常务会议研究部署冬季农业生产` over `11月6日，县长…。`, then `◆…`, `【…】`: a text
/// edition (a 手机报, a digest) prints each brief's title behind a bullet, or alone in
/// brackets, over its text. Each such line right over a sentence is made a heading of its own
/// (its text the title, the mark in its span), which opens the brief's story. Two or more, with
/// no sentence of a story above the first (only the edition's frame: masthead, contents), show
/// the digest: a feature's bulleted subheads stand under its opening paragraphs.
fn bulleted_titles(lines: Vec<Line<'_>>) -> (Vec<Line<'_>>, bool) {
    let title_of = |i: usize| -> Option<(usize, usize)> {
        let t = line::trim(lines[i].text);
        let (open, close) = if let Some(rest) = t.strip_prefix(TITLE_BULLETS) {
            let inner = rest.trim_start_matches([' ', '\u{3000}']);
            (t.len() - inner.len(), t.len())
        } else {
            let inner = t.strip_prefix('【')?.strip_suffix('】')?;
            // a column's label (`【要闻】`, `【天气】`) heads a column, not a brief
            if headline::is_column_label(t) || inner.chars().nth(MIN_BRACKETED_TITLE_CHARS - 1).is_none() {
                return None;
            }
            ('【'.len_utf8(), t.len() - '】'.len_utf8())
        };
        let title = &t[open..close];
        // `■ 杨再兴　某市委党校` over an essay: its author, behind a bullet
        let l = &lines[i];
        if byline::byline_line(l.text, l.start).is_some() || byline::signature_line(l.text, l.start).is_some() {
            return None;
        }
        let next = lines.get(i + 1)?;
        let prose = !next.text.starts_with(TITLE_BULLETS) && !next.text.starts_with('【') && (line::ends_sentence(next.text) || !line::at_most_chars(next.text, MAX_POST_TITLE_CHARS));
        let lead = lines[i].text.len() - lines[i].text.trim_start().len();
        (bracketed_title_fits(title) && !line::ends_sentence(title) && !title.contains(['。', '【', '】']) && prose).then_some((lead + open, lead + close))
    };
    // most pages print no bullet or bracket at a line's start: told by the first bytes
    let marked = |l: &Line<'_>| l.text.trim_start().starts_with(TITLE_BULLETS) || l.text.starts_with('【');
    if lines.iter().filter(|l| marked(l)).nth(MIN_BULLETED_TITLES - 1).is_none() {
        return (lines, false);
    }
    let titles: Vec<(usize, usize, usize)> = (0..lines.len()).filter(|&i| marked(&lines[i])).filter_map(|i| title_of(i).map(|(o, c)| (i, o, c))).collect();
    let framed = || titles.first().is_some_and(|&(first, _, _)| lines[..first].iter().all(|l| !line::ends_sentence(l.text)));
    // the edition says what it is above its first brief: its issue (`第1286期`, `某县手机报`), its
    // contents (`【本期导读】`) or a column's label (`【要闻】`); a feature's headline and byline
    // over its bulleted subheads say nothing of the kind
    let edition = || {
        titles.first().is_some_and(|&(first, _, _)| {
            lines[..first].iter().any(|l| {
                let t = line::trim(l.text);
                t.contains("手机报") || furniture::is_list_label(t) || t.starts_with('【') && headline::is_column_label(t) || is_issue_line(t)
            })
        })
    };
    if titles.len() < MIN_BULLETED_TITLES || !framed() || !edition() {
        return (lines, false);
    }
    (as_titles(lines, titles), true)
}

/// `第1286期　　2024年11月8日`: an edition's issue number opening a line.
fn is_issue_line(text: &str) -> bool {
    text.strip_prefix('第').is_some_and(|r| {
        let digits = r.chars().take_while(|&c| crate::charset::is_digit(c)).count();
        digits > 0 && r.chars().nth(digits) == Some('期')
    })
}

/// Fewest characters of a brief's title alone in brackets (`【城区新增停车位620个】`): shorter
/// ones are a column's label.
const MIN_BRACKETED_TITLE_CHARS: usize = 6;

/// `1.【标题】`, `02、【标题】`: the number and where the title opens and closes in `text`.
fn numbered_title(text: &str) -> Option<(u32, usize, usize)> {
    let t = text.trim_end();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let n: u32 = t[..digits].parse().ok()?;
    let rest = t[digits..].trim_start_matches(['.', '．', '、', ' ', '\u{3000}']);
    let inner = rest.strip_prefix('【')?.strip_suffix('】')?;
    let ok = bracketed_title_fits(inner) && !inner.contains(['【', '】']);
    let open = t.len() - rest.len() + '【'.len_utf8();
    ok.then_some((n, open, open + inner.len()))
}

/// Longest title read in a microblog post's or a digest brief's brackets, in characters.
const MAX_POST_TITLE_CHARS: usize = 40;

/// `#乡村振兴# 【龙胜：守牢底线促振兴】今年以来，…` right under a post's stamp
/// ([`byline::is_post_stamp`]): a microblog post names its news in brackets after its topics
/// (`#…#`) and any repost mark (`//@某局：`). The title is split off as a heading of its own,
/// which opens the post's story, and what stands before it as a line of the post's frame
/// ([`is_post_frame`]).
///
/// On a page with too few stamps to be a timeline the lines come back as they were, with their
/// stamps, so [`mark_account_names`] and the meta lines' test need not look for them again.
fn post_titles(lines: Vec<Line<'_>>) -> (Vec<Line<'_>>, Option<Stamps>) {
    // most pages are no microblog: stamps are looked for first
    let stamps = post_stamps(&lines);
    if stamps.all.len() < MIN_TIMELINE_POSTS {
        return (lines, Some(stamps));
    }
    let stamps = stamps.all;
    let mut out = Vec::with_capacity(lines.len() + 8);
    let mut after_stamp = false;
    for (i, mut l) in lines.into_iter().enumerate() {
        let folded = furniture::is_folded_post(l.text);
        let split = if after_stamp && !folded { post_title(l.text) } else { None };
        // a video account's post prints its title on the line under the stamp: a short line
        // that ends no sentence
        if after_stamp && split.is_none() && !folded && line::at_most_chars(l.text, MAX_POST_TITLE_CHARS) && !line::ends_sentence(l.text) && stamps.binary_search(&(i - 1)).is_ok() {
            l.level = 1;
        }
        // a long post is printed folded, then whole under `收起全文`: its title is the whole one's
        after_stamp = stamps.binary_search(&i).is_ok() || after_stamp && folded || l.text.starts_with("收起全文");
        let Some((open, close)) = split else {
            out.push(l);
            continue;
        };
        let prefix = l.text[..open].trim_end();
        if !prefix.is_empty() {
            out.push(Line { text: prefix, raw: crate::model::Span::new(l.raw.start, l.start + prefix.len()), ..l });
        }
        let title_at = l.start + open + '【'.len_utf8();
        let after = close + '】'.len_utf8();
        out.push(Line {
            text: &l.text[open + '【'.len_utf8()..close],
            start: title_at,
            raw: crate::model::Span::new(l.start + open, l.start + after),
            gap: if prefix.is_empty() { l.gap } else { 0 },
            level: 1,
            indented: false,
        });
        let rest = l.text[after..].trim_start();
        let at = l.start + (l.text.len() - rest.len());
        out.push(Line { text: rest, start: at, raw: crate::model::Span::new(at, l.raw.end), gap: 0, level: 0, indented: false });
    }
    (out, None)
}

/// The lines that stamp the posts of a timeline, in order: a microblog's `6月3日 18:22 来自 微博`
/// ([`byline::is_post_stamp`]), or a bare date and clock time (`2024年10月18日 19:02`) as a video
/// account prints it over each post: right under the account's name, which a blank line sets
/// apart from what stands above it, and over the post's short title. A bare stamp counts only
/// where the same name stands over [`MIN_TIMELINE_POSTS`] of them: two stories signed by one
/// newsroom under their headlines (`某县召开…会议` / `某县融媒体中心` / `2024年9月3日 19:02` / `9月3日，…。`)
/// are no timeline.
fn post_stamps(lines: &[Line<'_>]) -> Stamps {
    // the stamp itself is tested first: the line under it only where one stands
    let titled = |i: usize| lines.get(i + 1).is_some_and(|t| line::at_most_chars(t.text, MAX_POST_TITLE_CHARS) && !line::ends_sentence(t.text));
    let bare = |i: usize| {
        i > 0
            && is_bare_stamp(lines[i].text)
            && lines[i].gap == 0
            && (i == 1 || lines[i - 1].gap > 0)
            && titled(i)
            && furniture::is_account_name(lines[i - 1].text.trim())
    };
    let bares: Vec<usize> = (1..lines.len()).filter(|&i| bare(i)).collect();
    // each account's stamps counted once
    let mut names: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for &i in &bares {
        *names.entry(lines[i - 1].text.trim()).or_default() += 1;
    }
    let named = |i: usize| names.get(lines[i - 1].text.trim()).is_some_and(|&n| n >= MIN_TIMELINE_POSTS);
    let apps: Vec<usize> = (0..lines.len()).filter(|&i| byline::is_post_stamp(lines[i].text)).collect();
    let all = if bares.is_empty() { apps.clone() } else { (0..lines.len()).filter(|&i| apps.binary_search(&i).is_ok() || bares.binary_search(&i).is_ok() && named(i)).collect() };
    Stamps { all, apps }
}

/// The post stamps of a page's lines ([`post_stamps`]), by line.
struct Stamps {
    /// All of them, in order.
    all: Vec<usize>,
    /// Those a microblog prints with the app a post came from ([`byline::is_post_stamp`]): each
    /// line was tested once here, and the meta lines' test reads the answer.
    apps: Vec<usize>,
}

/// `2024年10月18日 19:02`, `2024-10-18 19:02`: a line of nothing but a date and a clock time.
fn is_bare_stamp(text: &str) -> bool {
    let t = line::trim(text);
    t.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && t.len() <= MAX_BARE_STAMP_BYTES
        && furniture::datetime(t).is_some_and(|(_, time, used)| time.is_some() && used == t.len())
}

/// Whether line `i` is an entry of a roster (`党支部副书记：李某某`) among others, the line above
/// or below one too: such entries head nothing. One alone (`脱贫攻坚楷模：黄某某` over a byline)
/// may be a headline.
pub(super) fn in_roster(lines: &[Line<'_>], i: usize) -> bool {
    let entry = |j: usize| lines.get(j).is_some_and(|l| byline::is_roster_entry(l.text));
    // (alone, an entry naming a post, `第一书记、队长：某某`, or its holder's unit in brackets)
    let post = || {
        let t = line::trim(lines[i].text);
        let label = t.split(['：', ':']).next().unwrap_or("");
        t.ends_with(['）', ')']) || ROSTER_POSTS.iter().any(|e| label.ends_with(e))
    };
    entry(i) && (i > 0 && entry(i - 1) || entry(i + 1) || post())
}

/// How the name of a post held in a village or a work team ends (`书记`, `队长`, `委员`).
const ROSTER_POSTS: [&str; 8] = ["书记", "主任", "队长", "队员", "委员", "组长", "文书", "员"];

/// `2023-10-17`, `2023年10月17日`: a line of nothing but a date, as a list of dated items
/// prints under each item's headline.
pub(super) fn is_bare_date(text: &str) -> bool {
    let t = line::trim(text);
    t.bytes().next().is_some_and(|b| b.is_ascii_digit()) && t.len() <= MAX_BARE_STAMP_BYTES && furniture::datetime(t).is_some_and(|(_, _, used)| used == t.len())
}

/// The time of a bare stamp ([`is_bare_stamp`]) on the last line with text above byte `at`
/// of `text`, as a post's `publishedAt` (`2024-10-18T19:02`).
fn stamp_above(text: &str, at: usize) -> Option<String> {
    let above = text.get(..at)?.trim_end();
    let line = line::trim(&above[above.rfind('\n').map_or(0, |k| k + 1)..]);
    if !is_bare_stamp(line) {
        return None;
    }
    let (date, time, _) = furniture::datetime(line)?;
    let (h, m) = time?;
    Some(format!("{date}T{h:02}:{m:02}"))
}

/// Longest line read as a bare stamp, in bytes (`2024年10月18日 19:02` is 26).
const MAX_BARE_STAMP_BYTES: usize = 32;

/// Where a post's bracketed title opens and closes in `text`: after nothing but the post's
/// frame, two to [`MAX_POST_TITLE_CHARS`] characters, with text after it.
fn post_title(text: &str) -> Option<(usize, usize)> {
    let open = text.find('【')?;
    let prefix = text[..open].trim_end();
    if !(prefix.is_empty() || is_post_frame(prefix)) {
        return None;
    }
    let close = open + text[open..].find('】')?;
    let title = &text[open + '【'.len_utf8()..close];
    let rest = text[close + '】'.len_utf8()..].trim();
    (bracketed_title_fits(title) && !rest.is_empty()).then_some((open, close))
}

/// Whether a title in brackets (a post's, a digest brief's) runs two to
/// [`MAX_POST_TITLE_CHARS`] characters.
fn bracketed_title_fits(title: &str) -> bool {
    (2..=MAX_POST_TITLE_CHARS).contains(&title.chars().take(MAX_POST_TITLE_CHARS + 1).count())
}

/// `#乡村振兴# #龙胜好物#`, `好茶好米！#消费帮扶# //@某县农业农村局：`: what a microblog post
/// prints before its title, its topics and the mark of the post it reposts. It ends on a topic
/// (two `#` at least) or on a repost's account and colon.
fn is_post_frame(text: &str) -> bool {
    let mut t = text.trim_end();
    // the repost's account, then the topics before it, are taken off the end
    if t.ends_with(['：', ':']) {
        let Some(k) = t.rfind("//@").filter(|&k| !t[k..].contains([' ', '，', '。'])) else { return false };
        t = t[..k].trim_end();
    } else if !t.ends_with('#') {
        return false;
    }
    let mut topics = 0;
    while let Some(body) = t.strip_suffix('#') {
        let Some(open) = body.rfind('#') else { break };
        if !line::at_most_chars(&body[open + 1..], MAX_TOPIC_CHARS) {
            break;
        }
        topics += 1;
        t = body[..open].trim_end();
    }
    // what is left is the poster's few words (`好茶好米，等你来尝！`), not a paragraph that ends
    // on a topic
    (topics > 0 || t.len() < text.trim_end().len()) && line::at_most_chars(t, MAX_POST_COMMENT_CHARS)
}

/// Longest topic between two `#`, in characters.
const MAX_TOPIC_CHARS: usize = 20;

/// Longest words a poster sets before the topics of a post, in characters.
const MAX_POST_COMMENT_CHARS: usize = 20;

/// What each line is alone. The tests are tried in order and the first that reads a line
/// decides it; each runs over all the lines before the next starts, so its code stays in the
/// instruction cache from one line to the next, where taking one line through all of them
/// evicted each test's code before the next line came to it.
///
/// `apps` are the lines that are a microblog's post stamps ([`Stamps::apps`]) where those were
/// found already.
fn classify(lines: &[Line<'_>], apps: Option<&[usize]>) -> Vec<Kind> {
    let mut kinds: Vec<Option<Kind>> = std::iter::repeat_with(|| None).take(lines.len()).collect();
    // the first test reads every line
    for (i, (l, k)) in lines.iter().zip(kinds.iter_mut()).enumerate() {
        let stamp = apps.map(|apps| apps.binary_search(&i).is_ok());
        *k = byline::meta_stamped(l.text, l.start, stamp).map(Kind::Meta);
    }
    let mut pass = |test: &dyn Fn(&Line<'_>) -> Option<Kind>| {
        for (l, k) in lines.iter().zip(kinds.iter_mut()) {
            if k.is_none() {
                *k = test(l);
            }
        }
    };
    pass(&photo_news);
    pass(&|l| byline::lead(l.text, l.start).map(Kind::Lead));
    pass(&|l| {
        let t = l.text;
        let people = byline::byline_line(t, l.start)?;
        // `记者 X 摄`: the line credits a picture, whatever role word it prints
        let closing = t.trim_end_matches([')', '）']);
        let pictured = (closing.ends_with('摄') || closing.ends_with("摄影"))
            && people
                .contributors
                .iter()
                .all(|c| c.role == crate::model::Role::Photographer);
        Some(if pictured {
            Kind::Credit(people.contributors)
        } else {
            Kind::Byline(people)
        })
    });
    // a footer that names the editor among its chrome: `【纠错】 【责任编辑:X】`
    pass(&|l| byline::bracketed_credits(l.text, l.start).map(Kind::Byline));
    pass(&|l| byline::signature_line(l.text, l.start).map(Kind::Byline));
    // an English line beside Chinese ones translates them; a page mostly in English is its own
    // text, kept (and answered with what the rules read of it)
    let english = lines.iter().filter(|l| l.text.chars().any(line::is_han)).count() * 2 < lines.len();
    pass(&|l| furniture::furniture(l.text).filter(|r| !(english && *r == DiscardReason::Duplicate)).map(Kind::Furniture));
    pass(&picture_kind);
    let mut kinds: Vec<Kind> = kinds.into_iter().map(|k| k.unwrap_or(Kind::Body)).collect();
    // a reader's letter signs its end with a place and a name (`某镇新场村　王德明`)
    for i in 1..lines.len() {
        if matches!(kinds[i], Kind::Body) && matches!(kinds[i - 1], Kind::Body) && line::ends_sentence(lines[i - 1].text) {
            if let Some(people) = byline::letter_signoff(lines[i].text, lines[i].start) {
                kinds[i] = Kind::Byline(people);
            }
        }
    }
    // a journal paper names its authors on a line of names over their affiliation
    for i in 1..lines.len() {
        if byline::is_affiliation_line(lines[i].text) && matches!(kinds[i - 1], Kind::Body) {
            if let Some(people) = byline::authors_line(lines[i - 1].text, lines[i - 1].start) {
                kinds[i - 1] = Kind::Byline(people);
            }
        }
    }
    kinds
}

/// Longest picture of photo news read as a caption, source mark and all.
const MAX_PHOTO_NEWS_CHARS: usize = 200;

/// `本报讯 11月3日,某县举办展销会……图为市民在选购。(甲乙 摄)`: a column of photo news opens each
/// caption with the paper's source mark, as a brief does, but credits only a photographer at its
/// end. Such a line is a picture standing alone, not a story.
fn photo_news(l: &Line<'_>) -> Option<Kind> {
    let t = l.text;
    // most lines end in no bracket: told before the characters are counted
    if !line::trim_end(t).ends_with([')', '）']) || !line::at_most_chars(t, MAX_PHOTO_NEWS_CHARS) {
        return None;
    }
    let lead = byline::lead(t, l.start).filter(|lead| lead.contributors.is_empty())?;
    let picture = byline::PICTURE.find(t.as_bytes());
    let (at, photographers) = byline::photo_credit(t, l.start, picture).filter(|&(at, _)| at > 0 && reads_as_caption(t, at))?;
    (lead.body_start < l.start + at).then_some(Kind::Caption { credit: Some(at), photographers, framed: true })
}

/// A line that is a photo's caption or credit, by what it says of a picture.
fn picture_kind(l: &Line<'_>) -> Option<Kind> {
    let t = l.text;
    // one search for `图` serves the credit and the `图为` tests
    let picture = byline::PICTURE.find(t.as_bytes());
    if let Some((at, photographers)) =
        byline::photo_credit(t, l.start, picture).filter(|&(at, _)| reads_as_caption(t, at))
    {
        // a caption that opens with its day (`6月16日,…`) reports news of its own: its
        // picture stands alone even where it is printed inside a story's columns
        return Some(if at == 0 {
            Kind::Credit(photographers)
        } else {
            Kind::Caption {
                credit: Some(at),
                photographers,
                framed: opens_with_day(t),
            }
        });
    }
    // `图为` is searched for with a finder built once, from the first `图` on
    static SHOWS: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("图为"));
    let pictured = picture.is_some_and(|at| {
        SHOWS.find(&t.as_bytes()[at..]).is_some() || t.starts_with("图:") || t.starts_with("图：")
    });
    (pictured && !is_heading_like(t)).then(|| Kind::Caption {
        credit: None,
        photographers: Vec::new(),
        framed: false,
    })
}

/// What a file picture's caption closes on (`（资料图）`).
const FILE_PHOTO_MARKS: [&str; 4] = ["（资料图）", "(资料图)", "（资料图片）", "（资料照片）"];

/// Longest line under a picture's placeholder read as its caption, in characters.
const MAX_PLACEHOLDER_CAPTION_CHARS: usize = 60;

/// Shortest text taken for a set-apart caption.
const MIN_FRAMED_CAPTION_CHARS: usize = 15;

/// A paragraph the converter set apart with more than one blank line on both sides (or before
/// a headline, a credit or the page end) is a picture's caption, credited or not. The line that
/// follows a picture is not one: the gap after a picture frames it too, unless another picture
/// follows it (a row of pictures). A sentence opening with a sign that points at a picture is a
/// caption in its story wherever it stands.
fn mark_framed_captions(lines: &[Line<'_>], kinds: &mut [Kind]) {
    for i in 1..lines.len() {
        let l = &lines[i];
        let after_picture = matches!(kinds[i - 1], Kind::Caption { .. } | Kind::Credit(_));
        // (read only of a line set apart from the one above: most are not)
        let closed_off = || {
            lines
                .get(i + 1)
                .is_none_or(|n| n.gap >= 2 || is_heading_like(n.text))
                || matches!(kinds.get(i + 1), Some(Kind::Credit(_)))
        };
        // `▲ 茶农在修剪茶树。`: the sign points at a picture printed in the story's columns
        let pointing = l.text.starts_with(PICTURE_POINTERS);
        // in a row of pictures, a paragraph set apart between two captions is one, uncredited
        let picture_after = matches!(kinds.get(i + 1), Some(Kind::Caption { .. } | Kind::Credit(_)));
        let between_pictures = after_picture && picture_after && l.gap >= 1 && lines[i + 1].gap >= 1;
        // one blank line sets a `图为…` caption apart as two do elsewhere when the paragraph
        // above it was printed right under the one before it (its page prints paragraphs line
        // under line, so a blank line there is a frame)
        let tight = || {
            l.text.starts_with("图为")
                && l.gap == 1
                && lines[i - 1].gap == 0
                && matches!(kinds[i - 1], Kind::Body)
                && lines.get(i + 1).is_none_or(|n| n.gap >= 1)
        };
        let framed = (l.gap >= 2 && closed_off() || tight()) && !after_picture && !pointing || between_pictures;
        // `▲12月10日,在某镇…`: a picture dated by its caption is news of its own, even one
        // pointed at inside a story's columns
        let dated = pointing && opens_with_day(l.text.trim_start_matches(PICTURE_POINTERS));
        let framed = framed || dated;
        // `[图片]` / `图为客户经理在基地走访种养户`: the short line under a scrape's placeholder of a
        // picture is its caption, a sentence or not
        let under_placeholder = matches!(kinds[i], Kind::Body)
            && matches!(kinds[i - 1], Kind::Furniture(_))
            && furniture::is_picture_placeholder(lines[i - 1].text)
            && line::at_most_chars(l.text, MAX_PLACEHOLDER_CAPTION_CHARS);
        // `上津至漫川关旅游公路。（资料图）`: a file picture's caption says so at its end
        let file_photo = matches!(kinds[i], Kind::Body) && line::at_most_chars(l.text, MAX_PLACEHOLDER_CAPTION_CHARS) && FILE_PHOTO_MARKS.iter().any(|m| line::trim_end(l.text).ends_with(m));
        match &mut kinds[i] {
            Kind::Caption { framed: f, .. } => *f |= framed,
            Kind::Body if file_photo => {
                let mark = FILE_PHOTO_MARKS.iter().find_map(|m| line::trim_end(l.text).strip_suffix(m)).map_or(l.text.len(), str::len);
                kinds[i] = Kind::Caption {
                    credit: Some(mark),
                    photographers: Vec::new(),
                    framed: false,
                };
            }
            Kind::Body if under_placeholder => {
                kinds[i] = Kind::Caption {
                    credit: None,
                    photographers: Vec::new(),
                    framed: false,
                };
            }
            Kind::Body
                if (framed || pointing)
                    && !is_heading_like(l.text)
                    && line::char_len(l.text) >= MIN_FRAMED_CAPTION_CHARS
                    && line::ends_sentence(l.text) =>
            {
                kinds[i] = Kind::Caption {
                    credit: None,
                    photographers: Vec::new(),
                    framed,
                };
            }
            _ => {}
        }
    }
}

/// Signs a caption opens with to point at the picture above it. Such a picture illustrates the
/// story it is printed in, however wide the gaps around its caption.
const PICTURE_POINTERS: [char; 2] = ['▲', '△'];

/// Longest paragraph a credit line on its own closes as a caption.
const MAX_CREDITED_CAPTION_CHARS: usize = 200;

/// A credit line on its own (`记者 X 摄`) closes a caption made of the paragraph right above
/// it. On a web page that is a picture of its one story. On a printed page the picture stands
/// alone when the caption opens with its day (`10月12日,`), when it follows a finished
/// paragraph of a news story opened by a source mark (`本报讯`): such a story's text does not
/// end in a photo credit, while a feature under a byline may close on the credit of its
/// pictures; or when the story above closed on its signature (`记者 X`).
fn mark_credited_captions(lines: &[Line<'_>], kinds: &mut [Kind]) {
    let web = kinds.iter().any(|k| matches!(k, Kind::Meta(_)));
    // whether the story running at the line is news opened by a source mark (or none runs)
    let mut news = true;
    for i in 1..lines.len() {
        match kinds[i - 1] {
            Kind::Lead(_) => news = true,
            Kind::Byline(_) => news = false,
            _ => {}
        }
        let l = &lines[i - 1];
        let fits = matches!(kinds[i], Kind::Credit(_))
            && matches!(kinds[i - 1], Kind::Body)
            && !is_heading_like(l.text)
            && line::ends_sentence(l.text)
            && line::at_most_chars(l.text, MAX_CREDITED_CAPTION_CHARS);
        if !fits {
            continue;
        }
        let after_story = news && (i < 2 || line::ends_sentence(lines[i - 2].text));
        // the next of a row of pictures, right under the credit of the one before
        let in_row = i >= 3 && matches!(kinds[i - 2], Kind::Credit(_)) && matches!(kinds[i - 3], Kind::Caption { .. });
        // a story closed by its signature (`记者 X` under its last paragraph) is over: a
        // credited caption right under it is a picture of its own
        let signed_off = i >= 3
            && matches!(kinds[i - 2], Kind::Byline(_))
            && match kinds[i - 3] {
                Kind::Body => line::ends_sentence(lines[i - 3].text),
                // `(下转第4版)` over the signature: the story goes on elsewhere
                Kind::Furniture(_) => true,
                _ => false,
            };
        let framed = !web && (opens_with_day(l.text) || after_story || in_row || signed_off);
        if web || framed || inside_cut_paragraph(lines, kinds, i - 1) {
            kinds[i - 1] = Kind::Caption {
                credit: None,
                photographers: Vec::new(),
                framed,
            };
        }
    }
}

/// What a page prints over a cartoon.
const CARTOON_LABELS: [&str; 4] = ["漫画", "新闻漫画", "时评漫画", "漫画新闻"];

/// Whether `text` is a cartoon's label on a line of its own.
pub(super) fn is_cartoon_label(text: &str) -> bool {
    let t = line::trim(text).trim_start_matches(['【', '[', '■', '□', '●']).trim_end_matches(['】', ']']);
    CARTOON_LABELS.contains(&t)
}

/// Longest caption of a cartoon, in characters.
const MAX_CARTOON_CAPTION_CHARS: usize = 80;

/// `漫画` / `“扶上马”还要“送一程”` / a sentence / `作者：某某`: a cartoon printed on a page of
/// text, its label, its title, what it says and who drew it. The sentence is its caption and
/// the drawer its author (a meta line's `作者：` would credit the story above).
fn mark_cartoons(lines: &[Line<'_>], kinds: &mut [Kind]) {
    for i in 0..lines.len().saturating_sub(3) {
        if !matches!(kinds[i], Kind::Body) || !is_cartoon_label(lines[i].text) {
            continue;
        }
        let (title, caption, credit) = (&lines[i + 1], &lines[i + 2], &lines[i + 3]);
        let fits = matches!(kinds[i + 1], Kind::Body)
            && is_heading_like(title.text)
            && matches!(kinds[i + 2], Kind::Body)
            && line::ends_sentence(caption.text)
            && line::at_most_chars(caption.text, MAX_CARTOON_CAPTION_CHARS);
        let Some(drawer) = fits.then(|| cartoon_credit(credit)).flatten() else { continue };
        kinds[i + 2] = Kind::Caption { credit: None, photographers: Vec::new(), framed: true };
        kinds[i + 3] = Kind::Credit(vec![drawer]);
    }
}

/// Labels before the name of a cartoon's drawer (`作者：某某`, `漫画：某某`).
const DRAWER_LABELS: [&str; 4] = ["作者", "漫画", "绘图", "绘画"];

/// The drawer a cartoon's credit line names (`作者：黄某某`, `黄某某　绘`), as its author.
fn cartoon_credit(l: &Line<'_>) -> Option<Contributor> {
    let t = line::trim(l.text);
    let name = DRAWER_LABELS
        .iter()
        .find_map(|w| t.strip_prefix(w).and_then(|r| r.strip_prefix(['：', ':'])))
        .or_else(|| t.strip_suffix('绘').or_else(|| t.strip_suffix('作')).map(|r| r.trim_end_matches(['／', '/'])))?
        .trim();
    let squeezed: String = name.chars().filter(|c| !c.is_whitespace()).collect();
    if !byline::is_bare_name(&squeezed) {
        return None;
    }
    let at = l.start + (name.as_ptr() as usize - l.text.as_ptr() as usize);
    Some(Contributor { name: squeezed, role: crate::model::Role::Author, span: crate::model::Span::new(at, at + name.len()) })
}

/// Longest sentence read as the caption of a picture printed between two others.
const MAX_BETWEEN_CAPTION_CHARS: usize = 80;

/// On a page of photo news a picture may print no credit: its caption is then one sentence set
/// between two captioned pictures, apart from the next by a wider gap. A story's text there
/// would run on in more than one sentence.
fn mark_captions_between_pictures(lines: &[Line<'_>], kinds: &mut [Kind]) {
    for i in 1..lines.len().saturating_sub(1) {
        let l = &lines[i];
        let between = matches!(kinds[i - 1], Kind::Caption { .. } | Kind::Credit(_))
            && matches!(kinds[i + 1], Kind::Caption { .. })
            && (l.gap >= 2 || lines[i + 1].gap >= 2);
        if between
            && matches!(kinds[i], Kind::Body)
            && !is_heading_like(l.text)
            && line::char_len(l.text) >= MIN_FRAMED_CAPTION_CHARS
            && line::at_most_chars(l.text, MAX_BETWEEN_CAPTION_CHARS)
            && is_one_sentence(l.text)
        {
            kinds[i] = Kind::Caption {
                credit: None,
                photographers: Vec::new(),
                framed: true,
            };
        }
    }
}

/// Whether `text` is one finished sentence: it ends one, and no sentence ends before.
fn is_one_sentence(text: &str) -> bool {
    let t = text.trim_end();
    line::ends_sentence(t)
        && t.char_indices()
            .rev()
            .skip(1)
            .all(|(_, c)| !crate::quantity::FULL_STOPS.contains(&c))
}

/// Whether the credited paragraph at line `i` is a picture printed inside a paragraph that a
/// column break cut: the body text above breaks off mid-sentence and the story runs on in body
/// text below the credit (past any page furniture), so the finished line between is no part of
/// it.
fn inside_cut_paragraph(lines: &[Line<'_>], kinds: &[Kind], i: usize) -> bool {
    let broken_off = i > 0
        && matches!(kinds[i - 1], Kind::Body | Kind::Lead(_))
        && !line::ends_sentence(lines[i - 1].text);
    let runs_on = || {
        (i + 2..lines.len())
            .find(|&j| !matches!(kinds[j], Kind::Furniture(_)))
            .is_some_and(|j| matches!(kinds[j], Kind::Body) && !is_heading_like(lines[j].text))
    };
    broken_off && runs_on()
}

/// What follows the day a text opens with (`8月6日`, `１０月１２日`, or `近日`/`日前`), if it
/// opens with one.
fn after_day(text: &str) -> Option<&str> {
    if let Some(rest) = ["近日", "日前"].iter().find_map(|w| text.strip_prefix(w)) {
        return Some(rest);
    }
    let rest = after_day_number(text)?.strip_prefix('月')?;
    after_day_number(rest)?.strip_prefix('日')
}

/// What follows the one or two digits (half- or full-width) `s` opens with.
fn after_day_number(s: &str) -> Option<&str> {
    let n = s.chars().take_while(|&c| crate::charset::is_digit(c)).count();
    (1..=2).contains(&n).then(|| &s[s.chars().take(n).map(char::len_utf8).sum::<usize>()..])
}

/// Whether a caption opens with its day, whatever follows it (`12月7日下午,…`, `图为6月16日,…`,
/// `近日,…`): a picture of news of its own.
pub(super) fn opens_with_date(caption: &str) -> bool {
    after_day(caption.strip_prefix("图为").unwrap_or(caption)).is_some()
}

/// Whether `text` opens with a day of the month and a comma (`8月6日,`, `10月12日，`), or with
/// `近日,`/`日前,`: a day the caption leaves unnamed is its own news all the same.
fn opens_with_day(text: &str) -> bool {
    after_day(text).is_some_and(|rest| rest.starts_with([',', '，']))
}

/// Longest line under a link read as a link's own (a date, a source); longer, it is text.
const MAX_LINK_TEXT_CHARS: usize = 40;

/// A link-list label (`相关新闻:`, `附件:`) and the headline-like link lines or file names under
/// it are navigation.
fn mark_link_lists(lines: &[Line<'_>], kinds: &mut [Kind], groups: &[Option<Group>]) {
    let mut in_list = false;
    // whether the list's items so far are bulleted (`◆…`): a line without the bullet after a
    // blank line is the page's next headline, not one more link
    let mut bulleted = None;
    for i in 0..lines.len() {
        let free = groups[i].is_none() && matches!(kinds[i], Kind::Body);
        let t = lines[i].text;
        let bullet = t.starts_with(LINK_BULLETS);
        // a ranked list prints each title after its rank (`2　某县召开…会`)
        let ranked = t.trim_start_matches(|c: char| c.is_ascii_digit());
        let link = if ranked.len() < t.len() && ranked.starts_with([' ', '\u{3000}']) { ranked.trim_start() } else { t };
        // `相关阅读` over a title over the story's own text: a related story printed whole, its
        // headline no link
        let heads_text = || {
            lines.get(i + 1).is_some_and(|n| matches!(kinds[i + 1], Kind::Body) && !is_heading_like(n.text) && !line::at_most_chars(n.text, MAX_LINK_TEXT_CHARS))
        };
        if free && furniture::is_list_label(t) {
            kinds[i] = Kind::Furniture(DiscardReason::Navigation);
            in_list = true;
            bulleted = None;
        } else if in_list
            && free
            && !(bulleted == Some(true) && !bullet && lines[i].gap > 0)
            // a column's label alone in brackets (`【领导调研】`) opens the text after the list
            && !(t.starts_with('【') && t.ends_with('】'))
            && (is_heading_like(link) || furniture::is_attachment(t) || is_link_title(link))
            && !heads_text()
        {
            kinds[i] = Kind::Furniture(DiscardReason::Navigation);
            bulleted.get_or_insert(bullet);
        } else if in_list && groups[i].is_none() && matches!(kinds[i], Kind::Furniture(_)) {
            // a link another rule already dropped (`·《某县新闻》2023年7月11日`) keeps the list going
        } else {
            in_list = false;
        }
    }
}

/// Marks a list of links may set before each title.
const LINK_BULLETS: [char; 8] = ['◆', '◇', '●', '■', '•', '·', '▪', '►'];

/// `乡镇 | 贷款户数 | 贷款余额(万元)` over `卢阳镇 | 612 | 2783`: lines of as many cells set apart
/// by pipes, two or more in a row and one with figures among them, are a table printed as text,
/// header and all. A header alone reads as a line of links (no figures, pipes between words);
/// a table is the page's text.
fn mark_pipe_tables(lines: &[Line<'_>], kinds: &mut [Kind]) {
    // most lines hold no pipe: told by a vector search of the bytes before any is counted
    let pipes = |t: &str| {
        if !crate::charset::holds_pipe(t) {
            return 0;
        }
        t.matches(['|', '｜']).count()
    };
    let mut i = 0;
    while i < lines.len() {
        let n = pipes(lines[i].text);
        if n < 2 {
            i += 1;
            continue;
        }
        let run = (i..lines.len()).take_while(|&j| lines[j].gap == 0 || j == i).take_while(|&j| pipes(lines[j].text) == n).count();
        // a cell of a bare figure (`612`, `27.9`, `85%`), not a digit in a footer's licence number
        let bare = |cell: &str| {
            let c = cell.trim();
            !c.is_empty() && c.starts_with(|ch: char| ch.is_ascii_digit()) && c.chars().all(|ch| ch.is_ascii_digit() || matches!(ch, '.' | '%'))
        };
        let figures = lines[i..i + run].iter().any(|l| l.text.split(['|', '｜']).any(bare));
        if run >= 2 && figures {
            for k in &mut kinds[i..i + run] {
                if matches!(k, Kind::Furniture(DiscardReason::Navigation)) {
                    *k = Kind::Body;
                }
            }
        }
        i += run.max(1);
    }
}

/// Longest line read as announcing the list under it.
const MAX_ANNOUNCING_CHARS: usize = 24;

/// Most lines of a list a line announces.
const MAX_ANNOUNCED_LINES: usize = 12;

/// `发布人:` over `县乡村振兴局局长　韦国明` / `县水务局副局长　石永江`: the lines a short line
/// ending in a colon announces, up to the next blank line, are items of the story's text. They
/// are no headlines (however short and bare) and no signatures (however name-like).
fn mark_announced_lists(lines: &[Line<'_>], kinds: &mut [Kind]) {
    for i in 0..lines.len() {
        let t = line::trim_end(lines[i].text);
        // a label over links (`相关新闻:`, `附件:`) announces navigation, read later; a line
        // that opens a block of its own (`新春走基层:` over a headline) is a kicker
        let announces = matches!(kinds[i], Kind::Body)
            && lines[i].gap == 0
            && i > 0
            && t.ends_with([':', '：'])
            && line::at_most_chars(t, MAX_ANNOUNCING_CHARS)
            && !furniture::is_list_label(t);
        if !announces {
            continue;
        }
        let items = (i + 1..lines.len().min(i + 1 + MAX_ANNOUNCED_LINES))
            .take_while(|&j| {
                lines[j].gap == 0 && matches!(kinds[j], Kind::Body | Kind::Byline(_)) && !line::ends_sentence(lines[j].text) && !lines[j].text.starts_with("——")
            })
            .count();
        // one line under a colon may be a subheading's text; a list has two or more
        if items >= 2 {
            for j in i + 1..=i + items {
                let len = lines[j].text.len();
                kinds[j] = Kind::Inset(vec![join::Part { range: 0..len, repeated: false }]);
            }
        }
    }
}

/// Labels a page prints over an advertisement, bare or in brackets (`【广告】`, `（广告）`).
const AD_LABELS: [&str; 2] = ["广告", "广而告之"];

/// Brackets a label may be printed in.
const LABEL_BRACKETS: [char; 8] = ['（', '）', '(', ')', '【', '】', '[', ']'];

/// How a report's signer is named at its foot (`述职人：某某`), over the post and the day.
const SIGNERS: [&str; 3] = ["述职人", "履职人", "报告人"];

/// How the post of an official or a cadre ends (`…驻某村第一书记`, `某局局长`).
const POST_ENDS: [&str; 10] = ["书记", "主任", "局长", "队长", "组长", "站长", "所长", "委员", "干部", "负责人"];

/// Longest line read under a signature as the signer's post or the day signed.
const MAX_SIGNATURE_LINE_CHARS: usize = 40;

/// `述职人：某某` over `某局驻某村第一书记` and `2023年12月28日` at the foot of a report: the
/// signer's post and the day signed belong to the signature, not to a story of their own (a
/// post reads as a headline, and would take the page's editor line under it away).
fn mark_signature_blocks(lines: &[Line<'_>], kinds: &mut [Kind]) {
    for i in 1..lines.len() {
        let signs = matches!(&kinds[i], Kind::Byline(p) if p.first_role == Some(crate::model::Role::Author))
            && SIGNERS.iter().any(|w| lines[i].text.starts_with(w))
            && matches!(kinds[i - 1], Kind::Body)
            && line::ends_sentence(lines[i - 1].text);
        if !signs {
            continue;
        }
        let block = |t: &str| {
            let t = line::trim(t);
            let dated = furniture::datetime(t).is_some_and(|(_, _, used)| used == t.len());
            line::at_most_chars(t, MAX_SIGNATURE_LINE_CHARS) && !line::ends_sentence(t) && (dated || POST_ENDS.iter().any(|w| t.ends_with(w)))
        };
        for j in i + 1..lines.len().min(i + 3) {
            if !(matches!(kinds[j], Kind::Body) && block(lines[j].text)) {
                break;
            }
            kinds[j] = Kind::Furniture(DiscardReason::Boilerplate);
        }
    }
}

/// Labels a page prints over its weather forecast.
const WEATHER_LABELS: [&str; 3] = ["天气预报", "今日天气", "天气"];

/// Most lines read as one weather box under its label.
const MAX_WEATHER_LINES: usize = 12;

/// Longest line of a weather box, in characters.
const MAX_WEATHER_LINE_CHARS: usize = 30;

/// Characters of which a weather box's lines hold one: the sky, the wind, the temperature.
static WEATHER_CHARS: crate::charset::CharSet = crate::charset::CharSet::new("℃晴雨云阴雪雾霾风级");

/// `天气预报` over `7月3日　多云转小雨` / `气温：18℃～27℃` / `风力：西南风2～3级` / `某县气象台
/// 7月2日16时发布`: a page's weather box is no story. Its lines are short, name no sentence and
/// each tells the sky, the wind or the temperature, or who issued them.
fn mark_weather_boxes(lines: &[Line<'_>], kinds: &mut [Kind]) {
    let weather = |t: &str| {
        line::at_most_chars(t, MAX_WEATHER_LINE_CHARS) && !line::ends_sentence(t) && !t.contains(['，', ','])
            && (t.chars().any(|c| WEATHER_CHARS.contains(c)) || t.ends_with("发布"))
    };
    for i in 0..lines.len() {
        if !matches!(kinds[i], Kind::Body) {
            continue;
        }
        // `【今日天气】晴转多云，西南风3—4级，13℃～26℃。`: a forecast on one line under its label
        if one_line_forecast(lines[i].text) {
            kinds[i] = Kind::Furniture(DiscardReason::Boilerplate);
            continue;
        }
        let label = line::trim(lines[i].text);
        let label = label.strip_prefix('【').and_then(|l| l.strip_suffix('】')).unwrap_or(label);
        if !WEATHER_LABELS.contains(&label) {
            continue;
        }
        let run = (i + 1..lines.len().min(i + 1 + MAX_WEATHER_LINES))
            .take_while(|&j| matches!(kinds[j], Kind::Body | Kind::Furniture(_)) && weather(lines[j].text))
            .count();
        // `今天：多云转阴，11℃～19℃；明天：阴转小雨，10℃～16℃。`: the days' forecasts in one sentence
        let days = lines.get(i + 1).is_some_and(|l| day_forecast(l.text));
        let run = if run == 0 && days { 1 } else { run };
        // a label over no forecast is a word of a story (a section on the weather): a forecast
        // prints a temperature or a wind force
        let measured = (i + 1..=i + run).any(|j| {
            let t = lines[j].text;
            t.contains('℃') || t.contains('级') && t.bytes().any(|b| b.is_ascii_digit())
        });
        if (run >= 2 || run == 1 && days) && measured {
            for k in &mut kinds[i..=i + run] {
                *k = Kind::Furniture(DiscardReason::Boilerplate);
            }
        }
    }
}

/// Days a forecast opens with (`今天：多云，…`).
const FORECAST_DAYS: [&str; 4] = ["今天", "今日", "今夜", "明天"];

/// `今天：多云转阴，11℃～19℃；明天：阴转小雨，10℃～16℃。`: a day's forecast after its day and a
/// colon, with a temperature, on one short line.
fn day_forecast(text: &str) -> bool {
    let t = line::trim(text);
    FORECAST_DAYS.iter().any(|d| t.strip_prefix(d).is_some_and(|r| r.starts_with(['：', ':']))) && t.contains('℃') && line::at_most_chars(t, MAX_FORECAST_CHARS)
}

/// Longest forecast read on one line, in characters.
const MAX_FORECAST_CHARS: usize = 80;

/// A forecast printed on one line after its label in brackets or before a colon (`【今日天气】`,
/// `天气预报：`), with a temperature: the box of a post or a page, no story.
fn one_line_forecast(text: &str) -> bool {
    let t = line::trim(text);
    let bracketed = WEATHER_LABELS.iter().find_map(|l| t.strip_prefix('【').and_then(|r| r.strip_prefix(l)).and_then(|r| r.strip_prefix('】')));
    // (after a colon only the forecast itself: `天气预报：未来三天最高气温将达39℃，各乡镇要…` is
    // a story's warning)
    let colon = || {
        WEATHER_LABELS
            .iter()
            .find_map(|l| t.strip_prefix(l).and_then(|r| r.strip_prefix(['：', ':'])))
            .filter(|r| line::at_most_chars(r, MAX_WEATHER_LINE_CHARS) && !r.contains(['，', ',', '。']))
    };
    bracketed.or_else(colon).is_some_and(|rest| rest.contains('℃')) && line::at_most_chars(t, MAX_FORECAST_CHARS)
}

/// Labels a page prints over its classified notices (`招租`, `遗失声明`, `寻人启事`).
const CLASSIFIED_LABELS: [&str; 2] = ["分类广告", "分类信息"];

/// How a classified notice's heading ends (`招租`, `遗失声明`, `寻物启事`): under a label of
/// classified notices one of them shows they are notices, not a story's section.
const CLASSIFIED_KINDS: [&str; 8] = ["招租", "声明", "启事", "出售", "转让", "求购", "招聘", "出租"];

/// Most lines read under a label of classified notices.
const MAX_CLASSIFIED_LINES: usize = 24;

/// Longest line read as a classified notice.
const MAX_CLASSIFIED_LINE_CHARS: usize = 120;

/// Most lines read as one advertisement under its label.
const MAX_AD_LINES: usize = 12;

/// Longest line read as a line of an advertisement's copy.
const MAX_AD_LINE_CHARS: usize = 40;

/// `广告` over `某某驾校　冬季学车火热报名中` / `随到随学　包教包会` / `咨询热线:…`: the label and the
/// short unpunctuated lines of copy under it are no story. The advertisement ends at the first
/// line that reads as text (a sentence, or longer than copy runs) or as a headline over text.
fn mark_advertisements(lines: &[Line<'_>], kinds: &mut [Kind]) {
    let mut i = 0;
    while i < lines.len() {
        let label = line::trim(lines[i].text);
        let classified = CLASSIFIED_LABELS.contains(&label);
        if !(matches!(kinds[i], Kind::Body) && (classified || AD_LABELS.contains(&label.trim_matches(LABEL_BRACKETS)))) {
            i += 1;
            continue;
        }
        // classified notices are worded in sentences (`…即日起对外公开招租。`, `…声明作废。`)
        let copy = |l: &Line<'_>| {
            if classified {
                line::at_most_chars(l.text, MAX_CLASSIFIED_LINE_CHARS)
            } else {
                line::at_most_chars(l.text, MAX_AD_LINE_CHARS) && !line::ends_sentence(l.text) && !l.text.contains(['，', ','])
            }
        };
        // a short line over a sentence, or over a byline or dateline (with a deck between or
        // not), is the next story's headline
        let anchor = |kinds: &[Kind], k: usize| matches!(kinds.get(k), Some(Kind::Byline(_) | Kind::Lead(_) | Kind::Meta(_)));
        // (the page's imprint under the last line of copy is no text it heads; a caption is)
        let text_under = |kinds: &[Kind], j: usize| !matches!(kinds.get(j + 1), Some(Kind::Furniture(_))) && lines.get(j + 1).is_some_and(|n| !copy(n));
        let headline = |kinds: &[Kind], j: usize| text_under(kinds, j) || anchor(kinds, j + 1) || anchor(kinds, j + 2);
        let most = if classified { MAX_CLASSIFIED_LINES } else { MAX_AD_LINES };
        let mut j = i + 1;
        while j < lines.len() && j <= i + most && matches!(kinds[j], Kind::Body | Kind::Furniture(_)) && copy(&lines[j]) && !headline(kinds, j) {
            j += 1;
        }
        let notices = || (i + 1..j).any(|k| line::at_most_chars(lines[k].text, MAX_AD_LINE_CHARS) && CLASSIFIED_KINDS.iter().any(|w| line::trim(lines[k].text).ends_with(w)));
        if !classified || notices() {
            for k in &mut kinds[i..j] {
                *k = Kind::Furniture(DiscardReason::Boilerplate);
            }
        }
        i = j.max(i + 1);
    }
}

/// Longest line of a bulletin's frame, in characters.
const MAX_BULLETIN_FRAME_CHARS: usize = 60;

/// Words that open a bulletin's lines of distribution (`报送:市委组织部…`, `报：…` / `送：…` /
/// `发：…`). Every body line is asked for them: compared in line ([`has_prefix`]), where
/// `strip_prefix` may call `memcmp` for each.
const DISTRIBUTION: [&str; 7] = ["报送", "抄送", "分发", "发送", "报", "送", "发"];

/// `（共印３０份）`: how many copies of a bulletin were printed.
fn is_print_run(t: &str) -> bool {
    let inner = t.trim_start_matches(['(', '（']).trim_end_matches([')', '）']);
    inner.starts_with("共印") && inner.ends_with('份') && line::at_most_chars(inner, 10)
}

/// `驻村帮扶工作简报` over `第12期` and `某某办公室编　2024年6月21日`, and at its foot `报送:…`,
/// `抄送:…`: the frame an office's bulletin (简报) prints around its items, no story's text.
fn mark_bulletin_frame(lines: &[Line<'_>], kinds: &mut [Kind]) -> Option<Date> {
    let mut date = None;
    let issue = |t: &str| {
        let t = line::trim(t);
        t.starts_with('第') && t.ends_with('期') && line::at_most_chars(t, 8)
    };
    let short = |t: &str| line::at_most_chars(t, MAX_BULLETIN_FRAME_CHARS);
    let body = |kinds: &[Kind], i: usize| matches!(kinds[i], Kind::Body);
    for i in 0..lines.len() {
        let t = line::trim(lines[i].text);
        if body(kinds, i) && i + 1 < lines.len() && issue(lines[i + 1].text) && short(t) && !line::ends_sentence(t) {
            kinds[i] = Kind::Furniture(DiscardReason::Boilerplate);
            kinds[i + 1] = Kind::Furniture(DiscardReason::Boilerplate);
            // `某某办公室编　2024年6月21日`: who compiled it, and when (a line of no sentence
            // closing on its date)
            // (a date in full-width figures, as a scan prints it, is read by its marks)
            let dated = |t: &str| furniture::first_datetime(t).is_some() || t.ends_with('日') && t.contains('年') && t.contains('月');
            let compiler = |t: &str| short(t) && !line::ends_sentence(t) && dated(t) && !t.contains(['，', ',']);
            if lines.get(i + 2).is_some_and(|l| compiler(l.text)) {
                kinds[i + 2] = Kind::Furniture(DiscardReason::Boilerplate);
                // the date it was compiled on dates the bulletin (`截至8月底`, `今年`)
                date = date.or_else(|| compiled_on(lines[i + 2].text));
            }
            // `内部资料` / `某县巩固拓展脱贫攻坚成果` over `工作简报`: the bulletin's mark and the
            // first line of its name
            for k in (i.saturating_sub(2)..i).rev() {
                if body(kinds, k) && short(lines[k].text) && !line::ends_sentence(lines[k].text) && !lines[k].text.contains(['，', ',']) {
                    kinds[k] = Kind::Furniture(DiscardReason::Boilerplate);
                } else {
                    break;
                }
            }
        } else if body(kinds, i) && (DISTRIBUTION.iter().any(|w| has_prefix(t, w) && t[w.len()..].starts_with([':', '：'])) && short(t) || is_print_run(t)) {
            kinds[i] = Kind::Furniture(DiscardReason::Boilerplate);
        }
    }
    date
}

/// `某县发布` over a post's headline and its line `原创 某县融媒 某县发布 2023-09-18 19:06`: the
/// name of the account the post came out on, printed again in that line, heads the page as a
/// masthead does, and is no kicker of the headline.
///
/// `stamps` are the lines' post stamps ([`post_stamps`]) where they were found already.
fn mark_account_names(lines: &[Line<'_>], kinds: &mut [Kind], stamps: Option<Vec<usize>>) {
    // a microblog's profile over its first post: the account's fields (`IP属地：广西`); a
    // timeline prints two posts at least
    let stamps: Vec<usize> = stamps.unwrap_or_else(|| post_stamps(lines).all).into_iter().filter(|&i| matches!(kinds[i], Kind::Meta(_) | Kind::Furniture(_))).collect();
    if stamps.len() >= MIN_TIMELINE_POSTS {
        // the profile over the first post (the account's name, its motto, its counts and tabs)
        // holds no sentence: then it is all the account's frame
        let profile = 0..stamps[0].saturating_sub(1);
        let framed = !lines[profile.clone()].iter().any(|l| line::ends_sentence(l.text));
        for i in 0..stamps[0] {
            if matches!(kinds[i], Kind::Body) && (framed && profile.contains(&i) || PROFILE_FIELDS.iter().any(|f| lines[i].text.starts_with(f))) {
                kinds[i] = Kind::Furniture(DiscardReason::Boilerplate);
            }
        }
        // a post's topics before its title: the frame [`post_titles`] split off the title's line
        for i in 0..lines.len().saturating_sub(1) {
            let title = &lines[i + 1];
            if matches!(kinds[i], Kind::Body) && title.level == 1 && title.gap == 0 && is_post_frame(lines[i].text) {
                kinds[i] = Kind::Furniture(DiscardReason::Boilerplate);
            }
        }
        // a microblog prints the account's name right over each post's stamp
        for &i in stamps.iter().filter(|&&i| i > 0) {
            let name = lines[i - 1].text.trim();
            let short = line::at_most_chars(name, MAX_ACCOUNT_NAME_CHARS) && !name.contains(['，', '。', '：', ':', '、']);
            if matches!(kinds[i - 1], Kind::Body) && short {
                kinds[i - 1] = Kind::Furniture(DiscardReason::Boilerplate);
            }
        }
    }
    for i in 2..lines.len() {
        if !matches!(kinds[i], Kind::Meta(_)) || !byline::is_post_line(lines[i].text) {
            continue;
        }
        let name = lines[i - 2].text.trim();
        if matches!(kinds[i - 2], Kind::Body) && !name.is_empty() && lines[i].text.split_whitespace().any(|w| w == name) {
            kinds[i - 2] = Kind::Furniture(DiscardReason::Boilerplate);
        }
    }
}

/// How the fields of a microblog account's profile open (`微博认证：…`, `IP属地：广西`,
/// `全部微博（16342）　原创　图片`), read over the page's first post.
const PROFILE_FIELDS: [&str; 5] = ["微博认证", "简介", "IP属地", "全部微博", "认证"];

/// Fewest posts a page must print to be read as a microblog's timeline.
const MIN_TIMELINE_POSTS: usize = 2;

/// Longest account name read over a microblog post's stamp.
const MAX_ACCOUNT_NAME_CHARS: usize = 20;

/// Labels that open the readers' comments under a story on a site or in an app. (`发表评论` and
/// `我要评论` are buttons, furniture of their own line, that open nothing.)
const COMMENT_LABELS: [&str; 10] = ["全部评论", "网友评论", "热门评论", "最新评论", "精彩评论", "评论区", "评论", "精选留言", "全部留言", "留言"];

/// Most lines of one liked comment: the reader, the comment, its likes.
const MAX_LIKED_COMMENT_LINES: usize = 4;

/// Longest line read as a comment area's label.
const MAX_COMMENT_LABEL_CHARS: usize = 12;

/// Longest line read as a reader's comment.
const MAX_COMMENT_CHARS: usize = 80;

/// Most lines read as one page's comment area.
const MAX_COMMENT_LINES: usize = 80;

/// `全部评论(4)` and what follows it up to the next blank line: readers' names and times, their
/// comments, and the buttons under each. Readers' words are no part of the story they answer,
/// but a line labelled so is only taken for a comment area when the run under it shows one: a
/// row of buttons (`回复　点赞 36`) or a reader's name over the time of posting (`茶客　10-16
/// 10:21`). A story that names its comment section (`评论区`) keeps its text.
fn mark_comments(lines: &[Line<'_>], kinds: &mut [Kind]) {
    let is_label = |t: &str| {
        let t = t.trim().trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '(' | ')' | '（' | '）' | ' '));
        COMMENT_LABELS.contains(&t)
    };
    let free = |k: &Kind| matches!(k, Kind::Body | Kind::Furniture(_));
    let mut i = 0;
    while i < lines.len() {
        if !(free(&kinds[i]) && line::at_most_chars(lines[i].text, MAX_COMMENT_LABEL_CHARS) && is_label(lines[i].text)) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < lines.len() && end <= i + MAX_COMMENT_LINES && (lines[end].gap == 0 || end == i + 1) {
            if !free(&kinds[end]) || !line::at_most_chars(lines[end].text, MAX_COMMENT_CHARS) {
                break;
            }
            end += 1;
        }
        let comments = (i + 1..end).any(|j| {
            let t = lines[j].text;
            furniture::is_reader_row(t) || furniture::is_posting_stamp(t) || furniture::is_comment_link(t) || furniture::is_comment_form(t)
        });
        // an app's comments stand a blank line apart, each closed by its count of likes
        let liked = liked_comments_end(lines, kinds, i + 1);
        let end = if liked > i + 1 { liked.max(end) } else { end };
        let comments = comments || liked > i + 1;
        if comments {
            for k in &mut kinds[i..end] {
                *k = Kind::Furniture(DiscardReason::Navigation);
            }
        }
        i = end.max(i + 1);
    }
}

/// `阿叶　牙叉镇` / `政策讲得很清楚` / `18`, a blank line, `作者` / `您好，…` / `4`: comments in an
/// app as it prints them from line `from`, each a few short lines (the reader, the comment)
/// closed by the count of its likes (`18`, `赞 23`), the lines of one comment together or a
/// blank line apart. Returns one past the last such comment.
fn liked_comments_end(lines: &[Line<'_>], kinds: &[Kind], from: usize) -> usize {
    // (a bare count closes only lines that touch it; lines a blank apart close on `赞 23`: a
    // story's sentence over a page number is no comment)
    let likes = |k: usize, spaced: bool| {
        let t = line::trim(lines[k].text);
        let count = match t.strip_prefix("赞") {
            Some(c) => c.trim_start(),
            None if spaced => return false,
            None => t,
        };
        !count.is_empty() && count.bytes().all(|b| b.is_ascii_digit())
    };
    let mut j = from;
    loop {
        let fits = |k: usize| {
            (k == j || lines[k].gap <= 1) && matches!(kinds[k], Kind::Body | Kind::Furniture(_)) && line::at_most_chars(lines[k].text, MAX_COMMENT_CHARS)
        };
        // the first count of likes within a comment's lines, every line before it a fit
        let last = (j..lines.len()).take(MAX_LIKED_COMMENT_LINES).take_while(|&k| fits(k)).find(|&k| likes(k, (j + 1..=k).any(|m| lines[m].gap > 0)));
        match last {
            Some(k) if k > j => j = k + 1,
            _ => return j,
        }
    }
}

/// Fewest bulleted lines in a row read as a list of links with no label over it.
const MIN_BULLET_LINKS: usize = 3;

/// `· 某县2024年春季学期学生资助政策问答`: a sidebar's links, each a bullet and a title, at least
/// [`MIN_BULLET_LINKS`] in a row, are navigation even when their label was lost. A line whose
/// last word is a figure (`· 全县脱贫人口 3.2万人`) belongs to a box of figures, not to links.
fn mark_bullet_links(lines: &[Line<'_>], kinds: &mut [Kind], groups: &[Option<Group>]) {
    let link = |i: usize, kinds: &[Kind]| {
        groups[i].is_none()
            && matches!(kinds[i], Kind::Body)
            && lines[i].text.strip_prefix(['·', '•']).is_some_and(|t| {
                let t = t.trim();
                !t.is_empty() && is_link_title(t) && !is_figure_row(t)
            })
    };
    let mut i = 0;
    while i < lines.len() {
        let run = (i..lines.len()).take_while(|&j| link(j, kinds)).count();
        // `…主要包括:` over bulleted items: the story's own list
        let announced = i > 0 && line::trim_end(lines[i - 1].text).ends_with([':', '：']);
        if run >= MIN_BULLET_LINKS && !announced {
            for k in &mut kinds[i..i + run] {
                *k = Kind::Furniture(DiscardReason::Navigation);
            }
        }
        i += run.max(1);
    }
}

/// `全县脱贫人口 3.2万人`, `118个 已建成的项目`, `全县脱贫人口:3.2万人`: a row of a box of figures.
pub(super) fn is_figure_row(text: &str) -> bool {
    use crate::quantity::table;
    let last = text.rsplit(char::is_whitespace).next().unwrap_or(text);
    table::record_label_end(text).is_some() || table::figure_first(text).is_some() || table::lone_figure(last)
}

/// Longest line read as the title of a listed link that punctuates inside it.
const MAX_LINK_TITLE_CHARS: usize = 40;

/// `【提醒】近期高温天气,请注意防暑降温`: under a list label, a short line that ends no sentence
/// is a link's title, commas and all.
fn is_link_title(text: &str) -> bool {
    !line::ends_sentence(text) && line::at_most_chars(text, MAX_LINK_TITLE_CHARS)
}

/// The date a bulletin's compiler line prints (`某某办公室　２０２４年９月３０日`), in full-width
/// figures as a scan prints them or in ASCII ones. (Only this line is read so: a page header
/// in full-width figures is told by its other parts.)
fn compiled_on(text: &str) -> Option<Date> {
    let ascii: String = text.chars().map(|c| if ('０'..='９').contains(&c) { char::from(b'0' + (c as u32 - '０' as u32) as u8) } else { c }).collect();
    furniture::first_datetime(&ascii).map(|(_, (date, _, _))| date)
}

/// Fewest lines in a row that make a menu printed one item a line.
const MIN_MENU_LINES: usize = 4;

/// Longest entry of a side menu printed under a site's breadcrumb.
const MAX_SIDE_MENU_ITEM_CHARS: usize = 10;

/// A site menu scraped one item a line (`首页` / `走进某县` / `政务公开` / …): a run of at least
/// [`MIN_MENU_LINES`] lines that are each one short bare word is navigation. Stories do not
/// print such runs: a headline or a label stands alone, and list items carry punctuation.
fn mark_menu_columns(lines: &[Line<'_>], kinds: &mut [Kind]) {
    let item = |l: &Line<'_>, k: &Kind| {
        matches!(k, Kind::Body | Kind::Furniture(DiscardReason::Navigation))
            && furniture::is_menu_item(l.text)
    };
    // a side menu right under the site's breadcrumb may name longer entries (`政府信息公开指南`)
    let side_item = |l: &Line<'_>, k: &Kind| {
        matches!(k, Kind::Body) && line::at_most_chars(l.text, MAX_SIDE_MENU_ITEM_CHARS) && !l.text.is_empty() && l.text.chars().all(char::is_alphabetic)
    };
    let mut i = 0;
    while i < lines.len() {
        let under_nav = i > 0 && matches!(kinds[i - 1], Kind::Furniture(DiscardReason::Navigation));
        let run = (i..lines.len())
            .take_while(|&j| item(&lines[j], &kinds[j]) || under_nav && side_item(&lines[j], &kinds[j]) && (j == i || lines[j].gap == 0))
            .count();
        if run >= MIN_MENU_LINES {
            for k in &mut kinds[i..i + run] {
                *k = Kind::Furniture(DiscardReason::Navigation);
            }
        }
        i += run.max(1);
    }
}

/// Longest place a camera app stamps beside its mark.
const MAX_WATERMARK_PLACE_CHARS: usize = 30;

/// `黑龙江省佳木斯市桦南县·土龙山镇` right over `今日水印相机 已验证`: the place a camera app
/// stamps on a photographed notice is the stamp's, no text of the notice.
fn mark_watermark_places(lines: &[Line<'_>], kinds: &mut [Kind]) {
    for i in 1..lines.len() {
        if !matches!(kinds[i], Kind::Furniture(DiscardReason::Boilerplate)) || !furniture::is_app_watermark(lines[i].text) {
            continue;
        }
        let place = lines[i - 1].text;
        if matches!(kinds[i - 1], Kind::Body)
            && line::at_most_chars(place, MAX_WATERMARK_PLACE_CHARS)
            && !line::ends_sentence(place)
            && place.chars().all(|c| crate::charset::is_han(c) || matches!(c, '·' | '•' | ' '))
        {
            kinds[i - 1] = Kind::Furniture(DiscardReason::Boilerplate);
        }
    }
}

/// Fewest entries of a menu printed on one line with wide gaps.
const MIN_MENU_ROW_ENTRIES: usize = 4;

/// Longest entry of such a menu (`政府信息公开指南`).
const MAX_MENU_ROW_ENTRY_CHARS: usize = 8;

/// Longest such menu, in characters.
const MAX_MENU_ROW_CHARS: usize = 120;

/// How many lines away from the site's other navigation such a menu may stand (a side menu's
/// title may come between).
const MENU_ROW_REACH: usize = 2;

/// `网上办事大厅　　领导之窗　　镇长信箱　　依申请公开`: a site's menu printed on one line, at
/// least [`MIN_MENU_ROW_ENTRIES`] short bare words set apart by wide gaps (two spaces or more),
/// near the site's other navigation, not all of one length (a slogan's phrases and a table's
/// column names are). A short word alone between
/// two lines of navigation (a side menu's title, `政务公开`) is navigation too.
fn mark_menu_rows(lines: &[Line<'_>], kinds: &mut [Kind]) {
    let nav = |k: &Kind| matches!(k, Kind::Furniture(DiscardReason::Navigation));
    for i in 0..lines.len() {
        let near_nav = || kinds[i.saturating_sub(MENU_ROW_REACH)..(i + MENU_ROW_REACH + 1).min(lines.len())].iter().any(nav);
        // a header over rows of figures set apart as widely is a table's
        let over_row = || lines.get(i + 1).is_some_and(|n| n.text.bytes().any(|b| b.is_ascii_digit()) && (n.text.contains("\u{3000}\u{3000}") || n.text.contains("  ") || n.text.contains('\t')));
        // (the kinds around first: most lines stand far from any navigation)
        if matches!(kinds[i], Kind::Body) && near_nav() && is_menu_row(lines[i].text) && !over_row() {
            kinds[i] = Kind::Furniture(DiscardReason::Navigation);
        }
    }
    for i in 1..lines.len().saturating_sub(1) {
        if nav(&kinds[i - 1]) && nav(&kinds[i + 1]) && matches!(kinds[i], Kind::Body) && furniture::is_menu_item(lines[i].text) {
            kinds[i] = Kind::Furniture(DiscardReason::Navigation);
        }
    }
}

/// Whether `text` is a menu printed on one line (see [`mark_menu_rows`]).
fn is_menu_row(text: &str) -> bool {
    let t = line::trim(text);
    // told by its bytes first: most lines hold no wide gap
    if !line::at_most_chars(t, MAX_MENU_ROW_CHARS) || !(t.contains("\u{3000}\u{3000}") || t.contains("  ")) {
        return false;
    }
    let mut entries = 0;
    // the lengths of the entries, as bits: a slogan's phrases (`不忘初心　　牢记使命`) and a
    // table's column names are cut to one length, a menu's entries are not
    let mut lengths = 0u32;
    let mut rest = t;
    while !rest.is_empty() {
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let entry = &rest[..end];
        let Some(n) = line::chars_within(entry, MAX_MENU_ROW_ENTRY_CHARS).filter(|&n| n >= 2) else { return false };
        if !entry.chars().all(crate::charset::is_han) {
            return false;
        }
        lengths |= 1 << n;
        entries += 1;
        let after = rest[end..].trim_start();
        // a gap of one space is no gap between entries
        if !after.is_empty() && rest[end..rest.len() - after.len()].chars().nth(1).is_none() {
            return false;
        }
        rest = after;
    }
    entries >= MIN_MENU_ROW_ENTRIES && !lengths.is_power_of_two()
}

/// Longest text a `图/X` credit closes as a caption without saying `图为`: a longer paragraph so
/// signed is story text whose story the photographer shares.
const MAX_UNMARKED_CAPTION_CHARS: usize = 80;

/// Whether text closed by a credit at `at` is a caption: a `摄` credit always is, a `图/X` credit
/// only after a short text or one that says `图为`.
fn reads_as_caption(t: &str, at: usize) -> bool {
    t[at..].contains('摄')
        || t[..at].contains("图为")
        || line::char_len(&t[..at]) <= MAX_UNMARKED_CAPTION_CHARS
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

/// Drops body lines that repeat other body text (pull quotes, duplicated blocks), and marks the
/// pull quotes that keep text of their own.
fn mark_repeats(lines: &[Line<'_>], kinds: &mut [Kind], groups: &[Option<Group>]) {
    // a document's title (`《…细则》要点`) heads the piece that cites it, and the label under a
    // box's figure (`三分之一` / `…占全州…的比例`) names it: neither is a pull quote, whatever text
    // it repeats
    let label = |i: usize| i > 0 && crate::quantity::table::labels_lone_figure(lines[i - 1].text, lines[i].text);
    // a table's total (`合计：帮扶单位7个，…`) may say again what the text over the table said
    let total = |i: usize| crate::quantity::TOTAL_WORDS.iter().any(|w| lines[i].text.starts_with(w));
    let (ids, texts): (Vec<usize>, Vec<&str>) = (0..lines.len())
        // (nor is a line a digest marks as a brief's title, `●…` over its text, which may well
        // say again what the brief's first sentence says)
        .filter(|&i| groups[i].is_none() && lines[i].level == 0 && !headline::is_document_title(lines[i].text) && !label(i) && !total(i))
        .filter_map(|i| body_text(&lines[i], &kinds[i]).map(|(t, _)| (i, t)))
        .unzip();
    for (&i, verdict) in ids.iter().zip(join::repeats(&texts)) {
        if !matches!(kinds[i], Kind::Body) || matches!(verdict, join::Verdict::Keep) {
            continue;
        }
        // the rows of a table in wide gaps say the same words again and again
        // (`保洁、护绿、护路  66  本镇所辖行政村（社区）`): asked only of a line judged a repeat
        let t = lines[i].text;
        if !t.contains('\n') && is_wide_row(t) {
            continue;
        }
        // a table's title right over its header (`某县…项目竣工验收情况表` under a notice titled
        // `关于某县…项目竣工验收情况的公告`) says its document's title again, and is no pull quote
        let over_table = || lines.get(i + 1).is_some_and(|n| is_wide_row(n.text) || crate::charset::holds_pipe(n.text));
        if line::trim_end(t).ends_with('表') && over_table() {
            continue;
        }
        match verdict {
            join::Verdict::Keep => {}
            join::Verdict::Drop(reason) => kinds[i] = Kind::Furniture(reason),
            join::Verdict::Inset(parts) => kinds[i] = Kind::Inset(parts),
        }
    }
    mark_short_quotes(lines, kinds, groups);
    // `“没有一户掉队…”` / `——县乡村振兴局局长 张某`: the line naming who said a dropped quote
    // goes with it
    for i in 1..lines.len() {
        let quoted = matches!(kinds[i - 1], Kind::Furniture(DiscardReason::PullQuote));
        if quoted && lines[i].gap == 0 && matches!(kinds[i], Kind::Body) && is_attribution(lines[i].text) {
            kinds[i] = Kind::Furniture(DiscardReason::PullQuote);
        }
    }
    // `…有活干、有钱` / `嘉宾观点` / `“…有钱赚。”` / `赚，…`: the label of a quote's box printed
    // inside a paragraph a column break cut goes with the quote
    for i in 1..lines.len().saturating_sub(1) {
        let boxed = matches!(kinds[i + 1], Kind::Furniture(DiscardReason::PullQuote));
        let label = line::at_most_chars(lines[i].text, MAX_QUOTE_LABEL_CHARS) && lines[i].text.chars().all(line::is_han);
        let cut = matches!(kinds[i - 1], Kind::Body) && !line::ends_sentence(lines[i - 1].text);
        if boxed && label && cut && matches!(kinds[i], Kind::Body) {
            kinds[i] = Kind::Furniture(DiscardReason::PullQuote);
        }
    }
}

/// Fewest cells set apart by wide gaps that make a line a table's row, no pull quote.
const MIN_ROW_CELLS: usize = 4;

/// Whether `text` is a table's row in wide gaps: [`MIN_ROW_CELLS`] cells or more.
fn is_wide_row(text: &str) -> bool {
    crate::quantity::table::wide_cells(text).nth(MIN_ROW_CELLS - 1).is_some()
}

/// Longest label of a quote's box (`嘉宾观点`, `记者手记`), in characters.
const MAX_QUOTE_LABEL_CHARS: usize = 6;

/// Fewest characters of words a short quote must hold to be judged a pull quote.
const MIN_SHORT_QUOTE_CHARS: usize = 8;

/// `“一个大棚就是一个‘小银行’”` over `“一个大棚就是一个‘小银行’。”大棚承包户张某说,…`: a quote
/// too short for the repeat index, set in quotation marks on its own line, whose words open or
/// stand inside the paragraph right before or after it, repeats that paragraph.
fn mark_short_quotes(lines: &[Line<'_>], kinds: &mut [Kind], groups: &[Option<Group>]) {
    let words = |t: &str| t.chars().filter(|c| c.is_alphanumeric()).collect::<String>();
    let text = |kinds: &[Kind], j: usize| matches!(kinds[j], Kind::Body | Kind::Lead(_));
    for i in 0..lines.len() {
        let t = line::trim(lines[i].text);
        let framed = t.starts_with('“') && t.ends_with('”') && !t[..t.len() - '”'.len_utf8()].contains('”');
        // `…村集体经济收入由6万元增加` / `路通了，村里的日子就有了奔头。` / `到18.6万元。…`: a short
        // sentence set between the two parts of a cut sentence, saying again one the text says
        // (the line's own frame is read first: few lines stand between blank lines)
        // (the box may print its label over the quote and who said it under: `【问政金句】` /
        // `…。` / `——评议员　某某`)
        let label = i > 0 && lines[i].gap == 0 && matches!(kinds[i - 1], Kind::Body) && join::is_card_label(lines[i - 1].text);
        let said = i + 1 < lines.len() && lines[i + 1].gap == 0 && matches!(kinds[i + 1], Kind::Body) && is_attribution(lines[i + 1].text);
        let (lo, hi) = (i - usize::from(label), i + usize::from(said));
        let cut_around = || {
            lo > 0
                && hi + 1 < lines.len()
                && lines[lo].gap > 0
                && lines[hi + 1].gap > 0
                && line::ends_sentence(t)
                && text(kinds, lo - 1)
                && text(kinds, hi + 1)
                && join::breaks_mid_sentence_text(lines[lo - 1].text)
        };
        if groups[i].is_some() || !matches!(kinds[i], Kind::Body) || !line::at_most_chars(t, 2 * MIN_SHORT_QUOTE_CHARS + 2) {
            continue;
        }
        let inserted = !framed && cut_around();
        if !framed && !inserted {
            continue;
        }
        let quote = words(t);
        if quote.chars().count() < MIN_SHORT_QUOTE_CHARS {
            continue;
        }
        let repeated = if framed {
            let beside = [i.checked_sub(1), Some(i + 1)].into_iter().flatten().filter(|&j| j < lines.len());
            beside.filter(|&j| text(kinds, j)).any(|j| words(lines[j].text).contains(&quote))
        } else {
            // (the whole sentence, as a sentence of the text: `实现“零上访…”。` is no copy of a
            // cut sentence's second half `“零上访…”。`; one searcher for every line read)
            let finder = memchr::memmem::Finder::new(t.as_bytes());
            let as_sentence = |other: &str| finder.find_iter(other.as_bytes()).any(|k| other[..k].chars().next_back().is_none_or(|c| matches!(c, '。' | '！' | '？' | '”')));
            (0..lines.len()).filter(|&j| j != i && text(kinds, j)).any(|j| as_sentence(lines[j].text))
        };
        if repeated {
            for k in &mut kinds[lo..=i] {
                *k = Kind::Furniture(DiscardReason::PullQuote);
            }
        }
    }
}



/// Longest line read as the attribution of a quote.
const MAX_ATTRIBUTION_CHARS: usize = 30;

/// `——县乡村振兴局局长 张某`: a dash of two marks (`——`, or more hyphens) and who said it, with
/// no sentence of its own.
fn is_attribution(text: &str) -> bool {
    let who = text.trim_start_matches(['—', '-', '─', '－']);
    who.len() + 2 * '—'.len_utf8() <= text.len()
        && line::at_most_chars(who, MAX_ATTRIBUTION_CHARS)
        && !who.trim().is_empty()
        && !who.contains(['。', ',', '，', ';', '；', '!', '！', '?', '？', ':', '：'])
}

/// Where the menu or trail of sections under a site's name on the page's first line stands:
/// within five lines, past at most one short line of text (its motto) and other furniture (a
/// line of the day's date and weather, a bar of reading modes).
fn site_menu_below(lines: &[Line<'_>], kinds: &[Kind]) -> Option<usize> {
    let mut texts = 0;
    for j in 1..6.min(lines.len()) {
        match &kinds[j] {
            Kind::Furniture(DiscardReason::Navigation) if furniture::is_menu_or_trail(lines[j].text) => return Some(j),
            Kind::Furniture(_) => {}
            // (its motto, or its name in Latin letters, `WANZAI COUNTY PEOPLE'S HOSPITAL`)
            Kind::Body if texts == 0 && (furniture::is_site_head(lines[j].text) || furniture::is_romanised_name(lines[j].text)) => texts += 1,
            _ => return None,
        }
    }
    None
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
    // the paper's name prints right above or below the dateline, in Chinese and often in
    // Roman letters too (`某某日报` / `MOUMOU DAILY` / the dateline): read upwards, then
    // downwards, so a name counts beside another part of the header
    let is_header = |k: &Kind| matches!(k, Kind::Furniture(DiscardReason::Boilerplate));
    // a site's name prints beside its menu and breadcrumbs as a paper's beside its dateline
    // a site's name prints beside its menu or its address (`www.…`), a notice's signing office
    // over a date
    let site_chrome = |kinds: &[Kind], j: usize| match kinds[j] {
        Kind::Furniture(DiscardReason::Navigation) => true,
        Kind::Furniture(DiscardReason::Boilerplate) => lines[j].text.contains("www.") || lines[j].text.contains("http"),
        _ => false,
    };
    // a supplement's masthead stands over the page's first story: over its lead or its first
    // sentence
    let first_text = (0..lines.len()).find(|&j| matches!(kinds[j], Kind::Lead(_)) || line::ends_sentence(lines[j].text)).unwrap_or(lines.len());
    for i in (0..lines.len()).rev().chain(0..lines.len()) {
        // only a line of text may become the masthead: the others are passed before their
        // neighbours are read (a neighbour's address was searched for again and again)
        if !matches!(kinds[i], Kind::Body) {
            continue;
        }
        let text = lines[i].text;
        let by_header = i > 0 && is_header(&kinds[i - 1]) || kinds.get(i + 1).is_some_and(is_header);
        let by_site = || i > 0 && site_chrome(kinds, i - 1) || i + 1 < lines.len() && site_chrome(kinds, i + 1);
        let top = i < MAX_MASTHEAD_LINES.min(first_text);
        // the menu or trail under the page's first line, read once for the name and its motto
        let site_menu = if i == 0 { site_menu_below(lines, kinds) } else { None };
        let masthead = by_header && (furniture::is_masthead(text) || top && furniture::is_supplement_masthead(text))
            || by_site() && (furniture::is_site_name(text) || i == 0 && furniture::is_web_name(text))
            // a company's name opening its site, its menu a few lines down (past its English name)
            || i == 0 && furniture::is_company_name(text) && (1..4).any(|j| matches!(kinds.get(j), Some(Kind::Furniture(DiscardReason::Navigation))))
            // any site's name over its menu or its trail of sections, with at most its motto
            // between (`禾采 HECAI` / `让好产地被看见` / `首页　关于禾采…`)
            || i == 0 && furniture::is_site_name_line(text) && site_menu.is_some();
        if masthead {
            kinds[i] = Kind::Furniture(DiscardReason::Boilerplate);
            // the site's motto between its name and its menu
            if let Some(menu) = site_menu {
                for k in &mut kinds[1..menu] {
                    if matches!(k, Kind::Body) {
                        *k = Kind::Furniture(DiscardReason::Boilerplate);
                    }
                }
            }
            // the company's brand and motto between its name and its menu
            if i == 0 && furniture::is_company_name(text) {
                for j in 1..6.min(lines.len()) {
                    if !matches!(kinds[j], Kind::Body) || !furniture::is_site_motto(lines[j].text) {
                        break;
                    }
                    kinds[j] = Kind::Furniture(DiscardReason::Boilerplate);
                }
            }
        }
    }
    // a spread's later page prints the first page's name again over its own dateline
    // (`福贡新闻` / `2025年1月16日　星期四` / `3`): the page's first line, again
    for i in MAX_MASTHEAD_LINES..lines.len() {
        // (a dateline printed on every page is a running head by then)
        let over_header = |j: usize| kinds.get(j + 1).is_some_and(|k| is_header(k) || matches!(k, Kind::Furniture(DiscardReason::PageNumber)));
        // (the page's first line: a headline near the top over a dateline is no masthead)
        let repeated = || lines[0].text == lines[i].text && over_header(0);
        if matches!(kinds[i], Kind::Body) && over_header(i) && line::at_most_chars(lines[i].text, MAX_REPEATED_MASTHEAD_CHARS) && repeated() {
            kinds[i] = Kind::Furniture(DiscardReason::Boilerplate);
        }
    }
    // an official account prints its name right above the time it posted (`某县发布` /
    // `2024-06-12 18:30 发表于某省`)
    for i in 1..lines.len() {
        let stamp = is_header(&kinds[i]) && lines[i].text.starts_with(|c: char| c.is_ascii_digit()) && lines[i].text.contains("发表于");
        if stamp && matches!(kinds[i - 1], Kind::Body) && furniture::is_account_name(lines[i - 1].text) {
            kinds[i - 1] = Kind::Furniture(DiscardReason::Boilerplate);
        }
    }
    date
}

#[cfg(test)]
mod tests;
