package org.broadsheet.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Crop marks at the trim box's corners, drawn outside the bleed (print edition only). */
final class CropMarks {
  private static final float WIDTH = 0.25f;

  private CropMarks() {}

  static void draw(PDPageContentStream cs, ColorScheme colors, double margin, double width,
      double height, double bleed) throws IOException {
    colors.stroke(cs, ColorScheme.Ink.MARK);
    cs.setLineWidth(WIDTH);
    double len = margin - bleed - 2;
    double[] xs = {margin, margin + width};
    double[] ys = {margin, margin + height};
    for (double x : xs) {
      for (double y : ys) {
        double dx = x == margin ? -1 : 1;
        double dy = y == margin ? -1 : 1;
        // horizontal mark, outside the bleed
        line(cs, x + dx * (bleed + 2), y, x + dx * (bleed + 2 + len), y);
        // vertical mark
        line(cs, x, y + dy * (bleed + 2), x, y + dy * (bleed + 2 + len));
      }
    }
  }

  private static void line(PDPageContentStream cs, double x1, double y1, double x2, double y2)
      throws IOException {
    cs.moveTo((float) x1, (float) y1);
    cs.lineTo((float) x2, (float) y2);
    cs.stroke();
  }
}
