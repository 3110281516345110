package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the units into story drafts. A story starts at a dateline, at a new text frame, or after
 * the headline, byline or credit that closed the story before it: in this kind of extraction
 * headlines and authors follow their bodies, as the original set them beside or below the text.
 * Short lines standing alone are a headline group (one or two lines: kicker and title) or, three
 * or more in a row, verse. A name set one character per line under a marker is a byline.
 * An article keeps one column measure and one damage state: a story signed at its dateline ends
 * where a clearly different measure starts and holds, and a paragraph in the other damage state
 * starts another story. Pieces of a paragraph left apart by spurious blank lines are first joined
 * back ({@link RunOnJoiner}).
 */
final class Segmenter {
  private static final int MIN_VERSE_LINES = 3;
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
  private static final Pattern SIGNED_DATELINE =
      Pattern.compile("^" + Datelines.PATTERN + "\\s*（[^）]{2,12}）");
  private static final Pattern MARKER_ONLY = Pattern.compile("^[●◎○★☆]$");

  /** What a unit is, read from its shape alone. */
  enum Shape { BODY, SHORT, BYLINE, MARKER, SINGLE, CREDIT }

  /** A story as found, before its fields are read. */
  record Draft(List<Unit> body, List<Unit> headline, List<Unit> verses, List<Unit> byline,
      Unit credit, List<Unit> fragments, boolean frameStart) {}

  private final List<Unit> units;
  private final List<Draft> drafts = new ArrayList<>();
  private DraftBuilder current = new DraftBuilder();

  private final boolean headlinesAfter;
  /** The index of the unit being placed. */
  private int at;

  private Segmenter(List<Unit> units) {
    this.units = RunOnJoiner.join(units);
    this.headlinesAfter = HeadlineOrder.after(this.units);
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
    return u.apart() || u.lineCount() == 1 && isSpacedOut(t) ? Shape.SHORT : Shape.BODY;
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
          splitSecondSignature();
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
          } else if (current.closed && u.standalone()) {
            headline(List.of(u)); // a one-character title (灯) after a piece its byline ended
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
    place(run);
    return j - 1;
  }

