//! Page furniture: what a page prints around its stories and no story owns — page numbers, web
//! navigation and link lists, copyright and disclaimer lines, the page's own dateline.

use super::line::{at_most_chars, char_len, chars_within, ends_sentence, is_punct_only};
use crate::model::{Date, DiscardReason};
use crate::quantity::table::wide_cells;
use crate::quantity::words::{has_prefix, words_of, Heads};

/// Longest line the rules of short lines read (boilerplate; folios and navigation are shorter).
const MAX_SHORT_LINE_CHARS: usize = 80;

/// Why a line on its own is furniture, if it is.
pub(crate) fn furniture(text: &str) -> Option<DiscardReason> {
    // the characters of a short line, counted once for every rule's bound: a text has at most
    // `n` characters exactly when it counts at most `n`
    let short = chars_within(text, MAX_SHORT_LINE_CHARS);
    let within = |n: usize| short.is_some_and(|count| count <= n);
    if is_page_number(text, within(16))
        || within(MAX_RUNNING_HEAD_CHARS) && (is_running_head(text) || is_site_running_head(text))
        || within(16) && is_page_of_pages(text)
    {
        Some(DiscardReason::PageNumber)
    } else if is_navigation(text, within) {
        Some(DiscardReason::Navigation)
    } else if is_boilerplate(text, within) || within(MAX_RECORD_FIELD_CHARS) && is_record_field(text) {
        Some(DiscardReason::Boilerplate)
    } else if is_ticker(text) || within(MAX_PAGER_CHARS) && (is_pager_count(text) || is_pager_links(text)) {
        Some(DiscardReason::Navigation)
    } else if within(MAX_WATERMARK_CHARS) && is_app_watermark(text) || within(MAX_PLACEHOLDER_CHARS) && is_picture_placeholder(text) {
        Some(DiscardReason::Boilerplate)
    } else if is_folded_post(text) {
        // the folded copy of a long post, printed whole below it
        Some(DiscardReason::PullQuote)
    } else if is_punct_only(text) {
        // the lone quote marks and rules that frame a pull quote
        Some(DiscardReason::PullQuote)
    } else if is_other_script(text) {
        Some(DiscardReason::Boilerplate)
    } else if is_latin_prose(text) {
        Some(DiscardReason::Duplicate)
    } else if within(MAX_MASTHEAD_LINE_CHARS) && (is_periodicity(text) || is_romanised_masthead(text)) {
        Some(DiscardReason::Boilerplate)
    } else if within(MAX_LIST_END_CHARS) && is_list_end(text) || within(MAX_TITLE_BAR_CHARS) && is_app_title_bar(text) || is_contents_entry(text) == Some(Leader::Dots) || is_labelled_attachment(text) {
        Some(DiscardReason::Navigation)
    } else {
        None
    }
}

/// `མགོ་ལོག་ཚགས་པར།` over `果洛报`: a bilingual page prints its masthead and each headline
/// again in the region's script (Tibetan, Uyghur, Mongolian, Yi…). Such a line, with no Han
/// character and written in a script other than Latin, carries no Chinese text for the
/// records; it is set aside with the page's furniture, not read into a story.
fn is_other_script(text: &str) -> bool {
    // most lines open with a Han character or an ASCII one: told by the first byte (a Han
    // character's lead byte is 0xE3–0xE9; Tibetan's, Mongolian's and Yi's are 0xE0, 0xE1 and
    // 0xEA, Arabic script's 0xD8–0xDB)
    let t = super::line::trim(text);
    if !t.bytes().next().is_some_and(|b| matches!(b, 0xC0..=0xE2 | 0xEA..=0xEF)) {
        return false;
    }
    // (letters from Greek on, not Latin with accents, `Ānquán`, nor full-width Latin, `ＰＭ`)
    let mut letters = 0;
    for c in t.chars() {
        if super::line::is_han(c) {
            return false;
        }
        if c.is_alphabetic() && c >= '\u{370}' && !('\u{FF00}'..='\u{FFEF}').contains(&c) {
            letters += 1;
        }
    }
    letters >= MIN_OTHER_SCRIPT_LETTERS
}

/// `In mid-March, rows of green beans…` under its Chinese paragraph: a bilingual page follows
/// each paragraph, headline and caption with its English translation. A line of English prose,
/// with no Han character and at least [`MIN_PROSE_WORDS`] words, repeats the Chinese in another
/// language and is set aside as a duplicate. Short Latin lines (`XICHUAN BAO`, a pinyin
/// masthead, a unit, a name) are left to the other rules.
fn is_latin_prose(text: &str) -> bool {
    let t = super::line::trim(text);
    if !t.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'"' | b'\'' | b'(' | 0xE2)) {
        return false;
    }
    let (mut words, mut in_word, mut letters) = (0, false, 0);
    for c in t.chars() {
        if super::line::is_han(c) {
            return false;
        }
        let letter = c.is_ascii_alphabetic();
        letters += usize::from(letter);
        words += usize::from(letter && !in_word);
        in_word = letter || in_word && matches!(c, '\'' | '-');
    }
    words >= MIN_PROSE_WORDS && letters * 2 >= t.len()
}

/// Longest line read as a line of a journal's masthead.
const MAX_MASTHEAD_LINE_CHARS: usize = 24;

/// How often a periodical comes out, as its masthead prints it (`月刊　每月5日出版`).
const PERIODICITIES: [&str; 6] = ["月刊", "半月刊", "双月刊", "季刊", "旬刊", "周刊"];

/// `月刊　每月5日出版`, `半月刊`: a journal's masthead line saying when it comes out.
fn is_periodicity(text: &str) -> bool {
    // every periodicity opens with one of six characters: most lines are told by their first
    if !text.trim_start().starts_with(['月', '半', '双', '季', '旬', '周']) {
        return false;
    }
    let mut words = text.split_whitespace();
    words.next().is_some_and(|w| PERIODICITIES.contains(&w)) && words.all(|w| w.ends_with("出版") && w.chars().any(|c| c.is_ascii_digit()))
}

/// `XIANGCUN ZHENXING`: a journal's or a paper's name spelt out in capitals under its masthead,
/// two words or more of capital letters and nothing else.
fn is_romanised_masthead(text: &str) -> bool {
    let t = super::line::trim(text);
    // (the bytes first: most lines fail on their first)
    capitals_only(t, b"") && t.split(' ').filter(|w| !w.is_empty()).count() >= 2
}

/// Longest name in Latin letters read under a site's name.
const MAX_ROMANISED_NAME_BYTES: usize = 64;

/// `WANZAI COUNTY PEOPLE'S HOSPITAL`: a site's name spelt out in capitals under its Han name,
/// its marks allowed as a masthead's are not.
pub(crate) fn is_romanised_name(text: &str) -> bool {
    let t = super::line::trim(text);
    t.len() <= MAX_ROMANISED_NAME_BYTES && t.bytes().any(|b| b.is_ascii_uppercase()) && capitals_only(t, b"'.&-")
}

/// Whether `t` holds only capital Latin letters, spaces and the bytes of `marks`.
fn capitals_only(t: &str, marks: &[u8]) -> bool {
    t.bytes().all(|b| b.is_ascii_uppercase() || b == b' ' || marks.contains(&b))
}

/// Fewest wide spaces that lead a contents entry's title out to its page number.
const MIN_LEADER_SPACES: usize = 6;

/// How a contents entry runs its title out to its page number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Leader {
    /// `……`, `....`: a line of its own is an entry.
    Dots,
    /// A wide gap, as a table's row also prints one: an entry only among others.
    Gap,
}

/// `一片茶叶托起一方富民产业…………24`, `秭归：一颗脐橙的数字化转型之路　　　　　　17`: an entry of
/// a journal's contents, a title of four Han characters or more run out to its page number
/// (one to three digits) by leader dots or a wide gap; which of the two, if it is one.
pub(crate) fn is_contents_entry(text: &str) -> Option<Leader> {
    let t = text.trim_end();
    // most lines end on no digit: told by the last byte
    let digits = t.bytes().rev().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let head = &t[..t.len() - digits];
    let title = head.trim_end_matches(['…', '.', '·', '．', '-', '－', '—', '\u{3000}', ' ']);
    // (four Han characters at least)
    title.chars().filter(|&c| super::line::is_han(c)).nth(3)?;
    let leader = &head[title.len()..];
    let dots = leader.chars().filter(|c| matches!(c, '…' | '.' | '·' | '．')).count();
    let spaces = leader.chars().filter(|&c| c == '\u{3000}').count() + leader.bytes().filter(|&b| b == b' ').count() / 2;
    if dots >= 3 {
        Some(Leader::Dots)
    } else {
        (spaces >= MIN_LEADER_SPACES).then_some(Leader::Gap)
    }
}

/// Longest line read as the end mark of a list or of a video's captions.
const MAX_LIST_END_CHARS: usize = 16;

/// `—— 没有更多了 ——` under the last post of a feed, `字幕` over a video's transcript, and
/// `END` or `— 完 —` under a post's last paragraph: marks of the app or the account that
/// shows the page, no text of a story.
fn is_list_end(text: &str) -> bool {
    let t = text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '—' | '-' | '－' | '─' | '·'));
    matches!(t, "没有更多了" | "没有更多内容了" | "已经到底了" | "到底了" | "暂无更多" | "字幕" | "完" | "（完）" | "(完)")
        || t.eq_ignore_ascii_case("END")
        || t.eq_ignore_ascii_case("THE END")
}

/// Fewest words that make a Latin line prose ([`is_latin_prose`]).
const MIN_PROSE_WORDS: usize = 6;

/// Fewest letters of another script that make a line one ([`is_other_script`]).
const MIN_OTHER_SCRIPT_LETTERS: usize = 2;

/// `33`, `３`, `第5版`, `- 12 -`, `A3`: a folio (`short` when it has at most 16 characters).
fn is_page_number(text: &str, short: bool) -> bool {
    if !short {
        return false;
    }
    // (`·24·`: a journal sets its folio between middle dots)
    let t = text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '—' | '–' | '－' | '·'));
    let t = t
        .strip_prefix('第')
        .and_then(|t| t.strip_suffix('版'))
        .unwrap_or(t);
    let t = t
        .strip_prefix(|c: char| c.is_ascii_uppercase())
        .filter(|r| !r.is_empty())
        .unwrap_or(t);
    (1..=3).contains(&char_len(t))
        && t.chars()
            .all(crate::charset::is_digit)
}

/// Longest line read as a scrape's placeholder of a picture.
const MAX_PLACEHOLDER_CHARS: usize = 60;

/// `[图片]`, `[图片] chart_01.jpg`: where a scrape left a picture out, with at most the file's
/// name; the picture's caption, if any, is the line under it.
pub(super) fn is_picture_placeholder(text: &str) -> bool {
    let t = super::line::trim(text);
    // what a page that loads its pictures late prints in their place (`图片加载中…`)
    if ["图片加载中", "正在加载", "加载中"].iter().any(|w| t.strip_prefix(w).is_some_and(|r| r.trim_matches(['…', '.', '。']).is_empty())) {
        return true;
    }
    let rest = ["[图片]", "［图片］", "【图片】", "[图]", "[视频]", "［视频］"].iter().find_map(|m| t.strip_prefix(m));
    rest.is_some_and(|r| {
        let file = r.trim();
        let named = |f: &str| [".jpg", ".jpeg", ".png", ".gif", ".webp", ".JPG", ".PNG", ".mp4"].iter().any(|e| f.ends_with(e));
        file.is_empty() || file.is_ascii() && !file.contains(' ') && named(file)
    })
}

/// `第1页 共2页`, `第1页/共2页`: a scanned document's page of pages; `—— 2/4 ——`: a text
/// edition's (set between dashes, where a bare `2/4` could be a cell of a table).
fn is_page_of_pages(text: &str) -> bool {
    let t = super::line::trim(text);
    let dashes = |c: char| matches!(c, '-' | '—' | '–' | '－' | '─');
    // either form is told at once: the edition's opens with a dash, the document's says `页`
    if !t.starts_with(dashes) && !t.contains('页') {
        return false;
    }
    let inner = t.trim_start_matches(dashes).trim_end_matches(dashes);
    if inner.len() < t.len() && t.starts_with(dashes) && t.ends_with(dashes) {
        let number = |w: &str| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
        let page = inner.trim().split_once(['/', '／']).filter(|(a, b)| number(a) && number(b));
        return page.is_some_and(|(a, b)| a.parse::<u16>().ok() <= b.parse::<u16>().ok());
    }
    let count = |w: &str| w.strip_suffix('页').and_then(|w| w.strip_prefix(['第', '共'])).is_some_and(|n| !n.is_empty() && n.chars().all(crate::charset::is_digit));
    let mut parts = t.split(|c: char| c.is_whitespace() || matches!(c, '/' | '／' | '，' | ',')).filter(|p| !p.is_empty());
    matches!((parts.next(), parts.next(), parts.next()), (Some(a), Some(b), None) if count(a) && count(b) && a.starts_with('第') != b.starts_with('第'))
}

/// Longest line of a list page's counter of items.
const MAX_PAGER_CHARS: usize = 40;

