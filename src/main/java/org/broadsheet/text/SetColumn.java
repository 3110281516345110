package org.broadsheet.text;

import java.util.List;

/**
 * One vertical line (a column of a vertical headline), set top to bottom.
 *
 * @param glyphs what to draw, in reading order; {@link Glyph#x()} runs down from the column's top
 *     in points, {@link Glyph#setting()} says how each stands
 * @param length the column's length in points (where the last cell ends)
 * @param sizePt the type size
 */
public record SetColumn(List<Glyph> glyphs, double length, double sizePt) {
  public SetColumn {
    glyphs = List.copyOf(glyphs);
  }

  /** The column's text as the text layer keeps it. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    glyphs.forEach(g -> sb.append(g.text()));
    return sb.toString();
  }
}
