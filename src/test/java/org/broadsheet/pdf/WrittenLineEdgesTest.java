package org.broadsheet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.broadsheet.ingest.ReferenceIssue;
import org.broadsheet.layout.FrameItem;
import org.broadsheet.layout.IssueFrame;
import org.broadsheet.layout.IssueLayouter;
import org.broadsheet.layout.LayoutSpec;
import org.broadsheet.layout.PageFrame;
import org.broadsheet.layout.Tag;
import org.broadsheet.text.Clreq;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 6's measure, taken on written PDFs: the archive edition of the seed and of simulated
 * issues of other papers is read back with PDFBox, and every body line is checked from its glyph
 * positions: no line starts with closing or ends with opening punctuation; a justified line's
 * first glyph on the column's left edge (a paragraph's first line at its two-character indent)
 * and its last glyph's right edge on the column's right edge within 0.1 pt (a line-end mark may
 * count by its squeezed half width); no two glyphs' em boxes overlapping beyond half an em of a
 * punctuation mark; no paragraph of two or more lines ending in a line that holds one Han
 * character alone (孤字).
 */
class WrittenLineEdgesTest {
  private static final double TOLERANCE = 0.1;

  static Stream<String> issues() {
    return Stream.of("/org/broadsheet/ingest/seed-reference.yaml",
        "/org/broadsheet/ingest/sim/frozen/001.reference.yaml",
        "/org/broadsheet/ingest/sim/frozen/017.reference.yaml",
        "/org/broadsheet/ingest/sim/frozen/042.reference.yaml");
  }

