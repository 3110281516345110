package org.broadsheet.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.broadsheet.text.FontFace;

/**
 * The embedded fonts of one document: a subset Type 0 font per face, made on first use. A
 * {@link PDType0Font} belongs to one document and its TrueType parse is closed with it, so each
 * document parses the face's bytes (already in memory) afresh.
 */
final class PdfFonts {
  private final PDDocument doc;
  private final Map<FontFace, PDType0Font> fonts = new IdentityHashMap<>();
  private final Map<FontFace, PDType0Font> verticalFonts = new IdentityHashMap<>();

  PdfFonts(PDDocument doc) {
    this.doc = doc;
  }

  PDType0Font font(FontFace face) {
    return fonts.computeIfAbsent(face, f -> {
      try {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(f.bytes()));
        return PDType0Font.load(doc, ttf, true);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot embed " + f, e);
      }
    });
  }

  /**
   * The face as a vertical font (Identity-V, vertical metrics), for upright glyphs of vertical
   * text. PDFBox turns on the GSUB features {@code vert} and {@code vrt2}; these fonts' vrt2
   * leaves “ ” unturned, so it is turned off and {@code vert} gives quotes, brackets and 。，、
   * their vertical forms (ToUnicode still maps them to the ordinary characters). A separate
   * parse: the feature state is per TrueTypeFont.
   */
  PDType0Font vertical(FontFace face) {
    return verticalFonts.computeIfAbsent(face, f -> {
      try {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(f.bytes()));
        PDType0Font font = PDType0Font.loadVertical(doc, ttf, true);
        ttf.disableGsubFeature("vrt2");
        return font;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot embed " + f + " for vertical text", e);
      }
    });
  }
}