/// `共2页：上一页　1　2　下一页`: the links between the pages a site cut a long text into,
/// printed where the cut falls (often mid-sentence). Every word is a page's number or a link.
fn is_pager_links(text: &str) -> bool {
    let t = super::line::trim(text);
    let links = ["上一页", "下一页", "首页", "尾页", "末页"];
    let word = |w: &str| {
        links.contains(&w)
            || !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
            || w.strip_prefix('共').and_then(|w| w.strip_suffix('页')).is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    // every word is one of those: a line whose first character opens none is told at once,
    // before the line is searched for the links
    let first = t.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '：')).chars().next();
    if !first.is_some_and(|c| c.is_ascii_digit() || matches!(c, '上' | '下' | '首' | '尾' | '末' | '共')) {
        return false;
    }
    (t.contains("上一页") || t.contains("下一页")) && t.split(|c: char| c.is_whitespace() || matches!(c, ':' | '：')).filter(|w| !w.is_empty()).all(word)
}

/// `共18条　每页6条　当前第1/3页`: a list page's counter of its items and pages.
fn is_pager_count(text: &str) -> bool {
    // `共N条` and `每页N条`, and no sentence
    // (`共` sought as a character: a one-character string set up a substring search per line)
    let counted = |after: Option<&str>| after.is_some_and(|rest| {
        let digits = rest.trim_start().bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && rest.trim_start()[digits..].starts_with('条')
    });
    counted(text.split('共').nth(1)) && counted(text.split("每页").nth(1)) && !text.contains(['，', '。', ','])
}

/// Longest line read as the mark a scanning or camera app stamps on a picture.
const MAX_WATERMARK_CHARS: usize = 20;

/// What a scanning or camera app stamps on its pictures, which an OCR'd page reads as text
/// (`扫描全能王 创建`, `今日水印相机 已验证`).
const APP_WATERMARKS: [&str; 5] = ["扫描全能王", "CamScanner", "今日水印相机", "今日水印", "马克水印相机"];

pub(crate) fn is_app_watermark(text: &str) -> bool {
    // the app's name opens the line, and at most a word follows (`创建`, `已验证`)
    let t = super::line::trim(text);
    // (the names compared in line: `strip_prefix` called `memcmp` for each)
    APP_WATERMARKS.iter().any(|w| has_prefix(t, w) && {
        let rest = &t[w.len()..];
        rest.trim().chars().count() <= 4 && !rest.contains(['。', '，'])
    })
}

/// Longest line read as the bar a phone app prints over a screen.
const MAX_TITLE_BAR_CHARS: usize = 48;

/// `＜　某镇工作群(86)　　···`: the bar over a screenshot of a chat, the back arrow, the chat's
/// name and member count, and the menu's dots, which OCR reads as a line of its own.
fn is_app_title_bar(text: &str) -> bool {
    let t = super::line::trim(text);
    let Some(rest) = t.strip_prefix(['<', '＜', '‹', '〈']) else {
        return false;
    };
    let name = rest.trim_end_matches(['·', '.', '…', '⋯', '•']);
    // the dots are there (two at least, set apart from the name), and what they close is a name
    // with no sentence in it
    let dots = rest[name.len()..].chars().count();
    dots >= 2 && name.ends_with(char::is_whitespace) && !name.trim().is_empty() && !name.contains(['。', '，', '；'])
}

/// Longest running head of a journal's page.
const MAX_RUNNING_HEAD_CHARS: usize = 80;

/// How the name of an office or a government ends.
const OFFICE_ENDS: [&str; 6] = ["政府", "办公室", "委员会", "局", "中心", "办"];

/// Longest section path of a site's running head (`政务公开·会议纪要`), in characters.
const MAX_SECTION_PATH_CHARS: usize = 14;

/// `台前县夹河乡人民政府　　　　　　政务公开·会议纪要`: the head a site prints over each document it
/// publishes as a PDF, the office's name and the section's path set far apart; printed again
/// on the next page, it would cut the text there.
fn is_site_running_head(text: &str) -> bool {
    // told by its bytes first: a middle dot (C2 B7), sought by its first byte, which Chinese text
    // seldom holds (most lines have none), then a wide gap of ideographic spaces, whose search
    // is set up anew for every line
    let b = text.as_bytes();
    if !memchr::memchr_iter(0xC2, b).any(|k| b.get(k + 1) == Some(&0xB7)) {
        return false;
    }
    let wide = "\u{3000}\u{3000}\u{3000}\u{3000}";
    let Some(gap) = text.find(wide) else { return false };
    let (office, path) = (text[..gap].trim(), text[gap..].trim());
    let path_ok = path.contains('·')
        && at_most_chars(path, MAX_SECTION_PATH_CHARS)
        && path.chars().all(|c| super::line::is_han(c) || c == '·');
    path_ok && office.chars().all(super::line::is_han) && OFFICE_ENDS.iter().any(|e| office.ends_with(e))
}

/// A journal page's running head or foot: cells set apart by wide gaps, one the issue
/// (`2024年第1期`) and another the folio (`·47·`), the column (`·调查研究·`) or the running title
/// (`张某，等：…`). Converted from a PDF it cuts the article's paragraphs at every page.
fn is_running_head(text: &str) -> bool {
    // told by its bytes first: an issue is printed `…第N期`, which few lines hold
    if !text.contains('期') || !text.contains('第') {
        return false;
    }
    let cells: Vec<&str> = text.split("  ").flat_map(|c| c.split("\u{3000}\u{3000}")).map(str::trim).filter(|c| !c.is_empty()).collect();
    let issue = |c: &str| {
        // `2021年第3期（总第58期）`: the running count of issues after it says no more
        let c = match c.strip_suffix(['）', ')']).and_then(|inner| inner.rfind(['（', '('])) {
            Some(open) if c[open..].contains("总第") => &c[..open],
            _ => c,
        };
        let c = c.rsplit(['\u{3000}', ' ']).next().unwrap_or(c);
        c.strip_suffix('期').and_then(|c| c.rsplit_once('第')).is_some_and(|(year, n)| {
            (year.is_empty() || year.strip_suffix('年').is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())))
                && (1..=2).contains(&n.len())
                && n.bytes().all(|b| b.is_ascii_digit())
        })
    };
    let dotted = |c: &str| c.strip_prefix('·').and_then(|c| c.strip_suffix('·')).is_some_and(|inner| !inner.is_empty() && inner.chars().count() <= 8);
    let running_title = |c: &str| c.contains("等：") || c.contains("等:");
    // `中卫史志　2021年第3期`, `乡村振兴·2024年第9期` alone: the journal's name and the issue,
    // nothing else
    let named_issue = |c: &str| {
        c.split_once(['\u{3000}', ' ', '·']).is_some_and(|(name, rest)| {
            (2..=12).contains(&name.chars().count()) && name.chars().all(super::line::is_han) && issue(rest.trim())
        })
    };
    // `2024年第9期　总第213期`: the issue alone, as a journal's masthead prints it
    let issue_alone = |c: &str| match c.split_once('\u{3000}') {
        Some((this, running)) => issue(this) && running.trim().strip_prefix("总第").and_then(|n| n.strip_suffix('期')).is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())),
        None => false,
    };
    match cells[..] {
        [one] => named_issue(one) || issue_alone(one),
        _ => cells.iter().any(|c| issue(c)) && cells.iter().any(|c| dotted(c) || running_title(c)),
    }
}

/// Starts of breadcrumb trails and web chrome.
const NAV_STARTS: &[&str] = &[
    "当前位置",
    "您的位置",
    "你的位置",
    "您现在的位置",
    "你现在的位置",
    "首页 >",
    "首页>",
    "分享到",
    "分享至",
    "打印本页",
    "打印此页",
    "关闭本页",
    "关闭窗口",
    "【打印】",
    "【关闭】",
    "【字体",
    "字体:",
    "字体：",
    "字号:",
    "字号：",
    "扫一扫",
    "返回顶部",
    "上一篇",
    "下一篇",
    "【纠错】",
    "浏览次数",
    "阅读次数",
    "点击数",
    "【我要纠错】",
    "网站地图",
    "查看更多评论",
    "查看全部评论",
    // a department's pages inside its government's site name the department so
    "部门网站：",
    "部门网站:",
];

/// The frame of an article read in a messaging app's official account, read only on a short
/// line that ends no sentence (`微信扫一扫,就能查到…。` is text).
const ACCOUNT_FRAME: &[&str] = &[
    "点击上方",
    "点击蓝字",
    "阅读原文",
    "轻触阅读原文",
    "预览时标签不可点",
    "微信扫一扫",
    "关注该公众号",
    "继续滑动看下一个",
    "向上滑动看下一个",
    "长按识别二维码",
    "长按二维码",
    // a vote page's button under each candidate
    "为TA投票",
    "为他投票",
    "为她投票",
];

/// The buttons of an app's dialog over an official account's article (`预览时标签不可点` /
/// `知道了`), read only as a whole line.
const ACCOUNT_DIALOG: [&str; 2] = ["知道了", "我知道了"];

/// Longest line read as the frame of an official account's article.
const MAX_ACCOUNT_FRAME_CHARS: usize = 24;

/// Whether `c` is the first character of one of the `NAV_STARTS`: the list is only compared
/// with a line that opens with one.
fn may_start_navigation(c: char) -> bool {
    matches!(
        c,
        '当' | '您'
            | '你'
            | '首'
            | '分'
            | '打'
            | '关'
            | '【'
            | '字'
            | '扫'
            | '返'
            | '上'
            | '下'
            | '浏'
            | '阅'
            | '点'
            | '网'
            | '轻'
            | '预'
            | '微'
            | '继'
            | '向'
            | '长'
            | '查'
            | '部'
    )
}

/// What an official account's page counts of its readers under an article: `阅读 3256`,
/// `在看 31`, and the bare buttons `分享`, `收藏`.
const READER_COUNTERS: &[&str] = &["阅读", "点赞", "在看", "分享", "收藏", "赞", "留言", "写留言", "转发", "喜欢", "发表评论", "我要评论"];

/// Longest line read as a reader counter.
const MAX_COUNTER_CHARS: usize = 12;

/// `阅读 3256`, `点赞 86`, `分享`: a counter or a button alone on its line; or a row of them
/// (`点赞 268　收藏　举报`, `回复　点赞 36`), where a comment's `回复` and `评论` count too.
fn is_reader_counter(text: &str, within: impl Fn(usize) -> bool) -> bool {
    // a row of buttons is short: longer lines are told before they are read
    if !within(MAX_COUNTER_ROW_CHARS) {
        return false;
    }
    let count = |c: char| c.is_ascii_digit() || matches!(c, '+' | '.' | '万' | 'w' | 'W' | '(' | ')' | '（' | '）');
    // the line's first word is a counter, a button or a count: a line opening otherwise is
    // turned away before its words are read out, which in prose is the whole line
    static COUNTER_HEADS: Heads = Heads::of(READER_COUNTERS);
    static ROW_ONLY_HEADS: Heads = Heads::of(&ROW_ONLY_COUNTERS);
    let opens = text.trim_start().chars().next();
    if !opens.is_some_and(|c| count(c) || COUNTER_HEADS.may_start(c) || ROW_ONLY_HEADS.may_start(c)) {
        return false;
    }
    let word = text.trim().trim_end_matches(|c: char| count(c) || matches!(c, ' ' | '\u{3000}'));
    if within(MAX_COUNTER_CHARS) && READER_COUNTERS.contains(&word) {
        return true;
    }
    let mut words = 0;
    let all = text.split_whitespace().all(|w| {
        let w = w.trim_end_matches(count);
        if w.is_empty() {
            return true;
        }
        words += 1;
        READER_COUNTERS.contains(&w) || ROW_ONLY_COUNTERS.contains(&w)
    });
    all && words >= 2
}

/// `回复　点赞 36`, `点赞 268　收藏　举报`: a row of reader counters and buttons (see
/// [`is_reader_counter`]).
pub(crate) fn is_reader_row(text: &str) -> bool {
    let short = chars_within(text, MAX_SHORT_LINE_CHARS);
    is_reader_counter(text, |n| short.is_some_and(|count| count <= n))
}

/// Longest line read as a reader's name and the time of posting.
const MAX_STAMP_CHARS: usize = 30;

