package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Joins back the pieces of a paragraph that spurious blank lines left standing apart, where the
 * text itself shows the sentence runs on, so that no piece of prose is read as a headline, a verse
 * or a story boundary. A line belongs to the text after it (or before it) when:
 * <ul>
 *   <li>the paragraph before it stops in mid-sentence: a story's text never ends without its stop
 *       (or a signature), so what follows carries the sentence on;</li>
 *   <li>it ends with a pause (，、；：): a headline carries no pause, and a single line is no
 *       poem;</li>
 *   <li>it opens a quotation or title mark it does not close (《党支部工作 … 条例》): a headline's
 *       marks are paired within it;</li>
 *   <li>the paragraph after it opens with a full line of the column: every paragraph's first line
 *       is indented, so a full first line continues the line before it, and a headline is always
 *       followed by an indented first line;</li>
 *   <li>it is as wide as an indented first line and the line after it closes the sentence as a
 *       paragraph's short last line.</li>
 *   <li>it opens with a dateline and does not end its sentence: a dateline opens a paragraph,
 *       never a headline, so the short lines after it carry its sentence on;</li>
 * </ul>
 * A short line right after a story's signature or credit is a headline, never an opening line.
 * Datelines, new text frames, bylines, credits and headlines set with spaced-out characters are
 * never joined: they show a story's own start or end. The other way round, a paragraph whose
 * lines change damage state after a sentence end is split there (two articles run together), and
 * each unit's measure is read again without its last line.
 */
final class RunOnJoiner {
  /** How far a full line may fall short of the measure (a space swallowed at the break). */
  private static final double SHORT_BY = 1.0;
  private static final double SLACK = ColumnLines.SLACK;
  private static final double INDENT = Rejoiner.INDENT;
  private static final double ROUNDING = Rejoiner.ROUNDING;

  /** The units, split where their damage state changes. */
  private final List<Unit> units = new ArrayList<>();
  private final ColumnLines col;
  /** The index in {@link #col} of each 0-based source line, -1 for blank lines. */
  private final int[] lineIndex;

  private RunOnJoiner(List<Unit> units) {
    SourceText src = units.get(0).piece().source();
    this.col = new ColumnLines(src);
    this.lineIndex = new int[src.lineCount() + 1];
    Arrays.fill(lineIndex, -1);
    for (int k = 0; k < col.size(); k++) {
      lineIndex[col.line(k)] = k;
    }
    units.forEach(u -> this.units.addAll(splitAtDamageChange(u)));
  }

  static List<Unit> join(List<Unit> units) {
    return units.isEmpty() ? units : new RunOnJoiner(units).run();
  }

