package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Places a paragraph in the story the {@link Segmenter} is collecting, or opens another story
 * with it: a dateline, a new text frame, the end a headline, byline or credit made, a wider line
 * or another damage state starts one, and a caption ending with its credit is a photo of its own.
 * An article keeps one column measure: a story signed at its dateline ({@code 本报讯（王红）}) is
 * signed once and shows no end of its own, so where its column changes and holds, or a second
 * signature follows a change, another article (no headline or dateline of its own) has begun.
 */
final class ParagraphPlacer {
  private static final Pattern SIGNED_DATELINE =
      Pattern.compile("^" + Datelines.PATTERN + "\\s*（[^）]{2,12}）");

  /** Closes the story being collected: the next paragraph opens another. */
  interface Flush {
    void flush();
  }

  /** The story being collected: a new one after each flush. */
  private final Supplier<DraftBuilder> story;
  private final Flush flush;

  ParagraphPlacer(Supplier<DraftBuilder> story, Flush flush) {
    this.story = story;
    this.flush = flush;
  }

  /**
   * Places the paragraph {@code u}; {@code next} is the paragraph after it in the text (null
   * where none follows, or where {@code u} was joined from several).
   */
  void place(Unit u, Unit next) {
    if (Segmenter.CREDIT_TAIL.matcher(u.text()).find()) {
      photo(u);
      return;
    }
    DraftBuilder current = story.get();
    if (current.byline.isEmpty() && !current.body.isEmpty() && signedAtDateline(current)) {
      // a story signed at its dateline shows no end of its own: its column widening does
      int split = SteadyColumn.widens(current.body, u, next);
      if (split > 0) {
        splitAt(split);
      }
    }
    current = story.get();
    boolean starts = Datelines.startsWithDateline(u.text()) || u.frameStart() || current.closed
        || current.signed || !current.verses.isEmpty()
        || ColumnMeasure.widerThan(u, current.measure) || damageDiffers(current, u);
    if (starts && current.hasText()) {
      flush.flush();
    }
    current = story.get();
    if (current.body.isEmpty() && current.verses.isEmpty()) {
      current.frameStart |= u.frameStart();
    }
    noteColumnChange(current, u, next);
    current = story.get();
    if (ColumnMeasure.sets(u) && current.measure == 0 && SteadyColumn.exact(u)
        && !narrowerThanEarlier(current, u)) {
      current.measure = u.measure();
    }
    current.body.add(u);
    if (Segmenter.SIGNED_TAIL.matcher(u.text()).find()) {
      splitSecondSignature();
      // an author in brackets at the end of a paragraph closes the story
      story.get().signed = true;
    }
    current = story.get();
    if (u.text().startsWith("图为") && current.body.size() <= 2
        && !Datelines.startsWithDateline(current.body.get(0).text())) {
      current.closed = true; // "the picture shows": a caption, whose credit may be lost
    }
  }

  /** A caption ending with its credit ({@code u}): a photo of its own. */
  private void photo(Unit u) {
    List<Unit> caption = CaptionGatherer.beforeCreditTail(story.get(), u);
    if (story.get().hasText()) {
      flush.flush();
    }
    DraftBuilder current = story.get();
    current.body.addAll(caption);
    current.body.add(u);
    current.frameStart |= u.frameStart();
    current.closed = true;
  }

  /**
   * Notes where {@code u} changes the column of {@code current}, the story it joins: an article
   * is set in one column measure, and a clearly different one starts another.
   */
  private void noteColumnChange(DraftBuilder current, Unit u, Unit next) {
    boolean changes = ColumnMeasure.changes(u, current.measure) && unlikeEveryParagraph(current, u);
    boolean confirmed = changes && ColumnMeasure.confirms(u, next, current.measure);
    if (changes && (current.split < 0 || confirmed && !current.splitConfirmed)) {
      markSplit(current, u, current.measure, confirmed);
      if (confirmed && current.byline.isEmpty()
          && ColumnMeasure.another(u, widestExact(current)) && signedAtDateline(current)) {
        // a story signed at its dateline has no second author: a wider measure (no picture
        // widens a column), or one much narrower than the column, is another article's
        splitSecondSignature();
      }
    } else if (leavesEstimatedColumn(current, u, next)) {
      // no line of the story so far shows its column exactly, but a column read off its lines to
      // within two ems, left by more than that for a column that holds, is another article's
      markSplit(current, u, estimatedColumn(current), true);
      splitSecondSignature();
    }
  }

  /**
   * Marks where {@code current}'s column, {@code measure}, changes: before {@code u}, or before
   * the short first paragraphs just above it already set in {@code u}'s measure.
   */
  private static void markSplit(DraftBuilder current, Unit u, double measure, boolean confirmed) {
    current.split = current.body.size();
    current.splitConfirmed = confirmed;
    while (current.split > 1
        && ColumnMeasure.opensNew(current.body.get(current.split - 1), u, measure)) {
      current.split--; // a short first paragraph already set in the new measure
    }
  }

