//! Whole-page tests on short pages written for them.

use super::*;
use crate::model::{ArticleKind, Date, Role, Span};

fn titles(p: &Page) -> Vec<Option<&str>> {
    p.articles.iter().map(|a| a.title.as_deref()).collect()
}

fn who(a: &Article) -> Vec<(&str, Role)> {
    a.contributors
        .iter()
        .map(|c| (c.name.as_str(), c.role))
        .collect()
}

/// The paragraph texts of the first article.
fn paragraph_texts(p: &Page) -> Vec<&str> {
    p.articles[0]
        .paragraphs
        .iter()
        .map(|x| x.text.as_str())
        .collect()
}

/// The texts discarded for `reason`.
fn discarded_as(p: &Page, reason: DiscardReason) -> Vec<&str> {
    p.discarded
        .iter()
        .filter(|d| d.reason == reason)
        .map(|d| d.text.as_str())
        .collect()
}

/// Every non-blank byte lies in an article or a discarded span, and every span lies on char
/// boundaries inside the text.
fn assert_covered(text: &str, p: &Page) {
    let mut covered = vec![false; text.len()];
    let mut mark = |s: Span| {
        assert!(
            s.start <= s.end && s.end <= text.len(),
            "{s:?} out of {}",
            text.len()
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{s:?}"
        );
        covered[s.start..s.end].iter_mut().for_each(|c| *c = true);
    };
    for a in &p.articles {
        mark(a.span);
        a.title_span.into_iter().for_each(&mut mark);
        a.paragraphs.iter().for_each(|x| mark(x.span));
        a.captions.iter().for_each(|x| mark(x.span));
        a.contributors.iter().for_each(|x| mark(x.span));
        for para in &a.paragraphs {
            for piece in &para.pieces {
                let src = &text[piece.source_start..piece.source_start + piece.len];
                assert_eq!(
                    src,
                    &para.text[piece.text_start..piece.text_start + piece.len]
                );
            }
        }
    }
    p.discarded.iter().for_each(|d| mark(d.span));
    for (i, c) in text.char_indices() {
        assert!(
            covered[i] || c.is_whitespace() || c == '\u{feff}',
            "byte {i} ({c:?}) is lost"
        );
    }
}

const NEWS_PAGE: &str = "\
部门动态
办好实事 温暖人心
某县开展送医下乡活动
本报讯(记者 张明 通讯员 李华 王强)近日,某县组织医生深入山村,为群众义诊。
医生们在村卫生室为老人测量血压,讲解健康知识,群众纷纷点
12
赞。活动共服务群众三百余人次。
某镇修通产业路
本报讯(通讯员赵敏)今年以来,某镇投入资金修建产业路五公里,方便群众运输农产品。
";

#[test]
fn headline_byline_and_body() {
    let p = split(NEWS_PAGE);
    assert_eq!(
        titles(&p),
        vec![Some("某县开展送医下乡活动"), Some("某镇修通产业路")]
    );
    let a = &p.articles[0];
    assert_eq!(a.section.as_deref(), Some("部门动态"));
    assert_eq!(a.kicker.as_deref(), Some("办好实事 温暖人心"));
    assert_eq!(a.source, "本报讯");
    assert_eq!(
        who(a),
        vec![
            ("张明", Role::Reporter),
            ("李华", Role::Correspondent),
            ("王强", Role::Correspondent)
        ]
    );
    assert!(
        a.paragraphs[0].text.starts_with("近日"),
        "the lead is stripped: {}",
        a.paragraphs[0].text
    );
    assert_covered(NEWS_PAGE, &p);
}

#[test]
fn column_break_across_a_page_number_is_joined() {
    let p = split(NEWS_PAGE);
    let a = &p.articles[0];
    assert_eq!(a.paragraphs.len(), 2);
    assert!(a.paragraphs[1].text.contains("群众纷纷点赞。活动"));
    assert!(p
        .discarded
        .iter()
        .any(|d| d.reason == DiscardReason::PageNumber && d.text == "12"));
}

#[test]
fn pull_quote_is_dropped_and_the_cut_paragraph_joined() {
    let text = "\
某区织密防返贫保障网
本报讯(通讯员周洁)今年以来,某区建立防止返贫监测机制,做到早发现早干预早帮扶。
该区为边缘户购买防贫保险,化解因病返贫
“
今年以来,某区建立防止返贫监测机制,做到早发现早干预早帮扶
风险,全年理赔九十余户。
";
    let p = split(text);
    assert_eq!(p.articles.len(), 1);
    let paras = paragraph_texts(&p);
    assert_eq!(
        paras[1],
        "该区为边缘户购买防贫保险,化解因病返贫风险,全年理赔九十余户。"
    );
    assert_eq!(discarded_as(&p, DiscardReason::PullQuote).len(), 2);
    assert_covered(text, &p);
}

#[test]
fn pull_quote_with_novel_figures_keeps_them_after_the_joined_paragraph() {
    let text = "\
某镇种出致富菜
本报讯(通讯员陈平)近年来,某镇依托山区资源发展特色种植,走出了一条山区群众稳定增收的好路子。
镇里组织技术员上门指导,让种植户学得
12
全镇蔬菜种植面积由2018年的800亩扩大到2022年的3000亩……依托山区资源发展特色种植,走出了一条山区群众稳定增收的好路子
会、用得上。
";
    let p = split(text);
    assert_eq!(p.articles.len(), 1);
    let paras = paragraph_texts(&p);
    assert_eq!(paras.len(), 3);
    assert_eq!(paras[1], "镇里组织技术员上门指导,让种植户学得会、用得上。");
    assert_eq!(
        paras[2],
        "全镇蔬菜种植面积由2018年的800亩扩大到2022年的3000亩……"
    );
    let inset = &p.articles[0].paragraphs[2];
    assert_eq!(&text[inset.span.start..inset.span.end], paras[2]);
    assert_eq!(
        discarded_as(&p, DiscardReason::PullQuote),
        vec!["依托山区资源发展特色种植,走出了一条山区群众稳定增收的好路子"]
    );
    assert_eq!(discarded_as(&p, DiscardReason::PageNumber), vec!["12"]);
    assert_covered(text, &p);
}

#[test]
fn paragraph_printed_twice_in_full_is_a_duplicate() {
    let text = "\
某村修通致富路
本报讯(通讯员吴敏)村里新修了一条水泥路,群众出行方便多了。
合作社去年带动四十户社员增收。
村里新修了一条水泥路,群众出行方便多了。
";
    let p = split(text);
    assert_eq!(p.articles.len(), 1);
    assert_eq!(p.articles[0].paragraphs.len(), 2);
    assert_eq!(
        discarded_as(&p, DiscardReason::Duplicate),
        vec!["村里新修了一条水泥路,群众出行方便多了。"]
    );
    assert!(p
        .discarded
        .iter()
        .all(|d| d.span.start > text.find("合作社").unwrap()));
    assert_covered(text, &p);
}

#[test]
fn photo_item_with_credit_stands_alone() {
    let text = "\
某县举办农民丰收节
本报讯(记者 孙丽)九月二十三日,某县举办农民丰收节。
九月二十三日,村民在丰收节上展示农产品。 吴刚 摄
某乡建成光伏电站
本报讯(通讯员郑义)某乡光伏电站并网发电。
";
    let p = split(text);
    assert_eq!(
        titles(&p),
        vec![Some("某县举办农民丰收节"), None, Some("某乡建成光伏电站")]
    );
    let photo = &p.articles[1];
    assert_eq!(photo.kind, ArticleKind::Photo);
    assert_eq!(
        photo.captions[0].text,
        "九月二十三日,村民在丰收节上展示农产品。"
    );
    assert_eq!(photo.captions[0].photographers, vec!["吴刚".to_string()]);
    assert_eq!(who(photo), vec![("吴刚", Role::Photographer)]);
    assert_covered(text, &p);
}

#[test]
fn a_picture_after_a_story_on_a_news_page_stands_alone() {
    let text = "\
某县举办农民丰收节

本报讯(记者 孙丽)九月二十三日,某县举办农民丰收节,村民展示农产品。

图为村民在丰收节上展示农产品。(孙丽 摄)

丰收节期间,全县共销售农产品三百余吨。

某乡建成光伏电站

本报讯(通讯员 郑义)某乡光伏电站日前并网发电,年发电量可达一百万千瓦时。

图为甲镇村民在采摘茶叶。(吴刚 摄)

某村修通产业路

本报讯(记者 孙丽)某村新修的产业路日前通车,方便了村民运送农产品。
";
    let p = split(text);
    assert_eq!(
        titles(&p),
        vec![Some("某县举办农民丰收节"), Some("某乡建成光伏电站"), None, Some("某村修通产业路")]
    );
    // printed inside its story's run of paragraphs, a picture shows that story
    assert_eq!(who(&p.articles[0]), vec![("孙丽", Role::Reporter), ("孙丽", Role::Photographer)]);
    // printed after the story's last paragraph, right above a headline, it is an item of its own
    assert_eq!(p.articles[2].kind, ArticleKind::Photo);
    assert_eq!(who(&p.articles[2]), vec![("吴刚", Role::Photographer)]);
    assert_eq!(who(&p.articles[1]), vec![("郑义", Role::Correspondent)]);
    assert_covered(text, &p);
}

#[test]
fn a_brief_closed_by_its_source_ends_before_the_next_headline() {
    let text = "\
某镇举办山歌会

4月1日,某镇山歌会在甲村举行,吸引群众近万人。(来源:某县融媒体中心)

乙镇5座提灌站建成通水

日前,某县乙镇5座提灌站建成通水,解决了2300余户群众季节性缺水问题。(记者 孙丽)
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某镇举办山歌会"), Some("乙镇5座提灌站建成通水")]);
    assert_eq!(p.articles[0].source, "某县融媒体中心");
    assert!(who(&p.articles[0]).is_empty());
    assert_eq!(paragraph_texts(&p), vec!["4月1日,某镇山歌会在甲村举行,吸引群众近万人。"]);
    // the headline its lead sentence repeats is no pull quote
    assert!(p.discarded.is_empty(), "{:?}", p.discarded);
    assert_eq!(who(&p.articles[1]), vec![("孙丽", Role::Reporter)]);
    assert_covered(text, &p);
}

#[test]
fn a_stations_page_opens_its_first_story_at_the_headline_under_its_rundown() {
    let text = "\
某县网 | 某县融媒体中心主办
首页　　新闻　　视频　　专题　　政务公开　　爆料

发布时间：2023-07-12 20:35　　来源：某县融媒体中心

本期导读：
◆李子搭上直通车
◆村里建起光伏站

李子搭上直通车

【导语】眼下正是李子上市的季节。

记者：甲乙　摄像：丙丁

村里建起光伏站

【导语】盛夏时节,村里的光伏站并网发电。

记者：戊己
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("李子搭上直通车"), Some("村里建起光伏站")], "{:#?}", p.articles);
    let first = &p.articles[0];
    assert_eq!(first.published_at.as_deref(), Some("2023-07-12T20:35"));
    assert_eq!(first.source, "某县融媒体中心");
    assert_eq!(who(first), vec![("甲乙", Role::Reporter), ("丙丁", Role::Photographer)]);
    let dropped: Vec<&str> = p.discarded.iter().map(|d| d.text.as_str()).collect();
    assert!(dropped.contains(&"某县网 | 某县融媒体中心主办") && dropped.contains(&"◆村里建起光伏站"), "{dropped:?}");
    assert_covered(text, &p);
}

#[test]
fn a_bulletins_frame_is_dropped_and_a_box_over_its_headline_stays_with_the_story() {
    let text = "\
驻村工作简报

第5期

某县驻村办编　　　　2024年6月21日

【领导批示】各工作队要把防返贫监测抓紧抓实。

全县驻村工作队扎实推进帮扶工作

6月以来,全县驻村工作队紧扣重点任务,各项工作有序推进。

报送:市委组织部,市乡村振兴局。
抄送:县直各部门。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("全县驻村工作队扎实推进帮扶工作")], "{:#?}", p.articles);
    assert_eq!(paragraph_texts(&p), vec!["【领导批示】各工作队要把防返贫监测抓紧抓实。", "6月以来,全县驻村工作队紧扣重点任务,各项工作有序推进。"]);
    assert_eq!(p.discarded.len(), 5, "{:?}", p.discarded);
    assert_covered(text, &p);
}

#[test]
fn review_cases_of_the_new_layout_rules_keep_their_text() {
    // a sentence with a time and 原创 or 发表于 is text, no post line
    let text = "某县话剧首演\n\n原创话剧《脱贫路上》将于2023年9月18日19:30在县剧院首演。\n\n该视频于2023年9月18日19:06发表于县融媒体中心官方账号。\n";
    let p = split(text);
    assert_eq!(paragraph_texts(&p).len(), 2, "{:#?}", p);
    // an advertisement ends at a headline over a byline
    let text = "广告\n某某驾校　冬季学车火热报名中\n\n某县召开乡村振兴推进会\n本报记者 张三\n会议要求,各乡镇要抓好产业发展。\n";
    assert_eq!(titles(&split(text)), vec![Some("某县召开乡村振兴推进会")]);
    // a headline over a short line and text, with no subtitle, keeps its title
    let text = "某县多措并举巩固脱贫成果\n产业帮扶见实效\n今年以来,某县新建产业基地10个,带动脱贫户增收。\n";
    assert_eq!(titles(&split(text)), vec![Some("某县多措并举巩固脱贫成果")]);
    // a label after an open square is no writer, nor is a picture taken from the web
    let text = "某县新修村道\n□延伸阅读\n今年,某县新修村道20公里。\n文字:张明　图片:网络\n";
    let p = split(text);
    assert_eq!(who(&p.articles[0]), vec![("张明", Role::Author)], "{:#?}", p.articles);
    assert_covered(text, &p);
}

