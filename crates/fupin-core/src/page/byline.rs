//! Bylines and credits: the source mark that opens a story (`本报讯(记者 X 通讯员 Y)`), byline
//! lines (`□本报记者 X`, `(文/X 图/Y)`, `责任编辑:X`), web meta lines (`时间:… 来源:…`) and the
//! photo credit that closes a caption (`X 摄`).

use std::sync::LazyLock;

use memchr::memmem::Finder;

use super::line::{at_most_chars, char_len, ends_sentence, is_han, EitherWord};
use crate::model::{Contributor, Role, Span};
// words of a list compared in line: most differ from the text in their first bytes, where a
// call to compare memory cost more than the whole test
use crate::quantity::words::has_prefix;

/// Role words a byline prints before names, longest first so `本报记者` wins over `记者`. The
/// reviews of a piece (`初审`, `审核`/`复审`, `终审`, and a station's `监制`) are the three
/// editors' readings every piece passes before print, so they credit editors. Roles the records
/// do not carry (`校对`, `美编`) have none: their names are read past, not credited.
const ROLE_WORDS: &[(&str, &[Role])] = &[
    ("特约通讯员", &[Role::Correspondent]),
    ("本报通讯员", &[Role::Correspondent]),
    ("本报全媒体记者", &[Role::Reporter]),
    ("本报融媒体记者", &[Role::Reporter]),
    ("本报记者", &[Role::Reporter]),
    ("全媒体记者", &[Role::Reporter]),
    ("融媒体记者", &[Role::Reporter]),
    ("新媒体记者", &[Role::Reporter]),
    ("特约记者", &[Role::Reporter]),
    ("见习记者", &[Role::Reporter]),
    ("首席记者", &[Role::Reporter]),
    ("责任编辑", &[Role::Editor]),
    ("值班编辑", &[Role::Editor]),
    ("审核", &[Role::Editor]),
    ("校对", &[]),
    // a piece's reviewers by stage (`二审：某某　三审：某某`) sign no part of it
    ("一审", &[]),
    ("二审", &[]),
    ("三审", &[]),
    ("终审", &[Role::Editor]),
    ("复审", &[Role::Editor]),
    ("初审", &[Role::Editor]),
    ("监制", &[Role::Editor]),
    ("统筹", &[]),
    ("策划", &[]),
    ("美编", &[]),
    ("美术编辑", &[]),
    ("版式", &[]),
    ("责编", &[Role::Editor]),
    // a bulletin's editor of the issue
    ("本期编辑", &[Role::Editor]),
    ("通讯员", &[Role::Correspondent]),
    ("实习记者", &[Role::Reporter]),
    // a newsroom's intern reports beside its reporters (`记者 X 实习生 Y`); a correspondent
    // (`通讯员`) writes from an office outside it
    ("实习生", &[Role::Reporter]),
    ("文/图", &[Role::Author, Role::Photographer]),
    ("文／图", &[Role::Author, Role::Photographer]),
    ("记者", &[Role::Reporter]),
    ("编辑", &[Role::Editor]),
    ("作者", &[Role::Author]),
    // a site's story signed by who wrote it up (`撰稿：某某`), an entry's writer (`撰稿人：某某`)
    ("撰稿人", &[Role::Author]),
    ("撰稿", &[Role::Author]),
    // a report on one's own work signed at its foot (`述职人：某某`); minutes by who kept
    // them (`记录：某某`)
    ("述职人", &[Role::Author]),
    ("记录人", &[Role::Author]),
    ("记录", &[Role::Author]),
    ("摄影", &[Role::Photographer]),
    // a post's credits (`文字:X　图片:Y Z`)
    ("文字", &[Role::Author]),
    ("图片", &[Role::Photographer]),
    // a television report's camera operator (`记者 X 摄像 Y`)
    ("摄像", &[Role::Photographer]),
    ("文/", &[Role::Author]),
    ("文／", &[Role::Author]),
    ("图/", &[Role::Photographer]),
    ("图／", &[Role::Photographer]),
    ("摄/", &[Role::Photographer]),
    ("摄", &[Role::Photographer]),
];

/// Words that close a byline after the names without being names (`张三 报道`).
const TRAILERS: &[&str] = &["报道", "整理", "供图", "采写", "摄影", "摄"];

/// Whether `c` is the first character of a role word or trailer: most characters start none, so
/// the word lists are only searched where one may begin. A `match` rather than a search of a
/// string, as it runs for every character of every byline read.
fn may_start_word(c: char) -> bool {
    matches!(
        c,
        '特' | '本'
            | '述'
            | '全'
            | '融'
            | '新'
            | '见'
            | '首'
            | '责'
            | '值'
            | '审'
            | '校'
            | '终'
            | '复'
            | '初'
            | '监'
            | '统'
            | '策'
            | '美'
            | '版'
            | '通'
            | '实'
            | '文'
            | '记'
            | '编'
            | '作'
            | '摄'
            | '图'
            | '报'
            | '整'
            | '供'
            | '采'
            | '撰'
            | '一'
            | '二'
            | '三'
    )
}

/// The role word `s` starts with, if any.
fn role_word(s: &str) -> Option<&'static (&'static str, &'static [Role])> {
    let c = s.chars().next()?;
    if !may_start_word(c) {
        return None;
    }
    ROLE_WORDS.iter().find(|(w, _)| has_prefix(s, w))
}

/// Whether `s` opens with a role word of more than one character (`记者`, not `文`). The list is
/// only compared where a role word may begin.
fn opens_with_long_role_word(s: &str) -> bool {
    s.chars().next().is_some_and(may_start_word)
        && ROLE_WORDS
            .iter()
            .any(|(w, _)| has_prefix(s, w) && char_len(w) > 1)
}

/// How the name of a news outlet ends when a byline prints it before the role word:
/// `三河市融媒体中心记者 X`, `某某日报记者 Y`, `新华社记者 Z`.
const OUTLET_ENDS: &[&str] = &["融媒体中心", "新闻中心", "传媒中心", "电视台", "日报社", "日报", "报社", "新华社", "中新社", "通讯社"];

/// Longest outlet name read before a role word, in characters.
const MAX_OUTLET_CHARS: usize = 14;

/// The byte length of an outlet's name that `s` opens with, when a role word follows it right
/// away (`三河市融媒体中心记者`): the outlet says whose reporter it is, no name of a person.
fn outlet_len(s: &str) -> Option<usize> {
    // the names' first characters: most characters start none, and are passed without
    // comparing the names one by one
    static OUTLET_HEADS: crate::quantity::words::Heads = crate::quantity::words::Heads::of(OUTLET_ENDS);
    for (i, c) in s.char_indices().take(MAX_OUTLET_CHARS) {
        if !is_han(c) {
            return None;
        }
        if !OUTLET_HEADS.may_start(c) {
            continue;
        }
        let rest = &s[i..];
        if let Some(end) = OUTLET_ENDS.iter().find(|e| has_prefix(rest, e)) {
            let after = i + end.len();
            if role_word(&s[after..]).is_some() {
                return Some(after);
            }
        }
    }
    None
}

/// The longest body named as supplying an article, in chars.
const MAX_SUPPLIER_CHARS: usize = 16;

/// Words after a body's name that say it supplied or published the text, not wrote it.
const SUPPLIED: [&str; 2] = ["供稿", "出版"];

/// Byte length of `县乡村振兴局 供稿` opening `s` when credits follow it (`… 供稿　审核:X　编辑:Y`,
/// `某某日报社出版　责任编辑:X`): the body that supplied or printed the text, which the line
/// names before its staff.
fn supplier_len(s: &str) -> Option<usize> {
    let run = match crate::charset::first_non_han(s, MAX_SUPPLIER_CHARS + 3) {
        Some((j, _)) => j,
        None if s.chars().nth(MAX_SUPPLIER_CHARS + 3).is_none() => s.len(),
        None => return None,
    };
    let (body, after) = match SUPPLIED.iter().find(|w| s[..run].ends_with(*w)) {
        Some(w) => (run - w.len(), &s[run..]),
        None => (run, SUPPLIED.iter().find_map(|w| s[run..].trim_start_matches(char::is_whitespace).strip_prefix(w))?),
    };
    let end = s.len() - after.len();
    let next = after.trim_start_matches(is_separator);
    (body > 0 && role_word(next).is_some()).then_some(end)
}

/// Signs printed in front of a byline.
pub(crate) fn is_marker(c: char) -> bool {
    matches!(c, '□' | '■' | '◎' | '●' | '▲' | '◆' | '*' | '★' | '☆')
}

fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '、' | ','
                | '，'
                | ';'
                | '；'
                | ':'
                | '：'
                | '('
                | ')'
                | '（'
                | '）'
                | '|'
                | '/'
                | '／'
        )
        || is_marker(c)
}

/// The people a byline names, with how cleanly it read.
#[derive(Debug, Default)]
pub(crate) struct People {
    pub contributors: Vec<Contributor>,
    /// Every character was a role word, a separator or a name: the text is a byline and nothing else.
    pub clean: bool,
    /// The first role word read, if any.
    pub first_role: Option<Role>,
}

impl People {
    /// One writer signing a piece alone (an official, an essayist, a group, a reader), the
    /// line nothing but the signature.
    fn author(name: String, span: Span) -> People {
        People { contributors: vec![Contributor { name, role: Role::Author, span }], clean: true, first_role: Some(Role::Author) }
    }
}

/// Reads names and their roles from byline text that starts at byte `base` of the input. Names
/// before any role word get `default`; a trailing `摄` makes the names of its group photographers.
pub(crate) fn people(text: &str, base: usize, default: Option<Role>) -> People {
    read_people(text, base, default, false)
}

/// Whether `text` reads as a byline and nothing else (see [`People::clean`]); stops reading at the
/// first character that is not, which on running text comes soon.
fn reads_as_names(text: &str, default: Option<Role>) -> bool {
    read_people(text, 0, default, true).clean
}

