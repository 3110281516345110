package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.broadsheet.model.Diagnostics;
import org.broadsheet.model.Story;
import org.junit.jupiter.api.Test;

/** Headlines before or after their bodies: the issue's own order decides whose they are. */
class HeadlineOrderTest {
  private static List<Story> clean(String... lines) {
    byte[] raw = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    return Ingest.clean(raw, "order.txt", new Diagnostics()).issue().allStories();
  }

  @Test
  void headlinesBeforeTheirBodies() {
    List<Story> s = clean("", "铸造车间", "", "岗位练兵提技能", "",
        "晋阳讯 近日，铸造车间开展岗位练兵活动，共有50余名职工参加，效果明显。", "",
        "机修厂", "", "检 修 保 安 全", "",
        "晋阳讯 近日，机修厂完成了主要设备的年度检修，为安全生产打下了基础。");
    assertThat(s).extracting(Story::kicker).containsExactly("铸造车间", "机修厂");
    assertThat(s).extracting(Story::title)
        .containsExactly(List.of("岗位练兵提技能"), List.of("检修保安全"));
  }

  @Test
  void headlinesAfterTheirBodies() {
    List<Story> s = clean("晋阳讯 近日，铸造车间开展岗位练兵活动，共有50余名职工参加，效果明显。", "",
        "铸造车间", "", "岗位练兵提技能", "",
        "晋阳讯 近日，机修厂完成了主要设备的年度检修，为安全生产打下了基础。", "",
        "机修厂", "", "检 修 保 安 全");
    assertThat(s).extracting(Story::kicker).containsExactly("铸造车间", "机修厂");
    assertThat(s).extracting(Story::title)
        .containsExactly(List.of("岗位练兵提技能"), List.of("检修保安全"));
  }

  @Test
  void textThatFitsNoStoryBecomesItsOwn() {
    List<Story> s = clean("晋阳讯 近日，铸造车间开展岗位练兵活动，共有50余名职工参加，效果明显。",
        "（王 芳）", " 一段没有电头也没有作者的文字，从另一个文本框开始。");
    assertThat(s).hasSize(2);
    assertThat(s.get(1).paragraphs()).containsExactly("一段没有电头也没有作者的文字，从另一个文本框开始。");
  }

  @Test
  void aHeadlineAfterAPhotoCreditOpensTheNextStory() {
    // the text opens with a photo (no headline of its own), so the headline after it leads on
    List<Story> s = clean("连日来，机修厂干部员工加班加点，确保生产稳定运行。图为职工正在调试控制系统。", "",
        "摄影报道 于华", "",
        "铸造车间", "", "岗位练兵提技能", "",
        "晋阳讯 近日，铸造车间开展岗位练兵活动，共有50余名职工参加，效果明显。", "",
        "（王星芸）", "",
        "晋阳讯 近日，机修厂完成了主要设备的年度检修，为安全生产打下了基础。");
    assertThat(s).extracting(Story::kicker).containsExactly(null, "铸造车间", null);
    assertThat(s).extracting(Story::title)
        .containsExactly(List.of(), List.of("岗位练兵提技能"), List.of());
  }

  @Test
  void aPoemsLastLinesBeforeANewFrameAreNoHeadline() {
    // a frame opening with a headline says "before"; the frame after the poem says nothing
    List<Story> s = clean("晋阳讯 近日，铸造车间开展岗位练兵活动，共有50余名职工参加，效果明显。", "",
        "远方", "", "风从黄河上吹来", "", "绿叶在枝头歌唱", "", "飞过山岗", "",
        " 雨后的黄河岸边，总让我想起许多往事。", "",
        " 机修厂", "", "检 修 保 安 全", "",
        "晋阳讯 近日，机修厂完成了主要设备的年度检修，为安全生产打下了基础。");
    assertThat(s.get(s.size() - 1).kicker()).isEqualTo("机修厂");
    assertThat(s.get(s.size() - 1).title()).containsExactly("检修保安全");
  }

  @Test
  void aHeadlineGroupBeforeAPoemsNewFrameClosesTheStoryBefore() {
    // the poem opens a new text frame, so the headline group before it closed the frame before;
    // the free verse after the photo credit is a poem, not a headline group opening a story
    List<Story> s = clean(
        "晋阳讯 近日，铸造车间开展岗位练兵活动，共有50余名职工参加，效果明显。（王芳）", "",
        "铸造车间", "", "岗位练兵提技能", "",
        " 雁度双峰秋几何，", "", "云浮碧涧旧痕多。", "", "只今唯有悬空寺，", "", "樵汉仙翁对烂柯。", "",
        "●杜民昌", "",
        "连日来，机修厂干部员工加班加点，确保生产稳定运行。图为员工们正在检修设备。", "",
        "摄影报道 宋海", "",
        " 炉火映红了你的脸", "", "铝花在炉口绽放", "", "把青春写进岁月", "", "风从黄河上吹来", "",
        "春风又绿了河岸", "",
        " 东征村有座相传为元代创建的关帝庙。", "",
        "如同北方农村惯常所见的诸多关帝庙一样，这座关帝庙规模很小，近年来却因为一段红色记忆",
        "越来越多地引起外界关注。");
    assertThat(s.get(0).kicker()).isEqualTo("铸造车间");
    assertThat(s.get(0).title()).containsExactly("岗位练兵提技能");
    assertThat(s.get(1).title()).isEmpty();
    assertThat(s.get(1).lines()).hasSize(4);
    assertThat(s.get(1).byline()).isEqualTo("杜民昌");
  }

  @Test
  void aHeadlineGroupAfterACaptionEndingWithItsCreditOpensTheNextStory() {
    List<Story> s = clean(
        "晋阳讯 近日，铸造车间开展岗位练兵活动，共有50余名职工参加，效果明显。（王芳）", "",
        " 近日，检修中心开展职工技能比武。图为员工们正在检修设备。 摄影报道 宋海", "",
        "冶炼车间", "", "凝 心 聚 力 安 全 生 产", "",
        "晋阳讯 年初以来，冶炼车间开展安全生产月活动，共有30余名职工参加，效果明显。");
    assertThat(s).hasSize(3);
    assertThat(s.get(1).credit()).isEqualTo("宋海");
    assertThat(s.get(1).kicker()).isNull();
    assertThat(s.get(2).kicker()).isEqualTo("冶炼车间");
    assertThat(s.get(2).title()).containsExactly("凝心聚力安全生产");
  }
}
