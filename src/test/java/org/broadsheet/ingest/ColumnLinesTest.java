package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Line widths and column measures as the column set them. */
class ColumnLinesTest {
  @Test
  void eachArticleIsMeasuredWithTheMarkWidthItWasSetWith() {
    // one text frame, two articles: the first set with compressed marks (half an em: every line
    // is 18 ems however many marks it holds), the second, after its dateline, with full-width
    // marks (every line 16 ems); counted over the frame the compressed article would outvote
    // the other and measure its lines short
    ColumnLines col = new ColumnLines(new SourceText(String.join("\n",
        "今年以来车间开展技能培训活动全体员工",
        "积极参与，学习热情高、涨理论和实操考核",
        "全部合格，培训内容、涵、盖设备操，作安全",
        "知识和应急处置等方面下一步车间将继续",
        "开展培训，做到人人过、关全年培训员工三",
        "百余人次，合格率达、到、百分之百，效果十",
        "本报讯 近日车间组织开展了消防演练员工们",
        "积极参，与演练活动全体人员熟悉了",
        "逃生路，线提高了、应急处置能力掌",
        "握了灭，火器的使、用方法和，技巧",
        "活动取，得了预期效果达到了目标要")));
    assertThat(col.width(2)).isEqualTo(18.0);
    assertThat(col.width(5)).isEqualTo(18.0);
    assertThat(col.width(8)).isEqualTo(16.0);
    assertThat(col.width(9)).isEqualTo(16.0);
  }

  @Test
  void aWiderArticleThatNothingMarksOffDoesNotWidenTheMeasureBefore() {
    // an article set 25 ems wide (全体员工…考核全 breaks inside a word at 25 ems, with room
    // for the next character left only on 25), then, after a stop and a blank line but no
    // headline, signature or dateline, the next article set 27 ems wide: its first line holds
    // 25 ems of text after the indent. That first line must not widen the measure of the article
    // before: on 27 ems a 25-em line that leaves its sentence open would have taken the next
    // character, so no column broke it there
    ColumnLines col = new ColumnLines(new SourceText(String.join("\n",
        "本报讯（翟炜） 今年以来，车间开展技能培训活动",
        "全体员工都积极参与，学习热情高涨，理论和实操考核全",
        "部合格且平均分很高。",
        "",
        "培训内容涵盖设备操作、安全知识、应急处置方面。",
        "下一步，车间将继续开展培训，做到人人过关，全年培训",
        "",
        "员工累计达到三百余人次。",
        "",
        "培训效果十分明显，职工们纷纷表示这次收获很多，",
        "要把所学用到工作中去，确保安全生产。",
        "",
        "走进车间，一块写着“安全第一，预防为主”的展板格外",
        "醒目。据了解，炉温控制在 971℃左右，每 6 小时巡检一次，",
        "设备故障率大幅下降。")));
    assertThat(col.measure(3)).isEqualTo(25.0);
    assertThat(col.measure(4)).isEqualTo(25.0); // 下一步…: a full line, its sentence open
    assertThat(col.measure(9)).isEqualTo(27.0);
  }

