//! The grammar of quantities, one rule per test, on sentences written for the tests.

use super::*;
use crate::model::{Article, Fact, Paragraph};
use crate::Date;

fn facts_with(text: &str, reference: Option<Date>) -> Vec<Fact> {
    let article = Article { paragraphs: vec![Paragraph::contiguous(text, 0)], ..Default::default() };
    Quantities::new().facts(&ArticleContext { input: text, article: &article, reference_date: reference, loose: None })
}

fn facts(text: &str) -> Vec<Fact> {
    facts_with(text, None)
}

fn one(text: &str) -> Fact {
    let v = facts(text);
    assert_eq!(v.len(), 1, "{text}: {v:#?}");
    v.into_iter().next().unwrap()
}

fn vu(f: &Fact) -> (f64, &str) {
    (f.value, f.unit.as_str())
}

#[test]
fn money_multiplied_out() {
    let f = one("全县今年投入扶贫资金4260万元。");
    assert_eq!(vu(&f), (42_600_000.0, "元"));
    assert_eq!(f.text, "4260万元");
    assert_eq!(f.subject, "扶贫资金");
    assert_eq!(vu(&one("项目总投资3.6亿元。")), (360_000_000.0, "元"));
}

#[test]
fn decimal_with_multiplier() {
    assert_eq!(vu(&one("入户走访群众12.35万户。")), (123_500.0, "户"));
}

#[test]
fn more_after_the_multiplier() {
    let f = one("全区共有37万余名群众参保。");
    assert_eq!((f.value, f.unit.as_str(), f.qualifier), (370_000.0, "人", Qualifier::MoreThan));
}

#[test]
fn more_before_the_multiplier() {
    let f = one("累计筹集善款600多万元。");
    assert_eq!((f.value, f.qualifier), (6_000_000.0, Qualifier::MoreThan));
}

#[test]
fn chinese_numeral_with_more() {
    let f = one("当天吸引了三千余人观看。");
    assert_eq!((f.value, f.unit.as_str(), f.qualifier), (3000.0, "人", Qualifier::MoreThan));
    assert_eq!(f.text, "三千余人");
    let f = one("引进加工企业十几家。");
    assert_eq!((f.value, f.unit.as_str(), f.qualifier, f.text.as_str()), (10.0, "家", Qualifier::MoreThan, "十几家"));
    let f = one("彩礼要十几万元。");
    assert_eq!((f.value, f.qualifier), (100_000.0, Qualifier::MoreThan));
}

#[test]
fn bare_hundreds_and_thousands_with_more() {
    let f = one("吸引千余名游客。");
    assert_eq!((f.value, f.unit.as_str(), f.qualifier), (1000.0, "人", Qualifier::MoreThan));
    assert_eq!(one("培训百余人次。").value, 100.0);
    assert!(facts("千家万户受益。").is_empty());
    let f = one("带动近千人就业。");
    assert_eq!((f.value, f.unit.as_str(), f.qualifier), (1000.0, "人", Qualifier::Approx));
}

#[test]
fn a_bounding_adverb_before_the_verb_bounds_the_count() {
    let f = one("驻村干部每月至少走访2次。");
    assert_eq!((f.value, f.qualifier), (2.0, Qualifier::AtLeast));
    let f = one("每户最多补助3000元。");
    assert_eq!((f.value, f.qualifier), (3000.0, Qualifier::AtMost));
    assert_eq!(one("至少的是3人。").qualifier, Qualifier::Exact);
    let f = one("每人每年最高赔付8万元。");
    assert_eq!((f.value, f.qualifier), (80000.0, Qualifier::AtMost));
    assert_eq!(one("以前一亩地挣不了500元。").qualifier, Qualifier::LessThan);
}

#[test]
fn both_ends_of_a_size_that_grew_take_its_subject() {
    let v = facts("全县茶园面积由2016年的不足300亩发展到目前的1.2万亩。");
    assert_eq!(v.len(), 2, "{v:?}");
    assert!(v.iter().all(|f| f.subject == "全县茶园面积"), "{v:?}");
}

#[test]
fn bare_millions_before_yuan() {
    let f = one("全村电商销售额突破千万元。");
    assert_eq!((f.value, f.unit.as_str()), (10_000_000.0, "元"));
    assert_eq!(f.text, "千万元");
    let f = one("带动增收近百万元。");
    assert_eq!((f.value, f.qualifier), (1_000_000.0, Qualifier::Approx));
    assert!(facts("千万不能松劲。").is_empty());
    assert_eq!(vu(&one("把茶叶打造成百亿元产业。")), (10_000_000_000.0, "元"));
    assert!(facts("千万群众受益。").is_empty());
}

#[test]
fn trips_and_vehicle_runs_are_counted() {
    let f = one("开行务工专列3趟。");
    assert_eq!((f.value, f.unit.as_str()), (3.0, "趟"));
    let f = one("包车发送务工人员260余车次。");
    assert_eq!((f.value, f.unit.as_str(), f.qualifier), (260.0, "车次", Qualifier::MoreThan));
    assert!(facts("他跑了一趟县城。").is_empty());
    assert_eq!(vu(&one("大棚一年能出两茬蘑菇。")), (2.0, "茬"));
}

#[test]
fn ranges_with_the_unit_on_both_ends() {
    let f = one("每户补助3000元至5000元。");
    assert_eq!((f.value, f.value_max, f.qualifier), (3000.0, Some(5000.0), Qualifier::Range));
}

#[test]
fn big_groups_are_counted() {
    let f = one("展会设有6大板块。");
    assert_eq!(vu(&f), (6.0, "板块"));
    assert!(facts("实施5大行动。").is_empty());
}

#[test]
fn full_width_digits() {
    assert_eq!(vu(&one("培训农民８２０６人次。")), (8206.0, "人次"));
}

#[test]
fn thousands_separators() {
    assert_eq!(vu(&one("发放奖补资金1,250,000元。")), (1_250_000.0, "元"));
}

#[test]
fn percent_in_words() {
    let f = one("群众满意度达到百分之九十五。");
    assert_eq!(vu(&f), (95.0, "%"));
    assert_eq!(f.text, "百分之九十五");
    assert_eq!(vu(&one("资助面达百分之百。")), (100.0, "%"));
}

#[test]
fn full_width_percent_and_points() {
    assert_eq!(vu(&one("参保率为９８．５％。")), (98.5, "%"));
    assert_eq!(vu(&one("发生率下降了2.1个百分点。")), (2.1, "百分点"));
}

#[test]
fn a_multiplier_printed_once_scales_both_ends_of_a_range() {
    let f = one("给予3至10万元创业补贴。");
    assert_eq!((f.value, f.value_max), (30000.0, Some(100000.0)));
    // a first end already larger without it keeps its own value
    let f = one("每户补助3000至1.5万元。");
    assert_eq!((f.value, f.value_max), (3000.0, Some(15000.0)));
}

#[test]
fn ranges_share_one_unit() {
    let f = one("每个村选派3至5名技术员。");
    assert_eq!((f.value, f.value_max, f.unit.as_str(), f.qualifier), (3.0, Some(5.0), "人", Qualifier::Range));
    assert_eq!(f.text, "3至5名");
    let f = one("面向18—60周岁的村民招工。");
    assert_eq!((f.value, f.value_max, f.unit.as_str()), (18.0, Some(60.0), "周岁"));
}

#[test]
fn prefix_qualifiers() {
    let q = |s: &str| one(s).qualifier;
    assert_eq!(q("覆盖近800户。"), Qualifier::Approx);
    assert_eq!(q("惠及约1200人。"), Qualifier::Approx);
    assert_eq!(q("投入超过500万元。"), Qualifier::MoreThan);
    assert_eq!(q("受益群众逾3000人。"), Qualifier::MoreThan);
    assert_eq!(q("补助不低于2000元。"), Qualifier::AtLeast);
    assert_eq!(q("培训不少于40场次。"), Qualifier::AtLeast);
    assert_eq!(q("余额不足20万元。"), Qualifier::LessThan);
    assert_eq!(q("用时不到15天完成12项。"), Qualifier::Exact);
    assert_eq!(q("占比低于5%。"), Qualifier::LessThan);
    assert_eq!(q("每户不超过3000元。"), Qualifier::AtMost);
    assert_eq!(q("浓度不高于35克。"), Qualifier::AtMost);
}

#[test]
fn suffix_qualifiers() {
    let f = one("带动20%左右的农户增收。");
    assert_eq!((f.qualifier, f.text.as_str()), (Qualifier::Approx, "20%左右"));
    let f = one("为70岁以上的老人体检。");
    assert_eq!((f.value, f.unit.as_str(), f.qualifier), (70.0, "岁", Qualifier::AtLeast));
    assert!(f.subject.starts_with("老人"), "{}", f.subject);
    assert_eq!(one("救助额度在5000元以内。").qualifier, Qualifier::AtMost);
    assert_eq!(one("对1000元以下的救助简化程序。").qualifier, Qualifier::AtMost);
}

#[test]
fn a_comparison_further_back_bounds_a_ratio() {
    let f = one("人均收入低于当地低保标准2倍的家庭纳入监测。");
    assert_eq!((f.value, f.unit.as_str(), f.qualifier), (2.0, "倍", Qualifier::LessThan));
    assert_eq!(f.subject, "人均收入");
}

#[test]
fn a_margin_in_points_is_exact() {
    let f = one("合格率高于全省平均水平2.5个百分点。");
    assert_eq!((f.qualifier, f.subject.as_str()), (Qualifier::Exact, "合格率高于全省平均水平"));
}

#[test]
fn a_comparison_bounds_only_the_number_after_it() {
    let v = facts("覆盖率从不足30%提高到85%。");
    assert_eq!((v[0].qualifier, v[1].qualifier), (Qualifier::LessThan, Qualifier::Exact), "{v:#?}");
}

#[test]
fn a_bound_may_stand_before_a_rate() {
    let f = one("按不低于每斤3元的价格收购。");
    assert_eq!((f.value, f.qualifier), (3.0, Qualifier::AtLeast));
    assert_eq!(one("补助不超过每户5000元。").qualifier, Qualifier::AtMost);
}

#[test]
fn households_and_persons_share_a_subject() {
    let v = facts("共帮扶低收入家庭120户、356人。");
    assert_eq!(v.iter().map(vu).collect::<Vec<_>>(), vec![(120.0, "户"), (356.0, "人")]);
    assert!(v.iter().all(|f| f.subject == "帮扶低收入家庭"), "{v:#?}");
}

#[test]
fn a_list_sharing_one_unit() {
    let v = facts("分三档奖励300元、600元和900元。");
    assert_eq!(v.iter().map(|f| f.value).collect::<Vec<_>>(), vec![300.0, 600.0, 900.0]);
    assert!(v.iter().all(|f| f.unit == "元" && f.subject == v[0].subject));
}

#[test]
fn amounts_of_tiers_take_what_the_tiers_are_of() {
    let v = facts("按200元、400元两个档次发放慰问金。");
    assert_eq!(v.iter().map(vu).collect::<Vec<_>>(), vec![(200.0, "元"), (400.0, "元"), (2.0, "个")]);
    assert!(v[..2].iter().all(|f| f.subject == "发放慰问金"), "{v:#?}");
    let v = facts("给予300元、600元2个标准的补助。");
    assert_eq!((v[0].subject.as_str(), v[2].subject.as_str()), ("补助", "标准的补助"));
}

#[test]
fn a_clause_of_a_time_and_a_verb_goes_on_with_the_subject_before() {
    let v = facts("人均纯收入从2015年的2860元增加到2020年的10950元,今年前三季度达到9870元。");
    assert_eq!(v[2].subject, v[1].subject, "{v:#?}");
    assert_eq!(one("一季度全市受理申报1260件。").subject, "全市受理申报");
}

#[test]
fn a_word_ending_in_yue_keeps_it() {
    let f = one("为脱贫人口提供家庭医生签约3.62万人。");
    assert_eq!((f.subject.as_str(), f.qualifier), ("脱贫人口提供家庭医生签约", Qualifier::Exact));
    assert_eq!(one("受益群众约300户。").qualifier, Qualifier::Approx);
}

#[test]
fn a_unit_that_opens_with_qian_is_no_thousand() {
    assert_eq!(vu(&one("光伏电站装机容量1200千瓦。")), (1200.0, "千瓦"));
    assert_eq!(vu(&one("新建道路5千米。")), (5.0, "公里"));
    assert_eq!(vu(&one("装机容量1.86万千瓦。")), (18600.0, "千瓦"));
}

#[test]
fn a_unit_glossed_in_brackets_is_no_noun() {
    assert_eq!(one("储备扑火物资1.2万件(套)。").subject, "储备扑火物资");
    // the common glosses are kept with their unit, as printed
    let f = one("全县牛羊存栏12.6万头（只）。");
    assert_eq!((f.text.as_str(), f.unit.as_str(), f.value), ("12.6万头（只）", "头(只)", 126_000.0));
    assert_eq!(one("新增各类农机具1260台(套)。").unit, "台(套)");
}

#[test]
fn a_headline_sets_its_phrases_apart_with_a_space() {
    let v = facts("某县集中签约15个项目 总投资86.4亿元");
    assert_eq!((v[0].subject.as_str(), v[1].subject.as_str()), ("项目", "总投资"), "{v:#?}");
}

#[test]
fn count_takes_the_noun_after_it() {
    assert_eq!(one("为320名留守儿童发放书包。").subject, "留守儿童");
    assert_eq!(one("新建18座公厕，").subject, "公厕");
}

#[test]
fn incidents_pieces_and_poultry_are_counted() {
    let v = facts("查处交通违法行为310起，设置警示标志1400余块，养殖土鸡3.6万羽，网店一天卖出3000多单。");
    assert_eq!(v.iter().map(vu).collect::<Vec<_>>(), [(310.0, "起"), (1400.0, "块"), (36000.0, "羽"), (3000.0, "单")]);
    // a start date and money in pieces are not
    assert!(facts("自2023年1月1日起施行。").is_empty());
    assert_eq!(vu(&one("每斤卖5块钱。")), (5.0, "元"));
    // nor a price said right after its measure, while pieces of a measure stay pieces
    assert_eq!(facts("卖了280斤，一斤45块，很快就卖完了。").iter().map(vu).collect::<Vec<_>>(), [(280.0, "斤"), (45.0, "元")]);
    assert_eq!(vu(&one("一亩地分成3块，")), (3.0, "块"));
    assert_eq!(vu(&one("村里把土地整理后，每亩2块，分给农户。")), (2.0, "块"));
}

#[test]
fn a_counted_noun_ends_before_the_verb_of_its_clause() {
    assert_eq!(one("全县82万亩林地实行网格化管理。").subject, "林地");
    assert_eq!(one("40个乡镇(街道)设立就业服务站。").subject, "乡镇(街道)");
    assert_eq!(one("11个乡镇设立金融服务站。").subject, "乡镇");
}

#[test]
fn a_level_held_or_kept_under_a_bound_is_named_without_its_verb() {
    assert_eq!(one("全县果园面积稳定在65万亩。").subject, "全县果园面积");
    assert_eq!(one("参保率保持100%。").subject, "参保率");
    assert_eq!(one("贷款逾期率控制在0.5%以内。").subject, "贷款逾期率");
}

#[test]
fn what_was_built_is_counted_without_who_built_it_where() {
    assert_eq!(one("该县在安置点周边建设帮扶车间36个。").subject, "帮扶车间");
    // verbs joined before one object are the work done, and stay
    assert!(one("全县新建、改扩建校舍20.5万平方米。").subject.ends_with("新建、改扩建校舍"));
    assert_eq!(one("该村建起了香菇大棚18座。").subject, "香菇大棚");
    assert_eq!(one("今年举办专场招聘会18场。").subject, "专场招聘会");
    // a compound of 建设 is the noun itself
    assert!(one("今年实施乡村建设项目217个。").subject.ends_with("乡村建设项目"));
}

