package org.broadsheet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.ingest.ReferenceIssue;
import org.broadsheet.model.Page;
import org.broadsheet.model.Story;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every paragraph of the hand-checked seed reference (28 stories), set at one basic column (13
 * ems), one and a half (20) and the layout's body text column (27: two columns and a gutter),
 * checked line by line by {@link LineChecker}.
 */
class SeedParagraphsTest {
  private static final double SIZE = 9;
  private static final FontFace SERIF = FontLibrary.face(Path.of("fonts/NotoSerifSC-Regular.ttf"));

  @ParameterizedTest(name = "{0} ems")
  @ValueSource(ints = {13, 20, 27})
  void everySeedParagraphFollowsTheRules(int measure) {
    ReferenceIssue ref = ReferenceIssue.loadResource("/org/broadsheet/ingest/seed-reference.yaml");
    List<Story> stories = new ArrayList<>(ref.issue().stories());
    for (Page p : ref.issue().pages()) {
      stories.addAll(p.stories());
    }
    ParagraphSetter.Style style = new ParagraphSetter.Style(SERIF, List.of(), SIZE,
        BreakSettings.DEFAULT, true, false);
    List<String> violations = new ArrayList<>();
    int paragraphs = 0;
    int lines = 0;
    int squeezed = 0;
    int stretched = 0;
    for (Story s : stories) {
      for (String text : s.paragraphs()) {
        List<SetLine> set = ParagraphSetter.set(text, measure, style);
        LineChecker.Report r = LineChecker.check(text, set, SIZE, measure, true);
        r.violations().forEach(v -> violations.add(s.id() + ": " + v));
        assertThat(set).noneMatch(SetLine::overfull);
        paragraphs++;
        lines += r.lines();
        squeezed += r.squeezed();
        stretched += r.pushed();
      }
    }
    System.out.printf("[text] seed at %d ems: %d paragraphs, %d lines, %d squeezed, %d stretched%n",
        measure, paragraphs, lines, squeezed, stretched);
    assertThat(paragraphs).isGreaterThan(50);
    assertThat(violations).isEmpty();
  }
}
