package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Rejoins lines broken at the source's column width into units, across spurious blank lines,
 * and keeps the true paragraph breaks. In a column every continuation line has the full measure
 * and a paragraph's first line is two characters shorter (the indent the extraction dropped), so
 * a break is real when a line ends a sentence and either falls short of the width it should have
 * or is followed by an indent-width line; a blank line alone breaks nothing (a column turn).
 */
final class Rejoiner {
  /** The indent of a paragraph's first line, in ems. */
  static final double INDENT = 2;
  /** Tolerance for widths, in ems (digits and Latin set narrower or wider than half an em). */
  private static final double SLACK = 0.75;
  /**
   * How far a full line may fall short of the measure: a space swallowed at the break plus a
   * character that did not fit (one em).
   */
  private static final double SHORT_BY = 1.0;
  /** Lines on each side that set the measure of a line. */
  private static final int MEASURE_WINDOW = 4;
  /** Lines narrower than this are headlines, verses or names; they do not set the measure. */
  private static final double MIN_MEASURE = 6;
  /** A line of classical verse: five or seven characters and its mark, all lines alike. */
  private static final double CLASSICAL_VERSE = 9;
  /** Mark-free lines this short, three or more apart from prose, are verse even if equal. */
  private static final double SHORT_VERSE = 12;
  /** The widest a verse line set without blank lines is, in ems. */
  private static final double VERSE_EMS = 16;
  /** The widest a standalone line (headline, verse, name) is, in ems. */
  static final double STANDALONE_EMS = 24;

  private final SourceText src;
  private final List<Integer> lines = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();
  private final List<Double> widths = new ArrayList<>();
  private final List<Double> markWidth = new ArrayList<>();
  private final List<Boolean> frame = new ArrayList<>();
  private final List<Boolean> blankBefore = new ArrayList<>();
  private boolean[] verse;
  private final ChangeLog log;

  private Rejoiner(SourceText src, ChangeLog log) {
    this.src = src;
    this.log = log;
    boolean blank = true;
    for (int i = 0; i < src.lineCount(); i++) {
      String t = src.lineText(i);
      if (t.isBlank()) {
        blank = true;
        continue;
      }
      lines.add(i);
      texts.add(t.strip());
      widths.add(0.0);
      markWidth.add(1.0);
      frame.add(Chars.isSpace(t.codePointAt(0)));
      blankBefore.add(blank);
      blank = false;
    }
    measureFrames();
    findVerse();
  }

  /**
   * Verse set line after line with no blank between: a run of short lines with no pause inside
   * that either all end with a mark and are of one length (classical verse: 踏遍青山人未老，) or
   * carry no mark at all and differ in length or are very short (free verse). Prose in a narrow column fills its lines to one width and
   * breaks them anywhere, marks included.
   */
  private void findVerse() {
    verse = new boolean[texts.size()];
    int k = 0;
    while (k < texts.size()) {
      int j = k;
      while (j < texts.size() && isVerseLike(j) && (j == k || (!blankBefore.get(j)
          && !frame.get(j)))) {
        j++;
      }
      if (j - k >= 2 && isVerseRun(k, j)) {
        for (int v = k; v < j; v++) {
          verse[v] = true;
        }
      }
      k = Math.max(j, k + 1);
    }
  }

  private boolean isVerseLike(int k) {
    String t = texts.get(k);
    return widths.get(k) <= VERSE_EMS && !Chars.hasSentencePunctuation(t.substring(0,
        t.length() - 1)) && !Datelines.startsWithDateline(t) && !Chars.isOpening(t.codePointAt(0))
        && !Chars.isClosing(t.codePointBefore(t.length())) && !continuesSentence(k);
  }

