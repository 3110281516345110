package org.broadsheet.text;

import java.util.List;

/**
 * One set line: glyphs at offsets in points from the line's left edge.
 *
 * @param glyphs what to draw, in order
 * @param measure the line's width in points (the column's)
 * @param end where the line's content ends, in points: the measure for a justified line (a
 *     closing mark at its end counted with the white it keeps); on a paragraph's last line where
 *     the last box ends (a closing mark's ink half), for centring
 * @param ratio the Knuth–Plass adjustment ratio (negative: squeezed)
 * @param last whether this is the paragraph's last line (flush left)
 * @param overfull whether the line could not be fitted (a word wider than the measure)
 */
public record SetLine(List<Glyph> glyphs, double measure, double end, double ratio, boolean last,
    boolean overfull) {
  public SetLine {
    glyphs = List.copyOf(glyphs);
  }

  /** The line's text as the text layer keeps it. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    glyphs.forEach(g -> sb.append(g.text()));
    return sb.toString();
  }
}
