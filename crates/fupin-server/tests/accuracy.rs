//! Accuracy against hand-made gold, scored by the evaluation's own scorer
//! (`../shared/eval/score.py`), on the binary a user runs: `fupin extract --out DIR FILE…`.
//!
//! Forty-six sets: the seed pages beside the repository (`../shared/seeds`, the issues'
//! targets); our own pages in `crates/fupin-core/tests/heldout`, written from provinces and
//! papers the seeds do not cover and since used to fix rules; and `crates/fupin-core/tests/heldout2`
//! to `heldout45`, each written and annotated blind and scored once before it was used to fix
//! rules, so that a rule fitted to one seed sentence shows up as a drop here.
//! Skips, saying so, when `../shared` or `python3` is absent.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn scorer() -> Option<PathBuf> {
    let score = repo().join("../shared/eval/score.py");
    let python = Command::new("python3").arg("--version").output().is_ok_and(|o| o.status.success());
    (score.is_file() && python).then_some(score)
}

/// Runs `fupin extract` over the pages and returns the scorer's summary: metric → F1 or share.
fn score(pages: &Path, gold: &Path) -> Option<BTreeMap<String, f64>> {
    let Some(scorer) = scorer() else {
        eprintln!("../shared/eval/score.py or python3 not found beside the repository; skipping");
        return None;
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(pages)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no pages in {}", pages.display());
    let out = tempfile_dir(pages);
    let status = Command::new(env!("CARGO_BIN_EXE_fupin"))
        .arg("extract")
        .arg("--out")
        .arg(&out)
        .args(&files)
        .status()
        .expect("run fupin extract");
    assert!(status.success(), "fupin extract failed on {}", pages.display());
    let output = Command::new("python3")
        .arg(scorer)
        .arg(gold)
        .arg(&out)
        .arg("--json")
        .output()
        .expect("run score.py");
    assert!(output.status.success(), "score.py failed: {}", String::from_utf8_lossy(&output.stderr));
    let summary: serde_json::Value = serde_json::from_slice(&output.stdout).expect("score.py JSON");
    let _ = std::fs::remove_dir_all(&out);
    let metrics = summary
        .as_object()?
        .iter()
        .filter_map(|(k, v)| Some((k.clone(), v.get("f1").or_else(|| v.get("share"))?.as_f64()?)))
        .collect();
    eprintln!("{}: {metrics:?}", pages.display());
    Some(metrics)
}

fn tempfile_dir(pages: &Path) -> PathBuf {
    let name = pages.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let dir = std::env::temp_dir().join(format!("fupin-accuracy-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create output dir");
    dir
}

fn assert_floor(metrics: &BTreeMap<String, f64>, floors: &[(&str, f64)]) {
    let failed: Vec<String> = floors
        .iter()
        .filter(|(k, floor)| metrics.get(*k).copied().unwrap_or(0.0) < *floor)
        .map(|(k, floor)| format!("{k} {:.3} < {floor}", metrics.get(*k).copied().unwrap_or(0.0)))
        .collect();
    assert!(failed.is_empty(), "below target: {}", failed.join(", "));
}

#[test]
fn seed_pages_reach_the_issue_targets() {
    let shared = repo().join("../shared");
    let Some(m) = score(&shared.join("seeds"), &shared.join("gold/seeds")) else { return };
    assert_floor(
        &m,
        &[
            ("articles", 0.95),
            ("contributors", 0.95),
            ("must_join", 0.9),
            ("must_drop", 0.95),
            ("facts", 0.92),
            ("fact_subject", 0.80),
            ("fact_qualifier", 0.90),
            ("fact_year", 0.85),
            ("changes", 0.90),
            ("programs", 0.85),
            ("program_items", 0.85),
            ("primary_region", 0.95),
            ("regions", 0.90),
            ("poverty_related", 0.95),
        ],
    );
}

/// Floors of the held-out sets: a little under what each reached once its misses were mended,
/// so a rule change elsewhere that costs one record passes and a real regression does not.
const HELD_OUT_FLOORS: &[(&str, f64)] = &[
    ("articles", 0.9),
    ("contributors", 0.9),
    ("must_join", 0.9),
    ("must_drop", 0.9),
    ("facts", 0.95),
    ("fact_subject", 0.9),
    ("fact_qualifier", 0.95),
    ("fact_year", 0.9),
    ("changes", 0.9),
    ("programs", 0.9),
    ("program_items", 0.9),
    ("primary_region", 0.9),
    ("regions", 0.85),
    ("poverty_related", 0.9),
];

/// [`HELD_OUT_FLOORS`] with some metrics set apart for one set.
fn floors_with(overrides: &[(&'static str, f64)]) -> Vec<(&'static str, f64)> {
    HELD_OUT_FLOORS
        .iter()
        .map(|&(k, v)| overrides.iter().find(|(o, _)| *o == k).map_or((k, v), |&o| o))
        .collect()
}

#[test]
fn held_out_pages_stay_above_their_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Floors a little under what the rules reach today (1.000 on every metric but fact_subject
    // 0.985 and poverty_related 0.952): a drop below one is a regression.
    assert_floor(&m, &floors_with(&[("regions", 0.9)]));
}

#[test]
fn blind_held_out_pages_stay_above_their_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout2");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // This set was written and annotated without looking at the output; its first score was
    // articles 1.000, contributors 0.968, facts 0.989 (subject 0.879), changes 0.933, programs
    // 0.889 (items 0.828), regions 0.929, primary_region 0.900, poverty_related 0.900. It has since
    // been used to fix rules (programs, changes, facts, regions); the floors follow today's figures
    // (facts 1.000, subject 0.958, programs 1.000, primary_region 1.000, regions 0.929).
    assert_floor(&m, &floors_with(&[("poverty_related", 0.85)]));
}

#[test]
fn second_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout3");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by another hand, from 广西, 云南, 河南 and 青海, without looking at
    // the output. Its first score: articles 1.000, contributors 1.000, must_join 0.667, facts
    // 0.982 (subject 0.926, qualifier 0.978, year 0.810), changes 0.941, programs 0.667 (items
    // 0.722), primary_region 0.556, regions 0.870, poverty_related 1.000. Used to fix rules since
    // (regions from the paper's name, programs, years, numerals, joins across a photo): every
    // metric 1.000 but fact_subject 0.964 and regions 0.917.
    assert_floor(&m, HELD_OUT_FLOORS);
}

#[test]
fn third_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout4");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by another hand, from 四川巴中, 甘肃临夏, 湖南湘西 and 吉林延边 (a
    // print page, a government web page, a feature, a page of briefs), without looking at the
    // output. Its first score: articles 0.929, contributors 0.957, must_drop 0.958, facts 0.987
    // (subject 0.936, Chinese numerals 0.800), programs 0.923 (items 0.941, declared count
    // 0.833), every other metric 1.000. Used to fix rules since (a menu one item a line, a dated
    // photo inside a cut paragraph, 千万元, 车次, leads framed alike, “五个聚焦”, subjects): every
    // metric 1.000 but fact_subject 0.969 and fact_qualifier 0.995.
    assert_floor(&m, HELD_OUT_FLOORS);
}

#[test]
fn fourth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout5");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by another hand without looking at the output: two 河北 city-paper
    // pages (邢台, 保定) laid out as the seeds are, a 菏泽 county web page and a 六安 feature. Its
    // first score: articles 1.000, contributors 0.933, must_join 0.667, must_drop 1.000, facts
    // 0.978 (subject 0.924), changes 0.889, programs 0.667 (items 0.720), regions and
    // primary_region 1.000, poverty_related 0.917. Mended since: programs (a set glossed by
    // clauses repeating its word, headings with a colon), a names-only closing byline, a quote
    // holding the continuation of the sentence it cuts, 发展到 as a change verb, a change with
    // no unit, 两轮. Still missed: subjects (0.940), counts naming a declared set (facts 0.982).
    assert_floor(&m, HELD_OUT_FLOORS);
}

