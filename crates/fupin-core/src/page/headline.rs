//! Headline lines: what a headline, a kicker (引题), a subtitle (副题), a section label and an
//! in-article subheading look like in plain text.

use super::line::{char_len, chars_within, ends_sentence, is_han};
use crate::quantity::words::has_suffix;

/// Longest line taken for a headline; longer lines are body text.
const MAX_HEADLINE_CHARS: usize = 40;

/// A line that could be a headline, kicker, section label or subheading: short, with Han text,
/// without the commas and full stops of running text, and not ending a sentence.
pub(crate) fn is_heading_like(text: &str) -> bool {
    // the tests of the line's end come first: they read a character or two, and settle most
    // lines of running text before any is counted
    if ends_sentence(text) || text.ends_with([':', '：', '、']) {
        return false;
    }
    let Some(n) = chars_within(text, MAX_HEADLINE_CHARS) else {
        return false;
    };
    n >= 2
        && !is_forwarded(text)
        && text.chars().any(is_han)
        && crate::charset::find_mark(text, |c| matches!(c, ',' | '，' | '。' | ';' | '；')).is_none()
        && !is_diary_day(text)
        && !is_timecoded(text)
}

/// `【转发】某县…关于…的通知`: an item forwarded inside a message or a post is part of it, no
/// headline of a story of its own.
fn is_forwarded(text: &str) -> bool {
    // (told by the first character: asked of every headline-like line)
    text.starts_with(['【', '[', '转']) && ["【转发】", "[转发]", "【转】", "转发："].iter().any(|m| text.starts_with(m))
}

/// `00:03　（现场声）`, `01:09 记者 某某：…`: a line of a video's transcript, opened by the
/// minute and second it is spoken at. It goes on the story it transcribes and heads nothing.
pub(crate) fn is_timecoded(text: &str) -> bool {
    let b = super::line::trim(text).as_bytes();
    b.len() > 6
        && b[..2].iter().all(u8::is_ascii_digit)
        && b[2] == b':'
        && b[3..5].iter().all(u8::is_ascii_digit)
        && (b[5] == b' ' || b[5..].starts_with("\u{3000}".as_bytes()))
}

/// Weather a diary notes beside its day.
const WEATHER: [&str; 12] = ["晴", "阴", "多云", "小雨", "中雨", "大雨", "阵雨", "雷阵雨", "雨", "小雪", "大雪", "雪"];

/// `5月12日　晴`: the day and weather heading a diary's entry, which opens the entry's text
/// rather than a story of its own.
pub(crate) fn is_diary_day(text: &str) -> bool {
    let t = super::line::trim(text);
    // the weather is at most six characters after the first space, so a space stands among the
    // last seven: a line without one is turned away before it is read through for the space
    // (the seven told by their first bytes, only a space's possible first bytes decoded)
    let mut last_seven = t.bytes().enumerate().rev().filter(|&(_, b)| (b as i8) >= -0x40).take(7);
    if !last_seven.any(|(k, _)| crate::topic::space_at(t, k)) {
        return false;
    }
    let Some((day, weather)) = t.split_once(|c: char| c.is_whitespace()) else { return false };
    let weather = weather.trim();
    let dated = day.ends_with('日') && day.contains('月') && day.chars().filter(|&c| crate::charset::is_digit(c)).count() >= 2;
    dated && WEATHER.iter().any(|w| weather.starts_with(w)) && weather.chars().count() <= 6
}

/// Longest headline that may carry a comma or close on `！`/`？` (`脱贫路上,一个都不能少！`).
const MAX_PUNCTUATED_HEADLINE_CHARS: usize = 24;

/// A line that could be the headline right above a byline: heading-like, or a short line with
/// at most one comma that may close on an exclamation or question mark.
pub(crate) fn is_title_like(text: &str) -> bool {
    if is_heading_like(text) || is_document_title(text) {
        return true;
    }
    if is_timecoded(text) {
        return false;
    }
    let Some(n) = chars_within(text, MAX_PUNCTUATED_HEADLINE_CHARS) else {
        return false;
    };
    let body = text.trim_end_matches(['！', '？', '!', '?']);
    n >= 2
        && body.chars().any(is_han)
        && body.matches([',', '，']).count() <= 1
        && !body.contains(['。', ';', '；', '!', '！', '?', '？'])
        && !ends_sentence(body)
        && !body.ends_with([':', '：', '、', ',', '，'])
}

