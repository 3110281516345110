package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.broadsheet.model.Diagnostics;
import org.broadsheet.model.Story;
import org.junit.jupiter.api.Test;

/** Which pieces standing apart across blank lines are one paragraph, and which are headlines. */
class RunOnJoinerTest {
  private static List<Story> clean(String... lines) {
    byte[] raw = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    return Ingest.clean(raw, "runon.txt", new Diagnostics()).issue().allStories();
  }

  @Test
  void aShortLineRightAfterAStorysSignatureIsAHeadlineNotTheNextParagraphsFirstLine() {
    // headlines follow their bodies here; the first story's headline stands after its signature,
    // and the next story, set in a narrower column, opens with a full line: a short line after a
    // story's close is a headline even where it is as wide as the next column's lines
    List<Story> s = clean(
        "晋阳讯 近日，铸造车间开展岗位练兵活动，共有五十余",
        "名职工参加了本次活动，大家互相学习，取长补短，现场气",
        "氛十分热烈，效果非常明显。",
        "",
        "该厂党支部组织党员成立突击队，哪里有急难险重任务，哪",
        "里就有党员的身影，各项工作稳步推进。 （王芳）",
        "",
        "岗位练兵 “比武”提技能",
        "",
        "李强是检修车间的一名班长，参加",
        "工作十三年来，他始终坚守在生产一",
        "线，带领班组完成了多项检修任务。",
        "",
        "活动现场，六十名选手同台竞技，",
        "比理论、比操作、比速度，现场气氛",
        "十分热烈。",
        "",
        "（赵刚）",
        "",
        "检修车间",
        "",
        "匠 心 守 护 安 全 线");
    assertThat(s).hasSize(2);
    assertThat(s.get(0).title()).containsExactly("岗位练兵 “比武”提技能");
    assertThat(s.get(0).byline()).isEqualTo("王芳");
    assertThat(s.get(1).paragraphs()).first().asString().startsWith("李强是检修车间");
    assertThat(s.get(1).kicker()).isEqualTo("检修车间");
  }
  @Test
  void aHeadlineThatLeavesRoomOnAFirstLineIsNotTheNextParagraphsBrokenFirstLine() {
    // the next story, in a narrower column, opens with a first line whose comma hangs past the
    // indent, so it reads as a full line; the headline above it is far narrower than a first
    // line of that column: a paragraph's first line is filled before the column breaks it
    List<Story> s = clean(
        "入夏以来，供电公司组织检修人员对城区线路进行",
        "全面排查，共发现并处理各类隐患三十余处，确保了居",
        "民用电安全稳定，群众反映良好。",
        "",
        "检修班长介绍说，今年的排查比往年更加细致，每一",
        "条线路都有专人负责，每一处隐患都登记在册。",
        "",
        "夏季检修 线路隐患全部消除",
        "",
        "张海燕是城区供电所的一名老抄表员，",
        "参加工作十五年来，她走遍了辖区的每一",
        "条街巷，熟悉每一户居民的用电情况。她",
        "说，这份工作虽然平凡，却关系着千家万",
        "户的冷暖。");
    assertThat(s.stream().flatMap(x -> x.paragraphs().stream()))
        .noneMatch(p -> p.contains("夏季检修"))
        .anyMatch(p -> p.startsWith("张海燕是城区供电所"));
    assertThat(s.stream().flatMap(x -> x.title().stream()))
        .contains("夏季检修 线路隐患全部消除");
  }

  @Test
  void aFirstParagraphNarrowedAroundAPictureSetsNoColumnOfItsOwn() {
    // the story's first line is full, then a picture narrows the column for the rest of the
    // first paragraph and the start of the second; only the dateline line shows a measure, read
    // with its spaces and final comma an em or two short of the column the later paragraphs
    // show: no change of column, one story
    List<Story> s = clean(
        "本报讯 （李 明）为做好冬季安全生产工作，",
        "",
        "近日，县应急管理局",
        "在城东社区举办安全",
        "知识讲座，两百余名",
        "群众参加。",
        "副县长王刚说，",
        "今年以来，全县上下",
        "扎实推进安全生产专项整治，事故起数明显下降。他",
        "要求，各单位要压实责任，细化措施，确保全县安全",
        "形势持续稳定。",
        "",
        "会议强调，要坚持问题导向，深入排查各类风险",
        "隐患，对发现的问题立即整改，切实守住安全底线。",
        "会后，与会人员还观看了警示教育片。",
        "",
        "冬 季 安 全 有 保 障");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).paragraphs()).hasSize(3);
    assertThat(s.get(0).paragraphs().get(1)).startsWith("副县长王刚说");
  }

  @Test
  void aParagraphOpeningInARunNarrowedAroundAPictureFillsTheRunsMeasure() {
    // a picture narrows the column from the story's top; the second paragraph opens in the
    // narrowed run and a spurious blank line parts its first line from the rest: both lines fill
    // the run's measure (the first less its indent), so the line is no headline
    List<Story> s = clean(
        "入冬以来，热电公司组",
        "织员工开展设备大检修，对",
        "锅炉、汽轮机等主要设备逐",
        "一排查，摸清了设备的运行",
        "状况。",
        "",
        "检修人员分成四个小组",
        "",
        "轮流作业，用十天时间完成",
        "了全部检修任务，确保了冬季供热安全",
        "稳定，居民家中温暖如春。",
        "",
        "供热期间，公司还开通了服务热线",
        "电话，及时解决群众反映的问题。");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).title()).isEmpty();
    assertThat(s.get(0).paragraphs()).hasSize(3);
    assertThat(s.get(0).paragraphs().get(1)).startsWith("检修人员分成四个小组轮流作业");
  }
}
