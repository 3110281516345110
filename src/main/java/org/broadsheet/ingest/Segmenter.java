package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the units into story drafts. A story starts at a dateline, at a new text frame, or after
 * the headline, byline or credit that closed the story before it: in this kind of extraction
 * headlines and authors follow their bodies, as the original set them beside or below the text.
 * Short lines standing alone are a headline group (one or two lines: kicker and title) or, three
 * or more in a row, verse ({@link ShortRunReader}). A name set one character per line under a
 * marker is a byline.
 * An article keeps one column measure and one damage state: a story signed at its dateline ends
 * where a clearly different measure starts and holds, and a paragraph in the other damage state
 * starts another story ({@link ParagraphPlacer}). Pieces of a paragraph left apart by spurious
 * blank lines are first joined back ({@link RunOnJoiner}).
 */
final class Segmenter {
  /** A line of classical verse is at most this wide: seven characters and a mark. */
  static final double CLASSICAL_LINE = 9;
  /**
   * A photo credit on a line of its own: the label and the photographer's name (groups
   * {@code label}, {@code name}).
   */
  static final Pattern CREDIT_LINE =
      Pattern.compile("^(?<label>摄影报道)\\s*(?<name>[\\p{IsHan} ]{2,8})$");
  private static final Pattern BYLINE_ONLY = Pattern.compile(
      "^[（(][\\p{IsHan} ]{2,16}[）)]$|^[●◎○★☆]\\s*\\p{IsHan}{2,4}$");
  /** A paragraph closed by its writer's name in brackets (…。（NAME）): a story's last line. */
  static final Pattern SIGNED_TAIL =
      Pattern.compile("[。！？…”][ \\u3000]*[（(][\\p{IsHan} ]{2,16}[）)]$");
  /**
   * A photo credit closing its caption's text ({@code … 摄影报道 NAME}): the label and the
   * photographer's names (groups {@code label}, {@code name}); the one test of a credit at a
   * text's end for every stage.
   */
  static final Pattern CREDIT_TAIL =
      Pattern.compile("(?<label>摄影报道)\\s*(?<name>\\p{IsHan}[\\p{IsHan} ]{0,14}\\p{IsHan})$");
  private static final Pattern MARKER_ONLY = Pattern.compile("^[●◎○★☆]$");
  /** The comma (full or half width) closing a paragraph's first clause. */
  private static final String ONE_CHAR_CLAUSE_END = "，,";
  /** Half a dash (GB/T 15834 破折号 is two of these). */
  private static final char DASH = '—';

  /** What a unit is, read from its shape alone. */
  enum Shape { BODY, SHORT, BYLINE, MARKER, SINGLE, CREDIT }

  /** A story as found, before its fields are read. */
  record Draft(List<Unit> body, List<Unit> headline, List<Unit> verses, List<Unit> byline,
      Unit credit, List<Unit> fragments, boolean frameStart) {}

  private final List<Unit> units;
  private final List<Draft> drafts = new ArrayList<>();
  private DraftBuilder current = new DraftBuilder();

  private final boolean headlinesAfter;
  private final ShortRunReader shortRuns;
  private final ParagraphPlacer paragraphs = new ParagraphPlacer(() -> current, this::flush);
  /** The index of the unit being placed. */
  private int at;

  private Segmenter(List<Unit> units) {
    this.units = RunOnJoiner.join(units);
    this.headlinesAfter = HeadlineOrder.after(this.units);
    this.shortRuns = new ShortRunReader(this.units, headlinesAfter);
  }

  static List<Draft> segment(List<Unit> units) {
    return new Segmenter(units).run();
  }

  static Shape shape(Unit u) {
    String t = u.text();
    if (CREDIT_LINE.matcher(t).matches()) {
      return Shape.CREDIT;
    }
    if (BYLINE_ONLY.matcher(t).matches()) {
      return Shape.BYLINE;
    }
    if (MARKER_ONLY.matcher(t).matches()) {
      return Shape.MARKER;
    }
    if (u.apart() && t.codePointCount(0, t.length()) == 1 && Chars.isHan(t.codePointAt(0))) {
      return Shape.SINGLE;
    }
    // a headline set vertically stands apart even where the line before seems to run on into it
    return u.apart() || u.lineCount() == 1 && ShortLines.isSpacedOut(t) ? Shape.SHORT : Shape.BODY;
  }