  private boolean isVerseRun(int from, int to) {
    boolean allEndWithMark = true;
    boolean noMark = true;
    double min = Double.MAX_VALUE;
    double max = 0;
    for (int k = from; k < to; k++) {
      String t = texts.get(k);
      int end = t.codePointBefore(t.length());
      allEndWithMark &= Chars.PAUSE.indexOf(end) >= 0 || Chars.SENTENCE_END.indexOf(end) >= 0;
      noMark &= t.codePoints().noneMatch(Chars::isMark);
      min = Math.min(min, widths.get(k));
      max = Math.max(max, widths.get(k));
    }
    boolean apart = from == 0 || blankBefore.get(from) || frame.get(from)
        || Chars.endsSentence(texts.get(from - 1));
    boolean classical = allEndWithMark && max - min <= 0.5 && max <= CLASSICAL_VERSE;
    return classical
        || (noMark && to - from >= 3 && (max - min >= INDENT || (apart && max <= SHORT_VERSE)));
  }

  /**
   * Sets each line's width with the mark width its text frame was set with: compressed (half an
   * em) or full. The right one makes the frame's continuation lines equal, so each frame takes the
   * one under which most of its lines share the most common width (lines ending in a mark
   * left out: the mark may hang past the measure); full width unless compressed is clearly
   * better.
   */
  private void measureFrames() {
    int start = 0;
    for (int k = 1; k <= texts.size(); k++) {
      if (k == texts.size() || frame.get(k)) {
        int full = modeShare(frameWidths(start, k, 1.0));
        int compressed = modeShare(frameWidths(start, k, 0.5));
        // full-width marks are the default; compressed ones must fit clearly better
        double best = compressed > full + 1 ? 0.5 : 1.0;
        for (int j = start; j < k; j++) {
          widths.set(j, Chars.setWidth(texts.get(j), best));
          markWidth.set(j, best);
        }
        start = k;
      }
    }
  }

  /** The widths of a frame's lines that do not end in a mark (those may hang past). */
  private List<Double> frameWidths(int from, int to, double markWidth) {
    List<Double> w = new ArrayList<>();
    for (int j = from; j < to; j++) {
      String t = texts.get(j);
      if (!Chars.isMark(t.codePointBefore(t.length()))) {
        w.add(Chars.setWidth(t, markWidth));
      }
    }
    return w;
  }

  /** How many of the widths lie within half an em of their most common value. */
  private static int modeShare(List<Double> w) {
    int best = 0;
    for (double a : w) {
      if (a < MIN_MEASURE) {
        continue;
      }
      int count = 0;
      for (double b : w) {
        count += Math.abs(b - a) <= 0.5 ? 1 : 0;
      }
      best = Math.max(best, count);
    }
    return best;
  }

  static List<Unit> rejoin(SourceText src, ChangeLog log) {
    return new Rejoiner(src, log).run();
  }

  private List<Unit> run() {
    List<Unit> units = new ArrayList<>();
    int start = 0;
    boolean firstLine = true;
    for (int k = 0; k < lines.size(); k++) {
      boolean last = k + 1 == lines.size();
      if (last || breaksAfter(k, firstLine)) {
        units.add(unit(start, k));
        start = k + 1;
        firstLine = true;
      } else {
        firstLine = false;
        if (blankBefore.get(k + 1)) {
          log.add(lines.get(k) + 2, 1, "rejoin.blank-line", "", "",
              "the sentence runs on across a blank line (a column turn)");
        }
      }
    }
    return units;
  }

  /** Whether a paragraph (or standalone line) ends after non-blank line {@code k}. */
  private boolean breaksAfter(int k, boolean firstLine) {
    if (startsBlock(k + 1) || isStandalone(k) || isStandalone(k + 1) || verse[k] || verse[k + 1]) {
      return true;
    }
    if (Segmenter.CREDIT_TAIL.matcher(texts.get(k)).find()) {
      return true; // a photo credit closes its caption
    }
    if (!Chars.endsSentence(texts.get(k))) {
      return false; // a column break or a spurious blank line inside a sentence
    }
    double measure = measure(k);
    double expected = firstLine ? measure - INDENT : measure;
    if (widths.get(k) < expected - SHORT_BY) {
      return true; // a paragraph's last line falls short of the measure
    }
    if (Chars.endsWithEllipsis(texts.get(k))) {
      return false; // a full line ending in …… carries on: the ellipsis only pauses
    }
    if (blankBefore.get(k + 1) && widths.get(k + 1) <= measure(k + 1) - INDENT + SLACK) {
      return true; // a sentence ends, a blank line, and the next line is no wider than a first
    }
    double next = widths.get(k + 1);
    double indent = measure(k + 1) - INDENT;
    if (next >= indent - SLACK) {
      // the next line has the indent (a mark ending it may hang past the first line's width)
      return next - finalMark(k + 1) <= indent + SLACK;
    }
    return blankBefore.get(k + 1); // a short line: a one-line paragraph set apart, or the tail
  }

