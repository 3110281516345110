package org.broadsheet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryTest {
  @Test
  void textsAreInReadingOrderAndSkipStanzaBreaks() {
    Story s = new Story("p4-02", StoryKind.POEM, "引题", List.of("主题一", "主题二"), "副题", null,
        "刘晓茵", List.of(), List.of("第一行", "", "第二行"), null, null, null, null, List.of(),
        null, null);
    assertThat(s.texts()).containsExactly("引题", "主题一", "主题二", "副题", "刘晓茵", "第一行",
        "第二行");
  }

  @Test
  void listsAreCopiedSoTheRecordStaysImmutable() {
    List<String> paragraphs = new ArrayList<>(List.of("甲"));
    Story s = Story.of("a", StoryKind.NEWS, paragraphs);
    paragraphs.add("乙");
    assertThat(s.paragraphs()).containsExactly("甲");
    assertThatThrownBy(() -> s.paragraphs().add("丙"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anIssueHasPagesOrAFlatListNotBoth() {
    Story s = Story.of("a", StoryKind.NEWS, List.of("甲"));
    assertThatThrownBy(() -> new Issue("劲旅", null, null, null, List.of(),
        List.of(new Page(1, null, List.of(), List.of(s))), List.of(s)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void allStoriesRunPageByPage() {
    Story a = Story.of("a", StoryKind.NEWS, List.of("甲"));
    Story b = Story.of("b", StoryKind.NEWS, List.of("乙"));
    Issue issue = new Issue("劲旅", null, null, null, List.of(),
        List.of(new Page(1, null, List.of(), List.of(a)), new Page(2, null, List.of(), List.of(b))),
        List.of());
    assertThat(issue.allStories()).containsExactly(a, b);
  }

  @Test
  void aDiagnosticPrintsFileLineAndColumn() {
    Diagnostic d = Diagnostic.error("F154", SourceSpan.of("x.yaml", 4, 11), "unknown kind");
    assertThat(d).hasToString("x.yaml:4:11: error[F154]: unknown kind");
  }
}
