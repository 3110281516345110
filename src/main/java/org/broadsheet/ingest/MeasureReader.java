package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the column measure at each line off the lines around it in the same article: full
 * continuation lines show it, a paragraph's indented first line and short last line fall short
 * of it, marks ending a line may hang past it (clreq §3.1.7), and a run narrowed around a
 * picture ({@link NarrowedRuns}) shows its own.
 */
final class MeasureReader {
  /** Lines on each side that set the measure of a line. */
  private static final int MEASURE_WINDOW = 4;
  /** Lines narrower than this are headlines, verses or names; they do not set the measure. */
  private static final double MIN_MEASURE = ColumnLines.MIN_MEASURE;
  private static final double SLACK = ColumnLines.SLACK;
  /** The indent of a paragraph's first line, in ems. */
  private static final double INDENT = Rejoiner.INDENT;
  /** Lines that show a wider measure by being too wide for a first line yet not full. */
  private static final int FIRST_LINES = 1;
  /** A width within a quarter em of a limit meets it (the measure is known to half an em). */
  private static final double FITS = 0.25;

  private final ColumnLines col;
  private final NarrowedRuns runs;
  /** Each line's measure once asked for (0: not yet). */
  private final double[] measures;

  MeasureReader(ColumnLines col) {
    this.col = col;
    this.runs = new NarrowedRuns(col);
    this.measures = new double[col.size()];
  }

  /**
   * The column measure at line {@code k}: the most common width among the wider half of the
   * lines around it in the same article (text frame or dateline) (full continuation lines; a
   * paragraph's short last line and indented first line make up the narrower half), ties to the
   * wider.
   */
  double measure(int k) {
    if (measures[k] == 0) {
      measures[k] = measureAt(k); // the rejoiner asks for a line's measure many times
    }
    return measures[k];
  }

  /** Line {@code k} is in a run narrowed around a picture, set to a measure of its own. */
  boolean narrowed(int k) {
    return runs.narrowed(k);
  }

  private double measureAt(int k) {
    double narrow = runs.measure(k);
    if (narrow > 0) {
      return narrow;
    }
    // the window counts the lines that show the column's measure: it reaches past a narrowed run
    // and stops at a headline, over the next article
    int from = k;
    int back = 0;
    for (; from > 0 && back < MEASURE_WINDOW && opensBack(from); from--) {
      back += runs.narrowed(from - 1) ? 0 : 1;
    }
    int to = k;
    int ahead = 0;
    for (; to + 1 < col.size() && ahead < MEASURE_WINDOW && opensAhead(to); to++) {
      ahead += runs.narrowed(to + 1) ? 0 : 1;
    }
    // the lines of a run narrowed around a picture show the run's measure, not the column's
    boolean[] narrowed = new boolean[to - from + 1];
    for (int a = from; a <= to; a++) {
      narrowed[a - from] = runs.narrowed(a);
    }
    List<Double> w = new ArrayList<>();
    List<Double> unhung = new ArrayList<>();
    double widestUnhung = 0;
    for (int a = from; a <= to; a++) {
      String t = col.text(a);
      if (col.width(a) >= MIN_MEASURE && !Chars.isMark(t.codePointBefore(t.length()))
          && !col.looksApart(a) && !narrowed[a - from]) {
        widestUnhung = Math.max(widestUnhung, col.width(a));
      }
    }
    for (int a = from; a <= to; a++) {
      if (col.width(a) >= MIN_MEASURE && !col.looksApart(a) && !narrowed[a - from]) {
        String t = col.text(a);
        if (!Chars.isMark(t.codePointBefore(t.length()))) {
          unhung.add(col.width(a));
          w.add(col.width(a));
        } else {
          // a line wider than every line without a final mark hangs its marks in the margin
          // (clreq §3.1.7): they do not widen the measure
          w.add(widestUnhung > 0 && col.width(a) > widestUnhung
              ? Math.max(widestUnhung, col.width(a) - col.trailingMarks(a)) : col.width(a));
        }
      }
    }
    if (unhung.size() >= 3) {
      w = unhung; // a mark may hang past the measure (clreq §3.1.7); lines without one do not
    }
    if (w.isEmpty()) {
      return col.width(k);
    }
    w.sort(null);
    List<Double> upper = w.subList(w.size() / 2, w.size());
    double best = 0;
    int bestCount = 0;
    for (double a : upper) {
      double c = Math.round(a * 2) / 2.0;
      int count = 0;
      for (double b : upper) {
        count += Math.abs(b - c) <= 0.5 ? 1 : 0;
      }
      if (count > bestCount || (count == bestCount && c > best)) {
        best = c;
        bestCount = count;
      }
    }
    // no line's text is wider than the measure (only its final marks may hang past it): where
    // the lines without a final mark are all indented first lines, a wider one shows the measure;
    // where marks are set full width every width is exact and the widest text sets it outright
    // (compressed marks may have been squeezed further to fit a line)
    double floor = 0;
    for (int a = from; a <= to; a++) {
      if (col.width(a) >= MIN_MEASURE && !col.looksApart(a) && !narrowed[a - from]) {
        floor = Math.max(floor, col.width(a) - col.trailingMarks(a));
      }
    }
    floor = Math.round(floor * 2) / 2.0;
    best = (floor >= best + 1 || (col.markWidth(k) == 1.0 && floor > best))
        && !brokenShortOf(from, to, floor, narrowed) ? floor : best;
    // a column set with full-width marks is a whole number of ems (its grid of characters):
    // full lines a half em short of it (a digit or Latin letter less) do not make it narrower;
    // compressed marks leave the measure to half an em
    best = col.markWidth(k) == 1.0 ? Math.ceil(best) : best;
    double firsts = Math.max(firstLinesWiderThanIndent(from, to, best, narrowed),
        firstLinesAfterLastLines(from, to, best, narrowed));
    if (firsts > best && !brokenShortOf(from, to, firsts, narrowed)) {
      return col.markWidth(k) == 1.0 ? Math.ceil(firsts) : Math.round(firsts * 2) / 2.0;
    }
    // an essay's indented first lines hold for its whole article: lines up to a window further
    // on (or back, where the article ends ahead) may still show a full line that no essay's
    // first line explains
    int earlier = from;
    int later = to;
    for (int seen = back + ahead; seen < 3 * MEASURE_WINDOW; seen++) {
      if (later + 1 < col.size() && opensAhead(later)) {
        later++;
      } else if (earlier > 0 && opensBack(earlier)) {
        earlier--;
      } else {
        break;
      }
    }
    return onlyFirstLinesAtFullWidth(from, to, best) && !fullLineIn(earlier, from - 1, best)
        && !fullLineIn(to + 1, later, best) && !brokenShortOf(from, to, best + INDENT, narrowed)
        ? best + INDENT : best;
  }