#[test]
fn count_with_no_noun_after_takes_the_phrase_before() {
    assert_eq!(one("全年城镇新增就业1876人，").subject, "城镇新增就业");
}

#[test]
fn money_noun_after_an_amount() {
    assert_eq!(one("镇里拨付60万元资金。").subject, "资金");
    assert_eq!(one("他又申请了5万元小额信贷。").subject, "小额信贷");
    // a noun of money that is also a verb names the amount only standing alone
    assert_ne!(one("县里拿出10万元奖励优秀帮扶干部。").subject, "奖励优秀帮扶干部");
    assert_eq!(one("对新认定的企业给予50万元奖励。").subject, "奖励");
}

#[test]
fn a_rate_over_a_list_of_groups_is_named_by_its_own_noun() {
    assert_eq!(one("全县脱贫人口和监测对象参保率达100%。").subject, "参保率");
    assert_eq!(one("监测对象风险消除率达72%。").subject, "监测对象风险消除率");
    assert!(!one("脱贫人口和监测对象中的劳动力务工就业率达95%。").subject.starts_with('中'));
    assert!(one("产业帮扶对脱贫户和监测户的覆盖率达97%。").subject.ends_with("对脱贫户和监测户的覆盖率"));
}

#[test]
fn ratio_joined_by_de_takes_the_noun() {
    assert_eq!(one("全镇30%的农户种植辣椒。").subject, "农户种植辣椒");
}

#[test]
fn chinese_counts_are_facts() {
    let f = one("全乡两个贫困村已经出列。");
    assert_eq!((vu(&f), f.subject.as_str()), ((2.0, "个"), "贫困村"));
    assert_eq!(vu(&one("建立三种帮扶渠道。")), (3.0, "种"));
    assert_eq!(vu(&one("四部门联合开展检查。")), (4.0, "部门"));
}

#[test]
fn one_quantity_for_a_listed_set_of_rates() {
    let v = facts("实现入学率、巩固率两个100%。");
    assert_eq!(v.len(), 2);
    assert_eq!((v[0].subject.as_str(), v[1].subject.as_str()), ("实现入学率", "巩固率"));
    assert!(v.iter().all(|f| vu(f) == (100.0, "%")));
}

#[test]
fn bare_ten_thousands_of_persons() {
    let f = one("服务全县约46万农村人口。");
    assert_eq!((f.value, f.unit.as_str(), f.qualifier), (460_000.0, "人", Qualifier::Approx));
}

#[test]
fn rank_is_kept_as_ming() {
    assert_eq!(vu(&one("对排名前3名的乡镇通报表扬。")), (3.0, "名"));
    assert_eq!(vu(&one("排名后两位的单位被约谈。")), (2.0, "位"));
}

#[test]
fn years_pair_and_year_end() {
    let f = one("2019和2020年，全县新建道路12条。");
    assert_eq!((f.year, f.year_end), (Some(2019), Some(2020)));
    let f = one("截至2017年底，全县有贫困户815户。");
    assert_eq!((f.year, f.year_end), (Some(2017), None));
}

#[test]
fn a_year_inside_another_clause_does_not_date_this_one() {
    let v = facts("2015年6月，按照2014年的标准，识别贫困户412户。");
    assert_eq!(v[0].year, Some(2015));
}

#[test]
fn a_year_of_an_earlier_plain_clause_dates_the_sentence() {
    let v = facts("全镇实施2020年度项目6个，完成投资320万元。");
    assert!(v.iter().all(|f| f.year == Some(2020)), "{v:#?}");
    assert_eq!(facts("参照2019年的标准，发放补贴50万元。")[0].year, None);
}

#[test]
fn this_year_resolves_against_the_reference() {
    let r = Date::parse_iso("2020-05-01");
    assert_eq!(facts_with("今年以来，发放贷款80笔共260万元。", r)[0].year, Some(2020));
    assert_eq!(facts("今年以来，发放补贴260万元。")[0].year, None);
}

#[test]
fn counts_are_not_years() {
    let f = one("城镇新增就业2046人。");
    assert_eq!((vu(&f), f.year), ((2046.0, "人"), None));
    let v = facts("全市现有贫困人口1958户、4731人。");
    assert_eq!(v.len(), 2);
}

#[test]
fn years_dates_times_and_durations_are_not_facts() {
    for s in [
        "2020年全面完成任务。",
        "3月15日上午召开会议。",
        "会议于9时30分开始。",
        "5年来变化很大。",
        "每半年评议一次。",
        "垃圾停留不超过10分钟。",
        "用了三个月时间。",
        "连续两个季度排名靠后。",
        "二○二一年春节前。",
        "二〇一九年以来。",
        "PM2.5日均浓度下降。",
        "一分部署，九分落实。",
    ] {
        assert!(facts(s).is_empty(), "{s}: {:?}", facts(s));
    }
}

#[test]
fn a_slash_after_a_unit_pairs_two_figures() {
    let v = facts("种植面积 38万亩/42万亩");
    assert_eq!(v.iter().map(vu).collect::<Vec<_>>(), [(380000.0, "亩"), (420000.0, "亩")]);
    assert!(v.iter().all(|f| f.subject == "种植面积"), "{v:#?}");
    assert_eq!(facts("覆盖率 15%/20%").len(), 2);
    // a fraction or a code is not
    assert!(facts("编号2020/21户").is_empty(), "{:?}", facts("编号2020/21户"));
}

#[test]
fn ordinals_names_and_slogans_are_not_facts() {
    for s in [
        "举办第三届运动会。",
        "首届论坛开幕。",
        "学习十九届五中全会精神。",
        "落实省政府3号令。",
        "306客运站改造。",
        "国道107拓宽。",
        "实现两不愁三保障。",
        "落实三免一助政策。",
        "开展一对一帮扶。",
        "提供一站式服务。",
        "打造一村一品。",
        "选派第一书记。",
        "一把手负总责。",
        "构筑五道防线。",
        "实施十大行动。",
        "推出六项举措。",
        "进一步加大力度。",
        "增强四个意识。",
        "推进“六个一”工程。",
        "形成三位一体格局。",
        "做好一项工作。",
        "几十个村受益。",
        "一次性发放。",
        "开启十三五规划。",
        "推进二期工程建设。",
        "第2名获奖。",
    ] {
        assert!(facts(s).is_empty(), "{s}: {:?}", facts(s));
    }
}

#[test]
fn a_share_after_a_plus_sign_is_a_fact() {
    assert_eq!(vu(&one("养老金+5%转入账户。")), (5.0, "%"));
}

#[test]
fn longest_unit_is_read() {
    assert_eq!(vu(&one("举办讲座8场次。")), (8.0, "场次"));
    assert_eq!(vu(&one("硬化道路12.5公里。")), (12.5, "公里"));
    assert_eq!(vu(&one("改造校舍3.2万平方米。")), (32_000.0, "平方米"));
}

#[test]
fn the_second_end_of_a_change_takes_the_first_ends_unit() {
    let v = facts("贫困发生率由2016年的4.2%降为0。");
    assert_eq!(v.iter().map(vu).collect::<Vec<_>>(), vec![(4.2, "%"), (0.0, "%")]);
    assert!(v.iter().all(|f| f.subject == "贫困发生率"));
    assert!(facts("完成率为0。").is_empty());
}

#[test]
fn spans_point_at_the_printed_quantity() {
    let text = "前言\n全村共有农户136户。";
    let article = Article { paragraphs: vec![Paragraph::contiguous("全村共有农户136户。", "前言\n".len())], ..Default::default() };
    let v = Quantities::new().facts(&ArticleContext { input: text, article: &article, reference_date: None, loose: None });
    assert_eq!(&text[v[0].span.start..v[0].span.end], "136户");
}

#[test]
fn odd_text_never_panics() {
    let q = Quantities::new();
    for s in ["", "万", "亿元", "1", "1.", "百分之", "十", "5至", "5至万元", "、、、3", "由5%降为", "四个", "１２３４５６７８９０１２３４５６７８９０１２３元", "\u{0}\u{1}9"] {
        let _ = q.scan(s);
        let _ = facts(s);
    }
    let big = "全县共投入资金3510万元，惠及群众1200户、3600人。".repeat(20_000);
    let t = std::time::Instant::now();
    assert_eq!(facts(&big).len(), 60_000);
    assert!(t.elapsed().as_secs() < 20);
}

#[test]
fn the_region_the_clause_names() {
    use crate::model::{Mention, Region, RegionLevel, Span};
    let text = "甲县投入资金300万元，乙地新建道路5条。";
    let region = Region {
        code: "130706".into(),
        name: "甲县".into(),
        full_name: "甲县".into(),
        level: RegionLevel::County,
        mentions: vec![Mention { text: "甲县".into(), span: Span::new(0, "甲县".len()) }],
    };
    let article = Article { paragraphs: vec![Paragraph::contiguous(text, 0)], regions: vec![region], ..Default::default() };
    let v = Quantities::new().facts(&ArticleContext { input: text, article: &article, reference_date: None, loose: None });
    assert_eq!(v[0].region_code.as_deref(), Some("130706"));
    assert_eq!(v[1].region_code, None);
}

#[test]
fn numbers_inside_found_names_are_not_facts() {
    use crate::model::{Place, PlaceType, Span};
    let text = "五台镇新建公厕12座。";
    let place = Place {
        name: "五台镇".into(),
        place_type: PlaceType::Town,
        parent_code: None,
        parent_name: None,
        span: Span::new(0, "五台镇".len()),
    };
    let article = Article { paragraphs: vec![Paragraph::contiguous(text, 0)], places: vec![place], ..Default::default() };
    let v = Quantities::new().facts(&ArticleContext { input: text, article: &article, reference_date: None, loose: None });
    assert_eq!(v.iter().map(vu).collect::<Vec<_>>(), vec![(12.0, "座")]);
    assert_eq!(facts(text).len(), 2, "without the place the name reads as a count");
}

proptest::proptest! {
    /// Any text, and above all text dense in numerals, units and qualifiers, reads without a
    /// panic (facts, changes and times), and every fact's span lies on character boundaries.
    #[test]
    fn any_text_reads_without_panic(s in "[0-9０-９.,，、。至到多余万亿千百十一二两三〇○元人户个%％名以上下左右由从提高下降为的年月日第大每不超过近约“”a-zA-Z ]{0,80}") {
        let mut article = Article { paragraphs: vec![Paragraph::contiguous(&s, 0)], ..Default::default() };
        article.facts = Quantities::new().facts(&ArticleContext { input: &s, article: &article, reference_date: None, loose: None });
        for f in &article.facts {
            proptest::prop_assert!(s.is_char_boundary(f.span.start) && s.is_char_boundary(f.span.end));
        }
        let _ = crate::change::find(&ArticleContext { input: &s, article: &article, reference_date: None, loose: None });
        let _ = crate::time::scan(&s, Date::parse_iso("2020-01-01"));
    }

    #[test]
    fn arbitrary_unicode_reads_without_panic(s in "\\PC{0,60}") {
        let _ = facts(&s);
        let _ = crate::time::scan(&s, None);
    }
}

#[test]
fn formal_numerals_that_end_a_word_start_no_number() {
    let v = facts("全市组建应急队伍15支、其他队伍近90支。");
    assert_eq!(v.iter().map(vu).collect::<Vec<_>>(), vec![(15.0, "支"), (90.0, "支")]);
    assert_eq!(facts("今年入伍人员12名。").iter().map(vu).collect::<Vec<_>>(), vec![(12.0, "人")]);
    assert_eq!(vu(&one("捐款人民币伍万元。")), (50_000.0, "元"));
}

#[test]
fn a_chinese_numeral_never_runs_into_arabic_digits() {
    assert_eq!(vu(&one("发展三大类45个项目。")), (45.0, "个"));
}

#[test]
fn tenths_are_percentages() {
    let f = one("资金中有近四成用于入股。");
    assert_eq!((f.value, f.unit.as_str(), f.qualifier), (40.0, "%", Qualifier::Approx));
    let f = one("收入的七成五以上来自务工。");
    assert_eq!((f.value, f.qualifier), (75.0, Qualifier::AtLeast));
    assert!(facts("政策一成不变。").is_empty());
    assert!(facts("村里三成员外出。").is_empty());
}

#[test]
fn percent_in_words_takes_its_bounds() {
    let f = one("全村耕地中三分之一以上是坡地。");
    assert_eq!((f.text.as_str(), f.unit.as_str(), f.qualifier), ("三分之一", "%", Qualifier::AtLeast));
    assert!((f.value - 33.333333).abs() < 1e-5);
    assert_eq!(vu(&one("补贴资金的五分之二用于产业。")), (40.0, "%"));
    let f = one("参保率达百分之九十五以上。");
    assert_eq!((f.value, f.qualifier, f.text.as_str()), (95.0, Qualifier::AtLeast, "百分之九十五"));
}

#[test]
fn a_list_shares_the_multiplier_and_unit_of_its_last_item() {
    let v = facts("全乡养殖牛、羊、猪分别为1.2、3.5、0.8万头。");
    assert_eq!(v.iter().map(vu).collect::<Vec<_>>(), vec![(12_000.0, "头"), (35_000.0, "头"), (8_000.0, "头")]);
    assert_eq!(v.iter().map(|f| f.subject.as_str()).collect::<Vec<_>>(), vec!["牛", "羊", "猪"]);
    assert_eq!(v[0].text, "1.2");
    assert!(facts("会议定于5、6月召开。").is_empty());
}

#[test]
fn items_of_one_length_share_the_head_noun_after_the_last() {
    let v = facts("城镇、农村常住居民人均可支配收入分别达到34216元、15382元。");
    let got: Vec<&str> = v.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(got, ["城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"]);
    // items of other lengths keep their words: where the head opens is not told
    let v = facts("茶叶、中药材种植面积分别为2万亩、1.5万亩。");
    let got: Vec<&str> = v.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(got, ["茶叶", "中药材种植面积"]);
    // nor does an item naming a measure of its own take the last one's head
    let v = facts("户数、贷款金额分别为312户、1560万元。");
    assert_eq!(v[0].subject, "户数", "{v:#?}");
}

#[test]
fn a_classifier_that_starts_the_lists_unit_is_that_unit() {
    let v = facts("各项比率分别提高了3.5个和2.2个百分点。");
    assert_eq!(v.iter().map(vu).collect::<Vec<_>>(), vec![(3.5, "百分点"), (2.2, "百分点")]);
    assert_eq!(facts("建成3个和5个站点。").iter().map(vu).collect::<Vec<_>>(), vec![(3.0, "个"), (5.0, "个")]);
}

#[test]
fn fenbie_hands_the_list_out_and_a_later_fenbie_reuses_it() {
    let v = facts("全镇参保率、签约率分别达到96.5%、98.1%，比上年分别提高了2.4个和1.6个百分点。");
    let subjects: Vec<&str> = v.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(subjects, vec!["全镇参保率", "签约率", "全镇参保率", "签约率"]);
}

#[test]
fn two_nouns_sharing_a_head_are_not_handed_out() {
    let v = facts("该市将城市低保和农村特困人员救助供养标准分别提高到800元和700元。");
    assert_eq!(v.len(), 2);
    assert_eq!(v[0].subject, v[1].subject);
}

#[test]
fn a_classifier_repeating_the_noun_before_counts_that_noun() {
    assert_eq!(one("吸纳脱贫户320户务工增收。").subject, "吸纳脱贫户");
}

