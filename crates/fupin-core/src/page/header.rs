//! Headline blocks: which headline-like lines stand over a story — those right above its
//! byline, source mark or meta line, or above a short item signed at its end.

use super::byline;
use super::headline::{is_bracketed_name, is_heading_like, is_subheading, is_subtitle, is_title_like};
use super::line::{ends_sentence, Line};
use super::Kind;
use crate::quantity::table::figure_first;

/// Headline lines owned by the story that opens under them.
#[derive(Debug, Clone, Copy)]
pub(super) struct Group {
    pub first: usize,
    /// One past the last headline line.
    pub end: usize,
}

/// A line that may be part of a headline block; the line right above the byline (`title`) may
/// be punctuated as headlines sometimes are.
fn is_header_line(l: &Line<'_>, k: &Kind, title: bool) -> bool {
    let fits = if title {
        is_title_like(l.text)
    } else {
        is_heading_like(l.text)
    };
    // a box's bulleted figure (`■ 选派干部人才212名`) and a note in brackets on where its
    // figures come from (`(数据来源:…)`, `(注:…)`) end the box above, whatever heads the story
    // below (a date in brackets under a speech's title is part of its headline)
    let note = || super::join::is_bracketed(l.text) && (l.text.contains("来源") || super::line::trim(l.text).trim_start_matches(['(', '（']).starts_with('注'));
    let boxed = l.text.starts_with(super::join::ITEM_BULLETS) && l.text.contains(|c: char| c.is_ascii_digit()) || note();
    matches!(k, Kind::Body) && (fits || is_subtitle(l.text)) && !is_bracketed_name(l.text) && !boxed
}

/// Longest title of a web page read over its meta line, in characters.
const MAX_WEB_TITLE_CHARS: usize = 64;

/// `禾采发布2024年助农报告：全年农产品销售额386.2亿元　脱贫县…`, `…文字实录｜守牢防返贫底线`: a
/// web page's title as it stands over its meta line, longer than a paper's headline, with at
/// most one pipe joining a column's name to it, and no sentence.
fn is_web_title(text: &str) -> bool {
    let t = super::line::trim(text);
    let pipes = t.matches(['|', '｜']).count();
    super::line::at_most_chars(t, MAX_WEB_TITLE_CHARS)
        && t.chars().any(super::line::is_han)
        && pipes <= 1
        && !ends_sentence(t)
        && !t.contains(['。', '；', ';'])
        && t.matches(['，', ',']).count() <= 1
        && (pipes == 0 || t.split(['|', '｜']).all(|side| side.chars().any(super::line::is_han)))
}

/// Whether a line opens a story and so owns the headline lines right above it.
fn is_anchor(k: &Kind) -> bool {
    match k {
        Kind::Lead(_) | Kind::Meta(_) => true,
        Kind::Byline(p) => p
            .first_role
            .is_some_and(|r| r != crate::model::Role::Editor),
        _ => false,
    }
}

/// `(上接第一版)…`: the rest of a story begun on another page, under its headline printed again.
pub(super) fn opens_continued(text: &str) -> bool {
    let t = super::line::trim_start(text).trim_start_matches(['(', '（']);
    t.starts_with("上接") && t.chars().take(8).any(|c| c == '版')
}

/// Whether line `j` is a record of a box of figures (`118个 已建成的项目`), short and
/// unpunctuated as a headline is but none: one in Chinese numerals only beside one in digits.
fn is_figure_record(lines: &[Line<'_>], j: usize) -> bool {
    let record = |j: usize| lines.get(j).and_then(|l| figure_first(l.text));
    match record(j) {
        Some(r) if r.arabic => true,
        Some(_) => [j.wrapping_sub(1), j + 1]
            .into_iter()
            .any(|n| record(n).is_some_and(|r| r.arabic)),
        None => false,
    }
}

/// `2860万元` / `现场签约意向订单金额`: the label printed right under a box's figure, no line of
/// the headline block under the box.
fn labels_figure_above(lines: &[Line<'_>], j: usize) -> bool {
    j > 0 && lines[j].gap == 0 && crate::quantity::table::labels_lone_figure(lines[j - 1].text, lines[j].text)
}

/// Fewest digits of a phone number.
const MIN_PHONE_DIGITS: usize = 7;

/// `青松乡：0898-27741062`: an entry of a list of phone numbers, a name and its number after a
/// colon, no headline line however short.
fn is_phone_entry(text: &str) -> bool {
    let Some((_, number)) = super::line::trim(text).rsplit_once(['：', ':']) else { return false };
    let number = number.trim();
    number.bytes().filter(u8::is_ascii_digit).count() >= MIN_PHONE_DIGITS && number.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'-' | b' '))
}

