package org.broadsheet.ingest;

import java.util.Arrays;

/**
 * The runs of lines a column narrows around a picture, and the measure each is set to: the
 * lines inside such a run show its own measure, not the column's, so the {@link MeasureReader}
 * reads the column's measure past them and a run's lines are measured against the run.
 */
final class NarrowedRuns {
  /** The widest a line of a run narrowed around a picture is, in ems. */
  static final double NARROW_RUN = 12;
  /** The narrowest such a line is (shorter ones are names, headlines or a paragraph's tail). */
  private static final double NARROW_MIN = 3;
  /** How much wider the column around a narrowed run is. */
  private static final double WIDER_BY = 3;
  /** The indent of a paragraph's first line, in ems. */
  private static final double INDENT = Rejoiner.INDENT;
  /** A width within a quarter em of a limit meets it (the measure is known to half an em). */
  private static final double FITS = 0.25;
  /** Lines a narrowed run has at least. */
  private static final int NARROW_LINES = 3;

  private final ColumnLines col;
  /** Each line's run measure once asked for (NaN: not yet). */
  private final double[] measures;

  NarrowedRuns(ColumnLines col) {
    this.col = col;
    this.measures = new double[col.size()];
    Arrays.fill(measures, Double.NaN);
  }

  /**
   * The measure of the run narrowed around a picture that line {@code k} is in, else 0.
   */
  double measure(int k) {
    if (Double.isNaN(measures[k])) {
      measures[k] = measureAt(k);
    }
    return measures[k];
  }

  /** Line {@code k} is in a run narrowed around a picture. */
  boolean narrowed(int k) {
    return measure(k) > 0;
  }

  /**
   * The measure of a run of narrow lines that the column sets around a picture, if line {@code k}
   * is in one: three or more lines no wider than {@link #NARROW_RUN}, in a column whose lines
   * right before or after the run are clearly wider. Inside the run its own widest line is the
   * measure (a first line is indented and a last line falls short against it, not against the
   * full column); else 0.
   */
  private double measureAt(int k) {
    if (!isNarrow(k)) {
      return 0;
    }
    int from = k;
    while (from > 0 && !col.startsBlock(from) && isNarrow(from - 1)) {
      from--;
    }
    int to = k;
    while (to + 1 < col.size() && !col.startsBlock(to + 1) && isNarrow(to + 1)) {
      to++;
    }
    // the run's first and last lines, when they end a sentence, may be the last lines of
    // paragraphs that run in from above the picture or on below it, set at the column's full
    // width, or fall short: they show nothing of the run's measure; the lines between do
    int first = from < to && Chars.endsSentence(col.text(from)) ? from + 1 : from;
    int last = first < to && Chars.endsSentence(col.text(to)) ? to - 1 : to;
    double widest = 0;
    for (int a = first; a <= last; a++) {
      if (!col.looksApart(a)) { // a headline set apart over the run is set to no measure
        widest = Math.max(widest, col.width(a) - col.trailingMarks(a));
      }
    }
    // the column around the run is clearly wider than the run's own widest line
    boolean widerBefore = from > 0 && !col.startsBlock(from)
        && col.width(from - 1) >= widest + WIDER_BY;
    boolean widerAfter = to + 1 < col.size() && !col.startsBlock(to + 1)
        && col.width(to + 1) >= widest + WIDER_BY;
    if (to - from + 1 < NARROW_LINES || !(widerBefore || widerAfter) || !isProse(first, last)) {
      return 0;
    }
    return Math.round(Math.max(widest, firstLinesWider(from, to, widest)) * 2) / 2.0;
  }

  /**
   * The measure a run's first lines show where they are too wide for a first line of a run
   * {@code widest} ems wide, else 0: a line after a stop that leaves its sentence open is full
   * or a paragraph's first line; where the next line's first unit would have fitted after it on
   * {@code widest} it is no full line, so it is a first line, indented, and the run's measure is
   * an indent wider than it (its full lines' stops may fit inside the measure, not hang).
   */
  private double firstLinesWider(int from, int to, double widest) {
    double measure = 0;
    for (int a = from + 1; a < to; a++) {
      String t = col.text(a);
      boolean exact = ColumnLines.exactWidth(t);
      if (Chars.endsSentence(col.text(a - 1)) && !Chars.isMark(t.codePointBefore(t.length()))
          && exact && col.width(a) + INDENT > widest && col.widthWithNext(a) <= widest + FITS) {
        measure = Math.max(measure, col.width(a) + INDENT);
      }
    }
    return measure;
  }

  /**
   * Lines {@code from} to {@code to} (a run's lines that show its measure) are prose the column
   * broke at its measure, not verse set line by line: a pause or stop stands inside a line (a
   * verse line carries its mark only at its end), or lines ending in marks and lines ending in
   * none mix (the column breaks prose anywhere; classical verse ends every line with a mark, free
   * verse none).
   */
  private boolean isProse(int from, int to) {
    boolean marked = false;
    boolean unmarked = false;
    for (int a = from; a <= to; a++) {
      String t = col.text(a);
      if (col.looksApart(a)) {
        continue; // a name or headline set apart between blank lines is neither
      }
      if (Chars.hasSentencePunctuation(t.substring(0, t.length() - 1))) {
        return true;
      }
      boolean mark = Chars.isMark(t.codePointBefore(t.length()));
      marked |= mark;
      unmarked |= !mark && a < to; // a last line may run on past the run
    }
    return marked && unmarked;
  }

  /**
   * Line {@code a}'s text (its hanging marks aside) is as narrow as a narrowed run's line, and it
   * carries prose: a line set apart before another one or a new block (the writer's name over
   * the next headline, a kicker over its title) is set to no measure. (A line a spurious blank
   * line isolates inside a run is followed by the prose it runs on into.)
   */
  private boolean isNarrow(int a) {
    double text = col.width(a) - col.trailingMarks(a);
    boolean apartFromProse = col.looksApart(a)
        && (a + 1 == col.size() || col.looksApart(a + 1) || col.startsBlock(a + 1));
    return text <= NARROW_RUN && text >= NARROW_MIN && !apartFromProse;
  }
}
