package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Reads what a run of short lines standing apart is: verse, a headline group, or paragraphs. A
 * line that ends a sentence and is wider than a line of classical verse is a paragraph set apart;
 * a headline never ends a sentence. Lines set as verse (line after line, no blank line between),
 * or ending with the marks of classical verse, are verse, and up to two plain lines before or
 * after them are their headline group (the one after only where headlines follow their bodies);
 * a title spaced out one character at a time stands before its poem or, set vertically, after
 * it. Otherwise three or more lines are verse and fewer a headline group. The reading depends on
 * the lines alone, never on the story being built: {@link Segmenter} places the parts in order.
 */
final class ShortRunReader {
  private static final int MIN_VERSE_LINES = 3;

  /** What a part of the run is, and so how the segmenter places it. */
  enum Role {
    /** One paragraph per unit. */
    PARAGRAPH,
    /** A headline group: the story's before it when headlines follow bodies, else the next's. */
    HEADLINE,
    /** The headline of the verse just placed, which closes its story. */
    OWN_HEADLINE,
    /** Verse lines. */
    VERSE,
    /** The story ends here: what follows is another. */
    END
  }

  /** One part of a run and what it is. */
  record Part(Role role, List<Unit> units) {}

  private final List<Unit> units;
  private final boolean headlinesAfter;

  /**
   * @param units the whole text's units, to find what follows a run
   * @param headlinesAfter whether this text sets headlines after their bodies
   */
  ShortRunReader(List<Unit> units, boolean headlinesAfter) {
    this.units = units;
    this.headlinesAfter = headlinesAfter;
  }

  /**
   * The parts of {@code run}, in order; {@code at} is the index in the text of the run's first
   * unit.
   */
  List<Part> read(List<Unit> run, int at) {
    List<Part> parts = new ArrayList<>();
    read(run, at, parts);
    return parts;
  }

  private void read(List<Unit> run, int at, List<Part> parts) {
    List<List<Unit>> poems = ShortLines.poems(run, headlinesAfter);
    if (poems.size() > 1) {
      poems.forEach(p -> read(p, at, parts));
      return;
    }
    if (run.stream().allMatch(u -> Chars.endsSentence(u.text())
        && Chars.width(u.text()) > Segmenter.CLASSICAL_LINE)) {
      // one-line paragraphs set apart: each a whole sentence, not verse
      parts.add(new Part(Role.PARAGRAPH, run));
      return;
    }
    List<Unit> sentences = ShortLines.sentences(run);
    if (sentences != null) {
      // whole sentences, some broken over two lines set apart
      parts.add(new Part(Role.PARAGRAPH, sentences));
      return;
    }
    if (!byVerseMarks(run, at, parts) && !byClassicalMarks(run, parts)
        && !bySpacing(run, parts)) {
      byCount(run, at, parts);
    }
  }