/// `屏山茶客　10-16 10:21`: a reader's name and when the comment was posted, a month-day and a
/// clock time closing the line.
pub(crate) fn is_posting_stamp(text: &str) -> bool {
    let mut words = text.split_whitespace().rev();
    let (Some(clock), Some(day)) = (words.next(), words.next()) else { return false };
    let digits_around = |s: &str, mark: char| {
        let mut parts = s.split(mark);
        let ok = |p: Option<&str>| p.is_some_and(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
        ok(parts.next()) && ok(parts.next()) && parts.next().is_none()
    };
    chars_within(text, MAX_STAMP_CHARS).is_some() && digits_around(clock, ':') && digits_around(day, '-') && words.next().is_some()
}

/// Longest row of reader counters and buttons.
const MAX_COUNTER_ROW_CHARS: usize = 30;

/// Buttons read as counters only beside another one: `评论` alone labels a column.
/// (`关注 1186　粉丝 9.7万　微博 16342`: an account's own counts on a microblog.)
const ROW_ONLY_COUNTERS: [&str; 7] = ["评论", "回复", "举报", "打赏", "关注", "粉丝", "微博"];

/// Longest line read as navigation: breadcrumbs, menus and link lines are short.
const MAX_NAV_CHARS: usize = 60;

/// Longest entry of a long menu (`机构概况`, `信访举报`).
const MAX_MENU_ENTRY_CHARS: usize = 6;

/// `首页 | 机构概况 | 工作动态 | … | 网上留言`: a menu longer than [`MAX_NAV_CHARS`], every entry
/// of it a short word with no figure.
fn is_long_menu(text: &str) -> bool {
    // a line with no pipe is one entry, no menu: most lines are passed without being split
    if !crate::charset::holds_pipe(text) {
        return false;
    }
    let mut entries = 0;
    text.split(['|', '｜']).all(|e| {
        entries += 1;
        let e = e.trim();
        chars_within(e, MAX_MENU_ENTRY_CHARS).is_some_and(|n| n > 0) && e.chars().all(super::line::is_han)
    }) && entries > 4
}

/// Whether `text` is navigation; `within(n)` tells whether it has at most `n` characters.
fn is_navigation(text: &str, within: impl Fn(usize) -> bool) -> bool {
    if !within(MAX_NAV_CHARS) {
        // a site's menu of many short entries set apart by pipes runs longer
        return within(MAX_SHORT_LINE_CHARS) && is_long_menu(text);
    }
    // web chrome is often bracketed: `【打印本页】【关闭窗口】`
    let bare = text.trim_start_matches(['【', '[', '［']);
    let may_start = [text, bare]
        .iter()
        .any(|t| t.chars().next().is_some_and(may_start_navigation));
    may_start
        && NAV_STARTS
            .iter()
            .any(|s| has_prefix(text, s) || has_prefix(bare, s))
        || within(MAX_JUMP_CHARS) && is_jump_line(text)
        || !ends_sentence(text) && is_link_trail(text)
        || is_menu(text)
        || is_site_bar(text)
        || is_site_switches(text)
        || is_button_row(text)
        || is_reader_counter(text, &within)
        || is_dated_link(text)
        || is_sibling_link(text)
        || is_media_embed(text, &within)
        || within(MAX_ACCOUNT_FRAME_CHARS) && (is_microblog_frame(text) || is_viewer_controls(text))
        || within(MAX_ACCOUNT_FRAME_CHARS) && !ends_sentence(text) && ACCOUNT_FRAME.iter().any(|w| text.starts_with(w))
        || ACCOUNT_DIALOG.contains(&text)
}

/// `上一村：某镇某村`, `下一条：…`: a site's link to the page before or after this one among
/// its kind (`上一篇` is one of [`NAV_STARTS`]).
fn is_sibling_link(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("上一").or_else(|| text.strip_prefix("下一")) else { return false };
    let mut chars = rest.chars();
    // (what a site pages through: `下一步：` and `上一年：` are a plan's and a report's labels)
    chars.next().is_some_and(|c| SIBLINGS.contains(&c)) && matches!(chars.next(), Some('：' | ':')) && !ends_sentence(text)
}

/// What a site pages through with its `上一X：`/`下一X：` links.
const SIBLINGS: [char; 10] = ['篇', '条', '则', '页', '张', '期', '章', '节', '村', '镇'];

/// Longest item of a row of bracketed buttons, in characters.
const MAX_BUTTON_CHARS: usize = 8;

/// `[我要写信]　[留言查询]　[留言须知]`: a row of two or more bracketed buttons and nothing else.
fn is_button_row(text: &str) -> bool {
    // told by its first character: most lines open otherwise
    if !text.starts_with(['[', '【', '［']) {
        return false;
    }
    let mut buttons = 0;
    let mut rest = text.trim();
    while !rest.is_empty() {
        let Some(inner) = rest.strip_prefix(['[', '【', '［']) else { return false };
        let Some(close) = inner.find([']', '】', '］']) else { return false };
        let label = inner[..close].trim();
        if label.is_empty() || label.chars().nth(MAX_BUTTON_CHARS).is_some() || label.contains(['，', ',', '。']) {
            return false;
        }
        buttons += 1;
        rest = inner[close..].trim_start_matches([']', '】', '］']).trim_start();
    }
    buttons >= 2
}

/// Longest line read as a field of a message board's record.
const MAX_RECORD_FIELD_CHARS: usize = 48;

/// The fields of a record on a citizens' message board (`留言人：某镇网友`, `回复时间：2023-08-18
/// 16:02`), the labels over its texts (`留言内容：`) and its rating widget (`满意度评价：○满意…`):
/// the record's frame, not the story it tells. Its title field opens the story
/// ([`super::field_titles`]).
const RECORD_FIELDS: &[&str] = &[
    "留言编号", "留言人", "留言时间", "留言类型", "留言对象", "办理状态", "处理状态", "回复单位", "回复时间", "答复单位",
    "答复时间", "办理单位", "受理单位", "受理时间", "来信人", "来信时间", "满意度评价", "本件评价结果", "评价结果",
];

/// Labels over a record's texts (`留言内容：`) and its title field, which [`super::field_titles`]
/// splits off its value: furniture only alone on their line, since a board may print the text
/// or the title right after the colon.
const RECORD_LABELS: &[&str] = &["留言内容", "回复内容", "答复内容", "来信内容", "留言标题", "信件标题", "来信标题", "留言主题"];

/// Fields of a government site's index box over a document it publishes (`索 引 号：…`,
/// `发布机构：…　　成文日期：…`): filing data of the site, no part of the document.
const INDEX_FIELDS: &[&str] = &[
    "索引号", "主题分类", "发布机构", "成文日期", "文号", "有效性", "发文机关", "发文字号", "公开方式", "公开范围", "公开时限",
    "所属机构", "生成日期", "体裁分类", "组配分类", "服务对象", "信息分类", "信息名称", "主题词", "公开属性",
];

/// Longest label of an index box's field, spaces and all (`文　　号`).
const MAX_INDEX_LABEL_BYTES: usize = 24;

/// Whether `text` opens with a field of a site's index box ([`INDEX_FIELDS`]), its label
/// often spaced out to the box's width (`索 引 号：`, `有 效 性：`).
pub(crate) fn is_index_field(t: &str) -> bool {
    has_index_label(t, |label| INDEX_FIELDS.contains(&label))
}

/// `标　　题：…` in a site's index box, between its other fields: the document's title filed
/// again (a story may open on a field so named; the caller checks the box around it).
pub(crate) fn is_index_title(text: &str) -> bool {
    // (told by its first character before any label is read: asked of every line)
    let t = super::line::trim(text);
    t.starts_with('标') && has_index_label(t, |label| label == "标题")
}

/// Whether `t` opens with a field of an index box whose label, its spaces taken out, is one
/// `wanted` takes, and whose value after it is no sentence. The label is asked first: the
/// value is read to its end only then (its marks looked for by bytes), and the label copied
/// only when spaced out.
fn has_index_label(t: &str, wanted: impl Fn(&str) -> bool) -> bool {
    // the label stands within its bound (floored to a character)
    let head = crate::charset::floor_boundary(t, MAX_INDEX_LABEL_BYTES + 3);
    let Some(colon) = crate::charset::find_mark(&t[..head], |c| matches!(c, ':' | '：')) else { return false };
    let label = &t[..colon];
    let taken = if label.contains(char::is_whitespace) { wanted(&label.split_whitespace().collect::<String>()) } else { wanted(label) };
    taken && crate::charset::find_mark(&t[colon..], |c| matches!(c, '，' | '。' | ',')).is_none()
}

/// How a site's visit counter is labelled after the site's word (`本站访问量：2635817`); a
/// vote page's tally reads `当前票数` (a story's `得票数：12860票` reports a result).
const VISIT_COUNTERS: [&str; 4] = ["访问量", "访问人次", "访问次数", "访客数"];

/// Whether `text` is a field of a message board's record (see [`RECORD_FIELDS`]), its visitor
/// counter (`您是第 318642 位访问者`), a web page's empty field of links (`相关附件：无`), or a
/// field of a site's index box ([`INDEX_FIELDS`]).
fn is_record_field(text: &str) -> bool {
    let t = super::line::trim(text);
    if is_index_field(t) {
        return true;
    }
    if (t.starts_with("您是第") || t.starts_with("您是本站第")) && (t.ends_with("位访问者") || t.ends_with("位访客")) {
        return true;
    }
    // `某县气象局　　签发：马某某`: a bulletin's issuing office and who signed it out, over its
    // title
    if let Some((label, name)) = t.rsplit_once(['：', ':']) {
        let name = name.trim();
        let signed = label.trim_end().ends_with("签发") || label.trim_end().ends_with("签发人");
        if signed && (2..=4).contains(&name.chars().count()) && name.chars().all(super::line::is_han) {
            return true;
        }
    }
    // `本站访问量：2635817`, `总访问量: 1,024,367`: the count alone after its label (and a
    // vote page's tally under each candidate, `当前票数：1,286票`)
    if let Some((label, count)) = t.split_once(['：', ':']) {
        let label = label.trim_end();
        let site = ["本站", "网站", "总", "累计", "今日"].iter().any(|w| label.starts_with(w));
        let counter = site && VISIT_COUNTERS.iter().any(|w| label.ends_with(w)) || label == "当前票数";
        let count = count.trim().trim_end_matches(['次', '人', '票']);
        if counter && !count.is_empty() && count.bytes().all(|b| b.is_ascii_digit() || b == b',') {
            return true;
        }
    }
    // `相关附件：无`: a list label over nothing
    if let Some(label) = t.strip_suffix('无').map(|l| l.trim_end().trim_end_matches([':', '：'])) {
        if is_list_label(label) {
            return true;
        }
    }
    // the first character tells most lines apart before any key is compared
    static FIELD_HEADS: Heads = Heads::of(RECORD_FIELDS);
    static LABEL_HEADS: Heads = Heads::of(RECORD_LABELS);
    let Some(first) = t.chars().next() else { return false };
    let value = |k: &&str| t.strip_prefix(*k).and_then(|rest| rest.trim_start().strip_prefix([':', '：']));
    FIELD_HEADS.may_start(first) && RECORD_FIELDS.iter().any(|k| value(k).is_some())
        || LABEL_HEADS.may_start(first) && RECORD_LABELS.iter().any(|k| value(k).is_some_and(|v| v.trim().is_empty()))
}

/// Longest line read as a site's ticker of notices.
const MAX_TICKER_CHARS: usize = 160;

/// `【通知公告】某镇关于…的通告　　【通知公告】某镇…通知`: a site's ticker, the titles of its
/// latest notices each behind the same bracketed label, set apart by wide gaps. A story may
/// open on a bracketed label once; it does not print the label again inside the line. A
/// ticker of one notice may run on into the site's buttons (`…的通告　　【领导信箱】　【在线访谈】`).
fn is_ticker(text: &str) -> bool {
    let t = super::line::trim(text);
    let Some(rest) = t.strip_prefix('【') else { return false };
    let Some(close) = rest.find('】') else { return false };
    let label = &t[..close + 2 * '【'.len_utf8()];
    let after = &t[label.len()..];
    // each title is no sentence (a story's `【典型案例】甲村…，…。` items are), and a gap of
    // two spaces at least sets the next label apart
    let gap_before = |k: usize| after[..k].chars().rev().take_while(|c| c.is_whitespace()).nth(1).is_some();
    let buttons_after = || {
        after.find('【').is_some_and(|k| gap_before(k) && is_button_row(&after[k..]))
    };
    at_most_chars(t, MAX_TICKER_CHARS) && !t.contains(['，', '。', ',']) && (after.match_indices(label).any(|(k, _)| gap_before(k)) || buttons_after())
}

/// Longest line read as a video or audio player.
const MAX_EMBED_CHARS: usize = 40;

/// What a scrape keeps of a player that had not loaded: `视频加载中...`, `[视频播放器] 00:00`.
const PLAYER_STUBS: [&str; 4] = ["视频加载中", "音频加载中", "视频播放器", "音频播放器"];

/// `▶ 视频|秋茶飘香　时长 02:16`: a player embedded in the page, its title and running time, or
/// the stub of one ([`PLAYER_STUBS`]).
fn is_media_embed(text: &str, within: impl Fn(usize) -> bool) -> bool {
    if !within(MAX_EMBED_CHARS) {
        return false;
    }
    match text.strip_prefix(['▶', '►']) {
        Some(rest) => ["视频", "音频", "时长", "播放"].iter().any(|w| rest.contains(w)),
        None => PLAYER_STUBS.iter().any(|w| text.trim_start_matches(['[', '【']).starts_with(w)),
    }
}

/// Buttons and labels of a microblog's page, read at the start of a short line: a long post's
/// fold (`收起全文`), a picture's link, a sidebar of accounts to follow.
const MICROBLOG_BUTTONS: [&str; 5] = ["收起全文", "展开全文", "查看图片", "可能感兴趣的人", "换一换"];

/// The frame of a microblog's page: its [`MICROBLOG_BUTTONS`], an account suggested to follow
/// (`桂林发布　　+关注`), the link to a post's comments (`查看全部3条评论 >`), and what a scrape
/// keeps of an embedded video or link (`L某某的微博视频`, `O网页链接`; the letter is the icon's).
fn is_microblog_frame(text: &str) -> bool {
    let t = super::line::trim(text);
    let tail = t.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    MICROBLOG_BUTTONS.iter().any(|w| t.starts_with(w))
        || t.ends_with("+关注") || t.ends_with("＋关注")
        || is_comment_link(t)
        || tail.len() < t.len() && (tail.ends_with("的微博视频") || tail == "网页链接")
}

/// `…较去年同期增加9…展开全文c`: the first lines of a long microblog post, folded, with the
/// button that unfolds it (the letter is its icon's).
pub(crate) fn is_folded_post(text: &str) -> bool {
    text.trim_end().trim_end_matches(|c: char| c.is_ascii_alphabetic()).ends_with("展开全文")
}

/// `3/8`: which picture of a gallery the viewer shows, and of how many; the line's only text.
pub(crate) fn gallery_counter(text: &str) -> Option<(u32, u32)> {
    let t = super::line::trim(text);
    if t.len() > 5 {
        return None;
    }
    let (n, total) = t.split_once('/')?;
    let number = |s: &str| (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u32>().ok()).flatten();
    let (n, total) = (number(n)?, number(total)?);
    (1..=total).contains(&n).then_some((n, total))
}

/// Buttons of a site's picture viewer (`◀ 上一张　　下一张 ▶`, `查看原图`).
const VIEWER_BUTTONS: [&str; 7] = ["上一张", "下一张", "查看原图", "查看大图", "点击查看大图", "上一图", "下一图"];

/// A line of nothing but a picture viewer's buttons and arrows.
fn is_viewer_controls(text: &str) -> bool {
    // every word is a button, and every button opens with one of these: a line whose first word
    // opens otherwise is told at once, where splitting it read the whole of its first word
    let first = text.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '◀' | '▶' | '<' | '>' | '|')).chars().next();
    if !first.is_some_and(|c| VIEWER_BUTTONS.iter().any(|b| b.starts_with(c))) {
        return false;
    }
    let mut words = text.split(|c: char| c.is_whitespace() || matches!(c, '◀' | '▶' | '<' | '>' | '|')).filter(|w| !w.is_empty()).peekable();
    words.peek().is_some() && words.all(|w| VIEWER_BUTTONS.contains(&w))
}

