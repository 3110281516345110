package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Paragraphs from column lines: breaks by measure and indent, not by blank lines. */
class RejoinerTest {
  private static List<String> rejoin(String... lines) {
    SourceText src = new SourceText(String.join("\n", lines));
    return Rejoiner.rejoin(src, new ChangeLog()).stream().map(Unit::text).toList();
  }

  @Test
  void aSignedLastLineIsMeasuredWithoutItsSignature() {
    // the story's last paragraph is a first line (two ems short of the measure) followed by the
    // writer's name in brackets: the name widens the line past a first line's width, yet the
    // paragraph above ended with its full line and the last one starts a new paragraph
    assertThat(rejoin(
        "会议通报了本月生产经营情况，",
        "分析了当前面临的形势和任务，部署了",
        "下一阶段的重点工作和主要目标任务",
        "要求各单位狠抓落实，确保完成任务。",
        "",
        "目前，该项目已进入试运行。 （朱 春）"))
        .hasSize(2)
        .first().isEqualTo("会议通报了本月生产经营情况，分析了当前面临的形势和任务，部署了"
            + "下一阶段的重点工作和主要目标任务要求各单位狠抓落实，确保完成任务。");
  }

  @Test
  void columnBreaksAndSpuriousBlankLinesJoin() {
    assertThat(rejoin(
        "今年以来，车间开展技能培训活动，",
        "全体员工积极参与，学习热情高涨。",
        "",
        "培训内容涵盖设备操作和安全知识，",
        "效果明显。"))
        .containsExactly("今年以来，车间开展技能培训活动，全体员工积极参与，学习热情高涨。"
            + "培训内容涵盖设备操作和安全知识，效果明显。");
  }

  @Test
  void aDatelineLineSetApartRunsOnIntoItsSentence() {
    assertThat(rejoin(
        "凝 心 聚 力 打 造 暖 心 工 程",
        "",
        "晋铝讯（许洋伟） 2023 年以来，",
        "",
        "太岳矿业公司与华晋焦煤公司举行战略合",
        "作座谈会，双方就科技创新等方面深入",
        "交流。"))
        .containsExactly("凝 心 聚 力 打 造 暖 心 工 程",
            "晋铝讯（许洋伟）2023年以来，太岳矿业公司与华晋焦煤公司举行战略合作座谈会，"
                + "双方就科技创新等方面深入交流。");
  }