#[test]
fn fifth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout6");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by another hand without looking at the output: two 河北 city-paper
    // pages (承德, 沧州) with an 编者按, a jump line, a 记者手记 and tables printed as text, a
    // 吉安 county web page and a 绥化 feature. Its first score: articles 0.929, contributors
    // 0.811, must_drop 0.966, facts 0.989 (subject 0.890, year 0.806, Chinese numerals 0.750),
    // changes 0.960, programs 0.727 (items 0.643), poverty_related 0.923, regions, primary_region
    // and must_join 1.000. Mended since: bylines (本报通讯员, 全媒体记者, a brief signed at its
    // end), a jump line ends the story, fractions, tables, programs, 乡村振兴 as a cue: every
    // metric 1.000 but fact_subject 0.924, fact_qualifier 0.995 and facts 0.997.
    assert_floor(&m, HELD_OUT_FLOORS);
}

#[test]
fn sixth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout7");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by another hand without looking at the output: a 唐山 page with a
    // reprinted wire story and a 短评, a 秦皇岛 page with an interview and photo news, a 清远
    // government page with numbered clauses and attachments, a 怀化 feature with a 【数说】 box.
    // Its first score: articles 0.857, contributors 0.900, must_drop 0.958, facts 0.994 (subject
    // 0.917, qualifier 0.988), changes 0.957, programs 0.667 (items 0.786), regions 0.933, every
    // other metric 1.000. Mended since: column labels opening a piece, circled items inside a
    // paragraph, 百亿元, attachments, a level reached against a dated earlier level.
    assert_floor(&m, HELD_OUT_FLOORS);
}

#[test]
fn seventh_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout8");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by another hand without looking at the output: a 邯郸 page with a
    // wire story, a box of figures printed figure first and a 短评, a 廊坊 page of photo news
    // with an interview, a 临沂 policy explainer web page and a 百色 feature. Its first score:
    // articles 0.759, contributors 0.714, must_drop 0.923, facts 0.966 (subject 0.939, year
    // 0.855), changes 0.824, programs 0.571 (items 0.545), primary_region 0.909, regions 0.900,
    // poverty_related 0.727. Mended since: the photo-news page (headlined pictures, an outlet
    // before a role word, a masthead in Roman letters, page credits), figure-first boxes, names
    // alone closing a story, a table row pairing two years' figures (changes 1.000), figures
    // dated by 全年 or a figure-first label (fact_year 0.983), a rule's clauses quoted in order
    // and a quoted count after its list (programs 1.000), a line of site switches. Still
    // missed, so floored where it stands: the topic of short photo items.
    assert_floor(&m, &floors_with(&[("poverty_related", 0.75)]));
}

#[test]
fn eighth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout9");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by another hand without looking at the output: a 石家庄 page with a
    // story continued from page 1, a profile and a column of briefs, a 张家口 interview page with
    // a box of figures cutting an answer, a 和田 government notice, a 宁德 feature with a table
    // printed as text and a speech. Its first score: articles 0.833, contributors 0.829,
    // must_join 0.750, must_drop 0.958, facts 0.960 (article 0.683, subject 0.922, year 0.833),
    // changes 0.857, programs 0.727 (items 0.714), regions 0.976, poverty_related 0.933.
    // Mended since: a speech signed by an official, a document's title over a web page's meta
    // line, 十几, a byline after a brief's last sentence, a level compared with an earlier one,
    // numbered parts of two sections read as two lists, bare table figures under a header line.
    // A paragraph cut by a box is joined now. Still missed, so floored where they stand: years
    // (0.900).
    assert_floor(&m, &floors_with(&[("fact_year", 0.88)]));
}

#[test]
fn ninth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout10");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by another hand without looking at the output: a 光山 county paper
    // (briefs, a pull quote cut into a sentence), a 宕昌 government site with a table whose rows
    // print their unit, a 山阳 feature with ▲ captions and section heads, and a 雷山 page with a
    // Q&A, a commentary, a story continued from page 1 and a 数读 box. Its first score: articles
    // 0.918, contributors 1.000, must_join 1.000, must_drop 1.000, facts 0.975 (article 0.798,
    // year 0.877), changes 0.963, programs 0.857 (items 0.875), primary_region 0.929, regions
    // 0.921, poverty_related 0.929. Its annotator wrote 六成 as 6 of a unit 成; the other sets
    // and the spec's canonical units read it as 60 %, and so does this gold now.
    assert_floor(&m, HELD_OUT_FLOORS);
}