/// Reads a byline as [`people`] does; with `until_unclean`, stops once the text is known not to
/// be clean.
fn read_people(text: &str, base: usize, default: Option<Role>, until_unclean: bool) -> People {
    let mut out = People {
        clean: true,
        ..People::default()
    };
    let mut roles: &[Role] = default.as_slice();
    // after a role word with no record role, names are read past
    let mut skipping = false;
    let mut group = 0;
    // a slash credit says what the person did; a title right after it (`文/本报记者 X`) is
    // their rank, and the slash's role stands
    let mut slashed = false;
    let mut i = 0;
    while i < text.len() && (out.clean || !until_unclean) {
        let rest = &text[i..];
        let c = rest.chars().next().unwrap_or(' ');
        if let Some((word, word_roles)) = role_word(rest) {
            let titled = slashed && out.contributors.len() == group;
            slashed = word.ends_with(['/', '／']);
            if titled {
                // the slash's roles stay
            } else if word.starts_with('摄') && *word != "摄像" && out.contributors.len() > group {
                for person in &mut out.contributors[group..] {
                    person.role = Role::Photographer;
                }
            } else {
                roles = word_roles;
                skipping = word_roles.is_empty();
                group = out.contributors.len();
                if let Some(&first) = word_roles.first() {
                    out.first_role.get_or_insert(first);
                }
            }
            i += word.len();
        } else if let Some(t) = TRAILERS
            .iter()
            .find(|t| may_start_word(c) && rest.starts_with(*t))
        {
            i += t.len();
        } else if is_separator(c) {
            i += c.len_utf8();
        } else if let Some(len) = outlet_len(rest).or_else(|| supplier_len(rest)) {
            i += len;
        } else if is_han(c) {
            let len = name_run(rest);
            // `陈　晨`: a name of two characters spaced out to the width of three
            let spaced = spaced_name(rest, len);
            let (name, len) = match &spaced {
                Some((joined, spaced_len)) => (joined.as_str(), *spaced_len),
                None => (&rest[..len], len),
            };
            if is_name(name) && !roles.is_empty() {
                for &role in roles {
                    out.contributors.push(Contributor {
                        name: name.to_string(),
                        role,
                        span: crate::model::Span::new(base + i, base + i + len),
                    });
                }
            } else if !(skipping && is_name(name) || PLACEHOLDERS.contains(&name)) {
                // a placeholder credits no one, but leaves the byline a byline
                out.clean = false;
            }
            i += len.max(c.len_utf8());
        } else {
            out.clean = false;
            i += c.len_utf8();
        }
    }
    out
}

/// Byte length of the name starting `s`: Han characters (and the `·` of transcribed names) up to
/// a separator, a role word or a trailer.
fn name_run(s: &str) -> usize {
    let mut end = 0;
    for (i, c) in s.char_indices() {
        let rest = &s[i..];
        let at_word = i > 0
            && may_start_word(c)
            && (role_word(rest).is_some_and(|(w, _)| char_len(w) > 1)
                || TRAILERS.iter().any(|t| rest.starts_with(t)));
        if at_word || !(is_han(c) || c == '·' || c == '•') {
            break;
        }
        end = i + c.len_utf8();
    }
    end
}

/// `陈　晨`, `王 伟`: a two-character name printed with a space between its characters (papers
/// space short names out to the width of longer ones). `first` is the length of the run before
/// the space, which must be one character; returns the name and the bytes it takes.
fn spaced_name(s: &str, first: usize) -> Option<(String, usize)> {
    if char_len(&s[..first]) != 1 {
        return None;
    }
    let after = &s[first..];
    let gap = after.chars().next().filter(|&c| c == ' ' || c == '\u{3000}')?;
    let rest = &after[gap.len_utf8()..];
    let second = rest.chars().next().filter(|&c| is_han(c))?;
    let end = rest[second.len_utf8()..].chars().next();
    (name_run(rest) == second.len_utf8() && end.is_none_or(is_separator))
        .then(|| (format!("{}{second}", &s[..first]), first + gap.len_utf8() + second.len_utf8()))
}

/// What a column called after the reporter prints where a byline's name would stand:
/// `记者手记`, `记者观察` label a column, they credit no one.
const COLUMN_WORDS: [&str; 8] = ["手记", "观察", "调查", "札记", "笔记", "随笔", "探访", "追踪"];

/// What a credit prints where no one is named: a picture taken from the web or the archive, a
/// text compiled from several (`图片:网络`, `文字:综合`), an agency issuing a picture before its
/// photographer's name (`新华社发　某某　摄`).
const PLACEHOLDERS: [&str; 9] = ["网络", "网络图片", "来自网络", "资料图", "资料", "综合", "视觉中国", "新华社发", "中新社发"];

/// A personal name: two to four Han characters, or a longer transcribed name joined by `·`.
fn is_name(s: &str) -> bool {
    if COLUMN_WORDS.contains(&s) || PLACEHOLDERS.contains(&s) {
        return false;
    }
    let n = char_len(s);
    if s.contains(['·', '•']) {
        return (3..=12).contains(&n);
    }
    (2..=4).contains(&n)
}

/// The source mark and byline that open a story: `本报讯(通讯员X Y)`, `新华社北京1月2日电(记者 X)`.
#[derive(Debug)]
pub(crate) struct Lead {
    pub source: String,
    pub contributors: Vec<Contributor>,
    /// Byte offset (in the input) where the story text after the lead begins.
    pub body_start: usize,
}

/// Agency words a source mark names itself by.
const AGENCY_ENDS: &[char] = &['报', '社', '网', '台', '站', '刊'];

/// Reads a source-mark lead at the start of `text` (which begins at input byte `base`).
pub(crate) fn lead(text: &str, base: usize) -> Option<Lead> {
    let start = text.len()
        - text
            .trim_start_matches(|c: char| is_marker(c) || c.is_whitespace())
            .len();
    let s = &text[start..];
    if let Some(lead) = bracketed_lead(text, start, base) {
        return Some(lead);
    }
    let (source, mark_len) = source_mark(s)?;
    let mut i = start + mark_len;
    i += skip_spaces_and_bold(&text[i..]);
    let mut contributors = Vec::new();
    if let Some(end) = reported_by(&text[i..]) {
        contributors = people(&text[i..i + end], base + i, None).contributors;
        i += end + "报道".len();
        i += text[i..].len()
            - text[i..]
                .trim_start_matches([':', '：', ' ', '\u{3000}'])
                .len();
    } else if let Some(close) = paren_group(&text[i..]) {
        let open_len = text[i..].chars().next().map_or(1, char::len_utf8);
        let inner = &text[i + open_len..i + close];
        let found = people(inner, base + i + open_len, Some(Role::Correspondent));
        contributors = found.contributors;
        i += close + text[i + close..].chars().next().map_or(0, char::len_utf8);
        i += skip_spaces_and_bold(&text[i..]);
    } else if let Some(end) = spaced_byline(&text[i..]) {
        contributors = people(&text[i..i + end], base + i, None).contributors;
        i += end;
        i += skip_spaces_and_bold(&text[i..]);
    }
    Some(Lead {
        source,
        contributors,
        body_start: base + i,
    })
}

/// Most characters inside the brackets of a byline that opens a story.
const MAX_BRACKETED_LEAD_CHARS: usize = 40;

/// `【记者 张三 通讯员 李四】金秋时节,…`, `（记者　张三　通讯员　李四）“…”`: a news app or a
/// county site opens a story with its byline in brackets and no source mark. The brackets must
/// hold a role word first and nothing but names and role words after it, and text must follow
/// them.
fn bracketed_lead(text: &str, start: usize, base: usize) -> Option<Lead> {
    let s = &text[start..];
    let open = s.chars().next().filter(|c| matches!(c, '【' | '[' | '（' | '('))?;
    let closing = match open {
        '【' | '[' => ['】', ']'],
        _ => ['）', ')'],
    };
    let inner_start = start + open.len_utf8();
    let close = text[inner_start..].char_indices().take(MAX_BRACKETED_LEAD_CHARS).find(|&(_, c)| closing.contains(&c))?.0;
    let inner = &text[inner_start..inner_start + close];
    // the role word stands apart from the names (`【记者 张三】`): `【记者走基层】`, `【记者连线】`
    // name a column
    let spaced = ROLE_WORDS.iter().any(|(w, _)| inner.strip_prefix(w).is_some_and(|r| r.starts_with([' ', '\u{3000}'])));
    if !spaced || !opens_with_long_role_word(inner) || !reads_as_names(inner, None) {
        return None;
    }
    // in round brackets a picture's credit opens a caption as often (`（记者 张三 摄）图为…`)
    if matches!(open, '（' | '(') && (inner.contains('摄') || inner.contains("供图")) {
        return None;
    }
    let found = people(inner, base + inner_start, None);
    let close_len = text[inner_start + close..].chars().next().map_or(0, char::len_utf8);
    let mut i = inner_start + close + close_len;
    i += skip_spaces_and_bold(&text[i..]);
    (!found.contributors.is_empty() && i < text.len()).then(|| Lead {
        source: String::new(),
        contributors: found.contributors,
        body_start: base + i,
    })
}

/// `记者 张三 通讯员 李四 近日,…`: a byline of space-separated words after a source mark, up to
/// the first word that is neither a role word nor a name. The bytes it takes.
fn spaced_byline(s: &str) -> Option<usize> {
    if !opens_with_long_role_word(s) {
        return None;
    }
    let mut end = 0;
    for (at, word) in s
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
        .take(8)
    {
        if !reads_as_names(word, Some(Role::Reporter)) {
            break;
        }
        end = at + word.len();
    }
    (end > 0).then_some(end)
}

/// `记者 张三 通讯员 李四 报道`: a byline without brackets closed by `报道`; the bytes before it.
fn reported_by(s: &str) -> Option<usize> {
    if !opens_with_long_role_word(s) {
        return None;
    }
    let end = s
        .char_indices()
        .take(40)
        .find(|(i, _)| s[*i..].starts_with("报道"))?
        .0;
    reads_as_names(&s[..end], None).then_some(end)
}

fn skip_spaces_and_bold(s: &str) -> usize {
    s.len()
        - s.trim_start_matches(|c: char| c.is_whitespace() || c == '*')
            .len()
}

/// `本报讯` → ("本报讯", len); `新华社北京1月2日电` → ("新华社", len); `河北日报讯` → ("河北日报讯", len).
fn source_mark(s: &str) -> Option<(String, usize)> {
    // the mark closes within 20 characters, 80 bytes at most: most lines hold none there
    static MARK_ENDS: EitherWord = EitherWord::new("讯", "电");
    if !MARK_ENDS.in_bytes(&s.as_bytes()[..s.len().min(80)]) {
        return None;
    }
    for (i, c) in s.char_indices().take(20) {
        // `举报电话`, `电视台`: a word that opens with 电 is no wire's mark, unless a date
        // stands before it (`新华社北京9月3日电商务部…`)
        let word = c == '电' && s[i + c.len_utf8()..].starts_with(ELECTRIC_WORD_SECONDS) && !s[..i].ends_with('日');
        if c != '讯' && c != '电' || word {
            if !(is_han(c) || c.is_ascii_digit() || c.is_whitespace()) {
                return None;
            }
            continue;
        }
        let prefix = &s[..i];
        let agency_end = prefix
            .char_indices()
            .take(8)
            .find(|(_, c)| AGENCY_ENDS.contains(c))?;
        let agency = &prefix[..agency_end.0 + agency_end.1.len_utf8()];
        // Between the agency and the mark only a dateline may stand: `新华社北京3月5日电`.
        let dateline = &prefix[agency.len()..];
        let placed = agency == "本报"
            && char_len(dateline) <= 5
            && dateline.chars().all(is_han)
            && !dateline.contains(['记', '通']);
        let dated = dateline.is_empty() || dateline.trim_end().ends_with('日') || placed;
        if char_len(agency) < 2 || !dated {
            return None;
        }
        let agency = agency.strip_prefix('据').unwrap_or(agency);
        let source = if c == '讯' && prefix.starts_with("本报") {
            "本报讯".to_string()
        } else if c == '讯' && agency.len() == prefix.len() {
            format!("{agency}讯")
        } else {
            agency.to_string()
        };
        return Some((source, i + c.len_utf8()));
    }
    None
}