#[test]
fn a_list_of_links_runs_on_past_a_link_already_dropped() {
    let text = "\
某镇举办山歌会

4月1日,某镇山歌会在甲村举行,吸引群众近万人。(记者 甲乙)

相关视频
·《某县新闻》2023年7月11日
·某县李子开园 今年预计产量16万吨
地址:某县某路1号 电话:0000-1234567
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某镇举办山歌会")], "{:#?}", p.articles);
    assert_eq!(paragraph_texts(&p), vec!["4月1日,某镇山歌会在甲村举行,吸引群众近万人。"]);
    assert_covered(text, &p);
}

#[test]
fn an_advertisement_under_its_label_is_no_story() {
    let text = "\
某镇举办山歌会

4月1日,某镇山歌会在甲村举行,吸引群众近万人。(记者 甲乙)

广告

某某驾校　冬季学车火热报名中

随到随学　包教包会

地址：某市某路8号

某县新建村道12公里

今年,某县修通了通往各村的硬化路,群众出行更方便。(记者 丙丁)
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某镇举办山歌会"), Some("某县新建村道12公里")], "{:#?}", p.articles);
    let dropped: Vec<&str> = p.discarded.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(dropped, ["广告", "某某驾校　冬季学车火热报名中", "随到随学　包教包会", "地址：某市某路8号"]);
    assert_covered(text, &p);
    // a headline over a caption under the ad is the next story's
    let text = "广告\n某某驾校　冬季学车火热报名中\n随到随学　包教包会\n某村红薯丰收了\n图为某村村民在采摘红薯，今年全村种植红薯2600亩。　张三　摄\n今年，某村红薯喜获丰收，亩产达到3000斤。\n";
    let p = split(text);
    assert!(p.articles.iter().any(|a| a.title.as_deref() == Some("某村红薯丰收了")), "{:#?}", p.articles);
    // the label in brackets, over a paper's own subscription copy closing a story's page
    let text = "某县新建村道12公里\n\n今年,某县修通了通往各村的硬化路。(记者 丙丁)\n\n（广告）\n一纸读懂某县事\n订阅价：全年96元　半年48元\n订阅热线：0556-1234567\n\n今日某县编辑部出版　　地址：某县某路88号　　新闻热线：0556-1234568\n";
    let p = split(text);
    let dropped: Vec<&str> = p.discarded.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(dropped[..4], ["（广告）", "一纸读懂某县事", "订阅价：全年96元　半年48元", "订阅热线：0556-1234567"], "{:#?}", p.articles);
}

#[test]
fn headline_lines_in_a_row_with_no_byline_stand_in_one_stack() {
    let text = "\
某县巩固成果·乡村篇

接续奋斗 再谱新篇

某县乡村振兴大事记

（2019—2023年）

2019年3月,某县召开动员大会。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某县乡村振兴大事记")], "{:#?}", p.articles);
    let story = &p.articles[0];
    assert_eq!(story.section.as_deref(), Some("某县巩固成果·乡村篇"));
    assert_eq!(story.kicker.as_deref(), Some("接续奋斗 再谱新篇"));
    assert_eq!(story.subtitle.as_deref(), Some("（2019—2023年）"));
    assert_eq!(story.paragraphs.len(), 1);
    assert_covered(text, &p);
}

#[test]
fn a_posts_account_and_time_line_under_its_headline_anchors_it() {
    let text = "\
某县发布

某县这三年,答卷请查收!

原创 某县融媒 某县发布 2023-09-18 19:06 发表于某省

点击上方蓝字关注我们

三年前,某县脱贫摘帽。

视频加载中...

全县群众的日子一年比一年红火。

文字:甲乙　图片:丙丁 戊己

编辑:庚辛　审核:壬癸　监制:子丑
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某县这三年,答卷请查收!")], "{:#?}", p.articles);
    let post = &p.articles[0];
    assert_eq!(post.kicker, None);
    assert_eq!(post.published_at.as_deref(), Some("2023-09-18T19:06"));
    assert_eq!(paragraph_texts(&p), vec!["三年前,某县脱贫摘帽。", "全县群众的日子一年比一年红火。"]);
    assert_eq!(
        who(post),
        vec![
            ("甲乙", Role::Author),
            ("丙丁", Role::Photographer),
            ("戊己", Role::Photographer),
            ("庚辛", Role::Editor),
            ("壬癸", Role::Editor),
            ("子丑", Role::Editor)
        ]
    );
    assert!(p.discarded.iter().any(|d| d.text == "某县发布"), "{:?}", p.discarded);
    assert_covered(text, &p);
}

#[test]
fn an_official_accounts_post_keeps_its_story_and_drops_its_frame() {
    let text = "\
点击上方蓝字关注我们

某县发布
2024-06-12 18:30 发表于某省

某县大棚蔬菜喜获丰收

文/甲乙 图/丙丁

走进某县,一座座大棚整齐排列,村民正忙着采摘蔬菜。

来源:某日报
编辑:戊己
审核:庚辛

阅读原文
阅读 3256
分享
点赞 86

往期推荐
某县召开防汛工作会议
【提醒】近期高温天气,请注意防暑降温
某县小米飘香助农增收
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某县大棚蔬菜喜获丰收")]);
    assert_eq!(who(&p.articles[0]), vec![("甲乙", Role::Author), ("丙丁", Role::Photographer), ("戊己", Role::Editor), ("庚辛", Role::Editor)]);
    let dropped: Vec<&str> = p.discarded.iter().map(|d| d.text.as_str()).collect();
    for chrome in ["点击上方蓝字关注我们", "某县发布", "阅读 3256", "往期推荐", "【提醒】近期高温天气,请注意防暑降温"] {
        assert!(dropped.contains(&chrome), "{chrome} kept: {dropped:?}");
    }
    assert_covered(text, &p);
}

#[test]
fn two_credited_pictures_side_by_side_are_photo_items() {
    let text = "\
某县梯田上长出金果果

□本报记者 孙丽

走进某县,层层梯田上果树成行,果农正忙着修剪。

图为甲镇梯田果园。(吴刚 摄)

图为乙镇马铃薯加工车间。(郑义 摄)

链接
";
    let p = split(text);
    let photos: Vec<Vec<(&str, Role)>> = p.articles.iter().filter(|a| a.kind == ArticleKind::Photo).map(who).collect();
    assert_eq!(photos, vec![vec![("吴刚", Role::Photographer)], vec![("郑义", Role::Photographer)]], "{:#?}", p.articles);
    assert_eq!(who(&p.articles[0]), vec![("孙丽", Role::Reporter)]);
}

#[test]
fn credit_on_its_own_line_closes_the_caption() {
    let text = "\
某市园区企业加紧生产。图为工人在生产线上工作。
陈光 林月 摄
";
    let p = split(text);
    assert_eq!(p.articles.len(), 1);
    assert_eq!(p.articles[0].kind, ArticleKind::Photo);
    assert_eq!(
        who(&p.articles[0]),
        vec![("陈光", Role::Photographer), ("林月", Role::Photographer)]
    );
    assert_covered(text, &p);
}

#[test]
fn web_page_chrome_meta_and_footer() {
    let text = "\
当前位置: 某网首页 地区新闻 正文
某市:小康路上不落一人
时间:2019-05-06 10:30某某网(www.example.cn)
某某网(www.example.cn)权威媒体
某县帮助贫困户养鹅增收。图为技术人员上门指导。
今年以来,某市把脱贫攻坚作为头号工程,成效明显。
(文/杨帆 图/何平、吕方)
相关新闻:
某市举办政策宣讲会
某市召开防控调度会
责任编辑:施雨
0
免责声明:本站部分内容来自互联网。
Copyright (C) 2012 某某网版权所有
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某市:小康路上不落一人")]);
    let a = &p.articles[0];
    assert_eq!(a.published_at.as_deref(), Some("2019-05-06T10:30"));
    assert_eq!(a.source, "某某网");
    assert_eq!(a.captions.len(), 1);
    assert_eq!(
        who(a),
        vec![
            ("杨帆", Role::Author),
            ("何平", Role::Photographer),
            ("吕方", Role::Photographer),
            ("施雨", Role::Editor)
        ]
    );
    assert_eq!(p.date.map(|d| d.to_string()).as_deref(), Some("2019-05-06"));
    let reasons: Vec<DiscardReason> = p.discarded.iter().map(|d| d.reason).collect();
    assert_eq!(
        reasons
            .iter()
            .filter(|r| **r == DiscardReason::Navigation)
            .count(),
        4
    );
    assert!(reasons.contains(&DiscardReason::Boilerplate));
    assert!(reasons.contains(&DiscardReason::PageNumber));
    assert_covered(text, &p);
}

#[test]
fn subtitle_and_marker_byline() {
    let text = "\
守住防返贫底线
——某区巩固脱贫成果工作纪实
□本报记者 钟林
一年来,某区聚焦两不愁三保障,成效显著。
抓实驻村帮扶 织密责任网
该区选派干部驻村,做到帮扶全覆盖。
";
    let p = split(text);
    assert_eq!(p.articles.len(), 1, "a subheading does not open a story");
    let a = &p.articles[0];
    assert_eq!(a.title.as_deref(), Some("守住防返贫底线"));
    assert_eq!(a.subtitle.as_deref(), Some("——某区巩固脱贫成果工作纪实"));
    assert_eq!(who(a), vec![("钟林", Role::Reporter)]);
    assert_eq!(a.paragraphs.len(), 3);
    assert_eq!(a.paragraphs[1].text, "抓实驻村帮扶 织密责任网");
    assert_covered(text, &p);
}

#[test]
fn markdown_headings() {
    let text = "\
# 某市书写脱贫答卷
□记者 方舟 通讯员 夏雨 秋实
近年来,某市脱贫攻坚取得决定性胜利。
## 鼓起钱袋子 扭住产业牛鼻子
该市发展特色产业,带动群众增收。
## 某市排查农村房屋安全隐患
**本报讯(通讯员谭飞)**某市扎实推进房屋安全隐患排查。
";
    let p = split(text);
    assert_eq!(
        titles(&p),
        vec![Some("某市书写脱贫答卷"), Some("某市排查农村房屋安全隐患")]
    );
    assert_eq!(
        p.articles[0].paragraphs[1].text,
        "鼓起钱袋子 扭住产业牛鼻子"
    );
    assert_eq!(who(&p.articles[1]), vec![("谭飞", Role::Correspondent)]);
    assert_eq!(
        p.articles[1].paragraphs[0].text,
        "某市扎实推进房屋安全隐患排查。"
    );
    assert_covered(text, &p);
}

#[test]
fn kicker_printed_on_the_headline_line() {
    let text = "巩固成果 实现零返贫 某区构筑防返贫六道防线\n本报讯(通讯员高远)某区创新举措。\n";
    let p = split(text);
    let a = &p.articles[0];
    assert_eq!(a.title.as_deref(), Some("某区构筑防返贫六道防线"));
    assert_eq!(a.kicker.as_deref(), Some("巩固成果 实现零返贫"));
    let s = a.title_span.unwrap();
    assert_eq!(&text[s.start..s.end], "某区构筑防返贫六道防线");
}

#[test]
fn dateline_gives_the_page_date() {
    let text = "2021年12月14日 星期二\n某县召开会议\n本报讯 某县召开会议。\n";
    let p = split(text);
    assert_eq!(p.date.map(|d| d.to_string()).as_deref(), Some("2021-12-14"));
    assert_eq!(titles(&p), vec![Some("某县召开会议")]);
    assert_covered(text, &p);
}

#[test]
fn coverage_on_odd_pages() {
    for text in [
        "",
        "\n\n  \n",
        "只有一行没有标点",
        "“\n”\n33\n",
        "本报讯(",
        "本报讯(记者",
        "摄",
        " 摄\n摄影\n(摄)",
        "# \n## \n###",
        "——\n——副题\n□\n□记者",
        "图为\n图为一张图\n(王 摄)",
        "abc\u{feff}def\r\nx\ry",
        "１２\n第３版\n- 7 -",
        "时间:\n来源:\n时间:9999-99-99 99:99",
        "图片新闻\n张三 摄\n",
        "图片新闻\n图为一景。\n张三 摄\n",
        "# 标题\n来源: \n",
    ] {
        let p = split(text);
        assert_covered(text, &p);
    }
}

#[test]
fn closing_byline_lets_the_next_headline_open_a_story() {
    let text = "\
某县举办技能培训班
近日,某县举办技能培训班,两百余人参加。(记者 邹明)
某镇建成扶贫车间
某镇扶贫车间投产,带动五十余人就业。(通讯员 柏青 水清)
";
    let p = split(text);
    assert_eq!(
        titles(&p),
        vec![Some("某县举办技能培训班"), Some("某镇建成扶贫车间")]
    );
    assert_eq!(who(&p.articles[0]), vec![("邹明", Role::Reporter)]);
    assert_eq!(
        who(&p.articles[1]),
        vec![("柏青", Role::Correspondent), ("水清", Role::Correspondent)]
    );
    assert_eq!(
        p.articles[0].paragraphs[0].text,
        "近日,某县举办技能培训班,两百余人参加。"
    );
    assert_covered(text, &p);
}

#[test]
fn brief_of_one_paragraph_signed_at_its_end() {
    let text = "\
某区开通社区公交

本报讯 某区日前开通三条社区公交线路,方便群众出行。(记者 陆青)

某镇举办招聘会

本报讯 某镇举办招聘会,四十余家企业参加。
";
    let p = split(text);
    assert_eq!(
        titles(&p),
        vec![Some("某区开通社区公交"), Some("某镇举办招聘会")]
    );
    assert_eq!(who(&p.articles[0]), vec![("陆青", Role::Reporter)]);
    assert_eq!(
        p.articles[0].paragraphs[0].text,
        "某区日前开通三条社区公交线路,方便群众出行。"
    );
    assert_covered(text, &p);
}

#[test]
fn jump_line_ends_the_story_on_this_page() {
    let text = "\
某县荒山变果园

记者 陆青

近年来,某县引导农户在荒山上种植果树,全县果园面积达到两万亩。

(下转第4版)

短评

荒山也能成金山

发展产业,关键是因地制宜。

(记者 陆青)
";
    let p = split(text);
    assert_eq!(
        titles(&p),
        vec![Some("某县荒山变果园"), Some("荒山也能成金山")]
    );
    assert_eq!(p.articles[1].paragraphs.len(), 1);
    assert_covered(text, &p);
}

#[test]
fn a_column_label_opens_a_piece_inside_a_running_story() {
    let text = "\
某县荒山变果园

记者 陆青

近年来,某县引导农户在荒山上种植果树,全县果园面积达到两万亩。

短评

荒山也能成金山

发展产业,关键是因地制宜。

■县域传真

某镇侗锦织出致富路

某镇建成侗锦车间三个,吸纳妇女就业一百余人。

记者 柳岸
";
    let p = split(text);
    assert_eq!(
        titles(&p),
        vec![
            Some("某县荒山变果园"),
            Some("荒山也能成金山"),
            Some("某镇侗锦织出致富路")
        ]
    );
    assert_eq!(p.articles[1].section.as_deref(), Some("短评"));
    assert_eq!(p.articles[0].paragraphs.len(), 1);
    assert_eq!(who(&p.articles[2]), vec![("柳岸", Role::Reporter)]);
    assert_covered(text, &p);
}

#[test]
fn page_header_is_furniture_not_a_section() {
    let text = "\
某某日报 2020年3月1日 第3版
某县召开会议
本报讯(通讯员甘露)某县召开会议。
";
    let p = split(text);
    assert_eq!(p.articles[0].section, None);
    assert_eq!(p.date.map(|d| d.to_string()).as_deref(), Some("2020-03-01"));
    assert_eq!(p.discarded[0].reason, DiscardReason::Boilerplate);
    assert_covered(text, &p);
}

#[test]
fn a_county_papers_and_a_sites_mastheads_are_furniture() {
    let text = "\
某川报
MOUCHUAN BAO
2024年3月15日 星期五
中共某川县委机关报 国内统一连续出版物号:CN00-0000 某川县融媒体中心出版

某县召开会议
本报讯(记者 孙丽)某县召开会议,部署春耕生产。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某县召开会议")], "{:#?}", p.articles);
    let text = "\
首页 > 政务公开 > 工作动态
某县人民政府
MOUMOU COUNTY PEOPLE'S GOVERNMENT OFFICE
首页 | 政务公开 | 政务服务 | 互动交流

某县实施五大工程巩固脱贫成果
发布时间:2024-04-18 09:32 来源:某县乡村振兴局
今年以来,某县实施五大工程,巩固拓展脱贫攻坚成果。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某县实施五大工程巩固脱贫成果")], "{:#?}", p.articles);
    assert_covered(text, &p);
    // a supplement's page: the paper's name, the supplement's, the dateline and its publisher
    let text = "\
今日某县

乡村振兴 专刊

2023年12月8日 星期五　第47期

某县融媒体中心主办

某县四链联动促增收

本报讯(记者 孙丽)某县以四链联动推动帮扶产业提质增效。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某县四链联动促增收")], "{:#?}", p.articles);
    assert_covered(text, &p);
}

#[test]
fn numbered_briefs_signed_at_their_ends_stand_apart() {
    let text = "\
县域快讯
1.近日,某县为脱贫户的牛羊办理了养殖保险。(记者 孙丽)
2.5月25日,某乡6.8万亩冬小麦进入收获期。(记者 李娜)
3.日前,某县举办直播带货活动,销售干果12.6万元。
(记者 王磊)
";
    let p = split(text);
    assert_eq!(p.articles.len(), 3, "{:#?}", p.articles);
    let signers: Vec<Vec<(&str, Role)>> = p.articles.iter().map(who).collect();
    assert_eq!(signers, vec![vec![("孙丽", Role::Reporter)], vec![("李娜", Role::Reporter)], vec![("王磊", Role::Reporter)]]);
    assert!(p.articles[1].paragraphs[0].text.starts_with("2.5月25日"));
    assert_eq!(p.articles[2].section.as_deref(), Some("县域快讯"));
    assert_covered(text, &p);
}

#[test]
fn an_editorial_signed_by_the_papers_voice_stands_apart() {
    let text = "\
某县稻虾共养鼓起钱袋子
本报讯(记者 孙丽)某县发展稻虾共养三万亩,带动农户增收。
近年来,该县还建成产业园,吸纳就业两千人。

评论员文章
以更大力度促进群众增收

本报评论员

增收无止境,奋进正当时。全县上下要以更加务实的作风抓好各项工作。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某县稻虾共养鼓起钱袋子"), Some("以更大力度促进群众增收")], "{:#?}", p.articles);
    assert!(p.articles[1].contributors.is_empty());
    assert_covered(text, &p);
}

#[test]
fn web_page_of_another_layout() {
    let text = "\
首页 > 新闻中心 > 县区动态
某县:扶贫车间开到家门口
发布时间:2020-06-12 09:30:15 来源:某县融媒体中心 作者:苗青
【字体:大 中 小】
    近年来,某县在村里建起扶贫车间,群众在家门口就业。
    车间负责人说,今年订单充足。
(编辑:葛兰)
上一篇:某县召开会议
下一篇:某县开展活动
扫一扫在手机打开当前页
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某县:扶贫车间开到家门口")]);
    let a = &p.articles[0];
    assert_eq!(a.source, "某县融媒体中心");
    assert_eq!(a.published_at.as_deref(), Some("2020-06-12T09:30"));
    assert_eq!(who(a), vec![("苗青", Role::Author), ("葛兰", Role::Editor)]);
    assert_eq!(a.paragraphs.len(), 2);
    assert_eq!(
        p.discarded
            .iter()
            .filter(|d| d.reason == DiscardReason::Navigation)
            .count(),
        5
    );
    assert_covered(text, &p);
}

#[test]
fn web_page_crediting_the_editor_in_meta_line_and_footer() {
    let text = "\
某县:茶园里的增收账
时间:2021-04-02 08:10  来源:某某日报  作者:江汉 汝坟  责任编辑:甘棠
【字号 大 中 小】 【打印】 【关闭】
    今年春茶上市,某县茶农采茶忙,编辑部也派人来采访。
【纠错】 【责任编辑:甘棠】
";
    let p = split(text);
    assert_eq!(p.articles.len(), 1);
    assert_eq!(
        who(&p.articles[0]),
        vec![
            ("江汉", Role::Author),
            ("汝坟", Role::Author),
            ("甘棠", Role::Editor)
        ]
    );
    assert_eq!(p.articles[0].paragraphs.len(), 1);
    assert_covered(text, &p);
    // the footer alone credits the editor too
    let text = text.replace("  责任编辑:甘棠\n", "\n");
    let p = split(&text);
    assert_eq!(who(&p.articles[0]).last(), Some(&("甘棠", Role::Editor)));
    assert_covered(&text, &p);
}

#[test]
fn agency_story_and_unbracketed_byline() {
    let text = "\
全国脱贫攻坚表彰大会举行
新华社北京2月25日电(记者 鲁直、安平)全国脱贫攻坚总结表彰大会25日举行。
某市消费扶贫月启动
本报记者 商羽
本报讯 某市消费扶贫月活动日前启动。
";
    let p = split(text);
    assert_eq!(p.articles[0].source, "新华社");
    assert_eq!(
        who(&p.articles[0]),
        vec![("鲁直", Role::Reporter), ("安平", Role::Reporter)]
    );
    assert_eq!(p.articles.len(), 2);
    assert_eq!(p.articles[1].title.as_deref(), Some("某市消费扶贫月启动"));
    assert_eq!(who(&p.articles[1]), vec![("商羽", Role::Reporter)]);
    assert_covered(text, &p);
}

#[test]
fn tail_of_a_cut_paragraph_is_no_kicker() {
    let text = "\
某县开展义诊
本报讯(通讯员苏木)某县组织医生下乡义诊,为群众检查身体,发放药品,讲解健康
知识
某乡修缮村小学
本报讯(通讯员蓝天)某乡修缮村小学。
";
    let p = split(text);
    assert_eq!(
        titles(&p),
        vec![Some("某县开展义诊"), Some("某乡修缮村小学")]
    );
    assert_eq!(p.articles[1].kicker, None);
    assert!(p.articles[0].paragraphs[0].text.ends_with("讲解健康知识"));
    assert_covered(text, &p);
}

#[test]
fn a_person_credited_twice_is_one_contributor() {
    let text = "某村种下果树\n作者:金桂\n某村种下果树一千棵。\n(文/金桂)\n";
    let p = split(text);
    assert_eq!(who(&p.articles[0]), vec![("金桂", Role::Author)]);
}

#[test]
fn punctuated_headline_above_a_byline() {
    let text = "某县召开会议\n本报讯(通讯员安然)某县召开会议。\n脱贫路上,一个都不能少!\n本报讯(通讯员段平)某村六十户全部脱贫。\n";
    let p = split(text);
    assert_eq!(
        titles(&p),
        vec![Some("某县召开会议"), Some("脱贫路上,一个都不能少!")]
    );
    assert_covered(text, &p);
}

#[test]
fn headline_after_a_story_the_page_cuts_off() {
    let text = "某县开展义诊\n本报讯(通讯员苏木)某县组织医生下乡义诊,为群众检查身体,发放药品,讲解\n某乡修缮村小学\n本报讯(通讯员蓝天)某乡修缮村小学。\n";
    let p = split(text);
    assert_eq!(
        titles(&p),
        vec![Some("某县开展义诊"), Some("某乡修缮村小学")]
    );
}

#[test]
fn headline_with_no_story_is_furniture() {
    let text = "热点专题\n33\n某县召开会议\n本报讯(通讯员安然)某县召开会议。\n";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某县召开会议")]);
    assert_eq!(p.discarded[0].text, "热点专题");
    assert_eq!(p.discarded[0].reason, DiscardReason::Navigation);
    assert_covered(text, &p);
}

#[test]
fn a_byline_of_short_words_is_no_menu() {
    let p = split("某市书写答卷\n□记者 方舟 通讯员 夏雨 秋实\n某市脱贫攻坚取得胜利。\n");
    assert_eq!(p.articles[0].contributors.len(), 3);
}

#[test]
fn item_signed_at_its_end_opens_under_its_headline() {
    let text = "\
某县开展防返贫监测
本报讯(记者 韦华)今年以来,某县建立防止返贫动态监测机制。
截至目前,全县监测对象均已落实帮扶措施。
某镇举办电商培训班
近日,某镇举办农村电商培训班,八十余名群众参加培训。(通讯员 莫晓)
";
    let p = split(text);
    assert_eq!(
        titles(&p),
        vec![Some("某县开展防返贫监测"), Some("某镇举办电商培训班")]
    );
    assert_eq!(who(&p.articles[1]), vec![("莫晓", Role::Correspondent)]);
    assert_covered(text, &p);
}

#[test]
fn label_over_a_photo_item_is_its_section() {
    let text = "图片新闻\n村民在合作社分拣果子。本报记者 韦华 摄\n";
    let p = split(text);
    assert_eq!(p.articles.len(), 1);
    assert_eq!(p.articles[0].kind, ArticleKind::Photo);
    assert_eq!(p.articles[0].section.as_deref(), Some("图片新闻"));
    assert_covered(text, &p);
}

#[test]
fn credited_captions_of_a_web_page_belong_to_its_story() {
    let text = "\
某县:扶贫车间开到家门口
时间:2020-06-12 09:30
图为村民在扶贫车间务工。 苗青 摄
近年来,某县建起扶贫车间。
";
    let p = split(text);
    assert_eq!(p.articles.len(), 1);
    assert_eq!(
        p.articles[0].captions[0].photographers,
        vec!["苗青".to_string()]
    );
    assert_eq!(who(&p.articles[0]), vec![("苗青", Role::Photographer)]);
    assert_covered(text, &p);
}

#[test]
fn long_paragraph_signed_by_a_photographer_stays_text() {
    let body = "今年以来,某县把产业帮扶作为巩固脱贫成果的重要抓手,".repeat(4);
    let text = format!(
        "某县产业帮扶见实效\n本报讯(通讯员何必)某县产业兴旺。\n{body}成效明显。(图/江河)\n"
    );
    let p = split(&text);
    assert_eq!(p.articles.len(), 1);
    assert_eq!(p.articles[0].paragraphs.len(), 2);
    assert!(who(&p.articles[0]).contains(&("江河", Role::Photographer)));
    assert_covered(&text, &p);
}

#[test]
fn caption_set_apart_by_blank_lines_is_a_photo_item() {
    let text = "\
某县召开会议

本报讯(通讯员安然)某县召开会议。



冬至那天,志愿者在村里为老人包饺子,送去温暖。

某村修通产业路

本报讯(通讯员段平)某村修通产业路。
";
    let p = split(text);
    assert_eq!(
        titles(&p),
        vec![Some("某县召开会议"), None, Some("某村修通产业路")]
    );
    assert_eq!(p.articles[1].kind, ArticleKind::Photo);
    assert_eq!(p.articles[0].paragraphs.len(), 1);
    assert_covered(text, &p);
}

#[test]
fn caption_pointing_at_its_picture_stays_in_the_story() {
    let text = "\
某镇茶产业纪实

□本报记者 安然

一片茶叶

今年以来,某镇新建茶园五百亩,带动农户增收。



▲ 某村的茶农在茶园里修剪茶树。

一袋魔芋

在某村的一家加工企业里,工人正在装车。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某镇茶产业纪实")], "{:#?}", p.articles);
    assert_eq!(p.articles[0].captions.len(), 1);
    assert!(p.articles[0].captions[0].text.contains("修剪茶树"));
    assert_covered(text, &p);
    // one dated by its caption is news of its own
    let dated = text.replace("▲ 某村的茶农", "▲12月10日,某村的茶农");
    let p = split(&dated);
    assert!(p.articles.iter().any(|a| a.kind == ArticleKind::Photo), "{:#?}", p.articles);
    assert_covered(&dated, &p);
    // a short credited one after a brief's last paragraph, over its source, is the brief's
    let brief = "某县篮球赛圆满收官\n\n9月11日晚，某县第六届篮球赛决赛在县体育馆举行。\n\n▲比赛现场（摄影：陶某）\n\n（来源：县文体旅游广电局）\n\n某县招聘会送岗位到家门口\n\n9月10日，某县举办招聘会，提供岗位860个。\n";
    let p = split(brief);
    assert_eq!(titles(&p), vec![Some("某县篮球赛圆满收官"), Some("某县招聘会送岗位到家门口")], "{:#?}", p.articles);
    assert_eq!(who(&p.articles[0]), vec![("陶某", Role::Photographer)]);
    assert_eq!(p.articles[0].source, "县文体旅游广电局");
    assert_covered(brief, &p);
}

#[test]
fn headline_over_a_story_continued_from_another_page_opens_it() {
    let text = "\
短评
办好群众家门口的事
文/安然
群众的事无小事,要一件一件办好。
办实事贵在坚持,久久为功才能见效。
某县:小木耳长成大产业
(上接第一版)耳棒,并统一回收鲜耳,农户只管管护。
今年,全县木耳种植面积达到两千亩。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("办好群众家门口的事"), Some("某县:小木耳长成大产业")], "{:#?}", p.articles);
    assert_eq!(p.articles[0].paragraphs.len(), 2);
    assert_covered(text, &p);
}

#[test]
fn figures_of_a_box_printed_over_their_labels_are_not_run_together() {
    let text = "\
数读
某县脱贫成果“成绩单”
38.6亿元
衔接推进乡村振兴补助资金
2.1万户
累计纳入监测对象
(数据来源:县乡村振兴局)
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某县脱贫成果“成绩单”")], "{:#?}", p.articles);
    let texts: Vec<&str> = p.articles[0].paragraphs.iter().map(|x| x.text.as_str()).collect();
    assert_eq!(texts, ["38.6亿元", "衔接推进乡村振兴补助资金", "2.1万户", "累计纳入监测对象", "(数据来源:县乡村振兴局)"]);
    assert_covered(text, &p);
}

#[test]
fn a_marked_box_label_over_figures_titles_a_box_of_its_own() {
    let text = "\
某市巩固脱贫成果
本报讯(记者 安然)今年以来,某市守住了不发生规模性返贫的底线。
■数读
2.46万户
全市纳入防返贫监测户数
15836元
全市脱贫人口人均纯收入
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某市巩固脱贫成果"), Some("数读")], "{:#?}", p.articles);
    assert_eq!(p.articles[1].paragraphs.len(), 4);
    assert_covered(text, &p);
}

#[test]
fn a_question_over_a_subtitle_heads_an_interview() {
    let text = "\
某市今年成绩单
本报讯 今年以来,某市脱贫成果持续巩固。
防返贫监测帮扶有哪些新变化?
——访某市乡村振兴局局长王甲
本报记者 周乙
问:今年有哪些新举措?
答:我们推行了一键申报。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某市今年成绩单"), Some("防返贫监测帮扶有哪些新变化?")], "{:#?}", p.articles);
    assert_covered(text, &p);
}

#[test]
fn a_box_of_records_at_a_story_end_belongs_to_it() {
    let text = "\
某县柑橘产业纪实
□本报记者 安然
今年以来,某县柑橘喜获丰收,果农笑开了颜。
【数说】
全县柑橘种植面积:32万亩
柑橘产业综合产值:38.6亿元
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某县柑橘产业纪实")], "{:#?}", p.articles);
    assert_covered(text, &p);
}

#[test]
fn a_box_printed_into_a_cut_paragraph_hands_the_text_back() {
    let text = "\
某县防返贫监测见实效
本报讯(记者 安然)今年以来,某县对教育、民政等部门的数据每月比
■数读
某县这一年
●新建高标准农田 8.6万亩
●农村自来水普及率 98.5%
(数据来源:某县乡村振兴局)
对一次,累计推送预警信息2700余条,核实后新纳入监测对象213户。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某县防返贫监测见实效"), Some("某县这一年")], "{:#?}", p.articles);
    let story = &p.articles[0];
    assert_eq!(story.paragraphs.len(), 1, "{:#?}", story.paragraphs);
    assert!(story.paragraphs[0].text.contains("每月比对一次"));
    assert_eq!(p.articles[1].paragraphs.len(), 3);
    assert_covered(text, &p);
}

#[test]
fn a_figure_box_titled_after_its_label_hands_the_text_back() {
    let text = "\
某县林下经济富了山里人
本报讯(记者 安然)今年以来,某县大力发展林下经济。在甲
数说某县林下经济
6.3万亩 林下中药材
2.8万箱 林下养蜂
乙镇的黄精基地,合作社负责人告诉记者,入社农户每户分红不低于两千元。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某县林下经济富了山里人"), Some("数说某县林下经济")], "{:#?}", p.articles);
    assert!(p.articles[0].paragraphs[0].text.contains("在甲乙镇的黄精基地"), "{:#?}", p.articles[0].paragraphs);
    assert_eq!(p.articles[1].paragraphs.len(), 2);
    assert_covered(text, &p);
}

#[test]
fn a_figure_box_ending_in_chinese_numerals_hands_the_text_back() {
    // the last figure is Chinese and its label, longer than a box's other lines, repeats a
    // sentence of the story: still the box's, and the story's cut paragraph runs on after it
    let text = "\
某县劳务协作见成效
本报讯(记者 安然)在外务工的脱贫劳动力中,在甲市就业的占某县外出务工脱贫劳动力的三分之一。
协作资金还资助了一批某县
数说协作
3.2万人
帮助某县农村劳动力转移就业
三分之一
在甲市就业的占某县外出务工脱贫劳动力的比例
家庭经济困难学生,每人每学年资助3000元。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某县劳务协作见成效"), Some("数说协作")], "{:#?}", p.articles);
    assert!(p.articles[0].paragraphs[1].text.contains("一批某县家庭经济困难学生"), "{:#?}", p.articles[0].paragraphs);
    let labels: Vec<&str> = p.articles[1].paragraphs.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(labels.last(), Some(&"在甲市就业的占某县外出务工脱贫劳动力的比例"), "{labels:?}");
    assert_covered(text, &p);
}

#[test]
fn a_brief_signed_with_its_source_under_an_unsigned_story_opens_at_its_headline() {
    let text = "\
某市发布清明出行提示
本报讯(记者 安然)清明节将至,市交警部门提醒群众错峰出行。
假期期间,交警部门将在重点路段加强巡逻。

某省下达衔接补助资金
日前,某省下达衔接推进乡村振兴补助资金98.6亿元。
资金重点支持帮扶县发展特色产业。(据某日报)
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某市发布清明出行提示"), Some("某省下达衔接补助资金")], "{:#?}", p.articles);
    assert_eq!(p.articles[1].source, "某日报");
    assert_covered(text, &p);
}

#[test]
fn a_documents_title_under_a_column_label_heads_the_piece_that_cites_it() {
    let text = "\
某县召开巩固衔接推进会
本报讯(记者 安然)3月20日,某县召开巩固衔接推进会。

政策解读
《某市防止返贫动态监测和帮扶工作实施细则》要点
近日,某市6部门联合印发《某市防止返贫动态监测和帮扶工作实施细则》。现将主要内容解读如下。
第一条 监测对象。以家庭为单位,监测农村人口中的脱贫不稳定户。
";
    let p = split(text);
    assert_eq!(
        titles(&p),
        vec![Some("某县召开巩固衔接推进会"), Some("《某市防止返贫动态监测和帮扶工作实施细则》要点")],
        "{:#?}",
        p.articles
    );
    assert_eq!(p.articles[1].section.as_deref(), Some("政策解读"));
    assert_covered(text, &p);
}

#[test]
fn rows_of_a_table_are_not_run_together() {
    let text = "\
某县主要指标
本报讯(记者 安然)上半年,某县主要指标如下:
指标名称    2022年    2023年    增幅
务工就业(万人)    2.75    2.87    4.4%
风险消除率(%)    38.6    49.9    提高11.3个百分点
";
    let p = split(text);
    let texts: Vec<&str> = p.articles[0].paragraphs.iter().map(|x| x.text.as_str()).collect();
    assert_eq!(texts.len(), 4, "{texts:#?}");
    assert!(texts[3].starts_with("风险消除率"));
    assert_covered(text, &p);
}

#[test]
fn long_rows_of_a_project_list_stay_rows_and_a_wrapped_row_is_whole_again() {
    // cells holding sentences make rows longer than any short table's; one row is wrapped by
    // the converter, and two are set apart by runs of spaces instead of tabs
    let text = "\
关于某镇拟入库项目的公示
根据有关要求，现将拟入库项目公示如下：
序号\t项目名称\t建设地点\t建设内容及规模\t资金规模（万元）\t绩效目标
1\t甲村茶厂提升项目\t甲村\t新建标准化茶叶加工厂房1200平方米，购置揉捻机、烘干机等加工设备18台，配套建设晾青场地\t186\t年加工干茶60吨以上，带动脱贫户56户增收
2\t乙村冷库建设项目\t乙村\t新建300吨保鲜冷库1座，配套建设分拣包装车间260平方米，购置冷链运输车1辆，完善水电设施\t142\t年周转果蔬约1500吨，村集体经济年增收8万元
3\t丙村油茶改造项目\t丙村\t实施低改提质800亩，购置
修枝机等农机具20台\t68\t带动脱贫户42户增收
4   丁村道路硬化项目   丁村   硬化通组道路3.6公里，路面宽4.5米、厚0.18米，配套建设排水沟和错车道，安装波形护栏   154   解决2个村民小组87户出行难问题
公示期为12月6日至12月15日。
";
    let p = split(text);
    let texts: Vec<&str> = p.articles[0].paragraphs.iter().map(|x| x.text.as_str()).collect();
    assert_eq!(texts.len(), 7, "{texts:#?}");
    assert!(texts[3].starts_with("2\t乙村") && texts[3].ends_with("8万元"), "{texts:#?}");
    assert!(texts[4].contains("购置修枝机") && texts[4].ends_with("42户增收"), "{texts:#?}");
    assert!(texts[5].starts_with("4   丁村"), "{texts:#?}");
    assert_covered(text, &p);
}

#[test]
fn a_policy_explained_under_its_label_follows_a_box_as_a_piece_of_its_own() {
    let text = "\
数读
某市一季度成绩单
26.8万人
脱贫人口务工就业
(数据来源:市乡村振兴局)
政策解读
《某市防止返贫“一键申报”实施细则》要点解读
近日,市乡村振兴局等6部门联合印发实施细则,细则共六条。
第一条 开通线上申报渠道。群众可通过小程序申报。
第二条 实行限时核查。乡镇在3个工作日内完成核查。
";
    let p = split(text);
    assert_eq!(
        titles(&p),
        vec![Some("某市一季度成绩单"), Some("《某市防止返贫“一键申报”实施细则》要点解读")],
        "{:#?}",
        p.articles
    );
    assert_eq!(p.articles[1].paragraphs.len(), 3);
    assert_covered(text, &p);
}

/// `text` printed `n` characters a line, its first line indented as a paragraph's.
fn wrap_at(text: &str, n: usize, indent: bool) -> String {
    let chars: Vec<char> = if indent { format!("\u{3000}\u{3000}{text}") } else { text.to_string() }.chars().collect();
    chars.chunks(n).map(|l| l.iter().collect::<String>() + "\n").collect()
}

#[test]
fn a_page_wrapped_at_a_fixed_width_keeps_its_captions_briefs_and_figures() {
    const N: usize = 20;
    let lead = "本报讯(记者 何午)今年以来,某县果园面积稳定在六十五万亩,果品总产量达到五十八万吨,收入超过1万元的农户有四百余户。";
    let more = "该县新建和改造提升日光温室一千余座,钢架大棚三千六百座,蔬菜种植面积达到九万余亩,群众收入稳步增长。";
    let caption = "3月8日,某县王家镇的果农在果园里修剪苹果树。眼下正值果树春季管护的关键时期,该县组织农技人员深入田间地头开展技术指导。";
    // the brief's byline breaks inside the reporter's name
    let mut brief = String::from("近日,某县组织开展春季全民义务植树活动,全县干部群众共两万余人参加,新增造林面积一万余亩。");
    while !(2 + brief.chars().count() + "(记者 张".chars().count()).is_multiple_of(N) {
        brief.push('。');
    }
    brief.push_str("(记者 张晶)");
    let mut text = String::from("某县果品产业稳步发展\n\n");
    let third = "在某镇的产业园,分拣车间里一派繁忙,一箱箱苹果经过清洗、分级、包装后发往全国各地。";
    let fourth = "为让产业发展更有后劲,该县推行统一供苗、统一技术、统一收购,对经营主体给予奖补。";
    for p in [lead, more, third, fourth] {
        text += &wrap_at(p, N, true);
    }
    text += "\n\n";
    text += &wrap_at(caption, N, false);
    text += "何午\u{3000}摄\n\n\n某县开展春季义务植树活动\n";
    text += &wrap_at(&brief, N, true);
    let p = split(&text);
    assert_eq!(titles(&p), vec![Some("某县果品产业稳步发展"), None, Some("某县开展春季义务植树活动")], "{:#?}", p.articles);
    let story = &p.articles[0];
    assert_eq!(story.paragraphs.len(), 4);
    assert!(story.paragraphs[0].text.contains("超过1万元的农户"), "{}", story.paragraphs[0].text);
    assert_eq!(p.articles[1].kind, ArticleKind::Photo);
    assert_eq!(who(&p.articles[2]), vec![("张晶", Role::Reporter)]);
    assert_covered(&text, &p);
}

const CREDIT_UNDER_CAPTION: &str = "\
某镇修通产业路
本报讯(通讯员 赵敏)今年以来,某镇修建产业路五公里,群众运输更方便。

9月3日,某乡的农户在果园里采摘苹果。今年全乡苹果喜获丰收。

通讯员 钱多 摄
";

#[test]
fn credit_line_under_a_finished_story_closes_a_photo_item() {
    let p = split(CREDIT_UNDER_CAPTION);
    assert_eq!(p.articles.len(), 2, "{:#?}", p.articles);
    assert_eq!(who(&p.articles[0]), vec![("赵敏", Role::Correspondent)]);
    let photo = &p.articles[1];
    assert_eq!(photo.kind, ArticleKind::Photo);
    assert_eq!(who(photo), vec![("钱多", Role::Photographer)]);
    assert!(photo.captions[0].text.starts_with("9月3日"));
    assert_covered(CREDIT_UNDER_CAPTION, &p);
}

#[test]
fn credit_line_on_a_web_page_credits_a_caption_of_its_story() {
    let text = "\
某县:果园里的好日子
发布时间:2021-09-01 10:00  来源:某某报  作者:柳青 石岩

　　金秋时节,某县的果园里一片繁忙。

　　图为村民在果园里采摘苹果。 钱多 摄

　　村民们在园里采摘,脸上挂着笑容。

　　今年全县苹果产量再创新高。

记者 孙甲 摄
";
    let p = split(text);
    assert_eq!(p.articles.len(), 1, "{:#?}", p.articles);
    let a = &p.articles[0];
    assert_eq!(a.captions.len(), 2);
    assert_eq!(a.captions[0].photographers, vec!["钱多".to_string()]);
    assert_eq!(a.captions[1].photographers, vec!["孙甲".to_string()]);
    assert_eq!(
        who(a),
        vec![
            ("柳青", Role::Author),
            ("石岩", Role::Author),
            ("钱多", Role::Photographer),
            ("孙甲", Role::Photographer)
        ]
    );
    assert_covered(text, &p);
}

#[test]
fn credit_line_under_a_dated_caption_inside_a_story_stands_alone() {
    let text = "\
某镇修通产业路
本报讯(通讯员 赵敏)今年以来,某镇修建产业路五公里,群众运输更
方便,农产品也卖得更远
7月2日,某乡的农户在果园里采摘桃子。
记者 钱多 摄
";
    let p = split(text);
    assert_eq!(p.articles.len(), 2, "{:#?}", p.articles);
    assert_eq!(p.articles[1].kind, ArticleKind::Photo);
    assert_covered(text, &p);
}

#[test]
fn credited_caption_under_a_storys_closing_signature_stands_alone() {
    // no blank lines: the signature alone says the story is over
    let text = "\
某镇修通产业路
□ 本报记者 赵敏
某镇今年修建产业路五公里,群众运输更方便。
农产品也卖得更远了。
(下转第4版)
记者 赵敏
某乡脱贫户在果园里采摘桃子,今年桃子又是好收成。
本报记者 钱多 摄
";
    let p = split(text);
    assert_eq!(p.articles.len(), 2, "{:#?}", p.articles);
    assert_eq!(p.articles[1].kind, ArticleKind::Photo);
    assert_covered(text, &p);
}

const MASTHEAD_AND_STACK: &str = "\
某某日报

2018年5月6日  星期日

02

要闻

春风化雨暖人心
某县:产业路上奔小康
——某县推进产业扶贫工作纪实

去年以来,某县把产业扶贫作为脱贫攻坚的重要抓手。

全县新建茶叶基地两万亩,带动贫困户增收。

(文/林海 图/石岩)

某镇修通产业路
本报讯(通讯员 赵敏)今年以来,某镇修建产业路五公里。
";

#[test]
fn masthead_is_page_header_and_a_subtitled_stack_opens_a_story() {
    let p = split(MASTHEAD_AND_STACK);
    assert_eq!(
        titles(&p),
        vec![Some("某县:产业路上奔小康"), Some("某镇修通产业路")]
    );
    let a = &p.articles[0];
    assert_eq!(a.section.as_deref(), Some("要闻"));
    assert_eq!(a.kicker.as_deref(), Some("春风化雨暖人心"));
    assert_eq!(a.subtitle.as_deref(), Some("——某县推进产业扶贫工作纪实"));
    assert!(a.paragraphs[0].text.starts_with("去年以来"));
    assert_eq!(
        who(a),
        vec![("林海", Role::Author), ("石岩", Role::Photographer)]
    );
    let dropped: Vec<&str> = p.discarded.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(dropped, vec!["某某日报", "2018年5月6日  星期日", "02"]);
    assert_covered(MASTHEAD_AND_STACK, &p);
}

/// A short news story that stays open for the lines a test appends.
const OPEN_STORY: &str = "\
某镇修通产业路
本报讯(通讯员 赵敏)今年以来,某镇修建产业路五公里。
";

#[test]
fn subtitled_stack_opens_a_story_inside_an_open_one() {
    let text = format!(
        "{OPEN_STORY}产业兴旺\n某村:荒山变成花果山\n——记某村党支部书记\n他带领村民种下果树三千株。\n"
    );
    let text = text.as_str();
    let p = split(text);
    assert_eq!(
        titles(&p),
        vec![Some("某镇修通产业路"), Some("某村:荒山变成花果山")]
    );
    assert_eq!(p.articles[0].paragraphs.len(), 1);
    assert_covered(text, &p);
}

#[test]
fn headline_and_byline_without_a_story_are_discarded() {
    let text = "\
某县开展送医下乡活动
本报讯(记者 张明)近日,某县组织医生为群众义诊。
明日出版
□本报记者 孙甲
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某县开展送医下乡活动")]);
    let dropped: Vec<&str> = p.discarded.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(dropped, vec!["明日出版", "□本报记者 孙甲"]);
    assert_covered(text, &p);
}

#[test]
fn dotted_column_name_is_the_section() {
    let text = "\
乡村振兴·一线观察
某村:荒山变成花果山
□本报记者 苏木 实习记者 林泉
他带领村民种下果树三千株。
";
    let p = split(text);
    let a = &p.articles[0];
    assert_eq!(a.section.as_deref(), Some("乡村振兴·一线观察"));
    assert_eq!(a.kicker, None);
    assert_eq!(
        who(a),
        vec![("苏木", Role::Reporter), ("林泉", Role::Reporter)]
    );
}

#[test]
fn bracketed_web_chrome_is_navigation() {
    let text = "\
某县:扶贫车间开到家门口
时间:2020-06-12 09:30
近年来,某县建起扶贫车间。
【打印本页】【关闭窗口】
建议使用1024×768分辨率浏览
";
    let p = split(text);
    assert_eq!(p.articles.len(), 1);
    let reasons: Vec<DiscardReason> = p.discarded.iter().map(|d| d.reason).collect();
    assert_eq!(
        reasons,
        vec![DiscardReason::Navigation, DiscardReason::Boilerplate]
    );
}

#[test]
fn section_label_opening_a_story_takes_the_headline_under_it() {
    let text = "\
要闻
某县:产业路上奔小康
去年以来,某县把产业扶贫作为脱贫攻坚的重要抓手,新建茶叶
基地两万亩。
(文/林海)
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某县:产业路上奔小康")]);
    let a = &p.articles[0];
    assert_eq!(a.section.as_deref(), Some("要闻"));
    assert_eq!(a.paragraphs.len(), 1);
    assert!(a.paragraphs[0].text.ends_with("茶叶基地两万亩。"));
    assert_eq!(who(a), vec![("林海", Role::Author)]);
}

#[test]
fn feature_closing_on_its_photo_credit_keeps_its_last_paragraph() {
    let text = "\
某村:荒山变成花果山
□本报记者 苏木
他带领村民种下果树三千株。
如今,荒山变成了花果山,村民的腰包鼓了起来。
本报记者 林泉 摄
";
    let p = split(text);
    assert_eq!(p.articles.len(), 1, "{:#?}", p.articles);
    let a = &p.articles[0];
    assert_eq!(a.paragraphs.len(), 2);
    assert_eq!(
        who(a),
        vec![("苏木", Role::Reporter), ("林泉", Role::Photographer)]
    );
}

#[test]
fn credited_picture_caption_inside_a_running_story_belongs_to_it() {
    let text = "\
某县:扶贫车间开到家门口
□本报记者 苏木
近年来,某县建起扶贫车间三十个。
图为村民在扶贫车间务工。 苗青 摄
车间吸纳贫困群众就近就业。

某镇风光无限好。 林泉 摄
";
    let p = split(text);
    assert_eq!(p.articles.len(), 2, "{:#?}", p.articles);
    let a = &p.articles[0];
    assert_eq!(a.captions.len(), 1);
    assert_eq!(a.paragraphs.len(), 2);
    assert_eq!(
        who(a),
        vec![("苏木", Role::Reporter), ("苗青", Role::Photographer)]
    );
    assert_eq!(p.articles[1].kind, ArticleKind::Photo);
}

#[test]
fn masthead_under_the_dateline_is_page_header() {
    let text = "\
2019年6月18日 星期二
某某晚报
某镇修通产业路
本报讯(通讯员 赵敏)今年以来,某镇修建产业路五公里。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某镇修通产业路")]);
    assert_eq!(p.discarded.len(), 2);
    assert_eq!(p.discarded[1].text, "某某晚报");
    assert_eq!(p.discarded[1].reason, DiscardReason::Boilerplate);
}

#[test]
fn page_of_photo_news_with_headlines_and_an_uncredited_picture() {
    let text = "\
乡村振兴·图片新闻

甲镇:草编订单排满

9月1日,甲镇一家草编合作社里,村民在赶制订单。
通讯员 高甲 摄

乙乡:直播卖货

近日,乙乡电商站内,主播推介当地农产品,带动30户增收。
某县融媒体中心记者 钱乙 摄

丙村的蔬菜大棚里,菜农在采摘黄瓜。


9月3日,丁镇组织志愿者为老人义诊,服务群众80余人次。
记者 孙丙 摄

本版编辑:李丁
";
    let p = split(text);
    assert_eq!(
        titles(&p),
        vec![Some("甲镇:草编订单排满"), Some("乙乡:直播卖货"), None, None]
    );
    assert!(p.articles.iter().all(|a| a.kind == ArticleKind::Photo && a.paragraphs.is_empty()));
    assert_eq!(who(&p.articles[1]), vec![("钱乙", Role::Photographer)]);
    assert!(p.articles[2].contributors.is_empty());
    assert_eq!(p.articles[2].captions[0].text, "丙村的蔬菜大棚里,菜农在采摘黄瓜。");
    assert_eq!(discarded_as(&p, DiscardReason::Boilerplate), vec!["本版编辑:李丁"]);
}

#[test]
fn a_speech_signed_by_an_official_follows_a_story() {
    let text = "\
某镇修通产业路
本报讯(通讯员 赵敏)今年以来,某镇修建产业路五公里。

在全县工作推进会上的讲话(摘要)

(2022年6月10日)

某县委书记 林甲

同志们:

去年全县脱贫人口人均纯收入达到13650元。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某镇修通产业路"), Some("在全县工作推进会上的讲话(摘要)")]);
    let speech = &p.articles[1];
    assert_eq!(speech.subtitle.as_deref(), Some("(2022年6月10日)"));
    assert_eq!(who(speech), vec![("林甲", Role::Author)]);
    assert_eq!(speech.paragraphs.len(), 2);
}

#[test]
fn masthead_in_two_scripts_over_the_dateline_is_page_header() {
    let text = "\
某某日报
MOUMOU DAILY
2019年6月18日 星期二
某镇修通产业路
本报讯(通讯员 赵敏)今年以来,某镇修建产业路五公里。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某镇修通产业路")]);
    let dropped: Vec<&str> = p.discarded.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(dropped, vec!["某某日报", "MOUMOU DAILY", "2019年6月18日 星期二"]);
}

#[test]
fn picture_of_the_story_keeps_its_credit_line_in_the_story() {
    let text = "\
某镇修通产业路
本报讯(通讯员 赵敏)今年以来,某镇修建产业路五公里。
图为新修的产业路。
通讯员 钱多 摄影
群众运输农产品更方便了。
";
    let p = split(text);
    assert_eq!(p.articles.len(), 1, "{:#?}", p.articles);
    let a = &p.articles[0];
    assert_eq!(a.captions.len(), 1);
    assert_eq!(a.captions[0].photographers, vec!["钱多".to_string()]);
    assert_eq!(a.paragraphs.len(), 2);
}

#[test]
fn short_dash_items_under_a_subheading_stay_in_the_story() {
    let text =
        format!("{OPEN_STORY}三个坚持\n——坚持产业引领\n——坚持就业优先\n群众运输农产品更方便了。\n");
    let p = split(&text);
    assert_eq!(titles(&p), vec![Some("某镇修通产业路")]);
}

#[test]
fn headline_over_a_photo_item_is_its_title() {
    let text =
        format!("{OPEN_STORY}\n\n某村文化广场建成投用\n村民在新修的文化广场上跳舞。 钱多 摄\n");
    let p = split(&text);
    assert_eq!(
        titles(&p),
        vec![Some("某镇修通产业路"), Some("某村文化广场建成投用")]
    );
    assert_eq!(p.articles[1].kind, ArticleKind::Photo);
    assert_eq!(who(&p.articles[1]), vec![("钱多", Role::Photographer)]);
    let text = format!(
        "{OPEN_STORY}\n\n某村文化广场建成投用\n村民在新修的文化广场上跳舞。 钱多 摄\n广场建成后,村民有了活动的好去处。\n"
    );
    let p = split(&text);
    assert_eq!(
        p.articles[1].kind,
        ArticleKind::News,
        "text under the photo"
    );
    assert_eq!(p.articles[1].paragraphs.len(), 1);
}

#[test]
fn subheading_over_a_photo_inside_a_story_stays_in_the_story() {
    let text = format!(
        "{OPEN_STORY}某村文化广场建成投用\n村民在新修的文化广场上跳舞。 钱多 摄\n广场建成后,村民有了活动的好去处。\n"
    );
    let p = split(&text);
    assert_eq!(titles(&p), vec![Some("某镇修通产业路"), None]);
    let last = p.articles[0].paragraphs.last().map(|x| x.text.as_str());
    assert!(last.is_some_and(|t| t.ends_with("好去处。")));
}

#[test]
fn captions_open_with_their_day() {
    assert!(opens_with_day("8月6日,游人在湖边散步。"));
    assert!(opens_with_day("１０月１２日，农户采收辣椒。"));
    assert!(!opens_with_day("8月6日至7日,视察组开展视察。"));
    assert!(!opens_with_day("今年8月6日,游人在湖边散步。"));
}

/// The paragraphs of [`cut_by_picture`]'s story once the cut one is joined again.
const CUT_BY_PICTURE_JOINED: [&str; 2] = [
    "今年以来,某镇修建产业路五公里,群众运输农产品更方便了。",
    "下一段话。",
];

/// A paragraph cut by a column break, with the picture of the story printed between its halves.
fn cut_by_picture(picture: &str) -> String {
    format!(
        "某镇修通产业路\n本报讯(通讯员 赵敏)今年以来,某镇修建产业路五公里,群众运输\n{picture}\n农产品更方便了。\n下一段话。\n"
    )
}

#[test]
fn paragraph_runs_on_past_a_credited_picture_printed_inside_it() {
    for picture in [
        "村民在新修的产业路上运送苹果。\n记者 钱多 摄",
        "村民在新修的产业路上运送苹果。 记者 钱多 摄",
        "村民在新修的产业路上运送苹果。\n记者 钱多 摄\n3",
        "图为村民在新修的产业路上运送苹果。",
        "记者 钱多 摄",
    ] {
        let text = cut_by_picture(picture);
        let p = split(&text);
        assert_eq!(p.articles.len(), 1, "{picture}: {:#?}", p.articles);
        assert_eq!(paragraph_texts(&p), CUT_BY_PICTURE_JOINED, "{picture}");
        assert_eq!(
            who(&p.articles[0]).contains(&("钱多", Role::Photographer)),
            picture.contains('摄'),
            "{picture}"
        );
        assert_covered(&text, &p);
    }
}

#[test]
fn quote_holding_the_continuation_of_the_sentence_it_cuts_is_dropped() {
    let text = "\
某县织密监测网
本报讯(记者 甲乙)该县将各部门数据每月比对一次,对家庭年人均纯
“
对家庭年人均纯收入低于6000元的农户及时纳入预警范围
”
收入低于6000元的农户及时纳入预警范围。
下一段话。
";
    let p = split(text);
    assert_eq!(
        paragraph_texts(&p),
        vec![
            "该县将各部门数据每月比对一次,对家庭年人均纯收入低于6000元的农户及时纳入预警范围。",
            "下一段话。"
        ]
    );
    let quotes = discarded_as(&p, DiscardReason::PullQuote).concat();
    assert!(quotes.contains("对家庭年人均纯收入低于6000元的农户及时纳入预警范围"), "{quotes}");
    assert_covered(text, &p);
}

#[test]
fn menu_printed_one_item_a_line_is_navigation() {
    let text = "\
某县人民政府
首页
走进某县
政务公开
办事服务

某县:产业路修到村口
来源:县交通局 发布时间:2021-05-06 09:30
今年以来,某县修建产业路五公里,群众运输更方便。
";
    let p = split(text);
    assert_eq!(p.articles.len(), 1, "{:#?}", p.articles);
    assert_eq!(
        paragraph_texts(&p),
        vec!["今年以来,某县修建产业路五公里,群众运输更方便。"]
    );
    let nav = discarded_as(&p, DiscardReason::Navigation).concat();
    for item in ["首页", "走进某县", "政务公开", "办事服务"] {
        assert!(nav.contains(item), "{item}: {nav:?}");
    }
    assert_covered(text, &p);
}

#[test]
fn a_side_menu_under_the_breadcrumb_is_navigation() {
    let text = "\
您当前的位置：首页 > 政务公开 > 建议提案办理

政务公开
政府信息公开指南
政府信息公开制度
法定主动公开内容
依申请公开

关于县人大第47号建议的答复

发布时间：2024-06-18 16:32

您提出的建议收悉，现答复如下。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("关于县人大第47号建议的答复")], "{:#?}", p.articles);
    assert!(discarded_as(&p, DiscardReason::Navigation).concat().contains("政府信息公开指南"));
    assert_covered(text, &p);
}

#[test]
fn menu_items_are_short_bare_words() {
    assert!(furniture::is_menu_item("政务公开"));
    assert!(!furniture::is_menu_item("二、"));
    assert!(!furniture::is_menu_item("2021年"));
    assert!(!furniture::is_menu_item("信息公开目录索引"));
}

#[test]
fn dated_picture_printed_inside_a_cut_paragraph_is_a_photo_item() {
    for picture in [
        "5月3日,邻乡的茶农在茶园里采茶。 记者 钱多 摄",
        "5月3日,邻乡的茶农在茶园里采茶。\n记者 钱多 摄",
    ] {
        let text = cut_by_picture(picture);
        let p = split(&text);
        assert_eq!(p.articles.len(), 2, "{picture}: {:#?}", p.articles);
        assert_eq!(p.articles[1].kind, ArticleKind::Photo, "{picture}");
        assert!(
            p.articles[1].captions[0].text.starts_with("5月3日"),
            "{picture}"
        );
        assert!(
            !who(&p.articles[0]).contains(&("钱多", Role::Photographer)),
            "{picture}"
        );
        assert_eq!(paragraph_texts(&p), CUT_BY_PICTURE_JOINED, "{picture}");
        assert_covered(&text, &p);
    }
}

#[test]
fn finished_line_under_a_cut_paragraph_closing_the_story_stays_its_text() {
    // the credit closes the story: the line above it ends the cut paragraph
    let text = "\
某村:荒山变成花果山
□本报记者 苏木
他带领村民种下果树三千株,如今荒山
变成了花果山。
本报记者 林泉 摄
";
    let p = split(text);
    assert_eq!(
        paragraph_texts(&p),
        vec!["他带领村民种下果树三千株,如今荒山变成了花果山。"]
    );
}



#[test]
fn a_name_alone_signs_a_commentary_and_a_closing_bracket_keeps_the_page_role() {
    let text = "\
某镇修通产业路
本报讯(记者 周敏)今年以来,某镇修建产业路五公里,群众出行更方便。

短评
让监测网更灵敏
周敏

防止返贫,难在一个早字。监测网越灵敏,帮扶就越及时。

记者手记
路通了,心也通了
修路那几天,记者在工地上见到了许多返乡的年轻人。

(周敏)

某村开展义诊
本报讯 某村卫生室近日为老人义诊。

(吴桐)
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某镇修通产业路"), Some("让监测网更灵敏"), Some("路通了,心也通了"), Some("某村开展义诊")]);
    assert_eq!(who(&p.articles[1]), vec![("周敏", Role::Author)]);
    assert_eq!(p.articles[1].paragraphs.len(), 1, "the name is no paragraph");
    assert_eq!(who(&p.articles[2]), vec![("周敏", Role::Reporter)]);
    assert_eq!(who(&p.articles[3]), vec![("吴桐", Role::Author)]);
    assert_covered(text, &p);
}

#[test]
fn a_paragraph_cut_by_its_jump_line_ends_the_story_above_a_headline() {
    let text = "\
某县消费帮扶助农增收
本报讯(记者 周敏)今年以来,某县累计帮助农户销售农产品436吨,线上线下销售额(下转第四版)

某村枣农的甜蜜账
——某县红枣产业带动群众增收见闻
■ 记者 吴桐

初夏时节,走进某村,漫山的枣树已挂满青果。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某县消费帮扶助农增收"), Some("某村枣农的甜蜜账")]);
    assert_eq!(who(&p.articles[1]), vec![("吴桐", Role::Reporter)]);
    assert_covered(text, &p);
}

#[test]
fn a_byline_broken_after_its_bracket_signs_the_story() {
    let text = "\
某县开展小额信贷回头看
近日,某县对全县脱贫人口小额信贷开展回头看,逾期率控制在0.3%以内。(记
者 吴桐)

某村开展义诊
本报讯 某村卫生室近日为老人义诊。(单位
万元)
";
    let p = split(text);
    assert_eq!(who(&p.articles[0]), vec![("吴桐", Role::Reporter)]);
    assert_eq!(paragraph_texts(&p), vec!["近日,某县对全县脱贫人口小额信贷开展回头看,逾期率控制在0.3%以内。"]);
    assert!(p.articles[1].contributors.is_empty(), "a bracket of no byline stays text");
    assert_covered(text, &p);
}

#[test]
fn a_notice_printed_whole_opens_a_piece_after_a_story() {
    let text = "\
某市资金管理办法要点解读
第一条 明确资金来源。资金由市县两级财政安排。

第二条 明确使用范围。资金用于监测对象发展产业。

关于开展2024年度防止返贫集中排查工作的通知

各县(市、区)乡村振兴局:

为健全防止返贫动态监测机制,现就开展集中排查工作通知如下。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某市资金管理办法要点解读"), Some("关于开展2024年度防止返贫集中排查工作的通知")]);
    assert_eq!(p.articles[1].paragraphs.len(), 2);
    assert_covered(text, &p);
}

#[test]
fn a_boxed_quote_between_lone_marks_is_dropped_and_the_cut_paragraph_joined() {
    let text = "\
某县四个一批帮扶监测户
本报讯(记者 周敏)今年以来,某县通过产业带动一批、就业吸纳一批、兜底保障一批,推动监测户风险稳定消除。
该县为193户监测户发放临时救

“
通过产业带动一批、就业吸纳一批、
兜底保障一批,推动监测户风险稳定消除
”

助金47.6万元,监测对象住院费用报销比例达到89.3%。
";
    let p = split(text);
    assert_eq!(p.articles.len(), 1);
    assert!(paragraph_texts(&p).contains(&"该县为193户监测户发放临时救助金47.6万元,监测对象住院费用报销比例达到89.3%。"), "{:?}", paragraph_texts(&p));
    assert_eq!(discarded_as(&p, DiscardReason::PullQuote).len(), 1);
    assert_covered(text, &p);
}

#[test]
fn the_attribution_of_a_dropped_pull_quote_goes_with_it() {
    let text = "\
某县织密防返贫监测网
本报讯(记者 周敏)没有一户掉队,是我们必须完成的硬任务。该县网格员的手机里存着台账,哪家老人住院,点开就能
“没有一户掉队,是我们必须完成的硬任务。”
——县乡村振兴局局长 张国强

看到,有情况当天就报上去。
";
    let p = split(text);
    assert_eq!(p.articles.len(), 1);
    assert_eq!(discarded_as(&p, DiscardReason::PullQuote).len(), 2);
    assert!(paragraph_texts(&p).iter().any(|t| t.ends_with("点开就能看到,有情况当天就报上去。")), "{:?}", paragraph_texts(&p));
    assert_covered(text, &p);
}

#[test]
fn a_column_label_heads_a_brief_signed_at_its_end() {
    let text = "\
某市启动就业促进行动
本报讯(记者 周敏)近日,某市启动就业促进行动,毕业生就业率达到91.6%。

简讯

某县光伏电站去年收益1120万元
近日,记者从某县获悉,该县光伏电站去年收益1120万元。(记者 吴桐)
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某市启动就业促进行动"), Some("某县光伏电站去年收益1120万元")]);
    assert_eq!(p.articles[1].section.as_deref(), Some("简讯"));
    assert_eq!(who(&p.articles[1]), vec![("吴桐", Role::Reporter)]);
    assert_eq!(paragraph_texts(&p).len(), 1, "the label is no paragraph of the story above");
    assert_covered(text, &p);
}

#[test]
fn a_caption_opening_with_an_unnamed_day_stands_alone_inside_a_story() {
    let text = "\
某镇光伏板下长出致富经
本报讯(通讯员 周敏)走进某村,光伏板整齐铺满山坡,村集体经济
近日,在某村蔬菜基地,村民正在采收莲花白。
任宇 摄
收入全部超过10万元。
";
    let p = split(text);
    assert_eq!(p.articles.len(), 2, "{:?}", titles(&p));
    assert_eq!(p.articles[1].kind, ArticleKind::Photo);
    assert!(paragraph_texts(&p).iter().any(|t| t.contains("村集体经济收入全部超过10万元")), "{:?}", paragraph_texts(&p));
    assert_covered(text, &p);
}

#[test]
fn an_uncredited_caption_in_a_row_of_pictures_is_a_photo_item() {
    let text = "\
某区新建农村供水工程37处
本报讯(记者 王静)今年,某区新建改造农村供水工程37处,惠及3.8万农村人口。

图片新闻

某镇一家合作社内,工人正在分拣鸡蛋。(李卫 摄)

某镇农民在田间移栽线辣椒苗。今年该镇种植线辣椒3200亩。

某镇农民利用无人机为谷子喷洒叶面肥。  王敏 摄
";
    let p = split(text);
    let photos: Vec<&Article> = p.articles.iter().filter(|a| a.kind == ArticleKind::Photo).collect();
    assert_eq!(photos.len(), 3, "{:?}", titles(&p));
    assert_eq!(p.articles[0].paragraphs.len(), 1, "the uncredited caption is no part of the story");
    assert_covered(text, &p);
}

#[test]
fn a_subtitle_on_the_title_line_a_signed_commentary_and_a_numbered_notice() {
    let text = "\
政策问答
帮扶政策怎么享?——访某市乡村振兴局副局长郭某

问:哪些农户可以纳入监测对象?

答:家庭年人均纯收入低于监测范围的农户。

短评
帮扶要扶到点子上
　　■ 乔文

防止返贫,难在早,贵在准。

关于做好2024年度脱贫人口小额信贷工作的通知
某乡振发〔2024〕8号

各县(市、区)乡村振兴局:

为做好脱贫人口小额信贷工作,现就有关事项通知如下。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("帮扶政策怎么享?"), Some("帮扶要扶到点子上"), Some("关于做好2024年度脱贫人口小额信贷工作的通知")]);
    assert_eq!(p.articles[0].subtitle.as_deref(), Some("——访某市乡村振兴局副局长郭某"));
    assert_eq!(who(&p.articles[1]), vec![("乔文", Role::Author)]);
    assert_eq!(p.articles[2].subtitle.as_deref(), Some("某乡振发〔2024〕8号"));
    assert_covered(text, &p);
}

#[test]
fn a_bare_label_titles_its_rows_of_figures_and_its_afterword() {
    let text = "\
某县开展消防安全进农村活动
本报讯(记者 杜某)今年6月以来,某县检查农村场所260余家,督促整改隐患94处。

数读

28万人  全市脱贫劳动力务工规模
88.6%  住院费用综合报销比例

编后

一组数字,一份答卷。巩固成果,功夫在平时。(编者)
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某县开展消防安全进农村活动"), Some("数读"), Some("编后")]);
    assert_eq!(p.articles[1].paragraphs.len(), 2);
    assert_covered(text, &p);
}

#[test]
fn a_notice_title_ending_the_page_and_a_word_under_a_headline_are_read_safely() {
    // the title is the page's last line: nothing follows it to address
    let lone = "关于开展防返贫监测工作的通知";
    assert_covered(lone, &split(lone));
    let text = "\
某县金秋产业观摩
金秋

本报讯(记者 周敏)近日,某县组织产业观摩活动。
";
    let p = split(text);
    assert!(p.articles.iter().all(|a| a.contributors.iter().all(|c| c.name != "金秋")), "a word is no author");
    assert_covered(text, &p);
}

#[test]
fn a_section_label_over_a_continued_story_is_no_title() {
    let text = "\
某某日报
2024年6月12日 星期三 第2版
要闻·综合

(上接第一版)持续巩固两不愁三保障成果。2023年,全市共落实教育资助资金2.6亿元。

某县开展消防安全进农村活动

本报讯(记者 杜某)6月以来,某县检查农村场所260余家。
";
    let p = split(text);
    assert_eq!(p.articles[0].title, None);
    assert_eq!(p.articles[0].section.as_deref(), Some("要闻·综合"));
    assert_eq!(titles(&p)[1], Some("某县开展消防安全进农村活动"));
    assert_covered(text, &p);
}

#[test]
fn bulleted_links_after_a_story_are_navigation_and_bulleted_figures_are_not() {
    let text = "\
某县召开防返贫监测推进会
本报讯 近日,某县召开防返贫监测推进会,部署下一阶段工作。
· 某县2024年政府工作报告
· 某县2024年第一批公益性岗位招聘公告
· 关于开展防止返贫集中排查的通知
主办:某县人民政府办公室

数说某县
· 全县脱贫人口 3.2万人
· 新建高标准农田 8.6万亩
· 帮扶车间 46个
";
    let p = split(text);
    let nav = discarded_as(&p, DiscardReason::Navigation);
    assert_eq!(nav.len(), 3, "{nav:?}");
    assert!(nav.iter().all(|t| t.starts_with('·')));
    // bulleted items a sentence announces are the story's
    let listed = "某县召开推进会\n本报讯 近日,某县召开推进会。会议部署的重点工作主要包括:\n· 建立健全防返贫动态监测机制\n· 持续壮大特色产业\n· 抓好就业帮扶\n";
    assert!(discarded_as(&split(listed), DiscardReason::Navigation).is_empty());
    let kept: Vec<&str> = p.articles.iter().flat_map(|a| a.paragraphs.iter().map(|x| x.text.as_str())).collect();
    assert!(kept.iter().any(|t| t.contains("8.6万亩")), "{kept:?}");
    assert_covered(text, &p);
}

#[test]
fn a_row_of_pictures_credited_on_their_own_lines_leaves_the_cut_paragraph_whole() {
    let text = "\
某县公益岗稳住脱贫户收入
本报讯(通讯员 李某)今年,某县开发乡村公益性岗位2860个,实行县乡村三级管理,
近日,某村村民在采摘茶叶。
李军 摄
11月8日,某镇脐橙基地,果农在搬运脐橙。
周文斌 摄
某镇某村,农技人员在指导农户开展油菜直播。
欧阳立 摄

每月考勤考核,确保岗有人干。
";
    let p = split(text);
    let story = p.articles.iter().find(|a| a.title.as_deref() == Some("某县公益岗稳住脱贫户收入")).unwrap();
    let texts: Vec<&str> = story.paragraphs.iter().map(|x| x.text.as_str()).collect();
    assert!(texts.iter().any(|t| t.contains("三级管理,每月考勤考核")), "{texts:?}");
    assert!(texts.iter().all(|t| !t.contains("农技人员")), "{texts:?}");
    let photos = p.articles.iter().filter(|a| a.kind == ArticleKind::Photo).count();
    assert_eq!(photos, 3);
    assert_covered(text, &p);
}

#[test]
fn an_app_story_with_a_bracketed_byline_keeps_its_text_and_drops_comments_and_buttons() {
    let text = "\
某县茶叶产业带动群众增收

来源:某县融媒　　2023-10-16 09:42　　责编:甲乙

【记者 丙丁 通讯员 戊己 庚辛】金秋时节,某县茶园里茶农正抢抓晴好天气采摘秋茶。

▶ 视频|某县秋茶飘香　时长 02:16

今年全县茶园面积达到12万亩。

编辑:甲乙　审核:壬癸

点赞 268　　收藏　　举报

全部评论(2)
发表评论
茶客甲　10-16 10:21
家乡的茶越来越有名气了,为茶农点赞!
回复　点赞 36
茶客乙　10-16 11:05
就业帮扶车间还招人不?
回复　点赞 3
查看更多评论

24小时热榜
1　某县部署秋汛期防汛工作
2　某县发放学生资助资金
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某县茶叶产业带动群众增收")]);
    let a = &p.articles[0];
    assert_eq!(
        who(a),
        vec![("甲乙", Role::Editor), ("丙丁", Role::Reporter), ("戊己", Role::Correspondent), ("庚辛", Role::Correspondent), ("壬癸", Role::Editor)]
    );
    assert_eq!(paragraph_texts(&p), vec!["金秋时节,某县茶园里茶农正抢抓晴好天气采摘秋茶。", "今年全县茶园面积达到12万亩。"]);
    // a column named after the reporters' beat names no reporter
    let column = split("某县茶园见闻\n【记者走基层】金秋时节,某县茶园里茶农正采摘秋茶。\n");
    assert!(who(&column.articles[0]).is_empty(), "{:?}", who(&column.articles[0]));
    // a county site prints it in round brackets, full-width spaces between the words
    let site = split("某县黄桃搭上直播快车\n（记者　丙丁　通讯员　戊己）“家人们，黄桃刚摘下来！”7月24日晚，直播开播。\n");
    assert_eq!(who(&site.articles[0]), [("丙丁", Role::Reporter), ("戊己", Role::Correspondent)]);
    assert!(site.articles[0].paragraphs[0].text.starts_with("“家人们"));
    // an aside in brackets opening a paragraph is no byline
    let aside = split("某县黄桃丰收\n本报讯 今年黄桃丰收。\n（记者手记）走进桃园，满眼金黄。\n");
    assert_eq!(who(&aside.articles[0]).len(), 0, "{:?}", who(&aside.articles[0]));
    let nav = discarded_as(&p, DiscardReason::Navigation);
    for chrome in ["▶ 视频|某县秋茶飘香　时长 02:16", "点赞 268　　收藏　　举报", "全部评论(2)", "就业帮扶车间还招人不?", "回复　点赞 3", "查看更多评论", "24小时热榜", "2　某县发放学生资助资金"] {
        assert!(nav.contains(&chrome), "{chrome} kept: {nav:?}");
    }
    assert_covered(text, &p);
}

#[test]
fn a_column_label_and_its_headline_on_one_line_open_a_piece() {
    let text = "\
某县香菇产业带动群众就业
本报讯(记者 甲乙)某县香菇产业园带动周边群众就业1050人。
园区将新建出菇大棚200座。
【编后】让产业链再长一些
产业链每延长一环,群众就多一份收入。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某县香菇产业带动群众就业"), Some("让产业链再长一些")]);
    assert_eq!(p.articles[1].paragraphs[0].text, "产业链每延长一环,群众就多一份收入。");
    assert_covered(text, &p);
}

#[test]
fn photo_news_opening_with_the_source_mark_is_a_picture_of_its_own() {
    let text = "\
图片新闻
本报讯 11月3日,某县举办消费帮扶农特产品展销会,现场销售额达到46万元。图为市民在展销会上选购核桃。(甲乙 摄)
本报讯 日前,某县青年志愿者走进县敬老院,为60余位老人理发。(丙丁 摄)
短讯
某县肉牛存栏突破3.6万头
本报讯 今年以来,某县肉牛存栏达到36120头。(通讯员 戊己)
";
    let p = split(text);
    let photos: Vec<&Article> = p.articles.iter().filter(|a| a.kind == ArticleKind::Photo).collect();
    assert_eq!(photos.len(), 2, "{:?}", titles(&p));
    assert_eq!(who(photos[0]), vec![("甲乙", Role::Photographer)]);
    assert_eq!(who(photos[1]), vec![("丙丁", Role::Photographer)]);
    let brief = p.articles.iter().find(|a| a.title.as_deref() == Some("某县肉牛存栏突破3.6万头")).unwrap();
    assert_eq!(who(brief), vec![("戊己", Role::Correspondent)]);
    assert_covered(text, &p);
}

#[test]
fn a_short_quote_repeating_the_paragraph_beside_it_is_a_pull_quote() {
    let text = "\
某县香菇产业带动群众就业
本报讯(记者 甲乙)某县香菇产业园带动周边群众就业1050人。
“一个大棚就是一个‘小银行’”
“一个大棚就是一个‘小银行’。”大棚承包户张某说,他承包了4座大棚。
“我们的日子越过越好”
村民李某说,这几年村里变化很大。
";
    let p = split(text);
    assert_eq!(discarded_as(&p, DiscardReason::PullQuote), vec!["“一个大棚就是一个‘小银行’”"]);
    assert!(p.discarded.iter().all(|d| d.text != "“我们的日子越过越好”"), "a quote no paragraph beside repeats is kept");
    assert_covered(text, &p);
}

#[test]
fn pictures_over_a_headline_signed_by_their_photographers_belong_to_that_story() {
    let text = "\
某县召开春耕生产会议
本报讯(记者 庚辛)近日,某县召开春耕生产会议。

12月7日下午,某社区志愿者为老人打扫卫生。(记者 甲乙 摄)

图为某镇猕猴桃种植基地,果农正在为果树疏果。(本报记者 甲乙 摄)

图为某镇帮扶车间内,搬迁群众正在加工服装。(通讯员 丙丁 摄)

猛洞河畔绘新景
□本报记者 甲乙  通讯员 丙丁
近年来,某县依托猕猴桃产业带动群众增收。
";
    let p = split(text);
    let feature = p.articles.iter().find(|a| a.title.as_deref() == Some("猛洞河畔绘新景")).unwrap();
    assert_eq!(feature.captions.len(), 2, "{:?}", feature.captions);
    assert!(who(feature).contains(&("丙丁", Role::Photographer)));
    // the dated picture above them is news of its own
    let photos = p.articles.iter().filter(|a| a.kind == ArticleKind::Photo).count();
    assert_eq!(photos, 1);
    assert_covered(text, &p);
    // over a datelined story by the same reporter, a picture of something else stands alone
    let text = "\
某县召开春耕生产会议
本报讯(记者 庚辛)近日,某县召开春耕生产会议。

某镇开展义诊活动
本报讯(记者 壬癸)近日,某镇卫生院开展义诊活动。

图为某镇群众在文化广场上跳起欢快的舞蹈。(记者 甲乙 摄)

某县召开春耕生产动员会
本报讯(记者 甲乙)3月5日,某县召开春耕生产动员会,部署春耕备耕工作。
";
    let p = split(text);
    let meeting = p.articles.iter().find(|a| a.title.as_deref() == Some("某县召开春耕生产动员会")).unwrap();
    assert!(meeting.captions.is_empty(), "{:?}", meeting.captions);
}

#[test]
fn a_comment_button_or_label_over_story_text_takes_none_of_it() {
    let text = "\
某县2000余名脱贫群众喜领务工补贴
来源:某县融媒体中心　2023-10-16　我要评论
我要评论
10月15日,某县务工补贴集中发放仪式举行。
今年以来,全县共为2000余名脱贫群众发放务工补贴216.3万元。
评论区
县人社局负责人表示,将持续做好补贴发放工作。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某县2000余名脱贫群众喜领务工补贴")]);
    let kept = paragraph_texts(&p).join("");
    assert!(kept.contains("216.3万元") && kept.contains("补贴发放工作"), "{kept}");
    assert_covered(text, &p);
}

#[test]
fn lines_a_colon_announces_are_the_storys_text_not_headlines_or_signatures() {
    let text = "\
某县召开巩固衔接工作新闻发布会

发布会时间:2024年1月18日上午10:00
发布人:
县乡村振兴局局长　韦甲
县农业农村局副局长　蒙乙
县水务局副局长　石丙

主持人　潘丁:
各位媒体朋友,大家上午好!欢迎出席今天的新闻发布会。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某县召开巩固衔接工作新闻发布会")]);
    assert!(who(&p.articles[0]).is_empty(), "{:?}", who(&p.articles[0]));
    let texts = paragraph_texts(&p);
    assert!(texts.contains(&"县水务局副局长　石丙"), "{texts:?}");
    assert_covered(text, &p);
}

#[test]
fn a_table_printed_with_pipes_is_text_header_and_all() {
    let text = "\
某县一季度小额信贷贴息发放情况公示
乡镇 | 贷款户数 | 贷款余额(万元) | 贴息金额(万元)
甲镇 | 612 | 2783 | 27.9
乙乡 | 486 | 2205 | 22.1
网站地图 | 联系我们 | 隐私声明
";
    let p = split(text);
    let texts = paragraph_texts(&p);
    assert!(texts.contains(&"乡镇 | 贷款户数 | 贷款余额(万元) | 贴息金额(万元)"), "{texts:?}");
    assert!(texts.contains(&"甲镇 | 612 | 2783 | 27.9"), "{texts:?}");
    assert_eq!(discarded_as(&p, DiscardReason::Navigation), vec!["网站地图 | 联系我们 | 隐私声明"]);
    assert_covered(text, &p);
}

#[test]
fn a_kicker_ending_in_a_colon_and_a_sites_footer_of_pipes_keep_their_roles() {
    let text = "\
新春走基层：
山村里的年味浓了
——某县石门村见闻
本报记者 张明
腊月二十八,石门村家家户户忙着贴春联。

关于我们 | 联系我们 | 网站地图
版权所有:某县融媒体中心 | 黔ICP备12345678号-1 | 黔公网安备52000002000001号
";
    let p = split(text);
    // the kicker is the story's, without its colon; the byline and subtitle keep their roles
    let all: Vec<&str> = p.articles.iter().flat_map(|a| a.paragraphs.iter().map(|x| x.text.as_str())).collect();
    let story = &p.articles[0];
    assert_eq!(p.articles.len(), 1, "{:#?}", p.articles);
    assert_eq!(story.kicker.as_deref(), Some("新春走基层"));
    assert_eq!(story.title.as_deref(), Some("山村里的年味浓了"));
    assert_eq!(story.subtitle.as_deref(), Some("——某县石门村见闻"));
    assert_eq!(who(story), vec![("张明", Role::Reporter)]);
    assert!(all.iter().all(|t| !t.contains("本报记者") && !t.starts_with("——") && !t.contains('|')), "{all:?}");
    assert_covered(text, &p);
}

#[test]
fn a_message_boards_records_are_stories_titled_by_their_title_field() {
    let text = "\
留言编号：A001
留言标题：家里被纳入监测户后能享受哪些帮扶政策？
留言人：某镇网友
留言时间：2023-08-14 10:26:33
留言内容：
我家今年因病支出很大,想问问能享受哪些政策。
回复单位：某县乡村振兴局
回复时间：2023-08-18 16:02:11
回复内容：
您好！纳入监测后,镇村将为每户明确1名帮扶责任人。
满意度评价：○非常满意　○满意　○不满意
留言编号：A002
留言标题：乡道上砂石车超载,请求治理
留言人：某镇网友
留言内容：
村里的乡道上砂石车很多,孩子上学不安全。
回复内容：
交通部门已开展联合执法,查处超载车辆12辆。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("家里被纳入监测户后能享受哪些帮扶政策？"), Some("乡道上砂石车超载,请求治理")]);
    // the message and the reply are the story; the fields are the frame
    assert_eq!(p.articles[0].paragraphs.len(), 2, "{:#?}", p.articles[0].paragraphs);
    assert!(p.discarded.iter().any(|d| d.text == "留言人：某镇网友"));
    assert_covered(text, &p);
}

#[test]
fn a_journal_papers_running_heads_go_and_its_authors_and_front_matter_stand() {
    let text = "\
某某论坛　2024年第1期　　　　　　　　　　·调查研究·
某县防返贫监测机制运行的调查
——基于某县9个乡镇的问卷调查
张某某　李　某
作者单位：中共某县委党校
摘　要：文章以某县为样本,分析了监测机制的运行情况
关键词：防止返贫；动态监测
某县今年纳入监测对象412户,其中已消除风险的有286户,风险消除率
·46·　　　　　　　　　　　　　　某某论坛　2024年第1期
达到69.4%。
2024年第1期　　　　张某某，等：某县防返贫监测机制运行的调查　　　　·47·
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某县防返贫监测机制运行的调查")], "{:#?}", p.articles);
    let a = &p.articles[0];
    let names: Vec<&str> = a.contributors.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["张某某", "李某"]);
    // the field lines are paragraphs of their own; the running heads cut no paragraph
    assert!(a.paragraphs.iter().any(|p| p.text == "关键词：防止返贫；动态监测"), "{:#?}", a.paragraphs);
    assert!(a.paragraphs.iter().any(|p| p.text.ends_with("风险消除率达到69.4%。")), "{:#?}", a.paragraphs);
    assert_eq!(p.discarded.iter().filter(|d| d.reason == DiscardReason::PageNumber).count(), 3);
    assert_covered(text, &p);
}

#[test]
fn an_official_notice_after_an_unsigned_story_opens_with_its_title() {
    let text = "\
全市开展冬季安全生产大检查
本报讯 11月3日,全市启动冬季安全生产大检查,重点检查燃气和消防安全。
关于拟表彰2023年度全市巩固衔接工作先进集体和先进个人的公示
根据考核评价办法,经研究,拟对以下先进集体和先进个人予以表彰。
一、先进集体(2个)
某县乡村振兴局　某镇人民政府
";
    let p = split(text);
    assert_eq!(
        titles(&p),
        vec![Some("全市开展冬季安全生产大检查"), Some("关于拟表彰2023年度全市巩固衔接工作先进集体和先进个人的公示")]
    );
    assert_covered(text, &p);
}

#[test]
fn an_agency_issuing_a_picture_is_no_photographer() {
    let text = "某县黑茶产业兴旺\n本报讯 某县茶企订单饱满。\n\n\n11月2日,在某县一家黑茶企业,工人在整理茯砖茶。(新华社发　甲乙丙　摄)\n";
    let p = split(text);
    let names: Vec<&str> = p.articles.iter().flat_map(|a| &a.contributors).filter(|c| c.role == Role::Photographer).map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["甲乙丙"]);
}

#[test]
fn a_message_boards_texts_printed_after_their_labels_are_kept() {
    let text = "\
留言主题：村里的路什么时候修？
留言人：某村网友
留言内容：我们村到镇上的路坑坑洼洼,下雨天孩子上学很不方便,请问什么时候能修?
回复内容：您好!经核实,该路段已列入今年农村公路建设计划,将于10月底前完工。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("村里的路什么时候修？")], "{:#?}", p.articles);
    assert_eq!(p.articles[0].paragraphs.len(), 2, "{:#?}", p.articles[0].paragraphs);
    assert!(p.discarded.iter().any(|d| d.text == "留言主题："));
    assert_covered(text, &p);
}

#[test]
fn a_document_title_inside_a_running_story_or_repeating_its_own_opens_nothing() {
    // a story quoting the document it reports on a line of its own
    let text = "某县出台防返贫监测新政\n本报讯 近日,某县印发了一份文件:\n关于进一步做好防返贫动态监测和帮扶工作的通知\n该《通知》明确了监测范围。\n";
    assert_eq!(split(text).articles.len(), 1);
    // a field name that opens a sentence is no front matter
    let text = "某县产业兴旺\n本报讯 某县设立乡村振兴产业发展\n基金项目已全部落地,带动脱贫户增收。\n";
    let p = split(text);
    assert_eq!(p.articles[0].paragraphs.len(), 1, "{:#?}", p.articles[0].paragraphs);
}

#[test]
fn a_page_header_set_wide_by_runs_of_spaces_is_the_pages() {
    let text = format!(
        "某县报{}2024年12月20日  星期五\n第3版  乡村振兴{}责任编辑：甲乙丙  美编：丁戊\n\n某县召开专题会议\n\n本报讯 12月18日,某县召开巩固衔接专题会议。\n",
        " ".repeat(42),
        " ".repeat(37)
    );
    let p = split(&text);
    assert_eq!(titles(&p), vec![Some("某县召开专题会议")], "{:#?}", p.articles);
    assert_eq!(p.date.map(|d| d.to_string()).as_deref(), Some("2024-12-20"));
}

#[test]
fn a_profile_under_its_column_label_opens_after_a_comment() {
    let text = "\
编后
擂台赛比的是成绩,赛的是作风。
人物
返乡青年某某：小酱干做出大产业
【人物简介】某某,男,1988年出生,某县人。
走进某县某食品公司,卤香扑鼻。
";
    let p = split(text);
    assert_eq!(titles(&p).last().copied().flatten(), Some("返乡青年某某：小酱干做出大产业"), "{:#?}", p.articles);
}

#[test]
fn a_column_of_marked_briefs_from_places_is_one_piece_a_place() {
    let text = "\
简讯
●甲镇：近日,甲镇组织脱贫劳动力技能培训120人次。(通讯员 张丽)
●乙镇：今年以来,乙镇发放小额信贷1860万元。(通讯员 周杰)
●丙乡：12月上旬,丙乡景区接待游客2.3万人次。(通讯员 李慧)
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("甲镇"), Some("乙镇"), Some("丙乡")], "{:#?}", p.articles);
    assert!(p.articles.iter().all(|a| a.section.as_deref() == Some("简讯")));
    let names: Vec<&str> = p.articles.iter().map(|a| a.contributors[0].name.as_str()).collect();
    assert_eq!(names, ["张丽", "周杰", "李慧"]);
    assert_covered(text, &p);
}

#[test]
fn a_supplements_column_labels_open_pieces_inside_a_running_story() {
    let text = "\
村里修路

本报讯 村里用集体经济收益硬化产业路3.2公里。

村风民风持续向好。

帮扶明白卡

某县脱贫户帮扶明白卡

户主姓名：王某某

家庭人口：4人

就业信息

冬季岗位信息速递

为帮助脱贫劳动力就近就业，县人社局发布一批岗位信息。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("村里修路"), Some("某县脱贫户帮扶明白卡"), Some("冬季岗位信息速递")], "{:#?}", p.articles);
    assert_eq!(p.articles[1].section.as_deref(), Some("帮扶明白卡"));
    assert_covered(text, &p);
}

#[test]
fn a_sites_name_switches_and_ranked_links_are_chrome() {
    let text = "\
某县纪检监察网
设为首页 | 加入收藏 | 网站地图
首页 | 工作动态 | 监督曝光

某县通报三起典型问题

发布时间：2024-05-20 09:30　　来源：某县纪委监委

今年以来，某县查处群众身边不正之风问题12件。

热点排行

1　某县召开案件质量评查会

2　某县开展廉政谈话

3　持续深化以案促改　推动标本兼治
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某县通报三起典型问题")], "{:#?}", p.articles);
    assert_eq!(p.articles[0].paragraphs.len(), 1);
    assert_covered(text, &p);
    let text = "某县人民政府\n网站支持IPv6　　政府网站找错\n首页 | 走进某县 | 政务公开\n\n某县答复人大代表建议\n\n发布时间：2024-06-18\n\n您提出的建议收悉，现答复如下。\n";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某县答复人大代表建议")], "{:#?}", p.articles);
}

#[test]
fn a_boxs_last_figures_and_its_source_note_are_no_kicker_of_the_next_story() {
    let text = "\
【数说】2024年援藏这一年

■ 安排援藏资金6.42亿元

■ 选派援藏干部人才212名

■ 援建边境小康村配套项目31个

（数据来源：某工作队）

主城区冬季集中供暖启动

本报讯（记者 甲乙）11月15日起，主城区冬季集中供暖正式启动。
";
    let p = split(text);
    let heating = p.articles.iter().find(|a| a.title.as_deref() == Some("主城区冬季集中供暖启动")).expect("the story");
    assert_eq!(heating.kicker, None, "{:#?}", p.articles);
    let box_texts: Vec<&str> = p.articles[0].paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert!(box_texts.iter().any(|t| t.contains("212名")) && box_texts.iter().any(|t| t.contains("31个")), "{box_texts:?}");
    assert_covered(text, &p);
    // nor is the label printed under the box's last figure
    let text = "数读展销会\n\n126家\n参展企业\n\n2860万元\n签约金额\n\n摊位前的年味\n\n通讯员　甲乙\n\n今年62岁的老王是甲镇的脱贫户，家里种了8亩葛根。\n";
    let p = split(text);
    let stalls = p.articles.iter().find(|a| a.title.as_deref() == Some("摊位前的年味")).expect("the story");
    assert_eq!(stalls.kicker, None, "{:#?}", p.articles);
    assert!(p.articles[0].paragraphs.iter().any(|p| p.text == "签约金额"), "{:#?}", p.articles);
}

#[test]
fn captions_set_apart_on_a_page_of_tight_paragraphs_are_photo_items() {
    let text = "\
某县安置区里的幸福账
本报讯（记者 甲乙）以前住在半山腰，搬到安置区后，孩子上学近了。
安置区共安置搬迁群众1026户4318人。
全县共落实后续扶持资金8600万元。

图为甲镇乙村村民在油茶基地采摘油茶果。

图为评委组在丙镇丁村现场察看。

某县防返贫监测排查铺开
本报讯（通讯员 丙丁）12月以来，县里开展集中排查。
";
    let p = split(text);
    let photos: Vec<&str> = p.articles.iter().filter(|a| a.kind == ArticleKind::Photo).map(|a| a.captions[0].text.as_str()).collect();
    assert_eq!(photos.len(), 2, "{:#?}", p.articles);
    assert!(p.articles[0].captions.is_empty());
    assert_covered(text, &p);
}

#[test]
fn a_books_running_head_beside_its_page_numbers_is_furniture() {
    let text = "\
某县年鉴（2024）
186

乡村振兴

【概况】
2023年，某县巩固拓展脱贫攻坚成果，全年新识别监测对象213户。

某县年鉴（2024）
187

【产业帮扶】
全年安排衔接资金3.2亿元。

（县乡村振兴局　供稿　撰稿人：马某）
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("乡村振兴")], "{:#?}", p.articles);
    assert_eq!(discarded_as(&p, DiscardReason::PageNumber).len(), 4);
    assert_covered(text, &p);
}

#[test]
fn a_pdf_s_running_head_set_across_the_page_goes_with_its_first_printing() {
    // the head spaced across the page, printed over the first page with no number and beside
    // every later one; the document's numbered parts stay in the one document
    let head = "某县乡村振兴局　　　　　　　　　　　　　　　　　　　　2025年部门预算";
    let text = format!(
        "某县乡村振兴局2025年部门预算\n\n{head}\n\n第一部分　部门概况\n\n本部门核定编制22名，其中行政编制12名、事业编制10名，\n\n- 1 -\n\n{head}\n\n实有人员20名。\n\n- 2 -\n\n{head}\n\n第二部分　预算情况说明\n\n2025年收入预算2186.42万元。\n\n- 3 -\n\n{head}\n\n第三部分　名词解释\n\n一、财政拨款收入：指县级财政当年拨付的资金。\n\n- 4 -\n"
    );
    let p = split(&text);
    assert_eq!(titles(&p), vec![Some("某县乡村振兴局2025年部门预算")], "{:#?}", p.articles);
    let kept: Vec<&str> = p.articles[0].paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert!(!kept.iter().any(|t| t.contains("部门预算") && t.contains('　')), "{kept:#?}");
    // a report's head printed as the page's first line and once more beside a number
    let report = "某公司　　　　　　　　　　2024年社会责任报告\n\n乡村振兴篇\n\n公司订单收购黄果柑1.32万吨。\n\n40\n\n某公司　　　　　　　　　　2024年社会责任报告\n";
    let q = split(report);
    assert_eq!(titles(&q), vec![Some("乡村振兴篇")], "{:#?}", q.articles);
    assert_covered(report, &q);
    assert!(kept.contains(&"本部门核定编制22名，其中行政编制12名、事业编制10名，实有人员20名。"), "{kept:#?}");
    assert_covered(&text, &p);
}

#[test]
fn a_scanned_bulletins_frame_and_contents_are_furniture() {
    let text = "\
内部资料　注意保存

某县巩固拓展脱贫攻坚成果

工　作　简　报

第１５期

某县乡村振兴领导小组办公室　　２０２４年９月３０日
本期要目
◎县委书记调研防止返贫监测帮扶工作
◎全县防返贫集中排查取得阶段性成效
【领导调研】
县委书记调研防止返贫监测帮扶工作
　　９月２４日，县委书记深入乡镇调研防止返贫监测帮扶工作。
（县委办　供稿）
－１－
报：县委、县政府主要领导
送：市委农办
（共印３０份）
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("县委书记调研防止返贫监测帮扶工作")], "{:#?}", p.articles);
    // the compiler line in full-width figures dates the bulletin
    assert_eq!(p.date, Some(Date { year: 2024, month: 9, day: 30 }));
    assert_covered(text, &p);
}