#[test]
fn tenth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout11");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by another hand without looking at the output: a 天水 print page
    // re-wrapped at a fixed width, a 延川 government site with a table of year columns, a 竹山
    // feature and a 广元 mixed page (a continued story, a 数读 box, a 政策解读 of a rule's
    // clauses). Its first score: articles 0.889, contributors 0.886, must_join 0.909, must_drop
    // 0.958, facts 0.984 (article 0.965, subject 0.917, year 0.817), changes 0.857, programs
    // 0.783 (items 0.884), primary_region 0.958, regions 0.905, poverty_related 0.958. Mended
    // since: a wrapped page read back into paragraphs, year columns, a 政策解读 piece, numbered
    // sections across long sections, a year over semicolons.
    assert_floor(&m, HELD_OUT_FLOORS);
}

#[test]
fn eleventh_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout12");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by another hand without looking at the output: a 思南 county page
    // wrapped at a fixed width, a 正阳 government site with a table set apart by pipes, a 罗田
    // feature on a 专版 and a 上饶 mixed page. Its first score: articles 0.913, contributors
    // 0.828, must_join 0.667, must_drop 0.969, facts 0.958 (subject 0.916, year 0.985), changes
    // 0.750, programs 0.667 (items 0.629), primary_region 0.952, regions 0.925, poverty 1.000.
    // Mended since: the piped table, 千瓦 (facts 0.978, changes 0.974), a ■数读 box with no
    // title, a question headline over a subtitle (articles 1.000); then named counts with
    // their items in prose, slash roles and names signing alone, a pull quote's attribution, a
    // wrap by character count and the helped county of a partner headline (contributors 0.984,
    // must_join 1.000, programs 0.857, items 0.919, primary_region 1.000). Its remaining
    // program misses (an unquoted `三条发现渠道`, `三级包保`, conditional items) are floored
    // where they stand.
    assert_floor(&m, &floors_with(&[("programs", 0.8), ("program_items", 0.85)]));
}

#[test]
fn twelfth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout13");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by another hand without looking at the output: a 子洲 print page
    // wrapped at a count of characters (a boxed pull quote, a byline broken after its bracket,
    // a 图片新闻 row), a 正安 government site with full-width punctuation and a piped table, a
    // 南涧 feature and a 忻州 mixed page (a Q&A, a 政策解读 of clauses, a notice). Its first
    // score: articles 0.927, contributors 0.913, must_join 0.917, must_drop 0.980, facts 0.991
    // (subject 0.946, year 0.947), changes 1.000, programs 1.000 (items 0.821), primary_region
    // 1.000, regions 0.953, poverty_related 0.974. Mended since: a wrap by character count, a
    // boxed pull quote, a byline broken after its bracket, a photo row, a notice, full-width
    // commas in two-phrase heads (articles 0.988, contributors 0.989, facts 0.997, items 1.000).
    assert_floor(&m, HELD_OUT_FLOORS);
}

#[test]
fn thirteenth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout14");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by another hand without looking at the output, shorter than the
    // others (9,100 characters): a 淅川 county paper wrapped at a count of characters, a 宣汉
    // government site, a 广昌 feature and a 运城 mixed page. Its first score: articles 0.762,
    // contributors 0.829, must_join 1.000, must_drop 1.000, facts 0.905 (subject 0.898, year
    // 1.000), changes 1.000, programs 0.909 (items 0.865), primary_region 0.938, regions
    // 0.444, poverty_related 0.938. Its annotator kept the ends of a change out of the facts
    // and gave a county paper's unplaced stories the county as a region, where the other sets
    // do neither; those metrics are floored where they stand.
    assert_floor(
        &m,
        &floors_with(&[
            ("articles", 0.85),
            ("contributors", 0.8),
            ("facts", 0.88),
            ("fact_subject", 0.85),
            ("regions", 0.4),
        ]),
    );
}

#[test]
fn fourteenth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout15");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by another hand without looking at the output: a 关岭 print page of
    // briefs and pictures, a 临潭 government site's annual summary, a 天镇 post read in a
    // messaging app's official account, and a 永州 special page wrapped at a fixed width. Its
    // first score: articles 0.870, contributors 0.833, must_join 0.929, must_drop 0.880, facts
    // 0.990 (subject 0.936, year 0.805), changes 0.978, programs 0.870 (items 0.873),
    // primary_region 0.967, regions 0.949, poverty_related 0.933. Mended since: pictures after a
    // story on a news page, closing sources, the account's frame, a titled figure box, section
    // heads past ten, (1)(2)(3) and field-by-field lists, a paragraph's year past a comparison,
    // units (articles 0.986, contributors 0.929, facts 0.998, year 0.900, programs 0.960).
    assert_floor(&m, &floors_with(&[("fact_year", 0.85)]));
}

#[test]
fn fifteenth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout16");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by another hand without looking at the output: a 和政 county paper
    // (a 公示 table, two stories interleaved, a picture before its headline), a 拉孜 government
    // site (television scripts, sidebar link columns), a 永顺 feature special page and a 疏附 page
    // wrapped at a fixed width (numbered briefs with no headlines). Its first score: articles
    // 0.895, contributors 0.839, must_join 1.000, must_drop 0.982, facts 0.967 (subject 0.905,
    // year 0.931), changes 0.800, programs 0.609 (items 0.727), primary_region 0.957, regions
    // 0.982, poverty_related 0.957. Mended since: numbered briefs, 摄像, sidebar links, a 公示
    // table's amounts, units as printed (头(只)), slash fractions, a titled 数读 box (articles
    // 0.964, contributors 0.947, facts 0.995, programs 0.762). Its annotator left the rows of a
    // table of two years out of the changes and counts lists we do not read (docs/STATUS.md):
    // floors where those stand.
    assert_floor(
        &m,
        &floors_with(&[("changes", 0.75), ("programs", 0.7), ("program_items", 0.7), ("fact_subject", 0.88)]),
    );
}

