package org.broadsheet.ingest.sim;

/**
 * One printed character as extraction shows it: the character that was set ({@code original},
 * {@code ' '} for a space extraction added) and what the damaged text shows for it.
 */
record Glyph(int original, String shown) {
  static Glyph of(int cp) {
    return new Glyph(cp, new String(Character.toChars(cp)));
  }

  static Glyph space() {
    return new Glyph(' ', " ");
  }

  /**
   * A space printed inside a Latin phrase (ISO 9001), shown as a space: the line breaker keeps it
   * with its words, so a break never swallows it (sim-2). U+001F marks it internally.
   */
  static Glyph phraseSpace() {
    return new Glyph(0x1F, " ");
  }

  boolean isSpace() {
    return original == ' ';
  }

  /** Width in em: Han and full-width marks one em, ASCII and spaces half an em. */
  double width() {
    return original < 0x80 ? 0.5 : 1.0;
  }

  /** Width in em of a shown text. */
  static double width(String s) {
    return s.codePoints().mapToDouble(cp -> cp < 0x80 ? 0.5 : 1.0).sum();
  }
}