#[test]
fn the_noun_after_a_count_stops_at_de_verbs_and_conjunctions() {
    let v = facts("共安置来自12个村的群众900户。");
    assert_eq!((v[0].subject.as_str(), v[1].subject.as_str()), ("村", "群众"));
    assert_eq!(one("80余名工人正在车间忙碌。").subject, "工人");
    assert_eq!(facts("15家企业与20个村结对。")[0].subject, "企业");
    assert_eq!(facts("全县86个建制村通硬化路比例达到100%。")[0].subject, "建制村");
}

#[test]
fn items_of_a_list_of_different_units_take_the_shared_predicate() {
    let v = facts("已有12个村、3000户、1.1万人实现脱贫。");
    assert_eq!(v.iter().map(|f| f.subject.as_str()).collect::<Vec<_>>(), vec!["村", "实现脱贫", "实现脱贫"]);
}

#[test]
fn a_long_phrase_keeps_what_follows_yi_and_a_place_list() {
    assert_eq!(one("新建的农产品加工园区已入驻企业12家。").subject, "入驻企业");
    // villages counted before their collective economy's income are villages
    let v = facts("2023年，全县202个行政村集体经济总收入达到9362.3万元。");
    assert_eq!(v[0].subject, "行政村", "{v:#?}");
    // an adverb before the verb of holding, and one after a count's noun, are no part of it
    assert!(facts("全镇人均纯收入不足1万元的脱贫户还有23户。")[1].subject.ends_with("脱贫户"));
    assert_eq!(one("镇里为全镇1180户农牧户统一购买综合保险。").subject, "农牧户");
    // a verb of change alone after `已` leaves the noun before it
    assert!(one("监测数据显示，县境内藏野驴种群数量已恢复到1.7万头。").subject.ends_with("藏野驴种群数量"));
    assert_eq!(one("从广州、深圳等地引进医生30名。").subject, "引进医生");
    // what belongs to the listed things (`…等的收入`) is no noun the list gives examples of
    assert!(one("来自分红、工资等的收入达到1380元。").subject.ends_with("工资等的收入"));
    assert_eq!(one("记者（通讯员 甲）“看病花了1.2万元。").subject, "看病花");
}

#[test]
fn a_change_subject_starts_after_an_earlier_count() {
    let v = facts("全县86个建制村通客车比例由2016年的40%提高到100%。");
    assert!(v[1..].iter().all(|f| f.subject == "通客车比例"), "{v:#?}");
}

#[test]
fn a_bare_change_verb_takes_the_subject_of_the_change_before_it() {
    let v = facts("贫困发生率由12.5%下降到0.8%，下降了11.7个百分点。");
    assert_eq!(v[2].subject, "贫困发生率下降");
}

#[test]
fn the_second_end_of_a_change_takes_only_its_own_year() {
    let v = facts("发生率由2015年的8.4%下降到1.2%。");
    assert_eq!((v[0].year, v[1].year), (Some(2015), None));
    let v = facts("截至2019年底，发生率由2015年的8.4%下降到1.2%。");
    assert_eq!((v[0].year, v[1].year), (Some(2015), Some(2019)));
    let v = facts("收入从2016年的3000元提高到2020年的9000元。");
    assert_eq!((v[0].year, v[1].year), (Some(2016), Some(2020)));
}

#[test]
fn the_year_a_change_reaches_dates_the_rest_of_its_sentence() {
    let v = facts_with("人均收入由不足2000元提高到去年的9000元，增幅高于全市3个百分点。", Date::parse_iso("2021-03-01"));
    assert_eq!((v[0].year, v[1].year, v[2].year), (None, Some(2020), Some(2020)), "{v:#?}");
}

#[test]
fn words_for_now_and_plans_date_their_sentence() {
    let r = Date::parse_iso("2021-03-01");
    let v = facts_with("截至目前，全乡建成大棚120个，带动农户300户。", r);
    assert!(v.iter().all(|f| f.year == Some(2021)), "{v:#?}");
    let v = facts("“十三五”期间，全市累计搬迁1.2万户5.1万人。");
    assert!(v.iter().all(|f| (f.year, f.year_end) == (Some(2016), Some(2020))), "{v:#?}");
}

#[test]
fn a_de_phrase_with_no_quantity_after_it_is_the_counted_noun() {
    assert_eq!(one("两所省城的三甲医院结对。").subject, "省城的三甲医院结对");
    assert_eq!(facts("将30亩荒地和村里的2处校舍入股。")[0].subject, "荒地");
}

#[test]
fn a_share_of_a_group_is_what_the_group_does() {
    assert_eq!(one("受访农户中有85%加入了合作社。").subject, "受访农户加入");
    assert_eq!(one("脱贫户中8300余户从事肉牛养殖。").subject, "脱贫户从事肉牛养殖");
}

#[test]
fn the_base_year_of_a_comparison_dates_nothing() {
    assert_eq!(one("产值是2015年的3倍。").year, None);
    let v = facts_with("去年销售额达2亿元，相当于2016年的5倍。", Date::parse_iso("2021-03-01"));
    assert_eq!((v[0].year, v[1].year), (Some(2020), Some(2020)), "{v:#?}");
    assert_eq!(one("入学率比2016年提高了4.5个百分点。").year, None);
}

#[test]
fn a_year_opening_a_sentence_dates_the_clauses_after_its_semicolons() {
    let v = facts("2023年,全县果园面积稳定在65万亩;新建日光温室1240座,钢架大棚3600座;鸡出栏126万羽。");
    assert!(v.iter().all(|f| f.year == Some(2023)), "{v:#?}");
    // past the sentence's end only as the paragraph's one year (below), nor from a year inside it
    let v = facts("2023年,全县果园面积65万亩。2022年新建日光温室1240座;钢架大棚3600座。目前共有大棚12座。");
    assert_eq!(v.iter().map(|f| f.year).collect::<Vec<_>>(), [Some(2023), Some(2022), Some(2022), None]);
    let v = facts("全县按照2016年的标准新建温室12座;钢架大棚36座。");
    assert_eq!(v[1].year, None, "{v:#?}");
    // a few words on where the figures come from may stand before the year
    let v = facts("据统计，2024年全镇订单种植面积达3.3万亩；企业与农户签订收购合同1260份。");
    assert!(v.iter().all(|f| f.year == Some(2024)), "{v:#?}");
    let v = facts("据县统计局最新统计，2024年全镇种植面积达3.3万亩；签订合同1260份。");
    assert_eq!(v[1].year, None, "a long clause before the year is a sentence of its own: {v:#?}");
    // a clause with a time of its own keeps it
    let v = facts("2020年全县脱贫户人均纯收入8500元；去年同期为7600元。");
    assert_eq!(v[1].year, None, "{v:#?}");
    let v = facts("2019年全县合作社12家；如今已发展到52家。");
    assert_eq!(v[1].year, None, "{v:#?}");
}

#[test]
fn a_time_things_date_from_is_no_changes_first_end() {
    let v = facts("从2023年1月起，管护员月工资由1800元提高到2100元，人均年收入达到2.52万元。");
    assert!(v.iter().all(|f| f.year == Some(2023)), "{v:#?}");
    // a change from a year's figure dates only that figure
    let v = facts("贫困发生率从2014年的23.6%下降到2.1%。");
    assert_eq!(v.iter().map(|f| f.year).collect::<Vec<_>>(), [Some(2014), None], "{v:#?}");
}

#[test]
fn the_one_year_of_a_paragraph_dates_the_sentences_after_its_first() {
    let v = facts("6月8日,某市2024年二季度重点项目集中开工。此次开工项目32个,总投资186.5亿元。");
    assert!(v.iter().all(|f| f.year == Some(2024)), "{v:#?}");
    // a sentence with a time of its own, or a paragraph naming two years, is left alone
    let v = facts("2023年,全县果园面积65万亩。目前,全县共有果园合作社36家。");
    assert_eq!(v[1].year, None);
    let v = facts("2023年,全县果园面积65万亩,2021年新建合作社12家。全县共有果园合作社36家。");
    assert_eq!(v.last().unwrap().year, None);
    // `全年` with no year in view is a year of its own, if unknown: no plan's span dates what follows
    let v = facts("“十三五”时期搬迁安置2180户。全年安排资金6830万元。年末，人均纯收入11986元。");
    assert_eq!(v.iter().map(|f| f.year).collect::<Vec<_>>(), [Some(2016), None, None], "{v:#?}");
    // the year may come in a later sentence: the sentences after it are its
    let v = facts("县里明确了整改时限。截至2024年6月30日,已完成整改37个。通过整改,已收回资金436.8万元。");
    assert_eq!(v.iter().map(|f| f.year).collect::<Vec<_>>(), [Some(2024), Some(2024)], "{v:#?}");
    let v = facts("全县建成大棚36座。2023年,又新建大棚12座。");
    assert_eq!(v[0].year, None, "{v:#?}");
    // the base year of a comparison or the first end of a change is no second year
    let v = facts("2023年,全县果园面积65万亩,较2020年增加5万亩。全县共有果园合作社36家。");
    assert_eq!(v.last().unwrap().year, Some(2023), "{v:#?}");
    let v = facts("2023年,全县新建温室120座。人均纯收入由2020年的8915元增至14236元,县级投入较2020年增长37.4%。");
    assert_eq!(v.iter().map(|f| f.year).collect::<Vec<_>>(), [Some(2023), Some(2020), Some(2023), Some(2023)], "{v:#?}");
    // a year in a phrase of comparison or standard dates no paragraph
    let v = facts("全县按照2016年的标准新建温室12座。钢架大棚36座。");
    assert_eq!(v[1].year, None);
    // a year named after the figure dates only what follows it
    let v = facts_with("2023年,全市务工规模达到31.2万人。其中,省外务工17.6万人。今年,全市将新建车间20个。", Some(Date { year: 2024, month: 3, day: 1 }));
    assert_eq!(v.iter().map(|f| f.year).collect::<Vec<_>>(), [Some(2023), Some(2023), Some(2024)], "{v:#?}");
    // but a year printed later in a narrative leaves the figures between undated
    let v = facts("2015年,全县有贫困户1.2万户。县里对贫困户每户给予最高10万元的贷款。到2019年底,贫困人口全部脱贫。");
    assert_eq!(v[1].year, None, "{v:#?}");
    // a comparison after the year (`较上年`) leaves it the paragraph's
    let v = facts("2023年,全县投入衔接资金4.15亿元,较上年增长5%。另争取援助资金1.06亿元。");
    assert_eq!(v.last().unwrap().year, Some(2023), "{v:#?}");
}

#[test]
fn a_year_that_owns_a_quantity_dates_it_even_as_a_base() {
    let v = facts("2022年标准为6500元，较2021年的6000元提高500元。");
    assert_eq!(v.iter().map(|f| f.year).collect::<Vec<_>>(), [Some(2022), Some(2021), Some(2022)], "{v:#?}");
    assert_eq!((v[0].subject.as_str(), v[1].subject.as_str()), ("标准", "标准"));
}

#[test]
fn a_figure_printed_before_its_label_takes_the_label_year() {
    let v = facts_with("3.2亿元 今年全县投入衔接资金", Date::parse_iso("2023-05-01"));
    assert_eq!((v[0].year, v[0].subject.as_str()), (Some(2023), "今年全县投入衔接资金"), "{v:#?}");
    assert_eq!(facts_with("两成 较去年增加的收入", Date::parse_iso("2023-05-01"))[0].year, None);
}

#[test]
fn a_boxs_figures_take_the_labels_the_whole_run_pairs_them_with() {
    // most figures over their label, then two under theirs: the last figure has no label
    // under it, so the two before it read label first
    let lines = ["3862名", "网格员", "全县集中排查", "4轮", "防返贫综合保险覆盖", "13.1万人", "全年理赔", "2168万元", "早发现　早干预"];
    let v = facts_under("某县工作成绩单", &lines);
    let got: Vec<(&str, &str)> = v.iter().map(|f| (f.text.as_str(), f.subject.as_str())).collect();
    assert_eq!(got, [("3862名", "网格员"), ("4轮", "全县集中排查"), ("13.1万人", "防返贫综合保险覆盖"), ("2168万元", "全年理赔")]);
    // where both readings pair as many, the figure goes over its label, and the headline over
    // a box's first figure names none
    let v = facts_under("数读", &["2.46万户", "全市纳入防返贫监测户数", "15836元", "全市脱贫人口人均纯收入", "1380个"]);
    let got: Vec<&str> = v.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(got, ["全市纳入防返贫监测户数", "全市脱贫人口人均纯收入", ""], "{v:#?}");
}

#[test]
fn weekdays_and_set_words_count_nothing() {
    assert!(facts("每逢星期三个别村赶集。").is_empty());
    assert!(facts("他再三个别叮嘱。").is_empty());
}

#[test]
fn a_change_opens_in_the_clause_of_its_first_end() {
    let t = "收入由500元提高到800元";
    assert!(super::opens_change(t, t.find("500").unwrap()));
    let t = "由甲负责，全年500元";
    assert!(!super::opens_change(t, t.find("500").unwrap()));
    assert!(!super::opens_change("500元", 0));
}

#[test]
fn a_text_with_no_sentence_end_is_read_in_linear_time() {
    let text = "2020年3月，全县由500元提高到800元，共投入资金12万元，".repeat(4000);
    let started = std::time::Instant::now();
    let v = facts(&text);
    assert_eq!(v.len(), 3 * 4000);
    assert_eq!(v.last().unwrap().year, Some(2020));
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
}

#[test]
fn two_neighbouring_digits_are_an_approximate_range() {
    let f = one("打零工一天能挣两三百元。");
    assert_eq!((f.value, f.value_max, f.qualifier, f.text.as_str()), (200.0, Some(300.0), Qualifier::Range, "两三百元"));
    let f = one("每户年增收三四万元。");
    assert_eq!((f.value, f.value_max, f.unit.as_str()), (30_000.0, Some(40_000.0), "元"));
    assert_eq!(one("一亩能收七八斤干菜。").value_max, Some(8.0));
    assert!(facts("三五个人").is_empty() && facts("一二三个").is_empty() && facts("乱七八糟").is_empty());
}

#[test]
fn half_is_fifty_percent_where_it_stands_as_a_share() {
    let f = one("外出务工者占全村劳力的一半以上。");
    assert_eq!((f.value, f.unit.as_str(), f.qualifier), (50.0, "%", Qualifier::AtLeast));
    assert_eq!(one("合作社社员近一半是妇女。").qualifier, Qualifier::Approx);
    assert!(facts("一半时间在地里").is_empty());
}

#[test]
fn a_rate_falling_to_a_bare_number_is_a_percentage() {
    let f = one("全乡贫困发生率降至0。");
    assert_eq!((f.value, f.unit.as_str()), (0.0, "%"));
    assert_eq!(one("辍学率已降为零。").unit, "%");
    assert!(facts("气温降至0。").is_empty());
}

#[test]
fn a_chinese_count_of_ten_or_more_takes_any_classifier() {
    assert_eq!(vu(&one("圈里有两百多头黄牛。")), (200.0, "头"));
    assert!(facts("两头跑").is_empty());
}

#[test]
fn wells_pools_lamps_and_medals_are_counted() {
    assert_eq!(vu(&one("新挖山塘12口。")), (12.0, "口"));
    assert_eq!(vu(&one("安装路灯300盏。")), (300.0, "盏"));
    assert_eq!(vu(&one("共获奖牌15枚。")), (15.0, "枚"));
}

#[test]
fn a_whole_before_its_part_takes_the_phrase_before_it() {
    let v = facts("全组40户中有31户养蜂。");
    assert_eq!((v[0].subject.as_str(), v[1].subject.as_str()), ("全组", "养蜂"), "{v:#?}");
}

#[test]
fn a_count_of_persons_after_a_noun_of_persons_counts_them() {
    assert_eq!(one("路口安排协管员8名疏导交通。").subject, "路口安排协管员");
}