#[test]
fn a_flush_headline_over_indented_paragraphs_opens_a_story() {
    let text = "\
县住建局推进农村住房安全保障
　　２０２４年，县住建局将农村低收入群体纳入住房安全保障范围，全年改造危房１２０户。
　　在改造过程中，县住建局坚持一户一策，确保改造质量和安全。
县水利局守护农村群众饮水安全
　　２０２４年，县水利局以农村供水工程为重点，新建改造供水工程３２处。
　　县水利局还建立县级专业维修队和乡镇管水员队伍，保障群众喝上放心水。
一、加强水源保护
　　县水利局划定水源保护区１８处，落实巡查管护责任。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("县住建局推进农村住房安全保障"), Some("县水利局守护农村群众饮水安全")], "{:#?}", p.articles);
    assert_covered(text, &p);
}

#[test]
fn a_headline_reading_like_a_supplements_masthead_is_kept_under_the_dateline() {
    let text = "某某日报\n2023年12月22日　星期五　　要闻　　第2版\n\n甲县召开会议\n本报讯 甲县召开会议部署工作。\n\n2023年12月22日　星期五\n今日冬至\n本报讯 今天是冬至，市民吃饺子。\n";
    let p = split(text);
    assert!(titles(&p).contains(&Some("今日冬至")), "{:#?}", titles(&p));
}

