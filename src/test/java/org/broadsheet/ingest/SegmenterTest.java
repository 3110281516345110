package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.broadsheet.model.Diagnostics;
import org.broadsheet.model.Story;
import org.broadsheet.model.StoryKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Story boundaries that no headline or dateline shows. */
class SegmenterTest {
  private static List<Story> clean(String... lines) {
    byte[] raw = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    return Ingest.clean(raw, "segment.txt", new Diagnostics()).issue().allStories();
  }

  @Test
  void aSecondSignatureClosesAnUnheadedArticleInAnotherMeasure() {
    List<Story> s = clean(
        "本报讯（王红）近日，铸造车间开展岗位练兵活动，共有五十余名",
        "职工参加了本次活动，大家互相学习，取长补短，现场气氛十分热烈，",
        "效果非常明显。",
        "",
        "走进物流公司，一块写着安全第一的展",
        "板格外醒目。该公司建立了问题台账，完善",
        "了应急预案，各项工作稳步推进。",
        "",
        "（李明）");
    assertThat(s).hasSize(2);
    assertThat(s).extracting(Story::byline).containsExactly("王红", "李明");
    assertThat(s.get(1).paragraphs()).containsExactly(
        "走进物流公司，一块写着安全第一的展板格外醒目。该公司建立了问题台账，完善了应急预案，各项工作稳步推进。");
  }

  @Test
  void aSecondSignatureClosesAnArticleInAnotherColumnWhereNoLineBeforeWasOfExactWidth() {
    // the dated article's lines hold digits and spaces (no exact measure, about 33 ems); the
    // next is set exactly in 23 ems over two paragraphs and signed at its end
    List<Story> s = clean(
        "本报讯（王红）5 月下旬，铸造车间召开了合理化建议征集活动，营造",
        "比学赶超的良好氛围。会议通报了 3 月份生产经营情况，分析了当前面",
        "临的形势和任务。",
        "",
        "与去年同期相比，天然气单耗下降了 10 千克，吨产品成本降低 16 元。",
        "通过“线上+线下”相结合的方式，培训覆盖率达到 100%，员工的技能",
        "明显提高。",
        "",
        "走进物流公司，一块写着“安全第一”的展板格",
        "外醒目。该公司建立了问题台账，完善了应急预",
        "案，各项工作稳步推进，职工的安全意识明显增",
        "强。",
        "",
        "物流公司还开展了技能培训，组织职工学习操作",
        "规程和应急处置方法，大家互相学习，取长补短，",
        "现场气氛十分热烈，效果非常明显。",
        "",
        "（李明）");
    assertThat(s).extracting(Story::byline).containsExactly("王红", "李明");
    assertThat(s.get(1).paragraphs()).hasSize(2).first().asString().startsWith("走进物流公司");
  }

  @Test
  void aSecondSignatureClosesAnArticleWhoseSteadyColumnIsAnEmNarrower() {
    // two paragraphs set exactly in one measure after the dated signature, then two an em
    // narrower, then a second signature: two articles, the second from where the column steps
    List<Story> s = clean(
        "晋阳讯（王芳）近日，铸造车间开展岗位练兵活动，共有五",
        "十余名职工参加了本次活动，大家互相学习和取长补短，现",
        "场气氛十分热烈。",
        "",
        "活动中，车间还组织开展了安全知识答题赛，全体员工认真",
        "学习操作规程，现场气氛十分热烈，效果非常明显，大家纷",
        "纷表示收获很大。",
        "",
        "走进物流公司，一块写着安全第一的大展板格外醒目。该",
        "公司建立了问题台账，完善了应急预案，各项工作都在稳",
        "步推进，职工的安全意识明显增强。",
        "",
        "物流公司还开展了技能培训，组织职工认真学习操作规程",
        "和应急处置方法，全年共培训职工三百余人次，员工的业",
        "务技能明显提高。",
        "",
        "（李明）");
    assertThat(s).extracting(Story::byline).containsExactly("王芳", "李明");
    assertThat(s.get(1).paragraphs()).hasSize(2).first().asString().startsWith("走进物流公司");
  }

  @Test
  void aStorySignedAtItsDatelineEndsWhereAColumnMuchNarrowerThanItsWidestParagraphHolds() {
    // the dated article's paragraphs are set exactly in about 26 and 28 ems: its column is the
    // wider; two paragraphs in 24.5 ems are another article's, though only 1.5 ems narrower
    // than the measure its first paragraph showed
    List<Story> s = clean(
        "晋阳讯（王芳）近日，铸造车间开展岗位练兵活动，共有五",
        "十余名职工参加了本次活动，大家互相学习和取长补短，现",
        "场的气氛十分热烈。",
        "",
        "活动中，车间还组织开展了安全知识答题赛，全体员工认真学",
        "习操作规程，现场气氛十分热烈，效果非常明显，大家纷纷表",
        "示收获很大。",
        "",
        "走进物流公司的大院，一块写着安全第一的大展板格",
        "外醒目，该公司建立了问题台账，完善了应急预案，",
        "各项工作都在稳步推进，职工的安全意识明显增强。",
        "",
        "物流公司还开展了技能培训，组织职工认真学习操作",
        "规程和应急处置方法，全年共培训职工三百余人次，",
        "员工的业务技能明显提高。",
        "",
        "晋阳讯 近日，机修厂完成了主要设备的年度检修，为安",
        "全生产打下了坚实的基础，各项指标稳中向好，效果十分",
        "明显。");
    assertThat(s).hasSize(3);
    assertThat(s.get(0).byline()).isEqualTo("王芳");
    assertThat(s.get(0).paragraphs()).hasSize(2);
    assertThat(s.get(1).dateline()).isNull();
    assertThat(s.get(1).paragraphs()).hasSize(2).first().asString().startsWith("走进物流公司");
  }