  /** Places a run of short lines standing apart: verse, a headline group, or paragraphs. */
  private void place(List<Unit> run) {
    List<List<Unit>> poems = ShortLines.poems(run, headlinesAfter);
    if (poems.size() > 1) {
      poems.forEach(this::place);
      return;
    }
    if (run.stream().allMatch(u -> Chars.endsSentence(u.text())
        && Chars.width(u.text()) > CLASSICAL_LINE)) {
      run.forEach(this::body); // one-line paragraphs set apart: each a whole sentence, not verse
      return;
    }
    List<Unit> sentences = ShortLines.sentences(run);
    if (sentences != null) {
      sentences.forEach(this::body); // whole sentences, some broken over two lines set apart
      return;
    }
    int lead = 0;
    while (lead < run.size() && !run.get(lead).verse()) {
      lead++;
    }
    int block = lead;
    while (block < run.size() && run.get(block).verse()) {
      block++;
    }
    if (lead < block && block < run.size() && run.size() - block <= 2
        && run.subList(block, run.size()).stream().noneMatch(Unit::verse)) {
      // verse set without blank lines, then its headline after it (or the next story's)
      place(run.subList(0, block));
      headline(run.subList(block, run.size()));
      return;
    }
    if (lead > 0 && lead <= 2 && lead < run.size()) {
      headline(run.subList(0, lead)); // a headline group, then verse set without blank lines
      verses(run.subList(lead, run.size()));
      return;
    }
    if (lead >= MIN_VERSE_LINES && lead < run.size()) {
      verses(run.subList(0, lead)); // verse between blank lines, then a poem set without them
      flush();
      verses(run.subList(lead, run.size()));
      return;
    }
    int plain = 0;
    while (plain < run.size() && !ShortLines.endsWithMark(run.get(plain).text())) {
      plain++;
    }
    if (plain > 0 && plain <= 2 && run.size() - plain >= 2
        && run.subList(plain, run.size()).stream()
            .allMatch(u -> ShortLines.endsWithMark(u.text()))) {
      headline(run.subList(0, plain)); // a headline group, then classical verse with its marks
      verses(run.subList(plain, run.size()));
      return;
    }
    int marked = 0;
    while (marked < run.size() && ShortLines.endsWithMark(run.get(marked).text())) {
      marked++;
    }
    if (headlinesAfter && marked >= 2 && run.size() - marked >= 1 && run.size() - marked <= 2
        && run.subList(marked, run.size()).stream().noneMatch(u -> ShortLines.hasMark(u.text()))) {
      verses(run.subList(0, marked)); // classical verse with its marks, then its headline
      headline(run.subList(marked, run.size()));
      return;
    }
    if (run.size() > MIN_VERSE_LINES && isSpacedOut(run.get(0).text())
        && run.subList(1, run.size()).stream().noneMatch(u -> isSpacedOut(u.text())
            || Chars.endsSentence(u.text()))) {
      headline(run.subList(0, 1)); // a title spaced out, then its poem's lines set apart
      verses(run.subList(1, run.size()));
      return;
    }
    if (run.size() == 1 && Chars.endsSentence(run.get(0).text())) {
      body(run.get(0)); // a one-line paragraph set apart: a headline never ends a sentence
      return;
    }
    int spaced = 2;
    while (spaced < run.size() && !isSpacedOut(run.get(spaced).text())) {
      spaced++;
    }
    if (spaced < run.size() && run.size() - spaced <= 2) {
      verses(run.subList(0, spaced)); // verse, then a headline set vertically
      if (headlinesAfter) {
        current.headline.addAll(run.subList(spaced, run.size())); // the verse's own
        current.closed = true;
      } else {
        headline(run.subList(spaced, run.size())); // the next story's
      }
      return;
    }
    boolean punctuated = run.stream().anyMatch(u -> ShortLines.endsWithMark(u.text()));
    int title = punctuated ? -1 : framedPoemTitle(run);
    if (title == 0) {
      headline(run.subList(0, 1)); // a poem that fills its frame, its title before it
      verses(run.subList(1, run.size()));
    } else if (title > 0) {
      verses(run.subList(0, title)); // a poem that fills its frame, its title after it
      headline(run.subList(title, run.size()));
    } else if (run.size() >= MIN_VERSE_LINES || punctuated) {
      verses(run);
    } else {
      headline(run);
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

  /** A headline set vertically, its characters spaced out one by one (治 安 检 查). */
  static boolean isSpacedOut(String s) {
    return ShortLines.isSpacedOut(s);
  }

  private void body(Unit u) {
    if (CREDIT_TAIL.matcher(u.text()).find()) {
      List<Unit> caption = CaptionGatherer.beforeCreditTail(current, u);
      if (current.hasText()) {
        flush(); // a caption ending with its credit is a photo of its own
      }
      current.body.addAll(caption);
      current.body.add(u);
      current.frameStart |= u.frameStart();
      current.closed = true;
      return;
    }
    if (current.byline.isEmpty() && !current.body.isEmpty()
        && SIGNED_DATELINE.matcher(current.body.get(0).text()).find()) {
      // a story signed at its dateline shows no end of its own: its column widening does
      int split = SteadyColumn.widens(current.body, u, following(u));
      if (split > 0) {
        splitAt(split);
      }
    }
    boolean starts = Datelines.startsWithDateline(u.text()) || u.frameStart() || current.closed
        || current.signed || !current.verses.isEmpty()
        || ColumnMeasure.widerThan(u, current.measure) || damageDiffers(u);
    if (starts && current.hasText()) {
      flush();
    }
    if (current.body.isEmpty() && current.verses.isEmpty()) {
      current.frameStart |= u.frameStart();
    }
    // an article is set in one column measure: a clearly different one starts another
    boolean changes = ColumnMeasure.changes(u, current.measure) && unlikeEveryParagraph(u);
    boolean confirmed = changes && ColumnMeasure.confirms(u, following(u), current.measure);
    if (changes && (current.split < 0 || confirmed && !current.splitConfirmed)) {
      current.split = current.body.size();
      current.splitConfirmed = confirmed;
      while (current.split > 1
          && ColumnMeasure.opensNew(current.body.get(current.split - 1), u, current.measure)) {
        current.split--; // a short first paragraph already set in the new measure
      }
      if (confirmed && current.byline.isEmpty()
          && ColumnMeasure.another(u, current.measure)
          && SIGNED_DATELINE.matcher(current.body.get(0).text()).find()) {
        // a story signed at its dateline has no second author: a wider measure (no picture
        // widens a column), or one much narrower than the column, is another article's
        splitSecondSignature();
      }
    }
    if (ColumnMeasure.sets(u) && current.measure == 0 && SteadyColumn.exact(u)
        && !narrowerThanEarlier(u)) {
      current.measure = u.measure();
    }
    current.body.add(u);
    if (SIGNED_TAIL.matcher(u.text()).find()) {
      splitSecondSignature();
      current.signed = true; // an author in brackets at the end of a paragraph closes the story
    }
    if (u.text().startsWith("图为") && current.body.size() <= 2
        && !Datelines.startsWithDateline(current.body.get(0).text())) {
      current.closed = true; // "the picture shows": a caption, whose credit may be lost
    }
  }

  /**
   * {@code u}'s measure differs from that of every paragraph of the story that shows one: a
   * measure read off one paragraph's lines may be off by a digit or a space, and any paragraph of
   * the story already in {@code u}'s measure shows that it is the story's own column.
   */
  private boolean unlikeEveryParagraph(Unit u) {
    return current.body.stream().filter(ColumnMeasure::sets).allMatch(
        p -> Math.abs(p.measure() - u.measure()) >= ColumnMeasure.MEASURE_CHANGE);
  }

  /**
   * A paragraph of the story so far is wider than {@code u} by a measure change: a column is as
   * wide as its widest paragraph, so {@code u} was narrowed around a picture and does not show
   * the story's column, even where its lines are set exactly and the wider one's are not.
   */
  private boolean narrowerThanEarlier(Unit u) {
    return current.body.stream().anyMatch(p -> ColumnMeasure.sets(p)
        && p.measure() - u.measure() >= ColumnMeasure.MEASURE_CHANGE);
  }

  /** The paragraphs from {@code split} on open another story. */
  private void splitAt(int split) {
    List<Unit> rest = new ArrayList<>(current.body.subList(split, current.body.size()));
    current.body.subList(split, current.body.size()).clear();
    flush();
    current.body.addAll(rest);
    current.measure = rest.isEmpty() ? 0 : rest.get(0).measure();
  }

  /** The paragraph before {@code u} is damaged and {@code u} not, or the reverse. */
  private boolean damageDiffers(Unit u) {
    return !current.body.isEmpty() && DamageState.of(current.body.get(current.body.size() - 1)
        .piece()).differs(DamageState.of(u.piece()));
  }

  /**
   * The title of a poem set in a frame of its own ({@link ShortLines#framedPoemTitle}), where the
   * frame ends with the run: the text ends or a new frame opens after it, or (where headlines
   * precede their bodies, so the title is not the next story's) the author's line follows.
   */
  private int framedPoemTitle(List<Unit> run) {
    Unit after = unitAfter(run.get(run.size() - 1));
    boolean ends = after == null || after.frameStart() || !headlinesAfter
        && EnumSet.of(Shape.MARKER, Shape.BYLINE, Shape.SINGLE).contains(shape(after));
    return ends ? ShortLines.framedPoemTitle(run, headlinesAfter) : -1;
  }

  /** The unit after {@code u} in the text, or null at its end. */
  private Unit unitAfter(Unit u) {
    for (int k = at; k < units.size(); k++) {
      if (units.get(k) == u) {
        return k + 1 < units.size() ? units.get(k + 1) : null;
      }
    }
    return null;
  }

  /** The paragraph after {@code u}, the unit being placed; null where none follows. */
  private Unit following(Unit u) {
    return at + 1 < units.size() && units.get(at) == u ? units.get(at + 1) : null;
  }

  /**
   * A story signed after its dateline ({@code 本报讯（王红）}) is signed once: a second signature
   * at its end closes another article, one with no headline or dateline of its own, which
   * begins where the column measure changed.
   */
  private void splitSecondSignature() {
    if (current.split <= 0 || !current.byline.isEmpty()
        || !SIGNED_DATELINE.matcher(current.body.get(0).text()).find()) {
      return;
    }
    splitAt(current.split);
  }

  private void flush() {
    if (!current.isEmpty()) {
      drafts.add(current.build());
    }
    current = new DraftBuilder();
  }
}
