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

  private static final String PDFA_NS = "http://www.aiim.org/pdfa/ns/id/";

  private ConformanceCheck() {}

  public static Verdict check(byte[] pdf) {
    String raw = new String(pdf, StandardCharsets.ISO_8859_1);
    boolean archive = raw.contains(PDFA_NS);
    boolean print = raw.contains("/GTS_PDFXVersion");
    if (!archive && !print) {
      // the declarations may sit in compressed object streams: read them
      String[] declared = declarations(pdf);
      archive = declared[0] != null && declared[0].contains(PDFA_NS);
      print = declared[1] != null;
    }
    if (archive) {
      return new Verdict("archive (PDF/A-2u, PDF/UA-1)", VeraPdfCheck.check(pdf));
    }
    if (print) {
      return new Verdict("print (" + PdfXCheck.VERSION + ")", PdfXCheck.check(pdf));
    }
    return new Verdict("unknown", List.of(new Violation(0, "edition",
        "declares neither PDF/A (XMP pdfaid) nor PDF/X (Info GTS_PDFXVersion)")));
  }

  /** The catalog's XMP text and the Info GTS_PDFXVersion, read with OpenPDF (nulls if absent). */
  private static String[] declarations(byte[] pdf) {
    try {
      com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
      try {
        String xmp = null;
        byte[] metadata = reader.getMetadata();
        if (metadata != null) {
          xmp = new String(metadata, StandardCharsets.UTF_8);
        }
        return new String[] {xmp, reader.getInfo().get("GTS_PDFXVersion")};
      } finally {
        reader.close();
      }
    } catch (java.io.IOException | RuntimeException | LinkageError e) {
      return new String[2];
    }
  }

  /** Loads veraPDF's profiles ahead of the first archive check. */
  public static void warmUp() {
    VeraPdfCheck.initialise();
  }
}
