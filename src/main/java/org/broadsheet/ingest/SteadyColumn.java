package org.broadsheet.ingest;

import java.util.List;

/**
 * A column whose measure holds to the quarter em over the paragraphs of an article. Lines of a
 * column set to an exact measure show it exactly; where two paragraphs of a story show one
 * measure and the next two a measure a whole em wider, the column was widened, and no article
 * widens its column (a picture only narrows it): another article has begun. The test is for a
 * story whose end nothing else shows (signed at its dateline, so no author closes it), where a
 * widening of under {@link ColumnMeasure#MEASURE_CHANGE} ems is all there is to see (a wider
 * change is {@link ColumnMeasure}'s). Where a second signature shows that such a story holds two
 * articles, a step of a whole em either way between two steady columns is where the second
 * begins ({@link #steps}). Only paragraphs with a line of exact width ({@link #exact}) show the
 * story's column.
 */
final class SteadyColumn {
  /** The least widening that shows another column: one character. */
  static final double WHOLE_EM = 1;
  /** How far the measures of one steady column may differ, in ems. */
  static final double STEADY = 0.25;
  /** Paragraphs that must show the story's column before it counts as steady. */
  static final int SHOWN = 2;

  private SteadyColumn() {}

  /**
   * Where in {@code body}, the story's paragraphs so far, a wider column begins with {@code u}
   * and the paragraph {@code next} after it (null where none follows): the index of its first
   * paragraph, or -1 where the story's column is not steady or does not widen.
   */
  static int widens(List<Unit> body, Unit u, Unit next) {
    if (body.isEmpty() || !ColumnMeasure.sets(u) || next == null
        || Segmenter.shape(next) != Segmenter.Shape.BODY || next.lineCount() < 2
        || Math.abs(next.measure() - u.measure()) > STEADY) {
      return -1;
    }
    int split = body.size();
    while (split > 1 && ColumnMeasure.shows(body.get(split - 1))
        && u.measure() - body.get(split - 1).measure() < WHOLE_EM) {
      split--; // a short paragraph already set in the wider column
    }
    // digits, Latin or spaces leave a paragraph's measure uncertain: exact paragraphs decide
    double column = steadyMeasure(body.subList(0, split), SHOWN, 1);
    double widening = u.measure() - column;
    return column > 0 && widening >= WHOLE_EM && widening < ColumnMeasure.MEASURE_CHANGE
        ? split : -1;
  }

  /**
   * Where in {@code body}, the paragraphs of a story shown by a second signature to hold two
   * articles, the second begins: the first paragraph of a steady column a whole em or more wider
   * or narrower than the steady column of the paragraphs before it, each column shown exactly (by
   * one paragraph before, two after). A two-line paragraph shows its measure on one full line
   * only: where such paragraphs break the steadiness, those of three lines or more decide. -1
   * where no such step shows.
   */
  static int steps(List<Unit> body) {
    int split = steps(body, 2);
    return split >= 0 ? split : steps(body, ColumnMeasure.MEASURED_LINES);
  }

  private static int steps(List<Unit> body, int lines) {
    for (int split = 1; split < body.size(); split++) {
      Unit first = body.get(split);
      if (!ColumnMeasure.shows(first) || !exact(first)) {
        continue;
      }
      double before = steadyMeasure(body.subList(0, split), 1, lines);
      double after = steadyMeasure(body.subList(split, body.size()), SHOWN, lines);
      if (before > 0 && after > 0 && Math.abs(after - before) >= WHOLE_EM) {
        return split;
      }
    }
    return -1;
  }

  /**
   * The measure that the paragraphs of {@code part} of {@code lines} lines or more, with a line
   * of exact width, show, where at least {@code least} of them show one and all agree to
   * {@link #STEADY}; else 0.
   */
  private static double steadyMeasure(List<Unit> part, int least, int lines) {
    double column = 0;
    int shown = 0;
    for (Unit p : part) {
      if (!ColumnMeasure.shows(p) || p.lineCount() < lines || !exact(p)) {
        continue;
      }
      if (shown > 0 && Math.abs(p.measure() - column) > STEADY) {
        return 0;
      }
      column = p.measure();
      shown++;
    }
    return shown >= least ? column : 0;
  }

  /**
   * A line of {@code u} before its last is set to an exact width: it holds no digit, Latin letter
   * or space (extraction spaces, half-width characters and the space a Latin phrase keeps are set
   * to no exact width), so the measure read off the paragraph is the column's.
   */
  static boolean exact(Unit u) {
    Piece raw = u.raw();
    int last = raw.isEmpty() ? 0 : raw.line(raw.length() - 1);
    boolean clean = true;
    int line = -1;
    for (int i = 0; i < raw.length(); i++) {
      int l = raw.line(i);
      if (l != line) {
        if (line >= 0 && clean) {
          return true;
        }
        if (l == last) {
          return false;
        }
        line = l;
        clean = true;
      }
      clean &= raw.cp(i) >= 0x80;
    }
    return false;
  }
}