  @Test
  void aWiderArticleBeforeDoesNotWidenTheMeasureAfterIt() {
    // an article set 21 ems wide, then, after a stop and a blank line but nothing else that
    // marks it, one set 17 ems wide (its lines hang their final marks): the 21-em text of the
    // article before must not set a floor to the measure of the narrower one, where a line that
    // leaves its sentence open (…大家都收获) would have taken the next character on a wider measure
    ColumnLines col = new ColumnLines(new SourceText(String.join("\n",
        "车间今年培训了 19 批次，参训职工累计达 45",
        "人 。培训期间职工们学习热情高涨，理论和实",
        "操考核均全部合格，内容实用，涵盖设备操作和",
        "",
        "安全防护知识。",
        "",
        "此外，车间组织比武 10 场，共有 242 名",
        "职工来观摩。",
        "",
        "比武结束后，车间又将“安全生产",
        "月、 技能比武周”活动推向了高潮。",
        "职工们纷纷表示 ，培训中大家都收获",
        "颇丰，内容非常实用，希望每月 2 期",
        "培训。",
        "",
        "走进车间生产现场 ， 一块写着安",
        "全生产重于泰山的展板格外醒目。车间",
        "每月开展一次“安全隐患大排查 ”专",
        "项行动，设备故障率因此大幅下降了。",
        "车间主任会上强调： 大家要牢记“安",
        "全第一，预防为主 ”，把隐患消灭在")));
    assertThat(col.measure(2)).isEqualTo(21.0);
    assertThat(col.measure(7)).isEqualTo(17.0);
    assertThat(col.measure(8)).isEqualTo(17.0);
  }

  @Test
  void aColumnOfFullWidthMarksIsAWholeNumberOfEms() {
    // full lines 15.5 ems wide (a digit in each, half an em, and the next character did not fit)
    // and no wider one: the column, a grid of full-width characters, is 16 ems
    ColumnLines col = new ColumnLines(new SourceText(String.join("\n",
        "今年车间开展了技能培5训活动全体",
        "员工积极参与学习热情8高涨理论和",
        "实操考核全部合格培训内容涵盖设",
        "操作和安全知识等方面7下一步车间",
        "将继续开展培训做到人3人过关全面")));
    assertThat(col.width(0)).isEqualTo(15.5);
    assertThat(col.measure(2)).isEqualTo(16.0);
  }

  @Test
  void theWidestTextSetsAColumnOfFullWidthMarks() {
    // the lines without a final mark are 15 ems; one ending in a pause that hangs holds 15.5 ems
    // of text (a digit in it): no text is wider than the measure, a whole number of ems: 16
    ColumnLines col = new ColumnLines(new SourceText(String.join("\n",
        "今年车间开展了技能培训活动全体",
        "员工积极参与学习热情高涨理论和",
        "实操考核全部合格培训内容涵盖设",
        "操作和安全知识等方面7下一步车间，",
        "将继续开展培训做到人人过关全面")));
    assertThat(col.width(3)).isEqualTo(16.5);
    assertThat(col.measure(0)).isEqualTo(16.0);
  }

  @Test
  void aLineThatRunsOnFromTheLineAboveShowsTheFullMeasure() {
    // two whole sentences a line each look like an essay's indented first lines, but the last
    // line starts where the line above left its sentence open: it is no first line, and it is
    // as wide as they are, so they are full lines and the measure is their width
    ColumnLines col = new ColumnLines(new SourceText(String.join("\n",
        "今年以来车间开展了技能培训活动。",
        "全体员工积极参与学习热情很高涨。",
        "理论和实操考核全部合格培训内容涵",
        "盖设备操作和安全知识等多个方面。")));
    assertThat(col.measure(1)).isEqualTo(16.0);
  }

  @Test
  void anArticlesMeasureEndsWithItsSignedLastLine() {
    // a 14-em article signed after its last sentence, then an article of 20 ems with no
    // dateline: the wider lines after the signature do not measure the first article
    ColumnLines col = new ColumnLines(new SourceText(String.join("\n",
        "今年以来车间开展了技能培训活",
        "动全体员工积极参与学习热情高",
        "涨理论和实操考核全部合格了培",
        "训效果很好。（王军）",
        "会议通报了本月生产经营情况分析了当前面",
        "临的形势和任务部署了下一阶段的重点工作",
        "和主要目标任务要求各单位狠抓落实确保完",
        "成全年目标任务。")));
    assertThat(col.measure(1)).isEqualTo(14.0);
  }

