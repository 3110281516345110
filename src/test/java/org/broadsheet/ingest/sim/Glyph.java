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