#[test]
fn a_measure_joined_by_de_measures_the_noun_after_it() {
    assert_eq!(one("村民住进了80平方米的新房。").subject, "新房");
    // unless a noun of what is measured names it first
    assert_eq!(one("该县新建了年储存能力5000吨的冷链物流中心。").subject, "年储存能力");
    assert_eq!(one("限重20吨以上的车辆绕行。").subject, "限重");
}

#[test]
fn a_rate_alone_in_its_clause_is_paid_in_what_the_clause_before_hands_out() {
    assert_eq!(one("镇里向农户发放种苗补贴，每户800元。").subject, "种苗补贴");
    assert_eq!(one("村里修了路，每户出资800元。").subject, "每户出资");
}

/// The facts of an article headed `title` with one paragraph a line, the headline the input's
/// first line.
fn facts_under(title: &str, lines: &[&str]) -> Vec<Fact> {
    facts_under_dated(title, lines, None)
}

/// [`facts_under`] with a reference date.
fn facts_under_dated(title: &str, lines: &[&str], reference_date: Option<Date>) -> Vec<Fact> {
    let input = std::iter::once(title).chain(lines.iter().copied()).collect::<Vec<_>>().join("\n");
    let mut at = title.len() + 1;
    let mut paragraphs = Vec::new();
    for line in lines {
        paragraphs.push(Paragraph::contiguous(line, at));
        at += line.len() + 1;
    }
    let title_span = Some(crate::model::Span { start: 0, end: title.len() });
    let article = Article { title: Some(title.to_string()), title_span, paragraphs, ..Default::default() };
    Quantities::new().facts(&ArticleContext { input: &input, article: &article, reference_date, loose: None })
}

/// The facts of an article of one paragraph a line.
fn facts_of_lines(lines: &[&str]) -> Vec<Fact> {
    let mut paragraphs = Vec::new();
    let mut at = 0;
    for line in lines {
        paragraphs.push(Paragraph::contiguous(line, at));
        at += line.len() + 1;
    }
    let input = lines.join("\n");
    let article = Article { paragraphs, ..Default::default() };
    Quantities::new().facts(&ArticleContext { input: &input, article: &article, reference_date: None, loose: None })
}

#[test]
fn bare_figures_take_the_unit_of_the_caption_and_the_name_of_their_column() {
    let found = facts_of_lines(&["某乡近年主要指标(单位:元)", "年份 人均可支配收入 村集体收入", "2015年 5800 不足1万", "2021年 19860 108万"]);
    let got: Vec<String> = found
        .iter()
        .map(|f| format!("{} {} {} {:?} {} {:?}", f.text, f.value, f.unit, f.qualifier, f.subject, f.year))
        .collect();
    assert_eq!(
        got,
        [
            "5800 5800 元 Exact 人均可支配收入 Some(2015)",
            "1万 10000 元 LessThan 村集体收入 Some(2015)",
            "19860 19860 元 Exact 人均可支配收入 Some(2021)",
            "108万 1080000 元 Exact 村集体收入 Some(2021)",
        ]
    );
    // with no unit on the caption line, bare figures are no facts
    assert!(facts_of_lines(&["某乡近年主要指标", "年份 人均可支配收入 村集体收入", "2015年 5800 9000"]).is_empty());
}

#[test]
fn rows_of_a_table_take_the_year_of_its_caption() {
    let lines = ["2021年,各镇果品产业带动情况如下:", "甲镇 果园面积3.5万亩 带动脱贫户900户", "乙镇 果园面积2万亩 带动脱贫户600户", "全县共有果园12万亩。"];
    let found = facts_of_lines(&lines);
    let years: Vec<(&str, Option<i32>)> = found.iter().map(|f| (f.text.as_str(), f.year)).collect();
    assert_eq!(years, [("3.5万亩", Some(2021)), ("900户", Some(2021)), ("2万亩", Some(2021)), ("600户", Some(2021)), ("12万亩", None)]);
    assert_eq!(found[0].subject, "甲镇果园面积");
}

#[test]
fn a_tables_rows_are_named_by_their_township_and_read_past_a_wrapped_cell() {
    let lines = [
        "序号  乡镇    岗位类别                    岗位数  工作地点                联系电话",
        "1     甲镇    保洁、护绿、护路、水利、    66      本镇所辖行政村（社区）  0558-6791016",
        "助残、协管",
        "2     乙镇    保洁、护绿、护路、协管      54      本镇所辖行政村（社区）  0558-6771102",
    ];
    let found = facts_of_lines(&lines);
    let got: Vec<(&str, &str, &str)> = found.iter().map(|f| (f.text.as_str(), f.unit.as_str(), f.subject.as_str())).collect();
    assert_eq!(got, [("66", "个", "甲镇岗位数"), ("54", "个", "乙镇岗位数")], "{found:#?}");
    // several cells of a row wrapped onto the next line keep the table standing too
    let lines = [
        "序号\t项目名称\t建设地点\t建设内容\t投资（万元）\t受益户数（户）",
        "1\t某县甲乡桑蚕产业配套\t甲乡甲村、\t新建共育室2座\t128.60\t186",
        "设施建设项目\t乙村\t建大棚16座",
        "2\t某县乙镇道路硬化项目\t乙镇丙村\t硬化道路4.2公里\t196.00\t243",
    ];
    let found = facts_of_lines(&lines);
    let cells: Vec<(&str, f64)> = found.iter().filter(|f| !f.text.ends_with(['座', '里'])).map(|f| (f.text.as_str(), f.value)).collect();
    assert_eq!(cells, [("128.60", 1_286_000.0), ("186", 186.0), ("196.00", 1_960_000.0), ("243", 243.0)], "{found:#?}");
}

#[test]
fn items_of_a_list_take_the_year_of_its_lead_in() {
    let lines = [
        "各镇帮扶成效明显。2024年部分村情况如下：",
        "1．甲村：新建加工厂房800平方米，吸纳就业23人。",
        "（二）乙村：发展稻虾共作1200亩。",
        "全县还有帮扶车间96家。",
        "3．丙村：开发公益性岗位16个。",
    ];
    let found = facts_of_lines(&lines);
    let years: Vec<(&str, Option<i32>)> = found.iter().map(|f| (f.text.as_str(), f.year)).collect();
    assert_eq!(years, [("800平方米", Some(2024)), ("23人", Some(2024)), ("1200亩", Some(2024)), ("96家", None), ("16个", None)]);
    // a year the lead-in compares with dates no item
    let found = facts_of_lines(&["产量较2020年增长明显，各村情况如下：", "1．甲村：种植茶叶800亩。"]);
    assert_eq!(found[0].year, None, "{found:#?}");
    // items told in words (`一是…`) are a list's too
    let found = facts_of_lines(&["2024年，该公司重点抓了这些工作：", "一是主动预警。全年比对数据4.8万条。", "二是就近服务。聘请村级协保员142名。"]);
    let years: Vec<(&str, Option<i32>)> = found.iter().map(|f| (f.text.as_str(), f.year)).collect();
    assert_eq!(years, [("4.8万条", Some(2024)), ("142名", Some(2024))], "{found:#?}");
}

#[test]
fn a_table_with_a_unit_column_gives_each_row_its_unit() {
    let found = facts_of_lines(&[
        "附:某县2023年主要指标完成情况",
        "指标名称\t单位\t完成数",
        "衔接补助资金\t万元\t51260",
        "其中:产业发展资金\t万元\t30140",
        "公益性岗位安置人数\t人\t4120",
    ]);
    let got: Vec<(&str, f64, &str, &str, Option<i32>)> =
        found.iter().map(|f| (f.text.as_str(), f.value, f.unit.as_str(), f.subject.as_str(), f.year)).collect();
    assert_eq!(
        got,
        [
            ("51260", 512_600_000.0, "元", "衔接补助资金", Some(2023)),
            ("30140", 301_400_000.0, "元", "产业发展资金", Some(2023)),
            ("4120", 4120.0, "人", "公益性岗位安置人数", Some(2023)),
        ]
    );
}

#[test]
fn a_table_of_year_columns_dates_each_figure_and_reads_the_unit_in_its_label() {
    let found = facts_of_lines(&[
        "指标名称    2022年上半年    2023年上半年    增幅",
        "脱贫人口人均纯收入(元)    6948    7865    13.2%",
        "务工就业(万人)    2.75    2.87    4.4%",
    ]);
    let got: Vec<(&str, f64, &str, &str, Option<i32>)> =
        found.iter().map(|f| (f.text.as_str(), f.value, f.unit.as_str(), f.subject.as_str(), f.year)).collect();
    let bare: Vec<_> = got.iter().filter(|g| g.4.is_some()).cloned().collect();
    assert_eq!(
        bare,
        [
            ("6948", 6948.0, "元", "脱贫人口人均纯收入", Some(2022)),
            ("7865", 7865.0, "元", "脱贫人口人均纯收入", Some(2023)),
            ("2.75", 27500.0, "人", "务工就业", Some(2022)),
            ("2.87", 28700.0, "人", "务工就业", Some(2023)),
        ]
    );
    // the growth column is read as any text, and named by its header
    assert!(got.iter().any(|g| g.0 == "13.2%" && g.3 == "增幅"), "{got:?}");
    // cells set apart by pipes, a label holding a figure of its own
    let piped = facts_of_lines(&["指标 | 2022年 | 2023年", "收入10万元以上村(个) | 188 | 241"]);
    let got: Vec<(&str, Option<i32>)> = piped.iter().filter(|f| f.unit == "个").map(|f| (f.text.as_str(), f.year)).collect();
    assert_eq!(got, [("188", Some(2022)), ("241", Some(2023))], "{piped:#?}");
}

#[test]
fn figures_printed_over_their_labels_take_the_label_and_the_headline_period() {
    let title = "某州脱贫成果“成绩单”(2023年1—11月)";
    let lines = ["38.6亿元", "衔接推进乡村振兴补助资金", "2.1万户", "累计纳入监测对象"];
    let v = facts_under(title, &lines);
    let got: Vec<(&str, &str, Option<i32>)> = v.iter().map(|f| (f.text.as_str(), f.subject.as_str(), f.year)).collect();
    assert_eq!(got, [("38.6亿元", "衔接推进乡村振兴补助资金", Some(2023)), ("2.1万户", "累计纳入监测对象", Some(2023))]);
}

#[test]
fn a_figure_over_a_label_opening_with_a_year_is_dated_by_it() {
    let v = facts_of_lines(&["17526元", "2023年脱贫人口人均纯收入,同比增长13.2%"]);
    let f = v.iter().find(|f| f.text == "17526元").unwrap();
    assert_eq!((f.subject.as_str(), f.year), ("脱贫人口人均纯收入", Some(2023)));
}

#[test]
fn rows_printed_label_first_take_the_headline_period() {
    let title = "某县巩固衔接2023年成绩单";
    let lines = ["全县脱贫人口　　11.6万人", "就业帮扶车间  126个", "去年全县新建村级光伏电站42座。"];
    let v = facts_under(title, &lines);
    let got: Vec<(&str, Option<i32>)> = v.iter().map(|f| (f.text.as_str(), f.year)).collect();
    // a sentence is no row: it keeps what it says of its own time
    assert_eq!(got, [("11.6万人", Some(2023)), ("126个", Some(2023)), ("42座", None)]);
}

#[test]
fn a_years_review_keeps_its_year_past_whole_year_labels_and_a_plans_head() {
    let jan = Some(Date { year: 2025, month: 1, day: 6 });
    // a review named by its year (`2024年度…十大新闻`) dates the `全年` of a text written the
    // January after
    let v = facts_under_dated("2024年度某县十大新闻揭晓", &["全年新改建农村公路326公里。"], jan);
    assert_eq!(v[0].year, Some(2024), "{v:#?}");
    // a box's `全年理赔` over its figure names no section of another year
    let lines = ["全年理赔", "2168万元", "新建村级光伏电站42座。"];
    let v = facts_under_dated("一图读懂｜某县2024年巩固拓展脱贫攻坚成果工作成绩单", &lines, jan);
    let got: Vec<(&str, Option<i32>)> = v.iter().map(|f| (f.text.as_str(), f.year)).collect();
    assert_eq!(got, [("2168万元", Some(2024)), ("42座", Some(2024))]);
    // a text opening on the summary's year after a head of the next year's plans goes back to it
    let lines = ["2025年这样干", "新建茶园2000亩。", "2024年，某县新建村级光伏电站42座。", "一是新建农村户用卫生厕所2000座。"];
    let v = facts_under_dated("某县2024年巩固拓展脱贫攻坚成果工作成绩单", &lines, jan);
    let got: Vec<(&str, Option<i32>)> = v.iter().map(|f| (f.text.as_str(), f.year)).collect();
    assert_eq!(got, [("2000亩", Some(2025)), ("42座", Some(2024)), ("2000座", Some(2024))]);
}

#[test]
fn a_report_given_early_in_a_year_reads_its_whole_year_as_the_year_it_opened_on() {
    let lines = ["2023年，全县上下坚持把巩固拓展脱贫攻坚成果作为头等大事。", "（一）防止返贫底线守得更牢。全年新识别纳入监测对象1426户。"];
    let year = |date: &str| facts_under_dated("在全县某某工作会议上的讲话", &lines, Date::parse_iso(date))[0].year;
    assert_eq!(year("2024-03-12"), Some(2023));
    // later in the year `全年` is the year of writing's
    assert_eq!(year("2024-07-12"), Some(2024));
}

#[test]
fn a_years_summary_dates_what_it_reports_and_a_section_of_another_year_by_that_one() {
    let title = "某县2023年巩固拓展脱贫攻坚成果工作总结";
    let lines = [
        "全县新建村级光伏电站42座。",
        "项目 | 2022年 | 2023年",
        "三、2024年工作打算",
        "新建农村户用卫生厕所2000座。",
        "(一)产业发展",
        "计划新建茶园2000亩。",
        "四、存在的问题",
        "仍有监测户320户。",
    ];
    let v = facts_under(title, &lines);
    let got: Vec<(&str, Option<i32>)> = v.iter().map(|f| (f.text.as_str(), f.year)).collect();
    assert_eq!(got, [("42座", Some(2023)), ("2000座", Some(2024)), ("2000亩", Some(2024)), ("320户", Some(2023))]);
    // a first secretary's report on a year of work sums it up too
    let v = facts_under("某村驻村第一书记2023年度述职报告", &["全村新建黄花菜烘干房2座。"]);
    assert_eq!(v[0].year, Some(2023));
    // so does the release of a year's survey
    let v = facts_under("2024年全县脱贫户满意度调查结果发布", &["全县抽取脱贫户1200户。"]);
    assert_eq!(v[0].year, Some(2024));
    // a public list of two years dates none of them
    let v = facts_under("关于2023年和2024年县级衔接资金项目的公示", &["两年共安排项目86个。"]);
    assert_eq!(v[0].year, None, "{v:#?}");
    // and a public list of a year's gifts, its table's rows too
    let v = facts_under("某县慈善总会2024年助学捐赠公示（第一批）", &["共接收捐款15笔。", "序号　捐赠单位/个人　金额（元）", "1　某县商会　80000.00"]);
    let got: Vec<(&str, Option<i32>)> = v.iter().map(|f| (f.text.as_str(), f.year)).collect();
    assert_eq!(got, [("15笔", Some(2024)), ("80000.00", Some(2024))]);
    // a headline that sums up no year dates nothing
    let v = facts_under("某县新建村级光伏电站", &lines);
    assert!(v.iter().all(|f| f.year.is_none()), "{v:#?}");
}

