package org.broadsheet.pdf;

import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.broadsheet.layout.LayoutSpec;

/**
 * How an edition paints each kind of ink: the print edition in DeviceCMYK (text, rules and marks
 * in pure K, overprinting, unless the layout asks for another mix), the archive edition in
 * DeviceGray under its sRGB output intent (PDF/A-2 forbids DeviceCMYK there). Every drawing
 * step asks the scheme for its colour by {@link Ink}; a new module kind adds an ink here, with a
 * mapping for both editions, rather than choosing a colour space itself.
 */
interface ColorScheme {
  /** What is being painted. */
  enum Ink {
    /** glyphs of stories and furniture */
    TEXT,
    /** rules between modules and under heads */
    RULE,
    /** crop marks and the slug line (print only) */
    MARK
  }

  /** Sets the fill colour for {@code ink} (text is filled). */
  void fill(PDPageContentStream cs, Ink ink) throws IOException;

  /** Sets the stroke colour for {@code ink} (rules and marks are stroked). */
  void stroke(PDPageContentStream cs, Ink ink) throws IOException;

  /** Called once at the start of each page's content (the print edition sets overprint). */
  void startPage(PDPageContentStream cs) throws IOException;

  /** Pictures in this edition: grey (print, within any ink limit) or RGB (archive). */
  boolean picturesInColour();

  static ColorScheme print(LayoutSpec.EditionColors c) {
    return new ColorScheme() {
      @Override
      public void fill(PDPageContentStream cs, Ink ink) throws IOException {
        double[] k = cmyk(ink);
        cs.setNonStrokingColor((float) k[0], (float) k[1], (float) k[2], (float) k[3]);
      }

      @Override
      public void stroke(PDPageContentStream cs, Ink ink) throws IOException {
        double[] k = cmyk(ink);
        cs.setStrokingColor((float) k[0], (float) k[1], (float) k[2], (float) k[3]);
      }

      private double[] cmyk(Ink ink) {
        return switch (ink) {
          case TEXT -> c.printText();
          case RULE -> c.printRule();
          case MARK -> new double[] {0, 0, 0, 1};
        };
      }

      /**
       * Overprint on (OP, op) with OPM 1, so that pure-K text and rules print over the other
       * separations and misregistration shows no white (PDF/X practice for black text).
       */
      @Override
      public void startPage(PDPageContentStream cs) throws IOException {
        PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
        gs.setStrokingOverprintControl(true);
        gs.setNonStrokingOverprintControl(true);
        gs.getCOSObject().setInt(COSName.OPM, 1);
        cs.setGraphicsStateParameters(gs);
      }

      @Override
      public boolean picturesInColour() {
        return false;
      }
    };
  }

  static ColorScheme archive(LayoutSpec.EditionColors c) {
    return new ColorScheme() {
      @Override
      public void fill(PDPageContentStream cs, Ink ink) throws IOException {
        cs.setNonStrokingColor((float) grey(ink));
      }

      @Override
      public void stroke(PDPageContentStream cs, Ink ink) throws IOException {
        cs.setStrokingColor((float) grey(ink));
      }

      private double grey(Ink ink) {
        return switch (ink) {
          case TEXT -> c.archiveText();
          case RULE -> c.archiveRule();
          case MARK -> 0;
        };
      }

      @Override
      public void startPage(PDPageContentStream cs) {}

      @Override
      public boolean picturesInColour() {
        return true;
      }
    };
  }
}