#[test]
fn sixteenth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout17");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by another hand without looking at the output, at the very end of
    // the session that mended heldout15 and heldout16: a 邵阳 print page wrapped at 24
    // characters (a 县域传真 column of signed briefs, a photo row inside a story), a 广南
    // government site (a press release and a Q&A explainer), a 庄浪 feature and a 阜南 mixed
    // page (a 评论员文章, an interview, a 读者来信, a 数读 box printed label first). Its first
    // score: articles 0.794, contributors 0.691, must_join 0.923, must_drop 0.982, facts 0.983
    // (subject 0.932, year 0.887), changes 0.933, programs 0.818 (items 0.745), primary_region
    // 0.963, regions 0.871, poverty_related 0.963. Mended since, partly: spaced two-character
    // names, 本报评论员 and 政策问答, signed wrapped briefs, rows of pictures, names closing a
    // sentence, 和县直 (articles 0.962, contributors 0.903, regions 0.924); the next session's
    // regions, explainer lists and photo rows took it to articles 0.975, contributors 0.925,
    // programs 0.917 (items 0.832), regions 0.949. What it still misses is listed in
    // docs/STATUS.md; the floors stand under today's figures.
    assert_floor(
        &m,
        &floors_with(&[("contributors", 0.85), ("fact_year", 0.85), ("programs", 0.85), ("program_items", 0.78)]),
    );
}

#[test]
fn seventeenth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout18");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by another hand without looking at the output: a 屏山 news app's
    // page (bracketed bylines, readers' comments, buttons), a 长治 OCR page that prints no blank
    // lines between stories (photo news opening 本报讯, 【编后】 on its headline's line), a 晴隆
    // interview with a 公示 list, and a 化德 page of diary entries. Its first score: articles
    // 0.968, contributors 0.836, must_drop 0.859, facts 0.988 (subject 0.936, year 0.986),
    // changes 0.971, programs 0.800 (items 0.885), primary_region 0.967, regions 0.931,
    // poverty_related 0.933. Its gold credits 审核/终审 as editors, as heldout15 and heldout20
    // do and heldout12–14 do not; we credit them (contributors 0.965 now).
    assert_floor(&m, &floors_with(&[("contributors", 0.85), ("programs", 0.8)]));
}

#[test]
fn eighteenth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout19");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by another hand without looking at the output: a 三都 press
    // conference transcript (a list of speakers under 发布人:, turns by name), a 怒江 paper's
    // east–west partnership page, a 九江 profile page with a 名片 box, and 汝城 notices with pipe
    // tables. Its first score: articles 0.944, contributors 0.941, must_join 0.714, must_drop
    // 0.982, facts 0.960 (article 0.669, subject 0.900, year 0.861), changes 0.919, programs
    // 0.500 (items 0.750), primary_region 0.735, regions 0.915, poverty_related 0.794. Partly
    // mended the same session and the next (a box's Chinese figure and a 名片 card cut into
    // paragraphs: must_join 1.000); what it still misses is listed in docs/STATUS.md.
    assert_floor(
        &m,
        &floors_with(&[
            ("fact_subject", 0.88),
            ("fact_year", 0.85),
            ("programs", 0.65),
            ("program_items", 0.7),
            ("primary_region", 0.8),
        ]),
    );
}

#[test]
fn nineteenth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout20");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by another hand without looking at the output: a 陇县 official
    // account's post (account and time line, 文字/图片 credits, 编辑/审核/监制), a 巫山 station's
    // news scripts under a rundown, a 通榆 chronicle of dated entries (同年6月) under a stacked
    // headline with no byline, and a 梅州 page of county briefs closed by (某县融媒体中心 张三),
    // with an advertisement. Its first score: articles 0.878, contributors 0.737, must_drop
    // 0.831, facts 0.986 (article 0.501, subject 0.919, year 0.573), programs 0.714 (items
    // 0.875), primary_region 0.944, regions 0.885. Mended the same session to articles 0.988,
    // contributors 1.000, fact_article 1.000, year 0.972, programs 0.941.
    assert_floor(&m, &floors_with(&[("program_items", 0.85), ("primary_region", 0.88)]));
}

#[test]
fn twentieth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout21");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by another hand without looking at the output: a 紫金 county
    // government work report on its site, a 镇巴 village teams' 工作简报, a 六盘水 理论·评论
    // page of signed essays with a photo strip, and a 砀山 Q&A page. Its first score: articles
    // 0.696, contributors 0.706, facts 0.991 (article 0.675, subject 0.893, year 0.724),
    // programs 0.625 (items 0.780), primary_region 0.875. Mended over two sessions to articles
    // 1.000, contributors 0.957, fact_article 1.000, fact_year 0.987, programs 0.966 (items
    // 0.979), primary_region 1.000.
    assert_floor(&m, &floors_with(&[("fact_subject", 0.87)]));
}

#[test]
fn twenty_first_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout22");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by another hand without looking at the output: a 会宁 statistics
    // bulletin on a 统计局 site (space-aligned tables, 当年/上年 columns), a 忠县 网民留言 page of
    // messages and replies, a 娄底日报 page with a wire story, a price list and a 表彰公示, and a
    // 建宁 调研报告 from a 党校 journal with running heads cutting its paragraphs. Its first
    // score: articles 0.743, contributors 0.765, facts 0.955 (subject 0.850, year 0.195),
    // changes 0.741, programs 0.483, must_join 0.667, must_drop 0.860, regions 0.904. Mended the
    // same session to articles 0.950, contributors 0.944, facts 0.973 (year 0.984), changes
    // 0.970, programs 0.824, must_join and must_drop 1.000, primary_region 1.000. Its gold
    // keeps prices per weight in compound units (`元/斤`), which RECORDS.md's money in 元 does not.
    assert_floor(&m, &floors_with(&[("fact_subject", 0.83), ("programs", 0.75)]));
}

#[test]
fn twenty_second_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout23");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by another hand without looking at the output, in two rounds of two
    // pages each, each scored once before any rule used it. A 临沧 融媒体 site scraped with no
    // blank lines at all and a 平江 county page whose two columns the converter interleaved,
    // with a 简讯 column of ●-briefs: articles 0.759, contributors 0.844, must_join 0.667,
    // must_drop 0.846, programs 0.857. A 中益乡 工作总结和工作打算 and a 陇东报 page with a press
    // release, a 答记者问 and a 图解 box: articles 0.941, contributors 0.842, facts 0.975 (years
    // 0.152), programs 0.316. Mended the same session to articles 0.925, contributors 0.953,
    // years 0.986, programs 0.667, and the next to programs 0.952 (items 0.978: 一要… leads, a
    // slogan after its list, a “1+N” model, a rule's 第N条 summed up); the interleaved headline
    // is still read into the paragraph it cuts.
    assert_floor(&m, &floors_with(&[("must_join", 0.75)]));
}