/// `发表评论　　昵称：　　验证码：　　提交`, `所有评论仅代表网友意见，与本站立场无关。`: the form under
/// a story's comment area, or the site's word on whose views the comments are.
pub(crate) fn is_comment_form(text: &str) -> bool {
    let t = super::line::trim(text);
    at_most_chars(t, MAX_NAV_CHARS) && (t.contains("验证码") || t.contains("昵称：") || t.contains("仅代表网友") || t.contains("不代表本站"))
}

/// `查看全部3条评论 >`, `展开更多评论`: the link under the first comments of a post to the rest
/// of them.
pub(crate) fn is_comment_link(text: &str) -> bool {
    let t = super::line::trim(text);
    // `展开更多评论`, `展开全部评论`, `展开12条评论`: a subheading may open `展开…` too
    let unfolds = t.strip_prefix("展开").is_some_and(|rest| {
        matches!(rest, "更多评论" | "全部评论") || rest.strip_suffix("条评论").is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    });
    unfolds || t.starts_with("查看全部") && t.contains("评论") && super::line::at_most_chars(t, MAX_ACCOUNT_FRAME_CHARS)
}

/// `· 某县2024年度公益性岗位招聘公告  04-12`: a sidebar's link, a bullet, a title and the day it
/// was posted.
fn is_dated_link(text: &str) -> bool {
    let Some(rest) = text.strip_prefix(['·', '•', '●']) else { return false };
    let t = rest.trim_end();
    let day = t.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    let parts: Vec<&str> = day.split(['-', '/', '.']).collect();
    let is_day = (2..=3).contains(&parts.len()) && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    is_day && day.len() < t.len()
}

/// `首页 > 政务公开 > 正文`, `网站地图 | 联系我们`: links set apart by arrows or pipes. A line of
/// pipes that holds figures is a table's row (`人均纯收入(元) | 13286 | 14857`), not links.
fn is_link_trail(text: &str) -> bool {
    // the marks are found by vector searches for their bytes, where a walk over every byte cost
    // seven instructions a byte: `>` and `|` by themselves, and the marks of several bytes
    // (`»` C2 BB, `›` E2 80 BA, `｜` EF BD 9C) by their first byte, which opens few Chinese
    // characters, and then the bytes after it. Digits are looked for only on a line of marks.
    let b = text.as_bytes();
    let (mut arrows, mut pipes) = (0, 0);
    for k in memchr::memchr2_iter(b'>', b'|', b) {
        if b[k] == b'>' {
            arrows += 1;
        } else {
            pipes += 1;
        }
    }
    for k in memchr::memchr3_iter(0xC2, 0xE2, 0xEF, b) {
        let after = |mark: &[u8]| b.get(k + 1..k + 1 + mark.len()) == Some(mark);
        match b[k] {
            0xC2 if after(&[0xBB]) => arrows += 1,
            0xE2 if after(&[0x80, 0xBA]) => arrows += 1,
            0xEF if after(&[0xBD, 0x9C]) => pipes += 1,
            _ => {}
        }
    }
    arrows >= 2 || arrows + pipes >= 2 && !b.iter().any(u8::is_ascii_digit) || arrows == 1 && pipes == 0 && is_short_trail(text)
}

/// Longest section of a trail of two, in characters.
const MAX_TRAIL_SECTION_CHARS: usize = 8;

/// How a site's top section is named (`新闻中心`, `首页`, `政务公开`, `工作动态`).
const TRAIL_SECTION_ENDS: [&str; 8] = ["中心", "首页", "新闻", "动态", "公开", "要闻", "频道", "栏目"];

/// `新闻中心 > 公司新闻`: a trail of two sections, each a short Han word.
fn is_short_trail(text: &str) -> bool {
    // (the arrow set apart by spaces, as a trail prints it: `收入>支出` compares)
    let spaced = [" > ", " » ", " › ", "　>　", "　＞　"].iter().any(|a| text.contains(a));
    if !spaced {
        return false;
    }
    let mut parts = text.split(['>', '»', '›', '＞']).map(str::trim);
    let section = |p: Option<&str>| p.is_some_and(|p| (2..=MAX_TRAIL_SECTION_CHARS).contains(&char_len(p)) && p.chars().all(super::line::is_han));
    // (the first a site's section, `新闻中心`, `首页`: `收入 > 支出` compares)
    let first = parts.next();
    let site = first.is_some_and(|f| TRAIL_SECTION_ENDS.iter().any(|e| f.ends_with(e)));
    site && section(first) && section(parts.next()) && parts.next().is_none()
}

/// A site's switches for other readers and versions, and its search box, printed in its header.
const SITE_SWITCHES: &[&str] = &[
    "无障碍", "无障碍浏览", "长者模式", "关怀版", "适老化", "适老版", "繁体", "繁體", "简体", "简体版",
    "English", "ENGLISH", "手机版", "移动版", "登录", "注册", "个人登录", "法人登录", "搜索", "站内搜索",
    "高级搜索", "请输入关键字", "请输入关键词", "请输入搜索内容", "网站支持IPv6", "本网站支持IPv6", "政府网站找错",
    "网站找错", "全站搜索", "高级检索", "站内检索", "检索", "中文", "Search", "Login", "设为首页", "加入收藏",
    "收藏本站", "客服热线", "服务热线", "热门搜索", "热搜词", "热门关键词",
];

/// Labels of a search box's suggested terms (`热门搜索：春风行动　就业补贴　搜索`), after which any
/// short word is a term.
const HOT_SEARCH_LABELS: [&str; 3] = ["热门搜索", "热搜词", "热门关键词"];

/// Longest prompt of a search box, in characters (`请输入项目名称或编号`).
const MAX_SEARCH_PROMPT_CHARS: usize = 16;

/// Longest suggested term of a search box, in characters.
const MAX_SEARCH_TERM_CHARS: usize = 8;

/// A line of nothing but site switches (`无障碍  长者模式  English`), two or more.
fn is_site_switches(text: &str) -> bool {
    // the first word must be a switch: a line opening with a character no switch opens with is
    // turned away before its first word is read out, which in prose is the whole line
    static SWITCH_HEADS: Heads = Heads::of(SITE_SWITCHES);
    let opens = text.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '|' | '｜' | '/' | '·')).chars().next();
    if !opens.is_some_and(|c| SWITCH_HEADS.may_start(c)) {
        return false;
    }
    // (`站内搜索：请输入关键词`: a label and its box)
    let mut words = text.split(|c: char| c.is_whitespace() || matches!(c, '|' | '｜' | '/' | '·' | ':' | '：')).filter(|w| !w.is_empty());
    let mut n = 0;
    let mut terms = false;
    let mut last = "";
    // (a search box's prompt, `请输入项目名称或编号`, before its button)
    // (a hotline's number after its label: `客服热线：96199`, and after other switches any
    // hotline's, `全国统一客服热线：95518`; a hotline alone may be a notice's)
    words.all(|w| {
        n += 1;
        last = w;
        if n == 1 {
            terms = HOT_SEARCH_LABELS.contains(&w);
        }
        SITE_SWITCHES.contains(&w)
            || n == 1 && w.starts_with("请输入") && at_most_chars(w, MAX_SEARCH_PROMPT_CHARS)
            || n > 1 && w.ends_with("热线")
            || n > 1 && w.bytes().all(|b| b.is_ascii_digit() || b == b'-')
            || terms && at_most_chars(w, MAX_SEARCH_TERM_CHARS) && !ends_sentence(w) && !w.contains(['，', ','])
    }) && n >= 2
        // suggested terms stand before the box itself
        && (!terms || SITE_SWITCHES.contains(&last) && !HOT_SEARCH_LABELS.contains(&last))
}

/// Longest company's name read as a site's name, in characters.
const MAX_COMPANY_NAME_CHARS: usize = 20;

/// `河南某某农村商业银行股份有限公司` opening a bank's or a company's site: its name, the page's
/// first line; the caller checks that the site's menu is near.
pub(crate) fn is_company_name(text: &str) -> bool {
    at_most_chars(text, MAX_COMPANY_NAME_CHARS) && ["有限公司", "银行", "分公司", "支公司"].iter().any(|e| text.ends_with(e)) && text.chars().all(super::line::is_han)
}

/// A site's menu or its trail of sections (`首页　新闻　政务…`, `当前位置：首页 > …`,
/// `新闻中心 > 公司新闻`): what stands under a site's name, not under a story's title.
pub(crate) fn is_menu_or_trail(text: &str) -> bool {
    let t = text.trim_start();
    // (a trail of arrows, not of pipes: a table's header may print its cells between pipes)
    let arrows = text.contains(['>', '»', '›', '＞']);
    // (nor a table's header or rows, `贷款余额(万元)`, `甲镇 | 612`: a menu names no unit and
    // no figure)
    if text.contains(['(', '（']) || text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    ["当前位置", "您的位置", "您现在的位置", "首页"].iter().any(|w| t.starts_with(w)) || is_menu(text) || is_long_menu(text) || arrows && is_link_trail(text)
}

/// Longest first line of a page read as its site's name, in characters.
const MAX_SITE_HEAD_CHARS: usize = 20;

/// `禾采 HECAI`, `某县融媒体中心`: a short line with no sentence in it, as a site prints its
/// name (the caller checks its menu under it).
pub(crate) fn is_site_head(text: &str) -> bool {
    let t = super::line::trim(text);
    at_most_chars(t, MAX_SITE_HEAD_CHARS) && !t.is_empty() && !ends_sentence(t) && !t.contains(['，', ',', '：', ':', '。', '；'])
}

/// How the name of a site's owner ends (`某县融媒体中心`, `某县人民医院`, `某县公共资源交易网`).
const SITE_OWNER_ENDS: [&str; 11] = ["网", "中心", "医院", "公司", "政府", "委员会", "局", "院", "站", "办", "社"];

/// A site's name as it opens its page ([`is_site_head`]), told from a headline by its look:
/// Latin letters beside the Han ones (`禾采 HECAI`), or the ending of an owner's name.
pub(crate) fn is_site_name_line(text: &str) -> bool {
    let t = super::line::trim(text);
    is_site_head(t) && (t.bytes().any(|b| b.is_ascii_alphabetic()) || SITE_OWNER_ENDS.iter().any(|e| t.ends_with(e)))
}

/// Longest motto a company's site prints under its name, in characters.
const MAX_MOTTO_CHARS: usize = 30;