#[test]
fn on_a_news_page_a_headline_over_a_news_opening_heads_a_brief() {
    let text = "\
甲县召开调度会
本报讯（记者 甲乙）3月11日，甲县召开防返贫监测调度会。
会议要求各地守牢底线。

乙县春耕有序推进
本报讯（记者 丙丁）连日来，乙县抢抓农时开展春耕。
全县已备足种子1200吨。

丁县召开推进会
本报讯（记者 戊己）3月12日，丁县召开乡村振兴推进会。
会议部署全年重点工作。

丙县帮扶车间开到家门口
日前，在丙县某镇的帮扶车间里，工人们正忙着赶制订单。
全县建成帮扶车间57家。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("甲县召开调度会"), Some("乙县春耕有序推进"), Some("丁县召开推进会"), Some("丙县帮扶车间开到家门口")], "{:#?}", p.articles);
    assert_covered(text, &p);
}

#[test]
fn a_menu_row_a_ticker_and_an_index_box_are_a_site_s_chrome() {
    let text = "\
某镇人民政府
首页 | 镇情概况 | 政务公开 | 互动交流 | 招商引资
请输入关键字　搜索

网上办事大厅　　领导之窗　　镇长信箱　　依申请公开

【通知公告】某镇关于做好冬季防火工作的通告　　【通知公告】某镇医保缴费通知

当前位置：首页 > 政务公开 > 乡村振兴

索 引 号：0110/2023-00386　　主题分类：乡村振兴
发布机构：某镇人民政府　　成文日期：2023-12-06

关于某镇项目库入库项目的公示

各村（社区）：现将拟入库项目公示如下，公示期为7天。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("关于某镇项目库入库项目的公示")], "{:#?}", p.articles);
    let nav = discarded_as(&p, DiscardReason::Navigation);
    assert!(nav.contains(&"网上办事大厅　　领导之窗　　镇长信箱　　依申请公开"), "{nav:#?}");
    assert!(nav.iter().any(|t| t.starts_with("【通知公告】")), "{nav:#?}");
    let boiler = discarded_as(&p, DiscardReason::Boilerplate);
    assert!(boiler.iter().any(|t| t.starts_with("索 引 号")) && boiler.iter().any(|t| t.starts_with("发布机构")), "{boiler:#?}");
    assert_covered(text, &p);
    // a ticker of one notice running on into the site's buttons
    let one = text.replace("【通知公告】某镇医保缴费通知", "【领导信箱】　【在线访谈】　【意见征集】");
    let p = split(&one);
    assert_eq!(titles(&p), vec![Some("关于某镇项目库入库项目的公示")], "{:#?}", p.articles);
    assert!(discarded_as(&p, DiscardReason::Navigation).iter().any(|t| t.starts_with("【通知公告】")));
}

