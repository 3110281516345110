package org.broadsheet.layout;

import java.util.List;
import org.broadsheet.text.Glyph;

/**
 * What a page holds, positioned in points from the trim box's top-left corner, y down. A closed
 * set: the PDF stage walks it with one {@code instanceof} chain.
 */
public sealed interface FrameItem permits FrameItem.TextRun, FrameItem.Rule {
  Tag tag();

  /**
   * A line of glyphs on one baseline.
   *
   * @param x left edge of the line
   * @param baseline the baseline's y
   * @param size type size in points
   * @param glyphs glyphs with offsets in points from {@code x}
   * @param vertical whether the run is set top to bottom (x is then the column's centre line and
   *     glyph offsets run down from {@code baseline}, which is the top)
   */
  record TextRun(double x, double baseline, double size, List<Glyph> glyphs, boolean vertical,
      Tag tag) implements FrameItem {
    public TextRun {
      glyphs = List.copyOf(glyphs);
    }

    public String text() {
      StringBuilder sb = new StringBuilder();
      glyphs.forEach(g -> sb.append(g.text()));
      return sb.toString();
    }
  }

  /** A straight rule from (x1, y1) to (x2, y2), {@code width} points thick. */
  record Rule(double x1, double y1, double x2, double y2, double width, Tag tag)
      implements FrameItem {}
}
