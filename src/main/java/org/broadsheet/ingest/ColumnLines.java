package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The non-blank lines of the source as a column sets them: each line's text, its set width (with
 * the mark width its article was set with), whether a blank line or a new text frame precedes
 * it, and the column measure around it. The {@link Rejoiner} decides paragraph breaks from these
 * facts; a {@link MeasureReader} reads the column measure off them.
 */
final class ColumnLines {
  /** Tolerance for widths, in ems (digits and Latin set narrower or wider than half an em). */
  static final double SLACK = 0.75;
  /** Lines narrower than this are headlines, verses or names; they do not set the measure. */
  static final double MIN_MEASURE = 6;

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
  /** The column measures, read once the widths are known. */
  private final MeasureReader measures;
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
    findExtractionSpaces();
    measureFrames();
    measures = new MeasureReader(this);
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
    double first = setWidth(new String(Character.toChars(cp)), markWidth.get(k));
    int n = Character.charCount(cp);
    if (Chars.isOpening(cp) && t.length() > n) {
      return first + setWidth(t.substring(n, n + 1), markWidth.get(k));
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

  /** The width, in ems, of the marks line {@code k}'s article was set with (1 or 0.5). */
  double markWidth(int k) {
    return markWidth.get(k);
  }

  /**
   * The column measure at line {@code k}, read off the lines around it ({@link MeasureReader}).
   */
  double measure(int k) {
    return measures.measure(k);
  }

  /** Line {@code k} is in a run the column narrowed around a picture. */
  boolean narrowed(int k) {
    return measures.narrowed(k);
  }

  /**
   * The width of the signature that closes line {@code k} after its last sentence, or 0: the
   * signature is set after the text, so the text alone shows whether the line is indented.
   */
  double signatureWidth(int k) {
    Matcher m = SIGNATURE.matcher(texts.get(k));
    return m.find() ? setWidth(m.group(), markWidth.get(k)) : 0;
  }

  /**
   * Line {@code k} closes an article: the writer's name under it, or a line signed after its
   * last sentence; the next article may be set to another measure.
   */
  boolean endsArticle(int k) {
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
   * em) or full. The right one makes the article's full lines end together: more of them agree
   * on one measure, a whole number of ems (the column's grid), under it than under the other (a
   * frame may hold articles set either way, so each article decides for itself); full width
   * where they agree equally (lines holding one mark each, or none, tell nothing).
   */
  private void measureFrames() {
    int start = 0;
    for (int k = 1; k <= texts.size(); k++) {
      if (k == texts.size() || startsArticle(k)) {
        int half = fullLinesAgreeing(start, k, 0.5, false);
        int full = fullLinesAgreeing(start, k, 1.0, false);
        if (half == full) {
          // the exact lines tell nothing: lines holding digits and Latin vote too, but they are
          // set to no exact width, so only a clear majority of them (a quarter more) counts
          int halfAscii = fullLinesAgreeing(start, k, 0.5, true);
          int fullAscii = fullLinesAgreeing(start, k, 1.0, true);
          half += 4 * halfAscii >= 5 * fullAscii && halfAscii > fullAscii ? 1 : 0;
        }
        double best = half > full ? 0.5 : 1.0;
        for (int j = start; j < k; j++) {
          widths.set(j, setWidth(texts.get(j), best));
          markWidth.set(j, best);
        }
        start = k;
      }
    }
  }

  /**
   * Line {@code k} starts another article than the line above: a new block, or the line above
   * closes its article (the writer's name, a signature) or is a headline, or line {@code k} is
   * one (a frame may hold several articles, each set with its own marks).
   */
  boolean startsArticle(int k) {
    return startsBlock(k) || endsArticle(k - 1) || isHeadline(k) || isHeadline(k - 1);
  }

  /**
   * Line {@code a} is set apart with no mark at its end after a finished sentence, a photo
   * credit closing its caption or another such line, as a headline (or a byline) is; a line a
   * spurious blank line isolates carries on the sentence above it.
   */
  boolean isHeadline(int a) {
    String t = texts.get(a);
    return looksApart(a) && !Chars.isMark(t.codePointBefore(t.length()))
        && (a == 0 || Chars.endsSentence(texts.get(a - 1)) || looksApart(a - 1)
            || Segmenter.CREDIT_TAIL.matcher(texts.get(a - 1)).find());
  }

  /**
   * How many of the article's full lines (lines {@code from} to {@code to}, exclusive) agree on
   * one measure when marks are {@code markWidth} wide. A line that leaves its sentence open is
   * full: the measure lies between its width and its width with the next line's first unit
   * (which did not fit), or, if it starts after a stop, it may be a paragraph's first line, an
   * indent further short. Only lines set exactly count, unless {@code withAscii}: no digits or
   * Latin (set to no exact width, though a CJK font sets them about half an em), no final mark
   * (it may hang); a space extraction left in a line counts half an em, as in every width here,
   * and one the break may have swallowed widens the next unit.
   */
  private int fullLinesAgreeing(int from, int to, double markWidth, boolean withAscii) {
    List<double[]> spans = new ArrayList<>();
    for (int j = from + 1; j + 1 < to; j++) {
      String t = texts.get(j);
      String next = texts.get(j + 1);
      if (Chars.isMark(t.codePointBefore(t.length())) || looksApart(j)
          || !withAscii && !t.chars().allMatch(c -> c >= 0x80 || c == ' ')
          || next.charAt(0) < 0x80) {
        continue;
      }
      int cp = next.codePointAt(0);
      int n = Character.charCount(cp);
      double unit = setWidth(next.substring(0, n), markWidth);
      if (Chars.isOpening(cp) && next.length() > n) {
        unit += setWidth(next.substring(n, n + 1), markWidth);
      }
      double w = setWidth(t, markWidth);
      // a space extraction put between the lines, which the break swallowed, did not fit either
      unit += spaces.get(j).mayBeBetween(t.codePointBefore(t.length()), cp) ? 0.5 : 0;
      // after a stop the line may be a paragraph's first, an indent short of the measure
      double indent = Chars.endsSentence(texts.get(j - 1)) ? Rejoiner.INDENT : 0;
      spans.add(new double[] {w, w + unit, indent});
    }
    int best = 0;
    for (double[] a : spans) {
      // the measure is a whole number of ems (the column's grid)
      for (double m : new double[] {Math.ceil(a[0] - 1e-9), Math.ceil(a[0] + a[2] - 1e-9)}) {
        int count = 0;
        for (double[] b : spans) {
          count += fits(b, m, 0) || b[2] > 0 && fits(b, m, b[2]) ? 1 : 0;
        }
        best = Math.max(best, count);
      }
    }
    return best;
  }

  /** A line of span {@code s}, short of the measure by {@code indent}, fits measure {@code m}. */
  private static boolean fits(double[] s, double m, double indent) {
    return s[0] + indent <= m + 1e-9 && m < s[1] + indent - 1e-9;
  }

  /**
   * Marks a frame set in half-width punctuation sets in half an em (clreq §3.1.6, 标点符号的宽度
   * 调整: pause, stop, bracket and quotation marks, the middle dot); the ellipsis and the dash
   * keep their two ems, one em a character.
   */
  /**
   * Line text set to an exact width: it holds no digit, Latin letter or space (extraction spaces,
   * half-width characters and the space a Latin phrase keeps are set to no exact width).
   */
  static boolean exactWidth(String t) {
    return t.chars().allMatch(c -> c >= 0x80);
  }

  static final String HALF_WIDTH_MARKS = "，。、；：？！“”‘’（）《》〔〕〈〉·";

  /**
   * The width a line took in its column, in ems: Han characters and marks one em, ASCII and
   * spaces half an em, the {@link #HALF_WIDTH_MARKS} {@code markWidth}: half an em in an article
   * set in half-width punctuation (clreq §3.1.6 punctuation width adjustment, which is why its
   * lines hold more characters when they hold more marks); the ellipsis and dash keep one em a
   * character.
   */
  static double setWidth(String s, double markWidth) {
    double w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += cp < 0x80 ? 0.5 : HALF_WIDTH_MARKS.indexOf(cp) >= 0 ? markWidth : 1.0;
      i += Character.charCount(cp);
    }
    return w;
  }

  /**
   * Line {@code a} stands between blank lines with no pause inside, as a headline (often spaced
   * out) does, or right before the next article: its width says nothing of the column's
   * measure.
   */
  boolean looksApart(int a) {
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
      w += setWidth(new String(Character.toChars(t.codePointBefore(i))), markWidth.get(k));
      i -= Character.charCount(t.codePointBefore(i));
    }
    return w;
  }

  /** A mark that may not start a line and so hangs past the measure (clreq §3.1.7). */
  private static boolean hangs(int cp) {
    return Chars.PAUSE.indexOf(cp) >= 0 || Chars.SENTENCE_END.indexOf(cp) >= 0
        || Chars.isClosing(cp);
  }

}