#[test]
fn twenty_third_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout24");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by other hands without looking at the output, two pages each, and
    // scored once before any rule used it: a 卢氏 纪委监委 site's 通报 of eighteen cases with a
    // 纪法链接 box, a 林芝报 援藏 page (Tibetan names, a 图片新闻 strip, a 援藏手记 signed at its
    // end, a 数说 box of ■ lines), a 莲花 county's answer to a deputy's suggestion, and a 嵩县
    // 乡村振兴 专刊 (典型案例, 帮扶明白卡, a job list of field rows). Its first score: articles
    // 0.909, contributors 0.846, must_drop 0.956, facts 0.986 (subject 0.862, year 0.957),
    // programs 0.800 (items 0.865), primary_region 0.900, regions 0.912. Mended the same
    // session to articles 1.000, must_drop 1.000, facts 0.992 (subject 0.899, year 0.982),
    // programs 1.000 (items 0.976), primary_region 0.969. Its gold gives the page's foot editor
    // to every piece on the 林芝 page (eleven of its contributors), where the other golds give
    // it to one piece, as we do.
    assert_floor(&m, &floors_with(&[("contributors", 0.8), ("fact_subject", 0.87)]));
}

#[test]
fn twenty_fourth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout25");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by other hands without looking at the output, two pages each at
    // once, and scored once before any rule used it: a 同心 county yearbook's chapters (running
    // heads, 【…】 entries, a space-aligned table, 撰稿人 lines), a 左权 county congress's
    // inspection report, a 广西日报 front page (counties ranked, 一图读懂 box, 本报评论员,
    // briefs) and an OCR'd 大悟 工作简报 with full-width figures and indented paragraphs. Its
    // first score: articles 0.741, contributors 0.556, must_join 0.714, must_drop 0.869, facts
    // 0.974 (article 0.566, year 0.380), programs 0.741 (items 0.840), primary_region 0.750.
    // Mended the same session to articles 1.000, contributors 1.000, must_join and must_drop
    // 1.000, facts 0.983 (article 1.000, year 0.836), programs 0.960, primary_region 0.967. Its
    // gold writes 三分之二 as 66.67 where heldout24's writes 66.666667 and we write 200/3. The
    // next session's year rules (a comparison's base year leaves a paragraph's year standing;
    // the year may stand in any sentence before) took years to 0.901.
    assert_floor(&m, &floors_with(&[("fact_year", 0.87)]));
}

#[test]
fn twenty_fifth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout26");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by other hands without looking at the output, two pages each at
    // once, and scored once before any rule used it: a township's 政务公开 notice of a project
    // list (a table printed with tabs, long rows, one wrapped), an evening paper's feature page
    // (小标题, pictures between its parts, 记者观察, 链接, 上接/下转 jumps), a county audit
    // office's 审计结果公告 and a provincial daily's 要闻 page of wire copy (新华时评, a 数说
    // box of ■ lines). Its first score: articles 0.809, contributors 0.741, facts 0.980
    // (article 0.875, subject 0.883, year 0.795), programs 0.444 (items 0.667), primary_region
    // 0.923, regions 0.920. Mended the same session to articles 1.000, facts 0.990 (article
    // 1.000, year 0.974), programs 1.000, primary_region 1.000, regions 0.967. Its gold gives
    // the page header's editor to all twelve pieces of the 要闻 page (twelve of its
    // contributors), where most golds give a page's editor to one piece, as we do.
    assert_floor(&m, &floors_with(&[("contributors", 0.75), ("fact_subject", 0.87), ("poverty_related", 0.88)]));
}

#[test]
fn twenty_sixth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout27");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by other hands without looking at the output, two pages each at
    // once, and scored once before any rule used it: a village's 村务公开栏 photographed and
    // OCR'd (a ledger and payout lists printed with single spaces, stray bars, masked names, a
    // camera app's stamp), a county site's 乡镇动态 list page of dated briefs, a 党史 journal's
    // review of four decades (running heads, a footnote cutting a sentence, 参考文献) and a
    // township's 防止返贫监测 form with its 告知书 and a 通告 under their office's name. Its first
    // score: articles 0.500, contributors 0.381, must_join 0.615, must_drop 0.733, facts 0.891
    // (article 0.191, subject 0.845), programs 0.636, primary_region 0.667, regions 0.737.
    // Mended the same session to articles 0.933, contributors 1.000, must_join and must_drop
    // 1.000, facts 0.914 (article 0.938), programs 0.800, regions 0.977. Left: the board's
    // ledger and payout list (single spaces between cells, thousands separators), about 45
    // facts. Its gold counts no change in the form's income table of 2022 and 2023 columns; we
    // read each row under year columns as one, as older golds do (six changes extra).
    assert_floor(
        &m,
        &floors_with(&[("facts", 0.87), ("fact_subject", 0.8), ("changes", 0.7), ("programs", 0.75), ("program_items", 0.8), ("primary_region", 0.8)]),
    );
}

#[test]
fn twenty_seventh_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout28");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by other hands without looking at the output, two pages each at
    // once, and scored once before any rule used it: a county 医保局 page explaining 防止因病返贫
    // (一图看懂 lines, a pipe table, a case, 问/答), a city paper's page on an 东西部协作 signing (a
    // numbered project list, a 协作成果 box of ■ lines, a sports story), a township's 擂台赛
    // scores with a 第一书记日记 under 上一篇/下一篇 links, and a national policy 解读 on a
    // provincial site. Its first score: articles 0.783, contributors 0.846, facts 0.958
    // (article 0.812, subject 0.856), programs 0.588 (items 0.807), primary_region 0.875.
    // Mended the same session to articles 0.917, contributors 0.923, facts 0.958 (article
    // 0.996), programs 0.667, and the next to facts 0.981 (a Markdown table's rule, a caption's
    // year, a project's attributes; subject 0.883), programs 0.875 (items 1.000: ▶ labels,
    // `五个部分`, `三笔账`, paired-place projects) and primary_region 1.000 (aid given, 会同 read
    // as a verb).
    assert_floor(&m, &floors_with(&[("fact_subject", 0.85), ("programs", 0.8), ("program_items", 0.95)]));
}