  @Test
  void aTitleUnderALongKickerBeforeTheNextArticleStandsAlone() {
    // the kicker is as wide as a first line of the column, but the title after it carries no
    // stop and the next article starts: it finishes no sentence, it is a headline line
    SourceText src = new SourceText(String.join("\n",
        "经试用，加热效果完全满足生产需求。",
        "此次改造不仅大大提升了加热效率，也",
        "为后续维修提供了便利。",
        "",
        "（王军）",
        "",
        "精细氧化铝事业部拟薄水铝石二工区",
        "",
        "创新改造稳定生产",
        "",
        "本报讯 进入四季度以来，原料车间举办了设备集中检修。"));
    List<Unit> units = Rejoiner.rejoin(src, new ChangeLog());
    assertThat(units).filteredOn(u -> u.text().startsWith("精细") || u.text().startsWith("创新"))
        .extracting(Unit::text, Unit::apart)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("精细氧化铝事业部拟薄水铝石二工区", true),
            org.assertj.core.groups.Tuple.tuple("创新改造稳定生产", true));
  }

  @Test
  void aShortMarkFreeLineAfterAKickerIsATitleNotTheEndOfASentence() {
    assertThat(rejoin(
        "此次改造不仅大大提升了加热效率，也",
        "为后续维修提供了便利。",
        "",
        "（王军）",
        "",
        "精细氧化铝事业部拟薄水铝石二工区",
        "",
        "创新改造稳定生产",
        "",
        "年初以来，运输部开展“安全生",
        "产月”活动，全体员工积极参与，效",
        "果明显。"))
        .containsSequence("精细氧化铝事业部拟薄水铝石二工区", "创新改造稳定生产",
            "年初以来，运输部开展“安全生产月”活动，全体员工积极参与，效果明显。");
  }

  @Test
  void linesNarrowedAroundAPictureAreMeasuredAgainstTheirOwnWidth() {
    // the narrowed run's last line is full against the run, not short against the column: the
    // sentence it ends runs on in the same paragraph below the picture
    assertThat(rejoin(
        "确保了遥控天车按期投运。谢彬永介绍说，这套系统投用后，",
        "数据采集由人工记录变为自动上传，准确率大幅提高。在",
        "会议中心，大家围",
        "坐在一起，结合工",
        "作实际谈体会、",
        "找差距、定措施。",
        "按照《绿色工厂建设方案》（人资字〔2023〕21号）要求，",
        "该车间落实“一岗双责”，加强冶炼过程控制。"))
        .containsExactly("确保了遥控天车按期投运。谢彬永介绍说，这套系统投用后，数据采集由人工记录变为自动上传，"
            + "准确率大幅提高。在会议中心，大家围坐在一起，结合工作实际谈体会、找差距、定措施。"
            + "按照《绿色工厂建设方案》（人资字〔2023〕21号）要求，该车间落实“一岗双责”，加强冶炼过程控制。");
  }

  @Test
  void aLineWiderThanEveryMarkFreeLineShowsTheMeasureWhenThoseAreAllFirstLines() {
    // every line without a final mark is an indented first line here; the lines whose text
    // alone is wider show the measure, against which the fourth line falls short
    assertThat(rejoin(
        "此次节能改造完成后，冶炼炉运行效率提高 18.7%，每年可",
        "节约成本 22 余万元。为了不影响生产，检修工作选在夜间进行，",
        "大家打着手电，一干就是 5 个小时。他们坚持每天召开班前会，",
        "讲风险、讲措施、讲要点，把安全提示送到每一名员工手中。",
        "",
        "该党支部优化工艺参数，应用 DCS 系统实时监控，党员的",
        "责任意识明显增强。",
        "",
        "通过此次技能竞赛，员工们增强了团队协作意识，为企业高",
        "质量发展打下了坚实基础。"))
        .containsExactly("此次节能改造完成后，冶炼炉运行效率提高18.7%，每年可节约成本22余万元。"
            + "为了不影响生产，检修工作选在夜间进行，大家打着手电，一干就是5个小时。"
            + "他们坚持每天召开班前会，讲风险、讲措施、讲要点，把安全提示送到每一名员工手中。",
            "该党支部优化工艺参数，应用DCS系统实时监控，党员的责任意识明显增强。",
            "通过此次技能竞赛，员工们增强了团队协作意识，为企业高质量发展打下了坚实基础。");
  }

  @Test
  void anEssayOfOneLineParagraphsNeverShowsItsFullMeasure() {
    // the widest line is a whole sentence after a stop: a one-line paragraph, indented, so the
    // measure is an indent wider and no line here is full
    assertThat(rejoin(
        " 每个人的心里，大概都有一处遥远的故乡。",
        "",
        "外婆把攒了很久的鸡蛋装进篮子，执意要我带上。",
        "",
        "那时候，一家人挤在小小的窑洞里，却从不觉得日子苦。",
        "",
        "这份温暖，将伴我走过今后的每一个深秋。"))
        .containsExactly("每个人的心里，大概都有一处遥远的故乡。", "外婆把攒了很久的鸡蛋装进篮子，执意要我带上。",
            "那时候，一家人挤在小小的窑洞里，却从不觉得日子苦。", "这份温暖，将伴我走过今后的每一个深秋。");
  }

  @Test
  void aShortLastLineOrAnIndentedFirstLineBreaks() {
    assertThat(rejoin(
        "今年以来，车间开展技能培训活动，全体",
        "员工积极参与。",
        "培训内容涵盖设备操作和安全知识，",
        "大家都说收获很大，效果也很明显，在",
        "车间里形成了学技术的好风气。",
        "下一步，车间将继续开展培训活动。",
        "争取人人都能成为技术能手，全体员工"))
        .containsExactly("今年以来，车间开展技能培训活动，全体员工积极参与。",
            "培训内容涵盖设备操作和安全知识，大家都说收获很大，效果也很明显，在车间里形成了学技术的好风气。",
            "下一步，车间将继续开展培训活动。争取人人都能成为技术能手，全体员工");
  }

  @Test
  void extractionSpacesGoAndLatinKeepsItsSpace() {
    assertThat(rejoin("会上，该公司引入 ISO 9001 质量管理体系，共有 25 名员工参加了",
        "培训，并学习了 Excel",
        "表格的使用方法。"))
        .containsExactly("会上，该公司引入ISO 9001质量管理体系，共有25名员工参加了培训，"
            + "并学习了Excel表格的使用方法。");
  }

  @Test
  void verseSetLineAfterLineStaysLineByLine() {
    assertThat(rejoin("踏遍青山人未老，", "塞上霜天雁影多。", "铁骨铮铮护晋阳，", "群山不语对斜阳。"))
        .containsExactly("踏遍青山人未老，", "塞上霜天雁影多。", "铁骨铮铮护晋阳，", "群山不语对斜阳。");
  }

  @Test
  void headlinesStandingApartStayApart() {
    assertThat(rejoin("今年以来，车间开展技能培训活动，全体员工", "积极参与。 （王 芳）", "", "铸造车间",
        "", "岗 位 练 兵 提 技 能", "", "本报讯 近日，二车间召开安全会议。"))
        .containsExactly("今年以来，车间开展技能培训活动，全体员工积极参与。（王 芳）", "铸造车间",
            "岗 位 练 兵 提 技 能", "本报讯 近日，二车间召开安全会议。");
  }

  @Test
  void anIsolatedFirstLineBeforeAFullLineIsNoHeadline() {
    // 16 wide = an indented first line of an 18-em column; the line after is a full one
    assertThat(rejoin(
        "今年以来，车间开展技能培训活动，全体",
        "员工积极参与。",
        "",
        "王辛成代表企业对中铝物资有限公司",
        "",
        "长期以来的大力支持表示感谢。他指出，",
        "中铝物资平台能够站在中铝股份整体发展",
        "大局，统筹协调各类物资供应。"))
        .containsExactly("今年以来，车间开展技能培训活动，全体员工积极参与。",
            "王辛成代表企业对中铝物资有限公司长期以来的大力支持表示感谢。他指出，"
                + "中铝物资平台能够站在中铝股份整体发展大局，统筹协调各类物资供应。");
  }

  @Test
  void aHeadlineBeforeAFirstLineStaysApart() {
    assertThat(rejoin(
        "今年以来，车间开展技能培训活动，全体",
        "员工积极参与。",
        "",
        "技能培训提升员工素质",
        "",
        "车间开展了技能比武活动，大家踊跃",
        "参加，现场气氛热烈，效果很好。"))
        .containsExactly("今年以来，车间开展技能培训活动，全体员工积极参与。", "技能培训提升员工素质",
            "车间开展了技能比武活动，大家踊跃参加，现场气氛热烈，效果很好。");
  }

  @Test
  void aShortTailAfterAFullLineOpenAtAPauseIsNoHeadline() {
    // the headline below is spaced out: its width says nothing of the column's measure
    assertThat(rejoin(
        "确认，优化工艺参数，经济效益显著。此次系",
        "统改造完成后，窑炉运行效率提高了，每年可",
        "节约成本。",
        "",
        "目前，该项目已进入试运行阶段，各参数，",
        "",
        "均达到设计要求。",
        "",
        "提 质 增 效 小 改 小 革 释 放 大 能 量"))
        .containsExactly(
            "确认，优化工艺参数，经济效益显著。此次系统改造完成后，窑炉运行效率提高了，每年可节约成本。",
            "目前，该项目已进入试运行阶段，各参数，均达到设计要求。",
            "提 质 增 效 小 改 小 革 释 放 大 能 量");
  }

  @Test
  void anIsolatedFirstLineShortByASwallowedSpaceStillOpensAParagraph() {
    // 15 wide in an 18-em column: the space before 号 was swallowed at the break
    assertThat(rejoin(
        "今年以来，车间开展技能培训活动，全体",
        "员工积极参与。",
        "",
        "按照管理办法（党委发〔2023〕12",
        "",
        "号）要求，该车间落实岗位责任，应用系",
        "统实时监控，生产平稳有序。"))
        .containsExactly("今年以来，车间开展技能培训活动，全体员工积极参与。",
            "按照管理办法（党委发〔2023〕12号）要求，该车间落实岗位责任，应用系统实时监控，生产平稳有序。");
  }

  // a 16-em column: the first line of each paragraph is 14 ems (the indent extraction dropped)
  private static final String[] FULL_STOP_AT_THE_MEASURE = {
      "今年以来，车间开展技能培训活",
      "动，全体员工积极参与，学习热情高",
      "涨，理论和实操考核全部合格。培训",
      "内容涵盖设备操作和安全知识等方面。"};

  private static String[] withTail(String... tail) {
    List<String> lines = new java.util.ArrayList<>(List.of(FULL_STOP_AT_THE_MEASURE));
    lines.addAll(List.of(tail));
    return lines.toArray(String[]::new);
  }

  @Test
  void aLineWiderThanAFirstLineContinuesAfterAFullStopAtTheMeasure() {
    // 全年共培训员工 320 人次，合格 is 14.5 ems: half an em wider than any first line can be
    assertThat(rejoin(withTail(
        "全年共培训员工 320 人次，合格",
        "率达到百分之百，效果十分明显。",
        "",
        "下一步，车间将继续开展培训。")))
        .containsExactly("今年以来，车间开展技能培训活动，全体员工积极参与，学习热情高涨，理论和实操"
            + "考核全部合格。培训内容涵盖设备操作和安全知识等方面。全年共培训员工320人次，"
            + "合格率达到百分之百，效果十分明显。", "下一步，车间将继续开展培训。");
  }

  @Test
  void aFirstLineWidthLineAfterAFullStopAtTheMeasureOpensAParagraph() {
    assertThat(rejoin(withTail(
        "全年培训员工三百二十人次，合",
        "格率达到百分之百，效果十分明显。")))
        .hasSize(2)
        .last().isEqualTo("全年培训员工三百二十人次，合格率达到百分之百，效果十分明显。");
  }

  @Test
  void aLastLineWithoutABlankLineEndsTheParagraphAboveIt() {
    // a one-line paragraph (at most a first line wide, 14 ems) and a paragraph's last line look
    // alike; most paragraphs are set apart by a blank line, so such a line without one is the
    // tail of the paragraph above
    assertThat(rejoin(withTail(
        "员工的操作技能得到明显提升。",
        "",
        "下一步，车间将继续开展培训。")))
        .hasSize(2)
        .first().asString().endsWith("等方面。员工的操作技能得到明显提升。");
    assertThat(rejoin(withTail(
        "",
        "员工的操作技能得到明显提升。",
        "",
        "下一步，车间将继续开展培训。")))
        .hasSize(3)
        .element(1).isEqualTo("员工的操作技能得到明显提升。");
  }

  @Test
  void aSentenceRunsOnAcrossABlankLineInANarrowColumn() {
    // a 10-em column: the line before the blank line leaves its sentence open and is prose (a
    // pause inside), so the short line set apart after it finishes that sentence; it is no
    // headline, however narrow the column
    assertThat(rejoin(
        "今年以来，车间开",
        "展技能培训，全体员工",
        "积极参与，学习热情高",
        "涨，考核全部合格。",
        "目前，该项目已进",
        "入试运行阶段，各项参",
        "",
        "数达到设计要求。",
        ""))
        .containsExactly("今年以来，车间开展技能培训，全体员工积极参与，学习热情高涨，考核全部合格。",
            "目前，该项目已进入试运行阶段，各项参数达到设计要求。");
  }

  @Test
  void aStopHangingAtANarrowedRunsMeasureEndsNoParagraph() {
    // a 20-em column narrowed to 12 ems around a picture for four lines: the second of them ends
    // a sentence at the narrow measure with its stop hanging past it (13 ems), and the lines
    // after it run on at the narrow measure, so the paragraph goes on
    assertThat(rejoin(
        "今年以来，车间开展技能培训活动，全体",
        "员工积极参与，学习热情高涨，理论和实操考",
        "核全部合格，培训内容涵盖",
        "设备操作和安全知识等方面。",
        "效果明显，员工的操作技能",
        "和安全意识都得到了明显的",
        "提升。下一步，车间将继续开展培训，做到",
        "人人过关。"))
        .containsExactly("今年以来，车间开展技能培训活动，全体员工积极参与，学习热情高涨，理论和实操考"
            + "核全部合格，培训内容涵盖设备操作和安全知识等方面。效果明显，员工的操作技能"
            + "和安全意识都得到了明显的提升。下一步，车间将继续开展培训，做到人人过关。");
  }

  @Test
  void aLineTheNextCharacterWouldHaveFittedOnEndsItsParagraph() {
    // a 16-em column of undamaged text (no space beside its marks): 涨，…合格了。 is 15 ems, so
    // 下 would have fitted after it; the column did not break there, the paragraph ended
    assertThat(rejoin(
        "今年以来，车间开展技能培训活",
        "动，全体员工积极参与，学习热情高",
        "涨，理论和实操考核全部合格了。",
        "下一步将继续开展培训。"))
        .containsExactly("今年以来，车间开展技能培训活动，全体员工积极参与，学习热情高涨，理论和实操"
            + "考核全部合格了。", "下一步将继续开展培训。");
  }

  @Test
  void aNumberThatDidNotFitLeavesTheLineFull() {
    // 涨，…效果很好。 is 14.5 ems: 2024 (two ems, a number does not break) did not fit after it,
    // so the line is full and the next one, wider than a first line, runs on
    assertThat(rejoin(
        "今年以来，车间开展技能培训活",
        "动，全体员工积极参与，学习热情高",
        "涨，合格率达到98%，效果很好。",
        "2024 年车间将继续开展技能培训，",
        "做到人人过关。"))
        .containsExactly("今年以来，车间开展技能培训活动，全体员工积极参与，学习热情高涨，合格率达到98%，"
            + "效果很好。2024年车间将继续开展技能培训，做到人人过关。");
  }

  @Test
  void aBylinesSpacesShowNoExtractionSpaceBesideThePoints() {
    // an 18-em column: the dateline's byline is printed with spaces around its brackets, yet the
    // text has no space beside its points, so none was swallowed after 格。 (17 ems) and 下
    // would have fitted there: the paragraph ended
    assertThat(rejoin(
        "本报讯 （杨 红）今年以来，车间开",
        "展技能培训活动，全体员工积极参与，学",
        "习热情高涨，理论和实操考核全合格。",
        "下一步将继续开展培训。"))
        .hasSize(2)
        .last().isEqualTo("下一步将继续开展培训。");
  }

  @Test
  void aLastLineAboveTheWritersNameEndsTheParagraphAboveIt() {
    // as above, with the writer's bracketed name closing the article right under the line
    assertThat(rejoin(withTail(
        "员工的操作技能得到明显提升。",
        "（王军）")).get(0))
        .endsWith("等方面。员工的操作技能得到明显提升。");
  }

  @Test
  void aFirstLineWidthLineIsFullWhenTheWordAfterItCouldNotFit() {
    // …，利用 is as wide as a first line (14 ems), but Excel (2.5 ems, a word does not break)
    // would not have fitted after it on the 16-em measure: the column broke it, not a paragraph
    assertThat(rejoin(withTail(
        "全年共培训员工三百人次，利用",
        "Excel 表格建立了培训台账。")))
        .hasSize(1);
  }

  @Test
  void afterABlankLineALineAWholeEmShortOfTheMeasureOpensAParagraph() {
    // 全年…合格率达 is 15 ems in a 16-em column: a full line would have taken one more
    // character, so after the blank line it is a first line, even a little wider than the
    // measure less the indent (which is only known to half an em)
    assertThat(rejoin(withTail(
        "",
        "全年培训员工三百人次，合格率达",
        "百分之百，效果十分明显。")))
        .hasSize(2)
        .last().isEqualTo("全年培训员工三百人次，合格率达百分之百，效果十分明显。");
  }

  @Test
  void aRunNarrowedRightUnderAFirstLineIsMeasuredOnItsOwn() {
    // a 16-em column narrowed to 11 ems under its first line (14 ems, itself indented): the
    // run is told against that line, three ems wider, and a stop at the run's full width goes on
    assertThat(rejoin(
        "今年以来，车间开展了技能培训",
        "活动，全体员工积极参与",
        "学习热情高涨考核合格。",
        "培训内容涵盖设备操作和",
        "安全知识等多个方面，效",
        "果十分明显。"))
        .containsExactly("今年以来，车间开展了技能培训活动，全体员工积极参与学习热情高涨考核合格。"
            + "培训内容涵盖设备操作和安全知识等多个方面，效果十分明显。");
  }

  @Test
  void aFirstLineShortenedByANumberCarriedOverOpensAParagraph() {
    // 车间…达到 is 13 ems, narrower than a 14-em first line, and leaves its sentence open, so it
    // ends no paragraph; 12000 (2.5 ems) would have fitted after it on a full 16-em line, so it
    // is no full line either: it is a first line whose number did not fit
    assertThat(rejoin(withTail(
        "车间全年共培训员工人次达到",
        "12000 人次，考核合格率百分之百。")))
        .hasSize(2)
        .last().isEqualTo("车间全年共培训员工人次达到12000人次，考核合格率百分之百。");
  }

  @Test
  void aNarrowedRunIsNotMeasuredByTheParagraphsLastLineBelowIt() {
    // a 20-em column narrowed to 10 ems around a picture: the first narrowed line ends a
    // sentence at the run's width and a quotation fills the next; the paragraph's last line is
    // set after the picture, wider than the run (12 ems and its stop): it is no measure of the
    // run, against which the stop ended a full line and the paragraph goes on
    assertThat(rejoin(
        "今年以来，车间开展技能培训活动，全体",
        "员工积极参与，学习热情高涨，理论和实操考",
        "核全部合格，效果好。",
        "“这个办法好用吗？”",
        "大家纷纷表示，培训内",
        "容实用，大家都说收获很大。"))
        .containsExactly("今年以来，车间开展技能培训活动，全体员工积极参与，学习热情高涨，理论和实操考"
            + "核全部合格，效果好。“这个办法好用吗？”大家纷纷表示，培训内容实用，大家都说收获很大。");
  }

  @Test
  void theWritersNameAndTheNextHeadlineMakeNoNarrowedRunWithAShortLastParagraph() {
    // an essay's one-line last paragraph (13 ems), the writer's name and the next piece's
    // headline, each set apart: three narrow lines, but no picture narrowed the column; against
    // the essay's 25-em measure the last paragraph is a line short of a first line, so the
    // one-line paragraph above it ends
    assertThat(rejoin(
        "如今，厂区的林荫道早已变了模样，高楼一座接着一",
        "座。路边的野花开得正艳，红的、黄的、紫的……像打",
        "翻了的调色盘。夏日午后，大人们坐在荫凉处拉家常，孩",
        "子们在一旁追逐嬉闹。",
        "",
        "阳光透过绿叶的缝隙洒下来，斑斑驳驳，像一地碎金。",
        "",
        "回望来路，我心中满是感激。",
        "",
        "◎ 康庆庆",
        "",
        "秋日随想"))
        .containsSubsequence("阳光透过绿叶的缝隙洒下来，斑斑驳驳，像一地碎金。", "回望来路，我心中满是感激。");
  }

  @Test
  void aParagraphsLastLineAboveANarrowedRunDoesNotMeasureIt() {
    // a 20-em column narrowed to 8 ems around a picture: the run's first line (11 ems and its
    // stop) ends the paragraph that ran in from above, set at the column's width; the run is 8
    // ems wide, so a stop hanging past those 8 ems ends a full line and the paragraph goes on
    assertThat(rejoin(
        "员工浴室、职工医院等后勤设施也得到",
        "了改善，员工的获得感明显增强。会上，运输",
        "部、矿业公司等单位作了交流发言。工作中，",
        "他们把警示标识、安全帽、防护服等物品，每",
        "一个环节都列入检查清单。",
        "",
        "党委书记、董",
        "事长魏波桂指出，",
        "今年以来，公司上",
        "下攻坚克难，主要",
        "经营指标好于预期。",
        "在冶炼车间，遥控",
        "天车代替了人工吊",
        "运，作业人员远离",
        "了高温的区域。",
        "“这个办法管用吗？”面对大家的疑问，邹文",
        "兰笑着说：“试一试就知道了！”"))
        .hasSize(2)
        .last().isEqualTo("党委书记、董事长魏波桂指出，今年以来，公司上下攻坚克难，主要经营指标好于预期。"
            + "在冶炼车间，遥控天车代替了人工吊运，作业人员远离了高温的区域。"
            + "“这个办法管用吗？”面对大家的疑问，邹文兰笑着说：“试一试就知道了！”");
  }

  @Test
  void aLatinPhraseIsOneUnitThatDidNotFit() {
    // 下一步…引入 (13 ems) leaves its sentence open after a full stop at the measure: ISO alone
    // (1.5 ems) would have fitted after it, but the phrase ISO 9001, its printed space kept with
    // its words, is 4 ems and did not: the line is a full one, not a first line
    assertThat(rejoin(withTail(
        "下一步，该车间还将全面引入",
        "ISO 9001 质量管理体系。")))
        .containsExactly("今年以来，车间开展技能培训活动，全体员工积极参与，学习热情高涨，理论和实操"
            + "考核全部合格。培训内容涵盖设备操作和安全知识等方面。下一步，该车间还将全面引入"
            + "ISO 9001质量管理体系。");
  }

  @Test
  void theColumnsMeasureIsReadPastANarrowedRun() {
    // a 25-em column narrowed to 8 ems around a picture: below the run a paragraph's last line
    // (24 ems) and a first line (23 ems, its number carried over) are all the column shows near
    // them; its full lines above the picture show the measure, 25 ems, against which the
    // paragraph's first word would have fitted on the 24-em line: the paragraph ended there
    assertThat(rejoin(
        "今年以来，公司召开职工代表大会，总经理出席会议",
        "并讲话。该厂党支部组织党员成立突击队，哪里有急难险",
        "重任务，哪里就有党员的身影。",
        "",
        "他们坚持每天",
        "召开班前会，讲风",
        "险、讲措施、讲要",
        "点，把安全提示送",
        "到每一名员工手中。",
        "",
        "员工浴室、职工医",
        "院等后勤设施也得到了改善，员工的获得感明显增强。",
        "",
        "据统计，4月份铝合金锭产量完成6.9万吨，同比增长",
        "12.6%。",
        "",
        "据悉，此次活动为期4天，共有95余名员工参与。"))
        .containsSubsequence(
            "他们坚持每天召开班前会，讲风险、讲措施、讲要点，把安全提示送到每一名员工手中。"
                + "员工浴室、职工医院等后勤设施也得到了改善，员工的获得感明显增强。",
            "据统计，4月份铝合金锭产量完成6.9万吨，同比增长12.6%。");
  }

  @Test
  void aNarrowedLineFullAtItsRunsMeasureLeavesItsSentenceOpen() {
    // a 20-em column narrowed to 8 ems around a picture: the run's second line fills the run
    // with no mark at its end, so the two lines after it, alike in width and each ending in a
    // mark like a couplet of classical verse, carry on its sentence: prose, one paragraph
    assertThat(rejoin(
        "今年以来，车间开展技能培训活动，全体",
        "员工积极参与，学习热情高涨，理论和实操考",
        "核合格，培训内容",
        "涵盖设备操作安全",
        "知识和应急处置，",
        "效果都十分明显。",
        "下一步，车间将继续开展培训，做到人人过关",
        "全年培训三百人次。"))
        .containsExactly("今年以来，车间开展技能培训活动，全体员工积极参与，学习热情高涨，理论和实操考"
            + "核合格，培训内容涵盖设备操作安全知识和应急处置，效果都十分明显。"
            + "下一步，车间将继续开展培训，做到人人过关全年培训三百人次。");
  }

  @Test
  void versesAfterProseMakeNoNarrowedRun() {
    // a poem of four mark-free lines right under an essay's last line: as narrow as a run set
    // around a picture, but no pause or stop stands inside them: verse, line by line, not prose
    // the column broke (its lines would run on into one another)
    assertThat(rejoin(
        "今年以来，车间开展技能培训活动，全体",
        "员工积极参与，学习热情高涨，理论和实操考",
        "核全部合格，效果明显。",
        "炉火映红了你的脸",
        "春风又绿了河岸",
        "把青春写进岁月",
        "汗水湿透了工装"))
        .containsExactly("今年以来，车间开展技能培训活动，全体员工积极参与，学习热情高涨，理论和实操考"
            + "核全部合格，效果明显。",
            "炉火映红了你的脸", "春风又绿了河岸", "把青春写进岁月", "汗水湿透了工装");
  }

  @Test
  void aFirstLineAfterAShortLastLineShowsTheMeasureAnIndentWider() {
    // a 20-em column whose full lines all happen to end in hanging marks or fall on first lines:
    // 培训…方面 (18 ems) follows a paragraph's short last line, so it is an indented first line
    // and the measure is 20 ems; against it 效果…合格了。 (18 ems and its stop) leaves room for
    // the next line's first character, so its paragraph ends and the whole sentence after it is
    // a paragraph of its own
    assertThat(rejoin(
        "车间开展了技能培训，全体员工积极参与，",
        "学习热情高涨。",
        "",
        "培训内容涵盖设备操作和安全知识等方面",
        "效果明显，理论和实操考核全部都合格了。",
        "",
        "下一步，车间将继续开展培训人人过关。"))
        .containsExactly("车间开展了技能培训，全体员工积极参与，学习热情高涨。",
            "培训内容涵盖设备操作和安全知识等方面效果明显，理论和实操考核全部都合格了。",
            "下一步，车间将继续开展培训人人过关。");
  }

  @Test
  void aFirstLineInsideANarrowedRunShowsTheRunsMeasure() {
    // an article opens in a column narrowed to 11 ems around a picture: its full lines end in
    // stops that fit inside the measure (11 ems with the stop, none hangs), so their text shows
    // only 10; the lines after the stops that leave their sentences open are 9 ems and the next
    // character would have fitted after them on 10: they are first lines, the run is 11 ems, and
    // each stop ends a paragraph
    assertThat(rejoin(
        "今年车间开展技能培",
        "训活动，全体员工参加。",
        "培训内容涵盖设备操",
        "作和安全知识等多方面。",
        "下一步车间将继续开",
        "展培训。",
        "",
        "做到人人过关，全年培训员工三百余人次，合格",
        "率达到百分之百，效果十分明显，大家都说收获大。"))
        .containsExactly("今年车间开展技能培训活动，全体员工参加。",
            "培训内容涵盖设备操作和安全知识等多方面。", "下一步车间将继续开展培训。",
            "做到人人过关，全年培训员工三百余人次，合格率达到百分之百，效果十分明显，大家都说收获大。");
  }

  @Test
  void aSpacedOutHeadlineOverANarrowedRunDoesNotWidenIt() {
    // a headline spaced out to 11.5 ems stands right over a run narrowed to 10 ems: it is set to
    // no measure, so the run is 10 ems wide and the line after the quotation's stop, 10 ems,
    // is full, not a first line: the paragraph runs on
    assertThat(rejoin(
        "节 能 降 耗 取 得 新 效",
        "",
        "“如果采用新的工",
        "艺，工期会缩短，成本",
        "也会降低，效果更好了。”",
        "在车间的一次讨论会上",
        "大家一致同意了这个方",
        "案，项目很快就开工建设了，进展十分顺利。"))
        .containsExactly("节 能 降 耗 取 得 新 效",
            "“如果采用新的工艺，工期会缩短，成本也会降低，效果更好了。”在车间的一次讨论会上"
                + "大家一致同意了这个方案，项目很快就开工建设了，进展十分顺利。");
  }

  @Test
  void aHeadlineEndsTheWindowThatMeasuresTheArticleBefore() {
    // a 28-em article ends, a kicker and a title stand apart, and the next article is set to
    // 23 ems: its first line (20 ems and its stop) is a full first line against 23, while
    // against the 28 ems above the headline the next word would have fitted; the headline
    // starts another article, so the lines above it measure nothing below it
    assertThat(rejoin(
        "今年以来，车间开展技能培训活动，全体员工积极参与，学习",
        "热情高涨，理论和实操考核全部合格，培训内容涵盖设备操作和",
        "安全知识等多个方面，效果十分明显，大家都说收获很大，值得",
        "推广。",
        "",
        "人力资源部",
        "",
        "节能降耗取得实效",
        "",
        "凌晨三点，营销中心的冶炼炉旁依然灯火通明。",
        "据统计，六月份铝合金锭产量完成四万吨，同比增长",
        "一成半。"))
        .endsWith("凌晨三点，营销中心的冶炼炉旁依然灯火通明。据统计，六月份铝合金锭产量完成四万吨，"
            + "同比增长一成半。");
  }

  @Test
  void aShortLastLineShowsThatTheNextLineIsAnIndentedFirstLine() {
    // an essay in a 17-em column whose lines are all first or last lines: 的。 ends a paragraph
    // (the next character would have fitted after it), so 风吹过…涌向 (15 ems) is an indented
    // first line and the measure is 17 ems; against it 远方…正艳了。 leaves room, so its
    // paragraph ends there
    assertThat(rejoin(
        "记忆里，母亲的手总是粗糙而温暖",
        "的。",
        "风吹过麦田，麦浪一层一层地涌向",
        "远方，田埂上的野花开得正艳了。",
        "岁月如水，带走了青春，却带不走",
        "那份深情。"))
        .containsExactly("记忆里，母亲的手总是粗糙而温暖的。",
            "风吹过麦田，麦浪一层一层地涌向远方，田埂上的野花开得正艳了。",
            "岁月如水，带走了青春，却带不走那份深情。");
  }

  @Test
  void aHeadlineAfterAPhotoCreditEndsTheWindowThatMeasuresTheCaption() {
    // a caption 28 ems wide closes with its credit (摄影报道 and a name, no stop), a title
    // stands apart, and the article under it is set to 23 ems: the title starts another
    // article, so the caption does not measure its first line (a full first line against 23)
    assertThat(rejoin(
        "车间组织员工对窑炉进行检修维护。图为检修人员在清理积料。",
        "摄影报道 曹宁阳",
        "",
        "节能降耗取得实效",
        "",
        "凌晨三点，营销中心的冶炼炉旁依然灯火通明。",
        "据统计，六月份铝合金锭产量完成四万吨，同比增长",
        "一成半。"))
        .endsWith("凌晨三点，营销中心的冶炼炉旁依然灯火通明。据统计，六月份铝合金锭产量完成四万吨，"
            + "同比增长一成半。");
  }

  @Test
  void aFullLineFurtherOnRefutesAnEssayMeasureWhenTheArticleStartsClose() {
    // a 20-em article opens under its dateline, so the lines that measure its third line reach
    // no further back: near it every line as wide as the column starts after a stop, and one is
    // a whole sentence, as in an essay set an indent wider; but further on 并把…让 runs on from the
    // line above at the same 20 ems, a full line: the measure is 20, against which the third
    // line is a full first line and its paragraph goes on
    assertThat(rejoin(
        "本报讯今年以来，车间开展技能培训，员",
        "工积极参与。",
        "培训内容涵盖了设备操作和安全知识方面。",
        "理论和实操考核全部合格，大家都收获很大，",
        "效果明显。",
        "",
        "他笑着说：“这个新办法一定都会管用的！”",
        "大家听了都很高兴纷纷表示要在工作中试一试",
        "并把经验推广到全车间的各个班组当中去，让",
        "更多员工受益。"))
        .containsExactly("本报讯今年以来，车间开展技能培训，员工积极参与。",
            "培训内容涵盖了设备操作和安全知识方面。理论和实操考核全部合格，大家都收获很大，效果明显。",
            "他笑着说：“这个新办法一定都会管用的！”大家听了都很高兴纷纷表示要在工作中试一试"
                + "并把经验推广到全车间的各个班组当中去，让更多员工受益。");
  }

  @Test
  void aCaptionClosedByItsCreditDoesNotMeasureTheTextAfterIt() {
    // a caption 28 ems wide ends with its credit (摄影报道 and a name) and a blank line; the
    // article after it is set to 23 ems: its first line (20 ems and its stop) is a full first
    // line against 23, while against the caption's 28 the next word would have fitted
    assertThat(rejoin(
        "车间组织员工对窑炉进行检修维护。图为检修人员在清理积料。",
        "摄影报道 曹宁阳",
        "",
        "凌晨三点，营销中心的冶炼炉旁依然灯火通明。",
        "据统计，六月份铝合金锭产量完成四万吨，同比增长",
        "一成半。"))
        .endsWith("凌晨三点，营销中心的冶炼炉旁依然灯火通明。据统计，六月份铝合金锭产量完成四万吨，"
            + "同比增长一成半。");
  }

  @Test
  void aKickerAfterACreditIsTooShortForTheColumnAboveIt() {
    // a short mark-free line after a caption's credit finishes no sentence the credit left open:
    // it is too short for the caption's column, whatever the lines after it measure (it is
    // measured on its own between the caption and the title): a kicker standing alone
    SourceText src = new SourceText(String.join("\n",
        "五月十四日，营销中心开展冬季消防应急演练。图",
        "为员工们正在清理现场积料。 摄影报道 程飞晨",
        "",
        "煅烧工区",
        "",
        "守牢底线 遥控天车上岗记",
        "",
        "劲旅讯 年初以来，焙烧车间空压机节能改造项目",
        "顺利完工，取得了明显成效。"));
    assertThat(Rejoiner.rejoin(src, new ChangeLog()))
        .filteredOn(u -> u.text().equals("煅烧工区"))
        .singleElement().matches(Unit::apart, "stands apart");
  }

  @Test
  void aFullLineAWindowFurtherOnRefutesAnEssayMeasure() {
    // as above, but two more lines stand between the dateline and the third paragraph, so the
    // lines that measure it fill their window on both sides; the full line 并把…让 is the fifth
    // after it, outside that window, and still refutes the essay's measure an indent wider
    assertThat(rejoin(
        "本报讯今年以来，车间开展技能培训，员",
        "工积极参与。",
        "车间还开展了安全知识的竞赛活动，全体",
        "员工参加。",
        "培训内容涵盖了设备操作和安全知识方面。",
        "理论和实操考核全部合格，大家都收获很大，",
        "效果明显。",
        "",
        "他笑着说：“这个新办法一定都会管用的！”",
        "大家听了都很高兴纷纷表示要在工作中试一试",
        "并把经验推广到全车间的各个班组当中去，让",
        "更多员工受益。"))
        .contains("培训内容涵盖了设备操作和安全知识方面。理论和实操考核全部合格，大家都收获很大，"
            + "效果明显。");
  }

  @Test
  void aFullFirstLineInHalfWidthMarksRunsOn() {
    // an article set in half-width marks: its full lines, 18, 16, 18 and 16 characters, are all
    // 16 ems (or half an em less, where the next character did not fit); its first line, 13
    // characters and two marks, is 14 ems, a full first line though it ends a sentence, so the
    // paragraph runs on across the blank line. Counted with marks of one em the measure would
    // be 18 ems and the first line, 15 ems, a paragraph's last
    assertThat(rejoin(
        "消防演练见实效",
        "",
        "车间开展演练，员工们积极参加。",
        "",
        "大家“熟悉”了逃生路线、“掌握”了灭",
        "火器的使用方法和技巧提升了应急处",
        "置能力，“实战”演练取得了“预期”效",
        "果，大家纷纷表示收获很大受益匪浅",
        "今后将加强学习。"))
        .containsExactly("消防演练见实效", "车间开展演练，员工们积极参加。大家“熟悉”了逃生路线、“掌握”了灭"
            + "火器的使用方法和技巧提升了应急处置能力，“实战”演练取得了“预期”效果，大家纷纷表示收获"
            + "很大受益匪浅今后将加强学习。");
  }

  @Test
  void paragraphsFirstLinesShowTheMarkWidthOfAnArticleOfShortParagraphs() {
    // an essay in half-width marks whose paragraphs take a line or two: one line alone runs on
    // from an open line (16 ems, 17 characters); the two lines that start after a stop and
    // leave their sentence open fit the same 16-em measure as a first line (14 ems) and a full
    // one (15.5 ems, its next character did not fit), as no measure fits them with marks of one
    // em (15, 18 and 17 ems). So the full first line that ends a sentence (14 ems, 15
    // characters) runs on across the blank line into the next
    assertThat(rejoin(
        "远方的汽笛",
        "",
        "每个人的心里，都有一处故乡。",
        "",
        "我站在树下，看柳枝轻轻摇曳。阳",
        "光透过绿叶洒下来，像一地碎金。",
        "",
        "不知什么原因，我总会想起母亲。",
        "",
        "我问父亲：“您累吗？”他只是笑。那是",
        "一段清贫却充实的日子，白天上班，晚",
        "上读书。"))
        .containsExactly("远方的汽笛", "每个人的心里，都有一处故乡。",
            "我站在树下，看柳枝轻轻摇曳。阳光透过绿叶洒下来，像一地碎金。",
            "不知什么原因，我总会想起母亲。我问父亲：“您累吗？”他只是笑。那是一段清贫却充实的日子，"
                + "白天上班，晚上读书。");
  }

  @Test
  void aShortLineAfterAFullLineEndingInAnEllipsisCarriesItsSentenceOn() {
    // the column is 18 ems: the third line breaks after its ellipsis at the full measure (the
    // ellipsis hangs its second em past it), so the ellipsis only pauses there and the short line a
    // spurious blank line sets apart finishes the sentence: it is no headline
    assertThat(rejoin(
        "车间组织开展安全大检查，对每一处",
        "隐患都登记在册，限期整改。工作中，他",
        "们把防护服、操作票、安全帽、工器具……",
        "",
        "每一个环节都列入检查清单。",
        "",
        "下一步，车间将继续加强现场巡检，",
        "确保安全生产平稳有序。"))
        .containsExactly("车间组织开展安全大检查，对每一处隐患都登记在册，限期整改。工作中，"
            + "他们把防护服、操作票、安全帽、工器具……每一个环节都列入检查清单。",
            "下一步，车间将继续加强现场巡检，确保安全生产平稳有序。");
  }
  @Test
  void aHeadlineAsWideAsAFirstLineStaysApartFromTheCaptionBelowIt() {
    // the headline is as wide as an indented first line of the caption's column, and the
    // caption's first line is full: but a caption is set without indent, so its first line has
    // no first line of its own standing above it
    assertThat(rejoin(
        "检修一线",
        "",
        "迎峰度夏 检修人员坚守一线",
        "",
        "烈日下，检修班职工正在更换老化",
        "的线路，确保居民用电安全。图为",
        "检修人员在杆上作业。",
        "",
        "摄影报道 王建军"))
        .contains("迎峰度夏 检修人员坚守一线",
            "烈日下，检修班职工正在更换老化的线路，确保居民用电安全。图为检修人员在杆上作业。");
  }
}