#[test]
fn a_government_work_report_reviews_the_year_before_its_date() {
    let lines = ["一、过去一年工作回顾", "全县地区生产总值206.8亿元。", "二、2025年工作安排", "粮食播种面积稳定在2.3万公顷。"];
    let v = facts_under_dated("政府工作报告", &lines, Date::parse_iso("2025-01-16"));
    let got: Vec<(&str, Option<i32>)> = v.iter().map(|f| (f.text.as_str(), f.year)).collect();
    assert_eq!(got, [("206.8亿元", Some(2024)), ("2.3万公顷", Some(2025))]);
    // undated, it dates nothing
    assert!(facts_under("政府工作报告", &lines).iter().all(|f| f.year.is_none() || f.text == "2.3万公顷"));
}

#[test]
fn years_listed_before_fenbie_pair_off_with_the_figures_after_it() {
    let v = facts("光伏收益主要用于公益岗位,2021年、2022年、2023年全县光伏收益分别为2860万元、3015万元、3128万元,带动就业3000余人。");
    let got: Vec<(&str, Option<i32>)> = v.iter().map(|f| (f.text.as_str(), f.year)).collect();
    assert_eq!(got[..3], [("2860万元", Some(2021)), ("3015万元", Some(2022)), ("3128万元", Some(2023))]);
    assert!(v[0].subject.contains("光伏收益"), "{:?}", v[0].subject);
    // a range or a year compared with pairs nothing
    let v = facts("2022年至2023年,全县人均纯收入分别增长12.3%、14.5%。");
    assert!(v.iter().all(|f| f.year_end.is_some() || f.year != Some(2022)), "{v:#?}");
    let v = facts("与2022年相比,2023年全县种植面积和产值分别达到1.2万亩、3.6亿元。");
    assert!(v.iter().all(|f| f.year != Some(2022)), "{v:#?}");
    // a count that does not match leaves the years as they were read
    let v = facts("2022年、2023年全县光伏收益分别为2860万元、3015万元、3128万元。");
    assert!(v.iter().all(|f| f.year != Some(2022) || f.text != "3015万元"), "{v:#?}");
}

#[test]
fn a_bound_on_an_income_sets_a_threshold_of_what_it_measures() {
    assert_eq!(one("今年起,将家庭年人均纯收入低于7000元的农户纳入监测。").subject, "家庭年人均纯收入");
    assert_eq!(one("年度自付医疗费用超过2万元的家庭可申请救助。").subject, "年度自付医疗费用");
    // a bound on what is handed out is no threshold
    assert_eq!(one("每户最高可获得6万元的贴息贷款。").subject, "贴息贷款");
}

#[test]
fn a_change_clause_opening_with_you_takes_the_subject_before_it() {
    let v = facts("全村集体经济收入翻了一番,由2020年的40万元增加到2022年的80万元。");
    let subjects: Vec<&str> = v.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(subjects, ["全村集体经济收入", "全村集体经济收入"]);
}

#[test]
fn a_count_of_what_a_bound_picks_out_keeps_the_bound() {
    let v = facts("全镇村集体经济收入均超过10万元,其中超过30万元的村达到6个。");
    let subjects: Vec<(&str, &str)> = v.iter().map(|f| (f.text.as_str(), f.subject.as_str())).collect();
    assert_eq!(subjects[2], ("6个", "超过30万元的村"));
}

#[test]
fn a_margin_in_points_keeps_its_comparison() {
    let f = one("该镇农民收入增速高于全县平均水平1.8个百分点。");
    assert_eq!((f.unit.as_str(), f.subject.as_str()), ("百分点", "农民收入增速高于全县平均水平"));
    // a ratio compared keeps only what is compared
    assert_eq!(one("人均收入低于全县平均水平1.5倍。").subject, "人均收入");
}

#[test]
fn a_time_before_the_verb_is_no_part_of_the_subject() {
    let t = "如今,他家的人均纯收入去年达到2.1万元。";
    let v = facts_with(t, Some(Date { year: 2022, month: 6, day: 1 }));
    assert_eq!(v[0].subject, "他家的人均纯收入");
}

#[test]
fn a_figure_record_is_named_by_its_label() {
    let v = facts("带动脱贫户:1.2万户、4.1万人");
    let subjects: Vec<&str> = v.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(subjects, ["带动脱贫户", "带动脱贫户"]);
    assert_eq!(one("其中冰糖橙:22万亩").subject, "冰糖橙");
    // figure first, then what it counts
    assert_eq!(one("118个 已建成的帮扶项目").subject, "已建成的帮扶项目");
    let v = facts("两成 务工收入增幅");
    assert_eq!((v[0].value, v[0].subject.as_str()), (20.0, "务工收入增幅"));
}

#[test]
fn the_terms_of_a_kind_of_help_are_named_by_the_help() {
    assert_eq!(one("雨露计划：每生每学期1500元").subject, "雨露计划每生每学期");
    assert_eq!(one("农村低保：保障标准每人每月650元").subject, "农村低保保障标准");
    let v = facts("外出务工交通补贴：省外每人每年最高1000元，省内每人每年最高500元");
    assert!(v.iter().all(|f| f.subject.starts_with("外出务工交通补贴")), "{v:#?}");
    // a form's field names no help, nor a report's plans or what a line reports was done
    assert_eq!(one("住房情况：建筑面积126平方米").subject, "建筑面积");
    assert!(!one("明年计划：新建基地3个").subject.starts_with("明年计划"));
    assert!(!one("危房改造：完成改造86户").subject.starts_with("危房改造"));
}

#[test]
fn an_amount_set_as_a_standard_is_the_amount_of_what_is_given() {
    assert_eq!(one("对外出务工的劳动力,按每人每月300元标准给予交通补贴。").subject, "交通补贴");
    assert_eq!(one("按照每生每年2000元的标准发放生活补助。").subject, "生活补助");
}


#[test]
fn a_caption_wrapped_inside_a_figure_is_read_whole() {
    let input = "图为合作社内景。该合作社吸纳周边21\n名脱贫群众稳定就业。";
    let caption = crate::model::Caption {
        text: Paragraph::from_lines(input, 0).text,
        photographers: Vec::new(),
        span: crate::model::Span::new(0, input.len()),
    };
    assert!(!caption.text.contains('\n'));
    let article = Article { captions: vec![caption], ..Default::default() };
    let found = Quantities::new().facts(&ArticleContext { input, article: &article, reference_date: None, loose: None });
    let f = found.iter().find(|f| f.text.contains("21")).expect("the figure broken over two lines");
    assert_eq!(vu(f), (21.0, "人"));
    // its span covers the figure in the input, line break and all
    assert_eq!(&input[f.span.start..f.span.end], "21\n名");
}

#[test]
fn dimes_are_tenths_of_a_yuan() {
    let f = one("以前收购价每斤才两毛多。");
    assert_eq!((f.value, f.unit.as_str(), f.text.as_str()), (0.2, "元", "两毛多"));
    assert_eq!(f.qualifier, crate::model::Qualifier::MoreThan);
    assert_eq!(vu(&one("每斤收购价只有三毛钱。")), (0.3, "元"));
    assert!(facts("山上种了毛竹,三毛竹林郁郁葱葱。").is_empty());
}

#[test]
fn a_spoken_number_of_kuai_closing_its_clause_is_yuan() {
    assert_eq!(vu(&one("一亩莲子能卖两千块。")), (2000.0, "元"));
    assert_eq!(vu(&one("设置警示标志1400块。")), (1400.0, "块"));
    assert_eq!(vu(&one("新砌了两千块砖。")), (2000.0, "块"));
    assert_eq!(vu(&one("离家近,一个月三千多块,还能接送娃娃。")), (3000.0, "元"));
    assert_eq!(vu(&one("一个月能挣3000块。")), (3000.0, "元"));
    assert_eq!(vu(&one("每个月有3500块的工资。")), (3500.0, "元"));
    assert!(facts("每年轮种两块。").iter().all(|f| f.unit != "元"));
}

#[test]
fn an_amount_after_a_count_and_an_adverb_is_said_of_the_noun_after_the_count() {
    let v = facts("全镇27个村集体经济收入全部超过10万元。");
    assert_eq!(v.iter().map(|f| f.subject.as_str()).collect::<Vec<_>>(), ["村", "集体经济收入"], "{v:#?}");
}

#[test]
fn a_bound_amount_sorting_villages_shares_the_subject_of_the_amount_before() {
    let v = facts("全县村集体经济收入全部超过10万元,其中超过50万元的村有12个。");
    assert_eq!(v[1].text, "50万元");
    assert_eq!(v[1].subject, v[0].subject);
    let v = facts("农户可获得贴息贷款,每户可获得不超过5万元的三年期贴息贷款。");
    assert!(v[0].subject.contains("贷款"), "{v:#?}");
}

#[test]
fn a_count_after_a_list_with_deng_counts_the_noun_after_it() {
    let v = facts("运动会设置短跑、跳远、接力等42个比赛项目。");
    assert_eq!(v[0].subject, "比赛项目");
}

#[test]
fn lai_after_a_round_number_says_about() {
    let f = one("他一个月能挣三千来块。");
    assert_eq!((vu(&f), f.qualifier), ((3000.0, "元"), crate::model::Qualifier::Approx));
    let f = one("一年收入十来万元。");
    assert_eq!((vu(&f), f.qualifier), ((100_000.0, "元"), crate::model::Qualifier::Approx));
    assert!(facts("一来交通不便,二来缺少技术。").is_empty());
}

#[test]
fn a_telephone_number_is_no_quantity() {
    assert!(facts("投稿电话:0793-8221111 本版投稿邮箱:tougao@example.cn").is_empty());
    assert_eq!(vu(&one("每期组织10-15人外出务工。")), (10.0, "人"));
}

#[test]
fn a_round_spoken_number_after_an_earning_verb_is_yuan() {
    let f = one("他说,现在一亩能挣四千多。");
    assert_eq!((vu(&f), f.qualifier), ((4000.0, "元"), Qualifier::MoreThan));
    let f = one("一亩纯收入一万出头。");
    assert_eq!((vu(&f), f.qualifier), ((10000.0, "元"), Qualifier::MoreThan));
    let f = one("“一年能赚四五万”");
    assert_eq!((f.value, f.value_max, f.unit.as_str()), (40000.0, Some(50000.0), "元"));
    assert_eq!(vu(&facts("一个月能拿三千多,是过去的两倍")[0]), (3000.0, "元"));
    // a unit of its own, no earning verb, a number that names no hundreds: no unsaid yuan
    assert_eq!(vu(&one("去年卖了三千多头。")), (3000.0, "头"));
    assert!(facts("村里来了三千多。").is_empty());
    assert!(facts("一次能挣十二。").is_empty());
}

#[test]
fn a_box_row_whose_label_opens_with_a_year_is_dated_by_it() {
    let f = one("36.8亿元 2023年投入衔接资金");
    assert_eq!((f.subject.as_str(), f.year), ("投入衔接资金", Some(2023)), "{f:#?}");
}

#[test]
fn units_of_power_supply_fittings_cases_and_logs() {
    assert_eq!(vu(&one("户均配变容量提高到2.1千伏安。")), (2.1, "千伏安"));
    assert_eq!(vu(&one("发放助行器75副。")), (75.0, "副"));
    assert_eq!(vu(&one("开展远程会诊1260例。")), (1260.0, "例"));
    assert_eq!(vu(&one("发展食用菌1800万棒。")), (18_000_000.0, "棒"));
    assert_eq!(vu(&one("全家5口人靠种地为生。")), (5.0, "人"));
}

#[test]
fn units_of_speed_temperature_loans_and_chapters() {
    assert_eq!(vu(&one("村道限速40公里/小时。")), (40.0, "公里/小时"));
    let f = one("预计最高气温15℃左右。");
    assert_eq!((vu(&f), f.qualifier), ((15.0, "℃"), crate::model::Qualifier::Approx), "{f:#?}");
    assert_eq!(vu(&one("全年发放贷款1260笔。")), (1260.0, "笔"));
    let f = facts("《办法》共六章三十二条。");
    assert_eq!(f.iter().map(vu).collect::<Vec<_>>(), [(6.0, "章"), (32.0, "条")]);
    // a turn of speech is no count
    assert!(facts("这是一笔财富。").is_empty());
    assert!(facts("要算好3笔账。").is_empty());
    assert!(facts("村里与群众约法三章。").is_empty());
    assert_eq!(vu(&one("夜间最低气温零下10℃。")), (-10.0, "℃"));
}

#[test]
fn a_few_animals_counted_in_chinese_numerals() {
    let f = one("以前家里只能喂两头猪。");
    assert_eq!((vu(&f), f.subject.as_str()), ((2.0, "头"), "猪"));
    assert_eq!(vu(&one("2019年我领到了两头扶贫牛。")), (2.0, "头"));
    assert!(facts("他每天两头跑,顾了家里顾不了地里。").is_empty());
    assert!(facts("靠两只手养活一家人。").is_empty());
}

#[test]
fn a_count_of_persons_counts_the_persons_not_what_they_do() {
    assert_eq!(one("该镇组织300余名群众抢收首茬饲草。").subject, "群众");
    assert_eq!(one("为312名有需求的残疾人免费适配辅助器具。").subject, "有需求的残疾人");
    assert_eq!(one("全县1.2万户脱贫户和监测户实现结对。").subject, "脱贫户和监测户");
    assert_eq!(one("邀请80名村民代表参加评议。").subject, "村民代表");
    assert_eq!(one("组织200余名干部群众来到甲村荒山植树。").subject, "干部群众");
    assert_eq!(facts("全村58户脱贫户人均分红1200元。")[0].subject, "脱贫户");
}

#[test]
fn an_age_bound_after_a_count_belongs_to_its_noun() {
    let v = facts("为全村370户60岁以上的老人购买了意外保险。");
    assert_eq!(v[0].subject, "60岁以上的老人", "{v:#?}");
}

#[test]
fn a_notice_lists_what_each_household_is_paid_in_the_column_its_header_gives_the_unit() {
    let paragraphs = ["序号  姓名  村  奖补项目  金额(元)", "1  马甲  某村  养牛2头  6000", "2  何乙  某村  养羊10只  5000", "合计        11000"];
    let v = facts_of_lines(&paragraphs);
    let paid: Vec<(f64, &str, &str)> = v.iter().filter(|f| f.unit == "元").map(|f| (f.value, f.unit.as_str(), f.subject.as_str())).collect();
    assert_eq!(paid, [(6000.0, "元", "马甲金额"), (5000.0, "元", "何乙金额"), (11000.0, "元", "合计")], "{v:#?}");
    // a donors' list: the row's donor, masked or not
    let paragraphs = ["序号　捐赠单位/个人　金额（元）", "1　某县建筑业协会　120000.00", "2　王*明　10000.00"];
    let v = facts_of_lines(&paragraphs);
    let given: Vec<(f64, &str)> = v.iter().map(|f| (f.value, f.subject.as_str())).collect();
    assert_eq!(given, [(120000.0, "某县建筑业协会金额"), (10000.0, "王*明金额")], "{v:#?}");
}

#[test]
fn a_range_under_a_unit_header_and_the_year_of_the_caption_over_it() {
    let paragraphs = ["某县2025年部分招聘企业岗位信息", "企业名称　　　　招聘岗位　　人数　　月薪（元）", "某某电子科技有限公司　　普工　　120　　4500-6500", "某某家政服务有限公司　　育婴员　　20　　5500"];
    let v = facts_of_lines(&paragraphs);
    let pay: Vec<&Fact> = v.iter().filter(|f| f.unit == "元").collect();
    let read = |f: &Fact| (f.text.clone(), f.value, f.value_max, f.qualifier, f.year);
    assert_eq!(pay.iter().map(|f| read(f)).collect::<Vec<_>>(), [("4500-6500".to_string(), 4500.0, Some(6500.0), Qualifier::Range, Some(2025)), ("5500".to_string(), 5500.0, None, Qualifier::Exact, Some(2025))], "{v:#?}");
    // a span whose first end is the larger is no range
    assert_eq!(table::bare_range("6500-4500"), None);
    assert_eq!(table::bare_range("0771-3622158"), None, "a phone number's parts are of unlike lengths");
    assert_eq!(table::bare_range("800-1200"), Some(4));
}