/// Second characters of words that open with `电` (`电话`, `电视`, `电商`, `电子`…).
const ELECTRIC_WORD_SECONDS: [char; 11] = ['话', '视', '脑', '商', '力', '网', '子', '器', '费', '影', '台'];

/// Byte offset of the bracket closing the one `s` opens with, if the group is short enough to be
/// a byline.
fn paren_group(s: &str) -> Option<usize> {
    let close = match s.chars().next()? {
        '(' => ')',
        '（' => '）',
        _ => return None,
    };
    s.char_indices()
        .take(48)
        .find(|&(_, c)| c == close)
        .map(|(i, _)| i)
}

/// Role words that also open common nouns or phrases (`编辑部`, `作者们`, `审核把关`,
/// `图片新闻`): a byline line opening with one needs a separator after it (`编辑:X`, `作者 X`).
const LOOSE_ROLE_WORDS: &[&str] = &["编辑", "作者", "审核", "初审", "复审", "终审", "一审", "二审", "三审", "监制", "文字", "图片", "撰稿"];

/// A line that is only a byline (`□记者 X 通讯员 Y Z`, `(文/X 图/Y、Z)`, `责任编辑:X`).
pub(crate) fn byline_line(text: &str, base: usize) -> Option<People> {
    if !at_most_chars(text, 48) {
        return None;
    }
    // `本期编辑:X　审核:Y　(共印60份)`, `记录：X（党政综合办公室）`: a bulletin's print run or an
    // office closing the credits is no name
    let text = without_note(text);
    // `本报评论员`: an editorial signed by the paper's own voice names no one, but signs the piece
    if EDITORIAL_SIGNATURES.contains(&super::line::trim(text)) {
        return Some(People { contributors: Vec::new(), clean: true, first_role: Some(Role::Author) });
    }
    // a byline opens with a role word, after any brackets or markers
    let opening = text.trim_start_matches(is_separator);
    let opening = &opening[outlet_len(opening).or_else(|| supplier_len(opening)).unwrap_or(0)..];
    let opening = opening.trim_start_matches(is_separator);
    let Some((word, word_roles)) = role_word(opening) else {
        return signed_name(text, base);
    };
    let glued = !opening[word.len()..].starts_with(is_separator);
    if glued && LOOSE_ROLE_WORDS.contains(word) {
        return None;
    }
    let found = people(text, base, None);
    // `校对:X`, `美编:X`: a line crediting only roles the records do not carry names no one, but
    // is a credit line all the same, neither headline nor text
    let uncredited = word_roles.is_empty()
        && found.contributors.is_empty()
        && found.first_role.is_none()
        && opening[word.len()..].starts_with([':', '：']);
    (found.clean && (uncredited || !found.contributors.is_empty() && found.first_role.is_some())).then_some(found)
}

/// Longest office named in brackets after a credited name, in characters.
const MAX_OFFICE_NOTE_CHARS: usize = 12;

/// How the name of an office ends (`党政综合办公室`, `县乡村振兴局`).
const OFFICE_NOTE_ENDS: [&str; 6] = ["办公室", "局", "中心", "站", "所", "委员会"];

/// `text` without the note in brackets it may close on: a bulletin's print run (`(共印60份)`)
/// or the office of the one credited (`（党政综合办公室）`).
fn without_note(text: &str) -> &str {
    let t = text.trim_end();
    // most lines close on no bracket: told by their last character before any search
    if !t.ends_with(['）', ')']) {
        return text;
    }
    let Some(open) = t.rfind(['（', '(']) else { return text };
    let note = t[open..].trim_start_matches(['（', '(']).trim_end_matches(['）', ')']);
    let print_run = note.starts_with("共印") && note.ends_with('份');
    // `记录：某某（党政综合办公室）`: the office the one credited works in
    let office = at_most_chars(note, MAX_OFFICE_NOTE_CHARS) && note.chars().all(is_han) && OFFICE_NOTE_ENDS.iter().any(|e| note.ends_with(e));
    if print_run || office {
        t[..open].trim_end()
    } else {
        text
    }
}

/// `□ 叶　青`: a column's writer signed by an open square and the name alone (spaced out or
/// not), as a comment or an afterword prints it under its headline. A filled mark labels a
/// column (`■数读`), and so may a word that reads as a name.
fn signed_name(text: &str, base: usize) -> Option<People> {
    let t = super::line::trim(text);
    if let Some(signed) = signed_with_affiliation(t, base + (text.len() - text.trim_start().len())) {
        return Some(signed);
    }
    let name = t.strip_prefix('□')?;
    // `□县委政研室课题组`: a research group signs its report as one
    let group = name.trim();
    if at_most_chars(group, MAX_GROUP_CHARS) && group.chars().all(is_han) && GROUP_ENDS.iter().any(|e| group.ends_with(e)) {
        let at = base + (text.len() - text.trim_start().len()) + (t.len() - name.len()) + (name.len() - name.trim_start().len());
        return Some(People::author(group.to_string(), Span::new(at, at + group.len())));
    }
    // a label (`□编者按`, `□延伸阅读`) is no name: only a name of a common surname, spaced out
    // or not, signs
    let joined: String = name.split_whitespace().collect();
    // `□ 向德春　田晓燕　覃文斌`: several writers, each name a word of its own of two or three
    // characters, one of three at least (`□ 金秋　田园` is a pair of words)
    let words = name.split_whitespace().count();
    let sized = |w: &str, n: usize| w.chars().nth(n - 1).is_some() && w.chars().nth(n).is_none();
    let several = (2..=MAX_PAPER_AUTHORS).contains(&words)
        && name.split_whitespace().all(|w| (sized(w, 2) || sized(w, 3)) && is_bare_name(w))
        && name.split_whitespace().any(|w| sized(w, 3));
    if super::headline::is_column_label(name.trim()) || !(is_bare_name(&joined) || several) {
        return None;
    }
    let found = people(name, base + (text.len() - name.len()), Some(Role::Author));
    let count = if several { words } else { 1 };
    let signs = found.clean && found.contributors.len() == count;
    signs.then_some(People { first_role: Some(Role::Author), ..found })
}

/// How the name of a group that signs a report as one ends (`县委政研室课题组`).
const GROUP_ENDS: [&str; 4] = ["课题组", "调研组", "写作组", "调查组"];

/// Longest name of a group read as a report's signature, in characters.
const MAX_GROUP_CHARS: usize = 16;

/// How the name of the body an essayist writes from ends (`中共某市委党校`, `某大学农学院`).
const AFFILIATION_ENDS: [&str; 12] =
    ["党校", "大学", "学院", "研究院", "研究所", "研究中心", "研究会", "委员会", "社科联", "协会", "局", "办公室"];

/// Longest affiliation read after an essayist's name, in characters.
const MAX_AFFILIATION_CHARS: usize = 24;

/// `■ 杨某　中共某市委党校`: an essay's writer under its headline, a mark, the name and the body
/// they write from. The body says the line signs, so either mark will do.
fn signed_with_affiliation(t: &str, base: usize) -> Option<People> {
    let rest = t.strip_prefix(['□', '■'])?.trim_start();
    let (first, _) = rest.split_once(char::is_whitespace)?;
    // `王　静`: a name of two characters spaced out to the width of three
    let (name, printed) = spaced_name(rest, first.len()).unwrap_or_else(|| (first.to_string(), first.len()));
    let body = rest[printed..].trim();
    let signs = is_bare_name(&name)
        && at_most_chars(body, MAX_AFFILIATION_CHARS)
        && body.chars().all(is_han)
        && AFFILIATION_ENDS.iter().any(|e| body.ends_with(e));
    signs.then(|| {
        // `rest` ends `t`: its offset is what precedes it
        let at = base + (t.len() - rest.len());
        People::author(name, Span::new(at, at + printed))
    })
}

/// Most authors a paper's line of names credits.
const MAX_PAPER_AUTHORS: usize = 6;

/// `张某　李　某`: a journal paper's line of authors, names apart by spaces (a name of two
/// characters spaced out to the width of three), credited as its authors. Read only where the
/// line above the authors' affiliation says it is one.
pub(crate) fn authors_line(text: &str, base: usize) -> Option<People> {
    let t = text.trim();
    if !at_most_chars(t, 4 * MAX_PAPER_AUTHORS + MAX_PAPER_AUTHORS) {
        return None;
    }
    let offset = base + (text.len() - text.trim_start().len());
    let mut contributors = Vec::new();
    let mut at = 0;
    while at < t.len() {
        let rest = &t[at..];
        let skip = rest.len() - rest.trim_start().len();
        if skip > 0 {
            at += skip;
            continue;
        }
        let first = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let (name, printed) = spaced_name(rest, first).unwrap_or_else(|| (rest[..first].to_string(), first));
        if !is_bare_name(&name) || !is_name(&name) || contributors.len() == MAX_PAPER_AUTHORS {
            return None;
        }
        contributors.push(Contributor { name, role: Role::Author, span: Span::new(offset + at, offset + at + printed) });
        at += printed;
    }
    (!contributors.is_empty()).then_some(People { contributors, clean: true, first_role: Some(Role::Author) })
}

/// Whether `text` opens a journal paper's line of its authors' affiliation (`作者单位：…`).
pub(crate) fn is_affiliation_line(text: &str) -> bool {
    let t = super::line::trim_start(text).trim_start_matches(['(', '（']);
    t.starts_with("作者单位") || t.starts_with("作者简介")
}

/// Last characters of a place's name, which a name in brackets after a sentence may be instead
/// of a person's (`(王村)`, `(李庄)`).
const PLACE_ENDS: [char; 8] = ['村', '庄', '镇', '乡', '县', '屯', '寨', '湾'];

/// How a paper signs an editorial in its own voice.
const EDITORIAL_SIGNATURES: [&str; 5] = ["本报评论员", "本报特约评论员", "本刊评论员", "本报编辑部", "本台评论员"];

/// `周某`: two to four Han characters opening with a surname of the table, as a writer signs a
/// piece with the name alone.
pub(crate) fn is_bare_name(s: &str) -> bool {
    (2..=4).contains(&char_len(s)) && s.chars().all(is_han) && crate::entity::opens_with_surname(s)
}

/// Longest post of a roster's entry, in characters (`党支部书记、村委会主任`).
const MAX_POST_CHARS: usize = 16;

/// Longest unit in brackets after a roster's name, in characters with the brackets.
const MAX_UNIT_CHARS: usize = 24;

