package org.broadsheet.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * The archive's edition ({@code <stem>-archive.pdf}): the same pages drawn in DeviceGray at trim
 * size, for reading and distribution.
 */
public final class ArchiveEdition {
  private ArchiveEdition() {}

  public static byte[] write(IssueFrame frame, EditionInfo info) {
    try (PDDocument doc = new PDDocument()) {
      LayoutSpec spec = frame.layout();
      PdfFonts fonts = new PdfFonts(doc);
      ColorScheme colors = ColorScheme.archive(spec.colors());
      for (PageFrame page : frame.pages()) {
        PDRectangle media = new PDRectangle((float) page.width(), (float) page.height());
        PDPage pdPage = new PDPage(media);
        pdPage.setTrimBox(media);
        pdPage.setResources(new PDResources());
        doc.addPage(pdPage);
        try (PDPageContentStream cs = new PDPageContentStream(doc, pdPage)) {
          FrameWriter writer = new FrameWriter(cs, fonts, colors, 0, page.height());
          for (FrameItem item : page.items()) {
            writer.draw(item);
          }
        }
      }
      PDDocumentInformation di = doc.getDocumentInformation();
      di.setTitle(info.title());
      di.setAuthor(info.publisher());
      di.setProducer(info.producer());
      di.setCreator(info.producer());
      di.setCreationDate(Documents.calendar(info.epochSeconds()));
      di.setModificationDate(Documents.calendar(info.epochSeconds()));
      Documents.setDocumentId(doc, "archive|" + info.sourceSha256() + "|" + spec.name() + "|"
          + info.producer() + "|" + info.epochSeconds());
      return Documents.save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