#[test]
fn a_long_site_name_a_department_s_label_and_the_index_box_s_title_are_chrome() {
    let text = "\
某某苗族土家族自治县人民政府
www.example.gov.cn
首页　　新闻中心　　政务公开　　政务服务
部门网站：某某苗族土家族自治县乡村振兴局
当前位置：首页 > 政务公开 > 政策文件

索　引　号：0110/2024-00086　　　主题分类：扶贫
标　　题：关于印发某县实施方案的通知
发文字号：某政办发〔2024〕27号

关于印发某县实施方案的通知

各乡镇人民政府：现将实施方案印发给你们，请认真贯彻落实。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("关于印发某县实施方案的通知")], "{:#?}", p.articles);
    let dropped: Vec<&str> = p.discarded.iter().map(|d| d.text.as_str()).collect();
    for line in ["某某苗族土家族自治县人民政府", "部门网站：某某苗族土家族自治县乡村振兴局", "标　　题：关于印发某县实施方案的通知"] {
        assert!(dropped.contains(&line), "{line}: {dropped:#?}");
    }
    assert_covered(text, &p);
    // a story may open on a field so named, away from any index box
    let p = split("标题：某村的新变化\n\n今年，某村新修道路3公里，群众出行更方便了。\n");
    assert!(p.discarded.is_empty(), "{:#?}", p.discarded);
}

#[test]
fn numbered_cases_are_stories_of_their_own_with_their_sources() {
    let text = "\
某县典型案例（第二批）

为推广各乡镇的好经验，现将第二批典型案例发布如下。

案例一：小红薯写出增收大文章

——甲村发展红薯产业助农增收

【基本情况】

甲村有脱贫户126户，去年种植红薯800亩。

（供稿：甲镇）

案例二：家门口的车间稳住饭碗

【基本情况】

乙镇建成帮扶车间3个，吸纳群众就业120人。

（供稿：乙镇）
";
    let p = split(text);
    assert_eq!(
        titles(&p),
        vec![Some("某县典型案例（第二批）"), Some("案例一：小红薯写出增收大文章"), Some("案例二：家门口的车间稳住饭碗")],
        "{:#?}",
        p.articles
    );
    assert_eq!(p.articles[1].subtitle.as_deref(), Some("——甲村发展红薯产业助农增收"));
    assert_eq!((p.articles[1].source.as_str(), p.articles[2].source.as_str()), ("甲镇", "乙镇"), "{:#?}", p.articles);
    assert_covered(text, &p);
    // one case alone, or cases out of order, are subheadings of the story
    let one = text.replace("案例二：家门口的车间稳住饭碗", "二是家门口的车间稳住饭碗");
    assert_eq!(split(&one).articles.len(), 2);
    // and a story telling its cases, neither named a page of cases nor signed case by case,
    // keeps them and its closing paragraph
    let story = "以案说法：惠民资金岂容伸手\n\n本报讯（记者　甲乙）近日，县纪委通报了两起典型问题。\n\n案例一：冒领低保金\n\n某村村民冒领低保金1.2万元。\n\n案例二：截留产业补贴\n\n某村会计截留补贴3.6万元。\n\n记者了解到，今年以来，全县共查处此类问题12起。\n";
    let p = split(story);
    assert_eq!(p.articles.len(), 1, "{:#?}", p.articles);
}

#[test]
fn a_spaced_headline_and_a_story_s_bracketed_label_are_no_chrome() {
    // a kicker set wide by single spaces, and a story opening on a bracketed label once
    let text = "\
搬得出　稳得住　能致富

某社区就业帮扶调查

【典型案例】某社区在安置点建起车间3个，吸纳搬迁群众就业120人。
";
    let p = split(text);
    assert_eq!(p.articles.len(), 1, "{:#?}", p.articles);
    assert!(p.discarded.is_empty(), "{:#?}", p.discarded);
}