#[test]
fn twenty_eighth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout29");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by other hands without looking at the output, two pages each at
    // once, and scored once before any rule used it: a county media centre's page on a
    // livestream sale (a price table scraped one cell per line, menus, comments), a county
    // paper's 综合 page (full-width figures, a 讲话摘要 box, a weather box, classified notices),
    // a first secretary's 述职报告 on a township site (a pager cutting a paragraph, a signature
    // block), and a county's 政务微博 timeline (posts under stamps, reposts, a folded long
    // post). Its first score: articles 0.600, contributors 0.757, join/drop 0.857/0.881, facts
    // 0.959 (subject 0.899, year 0.548), programs 0.800, primary_region 0.889. Mended the same
    // session to articles, contributors, join, drop and primary_region 1.000, facts 0.977
    // (subject 0.910, year 0.944), programs 0.941.
    assert_floor(&m, &floors_with(&[("fact_subject", 0.87)]));
}

#[test]
fn twenty_ninth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout30");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by other hands without looking at the output, two pages each at
    // once, and scored once before any rule used it: a county site's 图集 page, a township's
    // PDF page with a 会议纪要 and a 中标结果公告, an 在线访谈 transcript with a quote's box, and a
    // 统计局 survey release with a table in spaces and a price note. Its first score: articles
    // 0.588, contributors 0.696, join/drop 0.600/0.912, facts 0.933 (year 0.606), changes
    // 0.615, programs 0.571. Mended the same session to articles 0.923, contributors 1.000,
    // join/drop 0.900/1.000, facts 0.948 (subject 0.893, year 0.967), changes 1.000,
    // programs 0.800 (items 0.868), and the next session to join 1.000 (a chart's title inside
    // a cut paragraph) and programs 0.933 (items 0.947).
    assert_floor(
        &m,
        &floors_with(&[("facts", 0.93), ("fact_subject", 0.86), ("programs", 0.85), ("program_items", 0.9), ("poverty_related", 0.8)]),
    );
}

#[test]
fn thirtieth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout31");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by other hands without looking at the output, two pages each at
    // once, and scored once before any rule used it: a county paper's 调研 page (a research
    // report with footnotes, a table in tabs, a 链接 box), a 融媒体 WeChat morning digest of ten
    // numbered briefs, a bilingual Tibetan–Chinese county paper page, and a charity's page (an
    // appeal, a letter of thanks, a list of donations). Its first score: articles 0.920,
    // contributors 0.894, drop 0.983, facts 0.977 (subject 0.862, year 0.891), programs 0.800,
    // primary_region 0.870, regions 0.938. Mended the same session to articles, contributors,
    // drop, programs and primary_region 1.000, facts 0.999 (subject 0.899, year 0.995),
    // regions 0.984.
    assert_floor(&m, &floors_with(&[("fact_subject", 0.86)]));
}

#[test]
fn thirty_first_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout32");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by other hands without looking at the output, two pages each at
    // once, and scored once before any rule used it: a provincial 乡村振兴 journal's issue (a
    // masthead, a table of contents, a 卷首语 and a 典型案例 under running heads), a county's
    // bilingual Chinese–English publicity page, a county site's 政府信息公开 item (an index box,
    // a project table in spaces) and a county media centre's short-video account (posts under
    // bare stamps, counters, 字幕 transcripts). Its first score: articles 0.414, contributors
    // 0.270, join/drop 0.800/0.870, facts 0.977 (subject 0.851, year 0.869), programs 0.889,
    // primary_region 0.667, regions 0.615. Mended the same session to articles 0.846 (a
    // case study's ▲ caption stays in its story, where the gold makes it a photo item),
    // contributors 0.829, join/drop 1.000/0.992, facts 0.987 (subject 0.887, year 0.909),
    // primary_region 0.727, regions 0.863; the bilingual page's glosses (`发布时间 Published：`)
    // still hide its header, so its stories run together.
    assert_floor(
        &m,
        &floors_with(&[
            ("articles", 0.8),
            ("contributors", 0.75),
            ("fact_subject", 0.86),
            ("fact_year", 0.88),
            ("programs", 0.85),
            ("primary_region", 0.7),
            ("regions", 0.8),
        ]),
    );
}

#[test]
fn thirty_second_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout33");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by other hands without looking at the output, two pages each at
    // once, and scored once before any rule used it: a city paper's 两会特刊 page (代表委员说
    // quotes, a 数读 box, a 短评), a county's 消费帮扶 product catalogue scraped a field a line,
    // a county office's 督查通报 with a 问题清单 table, and a county site's 帮扶责任人结对名单 in
    // wide spaces with a story under it. Its first score: articles 1.000, contributors 0.923,
    // facts 0.930 (subject 0.752, year 0.680), programs 1.000, primary_region 0.900, regions
    // 0.914. Mended the same session to contributors 1.000, facts 0.984 (subject 0.907, year
    // 0.934).
    assert_floor(&m, &floors_with(&[("fact_subject", 0.88)]));
}

#[test]
fn thirty_third_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout34");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by other hands without looking at the output, two pages each at
    // once, and scored once before any rule used it: a county site's 一图读懂 page (figures over
    // and under their labels, a 文字版), a county 人社局's 公益性岗位 notice with a post table in
    // wide spaces and a story under it, a county 手机报 issue of twenty briefs, and a county's
    // 年度十大新闻 page written the January after. Its first score: articles 0.667, contributors
    // 0.636, facts 0.954 (subject 0.827, year 0.445), programs 0.833, must_join 0.667,
    // poverty_related 0.692. Mended the same session to articles 1.000, contributors 1.000,
    // facts 0.992 (subject 0.888, year 0.844), poverty_related 1.000.
    assert_floor(&m, &floors_with(&[("fact_subject", 0.86), ("fact_year", 0.82), ("must_join", 0.8), ("programs", 0.88), ("program_items", 0.88)]));
}

#[test]
fn thirty_fourth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout35");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by other hands without looking at the output, two pages each at
    // once, and scored once before any rule used it: a county party secretary's speech on the
    // county site (the site's headline over the PDF's, broken over two lines), a county paper's
    // page on a 人大 专题询问 (a 问/答 box, a 短评), a township's 爱心超市积分管理办法 with points
    // tables and a story, and a county 农商银行's news page with a pipe table. Its first score:
    // articles 0.857, contributors 0.929, facts 0.966 (subject 0.870, year 0.659, article
    // 0.728), programs 0.727, primary_region 0.778. Mended the same session to articles 1.000,
    // facts' article 1.000, year 0.707, programs 0.842, primary_region 1.000. Its facts stay at
    // 0.966: its gold leaves out the points of the 积分 rules' tables, which the service reads
    // as it reads any price list.
    assert_floor(&m, &floors_with(&[("fact_subject", 0.85), ("fact_year", 0.68), ("must_join", 0.7), ("programs", 0.8)]));
}