/// Longest title of an official document read as a headline.
const MAX_DOCUMENT_TITLE_CHARS: usize = 80;

/// How the title of an official document ends: `…关于印发《…》的通知`, `…实施方案`, or of a
/// piece that explains one (`《…细则》要点`).
const DOCUMENT_ENDS: &[&str] = &[
    "通知", "通报", "公告", "意见", "方案", "办法", "细则", "决定", "批复", "报告", "规划", "解读", "要点", "公示",
    // what an office tells the public (`…的通告`, `…的告知书`, `…的温馨提示`)
    "通告", "告知书", "倡议书", "公开信", "温馨提示", "须知",
];

/// The last character of every one of [`DOCUMENT_ENDS`].
const DOCUMENT_END_LASTS: crate::charset::CharSet = crate::charset::CharSet::new("知报告见案法则定复划读点示书信");

/// The title of a document a government site publishes, longer than a newspaper's headline:
/// `某县人民政府办公室关于印发《某县防返贫监测帮扶工作实施方案》的通知`.
pub(super) fn is_document_title(text: &str) -> bool {
    if is_forwarded(text) {
        return false;
    }
    // the ending first, compared from the last byte (most lines differ there): a line of text
    // was counted before its ending was read. Most lines end on no ending's last character:
    // one look at it spares comparing the twenty endings (0.7 M instructions over the seeds x3)
    text.chars().next_back().is_some_and(|c| DOCUMENT_END_LASTS.contains(c))
        && DOCUMENT_ENDS.iter().any(|e| has_suffix(text, e))
        && chars_within(text, MAX_DOCUMENT_TITLE_CHARS).is_some()
        && !text.contains([',', '，', '。', ';', '；'])
}

/// `——某区巩固拓展脱贫攻坚成果工作纪实`: a subtitle line under a headline; or the day a speech
/// was given or a document issued, in brackets under its title (`(2022年6月10日)`), or the
/// document's number (`某乡振发〔2024〕8号`).
pub(crate) fn is_subtitle(text: &str) -> bool {
    let rest = text.trim_start_matches(['—', '-', '─', '－']);
    // (two phrases a comma sets apart: `——山村民宿“一床难求”，乡村旅游成为增收新引擎`)
    let phrases = || rest.split_once('，').is_some_and(|(a, b)| is_heading_like(a) && is_heading_like(b));
    rest.len() + 3 <= text.len() && (is_heading_like(rest) || phrases()) || is_bracketed_date(text) || is_document_number(text)
}

/// Longest document number read (`某乡振发〔2024〕8号`).
const MAX_DOCUMENT_NUMBER_CHARS: usize = 30;

/// `运乡振发〔2024〕8号`: the number an official document prints under its title.
pub(super) fn is_document_number(text: &str) -> bool {
    let t = super::line::trim(text);
    t.ends_with('号')
        && chars_within(t, MAX_DOCUMENT_NUMBER_CHARS).is_some()
        && (t.contains('〔') && t.contains('〕') || t.contains('[') && t.contains(']') || t.contains('［'))
}

/// `(2022年6月10日)`: a date in brackets and nothing else.
fn is_bracketed_date(text: &str) -> bool {
    let inner = super::line::trim(text)
        .strip_prefix(['(', '（'])
        .and_then(|t| t.strip_suffix([')', '）']));
    inner.is_some_and(|d| super::furniture::datetime(d).is_some_and(|(_, _, used)| used == d.len()) || is_period(d) || is_year_label(d))
}

/// `2023年度`, `2023年`: the year a form or a report is for, in brackets under its title.
fn is_year_label(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    digits == 4 && matches!(&text[4..], "年" | "年度")
}

/// Longest line read as the office issuing the document titled under it.
const MAX_ISSUER_CHARS: usize = 20;

/// How the name of an office issuing a document ends.
const ISSUER_ENDS: [&str; 11] = ["政府", "委员会", "办公室", "党委", "局", "领导小组", "指挥部", "工作专班", "纪委", "监委", "中心"];