  /**
   * Line {@code k} carries on a sentence that a full line above it left open (a column turn with
   * a spurious blank line: {@code 坚实基} / {@code 础。}), so it stands alone only in appearance.
   */
  private boolean continuesSentence(int k) {
    if (k == 0 || startsBlock(k)) {
      return false;
    }
    String prev = texts.get(k - 1);
    int end = prev.codePointBefore(prev.length());
    return !Chars.endsSentence(prev) && (!Chars.isMark(end) || Chars.PAUSE.indexOf(end) >= 0)
        && widths.get(k - 1) >= measure(k - 1) - INDENT - SLACK
        && widths.get(k - 1) > STANDALONE_EMS / 2;
  }

  /**
   * Line {@code k}, set apart by a spurious blank line, is a paragraph's first line: it has the
   * width of an indented first line and the prose line after it (a pause or stop inside) is a
   * full continuation line, wider than any first line. A headline is followed by a first line.
   */
  private boolean opensParagraph(int k) {
    if (k + 1 >= texts.size() || startsBlock(k + 1) || Chars.endsSentence(texts.get(k))
        || Segmenter.isSpacedOut(texts.get(k))) {
      return false; // a headline set vertically has its characters spaced out one by one
    }
    String next = texts.get(k + 1);
    double measure = measure(k + 1);
    double first = measure - INDENT; // a full first line, short by a swallowed space at most
    return widths.get(k) >= first - SHORT_BY && widths.get(k) <= first + SLACK
        && widths.get(k + 1) >= measure - SLACK
        && Chars.hasSentencePunctuation(next.substring(0, next.length() - 1));
  }

  /**
   * Line {@code a} stands between blank lines with no pause inside, as a headline (often spaced
   * out) does: its width says nothing of the column's measure.
   */
  private boolean looksApart(int a) {
    String t = texts.get(a);
    return blankBefore.get(a) && (a + 1 == texts.size() || blankBefore.get(a + 1))
        && !Chars.hasSentencePunctuation(t.substring(0, t.length() - 1));
  }

  /** The width of the marks ending line {@code k} (closing marks after a stop hang with it). */
  private double trailingMarks(int k) {
    String t = texts.get(k);
    double w = 0;
    int i = t.length();
    while (i > 0 && hangs(t.codePointBefore(i))) {
      w += markWidth.get(k);
      i -= Character.charCount(t.codePointBefore(i));
    }
    return w;
  }

  /** A mark that may not start a line and so hangs past the measure (clreq §3.1.7). */
  private static boolean hangs(int cp) {
    return Chars.PAUSE.indexOf(cp) >= 0 || Chars.SENTENCE_END.indexOf(cp) >= 0
        || Chars.isClosing(cp);
  }

  /** The width of a mark ending line {@code k}, which may hang past the line's width, or 0. */
  private double finalMark(int k) {
    String t = texts.get(k);
    int end = t.codePointBefore(t.length());
    boolean mark = Chars.PAUSE.indexOf(end) >= 0 || Chars.SENTENCE_END.indexOf(end) >= 0
        || Chars.isClosing(end);
    return mark ? markWidth.get(k) : 0;
  }


  /** Extraction starts a new text frame, or a story's dateline opens the line. */
  private boolean startsBlock(int k) {
    return frame.get(k) || Datelines.startsWithDateline(texts.get(k));
  }

