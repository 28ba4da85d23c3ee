//! Whole-article behaviour of the gazetteer, on sentences written for these tests.

use std::sync::OnceLock;

use super::*;

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(Gazetteer::new)
}

/// An article whose first line is the headline and the rest its paragraphs.
fn article(input: &str) -> Article {
    let mut a = Article { span: Span::new(0, input.len()), ..Article::default() };
    let mut offset = 0;
    for (i, line) in input.split_inclusive('\n').enumerate() {
        let text = line.trim_end();
        if i == 0 {
            a.title = Some(text.to_string());
            a.title_span = Some(Span::new(offset, offset + text.len()));
        } else if !text.is_empty() {
            a.paragraphs.push(Paragraph::contiguous(text, offset));
        }
        offset += line.len();
    }
    a
}

/// A page of two-line articles (headline, one paragraph), resolved as a page.
fn page(input: &str) -> Vec<Article> {
    paper_page("", input)
}

/// A page whose articles follow `header` (the paper's name, the date), resolved as a page.
fn paper_page(header: &str, body: &str) -> Vec<Article> {
    paper_page_with(header, body, |_| {})
}

/// [`paper_page`] with the articles edited before they are resolved (a kicker set, say).
fn paper_page_with(header: &str, body: &str, edit: impl FnOnce(&mut [Article])) -> Vec<Article> {
    let input = format!("{header}{body}");
    let mut articles: Vec<Article> = Vec::new();
    let mut offset = header.len();
    for chunk in body.split_inclusive('\n').collect::<Vec<_>>().chunks(2) {
        let text: String = chunk.concat();
        let mut a = article(&text);
        a.title_span = a.title_span.map(|s| Span::new(s.start + offset, s.end + offset));
        a.span = Span::new(offset, offset + text.len());
        for p in &mut a.paragraphs {
            *p = Paragraph::contiguous(&p.text, p.span.start + offset);
        }
        offset += text.len();
        articles.push(a);
    }
    edit(&mut articles);
    // the texts read once for the topic's words and the division names find what the
    // gazetteer's own search finds
    let mut read = articles.clone();
    let readings: Vec<_> = read.iter().map(|a| topics().read_article(a)).collect();
    gazetteer().resolve_page_read(&input, &mut read, &readings);
    gazetteer().resolve_page(&input, &mut articles);
    assert_eq!(format!("{read:?}"), format!("{articles:?}"));
    articles
}

fn topics() -> &'static crate::topic::Topics {
    static T: OnceLock<crate::topic::Topics> = OnceLock::new();
    T.get_or_init(|| crate::topic::Topics::with_divisions(&gazetteer().name_texts()))
}

fn primary(a: &Article) -> Option<&str> {
    a.primary_region.as_ref().map(|r| r.code.as_str())
}

fn found(input: &str) -> Found {
    let a = article(input);
    gazetteer().find(&ArticleContext { input, article: &a, reference_date: None, loose: None })
}

fn codes(f: &Found) -> Vec<&str> {
    f.regions.iter().map(|r| r.code.as_str()).collect()
}

#[test]
fn full_names_resolve_with_full_name_and_level() {
    let f = found("下花园区召开会议\n下花园区推进项目建设。");
    assert_eq!(codes(&f), vec!["130706"]);
    let r = &f.regions[0];
    assert_eq!(r.full_name, "河北省张家口市下花园区");
    assert_eq!(r.level, RegionLevel::County);
    assert_eq!(r.mentions.len(), 2);
    assert_eq!(r.mentions[0].span, Span::new(0, "下花园区".len()));
    assert_eq!(f.primary.as_ref().map(|p| p.code.as_str()), Some("130706"));
}

#[test]
fn county_short_form_needs_its_city_in_context() {
    assert!(codes(&found("涿鹿持续加强项目建设\n今年投资增加。")).is_empty());
    let f = found("涿鹿持续加强项目建设\n张家口市各县区积极推进。");
    assert_eq!(codes(&f), vec!["130731", "130700"]);
    assert_eq!(f.primary.unwrap().code, "130731");
}

#[test]
fn autonomous_county_by_its_short_form() {
    let f = found("大厂举办招聘会\n廊坊市人社局在大厂设立服务站。");
    assert!(codes(&f).contains(&"131028"), "{:?}", codes(&f));
}

#[test]
fn ambiguous_district_follows_the_city() {
    let f = found("桥东区开展培训\n张家口市桥东区组织社区干部学习。");
    assert_eq!(f.primary.unwrap().code, "130702");
    // 桥东区 was also 邢台's until 2020 (now 襄都区): on a 邢台 page it is that one
    let f = found("桥东区开展培训\n邢台市相关部门参加。");
    assert_eq!(f.primary.unwrap().code, "130502");
}

