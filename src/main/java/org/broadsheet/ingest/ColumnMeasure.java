package org.broadsheet.ingest;

/**
 * What a paragraph's measure tells the {@link Segmenter} about the column it stands in. An article
 * is set in one column measure (a run narrowed around a picture aside): the story's measure is
 * read off its first paragraph of several lines, and a paragraph that holds a clearly different
 * one starts another article. Each test takes the story's measure, {@code column}, in ems (0 while
 * none is known).
 */
final class ColumnMeasure {
  /** Lines a paragraph needs for its measure to show (a first and a full line). */
  static final int MEASURED_LINES = 3;
  /** The widest a run of lines narrowed around a picture is, in ems. */
  static final double NARROW_RUN = NarrowedRuns.NARROW_RUN;
  /**
   * A change of measure, in ems, beyond what one paragraph's estimate varies by (a hanging mark,
   * a half-width digit pair): it only places the split of a story already shown to be two.
   */
  static final double MEASURE_CHANGE = 1.5;
  /**
   * A column narrower by this many ems is another article's: lines narrowed around a picture are
   * no wider than {@link #NARROW_RUN}, and a measure read off the lines varies by less.
   */
  static final double NARROWER_COLUMN = 2 * MEASURE_CHANGE;

  private ColumnMeasure() {}

  /**
   * A paragraph of two lines or more, not narrowed around a picture, shows its column (its first
   * line is full, less the indent).
   */
  static boolean shows(Unit p) {
    return p.lineCount() >= 2 && p.measure() > NARROW_RUN;
  }

  /** {@code u} has lines enough, and wide enough, for its measure to be the story's column. */
  static boolean sets(Unit u) {
    return u.lineCount() >= MEASURED_LINES && u.measure() > NARROW_RUN;
  }

  /**
   * A paragraph of several lines whose measure differs from the story's by more than a carried
   * word can explain starts another article, even with no headline or dateline to show it.
   */
  static boolean changes(Unit u, double column) {
    return column > 0 && sets(u) && Math.abs(u.measure() - column) >= MEASURE_CHANGE;
  }

  /**
   * The paragraph {@code next} after {@code u} keeps the measure {@code u} changed to: a measure
   * read off extracted lines varies by a space or a digit, a column's does not change back and
   * forth. {@code next} is null where no paragraph follows.
   */
  static boolean confirms(Unit u, Unit next, double column) {
    return next != null && Segmenter.shape(next) == Segmenter.Shape.BODY && shows(next)
        && Math.abs(next.measure() - u.measure()) < MEASURE_CHANGE
        && Math.abs(next.measure() - column) >= MEASURE_CHANGE;
  }

  /**
   * A paragraph that {@link #shows} a measure wider or narrower than the story's column, nearer
   * the measure of the paragraph {@code u} that changed it, is already set in the new column.
   */
  static boolean opensNew(Unit p, Unit u, double column) {
    return shows(p) && Math.abs(p.measure() - column) >= MEASURE_CHANGE
        && Math.abs(p.measure() - u.measure()) < Math.abs(p.measure() - column);
  }

  /**
   * A column {@code u} changed to is another article's outright: a wider one (no picture widens a
   * column), or one much narrower than the column.
   */
  static boolean another(Unit u, double column) {
    return u.measure() > column || column - u.measure() >= NARROWER_COLUMN;
  }

  /**
   * A one-line paragraph wider than the story's column cannot stand in it (only a final mark
   * hangs past the measure): it is set in another frame, another article's or a caption's.
   */
  static boolean widerThan(Unit u, double column) {
    return column > 0 && u.lineCount() == 1
        && u.measure() - Rejoiner.INDENT > column + MEASURE_CHANGE;
  }
}
