package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Rejoins lines broken at the source's column width into units, across spurious blank lines,
 * and keeps the true paragraph breaks. In a column every continuation line has the full measure
 * and a paragraph's first line is two characters shorter (the indent the extraction dropped), so
 * a break is real when a line ends a sentence and either falls short of the width it should have
 * or is followed by an indent-width line; a blank line alone breaks nothing (a column turn).
 * {@link ColumnLines} supplies the lines' widths and the column measure.
 */
final class Rejoiner {
  /** The indent of a paragraph's first line, in ems. */
  static final double INDENT = 2;
  /**
   * How far a full line may fall short of the measure: a space swallowed at the break plus a
   * character that did not fit (one em).
   */
  private static final double SHORT_BY = 1.0;
  private static final double SLACK = ColumnLines.SLACK;
  /** The measure is known to half an em: a width within a quarter em of a limit meets it. */
  static final double ROUNDING = 0.25;
  /** A full line's text falls less than this short of the measure, in ems. */
  private static final double FULL_WITHIN = 1;
  /** A line of classical verse: five or seven characters and its mark, all lines alike. */
  private static final double CLASSICAL_VERSE = 9;
  /** Mark-free lines this short, three or more apart from prose, are verse even if equal. */
  private static final double SHORT_VERSE = 12;
  /** The widest a verse line set without blank lines is, in ems. */
  private static final double VERSE_EMS = 16;
  /** The widest a standalone line (headline, verse, name) is, in ems. */
  static final double STANDALONE_EMS = 24;

  private final SourceText src;
  private final ColumnLines col;
  private boolean[] verse;
  private final ChangeLog log;

  private Rejoiner(SourceText src, ChangeLog log) {
    this.src = src;
    this.log = log;
    this.col = new ColumnLines(src);
    findVerse();
  }