  /** The run split where the lines marked as verse begin or end; false where it does not split. */
  private boolean byVerseMarks(List<Unit> run, int at, List<Part> parts) {
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
      read(run.subList(0, block), at, parts);
      parts.add(new Part(Role.HEADLINE, run.subList(block, run.size())));
      return true;
    }
    if (lead > 0 && lead <= 2 && lead < run.size()) {
      // a headline group, then verse set without blank lines
      parts.add(new Part(Role.HEADLINE, run.subList(0, lead)));
      parts.add(new Part(Role.VERSE, run.subList(lead, run.size())));
      return true;
    }
    if (lead >= MIN_VERSE_LINES && lead < run.size()) {
      // verse between blank lines, then a poem set without them
      parts.add(new Part(Role.VERSE, run.subList(0, lead)));
      parts.add(new Part(Role.END, List.of()));
      parts.add(new Part(Role.VERSE, run.subList(lead, run.size())));
      return true;
    }
    return false;
  }

  /**
   * The run split where lines ending with the marks of classical verse begin or end; false where
   * it does not split.
   */
  private boolean byClassicalMarks(List<Unit> run, List<Part> parts) {
    int plain = 0;
    while (plain < run.size() && !ShortLines.endsWithMark(run.get(plain).text())) {
      plain++;
    }
    if (plain > 0 && plain <= 2 && run.size() - plain >= 2
        && run.subList(plain, run.size()).stream()
            .allMatch(u -> ShortLines.endsWithMark(u.text()))) {
      // a headline group, then classical verse with its marks
      parts.add(new Part(Role.HEADLINE, run.subList(0, plain)));
      parts.add(new Part(Role.VERSE, run.subList(plain, run.size())));
      return true;
    }
    int marked = 0;
    while (marked < run.size() && ShortLines.endsWithMark(run.get(marked).text())) {
      marked++;
    }
    if (marked >= 2 && run.size() - marked >= 1 && run.size() - marked <= 2
        && run.subList(marked, run.size()).stream().noneMatch(u -> ShortLines.hasMark(u.text()))) {
      // classical verse with its marks, then a headline, which carries none: the verse's own
      // where headlines follow their bodies, else the next story's
      parts.add(new Part(Role.VERSE, run.subList(0, marked)));
      parts.add(new Part(Role.HEADLINE, run.subList(marked, run.size())));
      return true;
    }
    return false;
  }

  /**
   * The run split at a title spaced out one character at a time, or read as a one-line paragraph;
   * false where neither holds.
   */
  private boolean bySpacing(List<Unit> run, List<Part> parts) {
    if (run.size() > MIN_VERSE_LINES && ShortLines.isSpacedOut(run.get(0).text())
        && run.subList(1, run.size()).stream().noneMatch(u -> ShortLines.isSpacedOut(u.text())
            || Chars.endsSentence(u.text()))) {
      // a title spaced out, then its poem's lines set apart
      parts.add(new Part(Role.HEADLINE, run.subList(0, 1)));
      parts.add(new Part(Role.VERSE, run.subList(1, run.size())));
      return true;
    }
    if (run.size() == 1 && Chars.endsSentence(run.get(0).text())) {
      // a one-line paragraph set apart: a headline never ends a sentence
      parts.add(new Part(Role.PARAGRAPH, run));
      return true;
    }
    int spaced = 2;
    while (spaced < run.size() && !ShortLines.isSpacedOut(run.get(spaced).text())) {
      spaced++;
    }
    if (spaced < run.size() && run.size() - spaced <= 2) {
      // verse, then a headline set vertically: the verse's own where headlines follow their
      // bodies, else the next story's
      parts.add(new Part(Role.VERSE, run.subList(0, spaced)));
      parts.add(new Part(headlinesAfter ? Role.OWN_HEADLINE : Role.HEADLINE,
          run.subList(spaced, run.size())));
      return true;
    }
    return false;
  }

  /**
   * A poem filling its frame with its title at the headline end; else verse where the run has
   * three or more lines or any ends with a mark, and a headline group where not.
   */
  private void byCount(List<Unit> run, int at, List<Part> parts) {
    boolean punctuated = run.stream().anyMatch(u -> ShortLines.endsWithMark(u.text()));
    int title = punctuated ? -1 : framedPoemTitle(run, at);
    if (title == 0) {
      // a poem that fills its frame, its title before it
      parts.add(new Part(Role.HEADLINE, run.subList(0, 1)));
      parts.add(new Part(Role.VERSE, run.subList(1, run.size())));
    } else if (title > 0) {
      // a poem that fills its frame, its title after it
      parts.add(new Part(Role.VERSE, run.subList(0, title)));
      parts.add(new Part(Role.HEADLINE, run.subList(title, run.size())));
    } else if (run.size() >= MIN_VERSE_LINES || punctuated) {
      parts.add(new Part(Role.VERSE, run));
    } else {
      parts.add(new Part(Role.HEADLINE, run));
    }
  }

  /**
   * The title of a poem set in a frame of its own ({@link ShortLines#framedPoemTitle}), where the
   * frame ends with the run: the text ends or a new frame opens after it, or (where headlines
   * precede their bodies, so the title is not the next story's) the author's line follows.
   */
  private int framedPoemTitle(List<Unit> run, int at) {
    Unit after = unitAfter(run.get(run.size() - 1), at);
    boolean ends = after == null || after.frameStart() || !headlinesAfter
        && EnumSet.of(Segmenter.Shape.MARKER, Segmenter.Shape.BYLINE, Segmenter.Shape.SINGLE)
            .contains(Segmenter.shape(after));
    return ends ? ShortLines.framedPoemTitle(run, headlinesAfter) : -1;
  }

  /** The unit after {@code u} in the text, searched from index {@code at}; null at its end. */
  private Unit unitAfter(Unit u, int at) {
    for (int k = at; k < units.size(); k++) {
      if (units.get(k) == u) {
        return k + 1 < units.size() ? units.get(k + 1) : null;
      }
    }
    return null;
  }
}
