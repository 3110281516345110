package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The non-blank lines of the source as a column sets them: each line's text, its set width (with
 * the mark width its article was set with), whether a blank line or a new text frame precedes
 * it, and the column measure around it. The {@link Rejoiner} decides paragraph breaks from these
 * facts.
 */
final class ColumnLines {
  /** Tolerance for widths, in ems (digits and Latin set narrower or wider than half an em). */
  static final double SLACK = 0.75;
  /** Lines on each side that set the measure of a line. */
  private static final int MEASURE_WINDOW = 4;
  /** Lines narrower than this are headlines, verses or names; they do not set the measure. */
  static final double MIN_MEASURE = 6;
  /** The widest a line of a run narrowed around a picture is, in ems. */
  static final double NARROW_RUN = 12;
  /** The narrowest such a line is (shorter ones are names, headlines or a paragraph's tail). */
  private static final double NARROW_MIN = 3;
  /** How much wider the column around a narrowed run is. */
  private static final double WIDER_BY = 3;
  /** The indent of a paragraph's first line, in ems. */
  private static final double INDENT = Rejoiner.INDENT;
  /** How many more of an article's lines compressed marks must make equal to be chosen. */
  private static final int CLEARLY_MORE = 3;
  /** Lines a narrowed run has at least. */
  private static final int NARROW_LINES = 3;
  /** Lines that show a wider measure by being too wide for a first line yet not full. */
  private static final int FIRST_LINES = 1;
  /** A width within a quarter em of a limit meets it (the measure is known to half an em). */
  private static final double FITS = 0.25;

  /** A signature set after a story's last sentence on its last line: 。（朱 春）. */
  private static final Pattern SIGNATURE =
      Pattern.compile("(?<=[。！？…”])[ \\u3000]*[（(][\\p{IsHan} ]{2,16}[）)]$");

  /** A line that is only a bracketed name: the writer's, closing an article. */
  private static final Pattern NAME_LINE = Pattern.compile("^[（(][\\p{IsHan} ]{2,16}[）)]$");

  private final List<Integer> lines = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();
  private final List<Double> widths = new ArrayList<>();
  private final List<Double> markWidth = new ArrayList<>();
  private final List<Boolean> frame = new ArrayList<>();
  private final List<Boolean> blankBefore = new ArrayList<>();
  /** Each line's measure once asked for (0: not yet). */
  private double[] measures;
  /** Per line: the spaces extraction added to its article. */
  private final List<ExtractionSpaces> spaces = new ArrayList<>();

  ColumnLines(SourceText src) {
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
    findExtractionSpaces();
  }

  /** Notes, per article, which kinds of space extraction added to its lines. */
  private void findExtractionSpaces() {
    int start = 0;
    for (int k = 1; k <= texts.size(); k++) {
      if (k == texts.size() || startsBlock(k)) {
        ExtractionSpaces found = ExtractionSpaces.of(texts.subList(start, k));
        for (int j = start; j < k; j++) {
          spaces.add(found);
        }
        start = k;
      }
    }
  }

  /**
   * The width line {@code k} would have taken with the next line's first unbreakable unit on it
   * (and a space extraction may have put between them, which the break swallowed): a line the
   * unit would have fitted on ended where its paragraph did, not where the column did.
   */
  double widthWithNext(int k) {
    String t = texts.get(k);
    int a = t.codePointBefore(t.length());
    int b = texts.get(k + 1).codePointAt(0);
    return widths.get(k) + (spaces.get(k).mayBeBetween(a, b) ? 0.5 : 0) + leadingUnit(k + 1);
  }

  /**
   * The width of what opens line {@code k} and cannot be broken: a run of digits and Latin
   * letters (a Latin phrase too, ISO 9001: the space between its words is printed, extraction
   * adds spaces only beside Han, and the column keeps the phrase together), an opening mark with
   * the character after it (it may not end a line, clreq §3.1.7), else one character.
   */
  double leadingUnit(int k) {
    String t = texts.get(k);
    int cp = t.codePointAt(0);
    if (Chars.isLatinOrDigit(cp)) {
      int i = 0;
      while (i < t.length()
          && (Chars.isLatinOrDigit(t.charAt(i)) || ".%".indexOf(t.charAt(i)) >= 0
              || t.charAt(i) == ' ' && i + 1 < t.length() && Chars.isLatinOrDigit(t.charAt(i + 1))
              && Chars.isLatinOrDigit(t.charAt(i - 1)))) {
        i++;
      }
      return Chars.width(t.substring(0, i));
    }
    double first = Chars.setWidth(new String(Character.toChars(cp)), markWidth.get(k));
    int n = Character.charCount(cp);
    if (Chars.isOpening(cp) && t.length() > n) {
      return first + Chars.setWidth(t.substring(n, n + 1), markWidth.get(k));
    }
    return first;
  }

  int size() {
    return texts.size();
  }

  /** The source line index of non-blank line {@code k}. */
  int line(int k) {
    return lines.get(k);
  }