#[test]
fn thirty_fifth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout36");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by other hands without looking at the output, two pages each at
    // once, and scored once before any rule used it: a county government's 实施方案 under its
    // notice on the county site (an index box, PDF page marks), a county paper's 消费帮扶 年货节
    // page (a 数读 box, a vendors' sidebar, a subscription ad), a county's four 典型案例 under
    // 【基本情况】 heads, and a WeChat 一封信 with a 政策明白卡 and liked comments. Its first score:
    // articles 0.593, contributors 0.526, facts 0.991 (subject 0.855, year 0.530), programs 0.759,
    // must_drop 0.921, regions 0.737. Mended the same session to articles 0.815, facts 0.996
    // (subject 0.869), programs 0.846, must_drop 1.000, primary_region 1.000. Left: the sidebar's
    // three vignettes and the letter's 明白卡 read as one story each (the gold splits them, and
    // their contributors go with them), and years its gold gives present figures by the page.
    assert_floor(
        &m,
        &floors_with(&[
            ("articles", 0.78),
            ("contributors", 0.5),
            ("fact_subject", 0.85),
            ("fact_year", 0.5),
            ("programs", 0.8),
            ("program_items", 0.85),
            ("regions", 0.8),
        ]),
    );
}

#[test]
fn thirty_sixth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout37");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by other hands without looking at the output, two pages each at
    // once, and scored once before any rule used it: a county 乡村振兴局's 部门预算 PDF on the
    // county site (contents, running heads spaced across the page, tables in spaces), a county's
    // study-tour report to Zhejiang, a 竣工验收 notice with a tab table of projects whose cells
    // wrap, and a city paper's 丰收节 page with four county briefs. Its first score: articles
    // 1.000, contributors 0.966, facts 0.946 (subject 0.794, year 0.616), must_join 0.667,
    // programs 0.800. Mended the same session to contributors 1.000, facts 0.981 (subject
    // 0.835, qualifier 0.998), must_join 1.000, programs 0.923.
    assert_floor(&m, &floors_with(&[("fact_subject", 0.8), ("fact_year", 0.62), ("programs", 0.85)]));
}

#[test]
fn thirty_seventh_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout38");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by other hands without looking at the output, two pages each at
    // once, and scored once before any rule used it: a county site's 万企兴万村 signing story
    // with a project table in wide spaces and a related story printed whole under 相关阅读, a
    // district paper's flood page (a 灾情速览 box cut into a sentence, a 问/答 interview,
    // township briefs), a national farmers' paper's roundup of six counties in six provinces,
    // and a county paper's literary supplement. Its first score: articles 0.889, contributors
    // 0.923, facts 0.989 (subject 0.849, year 0.451), changes 0.800, programs 0.923, must_join
    // 0.667. Mended the session it was written to articles 0.929 (the related story; the
    // page's foot editor then goes with that story, contributors 0.850), must_join 0.833 and
    // changes 0.909 (a short pull quote set into a cut sentence), regions 0.936. Left: the box
    // cut into a sentence (an unmarked label over label/figure pairs; a first rule for it split
    // boxes on six older sets and was withdrawn), a change, a 三步走 in an essay.
    assert_floor(
        &m,
        &floors_with(&[
            ("contributors", 0.8),
            ("fact_subject", 0.82),
            ("fact_year", 0.42),
            ("changes", 0.85),
            ("must_join", 0.8),
            ("programs", 0.85),
            ("program_items", 0.85),
        ]),
    );
}

#[test]
fn thirty_eighth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout39");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by other hands without looking at the output, two pages each at
    // once, and scored once before any rule used it: a county procuratorate's WeChat article
    // telling three cases inside one story, a county paper's cooperative dividend page with a
    // table in wide spaces, OCR'd screenshots of a township work group's chat on the county
    // site (a forwarded notice inside a message), and a company's 社会责任报告 chapter (running
    // heads on alternate pages, a year table). Its first score: articles 0.769, contributors
    // 0.900, facts 0.988 (article 0.469, subject 0.838, year 0.542), changes 0.400, programs
    // 0.714. Mended the session it was written to articles 1.000, contributors 1.000, facts'
    // article 1.000, changes 0.800, and the next to programs 0.875 (items 0.979: a report's
    // 四位一体 over its four ways, a 三金 spelled after a colon). Left: subjects.
    assert_floor(
        &m,
        &floors_with(&[
            ("fact_subject", 0.82),
            ("fact_year", 0.5),
            ("changes", 0.75),
            ("poverty_related", 0.8),
            ("programs", 0.85),
        ]),
    );
}

#[test]
fn thirty_ninth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout40");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by other hands without looking at the output, two pages each at
    // once, and scored once before any rule used it: an insurer's county branch site on its
    // 防贫保 year (a claims table in wide spaces, related news), a 乡村振兴局 site's village page
    // (labelled fields, a roster, dated village news), a city paper's opinion page (a 金句 box
    // cut into a sentence, a cartoon) and a 人社局 site's 春风行动 story with an employers'
    // table. Its first score: articles 0.593, contributors 0.818, facts 0.990 (article 0.691,
    // subject 0.888, year 0.816), changes 0.923, programs 0.833. Mended the session it was
    // written to articles 1.000, contributors 1.000, facts 0.999 (article 1.000, year 0.840),
    // changes 1.000. Left: a commentary's `X，关键在Y` leads, the cartoon's city, subjects.
    assert_floor(
        &m,
        &floors_with(&[
            ("fact_subject", 0.88),
            ("fact_year", 0.8),
            ("poverty_related", 0.7),
            ("programs", 0.8),
            ("program_items", 0.85),
            ("regions", 0.83),
        ]),
    );
}