  /**
   * The column of a story signed at its dateline, none of whose paragraphs has a line of exact
   * width ({@link SteadyColumn#exact}), is left by {@code u}, a paragraph of exact lines that the
   * paragraph after it confirms: a measure read off lines holding digits, Latin or spaces is off
   * by up to two ems either way, so the exact one must lie beyond that, wider by a changed column
   * ({@link ColumnMeasure#NARROWER_COLUMN}: no picture widens a column) or narrower by a changed
   * column and the estimate's error.
   */
  private static boolean leavesEstimatedColumn(DraftBuilder current, Unit u, Unit next) {
    if (current.measure > 0 || current.split >= 0 || !current.byline.isEmpty()
        || current.body.isEmpty() || !signedAtDateline(current)
        || !ColumnMeasure.sets(u) || !SteadyColumn.exact(u)) {
      return false;
    }
    double estimate = estimatedColumn(current);
    double change = u.measure() - estimate;
    return estimate > 0
        && (change >= ColumnMeasure.NARROWER_COLUMN
            || -change >= ColumnMeasure.NARROWER_COLUMN + ColumnMeasure.MEASURE_CHANGE)
        && ColumnMeasure.confirms(u, next, estimate);
  }

  /**
   * The story's column: a column is as wide as its widest paragraph, so the widest measure that a
   * paragraph of several lines set to an exact width shows, or the measure first read where that
   * is wider.
   */
  private static double widestExact(DraftBuilder current) {
    return Math.max(current.measure, current.body.stream()
        .filter(p -> ColumnMeasure.sets(p) && SteadyColumn.exact(p))
        .mapToDouble(Unit::measure).max().orElse(0));
  }

  /** The widest measure the story's paragraphs of several lines show; 0 where none does. */
  private static double estimatedColumn(DraftBuilder current) {
    return current.body.stream().filter(ColumnMeasure::sets).mapToDouble(Unit::measure).max()
        .orElse(0);
  }

  /**
   * {@code u}'s measure differs from that of every paragraph of the story that shows one: a
   * measure read off one paragraph's lines may be off by a digit or a space, and any paragraph of
   * the story already in {@code u}'s measure shows that it is the story's own column.
   */
  private static boolean unlikeEveryParagraph(DraftBuilder current, Unit u) {
    return current.body.stream().filter(ColumnMeasure::sets).allMatch(
        p -> Math.abs(p.measure() - u.measure()) >= ColumnMeasure.MEASURE_CHANGE);
  }

  /**
   * A paragraph of the story so far is wider than {@code u} by a measure change: a column is as
   * wide as its widest paragraph, so {@code u} was narrowed around a picture and does not show
   * the story's column, even where its lines are set exactly and the wider one's are not.
   */
  private static boolean narrowerThanEarlier(DraftBuilder current, Unit u) {
    return current.body.stream().anyMatch(p -> ColumnMeasure.sets(p)
        && p.measure() - u.measure() >= ColumnMeasure.MEASURE_CHANGE);
  }

  /** The paragraph before {@code u} is damaged and {@code u} not, or the reverse. */
  private static boolean damageDiffers(DraftBuilder current, Unit u) {
    return !current.body.isEmpty() && DamageState.of(current.body.get(current.body.size() - 1)
        .piece()).differs(DamageState.of(u.piece()));
  }

  /** The story opens with its dateline and its reporters in brackets. */
  private static boolean signedAtDateline(DraftBuilder current) {
    return SIGNED_DATELINE.matcher(current.body.get(0).text()).find();
  }

  /** The paragraphs from {@code split} on open another story. */
  private void splitAt(int split) {
    DraftBuilder current = story.get();
    List<Unit> rest = new ArrayList<>(current.body.subList(split, current.body.size()));
    current.body.subList(split, current.body.size()).clear();
    flush.flush();
    current = story.get();
    current.body.addAll(rest);
    current.measure = rest.isEmpty() ? 0 : rest.get(0).measure();
  }

  /**
   * A story signed after its dateline ({@code 本报讯（王红）}) is signed once: a second signature
   * at its end closes another article, one with no headline or dateline of its own, which
   * begins where the column measure changed.
   */
  void splitSecondSignature() {
    DraftBuilder current = story.get();
    if (current.body.isEmpty() || !current.byline.isEmpty() || !signedAtDateline(current)) {
      return;
    }
    // where no change of measure beyond a carried word was seen, a steady column stepping by
    // a whole em shows where the second article begins
    int split = current.split >= 0 ? current.split : SteadyColumn.steps(current.body);
    if (split > 0) {
      splitAt(split);
    }
  }
}