/// `PICC人民保险　人民至上　保险为民` between a company's name and its site's menu: its brand and
/// motto, short phrases set apart by wide gaps, no sentence.
pub(crate) fn is_site_motto(text: &str) -> bool {
    let t = super::line::trim(text);
    at_most_chars(t, MAX_MOTTO_CHARS) && !ends_sentence(t) && !t.contains(['，', '：', ':', '。']) && t.split(['\u{3000}', ' ']).filter(|w| !w.is_empty()).count() >= 2
}

/// Longest line read as a jump line.
const MAX_JUMP_CHARS: usize = 16;

/// `上一篇：…`, `下一篇：…`, `【打印本页】【关闭窗口】`: the links a web page prints under the story it
/// carries, which has ended.
pub(crate) fn ends_web_story(text: &str) -> bool {
    let t = text.trim_start_matches(['【', '[']);
    ["上一篇", "下一篇", "打印本页", "关闭窗口", "打印此页", "关闭本页"].iter().any(|w| t.starts_with(w)) || is_sibling_link(t)
}

/// `(下转第3版)`: the story above goes on on another page, so it ends here on this one.
pub(crate) fn continues_elsewhere(text: &str) -> bool {
    at_most_chars(text, MAX_JUMP_CHARS) && is_jump_line(text) && text.contains('转')
}

/// `…线上线下销售额(下转第四版)`: a paragraph whose story jumps to another page ends here, cut
/// mid-sentence as it is.
pub(crate) fn ends_with_jump(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with([')', '）'])
        && t.rfind(['(', '（']).is_some_and(|open| continues_elsewhere(&t[open..]))
}

/// `(下转第3版)`, `上接第一版`: where a story continues on another page (a line of at most
/// [`MAX_JUMP_CHARS`] characters).
fn is_jump_line(text: &str) -> bool {
    // `版` first: one search for a character, where each of the marks sets up a searcher
    text.contains('版')
        && ["转第", "接第", "转A", "接A"]
            .iter()
            .any(|m| text.contains(m))
}

/// Longest word of a site menu printed on one line.
const MAX_MENU_WORD_CHARS: usize = 4;

/// Longest word of a site menu that opens on `首页` (`投资者关系`).
const MAX_HOME_MENU_WORD_CHARS: usize = 5;


/// Longest cell of a site's name bar, in characters.
const MAX_SITE_CELL_CHARS: usize = 20;

/// `某县网 | 某县融媒体中心主办`: a site's name bar, a few short cells set apart by pipes, one the
/// site's name (`…网`) or its owner (`…主办`).
fn is_site_bar(text: &str) -> bool {
    if !crate::charset::holds_pipe(text) {
        return false;
    }
    let cells: Vec<&str> = text.split(['|', '｜']).map(str::trim).collect();
    (2..=4).contains(&cells.len())
        && cells.iter().all(|c| !c.is_empty() && at_most_chars(c, MAX_SITE_CELL_CHARS) && !ends_sentence(c))
        && (cells[0].ends_with('网') || cells.iter().any(|c| c.ends_with("主办")))
}

/// A site menu: five or more short words in a row (`首页 新闻 政务 服务 互动`). A line is given
/// up at its first longer word, so a line of prose is read no further than its fifth character.
fn is_menu(text: &str) -> bool {
    // a hotline closing a row of buttons (`院长信箱　　服务热线：0795-8821120`) is one entry
    let (text, hotline) = match without_hotline(text) {
        Some(rest) => (rest, 1),
        None => (text, 0),
    };
    // a menu opening on its home page's entry may name longer ones (`投资者关系`)
    // (in a menu of six entries or more: five short words may be a list of things)
    let longest = if text.trim_start().starts_with("首页") { MAX_HOME_MENU_WORD_CHARS } else { MAX_MENU_WORD_CHARS };
    let mut long_words = 0;
    let mut words = 0;
    // the current word: where it starts, and its characters so far
    let mut word: Option<(usize, usize)> = None;
    let fits = |w: &str| !ends_sentence(w) && !w.contains([',', '，']);
    for (at, c) in text.char_indices() {
        match (&mut word, c.is_whitespace()) {
            (Some((start, _)), true) => {
                if !fits(&text[*start..at]) {
                    return false;
                }
                words += 1;
                word = None;
            }
            (Some((_, chars)), false) => {
                *chars += 1;
                if *chars > longest {
                    return false;
                }
                long_words += usize::from(*chars == MAX_MENU_WORD_CHARS + 1);
            }
            (None, false) => word = Some((at, 1)),
            (None, true) => {}
        }
    }
    if let Some((start, _)) = word {
        if !fits(&text[start..]) {
            return false;
        }
        words += 1;
    }
    words + hotline >= if long_words > 0 { MIN_HOME_MENU_WORDS } else { 5 } && !is_listed_row(text)
}

/// `text` without the hotline that closes it (`服务热线：0795-8821120`), if one does. The word
/// is sought by its last byte ([`crate::quantity::words::rfind`]): `str::rfind` built a searcher
/// for it on every line asked, most of which hold none.
fn without_hotline(text: &str) -> Option<&str> {
    let t = text.trim_end();
    let k = crate::quantity::words::rfind(t, "热线")?;
    let number = t[k + "热线".len()..].strip_prefix(['：', ':'])?.trim();
    let is_number = number.len() >= 5 && number.bytes().all(|b| b.is_ascii_digit() || b == b'-');
    let start = t[..k].rfind(char::is_whitespace).map_or(0, |w| w + t[w..].chars().next().map_or(1, char::len_utf8));
    (is_number && start > 0).then(|| &t[..start])
}

/// Fewest entries of a menu opening on `首页` that names a longer one.
const MIN_HOME_MENU_WORDS: usize = 6;

/// `4 孙*兰 后进屯 监测户 1000`: a row of a public list, short words as a menu's are, told by a
/// name masked as such lists print them, or by a row number opening it and a figure closing it.
fn is_listed_row(text: &str) -> bool {
    let number = |w: Option<&str>| w.is_some_and(|w| w.chars().all(|c| crate::numeral::arabic_digit(c).is_some() || c == '.'));
    let mut words = text.split_whitespace();
    let numbered = number(words.next()) && number(words.next_back());
    // (`1 2 3 4 5`: a pager's numbers alone are no row)
    text.contains(['*', '＊']) || numbered && words.any(|w| w.chars().any(super::line::is_han))
}

/// Longest item of a menu printed one item a line.
const MAX_MENU_ITEM_CHARS: usize = 6;

/// One item of a site menu on a line of its own: a short word of letters only.
pub(crate) fn is_menu_item(text: &str) -> bool {
    at_most_chars(text, MAX_MENU_ITEM_CHARS)
        && !text.is_empty()
        && text.chars().all(|c| c.is_alphabetic())
}

/// What a boilerplate line may say, each a bit of [`said_in`]'s answer: a mark of copyright,
/// disclaimer or registration lines; `转载` with a word forbidding it; the `追究` of a penalty; a
/// web address.
const MARK: u8 = 1;
const REPRINT: u8 = 2;
const FORBIDDING: u8 = 4;
const PURSUED: u8 = 8;
const WEB: u8 = 16;
/// A word of a site's footer that a story may say as well (`都可以随时联系我们。`): it counts
/// only on a line that ends no sentence.
const FOOTER: u8 = 32;

/// Every word the boilerplate rule looks for anywhere in a line, with its bit.
const BOILERPLATE_WORDS: [(&str, u8); 40] = [
    ("版权所有", MARK),
    // a paper's masthead: its registration number and its postal code; a journal's, its
    // supervising body, publisher and serial numbers
    ("连续出版物号", MARK),
    ("邮发代号", MARK),
    ("主管单位：", MARK),
    ("编辑出版：", MARK),
    ("国内统一刊号", MARK),
    ("国际标准刊号", MARK),
    ("Copyright", MARK),
    ("copyright", MARK),
    ("COPYRIGHT", MARK),
    ("©", MARK),
    ("ICP备", MARK),
    ("ICP证", MARK),
    ("备案编号", MARK),
    ("备案号", MARK),
    ("公网安备", MARK),
    ("免责声明", MARK),
    ("版权声明", MARK),
    ("All Rights Reserved", MARK),
    ("all rights reserved", MARK),
    ("网站标识码", MARK),
    ("主办单位", MARK),
    ("承办单位", MARK),
    ("技术支持", FOOTER),
    ("联系电话", FOOTER),
    ("联系我们", FOOTER),
    ("分辨率", FOOTER),
    ("浏览器", FOOTER),
    // a text edition's foot: its hotline, its mailbox, its fee and how to stop it
    ("新闻热线：", FOOTER),
    ("投稿邮箱：", FOOTER),
    ("资费：", FOOTER),
    ("退订回复", FOOTER),
    ("转载", REPRINT),
    ("未经", FORBIDDING),
    ("请勿", FORBIDDING),
    ("禁止", FORBIDDING),
    ("不得", FORBIDDING),
    ("追究", PURSUED),
    ("www.", WEB),
    ("http", WEB),
];

/// The first characters of the boilerplate words: the words are only compared where one may
/// begin, and the characters between are passed over without being decoded, so a line is read
/// once whatever the length of the list.
static BOILERPLATE_HEADS: Heads = Heads::of(&words_of(&BOILERPLATE_WORDS));


/// The bits of the boilerplate words `text` holds.
fn said_in(text: &str) -> u8 {
    let mut said = 0;
    for (at, c) in BOILERPLATE_HEADS.candidates(text) {
        let rest = &text[at..];
        // the words opening with the candidate's character, told by their first characters all
        // at once: the rest are never compared
        let code = c as u32;
        let mut opening = 0u64;
        for (k, &first) in BOILERPLATE_FIRSTS.iter().enumerate() {
            opening |= u64::from(first == code) << k;
        }
        while opening != 0 {
            let (word, bit) = BOILERPLATE_WORDS[opening.trailing_zeros() as usize];
            opening &= opening - 1;
            // compared in line, byte by byte: a call to compare cost more than the whole test
            if has_prefix(rest, word) {
                said |= bit;
            }
        }
    }
    said
}

// (one bit a word in a `u64` mask)
const _: () = assert!(BOILERPLATE_WORDS.len() <= 64);

/// The first character of each of the [`BOILERPLATE_WORDS`], as a code point.
const BOILERPLATE_FIRSTS: [u32; BOILERPLATE_WORDS.len()] = {
    let mut firsts = [0; BOILERPLATE_WORDS.len()];
    let mut i = 0;
    while i < firsts.len() {
        let b = BOILERPLATE_WORDS[i].0.as_bytes();
        firsts[i] = match b[0] {
            0..0x80 => b[0] as u32,
            0xC0..0xE0 => ((b[0] & 0x1F) as u32) << 6 | (b[1] & 0x3F) as u32,
            0xE0..0xF0 => ((b[0] & 0x0F) as u32) << 12 | ((b[1] & 0x3F) as u32) << 6 | (b[2] & 0x3F) as u32,
            _ => ((b[0] & 0x07) as u32) << 18 | ((b[1] & 0x3F) as u32) << 12 | ((b[2] & 0x3F) as u32) << 6 | (b[3] & 0x3F) as u32,
        };
        i += 1;
    }
    firsts
};

/// Whether `text` is boilerplate; `within(n)` tells whether it has at most `n` characters.
fn is_boilerplate(text: &str, within: impl Fn(usize) -> bool) -> bool {
    if text.starts_with("免责声明") || text.starts_with("版权声明") || is_editors_note(text) {
        return true;
    }
    if within(MAX_PAGE_CREDITS_CHARS) && (is_page_credits(text) || is_publisher_line(text)) || is_imprint(text) {
        return true;
    }
    // every other sign counts only on a short line (a web line on one of 40 characters)
    if !within(MAX_SHORT_LINE_CHARS) {
        return false;
    }
    let said = said_in(text);
    let has = |bit: u8| said & bit != 0;
    let reprint = has(REPRINT) && has(FORBIDDING);
    let penalty = text.starts_with("违者") && has(PURSUED);
    let web = has(WEB) && within(40);
    // (`序号  乡镇  岗位数  联系电话`: a table's header names a column so, no footer)
    has(MARK) || reprint || penalty || (web || has(FOOTER) && !is_table_header(text)) && !ends_sentence(text)
}

/// Fewest columns of a table's header read as one.
const MIN_HEADER_COLUMNS: usize = 4;

/// Longest name of a column of a table's header, in characters.
const MAX_COLUMN_NAME_CHARS: usize = 8;

/// `序号  乡镇  岗位类别  岗位数  联系电话`: short names of Han words set apart by wide gaps.
fn is_table_header(text: &str) -> bool {
    let mut cells = wide_cells(text);
    cells.clone().nth(MIN_HEADER_COLUMNS - 1).is_some() && cells.all(|c| at_most_chars(c, MAX_COLUMN_NAME_CHARS) && c.chars().all(super::line::is_han))
}

/// Longest line of page credits.
const MAX_PAGE_CREDITS_CHARS: usize = 40;

/// What the desk of a page is credited for: `本版编辑:X`, `本版责编 X 美编 Y`.
const PAGE_CREDIT_WORDS: &[&str] = &["编辑", "责编", "美编", "校对", "组版", "设计", "统筹", "主编"];