/// `官地坪镇人民政府` over `关于进入森林防火紧要期的通告`: the office a document's title names
/// first, printed on a line of its own.
pub(crate) fn is_issuer(text: &str) -> bool {
    let t = super::line::trim(text);
    chars_within(t, MAX_ISSUER_CHARS).is_some_and(|n| n >= 4) && t.chars().all(is_han) && ISSUER_ENDS.iter().any(|e| t.ends_with(e))
}

/// `2016—2023年`, `2016年-2023年`: the years a chronicle or a review spans.
fn is_period(text: &str) -> bool {
    let year = |t: &str| t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit());
    let mut ends = text.split(['—', '-', '－', '～', '~', '至']).filter(|part| !part.is_empty());
    let (Some(from), Some(to), None) = (ends.next(), ends.next(), ends.next()) else { return false };
    year(from.trim_end_matches('年')) && year(to.trim_end_matches('年'))
}

/// How the subtitle of a feature ends: `——某区扶贫工作纪实`.
const FEATURE_ENDS: &[&str] = &[
    "纪实", "综述", "侧记", "掠影", "纪略", "速写", "扫描", "巡礼", "见闻", "故事", "之路",
];

/// The subtitle of a feature (`——某区扶贫工作纪实`, `——记某村党支部书记`): unlike a short
/// `——` list item inside a story it marks the headline stack above it wherever it stands.
pub(crate) fn is_feature_subtitle(text: &str) -> bool {
    let rest = text.trim_start_matches(['—', '-', '─', '－']);
    is_subtitle(text) && (rest.starts_with('记') || FEATURE_ENDS.iter().any(|e| rest.ends_with(e)))
}

/// Suffixes of the bodies a page prints as a label over their items (`区信访局`, `东大街街道`).
const BODY_SUFFIXES: &[&str] = &[
    "局", "办", "委", "组", "街道", "社区", "镇", "乡", "部", "处", "院", "中心", "公司", "所",
    "厅", "站",
];

/// A column or section label (`部门动态`, `地方关注`, `区信访局`): very short, or the name of a
/// body, and never two phrases.
pub(crate) fn is_section_label(text: &str) -> bool {
    let Some(n) = chars_within(text, 12) else {
        return false;
    };
    let one_phrase = !text.contains(char::is_whitespace);
    one_phrase
        && !is_bracketed_name(text)
        && !is_report_part(text)
        && (n <= 6 || n <= 12 && BODY_SUFFIXES.iter().any(|s| text.ends_with(s)) || is_dotted(text))
}

/// How the parts of a report or a case study are named (`【基本情况】`, `【主要做法】`,
/// `【取得成效】`, `【经验启示】`).
const REPORT_PARTS: [&str; 10] = ["情况", "做法", "成效", "启示", "经验", "问题", "打算", "建议", "体会", "思路"];

/// `【主要做法】`: a part of the report it stands in, in brackets on a line of its own; it heads
/// the text under it, no piece of its own.
pub(crate) fn is_report_part(text: &str) -> bool {
    let t = super::line::trim(text);
    t.strip_prefix('【').and_then(|t| t.strip_suffix('】')).is_some_and(|inner| chars_within(inner, 8).is_some() && REPORT_PARTS.iter().any(|e| inner.ends_with(e)))
}

/// `(周某)`: a name alone in brackets signs the story above it; it labels nothing below.
pub(super) fn is_bracketed_name(text: &str) -> bool {
    let inner = super::line::trim(text).strip_prefix(['(', '（']).and_then(|t| t.strip_suffix([')', '）']));
    inner.is_some_and(super::byline::is_bare_name)
}

/// Labels of the columns a page sets apart from its news: commentary, a reporter's notes,
/// photo news, a box of figures, a policy explained, a column of briefs. Whatever runs above, what follows such a label is a piece of its own.
const COLUMN_LABELS: [&str; 49] = [
    "短评", "评论", "时评", "快评", "点评", "微评", "编后", "编后语", "记者手记", "记者观察",
    // an agency's commentary and its features, reprinted on a paper's page
    "新华时评", "人民时评", "新华视点",
    // a box explaining a term or a policy beside a story
    "链接", "知识链接", "新闻链接", "背景链接",
    "采访手记", "编辑手记", "蹲点手记", "采访札记",
    "图片新闻", "图片报道", "新闻图片", "一线观察", "数读", "数说", "图解", "政策解读", "短讯", "简讯",
    "政策问答", "评论员文章", "读者来信", "来信摘登", "来信选登", "专家解读", "人物",
    // a supplement's columns: cases, scenes, notices of jobs and the cards households are given
    "典型案例", "一线见闻", "就业信息", "招聘信息", "岗位信息", "帮扶明白卡", "政策明白卡", "农技指导",
    "一图读懂",
    // a journal's opening essay
    "卷首语", "刊首语",
];

