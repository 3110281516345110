package org.broadsheet.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Test helper: every glyph PDFBox's text extraction sees, with its position, in content order. */
final class GlyphPositions {
  private GlyphPositions() {}

  /** The glyphs of the whole document. */
  static List<TextPosition> of(PDDocument doc) throws IOException {
    return of(doc, 1, Integer.MAX_VALUE);
  }

  /** The glyphs of pages {@code first} to {@code last} (1-based). */
  static List<TextPosition> of(PDDocument doc, int first, int last) throws IOException {
    List<TextPosition> out = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition text) {
        out.add(text);
        // the stripper's own bookkeeping applies /ActualText to these positions at the span's end
        super.processTextPosition(text);
      }
    };
    stripper.setStartPage(first);
    stripper.setEndPage(last);
    stripper.getText(doc);
    return out;
  }
}