/// `党支部书记、村委会主任：王建军`, `队　员：冯建设（商镇人民政府）`: an entry of a roster, a post
/// and the one person holding it, with the unit they come from in brackets. It is whole (no
/// line broken off) and heads nothing.
pub(crate) fn is_roster_entry(text: &str) -> bool {
    let t = super::line::trim(text);
    // a post opens on a Han character, and each of its characters takes three bytes: a colon
    // past its longest bound ends no post, so the rest of a paragraph is never searched
    if !t.chars().next().is_some_and(is_han) {
        return false;
    }
    let head = crate::charset::floor_boundary(t, 3 * MAX_POST_CHARS + 3);
    let Some(colon) = crate::charset::find_mark(&t[..head], |c| matches!(c, '：' | ':')) else { return false };
    let (post, value) = (&t[..colon], t[colon..].trim_start_matches(['：', ':']));
    let post_ok = (2..=MAX_POST_CHARS).contains(&char_len(post))
        && post.chars().all(|c| is_han(c) || matches!(c, '、' | '\u{3000}'));
    if !post_ok {
        return false;
    }
    let name = value.split(['（', '(']).next().unwrap_or(value);
    let unit = &value[name.len()..];
    let inside = unit.trim_start_matches(['（', '(']).trim_end_matches(['）', ')']);
    let unit_ok = unit.is_empty() || unit.ends_with(['）', ')']) && char_len(unit) <= MAX_UNIT_CHARS && !inside.contains(['（', '(', '）', ')']);
    // (a credit, `本版责任编辑：某某`, `审核：某某`, names a role of the page, no post)
    let credit = || ROLE_WORDS.iter().map(|(w, _)| *w).chain(LOOSE_ROLE_WORDS.iter().copied()).any(|w| post.ends_with(w));
    unit_ok && is_bare_name(name) && !credit() && is_name(name)
}

/// A line of one name alone (`周某某`, `■ 乔某`) right under a headline: the writer of a signed piece
/// (a commentary, a column), credited as its author.
pub(crate) fn name_line(text: &str, base: usize) -> Option<Contributor> {
    // a sign may stand before it (`■ 某某`)
    let t = super::line::trim(text).trim_start_matches(is_marker).trim_start();
    (is_bare_name(t) && is_name(t)).then(|| {
        let at = base + (t.as_ptr() as usize - text.as_ptr() as usize);
        Contributor { name: t.to_string(), role: Role::Author, span: Span::new(at, at + t.len()) }
    })
}

/// What an office credits itself with after its name (`某局　制图`), read for no name.
const CREDIT_WORDS: [&str; 7] = ["制图", "供稿", "出品", "发布", "整理", "汇编", "制作"];

/// Offices whose holder signs a speech or an article printed under their name, and offices
/// whose staff sign a paper.
const OFFICES: &[&str] = &[
    "书记", "省长", "市长", "县长", "区长", "州长", "旗长", "乡长", "镇长", "主任", "主席", "部长",
    "厅长", "局长", "院长",
    // the research offices whose staff write a journal's papers (`县委党史研究室　某某`)
    "研究室", "研究所", "研究院", "研究中心", "史志办", "史志办公室", "地方志办公室",
    // a journal's editor signing its opening essay (`本刊执行主编　某某`)
    "主编", "总编辑",
    // a county bureau's staff signing its report (`某县乡村振兴局　某某`)
    "局",
];

/// Longest line read as an official's signature.
const MAX_SIGNATURE_CHARS: usize = 24;

/// `寿宁县委书记 林建辉` on a line of its own: an official signing the speech or article printed
/// under a headline, credited as its author. The office, all Han characters, ends in one of the
/// [`OFFICES`]; a single name follows a space.
pub(crate) fn signature_line(text: &str, base: usize) -> Option<People> {
    if !at_most_chars(text, MAX_SIGNATURE_CHARS) {
        return None;
    }
    let t = text.trim_end();
    let (office, name) = t.rsplit_once(char::is_whitespace)?;
    let office = office.trim_start_matches(is_separator).trim_end();
    // (an official holding two offices names both: `县委常委、副县长　某某`)
    let signs = OFFICES.iter().any(|o| office.ends_with(o))
        && office.chars().all(|c| is_han(c) || c == '、')
        && office.chars().next().is_some_and(is_han)
        && !office.contains(char::is_whitespace)
        && name.chars().all(is_han)
        && is_name(name)
        // (`某县农业农村局　制图`: what an office made, not who signed)
        && !CREDIT_WORDS.contains(&name)
        && role_word(name).is_none();
    signs.then(|| {
        // the name ends `t`, which starts where `text` does
        let at = base + t.len() - name.len();
        People::author(name.to_string(), Span::new(at, at + name.len()))
    })
}

/// How the place a letter's writer signs from ends (`某镇新场村`, `打岩组`, `某街道某社区`).
const SIGNOFF_PLACE_ENDS: [&str; 6] = ["村", "组", "社区", "屯", "寨", "居委会"];

/// Longest place a letter's writer signs from, in characters.
const MAX_SIGNOFF_PLACE_CHARS: usize = 20;

/// `平塘县者密镇新场村　王德明`: a reader's letter signed at its end with the place the writer
/// lives and the name, credited as its author. Read only under the letter's last sentence (the
/// caller checks): a village and a name alone may be a caption's or a list's.
pub(crate) fn letter_signoff(text: &str, base: usize) -> Option<People> {
    let t = super::line::trim(text);
    if !at_most_chars(t, MAX_SIGNOFF_PLACE_CHARS + 6) {
        return None;
    }
    let (place, name) = t.rsplit_once(char::is_whitespace)?;
    let place = place.trim_end();
    let signs = at_most_chars(place, MAX_SIGNOFF_PLACE_CHARS)
        && place.chars().all(is_han)
        && SIGNOFF_PLACE_ENDS.iter().any(|e| place.ends_with(e))
        && is_bare_name(name);
    signs.then(|| {
        let at = base + (text.len() - text.trim_start().len()) + t.len() - name.len();
        People::author(name.to_string(), Span::new(at, at + name.len()))
    })
}

/// Longest footer line read for bracketed credits.
const MAX_FOOTER_CHARS: usize = 60;

/// A web footer of bracketed groups and nothing else, some of them bylines: `【纠错】
/// 【责任编辑:X】`. The people the byline groups credit; `None` when no group credits anyone.
pub(crate) fn bracketed_credits(text: &str, base: usize) -> Option<People> {
    if !at_most_chars(text, MAX_FOOTER_CHARS) {
        return None;
    }
    let mut out = People {
        clean: true,
        ..People::default()
    };
    let mut rest = text;
    while !rest.trim().is_empty() {
        let body = rest.trim_start();
        let open = body
            .chars()
            .next()
            .filter(|c| matches!(c, '【' | '[' | '［'))?;
        let inner = &body[open.len_utf8()..];
        let close_at = inner.find(['】', ']', '］'])?;
        let inner_start = text.len() - inner.len();
        if let Some(found) = byline_line(&inner[..close_at], base + inner_start) {
            out.first_role = out.first_role.or(found.first_role);
            out.contributors.extend(found.contributors);
        }
        let close_len = inner[close_at..].chars().next().map_or(1, char::len_utf8);
        rest = &inner[close_at + close_len..];
    }
    (!out.contributors.is_empty()).then_some(out)
}

/// `图`, searched for with a finder built once: a line that does not print it is neither
/// credited by `图/X` nor a caption saying `图为`.
pub(crate) static PICTURE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("图"));
/// `摄`, searched for with a finder built once.
static TAKEN: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("摄"));

/// Where a caption's photo credit begins, and who it names: `…饺子。 孙慧军 摄`, `…(王建庆 摄)`,
/// `…公交车。记者 焦磊摄`, `…(图/张三)`. Every name of a credit is a photographer. `picture` is
/// where `text` first prints `图` ([`PICTURE`]), which the caller searches for once for more
/// tests than this.
pub(crate) fn photo_credit(
    text: &str,
    base: usize,
    picture: Option<usize>,
) -> Option<(usize, Vec<Contributor>)> {
    // a credit closes on `摄` or opens with one of the `PHOTO_PREFIXES`, all of which hold `摄`
    // or `图`
    if picture.is_none() && TAKEN.find(text.as_bytes()).is_none() {
        return None;
    }
    let t = text.trim_end();
    let t = t.strip_suffix([')', '）']).unwrap_or(t).trim_end();
    let t = t.strip_suffix("报道").unwrap_or(t);
    let suffixed = t.strip_suffix("摄影").or_else(|| t.strip_suffix('摄'));
    let from = credit_start(suffixed.unwrap_or(t))?;
    let credit = &text[from..];
    if suffixed.is_none()
        && !PHOTO_PREFIXES
            .iter()
            .any(|p| credit.trim_start().starts_with(p))
    {
        return None;
    }
    let mut found = people(credit, base + from, Some(Role::Photographer));
    if !found.clean || found.contributors.is_empty() {
        return None;
    }
    for person in &mut found.contributors {
        person.role = Role::Photographer;
    }
    found.contributors.dedup_by(|a, b| a.span == b.span);
    let before = text[..from].trim_end_matches(['(', '（', ' ', '\u{3000}']);
    Some((before.len(), found.contributors))
}

/// Credits that name the photographer first: `图/张三`, `摄影:李四`.
const PHOTO_PREFIXES: &[&str] = &["图/", "图／", "摄/", "摄／", "摄影/", "摄影:", "摄影："];

/// How far back from its end a credit may reach, in characters.
const MAX_CREDIT_CHARS: usize = 24;

/// Where the credit closing `body` begins: after the last sentence end or opening bracket within
/// reach, else at 0 when the whole of a short `body` reads as names, else after the leftmost space
/// from which the rest reads as names only.
fn credit_start(body: &str) -> Option<usize> {
    let mut spaced = None;
    for (i, c) in body.char_indices().rev().take(MAX_CREDIT_CHARS) {
        if matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | '”' | '(' | '（') {
            return Some(i + c.len_utf8());
        }
        let after = i + c.len_utf8();
        if c.is_whitespace() && reads_as_names(&body[after..], Some(Role::Photographer)) {
            spaced = Some(after);
        }
    }
    let whole =
        char_len(body) <= MAX_CREDIT_CHARS && reads_as_names(body, Some(Role::Photographer));
    if whole {
        Some(0)
    } else {
        spaced
    }
}

/// The bracket that closes `t`: where it opens, and where its inside starts and ends; the
/// opening mark is looked for at most `reach` characters back.
fn closing_bracket(t: &str, reach: usize) -> Option<(usize, usize, usize)> {
    let inner_end = t.strip_suffix([')', '）'])?.len();
    let open = t[..inner_end].char_indices().rev().take(reach).find(|&(_, c)| c == '(' || c == '（')?.0;
    let inner_start = open + t[open..].chars().next().map_or(1, char::len_utf8);
    Some((open, inner_start, inner_end))
}

/// The last characters of the name of a paper, an agency, a station or a site, as `(据…)`
/// credits it (`某日报`, `新华社`, `某电视台`, `某网`, `某县融媒体中心`).
const CREDITED_OUTLET_ENDS: [&str; 5] = ["报", "社", "台", "网", "中心"];

/// Longest source a closing bracket names (`(来源:某县融媒体中心)`, `(据某日报)`), in characters.
const MAX_CLOSING_SOURCE_CHARS: usize = 24;