  @Test
  void aHeadlineRightBeforeTheNextDatelineDoesNotMeasureTheColumnAbove() {
    // a spaced-out headline of the next article, set apart above its dateline line (no blank
    // line between them), is wider than the 16-em column above it
    ColumnLines col = new ColumnLines(new SourceText(String.join("\n",
        "今年以来车间开展了技能培训活动全",
        "体员工积极参与学习热情高涨理论和",
        "实操考核全部合格培训内容涵盖设备",
        "操作和安全知识。",
        "",
        "强 基 固 本 员 工 技 能 稳 步 提 高",
        "本报讯 为维护女职工合法权益和特殊利益，")));
    assertThat(col.measure(3)).isEqualTo(16.0);
  }

  @Test
  void linesTooWideForFirstLinesThatAreNotFullShowAWiderMeasure() {
    // the last lines (18 ems and a hanging stop) suggest 18 ems; but then the two lines of 17
    // ems that leave their sentence open are neither first lines (16 ems) nor full (the next
    // line's first character would have fitted): they are first lines of a 19-em column
    ColumnLines col = new ColumnLines(new SourceText(String.join("\n",
        "今年以来车间开展了技能培训活动全体",
        "员工积极参与学习热情高涨理论和实操。",
        "",
        "培训内容涵盖设备操作安全知识和应急",
        "处置等方面下一步车间继续开展培训工作。")));
    assertThat(col.measure(2)).isEqualTo(19.0);
  }

  /** A frame of two articles: one set with full-width marks, one, after a headline, half-width. */
  private static final String[] FULL_THEN_HALF = {
    "今年以来车间开展技能培训活动，员工们", // full marks, 18 ems
    "积极参与，学习热情高涨，理论和实操考",
    "核全部合格。",
    "",
    "消防演练见实效",
    "",
    "车间开展消防演练，员工们参加。", // half marks, 16 ems: a first line of 14 ems
    "",
    "员工积极参与，熟悉逃生路线、掌握了", // 15 characters and two marks: 16 ems
    "灭火器的使用方法和……提升了应急", // no mark set half-width: 16 ems
    "处置能力，活动“实战化”取得了预期", // 14 characters and three marks: 15.5 ems
    "效果。"};

  @Test
  void anArticleAfterAHeadlineTakesTheMarkWidthThatMakesItsFullLinesEndTogether() {
    // the article's full lines hold 17, 16 and 17 characters: counted with marks of one em they
    // are 17, 16 and 17 ems wide and agree on no measure; with marks of half an em they are 16,
    // 16 and 15.5 ems, and the next character would not have fitted after any of them: the
    // article is set in half-width marks, the one above its headline (in the same frame, no
    // dateline between) in full-width ones
    ColumnLines col = new ColumnLines(new SourceText(String.join("\n", FULL_THEN_HALF)));
    assertThat(col.width(1)).isEqualTo(18.0);
    assertThat(col.markWidth(5)).isEqualTo(0.5);
    assertThat(col.width(5)).isEqualTo(16.0);
    assertThat(col.width(7)).isEqualTo(15.5);
  }

  @Test
  void anEllipsisKeepsItsTwoEmsAmongHalfWidthMarks() {
    // half-width punctuation sets pauses, stops, brackets and quotes in half an em; the ellipsis
    // (and the dash) keep one em a character (clreq §3.1.6): the last full line, 14 characters
    // and an ellipsis, is 16 ems like the others
    ColumnLines col = new ColumnLines(new SourceText(String.join("\n",
        "车间开展消防演练，员工们参加。",
        "员工积极参与，熟悉逃生路线、掌握了",
        "灭火器的使用方法和技巧提升了应急",
        "处置能力，活动“实战化”取得了预期",
        "效果车间还将组织更多的演练活动并且",
        "从实际出发针对薄弱……环节加强培",
        "训。")));
    assertThat(col.markWidth(1)).isEqualTo(0.5);
    assertThat(col.width(5)).isEqualTo(16.0);
  }