/// `本版编辑:X`, `版面编辑:X`: the people who made up the page, no contributor of a story on it
/// (a story's own `责任编辑:X` is one, and is read as a byline).
fn is_page_credits(text: &str) -> bool {
    let t = text.trim_start_matches(['【', '[', '［', '■', '□']);
    let Some(rest) = t.strip_prefix("本版").or_else(|| t.strip_prefix("版面")) else {
        return false;
    };
    PAGE_CREDIT_WORDS.iter().any(|w| rest.starts_with(w))
}

/// `编者按:本报今起推出…专栏`: the desk's word on a column or a series, no story of its own (and
/// a page would otherwise head it with the section label above it).
pub(crate) fn is_editors_note(text: &str) -> bool {
    let t = text.trim_start_matches(['【', '[', '［', '■', '□']);
    t.strip_prefix("编者按")
        .is_some_and(|rest| rest.starts_with([':', '：', '】', ']', '］', ' ', '\u{3000}']))
}

/// Labels that head a list of links: `相关新闻:`, `延伸阅读`.
const LIST_LABELS: &[&str] = &[
    "相关新闻",
    "相关阅读",
    "相关文章",
    "相关文件",
    "相关信息",
    "相关链接",
    "相关解读",
    "相关视频",
    "相关专题",
    "相关图集",
    "延伸阅读",
    "推荐阅读",
    "热点推荐",
    "热点信息",
    "24小时热榜",
    "热榜",
    "排行榜",
    "本版文章",
    "本版导读",
    "本期导读",
    "本期要目",
    "热点新闻",
    "热点资讯",
    "热门推荐",
    "相关推荐",
    "推荐新闻",
    "点击排行",
    "热点排行",
    "新闻排行",
    "阅读排行",
    "猜你喜欢",
    "热门文章",
    "更多新闻",
    "附件",
    "相关附件",
    "附件下载",
    "通知公告",
    "热点专题",
    "最新动态",
    "往期推荐",
    "往期回顾",
    "往期精彩",
    "精彩推荐",
    "热点留言",
    "最新留言",
];

/// `1.实施方案.pdf`: a file a web page lists for download, no text of the story.
pub(crate) fn is_attachment(text: &str) -> bool {
    const EXTENSIONS: [&str; 8] = [".pdf", ".doc", ".docx", ".xls", ".xlsx", ".wps", ".zip", ".rar"];
    let t = text.trim_end().to_ascii_lowercase();
    at_most_chars(text, 80) && EXTENSIONS.iter().any(|e| t.ends_with(e))
}

/// `附件下载：某某讲话.pdf`: a file a page offers for download under its label, on one line.
fn is_labelled_attachment(text: &str) -> bool {
    // (told by the first character before the labels are compared)
    let t = text.trim_start();
    if !t.starts_with(['附', '下']) {
        return false;
    }
    let rest = ["附件下载", "下载附件", "附件"].iter().find_map(|l| t.strip_prefix(l));
    rest.and_then(|r| r.trim_start().strip_prefix([':', '：'])).is_some_and(|file| is_attachment(file.trim()))
}

pub(crate) fn is_list_label(text: &str) -> bool {
    // the longest label, in bytes: a longer line (most are) is told before the list is read
    const MAX_BYTES: usize = {
        let (mut max, mut i) = (0, 0);
        while i < LIST_LABELS.len() {
            if LIST_LABELS[i].len() > max {
                max = LIST_LABELS[i].len();
            }
            i += 1;
        }
        max
    };
    let t = text.trim_end_matches([':', '：', ' ']);
    // a text edition sets its labels in brackets (`【本期导读】`)
    let t = t.strip_prefix('【').and_then(|t| t.strip_suffix('】')).unwrap_or(t);
    // (`图片新闻排行`, `本周热榜`: a list of the most read, however the site names its kind)
    let ranked = || at_most_chars(t, MAX_RANKING_LABEL_CHARS) && ["排行", "排行榜", "热榜"].iter().any(|w| t.ends_with(w)) && t.chars().all(super::line::is_han);
    t.len() <= MAX_BYTES && LIST_LABELS.contains(&t) || ranked()
}

/// Longest label of a list of the most read stories (`图片新闻排行`).
const MAX_RANKING_LABEL_CHARS: usize = 8;

/// The first date printed in `text` (`…　2024年6月21日`, `… 2023-09-18 19:06 …`), where it
/// starts, and what [`datetime`] reads there.
pub(crate) fn first_datetime(text: &str) -> Option<(usize, DateTime)> {
    text.char_indices().filter(|(_, c)| c.is_ascii_digit()).find_map(|(i, _)| datetime(&text[i..]).map(|dt| (i, dt)))
}

/// A date with the clock time printed after it, if any, and the bytes read.
pub(crate) type DateTime = (Date, Option<(u32, u32)>, usize);

/// Reads `2018-10-21 21:15`, `2018/10/21`, `2018.10.21` or `2018年10月21日` at the start of `s`:
/// the date, the clock time if printed, and the bytes used.
pub(crate) fn datetime(s: &str) -> Option<DateTime> {
    let b = s.as_bytes();
    let mut i = 0;
    let year = digits(b, &mut i, 4, 4)?;
    let cjk = s[i..].starts_with('年');
    if !(cjk || skip_one(b, &mut i, b"-/.")) {
        return None;
    }
    if cjk {
        i += '年'.len_utf8();
    }
    let month = digits(b, &mut i, 1, 2)?;
    if cjk {
        i += s[i..].starts_with('月').then_some('月'.len_utf8())?;
    } else if !skip_one(b, &mut i, b"-/.") {
        return None;
    }
    let day = digits(b, &mut i, 1, 2)?;
    if cjk && s[i..].starts_with('日') {
        i += '日'.len_utf8();
    }
    let date = Date::parse_iso(&format!("{year:04}-{month:02}-{day:02}"))?;
    let mut j = i;
    while j < b.len() && b[j] == b' ' {
        j += 1;
    }
    let time = clock(b, &mut j);
    if time.is_some() {
        i = j;
    }
    Some((date, time, i))
}

fn clock(b: &[u8], i: &mut usize) -> Option<(u32, u32)> {
    let mut j = *i;
    let h = digits(b, &mut j, 1, 2)?;
    if !skip_one(b, &mut j, b":") {
        return None;
    }
    let m = digits(b, &mut j, 2, 2)?;
    (h < 24 && m < 60).then(|| {
        *i = j;
        (h as u32, m as u32)
    })
}

fn digits(b: &[u8], i: &mut usize, min: usize, max: usize) -> Option<i32> {
    let n = b[*i..]
        .iter()
        .take(max + 1)
        .take_while(|c| c.is_ascii_digit())
        .count();
    if n < min || n > max {
        return None;
    }
    let v = b[*i..*i + n]
        .iter()
        .fold(0i32, |v, &c| v * 10 + i32::from(c - b'0'));
    *i += n;
    Some(v)
}

fn skip_one(b: &[u8], i: &mut usize, set: &[u8]) -> bool {
    let hit = b.get(*i).is_some_and(|c| set.contains(c));
    *i += usize::from(hit);
    hit
}

/// Marks of a newspaper page header: the edition, the page's editors.
const HEADER_MARKS: &[&str] = &["版面", "美编", "校对", "版式", "责编", "组版"];

/// Most characters of a page's header line, spaces aside.
const MAX_PAGE_HEADER_CHARS: usize = 60;

/// A page header or dateline (`2021年12月14日 星期二`, `某某日报 2020年3月1日 第3版 责编:甲`): a
/// short line of no sentence that prints a full date or edition marks. Returns the date if it
/// prints one.
pub(crate) fn page_header(text: &str) -> Option<Option<Date>> {
    // the line's end first: most lines are sentences, told by their last character before
    // they are counted
    // (its cells may be set far apart by runs of spaces, which count for nothing)
    // (counted over the bytes: decoding every character of each line cost 0.3M instructions)
    // (a line of no more bytes than the bound has no more characters, and is not counted)
    if ends_sentence(text) || text.len() > MAX_PAGE_HEADER_CHARS && crate::topic::visible_chars(text) > MAX_PAGE_HEADER_CHARS {
        return None;
    }
    if is_lunar_date(text) {
        return Some(None);
    }
    // one reading of the line finds the punctuation no header prints and the characters one
    // does: a date in Arabic figures or an edition mark, all of which hold one of these
    let mut may_be_header = false;
    for c in text.chars() {
        match c {
            ',' | '，' | '。' => return None,
            '版' | '编' | '校' | '0'..='9' => may_be_header = true,
            _ => {}
        }
    }
    if !may_be_header {
        return None;
    }
    let date = text
        .char_indices()
        .filter(|&(i, c)| c.is_ascii_digit() && !text[..i].ends_with(|p: char| p.is_ascii_digit()))
        .find_map(|(i, _)| {
            datetime(&text[i..]).filter(|&(_, _, used)| stands_alone(&text[i + used..]))
        })
        .map(|(d, _, _)| d);
    let edition = HEADER_MARKS.iter().any(|m| text.contains(m)) || has_edition(text);
    (date.is_some() || edition).then_some(date)
}

/// Longest lunar date line (`农历甲辰年八月初十`), in characters.
const MAX_LUNAR_DATE_CHARS: usize = 14;

/// `农历甲辰年八月初十` on a line of its own, under a page's or a post's date: a date in words
/// with no figure, so no date [`page_header`] reads.
fn is_lunar_date(text: &str) -> bool {
    let t = super::line::trim(text);
    // a year named by its stem and branch (`甲辰年`), then a month and a day in words
    let mut chars = match t.strip_prefix("农历") {
        Some(rest) => rest.chars(),
        None => return false,
    };
    let year = matches!((chars.next(), chars.next(), chars.next()), (Some(s), Some(b), Some('年')) if STEMS.contains(s) && BRANCHES.contains(b));
    let rest = chars.as_str();
    year && at_most_chars(t, MAX_LUNAR_DATE_CHARS) && rest.contains('月') && rest.chars().all(super::line::is_han)
}

/// The heavenly stems and earthly branches a lunar year is named by (`甲辰`).
const STEMS: &str = "甲乙丙丁戊己庚辛壬癸";
const BRANCHES: &str = "子丑寅卯辰巳午未申酉戌亥";

/// How a newspaper's name ends: `某某日报`, `某某晚报`.
const MASTHEAD_ENDS: &[&str] = &["日报", "晚报", "时报", "早报", "商报", "周报", "都市报"];

/// How a government site's name ends, as it prints over its menu (`某县人民政府`).
const SITE_ENDS: &[&str] = &["人民政府", "人民政府网", "门户网站", "政府网"];

/// Longest government site's name: an autonomous county's runs long
/// (`积石山保安族东乡族撒拉族自治县人民政府`, nineteen characters).
const MAX_SITE_NAME_CHARS: usize = 24;

/// A government site's name as it prints beside its menu (`某县人民政府`); the caller checks
/// that the site's navigation is beside it.
pub(crate) fn is_site_name(text: &str) -> bool {
    at_most_chars(text, MAX_SITE_NAME_CHARS) && SITE_ENDS.iter().any(|e| text.ends_with(e)) && text.chars().all(super::line::is_han)
}

/// A site's name as it opens the page (`某县纪检监察网`): a name ending in `网` is a headline's
/// word as often (`织密防返贫监测网`), so only the page's first line, beside the site's menu,
/// is read so.
pub(crate) fn is_web_name(text: &str) -> bool {
    at_most_chars(text, 12) && text.ends_with('网') && text.chars().all(super::line::is_han)
}

/// `某某报`: a county paper's short name, two to four characters before `报` (not a bulletin,
/// `工作简报`, `情况通报`).
fn is_county_paper(text: &str) -> bool {
    text.strip_suffix('报')
        .is_some_and(|name| (2..=4).contains(&char_len(name)) && !name.ends_with(['简', '通', '汇', '情', '快', '捷', '月', '周', '年']))
}

/// `今日某县`: a county paper named for its county's day, two to four characters after `今日`.
fn is_today_paper(text: &str) -> bool {
    text.strip_prefix("今日").is_some_and(|name| (2..=4).contains(&char_len(name)))
}

/// How the name of a paper's supplement or special page ends (`乡村振兴 专刊`).
const SUPPLEMENT_ENDS: [&str; 5] = ["专刊", "专版", "周刊", "特刊", "副刊"];

/// Longest name of a supplement read as part of the masthead, its spaces aside.
const MAX_SUPPLEMENT_CHARS: usize = 12;

/// A supplement's name over its dateline (`乡村振兴 专刊`), however it is spaced out.
fn is_supplement(text: &str) -> bool {
    let han = text.chars().filter(|c| !c.is_whitespace());
    han.clone().count() <= MAX_SUPPLEMENT_CHARS
        && han.clone().all(super::line::is_han)
        && SUPPLEMENT_ENDS.iter().any(|e| text.trim_end().ends_with(e))
}

/// Longest publisher's line read beside a dateline.
const MAX_PUBLISHER_CHARS: usize = 16;

/// `某县融媒体中心主办`: who publishes the page, printed beside its dateline.
fn is_publisher(text: &str) -> bool {
    at_most_chars(text, MAX_PUBLISHER_CHARS) && text.ends_with("主办") && text.chars().all(super::line::is_han)
}

