package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.broadsheet.model.Diagnostics;
import org.broadsheet.model.Story;
import org.junit.jupiter.api.Test;

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
}