#[test]
fn the_first_row_under_a_header_with_a_spaced_label_keeps_its_amount() {
    // `镇　名` is one column spaced to its width: the rows print one cell fewer than the header
    let paragraphs = ["镇　名　　　　　理赔户数　　　　　理赔金额（万元）", "城关镇　　　　　　246　　　　　　　　108.9", "兴隆镇　　　　　　163　　　　　　　　71.6"];
    let v = facts_of_lines(&paragraphs);
    let paid: Vec<(f64, &str)> = v.iter().filter(|f| f.unit == "元").map(|f| (f.value, f.subject.as_str())).collect();
    assert_eq!(paid, [(1089000.0, "城关镇理赔金额"), (716000.0, "兴隆镇理赔金额")], "{v:#?}");
}

#[test]
fn a_project_list_gives_each_project_its_funds_in_the_unit_its_header_names() {
    let paragraphs = [
        "序号\t项目名称\t建设地点\t资金规模（万元）\t绩效目标",
        "1\t甲村茶厂提升项目\t甲村\t186\t带动脱贫户56户增收",
        "2\t乙村饮水巩固项目\t乙村\t118.5\t保障512户饮水安全",
    ];
    let v = facts_of_lines(&paragraphs);
    let funds: Vec<(f64, &str)> = v.iter().filter(|f| f.unit == "元").map(|f| (f.value, f.subject.as_str())).collect();
    assert_eq!(funds, [(1_860_000.0, "甲村茶厂提升项目资金规模"), (1_185_000.0, "乙村饮水巩固项目资金规模")], "{v:#?}");
    // the cells' own figures are read as any text's
    assert!(v.iter().any(|f| f.value == 512.0 && f.unit == "户"), "{v:#?}");
}

#[test]
fn an_age_is_the_person_s_named_after_it_not_what_they_do() {
    let text = "63岁的脱贫户邢某某把自家的院子收拾得干干净净。";
    let at = text.find("邢某某").unwrap();
    let person = crate::model::Person { name: "邢某某".into(), title: String::new(), organization: String::new(), span: Span { start: at, end: at + "邢某某".len() } };
    let article = Article { paragraphs: vec![Paragraph::contiguous(text, 0)], people: vec![person], ..Default::default() };
    let v = Quantities::new().facts(&ArticleContext { input: text, article: &article, reference_date: None, loose: None });
    assert_eq!(v[0].subject, "脱贫户邢某某", "{v:#?}");
}

#[test]
fn a_caption_gives_its_unit_to_rows_under_year_columns_that_print_none() {
    let v = facts_of_lines(&["三、家庭收支情况（单位：元）", "项　　目　　　2022年　　　2023年（预计）", "工资性收入　　　31200　　　14500"]);
    let row: Vec<(f64, &str, &str, Option<i32>)> = v.iter().map(|f| (f.value, f.unit.as_str(), f.subject.as_str(), f.year)).collect();
    assert_eq!(row, [(31200.0, "元", "工资性收入", Some(2022)), (14500.0, "元", "工资性收入", Some(2023))], "{v:#?}");
    // a row of a count or a size is no money of the caption's
    let v = facts_of_lines(&["（单位：元）", "项　　目　　2022年　　2023年", "家庭人口　　4　　5"]);
    assert!(v.iter().all(|f| f.unit != "元"), "{v:#?}");
    // cells that pipes part and a header of lone characters count alike
    let _ = facts_of_lines(&["三、家庭收支情况（单位：元）", "项 | | | 2022年　2023年", "工资性收入　31200　14500"]);
    let _ = facts_of_lines(&["| | | 2022年 2023年"]);
}

#[test]
fn a_box_of_bulleted_lines_is_of_the_year_its_headline_names() {
    let v = facts_under("数说·2023年某省巩固脱贫成果", &["■全省脱贫人口人均纯收入14218元", "■认定帮扶车间3176个"]);
    assert_eq!(v.iter().map(|f| f.year).collect::<Vec<_>>(), [Some(2023), Some(2023)], "{v:#?}");
    // a notice's bulleted terms beside its text are no figures of its year
    let v = facts_under("关于开展2024年度产业奖补的通知", &["各村：奖补标准如下。", "●种植蔬菜1亩以上，每亩奖补500元"]);
    assert!(v.iter().all(|f| f.year.is_none()), "{v:#?}");
}

#[test]
fn a_share_written_with_a_slash_is_a_percentage() {
    let f = one("搬迁家庭中超过3/4实现了稳定就业。");
    assert_eq!((vu(&f), f.qualifier), ((75.0, "%"), Qualifier::MoreThan));
    // dates and scores written with slashes are not shares
    assert!(facts("2023/12/01发布").iter().all(|f| f.unit != "%"));
    assert!(facts("比分为5/3").iter().all(|f| f.unit != "%"));
    assert_eq!(vu(&one("购置植保无人机4架。")), (4.0, "架"));
}

#[test]
fn a_figure_in_a_row_of_cells_is_named_by_its_own_cell() {
    let v = facts("1  马甲  某镇某村  养牛2头  6000");
    assert_eq!(v[0].subject, "养牛", "{v:#?}");
}

#[test]
fn who_handed_out_or_bought_is_no_part_of_what_is_counted() {
    assert_eq!(one("县农业农村局提前调运各类种子1860吨。").subject, "各类种子");
    assert_eq!(one("县财政为在校学生发放补助资金96万元。").subject, "补助资金");
    // so is who put in, took part in, stored or proposed it
    assert_eq!(one("深圳市援藏工作组投入援藏资金1.8亿元。").subject, "援藏资金");
    assert_eq!(one("组织脱贫劳动力参加招聘会14场。").subject, "招聘会");
    assert_eq!(one("县级防汛物资仓库储备冲锋舟6艘。").subject, "冲锋舟");
    assert_eq!(one("人大代表围绕乡村振兴提出建议56件。").subject, "建议");
    // a generic object says less than the verb with it; an object cut off in a list is none
    assert_eq!(one("明年计划再投入资金6500万元。").subject, "再投入资金");
    // a verb in a clause describing who is counted leaves the noun; a count's name keeps it
    assert_eq!(one("全县参加培训的脱贫群众3200人。").subject, "脱贫群众");
    assert_eq!(one("全县参加城乡居民医保人数52万人。").subject, "全县参加城乡居民医保人数");
    // a price or an amount the verb makes a noun of is what is measured
    assert_eq!(one("今年鲜叶收购价每斤8元。").subject, "鲜叶收购价");
    assert_eq!(one("优质谷子收购价达到每公斤7.6元。").subject, "优质谷子收购价");
    // a yield per mu keeps its measure
    assert_eq!(one("玉米产量每亩1200斤。").subject, "玉米产量每亩");
}

#[test]
fn dimes_written_out_and_units_of_rain_and_seed() {
    assert_eq!(vu(&one("收购价每斤比去年高两角钱。")), (0.2, "元"));
    assert!(facts("画了三角形").is_empty());
    assert_eq!(vu(&one("累计降雨量达20毫米。")), (20.0, "毫米"));
    assert_eq!(vu(&one("年繁育原原种1.2亿粒。")), (120_000_000.0, "粒"));
}

#[test]
fn a_table_whose_columns_name_their_units_reads_every_row() {
    let v = facts_of_lines(&[
        "乡镇 | 贷款户数 | 贷款余额（万元） | 贴息金额（万元）",
        "甲镇 | 612 | 2783 | 27.9",
        "乙乡 | 486 | 2205 | 22.1",
        "岗位代码 | 招聘单位 | 岗位名称 | 招聘人数 | 学历要求",
        "01 | 甲镇所辖社区 | 社区综合服务岗 | 12 | 大专及以上",
    ]);
    let got: Vec<(&str, f64, &str, &str)> = v.iter().map(|f| (f.text.as_str(), f.value, f.unit.as_str(), f.subject.as_str())).collect();
    assert_eq!(
        got,
        [
            ("612", 612.0, "户", "甲镇贷款户数"),
            ("2783", 27_830_000.0, "元", "甲镇贷款余额"),
            ("27.9", 279_000.0, "元", "甲镇贴息金额"),
            ("486", 486.0, "户", "乙乡贷款户数"),
            ("2205", 22_050_000.0, "元", "乙乡贷款余额"),
            ("22.1", 221_000.0, "元", "乙乡贴息金额"),
            ("12", 12.0, "人", "甲镇所辖社区社区综合服务岗招聘人数"),
        ]
    );
}

#[test]
fn a_project_rows_label_is_its_name_not_what_it_builds() {
    let v = facts_of_lines(&[
        "序号  项目名称        建设地点      建设内容                      资金规模（万元）  受益户数",
        "1     甲村茶园提升项目  甲镇、乙镇    新建茶园300亩，修建便道2公里  120               186",
    ]);
    let got: Vec<(&str, &str)> = v.iter().filter(|f| ["120", "186"].contains(&f.text.as_str())).map(|f| (f.text.as_str(), f.subject.as_str())).collect();
    assert_eq!(got, [("186", "甲村茶园提升项目受益户数"), ("120", "甲村茶园提升项目资金规模")]);
    // with no name column, the label stops before the cell of what the project builds
    let v = facts_of_lines(&["序号  建设地点  建设内容                      投资（万元）  受益户数", "1     甲镇      新建茶园300亩，修建便道2公里  120           186"]);
    assert!(v.iter().any(|f| f.text == "186" && f.subject == "甲镇受益户数"), "{v:#?}");
}

#[test]
fn a_list_of_helpers_names_each_count_by_its_person_and_keeps_going_past_subtotals() {
    let v = facts_of_lines(&[
        "序号  帮扶责任人  工作单位及职务            帮扶村  结对帮扶户（户主）        户数",
        "1     王小明      县水利局副局长            甲村    张甲、张乙、张丙          3",
        "甲村小计：帮扶责任人1名，结对帮扶户3户",
        "2     李红红      县水利局办公室主任        乙村    刘甲、刘乙                2",
    ]);
    let got: Vec<(&str, &str)> = v.iter().filter(|f| ["3", "2"].contains(&f.text.as_str())).map(|f| (f.text.as_str(), f.subject.as_str())).collect();
    assert_eq!(got, [("3", "王小明户数"), ("2", "李红红户数")], "{v:#?}");
}

#[test]
fn rows_printing_their_own_units_under_year_columns_are_of_those_years() {
    let v = facts_of_lines(&["指标　　　2023年　　　2024年　　　变动（个百分点）", "总体满意度　　94.9%　　96.8%　　+1.9", "饮水安全满意度　　92.7%　　96.1%　　+3.4"]);
    let got: Vec<(&str, f64, &str, &str, Option<i32>)> = v.iter().map(|f| (f.text.as_str(), f.value, f.unit.as_str(), f.subject.as_str(), f.year)).collect();
    assert_eq!(
        got,
        [
            ("94.9%", 94.9, "%", "总体满意度", Some(2023)),
            ("96.8%", 96.8, "%", "总体满意度", Some(2024)),
            ("1.9", 1.9, "百分点", "总体满意度变动", None),
            ("92.7%", 92.7, "%", "饮水安全满意度", Some(2023)),
            ("96.1%", 96.1, "%", "饮水安全满意度", Some(2024)),
            ("3.4", 3.4, "百分点", "饮水安全满意度变动", None),
        ]
    );
}

#[test]
fn a_ledgers_rows_leave_empty_cells_out_and_figures_stand_at_their_end() {
    let v = facts_of_lines(&[
        "日期 摘要 收入（元） 支出（元） 余额（元）",
        "4月1日 上季度结转 86,412.50",
        "4月8日 收发电收益 23,760.00 110,172.50",
        "合计 78,360.00 40,186.40 124,586.10",
    ]);
    let got: Vec<(&str, f64, &str)> = v.iter().map(|f| (f.text.as_str(), f.value, f.subject.as_str())).collect();
    assert_eq!(
        got,
        [
            ("86,412.50", 86412.5, "4月1日上季度结转余额"),
            // income or spending: the row does not show which column it fills
            ("23,760.00", 23760.0, "4月8日收发电收益"),
            ("110,172.50", 110172.5, "4月8日收发电收益余额"),
            ("78,360.00", 78360.0, "合计收入"),
            ("40,186.40", 40186.4, "合计支出"),
            ("124,586.10", 124586.1, "合计余额"),
        ]
    );
    // a board's phone number under its ledger is no amount
    let v = facts_of_lines(&["日期 摘要 收入（元） 支出（元） 余额（元）", "4月1日 上季度结转 86,412.50", "监督电话 13877712345"]);
    assert!(v.iter().all(|f| f.unit != "元" || f.value < 1e7), "{v:?}");
}

#[test]
fn a_table_printed_one_cell_per_line_reads_each_cell_by_its_row_and_column() {
    let v = facts_of_lines(&["产品", "规格", "价格（元）", "销量（单）", "黄桃（精品果）", "5斤/箱", "59.9", "3,216", "高山笋干", "500克/袋", "45.8", "1125"]);
    let got: Vec<(&str, f64, &str, &str)> = v.iter().map(|f| (f.text.as_str(), f.value, f.unit.as_str(), f.subject.as_str())).collect();
    assert_eq!(
        got,
        [
            ("5斤", 5.0, "斤", "黄桃（精品果）规格"),
            ("59.9", 59.9, "元", "黄桃（精品果）价格"),
            ("3,216", 3216.0, "单", "黄桃（精品果）销量"),
            ("500克", 500.0, "克", "高山笋干规格"),
            ("45.8", 45.8, "元", "高山笋干价格"),
            ("1125", 1125.0, "单", "高山笋干销量"),
        ]
    );
    // a range in a cell, and a column of durations that counts nothing
    let v = facts_of_lines(&["品种", "生育期（天）", "亩产（公斤）", "适宜海拔（米）", "甲薯1号", "120", "2100", "1800～2600", "乙薯2号", "95", "1950", "2000～2800"]);
    let got: Vec<(&str, f64, Option<f64>, &str)> = v.iter().map(|f| (f.text.as_str(), f.value, f.value_max, f.subject.as_str())).collect();
    assert_eq!(
        got,
        [
            ("2100", 2100.0, None, "甲薯1号亩产"),
            ("1800～2600", 1800.0, Some(2600.0), "甲薯1号适宜海拔"),
            ("1950", 1950.0, None, "乙薯2号亩产"),
            ("2000～2800", 2000.0, Some(2800.0), "乙薯2号适宜海拔"),
        ]
    );
}

#[test]
fn a_markdown_table_under_a_dated_caption_reads_its_rows_of_that_year() {
    let v = facts_of_lines(&[
        "住院待遇标准（2023年，县级医院）",
        "| 类别 | 起付线（元） | 报销比例（%） | 年度限额（万元） |",
        "| --- | --- | --- | --- |",
        "| 脱贫人口 | 300 | 80 | 25 |",
        "| 特困人员 | 免起付线 | 85 | 30 |",
    ]);
    let got: Vec<(&str, f64, &str, &str, Option<i32>)> =
        v.iter().map(|f| (f.text.as_str(), f.value, f.unit.as_str(), f.subject.as_str(), f.year)).collect();
    assert_eq!(
        got,
        [
            ("300", 300.0, "元", "脱贫人口起付线", Some(2023)),
            ("80", 80.0, "%", "脱贫人口报销比例", Some(2023)),
            ("25", 250_000.0, "元", "脱贫人口年度限额", Some(2023)),
            ("85", 85.0, "%", "特困人员报销比例", Some(2023)),
            ("30", 300_000.0, "元", "特困人员年度限额", Some(2023)),
        ]
    );
    // a sentence over the header names no year of its rows
    let v = facts_of_lines(&["2022年，县里调整了标准。", "| 类别 | 起付线（元） | 报销比例（%） |", "| 脱贫人口 | 300 | 80 |"]);
    assert!(v.iter().filter(|f| f.subject.starts_with("脱贫人口")).all(|f| f.year.is_none()), "{v:?}");
}

