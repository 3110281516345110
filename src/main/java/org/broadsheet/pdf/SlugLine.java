package org.broadsheet.pdf;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.broadsheet.layout.LayoutSpec;
import org.broadsheet.layout.PageFrame;
import org.broadsheet.pdf.ColorScheme.Ink;
import org.broadsheet.text.FontFace;
import org.broadsheet.text.FontLibrary;

/**
 * The print edition's slug line, in the margin below the bleed (outside what the press keeps):
 * paper, page, section, date of the build, standard and printing condition, so that a plate can be
 * told from its neighbours. Drawn in the folio style's font, in the mark ink.
 */
final class SlugLine {
  private SlugLine() {}

  static String text(String title, PageFrame page, LayoutSpec spec, long epochSeconds) {
    String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
        .format(Instant.ofEpochSecond(epochSeconds).atOffset(ZoneOffset.UTC));
    return title + "　" + page.label() + (page.section() == null ? "" : " " + page.section())
        + "　" + when + "　PDF/X-1a:2003 " + spec.print().outputCondition();
  }

  /**
   * @param margin the trim box's distance from the media box's edge
   */
  static void draw(PDPageContentStream cs, PdfFonts fonts, ColorScheme colors, String text,
      LayoutSpec spec, double margin) throws IOException {
    LayoutSpec.StyleSpec style = spec.style("folio");
    FontFace face = FontLibrary.face(spec.fonts().get(style.font()));
    StringBuilder shown = new StringBuilder();
    text.codePoints().filter(face::covers).forEach(shown::appendCodePoint);
    double bleed = spec.page().bleed();
    // halfway between the bleed's bottom edge and the media box's, clear of the crop marks
    double baseline = (margin - bleed) / 2 - style.size() * 0.4;
    colors.fill(cs, Ink.MARK);
    cs.beginText();
    cs.setFont(fonts.font(face), (float) style.size());
    cs.newLineAtOffset((float) (margin + 2 * margin), (float) baseline);
    cs.showText(shown.toString());
    cs.endText();
  }
}
