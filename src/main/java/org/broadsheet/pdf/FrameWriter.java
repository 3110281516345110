package org.broadsheet.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.broadsheet.layout.FrameItem;
import org.broadsheet.text.Glyph;

/**
 * Draws a page's items: the one place that walks {@link FrameItem}. Frames are in points from the
 * trim box's top-left, y down; here they become PDF user space (y up), offset by the trim box's
 * origin in the media box.
 */
final class FrameWriter {
  /** Offsets within a text run below this (in points) are drawn without an adjustment. */
  private static final double EPSILON = 0.001;

  private final PDPageContentStream cs;
  private final PdfFonts fonts;
  private final ColorScheme colors;
  private final double originX;
  private final double topY;

  /**
   * @param originX the trim box's left edge in the media box
   * @param topY the trim box's top edge in the media box
   */
  FrameWriter(PDPageContentStream cs, PdfFonts fonts, ColorScheme colors, double originX,
      double topY) {
    this.cs = cs;
    this.fonts = fonts;
    this.colors = colors;
    this.originX = originX;
    this.topY = topY;
  }

  void draw(FrameItem item) throws IOException {
    if (item instanceof FrameItem.TextRun run) {
      drawText(run);
    } else if (item instanceof FrameItem.Rule rule) {
      drawRule(rule);
    } else {
      throw new AssertionError(item);
    }
  }

  private void drawRule(FrameItem.Rule r) throws IOException {
    colors.rule(cs);
    cs.setLineWidth((float) r.width());
    cs.moveTo((float) (originX + r.x1()), (float) (topY - r.y1()));
    cs.lineTo((float) (originX + r.x2()), (float) (topY - r.y2()));
    cs.stroke();
  }

  /**
   * One text object per run of glyphs in one font: a TJ array whose adjustments put each glyph
   * where the layout placed it.
   */
  private void drawText(FrameItem.TextRun run) throws IOException {
    List<Glyph> glyphs = run.glyphs();
    int i = 0;
    colors.text(cs);
    while (i < glyphs.size()) {
      int j = i;
      while (j < glyphs.size() && glyphs.get(j).face() == glyphs.get(i).face()) {
        j++;
      }
      drawSameFont(run, glyphs.subList(i, j));
      i = j;
    }
  }

  private void drawSameFont(FrameItem.TextRun run, List<Glyph> glyphs) throws IOException {
    PDType0Font font = fonts.font(glyphs.get(0).face());
    float size = (float) run.size();
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset((float) (originX + run.x() + glyphs.get(0).x()),
        (float) (topY - run.baseline()));
    List<Object> tj = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (int k = 0; k < glyphs.size(); k++) {
      Glyph g = glyphs.get(k);
      pending.append(g.text());
      if (k + 1 < glyphs.size()) {
        double expected = g.x() + g.advance();
        double gap = glyphs.get(k + 1).x() - expected;
        if (Math.abs(gap) > EPSILON) {
          tj.add(pending.toString());
          pending.setLength(0);
          tj.add((float) (-gap * 1000 / size));
        }
      }
    }
    tj.add(pending.toString());
    cs.showTextWithPositioning(tj.toArray());
    cs.endText();
  }
}