#[test]
fn fortieth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout41");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by other hands without looking at the output, two pages each at
    // once, and scored once before any rule used it: an education bureau's 教育帮扶 item with
    // its aid table one cell per line, a platform's 助农 press release (national figures, a
    // county case, an about-us section), a county's TV 问政 transcript (短片 blocks, a 金句 box
    // with its label and speaker cut into an answer, a related item) and a 公共资源交易 page of
    // a 招标公告 and a 中标结果公示. Its first score: articles 0.615, contributors 0.364, facts
    // 0.951 (article 0.444, subject 0.825, year 0.716), changes 0.923, must_join 0.714. Mended
    // the session it was written to articles 1.000, contributors 1.000, facts 0.991, changes
    // 1.000, must_join 1.000, must_drop 1.000. Left: subjects, years (a tender's dates).
    assert_floor(
        &m,
        &floors_with(&[
            ("fact_subject", 0.8),
            ("fact_year", 0.65),
            ("programs", 0.85),
        ]),
    );
}

#[test]
fn forty_first_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout42");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by other hands without looking at the output, two pages each at
    // once, and scored once before any rule used it: a county paper's page of 理论学习中心组
    // speeches (an editor's note under the package's byline, five excerpts under officials of
    // two offices), a 发改局 site's weekly farm-price report (a table of this week's and last
    // week's prices and signed changes), a company's WeChat post of a village's 感谢信 and its
    // reply, and a county hospital's 健康帮扶 news with a quarterly table. Its first score:
    // articles 0.526, contributors 0.769, facts 0.916 (article 0.759, subject 0.837, year
    // 0.820), changes 0.824, programs 0.769, primary region 0.600. Mended the session it was
    // written to articles 0.900, contributors 0.903, facts' article 1.000; the session after,
    // facts 0.996 (the quarterly table's header wrapped onto a second line) and programs 0.857
    // (`一要把…得更密` after a topic). Left: the letter's parallel `是你们，…` leads, the
    // meeting photo between two excerpts.
    assert_floor(
        &m,
        &floors_with(&[
            ("articles", 0.85),
            ("contributors", 0.85),
            ("facts", 0.95),
            ("fact_subject", 0.82),
            ("fact_year", 0.8),
            ("changes", 0.8),
            ("programs", 0.8),
            ("program_items", 0.75),
            ("primary_region", 0.85),
        ]),
    );
}

#[test]
fn forty_second_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout43");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by other hands without looking at the output, two pages each at
    // once, and scored once before any rule used it: a county paper's two-page spread of the
    // 政府工作报告（摘要） (the masthead printed again over the second page, a ■名词解释 box), a
    // 农业农村局 sub-site's 农技 item (a variety table one cell per line with ranges, a weather
    // line and a bar of reading modes in the frame), a 妇联 WeChat post (①② headings of two
    // phrases, comments a blank line apart), and a provincial portal's 国庆 tourism story (a
    // subtitle of two phrases). Its first score: articles 0.800, contributors 1.000, facts 0.961
    // (subject 0.877, year 0.795), changes 0.727, programs 0.842, must_drop 0.951. Mended the
    // session it was written to articles 1.000, facts 0.975, changes 0.923, programs 0.947,
    // must_drop 1.000. Left: the holiday's figures dated by the lead's 今年 alone (years).
    assert_floor(
        &m,
        &floors_with(&[
            ("articles", 0.95),
            ("contributors", 0.95),
            ("facts", 0.95),
            ("fact_subject", 0.85),
            ("fact_year", 0.9),
            ("changes", 0.85),
            ("programs", 0.9),
            ("program_items", 0.9),
            ("must_drop", 0.95),
            ("primary_region", 0.95),
        ]),
    );
}

#[test]
fn forty_third_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout44");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by other hands without looking at the output, two pages each at
    // once, and scored once before any rule used it: a county site's 招商 channel page (projects
    // as blocks of labelled lines), a university news site's 定点帮扶 story (a 【数说帮扶】 box
    // under its own dated caption, a meta line with 审核), a county paper's 读者来信 page (each
    // letter with its salutation and sign-off, 记者调查 and 部门回复 under it, a 来信摘登 column),
    // and a WeChat vote page (twelve candidates, each with a tally and a button). Its first
    // score: articles 0.455, contributors 0.467, facts 0.975 (article 0.798), changes 0.909,
    // programs 0.714, must_drop 0.914. Mended the session it was written to articles 1.000,
    // contributors 1.000, facts 0.996, programs 0.909, must_drop 1.000. Left: the water
    // letter's topic (a village's supply, read as no poverty news), years a letter dates by its
    // own 当时.
    assert_floor(
        &m,
        &floors_with(&[
            ("poverty_related", 0.85),
            ("articles", 0.95),
            ("contributors", 0.95),
            ("facts", 0.95),
            ("fact_subject", 0.85),
            ("fact_year", 0.9),
            ("changes", 0.85),
            ("programs", 0.85),
            ("program_items", 0.9),
            ("must_drop", 0.95),
            ("primary_region", 0.95),
        ]),
    );
}

#[test]
fn forty_fourth_blind_held_out_set_stays_above_its_floor() {
    let heldout = repo().join("crates/fupin-core/tests/heldout45");
    let Some(m) = score(&heldout, &heldout.join("gold")) else { return };
    // Written and annotated by other hands without looking at the output, two pages each at
    // once, and scored once before any rule used it: a county paper's page of 十件民生实事 (a
    // progress table with wrapped cells, a 短评 signed with a pen name), a 气象局's 气象为农服务
    // 专报 (hard-wrapped PDF text, a forecast table one cell per line), a provincial
    // supplement's 乡村CEO feature (subheads, a 【链接】 box, a brief), and a court's 白皮书 web
    // item. Its first score: articles 0.444, contributors 0.429, facts 0.945 (article 0.374,
    // subject 0.825, year 0.720), changes 0.909, programs 0.609, must_drop 1.000. Only begun
    // the session it was written (a feature's first subhead, a part head under a web title, a
    // bulletin's issuing line: articles 0.615): the floors hold what it scores now, below the
    // issue's targets; docs/STATUS.md lists what is open.
    assert_floor(
        &m,
        &floors_with(&[
            ("articles", 0.4),
            ("contributors", 0.4),
            ("facts", 0.9),
            ("fact_article", 0.4),
            ("fact_subject", 0.8),
            ("fact_year", 0.7),
            ("changes", 0.85),
            ("programs", 0.55),
            ("program_items", 0.75),
            ("must_drop", 0.95),
            ("must_join", 0.85),
            ("poverty_related", 0.6),
            ("primary_region", 0.95),
        ]),
    );
}