/// `…发展。(来源:某县融媒体中心)`, `…以上。(据某日报)`: a bracket closing a story with the
/// paper or office it comes from. Returns where the bracket opens and the source. A box's
/// `(数据来源:…)` names where its figures come from, not the story's source.
pub(crate) fn trailing_source(text: &str) -> Option<(usize, &str)> {
    let t = super::line::trim_end(text);
    let (open, inner_start, inner_end) = closing_bracket(t, MAX_CLOSING_SOURCE_CHARS + 4)?;
    let inner = &t[inner_start..inner_end];
    let source = match inner.strip_prefix('据') {
        // `(据某日报)`, not `(据统计)` or `(据了解)`
        Some(outlet) if CREDITED_OUTLET_ENDS.iter().any(|e| outlet.ends_with(e)) => outlet,
        Some(_) => return None,
        // `(县人社局　供稿)`: the office that sent an item to a bulletin
        None => match inner.trim_end().strip_suffix("供稿") {
            Some(office) => office,
            None => ["来源:", "来源：", "稿件来源:", "稿件来源：", "供稿:", "供稿：", "供稿单位:", "供稿单位："].iter().find_map(|w| inner.strip_prefix(w))?,
        },
    }
    .trim();
    let before = t[..open].trim_end();
    let closes = before.is_empty() || before.ends_with(['。', '！', '？', '”', '!', '?']);
    (closes && !source.is_empty() && source.chars().all(|c| crate::charset::is_han(c) || c.is_ascii_alphanumeric())).then_some((open, source))
}

/// `…文化。(某县融媒体中心 张三)`: a bracket closing a story with the outlet that sent it and the
/// reporter who wrote it. Returns where the bracket opens, the outlet, and the people.
pub(crate) fn trailing_outlet_byline(text: &str, base: usize) -> Option<(usize, &str, Vec<Contributor>)> {
    let t = super::line::trim_end(text);
    if !t.ends_with([')', '）']) {
        return None;
    }
    let (open, inner_start, inner_end) = closing_bracket(t, MAX_OUTLET_CHARS + 12)?;
    let inner = &t[inner_start..inner_end];
    let mut words = inner.split_whitespace();
    let outlet = words.next()?;
    let names: Vec<&str> = words.collect();
    let before = t[..open].trim_end();
    let signs = before.ends_with(['。', '！', '？', '”'])
        && at_most_chars(outlet, MAX_OUTLET_CHARS)
        && outlet.chars().all(is_han)
        && OUTLET_ENDS.iter().any(|e| outlet.ends_with(e))
        && (1..=3).contains(&names.len())
        && names.iter().all(|n| is_bare_name(n));
    signs.then(|| (open, outlet, credit_names(inner, base + inner_start, &names, Role::Reporter)))
}

/// The `names` (slices of `inner`, which starts at input offset `base`) credited with `role`.
fn credit_names(inner: &str, base: usize, names: &[&str], role: Role) -> Vec<Contributor> {
    names
        .iter()
        .map(|n| {
            // each name is a slice of `inner`, so its offset is where the slice starts
            let at = base + (n.as_ptr() as usize - inner.as_ptr() as usize);
            Contributor { name: (*n).to_string(), role, span: Span::new(at, at + n.len()) }
        })
        .collect()
}

/// A byline in brackets closing a paragraph: `…。(记者 张三 通讯员 李四)`. Returns where the
/// bracket opens and the people.
pub(crate) fn trailing_byline(text: &str, base: usize) -> Option<(usize, Vec<Contributor>)> {
    let t = super::line::trim_end(text);
    if !t.ends_with([')', '）']) {
        return closing_spaced_byline(t, base);
    }
    if let Some(found) = author_note(t, base) {
        return Some(found);
    }
    let (open, inner_start, inner_end) = closing_bracket(t, 40)?;
    let inner = &t[inner_start..inner_end];
    if let Some(found) = byline_line(inner, base + inner_start) {
        return Some((open, found.contributors));
    }
    if let Some(people) = wrapped_byline(inner, base + inner_start) {
        return Some((open, people));
    }
    // `…。(王甲 李乙)`: names alone after a finished sentence, or on a line of their own,
    // sign the story; local papers print their correspondents so
    let before = t[..open].trim_end();
    let after_sentence = before.is_empty() || before.ends_with(['。', '！', '？', '”']);
    let names: Vec<&str> = inner.split_whitespace().collect();
    // one name in brackets on a line of its own signs a column's piece (`(童某)` under a 编后),
    // and so does one closing a finished sentence (`…精气神。(李某)`) when it reads as a name
    if let [name] = names[..] {
        let signs = before.is_empty() || after_sentence && is_name(name) && !name.ends_with(PLACE_ENDS);
        return (signs && is_bare_name(name)).then(|| (open, credit_names(inner, base + inner_start, &names, Role::Author)));
    }
    // (`(某镇　供稿)` names the office an item came from: no people)
    let bare = names.len() >= 2 && names.iter().all(|n| (2..=3).contains(&char_len(n)) && n.chars().all(is_han) && *n != "供稿" && !n.ends_with(PLACE_ENDS));
    (after_sentence && bare).then(|| (open, credit_names(inner, base + inner_start, &names, Role::Correspondent)))
}

/// Words before the name of whoever wrote a yearbook's or a report's entry (`撰稿人：某某`).
const WRITER_WORDS: [&str; 3] = ["撰稿人", "撰稿", "执笔"];

/// Longest note on its author a piece closes with, in characters.
const MAX_AUTHOR_NOTE_CHARS: usize = 80;

/// `（作者：某某，系某工作队队员，现任某县副县长）`: a signed piece closes with a note on its
/// author, the name first and then what the author is. Returns where the bracket opens and the
/// author.
fn author_note(t: &str, base: usize) -> Option<(usize, Vec<Contributor>)> {
    let (open, inner_start, inner_end) = closing_bracket(t, MAX_AUTHOR_NOTE_CHARS)?;
    // the note stands on a line of its own or after a finished sentence: `《山乡巨变》（作者：
    // 周立波，…）` names a book's author inside the text
    let before = t[..open].trim_end();
    if !(before.is_empty() || before.ends_with(['。', '！', '？', '”'])) {
        return None;
    }
    let inner = &t[inner_start..inner_end];
    // `（县乡村振兴局　供稿　撰稿人：某某）`: a yearbook's entry closes on its office and its writer
    // (`（执笔：某甲　某乙）`: writers of a report, each a name, set apart by spaces or `、`)
    if let Some(names) = WRITER_WORDS.iter().find_map(|w| inner.rfind(w).map(|k| &inner[k + w.len()..])) {
        let names: Vec<&str> = names.trim_start_matches([':', '：']).split(|c: char| c.is_whitespace() || c == '、').filter(|n| !n.is_empty()).collect();
        return (!names.is_empty() && names.iter().all(|n| is_bare_name(n))).then(|| (open, credit_names(inner, base + inner_start, &names, Role::Author)));
    }
    let rest = inner.strip_prefix("作者")?.strip_prefix([':', '：'])?;
    let (name, what) = rest.split_once([',', '，'])?;
    let name = name.trim();
    if !is_bare_name(name) || !what.starts_with(['系', '现', '为']) {
        return None;
    }
    Some((open, credit_names(inner, base + inner_start, &[name], Role::Author)))
}

/// `(记者 张` / `晶)`: a byline a fixed-width page wrapped inside a name. Read without the
/// line breaks; each name's span covers its characters in the input, break and all.
fn wrapped_byline(inner: &str, base: usize) -> Option<Vec<Contributor>> {
    if !inner.contains(['\n', '\r']) {
        return None;
    }
    let joined: String = inner.chars().filter(|&c| c != '\n' && c != '\r').collect();
    let found = byline_line(&joined, 0)?;
    // the offset in `inner` of each byte of `joined`
    let at: Vec<usize> = inner
        .char_indices()
        .filter(|&(_, c)| c != '\n' && c != '\r')
        .flat_map(|(i, c)| i..i + c.len_utf8())
        .collect();
    let people = found
        .contributors
        .into_iter()
        .filter(|c| c.span.start < c.span.end && c.span.end <= at.len())
        .map(|c| Contributor { span: Span::new(base + at[c.span.start], base + at[c.span.end - 1] + 1), ..c })
        .collect();
    Some(people)
}

/// Longest byline read after the last sentence of a brief, in characters.
const MAX_SPACED_BYLINE_CHARS: usize = 24;

/// `…完成改造312户。 记者 王甲`: a byline after the last sentence, apart from it by a space
/// and in no brackets. Returns where the byline's space begins and its people.
fn closing_spaced_byline(t: &str, base: usize) -> Option<(usize, Vec<Contributor>)> {
    // most paragraphs close on their sentence's end, after which nothing stands to read
    if t.ends_with(['。', '！', '？', '”']) {
        return None;
    }
    let after = last_sentence_end_within(t, MAX_SPACED_BYLINE_CHARS)?;
    let tail = &t[after..];
    let inner = tail.trim_start();
    if inner.len() == tail.len() || inner.is_empty() {
        return None;
    }
    let start = t.len() - inner.len();
    byline_line(inner, base + start).map(|found| (after, found.contributors))
}

/// Where the last of the last `n` characters of `t` that ends a sentence (`。`, `！`, `？`,
/// `”`) ends. Every line not ending on one of them, a headline as a rule, is read back this far
/// for a closing byline, once to group the headlines and once to build the stories: the four
/// are three bytes opening with E2, E3 or EF, which open no Han character and always open a
/// character, so a vector search for those bytes finds the few marks to compare, and only the
/// characters after the one that ends a sentence are counted.
fn last_sentence_end_within(t: &str, n: usize) -> Option<usize> {
    const ENDS: [[u8; 3]; 4] = [*b"\xE3\x80\x82", *b"\xEF\xBC\x81", *b"\xEF\xBC\x9F", *b"\xE2\x80\x9D"];
    let bytes = t.as_bytes();
    // the last `n` characters take at most four bytes each
    let from = bytes.len().saturating_sub(4 * n);
    let mut end = bytes.len();
    while let Some(k) = memchr::memrchr3(0xE2, 0xE3, 0xEF, &bytes[from..end]) {
        let at = from + k;
        if bytes.get(at..at + 3).is_some_and(|c| ENDS.iter().any(|e| e[..] == *c)) {
            return (t[at..].chars().count() <= n).then_some(at + 3);
        }
        end = at;
    }
    None
}

/// What a web page's meta line says: `时间:2018-10-21 21:15河北网(www.he-bei.cn)`,
/// `作者:张三 来源:某网 发布时间:2020-01-02`.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Meta {
    pub published_at: Option<String>,
    pub date: Option<crate::model::Date>,
    pub source: String,
    pub contributors: Vec<Contributor>,
}

const META_KEYS: &[&str] = &[
    "发布时间",
    "发布日期",
    // a page a site keeps up to date (a village's or an office's profile)
    "更新时间",
    "更新日期",
    "时间",
    "日期",
    "信息来源",
    "文章来源",
    "稿件来源",
    "来源",
    "稿源",
    "作者",
];

/// Longest line read as a meta line.
const MAX_META_CHARS: usize = 120;

