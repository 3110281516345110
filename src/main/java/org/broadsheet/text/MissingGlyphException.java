package org.broadsheet.text;

/**
 * A character that neither the font nor any fallback declared in the layout has. The caller turns
 * it into a diagnostic naming the character and the story.
 */
public final class MissingGlyphException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int codePoint;

  public MissingGlyphException(int codePoint, FontFace face) {
    super(String.format("no font has U+%04X %s (tried %s and the layout's fallbacks)", codePoint,
        new String(Character.toChars(codePoint)), face));
    this.codePoint = codePoint;
  }

  public int codePoint() {
    return codePoint;
  }
}