  private List<Draft> run() {
    for (int i = 0; i < units.size(); i++) {
      at = i;
      Unit u = units.get(i);
      switch (shape(u)) {
        case CREDIT -> {
          if (current.body.size() > 1) {
            List<Unit> caption = CaptionGatherer.aboveCredit(current);
            if (!current.body.isEmpty()) {
              flush(); // the caption is the paragraph right above its credit
            }
            current.body.addAll(caption);
          }
          current.credit = u;
          current.closed = true;
        }
        case BYLINE -> {
          paragraphs.splitSecondSignature();
          current.byline.add(u);
          current.signed = true;
        }
        case MARKER -> i = verticalName(i);
        case SINGLE -> {
          int j = i;
          while (j < units.size() && shape(units.get(j)) == Shape.SINGLE
              && (j == i || !units.get(j - 1).blankAfter())) {
            j++;
          }
          if (j - i >= 2) {
            i = verticalName(i);
          } else if ((current.closed || current.signed) && u.standalone()) {
            // a one-character title (灯) after a piece its byline ended, on a line of its own
            // (● NAME) or set one character per line, and set apart (the seed's 沉 ending its
            // frame is what is left of a vertical title, not a title)
            headline(List.of(u));
          } else {
            current.fragments.add(u);
          }
        }
        case SHORT -> i = shortRun(i);
        default -> body(u);
      }
    }
    flush();
    return drafts;
  }

  /**
   * A marker (or nothing) and then single characters: a name set one character per line. A blank
   * line ends the author's column: a single character after it is the next piece's (a poem's
   * one-character title).
   */
  private int verticalName(int i) {
    int j = i;
    List<Unit> parts = new ArrayList<>();
    if (shape(units.get(j)) == Shape.MARKER) {
      parts.add(units.get(j));
      j++;
    }
    while (j < units.size() && shape(units.get(j)) == Shape.SINGLE) {
      parts.add(units.get(j));
      j++;
      if (units.get(j - 1).blankAfter()) {
        break;
      }
    }
    current.byline.addAll(parts);
    current.signed = true;
    current.closed = true;
    return j - 1;
  }

  private int shortRun(int i) {
    int j = i + 1;
    while (j < units.size() && shape(units.get(j)) == Shape.SHORT && !units.get(j).frameStart()) {
      j++;
    }
    List<Unit> run = units.subList(i, j);
    Unit prev = current.body.isEmpty() ? null : current.body.get(current.body.size() - 1);
    boolean continues = i > 0 && prev == units.get(i - 1) && NarrowedRun.continues(prev, run);
    Unit next = j < units.size() ? units.get(j) : null;
    boolean runsInto = NarrowedRun.runsInto(run, next);
    if (continues || runsInto) {
      // lines of a paragraph narrowed around a picture, not verse
      Unit joined = NarrowedRun.join(continues ? current.body.remove(current.body.size() - 1)
          : null, run, runsInto ? next : null);
      if (continues) {
        current.body.add(joined);
      } else {
        body(joined);
      }
      return runsInto ? j : j - 1;
    }
    int opening = run.size() - 1;
    boolean carried = opening >= 1 && opensParagraph(run.get(opening), next)
        || runsOn(run.get(opening), next);
    if (carried && opening <= 2 && run.subList(0, opening).stream()
            .noneMatch(h -> h.verse() || ShortLines.hasMark(h.text()))) {
      // (a headline group, then) a line whose sentence the paragraph after it carries on, left
      // apart from it by a spurious blank line: a line stopped at a pause wider than a line of
      // classical verse after a headline group (no poem ends on a pause), or a line the paragraph
      // after it plainly continues (a headline never ends inside a sentence)
      if (opening > 0) {
        place(run.subList(0, opening));
      }
      body(run.get(opening).joinedWith(next));
      return j;
    }
    place(run);
    return j - 1;
  }

