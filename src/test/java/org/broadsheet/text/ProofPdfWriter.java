package org.broadsheet.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * A test-only PDF writer for proofs of the text stage: it draws {@link SetColumn}s and
 * {@link SetLine}s with PDFBox directly, following the contract in {@link Glyph}: upright glyphs
 * through a vertical font (Identity-V, {@code vert} on, {@code vrt2} off), 直排内横排 and rotated
 * Latin through the horizontal font with a text matrix, substituted glyphs (a dash drawn with
 * U+2015) inside a span with {@code /ActualText}. It stands in for the PDF stage, which does not
 * place vertical headlines yet.
 */
final class ProofPdfWriter implements AutoCloseable {
  private final PDDocument doc = new PDDocument();
  private final PDPage page;
  private final PDPageContentStream cs;
  private final java.util.Map<FontFace, PDType0Font> horizontal = new java.util.IdentityHashMap<>();
  private final java.util.Map<FontFace, PDType0Font> vertical = new java.util.IdentityHashMap<>();

  ProofPdfWriter(double widthPt, double heightPt) throws IOException {
    page = new PDPage(new PDRectangle((float) widthPt, (float) heightPt));
    doc.addPage(page);
    cs = new PDPageContentStream(doc, page);
  }

  private PDType0Font horizontal(FontFace face) throws IOException {
    PDType0Font f = horizontal.get(face);
    if (f == null) {
      f = PDType0Font.load(doc, new TTFParser().parse(new RandomAccessReadBuffer(face.bytes())),
          true);
      horizontal.put(face, f);
    }
    return f;
  }

  /** A vertical font of its own parse: vert applies, vrt2 (which misses “ ”) does not. */
  private PDType0Font vertical(FontFace face) throws IOException {
    PDType0Font f = vertical.get(face);
    if (f == null) {
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
      f = PDType0Font.loadVertical(doc, ttf, true);
      ttf.disableGsubFeature("vrt2");
      vertical.put(face, f);
    }
    return f;
  }

  /** Draws a vertical column whose centre line is at {@code centreX}, top at {@code topY}. */
  void column(SetColumn column, double centreX, double topY) throws IOException {
    double size = column.sizePt();
    for (Glyph g : column.glyphs()) {
      if (g.shown().isEmpty()) {
        continue;
      }
      beginActualText(g);
      cs.beginText();
      if (g.setting() == Glyph.Setting.UPRIGHT) {
        cs.setFont(vertical(g.face()), (float) size);
        cs.newLineAtOffset((float) centreX, (float) (topY - g.x()));
      } else if (g.setting() == Glyph.Setting.TATE_CHU_YOKO) {
        PDType0Font f = horizontal(g.face());
        double width = f.getStringWidth(g.shown()) / 1000 * size * g.scaleX();
        double baseline = topY - g.x() - g.face().ascender() * size;
        cs.setFont(f, (float) size);
        cs.setTextMatrix(new Matrix((float) g.scaleX(), 0, 0, 1, (float) (centreX - width / 2),
            (float) baseline));
      } else if (g.setting() == Glyph.Setting.ROTATED) {
        double baselineX = centreX - (g.face().ascender() + g.face().descender()) / 2 * size;
        cs.setFont(horizontal(g.face()), (float) size);
        cs.setTextMatrix(new Matrix(0, -1, 1, 0, (float) baselineX, (float) (topY - g.x())));
      } else {
        throw new AssertionError(g);
      }
      cs.showText(g.shown());
      cs.endText();
      endActualText(g);
    }
  }

  /** Draws horizontal lines, the first baseline at {@code (x, baselineY)}, {@code pitch} apart. */
  void lines(List<SetLine> lines, double size, double x, double baselineY, double pitch)
      throws IOException {
    double y = baselineY;
    for (SetLine line : lines) {
      for (Glyph g : line.glyphs()) {
        beginActualText(g);
        cs.beginText();
        cs.setFont(horizontal(g.face()), (float) size);
        cs.newLineAtOffset((float) (x + g.x()), (float) y);
        cs.showText(g.shown());
        cs.endText();
        endActualText(g);
      }
      y -= pitch;
    }
  }

  /** A hairline rectangle (column edges in the proof). */
  void frame(double x, double y, double w, double h) throws IOException {
    cs.setLineWidth(0.2f);
    cs.setStrokingColor(0.6f);
    cs.addRect((float) x, (float) y, (float) w, (float) h);
    cs.stroke();
  }

  private void beginActualText(Glyph g) throws IOException {
    if (g.substituted()) {
      COSDictionary d = new COSDictionary();
      d.setString(COSName.ACTUAL_TEXT, g.text());
      cs.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(d));
    }
  }

  private void endActualText(Glyph g) throws IOException {
    if (g.substituted()) {
      cs.endMarkedContent();
    }
  }

  void save(Path file) throws IOException {
    cs.close();
    Files.createDirectories(file.getParent());
    Files.deleteIfExists(file);
    doc.save(file.toFile());
  }

  @Override
  public void close() throws IOException {
    doc.close();
  }
}