/// Most lines a headline block takes: section label, kicker, headline and subtitle.
const MAX_HEADER_LINES: usize = 4;

/// Finds the headline block over every anchor: up to four headline-like lines directly above it
/// (a row of a table printed with pipes is none, however bare, nor the source closing the story
/// above, `(来源:某局)`).
pub(super) fn header_groups(lines: &[Line<'_>], kinds: &[Kind]) -> Vec<Option<Group>> {
    let mut groups = vec![None; lines.len()];
    for a in 0..lines.len() {
        if !is_anchor(&kinds[a]) && !opens_continued(lines[a].text) {
            continue;
        }
        let mut first = a;
        // a web page's title right above its meta line runs longer than a paper's headline and
        // may join a column's name to it with a pipe (`文字实录｜守牢防返贫底线`)
        let web_title = a > 0 && matches!(kinds[a], Kind::Meta(_)) && matches!(kinds[a - 1], Kind::Body) && is_web_title(lines[a - 1].text);
        let at_web_title = |first: usize| first == a && web_title;
        while first > 0
            && a - (first - 1) <= MAX_HEADER_LINES
            && groups[first - 1].is_none()
            // the line right above the byline, or above a subtitle, may be punctuated as
            // headlines sometimes are (`…有哪些新变化?` / `——访…`)
            && (at_web_title(first) || is_header_line(&lines[first - 1], &kinds[first - 1], first == a || is_subtitle(lines[first].text)))
            && (first == a || !continues_paragraph(lines, kinds, first - 1))
            && !is_figure_record(lines, first - 1)
            && !labels_figure_above(lines, first - 1)
            && !is_phone_entry(lines[first - 1].text)
            && !super::in_roster(lines, first - 1)
            && (at_web_title(first) || !crate::charset::holds_pipe(lines[first - 1].text))
            && byline::trailing_source(lines[first - 1].text).is_none()
            // (`记者调查` / `本报记者　某某` under a reader's letter: a part of the letter's
            // package, no headline of a story)
            && !(first == a && is_package_part(lines[first - 1].text))
        {
            first -= 1;
        }
        // `新春走基层:` over the headline: a kicker may close on a colon, at the top of the block
        // (a web page's `相关解读:` over a linked story's title and meta line labels a link)
        let colon_kicker = first < a
            && !matches!(kinds[a], Kind::Meta(_))
            && first > 0
            && a - (first - 1) <= MAX_HEADER_LINES
            && groups[first - 1].is_none()
            && matches!(kinds[first - 1], Kind::Body)
            && is_colon_kicker(lines[first - 1].text)
            && !continues_paragraph(lines, kinds, first - 1);
        if colon_kicker {
            first -= 1;
        }
        if first < a {
            let g = Group { first, end: a };
            for slot in &mut groups[first..a] {
                *slot = Some(g);
            }
        }
    }
    for s in 1..lines.len() {
        if let Some(g) = address_headline(lines, kinds, &groups, s) {
            for slot in &mut groups[g.first..g.end] {
                *slot = Some(g);
            }
        }
    }
    for s in 0..lines.len() {
        if let Some(h) = signed_story_headline(lines, kinds, &groups, s) {
            groups[h] = Some(Group {
                first: h,
                end: h + 1,
            });
        }
    }
    groups
}

/// The parts a paper prints under a reader's letter, each over its own text: what its reporter
/// found and what the office answered.
const PACKAGE_PARTS: [&str; 7] = ["记者调查", "记者追踪", "记者回访", "部门回复", "部门答复", "部门回应", "办理回复"];

/// Whether `text` labels a part of a reader's letter's package (see [`PACKAGE_PARTS`]).
pub(super) fn is_package_part(text: &str) -> bool {
    PACKAGE_PARTS.contains(&super::line::trim(text))
}

/// Longest kicker read when it closes on a colon, in characters with the colon.
const MAX_COLON_KICKER_CHARS: usize = 12;

/// `新春走基层:`, `蹲点日记：`: a short heading-like phrase closed by a colon, the way some
/// pages print a kicker. Only over a headline block: elsewhere such a line announces what
/// follows it.
fn is_colon_kicker(text: &str) -> bool {
    let t = super::line::trim(text);
    let Some(phrase) = t.strip_suffix([':', '：']) else { return false };
    super::line::at_most_chars(t, MAX_COLON_KICKER_CHARS) && !phrase.contains([':', '：']) && is_heading_like(phrase)
}

/// Most paragraphs of a short item signed at its end (`…。(通讯员 X)`).
const MAX_SIGNED_ITEM_LINES: usize = 3;

/// The headline of a short item that prints its byline at the end: a headline-like line (no
/// subheading) a few plain paragraphs above a paragraph closed by a bracketed byline or source
/// (`(据某日报)`).
fn signed_story_headline(
    lines: &[Line<'_>],
    kinds: &[Kind],
    groups: &[Option<Group>],
    s: usize,
) -> Option<usize> {
    let signed = |t: &str| byline::trailing_byline(t, lines[s].start).is_some() || byline::trailing_source(t).is_some();
    if !matches!(kinds[s], Kind::Body) || !signed(lines[s].text) {
        return None;
    }
    let plain = |i: usize| {
        matches!(kinds[i], Kind::Body) && groups[i].is_none() && !is_heading_like(lines[i].text)
    };
    let mut h = s;
    while h > 0 && s - h < MAX_SIGNED_ITEM_LINES && plain(h) {
        h -= 1;
    }
    let l = &lines[h];
    let headline = h < s
        && matches!(kinds[h], Kind::Body)
        && groups[h].is_none()
        && is_heading_like(l.text)
        && !is_subheading(l.text, l.level)
        && !continues_paragraph(lines, kinds, h);
    headline.then_some(h)
}

/// Words by which a dashed line under a headline names a speech, an address or an interview.
const ADDRESS_WORDS: [&str; 5] = ["讲话", "致辞", "发言", "答记者问", "报告"];

/// Longest dashed line naming a speaker and the occasion, in characters.
const MAX_ADDRESS_LINE_CHARS: usize = 80;

/// Longest label read over an address's headline (`讲话摘要`), in characters.
const MAX_ADDRESS_LABEL_CHARS: usize = 8;

/// `守牢底线　持续巩固拓展脱贫攻坚成果` over `——县委书记某某在…推进会上的讲话（摘要）`: a speech
/// or an interview a page prints with no byline, headed by the dashed line under its headline
/// that names the speaker and the occasion. A short label over the headline (`讲话摘要`) is its
/// section. Returns the block of label, headline and dashed line (line `s`).
fn address_headline(lines: &[Line<'_>], kinds: &[Kind], groups: &[Option<Group>], s: usize) -> Option<Group> {
    let t = lines[s].text;
    let names_address = t.starts_with('—')
        && matches!(kinds[s], Kind::Body)
        && groups[s].is_none()
        && super::line::at_most_chars(t, MAX_ADDRESS_LINE_CHARS)
        && !t.contains('。')
        && (ADDRESS_WORDS.iter().any(|w| t.contains(w)) || t.trim_start_matches('—').starts_with('访'));
    let free_heading = |i: usize| matches!(kinds[i], Kind::Body) && groups[i].is_none() && is_heading_like(lines[i].text);
    if !names_address || !free_heading(s - 1) || continues_paragraph(lines, kinds, s - 1) {
        return None;
    }
    let label = s >= 2 && free_heading(s - 2) && super::line::at_most_chars(lines[s - 2].text, MAX_ADDRESS_LABEL_CHARS);
    let first = if label { s - 2 } else { s - 1 };
    // set apart from the story above by a blank line, as a box or a new piece is (a
    // subheading inside a story runs on under its paragraph)
    (first == 0 || lines[first].gap > 0).then_some(Group { first, end: s + 1 })
}

/// Whether line `i` reads as the tail of the paragraph above it: that line is running text
/// broken off without a sentence end, so `i` is no kicker or label of the story below. A line
/// closed by a bracket naming the story's writer or source (`…。(来源:某县融媒体中心)`) ends
/// its story, and so does a kicker closing on a colon (`新春走基层:`).
pub(super) fn continues_paragraph(lines: &[Line<'_>], kinds: &[Kind], i: usize) -> bool {
    i > 0
        && matches!(kinds[i - 1], Kind::Body | Kind::Lead(_))
        && !is_heading_like(lines[i - 1].text)
        && !is_colon_kicker(lines[i - 1].text)
        && !ends_sentence(lines[i - 1].text)
        && !super::furniture::ends_with_jump(lines[i - 1].text)
        && byline::trailing_source(lines[i - 1].text).is_none()
}