/// Fields of a paper's imprint at the page's foot (`地址：…　邮编：…　电话：…`).
const IMPRINT_FIELDS: [&str; 10] = ["地址", "社址", "邮编", "电话", "传真", "印刷", "定价", "零售价", "发行", "邮箱"];

/// The first characters of the [`IMPRINT_FIELDS`]: a line opening with none is told at once
/// (compared as characters: a table of bits read for every line missed the cache).
const IMPRINT_FIRSTS: [char; 9] = ['地', '社', '邮', '电', '传', '印', '定', '零', '发'];

/// Longest imprint line read, in characters.
const MAX_IMPRINT_CHARS: usize = 120;

/// `地址：某州某县团结路18号　邮编：814000　电话：0975-8382126　印刷：某报社印刷厂`: a paper's
/// imprint, two fields or more set apart by wide gaps, each opening with its label and a colon.
fn is_imprint(text: &str) -> bool {
    // most lines open otherwise: told by the first character before any label is compared
    text.trim_start().starts_with(IMPRINT_FIRSTS) && is_fields_line(text, &IMPRINT_FIELDS)
}

/// A line of two fields or more set apart by wide gaps, each opening with one of `fields` and
/// a colon. The line's first field is asked first, its labels compared in line (`strip_prefix`
/// called `memcmp` for every label, 0.16 M instructions over the seeds x3).
fn is_fields_line(text: &str, fields: &[&str]) -> bool {
    let opens = |cell: &str| fields.iter().any(|f| has_prefix(cell, f) && cell[f.len()..].starts_with([':', '：']));
    if !opens(text.trim_start()) || !at_most_chars(text, MAX_IMPRINT_CHARS) {
        return false;
    }
    let mut cells = wide_cells(text);
    cells.clone().nth(1).is_some() && cells.all(opens)
}

/// `主办：某县人民政府办公室　　承办：某县数据资源管理局`: who runs a site, two fields or more set
/// apart by wide gaps; the caller checks that the site's foot is beside it (an event's credits
/// in a story read the same).
pub(crate) fn is_host_line(text: &str) -> bool {
    is_fields_line(text, &["主办", "承办", "协办", "主管"])
}

/// `某县融媒体中心主办　　今日某县`: a page's foot naming its publisher beside the paper's name,
/// set apart by a wide gap. Each cell is one or the other, and a publisher is named.
fn is_publisher_line(text: &str) -> bool {
    // most lines name no publisher: told by the word before the cells are read
    if !crate::quantity::words::occurs(text, "主办") {
        return false;
    }
    let cells: Vec<&str> = wide_cells(text).collect();
    cells.len() >= 2
        && cells.iter().any(|c| is_publisher(c))
        && cells.iter().all(|c| is_publisher(c) || is_masthead(c) || is_today_paper(c))
}

/// Longest name of a paper in Roman capitals read as a masthead.
const MAX_ROMAN_MASTHEAD_CHARS: usize = 48;

/// A newspaper's name printed alone, as it stands over the page's dateline (`某某日报`, `某某报`,
/// or in Roman capitals, `MOUMOU DAILY`, as a site prints its name too); the caller checks that
/// a page header is beside it.
pub(crate) fn is_masthead(text: &str) -> bool {
    let han = at_most_chars(text, 12)
        && (MASTHEAD_ENDS.iter().any(|e| text.ends_with(e)) || is_county_paper(text))
        && text.chars().all(super::line::is_han);
    let roman = || {
        at_most_chars(text, MAX_ROMAN_MASTHEAD_CHARS)
            && text.bytes().filter(u8::is_ascii_uppercase).count() >= 4
            && text.bytes().all(|b| b.is_ascii_uppercase() || matches!(b, b' ' | b'\'' | b'.' | b'&'))
    };
    han || roman()
}

/// The parts of a supplement's masthead (`今日某县` / `乡村振兴 专刊` / `某县融媒体中心主办`):
/// read only at the top of the page, as a headline may read so too (`今日冬至`); the caller
/// checks that a page header is beside it.
pub(crate) fn is_supplement_masthead(text: &str) -> bool {
    is_today_paper(text) && text.chars().all(super::line::is_han) || is_supplement(text) || is_publisher(text)
}

/// Longest name of an official account read above the time it posted.
const MAX_ACCOUNT_NAME_CHARS: usize = 16;

/// An official account's name as it prints over a post (`某县发布`, `原创 某县融媒`): a few
/// words with no punctuation.
pub(crate) fn is_account_name(text: &str) -> bool {
    at_most_chars(text, MAX_ACCOUNT_NAME_CHARS) && text.chars().all(|c| super::line::is_han(c) || c.is_ascii_alphanumeric() || c == ' ')
}

/// A date of a page header stands as a token of its own: `2021年12月14日 星期二`, not
/// `2021年12月14日起实施`.
fn stands_alone(after: &str) -> bool {
    after.is_empty()
        || after.starts_with(char::is_whitespace)
        || ["星期", "周", "农历", "第", "(", "（"]
            .iter()
            .any(|m| after.starts_with(m))
}