#[test]
fn chaoyang_district_needs_its_city() {
    assert_eq!(codes(&found("朝阳区新建学校\n北京市教委介绍。"))[0], "110105");
    let f = found("朝阳区新建学校\n长春市教育局介绍。");
    assert_eq!(codes(&f)[0], "220104");
}

#[test]
fn renamed_divisions_keep_their_old_names() {
    assert_eq!(codes(&found("蓟县发展乡村旅游\n农户增收。")), vec!["120119"]);
    assert_eq!(codes(&found("开县移民新村建成\n群众入住。")), vec!["500154"]);
}

#[test]
fn zones_by_name_and_by_kind() {
    assert_eq!(codes(&found("察北管理区医院建成\n检测能力提升。")), vec!["130772"]);
    let f = found("安阳市文峰区(高新区)举办活动\n群众参加。");
    assert!(codes(&f).contains(&"410571"), "{:?}", codes(&f));
    // a kind alone, with no city around it, names nothing
    assert!(codes(&found("高新区举办活动\n群众参加。")).is_empty());
    // a county's own park is not the city's zone
    let f = found("张家口市涿鹿经济开发区招商\n企业入驻。");
    assert!(!codes(&f).contains(&"130771"), "{:?}", codes(&f));
}

#[test]
fn everyday_words_are_not_divisions() {
    for text in [
        "全县召开会议\n合作洽谈会举行，搬迁安置工作推进。",
        "同事王安国介绍\n确保定期开展。",
        "产业兴旺\n村里成立合作社，确保长治久安，推进平安建设。培育新乡贤，建设新乡村。",
        "产业兴旺\n全市各级部门开展送温暖活动，东西部协作，南部山区，公安机关。",
        "产业兴旺\n在南阳镇食用菌产业园，工人正在采摘。新建、改扩建幼儿园3所。",
    ] {
        assert!(codes(&found(text)).is_empty(), "{text}: {:?}", codes(&found(text)));
    }
}

#[test]
fn destinations_in_a_list_count() {
    let f = found("冰雪节开幕\n游客从北京出发，前往张家口、承德、秦皇岛等地。");
    assert_eq!(codes(&f), vec!["110000", "130700", "130800", "130300"]);
}

#[test]
fn primary_is_the_specific_division_the_headline_names() {
    let f = found("河北张家口举办博览会\n河北省有关部门参加。");
    assert_eq!(f.primary.unwrap().code, "130700");
    let f = found("村里新修道路\n文峰区投入资金，安阳市有关部门验收。文峰区群众受益。");
    assert_eq!(f.primary.unwrap().code, "410502");
}

#[test]
fn a_headline_of_help_across_provinces_is_about_the_one_helped() {
    let f = found("苏州相城区帮扶思南项目资金到位\n苏州市相城区安排思南县的协作资金已到位。相城区引导企业到思南投资。相城区还选派教师。");
    assert_eq!(f.primary.unwrap().code, "520624");
    // help within one province names no partner: the most specific division stands
    let f = found("金水区帮扶文峰区建大棚\n金水区投入资金。文峰区群众受益。");
    assert_eq!(f.primary.unwrap().code, "410105");
}