  String text(int k) {
    return texts.get(k);
  }

  double width(int k) {
    return widths.get(k);
  }

  /**
   * The width of the signature that closes line {@code k} after its last sentence, or 0: the
   * signature is set after the text, so the text alone shows whether the line is indented.
   */
  double signatureWidth(int k) {
    Matcher m = SIGNATURE.matcher(texts.get(k));
    return m.find() ? Chars.setWidth(m.group(), markWidth.get(k)) : 0;
  }

  /**
   * Line {@code k} closes an article: the writer's name under it, or a line signed after its
   * last sentence; the next article may be set to another measure.
   */
  private boolean endsArticle(int k) {
    return isNameLine(k) || signatureWidth(k) > 0;
  }

  /** Line {@code k} is only a bracketed name, the writer's, set under the article's end. */
  boolean isNameLine(int k) {
    return NAME_LINE.matcher(texts.get(k)).matches();
  }

  /** Whether extraction starts a new text frame at line {@code k} (it opens with a space). */
  boolean frame(int k) {
    return frame.get(k);
  }

  boolean blankBefore(int k) {
    return blankBefore.get(k);
  }

  /** Extraction starts a new text frame, or a story's dateline opens the line. */
  boolean startsBlock(int k) {
    return frame.get(k) || Datelines.startsWithDateline(texts.get(k));
  }