  /**
   * {@code line} stops at a pause (，、；：), is wider than a line of classical verse and not set
   * as verse, and {@code next} is a paragraph that carries its sentence on: not opening a frame
   * or with a dateline.
   */
  private static boolean opensParagraph(Unit line, Unit next) {
    String t = line.text();
    return !line.verse() && !t.isEmpty() && Chars.PAUSE.indexOf(t.codePointAt(t.length() - 1)) >= 0
        && Chars.width(t) > CLASSICAL_LINE && mayCarryOn(next);
  }

  /** {@code next} is a paragraph that may carry on a sentence: no new frame, no dateline. */
  private static boolean mayCarryOn(Unit next) {
    return next != null && shape(next) == Shape.BODY && !next.frameStart()
        && !Datelines.startsWithDateline(next.text());
  }

  /**
   * {@code next}, a paragraph that neither opens a frame nor has a dateline, plainly carries on
   * the sentence {@code line} (a plain line, not verse, not spaced out, not ending a sentence)
   * leaves open: it opens with a clause of one character ({@code 时，}), and no sentence opens so
   * (a localizer or particle completes the phrase before it; an enumeration's {@code 一、} takes
   * the enumeration comma, not a comma), or a dash is broken over the line end (GB/T 15834 破折号:
   * the dash is one mark two characters long, never a lone {@code —}, and ends no text).
   */
  private static boolean runsOn(Unit line, Unit next) {
    String t = line.text();
    if (line.verse() || t.isEmpty() || Chars.endsSentence(t) || ShortLines.isSpacedOut(t)
        || !mayCarryOn(next)) {
      return false;
    }
    String n = next.text();
    int first = n.isEmpty() ? 0 : n.codePointAt(0);
    int after = Character.charCount(first);
    boolean oneCharClause = Chars.isHan(first) && n.length() > after
        && ONE_CHAR_CLAUSE_END.indexOf(n.charAt(after)) >= 0;
    return oneCharClause || loneDash(t, t.length() - 1, -1) || loneDash(n, 0, 1);
  }

  /** The dash at {@code i} of {@code s} stands alone: no dash next to it at {@code i + d}. */
  private static boolean loneDash(String s, int i, int d) {
    int j = i + d;
    return i >= 0 && i < s.length() && s.charAt(i) == DASH
        && (j < 0 || j >= s.length() || s.charAt(j) != DASH);
  }

  /** Places a run of short lines standing apart, read as verse, a headline group or paragraphs. */
  private void place(List<Unit> run) {
    for (ShortRunReader.Part part : shortRuns.read(run, at)) {
      switch (part.role()) {
        case PARAGRAPH -> part.units().forEach(this::body);
        case HEADLINE -> headline(part.units());
        case OWN_HEADLINE -> {
          current.headline.addAll(part.units()); // the verse's own
          current.closed = true;
        }
        case VERSE -> verses(part.units());
        case END -> flush();
      }
    }
  }

  /** A headline group: the story's before it when headlines follow bodies, else the next's. */
  private void headline(List<Unit> run) {
    if (headlinesAfter && current.hasText() && current.headline.isEmpty()) {
      current.headline.addAll(run);
      current.closed = true;
    } else {
      if (current.hasText()) {
        flush();
      }
      current.headline.addAll(run); // a headline before its body
    }
  }

  private void verses(List<Unit> run) {
    if (current.hasText()) {
      flush();
    }
    current.verses.addAll(run);
    current.frameStart |= run.get(0).frameStart();
  }

  /** Places a paragraph ({@link ParagraphPlacer}). */
  private void body(Unit u) {
    paragraphs.place(u, following(u));
  }

  /** The paragraph after {@code u}, the unit being placed; null where none follows. */
  private Unit following(Unit u) {
    return at + 1 < units.size() && units.get(at) == u ? units.get(at + 1) : null;
  }

  private void flush() {
    if (!current.isEmpty()) {
      drafts.add(current.build());
    }
    current = new DraftBuilder();
  }
}
