package org.broadsheet.layout;

import java.util.List;
import org.broadsheet.text.Glyph;

/**
 * What a page holds, positioned in points from the trim box's top-left corner, y down. A closed
 * set: the PDF stage walks it with one {@code instanceof} chain.
 */
public sealed interface FrameItem permits FrameItem.TextRun, FrameItem.Rule,
    FrameItem.Picture {
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

  /**
   * A picture of a photo block, scaled into its box; each edition maps its colour (grey for
   * print, RGB for the archive).
   *
   * @param x left edge
   * @param top top edge
   * @param width box width
   * @param height box height
   * @param source the image file (PNG or JPEG)
   * @param alt what the picture shows, for the archive's Figure (the story's alt, else caption)
   */
  record Picture(double x, double top, double width, double height, java.nio.file.Path source,
      String alt, Tag tag) implements FrameItem {}

  /** A straight rule from (x1, y1) to (x2, y2), {@code width} points thick. */
  record Rule(double x1, double y1, double x2, double y2, double width, Tag tag)
      implements FrameItem {}
}
