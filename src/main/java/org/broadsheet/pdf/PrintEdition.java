package org.broadsheet.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.broadsheet.layout.FrameItem;
import org.broadsheet.layout.IssueFrame;
import org.broadsheet.layout.LayoutSpec;
import org.broadsheet.layout.PageFrame;

/**
 * The printer's edition ({@code <stem>-print.pdf}), PDF/X-1a:2003 (ISO 15930-4): CMYK, text and
 * rules overprinting in pure K, TrimBox at the page size, BleedBox beyond it, crop marks and a
 * slug line outside the bleed, the GTS_PDFX output intent, PDF 1.4 without object streams.
 */
public final class PrintEdition {
  public static final String PDFX_VERSION = "PDF/X-1a:2003";

  private PrintEdition() {}

  /**
   * What the print edition changes in the pictures, for the build to print as warnings: each
   * picture is converted to grey (one ink, so within newsprint's ~240 % limit; DeviceGray is
   * allowed by PDF/X-1a), whatever its colour.
   */
  public static List<String> pictureWarnings(IssueFrame frame) {
    List<String> out = new ArrayList<>();
    for (PageFrame page : frame.pages()) {
      for (FrameItem item : page.items()) {
        if (item instanceof FrameItem.Picture p) {
          out.add(page.label() + ": picture " + p.source().getFileName()
              + " converted to grey for the print edition (newsprint ink limit)");
        }
      }
    }
    return out;
  }

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
          colors.startPage(cs);
          FrameWriter writer = new FrameWriter(doc, cs, fonts, colors, ContentMarker.NONE, margin,
              margin + page.height());
          for (FrameItem item : FrameWriter.drawingOrder(page.items())) {
            if (!item.tag().inPrint()) {
              continue;
            }
            writer.draw(item);
          }
          CropMarks.draw(cs, colors, margin, page.width(), page.height(), bleed);
          SlugLine.draw(cs, fonts, colors,
              SlugLine.text(info.title(), page, spec, info.epochSeconds()), spec, margin);
        }
      }
      OutputIntents.printCondition(doc, spec.print());
      PDDocumentInformation di = doc.getDocumentInformation();
      di.setTitle(info.title());
      di.setAuthor(info.publisher());
      di.setProducer(info.producer());
      di.setCreator(info.producer());
      di.setCreationDate(Documents.calendar(info.epochSeconds()));
      di.setModificationDate(Documents.calendar(info.epochSeconds()));
      di.setTrapped("False");
      di.setCustomMetadataValue("GTS_PDFXVersion", PDFX_VERSION);
      Documents.setDocumentId(doc);
      return Documents.saveUncompressed(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