/// Most characters of a label spaced out to a column's width (`简  讯`).
const MAX_SPACED_LABEL_CHARS: usize = 8;
/// Most characters of the name of a column of briefs (`县域传真`).
const MAX_BRIEF_COLUMN_CHARS: usize = 6;
/// Longest salutation opening a letter, in characters with its colon (`尊敬的县委书记：`).
const MAX_SALUTATION_CHARS: usize = 12;

/// How the one a letter is written to is called at its end (`编辑同志：`, `各位读者：`).
const ADDRESSEE_ENDS: [&str; 8] = ["同志", "读者", "编辑", "记者", "书记", "县长", "领导", "们"];

/// `编辑同志：`, `尊敬的县委书记：`: a letter's salutation on a line of its own.
pub(crate) fn is_salutation(text: &str) -> bool {
    let t = super::line::trim(text);
    let Some(to) = t.strip_suffix(['：', ':']) else { return false };
    chars_within(t, MAX_SALUTATION_CHARS).is_some()
        && to.chars().all(is_han)
        && (to.starts_with("尊敬的") || to.starts_with("亲爱的") || ADDRESSEE_ENDS.iter().any(|e| to.ends_with(e)))
}

/// Most characters of a column's name behind a column sign (`■县域传真`).
const MAX_MARKED_NAME_CHARS: usize = 8;

/// The longest a label may be, in bytes, for any test of [`is_column_label`] but the column
/// sign's to take it: a known label, a spaced-out one, or a column of briefs.
const MAX_COLUMN_LABEL_BYTES: usize = {
    let mut max = 4 * if MAX_SPACED_LABEL_CHARS > MAX_BRIEF_COLUMN_CHARS { MAX_SPACED_LABEL_CHARS } else { MAX_BRIEF_COLUMN_CHARS };
    let mut i = 0;
    while i < COLUMN_LABELS.len() {
        if COLUMN_LABELS[i].len() > max {
            max = COLUMN_LABELS[i].len();
        }
        i += 1;
    }
    max
};

/// The longest a line may be, in bytes, to be a column's name behind a column sign.
const MAX_MARKED_COLUMN_BYTES: usize = {
    let mut sign = 0;
    let mut i = 0;
    while i < COLUMN_MARKS.len() {
        if COLUMN_MARKS[i].len_utf8() > sign {
            sign = COLUMN_MARKS[i].len_utf8();
        }
        i += 1;
    }
    sign + 4 * MAX_MARKED_NAME_CHARS
};

/// Signs a page prints before a column's name (`■县域传真`).
pub(crate) const COLUMN_MARKS: [char; 5] = ['■', '◆', '▲', '●', '★'];

/// A column's label on a line of its own: a known label (`短评`, `图片新闻`, `【记者手记】`), or
/// a short name behind a column sign (`■县域传真`).
pub(crate) fn is_column_label(text: &str) -> bool {
    let t = super::line::trim(text);
    let bare = t.trim_start_matches(['【', '[']).trim_end_matches(['】', ']']);
    // every test below reads a short label: a line of text is told by its length alone
    if bare.len() > MAX_COLUMN_LABEL_BYTES && t.len() > MAX_MARKED_COLUMN_BYTES {
        return false;
    }
    if COLUMN_LABELS.contains(&bare) {
        return true;
    }
    // a label spaced out to the column's width (`简  讯`)
    if chars_within(bare, MAX_SPACED_LABEL_CHARS).is_some() && bare.contains([' ', '\u{3000}']) {
        let squeezed: String = bare.split_whitespace().collect();
        if COLUMN_LABELS.contains(&squeezed.as_str()) {
            return true;
        }
    }
    // a column of briefs named by what it brings (`县域传真`, `乡镇动态`, `基层快讯`)
    // counted only up to the bound: a line of text is not counted whole
    let briefs = chars_within(bare, MAX_BRIEF_COLUMN_CHARS).is_some_and(|n| n >= 3) && bare.chars().all(is_han) && BRIEF_COLUMN_ENDS.iter().any(|e| bare.ends_with(e));
    briefs
        || t.strip_prefix(COLUMN_MARKS)
            .is_some_and(|name| (2..=MAX_MARKED_NAME_CHARS).contains(&char_len(name)) && name.chars().all(is_han))
}