  @ParameterizedTest
  @MethodSource("issues")
  void everyBodyLineMeetsTheRulesInTheWrittenPdf(String resource) throws IOException {
    LayoutSpec spec = Editions.spec();
    IssueFrame frame = IssueLayouter.layout(ReferenceIssue.loadResource(resource).issue(), spec);
    byte[] pdf = ArchiveEdition.write(frame, Editions.info(frame.issue()));
    double body = spec.style("body").size();
    double measure = spec.grid().spanEms(spec.grid().textSpan()) * body;
    List<String> problems = new ArrayList<>();
    int lines = 0;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (int p = 0; p < frame.pages().size(); p++) {
        PageFrame page = frame.pages().get(p);
        List<TextPosition> glyphs = GlyphPositions.of(doc, p + 1, p + 1);
        Map<String, List<FrameItem.TextRun>> blocks = new LinkedHashMap<>();
        for (FrameItem item : page.items()) {
          if (item instanceof FrameItem.TextRun run && run.tag().role() == Tag.Role.PARAGRAPH) {
            blocks.computeIfAbsent(run.tag().storyId() + "/" + run.tag().block(),
                k -> new ArrayList<>()).add(run);
          }
        }
        for (List<FrameItem.TextRun> block : blocks.values()) {
          for (int i = 0; i < block.size(); i++) {
            FrameItem.TextRun run = block.get(i);
            List<TextPosition> line = glyphs.stream()
                .filter(t -> Math.abs(t.getYDirAdj() - run.baseline()) < 0.5)
                .filter(t -> t.getXDirAdj() > run.x() - body / 2 - 0.5
                    && t.getXDirAdj() < run.x() + measure + 0.5)
                .filter(t -> !t.getUnicode().isBlank())
                .toList();
            boolean last = i == block.size() - 1;
            String where = "page " + page.number() + " " + run.tag().storyId() + " «"
                + run.text() + "»";
            check(line, run, measure, body, last, block.size(), where, problems);
            lines++;
          }
        }
      }
    }
    assertThat(lines).as("body lines checked").isGreaterThan(100);
    assertThat(problems).as("%d lines checked", lines).isEmpty();
  }

  private static void check(List<TextPosition> line, FrameItem.TextRun run, double measure,
      double em, boolean last, int blockLines, String where, List<String> problems) {
    if (line.isEmpty()) {
      problems.add(where + ": nothing drawn");
      return;
    }
    // a dash is drawn with U+2015's glyph, its /ActualText keeping U+2014 (the glyph's own
    // Unicode is what a position reports)
    String text = line.stream().map(TextPosition::getUnicode).reduce("", String::concat)
        .replace('―', '—');
    if (!text.replaceAll("\\s", "").equals(run.text().replaceAll("\\s", ""))) {
      problems.add(where + ": drawn as «" + text + "»");
      return;
    }
    int firstChar = text.codePointAt(0);
    int lastChar = text.codePointBefore(text.length());
    if (Clreq.isNoLineStart(firstChar)) {
      problems.add(where + ": starts with " + Character.toString(firstChar));
    }
    if (Clreq.isNoLineEnd(lastChar)) {
      problems.add(where + ": ends with " + Character.toString(lastChar));
    }
    TextPosition first = line.get(0);
    double left = cellLeft(first, em);
    // a line starts at the column edge, the indent, or (an opening mark) half an em before it
    // with its white squeezed; the layout's run x is the column's edge or the indent
    boolean onEdge = Math.abs(left - run.x()) <= TOLERANCE
        || Math.abs(left - (run.x() - em / 2)) <= TOLERANCE && Clreq.isOpeningFullWidth(firstChar)
        || Math.abs(left - (run.x() + 2 * em)) <= TOLERANCE;
    if (!onEdge) {
      problems.add(where + ": first glyph at " + left + ", column edge " + run.x());
    }
    if (!last) {
      TextPosition end = line.get(line.size() - 1);
      double right = cellLeft(end, em) + cellWidth(end, em);
      double edge = run.x() + measure; // body lines start at their column's left edge
      // a line-end closing mark may be squeezed into its white half: its glyph box then reaches
      // past the edge by at most half an em, its squeezed width ending on the edge
      boolean squeezable = Clreq.isClosingFullWidth(lastChar);
      boolean onRight = Math.abs(right - edge) <= TOLERANCE
          || squeezable && right > edge && right - cellWidth(end, em) / 2 <= edge + TOLERANCE;
      if (!onRight) {
        problems.add(where + ": last glyph ends at " + right + ", column edge " + edge);
      }
    }
    for (int k = 1; k < line.size(); k++) {
      TextPosition a = line.get(k - 1);
      TextPosition b = line.get(k);
      double overlap = cellLeft(a, em) + cellWidth(a, em) - cellLeft(b, em);
      // punctuation compression takes at most the white half of each mark's em
      double allowed = (isMark(a.getUnicode()) ? em / 2 : 0) + (isMark(b.getUnicode()) ? em / 2 : 0);
      if (overlap > TOLERANCE + allowed) {
        problems.add(where + ": «" + a.getUnicode() + b.getUnicode() + "» overlap " + overlap);
      }
    }
    if (last && blockLines >= 2) {
      long han = text.codePoints().filter(Clreq::isHan).count();
      long other = text.codePoints().filter(cp -> !Clreq.isHan(cp) && Character.isLetterOrDigit(cp))
          .count();
      if (han == 1 && other == 0) {
        problems.add(where + ": 孤字");
      }
    }
  }

  /**
   * A dash is drawn widened about the centre of its one-em cell so that the dashes of —— join:
   * its cell, not its scaled glyph box, is what stands on the grid.
   */
  private static double cellLeft(TextPosition t, double em) {
    return isDash(t) ? t.getXDirAdj() + t.getWidthDirAdj() / 2 - em / 2 : t.getXDirAdj();
  }

  private static double cellWidth(TextPosition t, double em) {
    return isDash(t) ? em : t.getWidthDirAdj();
  }

  private static boolean isDash(TextPosition t) {
    return "―".equals(t.getUnicode()) || "—".equals(t.getUnicode());
  }

  private static boolean isMark(String s) {
    return !s.isEmpty() && !Character.isLetterOrDigit(s.codePointAt(0));
  }
}