  private List<Unit> run() {
    List<Unit> out = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      Unit prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && runsOnInto(prev, u)) {
        out.set(out.size() - 1, merge(prev, u));
        continue;
      }
      Unit next = i + 1 < units.size() ? units.get(i + 1) : null;
      if (next != null && opens(u, prev, next, i)) {
        out.add(merge(u, next));
        i++;
        continue;
      }
      out.add(u);
    }
    out.replaceAll(this::measured);
    return out;
  }

  /**
   * The unit with the measure its lines show: the widest line (the first counted with its
   * indent), a paragraph's last line left out when others show the measure, since it may run out
   * of a run narrowed around a picture into the full column and so show neither.
   */
  private Unit measured(Unit u) {
    int from = index(u.line());
    int to = index(u.raw().line(u.raw().length() - 1));
    if (u.lineCount() < 3 || from < 0 || to <= from) {
      return u;
    }
    double shown = 0;
    double body = 0;
    for (int k = from; k < to; k++) {
      shown = Math.max(shown, col.width(k) - col.trailingMarks(k) + (k == from ? INDENT : 0));
      body = k > from ? Math.max(body, col.width(k)) : 0;
    }
    if (to - from > 2 && body <= NarrowedRuns.NARROW_RUN && shown > NarrowedRuns.NARROW_RUN) {
      // a paragraph whose lines after the first are narrowed around a picture shows its column
      // by its first line alone, which the column filled before the picture: a line read alone
      // cannot show that its final mark hangs, and a mark hangs only past a full measure, so the
      // mark is counted in (the story's other paragraphs read the column exactly)
      shown = col.width(from) + INDENT;
    }
    return new Unit(u.piece(), u.raw(), u.lineCount(), u.frameStart(), u.blankBefore(),
        u.blankAfter(), u.apart(), u.verse(), shown);
  }

  /**
   * An article is damaged or not as a whole (its marks all came out as images, or none did): where
   * a sentence ends at a line's end and the lines before show only repaired marks while the lines
   * after show only real ones, or the other way round, two articles were run together.
   */
  private List<Unit> splitAtDamageChange(Unit u) {
    Piece p = u.piece();
    if (u.lineCount() < 2 || p.isEmpty()) {
      return List.of(u);
    }
    int first = p.line(0);
    int last = p.line(p.length() - 1);
    int lines = last - first + 1;
    int[] starts = new int[lines + 1];
    int[][] counts = new int[lines + 1][]; // marks repaired and real before each line's start
    int[] total = {0, 0};
    for (int l = 0, i = 0; l <= lines; l++) {
      int from = i;
      while (i < p.length() && p.line(i) < first + l) {
        i++;
      }
      int[] c = DamageState.marks(p, from, i);
      total = new int[] {total[0] + c[0], total[1] + c[1]};
      starts[l] = i;
      counts[l] = total;
    }
    int[] all = counts[lines];
    for (int cut = 1; cut < lines; cut++) {
      int at = starts[cut];
      int[] before = counts[cut];
      if (at == 0 || at == p.length() || !DamageState.of(before[0], before[1])
          .differs(DamageState.of(all[0] - before[0], all[1] - before[1]))
          || !Chars.endsSentence(p.sub(0, at).text())) {
        continue;
      }
      List<Unit> out = new ArrayList<>(List.of(part(u, 0, at, true)));
      out.addAll(splitAtDamageChange(part(u, at, p.length(), false)));
      return out;
    }
    return List.of(u);
  }

  /** Code points {@code from} to {@code to} of unit {@code u}, with the lines they hold. */
  private Unit part(Unit u, int from, int to, boolean head) {
    Piece p = u.piece().sub(from, to);
    int firstLine = p.line(0);
    int lastLine = p.line(p.length() - 1);
    Piece raw = u.raw();
    int a = 0;
    while (a < raw.length() && raw.line(a) < firstLine) {
      a++;
    }
    int b = a;
    while (b < raw.length() && raw.line(b) <= lastLine) {
      b++;
    }
    int lines = 0;
    for (int l = firstLine; l <= lastLine; l++) {
      lines += index(l) >= 0 ? 1 : 0;
    }
    SourceText src = p.source();
    boolean blankBefore = head ? u.blankBefore() : src.lineText(firstLine - 2).isBlank();
    boolean blankAfter = head ? src.lineText(lastLine).isBlank() : u.blankAfter();
    return new Unit(p, raw.sub(a, b), lines, head && u.frameStart(), blankBefore, blankAfter,
        false, false, u.measure());
  }

  /** A paragraph stopped in mid-sentence: the unit after it carries the sentence on. */
  private boolean runsOnInto(Unit prev, Unit u) {
    String t = prev.text();
    return Segmenter.shape(prev) == Segmenter.Shape.BODY && !t.isEmpty()
        && !Chars.endsSentence(t) && !Segmenter.CREDIT_TAIL.matcher(t).find() && canContinue(u)
        && !u.verse();
  }

  /** Unit {@code u} opens a paragraph that {@code next} carries on. */
  private boolean opens(Unit u, Unit prev, Unit next, int i) {
    if (Segmenter.shape(u) == Segmenter.Shape.SHORT && !u.verse() && !next.verse()
        && Datelines.startsWithDateline(u.text()) && !Chars.endsSentence(u.text())
        && !ShortLines.endsWithMark(u.text()) && canContinue(next)) {
      return true; // a dateline opens a paragraph, never a headline: its sentence runs on
    }
    if (Segmenter.shape(u) != Segmenter.Shape.SHORT || u.verse() || !canContinue(next)
        || Segmenter.shape(next) == Segmenter.Shape.SHORT && !unclosed(u.text())) {
      return false;
    }
    String t = u.text();
    if (Chars.endsSentence(t) || ShortLines.isSpacedOut(t)) {
      return false;
    }
    if (unclosed(t)) {
      return true;
    }
    boolean alone = (prev == null || Segmenter.shape(prev) != Segmenter.Shape.SHORT)
        && Segmenter.shape(next) == Segmenter.Shape.BODY;
    if (!alone || closesStory(prev)) {
      return false;
    }
    if (endsWithPause(u)) {
      return true;
    }
    int end = t.codePointBefore(t.length());
    if (Chars.isMark(end) && !Chars.isClosing(end)) {
      return false; // a closing quotation mark may end a headline as well as a line
    }
    if (isCaption(next, i + 2 < units.size() ? units.get(i + 2) : null)) {
      return false; // a caption is set without indent: a headline may stand above its full line
    }
    int k = index(next.line());
    int ku = index(u.line());
    if (k < 0 || ku < 0) {
      return false;
    }
    double measure = col.measure(k);
    if (col.width(ku) > measure + SLACK) {
      return false;
    }
    if (next.lineCount() >= 2) {
      // the paragraph's own column: the measure around its later lines, away from the text
      // before it, which may be another article's in another measure
      double own = Math.max(measure, col.measure(k + 1));
      if (col.width(k) >= own - SHORT_BY) { // its final mark counted: it may hang
        return fillsFirstLine(ku, k, own);
      }
      // a paragraph that opens in a run narrowed around a picture: both lines fill the run's
      // measure, the first less its indent (a comma hanging past an indented line fills nothing)
      double run = narrowedBefore(ku, own);
      return run > 0 && col.width(k) - col.trailingMarks(k) >= run - SHORT_BY
          && col.width(k) <= run + SLACK && col.width(ku) <= run - INDENT + SLACK
          && fillsIndented(ku, k, run);
    }
    // a two-line paragraph broken apart: an indented first line, then its short last line
    double first = measure - INDENT;
    return next.lineCount() == 1 && Chars.endsSentence(next.text())
        && col.width(ku) >= first - SHORT_BY && col.width(ku) <= measure + SLACK
        && col.width(k) < first;
  }

  /**
   * Line {@code ku} may be the indented first line of a paragraph whose sentence runs on at line
   * {@code k}: the column fills a line before it breaks, so the next line's first unit (a
   * character, or a number or Latin word that does not break) did not fit after it on the
   * measure less the indent (short by a swallowed space at most, the measure being read to an
   * em). The measure is the paragraph's column, or that of the run of lines just before it where
   * the paragraph starts beside a picture that narrowed them and widens after it. A line that
   * leaves more room than that stood on its own: a headline (精准服务 配网改造顺利完工), not a
   * paragraph's start.
   */
  private boolean fillsFirstLine(int ku, int k, double measure) {
    if (fillsIndented(ku, k, measure)) {
      return true;
    }
    double before = narrowedBefore(ku, measure);
    return before > 0 && fillsIndented(ku, k, before);
  }

  /**
   * Line {@code ku} with line {@code k}'s first unit after it (and a space the break may have
   * swallowed) would not fit on {@code measure} less the indent: the column filled it.
   */
  private boolean fillsIndented(int ku, int k, double measure) {
    return col.width(ku) + col.leadingUnit(k) + SHORT_BY + ROUNDING > measure - INDENT;
  }

  /**
   * The measure of the run of lines just before line {@code ku}, in its frame, where it is
   * narrower than the column {@code measure} (a picture narrowed it); 0 where it is not.
   */
  private double narrowedBefore(int ku, double measure) {
    if (ku < 2 || col.frame(ku) || col.frame(ku - 1)) {
      return 0;
    }
    double before = Math.max(col.width(ku - 1), col.width(ku - 2));
    return before < measure ? before : 0;
  }

  /**
   * A story's close: its writer's name signs it (…。（NAME）, or the name on a line of its own)
   * or a photo's credit ends it. A short line right after a close is a headline, the closed
   * story's (set after its body) or the next one's, never a paragraph's broken first line.
   */
  private static boolean closesStory(Unit prev) {
    return prev != null && (Segmenter.shape(prev) == Segmenter.Shape.BYLINE
        || Segmenter.shape(prev) == Segmenter.Shape.CREDIT
        || Segmenter.SIGNED_TAIL.matcher(prev.text()).find()
        || Segmenter.CREDIT_TAIL.matcher(prev.text()).find());
  }

  /** A unit that may carry on a sentence: no start of a story, no byline, credit or headline. */
  private static boolean canContinue(Unit u) {
    Segmenter.Shape s = Segmenter.shape(u);
    return (s == Segmenter.Shape.BODY || s == Segmenter.Shape.SHORT) && !u.frameStart()
        && !Datelines.startsWithDateline(u.text()) && !ShortLines.isSpacedOut(u.text());
  }

  /** A photo caption: it ends with its credit, or its credit stands on the next line. */
  private static boolean isCaption(Unit u, Unit after) {
    return Segmenter.CREDIT_TAIL.matcher(u.text()).find() || u.text().contains("图为")
        || after != null && (Segmenter.shape(after) == Segmenter.Shape.CREDIT
            || Segmenter.CREDIT_TAIL.matcher(after.text()).find()
            || after.text().startsWith("图为"));
  }

  private static boolean endsWithPause(Unit u) {
    String t = u.text();
    return !t.isEmpty() && Chars.PAUSE.indexOf(t.codePointBefore(t.length())) >= 0;
  }

  /** More opening quotation or title marks than closing ones. */
  private static boolean unclosed(String t) {
    int depth = 0;
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      depth += Chars.isOpening(cp) ? 1 : Chars.isClosing(cp) ? -1 : 0;
      i += Character.charCount(cp);
    }
    return depth > 0;
  }

  private int index(int line) {
    return line - 1 >= 0 && line - 1 < lineIndex.length ? lineIndex[line - 1] : -1;
  }

  /** One unit of {@code a}'s lines and {@code b}'s: a paragraph, measured anew. */
  private Unit merge(Unit a, Unit b) {
    Unit joined = a.joinedWith(b);
    int from = index(a.line());
    int to = index(b.raw().line(b.raw().length() - 1));
    if (from < 0 || to < from) {
      return joined;
    }
    double shown = 0;
    for (int k = from; k <= to; k++) {
      shown = Math.max(shown, col.width(k) - col.trailingMarks(k) + (k == from ? INDENT : 0));
    }
    return joined.withMeasure(shown);
  }
}