/// Longest entry head of a yearbook or a report, in characters (`【防止返贫监测】`).
const MAX_ENTRY_HEAD_CHARS: usize = 10;

/// `【概况】`, `【产业帮扶】`: a short name in square brackets alone on its line heads an entry
/// of the text under a chapter's title (a yearbook's, a report's), not a headline of its own;
/// a column's label in brackets (`【编后】`) is none.
pub(crate) fn is_entry_head(text: &str) -> bool {
    let t = super::line::trim(text);
    t.strip_prefix('【').and_then(|r| r.strip_suffix('】')).is_some_and(|name| {
        super::line::at_most_chars(name, MAX_ENTRY_HEAD_CHARS) && !name.contains(['【', '】']) && !is_column_label(t)
    })
}

/// Last words of the names of columns of briefs: no headline ends so.
const BRIEF_COLUMN_ENDS: [&str; 5] = ["传真", "动态", "快讯", "速递", "简报"];

/// A column name in two short parts joined by a middle dot (`脱贫攻坚·决战决胜`, `某县·县域`):
/// pages print column names so; a kicker or headline reads as one phrase.
fn is_dotted(text: &str) -> bool {
    let mut parts = text.split(['·', '•', '・']);
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    [a, b]
        .iter()
        .all(|p| (2..=6).contains(&char_len(p)) && p.chars().all(is_han))
}

/// Splits a headline line that carries its kicker before it, two phrases and the headline on one
/// line (`巩固成果 实现目标 某区构筑六道防线`): returns (kicker, headline) byte ranges.
pub(crate) fn split_kicker(text: &str) -> Option<(usize, usize)> {
    // most headlines are one phrase: no need to locate the parts of fewer than three
    text.split_whitespace().nth(2)?;
    // each part is a slice of the text, so its offset is where the slice starts (a search for
    // each part set up a substring searcher)
    let parts: Vec<(usize, &str)> = text
        .split(char::is_whitespace)
        .filter(|p| !p.is_empty())
        .map(|part| (part.as_ptr() as usize - text.as_ptr() as usize, part))
        .collect();
    let &(last_at, last) = parts.last()?;
    (parts.len() >= 3 && char_len(last) >= 6).then(|| {
        let kicker_end = parts[parts.len() - 2].0 + parts[parts.len() - 2].1.len();
        (kicker_end, last_at)
    })
}

/// A subheading inside an article: a Markdown `##`, an enumerated heading (`一、`, `(二)`), or two
/// balanced phrases (`抓实驻村帮扶 织密责任网`). A short line without those marks is more often
/// the first piece of a paragraph a column break cut.
pub(crate) fn is_subheading(text: &str, level: u8) -> bool {
    if level >= 2 {
        return true;
    }
    let enumerated = is_numbered_in_words(text) || text.starts_with('【');
    // a numbered section head may be punctuated as two phrases (`三、强化要素保障,夯实基础`)
    if enumerated && !text.starts_with('【') && is_punctuated_section_head(text) {
        return true;
    }
    if !is_heading_like(text) {
        return false;
    }
    let phrases = text
        .split(char::is_whitespace)
        .filter(|p| char_len(p) >= 2)
        .count()
        >= 2;
    enumerated || phrases
}