  @Test
  void aTwoLineParagraphReadingOffTheColumnDoesNotHideWhereTheSecondSignedArticleBegins() {
    // three paragraphs in 28 ems, a two-line one reading 29 (its one full line ends in a
    // hanging mark), then two in 27 and a second signature: the paragraphs of three lines show
    // the step of an em, and the second article begins with the two-line paragraph
    List<Story> s = clean(
        "晋阳讯（王芳）近日，铸造车间开展岗位练兵活动，共有五",
        "十余名职工参加了本次活动，现场气氛十分热烈。",
        "",
        "活动中，车间还组织开展了安全知识答题赛，全体员工认真",
        "学习操作规程，现场气氛十分热烈，效果非常明显，大家纷",
        "纷表示收获很大。",
        "",
        "下一步，车间将持续开展岗位练兵，不断提高员工的业务技",
        "能和安全意识，为全年目标任务的完成打下坚实的基础，确",
        "保安全生产。",
        "",
        "走进物流公司的大院，一块写着安全第一的大红展板格外醒目，",
        "让人眼前一亮。",
        "",
        "该公司建立了问题台账，完善了应急预案，各项工作都在",
        "稳步推进，职工的安全意识明显增强，各项生产运行平稳",
        "有序，效果很好。",
        "",
        "物流公司还开展了技能培训，组织职工学习操作规程，和",
        "应急处置方法，全年共培训职工三百余人次，员工的业务",
        "技能明显提高。",
        "",
        "（李明）");
    assertThat(s).extracting(Story::byline).containsExactly("王芳", "李明");
    assertThat(s.get(1).paragraphs()).hasSize(3).first().asString().startsWith("走进物流公司");
  }

