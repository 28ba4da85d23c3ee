//! Any string in, no panic out, and every span a record carries lies on char boundaries inside
//! the input.

use fupin_core::{Document, Extractor, Options, Span};
use proptest::prelude::*;
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(Extractor::new)
}

fn check_span(text: &str, s: Span, what: &str) {
    assert!(
        s.start <= s.end && s.end <= text.len(),
        "{what} {s:?} outside {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "{what} {s:?} splits a char"
    );
}

/// Walks every span of every record through the serialised document, so record kinds added
/// later are checked too: any object with numeric `start` and `end` is a span.
fn check_all(text: &str, doc: &Document) {
    fn walk(text: &str, v: &serde_json::Value, path: &str) {
        match v {
            serde_json::Value::Object(m) => {
                if let (Some(s), Some(e)) = (
                    m.get("start").and_then(|x| x.as_u64()),
                    m.get("end").and_then(|x| x.as_u64()),
                ) {
                    check_span(text, Span::new(s as usize, e as usize), path);
                }
                for (k, x) in m {
                    walk(text, x, &format!("{path}.{k}"));
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(text, x, path)),
            _ => {}
        }
    }
    walk(text, &serde_json::to_value(doc).unwrap(), "doc");
    for a in &doc.articles {
        for p in &a.paragraphs {
            for piece in &p.pieces {
                check_span(
                    text,
                    Span::new(piece.source_start, piece.source_start + piece.len),
                    "piece",
                );
                assert_eq!(
                    &text[piece.source_start..piece.source_start + piece.len],
                    &p.text[piece.text_start..piece.text_start + piece.len]
                );
            }
        }
    }
}

fn run(text: &str) {
    if let Ok(doc) = extractor().extract(text, &Options::default()) {
        check_all(text, &doc);
    }
}

/// Pieces of news pages, to build inputs that reach the layout rules.
const FRAGMENTS: &[&str] = &[
    "本报讯(记者 张明 通讯员 李华)",
    "□本报记者 王五",
    "(文/赵六 图/钱七、孙八)",
    "责任编辑:周九",
    "某县开展送医下乡活动",
    "——某区工作纪实",
    "## 小标题",
    "# 标题",
    "**本报讯(通讯员吴十)**",
    "33",
    "１２",
    "第3版",
    "“",
    "”",
    "当前位置: 首页 > 新闻",
    "相关新闻:",
    "Copyright © 2020 版权所有",
    "吴刚 摄",
    "(本报记者 刘一 摄)",
    "图为群众在劳动。",
    "今年以来,全县脱贫人口稳步增收",
    // a body sentence, a cut line and a pull quote that partly repeats the sentence
    "依托山区资源发展特色种植,走出了一条群众增收的好路子。",
    "让种植户学得",
    "全镇种植面积由800亩扩大到3000亩……依托山区资源发展特色种植,走出了一条群众增收的好路子",
    "。",
    "……",
    "2021年12月14日 星期二",
    "时间:2018-10-21 21:15某网(www.x.cn)",
    "来源:",
    "新华社北京3月5日电",
    "１２３４５",
    "é",
    "👍🏽",
    "\u{0}",
    "\u{feff}",
    "\r",
    "\t",
    " ",
    "\u{3000}",
    "ا",
    "Ω",
    "ﾊﾝ",
    "摄",
    "讯",
    "电",
    // the shapes the rules of yearbooks, bulletins, supplements, boxes and programs look for
    "某县年鉴（2024）",
    "186",
    "【概况】",
    "　　２０２４年，全县新识别监测对象１２３户。",
    "（县乡村振兴局　供稿　撰稿人：马某）",
    "（某局　供稿）",
    "构建“1+N”帮扶体系。“1”即",
    "“N”即甲、乙、丙等多方力量",
    "推行“四统一”，",
    "统一供应菌棒、统一技术指导、统一品牌包装、统一保底收购",
    "《若干措施》共18条",
    "第一条明确健全监测机制；第二条提出",
    "岗位：缝纫工　人数：45人　月薪：3500—5500元",
    "■ 选派干部212名",
    "▶ 15386元　脱贫人口人均纯收入",
    "数据来源：某办",
    "今日某县",
    "乡村振兴 专刊",
    "某县融媒体中心主办",
    "我局高度重视，会同县人社局",
    "广东省第十批援藏干部",
    "－２－",
    "（共印３０份）",
    "报：县委",
    "结成对子68对",
    "致使4名",
    "图为甲镇村民采摘。",
    "重点抓好以下四个环节。",
    "《某条例》第十条　有下列行为之一，给予处分：",
    "（作者：林某，系某县副县长）",
];

fn page_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(FRAGMENTS),
            prop::sample::select(&["", "\n", "\n\n", " "][..]),
        ),
        0..40,
    )
    .prop_map(|parts| parts.into_iter().flat_map(|(a, b)| [a, b]).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        run(&text);
    }

    #[test]
    fn news_like_pages(text in page_strategy()) {
        run(&text);
    }

    #[test]
    fn control_and_punctuation(text in "[\\x00-\\x1f。，、“”()（）:：#*□—0-9０-９摄讯电\\n ]{0,200}") {
        run(&text);
    }
}

#[test]
fn empty_huge_and_single_line() {
    run("");
    run("\n\n\n");
    let line = "今年以来,全县脱贫人口稳步增收,群众生活明显改善".repeat(20_000);
    run(&line);
    let page = "某县开展活动\n本报讯(通讯员甲乙)全县开展活动,群众踊跃参加\n33\n“\n".repeat(5_000);
    run(&page);
    // pull quotes with figures of their own cut into paragraphs, page after page
    let insets: String = (0..3_000)
        .map(|i| {
            format!(
                "本报讯(通讯员甲乙)依托山区资源发展特色种植,走出了一条群众增收的好路子。\n\
                 让种植户学得\n全镇种植面积由{i}亩扩大到{}亩……依托山区资源发展特色种植,\
                 走出了一条群众增收的好路子\n会、用得上。\n",
                i * 7
            )
        })
        .collect();
    run(&insets);
    assert_covered(&insets);
}

/// Every non-blank character of a page lies in an article or in `discarded[]`.
fn assert_covered(text: &str) {
    let page = fupin_core::page::split(text);
    let mut covered = vec![false; text.len()];
    let spans = page
        .articles
        .iter()
        .map(|a| a.span)
        .chain(page.discarded.iter().map(|d| d.span));
    for s in spans {
        check_span(text, s, "coverage");
        covered[s.start..s.end].iter_mut().for_each(|c| *c = true);
    }
    for (i, c) in text.char_indices() {
        assert!(
            covered[i] || c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}',
            "byte {i} ({c:?}) lost in {text:?}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn every_character_is_accounted_for(text in page_strategy()) {
        assert_covered(&text);
    }
}