#[test]
fn a_feature_keeps_its_subheadings_and_pictures_past_a_jump_and_boxes_stand_apart() {
    let text = "\
在家门口端稳饭碗

本报记者　甲乙

社区的广场上已经热闹起来，居民们陆续走进车间。

车间开到楼底下

在社区东侧，一排厂房格外醒目，车间里机器轰鸣。

6月13日，某社区服装车间内，群众正在赶制订单。本报记者　甲乙　摄

订单跟着技能走

“以前只会种地。”一位学员说，培训让她有了手艺。

合作社机械队的队员在工地上作业。本报记者　丙丁　摄

服务跟上心才安

并不是每个人都能进车间，社区为他们开发了公益岗位。

（下转第6版）

记者观察

稳岗，更要稳心

易地搬迁，“搬”是手段，“稳”才是目的。

（本报记者　丙丁）

（上接第1版）区老旧供水管网改造，项目总投资约3.6亿元。

管网漏损少了，水就省下来了。

链接

什么是就业帮扶车间

就业帮扶车间是指设在乡镇的生产车间，吸纳就业一般不少于20人。
";
    let p = split(text);
    let kinds: Vec<ArticleKind> = p.articles.iter().map(|a| a.kind).collect();
    assert_eq!(
        titles(&p),
        vec![Some("在家门口端稳饭碗"), None, None, Some("稳岗，更要稳心"), None, Some("什么是就业帮扶车间")],
        "{:#?}",
        p.articles
    );
    assert_eq!(kinds[1..3], [ArticleKind::Photo, ArticleKind::Photo]);
    // the subheadings under the pictures stay the feature's
    let story: Vec<&str> = paragraph_texts(&p);
    assert!(story.contains(&"订单跟着技能走") && story.contains(&"服务跟上心才安"), "{story:#?}");
    // a picture inside the feature is not the next story's, though its reporter took it
    assert_eq!(who(&p.articles[3]), vec![("丙丁", Role::Reporter)]);
    assert!(p.articles[4].paragraphs[0].text.contains("区老旧供水管网改造"));
    assert_eq!(p.articles[5].section.as_deref(), Some("链接"));
    assert_covered(text, &p);
}

#[test]
fn an_agency_s_commentary_and_a_titled_box_of_bullets_are_pieces_of_their_own() {
    let text = "\
某省日报

青海生态管护岗位带动脱贫群众增收

据新华社西宁6月18日电（记者 马某）青海省生态管护员岗位达到5万余个。

生态管护员大多是当地农牧民，熟悉山情。

新华时评

防止返贫，一刻也不能松懈

新华社记者 周某

脱贫摘帽不是终点，而是新生活的起点。

数说·2023年某省巩固脱贫成果

■全省脱贫人口人均纯收入14218元

■认定帮扶车间3176个
";
    let p = split(text);
    assert_eq!(
        titles(&p),
        vec![Some("青海生态管护岗位带动脱贫群众增收"), Some("防止返贫，一刻也不能松懈"), Some("数说·2023年某省巩固脱贫成果")],
        "{:#?}",
        p.articles
    );
    assert_eq!(who(&p.articles[1]), vec![("周某", Role::Reporter)]);
    assert_eq!(p.articles[2].paragraphs.len(), 2);
    assert_covered(text, &p);
}

#[test]
fn a_local_history_journal_s_frame_notes_and_period_heads() {
    let text = "\
某某史志　2021年第3期（总第58期）　　　　　　·党史研究·

从“苦瘠甲天下”到整县脱贫

——某县扶贫开发历程回顾

县委党史研究室　马某某

【摘要】某县曾是国家扶贫开发工作重点县。

【关键词】某县；扶贫开发

一、1986—1993年：以工代赈起步，着力解决温饱

1986年，县里成立扶贫开发领导小组，组织群众投工投劳修建乡村

〔注〕①“三西”，指国家专项扶持建设的地区。

·24·

党史研究·某县扶贫开发历程回顾

道路136公里。1988年，全县新修梯田2.1万亩，完成造林

·25·

党史研究·某县扶贫开发历程回顾

3万亩。

某某史志　2021年第3期

本刊讯（通讯员　杨某某）9月14日，县志评审会召开。
";
    let p = split(text);
    let story = &p.articles[0];
    assert_eq!(story.title.as_deref(), Some("从“苦瘠甲天下”到整县脱贫"), "{:#?}", p.articles);
    assert_eq!(who(story), vec![("马某某", Role::Author)]);
    let texts = paragraph_texts(&p);
    assert!(texts.contains(&"一、1986—1993年：以工代赈起步，着力解决温饱"), "{texts:#?}");
    assert!(texts.iter().any(|t| t.contains("修建乡村道路136公里。") && t.ends_with("完成造林3万亩。")), "{texts:#?}");
    assert!(texts.iter().any(|t| t.starts_with("【关键词】") && t.ends_with("扶贫开发")), "{texts:#?}");
    let folios = discarded_as(&p, DiscardReason::PageNumber);
    assert!(folios.contains(&"·24·") && folios.contains(&"某某史志　2021年第3期"), "{folios:#?}");
    assert_eq!(who(&p.articles[1]), vec![("杨某某", Role::Correspondent)]);
    assert_covered(text, &p);
}

#[test]
fn chrome_rules_leave_story_lines_table_headers_and_banners_alone() {
    let text = "\
首页 > 新闻中心 > 本地要闻

不忘初心　　牢记使命　　决战决胜　　脱贫攻坚

某县推进移风易俗

本报讯（记者 张明）今年以来，某县推进移风易俗。

【典型案例】甲村村民王某家办喜事，只摆了6桌酒席。　　【典型案例】乙村村民李某丧事简办，节省开支2万元。

服务对象：有贷款意愿的脱贫户和边缘易致贫户，均可申请。
";
    let p = split(text);
    let all: String = p.articles.iter().flat_map(|a| a.paragraphs.iter().map(|x| x.text.as_str())).collect();
    assert!(all.contains("节省开支2万元") && all.contains("服务对象"), "{:#?}", p.articles);
    assert!(!discarded_as(&p, DiscardReason::Navigation).iter().any(|t| t.contains("不忘初心")), "{:#?}", p.discarded);
    assert_covered(text, &p);
}

#[test]
fn short_rows_of_a_numbered_table_are_not_run_together() {
    let text = "\
某镇项目公示
序号\t项目名称\t实施地点\t建设内容\t资金（万元）\t备注
2\t乙村水渠修缮项目\t修缮水渠2公里\t80
3\t丙村产业项目\t75
";
    let p = split(text);
    let texts = paragraph_texts(&p);
    assert!(texts.iter().any(|t| t.starts_with("3\t丙村")), "{texts:#?}");
    assert_covered(text, &p);
}

#[test]
fn an_office_printed_over_its_notice_s_title_opens_the_notice_and_heads_its_title() {
    let text = "\
附件1

某县防止返贫动态监测对象信息采集表

（2023年度）

户主姓名：向某某　　家庭人口：5人

注：本表由村级信息员入户填写。

某某镇人民政府
关于进入森林防火紧要期的通告

为切实做好今冬明春森林防火工作，现将有关事项通告如下。

某某镇人民政府
2023年10月25日
";
    let p = split(text);
    assert_eq!(
        titles(&p),
        vec![Some("某县防止返贫动态监测对象信息采集表"), Some("某某镇人民政府关于进入森林防火紧要期的通告")],
        "{:#?}",
        p.articles
    );
    assert_eq!(p.articles[0].subtitle.as_deref(), Some("（2023年度）"));
    assert_covered(text, &p);
}

#[test]
fn a_photographed_board_s_stray_bars_and_notices_to_the_public() {
    let text = "\
丨某村2024年第二季度村务公开
本季度，村里修补道路坑槽1200平方米。
|4月26日 收机动地发包费 18,600.00
以上收支均已入账。
丨某村2023年度项目资产收益分配公示
全体村民：
2023年，本村项目资产收益共计86,900元。
丨关于做好汛期安全工作的温馨提示
广大村民朋友们：
当前已进入主汛期，请远离危险水域。
";
    let p = split(text);
    assert_eq!(
        titles(&p),
        vec![Some("某村2024年第二季度村务公开"), Some("某村2023年度项目资产收益分配公示"), Some("关于做好汛期安全工作的温馨提示")],
        "{:#?}",
        p.articles
    );
    assert!(paragraph_texts(&p).iter().any(|t| t.starts_with("4月26日")), "{:#?}", p.articles[0]);
    assert_covered(text, &p);
}

#[test]
fn notice_and_list_page_rules_leave_story_lines_alone() {
    let text = "\
某县拓宽群众增收渠道

本报讯（记者 张明）近日，某县召开会议。

【2024年5月24日】今年以来，全县多渠道拓宽群众收入来源，全县共有群众300人参加培训。

农技专家温馨提示

各位种植户：春耕时节要注意防寒。

共收集32条建议，每页印6条，当前已全部落实。

网格员每天用水印相机拍照打卡。
";
    let p = split(text);
    assert_eq!(p.articles.len(), 1, "{:#?}", p.articles);
    let all: String = p.articles[0].paragraphs.iter().map(|x| x.text.as_str()).collect();
    assert!(all.contains("全县共有群众300人") && all.contains("共收集32条建议") && all.contains("水印相机"), "{all}");
    assert_covered(text, &p);
}

#[test]
fn a_web_page_s_story_ends_at_its_next_story_links_and_a_diary_s_day_heads_its_entry() {
    let text = "\
某镇擂台赛评比结果公示

各村：现将评比结果公示如下，公示期为5天。

某镇擂台赛领导小组办公室

上一篇：某镇召开防汛工作部署会

驻村日记

第一书记日记｜茶园里算清“三笔账”

文/周某某

5月12日　晴

早上六点多，茶山上已经有人在采茶了。

5月13日　多云

今天去了三户茶农家。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某镇擂台赛评比结果公示"), Some("第一书记日记｜茶园里算清“三笔账”")], "{:#?}", p.articles);
    assert_eq!(who(&p.articles[1]), vec![("周某某", Role::Author)]);
    let diary: Vec<&str> = p.articles[1].paragraphs.iter().map(|x| x.text.as_str()).collect();
    assert_eq!(diary[0], "5月12日　晴", "{diary:#?}");
    assert_covered(text, &p);
}

#[test]
fn a_short_label_over_bulleted_figure_lines_is_a_box_of_its_own() {
    let text = "\
两地项目集中签约

本报讯（记者 甲乙）昨日，两地举行协作项目签约仪式，签约项目6个。

会上，两地负责人表示将深化合作。

协作成果

■ 共建协作产业园9个，落地企业64家

■ 组织农村劳动力到广东就业5.2万人

■ 社会各界捐款捐物折合资金1.15亿元
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("两地项目集中签约"), Some("协作成果")], "{:#?}", p.articles);
    assert_eq!(p.articles[1].paragraphs.len(), 3);
    // a subheading over bulleted measures with no figures stays the story's
    let text = "\
某县推进产业帮扶

本报讯（记者 甲乙）今年以来，某县多措并举推进产业帮扶。

主要做法

■ 强化组织领导

■ 完善利益联结

■ 加强技术服务
";
    assert_eq!(split(text).articles.len(), 1);
}

#[test]
fn a_microblog_timeline_is_one_story_a_post() {
    let text = "某县发布\nIP属地：某省\n关注 12　粉丝 3.1万　微博 820\n\n某县发布\n2小时前 来自 微博 weibo.com\n#某县天气# 【某县发布暴雨黄色预警】县气象台预计今晚有大雨。\n转发 8　评论 2　赞 31\n\n某县发布\n6月3日 18:22 来自 微博 weibo.com\n好物等你来！#消费帮扶# //@某县农业农村局：【某县山货亮相展销会】全县18家企业参展，销售额68.5万元。\n转发 3　评论 1　赞 9\n\n某县发布\n6月2日 09:30 来自 微博 weibo.com\n#乡村振兴# 【某县脱贫群众腰包更鼓】今年以来，全县脱贫人口务工就业2.1万人，较去年同期增加9…展开全文c\n收起全文d\n#乡村振兴# 【某县脱贫群众腰包更鼓】今年以来，全县脱贫人口务工就业2.1万人，较去年同期增加900人。\n全县脱贫人口人均纯收入增长13%。#某县乡村振兴#\n评论\n山里人：家乡越来越好了！\n查看全部3条评论 >\n可能感兴趣的人\n某市发布　　+关注\n";
    let p = split(text);
    assert_eq!(titles(&p), [Some("某县发布暴雨黄色预警"), Some("某县山货亮相展销会"), Some("某县脱贫群众腰包更鼓")]);
    let last = &p.articles[2];
    let texts: Vec<&str> = last.paragraphs.iter().map(|x| x.text.as_str()).collect();
    assert_eq!(texts, ["今年以来，全县脱贫人口务工就业2.1万人，较去年同期增加900人。", "全县脱贫人口人均纯收入增长13%。#某县乡村振兴#"]);
    let dropped: Vec<&str> = p.discarded.iter().map(|d| d.text.as_str()).collect();
    for chrome in ["IP属地：某省", "关注 12　粉丝 3.1万　微博 820", "#某县天气#", "好物等你来！#消费帮扶# //@某县农业农村局：", "收起全文d", "山里人：家乡越来越好了！", "某市发布　　+关注"] {
        assert!(dropped.contains(&chrome), "{chrome} not dropped: {dropped:?}");
    }
    assert!(dropped.iter().any(|d| d.ends_with("展开全文c")), "the folded copy");
    assert_covered(text, &p);
}

#[test]
fn a_post_stamp_is_a_time_and_an_app() {
    for stamp in ["2小时前 来自 微博 weibo.com", "6月3日 18:22 来自 iPhone客户端", "昨天 09:30 来自 微博 weibo.com", "刚刚 来自 微博视频号"] {
        assert!(byline::is_post_stamp(stamp), "{stamp}");
    }
    for text in ["6月3日，来自广东的客商来到村里。", "来自 微博", "18:22 来自"] {
        assert!(!byline::is_post_stamp(text), "{text}");
    }
    // a paragraph that closes on a topic is no post's frame
    assert!(is_post_frame("#乡村振兴# #某县好物#"));
    assert!(is_post_frame("好茶好米，等你来尝！#消费帮扶# //@某县农业农村局："));
    assert!(!is_post_frame("全县累计发放帮扶资金1.2亿元，惠及脱贫户3.2万户，做到应帮尽帮、应扶尽扶。#某县防返贫#"));
}

#[test]
fn a_speech_headed_by_its_dashed_occasion_is_a_story_of_its_own() {
    let text = "全县小额信贷余额达3亿元\n本报讯（记者 王某）全县脱贫人口小额信贷余额达3亿元。\n“我们将加大投放。”行长说。\n\n讲话摘要\n守牢底线　巩固脱贫成果\n——县委书记某某在全县推进会上的讲话（摘要）\n今年是过渡期的关键之年。全县上下要守牢底线。\n一要压实帮扶责任。\n";
    let p = split(text);
    assert_eq!(titles(&p), [Some("全县小额信贷余额达3亿元"), Some("守牢底线　巩固脱贫成果")]);
    assert_eq!(p.articles[1].section.as_deref(), Some("讲话摘要"));
    assert_eq!(p.articles[1].paragraphs[0].text, "今年是过渡期的关键之年。全县上下要守牢底线。");
    assert_covered(text, &p);
}

#[test]
fn a_weather_box_and_classified_notices_are_no_stories() {
    let text = "全县新建产业路\n本报讯（通讯员 李某）全县新建产业路18.6公里。\n\n天气预报\n\n7月3日　多云转小雨\n气温：18℃～27℃\n风力：西南风2～3级\n\n某县气象台　7月2日16时发布\n\n分类广告\n\n招租\n县城临街商铺一间，面积约120平方米，即日起对外公开招租。\n联系电话：0874-5121366\n\n遗失声明\n村民王某不慎遗失土地承包经营权证，声明作废。\n";
    let p = split(text);
    assert_eq!(titles(&p), [Some("全县新建产业路")]);
    assert_eq!(paragraph_texts(&p), ["全县新建产业路18.6公里。"]);
    let dropped: Vec<&str> = p.discarded.iter().map(|d| d.text.as_str()).collect();
    for line in ["天气预报", "气温：18℃～27℃", "某县气象台　7月2日16时发布", "分类广告", "招租", "遗失声明"] {
        assert!(dropped.contains(&line), "{line} not dropped: {dropped:?}");
    }
    assert_covered(text, &p);
    // a label over a sentence is no box: the forecast told in words stays text
    let p = split("防汛工作有序推进\n本报讯 全县做好防汛准备。\n天气预报\n县气象台预计，未来三天有中到大雨，局地暴雨。\n");
    assert!(p.articles.iter().flat_map(|a| &a.paragraphs).any(|x| x.text.contains("县气象台预计")), "{p:?}");
}

#[test]
fn a_table_printed_one_cell_per_line_keeps_each_cell_apart() {
    let text = "直播带货成交超百万元\n本报讯 直播专场成交订单1.38万单。\n附：部分产品销售情况\n产品\n规格\n价格（元）\n销量（单）\n黄桃（精品果）\n5斤/箱\n59.9\n3216\n白茶\n250克/罐\n168\n436\n温馨提示：店铺将持续营业至8月底。\n";
    let p = split(text);
    let texts = paragraph_texts(&p);
    // `168` is a cell, no folio; no two cells run together
    for cell in ["产品", "59.9", "3216", "白茶", "168", "436"] {
        assert!(texts.contains(&cell), "{cell} not a paragraph: {texts:?}");
    }
    assert!(p.discarded.is_empty(), "{:?}", p.discarded);
    assert_covered(text, &p);
}

#[test]
fn a_report_signed_at_its_foot_keeps_its_signer_and_the_pages_editor() {
    let text = "某村第一书记2023年度述职报告\n发布日期：2023-12-29　来源：某镇\n今年，全村开展技能培训4期，培训\n共2页：上一页　1　2　下一页\n132人次，其中27人取得证书。\n以上报告，恳请批评指正。\n述职人：丙丁\n某局驻某村第一书记\n2023年12月28日\n【责任编辑：戊己】\n";
    let p = split(text);
    assert_eq!(titles(&p), [Some("某村第一书记2023年度述职报告")]);
    let a = &p.articles[0];
    assert_eq!(who(a), [("丙丁", Role::Author), ("戊己", Role::Editor)]);
    // the pager a site cut the text at leaves one paragraph
    assert_eq!(paragraph_texts(&p)[0], "今年，全村开展技能培训4期，培训132人次，其中27人取得证书。");
    assert!(discarded_as(&p, DiscardReason::Navigation).contains(&"共2页：上一页　1　2　下一页"));
    assert_covered(text, &p);
}

#[test]
fn a_boards_ledger_and_payout_list_are_rows_not_a_paragraph_or_a_menu() {
    let text = "某村2024年第二季度村务公开\n现将本村财务收支情况公开如下：\n日期 摘要 收入（元） 支出（元） 余额（元）\n4月1日 上季度结转 86,412.50\n4月8日 收发电收益 23,760.00 110,172.50\n序号 户主姓名 所在屯 户类型 分配金额（元）\n1 王** 前进屯 监测户 1000\n2 李*山 前进屯 脱贫户 800\n排名　　村名　　产业　　总分\n1　　　甲村　　　　28.5　　　　92.5\n";
    let p = split(text);
    let texts = paragraph_texts(&p);
    for row in ["4月1日 上季度结转 86,412.50", "4月8日 收发电收益 23,760.00 110,172.50", "1 王** 前进屯 监测户 1000", "1　　　甲村　　　　28.5　　　　92.5"] {
        assert!(texts.contains(&row), "{row} not a row of its own: {texts:?}");
    }
    assert!(p.discarded.is_empty(), "{:?}", p.discarded);
    assert_covered(text, &p);
}

#[test]
fn a_sites_gallery_is_one_story_its_captions_its_text() {
    let text = "安置区帮扶车间开在家门口\n发布时间：2023-11-16 10:42　　来源：某县融媒体中心　　作者：丙丁\n摘要：走进安置区，楼下的帮扶车间里机器轰鸣。\n走进安置区，楼下的帮扶车间里机器轰鸣。安置区建成安置房1436套。\n1/3\n11月14日航拍的安置区。安置区共有安置楼32栋。（摄影：戊己）\n2/3\n1号车间吸纳搬迁群众就业186人，在5至10个工作日内推送不少于3个\n◀ 上一张　　下一张 ▶\n适合的岗位信息。\n庚辛 摄\n3/3\n搬迁户一家在新房里拉家常。（摄影：戊己）\n图片新闻排行\n1　某县召开推进会\n网友评论（0）\n发表评论　　昵称：　　验证码：　　提交\n";
    let p = split(text);
    assert_eq!(titles(&p), [Some("安置区帮扶车间开在家门口")]);
    let a = &p.articles[0];
    assert_eq!(a.kind, ArticleKind::News);
    let texts = paragraph_texts(&p);
    assert_eq!(texts[0], "走进安置区，楼下的帮扶车间里机器轰鸣。安置区建成安置房1436套。", "the abstract the text repeats is dropped");
    assert!(texts.iter().any(|t| t.contains("推送不少于3个适合的岗位信息")), "{texts:?}");
    assert!(texts.iter().any(|t| t.starts_with("11月14日航拍")), "a caption is the gallery's text: {texts:?}");
    assert!(who(a).contains(&("戊己", Role::Photographer)) && who(a).contains(&("庚辛", Role::Photographer)), "{:?}", who(a));
    let dropped: Vec<&str> = p.discarded.iter().map(|d| d.text.as_str()).collect();
    for chrome in ["1/3", "3/3", "◀ 上一张　　下一张 ▶", "图片新闻排行", "网友评论（0）"] {
        assert!(dropped.contains(&chrome), "{chrome} not dropped: {dropped:?}");
    }
    assert_covered(text, &p);
}

#[test]
fn the_frames_of_timelines_boards_and_boxes_leave_a_storys_own_lines_alone() {
    let body = |text: &str| -> Vec<String> { split(text).articles.iter().flat_map(|a| a.paragraphs.iter().map(|p| p.text.clone())).collect() };
    // a time and `来自` in a story's line is no post's stamp
    let t = body("古村迎客\n本报讯 古村历史简介上墙，一目了然。\n游客来了\n5月1日 09:30 来自广州的首批游客抵达村口\n游客们在古戏台前合影。\n");
    assert!(t.iter().any(|p| p.contains("来自广州的首批游客")) && t.iter().any(|p| p.contains("游客来了")), "{t:?}");
    // a subheading named like a label of notices keeps the story under it
    let t = body("便民服务进村\n本报讯 全县设立便民服务点38个。\n便民信息\n今年共办理事项2100余件。\n群众办事不出村。\n");
    assert!(t.iter().any(|p| p.contains("2100余件")), "{t:?}");
    // the next story's headline under an author's line is no signature's
    let p = split("村里新事\n本报讯 村里修了路。村民说。\n文/张三\n\n扎根山村的好书记\n本报讯 王某是村里的第一书记。\n");
    assert!(titles(&p).contains(&Some("扎根山村的好书记")), "{:?}", titles(&p));
    // a picture's credit in round brackets opening a caption is no byline of a story
    let p = split("车间里的忙碌\n本报讯 车间里一片忙碌。\n（记者 张三 摄）图为车间工人正在赶制订单。\n");
    assert_eq!(p.articles.len(), 1, "{:?}", titles(&p));
    // `——访…` under a subheading inside a story is no interview's headline
    let p = split("会议部署帮扶工作\n本报讯 会议指出，要加强帮扶。\n产业帮扶\n——访县农业农村局局长赵六\n赵六介绍，全县发展产业。\n");
    assert_eq!(p.articles.len(), 1, "{:?}", titles(&p));
    // a pager's numbers alone stay navigation
    let p = split("乡镇动态\n本报讯 全县召开会议。\n1 2 3 4 5 6 7 8\n");
    assert!(discarded_as(&p, DiscardReason::Navigation).contains(&"1 2 3 4 5 6 7 8"), "{:?}", p.discarded);
    // a story's lines on the weather are no forecast
    let t = body("山村秋色\n本报讯 山村景色宜人。\n天气\n雨后初晴\n云雾绕山\n游客纷至沓来。\n");
    assert!(t.iter().any(|p| p.contains("云雾绕山")), "{t:?}");
    // a paragraph closing on a topic is no post's frame on a page that is no timeline
    let t = body("好消息\n本报讯 全县脱贫户全部增收。好消息！#乡村振兴#\n# 下一步工作\n继续巩固成果。\n");
    assert!(t.iter().any(|p| p.contains("好消息！")), "{t:?}");
}

#[test]
fn minutes_keep_their_recorder_and_a_sites_running_head_is_dropped() {
    let text = "某乡人民政府　　　　　　　　　　政务公开·会议纪要\n\n秋收工作专题会议纪要\n时间：2023年10月16日上午\n记录：丙丁（党政综合办公室）\n10月16日上午，乡长主持召开专题会议，研究部署秋收工作。\n";
    let p = split(text);
    assert_eq!(titles(&p), [Some("秋收工作专题会议纪要")]);
    assert_eq!(who(&p.articles[0]), [("丙丁", Role::Author)]);
    assert!(discarded_as(&p, DiscardReason::PageNumber).contains(&"某乡人民政府　　　　　　　　　　政务公开·会议纪要"), "{:?}", p.discarded);
    assert_covered(text, &p);
}