  /**
   * A single short line set apart by blank lines (or a new block) on both sides, with no pause
   * inside: a headline, verse, name or credit. Prose lines that a column turn isolates are full
   * lines with punctuation inside.
   */
  boolean isStandalone(int k) {
    if (continuesSentence(k) || opensParagraph(k)) {
      return false;
    }
    boolean after = k + 1 == lines.size() || blankBefore.get(k + 1) || startsBlock(k + 1);
    String t = texts.get(k);
    String inner = t.substring(0, t.length() - 1);
    boolean before = blankBefore.get(k) || startsBlock(k);
    // a vertical headline spaced out by extraction is as wide as its characters
    return before && after && Chars.width(t.replace(" ", "")) <= STANDALONE_EMS
        && !Chars.hasSentencePunctuation(inner);
  }

  /**
   * The column measure at line {@code k}: the most common width among the wider half of the
   * lines around it in the same article (text frame or dateline) (full continuation lines; a paragraph's short last
   * line and indented first line make up the narrower half), ties to the wider.
   */
  private double measure(int k) {
    int from = k;
    while (from > 0 && k - from < MEASURE_WINDOW && !startsBlock(from)) {
      from--;
    }
    int to = k;
    while (to + 1 < lines.size() && to - k < MEASURE_WINDOW && !startsBlock(to + 1)) {
      to++;
    }
    List<Double> w = new ArrayList<>();
    List<Double> unhung = new ArrayList<>();
    double widestUnhung = 0;
    for (int a = from; a <= to; a++) {
      String t = texts.get(a);
      if (widths.get(a) >= MIN_MEASURE && !Chars.isMark(t.codePointBefore(t.length()))
          && !looksApart(a)) {
        widestUnhung = Math.max(widestUnhung, widths.get(a));
      }
    }
    for (int a = from; a <= to; a++) {
      if (widths.get(a) >= MIN_MEASURE && !looksApart(a)) {
        String t = texts.get(a);
        if (!Chars.isMark(t.codePointBefore(t.length()))) {
          unhung.add(widths.get(a));
          w.add(widths.get(a));
        } else {
          // a line wider than every line without a final mark hangs its marks in the margin
          // (clreq §3.1.7): they do not widen the measure
          w.add(widestUnhung > 0 && widths.get(a) > widestUnhung
              ? Math.max(widestUnhung, widths.get(a) - trailingMarks(a)) : widths.get(a));
        }
      }
    }
    if (unhung.size() >= 3) {
      w = unhung; // a mark may hang past the measure (clreq §3.1.7); lines without one do not
    }
    if (w.isEmpty()) {
      return widths.get(k);
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
    return best;
  }

  private Unit unit(int from, int to) {
    Piece joined = Piece.empty(src);
    for (int k = from; k <= to; k++) {
      Piece line = new Piece(src, src.lineIndices(lines.get(k))).strip();
      if (!joined.isEmpty() && !line.isEmpty() && Chars.isLatinOrDigit(joined.cp(joined.length() - 1))
          && Chars.isLatinOrDigit(line.cp(0))) {
        int newline = src.lineEnd(lines.get(k - 1));
        src.replace(newline, ' '); // Latin words and numbers broken at the edge keep their space
        joined = joined.concat(new Piece(src, new int[] {newline}));
      }
      joined = joined.concat(line);
    }
    boolean blankAfter = to + 1 == lines.size() || blankBefore.get(to + 1);
    boolean apart = from == to && (isStandalone(from) || verse[from]);
    // body text reports the extraction spaces it drops; a short line standing alone may be a
    // headline, whose printed spaces the classifier reads from the raw piece
    Piece text = apart ? Spacing.normalize(joined) : Spacing.normalize(joined, log);
    double shown = 0;
    for (int k = from; k <= to; k++) {
      shown = Math.max(shown, widths.get(k) - trailingMarks(k) + (k == from ? INDENT : 0));
    }
    return new Unit(text, joined, to - from + 1, frame.get(from),
        blankBefore.get(from) || startsBlock(from), blankAfter, apart, from == to && verse[from],
        shown);
  }

}
