package org.broadsheet.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.broadsheet.layout.FrameItem;
import org.broadsheet.layout.IssueFrame;
import org.broadsheet.layout.LayoutSpec;
import org.broadsheet.layout.PageFrame;

/**
 * The printer's edition ({@code <stem>-print.pdf}): CMYK, text and rules overprinting in pure K,
 * TrimBox at the page size, BleedBox beyond it, crop marks outside the bleed, PDF 1.4 without
 * object streams.
 */
public final class PrintEdition {
  private PrintEdition() {}

  public static byte[] write(IssueFrame frame, EditionInfo info) {
    try (PDDocument doc = new PDDocument()) {
      doc.setVersion(1.4f);
      LayoutSpec spec = frame.layout();
      PdfFonts fonts = new PdfFonts(doc);
      ColorScheme colors = ColorScheme.print(spec.colors());
      double bleed = spec.page().bleed();
      double margin = bleed + spec.page().marks();
      for (PageFrame page : frame.pages()) {
        PDRectangle media = new PDRectangle((float) (page.width() + 2 * margin),
            (float) (page.height() + 2 * margin));
        PDPage pdPage = new PDPage(media);
        pdPage.setTrimBox(new PDRectangle((float) margin, (float) margin, (float) page.width(),
            (float) page.height()));
        pdPage.setBleedBox(new PDRectangle((float) (margin - bleed), (float) (margin - bleed),
            (float) (page.width() + 2 * bleed), (float) (page.height() + 2 * bleed)));
        pdPage.setResources(new PDResources());
        doc.addPage(pdPage);
        try (PDPageContentStream cs = new PDPageContentStream(doc, pdPage)) {
          cs.setGraphicsStateParameters(overprint());
          FrameWriter writer = new FrameWriter(cs, fonts, colors, margin,
              margin + page.height());
          for (FrameItem item : page.items()) {
            writer.draw(item);
          }
          CropMarks.draw(cs, colors, margin, page.width(), page.height(), bleed);
        }
      }
      PDDocumentInformation di = doc.getDocumentInformation();
      di.setTitle(info.title());
      di.setAuthor(info.publisher());
      di.setProducer(info.producer());
      di.setCreator(info.producer());
      di.setCreationDate(Documents.calendar(info.epochSeconds()));
      di.setModificationDate(Documents.calendar(info.epochSeconds()));
      di.setTrapped("False");
      di.setCustomMetadataValue("GTS_PDFXVersion", "PDF/X-1a:2003");
      Documents.setDocumentId(doc, "print|" + info.sourceSha256() + "|" + spec.name() + "|"
          + info.producer() + "|" + info.epochSeconds());
      return Documents.saveUncompressed(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Text and rules in pure K overprint (OP, op, OPM 1), so misregistration shows no white. */
  private static PDExtendedGraphicsState overprint() {
    PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
    gs.setStrokingOverprintControl(true);
    gs.setNonStrokingOverprintControl(true);
    gs.getCOSObject().setInt(COSName.OPM, 1);
    return gs;
  }
}