#[test]
fn an_attribute_alone_in_its_clause_is_the_projects_opening_the_sentence() {
    let v = facts("1.甲县茶叶精深加工项目，总投资2.8亿元；2.乙镇光伏发电项目，总投资3.6亿元。");
    let got: Vec<&str> = v.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(got, ["甲县茶叶精深加工项目总投资", "乙镇光伏发电项目总投资"]);
    // a clause of narration before it names no project
    let v = facts("县里加快推进产业园项目，总投资2.8亿元。");
    assert_eq!(v[0].subject, "总投资");
}

#[test]
fn a_paragraphs_year_may_follow_a_word_to_the_listener() {
    let v = facts("感谢您的提问。2023年,全县农业特色产业产值达到38.7亿元。其中,茶产业综合产值达到12.3亿元。");
    let got: Vec<(&str, Option<i32>)> = v.iter().map(|f| (f.text.as_str(), f.year)).collect();
    assert_eq!(got, [("38.7亿元", Some(2023)), ("12.3亿元", Some(2023))]);
}

#[test]
fn reaching_a_bare_hundred_or_ten_thousand_is_that_many_and_more() {
    let f = one("旺季每天接待游客上万人次。");
    assert_eq!((vu(&f), f.qualifier), ((10_000.0, "人次"), Qualifier::MoreThan));
    let f = one("每天都有上百辆收购车进村。");
    assert_eq!((vu(&f), f.qualifier), ((100.0, "辆"), Qualifier::MoreThan));
    // a `上` that ends another word reaches nothing, nor one before a measure (`on` a place)
    for text in ["村里山上万亩林地长势好。", "活动在线上百家平台直播。", "昔日荒坡上万亩茶园吐绿。", "会场上千名群众鼓掌。"] {
        assert!(facts(text).iter().all(|f| f.qualifier != Qualifier::MoreThan), "{text}: {:?}", facts(text));
    }
}

#[test]
fn relative_years_are_found_by_one_search_for_their_year() {
    for t in ["", "去年", "年", "今年比去年增长", "前年、明年和后年", "2023年全年", "去", "过去一年", "年年有余后年"] {
        assert_eq!(names_relative_year(t), RELATIVE_YEARS.iter().any(|w| t.contains(w)), "{t}");
    }
}

#[test]
fn a_subject_cut_to_length_opens_on_a_word_and_never_in_a_heading() {
    // cut to its last characters, the phrase would open inside `三保障`
    let f = one("县里实施“三保障”巩固提升工程总投资3.2亿元。");
    assert_eq!(f.subject, "“三保障”巩固提升工程总投资");
    let f = one("县里持续推进“互联网+”农产品出村进城工程总投资8000万元。");
    assert_eq!(f.subject, "农产品出村进城工程总投资");
    let f = one("【产业篇】肉牛养殖带动1.5万户增收。");
    assert!(!f.subject.contains('】'), "{}", f.subject);
}

#[test]
fn a_rate_before_a_verb_of_handing_out_stays_with_what_is_paid() {
    let v = facts("全县开发公益岗位500个,每人每月发放补助600元。");
    assert_eq!(v[1].subject, "每人每月发放补助");
    // someone handing it out is no part of it
    assert_eq!(one("县农业农村局提前调运各类种子120吨。").subject, "各类种子");
}

#[test]
fn figures_after_respectively_measure_the_counts_before_it_in_turn() {
    let v = facts("全年接待游客52.6万人次、实现旅游收入3.8亿元,分别增长12.5%和10.9%。");
    let got: Vec<&str> = v.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(got, ["接待游客", "实现旅游收入", "接待游客增长", "实现旅游收入增长"]);
    // counted in another sentence, they are left as read
    let v = facts("全年接待游客52.6万人次、实现旅游收入3.8亿元。两项指标分别增长12.5%和10.9%。");
    assert!(v[2].subject != "接待游客增长", "{:?}", v[2].subject);
}

#[test]
fn a_word_holding_deng_lists_nothing() {
    assert_eq!(one("全县取得职业技能等级证书的有98人。").subject, "全县取得职业技能等级证书");
    assert_eq!(one("全区农村公路优良中等路率保持在85%以上。").subject, "全区农村公路优良中等路率");
    // a list closed by `等` still gives way to its noun
    assert_eq!(one("在北京、上海等地开设直营店12家。").subject, "开设直营店");
}

#[test]
fn a_doubling_is_a_ratio_to_what_was() {
    let f = one("合作社的年销售额比去年翻了一番。");
    assert_eq!((vu(&f), f.text.as_str(), f.qualifier), ((2.0, "倍"), "翻了一番", Qualifier::Exact));
    let f = one("力争村集体收入翻两番。");
    assert_eq!(vu(&f), (4.0, "倍"));
    assert_eq!(one("全村人均收入翻了一番多。").qualifier, Qualifier::MoreThan);
    // with both ends printed, the ends are the facts and the doubling sums them up
    let v = facts("全村人均收入从5000元翻了一番,达到1万元。");
    assert_eq!(v.iter().map(|f| f.value).collect::<Vec<_>>(), [5000.0, 10000.0], "{v:#?}");
    // 番 after a numeral is no doubling without 翻
    assert!(facts("三番五次上门走访。").is_empty());
    // a span of years, or 从 in a word, prints no end of a change
    assert_eq!(facts("从2020年到2023年,全村人均收入翻了一番。").iter().map(|f| f.value).collect::<Vec<_>>(), [2.0]);
    assert!(facts("从事养殖的农户收入翻了一番,达到3万元。").iter().any(|f| f.unit == "倍"));
    // a page of doublings with no stop is read in linear time: each reads a bounded window
    let long = "收入翻了一番,".repeat(20_000);
    assert_eq!(facts(&long).len(), 20_000);
}

#[test]
fn packed_goods_and_course_hours_are_counted() {
    assert_eq!(vu(&one("网店接到订单1600余盒。")), (1600.0, "盒"));
    assert_eq!(vu(&one("学员参训不少于24学时。")), (24.0, "学时"));
    assert_eq!(vu(&one("全年务工3600个工日。")), (3600.0, "工日"));
    // in Chinese numerals a box or a bag is a turn of speech
    assert!(facts("他拎着一盒点心上门。").is_empty());
}

#[test]
fn a_rate_with_its_own_noun_keeps_it_as_subject() {
    // `每亩补助` names what is paid: not a bare rate of what the clause before handed out
    let v = facts("县里免费发放脱毒种苗,每亩补助300元。");
    assert_eq!(v.last().map(|f| f.subject.as_str()), Some("每亩补助"), "{v:#?}");
    // a bare rate is one of what was handed out
    let v = facts("县里为脱贫户发放小额信贷,每户5万元。");
    assert_eq!(v.last().map(|f| f.subject.as_str()), Some("小额信贷"), "{v:#?}");
}

#[test]
fn rooms_of_a_house_are_counted_in_words() {
    let f = one("搬迁前,他家只有两间土坯房。");
    assert_eq!((vu(&f), f.text.as_str()), ((2.0, "间"), "两间"));
    assert!(facts("他在田间地头忙碌,时间过得很快。").is_empty());
}

#[test]
fn a_count_of_villages_counts_the_villages_not_what_is_theirs() {
    let f = one("全镇12个村的留守老人都有了助餐点。");
    assert_eq!(f.subject, "村");
    // a noun that is no place keeps what follows
    assert!(one("两所厦门的医院派来专家。").subject.starts_with("厦门的医院"));
}

#[test]
fn a_figure_left_with_no_words_takes_those_between_it_and_the_one_before() {
    let v = facts("去年他家3亩核桃卖了2.6万元。");
    assert_eq!(v[1].subject, "核桃卖了", "{v:#?}");
    // a list's joint between them makes two things counted
    let v = facts("《办法》共六个部分、二十条。");
    assert!(!v.iter().any(|f| f.text == "二十条" && f.subject == "部分"), "{v:#?}");
}

#[test]
fn a_statistics_bulletin_published_the_year_after_dates_its_whole_year_by_its_title() {
    let title = "某县2023年国民经济和社会发展统计公报";
    let lines = ["全年全县实现地区生产总值98.36亿元,比上年增长6.4%。", "年末户籍人口57.32万人。", "今年一季度新登记市场主体860户。"];
    let v = facts_under_dated(title, &lines, Date::parse_iso("2024-03-26"));
    let got: Vec<(&str, Option<i32>)> = v.iter().map(|f| (f.text.as_str(), f.year)).collect();
    // a text that names the year of writing keeps it
    assert_eq!(got, [("98.36亿元", Some(2023)), ("6.4%", Some(2023)), ("57.32万人", Some(2023)), ("860户", Some(2024))]);
}

#[test]
fn a_table_of_space_aligned_columns_reads_its_share_columns_in_percent() {
    let title = "某县2023年国民经济和社会发展统计公报";
    let lines = [
        "产品名称    单位    绝对数    比上年增长（%）",
        "粮食        万吨    45.62     3.4",
        "  其中：小麦  万吨   6.93     -3.1",
    ];
    let v = facts_under(title, &lines);
    let got: Vec<(&str, f64, &str, &str, Option<i32>)> = v.iter().map(|f| (f.text.as_str(), f.value, f.unit.as_str(), f.subject.as_str(), f.year)).collect();
    assert_eq!(
        got,
        [
            ("45.62", 456_200.0, "吨", "粮食", Some(2023)),
            ("3.4", 3.4, "%", "粮食比上年增长", Some(2023)),
            ("6.93", 69_300.0, "吨", "小麦", Some(2023)),
            ("-3.1", -3.1, "%", "小麦比上年增长", Some(2023)),
        ]
    );
    // a unit printed over the table on a line of its own, and a row about a thing, not a year
    let lines = ["单位：万元", "资金用途    资金规模    占比（%）", "产业发展    38620    57.3"];
    let v = facts_under(title, &lines);
    let got: Vec<(f64, &str, &str)> = v.iter().map(|f| (f.value, f.unit.as_str(), f.subject.as_str())).collect();
    assert_eq!(got, [(386_200_000.0, "元", "产业发展资金规模"), (57.3, "%", "产业发展占比")]);
}

#[test]
fn columns_of_this_year_and_the_last_date_a_summarys_table() {
    let title = "某县2023年国民经济和社会发展统计公报";
    let lines = ["指标名称    单位    当年    上年", "就业帮扶车间    个    46    41"];
    let v = facts_under(title, &lines);
    let got: Vec<(f64, Option<i32>)> = v.iter().map(|f| (f.value, f.year)).collect();
    assert_eq!(got, [(46.0, Some(2023)), (41.0, Some(2022))]);
}

#[test]
fn a_growth_rate_after_a_figure_is_the_growth_of_what_it_measures() {
    let v = facts("1—10月,民生项目支出24.2亿元,同比增长13%。");
    assert_eq!(v[1].subject, "民生项目支出同比增长");
    // the verb that brought a level there is no part of what grew
    let v = facts("风险消除率提高到72.2%,较上年提高6.2个百分点。");
    assert_eq!(v[1].subject, "风险消除率较上年提高");
    // nor the comparison the figure before was measured by, from its first word on
    let v = facts("务工规模较去年同期增加2100人,增长5.1%。");
    assert_eq!(v[1].subject, "务工规模增长");
    let v = facts("1—10月,网店销售额同比增加2亿元,增长13%。");
    assert_eq!(v[1].subject, "网店销售额增长", "{v:#?}");
    // a per-head income too long to join whole grows from `人均` on
    let v = facts("全县脱贫人口人均纯收入达到15730元，同比增长10.7%。");
    assert_eq!(v[1].subject, "人均纯收入同比增长", "{v:#?}");
    let v = facts("全县农村常住居民人均可支配收入达到18960元，较上年增长7.9%。");
    assert_eq!(v[1].subject, "人均可支配收入较上年增长", "{v:#?}");
    let v = facts("全县脱贫人口人均纯收入达到15730元，增长10.7%。");
    assert_eq!(v[1].subject, "增长", "{v:#?}");
}

#[test]
fn an_amount_in_a_clause_of_only_a_comparison_is_the_growth_of_the_level_before_it() {
    let v = facts("全县粮食播种面积182.6万亩，比上年增加1.3万亩。");
    assert_eq!(v[1].subject, "粮食播种面积比上年增加", "{v:#?}");
    let v = facts("社区集体经济收入达到86万元，比2021年翻了一番。");
    assert_eq!(v[1].subject, "社区集体经济收入", "{v:#?}");
    // a ratio whose comparison has its own verb keeps it; so does an amount of another unit
    let v = facts("亩产达到600公斤，比改良前提高一倍。");
    assert_ne!(v[1].subject, "亩产", "{v:#?}");
    let v = facts("务工人员1.2万人，比上年增加3000万元收入。");
    assert!(!v[1].subject.starts_with("务工人员"), "{v:#?}");
}

#[test]
fn a_count_after_an_age_bound_counts_persons_of_that_age() {
    let v = facts("全县60岁以上老年人2.9万人。");
    assert_eq!(v.last().map(|f| f.subject.as_str()), Some("60岁以上老年人"), "{v:#?}");
}

#[test]
fn a_share_column_beside_a_count_column_reads_in_percent() {
    let v = facts_of_lines(&["评价 | 人数（人） | 占比（%）", "满意 | 171 | 56.8", "不满意 | 9 | 3.0"]);
    let got: Vec<(f64, &str, &str)> = v.iter().map(|f| (f.value, f.unit.as_str(), f.subject.as_str())).collect();
    assert_eq!(got, [(171.0, "人", "满意人数"), (56.8, "%", "满意占比"), (9.0, "人", "不满意人数"), (3.0, "%", "不满意占比")]);
}

#[test]
fn an_annual_report_is_told_by_its_title_closing_on_it() {
    let lines = ["全县报名参加技能培训的脱贫户达1200户。"];
    assert!(facts_under("2023年报名参加技能培训的脱贫户增收明显", &lines).iter().all(|f| f.year.is_none()));
    assert_eq!(facts_under("某县乡村振兴局2023年年报", &lines)[0].year, Some(2023));
}

#[test]
fn a_cell_with_no_data_keeps_the_rows_after_it() {
    let lines = ["单位：万元", "资金用途    资金规模    增幅（%）", "基础设施    -    -", "就业帮扶    1200    -2.5"];
    let v = facts_under("某县2023年国民经济和社会发展统计公报", &lines);
    let got: Vec<(f64, &str)> = v.iter().map(|f| (f.value, f.unit.as_str())).collect();
    assert_eq!(got, [(12_000_000.0, "元"), (-2.5, "%")]);
}

#[test]
fn a_doubling_with_no_words_of_its_own_is_of_the_figure_before() {
    let v = facts("村集体经济收入达到46万元,比2020年的23万元翻了一番。");
    let doubled = v.iter().find(|f| f.unit == "倍").expect("a doubling");
    assert_eq!(doubled.subject, "村集体经济收入", "{v:#?}");
}