  @Test
  void anArticleSignedOnceMayChangeItsMeasure() {
    List<Story> s = clean(
        "本报讯 近日，铸造车间开展岗位练兵活动，共有五十余名",
        "职工参加了本次活动，大家互相学习，取长补短，现场气氛十分热烈，",
        "效果非常明显。",
        "",
        "活动中，大家围坐在一起，结合工作实",
        "际谈体会、找差距、定措施，各项工作稳",
        "步推进。",
        "",
        "（李明）");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).byline()).isEqualTo("李明");
  }

  @Test
  void aCaptionsAccountOfTheEventStaysWithThePictureLine() {
    List<Story> s = clean(
        "晋阳讯 近日，铸造车间开展岗位练兵活动，共有五十余名职工参加。 （王红）",
        "",
        "进入四季度以来，安全环保部开展质量月活动。",
        "图为员工们正在检查管道阀门。",
        "",
        "摄影报道 张辉晓");
    assertThat(s).hasSize(2);
    assertThat(s.get(1).caption())
        .isEqualTo("进入四季度以来，安全环保部开展质量月活动。图为员工们正在检查管道阀门。");
    assertThat(s.get(1).credit()).isEqualTo("张辉晓");
  }

  @Test
  void aTitleAfterClassicalVerseIsItsHeadlineNotAVerse() {
    List<Story> s = clean(
        "本报讯 近日，铸造车间开展岗位练兵活动，共有五十余名职工参加。",
        "",
        "岗位练兵见实效",
        " 秋风万里过汾河，",
        "",
        "一川烟雨绿杨柳。",
        "",
        "寒梅独立小窗前，",
        "",
        "霜叶红于二月花。",
        "",
        "老屋");
    assertThat(s).hasSize(2);
    assertThat(s.get(1).lines()).containsExactly(
        "秋风万里过汾河，", "一川烟雨绿杨柳。", "寒梅独立小窗前，", "霜叶红于二月花。");
    assertThat(s.get(1).title()).containsExactly("老屋");
  }

  @Test
  void aCaptionsAccountApartFromItsPictureLineByABlankLineStaysWithIt() {
    List<Story> s = clean(
        "晋阳讯 近日，铸造车间开展岗位练兵活动，共有五十余名职工参加。 （王红）",
        "",
        "连日来，计量中心干部员工加班加点，确保生产稳定运行。",
        "",
        "图为员工们正在清理现场积料。 摄影报道 钱萍");
    assertThat(s).hasSize(2);
    assertThat(s.get(1).caption())
        .isEqualTo("连日来，计量中心干部员工加班加点，确保生产稳定运行。图为员工们正在清理现场积料。");
    assertThat(s.get(1).credit()).isEqualTo("钱萍");
  }

  @Test
  void aSecondSignatureSplitsWhereTheMeasureChangesByTwoEms() {
    List<Story> s = clean(
        "本报讯（王红）近日，车间开展练兵活动共有",
        "有五十余名职工参加了本次活动，大家互相学",
        "习，取长补短，现场气氛十分热烈，效果非常",
        "明显。",
        "",
        "走进物流公司，一块写着安全第一的大展板格外醒",
        "目。该公司建立了问题台账，完善了应急预案，各项工",
        "作稳步推进，职工的安全意识明显增强，效果很好，大",
        "家都很满意。",
        "",
        "（李明）");
    assertThat(s).extracting(Story::byline).containsExactly("王红", "李明");
  }

  @Test
  void aLineBeforeAFullFirstLineOpensThatParagraphAndIsNoHeadline() {
    // headlines follow their bodies here; the line standing apart is an indented first line and
    // the line after it is full: the paragraph runs on, so the story's headline is the later one
    List<Story> s = clean(
        "晋阳讯 近日，铸造车间开展岗位练兵活动，共有五十余",
        "名职工参加了本次活动，大家互相学习，取长补短，现场气",
        "氛十分热烈，效果非常明显。",
        "",
        "这台空压机——全厂的“心脏”——连续运行了三",
        "",
        "百天。该厂党支部组织党员成立突击队，哪里有急难险重",
        "任务，哪里就有党员的身影，各项工作稳步推进。",
        "",
        "（王芳）",
        "",
        "铸造车间",
        "",
        "岗位练兵提技能");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).kicker()).isEqualTo("铸造车间");
    assertThat(s.get(0).title()).containsExactly("岗位练兵提技能");
    assertThat(s.get(0).byline()).isEqualTo("王芳");
    assertThat(s.get(0).paragraphs()).hasSize(2);
    assertThat(s.get(0).paragraphs().get(1)).isEqualTo(
        "这台空压机——全厂的“心脏”——连续运行了三百天。该厂党支部组织党员成立突击队，"
            + "哪里有急难险重任务，哪里就有党员的身影，各项工作稳步推进。");
  }

  @Test
  void aParagraphStoppedMidSentenceRunsOnAcrossLinesStandingApart() {
    List<Story> s = clean(
        "晋阳讯 近日，铸造车间开展岗位练兵活动，共有五十余",
        "名职工参加了本次活动，大家互相学习，取长补短，现场气",
        "氛十分热烈，效果非常明显。",
        "",
        "活动中，车间还组织了技术比武，累计解",
        "",
        "决生产难题",
        "",
        "十余项，大家互相学习，取长补短，各项工作稳步推进，生",
        "产运行平稳有序。",
        "",
        "（王芳）");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).title()).isEmpty();
    assertThat(s.get(0).paragraphs()).containsExactly(
        "近日，铸造车间开展岗位练兵活动，共有五十余名职工参加了本次活动，大家互相学习，取长补短，"
            + "现场气氛十分热烈，效果非常明显。",
        "活动中，车间还组织了技术比武，累计解决生产难题十余项，大家互相学习，取长补短，"
            + "各项工作稳步推进，生产运行平稳有序。");
  }

  @Test
  void aLineEndingInAPauseIsNoPoemButOpensTheParagraphAfterIt() {
    List<Story> s = clean(
        "晋阳讯 近日，机修厂完成了主要设备的年度检修，为安全",
        "生产打下了坚实的基础，各项指标稳中向好，效果十分明显。",
        "",
        "检修期间，机修厂组织党员成立突击队，",
        "",
        "哪里有急难险重任务，哪里就有党员的身影，生产运行平稳有",
        "序，效果明显。");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).kind()).isEqualTo(StoryKind.NEWS);
    assertThat(s.get(0).lines()).isEmpty();
    assertThat(s.get(0).paragraphs()).hasSize(2).last().isEqualTo(
        "检修期间，机修厂组织党员成立突击队，哪里有急难险重任务，哪里就有党员的身影，生产运行平稳有序，效果明显。");
  }

  @Test
  void aLineWhoseSentenceTheParagraphAfterItCarriesOnIsNoHeadline() {
    // headlines follow their bodies; the line set apart ends inside a sentence that the
    // paragraph after it goes on with (时，…): no sentence opens with a one-character clause
    List<Story> s = clean(
        "晋阳讯 近日，机修厂完成了主要设备的年度检修，为安",
        "全生产打下了坚实的基础，各项指标稳中向好，效果十",
        "分明显。", "",
        "每次重读路遥的《平凡的世界》", "",
        "时，我都会想起那些在车间里度过的日子。", "",
        "机修厂", "",
        "检修保安全");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).kicker()).isEqualTo("机修厂");
    assertThat(s.get(0).title()).containsExactly("检修保安全");
    assertThat(s.get(0).paragraphs()).last().isEqualTo(
        "每次重读路遥的《平凡的世界》时，我都会想起那些在车间里度过的日子。");
  }

  @Test
  void aLineEndingWithHalfADashIsNoHeadline() {
    // the dash is one mark two characters long: broken over the line end, its halves join the
    // line to the paragraph after it
    List<Story> s = clean(
        "晋阳讯 近日，机修厂完成了主要设备的年度检修，为安",
        "全生产打下了坚实的基础，各项指标稳中向好，效果十",
        "分明显。", "",
        "这台球磨机—", "",
        "—全厂的“心脏”——已经连续运行了三百多天，检修",
        "人员每天都要对它巡检两次。", "",
        "机修厂", "",
        "检修保安全");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).title()).containsExactly("检修保安全");
    assertThat(s.get(0).paragraphs()).last().isEqualTo(
        "这台球磨机——全厂的“心脏”——已经连续运行了三百多天，检修人员每天都要对它巡检两次。");
  }

  @Test
  void aLineStoppedAtAPauseAfterAHeadlineGroupOpensTheParagraphAfterIt() {
    // headlines follow their bodies: the group closes the first story, and the line after it,
    // stopped at a pause and set apart, opens the second story's first paragraph
    List<Story> s = clean(
        "晋阳讯 近日，机修厂完成了主要设备的年度检修，为安",
        "全生产打下了坚实的基础，各项指标稳中向好，效果十",
        "分明显。", "",
        "机修厂", "",
        "检修保安全", "",
        "走进物流公司的大院里，", "",
        "一块写着安全第一的展板格外醒目。该公司建立了问",
        "题台账，完善了应急预案，各项工作稳步推进，职工的",
        "安全意识明显增强。", "",
        "物流公司", "",
        "安全第一记心间");
    assertThat(s).hasSize(2);
    assertThat(s).extracting(Story::kicker).containsExactly("机修厂", "物流公司");
    assertThat(s.get(0).title()).containsExactly("检修保安全");
    assertThat(s.get(1).lines()).isEmpty();
    assertThat(s.get(1).paragraphs()).containsExactly(
        "走进物流公司的大院里，一块写着安全第一的展板格外醒目。该公司建立了问题台账，完善了应急预案，各项工作稳步推进，职工的安全意识明显增强。");
  }

  @Test
  void aLineOpeningATitleMarkItDoesNotCloseIsNoHeadline() {
    List<Story> s = clean(
        "晋阳讯 年初以来，机修厂党支部组织党员开展主题党日",
        "活动，推动主题教育走深走实，党员们重温入党誓词，进一",
        "步坚定了理想信念。",
        "",
        "按照《党支部工作",
        "",
        "条例》要求，该党总支对九个党支部进行了标准化建设验收，",
        "党员的责任意识明显增强。");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).title()).isEmpty();
    assertThat(s.get(0).paragraphs()).last().isEqualTo(
        "按照《党支部工作条例》要求，该党总支对九个党支部进行了标准化建设验收，党员的责任意识明显增强。");
  }

  @Test
  void aStorySignedAtItsDatelineEndsWhereAWiderColumnStartsAndHolds() {
    List<Story> s = clean(
        "晋阳讯（王芳）近日，铸造车间开展岗位练兵活",
        "动，共有五十余名职工参加了本次活动，大家互相学",
        "习，取长补短，现场气氛十分热烈，效果非常明显。",
        "",
        "走进物流公司，一块写着安全第一的展板格外醒目。该",
        "公司建立了问题台账，完善了应急预案，组织开展了隐患排",
        "查，各项工作稳步推进，生产运行平稳有序。",
        "",
        "物流公司还开展了技能培训，组织职工学习操作规程和",
        "应急处置方法，全年共培训职工三百余人次，员工的安全意",
        "识和操作技能明显提高。");
    assertThat(s).hasSize(2);
    assertThat(s.get(0).byline()).isEqualTo("王芳");
    assertThat(s.get(1).dateline()).isNull();
    assertThat(s.get(1).paragraphs()).hasSize(2).first().asString().startsWith("走进物流公司");
  }

  @Test
  void twoPoemsInOneRunOfShortLinesAreCutAtTheHeadlineBetweenThem() {
    List<Story> s = clean(
        "铸造车间",
        "",
        "岗位练兵提技能",
        "",
        "晋阳讯 近日，铸造车间开展岗位练兵活动，共有50余名职工参加，效果明显。（王芳）",
        "",
        "秋夜",
        "",
        "塞上霜天雁影多，",
        "",
        "群山不语对斜阳。",
        "",
        "秋风万里过汾河，",
        "",
        "寒梅独立小窗前。",
        "",
        "故乡的月亮",
        "",
        "一条小路",
        "我们在这里扎根",
        "把青春写进岁月",
        "照亮了厂房的窗");
    assertThat(s).hasSize(3);
    assertThat(s.get(1).title()).containsExactly("秋夜");
    assertThat(s.get(1).lines()).containsExactly(
        "塞上霜天雁影多，", "群山不语对斜阳。", "秋风万里过汾河，", "寒梅独立小窗前。");
    assertThat(s.get(2).title()).containsExactly("故乡的月亮");
    assertThat(s.get(2).lines()).containsExactly("一条小路", "我们在这里扎根", "把青春写进岁月",
        "照亮了厂房的窗");
  }

  @Test
  void aCaptionsAccountStaysWithItsPictureLineAcrossABlankLineBeforeItsCredit() {
    List<Story> s = clean(
        "晋阳讯 近日，铸造车间开展岗位练兵活动，共有五十余名职工参加。 （王红）",
        "",
        " 进入四季度以来，安全环保部开展质量月活动。",
        "",
        "图为员工们正在检查管道阀门。",
        "",
        "摄影报道 张辉晓");
    assertThat(s).hasSize(2);
    assertThat(s.get(1).kind()).isEqualTo(StoryKind.PHOTO);
    assertThat(s.get(1).caption())
        .isEqualTo("进入四季度以来，安全环保部开展质量月活动。图为员工们正在检查管道阀门。");
    assertThat(s.get(1).credit()).isEqualTo("张辉晓");
  }

  @Test
  void anUndamagedCaptionRunTogetherWithADamagedStorysLastLineIsItsOwnPhoto() {
    // the story's marks all came out as images (袁 for ，, 遥 for 。), the caption's are real: an
    // article is damaged or not as a whole, so the two were set apart
    List<Story> s = clean(
        "晋阳讯 近日袁铸造车间开展岗位练兵活动袁共有五十余名职工参加袁大家",
        "互相学习袁取长补短遥",
        "",
        "目前袁该项目已进入试运行阶段袁各项参数达到设计要求遥",
        "连日来，煅烧工区干部员工加班加点，确保生产稳定运行。图为江",
        "辉燕正在调试控制系统。 摄影报道 金昌文");
    assertThat(s).hasSize(2);
    assertThat(s.get(0).paragraphs()).last()
        .isEqualTo("目前，该项目已进入试运行阶段，各项参数达到设计要求。");
    assertThat(s.get(1).caption())
        .isEqualTo("连日来，煅烧工区干部员工加班加点，确保生产稳定运行。图为江辉燕正在调试控制系统。");
    assertThat(s.get(1).credit()).isEqualTo("金昌文");
  }

  @Test
  void aDamagedArticleAndAnUndamagedOneAfterItAreTwoStories() {
    List<Story> s = clean(
        "晋阳讯 近日袁铸造车间开展岗位练兵活动袁共有五十余名职工参加袁大家",
        "互相学习袁取长补短遥",
        "",
        "走进物流公司，一块写着安全第一的展板格外醒目。该公司建立了问题台账，",
        "完善了应急预案，各项工作稳步推进。");
    assertThat(s).hasSize(2);
    assertThat(s.get(1).dateline()).isNull();
    assertThat(s.get(1).paragraphs()).containsExactly(
        "走进物流公司，一块写着安全第一的展板格外醒目。该公司建立了问题台账，完善了应急预案，各项工作稳步推进。");
  }

  @Test
  void aHeadlineSetVerticallyAfterACaptionStandsApart() {
    List<Story> s = clean(
        "铸造车间", "", "岗位练兵提技能", "",
        "晋阳讯 近日，铸造车间开展岗位练兵活动，共有五十余名职工参加，效果明显。", "",
        "年初以来，运输部组织员工对沉降槽进行检修维护。图为检修人员正在清理现场积料。 摄影报道 戴娟彬",
        "",
        "科 技 赋 能 打 造“妈 咪 小 屋”暖 心 工 程", "",
        "晋阳讯 为切实解决员工急难愁盼问题，动力车间在生产现场举办专题培训班，效果明显。");
    assertThat(s).hasSize(3);
    assertThat(s.get(1).credit()).isEqualTo("戴娟彬");
    assertThat(String.join("", s.get(2).title())).isEqualTo("科技赋能打造“妈咪小屋”暖心工程");
    assertThat(s.get(2).dateline()).isEqualTo("晋阳讯");
  }

  @Test
  void aLineEndingWithAClosingQuoteBeforeAFullFirstLineOpensThatParagraph() {
    List<Story> s = clean(
        "晋阳讯 近日，铸造车间开展岗位练兵活动，共有五十余",
        "名职工参加了本次活动，大家互相学习，取长补短，现场气",
        "氛十分热烈，效果非常明显。",
        "",
        "经过全面检修，这台循环水泵——全厂的“心脏”",
        "",
        "——连续运行了三百天。该厂党支部组织党员成立突击队，",
        "哪里有急难险重任务，哪里就有党员的身影。",
        "",
        "（王芳）",
        "",
        "铸造车间",
        "",
        "岗位练兵提技能");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).title()).containsExactly("岗位练兵提技能");
    assertThat(s.get(0).paragraphs()).last().asString().startsWith("经过全面检修，这台循环水泵——全厂的“心脏”——连续");
  }

  @Test
  void aVerticalHeadlineAfterAPoemOpensTheNextStoryWhereHeadlinesPrecedeTheirBodies() {
    List<Story> s = clean(
        "铸造车间", "", "岗位练兵提技能", "",
        "晋阳讯 近日，铸造车间开展岗位练兵活动，共有50余名职工参加，效果明显。（王芳）", "",
        " 一群人", "", "清晨的第一缕阳光", "", "照亮了厂房的窗", "", "树荫下的长椅", "",
        "那 盏 灯", "",
        "又是一年春天，我回到了黄河岸边。那时候，一家人挤在小小的窑洞里，却从不觉得日子苦。", "",
        "●林磊斌");
    assertThat(s).hasSize(3);
    assertThat(s.get(1).lines()).hasSize(4);
    assertThat(s.get(1).title()).isEmpty();
    assertThat(s.get(2).title()).containsExactly("那盏灯");
    assertThat(s.get(2).byline()).isEqualTo("林磊斌");
  }

  @Test
  void aBlankLineEndsAnAuthorsNameSetOneCharacterPerLine() {
    // the one-character line after the blank is the next poem's title
    List<Story> s = clean(
        "秋 日", "",
        "秋风万里过汾河，", "群山不语对斜阳。", "月明千里故人来，", "一川烟雨绿杨柳。", "",
        "●", "王", "秀", "梅", "",
        "灯", "",
        "炉火千年照晋阳，", "长河落日映金光。", "霜叶红于二月花，", "雪压青松青更青。", "",
        "●", "乔", "文");
    assertThat(s).extracting(Story::byline).containsExactly("王秀梅", "乔文");
    assertThat(s.get(1).title()).containsExactly("灯");
  }

  @Test
  void aLineWithoutMarksAfterClassicalVerseIsTheNextStorysTitleWhereHeadlinesPrecedeBodies() {
    // classical verse lines end with their marks; a headline carries none, so the markless line
    // after the poem heads the essay that follows it
    List<Story> s = clean(
        "岗位练兵提技能", "",
        "晋阳讯 近日，铸造车间开展岗位练兵活动，共有50余名职工参加，效果明显。（王芳）", "",
        "秋风万里过汾河，", "", "群山不语对斜阳。", "", "月明千里故人来，", "", "一川烟雨绿杨柳。", "",
        "故乡的灯火", "",
        "每个人的心里，大概都有一处遥远的故乡。那时候，一家人挤在小小的窑洞里，却从不觉得日子苦。",
        "",
        "这份温暖，将伴我走过今后的每一个秋日。", "",
        "●乔文");
    assertThat(s).hasSize(3);
    assertThat(s.get(1).lines())
        .containsExactly("秋风万里过汾河，", "群山不语对斜阳。", "月明千里故人来，", "一川烟雨绿杨柳。");
    assertThat(s.get(2).title()).containsExactly("故乡的灯火");
    assertThat(s.get(2).paragraphs()).hasSize(2);
    assertThat(s.get(2).byline()).isEqualTo("乔文");
  }

  @Test
  void aOneCharacterLineAfterAnAuthorsLineIsTheTitleOfThePieceItSigned() {
    // headlines follow their bodies: the essay's one-character title comes after its author
    List<Story> s = clean(
        "秋 日", "",
        "秋风万里过汾河，", "群山不语对斜阳。", "月明千里故人来，", "一川烟雨绿杨柳。", "",
        "● 王秀梅", "",
        "每个人的心里，大概都有一处遥远的故乡。那时候，一家人挤在小小的窑洞",
        "里，却从不觉得日子苦。", "",
        "这份温暖，将伴我走过今后的每一个秋日。", "",
        "● 乔文", "",
        "灯");
    assertThat(s).extracting(Story::byline).containsExactly("王秀梅", "乔文");
    assertThat(s.get(1).title()).containsExactly("灯");
    assertThat(s.get(1).paragraphs()).hasSize(2);
  }

  @Test
  void aParagraphNarrowedAroundAPictureDoesNotSetTheColumnOfAStoryAlreadyWider() {
    // the first paragraph's lines hold spaces (no exact measure); the narrowed one is exact, but a
    // column is as wide as its widest paragraph: the full line after it is the same essay's
    List<Story> s = clean(
        "母亲常说：“日子是过出来的，不是等出来的 。”那是一段清贫却充实的",
        "日子——白天上班，晚上读书 ，周末去河边散步。不知什么原因，我总会在",
        "夜深人静的时候想起妻子。", "",
        "我站在树荫下，看柳枝", "在风中轻轻摇曳。路边的野", "花开得正艳，红的、黄的、紫",
        "的……像打翻了的调色盘。", "",
        "读列夫·托尔斯泰的《复活》时，我才懂得什么是真正的悔悟。", "",
        "风吹过麦田，麦浪一层一层地涌向远方。", "",
        "●王芳");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).byline()).isEqualTo("王芳");
  }

  @Test
  void aPoemFillingItsFrameEndsWithItsTitleWhereHeadlinesFollowTheirBodies() {
    // the last line, shorter than every verse line, before the text's end is the poem's title
    List<Story> s = clean(
        "晋阳讯 近日，铸造车间开展岗位练兵活动，共有50余名职工参加，效果明显。（王芳）", "",
        "岗位练兵提技能", "",
        " 照亮了厂房的窗", "", "故乡的月亮", "", "一条路", "", "白衣");
    assertThat(s).hasSize(2);
    assertThat(s.get(0).title()).containsExactly("岗位练兵提技能");
    assertThat(s.get(1).title()).containsExactly("白衣");
    assertThat(s.get(1).lines()).containsExactly("照亮了厂房的窗", "故乡的月亮", "一条路");
  }

  @Test
  void aPoemFillingItsFrameOpensWithItsTitleWhereHeadlinesPrecedeTheirBodies() {
    // the frame's first line, shorter than every verse line, before the author's line: the title
    List<Story> s = clean(
        "岗位练兵提技能", "",
        "晋阳讯 近日，铸造车间开展岗位练兵活动，共有50余名职工参加，效果明显。（王芳）", "",
        " 小站", "", "照亮了厂房的窗", "", "故乡的月亮", "", "一条路", "",
        "●乔文");
    assertThat(s).hasSize(2);
    assertThat(s.get(1).title()).containsExactly("小站");
    assertThat(s.get(1).lines()).containsExactly("照亮了厂房的窗", "故乡的月亮", "一条路");
    assertThat(s.get(1).byline()).isEqualTo("乔文");
  }

  @Test
  void shortLinesThatAreWholeSentencesOrASentenceBrokenInTwoAreProseNotVerse() {
    List<Story> s = clean(
        " 山西西南部有个县域人口不足五万的永和县。", "",
        "永和县西南阁山脚下有个名闻遐迩的东征村。", "",
        "东征村有座相传为", "",
        "元代创建的关帝庙。", "",
        "如同中国北方农村惯常所见的诸多关帝庙一样，这座关帝庙规模很小，近年来却因为一段红色记忆越来",
        "越多地引起外界关注。", "",
        "●王秀梅");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).kind()).isEqualTo(StoryKind.ESSAY);
    assertThat(s.get(0).lines()).isEmpty();
    assertThat(s.get(0).paragraphs()).contains("东征村有座相传为元代创建的关帝庙。");
  }

  @Test
  void aTitleSpacedOutOpeningARunOfVerseLinesSetApartIsThePoemsTitle() {
    List<Story> s = clean(
        "岗位练兵提技能", "",
        "晋阳讯 近日，铸造车间开展岗位练兵活动，共有50余名职工参加，效果明显。（王芳）", "",
        "秋 日 随 想", "", "铝花在炉口绽放", "", "照着遥远的人", "", "那是我们的骄傲", "",
        "照亮了厂房的窗", "", "●乔文");
    assertThat(s).hasSize(2);
    assertThat(s.get(1).kind()).isEqualTo(StoryKind.POEM);
    assertThat(s.get(1).title()).containsExactly("秋日随想");
    assertThat(s.get(1).lines()).hasSize(4).first().isEqualTo("铝花在炉口绽放");
  }

  @Test
  void aDatelineOnAShortLineSetApartOpensAParagraphNotAHeadline() {
    List<Story> s = clean(
        "岗位练兵提技能", "",
        "晋阳讯 近日，铸造车间开展岗位练兵活动，共有50余名职工参加，效果明显。（王芳）", "",
        "治安巡逻大检查", "",
        "三晋讯 为了给广大", "",
        "住户提供安定祥和的生活", "",
        "环境，从10月31日起，后勤保障中心在所辖10个居民小区开展为期一周的综合治安巡逻大检查。", "",
        "（史旭英）");
    assertThat(s).hasSize(2);
    assertThat(s.get(1).title()).containsExactly("治安巡逻大检查");
    assertThat(s.get(1).dateline()).isEqualTo("三晋讯");
    assertThat(s.get(1).paragraphs()).first().asString()
        .startsWith("为了给广大住户提供安定祥和的生活环境，");
  }

  @Test
  void twoNamesInBracketsBrokenOverTwoLinesKeepTheSpaceTheLineEndSwallowed() {
    List<Story> s = clean(
        "岗位练兵提技能", "",
        " 本报讯（刘燕军",
        "赵福刚） 进入四季度以来，运城铝业公司党委书记、董事长魏杰斌带领班子成员深入一线调研，",
        "现场解决实际困难十余件。");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).byline()).isEqualTo("刘燕军 赵福刚");
  }

  @Test
  void theReportersBracketsAfterADatelineAreReadInTheirDamagedImagesInAnUndamagedParagraph() {
    List<Story> s = clean(
        "岗位练兵提技能", "",
        " 新华社北京 2 月", "18 日电 渊李华梅冤5", "月下旬，储运部通过流", "程优化，每月可降低新", "",
        "蒸汽消耗 294 余吨，节费近 90 万元。", "",
        "会上，计量中心、炭素事业部等单位作了交流发言。刘春敏要求，",
        "各单位要深化改革创新，抓好成本管控，确保安全生产长治久安。会议",
        "强调，要坚持稳中求进工作总基调，全力以赴冲刺全年目标。");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).byline()).isEqualTo("李华梅");
    assertThat(s.get(0).paragraphs()).first().asString().startsWith("5月下旬");
  }

  /**
   * An agency's 电 line: a news site's name (…网) or the paper itself reporting from elsewhere
   * (本报), then a place, a date and 电.
   */
  @ParameterizedTest
  @CsvSource({
      "中新网太原6 月 27 日电, 中新网太原6月27日电",
      "本报北京6 月 3 日电, 本报北京6月3日电"})
  void aNewsSitesOrThePapersOwnDianLineIsADateline(String raw, String dateline) {
    List<Story> s = clean(
        "岗位练兵提技能", "",
        raw + " 渊李华梅冤今年以来，炼铁厂高炉流程优",
        "化项目顺利完工，生产运行平稳有序。", "",
        "厂区道路两旁，绿叶成荫，员工们在荫凉处交流着操作心得。该公司",
        "还组织开展了“比学赶超”主题活动，引导员工把小事做细、把细事做实。");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).dateline()).isEqualTo(dateline);
    assertThat(s.get(0).byline()).isEqualTo("李华梅");
    assertThat(s.get(0).kind()).isEqualTo(StoryKind.NEWS);
    assertThat(s.get(0).paragraphs()).first().asString().startsWith("今年以来");
  }

  @Test
  void aStorySignedAtItsDatelineEndsWhereItsSteadyColumnWidensByAnEm() {
    // 16 ems over two paragraphs past the dateline's, then 17 over two: another article, whose
    // headline follows it
    List<Story> s = clean(
        "晋阳讯（王芳）近日，铸造车间", "开展岗位练兵活动，共有五十余名职", "工参加了本次活动，大家互相学习和",
        "取长补短。", "",
        "活动中，车间还组织开展了安全", "知识答题赛，全体员工认真学习操作", "规程，现场气氛十分热烈，效果非常",
        "明显。", "",
        "下一步，铸造车间将持续开展岗", "位练兵，不断提高员工的业务技能和", "安全意识。", "",
        "走进物流公司，一块写着安全第一", "的展板格外醒目。该公司建立了问题台", "账，完善了应急预案，各项工作稳步推",
        "进。", "",
        "物流公司还开展了技能培训，组织", "职工学习操作规程和应急处置方法，全", "年共培训职工三百余人次，员工的安全",
        "意识明显提高。", "",
        "物流公司", "",
        "安 全 第 一 记 心 间");
    assertThat(s).hasSize(2);
    assertThat(s.get(0).byline()).isEqualTo("王芳");
    assertThat(s.get(0).title()).isEmpty();
    assertThat(s.get(0).paragraphs()).hasSize(3);
    assertThat(s.get(1).dateline()).isNull();
    assertThat(s.get(1).kicker()).isEqualTo("物流公司");
    assertThat(s.get(1).title()).containsExactly("安全第一记心间");
    assertThat(s.get(1).paragraphs()).hasSize(2).first().asString().startsWith("走进物流公司");
  }

  @Test
  void aParagraphWithNoLineOfExactWidthSetsNoColumn() {
    // the dateline's paragraph, its lines spaced and holding digits, reads two ems short of the
    // 22 ems the paragraphs after it show: the story keeps its one column, signed once at its
    // dateline
    List<Story> s = clean(
        "本报讯（康 军） 为确保全年目标任务顺", "利完成，2023 年以来，人力资源部在职",
        "工之家举办道德讲堂，298 余名员工参加。", "",
        "会上，彭海琳通报了十二月份党建工作情况，", "并对下一阶段工作进行了安排部署。活动现场，七",
        "十六名选手同台竞技，比理论，比操作，比速度，", "现场气氛十分热烈。", "",
        "为了不影响生产，检修工作选在夜间进行，大", "家打着手电，一干就是五个小时。他们坚持每天召",
        "开班前会，讲风险，讲措施，讲要点，把安全提示", "送到每一名员工手中。", "",
        "后勤保障中心以问题为导向，逐项梳理制约生", "产的瓶颈，共形成攻关课题五项。通过线上线下相",
        "结合的方式，培训覆盖率大幅提高。", "",
        "机修厂", "",
        "筑 牢 防 线 再 上 台 阶");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).byline()).isEqualTo("康军");
    assertThat(s.get(0).title()).containsExactly("筑牢防线再上台阶");
    assertThat(s.get(0).paragraphs()).hasSize(4);
  }

  @Test
  void aParagraphInTheMeasureOfAnEarlierOneOfTheStoryIsNoChangeOfColumn() {
    // the dateline's paragraph (no line of exact width: a space, digits) reads about 17 ems, the
    // next, set 2 ems narrower beside a picture, 15, then 17 again: the column the dateline's
    // paragraph showed, not a wider one
    List<Story> s = clean(
        "河电讯（范 明）为确保全年目", "标任务顺利完成，2023 年后勤保障中", "心在篮球馆举办职工趣味运动会。", "",
        "活动现场，六十七名选手同台", "竞技，比理论，比操作，也比速度", "现场气氛十分热烈。运输部利用遥",
        "控装置远程操作，取得了成效。", "",
        "雷艳要求，各单位要做好冬季四防", "工作，压实安全责任，确保安全生产长", "治久安。", "",
        "会议强调，要坚持稳中求进工作总", "基调，全力以赴冲刺全年目标，确保各", "项任务圆满完成。");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).byline()).isEqualTo("范明");
    assertThat(s.get(0).paragraphs()).hasSize(4);
  }

  @Test
  void shortLinesCarryingOnTheSentenceOfTheParagraphRightBeforeThemAreItsLinesBesideAPicture() {
    List<Story> s = clean(
        " 三晋讯（徐阳云） 为进一步提升员工安全意识，",
        "今年以来，焙",
        "烧车间在篮球馆举",
        "办安全知识答题赛，",
        "一百余名员工参加。",
        "活动现场，七十名选手同台竞技，比理论、比操",
        "作、比速度，现场气氛十分热烈。党支部书记杨萍红",
        "提出三点要求，大家纷纷表示要严守安全底线。");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).lines()).isEmpty();
    assertThat(s.get(0).paragraphs()).first().isEqualTo(
        "为进一步提升员工安全意识，今年以来，焙烧车间在篮球馆举办安全知识答题赛，一百余名员工参加。");
  }

  @Test
  void shortLinesStoppedMidSentenceRunningStraightIntoAParagraphAreItsLinesBesideAPicture() {
    List<Story> s = clean(
        "晋阳讯 近期，热电分厂循环水工区党支部扎实开展合理化",
        "建议征集活动，针对循环水冷却塔用电消耗大这一问题，有效利",
        "用气温低这一特点，组织实施回水管改造，年可节约电费十万元。",
        "",
        "八十万吨循环水冷却",
        "塔担负着氧化铝生产用",
        "水的冷却循环再利用的",
        "任务。按照工艺流程，氧化铝生产产生的热水需要由热水泵打到",
        "冷却塔冷却后，再由冷水泵把冷却水打到氧化铝循环利用，在",
        "冬季用电消耗较大，存在改进空间。（崔丽娜）",
        "",
        "热电分厂循环水工区党支部",
        "",
        "用 好 合 理 化 建 议 自 然 冷 却 降 电 耗");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).lines()).isEmpty();
    assertThat(s.get(0).byline()).isEqualTo("崔丽娜");
    assertThat(s.get(0).kicker()).isEqualTo("热电分厂循环水工区党支部");
    assertThat(s.get(0).paragraphs()).hasSize(2).last().asString()
        .startsWith("八十万吨循环水冷却塔担负着氧化铝生产用水的冷却循环再利用的任务。");
  }

  @Test
  void aParagraphWhoseLinesHoldDigitsDoesNotUnsettleASteadyColumn() {
    // 16 ems in every paragraph of exact width; the one with digits and spaces reads 15
    List<Story> s = clean(
        "晋阳讯（王芳）近日，铸造车间", "开展岗位练兵活动，共有五十余名职", "工参加了本次活动，大家互相学习和",
        "取长补短。", "",
        "活动中，车间还组织开展了安全", "知识答题赛，全体员工认真学习操作", "规程，现场气氛十分热烈，效果非常",
        "明显。", "",
        "据统计，8 月份氧化铝产量完", "成 6.5 万吨，同比增长 28.4%，", "效果明显。", "",
        "下一步，铸造车间将持续开展岗", "位练兵，不断提高员工的业务技能和", "安全意识。", "",
        "走进物流公司，一块写着安全第一", "的展板格外醒目。该公司建立了问题台", "账，完善了应急预案，各项工作稳步推",
        "进。", "",
        "物流公司还开展了技能培训，组织", "职工学习操作规程和应急处置方法，全", "年共培训职工三百余人次，员工的安全",
        "意识明显提高。", "",
        "物流公司", "",
        "安 全 第 一 记 心 间");
    assertThat(s).hasSize(2);
    assertThat(s.get(0).paragraphs()).hasSize(4);
    assertThat(s.get(1).title()).containsExactly("安全第一记心间");
  }

  @Test
  void aColumnWidenedByMoreThanAnEmTakesTheShortParagraphAlreadySetInIt() {
    // 16 ems, then 20: the two-line paragraph reading 19 between them is the new article's
    List<Story> s = clean(
        "晋阳讯（王芳）近日，铸造车间", "开展岗位练兵活动，共有五十余名职", "工参加了本次活动，大家互相学习和",
        "取长补短。", "",
        "活动中，车间还组织开展了安全", "知识答题赛，全体员工认真学习操作", "规程，现场气氛十分热烈，效果非常",
        "明显。", "",
        "截至八月底，该车间共排查隐患 38 项", "已整改 10 项，整改率达到 26%。", "",
        "走进物流公司，一块写着安全第一的展", "板格外醒目。该公司建立了问题台账，完善了",
        "应急预案，各项工作稳步推进，员工的安全意", "识明显提高。", "",
        "物流公司还开展了技能培训，组织职工", "学习操作规程和应急处置方法，全年共培训职",
        "工三百余人次，员工的安全意识和操作技能明", "显提高。", "",
        "物流公司", "",
        "安 全 第 一 记 心 间");
    assertThat(s).hasSize(2);
    assertThat(s.get(0).paragraphs()).hasSize(2);
    assertThat(s.get(1).paragraphs()).hasSize(3).first().asString().startsWith("截至八月底");
  }
}
