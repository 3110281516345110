package org.broadsheet.text;

/**
 * One glyph to draw: its text (one character, or the characters a glyph stands for), the face, its
 * offset and its natural advance. In items the offset is in ems from the box's left edge; in a
 * {@link SetLine} it is in points from the line's left edge.
 *
 * @param text the characters the glyph shows, as the text layer keeps them
 * @param face the font
 * @param x the offset
 * @param advance the glyph's own advance width (same unit as x)
 */
public record Glyph(String text, FontFace face, double x, double advance) {
  public Glyph moved(double dx, double scale) {
    return new Glyph(text, face, (x * scale) + dx, advance * scale);
  }
}