/// Meta fields that credit people, and the role they give. `编辑` counts only as a field of its
/// own (after a space or bracket, before a colon): inside `责任编辑` or running text it is no key.
const PEOPLE_FIELDS: &[(&str, Role)] = &[
    ("作者", Role::Author),
    ("责任编辑", Role::Editor),
    ("责编", Role::Editor),
    ("编辑", Role::Editor),
    // (a site's reviewer among the fields: `摄影：某某　　审核：某某　　点击数：3862`)
    ("审核", Role::Editor),
];

/// Reads a meta line; `None` when the line does not start with a meta key and a colon. A line
/// opening with an editor field (`责任编辑:X 来源:某报`) is a meta line when another meta field
/// follows; alone it is a byline.
#[cfg(test)]
pub(crate) fn meta(text: &str, base: usize) -> Option<Meta> {
    meta_stamped(text, base, None)
}

/// [`meta`], given whether `text` is a post's stamp ([`is_post_stamp`]) where that is known.
pub(crate) fn meta_stamped(text: &str, base: usize, stamp: Option<bool>) -> Option<Meta> {
    let opens_with = |k: &str| text.starts_with(k) && colon_value(text, k.len()).is_some();
    let keyed = META_KEYS.iter().any(|k| opens_with(k))
        || PEOPLE_FIELDS.iter().any(|(k, _)| opens_with(k))
            && META_KEYS.iter().any(|k| field_value(text, k).is_some());
    // `2020-05-06 10:20 来源:某网`, `【2024-05-24】　来源：某镇`: a date line that names its source
    // (a bracketed date only with nothing but spaces before its source, and no sentence on the
    // line: `【2024年5月24日】今年以来，…` opens a story's paragraph)
    let bracketed = text.strip_prefix(['【', '[', '［']);
    let date_first = bracketed.unwrap_or(text);
    let bare_source = || {
        let after = date_first.split_once(['】', ']', '］']).map_or("", |(_, rest)| rest).trim_start();
        after.starts_with("来源") && !text.contains(['，', '。'])
    };
    let dated = super::furniture::datetime(date_first).is_some() && value_of(text, "来源").is_some() && (bracketed.is_none() || bare_source());
    if !(keyed || dated || is_post_line(text) || stamp.unwrap_or_else(|| is_post_stamp(text))) {
        return None;
    }
    if !at_most_chars(text, MAX_META_CHARS) {
        return None;
    }
    let mut out = Meta::default();
    if let Some((at, (date, time, used))) = super::furniture::first_datetime(text) {
        out.date = Some(date);
        out.published_at = Some(match time {
            Some((h, m)) => format!("{date}T{h:02}:{m:02}"),
            None => date.to_string(),
        });
        if !text.contains("来源") {
            out.source = han_run(&text[at + used..]);
        }
    }
    for key in ["来源", "稿源"] {
        if let Some(v) = value_of(text, key) {
            out.source = han_run(text[v..].trim_start());
        }
    }
    for &(key, role) in PEOPLE_FIELDS {
        if let Some(v) = field_value(text, key) {
            let end = v + names_field(&text[v..]);
            let found = people(&text[v..end], base + v, Some(role));
            out.contributors.extend(found.contributors);
        }
    }
    Some(out)
}

/// Longest line read as a post's line of account and time.
const MAX_POST_LINE_CHARS: usize = 60;

/// `原创 某县融媒 某县发布 2023-09-18 19:06 发表于陕西`: the line an official account's post
/// prints under its headline, the writer and account, the time of posting to the minute and
/// where from. Marked as such by `原创` before it or `发表于` after it.
pub(crate) fn is_post_line(text: &str) -> bool {
    let t = super::line::trim(text);
    // most lines are longer than a post line: told by their bytes first, then by the marks,
    // and only a line with one is counted; a sentence
    // (`原创话剧…将于2023年9月18日19:30首演。`) is text
    // (a line that ends a sentence, as most do, is told by its last character before the
    // search for `发表于`)
    t.len() <= 4 * MAX_POST_LINE_CHARS
        && !ends_sentence(t)
        && (t.starts_with("原创") || crate::quantity::words::occurs(t, "发表于"))
        && at_most_chars(t, MAX_POST_LINE_CHARS)
        && !t.contains(['，', ',', '；', ';', '。'])
        && super::furniture::first_datetime(t).is_some_and(|(_, (_, time, _))| time.is_some())
}

/// `6月3日 18:22 来自 微博 weibo.com`, `2小时前 来自 iPhone客户端`: the line a microblog prints
/// over each post, when it was posted and from what app. It opens the post below it.
pub(crate) fn is_post_stamp(text: &str) -> bool {
    let t = super::line::trim(text);
    // most lines are longer than a stamp, or hold no `来自`: told by bytes before any is decoded
    // (and a line that ends on a mark no stamp holds by its last character before the search)
    if t.len() > 4 * MAX_POST_LINE_CHARS || t.ends_with(['，', '。', ',', '；']) || !crate::quantity::words::occurs(t, "来自") {
        return false;
    }
    let Some((when, app)) = t.split_once("来自") else { return false };
    at_most_chars(t, MAX_POST_LINE_CHARS) && !t.contains(['，', '。', ',', '；']) && posted_when(when.trim()) && is_app_name(app.trim())
}

/// Longest name of the app a post was made from, in characters.
const MAX_APP_NAME_CHARS: usize = 24;

/// Words that name an app or a device a post was made from (`微博 weibo.com`, `iPhone客户端`).
const APP_WORDS: [&str; 7] = ["微博", "客户端", "手机", "平板", "网页", "视频号", "浏览器"];

/// `微博 weibo.com`, `iPhone 15 Pro`, `荣耀手机`: what follows `来自` in a post's stamp, the app
/// or the device; not a story's words (`来自广州的首批游客抵达村口`).
fn is_app_name(app: &str) -> bool {
    at_most_chars(app, MAX_APP_NAME_CHARS)
        && !app.is_empty()
        && !app.contains('的')
        && (app.bytes().any(|b| b.is_ascii_alphabetic()) || APP_WORDS.iter().any(|w| app.contains(w)))
}

/// When a post was made, as a microblog prints it: `刚刚`, `15分钟前`, `2小时前`, or a day
/// (`今天`, `昨天`, `6月3日`, `06-03`, `2024-06-03`) and a clock time.
fn posted_when(s: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    if s == "刚刚" {
        return true;
    }
    if let Some(n) = s.strip_suffix("分钟前").or_else(|| s.strip_suffix("小时前")) {
        return digits(n);
    }
    let Some((day, clock)) = s.rsplit_once(' ') else { return false };
    let clock_ok = clock.split_once(':').is_some_and(|(h, m)| digits(h) && h.len() <= 2 && m.len() == 2 && digits(m));
    let month_day = || {
        day.strip_suffix('日').and_then(|d| d.split_once('月')).is_some_and(|(m, d)| digits(m) && digits(d) && m.len() <= 2 && d.len() <= 2)
    };
    let dashed = || day.split('-').all(digits) && (2..=3).contains(&day.split('-').count());
    clock_ok && (matches!(day.trim(), "今天" | "昨天" | "前天") || month_day() || dashed())
}

/// Where the value of the field `key:` begins in `text`, where the key stands as a field of its
/// own: not glued to a Han character before it (`责任编辑` holds no `编辑` field).
fn field_value(text: &str, key: &str) -> Option<usize> {
    text.match_indices(key)
        .filter(|&(at, _)| text[..at].chars().next_back().is_none_or(|c| !is_han(c)))
        .find_map(|(at, _)| colon_value(text, at + key.len()))
}

/// Bytes of a meta field's value that name people: space-separated words up to the next
/// `key:` field or the first word that is no name (`马丽 杨帆  来源:某报` → `马丽 杨帆`).
fn names_field(s: &str) -> usize {
    let mut end = 0;
    for word in s.split_whitespace().take(8) {
        let at = word.as_ptr() as usize - s.as_ptr() as usize;
        let keyed = word.contains([':', '：']);
        if keyed || !reads_as_names(word, Some(Role::Author)) {
            break;
        }
        end = at + word.len();
    }
    end
}

/// Where the value of `key:` begins in `text`.
fn value_of(text: &str, key: &str) -> Option<usize> {
    colon_value(text, text.find(key)? + key.len())
}

/// Where the value begins when a colon follows byte `at` of `text` (spaces allowed around it).
fn colon_value(text: &str, at: usize) -> Option<usize> {
    let rest = text[at..].trim_start();
    let value = rest.strip_prefix([':', '：'])?;
    Some(text.len() - value.trim_start().len())
}

