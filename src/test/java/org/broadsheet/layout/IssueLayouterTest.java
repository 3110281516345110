package org.broadsheet.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.broadsheet.model.BroadsheetException;
import org.broadsheet.model.Issue;
import org.broadsheet.model.Page;
import org.broadsheet.model.Story;
import org.broadsheet.model.StoryKind;
import org.junit.jupiter.api.Test;

class IssueLayouterTest {
  private static final LayoutSpec SPEC = LayoutLoaderTest.broadsheet();
  private static final String SENTENCES = "近日，公司开展了全员安全培训。检修人员在现场认真观察作业情况，"
      + "及时纠正操作中的错误。此次改造不仅提高了热水输送能力，还降低了蒸汽消耗2500余吨。"
      + "“我要安全”成为大家的共识；员工们纷纷表示（记者 王某）：要把《安全规程》落到实处！";

  /** Random paragraphs cut from the sentences above, reproducibly. */
  static List<String> paragraphs(int count, int length, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder sb = new StringBuilder();
      while (sb.length() < length) {
        sb.append(SENTENCES, r.nextInt(20), SENTENCES.length());
      }
      out.add(sb.substring(0, length) + "。");
    }
    return out;
  }

  @Test
  void everyCharacterOfEveryStoryIsPlacedOnTheFourPages() {
    List<Story> stories = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      stories.add(new Story("s" + i, i % 5 == 0 ? StoryKind.NEWS : StoryKind.FEATURE, null,
          i % 3 == 0 ? List.of("标题第" + i + "号") : List.of(), null,
          i % 5 == 0 ? "本报讯" : null, i % 2 == 0 ? "王某" : null,
          paragraphs(1 + i % 4, 60 + 37 * i % 300, i), List.of(), null, null, null, null,
          List.of(), null, null));
    }
    Issue issue = new Issue("晋铝报", null, null, null, List.of(), List.of(), stories);
    IssueFrame frame = IssueLayouter.layout(issue, SPEC);
    assertThat(frame.pages()).hasSize(4);
    assertThat(placedMinusFurniture(frame)).isEqualTo(counts(issue.storyTexts().toList()));
    assertThat(frame.pages()).allSatisfy(p -> assertThat(p.stories()).isNotEmpty());
  }

  @Test
  void aStoryTooLongForItsPageContinuesOnTheNextWithJumpLines() {
    Story longStory = Story.of("long", StoryKind.FEATURE, paragraphs(30, 400, 7));
    Story next = Story.of("next", StoryKind.FEATURE, paragraphs(2, 100, 8));
    Issue issue = new Issue("晋铝报", null, null, null, List.of(),
        List.of(new Page(1, "要闻", List.of(), List.of(longStory)),
            new Page(2, "生产", List.of(), List.of(next))), List.of());
    IssueFrame frame = IssueLayouter.layout(issue, SPEC);
    assertThat(frame.pages().get(0).furniture()).contains("（下转第2版）");
    assertThat(frame.pages().get(1).furniture()).contains("（上接第1版）");
    assertThat(frame.pages().get(1).stories()).containsExactly("long", "next");
    assertThat(placedMinusFurniture(frame)).isEqualTo(counts(issue.storyTexts().toList()));
  }

  @Test
  void textOverflowingTheLastPageContinuesOnAnExtraPageWithAWarning() {
    Story longStory = Story.of("long", StoryKind.FEATURE, paragraphs(30, 400, 7));
    Issue issue = new Issue("晋铝报", null, null, null, List.of(),
        List.of(new Page(4, "副刊", List.of(), List.of(longStory))), List.of());
    org.broadsheet.model.Diagnostics d = new org.broadsheet.model.Diagnostics();
    IssueFrame frame = IssueLayouter.layout(issue, SPEC, id -> org.broadsheet.model.SourceSpan
        .NONE, d);
    assertThat(frame.pages()).hasSize(5);
    assertThat(frame.pages().get(4).furniture()).contains("（上接第4版）");
    assertThat(d.all()).extracting(org.broadsheet.model.Diagnostic::code).contains("L314");
    assertThat(placedMinusFurniture(frame)).isEqualTo(counts(issue.storyTexts().toList()));
  }

  @Test
  void textThatFitsOnNoPageIsAnErrorNotALoss() {
    Story huge = Story.of("huge", StoryKind.FEATURE, paragraphs(400, 400, 9));
    Issue issue = new Issue("晋铝报", null, null, null, List.of(), List.of(), List.of(huge));
    BroadsheetException e = catchThrowableOfType(BroadsheetException.class,
        () -> IssueLayouter.layout(issue, SPEC));
    assertThat(e.diagnostics().get(0).code()).isEqualTo("L311");
    assertThat(e.diagnostics().get(0).message()).contains("huge");
  }

  @Test
  void anIssueWithMorePagesThanTheLayoutKeepsThemAllInOrder() {
    List<Page> pages = new ArrayList<>();
    for (int n = 1; n <= 6; n++) {
      pages.add(new Page(n, "第" + n + "版名", List.of(), List.of(Story.of("s" + n,
          StoryKind.FEATURE, paragraphs(1, 80, n)))));
    }
    Issue issue = new Issue("晋铝报", null, null, null, List.of(), pages, List.of());
    IssueFrame frame = IssueLayouter.layout(issue, SPEC);
    assertThat(frame.pages()).extracting(PageFrame::number).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(frame.pages().get(5).stories()).containsExactly("s6");
  }

  @Test
  void aSuppliedHeadlineIsSignedAndExplainedOncePerPageForTheArchiveOnly() {
    Story supplied = new Story("a", StoryKind.FEATURE, null, List.of("编者补拟的标题"), null, null,
        null, paragraphs(1, 80, 1), List.of(), null, null, null, null, List.of("title"), null,
        null);
    Story another = new Story("b", StoryKind.FEATURE, null, List.of("又一个补拟标题"), null, null,
        null, paragraphs(1, 80, 2), List.of(), null, null, null, null, List.of("title"), null,
        null);
    Story original = new Story("c", StoryKind.FEATURE, null, List.of("原有标题"), null, null,
        null, paragraphs(1, 80, 3), List.of(), null, null, null, null, List.of(), null, null);
    Issue issue = new Issue("晋铝报", null, null, null, List.of(),
        List.of(new Page(1, "要闻", List.of(), List.of(supplied, another, original))), List.of());
    PageFrame page = IssueLayouter.layout(issue, SPEC).pages().get(0);
    List<FrameItem.TextRun> notes = page.items().stream()
        .filter(i -> i.tag().role() == Tag.Role.SUPPLIED_NOTE)
        .map(FrameItem.TextRun.class::cast).toList();
    assertThat(notes).extracting(FrameItem.TextRun::text)
        .containsExactly("※", "※", StoryLayouter.SUPPLIED_NOTE);
    assertThat(notes).allSatisfy(n -> assertThat(n.tag().inPrint()).isFalse());
    assertThat(notes.get(0).tag().storyId()).isEqualTo("a");
    assertThat(notes.get(1).tag().storyId()).isEqualTo("b");
    assertThat(page.furniture()).contains(StoryLayouter.SUPPLIED_NOTE);
  }

  @Test
  void aHeadlineOfSeveralLinesHasLinesOfEvenLength() {
    // 50 characters of 二号: more than one line even across the whole type area
    String title = "运城供电分公司来中铝山西新材料洽谈对接电力工作并就电费结算方式未来生产组织运行方式国家相关电力政策深入沟通交流";
    Story s = new Story("a", StoryKind.NEWS, null, List.of(title), null, "本报讯", null,
        paragraphs(1, 80, 1), List.of(), null, null, null, null, List.of(), null, null);
    Story t = Story.of("b", StoryKind.FEATURE, paragraphs(1, 80, 2));
    Issue issue = new Issue("晋铝报", null, null, null, List.of(),
        List.of(new Page(2, "生产", List.of(), List.of(s, t))), List.of());
    List<FrameItem.TextRun> lines = IssueLayouter.layout(issue, SPEC).pages().get(1).items()
        .stream().filter(i -> i.tag().role() == Tag.Role.TITLE)
        .map(FrameItem.TextRun.class::cast).toList();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
    int first = lines.get(0).text().codePointCount(0, lines.get(0).text().length());
    int last = lines.get(lines.size() - 1).text()
        .codePointCount(0, lines.get(lines.size() - 1).text().length());
    // on one measure, n lines of Han text differ by less than n characters (the unbalanced
    // setting would leave a full line over a short one)
    assertThat(first - last).as("%s", lines.stream().map(FrameItem.TextRun::text).toList())
        .isBetween(0, lines.size() - 1);
  }

  @Test
  void aHeadlineThatNeedsTwoLinesBreaksAtItsPrintedSpace() {
    String first = "实操实训提升全员技能水平筑牢安全防线";
    String second = "预防事故夯实安全生产基础保障企业高质量发展持续向好再上新台阶";
    Story s = new Story("a", StoryKind.NEWS, null, List.of(first + " " + second), null,
        "本报讯", null, paragraphs(1, 80, 1), List.of(), null, null, null, null, List.of(), null,
        null);
    Issue issue = new Issue("晋铝报", null, null, null, List.of(),
        List.of(new Page(2, "生产", List.of(), List.of(s))), List.of());
    List<String> lines = IssueLayouter.layout(issue, SPEC).pages().get(1).items().stream()
        .filter(i -> i.tag().role() == Tag.Role.TITLE)
        .map(i -> ((FrameItem.TextRun) i).text()).toList();
    assertThat(lines).containsExactly(first, second);
  }

  @Test
  void runningHeadsNameThePageAndSection() {
    Issue issue = new Issue("晋铝报", null, null, null, List.of(),
        List.of(new Page(1, "要闻", List.of(), List.of(Story.of("a", StoryKind.FEATURE,
            paragraphs(1, 50, 1)))), new Page(2, "生产经营", List.of(), List.of(Story.of("b",
            StoryKind.FEATURE, paragraphs(1, 50, 2))))), List.of());
    IssueFrame frame = IssueLayouter.layout(issue, SPEC);
    assertThat(frame.pages().get(1).furniture()).contains("晋铝报", "第2版　生产经营");
    assertThat(frame.pages().get(0).furniture()).contains("晋铝报", "第1版　要闻");
  }

  private static Map<Integer, Integer> placedMinusFurniture(IssueFrame frame) {
    Map<Integer, Integer> m = new HashMap<>();
    for (PageFrame p : frame.pages()) {
      for (FrameItem it : p.items()) {
        if (it instanceof FrameItem.TextRun r) {
          add(m, r.text(), 1);
        }
      }
      p.furniture().forEach(f -> add(m, f, -1));
    }
    m.values().removeIf(v -> v == 0);
    return m;
  }

  private static Map<Integer, Integer> counts(List<String> texts) {
    Map<Integer, Integer> m = new HashMap<>();
    texts.forEach(t -> add(m, t, 1));
    return m;
  }

  private static void add(Map<Integer, Integer> m, String s, int sign) {
    s.codePoints().filter(cp -> !Character.isWhitespace(cp) && cp != 0x3000)
        .forEach(cp -> m.merge(cp, sign, Integer::sum));
  }
}