/// `第3版`, `A2版`, `03版`.
fn has_edition(text: &str) -> bool {
    text.match_indices('版').any(|(i, _)| {
        let before = text[..i].trim_end();
        before.ends_with(|c: char| {
            crate::charset::is_digit(c) || "一二三四五六七八九十".contains(c)
        }) && (before.contains('第') || before.ends_with(|c: char| c.is_ascii_digit()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_imprint_field_opens_with_a_listed_first() {
        for f in IMPRINT_FIELDS {
            assert!(f.starts_with(IMPRINT_FIRSTS), "{f}");
        }
    }

    #[test]
    fn link_trails_are_counted_by_bytes() {
        let by_chars = |text: &str| {
            let arrows = text.matches(['>', '›', '»']).count();
            let pipes = text.matches(['|', '｜']).count();
            arrows >= 2 || arrows + pipes >= 2 && !text.contains(|c: char| c.is_ascii_digit())
        };
        for t in ["首页 > 政务公开 > 正文", "首页›新闻›正文", "首页»新闻", "网站地图 | 联系我们", "甲｜乙", "人均纯收入(元) | 13286 | 14857", "»›", "｜｜1", "", "甲乙丙", "\u{00bb}\u{203a}\u{ff5c}", "»", "甲»", "»»", "›｜1", "“甲”，乙》丙"] {
            assert_eq!(is_link_trail(t), by_chars(t), "{t}");
        }
    }

    #[test]
    fn page_numbers() {
        for t in ["33", "５", "第3版", "- 12 -", "A3", "－２－"] {
            assert_eq!(furniture(t), Some(DiscardReason::PageNumber), "{t}");
        }
        assert_eq!(furniture("2020"), None);
        for t in ["—— 2/4 ——", "- 1/3 -", "第1页 共2页"] {
            assert_eq!(furniture(t), Some(DiscardReason::PageNumber), "{t}");
        }
        assert_eq!(furniture("2/4"), None, "a bare fraction may be a cell");
        for t in ["[图片]", "[图片] chart_2024_01.jpg", "［图片］"] {
            assert_eq!(furniture(t), Some(DiscardReason::Boilerplate), "{t}");
        }
        assert_eq!(furniture("[图片] 村民在茶园采茶"), None, "a caption after the mark is kept");
        assert_eq!(furniture("图片加载中…"), Some(DiscardReason::Boilerplate));
        assert_eq!(furniture("图片加载中的问题已解决。"), None);
        assert_eq!(furniture("—— 5/4 ——"), None);
    }

    #[test]
    fn an_official_accounts_frame_is_navigation() {
        for line in ["某县网 | 某县融媒体中心主办", "视频加载中...", "[视频播放器] 00:00 / 18:46", "点击上方蓝字关注我们", "阅读原文", "阅读 3256", "点赞 86", "在看 31", "分享", "收藏", "微信扫一扫", "预览时标签不可点", "为TA投票"] {
            assert_eq!(furniture(line), Some(DiscardReason::Navigation), "{line}");
        }
        assert!(is_list_label("往期推荐"));
        assert_eq!(furniture("· 某县2024年度公益性岗位招聘公告  04-12"), Some(DiscardReason::Navigation));
        assert_eq!(furniture("· 某县召开会议 2024-03-15"), Some(DiscardReason::Navigation));
        assert_eq!(furniture("·新建产业路12公里"), None);
        // a sentence that opens with one of the words is text
        assert_eq!(furniture("阅读让孩子们的假期更充实。"), None);
        assert_eq!(furniture("分享经验30条"), None);
        assert_eq!(furniture("评论"), None, "a column's label");
        assert_eq!(furniture("微信扫一扫,就能查到补贴到账情况,群众办事更方便了。"), None);
        assert!(!is_masthead("工作简报"));
        assert!(is_account_name("某县发布"));
        assert!(is_other_script("མགོ་ལོག་ཚགས་པར།"));
        assert!(is_publisher_line("某县融媒体中心主办　　今日某县"));
        assert!(is_imprint("地址：某州某县团结路18号　邮编：814000　电话：0975-8382126　印刷：某报社印刷厂"));
        assert!(!is_imprint("地址：某县团结路18号"), "one field alone");
        assert!(!is_imprint("电话：群众可拨打热线咨询　全县已受理200件"));
        // an event's credits in a story's text are no imprint
        assert!(!is_imprint("主办：某县人民政府　承办：某县农业农村局　协办：某镇人民政府"));
        assert_eq!(furniture("县融媒体中心开通新闻热线"), None, "a headline naming a hotline");
        assert!(is_publisher_line("某县日报  某县融媒体中心主办"));
        assert!(!is_publisher_line("某县融媒体中心主办"), "one cell: read beside a dateline only");
        assert!(!is_publisher_line("县妇联主办　　活动吸引200人参加"));
        assert!(is_other_script("ئۇيغۇر تىلى"));
        assert!(!is_other_script("果洛报 མགོ་ལོག"), "a line with Han text");
        assert!(!is_other_script("XICHUAN BAO"));
        assert!(!is_other_script("Ānquán shēngchǎn"));
        assert!(!is_other_script("ＰＭ２．５"));
        assert!(is_lunar_date("农历甲辰年八月初十"));
        assert!(!is_lunar_date("农历新年以来月月有活动"));
        assert!(!is_other_script("——"));
    }

    #[test]
    fn a_journals_contents_are_navigation() {
        assert_eq!(is_contents_entry("某村茶产业发展调查……………………………24"), Some(Leader::Dots));
        assert_eq!(is_contents_entry("某县：一颗脐橙的转型之路　　　　　　　　17"), Some(Leader::Gap));
        assert_eq!(is_contents_entry("稳住基本盘　守牢底线..........2"), Some(Leader::Dots));
        assert_eq!(is_contents_entry("全县茶园面积　6800"), None);
        assert_eq!(is_contents_entry("合计　　　　　　　　　　　　28516"), None);
        assert_eq!(is_contents_entry("……24"), None);
        // a row of a table in wide gaps is an entry only among dotted ones or under `目录`
        assert_eq!(furniture("新建村级光伏电站　　　　　　　　12"), None);
        assert!(is_running_head("某某论坛·2024年第9期"));
        assert!(is_running_head("2024年第9期　总第213期"));
        assert!(!is_running_head("2024年第9期　某某"));
        assert_eq!(furniture("月刊　每月5日出版"), Some(DiscardReason::Boilerplate));
        assert_eq!(furniture("XIANGCUN ZHENXING"), Some(DiscardReason::Boilerplate));
        assert_eq!(furniture("XICHUAN"), None);
    }

    #[test]
    fn a_feeds_end_and_a_caption_label_are_furniture() {
        assert!(is_comment_link("展开更多评论") && is_comment_link("展开12条评论"));
        assert!(!is_comment_link("展开网络评论员培训"));
        assert!(is_list_end("—— 没有更多了 ——"));
        assert!(is_list_end("字幕"));
        assert!(!is_list_end("字幕显示，全村已有80户开通网店"));
        for end in ["END", "- END -", "—END—", "The End", "— 完 —", "（完）"] {
            assert!(is_list_end(end), "{end}");
        }
        assert!(!is_list_end("ENDING"));
        assert!(is_app_title_bar("＜　某镇防返贫监测工作群(86)　　　　　　　···"));
        assert!(is_app_title_bar("< 某村村民群(312) ..."));
        assert!(!is_app_title_bar("＜某县志＞记载，全村有农户86户……"));
        assert!(!is_app_title_bar("＜　某镇防返贫监测工作群(86)"));
        assert!(!is_app_title_bar("〈某县志〉记载全村有农户86户……"));
        assert!(!is_app_title_bar("‹返回·"));
        assert!(!is_list_end("完成任务"));
        assert!(super::super::headline::is_timecoded("00:31　村民 某某：我在这里务工两年了。"));
        assert!(!super::super::headline::is_timecoded("12月3日 10:30"));
        assert!(!super::super::headline::is_timecoded("10:30"));
        assert!(!super::super::headline::is_heading_like("00:00　（现场声）"));
    }

    #[test]
    fn english_prose_is_a_translation() {
        assert!(is_latin_prose("Villagers in the county planted 5,000 mu of tea this spring."));
        assert!(is_latin_prose("March 3: Workers pack vegetables at a base. (Photo by Li Ming)"));
        assert!(!is_latin_prose("XICHUAN BAO"));
        assert!(!is_latin_prose("Email: news@example.com  Tel: 0871-1234567"));
        assert!(!is_latin_prose("在 2024 年 the county 种植"));
        assert!(!is_latin_prose("2024-03-18 10:26"));
        assert!(!is_account_name("某县召开会议,部署工作。"));
    }

    #[test]
    fn navigation_and_boilerplate() {
        assert_eq!(
            furniture("当前位置: 某网首页 地区新闻 正文"),
            Some(DiscardReason::Navigation)
        );
        assert_eq!(
            furniture("首页 > 新闻 > 本地"),
            Some(DiscardReason::Navigation)
        );
        assert_eq!(
            furniture("首页 | 新闻中心 | 政务公开"),
            Some(DiscardReason::Navigation)
        );
        assert_eq!(
            furniture("首页 新闻 政务 服务 互动"),
            Some(DiscardReason::Navigation)
        );
        assert_eq!(furniture("守护美丽家园 确保洁净亮美"), None);
        assert_eq!(
            furniture("字号:[ 大 中 小 ] 【打印本页】"),
            Some(DiscardReason::Navigation)
        );
        assert_eq!(
            furniture("编者按:本报今起推出“走进乡村”专栏,敬请关注。"),
            Some(DiscardReason::Boilerplate)
        );
        assert_eq!(furniture("编者按照规定审稿。"), None);
        assert_eq!(furniture("本版编辑:甲乙"), Some(DiscardReason::Boilerplate));
        assert_eq!(furniture("版面编辑 丙丁 美编 戊己"), Some(DiscardReason::Boilerplate));
        assert_eq!(furniture("本版面向全县征集稿件。"), None);
        assert!(continues_elsewhere("(下转第4版)"));
        assert!(ends_with_jump("线上线下销售额(下转第四版)"));
        assert!(!ends_with_jump("销售额达到(见附表)"));
        assert!(!continues_elsewhere("(上接第1版)"));
        assert_eq!(
            furniture("Copyright (C) 2010 某网版权所有"),
            Some(DiscardReason::Boilerplate)
        );
        assert_eq!(
            furniture("未经本网书面授权,请勿转载"),
            Some(DiscardReason::Boilerplate)
        );
        assert_eq!(
            furniture("违者依法追究法律责任"),
            Some(DiscardReason::Boilerplate)
        );
        assert_eq!(
            furniture("主办单位:某县人民政府办公室"),
            Some(DiscardReason::Boilerplate)
        );
        assert_eq!(
            furniture("免责声明:本站内容仅供参考。"),
            Some(DiscardReason::Boilerplate)
        );
        assert_eq!(
            furniture("某网(www.example.cn)权威媒体"),
            Some(DiscardReason::Boilerplate)
        );
        assert_eq!(furniture("【图片新闻】"), None, "only known chrome words");
        assert_eq!(
            furniture("【关闭窗口】【打印本页】"),
            Some(DiscardReason::Navigation)
        );
        assert_eq!(
            furniture("推荐使用1280×1024分辨率浏览本站"),
            Some(DiscardReason::Boilerplate)
        );
        assert_eq!(furniture("村民未经批准不得建房。"), None);
        assert_eq!(furniture("“"), Some(DiscardReason::PullQuote));
    }

    #[test]
    fn short_line_rules_keep_their_bounds() {
        assert_eq!(furniture("(下转第3版)"), Some(DiscardReason::Navigation));
        assert_eq!(furniture("(下转第3版,见本报今日各版面之要闻栏目)"), None);
        let web = "网址 www.example.cn";
        assert_eq!(furniture(web), Some(DiscardReason::Boilerplate));
        let long_web = format!("{}{web}", "村".repeat(40 - char_len(web)));
        assert_eq!(furniture(&long_web), Some(DiscardReason::Boilerplate));
        assert_eq!(furniture(&format!("镇{long_web}")), None, "41 characters");
        let mark = format!("{}版权所有", "某".repeat(76));
        assert_eq!(furniture(&mark), Some(DiscardReason::Boilerplate));
        assert_eq!(furniture(&format!("某{mark}")), None, "81 characters");
    }

    #[test]
    fn scans_and_list_pages_print_their_own_frame() {
        assert_eq!(furniture("第1页 共2页"), Some(DiscardReason::PageNumber));
        assert_eq!(furniture("第２页／共２页"), Some(DiscardReason::PageNumber));
        assert_eq!(furniture("共18条　每页6条　当前第1/3页"), Some(DiscardReason::Navigation));
        assert_eq!(furniture("扫描全能王 创建"), Some(DiscardReason::Boilerplate));
        assert_eq!(furniture("今日水印相机 已验证"), Some(DiscardReason::Boilerplate));
        // text that names pages or a watermark in a sentence stays
        assert_eq!(furniture("全书共2页，第1页为目录。"), None);
        assert_eq!(furniture("村里用水印相机记录每一次巡查，照片自动标注时间和地点。"), None);
    }

    #[test]
    fn menus_are_five_short_words() {
        assert!(is_menu("首页 新闻 政务 服务 互动"));
        assert!(is_menu("  首页  新闻\u{3000}政务 服务 互动 "));
        assert!(!is_menu("首页 新闻 政务 服务"), "four words");
        assert!(!is_menu("首页 新闻 政务公开栏目 服务 互动"), "a long word");
        assert!(
            !is_menu("首页 新闻 政务 服务 互动栏目表"),
            "a long last word"
        );
        assert!(!is_menu("首页 新闻。 政务 服务 互动"), "a sentence");
        assert!(!is_menu("首页 新闻 政务 服务 互,动"), "a comma");
        assert!(!is_menu("村里修了一条路,群众出行方便多了。"));
        assert!(!is_menu(""));
    }

    #[test]
    fn a_table_row_set_apart_by_pipes_is_no_link_trail() {
        assert_eq!(furniture("网站地图 | 联系我们 | 隐私声明"), Some(DiscardReason::Navigation));
        assert_eq!(furniture("脱贫人口人均纯收入(元) | 13286 | 14857"), None);
        assert_eq!(furniture("指标 | 2022年 | 2023年"), None);
    }

    #[test]
    fn a_line_of_site_switches_is_navigation() {
        assert_eq!(furniture("无障碍  长者模式  English"), Some(DiscardReason::Navigation));
        assert_eq!(furniture("简体 | 繁體"), Some(DiscardReason::Navigation));
        assert_eq!(furniture("网站支持IPv6　　政府网站找错"), Some(DiscardReason::Navigation));
        assert_eq!(furniture("站内搜索：请输入关键词　搜索"), Some(DiscardReason::Navigation));
        assert_eq!(furniture("您是本站第 3562187 位访客"), Some(DiscardReason::Boilerplate));
        let menu = "首页 | 机构概况 | 工作动态 | 审查调查 | 监督曝光 | 巡察工作 | 廉洁文化 | 政策法规 | 信访举报 | 网上留言";
        assert_eq!(furniture(menu), Some(DiscardReason::Navigation));
        let row = "全县脱贫人口人均纯收入 | 同比增长百分之十二 | 高于全省平均水平 | 连续三年位居全市前列 | 位居全省前列 | 群众满意度持续提升";
        assert_eq!(furniture(row), None, "a long line of long cells");
        assert_eq!(furniture("请输入关键字 搜索"), Some(DiscardReason::Navigation));
        assert_eq!(furniture("设为首页　|　加入收藏　|　无障碍浏览　|　客服热线：96199"), Some(DiscardReason::Navigation));
        assert_eq!(furniture("设为首页　|　加入收藏　|　全国统一客服热线：95518"), Some(DiscardReason::Navigation));
        assert_eq!(furniture("热门搜索：春风行动　就业补贴　社保缴费　　请输入关键词　　搜索"), Some(DiscardReason::Navigation));
        assert_eq!(furniture("热门搜索：春风行动　就业补贴"), None, "terms with no box after them");
        assert_eq!(furniture("全国防止返贫监测帮扶热线：12317"), None);
        assert_eq!(furniture("请输入项目名称或编号　　搜索"), Some(DiscardReason::Navigation));
        assert_eq!(furniture("新闻中心 > 公司新闻"), Some(DiscardReason::Navigation));
        assert_eq!(furniture("分享至：微信　　微博　　QQ空间　　复制链接"), Some(DiscardReason::Navigation));
        assert_eq!(furniture("首页　　关于我们　　新闻中心　　社会责任　　商家入驻　　投资者关系"), Some(DiscardReason::Navigation));
        assert_eq!(furniture("预约挂号　　智慧服务　　来院路线　　院长信箱　　　　服务热线：0795-8821120"), Some(DiscardReason::Navigation));
        assert_eq!(furniture("全国防返贫监测帮扶热线：12317"), None);
        assert_eq!(furniture("收入>支出"), None);
        assert_eq!(furniture("收入 > 支出"), None);
        assert_eq!(furniture("上一村：某镇花园村"), Some(DiscardReason::Navigation));
        assert_eq!(furniture("下一条：某县召开推进会"), Some(DiscardReason::Navigation));
        assert_eq!(furniture("上一年：全村收入80万元"), None);
        assert_eq!(furniture("下一步：扩大种植规模"), None, "a plan's label");
        assert_eq!(furniture("无障碍"), None, "one word");
        assert_eq!(furniture("无障碍设施改造惠及120户困难家庭。"), None);
    }

    #[test]
    fn every_navigation_start_starts_with_a_start_character() {
        for start in NAV_STARTS {
            assert!(
                start.chars().next().is_some_and(may_start_navigation),
                "{start}"
            );
        }
    }

    #[test]
    fn boilerplate_words_are_found_anywhere_in_a_line() {
        for (word, bit) in BOILERPLATE_WORDS {
            assert_eq!(said_in(&format!("村里{word}了")) & bit, bit, "{word}");
        }
        assert_eq!(said_in("请勿转载本网内容"), REPRINT | FORBIDDING);
        assert_eq!(said_in("©2020 某报社"), MARK);
        assert_eq!(said_in("村里修了路"), 0);
    }

    #[test]
    fn list_labels() {
        assert!(is_list_label("相关新闻:") && is_list_label("相关视频") && is_list_label("相关解读："));
        assert!(is_list_label("延伸阅读"));
        assert!(!is_list_label("相关新闻很多"));
        assert!(is_list_label("附件:"));
        assert!(is_list_label("【本期导读】"), "a text edition's label in brackets");
        assert_eq!(furniture("附件下载：在全县某某工作会议上的讲话.pdf"), Some(DiscardReason::Navigation));
        assert_eq!(furniture("附件：该县印发了实施方案。"), None);
        assert!(is_attachment("1.某县帮扶工作实施方案.PDF"));
        assert!(!is_attachment("该县印发了实施方案。"));
    }

    #[test]
    fn dates() {
        let (d, t, used) = datetime("2018-10-21 21:15某网").unwrap();
        assert_eq!(d.to_string(), "2018-10-21");
        assert_eq!(t, Some((21, 15)));
        assert_eq!(used, "2018-10-21 21:15".len());
        assert_eq!(
            datetime("2021年3月5日").unwrap().0.to_string(),
            "2021-03-05"
        );
        assert!(datetime("2021年13月5日").is_none());
        let day = |t: &str| page_header(t).flatten().map(|d| d.to_string());
        assert_eq!(day("2021年12月14日 星期二").as_deref(), Some("2021-12-14"));
        assert_eq!(
            day("某某日报 2020年3月1日 第3版").as_deref(),
            Some("2020-03-01")
        );
        assert_eq!(page_header("第5版 要闻 责编:甲乙"), Some(None));
        assert!(page_header("2021年12月14日,全县召开大会。").is_none());
        assert!(page_header("某县召开脱贫攻坚推进会").is_none());
        assert!(page_header("2021年12月14日，第3版").is_none(), "a comma");
        assert!(page_header("2020河北冰雪产业博览会开幕").is_none());
        assert!(page_header("2021年12月14日起实施新规").is_none());
    }

    #[test]
    fn a_message_boards_frame_is_furniture() {
        for line in ["留言人：某镇网友", "回复时间：2023-08-18 16:02:11", "留言内容：", "本件评价结果：满意", "您是第 318642 位访问者", "相关附件：无", "本站访问量：2635817", "总访问量: 1,024,367次", "当前票数：1,286票", "某县气象局　　　　签发：马某某"] {
            assert_eq!(furniture(line), Some(DiscardReason::Boilerplate), "{line}");
        }
        assert_eq!(furniture("[我要写信]　[留言查询]　[留言须知]"), Some(DiscardReason::Navigation));
        // a reply's text, a bracketed label over a story and a field of the story are not
        for line in ["回复单位已会同镇政府入户核实。", "【数说】", "【导语】某县今年新修道路20公里", "平台访问量：12万次", "得票数：12860票", "平台访问量：35000"] {
            assert_eq!(furniture(line), None, "{line}");
        }
    }
}