  /**
   * Verse set line after line with no blank between: a run of short lines with no pause inside
   * that either all end with a mark and are of one length (classical verse: 踏遍青山人未老，) or
   * carry no mark at all and differ in length or are very short (free verse). Prose in a narrow column fills its lines to one width and
   * breaks them anywhere, marks included.
   */
  private void findVerse() {
    verse = new boolean[col.size()];
    int k = 0;
    while (k < col.size()) {
      int j = k;
      while (j < col.size() && isVerseLike(j) && (j == k || (!col.blankBefore(j)
          && !col.frame(j)))) {
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
    String t = col.text(k);
    return col.width(k) <= VERSE_EMS && !Chars.hasSentencePunctuation(t.substring(0,
        t.length() - 1)) && !Datelines.startsWithDateline(t) && !Chars.isOpening(t.codePointAt(0))
        && !Chars.isClosing(t.codePointBefore(t.length())) && !continuesSentence(k);
  }

  private boolean isVerseRun(int from, int to) {
    boolean allEndWithMark = true;
    boolean noMark = true;
    double min = Double.MAX_VALUE;
    double max = 0;
    for (int k = from; k < to; k++) {
      String t = col.text(k);
      int end = t.codePointBefore(t.length());
      allEndWithMark &= Chars.PAUSE.indexOf(end) >= 0 || Chars.SENTENCE_END.indexOf(end) >= 0;
      noMark &= t.codePoints().noneMatch(Chars::isMark);
      min = Math.min(min, col.width(k));
      max = Math.max(max, col.width(k));
    }
    boolean apart = from == 0 || col.blankBefore(from) || col.frame(from)
        || Chars.endsSentence(col.text(from - 1));
    boolean classical = allEndWithMark && max - min <= 0.5 && max <= CLASSICAL_VERSE;
    return classical
        || (noMark && to - from >= 3 && (max - min >= INDENT || (apart && max <= SHORT_VERSE)));
  }

  static List<Unit> rejoin(SourceText src, ChangeLog log) {
    return new Rejoiner(src, log).run();
  }

  private List<Unit> run() {
    List<Unit> units = new ArrayList<>();
    int start = 0;
    boolean firstLine = true;
    for (int k = 0; k < col.size(); k++) {
      boolean last = k + 1 == col.size();
      if (last || breaksAfter(k, firstLine)) {
        units.add(unit(start, k));
        start = k + 1;
        firstLine = true;
      } else {
        firstLine = false;
        if (col.blankBefore(k + 1)) {
          log.add(col.line(k) + 2, 1, "rejoin.blank-line", "", "",
              "the sentence runs on across a blank line (a column turn)");
        }
      }
    }
    return units;
  }

  /** Whether a paragraph (or standalone line) ends after non-blank line {@code k}. */
  private boolean breaksAfter(int k, boolean firstLine) {
    if (col.startsBlock(k + 1) || isStandalone(k) || isStandalone(k + 1) || verse[k]
        || verse[k + 1]) {
      return true;
    }
    if (Segmenter.CREDIT_TAIL.matcher(col.text(k)).find()) {
      return true; // a photo credit closes its caption
    }
    if (!Chars.endsSentence(col.text(k))) {
      return false; // a column break or a spurious blank line inside a sentence
    }
    if (col.signatureWidth(k) > 0) {
      return true; // a name signed after the last sentence closes the article
    }
    double measure = col.measure(k);
    double expected = firstLine ? measure - INDENT : measure;
    if (col.widthWithNext(k) <= expected + ROUNDING) {
      return true; // a paragraph's last line: the next line's first word would have fitted on it
    }
    if (Chars.endsWithEllipsis(col.text(k))) {
      return false; // a full line ending in …… carries on: the ellipsis only pauses
    }
    // the line ends a sentence at the full measure: the next line decides
    return firstLineAfterFullStop(k + 1);
  }

  /**
   * Whether line {@code k}, after a full line that ends a sentence, is a paragraph's first line.
   * Extraction dropped the indent, so a first line is two ems short of the measure and only its
   * final marks may hang past that; a line whose text alone is wider continues the paragraph
   * (widths are counted exactly: Han and marks one em, digits, Latin and spaces half an em).
   */
  private boolean firstLineAfterFullStop(int k) {
    if (!col.blankBefore(k) && Chars.endsSentence(col.text(k)) && endsBlock(k)) {
      // a one-line paragraph and a paragraph's last line look alike; most paragraphs of such
      // text are set apart by a blank line, so without one the line is the paragraph's last
      return false;
    }
    // a signature after the line's last sentence widens it past the text's own width
    double text = col.width(k) - col.signatureWidth(k);
    double first = col.measure(k) - INDENT;
    // marks ending a line hang only past the measure
    double set = text > col.measure(k) ? text - col.trailingMarks(k) : text;
    if (col.blankBefore(k) && set <= col.measure(k) - FULL_WITHIN) {
      // a sentence ends, a blank line, and the next line's text falls a whole em or more short
      // of the measure: no full line does (the character that did not fit was at most an em)
      return true;
    }
    if (text >= first - SLACK) {
      // as wide as a first line: only the marks ending it may hang past the first line's width
      return text - col.trailingMarks(k) <= first + ROUNDING
          && (col.blankBefore(k) || !couldBeFull(k));
    }
    if (!Chars.endsSentence(col.text(k)) && k + 1 < col.size() && !col.startsBlock(k + 1)) {
      // a line that leaves its sentence open ends no paragraph; narrower than a first line, it
      // is one all the same (a word carried over) when it could be no full line: the next
      // line's first unit would have fitted on it
      return col.width(k) + col.leadingUnit(k + 1) <= col.measure(k) + ROUNDING;
    }
    return col.blankBefore(k); // a short line: a one-line paragraph set apart, or the tail
  }

  /**
   * Whether line {@code k}, as wide as a first line, may be a full line all the same: the next
   * line opens with a unit that does not break (a number or Latin word, an opening mark with its
   * character) and did not fit after it on the full measure, so the column broke the line short.
   * (A space the break may have swallowed shows nothing either way: it is not counted.)
   */
  private boolean couldBeFull(int k) {
    return k + 1 < col.size() && !col.startsBlock(k + 1)
        && col.width(k) + col.leadingUnit(k + 1) > col.measure(k) + ROUNDING;
  }

  /**
   * Line {@code k} is the last before a blank line, a new block, the writer's name closing the
   * article, or the end of the text.
   */
  private boolean endsBlock(int k) {
    return k + 1 == col.size() || col.blankBefore(k + 1) || col.startsBlock(k + 1)
        || col.isNameLine(k + 1);
  }

  /**
   * Line {@code k} carries on a sentence that a full line above it left open (a column turn with
   * a spurious blank line: {@code 坚实基} / {@code 础。}), so it stands alone only in appearance.
   */
  private boolean continuesSentence(int k) {
    if (k == 0 || col.startsBlock(k)) {
      return false;
    }
    if (col.text(k).codePoints().noneMatch(Chars::isMark) && (k + 1 == col.size()
        || col.startsBlock(k + 1) || col.width(k) < col.measure(k - 1) - INDENT - SLACK)) {
      // a sentence carried over ends with its stop: a mark-free line before the next article,
      // or one too short to be a full line of the column above it (whose sentence it would
      // carry on), finishes no sentence (a title under its kicker)
      return false;
    }
    String prev = col.text(k - 1);
    int end = prev.codePointBefore(prev.length());
    boolean open = !Chars.endsSentence(prev)
        && (!Chars.isMark(end) || Chars.PAUSE.indexOf(end) >= 0)
        || pausesAtFullMeasure(k - 1);
    // the line above is prose: as wide as a column line, or with a pause or stop inside (a
    // narrow column's lines are no wider than a headline, but a headline has no pause inside;
    // a verse line has its mark only at its end), or full in a prose run narrowed around a
    // picture (its measure is the run's)
    boolean full = col.width(k - 1) >= col.measure(k - 1) - INDENT - SLACK
        && (col.width(k - 1) > STANDALONE_EMS / 2 || col.narrowed(k - 1));
    boolean prose = Chars.hasSentencePunctuation(prev.substring(0, prev.length() - 1))
        && !ShortLines.isSpacedOut(prev);
    return open && (full || prose);
  }

  /**
   * Line {@code k} ends with an ellipsis at the full measure (the next line's first unit did not
   * fit after it, on a first line's measure where it starts after a stop): the ellipsis only
   * pauses there (……每一个环节都列入检查清单。), the column broke the sentence.
   */
  private boolean pausesAtFullMeasure(int k) {
    if (!Chars.endsWithEllipsis(col.text(k)) || k + 1 >= col.size()) {
      return false;
    }
    boolean first = k == 0 || col.startsBlock(k) || Chars.endsSentence(col.text(k - 1));
    double room = col.measure(k) - (first ? INDENT : 0);
    return col.width(k) + col.leadingUnit(k + 1) > room + ROUNDING;
  }

  /**
   * Line {@code k}, set apart by a spurious blank line, is a paragraph's first line: it has the
   * width of an indented first line and the prose line after it (a pause or stop inside) is a
   * full continuation line, wider than any first line. A headline is followed by a first line.
   */
  private boolean opensParagraph(int k) {
    if (k + 1 >= col.size() || col.startsBlock(k + 1) || Chars.endsSentence(col.text(k))
        || ShortLines.isSpacedOut(col.text(k))) {
      return false; // a headline set vertically has its characters spaced out one by one
    }
    String next = col.text(k + 1);
    double measure = col.measure(k + 1);
    double first = measure - INDENT; // a full first line, short by a swallowed space at most
    return col.width(k) >= first - SHORT_BY && col.width(k) <= first + SLACK
        && col.width(k + 1) >= measure - SLACK
        && Chars.hasSentencePunctuation(next.substring(0, next.length() - 1))
        && !opensCaption(k + 1);
  }

  /**
   * Line {@code k} opens a photo caption: its block names what the picture shows (图为) or ends
   * with the photo's credit, or a credit line follows it. A caption is set without indent, so
   * its first line is a full line and the line standing above it is no first line of its (a
   * headline as wide as one: 绿色发展 节能改造取得实效).
   */
  private boolean opensCaption(int k) {
    StringBuilder text = new StringBuilder(col.text(k));
    int j = k + 1;
    for (; j < col.size() && !col.blankBefore(j) && !col.startsBlock(j); j++) {
      text.append(col.text(j));
    }
    return text.indexOf("图为") >= 0 || Segmenter.CREDIT_TAIL.matcher(text).find()
        || j < col.size() && Segmenter.CREDIT_LINE.matcher(col.text(j).strip()).matches();
  }

  /**
   * A single short line set apart by blank lines (or a new block) on both sides, with no pause
   * inside: a headline, verse, name or credit. Prose lines that a column turn isolates are full
   * lines with punctuation inside, or a dateline line whose sentence runs on.
   */
  boolean isStandalone(int k) {
    if (continuesSentence(k) || opensParagraph(k)) {
      return false;
    }
    boolean after = k + 1 == col.size() || col.blankBefore(k + 1) || col.startsBlock(k + 1);
    String t = col.text(k);
    if (Datelines.startsWithDateline(t) && Chars.isMark(t.codePointBefore(t.length()))) {
      return false; // a dateline opens a story's text; a pause after it leaves the sentence open
    }
    String inner = t.substring(0, t.length() - 1);
    boolean before = col.blankBefore(k) || col.startsBlock(k);
    // a vertical headline spaced out by extraction is as wide as its characters
    return before && after && Chars.width(t.replace(" ", "")) <= STANDALONE_EMS
        && !Chars.hasSentencePunctuation(inner);
  }

  private Unit unit(int from, int to) {
    Piece joined = Piece.empty(src);
    for (int k = from; k <= to; k++) {
      Piece line = new Piece(src, src.lineIndices(col.line(k))).strip();
      if (!joined.isEmpty() && !line.isEmpty() && Chars.isLatinOrDigit(joined.cp(joined.length() - 1))
          && Chars.isLatinOrDigit(line.cp(0))) {
        int newline = src.lineEnd(col.line(k - 1));
        src.replace(newline, ' '); // Latin words and numbers broken at the edge keep their space
        joined = joined.concat(new Piece(src, new int[] {newline}));
      }
      joined = joined.concat(line);
    }
    boolean blankAfter = to + 1 == col.size() || col.blankBefore(to + 1);
    boolean apart = from == to && (isStandalone(from) || verse[from]);
    // body text reports the extraction spaces it drops; a short line standing alone may be a
    // headline, whose printed spaces the classifier reads from the raw piece
    Piece text = apart ? Spacing.normalize(joined) : Spacing.normalize(joined, log);
    double shown = 0;
    for (int k = from; k <= to; k++) {
      shown = Math.max(shown, col.width(k) - col.trailingMarks(k) + (k == from ? INDENT : 0));
    }
    return new Unit(text, joined, to - from + 1, col.frame(from),
        col.blankBefore(from) || col.startsBlock(from), blankAfter, apart,
        from == to && verse[from], shown);
  }

}
