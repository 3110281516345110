package org.broadsheet.ingest;

/**
 * A run of rejoined source lines: a paragraph, or a short line standing alone (a headline, a
 * verse, a byline, a credit).
 *
 * @param piece the rejoined text, extraction spaces removed, with source positions
 * @param raw the rejoined text with its spaces as extracted (a headline's printed space)
 * @param lineCount how many source lines it was made of
 * @param frameStart its first source line started with white space: extraction began a new text
 *     frame (a new article, photo or column block) there
 * @param blankBefore a blank line (or the start of the text) precedes it
 * @param blankAfter a blank line (or the end of the text) follows it
 * @param apart a single short line set apart by blank lines, with no pause inside: a
 *     headline, verse, name or credit (see {@link Rejoiner})
 * @param verse a line of verse set line after line without blank lines between
 * @param measure the column measure its lines show, in ems: the widest line with its hanging
 *     marks left out, the first line counted with its indent
 */
record Unit(Piece piece, Piece raw, int lineCount, boolean frameStart, boolean blankBefore,
    boolean blankAfter, boolean apart, boolean verse, double measure) {

  String text() {
    return piece.text();
  }

  int line() {
    return piece.line();
  }

  int column() {
    return piece.column();
  }

  /** A single line with blank lines (or the text's ends) around it. */
  boolean standalone() {
    return lineCount == 1 && blankBefore && blankAfter;
  }

  Unit withPiece(Piece p) {
    return new Unit(p, raw, lineCount, frameStart, blankBefore, blankAfter, apart, verse, measure);
  }

  Unit withMeasure(double m) {
    return new Unit(piece, raw, lineCount, frameStart, blankBefore, blankAfter, apart, verse, m);
  }

  /**
   * One paragraph of this unit's lines and {@code next}'s, which follows it: it opens as this one
   * does, ends as {@code next} does, and shows the wider of their measures.
   */
  Unit joinedWith(Unit next) {
    return new Unit(piece.concat(next.piece), raw.concat(next.raw), lineCount + next.lineCount,
        frameStart, blankBefore, next.blankAfter, false, false, Math.max(measure, next.measure));
  }
}
