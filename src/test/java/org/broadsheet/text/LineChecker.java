package org.broadsheet.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks set lines against the rules of Chinese composition, from the glyphs' positions and the
 * font's metrics alone (it does not look at items or ratios): line-start and line-end
 * prohibitions (clreq §3.1.7), nothing split, justified edges within 0.1 pt, em boxes overlapping
 * only by the white punctuation compression may remove (§3.1.6), consecutive marks compressed,
 * the Han–Latin quarter em (§3.2.2), no 孤字, and no character lost. Its character sets are its
 * own, written from clreq and GB/T 15834, not taken from {@link Clreq}.
 */
final class LineChecker {
  static final double EDGE_TOLERANCE_PT = 0.1;
  private static final double EPS_PT = 0.01;
  private static final String CLOSING = "，。、；：？！）］】》」』”’〉〕";
  private static final String OPENING = "（［【《「『“‘〈〔";
  private static final String NO_START = CLOSING + "·,.;:?!)%";
  private static final String NO_END = OPENING + "([";

  /** What one check found. */
  record Report(List<String> violations, int lines, int justified, int squeezed, int pushed,
      int loose) {}

  private LineChecker() {}

  /**
   * @param text the paragraph as given
   * @param lines what the setter made of it
   * @param sizePt type size
   * @param measureEms column width in ems
   * @param indent whether the first line is indented two ems
   */
  static Report check(String text, List<SetLine> lines, double sizePt, double measureEms,
      boolean indent) {
    List<String> v = new ArrayList<>();
    double em = sizePt;
    double measure = measureEms * em;
    int squeezed = 0;
    int pushed = 0;
    int justified = 0;
    int loose = 0;
    StringBuilder all = new StringBuilder();
    boolean[] spaceBefore = spaces(text);
    for (int li = 0; li < lines.size(); li++) {
      SetLine line = lines.get(li);
      List<Glyph> gs;
      String where = "line " + (li + 1) + " «" + line.text() + "»: ";
      all.append(line.text().replace(" ", ""));
      if (line.text().startsWith(" ") || line.text().endsWith(" ")) {
        v.add(where + "a space at a line edge");
      }
      // spaces are drawn mid-line for the text layer; the rules look at the ink
      gs = line.glyphs().stream().filter(g -> !g.text().isBlank()).toList();
      if (gs.isEmpty()) {
        v.add(where + "empty line");
        continue;
      }
      Glyph first = gs.get(0);
      Glyph last = gs.get(gs.size() - 1);
      if (NO_START.contains(first.text())) {
        v.add(where + "starts with " + first.text());
      }
      if (NO_END.contains(last.text()) && li < lines.size() - 1) {
        v.add(where + "ends with " + last.text());
      }
      double left = li == 0 && indent ? 2 * em : 0;
      if (Math.abs(cellStart(first) - left) > EDGE_TOLERANCE_PT) {
        v.add(where + String.format("first glyph box at %.3f pt, edge at %.3f", cellStart(first),
            left));
      }
      boolean lastLine = li == lines.size() - 1;
      double right = cellStart(last) + cellWidth(last);
      boolean endSqueezed = false;
      if (!lastLine) {
        justified++;
      }
      if (CLOSING.contains(last.text()) && (!lastLine || right > measure + EPS_PT)) {
        // a squeezed line-end mark counts by its squeezed width: at least its ink half
        double kept = measure - cellStart(last);
        if (kept < cellWidth(last) / 2 - EDGE_TOLERANCE_PT
            || kept > cellWidth(last) + EDGE_TOLERANCE_PT) {
          v.add(where + String.format("end mark keeps %.3f pt of %.3f", kept, cellWidth(last)));
        }
        endSqueezed = kept < cellWidth(last) - EDGE_TOLERANCE_PT;
      } else if (!lastLine && Math.abs(right - measure) > EDGE_TOLERANCE_PT) {
        v.add(where + String.format("last glyph box ends at %.3f pt, edge at %.3f", right,
            measure));
      } else if (lastLine && right > measure + EDGE_TOLERANCE_PT) {
        v.add(where + "last line overruns the measure");
      }
      if (endSqueezed || line.ratio() < -1e-9) {
        squeezed++;
      } else if (!lastLine && line.ratio() > 1e-9) {
        pushed++;
        if (line.ratio() > BreakSettings.DEFAULT.tolerance()) {
          loose++;
        }
      }
      checkNeighbours(gs, em, line.ratio(), where, v);
      if (li + 1 < lines.size()) {
        int at = all.length(); // index of the next line's first character in the stripped text
        boolean spaced = at < spaceBefore.length && spaceBefore[at];
        checkSplit(last, lines.get(li + 1).glyphs().get(0), spaced, where, v);
      }
    }
    if (lines.size() >= 2) {
      List<Glyph> lastGlyphs = lines.get(lines.size() - 1).glyphs();
      long han = lastGlyphs.stream().filter(g -> isHan(g.text())).count();
      long other = lastGlyphs.stream().filter(g -> isWordChar(g.text())).count();
      if (han == 1 && other == 0) {
        v.add("孤字: last line «" + lines.get(lines.size() - 1).text() + "»");
      }
    }
    String expected = text.replaceAll("\\s", "");
    if (!all.toString().replace(" ", "").equals(expected)) {
      v.add("text changed: «" + all + "» for «" + expected + "»");
    }
    return new Report(v, lines.size(), justified, squeezed, pushed, loose);
  }

