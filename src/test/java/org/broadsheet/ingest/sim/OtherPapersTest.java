package org.broadsheet.ingest.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.broadsheet.ingest.ReferenceIssue;
import org.junit.jupiter.api.Test;

/**
 * The held-out issues of other papers ({@link OtherPapers}, {@link HeldOutScore#simulator}): they
 * are the ground truth of their references like every simulated issue, none of them names one of
 * the six papers, and a frame set in half-width marks holds more characters to a full line.
 */
class OtherPapersTest {
  private static final IssueSimulator OTHER = HeldOutScore.simulator("other");
  private static final IssueSimulator NARROW = HeldOutScore.simulator("other-narrow");

  @Property(tries = 30)
  void everyOtherPaperIssueIsTheGroundTruthOfItsReference(@ForAll long seed) {
    SimulatedIssue issue = NARROW.generate("o", seed);
    assertThat(TruthCheck.problems(issue.text(), issue.referenceYaml())).isEmpty();
    assertThat(ReferenceIssue.parse(issue.referenceYaml()).issue().allStories())
        .isEqualTo(issue.truth());
  }

  @Test
  void otherPapersShareNoNameDatelineOrPublisherWithTheSix() {
    Set<String> six = Paper.ALL.stream()
        .flatMap(p -> java.util.stream.Stream.of(p.name(), p.org(), p.dateline()))
        .collect(Collectors.toSet());
    six.remove("本报讯"); // every paper's own dateline may be 本报讯
    for (Paper p : OtherPapers.ALL) {
      assertThat(six).doesNotContain(p.name(), p.org(), p.dateline());
    }
    assertThat(OtherPapers.ALL).hasSizeGreaterThanOrEqualTo(6);
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      SimulatedIssue issue = OTHER.generate("o", 1000L + i);
      titles.add(ReferenceIssue.parse(issue.referenceYaml()).issue().title());
      for (Paper p : Paper.ALL) {
        assertThat(issue.text()).as(issue.name()).doesNotContain(p.name() + "讯", p.org());
      }
    }
    assertThat(titles).allMatch(t -> OtherPapers.ALL.stream().anyMatch(p -> p.name().equals(t)));
  }

  @Test
  void aHalfWidthFrameHoldsMoreCharactersToAFullLine() {
    // the same 20-em column: full-width marks fill it at 20 characters, half-width ones at more
    String text = "安全生产，责任重于泰山。".repeat(4);
    List<Glyph> glyphs = text.codePoints().mapToObj(Glyph::of).toList();
    List<String> full = new ColumnSetter(20, -1, -1, 20, false).set(glyphs, false);
    List<String> half = new ColumnSetter(20, -1, -1, 20, true).set(glyphs, false);
    assertThat(full.get(0).length()).isEqualTo(20);
    assertThat(half.get(0).length()).isGreaterThan(20);
    assertThat(half.stream().mapToInt(String::length).sum()
        - full.stream().mapToInt(String::length).sum()).isZero();
    assertThat(half.get(1).length()).isGreaterThan(full.get(1).length());
    assertThat(String.join("", half)).isEqualTo(text);
  }
}