  @Test
  void linesWithExtractionSpacesShowTheMarkWidthToo() {
    // every full line holds a space extraction put beside a mark (half an em in the column):
    // with marks of half an em the lines are 15.5, 16 and 16 ems and meet at a measure of 16
    // (the next character did not fit); with marks of one em, 16.5, 16.5 and 17.5 ems, they
    // meet at none
    ColumnLines col = new ColumnLines(new SourceText(String.join("\n",
        "车间开展消防演练，员工们参加。",
        "员工积极参与， 熟悉逃生路线、掌握",
        "灭火器的使用方法， 提升了应急处置",
        "能力， 活动“实战化”取得了预期效果",
        "大家纷纷表示收获很大。")));
    assertThat(col.markWidth(1)).isEqualTo(0.5);
    assertThat(col.width(2)).isEqualTo(16.0);
  }

  @Test
  void linesWithDigitsBreakATieOfTheExactLines() {
    // the two full lines without digits are 15.5 ems with marks of half an em and 16 with marks
    // of one em: both meet a measure of 16 and tell nothing; the lines with digits tell: with
    // marks of half an em they are 16 and 15.5 ems and meet the same 16 ems (the next character
    // did not fit), with marks of one em 17 and 16.5, and meet nothing the others meet
    ColumnLines col = new ColumnLines(new SourceText(String.join("\n",
        "今年1至6月，车间共完成电解铝",
        "产量12.6万吨，同比增长8%，创历史同",
        "期最好水平。全车间员工克服设备老",
        "化、原料紧张等困难，坚持每周召开2",
        "次生产例会，把任务分解到班组和个",
        "人，确保了各项指标按期完成。")));
    assertThat(col.markWidth(1)).isEqualTo(0.5);
    assertThat(col.width(1)).isEqualTo(16.0);
    assertThat(col.measure(2)).isEqualTo(16.0);
  }

  @Test
  void aLineBrokenWithRoomLeftRefutesAnEssaysIndentedMeasure() {
    // an essay 20 ems wide: its widest line (夏日午后…) starts after a stop and ends with one, as
    // an indented first line 22 ems wide would; but 院子里… starts after a stop too and leaves
    // its sentence open at 18 ems, where a first line of a 22-em column would still have taken
    // the next character: the column is 20 ems, and 院子里… is a full first line of it
    ColumnLines col = new ColumnLines(new SourceText(String.join("\n",
        "又是一年春天，我回到了老家的小院。",
        "院子里的那棵老槐树，如今已经长得比房",
        "顶还高了。",
        "那时候，一家人挤在小小的窑洞里过冬天。",
        "夏日午后，大人在树荫下拉家常，孩子们嬉闹。",
        "我忽然明白，所谓幸福，不过是平凡日子",
        "里的点点滴滴。")));
    assertThat(col.measure(3)).isEqualTo(20.0);
    assertThat(col.measure(4)).isEqualTo(20.0);
  }

  @Test
  void aLineRightAfterAHeadlineMayBeAnIndentedFirstLine() {
    // an essay 20 ems wide under its title: the line under the title is a paragraph's first
    // line, indented, full at 18 ems; counted as a full line it would leave its sentence open
    // with room for the next character on 20 ems and refute the column's true measure
    ColumnLines col = new ColumnLines(new SourceText(String.join("\n",
        "故乡的小河",
        "",
        "每到初夏，村口那条清清的小河总让我想",
        "起许多往事。",
        "",
        "夏日午后，大人们坐在河边的柳树下拉家",
        "常，孩子们在浅水里追逐嬉闹。",
        "",
        "我站在桥头，看柳枝在风中轻轻摇曳。河",
        "岸边的野花开得正艳，红的、黄的、紫的……",
        "像打翻了的调色盘。我问母亲：“您累吗？”",
        "回答我的只是一个笑容。")));
    assertThat(col.measure(1)).isEqualTo(20.0);
    assertThat(col.measure(2)).isEqualTo(20.0);
  }
}
