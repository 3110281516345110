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
}