#[test]
fn a_quotes_box_inside_a_cut_paragraph_is_dropped_whole_and_the_text_joins() {
    let text = "访谈实录\n石某：2023年，全县共发放交通补贴312万元。我们的目标就是让每一个有劳动能力的脱贫劳动力都有活干、有钱\n嘉宾观点\n“让每一个有劳动能力的脱贫劳动力都有活干、有钱赚。”\n——县人社局副局长 石某\n赚，只要您有就业需求，都可以随时联系我们。\n";
    let p = split(text);
    let texts = paragraph_texts(&p);
    assert!(texts.iter().any(|t| t.ends_with("都有活干、有钱赚，只要您有就业需求，都可以随时联系我们。")), "{texts:?}");
    let dropped = discarded_as(&p, DiscardReason::PullQuote);
    for line in ["嘉宾观点", "“让每一个有劳动能力的脱贫劳动力都有活干、有钱赚。”", "——县人社局副局长 石某"] {
        assert!(dropped.contains(&line), "{line} kept: {:?}", p.discarded);
    }
    assert_covered(text, &p);
}

#[test]
fn a_procurement_notice_after_a_closed_document_opens_a_piece() {
    let text = "专题会议纪要\n会议要求，各村要抓好落实。\n（此件公开发布）\n\n— 7 —\n\n政府采购/招标\n\n某乡2023年衔接资金道路提升项目中标结果公告\n\n一、项目编号：TQCG-2023-1026\n二、项目名称：某乡道路提升项目\n";
    let p = split(text);
    assert_eq!(titles(&p), [Some("专题会议纪要"), Some("某乡2023年衔接资金道路提升项目中标结果公告")]);
    assert_covered(text, &p);
}

#[test]
fn a_charts_title_printed_inside_a_cut_paragraph_waits_for_it() {
    let text = "全县调查结果发布\n\n受访户对饮水安全的满意度为96.1%。主要得益于全县实施供水工程提档升\n\n图1　2024年分项满意度（%）\n\n级，新建改造供水管网418公里。\n\n图2　各乡镇满意度\n\n下一步，县里将继续改善供水。\n";
    let p = split(text);
    let texts = paragraph_texts(&p);
    assert!(texts.contains(&"受访户对饮水安全的满意度为96.1%。主要得益于全县实施供水工程提档升级，新建改造供水管网418公里。"), "{texts:#?}");
    assert!(texts.contains(&"图1　2024年分项满意度（%）"), "{texts:#?}");
    // a chart's title between two finished paragraphs stays where it was printed
    let at = |t: &str| texts.iter().position(|x| *x == t);
    assert!(at("图2　各乡镇满意度") < at("下一步，县里将继续改善供水。"), "{texts:#?}");
    assert_covered(text, &p);
}

#[test]
fn a_digest_posts_frame_is_furniture_and_its_briefs_are_stories() {
    let text = "早间快讯｜早安，某旗！（9月12日）\n\n某旗融媒体中心　2024年09月12日 06:30　内蒙古\n\n今天是2024年9月12日　星期四\n农历甲辰年八月初十\n\n【今日天气】晴转多云，西南风3—4级，13℃～26℃。早晚温差较大。\n\n1.【某旗召开推进会】\n\n9月11日，某旗召开巩固拓展脱贫攻坚成果推进会。\n\n2.【交通补贴开始申领】\n\n即日起，脱贫劳动力可申领外出务工交通补贴。\n\n3.【直播带货助农增收】\n\n9月10日晚，某镇举办直播带货活动。\n";
    let p = split(text);
    assert_eq!(titles(&p), [Some("某旗召开推进会"), Some("交通补贴开始申领"), Some("直播带货助农增收")], "{:#?}", p.articles);
    let dropped: Vec<&str> = p.discarded.iter().map(|d| d.text.as_str()).collect();
    for line in ["早间快讯｜早安，某旗！（9月12日）", "农历甲辰年八月初十", "【今日天气】晴转多云，西南风3—4级，13℃～26℃。早晚温差较大。"] {
        assert!(dropped.contains(&line), "{line}: {dropped:#?}");
    }
    assert_covered(text, &p);
    // a story numbering its points so is one story
    let story = "某县多措并举稳就业\n\n今年以来，某县多措并举稳定就业。\n\n1.【加强组织领导】\n\n县里成立工作专班。\n\n2.【落实补贴政策】\n\n发放补贴120万元。\n\n3.【强化技能培训】\n\n培训群众800人次。\n";
    let p = split(story);
    assert_eq!(titles(&p), [Some("某县多措并举稳就业")], "{:#?}", p.articles);
    // a warning after a forecast's label, and a figure's line over a headline, are text
    let p = split("天气预报：未来三天我县最高气温将达39℃，各乡镇要做好防暑降温工作。\n");
    assert!(p.discarded.is_empty(), "{:#?}", p.discarded);
    let p = split("全县新增就业岗位1200个\n\n某县召开推进会\n\n9月11日，某县召开推进会。\n");
    assert!(p.discarded.iter().all(|d| !d.text.contains("1200")), "{:#?}", p.discarded);
    // a weather word in a story's sentence is no forecast
    let p = split("某县召开推进会\n\n今日天气晴好，气温25℃，群众忙着收玉米。\n");
    assert!(paragraph_texts(&p).iter().any(|t| t.starts_with("今日天气晴好")), "{:#?}", p.articles);
}

#[test]
fn a_video_accounts_posts_are_one_story_each() {
    let text = "视频号\n某县融媒\n某县融媒体中心官方账号　讲好某县故事\nIP属地：某省\n2.1万位朋友关注　　作品 530\n作品　　合集　　直播回放\n\n某县融媒\n2024年9月3日 19:02\n某村香菇喜获丰收 小香菇撑起致富伞\n#乡村振兴# 今年某村种植香菇80万袋，带动脱贫户56户增收。\n记者：甲乙丙　　编辑：丁戊\n字幕\n00:03　记者 甲乙丙：我现在是在某村的香菇大棚里。\n00:15　村民 己庚：我在这里务工，一个月能挣3000元。\n❤️ 356　　💬 12\n全部评论（12）\n山里人：家乡的香菇真好！\n展开更多评论\n\n某县融媒\n2024年9月1日 20:15\n某县开展技能培训 500名群众学技术\n#技能培训# 9月1日，某县举办技能培训班，培训群众500名。\n❤️ 88　　💬 3\n\n—— 没有更多了 ——\n";
    let p = split(text);
    assert_eq!(titles(&p), [Some("某村香菇喜获丰收 小香菇撑起致富伞"), Some("某县开展技能培训 500名群众学技术")]);
    let first: Vec<&str> = p.articles[0].paragraphs.iter().map(|x| x.text.as_str()).collect();
    assert!(first.iter().any(|t| t.starts_with("00:15")), "the transcript stays with its post: {first:?}");
    // each post's stamp is its time
    let times: Vec<Option<&str>> = p.articles.iter().map(|a| a.published_at.as_deref()).collect();
    assert_eq!(times, [Some("2024-09-03T19:02"), Some("2024-09-01T20:15")]);
    let dropped: Vec<&str> = p.discarded.iter().map(|d| d.text.as_str()).collect();
    for frame in ["视频号", "2.1万位朋友关注　　作品 530", "2024年9月3日 19:02", "字幕", "山里人：家乡的香菇真好！", "—— 没有更多了 ——"] {
        assert!(dropped.contains(&frame), "{frame} not dropped: {dropped:?}");
    }
    assert_covered(text, &p);
}

#[test]
fn a_page_in_english_is_kept_and_its_translations_dropped_only_beside_chinese() {
    let text = "County helps farmers\n\nThe county in the south of the province has helped 3,000 households grow tea this year.\nMore than 600 people now work in its tea factories and shops.\n";
    let p = split(text);
    assert!(p.discarded.iter().all(|d| d.reason != DiscardReason::Duplicate), "{:#?}", p.discarded);
    assert_covered(text, &p);
}

#[test]
fn a_bare_date_and_time_opens_no_post_without_an_account_over_it() {
    // a story's own dateline is no post stamp, nor is a lone stamp under a name
    let text = "某县召开会议\n2024年9月3日 19:02\n会议要求，全县要抓好秋收工作。\n";
    let p = split(text);
    assert_eq!(titles(&p), [Some("某县召开会议")]);
    // two stories signed by one newsroom under their headlines are no timeline
    let text = "某县召开秋收工作会议\n某县融媒体中心\n2024年9月3日 19:02\n9月3日，某县召开秋收工作会议。\n\n某县开展技能培训\n某县融媒体中心\n2024年9月4日 08:00\n9月4日，某县举办技能培训班。\n";
    let p = split(text);
    assert_eq!(titles(&p).first(), Some(&Some("某县召开秋收工作会议")), "{:#?}", p.articles);
    assert!(!p.discarded.iter().any(|d| d.text.contains("某县开展技能培训")), "{:#?}", p.discarded);
}

#[test]
fn a_journals_masthead_and_contents_go_and_its_essays_stand() {
    let text = "某某振兴\nMOUMOU ZHENXING\n\n2024年第9期　总第88期\n月刊　每月5日出版\n\n主管单位：某省农业农村厅\n编辑出版：《某某振兴》编辑部\n\n目　录\nCONTENTS\n\n卷首语\n让小茶叶做成大产业……………………………………1\n\n典型案例\n一片茶叶富了一村人……………………………………24\n——某村茶产业调查\n他山之石　　　　　　　　　　　　　　　　　　　　36\n\n某某振兴·2024年第9期\n\n卷首语\n\n让小茶叶做成大产业\n\n秋茶正当时，全省茶园面积达到560万亩。\n\n本刊执行主编　某某某\n\n1\n\n某某振兴·2024年第9期\n\n一片茶叶富了一村人\n\n□ 王小明　李红　赵大山\n\n【基本情况】\n\n某村现有茶园6800亩，其中有机茶园2600亩。\n\n（一）探索“三个一”模式\n\n2018年起，村党支部牵头探索“三个一”模式。\n\n24\n\n某某振兴·2024年第9期\n\n（作者单位：某县农业农村局）\n";
    let p = split(text);
    assert_eq!(titles(&p), [Some("让小茶叶做成大产业"), Some("一片茶叶富了一村人")], "{:#?}", p.articles);
    let names: Vec<&str> = p.articles[1].contributors.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["王小明", "李红", "赵大山"]);
    let dropped: Vec<&str> = p.discarded.iter().map(|d| d.text.as_str()).collect();
    for frame in ["MOUMOU ZHENXING", "2024年第9期　总第88期", "月刊　每月5日出版", "主管单位：某省农业农村厅", "目　录", "典型案例", "——某村茶产业调查", "他山之石　　　　　　　　　　　　　　　　　　　　36", "某某振兴·2024年第9期"] {
        assert!(dropped.contains(&frame), "{frame} not dropped: {dropped:?}");
    }
    assert_covered(text, &p);
}

#[test]
fn a_reports_bracketed_parts_head_its_text_and_open_no_piece() {
    let text = "某村茶叶富了一村人\n\n□ 王小明　李红　赵大山\n\n【基本情况】\n\n某村位于某县东部，全村有茶园6800亩。\n\n【主要做法】\n\n（一）探索“三个一”模式，把茶农组织起来\n\n2018年起，村党支部牵头探索“三个一”模式。\n\n【取得成效】\n\n全村茶叶综合产值增加到1.36亿元。\n";
    let p = split(text);
    assert_eq!(titles(&p), [Some("某村茶叶富了一村人")], "{:#?}", p.articles);
    let texts: Vec<&str> = p.articles[0].paragraphs.iter().map(|x| x.text.as_str()).collect();
    assert!(texts.contains(&"【主要做法】") && texts.contains(&"（一）探索“三个一”模式，把茶农组织起来"), "{texts:?}");
    assert!(super::headline::is_report_part("【经验启示】") && !super::headline::is_report_part("【记者手记】"));
    assert_covered(text, &p);
}

#[test]
fn a_box_of_figures_closing_on_a_label_is_not_cut_by_the_column_after_it() {
    let text = "某市召开会议\n\n本报讯　会议指出，全市脱贫人口人均纯收入达到13186元。\n\n数读政府工作报告\n\n13186元\n\n脱贫人口人均纯收入\n\n26万人以上\n\n脱贫劳动力务工规模\n\n短评\n\n让成绩单更有温度\n\n数字是最有说服力的语言。全市脱贫人口收入持续增长。\n\n成绩来之不易，守成更需担当。务工收入占比较高。\n\n报告中的每一个数字，最终都要落到群众的口袋里。（陈思远）\n";
    let p = split(text);
    assert_eq!(titles(&p), [Some("某市召开会议"), Some("数读政府工作报告"), Some("让成绩单更有温度")]);
    let column = &p.articles[2];
    assert_eq!(column.paragraphs.len(), 3, "{:#?}", column.paragraphs);
    assert_eq!(column.contributors.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(), ["陈思远"]);
    assert_eq!(p.articles[1].paragraphs.last().map(|x| x.text.as_str()), Some("脱贫劳动力务工规模"));
    assert_covered(text, &p);
}

#[test]
fn a_text_editions_briefs_under_bullets_and_brackets_are_stories_of_their_own() {
    let text = "\
某县手机报
第520期　　2024年5月8日　星期三
主办：中共某县县委宣传部　承办：某县融媒体中心
━━━━━━━━━━━━━━━━
【本期导读】
1.县政府常务会议研究部署冬季农业生产和农民增收工作
2.全县新建高标准农田3.2万亩
3.某镇茶叶开采上市
━━━━━━━━━━━━━━━━
【要闻】

●县政府常务会议研究部署冬季农业生产和农民增收工作
5月6日，县长某某主持召开县政府常务会议，研究部署冬季农业生产和农民增收等工作。会议要求抓好油菜种植。

●全县新建高标准农田3.2万亩
今年以来，全县新建高标准农田3.2万亩，完成投资4800万元。

—— 1/2 ——

【乡村振兴】

◆某镇茶叶开采上市
5月2日，某镇春茶开采活动举行，今年全镇茶园面积2.6万亩。

【民生】

【城区新增公交线路2条】
5月1日起，城区新增公交线路2条，全程18公里。

【天气】
今天：多云，12℃～22℃；明天：小雨，11℃～18℃。

—— 2/2 ——
━━━━━━━━━━━━━━━━
新闻热线：0000-1234567　投稿邮箱：abc@163.com
订阅请发送“MX”到10658000，资费：3元/月（不含通信费）
退订回复TD
";
    let p = split(text);
    assert_eq!(
        titles(&p),
        [Some("县政府常务会议研究部署冬季农业生产和农民增收工作"), Some("全县新建高标准农田3.2万亩"), Some("某镇茶叶开采上市"), Some("城区新增公交线路2条")],
        "{:#?}",
        p.articles
    );
    // the contents, the edition's page marks, the forecast and the foot are no text of a brief
    assert!(discarded_as(&p, DiscardReason::Navigation).contains(&"2.全县新建高标准农田3.2万亩"));
    assert_eq!(discarded_as(&p, DiscardReason::PageNumber), ["—— 1/2 ——", "—— 2/2 ——"]);
    let boiler = discarded_as(&p, DiscardReason::Boilerplate);
    for line in ["【天气】", "今天：多云，12℃～22℃；明天：小雨，11℃～18℃。", "退订回复TD", "新闻热线：0000-1234567　投稿邮箱：abc@163.com"] {
        assert!(boiler.contains(&line), "{line}: {boiler:?}");
    }
    assert_eq!(p.articles[3].paragraphs.len(), 1);
    // a column's label heads every brief under it, up to the next label
    let sections: Vec<Option<&str>> = p.articles.iter().map(|a| a.section.as_deref()).collect();
    assert_eq!(sections, [Some("要闻"), Some("要闻"), Some("乡村振兴"), Some("民生")]);
    // a label the page drops ends the column over it
    let text = "某县手机报\n第520期\n【乡村振兴】\n●某镇茶叶开采上市\n5月2日，某镇春茶开采。\n●某村香菇丰收\n5月3日，某村香菇丰收。\n【天气】\n今天：多云，12℃～22℃。\n●城区新增公交线路2条\n5月1日起，城区新增公交线路2条。\n";
    let p = split(text);
    let sections: Vec<Option<&str>> = p.articles.iter().map(|a| a.section.as_deref()).collect();
    assert_eq!(sections, [Some("乡村振兴"), Some("乡村振兴"), None], "{:#?}", p.articles);
    assert_covered(text, &p);
}

#[test]
fn a_features_bulleted_subheads_under_its_opening_stay_in_it() {
    let text = "\
某村产业兴旺见闻
本报讯（记者 王某）走进某村，茶园连片，游客如织。

◆茶叶产业带富一方
全村种植茶叶1200亩，带动农户300户增收。

◆乡村旅游引客来
今年以来，村里接待游客2万人次。
";
    let p = split(text);
    assert_eq!(titles(&p), [Some("某村产业兴旺见闻")], "{:#?}", p.articles);
    // nor those of a feature opening straight on them under its headline and byline
    let text = "某村产业兴旺见闻\n记者　王某　通讯员　李某\n\n◆茶叶产业带富一方\n全村种植茶叶1200亩，带动农户300户增收。\n\n◆乡村旅游引客来\n今年以来，村里接待游客2万人次。\n";
    let p = split(text);
    assert_eq!(titles(&p), [Some("某村产业兴旺见闻")], "{:#?}", p.articles);
    // nor is an author behind a bullet over an essay a headline
    let p = split("某某理论文章的标题\n■ 张某某　某市委党校\n乡村振兴是一篇大文章，要久久为功。\n");
    assert_eq!(who(&p.articles[0]), [("张某某", Role::Author)], "{:#?}", p.articles);
}

#[test]
fn a_tables_header_and_its_like_rows_in_wide_gaps_are_text() {
    let text = "\
各乡镇岗位分布如下：
序号  乡镇    岗位类别                    岗位数  工作地点                联系电话
1     甲镇    保洁、护绿、护路、水利      66      本镇所辖行政村（社区）  0558-6791016
2     乙镇    保洁、护绿、护路、水利      54      本镇所辖行政村（社区）  0558-6771102
3     丙镇    保洁、护绿、护路、水利      48      本镇所辖行政村（社区）  0558-6771103
";
    let p = split(text);
    assert!(p.discarded.is_empty(), "{:#?}", p.discarded);
    assert_eq!(p.articles[0].paragraphs.len(), 5);
}

#[test]
fn numbered_lines_of_a_list_are_paragraphs_of_their_own() {
    let p = split("某县年度十大新闻揭晓\n本报讯 某县年度十大新闻评选结果揭晓。\n入围新闻（排名不分先后）\n　　1．某县成功创建省级卫生县城\n　　2．全县新建高标准农田5.2万亩\n　　3．某乡获评省级民族团结进步示范乡\n");
    let texts: Vec<&str> = p.articles[0].paragraphs.iter().map(|x| x.text.as_str()).collect();
    assert_eq!(texts.len(), 5, "{texts:#?}");
    assert!(texts[3].starts_with("2．"), "{texts:#?}");
    // a numbered line after a piece cut in the middle of a word runs on
    let p = split("某县部署工作\n本报讯 会议要求，要重点抓好以下工作：第\n1．抓产业，第二抓就业。\n");
    assert_eq!(p.articles[0].paragraphs.len(), 1, "{:#?}", p.articles[0].paragraphs);
    // the rest of a figure a line cut opens with a digit after its point, and joins
    let p = split("某县投入资金\n本报讯 今年全县投入衔接资金1\n2．5亿元，用于产业发展。\n");
    assert_eq!(p.articles[0].paragraphs.len(), 1, "{:#?}", p.articles[0].paragraphs);
}

#[test]
fn a_sites_headline_over_its_document_reprinted_with_a_broken_title_heads_the_document() {
    let text = "\
某县人民政府
首页　　政务动态　　信息公开　　政务服务
当前位置：首页 > 政务动态 > 领导讲话

在全县巩固拓展脱贫攻坚成果工作会议上的讲话

发布时间：2024-03-15 16:40　　信息来源：中共某县县委办公室
附件下载：在全县巩固拓展脱贫攻坚成果工作会议上的讲话.pdf

在全县巩固拓展脱贫攻坚成果
工作会议上的讲话

中共某县县委书记　张某某
（2024年3月12日）

同志们：
　　今天，县委、县政府召开全县巩固拓展脱贫攻坚成果工作会议。
";
    let p = split(text);
    assert_eq!(titles(&p), [Some("在全县巩固拓展脱贫攻坚成果工作会议上的讲话")], "{:#?}", p.articles);
    let a = &p.articles[0];
    assert_eq!((a.kicker.as_deref(), a.published_at.as_deref()), (None, Some("2024-03-15T16:40")));
    assert_eq!(discarded_as(&p, DiscardReason::Duplicate), ["在全县巩固拓展脱贫攻坚成果", "工作会议上的讲话"]);
    assert!(discarded_as(&p, DiscardReason::Navigation).contains(&"附件下载：在全县巩固拓展脱贫攻坚成果工作会议上的讲话.pdf"));
    assert_covered(text, &p);
}

#[test]
fn a_companys_name_opening_its_site_is_its_masthead() {
    let text = "某某农村商业银行股份有限公司\nMoumou Rural Commercial Bank Co.,Ltd.\n设为首页　|　加入收藏　|　客服热线：96199\n首页　|　走进我行　|　新闻中心\n\n金融活水润乡村\n发布日期：2025-01-16　　来源：某某农商银行\n2024年，该行新发放脱贫人口小额信贷4682户。\n";
    let p = split(text);
    assert_eq!(titles(&p), [Some("金融活水润乡村")], "{:#?}", p.articles);
    assert!(discarded_as(&p, DiscardReason::Boilerplate).contains(&"某某农村商业银行股份有限公司"));
    assert_covered(text, &p);
    // a branch's name, and its brand and motto under it
    let text = "某某保险股份有限公司某县支公司\nABC某某保险　客户至上　服务为民\n设为首页　|　加入收藏　|　全国统一客服热线：95500\n首页　|　公司新闻　|　理赔服务\n\n保险托起山乡群众的幸福\n发布时间：2025-01-16　　来源：某县支公司\n2024年，该公司为全县1673户家庭赔付保险金742.6万元。\n";
    let p = split(text);
    assert_eq!(titles(&p), [Some("保险托起山乡群众的幸福")], "{:#?}", p.articles);
    assert!(discarded_as(&p, DiscardReason::Boilerplate).contains(&"ABC某某保险　客户至上　服务为民"));
    assert_covered(text, &p);
}

#[test]
fn a_first_level_head_with_a_comma_heads_the_text_under_it() {
    let text = "某县工作会议上的讲话\n同志们：\n　　一、肯定成绩、坚定信心，充分认清取得的阶段性成效\n　　2023年，全县上下坚持把巩固成果作为头等大事。\n";
    let p = split(text);
    let texts: Vec<&str> = p.articles[0].paragraphs.iter().map(|x| x.text.as_str()).collect();
    assert!(texts.iter().any(|t| t.starts_with("2023年")), "{texts:#?}");
}

#[test]
fn the_line_under_a_pictures_placeholder_is_its_caption_and_the_cut_paragraph_joins() {
    let text = "某县金融活水润乡村\n来源：某县农商银行　　发布时间：2025-01-16\n\n在某镇，该行为当地稻虾种养大户授信1.26亿元，帮助全镇稻虾共作面积\n\n[图片]\n图为该行客户经理在某镇稻虾基地走访种养户\n\n发展到3.2万亩，亩均纯收益超过2000元。\n";
    let p = split(text);
    assert_eq!(p.articles.len(), 1, "{:#?}", p.articles);
    let a = &p.articles[0];
    assert_eq!(a.paragraphs.len(), 1, "{:#?}", a.paragraphs);
    assert!(a.paragraphs[0].text.ends_with("发展到3.2万亩，亩均纯收益超过2000元。"));
    assert_eq!(a.captions.len(), 1);
    assert_covered(text, &p);
}