/// `三、…`, `(十一)…`, `(2)…`: a head numbered in Chinese numerals (up to three of them) closed by
/// `、` or in brackets, or by a bracketed number of any script.
pub(super) fn is_numbered_in_words(text: &str) -> bool {
    // `第三部分　名词解释`, `第二章　…`: a part of a document, numbered so
    if let Some(rest) = text.strip_prefix('第') {
        let numeral = rest.chars().take_while(|&c| crate::numeral::chinese_digit(c).is_some() || c == '十').count();
        let after = rest.char_indices().nth(numeral).map_or("", |(k, _)| &rest[k..]);
        return (1..=3).contains(&numeral) && DOCUMENT_PARTS.iter().any(|p| after.starts_with(p));
    }
    let (bracketed, rest) = match text.strip_prefix(['(', '（']) {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let numeral = rest.chars().take_while(|c| matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十')).count();
    let digits = rest.chars().take_while(|&c| crate::charset::is_digit(c)).count();
    let (n, after) = if numeral > 0 { (numeral, rest.chars().nth(numeral)) } else { (digits, rest.chars().nth(digits)) };
    let closed = if bracketed { matches!(after, Some(')' | '）')) } else { numeral > 0 && after == Some('、') };
    (1..=3).contains(&n) && closed
}

/// What a document's numbered parts are called (`第一部分`, `第三章`).
const DOCUMENT_PARTS: [&str; 4] = ["部分", "章", "节", "篇"];

/// Longest numbered section head read with punctuation inside.
const MAX_SECTION_HEAD_CHARS: usize = 30;

/// `三、强化要素保障,夯实巩固衔接基础`: short, one comma between two phrases of four characters
/// or more (a column break leaves a short tail, `一、强化组织领导,压实`), no sentence mark, and
/// a last character that ends a phrase.
pub(crate) fn is_punctuated_section_head(text: &str) -> bool {
    // `一、1986—1993年：以工代赈起步，着力解决温饱`: a period or a field may head it before a colon
    let body = match text.split_once([':', '：']) {
        Some((head, rest)) if chars_within(head, MAX_SECTION_LABEL_CHARS).is_some() && !head.contains([',', '，']) => rest,
        _ => text,
    };
    let Some((first, second)) = body.split_once([',', '，']) else {
        return false;
    };
    chars_within(text, MAX_SECTION_HEAD_CHARS).is_some()
        && char_len(first) >= 4
        && char_len(second) >= 4
        && !second.contains([',', '，'])
        && !body.contains(['。', ';', '；', ':', '：', '!', '！', '?', '？', '…'])
        && text.chars().next_back().is_some_and(|c| is_han(c) || matches!(c, '”' | '’'))
}

/// Longest label before a colon in a punctuated section head (`一、1986—1993年`), in characters.
const MAX_SECTION_LABEL_CHARS: usize = 14;

/// Words news prose opens a sentence with: a purpose or circumstance (`为`, `在`, `随着`), a
/// source (`据`), a time (`今年`, `近年来`, `截至`) or a link to the last paragraph (`此外`).
/// A column break cuts a sentence anywhere, so the piece after it seldom starts so.
const SENTENCE_OPENERS: &[&str] = &[
    "为", "在", "据", "自", "从", "随着", "通过", "围绕", "针对", "按照", "根据", "截至", "近年来",
    "今年", "去年", "如今", "目前", "当前", "日前", "近日", "此外", "同时", "另外", "与此同时",
    // a feature's scene opens at a time of day (`清晨六点,…`)
    "清晨", "早上", "上午", "中午", "下午", "傍晚", "晚上", "凌晨", "深夜",
];

/// Suffixes of a place that stands as the subject at the start of a sentence (`某县坚持…`).
const PLACE_SUFFIXES: [char; 7] = ['省', '市', '州', '县', '区', '镇', '乡'];

/// Whether `text` opens with a word a sentence starts with (see [`SENTENCE_OPENERS`]).
fn opens_with_opener(text: &str) -> bool {
    // compared in line: most texts differ from every opener in their first bytes, where a call
    // to compare memory cost more than the whole test
    SENTENCE_OPENERS.iter().any(|w| crate::quantity::words::has_prefix(text, w))
}

/// Whether `text` reads as the start of a full sentence: an opener word, a quoted remark, a
/// numbered item (`一、全力抓好秋收`, under `会议议定事项`), a year (`2015年,`) or a place as its
/// subject (`某县坚持…`) within its first few characters.
fn opens_sentence(text: &str) -> bool {
    if opens_with_opener(text) || text.starts_with(['“', '"', '「']) || is_numbered_in_words(text) {
        return true;
    }
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 4 {
        return text[digits..].starts_with('年');
    }
    text.chars()
        .take(6)
        .take_while(|&c| is_han(c))
        .enumerate()
        .any(|(i, c)| i >= 1 && PLACE_SUFFIXES.contains(&c))
}

/// A subheading without the marks [`is_subheading`] looks for (`服务跟着产业走`): a short
/// headline-like line standing as a paragraph of its own whose next block opens a full sentence.
/// A paragraph a column break cut differs twice: its first piece reads as a sentence opening
/// and the piece after the break starts mid-sentence.
pub(crate) fn heads_paragraph(line: &str, next: &str) -> bool {
    // (a report's or a speech's first-level head may hold a comma: `一、肯定成绩、坚定信心，充分
    // 认清…成效` over `2023年，…`)
    let numbered_head = || {
        is_numbered_in_words(line) && chars_within(line, MAX_NUMBERED_HEAD_CHARS).is_some() && !line.trim_end().ends_with(['，', ',', '、', '：', ':', '；', ';'])
    };
    opens_sentence(next) && !opens_with_opener(line) && (is_heading_like(line) || numbered_head())
}

/// Longest first-level head read over its section's text by [`heads_paragraph`], in characters.
const MAX_NUMBERED_HEAD_CHARS: usize = 40;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diary_days_close_on_their_weather() {
        for t in ["5月12日　晴", "5月12日 晴转多云 ", "5月12日      雷阵雨", "5月12日 晴 转 多云", " 12月1日\t小雪"] {
            assert!(is_diary_day(t), "{t}");
        }
        for t in ["5月12日 晴 转 多云转小雨", "5月12日晴", "5月12日 今天天气晴朗", "全县 5月12日 晴", "5月12日", ""] {
            assert!(!is_diary_day(t), "{t}");
        }
    }

    #[test]
    fn document_endings_end_on_their_last_characters() {
        for e in DOCUMENT_ENDS {
            assert!(e.chars().next_back().is_some_and(|c| DOCUMENT_END_LASTS.contains(c)), "{e}");
        }
    }

    #[test]
    fn column_labels() {
        for t in ["短评", "【记者手记】", "图片新闻", "■县域传真", "简  讯", "政策问答", "县域传真", "乡镇动态"] {
            assert!(is_column_label(t), "{t}");
        }
        for t in ["工作", "■某县开展防汛应急演练活动取得实效", "□记者 张三", "密切关注汛情动态"] {
            assert!(!is_column_label(t), "{t}");
        }
    }

    #[test]
    fn heading_like_lines() {
        assert!(is_heading_like("某县开展送文化下乡活动"));
        assert!(is_heading_like("某市:小康路上不落一人"));
        assert!(!is_heading_like("今天下午,村里开会"));
        assert!(!is_heading_like("村里开会了。"));
        assert!(!is_heading_like("相关新闻:"));
        assert!(!is_heading_like("2020"));
    }

    #[test]
    fn title_lines_may_carry_a_comma_or_an_exclamation() {
        assert!(is_title_like("脱贫路上,一个都不能少！"));
        assert!(is_title_like("奋战一百天 决胜小康年！"));
        assert!(!is_title_like(
            "自今年九月开始,该区总工会在全区开展了评选活动,"
        ));
        assert!(!is_title_like("群众很满意。"));
    }

    #[test]
    fn subtitles_and_sections() {
        assert!(is_subtitle("——某街道环境治理工作掠影"));
        assert!(!is_subtitle("——大力开展健康扶贫行动。没有健康就没有小康。"));
        assert!(is_subtitle("——山村民宿“一床难求”，乡村旅游成为增收新引擎"));
        assert!(!is_subtitle("——大力开展健康扶贫行动，没有健康就没有小康，更没有振兴"));
        assert!(!is_subtitle("某街道环境治理工作掠影"));
        assert!(is_subtitle("(2022年6月10日)"));
        let notice = "某县人民政府办公室关于印发《某县2022年防止返贫动态监测和帮扶工作实施方案》的通知";
        assert!(!is_heading_like(notice) && is_title_like(notice));
        assert!(!is_title_like("全县各乡镇要按照方案抓好落实,确保各项工作按时完成并及时报送工作通知"));
        assert!(!is_subtitle("(2022年6月10日起施行)"));
        assert!(is_feature_subtitle("——某县推进产业扶贫工作纪实"));
        assert!(is_feature_subtitle("——记某村党支部书记林海"));
        assert!(!is_feature_subtitle("——坚持产业扶贫"));
        assert!(is_section_label("部门动态"));
        assert!(is_section_label("区信访局"));
        assert!(!is_section_label("挖掘古城文化 讲好古城故事"));
        assert!(is_section_label("乡村振兴·一线观察"));
        assert!(!is_section_label("某县·某镇·某村"));
        assert!(!is_section_label("攻坚·决战决胜全面小康之年"));
    }

    #[test]
    fn a_forwarded_item_heads_no_story() {
        assert!(!is_heading_like("【转发】某县防返贫办关于做好排查工作的通知"));
        assert!(!is_document_title("【转发】某县防返贫办关于做好排查工作的通知"));
        assert!(is_document_title("某县防返贫办关于做好排查工作的通知"));
    }

    #[test]
    fn kicker_on_the_headline_line() {
        let t = "巩固成果 实现目标 某区构筑防返贫六道防线";
        let (k, h) = split_kicker(t).unwrap();
        assert_eq!(&t[..k], "巩固成果 实现目标");
        assert_eq!(&t[h..], "某区构筑防返贫六道防线");
        assert!(split_kicker("某市一千家企业完成 安全机制建设").is_none());
        // repeated parts and runs of spaces of every kind: the parts stand where they are printed
        let t = "防线\u{3000}\u{3000}防线  防线 某区构筑防返贫防线";
        let (k, h) = split_kicker(t).unwrap();
        assert_eq!(&t[..k], "防线\u{3000}\u{3000}防线  防线");
        assert_eq!(&t[h..], "某区构筑防返贫防线");
        let t = " 甲 乙\t某区构筑防返贫防线 ";
        assert_eq!(split_kicker(t), Some((" 甲 乙".len(), " 甲 乙\t".len())));
    }

    #[test]
    fn unmarked_subheading_heads_a_full_sentence() {
        assert!(heads_paragraph("销路跟着农户走", "为让果农卖得出,某县建起冷库。"));
        assert!(heads_paragraph("产业扶贫见实效", "某县坚持因地制宜发展产业。"));
        assert!(heads_paragraph("帮扶再加力", "2019年,全村有贫困户30户。"));
        assert!(heads_paragraph("老房换新颜", "“住上新房,心里踏实。”村民说。"));
        assert!(heads_paragraph("“万羽鸡舍”里的增收账", "清晨六点,养殖基地里的喂料线已经开始运转。"));
    }

    #[test]
    fn cut_paragraph_is_no_subheading() {
        // the piece after a column break starts mid-sentence
        assert!(!heads_paragraph("经过前期摸底和入户", "核查,共有三十户纳入监测。"));
        assert!(!heads_paragraph("工作人员重点对车", "间、仓库等进行检查。"));
        assert!(heads_paragraph("会议议定事项", "一、全力抓好秋收扫尾工作。由副乡长牵头。"));
        assert!(heads_paragraph("主要做法", "（一）建立台账。各村逐户摸排。"));
        // a piece that itself opens like a sentence was cut, whatever follows it
        assert!(!heads_paragraph("为让群众少跑腿", "在村里设立代办点。"));
        // a line with commas is running text
        assert!(!heads_paragraph("今年,村里修了路", "某县坚持因地制宜发展产业。"));
    }

    #[test]
    fn subheadings() {
        assert!(is_subheading("抓实驻村帮扶 织密责任网", 0));
        assert!(is_subheading("一、强化组织领导", 0));
        assert!(is_subheading("(十一)压紧压实各级工作责任", 0));
        assert!(is_subheading("十二、强化要素保障", 0));
        assert!(is_subheading("(12)强化要素保障", 0));
        assert!(is_subheading("（１）强化组织领导", 0));
        assert!(!is_subheading("(十一月)强化要素保障", 0));
        assert!(is_subheading("三、强化要素保障,夯实巩固衔接基础", 0));
        assert!(!is_subheading("三、强化要素保障,夯实基础,做到三个到位", 0));
        assert!(!is_subheading("一、强化组织领导,压实", 0), "a column break's first piece");
        assert!(!is_subheading("【编者按】近年来,某县坚持", 0));
        assert!(is_subheading("筑牢防火墙", 2));
        assert!(!is_subheading("经过前期个人报名和资格", 0));
    }
}
