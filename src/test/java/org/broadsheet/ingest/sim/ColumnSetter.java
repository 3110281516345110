package org.broadsheet.ingest.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph into the lines of its original column, as the extracted text shows them:
 * full lines of the column width, the first line of a paragraph two ems short (the indent, which
 * extraction dropped), a run of narrower lines where the column ran around a picture, and the
 * line-breaking rules of Chinese typesetting (clreq §3.1.7: closing marks never start a line,
 * they hang in the margin; opening marks never end one).
 */
final class ColumnSetter {
  private static final String NO_START = "，。、；：？！）》”’〕〉…";
  private static final String NO_END = "（《“‘〔〈";
  private final double width;
  private final int narrowFrom;
  private final int narrowTo;
  private final double narrowWidth;
  /**
   * Marks that a frame set in half-width punctuation (clreq, 标点符号的宽度调整: pause, stop and
   * bracket marks set in half an em) gives half an em; dashes and ellipses keep their two ems.
   */
  static final String HALF_WIDTH_MARKS = "，。、；：？！（）《》“”‘’〔〕〈〉·";
  private final boolean narrowMarks;
  private int lineNo;
  private double lastLimit;
  private double lastWidth;

  /**
   * @param width the column width in ems
   * @param narrowFrom first line (0-based, counted over the article) of a narrowed run, or -1
   * @param narrowTo last line of the narrowed run
   * @param narrowWidth the narrowed run's width in ems
   */
  ColumnSetter(double width, int narrowFrom, int narrowTo, double narrowWidth) {
    this(width, narrowFrom, narrowTo, narrowWidth, false);
  }

  /** @param narrowMarks the frame sets its marks half-width ({@link #HALF_WIDTH_MARKS}) */
  ColumnSetter(double width, int narrowFrom, int narrowTo, double narrowWidth,
      boolean narrowMarks) {
    this.narrowMarks = narrowMarks;
    this.width = width;
    this.narrowFrom = narrowFrom;
    this.narrowTo = narrowTo;
    this.narrowWidth = narrowWidth;
  }

  /** The full width of the column where the last line was set (narrowed runs included). */
  double lastLimit() {
    return lastLimit;
  }

  double width() {
    return width;
  }

  boolean narrowMarks() {
    return narrowMarks;
  }

  /** The width in ems of the last line set. */
  double lastWidth() {
    return lastWidth;
  }

  private double width(Glyph g) {
    return narrowMarks && HALF_WIDTH_MARKS.indexOf(g.original()) >= 0 ? 0.5 : g.width();
  }

  private double limit(boolean first) {
    double w = lineNo >= narrowFrom && lineNo <= narrowTo && narrowFrom >= 0 ? narrowWidth : width;
    return first ? w - 2 : w;
  }

  /** Sets one paragraph; {@code indented} when its first line carries the indent. */
  List<String> set(List<Glyph> glyphs, boolean indented) {
    List<String> lines = new ArrayList<>();
    List<Glyph> cur = new ArrayList<>();
    double w = 0;
    boolean first = indented;
    for (Glyph g : glyphs) {
      if (cur.isEmpty() && g.isSpace()) {
        continue;
      }
      if (g.isSpace() && w + width(g) > limit(first) + 1e-9) {
        continue; // a space at the end of a full line is swallowed by the break
      }
      if (w + width(g) > limit(first) + 1e-9 && !cur.isEmpty()) {
        if (NO_START.indexOf(g.original()) >= 0 && !g.isSpace()) {
          cur.add(g); // hangs in the margin, and so does a closing mark right after it
          w += width(g);
          continue;
        }
        List<Glyph> carry = new ArrayList<>();
        if (inWord(g.original())) {
          while (cur.size() > 1 && inWord(cur.get(cur.size() - 1).original())) {
            carry.add(0, cur.remove(cur.size() - 1)); // numbers and Latin words do not break
          }
        }
        Glyph last = cur.get(cur.size() - 1);
        if (carry.isEmpty() && cur.size() > 1 && NO_END.indexOf(last.original()) >= 0) {
          carry.add(cur.remove(cur.size() - 1));
        }
        flush(cur, lines);
        first = false;
        cur.addAll(carry);
        w = carry.stream().mapToDouble(this::width).sum();
        if (g.isSpace() && cur.isEmpty()) {
          continue; // a break at a space swallows it
        }
      }
      cur.add(g);
      w += width(g);
    }
    flush(cur, lines);
    return lines;
  }

  private static boolean inWord(int cp) {
    return cp < 0x80 && (Character.isLetterOrDigit(cp) || cp == '.' || cp == '%')
        || cp == 0x1F; // Glyph.phraseSpace
  }

  private void flush(List<Glyph> cur, List<String> lines) {
    StringBuilder sb = new StringBuilder();
    cur.forEach(g -> sb.append(g.shown()));
    String s = sb.toString().stripTrailing();
    int end = cur.size();
    while (end > 0 && cur.get(end - 1).isSpace()) {
      end--;
    }
    double w = cur.subList(0, end).stream().mapToDouble(this::width).sum();
    cur.clear();
    if (!s.isEmpty()) {
      lastWidth = w;
      lastLimit = limit(false);
      lines.add(s);
      lineNo++;
    }
  }
}