  /** Neighbours in a line: em boxes, ink, compression of consecutive marks, Han–Latin space. */
  private static void checkNeighbours(List<Glyph> gs, double em, double ratio, String where,
      List<String> v) {
    // how far justification opened the white between characters: measured between Han
    // characters, or from the line's ratio and the Han stretch when it has no two side by side
    double hanExtra = Math.max(0, ratio) * BreakSettings.DEFAULT.hanStretch() * em;
    for (int k = 0; k + 1 < gs.size(); k++) {
      Glyph a = gs.get(k);
      Glyph b = gs.get(k + 1);
      if (isHan(a.text()) && isHan(b.text())) {
        hanExtra = Math.max(hanExtra, cellStart(b) - cellStart(a) - cellWidth(a));
      }
    }
    for (int k = 0; k + 1 < gs.size(); k++) {
      Glyph a = gs.get(k);
      Glyph b = gs.get(k + 1);
      double overlap = cellStart(a) + cellWidth(a) - cellStart(b);
      double allowed = (CLOSING.contains(a.text()) ? cellWidth(a) / 2 : 0)
          + (OPENING.contains(b.text()) ? cellWidth(b) / 2 : 0);
      if (overlap > allowed + EPS_PT) {
        v.add(where + String.format("%s%s em boxes overlap %.3f pt (allowed %.3f)", a.text(),
            b.text(), overlap, allowed));
      }
      double inkA = a.x() + a.face().inkRight(a.shown().codePointAt(0)) * em;
      double inkB = b.x() + b.face().inkLeft(b.shown().codePointAt(0)) * em;
      boolean latin = isWordChar(a.text()) || isWordChar(b.text()); // Latin ink may overhang
      if (!latin && inkA > inkB + EPS_PT) {
        v.add(where + a.text() + b.text() + " ink overlaps");
      }
      boolean marks = (CLOSING + OPENING).contains(a.text()) && (CLOSING + OPENING)
          .contains(b.text());
      if (marks) {
        // the white between the two marks' ink halves: at most half an em (clreq §3.1.6.2)
        double aInkHalfEnd = cellStart(a) + (CLOSING.contains(a.text()) ? cellWidth(a) / 2
            : cellWidth(a));
        double bInkHalfStart = cellStart(b) + (OPENING.contains(b.text()) ? cellWidth(b) / 2 : 0);
        double white = bInkHalfStart - aInkHalfEnd;
        double limit = (CLOSING.contains(a.text()) && OPENING.contains(b.text()) ? em / 2 : 0)
            + hanExtra;
        if (white > limit + EPS_PT) {
          v.add(where + String.format("%s%s not compressed: %.3f pt white", a.text(), b.text(),
              white));
        }
      }
      boolean hanLatin = isHan(a.text()) && isWordChar(b.text())
          || isWordChar(a.text()) && isHan(b.text());
      if (hanLatin) {
        double gap = cellStart(b) - cellStart(a) - cellWidth(a);
        boolean tooWide = hanExtra > 0 && gap > em / 4 + hanExtra + EPS_PT;
        boolean natural = Math.abs(ratio) < 1e-9;
        boolean tooNarrow = gap < (natural ? em / 4 : em / 8) - EPS_PT;
        boolean notQuarter = natural && Math.abs(gap - em / 4) > EPS_PT;
        if (tooNarrow || notQuarter || tooWide) {
          v.add(where + String.format("%s%s Han–Latin space %.3f pt", a.text(), b.text(), gap));
        }
      }
    }
  }

  /** ——, ……, numbers and Latin words never split across lines. */
  private static void checkSplit(Glyph end, Glyph start, boolean spaced, String where,
      List<String> v) {
    boolean dash = end.text().equals("—") && start.text().equals("—");
    boolean dots = end.text().equals("…") && start.text().equals("…")
        || end.text().equals("⋯") && start.text().equals("⋯");
    boolean word = !spaced && (isWordChar(end.text()) || ".,:-%".contains(end.text()))
        && isWordChar(start.text());
    if (dash || dots || word) {
      v.add(where + "splits " + end.text() + "|" + start.text());
    }
  }

  /** Per character of the text without white space: whether white space preceded it. */
  private static boolean[] spaces(String text) {
    String stripped = text.replaceAll("\\s", "");
    boolean[] result = new boolean[stripped.length() + 1];
    int k = 0;
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        space = true;
      } else {
        result[k++] = space;
        space = false;
      }
    }
    return result;
  }

  /**
   * The em cell a glyph stands for: a one-em mark drawn with a narrower glyph centred in it
   * (dashes) counts from the cell's start; everything else by its own advance.
   */
  private static double cellStart(Glyph g) {
    return g.x();
  }

  private static double cellWidth(Glyph g) {
    return g.advance();
  }

  static boolean isHan(String s) {
    return !s.isEmpty() && Character.UnicodeScript.of(s.codePointAt(0))
        == Character.UnicodeScript.HAN;
  }

  static boolean isWordChar(String s) {
    return s.length() == 1 && s.charAt(0) < 0x80 && Character.isLetterOrDigit(s.charAt(0));
  }
}
