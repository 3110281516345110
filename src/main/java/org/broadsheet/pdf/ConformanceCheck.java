package org.broadsheet.pdf;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Which world a file belongs to and whether it passes its checks: a file that declares PDF/A
 * (pdfaid in its XMP) is an archive edition, checked by veraPDF against PDF/A-2u and PDF/UA-1;
 * a file that declares PDF/X (GTS_PDFXVersion) is a print edition, checked against the PDF/X-1a
 * rules with OpenPDF ({@link PdfXCheck}). A file that declares neither fails.
 */
public final class ConformanceCheck {
  /** The verdict on one file. */
  public record Verdict(String edition, List<Violation> violations) {
    public boolean passed() {
      return violations.isEmpty();
    }
  }

  private ConformanceCheck() {}

  public static Verdict check(byte[] pdf) {
    String head = new String(pdf, StandardCharsets.ISO_8859_1);
    if (head.contains("http://www.aiim.org/pdfa/ns/id/")) {
      return new Verdict("archive (PDF/A-2u, PDF/UA-1)", VeraPdfCheck.check(pdf));
    }
    if (head.contains("/GTS_PDFXVersion")) {
      return new Verdict("print (" + PdfXCheck.VERSION + ")", PdfXCheck.check(pdf));
    }
    return new Verdict("unknown", List.of(new Violation(0, "edition",
        "declares neither PDF/A (XMP pdfaid) nor PDF/X (Info GTS_PDFXVersion)")));
  }

  /** Loads veraPDF's profiles ahead of the first archive check. */
  public static void warmUp() {
    VeraPdfCheck.initialise();
  }
}