#[test]
fn a_giver_of_aid_casts_no_vote() {
    // `广东援藏林芝`: the headline's word of aid points at the one helped
    let f = found("【数说】2024年广东援藏林芝这一年
广东投入援藏资金。广东选派干部。林芝群众受益。");
    assert_eq!(f.primary.unwrap().code, "540400");
    // the giver named before its aid in the body casts no vote
    let f = found("雪山脚下的味道
我作为广东省第十批援藏干部来到工布江达。广东援藏资金建成工厂。工布江达县群众受益。");
    assert_eq!(f.primary.as_ref().unwrap().code, "540421");
    let f = found("雪山脚下的味道
我作为广东省第十批援藏干部来到了海拔3400多米的工布江达。她考上了广东的一所大学。");
    assert!(codes(&f).contains(&"440000"), "{:?}", codes(&f));
    assert_eq!(f.primary.unwrap().code, "540421");
    // a place named before its giver is no giver
    let f = found("蔬菜丰收\n在兰坪县通甸镇珠海援建的蔬菜基地，村民采摘蔬菜。");
    assert_eq!(f.primary.unwrap().code, "533325");
}

#[test]
fn a_headline_division_named_after_zai_is_the_venue_not_the_host() {
    let f = found("长治市第五届农民运动会在武乡开幕\n11月8日,长治市第五届农民运动会在武乡县开幕。武乡县组织了开幕式。");
    assert_eq!(f.primary.unwrap().code, "140400");
    // a city's official visiting a county, and a province's event, stay the county's
    let f = found("长治市委书记在武乡调研巩固脱贫成果工作\n长治市委书记在武乡县调研。");
    assert_eq!(f.primary.unwrap().code, "140429");
    let f = found("山西省第五届农民运动会在武乡开幕\n山西省第五届农民运动会在武乡县开幕。");
    assert_eq!(f.primary.unwrap().code, "140429");
    // help from another province taking place in a county is that county's news
    let f = found("厦门临夏协作项目在和政落地19个\n厦门市与临夏州协作项目在和政县落地。和政县受益。");
    assert_eq!(f.primary.unwrap().code, "622925");
}

#[test]
fn a_papers_report_of_a_partners_help_is_about_the_place_at_home() {
    let articles = paper_page(
        "怒江日报\n",
        "珠海医生扎根峡谷守护群众健康\n东西部协作中,珠海市人民医院派出专家到福贡县人民医院坐诊。珠海专家带教福贡医生。珠海还捐赠设备,福贡县新开展手术20项。\n",
    );
    assert_eq!(primary(&articles[0]), Some("533323"));
    // a partnership story whose home division is named once in passing stays the partner's
    let articles = paper_page(
        "浙江日报\n",
        "杭黔协作结硕果\n在东西部协作支持下,从江县香猪产业不断壮大。从江县建成养殖基地5个,从江县香猪远销杭州市。从江县带动农户1200户。\n",
    );
    assert_eq!(primary(&articles[0]), Some("522633"));
    // a story elsewhere naming a visitor's home town once is no partnership's
    let articles = paper_page("长治日报\n", "安吉县白茶飘香\n安吉县的白茶园里游人如织。安吉县今年接待游客300万人次,每天都有来自长治市的游客前来参观。\n");
    assert_eq!(primary(&articles[0]), Some("330523"));
}

#[test]
fn a_columns_comment_is_about_the_story_above_it() {
    let body = "壶关县香菇产业带动群众就业\n壶关县树掌镇食用菌产业园带动周边群众就业1050人。\n让产业链再长一些\n平顺的连翘、壶关的香菇,都是从山里长出来的产业。\n";
    let articles = paper_page_with("", body, |a| a[1].kicker = Some("【编后】".to_string()));
    assert_eq!(primary(&articles[1]), Some("140427"));
}

#[test]
fn places_visitors_come_from_or_goods_go_to_cast_no_vote() {
    let f = found("古镇迎来旅游旺季\n国庆假期,来自成都、重庆、昆明等地的游客来到屏山县龙华古镇。杨某原本在成都工作,前年回乡开了民宿。");
    assert_eq!(f.primary.unwrap().code, "511529");
    let names: Vec<&str> = f.regions.iter().map(|r| r.name.as_str()).collect();
    assert!(names.contains(&"成都市"), "they stay among the regions: {names:?}");
    // the list may open on words of no place (`县内和…`)
    assert!(from_or_to("来自县内和昆明、上海等地的86家企业", "来自县内和".len(), "来自县内和昆明".len()));
    assert!(!from_or_to("县内企业和昆明、上海等地的企业", "县内企业和".len(), "县内企业和昆明".len()));
}

#[test]
fn places_nest_under_their_county() {
    let f = found("定州新建大棚\n定州市开元镇孔庄子村建起大棚。");
    let names: Vec<&str> = f.places.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["开元镇", "孔庄子村"]);
    assert_eq!(f.places[1].parent_name.as_deref(), Some("开元镇"));
    assert_eq!(f.places[1].parent_code.as_deref(), Some("130682"));
    assert_eq!(f.places[1].place_type, crate::model::PlaceType::Village);
}

#[test]
fn a_village_lies_in_the_county_its_sentence_names() {
    let f = found("帮扶见实效\n大厂回族自治县工作人员帮助窄坡村农户开网店。");
    assert_eq!(f.places[0].name, "窄坡村");
    assert_eq!(f.places[0].parent_code.as_deref(), Some("131028"));
    // the sentence's county, not the article's main one
    let f = found("帮扶见实效\n香河县召开会议，香河县部署。大厂回族自治县干部帮助窄坡村农户。");
    assert_eq!(f.primary.unwrap().code, "131024");
    assert_eq!(f.places[0].parent_code.as_deref(), Some("131028"));
}

#[test]
fn page_context_resolves_what_an_article_cannot() {
    let input = "桥西区表彰女工\n区总工会表彰先进。\n张家口市召开会议\n张家口市部署工作。\n市场监管\n加强检查。";
    let articles = page(input);
    assert_eq!(articles[0].primary_region.as_ref().unwrap().code, "130703");
    assert_eq!(articles[0].regions[0].mentions[0].span, Span::new(0, "桥西区".len()));
    assert!(articles[2].regions.is_empty());
    // articles about different divisions: the one that names none is about their city
    assert_eq!(articles[2].primary_region.as_ref().unwrap().code, "130700");
}

#[test]
fn odd_input_never_panics() {
    for text in ["", "\n\n", "县区市省", "１２３村镇乡\u{0}", "a桥东区b", &"扶贫".repeat(5000)]
    {
        let _ = found(text);
    }
}

#[test]
fn a_city_right_before_a_district_owns_it() {
    // 兰考县 makes this an 开封 text, yet 南京市鼓楼区 is 南京's
    let f = found("干部交流\n河南省兰考县干部来到南京市鼓楼区学习。");
    assert!(codes(&f).contains(&"320106"), "{:?}", codes(&f));
    assert!(!codes(&f).contains(&"410204"), "{:?}", codes(&f));
}

#[test]
fn autonomous_prefectures_by_short_form_and_zhou() {
    let f = found("湘西州花垣县十八洞村迎客\n全州脱贫人口持续增收。");
    assert_eq!(codes(&f), vec!["433100", "433124"]);
    assert_eq!(f.places[0].name, "十八洞村");
    assert_eq!(f.places[0].parent_code.as_deref(), Some("433124"));
}

#[test]
fn a_city_article_naming_its_counties_once_each_is_about_the_city() {
    let f = found("文化惠民演出\n衡水市文化部门组织演员赴阜城县、景县演出。");
    assert_eq!(f.primary.unwrap().code, "131100");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Any text, cut into articles anywhere, resolves without panicking and with every span on
    /// the input's char boundaries.
    #[test]
    fn any_text_any_cut(text in "[桥东西区县市省州镇乡村街道社区张家口涿鹿北京高新经开、，。a-z0-9１２ \n]{0,80}|\\PC{0,60}", cut in 0usize..100) {
        let mut at = cut.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let mut articles = vec![article(&text[..at]), article(&text[at..])];
        for p in &mut articles[1].paragraphs {
            *p = Paragraph::contiguous(&p.text, p.span.start + at);
        }
        articles[1].title_span = articles[1].title_span.map(|s| Span::new(s.start + at, s.end + at));
        articles[1].span = Span::new(at, text.len());
        let mut read = articles.clone();
        let readings: Vec<_> = read.iter().map(|a| topics().read_article(a)).collect();
        gazetteer().resolve_page_read(&text, &mut read, &readings);
        gazetteer().resolve_page(&text, &mut articles);
        proptest::prop_assert_eq!(format!("{read:?}"), format!("{articles:?}"));
        for a in &articles {
            let spans = a.regions.iter().flat_map(|r| r.mentions.iter().map(|m| m.span))
                .chain(a.places.iter().map(|p| p.span));
            for s in spans {
                proptest::prop_assert!(text.get(s.start..s.end).is_some(), "{s:?}");
            }
        }
    }
}

#[test]
fn a_city_with_one_development_zone_owns_any_kind_of_it() {
    // NBS lists 张家口's zone as 经济开发区; the press writes 高新区
    let f = found("博览会开幕\n博览会在张家口高新技术产业开发区举行。");
    assert!(codes(&f).contains(&"130771"), "{:?}", codes(&f));
    let f = found("博览会开幕\n张家口市有关部门参加，嘉宾参观了高新区厂房。");
    assert!(codes(&f).contains(&"130771"), "{:?}", codes(&f));
}

#[test]
fn a_huge_paragraph_of_places_stays_linear() {
    // one county, then tens of thousands of villages and province names in one paragraph
    let body = "涿鹿县".to_string() + &"在河北石门村，".repeat(20_000);
    let started = std::time::Instant::now();
    let f = found(&format!("标题\n{body}"));
    // every mention is the same village of the same county: one record
    assert_eq!(f.places.len(), 1);
    assert_eq!(f.places[0].parent_code.as_deref(), Some("130731"));
    assert!(started.elapsed().as_secs() < 20);
}

#[test]
fn county_short_forms_inside_words_stay_words_on_their_city_page() {
    let f = found("张家口市召开会议\n拿出万全之策，传承德孝文化，打造新兴区域。");
    assert_eq!(codes(&f), vec!["130700"]);
}

#[test]
fn a_county_level_city_on_its_province_page() {
    let f = found("定州：书写答卷\n河北省有关部门介绍了经验。");
    assert_eq!(f.primary.unwrap().code, "130682");
    // without its province, a county-level city's short form needs to stand apart
    assert_eq!(codes(&found("定州：书写答卷\n有关部门介绍了经验。")), vec!["130682"]);
    assert!(codes(&found("定州经验得到推广\n有关部门介绍了经验。")).is_empty());
}

#[test]
fn an_autonomous_county_by_place_name_and_autonomy() {
    let f = found("签约仪式举行\n孟村自治县民营企业与贫困村签订协议。");
    assert_eq!(codes(&f), vec!["130930"]);
}

#[test]
fn a_list_of_county_short_forms_backs_its_items_and_their_neighbours() {
    // with the city in the article, the list's first item counts too
    let f = found("干部观摩\n张家口市组织涿鹿、怀来等县区干部学习。");
    assert_eq!(codes(&f), vec!["130700", "130731", "130730"]);
    // with no city, the list's agreement backs its items and a later neighbour
    let f = found("干部观摩\n组织涿鹿、怀来等地干部到蔚县、阳原学习。");
    assert_eq!(codes(&f), vec!["130731", "130730", "130726", "130727"]);
}

#[test]
fn a_city_by_its_short_form_after_a_verb_of_going() {
    let f = found("看病不再跑远路\n群众不用再跑衡水看病了。");
    assert_eq!(codes(&f), vec!["131100"]);
}

#[test]
fn an_ethnic_township_by_its_place_name_with_its_village() {
    // 九门回族乡 of 藁城区, written 九门乡, and a two-character village right after it
    let f = found("产业兴旺\n藁城区九门乡小里村村民种植蔬菜。");
    let got: Vec<_> =
        f.places.iter().map(|p| (p.name.as_str(), p.parent_code.as_deref())).collect();
    assert_eq!(got, vec![("九门乡", Some("130109")), ("小里村", Some("130109"))]);
}

#[test]
fn an_article_in_a_county_voice_takes_the_page_county() {
    let input = "涿鹿县召开会议\n涿鹿县部署工作。\n怀来县开展培训\n张家口市组织。\n专题视察\n县人大常委会视察扶贫项目。\n";
    let articles = page(input);
    // two counties, no majority: a city's article would fall back to 张家口, this one speaks
    // for a county, the page's most named
    assert_eq!(articles[2].primary_region.as_ref().unwrap().code, "130731");
}

#[test]
fn an_article_in_a_county_voice_naming_only_partner_provinces_is_the_page_countys() {
    let input = "涿鹿县召开会议\n涿鹿县部署工作。\n询问实录\n县人大常委会委员问：全县如何稳岗？答：我们与广东、浙江等地人社部门对接，全县输出劳动力1万人。\n";
    let articles = page(input);
    assert_eq!(articles[1].primary_region.as_ref().unwrap().code, "130731", "{:#?}", articles[1].primary_region);
    // a story whose headline names the other province is about it
    let input = "涿鹿县召开会议\n涿鹿县部署工作。\n浙江生态岗位带动群众增收\n浙江全省设置生态岗位，全县带动群众就业。\n";
    let articles = page(input);
    assert_eq!(articles[1].primary_region.as_ref().unwrap().code, "330000");
    // so is one naming only cities its county does not lie in, where it sells at home's goods
    let input = "涿鹿县召开会议\n涿鹿县部署工作。\n链接\n今年，全县将依托石家庄、唐山等地的商会开设直供点，全县带动群众增收。\n";
    let articles = page(input);
    assert_eq!(articles[1].primary_region.as_ref().unwrap().code, "130731", "{:#?}", articles[1].primary_region);
    // and so is one in a township's voice, a township being in the county
    let input = "涿鹿县召开会议\n涿鹿县部署工作。\n家门口的车间\n镇里协调企业与浙江宁波、江苏苏州的客商对接订单，全镇建成车间3个。\n";
    let articles = page(input);
    assert_eq!(articles[1].primary_region.as_ref().unwrap().code, "130731", "{:#?}", articles[1].primary_region);
    // but a township's story of a city at home named alone is that city's, and words that
    // hold a township's word (`健全乡村`, `城镇里`) are none
    for text in ["唐山市一个小镇发展红薯产业，全镇种植红薯3000亩，镇里建起加工厂。", "保定市召开推进会，会议要求，健全乡村产业体系，完善城镇里的服务。"] {
        let input = format!("涿鹿县召开会议\n涿鹿县部署工作。\n推进会召开\n{text}\n");
        let articles = page(&input);
        assert_ne!(articles[1].primary_region.as_ref().unwrap().code, "130731", "{text}: {:#?}", articles[1].primary_region);
    }
}

#[test]
fn a_short_form_standing_apart_needs_no_context() {
    // opening a headline before a quotation, opening a paragraph before 是, quoted
    for text in [
        "都安“贷牛还牛”助农增收\n合作社带动农户养牛。",
        "养牛助农增收\n都安是一个山区县。",
        "养牛助农增收\n合作社打造“都安”品牌。",
    ] {
        assert_eq!(codes(&found(text)), vec!["451228"], "{text}");
    }
}

#[test]
fn a_short_form_running_into_a_word_is_no_name() {
    // the adverb 都 before 安排, even at the start of a sentence
    for text in ["会议结束\n各项工作都安排了专人。", "会议结束\n工作顺利。都安排了专人。"]
    {
        assert!(codes(&found(text)).is_empty(), "{text}");
    }
    // a byline sets a person's name apart by spaces, not as a sentence
    assert!(codes(&found("会议召开\n（记者 高阳）会议在县城召开。")).is_empty());
    assert!(codes(&found("会议召开\n高阳 摄")).is_empty());
}

#[test]
fn paper_names_give_their_place() {
    assert_eq!(paper_stem("今日都安"), Some("都安"));
    assert_eq!(paper_stem("吕梁日报"), Some("吕梁"));
    assert_eq!(paper_stem("特别报道"), None);
    assert_eq!(paper_stem("乡村振兴"), None);
    assert_eq!(paper_stem("2021年6月18日"), None);
    let g = gazetteer();
    let code = |stem: &str| g.paper_division(stem).map(|id| g.table.get(id).code);
    assert_eq!(code("凉山"), Some("513400"));
    assert_eq!(code("恩施"), Some("422800"));
    assert_eq!(code("安康"), Some("610900"));
    assert_eq!(code("赣南"), None);
}

#[test]
fn the_paper_is_the_default_and_the_context() {
    let header = "今日都安\n2021年6月18日\n";
    let page = paper_page(header, "大桥维修实施交通管制\n县交警大队提醒市民绕行。\n养殖合作社带动增收\n八仙社区是都安最大的安置区。\n");
    assert_eq!(primary(&page[0]), Some("451228"));
    assert!(page[0].regions.is_empty());
    assert_eq!(page[1].regions.iter().map(|r| r.code.as_str()).collect::<Vec<_>>(), vec!["451228"]);
    // without the paper neither article has a division
    let bare = paper_page("2021年6月18日\n", "大桥维修实施交通管制\n县交警大队提醒市民绕行。\n");
    assert_eq!(primary(&bare[0]), None);
    // a paper named at the page's foot, beside its publisher, is the page's paper too
    let body = "大桥维修实施交通管制\n县交警大队提醒市民绕行。\n";
    let input = format!("{body}都安瑶族自治县融媒体中心主办　　今日都安\n");
    let mut articles = vec![article(body)];
    articles[0].span = Span::new(0, body.len());
    gazetteer().resolve_page(&input, &mut articles);
    assert_eq!(primary(&articles[0]), Some("451228"));
}

#[test]
fn a_banners_newsroom_heads_its_post_and_a_story_in_the_banners_voice_is_its() {
    let header = "奈曼旗融媒体中心　2024年09月12日 06:30　内蒙古\n";
    let page = paper_page(header, "爱心企业捐资助力乡村振兴\n9月11日，通辽市某农牧业公司向旗慈善总会捐款，资助全旗监测户家庭学生，我旗将专款专用。\n");
    assert_eq!(primary(&page[0]), Some("150525"));
}

#[test]
fn a_province_locating_a_county_does_not_outrank_it() {
    let f = found("养殖业稳步增收\n都安是广西石漠化最深的县。广西各地都来学习。");
    assert_eq!(f.primary.map(|p| p.code), Some("451228".to_string()));
    let f = found("养殖业稳步增收\n广西都安大力发展养殖，广西各地都来学习。");
    assert_eq!(f.primary.map(|p| p.code), Some("451228".to_string()));
}

#[test]
fn a_city_event_held_in_a_county_is_the_citys() {
    let header = "吕梁日报\n";
    let city = paper_page(
        header,
        "文化旅游节下月开幕\n记者从市文化和旅游局获悉，旅游节将在交城县开幕，全市景区门票优惠。\n",
    );
    assert_eq!(primary(&city[0]), Some("141100"));
    let county = paper_page(
        header,
        "文化旅游节下月开幕\n记者从县文化和旅游局获悉，旅游节将在交城县开幕，全县景区门票优惠。\n",
    );
    assert_eq!(primary(&county[0]), Some("141122"));
}

#[test]
fn an_article_in_an_autonomous_prefectures_voice_is_the_prefectures() {
    let header = "黔东南日报\n";
    let meet = paper_page(header, "运动会闭幕\n全州运动会在凯里市闭幕，凯里市代表团获得第一名，我州将继续办好赛事。\n");
    assert_eq!(primary(&meet[0]), Some("522600"));
    // in a county's own voice the county keeps it
    let county = paper_page(header, "运动会闭幕\n全县运动会在雷山县闭幕，县委县政府表彰了获奖代表团。\n");
    assert_eq!(primary(&county[0]), Some("522634"));
}

#[test]
fn counties_of_one_city_named_together_in_the_headline_make_it_the_citys() {
    let f = found("芒果红了\n今年以来,田东县芒果丰收,田东县果农增收,德保县也有收获。");
    assert_eq!(f.primary.map(|p| p.code), Some("451022".to_string()));
    let f = found("百色市田东县、德保县巩固脱贫成果见闻\n今年以来,田东县芒果丰收,田东县果农增收。");
    assert_eq!(f.primary.map(|p| p.code), Some("451000".to_string()));
}

#[test]
fn a_city_speaking_of_its_partner_province_keeps_the_article() {
    let header = "广元日报\n";
    let page = paper_page(header, "守牢底线\n我市与浙江开展东西部协作，浙江企业在我市建厂，浙江客商采购山货，全市群众增收。\n");
    assert_eq!(primary(&page[0]), Some("510800"));
}

#[test]
fn the_full_name_elsewhere_on_the_page_backs_the_short_form() {
    let page = page("养殖合作社带动增收\n都安瑶族自治县推广代养模式。\n搬迁群众就近就业\n八仙社区是都安最大的安置区。\n");
    assert_eq!(page[1].regions.iter().map(|r| r.code.as_str()).collect::<Vec<_>>(), vec!["451228"]);
    // alone, the same sentence does not name it
    assert!(codes(&found("搬迁群众就近就业\n八仙社区是都安最大的安置区。")).is_empty());
}

#[test]
fn a_county_papers_article_in_the_county_voice_is_the_countys() {
    let header = "今日都安\n";
    let county = paper_page(header, "养殖产业稳步发展\n全县养牛户增收，县里将争创广西养殖示范。\n");
    assert_eq!(primary(&county[0]), Some("451228"));
    // the province's own news stays the province's
    let province = paper_page(header, "养殖产业稳步发展\n全区养牛户增收，广西出台扶持政策。\n");
    assert_eq!(primary(&province[0]), Some("450000"));
    // two other counties named once each are where its people went to learn
    let county = paper_page(header, "养殖产业稳步发展\n都安县养牛户增收，都安县建成养殖小区。\n驻村干部培训\n全县组织驻村干部赴巴马、东兰等兄弟县观摩学习，全县培训293人次。\n");
    assert_eq!(primary(&county[1]), Some("451228"), "{:#?}", county[1].regions);
}

#[test]
fn a_wire_story_names_the_place_it_was_filed_from() {
    let page = "新华社石家庄11月16日电(记者 甲乙)全省监测对象得到帮扶。";
    assert_eq!(dateline(page, "新华社").map(|r| &page[r]), Some("石家庄"));
    assert_eq!(dateline("本报讯 某县开展活动。", "本报讯"), None);
    assert_eq!(dateline("新华社电 全国开展活动。", "新华社"), None);
}

#[test]
fn a_brief_naming_no_place_is_the_county_of_the_outlet_that_signed_it() {
    // a city paper's page of county briefs: the second names no place of its own
    let mut articles = paper_page_with(
        "张家口日报\n",
        "涿鹿县新修村道\n张家口市涿鹿县今年新修村道20公里。\n公益岗位稳就业\n该县开发公益岗位300个,优先安置脱贫人口。\n",
        |a| a[1].source = "怀来县融媒体中心".to_string(),
    );
    assert_eq!(primary(&articles[1]), Some("130730"));
    // unsigned, it is read as before
    articles = paper_page("张家口日报\n", "涿鹿县新修村道\n张家口市涿鹿县今年新修村道20公里。\n公益岗位稳就业\n该县开发公益岗位300个,优先安置脱贫人口。\n");
    assert_ne!(primary(&articles[1]), Some("130730"));
}

#[test]
fn a_county_offices_page_citing_its_provinces_rules_is_the_countys() {
    let articles = paper_page_with(
        "",
        "防止返贫政策问答\n河北省规定,监测范围按年人均纯收入7000元确定。河北省各地统一执行。怀来县各镇做好宣传。\n",
        |a| a[0].source = "怀来县乡村振兴局".to_string(),
    );
    assert_eq!(primary(&articles[0]), Some("130730"));
    // from anyone else, the province it names most stands
    let articles = paper_page("", "防止返贫政策问答\n河北省规定,监测范围按年人均纯收入7000元确定。河北省各地统一执行。怀来县各镇做好宣传。\n");
    assert_eq!(primary(&articles[0]), Some("130000"));
}

#[test]
fn a_bulletin_is_the_county_of_the_office_that_compiles_it() {
    let body = "排查工作有序推进\n全县驻村工作队逐户排查,河北省派驻的工作队参加。\n";
    let articles = paper_page("驻村工作简报\n第8期\n怀来县驻村帮扶工作领导小组办公室编　2024年6月1日\n", body);
    assert_eq!(primary(&articles[0]), Some("130730"));
    // with no compiler named, the province it names stands
    let articles = paper_page("驻村工作简报\n第8期\n", body);
    assert_eq!(primary(&articles[0]), Some("130000"));
}

#[test]
fn an_office_is_of_the_longest_county_its_name_opens_with() {
    let g = gazetteer();
    let code = |source: &str| g.office_county(source).map(|id| g.table.get(id).code);
    assert_eq!(code("梅县区乡村振兴局"), Some("441403"));
    assert_eq!(code("怀来县人民政府"), Some("130730"));
    assert_eq!(code("县乡村振兴局"), None);
}

#[test]
fn an_article_naming_only_where_goods_go_is_the_pages() {
    let body = "怀来县葡萄产业兴旺\n怀来县葡萄种植面积达到8万亩。\n某镇蔬菜喜丰收\n某镇大棚蔬菜每天销往北京、天津等地约80吨。\n";
    let articles = paper_page("", body);
    assert_eq!(primary(&articles[1]), Some("130730"));
}

#[test]
fn a_county_governments_site_is_the_pages_county() {
    let body = "监测帮扶有关问题的答复\n您好!纳入监测后,镇村将为每户明确1名帮扶责任人。\n";
    let articles = paper_page("怀来县人民政府\n首页　政务公开　互动交流\n", body);
    assert_eq!(primary(&articles[0]), Some("130730"));
    // `立即会同县公安局`: the verb stem after an adverb names no county
    let articles = paper_page("怀来县人民政府\n", "砂石车超载问题的答复\n我委立即会同县公安局开展联合执法。\n");
    assert_eq!(primary(&articles[0]), Some("130730"));
}

#[test]
fn a_citys_event_held_in_a_county_is_the_citys() {
    let articles = paper_page("", "全市乡村篮球赛在怀来落幕\n比赛期间,怀来县组织农特产品展销。\n");
    assert_eq!(primary(&articles[0]), Some("130700"));
    // a county's own news in the same words stays the county's
    let articles = paper_page("", "怀来乡村篮球赛落幕\n比赛期间,怀来县组织农特产品展销。\n");
    assert_eq!(primary(&articles[0]), Some("130730"));
}

#[test]
fn a_headline_in_a_citys_voice_is_the_citys_news() {
    let articles = paper_page("", "全市就业帮扶车间吸纳脱贫劳动力2360人\n其中,怀来县帮扶车间吸纳820人,怀来县还新建车间12个。\n");
    assert_eq!(primary(&articles[0]), Some("130700"));
}


#[test]
fn a_provinces_paper_speaking_for_the_province_is_its_news() {
    let articles = paper_page(
        "广西日报\n2024年3月1日\n",
        "我区12个县获评好等次\n本报讯 全区巩固脱贫成果后评估结果公布,隆安县、上林县等12个县获评好等次。全区脱贫人口人均纯收入增长9%。\n上林县茶园喜丰收\n上林县新建茶园800亩,全县茶农增收。县委县政府组织技术培训。\n",
    );
    assert_eq!(primary(&articles[0]), Some("450000"));
    // a county's story on the same page stays the county's
    assert_eq!(primary(&articles[1]), Some("450125"));
}

#[test]
fn every_word_of_aid_holds_yuan_or_bangfu() {
    // `gives_aid` passes over a window without `援` or `帮扶` before it looks for any word
    assert!(AID_WORDS.iter().all(|w| w.contains('援') || w.contains("帮扶")));
    assert!(gives_aid("中山援藏资金", "中山".len()) && !gives_aid("中山市资金", "中山".len()));
    assert!(gives_aid("书是上海对口帮扶单位捐的", "书是上海".len()));
    // a workshop of the place's own is no aid it gives
    assert!(!gives_aid("贺州帮扶车间", "贺州".len()));
}