#[test]
fn a_yearbook_chapter_dates_its_entries_by_the_year_it_opens_with() {
    let v = facts_under("乡村振兴", &["【概况】", "2023年，某县新建茶园800亩。", "【产业帮扶】", "全年安排衔接资金3.2亿元。"]);
    let got: Vec<(&str, Option<i32>)> = v.iter().map(|f| (f.text.as_str(), f.year)).collect();
    assert_eq!(got, [("800亩", Some(2023)), ("3.2亿元", Some(2023))]);
    // a feature's parts under bracketed heads are no yearbook's entries
    let v = facts_under("某村的变迁", &["【产业篇】", "2016年，某村还是贫困村。", "【就业篇】", "全村外出务工300人。"]);
    assert_eq!(v[0].year, None, "{v:#?}");
    // with no entry heads a year opening the text dates only its own paragraph's figures
    let v = facts_under("乡村振兴", &["2023年，某县新建茶园800亩。", "全年安排衔接资金3.2亿元。"]);
    assert_eq!(v[1].year, None, "{v:#?}");
}

#[test]
fn a_summary_and_plan_in_one_title_dates_by_the_summarys_year() {
    let title = "某乡2024年工作总结和2025年工作打算";
    let lines = ["一、2024年工作开展情况", "全乡新建茶园800亩。", "三、2025年工作打算", "力争新建茶园1000亩。"];
    let v = facts_under(title, &lines);
    let got: Vec<(&str, Option<i32>)> = v.iter().map(|f| (f.text.as_str(), f.year)).collect();
    assert_eq!(got, [("800亩", Some(2024)), ("1000亩", Some(2025))]);
    // a box of a year's figures under `2024年…这一年`
    let v = facts_under("2024年某省援藏这一年", &["■ 安排援藏资金6.42亿元", "■ 选派援藏干部人才212名"]);
    assert!(v.len() == 2 && v.iter().all(|f| f.year == Some(2024)), "{v:#?}");
}

#[test]
fn a_cards_fields_are_of_the_item_it_names() {
    let v = facts_of_lines(&["产品名称：某县高山苦荞米", "规格：2.5公斤/袋", "价格：58元/袋", "带动脱贫户数：73户"]);
    let got: Vec<(&str, &str)> = v.iter().map(|f| (f.text.as_str(), f.subject.as_str())).collect();
    assert_eq!(got[..2], [("2.5公斤", "某县高山苦荞米规格"), ("58元", "某县高山苦荞米价格")], "{v:#?}");
    assert!(!got[2].1.starts_with("某县高山苦荞米"), "a count of households is the card's own field: {v:#?}");
    // a project's block in a list of projects
    let v = facts_of_lines(&["项目名称：某茶精深加工项目", "建设地点：某镇", "总投资：3.2亿元", "项目名称：柑橘冷链物流项目", "总投资：2.6亿元"]);
    let got: Vec<(&str, &str)> = v.iter().map(|f| (f.text.as_str(), f.subject.as_str())).collect();
    assert_eq!(got, [("3.2亿元", "某茶精深加工项目总投资"), ("2.6亿元", "柑橘冷链物流项目总投资")], "{v:#?}");
}

#[test]
fn an_inspections_findings_and_a_years_list_are_of_the_titles_year() {
    let v = facts_under("关于2024年第二季度防返贫工作督查情况的通报", &["全县共有监测对象2846户。"]);
    assert_eq!(v.iter().map(|f| f.year).collect::<Vec<_>>(), [Some(2024)], "{v:#?}");
    // a list's rows under a header of unit columns take the title's year
    let v = facts_under("某镇2024年度帮扶责任人结对名单公示", &["序号  帮扶责任人  帮扶村  户数", "1     王小明      甲村    3", "2     李红红      乙村    2"]);
    assert!(v.len() == 2 && v.iter().all(|f| f.year == Some(2024)), "{v:#?}");
}

#[test]
fn bee_colonies_and_machine_sets_are_counted_but_not_the_masses() {
    assert_eq!(vu(&one("全乡中蜂存栏1.26万群。")), (12_600.0, "群"));
    assert_eq!(vu(&one("新购孵化设备48台套。")), (48.0, "台套"));
    assert_eq!(vu(&one("公司开发休闲酱干10多款。")), (10.0, "款"));
    let v = facts("产业带动万余群众家门口就业。");
    assert!(v.iter().all(|f| f.unit != "群"), "{v:#?}");
    // a slogan's count names no set of things: `八项规定精神`
    assert!(facts("严格落实中央八项规定精神。").is_empty());
}

#[test]
fn a_count_after_a_causative_counts_the_noun_after_it() {
    let v = facts("该村干部违规审核,致使4名不符合条件的学生领取补助。");
    assert!(v[0].subject.starts_with("不符合条件的学生"), "{v:#?}");
}

#[test]
fn pairs_and_sentences_are_counted_but_not_a_facing_or_a_verb() {
    assert_eq!(vu(&one("援藏干部与本地干部结成帮带对子68对。")), (68.0, "对"));
    assert_eq!(vu(&one("他每周至少学会10句藏语。")), (10.0, "句"));
    for text in ["专家开展1对1指导。", "全县20对接企业。", "其中１对１帮扶的农户达300户。", "全县实行1对多帮扶。"] {
        let v = facts(text);
        assert!(v.iter().all(|f| f.unit != "对"), "{text}: {v:#?}");
    }
}

#[test]
fn a_total_and_a_tally_take_the_words_of_what_they_sum() {
    let v = facts_of_lines(&["合计：848780.50元", "其中，单位捐赠8笔，计826680.50元；个人捐赠7笔，计22100.00元。", "新增发放脱贫人口小额信贷62户296万元。"]);
    let got: Vec<(&str, &str)> = v.iter().map(|f| (f.text.as_str(), f.subject.as_str())).collect();
    assert_eq!(
        got,
        [
            ("848780.50元", "合计"),
            ("8笔", "单位捐赠"),
            ("826680.50元", "单位捐赠"),
            ("7笔", "个人捐赠"),
            ("22100.00元", "个人捐赠"),
            ("62户", "脱贫人口小额信贷"),
            ("296万元", "脱贫人口小额信贷"),
        ]
    );
    // a total word inside a sentence is no label, and a count leaves alone an amount its
    // clause names in other words
    let v = facts("危房改造户每户收取费用，共计4.3万元。");
    assert_ne!(v[0].subject, "共计");
    let v = facts("全县设置乡村公益性岗位2140个，按500元/月标准发放岗位补贴。");
    assert_ne!(v[1].subject, "乡村公益性岗位", "{v:#?}");
}

#[test]
fn a_clause_that_names_nothing_takes_the_noun_of_the_clause_before() {
    // a total alone in its clause sums what the clause before paid out
    let v = facts("镇里向受灾的45户农户拨付救灾补助金，共计9.8万元。");
    assert_eq!(v[1].subject, "救灾补助金", "{v:#?}");
    // a level after a growth rate is the level of what grew
    let v = facts("今年全乡人均纯收入预计增长8%，力争达到1.6万元。");
    assert_eq!(v[1].subject, "全乡人均纯收入", "{v:#?}");
    // a share alone in its clause is the share of the figure before it
    let v = facts("全镇用于修路资金300万元，占45%，用于产业资金200万元，占30%。");
    assert_eq!((v[1].subject.as_str(), v[3].subject.as_str()), ("全镇用于修路资金占比", "用于产业资金占比"), "{v:#?}");
    // an amount after a rate of growth of something else takes none of its noun
    let v = facts("全县游客人数增长20%，实现3000万元。");
    assert_ne!(v[1].subject, "全县游客人数", "{v:#?}");
    // a total with no verb of paying before it stays as it was
    let v = facts("危房改造户每户收取费用，共计4.3万元。");
    assert_ne!(v[0].subject, "费用");
}

#[test]
fn a_budget_line_names_its_item_and_a_target_table_its_bounds() {
    let v = facts("3.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）2025年预算数为12.30万元，比2024年预算数增加1.20万元。");
    let subjects: Vec<&str> = v.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(subjects[0], "行政单位医疗", "{v:#?}");
    assert!(subjects[1].starts_with("行政单位医疗比2024年"), "{v:#?}");
    // `≥95%` under a gap: at least, named by the cell before it
    let v = facts("　　　　质量指标　　　　项目竣工验收合格率　　　　≥95%");
    assert_eq!((v[0].qualifier, v[0].subject.as_str()), (Qualifier::AtLeast, "项目竣工验收合格率"), "{v:#?}");
    assert_eq!(one("温室大棚每座补助标准≤6万元").qualifier, Qualifier::AtMost);
}

#[test]
fn a_count_of_persons_names_its_noun_whole_and_a_count_among_names_the_phrase_before() {
    let v = facts("首批436名务工人员乘专车奔赴粤浙。");
    assert_eq!(v[0].subject, "务工人员", "{v:#?}");
    let v = facts("从人口结构看，全村1652人中，老年人318人。");
    assert_eq!((v[0].subject.as_str(), v[1].subject.as_str()), ("全村", "老年人"), "{v:#?}");
}

#[test]
fn measures_in_latin_letters_votes_and_culverts_are_counted() {
    let v = facts("新建产业路3条，总长6.82km；路基宽5.5m，过路涵管26道；新建蓄水池2座，单座容积200m³。");
    let read: Vec<(&str, f64, &str)> = v.iter().map(|f| (f.text.as_str(), f.value, f.unit.as_str())).collect();
    assert_eq!(read, [("3条", 3.0, "条"), ("6.82km", 6.82, "公里"), ("5.5m", 5.5, "米"), ("26道", 26.0, "道"), ("2座", 2.0, "座"), ("200m³", 200.0, "立方米")], "{v:#?}");
    let v = facts("县乡村振兴局：满意58票，基本满意29票，不满意13票。");
    assert_eq!(v.iter().map(|f| f.value).collect::<Vec<_>>(), [58.0, 29.0, 13.0], "{v:#?}");
    // in words these are sayings
    assert!(facts("翻过九十九道梁，实行一票否决。").is_empty());
    assert!(facts("网络覆盖4G信号，每片含5mg。").iter().all(|f| f.unit != "米"));
}

#[test]
fn a_field_naming_its_unit_in_its_label_gives_its_figure() {
    let v = facts_of_lines(&["2.4 预算金额（万元）：486.32", "最高限价(万元):470", "项目编号：AYGC2025-0618", "工期（日历天）：120"]);
    let read: Vec<(f64, &str, &str)> = v.iter().map(|f| (f.value, f.unit.as_str(), f.subject.as_str())).collect();
    assert_eq!(read, [(4_863_200.0, "元", "预算金额"), (4_700_000.0, "元", "最高限价")], "{v:#?}");
}

#[test]
fn a_school_stage_ending_in_zhong_keeps_its_word() {
    let v = facts("其中，小学4386名、初中2368名、普通高中1094名。脱贫户中8300余户从事养殖。");
    let subjects: Vec<&str> = v.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(&subjects[..3], ["小学", "初中", "普通高中"], "{v:#?}");
    assert!(subjects[3].starts_with("脱贫户"), "{v:#?}");
}

#[test]
fn a_price_table_with_a_spec_column_and_signed_changes_is_read() {
    let lines = ["品名　　规格/单位　　本周均价（元）　　上周均价（元）　　环比（%）", "猪肉　　精瘦肉/公斤　　31.80　　32.40　　-1.85", "鸡蛋　　鲜鸡蛋/公斤　　10.40　　10.20　　+1.96", "大米　　粳米/公斤　　6.20　　6.20　　持平"];
    let v = facts_of_lines(&lines);
    let read: Vec<(f64, &str)> = v.iter().filter(|f| f.unit == "元" || f.unit == "%").map(|f| (f.value, f.unit.as_str())).collect();
    assert_eq!(read, [(31.8, "元"), (32.4, "元"), (-1.85, "%"), (10.4, "元"), (10.2, "元"), (1.96, "%"), (6.2, "元"), (6.2, "元")], "{v:#?}");
}

#[test]
fn an_amount_named_only_金额_after_a_count_is_that_things_amount() {
    let v = facts("今年1至10月，甲市企业订单1.2万件、金额180.5万元；线上销售6000件、金额86.4万元。");
    let got: Vec<(&str, &str)> = v.iter().map(|f| (f.text.as_str(), f.subject.as_str())).collect();
    assert_eq!(got, [("1.2万件", "甲市企业订单"), ("180.5万元", "甲市企业订单金额"), ("6000件", "线上销售"), ("86.4万元", "线上销售金额")]);
}

#[test]
fn a_numeral_run_is_one_script_long() {
    let by_chars = |s: &str| {
        let arabic = s.chars().next().and_then(crate::numeral::arabic_digit).is_some();
        s.chars()
            .take_while(|&c| if arabic { crate::numeral::arabic_digit(c).is_some() } else { crate::numeral::is_chinese_numeral_char(c) })
            .map(char::len_utf8)
            .sum::<usize>()
    };
    for s in ["", "36万元", "３６万元", "3６9户", "伍36", "三千余", "二〇二〇年", "12三", "a1", "/9", "：5", "．5", "0"] {
        assert_eq!(numeral_run(s), by_chars(s), "{s}");
    }
}

#[test]
fn a_box_of_figures_under_a_caption_naming_a_year_is_of_that_year() {
    let v = facts_of_lines(&["【数说帮扶】", "2024年　某大学定点帮扶某县", "2180万元", "直接投入帮扶资金", "3560万元", "引进帮扶资金"]);
    let got: Vec<(&str, &str, Option<i32>)> = v.iter().map(|f| (f.text.as_str(), f.subject.as_str(), f.year)).collect();
    assert_eq!(got, [("2180万元", "直接投入帮扶资金", Some(2024)), ("3560万元", "引进帮扶资金", Some(2024))]);
    // a label naming a year is the figure's own, no caption of the box
    let v = facts_of_lines(&["52.86亿元", "2016年以来累计形成帮扶项目资产", "其中经营性资产", "11.34亿元", "7862个", "完成确权登记项目"]);
    assert!(v.iter().all(|f| f.text == "52.86亿元" || f.year != Some(2016)), "{v:#?}");
    // a caption naming two years dates the box to both
    let v = facts_of_lines(&["2023年—2024年　某大学定点帮扶某县", "2180万元", "直接投入帮扶资金"]);
    assert_eq!(v.first().map(|f| (f.year, f.year_end)), Some((Some(2023), Some(2024))), "{v:#?}");
}

#[test]
fn a_head_whose_noun_a_list_leaves_out_takes_its_neighbours() {
    let v = facts("城镇、农村居民人均可支配收入分别达到38650元和17260元。全县有省级龙头企业6家、市级18家。");
    let got: Vec<(&str, &str)> = v.iter().map(|f| (f.text.as_str(), f.subject.as_str())).collect();
    assert_eq!(
        got,
        [("38650元", "城镇居民人均可支配收入"), ("17260元", "农村居民人均可支配收入"), ("6家", "省级龙头企业"), ("18家", "市级龙头企业")]
    );
    let v = facts("全县有国家级龙头企业2家、省级9家。");
    assert_eq!(v.last().map(|f| f.subject.as_str()), Some("省级龙头企业"));
    // two steps of one work elide nothing
    let v = facts("已开工改造83户、竣工76户。");
    assert_eq!(v.last().map(|f| f.subject.as_str()), Some("竣工"));
}

#[test]
fn what_grew_cuts_at_the_first_comparison_word() {
    // the cut as a search for every comparison word finds it
    let slow = |subject: &str| -> usize {
        COMPARED_WITH.iter().filter_map(|w| subject.find(w)).chain(subject.find(['较', '比'])).min().unwrap_or(subject.len())
    };
    for subject in ["务工规模较去年同期增加", "收入同比增长", "同较比", "环比", "比上年末", "人均收入环较同比上年", "风险消除率提高到", "同", ""] {
        let s = &subject[..slow(subject)];
        let s = ["达到", "到", "至", "为", "达"].iter().find_map(|w| s.strip_suffix(w)).unwrap_or(s);
        let s = crate::change::UP.iter().chain(crate::change::DOWN.iter()).find_map(|w| s.strip_suffix(w)).unwrap_or(s);
        assert_eq!(what_grew(subject), s, "{subject}");
    }
}