  /**
   * Sets each line's width with the mark width its article was set with: compressed (half an
   * em) or full. The right one makes the article's continuation lines equal, so each article (a
   * text frame or a dateline starts one: a frame may hold articles of several widths, which
   * would blur the count) takes the one under which most of its lines share the most common
   * width (lines ending in a mark left out: the mark may hang past the measure); full width
   * unless compressed is clearly better, by more lines than chance lets agree.
   */
  private void measureFrames() {
    int start = 0;
    for (int k = 1; k <= texts.size(); k++) {
      if (k == texts.size() || startsBlock(k)) {
        int full = modeShare(frameWidths(start, k, 1.0));
        int compressed = modeShare(frameWidths(start, k, 0.5));
        // full-width marks are the default; compressed ones must fit clearly better
        double best = compressed > full + CLEARLY_MORE ? 0.5 : 1.0;
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

  /**
   * Line {@code a} stands between blank lines with no pause inside, as a headline (often spaced
   * out) does, or right before the next article: its width says nothing of the column's
   * measure.
   */
  private boolean looksApart(int a) {
    String t = texts.get(a);
    return blankBefore.get(a)
        && (a + 1 == texts.size() || blankBefore.get(a + 1) || startsBlock(a + 1))
        && !Chars.hasSentencePunctuation(t.substring(0, t.length() - 1));
  }

  /** The width of the marks ending line {@code k} (closing marks after a stop hang with it). */
  double trailingMarks(int k) {
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

  /**
   * The measure of a run of narrow lines that the column sets around a picture, if line {@code k}
   * is in one: three or more lines no wider than {@link #NARROW_RUN}, in a column whose lines
   * right before or after the run are clearly wider. Inside the run its own widest line is the
   * measure (a first line is indented and a last line falls short against it, not against the
   * full column); else 0.
   */
  private double narrowRunMeasure(int k) {
    if (!isNarrow(k)) {
      return 0;
    }
    int from = k;
    while (from > 0 && !startsBlock(from) && isNarrow(from - 1)) {
      from--;
    }
    int to = k;
    while (to + 1 < texts.size() && !startsBlock(to + 1) && isNarrow(to + 1)) {
      to++;
    }
    // the run's first and last lines, when they end a sentence, may be the last lines of
    // paragraphs that run in from above the picture or on below it, set at the column's full
    // width, or fall short: they show nothing of the run's measure; the lines between do
    int first = from < to && Chars.endsSentence(texts.get(from)) ? from + 1 : from;
    int last = first < to && Chars.endsSentence(texts.get(to)) ? to - 1 : to;
    double widest = 0;
    for (int a = first; a <= last; a++) {
      widest = Math.max(widest, widths.get(a) - trailingMarks(a));
    }
    // the column around the run is clearly wider than the run's own widest line
    boolean widerBefore = from > 0 && !startsBlock(from)
        && widths.get(from - 1) >= widest + WIDER_BY;
    boolean widerAfter = to + 1 < texts.size() && !startsBlock(to + 1)
        && widths.get(to + 1) >= widest + WIDER_BY;
    if (to - from + 1 < NARROW_LINES || !(widerBefore || widerAfter)) {
      return 0;
    }
    return Math.round(widest * 2) / 2.0;
  }

  /**
   * Line {@code a}'s text (its hanging marks aside) is as narrow as a narrowed run's line, and it
   * carries prose: a line set apart before another one or a new block (the writer's name over
   * the next headline, a kicker over its title) is set to no measure. (A line a spurious blank
   * line isolates inside a run is followed by the prose it runs on into.)
   */
  private boolean isNarrow(int a) {
    double text = widths.get(a) - trailingMarks(a);
    boolean apartFromProse = looksApart(a)
        && (a + 1 == texts.size() || looksApart(a + 1) || startsBlock(a + 1));
    return text <= NARROW_RUN && text >= NARROW_MIN && !apartFromProse;
  }

  /**
   * The column measure at line {@code k}: the most common width among the wider half of the
   * lines around it in the same article (text frame or dateline) (full continuation lines; a
   * paragraph's short last line and indented first line make up the narrower half), ties to the
   * wider.
   */
  double measure(int k) {
    if (measures == null) {
      measures = new double[texts.size()];
    }
    if (measures[k] == 0) {
      measures[k] = measureAt(k); // the rejoiner asks for a line's measure many times
    }
    return measures[k];
  }

  private double measureAt(int k) {
    double narrow = narrowRunMeasure(k);
    if (narrow > 0) {
      return narrow;
    }
    // the window counts the lines that show the column's measure: it reaches past a narrowed run
    int from = k;
    for (int seen = 0; from > 0 && seen < MEASURE_WINDOW && !startsBlock(from)
        && !endsArticle(from - 1); from--) {
      seen += narrowRunMeasure(from - 1) > 0 ? 0 : 1;
    }
    int to = k;
    for (int seen = 0; to + 1 < lines.size() && seen < MEASURE_WINDOW && !startsBlock(to + 1)
        && !endsArticle(to); to++) {
      seen += narrowRunMeasure(to + 1) > 0 ? 0 : 1;
    }
    // the lines of a run narrowed around a picture show the run's measure, not the column's
    boolean[] narrowed = new boolean[to - from + 1];
    for (int a = from; a <= to; a++) {
      narrowed[a - from] = narrowRunMeasure(a) > 0;
    }
    List<Double> w = new ArrayList<>();
    List<Double> unhung = new ArrayList<>();
    double widestUnhung = 0;
    for (int a = from; a <= to; a++) {
      String t = texts.get(a);
      if (widths.get(a) >= MIN_MEASURE && !Chars.isMark(t.codePointBefore(t.length()))
          && !looksApart(a) && !narrowed[a - from]) {
        widestUnhung = Math.max(widestUnhung, widths.get(a));
      }
    }
    for (int a = from; a <= to; a++) {
      if (widths.get(a) >= MIN_MEASURE && !looksApart(a) && !narrowed[a - from]) {
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
    // no line's text is wider than the measure (only its final marks may hang past it): where
    // the lines without a final mark are all indented first lines, a wider one shows the measure;
    // where marks are set full width every width is exact and the widest text sets it outright
    // (compressed marks may have been squeezed further to fit a line)
    double floor = 0;
    for (int a = from; a <= to; a++) {
      if (widths.get(a) >= MIN_MEASURE && !looksApart(a) && !narrowed[a - from]) {
        floor = Math.max(floor, widths.get(a) - trailingMarks(a));
      }
    }
    floor = Math.round(floor * 2) / 2.0;
    best = floor >= best + 1 || (markWidth.get(k) == 1.0 && floor > best) ? floor : best;
    // a column set with full-width marks is a whole number of ems (its grid of characters):
    // full lines a half em short of it (a digit or Latin letter less) do not make it narrower;
    // compressed marks leave the measure to half an em
    best = markWidth.get(k) == 1.0 ? Math.ceil(best) : best;
    double firsts = firstLinesWiderThanIndent(from, to, best, narrowed);
    if (firsts > best) {
      return markWidth.get(k) == 1.0 ? Math.ceil(firsts) : Math.round(firsts * 2) / 2.0;
    }
    return onlyFirstLinesAtFullWidth(from, to, best) ? best + INDENT : best;
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
      String t = texts.get(a);
      if (narrowed[a - from] || looksApart(a) || startsBlock(a + 1) || widths.get(a) < MIN_MEASURE
          || Chars.isMark(t.codePointBefore(t.length()))) {
        continue;
      }
      boolean afterStop = a > 0 && (startsBlock(a) || Chars.endsSentence(texts.get(a - 1)));
      // digits, Latin and spaces are set to no exact width: only a line without them counts
      boolean exact = t.chars().allMatch(c -> c >= 0x80);
      if (afterStop && exact && widths.get(a) > width - INDENT + FITS && widthWithNext(a) <= width + FITS) {
        count++;
        widest = Math.max(widest, widths.get(a) + INDENT);
      }
    }
    return count >= FIRST_LINES ? widest : 0;
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
      if (widths.get(a) < width - SLACK || widths.get(a) < MIN_MEASURE || looksApart(a)) {
        continue;
      }
      boolean afterStop = a == 0 || startsBlock(a) || Chars.endsSentence(texts.get(a - 1));
      boolean endsStop = Chars.endsSentence(texts.get(a));
      if (!afterStop) {
        return false; // a line inside a paragraph or ending one: no first line
      }
      whole |= afterStop && endsStop;
    }
    return whole;
  }
}
