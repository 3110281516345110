package org.broadsheet.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.broadsheet.ingest.ReferenceIssue;
import org.broadsheet.text.Glyph;
import org.junit.jupiter.api.Test;

/**
 * Over the seed and every simulated issue of the second frozen set (other papers, other
 * datelines): everything the layout places stays inside the type area — text runs, rules — except
 * the archive's supplied-headline note, which sits below it, inside the page; and no two text
 * runs of one page overlap.
 */
class FrameBoundsTest {
  private static final LayoutSpec SPEC = LayoutLoaderTest.broadsheet();
  private static final double TOLERANCE = 0.5;

  @Test
  void everythingPlacedStaysInsideTheTypeAreaAndNoTwoLinesOverlap() throws IOException {
    List<String> problems = new ArrayList<>();
    int issues = 0;
    for (String resource : resources()) {
      IssueFrame frame = IssueLayouter.layout(ReferenceIssue.loadResource(resource).issue(), SPEC);
      issues++;
      double typeWidth = SPEC.typeWidth();
      double left = (SPEC.page().width() - typeWidth) / 2;
      double top = SPEC.page().top();
      double bottom = top + SPEC.page().typeHeight();
      for (PageFrame page : frame.pages()) {
        List<double[]> boxes = new ArrayList<>();
        for (FrameItem item : page.items()) {
          String where = resource + " page " + page.number() + ": ";
          if (item instanceof FrameItem.TextRun r && !r.glyphs().isEmpty()) {
            Glyph last = r.glyphs().get(r.glyphs().size() - 1);
            double x0 = r.x() + Math.min(0, r.glyphs().get(0).x());
            double x1 = r.x() + last.x() + last.advance();
            // the ideographic em box: 0.88 em above the baseline, 0.12 below (Noto CJK)
            double y0 = r.baseline() - 0.88 * r.size();
            double y1 = r.baseline() + 0.12 * r.size();
            boolean note = r.tag().role() == Tag.Role.SUPPLIED_NOTE && r.tag().storyId() == null;
            double lowest = note ? SPEC.page().height() : bottom;
            if (x0 < left - TOLERANCE || x1 > left + typeWidth + r.size() / 2 + TOLERANCE
                || y0 < top - TOLERANCE || y1 > lowest + TOLERANCE) {
              problems.add(where + "«" + r.text() + "» at x " + x0 + "–" + x1 + ", y " + y0 + "–"
                  + y1);
            }
            for (double[] b : boxes) {
              boolean overlap = x0 < b[2] - TOLERANCE && b[0] < x1 - TOLERANCE
                  && y0 < b[3] - TOLERANCE && b[1] < y1 - TOLERANCE;
              if (overlap) {
                problems.add(where + "«" + r.text() + "» overlaps another line");
              }
            }
            boxes.add(new double[] {x0, y0, x1, y1});
          } else if (item instanceof FrameItem.Rule rule) {
            if (Math.min(rule.x1(), rule.x2()) < left - TOLERANCE
                || Math.max(rule.x1(), rule.x2()) > left + typeWidth + TOLERANCE
                || Math.min(rule.y1(), rule.y2()) < top - TOLERANCE
                || Math.max(rule.y1(), rule.y2()) > bottom + TOLERANCE) {
              problems.add(where + "a rule outside the type area");
            }
          }
        }
      }
    }
    assertThat(issues).isGreaterThan(40);
    assertThat(problems).isEmpty();
  }

  private static List<String> resources() throws IOException {
    List<String> out = new ArrayList<>(List.of("/org/broadsheet/ingest/seed-reference.yaml"));
    Path dir = Path.of("src/test/resources/org/broadsheet/ingest/sim/frozen-2");
    try (Stream<Path> s = Files.list(dir)) {
      s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".reference.yaml")).sorted()
          .forEach(n -> out.add("/org/broadsheet/ingest/sim/frozen-2/" + n));
    }
    return out;
  }
}