fn han_run(s: &str) -> String {
    s.chars().take_while(|&c| is_han(c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(people: &[Contributor]) -> Vec<(String, Role)> {
        people.iter().map(|c| (c.name.clone(), c.role)).collect()
    }

    #[test]
    fn a_roster_entry_is_a_post_and_its_holder() {
        for entry in ["党支部书记、村委会主任：王建军", "队　员：冯建设（商镇人民政府）", "第一书记、队长：孙浩然（丹凤县财政局）"] {
            assert!(is_roster_entry(entry), "{entry}");
        }
        assert!(!is_roster_entry("主要做法：建强班子"), "a field of words, no name");
        assert!(!is_roster_entry("参会人员：王建军、李秋菊"), "two holders");
        assert!(!is_roster_entry("王建军说：大家好"));
        assert!(!is_roster_entry("本版责任编辑：孙某"), "a credit");
        assert!(!is_roster_entry("（"));
    }

    #[test]
    fn long_role_words_open_a_byline() {
        assert!(opens_with_long_role_word("记者 张三 报道"));
        assert!(opens_with_long_role_word("本报记者李四"));
        assert!(!opens_with_long_role_word("摄 王五"), "one character");
        assert!(!opens_with_long_role_word("村里修了路"));
        assert!(!opens_with_long_role_word(""));
    }

    #[test]
    fn every_word_starts_with_a_start_character() {
        let words = ROLE_WORDS
            .iter()
            .map(|(w, _)| *w)
            .chain(TRAILERS.iter().copied());
        for w in words {
            assert!(w.chars().next().is_some_and(may_start_word), "{w}");
        }
        assert!(!may_start_word('村'));
    }

    #[test]
    fn lead_with_several_correspondents() {
        let text = "本报讯(通讯员张三 李四)今天开会。";
        let l = lead(text, 10).unwrap();
        assert_eq!(l.source, "本报讯");
        assert_eq!(
            names(&l.contributors),
            vec![
                ("张三".into(), Role::Correspondent),
                ("李四".into(), Role::Correspondent)
            ]
        );
        assert_eq!(l.body_start - 10, text.find("今天").unwrap());
        assert_eq!(
            l.contributors[1].span.start - 10,
            text.find("李四").unwrap()
        );
    }

    #[test]
    fn lead_with_reporter_and_correspondent_in_bold() {
        let l = lead("**本报讯(记者 王五 通讯员 赵六)**全市推进。", 0).unwrap();
        assert_eq!(
            names(&l.contributors),
            vec![
                ("王五".into(), Role::Reporter),
                ("赵六".into(), Role::Correspondent)
            ]
        );
    }

    #[test]
    fn agency_lead() {
        let l = lead("新华社北京3月5日电(记者 钱七)会议召开。", 0).unwrap();
        assert_eq!(l.source, "新华社");
        assert_eq!(
            names(&l.contributors),
            vec![("钱七".into(), Role::Reporter)]
        );
        assert!(lead("今天下午,村里开会。", 0).is_none());
        // a phone line names no wire: `报` closes an agency's name, `电话` no mark
        assert!(lead("县纪委监委举报电话：12388", 0).is_none());
        assert!(source_mark("县日报电视台记者到场").is_none());
        assert_eq!(source_mark("新华社北京9月3日电商务部新闻发言人表示").map(|(s, _)| s), Some("新华社".to_string()));
        assert!(
            lead("□本报记者 孙甲 通讯员 周乙", 0).is_none(),
            "通讯员 is no source mark"
        );
        assert_eq!(
            lead("本报平山讯 全县开展活动。", 0).unwrap().source,
            "本报讯"
        );
        assert_eq!(lead("据新华社电 会议召开。", 0).unwrap().source, "新华社");
        let l = lead("本报讯 记者 许巳 报道:全县开展活动。", 0).unwrap();
        assert_eq!(
            names(&l.contributors),
            vec![("许巳".into(), Role::Reporter)]
        );
        assert!(
            l.contributors.len() == 1
                && "本报讯 记者 许巳 报道:全县开展活动。"[l.body_start..].starts_with("全县")
        );
        let text = "本报讯 记者 许巳 通讯员 花申 近日,全县开展活动。";
        let l = lead(text, 0).unwrap();
        assert_eq!(
            names(&l.contributors),
            vec![
                ("许巳".into(), Role::Reporter),
                ("花申".into(), Role::Correspondent)
            ]
        );
        assert!(text[l.body_start..].starts_with("近日"));
    }

    #[test]
    fn a_byline_wrapped_inside_a_name_is_read_whole() {
        let text = "全县开展了植树活动。(记者 何\n午)";
        let (at, who) = trailing_byline(text, 0).unwrap();
        assert_eq!(&text[..at], "全县开展了植树活动。");
        assert_eq!(names(&who), vec![("何午".into(), Role::Reporter)]);
        assert_eq!(&text[who[0].span.start..who[0].span.end], "何\n午");
    }

    #[test]
    fn a_closing_bracket_may_name_the_source() {
        let text = "歌会吸引游客近万人。(来源:某县融媒体中心)";
        let (at, source) = trailing_source(text).unwrap();
        assert_eq!((&text[..at], source), ("歌会吸引游客近万人。", "某县融媒体中心"));
        assert_eq!(trailing_source("(据某日报)").map(|(_, s)| s), Some("某日报"));
        // a box's data source, or a bracket inside a sentence, is no source of the story
        assert_eq!(trailing_source("(数据来源:县统计局)"), None);
        assert_eq!(trailing_source("收入增长12%。(据统计)"), None);
        assert_eq!(trailing_source("（县人社局　供稿）"), Some((0, "县人社局")));
        assert_eq!(trailing_source("（供稿：某镇）"), Some((0, "某镇")));
        assert_eq!(trailing_source("收入增加(据测算)"), None);
    }

    #[test]
    fn trailing_bylines() {
        let text = "全县开展了活动。(记者 何午 通讯员 吕未)";
        let (at, who) = trailing_byline(text, 0).unwrap();
        assert_eq!(&text[..at], "全县开展了活动。");
        assert_eq!(
            names(&who),
            vec![
                ("何午".into(), Role::Reporter),
                ("吕未".into(), Role::Correspondent)
            ]
        );
        assert!(trailing_byline("全县开展了活动(含培训)", 0).is_none());
        // the outlet that sent a brief and its reporter
        let text = "全县开展了活动。(某县融媒体中心 何午)";
        let (at, outlet, who) = trailing_outlet_byline(text, 0).unwrap();
        assert_eq!((&text[..at], outlet), ("全县开展了活动。", "某县融媒体中心"));
        assert_eq!(names(&who), vec![("何午".into(), Role::Reporter)]);
        for text in ["全县开展了活动(某县融媒体中心 何午)", "全县开展了活动。(某县农业农村局 何午)", "全县开展了活动。(数据来源 某县统计局)"] {
            assert!(trailing_outlet_byline(text, 0).is_none(), "{text}");
        }
        let (_, who) = trailing_byline("全县开展了活动。(何午 吕未)", 0).unwrap();
        assert_eq!(
            names(&who),
            vec![("何午".into(), Role::Correspondent), ("吕未".into(), Role::Correspondent)]
        );
        let (_, who) = trailing_byline("全县开展了活动。(何午)", 0).unwrap();
        assert_eq!(names(&who), vec![("何午".into(), Role::Author)]);
        assert!(trailing_byline("全县开展了活动。(王村)", 0).is_none());
        assert!(trailing_byline("全县开展了活动(何午)", 0).is_none());
        let text = "全县完成改造312户。 记者 何午";
        let (at, who) = trailing_byline(text, 0).unwrap();
        assert_eq!((&text[..at], names(&who)), ("全县完成改造312户。", vec![("何午".into(), Role::Reporter)]));
        assert!(trailing_byline("全县完成改造312户。 记者在现场看到", 0).is_none());
        assert!(trailing_byline("全县完成改造312户。记者 何午", 0).is_none());
        let (at, who) = trailing_byline("(何午 吕未)", 0).unwrap();
        assert_eq!((at, who.len()), (0, 2));
        assert!(trailing_byline("全县有两个村(东村 西村)", 0).is_none());
        assert!(trailing_byline("（某镇　供稿）", 0).is_none());
        // a note on the author closing a signed piece
        let (at, who) = trailing_byline("（作者：林甲，系某省第十批援藏工作队队员，现任某县副县长）", 0).unwrap();
        assert_eq!((at, names(&who)), (0, vec![("林甲".into(), Role::Author)]));
        assert!(author_note("借阅量最大的是长篇小说《山乡巨变》（作者：周某，系湖南人）", 0).is_none());
        let (at, who) = trailing_byline("（县乡村振兴局　供稿　撰稿人：马某）", 0).unwrap();
        assert_eq!((at, names(&who)), (0, vec![("马某".into(), Role::Author)]));
        let (_, who) = trailing_byline("（执笔：杜某某　许某）", 0).unwrap();
        assert_eq!(names(&who), vec![("杜某某".into(), Role::Author), ("许某".into(), Role::Author)]);
        assert!(trailing_byline("（执笔：某县乡村振兴局办公室）", 0).is_none());
        assert!(lead("记者从市教育局获悉", 0).is_none());
    }

    #[test]
    fn a_research_group_signs_its_report() {
        let b = byline_line("□县委政研室课题组", 0).unwrap();
        assert_eq!(names(&b.contributors), vec![("县委政研室课题组".into(), Role::Author)]);
        assert_eq!(b.contributors[0].span, Span::new(3, 3 + "县委政研室课题组".len()));
        assert!(byline_line("□课题组成员深入12个乡镇", 0).is_none());
    }

    #[test]
    fn byline_lines() {
        let b = byline_line("□记者 孙甲 通讯员 周乙 吴丙", 0).unwrap();
        assert_eq!(
            names(&b.contributors),
            vec![
                ("孙甲".into(), Role::Reporter),
                ("周乙".into(), Role::Correspondent),
                ("吴丙".into(), Role::Correspondent)
            ]
        );
        let b = byline_line("(文/郑丁 图/冯戊、陈己、褚庚)", 0).unwrap();
        assert_eq!(b.contributors[0].role, Role::Author);
        assert_eq!(
            b.contributors
                .iter()
                .filter(|c| c.role == Role::Photographer)
                .count(),
            3
        );
        let b = byline_line("文/本报记者 郑丁　　图/本报记者 冯戊", 0).unwrap();
        assert_eq!(names(&b.contributors), vec![("郑丁".into(), Role::Author), ("冯戊".into(), Role::Photographer)]);
        let b = byline_line("□本报记者 苏木 实习记者 林泉", 0).unwrap();
        assert_eq!(
            names(&b.contributors),
            vec![
                ("苏木".into(), Role::Reporter),
                ("林泉".into(), Role::Reporter)
            ],
            "实习记者 is a role word, not a name"
        );
        let b = byline_line("责任编辑:卫辛", 0).unwrap();
        assert_eq!(names(&b.contributors), vec![("卫辛".into(), Role::Editor)]);
        assert!(byline_line("记者从市教育局获悉,今年全市招生。", 0).is_none());
        assert!(byline_line("强化基本保障", 0).is_none());
        assert!(
            byline_line("编辑部的故事", 0).is_none(),
            "编辑部 is no editor credit"
        );
        // a column's writer under its headline: an open square and the name, spaced out or not
        for (line, name) in [("□ 叶　青", "叶青"), ("□钟　文", "钟文"), ("□柳叶", "柳叶")] {
            let b = byline_line(line, 0).unwrap();
            assert_eq!(names(&b.contributors), vec![(name.to_string(), Role::Author)], "{line}");
        }
        // several writers, a name a word
        let b = byline_line("□ 王小明　李红　赵大山", 0).unwrap();
        assert_eq!(names(&b.contributors), [("王小明", Role::Author), ("李红", Role::Author), ("赵大山", Role::Author)].map(|(n, r)| (n.to_string(), r)).to_vec());
        assert!(byline_line("□ 加强领导　压实责任", 0).is_none_or(|b| b.contributors.is_empty()));
        for line in ["□ 金秋　田园", "□ 文明新风　田园风光"] {
            assert!(byline_line(line, 0).is_none_or(|b| b.contributors.len() < 2), "{line}");
        }
        // an essay's writer with the body they write from, under either mark
        for (line, name) in [("■ 柳叶　中共某市委党校", "柳叶"), ("■ 王　静　某县农业农村局", "王静")] {
            let b = byline_line(line, 0).unwrap();
            assert_eq!(names(&b.contributors), vec![(name.to_string(), Role::Author)], "{line}");
            let span = b.contributors[0].span;
            assert!(line[span.start..span.end].starts_with(&name[..3]), "{line}");
        }
        for line in ["■数读", "□数读", "□强化组织领导", "□ 一是加强领导", "■ 县域 产业发展研究会"] {
            assert!(byline_line(line, 0).is_none_or(|b| b.contributors.is_empty()), "{line}");
        }
        let b = byline_line("校对:松针", 0).unwrap();
        assert!(b.contributors.is_empty());
        let b = byline_line("本期编辑:柳叶　　审核:松针　　　(共印60份)", 0).unwrap();
        assert_eq!(names(&b.contributors), vec![("柳叶".into(), Role::Editor), ("松针".into(), Role::Editor)]);
        let b = byline_line("审核:松针", 0).unwrap();
        assert_eq!(names(&b.contributors), vec![("松针".into(), Role::Editor)]);
        // a subhead opening with such a word is text
        assert!(byline_line("统筹资金 集中投入", 0).is_none());
        assert!(byline_line("审核把关 确保精准", 0).is_none());
        let b = byline_line("(编辑:柳叶 审核:松针 终审:竹影 校对:石榴)", 0).unwrap();
        let editors = ["柳叶", "松针", "竹影"].map(|n| (n.to_string(), Role::Editor));
        assert_eq!(names(&b.contributors), editors);
        let b = byline_line("(县农业农村局 供稿　　审核:松针　　编辑:柳叶)", 0).unwrap();
        assert_eq!(names(&b.contributors), vec![("松针".into(), Role::Editor), ("柳叶".into(), Role::Editor)]);
        let b = byline_line("某某日报社出版　　责任编辑:柳叶　　美术编辑:松针　　版式:竹影", 0).unwrap();
        assert_eq!(names(&b.contributors), vec![("柳叶".into(), Role::Editor)]);
        assert!(byline_line("县农业农村局供稿的数据显示", 0).is_none());
    }

    #[test]
    fn byline_lines_of_other_papers() {
        let b = byline_line("本报通讯员 于甲 记者 孟乙", 0).unwrap();
        assert_eq!(
            names(&b.contributors),
            vec![
                ("于甲".into(), Role::Correspondent),
                ("孟乙".into(), Role::Reporter)
            ]
        );
        let b = trailing_byline("村民增收有了新门路。(记者 于甲 摄像 孟乙)", 0).unwrap().1;
        assert_eq!(names(&b), vec![("于甲".into(), Role::Reporter), ("孟乙".into(), Role::Photographer)]);
        let b = byline_line("本报记者　陈　晨", 0).unwrap();
        assert_eq!(names(&b.contributors), vec![("陈晨".into(), Role::Reporter)]);
        let b = byline_line("记者 于甲 实习生 孟乙", 0).unwrap();
        assert_eq!(names(&b.contributors), vec![("于甲".into(), Role::Reporter), ("孟乙".into(), Role::Reporter)]);
        let b = byline_line("全媒体记者 郑丙 通讯员 刘丁", 0).unwrap();
        assert_eq!(b.contributors[0].name, "郑丙");
        assert_eq!(b.contributors[0].role, Role::Reporter);
        assert!(
            byline_line("记者手记", 0).is_none(),
            "a column label credits no one"
        );
        let b = byline_line("某市融媒体中心记者 章戊", 0).unwrap();
        assert_eq!(names(&b.contributors), vec![("章戊".into(), Role::Reporter)]);
        // an outlet alone, or a place before a role word, is no byline prefix
        assert!(byline_line("某市融媒体中心", 0).is_none());
        assert!(byline_line("村委会记者 章戊", 0).is_none());
    }

    #[test]
    fn an_official_signs_a_speech() {
        let b = signature_line("某县委书记 林甲", 0).unwrap();
        assert_eq!(names(&b.contributors), vec![("林甲".into(), Role::Author)]);
        assert_eq!(b.contributors[0].span, Span::new(16, 22));
        assert!(signature_line("某县委书记林甲", 0).is_none());
        let b = letter_signoff("某县者密镇新场村　王德明", 0).unwrap();
        assert_eq!((b.contributors[0].name.as_str(), b.contributors[0].role), ("王德明", Role::Author));
        assert_eq!(b.contributors[0].span, Span::new("某县者密镇新场村　".len(), "某县者密镇新场村　王德明".len()));
        assert!(letter_signoff("新场村　全面推进", 0).is_none());
        assert!(letter_signoff("某县农业农村局　王德明", 0).is_none());
        assert!(signature_line("全县干部 积极参与", 0).is_none());
        assert!(signature_line("县长 说明了情况。", 0).is_none());
        // a journal's editor signs its opening essay
        assert!(signature_line("某县农业农村局　制图", 0).is_none());
        let b = signature_line("县委常委、副县长　李某某", 0).unwrap();
        assert_eq!(b.contributors[0].name, "李某某");
        assert_eq!(signature_line("某县乡村振兴局　赵永强", 0).unwrap().contributors[0].name, "赵永强");
        let b = signature_line("本刊执行主编　王小明", 0).unwrap();
        assert_eq!(names(&b.contributors), vec![("王小明".into(), Role::Author)]);
    }

    #[test]
    fn footer_credits_in_brackets() {
        let text = "【纠错】 【责任编辑:柏舟】";
        let b = bracketed_credits(text, 5).unwrap();
        assert_eq!(names(&b.contributors), vec![("柏舟".into(), Role::Editor)]);
        assert_eq!(b.contributors[0].span.start - 5, text.find("柏舟").unwrap());
        let b = bracketed_credits("[编辑:葛覃][打印]", 0).unwrap();
        assert_eq!(names(&b.contributors), vec![("葛覃".into(), Role::Editor)]);
        assert!(bracketed_credits("【打印】 【关闭】", 0).is_none());
        assert!(
            bracketed_credits("【责任编辑:柏舟】全县召开大会。", 0).is_none(),
            "text outside the brackets makes no footer"
        );
        assert!(bracketed_credits("【编辑部的故事】", 0).is_none());
        assert!(bracketed_credits("【责任编辑:柏舟", 0).is_none());
    }

    /// The photo credit of `text`, found as the page finds it.
    fn credit(text: &str) -> Option<(usize, Vec<Contributor>)> {
        photo_credit(text, 0, PICTURE.find(text.as_bytes()))
    }

    #[test]
    fn photo_credits() {
        let text = "村民在田里收割。 蒋壬 摄";
        let (start, who) = credit(text).unwrap();
        assert_eq!(names(&who), vec![("蒋壬".into(), Role::Photographer)]);
        assert_eq!(&text[..start], "村民在田里收割。");
        let (_, who) = credit("图为志愿者清扫街道。记者 沈癸摄").unwrap();
        assert_eq!(names(&who), vec![("沈癸".into(), Role::Photographer)]);
        let (_, who) = credit("居民送来锦旗。(本报记者 韩子 摄)").unwrap();
        assert_eq!(names(&who), vec![("韩子".into(), Role::Photographer)]);
        let (_, who) = credit("杨丑 朱寅 摄").unwrap();
        assert_eq!(who.len(), 2);
        assert!(credit("大家一起拍摄").is_none());
        let text = "志愿者们在社区广场为老人们包饺子送温暖 蒋壬 摄";
        let (start, who) = credit(text).unwrap();
        assert_eq!(&text[..start], "志愿者们在社区广场为老人们包饺子送温暖");
        assert_eq!(who.len(), 1);
        let (_, who) = credit("图为新建的村文化广场。(图/秦卯)").unwrap();
        assert_eq!(names(&who), vec![("秦卯".into(), Role::Photographer)]);
        let (_, who) = credit("志愿者走访老人。记者 尤辰 摄影报道").unwrap();
        assert_eq!(names(&who), vec![("尤辰".into(), Role::Photographer)]);
        // an outlet's name before the role word is no person
        let (start, who) = credit("某县融媒体中心记者 邹午 摄").unwrap();
        assert_eq!((start, names(&who)), (0, vec![("邹午".into(), Role::Photographer)]));
    }

    #[test]
    fn meta_line() {
        // a list page's bracketed date over a brief
        let m = meta("【2024-05-24】　来源：某某乡", 0).unwrap();
        assert_eq!((m.published_at.as_deref(), m.source.as_str()), (Some("2024-05-24"), "某某乡"));
        // a site's story signed by who wrote it up
        let who = byline_line("撰稿：周某", 0).unwrap();
        assert_eq!(who.contributors[0].role, Role::Author);
        assert!(byline_line("撰稿工作已经完成", 0).is_none());
        let m = meta("时间:2019-03-02 08:05某某网(www.example.cn)", 0).unwrap();
        assert_eq!(m.published_at.as_deref(), Some("2019-03-02T08:05"));
        assert_eq!(m.source, "某某网");
        let m = meta("来源：县融媒体中心", 0).unwrap();
        assert_eq!(m.source, "县融媒体中心");
        assert!(meta("时间过得真快", 0).is_none());
        let m = meta("作者:林海 来源:某某日报 发布时间:2020-01-02 09:30", 0).unwrap();
        assert_eq!(m.source, "某某日报");
        assert_eq!(m.published_at.as_deref(), Some("2020-01-02T09:30"));
        assert_eq!(names(&m.contributors), vec![("林海".into(), Role::Author)]);
        let m = meta("2020-05-06 10:20:30 来源:某某网", 0).unwrap();
        assert_eq!(
            (m.source.as_str(), m.published_at.as_deref()),
            ("某某网", Some("2020-05-06T10:20"))
        );
        let m = meta("信息来源:某县扶贫办 发布日期:2020-05-06 浏览次数:12", 0).unwrap();
        assert_eq!(m.source, "某县扶贫办");
        let m = meta("更新时间：2023-12-06　　来源：某镇人民政府　　浏览次数：736", 0).unwrap();
        assert_eq!((m.source.as_str(), m.date.map(|d| d.to_string())), ("某镇人民政府", Some("2023-12-06".to_string())));
        let m = meta("发布时间:2021-01-02 08:00  来源:某某报  作者:柳青 石岩", 0).unwrap();
        assert_eq!(
            names(&m.contributors),
            vec![("柳青".into(), Role::Author), ("石岩".into(), Role::Author)]
        );
        let m = meta("发布时间：2025-01-08　　作者：柳青　　审核：石岩　　点击数：3862", 0).unwrap();
        assert_eq!(names(&m.contributors), vec![("柳青".into(), Role::Author), ("石岩".into(), Role::Editor)]);
        let text = "时间:2021-03-04 10:00 来源:某某日报 作者:柳青 石岩  责任编辑:桑柔";
        let m = meta(text, 0).unwrap();
        assert_eq!(
            names(&m.contributors),
            vec![
                ("柳青".into(), Role::Author),
                ("石岩".into(), Role::Author),
                ("桑柔".into(), Role::Editor)
            ]
        );
        assert_eq!(m.contributors[2].span.start, text.find("桑柔").unwrap());
        let m = meta("来源:某某网 编辑:采薇 责编:鹿鸣", 0).unwrap();
        assert_eq!(
            names(&m.contributors),
            vec![("鹿鸣".into(), Role::Editor), ("采薇".into(), Role::Editor)]
        );
        let m = meta("责任编辑:桑柔 来源:某某报", 0).unwrap();
        assert_eq!(m.source, "某某报");
        assert_eq!(names(&m.contributors), vec![("桑柔".into(), Role::Editor)]);
        assert!(meta("责任编辑:桑柔", 0).is_none(), "alone it is a byline");
        assert!(meta("编辑:采薇认为今年的收成不错", 0).is_none());
        let m = meta("来源:某某报 编辑部主任说:全县开会", 0).unwrap();
        assert!(m.contributors.is_empty(), "编辑部 is no editor field");
        let m = meta("作者:柳青  来源:某某报", 0).unwrap();
        assert_eq!(names(&m.contributors), vec![("柳青".into(), Role::Author)]);
        assert_eq!(m.source, "某某报");
    }
}