  /**
   * Line {@code a} ends with a photo credit (摄影报道 and a name) and a blank line follows: the
   * caption it closes is set to the picture's width, not to the column of the text after it.
   */
  private boolean closesCaption(int a) {
    return a + 1 < col.size() && col.blankBefore(a + 1)
        && Segmenter.CREDIT_TAIL.matcher(col.text(a)).find();
  }

  /** The article of line {@code a} goes on in the line above it. */
  private boolean opensBack(int a) {
    return !col.startsBlock(a) && !col.endsArticle(a - 1) && !col.isHeadline(a - 1)
        && !closesCaption(a - 1);
  }

  /** The article of line {@code a} goes on in the line below it. */
  private boolean opensAhead(int a) {
    return !col.startsBlock(a + 1) && !col.endsArticle(a) && !col.isHeadline(a + 1);
  }

  /**
   * Whether one of lines {@code from} to {@code to} is as wide as {@code width}, its text no
   * wider (a wider one shows a wider measure), and runs on from the line above it: a full line
   * of that measure, no essay's indented first line.
   */
  private boolean fullLineIn(int from, int to, double width) {
    for (int a = Math.max(from, 1); a <= to; a++) {
      if (col.width(a) >= width - SLACK && col.width(a) - col.trailingMarks(a) < width + 1
          && !col.looksApart(a) && !runs.narrowed(a)
          && !col.startsBlock(a) && !Chars.endsSentence(col.text(a - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The measure that lines too wide for a first line of {@code width} show when they cannot be
   * full lines either, else 0. A line that leaves its sentence open (no mark ends it) is full or
   * a paragraph's first line (which starts after a stop); where the next line's first unit would
   * have fitted after it on {@code width} it is no full line, so it is a first line and the
   * measure is an indent wider than it (one such line suffices: the lines after it that end in
   * marks hang them only in appearance).
   */
  private double firstLinesWiderThanIndent(int from, int to, double width, boolean[] narrowed) {
    int count = 0;
    double widest = 0;
    for (int a = from; a < to; a++) {
      String t = col.text(a);
      if (narrowed[a - from] || col.looksApart(a) || col.startsBlock(a + 1)
          || col.width(a) < MIN_MEASURE
          || Chars.isMark(t.codePointBefore(t.length()))) {
        continue;
      }
      boolean afterStop = a > 0 && (col.startsBlock(a) || Chars.endsSentence(col.text(a - 1)));
      // digits, Latin and spaces are set to no exact width: only a line without them counts
      boolean exact = ColumnLines.exactWidth(t);
      if (afterStop && exact && col.width(a) > width - INDENT + FITS
          && col.widthWithNext(a) <= width + FITS) {
        count++;
        widest = Math.max(widest, col.width(a) + INDENT);
      }
    }
    return count >= FIRST_LINES ? widest : 0;
  }

  /**
   * The measure that paragraphs' first lines show where they are too wide for a first line of
   * {@code width}, else 0. A line after a paragraph's last line is a first line, indented, so
   * the measure is at least an indent wider than its text (its final marks may hang). A last
   * line shows itself: it ends a sentence and the next line's first unit would have fitted after
   * it, on a full line if it runs on from the line above, on a first line if it starts after a
   * stop itself (a full first line that ends a sentence is no last line). The measure read so
   * far, if short, only makes a last line look fuller, so it finds no last line that is none.
   */
  private double firstLinesAfterLastLines(int from, int to, double width, boolean[] narrowed) {
    double widest = 0;
    for (int a = from + 1; a <= to; a++) {
      int p = a - 1;
      String t = col.text(a);
      if (narrowed[a - from] || narrowed[p - from] || col.startsBlock(a) || col.looksApart(a)
          || col.looksApart(p) || !Chars.endsSentence(col.text(p))
          || !ColumnLines.exactWidth(t)) {
        continue; // digits, Latin and spaces are set to no exact width: only exact lines count
      }
      // a line after a stop, a headline or where its article starts may be a first line itself
      boolean pAfterStop = p == 0 || !opensBack(p) || Chars.endsSentence(col.text(p - 1))
          || col.looksApart(p - 1);
      double room = pAfterStop ? width - INDENT : width;
      double text = col.width(a) - col.trailingMarks(a);
      if (col.widthWithNext(p) <= room + FITS && text > width - INDENT + FITS) {
        widest = Math.max(widest, text + INDENT);
      }
    }
    return widest;
  }

  /**
   * Whether a line among {@code from} to {@code to} leaves its sentence open (no mark ends it)
   * where the next line's first unit would still have fitted on {@code width}: no column breaks
   * a line there, so the lines do not share that measure (the wider one is the next article's,
   * which nothing marks off).
   */
  private boolean brokenShortOf(int from, int to, double width, boolean[] narrowed) {
    for (int a = from; a < to; a++) {
      String t = col.text(a);
      if (narrowed[a - from] || narrowed[a + 1 - from] || col.looksApart(a)
          || col.startsBlock(a + 1) || col.width(a) < MIN_MEASURE
          || Chars.isMark(t.codePointBefore(t.length()))
          || !ColumnLines.exactWidth(t) || col.text(a + 1).charAt(0) < 0x80) {
        continue; // digits, Latin and spaces are set to no exact width: only exact lines count
      }
      // a line after a stop or a headline may be a paragraph's first line, indented
      boolean afterStop = a == 0 || col.startsBlock(a) || Chars.endsSentence(col.text(a - 1))
          || col.isHeadline(a - 1);
      if (col.widthWithNext(a) + (afterStop ? INDENT : 0) <= width - FITS) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the widest lines around are indented first lines, not full ones: in text whose
   * paragraphs take one or two lines (an essay's) no line is ever set to the full measure. A
   * line that does not start after a stop is no first line (its paragraph runs on from the line
   * above), so it shows the measure; when none of those reaches {@code width} but a whole
   * sentence does, starting after a stop and ending with one (a one-line paragraph: a full line
   * that both starts and ends a sentence would be a double coincidence), the measure is an
   * indent wider.
   */
  private boolean onlyFirstLinesAtFullWidth(int from, int to, double width) {
    boolean whole = false;
    for (int a = from; a <= to; a++) {
      if (col.width(a) < width - SLACK || col.width(a) < MIN_MEASURE || col.looksApart(a)) {
        continue;
      }
      boolean afterStop = a == 0 || col.startsBlock(a) || Chars.endsSentence(col.text(a - 1));
      boolean endsStop = Chars.endsSentence(col.text(a));
      if (!afterStop) {
        return false; // a line inside a paragraph or ending one: no first line
      }
      whole |= afterStop && endsStop;
    }
    return whole;
  }
}