#[test]
fn a_file_pictures_caption_inside_a_cut_paragraph_is_the_storys() {
    let text = "某县交通建设提速\n本报讯 全年全县新改建农村公路326公里，\n\n某某旅游公路某县段。（资料图）\n\n实施危桥改造18座、安防工程415公里。\n";
    let p = split(text);
    let a = &p.articles[0];
    assert_eq!(a.paragraphs.len(), 1, "{:#?}", a.paragraphs);
    assert_eq!(a.captions.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(), ["某某旅游公路某县段。"]);
    assert_covered(text, &p);
}

#[test]
fn who_runs_a_site_beside_its_foot_is_boilerplate_and_an_events_credits_are_text() {
    let text = "某县丰收节开幕\n本报讯 9月23日，某县农民丰收节开幕。\n主办：某县人民政府　承办：某县农业农村局\n活动现场展销农产品200余种。\n网站地图　|　联系我们\n主办：某县人民政府办公室　　承办：某县数据资源管理局\n";
    let p = split(text);
    let kept: Vec<&str> = p.articles[0].paragraphs.iter().map(|x| x.text.as_str()).collect();
    assert!(kept.iter().any(|t| t.starts_with("主办：某县人民政府　")), "{kept:#?}");
    assert!(discarded_as(&p, DiscardReason::Boilerplate).contains(&"主办：某县人民政府办公室　　承办：某县数据资源管理局"));
}

#[test]
fn an_app_s_liked_comments_and_its_dialog_are_chrome() {
    let text = "\
某县发布致群众的一封信

全县父老乡亲们：防返贫监测申请不收取任何费用。

阅读 6128

精选留言

阿叶　甲镇
政策讲得很清楚，转发给亲戚看看
18

小符　乙镇
请问交通补贴去哪里申请？
6

作者
您好，可向乡镇社会保障服务中心申请。
4

知道了
";
    let p = split(text);
    assert_eq!(p.articles.len(), 1, "{:#?}", p.articles);
    let kept: Vec<&str> = p.articles[0].paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(kept, ["全县父老乡亲们：防返贫监测申请不收取任何费用。"]);
    assert_covered(text, &p);
    // each line of a comment a blank line apart, its likes counted after `赞`
    let text = "某县妇联\n\n巾帼工坊开到家门口\n\n今年以来，全县新建巾帼工坊12个。\n\n写留言\n\n留言\n\n阿叶　贵州\n\n给绣娘们点赞！\n\n赞 23\n\n小符　浙江\n\n什么时候能在网上买到？\n\n赞 9\n";
    let p = split(text);
    let kept: Vec<&str> = p.articles.iter().flat_map(|a| a.paragraphs.iter().map(|p| p.text.as_str())).collect();
    assert_eq!(kept, ["今年以来，全县新建巾帼工坊12个。"], "{:#?}", p.articles);
    assert_covered(text, &p);
}

#[test]
fn a_list_of_labelled_terms_keeps_an_entry_a_paragraph() {
    let text = "\
某县政策明白卡

【教育帮扶】
学前教育资助：每生每学年1000元
义务教育寄宿生生活补助：小学每生每学年1000元，初中每生每学年1250元
雨露计划：每生每学期1500元

各乡镇咨询电话
甲镇：0898-27722316
乙镇：0898-27711302

来源：某县防返贫办
编辑：甲乙
";
    let p = split(text);
    assert_eq!(p.articles.len(), 1, "{:#?}", p.articles);
    let kept: Vec<&str> = p.articles[0].paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert!(kept.contains(&"学前教育资助：每生每学年1000元") && kept.contains(&"雨露计划：每生每学期1500元"), "{kept:#?}");
    // the last phone entry is no kicker of anything under it
    assert!(kept.contains(&"乙镇：0898-27711302"), "{kept:#?}");
    assert_eq!(p.articles[0].kicker, None);
    // a wrapped sentence after an entry still runs on, and so do lines that report words said
    let p = split("某县新规\n\n产业奖补：每户每年不超过5000元，按照\n实际投入核定。\n");
    assert_eq!(p.articles[0].paragraphs.len(), 1, "{:#?}", p.articles[0].paragraphs);
    let p = split("某县召开会议\n\n会议指出：当前工作已进入关键阶段，县委书记\n张三在讲话中强调：要坚决扛起责任，确保如期完成\n各项目标任务。\n");
    assert_eq!(p.articles[0].paragraphs.len(), 1, "{:#?}", p.articles[0].paragraphs);
}

#[test]
fn an_office_signing_a_letter_takes_no_line_under_it_into_its_name() {
    let text = "\
致全县群众的一封信

父老乡亲们，让我们携起手来，勤劳致富。

某县防止返贫工作领导小组办公室
2024年4月18日

某县防止返贫监测帮扶政策明白卡（2024年版）

【兜底保障】
农村低保：保障标准每人每月650元
";
    let p = split(text);
    let texts: Vec<&str> = p.articles.iter().flat_map(|a| a.paragraphs.iter().map(|p| p.text.as_str())).collect();
    assert!(texts.contains(&"某县防止返贫工作领导小组办公室"), "{texts:#?}");
    assert_covered(text, &p);
}

#[test]
fn a_post_s_title_printed_again_over_its_text_is_dropped_once() {
    let text = "\
某县发布

致全县广大群众的一封信

[图片]
点击上方蓝字 关注我们

致全县广大群众的一封信

全县父老乡亲们：

防返贫监测申请不收取任何费用。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("致全县广大群众的一封信")], "{:#?}", p.articles);
    let kept: Vec<&str> = p.articles[0].paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert!(!kept.contains(&"致全县广大群众的一封信"), "{kept:#?}");
    assert_eq!(discarded_as(&p, DiscardReason::Duplicate), ["致全县广大群众的一封信"]);
    assert_covered(text, &p);
}

#[test]
fn a_table_s_title_saying_its_document_s_title_again_is_no_pull_quote() {
    let text = "\
关于某县2024年第三批衔接资金项目竣工验收情况的公告

各乡镇人民政府：现将验收情况公告如下。

某县2024年第三批衔接资金项目竣工验收情况

某县2024年第三批衔接资金项目竣工验收情况表

序号\t项目名称\t投资（万元）\t受益户数（户）
1\t甲村道路硬化项目\t196.00\t243
";
    let p = split(text);
    let kept: Vec<&str> = p.articles[0].paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert!(kept.contains(&"某县2024年第三批衔接资金项目竣工验收情况表"), "{kept:#?}");
    assert_covered(text, &p);
}

#[test]
fn a_related_story_printed_whole_under_its_label_is_a_story() {
    let text = "\
某县举行项目集中签约仪式

5月16日，某县举行项目集中签约仪式，12家企业与15个村现场签约。

相关阅读

2023年我县结对帮扶行动成效明显

2023年，我县深入实施结对帮扶行动，全县76家民营企业结对帮扶82个村，实施帮扶项目94个，带动脱贫户和监测户增收。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("某县举行项目集中签约仪式"), Some("2023年我县结对帮扶行动成效明显")], "{:#?}", p.articles);
    // links under the label stay links
    let links = "某县举行签约仪式\n\n5月16日，某县举行签约仪式。\n\n相关阅读\n\n某县召开春耕生产会\n\n某县开展春风行动\n";
    assert_eq!(split(links).articles.len(), 1);
    assert_covered(text, &p);
}

#[test]
fn a_short_sentence_set_into_a_cut_one_and_said_again_is_a_pull_quote() {
    let text = "\
某村的第一年

路修通那天，我和村民一起走了一遍。路通了，村里的日子就有了奔头。

去年，茶厂实现销售收入42万元，村集体经济收入由2022年的6万元增加

路通了，村里的日子就有了奔头。

到18.6万元。今年春茶季，茶厂收购鲜叶16吨。
";
    let p = split(text);
    assert_eq!(discarded_as(&p, DiscardReason::PullQuote), ["路通了，村里的日子就有了奔头。"], "{:#?}", p.articles);
    let kept: Vec<&str> = p.articles[0].paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert!(kept.iter().any(|t| t.contains("由2022年的6万元增加到18.6万元。")), "{kept:#?}");
    // the second half of a cut sentence, quoted elsewhere inside a sentence, stays
    let text = "某街道创平安\n\n该街道力争实现“零上访、零事故、零案件”的目标。今年以来，街道化解矛盾12起，最终实现\n\n“零上访、零事故、零案件”。\n\n该街道加强宣传，充分利用标语等工具。\n";
    assert!(discarded_as(&split(text), DiscardReason::PullQuote).is_empty());
    assert_covered(text, &split(text));
}

#[test]
fn a_village_page_keeps_its_fields_and_roster_whole() {
    // a field under a card, its name too long for a card's, closes as the card's fields do;
    // a roster's entries are lines of their own and head nothing
    let text = "某村\n\n村情简介\n\n所属镇：某镇\n总户数：486户\n脱贫户：162户548人\n人均可支配收入：2021年11860元；2022年12985元\n\n　　某村位于某镇东部，距县城约12公里。\n\n村两委班子\n\n党支部书记、村委会主任：王建军\n党支部副书记：李秋菊\n村委委员、监测信息员：赵新民\n\n　　村党支部现有党员43名，其中女党员9名。\n";
    let p = split(text);
    assert_eq!(p.articles.len(), 1, "{:#?}", p.articles);
    let texts: Vec<&str> = p.articles[0].paragraphs.iter().map(|x| x.text.as_str()).collect();
    for whole in ["人均可支配收入：2021年11860元；2022年12985元", "党支部书记、村委会主任：王建军", "村委委员、监测信息员：赵新民"] {
        assert!(texts.contains(&whole), "{whole} in {texts:#?}");
    }
    assert_covered(text, &p);
}

#[test]
fn a_flush_line_like_the_storys_own_subheadings_stays_in_the_story() {
    // a page indenting its paragraphs: a flush line over an indented one heads a story, unless
    // the open story printed subheadings of its length already
    let text = "某村\n更新时间：2023-12-06　　来源：某镇人民政府\n\n村情简介\n\n所属镇：某镇\n总户数：486户\n\n　　某村位于某镇东部丹江北岸，距县城约12公里，全村有农户486户。\n\n　　近年来，某村立足山地资源，逐步形成了核桃、香菇、葡萄三大产业。\n\n驻村工作队\n\n第一书记、队长：孙某某（某县财政局）\n\n　　2023年，驻村工作队走访农户1460户次，帮助群众解决问题37件。\n\n帮扶措施\n\n　　2023年，某村实施“四个一批”帮扶措施，落实率达到100%。\n\n　　1.发展产业带动一批。新栽植酿酒葡萄60亩，改造核桃园500亩。\n";
    let p = split(text);
    assert_eq!(titles(&p), [Some("某村")], "{:#?}", p.articles);
    assert_covered(text, &p);
}

#[test]
fn a_list_of_dated_news_opens_an_item_at_each_headline_over_its_date() {
    // a column label over items, each a headline, its date alone and its text
    let text = "村务动态\n\n某村召开收益分配大会\n2023-11-28\n　　11月27日，某村召开收益分配大会，向全村股民分红16.52万元。\n\n某村开展防止返贫集中排查\n2023-10-17\n　　10月以来，某村对全村486户农户逐户开展排查。（通讯员　刘某）\n";
    let p = split(text);
    assert_eq!(titles(&p), [Some("某村召开收益分配大会"), Some("某村开展防止返贫集中排查")], "{:#?}", p.articles);
    assert_covered(text, &p);
}

#[test]
fn a_cartoon_under_its_label_is_a_photo_item_credited_to_its_drawer() {
    let text = "搬出大山，更要融进新家\n\n□ 蓝某某\n\n　　搬迁群众住进了新房，后续扶持还要跟上。\n\n（作者单位：某县某乡人民政府）\n\n漫画\n\n“扶上马”还要“送一程”\n\n搬迁群众住进了新房，就业、教育等后续扶持还要跟上。\n\n作者：黄某某\n\n短评\n\n监测帮扶贵在一个“快”字\n\n□ 罗某\n\n　　防止返贫，贵在早发现、早帮扶。\n";
    let p = split(text);
    let cartoon = p.articles.iter().find(|a| a.title.as_deref() == Some("“扶上马”还要“送一程”")).expect("the cartoon is an item");
    assert_eq!((cartoon.kind, cartoon.section.as_deref()), (ArticleKind::Photo, Some("漫画")));
    assert_eq!(cartoon.contributors.iter().map(|c| (c.name.as_str(), c.role)).collect::<Vec<_>>(), [("黄某某", Role::Author)]);
    assert!(p.articles[0].contributors.iter().all(|c| c.name != "黄某某"), "the drawer signs no story");
    assert_covered(text, &p);
}

#[test]
fn a_sites_name_and_motto_over_its_menu_and_a_long_web_title_over_its_meta_line() {
    let text = "禾采 HECAI\n让好产地被看见\n首页　　关于禾采　　新闻中心　　社会责任　　商家入驻　　投资者关系\n新闻中心 > 公司新闻\n\n禾采发布2024年助农报告：全年农产品销售额386.2亿元　脱贫县农产品销售额增长21.6%\n2025-01-16　　来源：禾采\n分享至：微信　　微博　　QQ空间　　复制链接\n\n　　杭州，2025年1月16日——禾采今日发布助农工作报告。\n";
    let p = split(text);
    assert_eq!(titles(&p), [Some("禾采发布2024年助农报告：全年农产品销售额386.2亿元　脱贫县农产品销售额增长21.6%")], "{:#?}", p.articles);
    for furniture in ["禾采 HECAI", "让好产地被看见", "新闻中心 > 公司新闻", "分享至：微信　　微博　　QQ空间　　复制链接"] {
        assert!(p.discarded.iter().any(|d| &text[d.span.start..d.span.end] == furniture), "{furniture}");
    }
    assert_covered(text, &p);
    // a department's sub-site: the county's name over the department's, the day's weather and
    // a bar of reading modes between them and the menu
    let text = "某某自治州某县人民政府　部门子站\n某县农业农村局\n2025年3月4日　星期二　　某镇　晴　3℃～16℃\n【无障碍】　【长者模式】　【关怀版】\n网站首页　|　机构概况　|　工作动态　|　农技指导　|　惠农政策\n您现在的位置：首页 >> 农技指导\n\n某县春季马铃薯栽培技术要点\n\n发布时间：2025-03-04 10:15　　信息来源：县农技中心\n\n　　眼下正值春耕备耕关键时期，全县计划种植马铃薯17万亩。\n";
    let p = split(text);
    assert_eq!(titles(&p), [Some("某县春季马铃薯栽培技术要点")], "{:#?}", p.articles);
    assert_covered(text, &p);
}

#[test]
fn a_column_joined_to_a_web_title_by_a_pipe_and_reviewers_by_stage_credit_no_one() {
    let text = "某县融媒体中心\n某县融媒　www.example.cn\n首页 | 要闻 | 乡镇动态 | 电视问政\n当前位置：首页 > 电视问政 > 文字实录\n\n2024年第二期《电视问政》文字实录｜守牢防返贫底线\n\n来源：某县融媒体中心　　作者：融媒体记者　田某某\n\n　　5月30日晚，第二期《电视问政》录制播出。\n\n责任编辑：滕某某　　二审：向　东　　三审：梁某某\n";
    let p = split(text);
    assert_eq!(titles(&p), [Some("2024年第二期《电视问政》文字实录｜守牢防返贫底线")], "{:#?}", p.articles);
    let names: Vec<&str> = p.articles[0].contributors.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["田某某", "滕某某"]);
    assert_covered(text, &p);
}

#[test]
fn a_labelled_quote_box_set_into_a_cut_sentence_is_a_pull_quote() {
    let text = "问政实录\n\n　　评议员：这不是个别问题，而是典型的形式主义。车间的门锁着，群众的心就揪着。\n\n　　局长：全县现有冷库库容3.2万吨，今年底将提高\n\n【问政金句】\n车间的门锁着，群众的心就揪着。\n——评议员　李某某\n\n到4.7万吨。\n";
    let p = split(text);
    let texts = paragraph_texts(&p);
    assert!(texts.contains(&"局长：全县现有冷库库容3.2万吨，今年底将提高到4.7万吨。"), "{texts:#?}");
    let dropped = discarded_as(&p, DiscardReason::PullQuote);
    assert_eq!(dropped, ["【问政金句】", "车间的门锁着，群众的心就揪着。", "——评议员　李某某"]);
    assert_covered(text, &p);
}

#[test]
fn a_headline_of_a_label_and_a_name_a_diary_of_dated_entries_and_a_headline_over_a_trail_stand() {
    // one `label：name` line over a byline is a headline, not a roster's entry
    let text = "脱贫攻坚楷模：黄某某\n\n本报记者 张某\n\n　　黄某某是百坭村第一书记。\n";
    assert_eq!(titles(&split(text)), [Some("脱贫攻坚楷模：黄某某")]);
    // a diary's entries under their heads and dates are one story
    let text = "驻村日记\n2023-10-15\n　　我来到村里的第一天，走访农户12户。\n\n入户走访\n2023-10-17\n　　今天又走访了8户。\n\n帮扶落实\n2023-10-20\n　　今天落实帮扶措施3项。\n";
    assert_eq!(split(text).articles.len(), 1, "{:#?}", split(text).articles);
    // a page's headline over its trail is no site's name
    let text = "某县召开乡村振兴推进会\n当前位置：首页 > 新闻中心\n发布时间：2024-01-02　　来源：某县政府\n\n　　1月2日，某县召开推进会。\n";
    assert_eq!(titles(&split(text)), [Some("某县召开乡村振兴推进会")]);
}

#[test]
fn a_spreads_second_masthead_goes_and_its_glossary_box_stands_alone() {
    let text = "\
某县新闻
2025年3月6日　星期四
2
要闻

全县春耕生产有序推进

本报讯（记者　田某）眼下，全县春耕生产有序推进，已备足化肥1200吨、种子86吨，组织农技人员深入田间指导。
县农业农村局负责人介绍，今年全县计划种植粮食作物12万亩，比上年增加0.6万亩，落实衔接资金
（下转第3版）

某县新闻
2025年3月6日　星期四
3
要闻

（上接第2版）
2300万元支持产业发展，带动脱贫户增收。

■名词解释

衔接资金：即财政衔接推进乡村振兴补助资金。
监测对象：指有返贫致贫风险的农户。
";
    let p = split(text);
    assert_eq!(titles(&p), vec![Some("全县春耕生产有序推进"), Some("名词解释")]);
    // the story runs on over the second page's masthead into one paragraph
    assert!(p.articles[0].paragraphs.iter().any(|x| x.text.contains("落实衔接资金2300万元")), "{:?}", p.articles[0].paragraphs);
    assert!(p.discarded.iter().filter(|d| &text[d.span.start..d.span.end] == "某县新闻").count() == 2, "{:?}", p.discarded);
    assert_eq!(p.articles[1].paragraphs.len(), 2);
    assert_covered(text, &p);
}

#[test]
fn a_readers_letter_with_its_reporters_findings_and_the_offices_reply_is_one_story() {
    let text = "\
今日某县
2024年12月13日　星期五
3
民生·来信

聚焦群众“急难愁盼”

一封来信　一份答卷

　　编者按：群众来信，一头连着百姓冷暖，一头连着干部作风。今年以来，本报共收到读者来信386件。

通组路坑坑洼洼　拉李子的车进不来

编辑同志：
　　我是某镇新场村的村民。我们组到村委会的通组路有2.3公里，坑坑洼洼。
　　组里还有11户脱贫户，一家人全靠李子增收。
某县某镇新场村　王德明

记者调查

本报记者　韦　丽

　　12月5日，记者来到新场村。全县现有通组硬化路860公里。

部门回复

　　某县交通运输局：来信反映的问题属实，我局将会同某镇把该路段纳入明年计划，投资120万元。

天旱就停水　寨子里的自来水咋“断了顿”？

编辑同志：
　　我是某镇新寨村人，在浙江宁波打了9年工。村里蓄水池只有50立方米。
某县某镇新寨村　罗文忠

记者调查

本报记者　陆　炜

　　12月6日，记者在新寨村看到，蓄水池见底。

来信摘登

　　村里的路灯坏了3盏，希望尽快修好。
某乡场坝村　石美兰
　　希望多开展养殖技术培训，去年我养了20头牛。
某镇新友村　黎光荣
";
    let p = split(text);
    assert_eq!(
        titles(&p),
        [Some("一封来信　一份答卷"), Some("通组路坑坑洼洼　拉李子的车进不来"), Some("天旱就停水　寨子里的自来水咋“断了顿”？"), Some("来信摘登")],
        "{:#?}",
        p.articles
    );
    let credits = |k: usize| p.articles[k].contributors.iter().map(|c| (c.name.as_str(), c.role)).collect::<Vec<_>>();
    assert_eq!(credits(1), [("王德明", Role::Author), ("韦丽", Role::Reporter)]);
    assert_eq!(credits(3), [("石美兰", Role::Author), ("黎光荣", Role::Author)]);
    // the editor's note under the package's headline is its text
    assert!(p.articles[0].paragraphs[0].text.starts_with("编者按"), "{:?}", p.articles[0].paragraphs);
    assert!(p.articles[1].paragraphs.iter().any(|x| x.text.starts_with("某县交通运输局")));
    assert_covered(text, &p);
}

#[test]
fn a_letter_quoted_in_a_feature_and_a_sentence_over_a_page_number_stay_text() {
    // a family letter quoted inside a feature is the feature's
    let text = "一封家书里的脱贫故事\n本报记者　张某\n　　李大哥家曾是村里的贫困户。他的儿子在广东打工。\n　　去年，儿子寄回一封信。\n一封家书\n亲爱的爸爸妈妈：\n　　你们好！我在广东一切都好，每月能挣5000多元。\n　　如今，李大哥已经回乡创业，年收入20多万元。\n";
    let p = split(text);
    assert_eq!(titles(&p), [Some("一封家书里的脱贫故事")], "{:#?}", p.articles);
    // a story's sentence a blank line under a comment's likes, and the page number, are no comment
    let text = "某县举办招聘会\n　　今年以来，全县举办招聘会12场。\n\n评论\n\n阿叶　某镇\n\n政策讲得很清楚\n\n赞 23\n\n下一步，县人社局将继续举办专场招聘会。\n\n2\n";
    let p = split(text);
    let kept: Vec<&str> = p.articles.iter().flat_map(|a| a.paragraphs.iter().map(|x| x.text.as_str())).collect();
    assert!(kept.contains(&"下一步，县人社局将继续举办专场招聘会。"), "{kept:?}");
    assert_covered(text, &p);
}

#[test]
fn a_features_first_subhead_on_an_indenting_page_heads_a_part_not_a_story() {
    let text = "让专业的人干专业的事\n某县47个村请来“乡村CEO”\n——某县探索村庄职业经理人制度\n本报记者　叶某　通讯员　毛某\n\n　　三月的某县，山间茶园刚冒出新芽。\n　　乡村CEO，是当地人对村庄职业经理人的叫法。\n一个古村的“账本”\n　　独山村是一座古村落，村里保存着古民居68幢。\n　　2024年，独山村接待游客12.3万人次。\n";
    let p = split(text);
    assert_eq!(titles(&p), [Some("某县47个村请来“乡村CEO”")], "{:#?}", p.articles);
    assert_covered(text, &p);
}

#[test]
fn a_flush_part_head_right_under_a_web_storys_meta_line_keeps_the_story_its_title() {
    let text = "当前位置：首页 > 司法公开 > 白皮书\n\n某县人民法院服务乡村振兴司法白皮书（2022—2024）（摘要）\n\n发布时间：2025-02-26 10:30　　来源：某县人民法院\n\n前　言\n\n　　某县地处广西西北部，是革命老区县。\n\n　　2022年以来，某县人民法院共受理涉农案件1200件。\n\n一、基本情况\n\n　　（一）案件总体情况。三年来全院共受理各类案件10296件。\n\n　　从案件特点看，约76%的案件至少有一方当事人为农户。\n\n　　（二）涉农案件情况。三年来全院共受理涉农案件3218件。\n\n二、主要做法\n\n　　（一）把法庭搬到田间地头。全院开展巡回审判168场次。\n\n　　（二）深化法官进村活动。法官进村走访1260次。\n";
    let p = split(text);
    assert_eq!(titles(&p), [Some("某县人民法院服务乡村振兴司法白皮书（2022—2024）（摘要）")], "{:#?}", p.articles);
    assert_covered(text, &p);
}
