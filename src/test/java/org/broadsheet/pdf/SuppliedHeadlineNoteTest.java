package org.broadsheet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.broadsheet.layout.FrameItem;
import org.broadsheet.layout.IssueFrame;
import org.broadsheet.layout.Tag;
import org.junit.jupiter.api.Test;

/**
 * A headline an editor supplied is signed and explained on the archive edition's page (its
 * metadata lists it too); the print edition reproduces the paper without the note.
 */
class SuppliedHeadlineNoteTest {
  @Test
  void theArchiveShowsTheNoteAndThePrintEditionDoesNot() throws IOException {
    IssueFrame frame = Editions.generatedFrame();
    long notes = frame.pages().stream().flatMap(p -> p.items().stream())
        .filter(i -> i.tag().role() == Tag.Role.SUPPLIED_NOTE)
        .filter(FrameItem.TextRun.class::isInstance).count();
    assertThat(notes).as("the generated issue has a supplied headline").isPositive();
    assertThat(text(Editions.generatedArchive())).contains("标题为编者补拟");
    assertThat(text(Editions.generatedPrint())).doesNotContain("标题为编者补拟")
        .doesNotContain("※");
    assertThat(VeraPdfCheck.check(Editions.generatedArchive())).isEmpty();
    assertThat(PdfXCheck.check(Editions.generatedPrint())).isEmpty();
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
