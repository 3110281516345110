package org.broadsheet.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.broadsheet.layout.LayoutSpec;

/**
 * How an edition paints: the print edition in CMYK (text and rules pure K by default), the archive
 * edition in DeviceGray, both from the layout's per-edition colours. New item kinds ask it for
 * their colour rather than choosing one.
 */
interface ColorScheme {
  void text(PDPageContentStream cs) throws IOException;

  void rule(PDPageContentStream cs) throws IOException;

  static ColorScheme print(LayoutSpec.EditionColors c) {
    return new ColorScheme() {
      @Override
      public void text(PDPageContentStream cs) throws IOException {
        double[] k = c.printText();
        cs.setNonStrokingColor((float) k[0], (float) k[1], (float) k[2], (float) k[3]);
      }

      @Override
      public void rule(PDPageContentStream cs) throws IOException {
        double[] k = c.printRule();
        cs.setStrokingColor((float) k[0], (float) k[1], (float) k[2], (float) k[3]);
      }
    };
  }

  static ColorScheme archive(LayoutSpec.EditionColors c) {
    return new ColorScheme() {
      @Override
      public void text(PDPageContentStream cs) throws IOException {
        cs.setNonStrokingColor((float) c.archiveText());
      }

      @Override
      public void rule(PDPageContentStream cs) throws IOException {
        cs.setStrokingColor((float) c.archiveRule());
      }
    };
  }
}
