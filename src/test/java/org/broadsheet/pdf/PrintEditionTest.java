package org.broadsheet.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.broadsheet.layout.IssueFrame;
import org.broadsheet.layout.LayoutSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The print edition against the PDF/X-1a:2003 rules and the house rules for newsprint. */
class PrintEditionTest {
  private static final double MM = 72 / 25.4;

  @Test
  void seedAndGeneratedPrintEditionsPassThePdfXCheck() {
    assertThat(PdfXCheck.check(Editions.seedPrint())).isEmpty();
    assertThat(PdfXCheck.check(Editions.generatedPrint())).isEmpty();
  }

  @Test
  void fileIsPdf14WithoutObjectOrXrefStreamsAndWithAContentId() throws Exception {
    byte[] pdf = Editions.seedPrint();
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    assertThat(text).startsWith("%PDF-1.4");
    assertThat(text).doesNotContain("/ObjStm").doesNotContain("/XRef").contains("\ntrailer");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getVersion()).isEqualTo(1.4f);
      assertThat(doc.isEncrypted()).isFalse();
      assertThat(doc.getDocument().getTrailer().getCOSArray(COSName.ID)).hasSize(2);
    }
    // the ID is derived from the content: another issue gives another ID
    assertThat(id(Editions.seedPrint())).isNotEqualTo(id(Editions.generatedPrint()));
  }

  @Test
  void infoIdentifiesPdfX1a2003() throws Exception {
    try (PDDocument doc = Loader.loadPDF(Editions.seedPrint())) {
      PDDocumentInformation info = doc.getDocumentInformation();
      assertThat(info.getCustomMetadataValue("GTS_PDFXVersion")).isEqualTo("PDF/X-1a:2003");
      assertThat(info.getCOSObject().getCOSName(COSName.TRAPPED)).isEqualTo(COSName.getPDFName("False"));
      assertThat(info.getTitle()).isEqualTo("劲旅");
      assertThat(info.getCreationDate().getTimeInMillis()).isEqualTo(Editions.EPOCH * 1000);
      assertThat(info.getModificationDate().getTimeInMillis()).isEqualTo(Editions.EPOCH * 1000);
    }
  }

  @Test
  void outputIntentNamesTheNewsprintCondition() throws Exception {
    try (PDDocument doc = Loader.loadPDF(Editions.seedPrint())) {
      List<PDOutputIntent> intents = doc.getDocumentCatalog().getOutputIntents();
      assertThat(intents).hasSize(1);
      COSDictionary oi = intents.get(0).getCOSObject();
      assertThat(oi.getCOSName(COSName.S).getName()).isEqualTo("GTS_PDFX");
      assertThat(intents.get(0).getOutputConditionIdentifier()).isEqualTo("IFRA26");
      assertThat(intents.get(0).getRegistryName()).isEqualTo("http://www.color.org");
      assertThat(oi.containsKey(COSName.DEST_OUTPUT_PROFILE)).isFalse();
    }
  }

  @Test
  void boxesNestAndTrimIsThePageSize() throws Exception {
    LayoutSpec spec = Editions.spec();
    try (PDDocument doc = Loader.loadPDF(Editions.seedPrint())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(4);
      for (PDPage page : doc.getPages()) {
        PDRectangle trim = page.getTrimBox();
        PDRectangle bleed = page.getBleedBox();
        PDRectangle media = page.getMediaBox();
        assertThat(trim.getWidth()).isCloseTo((float) (390 * MM), within(0.05f));
        assertThat(trim.getHeight()).isCloseTo((float) (546 * MM), within(0.05f));
        float b = (float) (3 * MM);
        assertThat(bleed.getLowerLeftX()).isCloseTo(trim.getLowerLeftX() - b, within(0.05f));
        assertThat(bleed.getUpperRightY()).isCloseTo(trim.getUpperRightY() + b, within(0.05f));
        assertThat(contains(media, bleed)).isTrue();
        assertThat(media.getWidth() - bleed.getWidth())
            .isGreaterThanOrEqualTo((float) (2 * spec.page().marks()) - 0.05f);
      }
    }
  }

  @Test
  void textAndRulesArePureKOverprintAndNothingIsRgb() throws Exception {
    for (byte[] pdf : List.of(Editions.seedPrint(), Editions.generatedPrint())) {
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        for (PDPage page : doc.getPages()) {
          List<Paints.Paint> paints = Paints.of(page);
          assertThat(paints).extracting(Paints.Paint::kind).contains("text", "stroke");
          for (Paints.Paint p : paints) {
            if (p.kind().startsWith("image")) {
              assertThat(p.kind()).isEqualTo("image");
              assertThat(p.space()).isEqualTo("DeviceGray");
              continue;
            }
            assertThat(p.kind()).isIn("text", "stroke");
            assertThat(p.space()).as(p.kind()).isEqualTo("DeviceCMYK");
            assertThat(p.components()).as(p.kind()).containsExactly(0f, 0f, 0f, 1f);
            assertThat(p.overprint()).as(p.kind() + " overprints").isTrue();
          }
        }
      }
    }
  }

  @Test
  void marksAndSlugLineLieOutsideTheBleedAndEverythingElseInsideTheTrim() throws Exception {
    try (PDDocument doc = Loader.loadPDF(Editions.seedPrint())) {
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        PDPage page = doc.getPage(i);
        Rectangle2D trim = rect(page.getTrimBox());
        Rectangle2D bleed = rect(page.getBleedBox());
        int outside = 0;
        for (Paints.Paint p : Paints.of(page)) {
          if (trim.contains(p.box().getCenterX(), p.box().getCenterY())) {
            continue;
          }
          assertThat(p.box().intersects(bleed)).as(p.kind() + " at " + p.box()).isFalse();
          outside++;
        }
        assertThat(outside).as("crop marks and slug line").isGreaterThan(8);
        PDFTextStripperByArea strip = new PDFTextStripperByArea();
        PDRectangle media = page.getMediaBox();
        // the stripper's regions are y-down from the top of the media box
        strip.addRegion("slug", new Rectangle2D.Double(0,
            media.getHeight() - page.getBleedBox().getLowerLeftY(), media.getWidth(),
            page.getBleedBox().getLowerLeftY()));
        strip.extractRegions(page);
        String slug = strip.getTextForRegion("slug");
        assertThat(slug).contains("劲旅").contains("第" + (i + 1) + "版")
            .contains("PDF/X-1a:2003").contains("IFRA26");
      }
    }
  }

  @Test
  void picturesAreGreyWithAWarning() throws Exception {
    assertThat(PrintEdition.pictureWarnings(Editions.seedFrame())).isEmpty();
    assertThat(PrintEdition.pictureWarnings(Editions.generatedFrame())).singleElement()
        .asString().contains("第2版").contains("photo.png").contains("grey");
    try (PDDocument doc = Loader.loadPDF(Editions.generatedPrint())) {
      assertThat(Paints.of(doc.getPage(1))).filteredOn(p -> p.kind().startsWith("image"))
          .singleElement().satisfies(p -> assertThat(p.space()).isEqualTo("DeviceGray"));
    }
  }

  @Test
  void fontsAreEmbeddedAndNothingIsTransparent() throws Exception {
    try (PDDocument doc = Loader.loadPDF(Editions.generatedPrint())) {
      for (PDPage page : doc.getPages()) {
        for (COSName f : page.getResources().getFontNames()) {
          assertThat(page.getResources().getFont(f).isEmbedded()).isTrue();
        }
        assertThat(page.getCOSObject().containsKey(COSName.GROUP)).isFalse();
        for (Paints.Paint p : Paints.of(page)) {
          assertThat(p.kind()).isNotEqualTo("image+smask");
        }
      }
    }
  }

  @Test
  void aLayoutMayNameAnotherConditionOrAProfileButOnlyACmykOutputOne(@TempDir Path dir)
      throws Exception {
    String yaml = Files.readString(Editions.ROOT.resolve("layouts/broadsheet.yaml"))
        .replace("output-intent: IFRA26", "output-intent: FOGRA39");
    Path other = dir.resolve("other.yaml");
    Files.writeString(other, yaml);
    LayoutSpec spec = org.broadsheet.layout.LayoutLoader.load(other.toString(), dir,
        Editions.ROOT.resolve("fonts"));
    assertThat(spec.print().outputCondition()).isEqualTo("FOGRA39");
    // an sRGB display profile is no CMYK output profile (ISO 15930-4 6.2.2)
    Files.write(dir.resolve("srgb.icc"), java.awt.color.ICC_Profile
        .getInstance(java.awt.color.ColorSpace.CS_sRGB).getData());
    Files.writeString(other, yaml.replace("output-intent: FOGRA39",
        "output-intent: FOGRA39\n  output-profile: srgb.icc"));
    LayoutSpec withProfile = org.broadsheet.layout.LayoutLoader.load(other.toString(), dir,
        Editions.ROOT.resolve("fonts"));
    IssueFrame f = Editions.seedFrame();
    IssueFrame frame = new IssueFrame(f.issue(), withProfile, f.pages());
    assertThatThrownBy(() -> PrintEdition.write(frame, Editions.info(f.issue())))
        .hasMessageContaining("ICC v2 CMYK output");
  }

  @Test
  void theCheckCatchesAnRgbColourAndAMissingTrimBox() throws Exception {
    byte[] broken;
    try (PDDocument doc = Loader.loadPDF(Editions.seedPrint())) {
      try (PDPageContentStream cs = new PDPageContentStream(doc, doc.getPage(1),
          PDPageContentStream.AppendMode.APPEND, false)) {
        cs.setNonStrokingColor(1f, 0f, 0f);
        cs.addRect(100, 100, 20, 20);
        cs.fill();
      }
      doc.getPage(2).getCOSObject().removeItem(COSName.TRIM_BOX);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out, CompressParameters.NO_COMPRESSION);
      broken = out.toByteArray();
    }
    List<Violation> v = PdfXCheck.check(broken);
    assertThat(v).anySatisfy(x -> {
      assertThat(x.page()).isEqualTo(2);
      assertThat(x.rule()).contains("6.2.4 colour");
    });
    assertThat(v).anySatisfy(x -> {
      assertThat(x.page()).isEqualTo(3);
      assertThat(x.rule()).contains("TrimBox");
    });
  }

  @Test
  void theCheckCatchesObjectStreamsAndAMissingIdentification() throws Exception {
    byte[] broken;
    try (PDDocument doc = Loader.loadPDF(Editions.seedPrint())) {
      doc.getDocumentInformation().getCOSObject().removeItem(COSName.TRAPPED);
      doc.getDocumentCatalog().getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out); // PDFBox's default: object streams, PDF 1.6
      broken = out.toByteArray();
    }
    assertThat(PdfXCheck.check(broken)).extracting(Violation::rule).contains(
        "15930-4 6.7.5 Trapped", "15930-4 6.2.2 OutputIntent", "15930-4 6.1.1 xref");
    // its GTS_PDFXVersion is now inside a compressed object stream: still known as print
    assertThat(new String(broken, StandardCharsets.ISO_8859_1)).doesNotContain("GTS_PDFX");
    ConformanceCheck.Verdict verdict = ConformanceCheck.check(broken);
    assertThat(verdict.edition()).startsWith("print");
    assertThat(verdict.passed()).isFalse();
  }

  /**
   * Why the check reads with OpenPDF: PDFBox, which wrote the file, repairs a damaged
   * cross-reference table or a truncated tail without a word when it reads one back; OpenPDF
   * reports the first (it rebuilds the table and says so) and fails on the second.
   */
  @Test
  void theIndependentReaderCatchesDamagePdfBoxReadsOverSilently() throws Exception {
    byte[] pdf = Editions.seedPrint();
    String s = new String(pdf, StandardCharsets.ISO_8859_1);
    int table = s.indexOf("\n", s.indexOf("\nxref\n") + 6) + 1;
    int entry = table + 20 * 5; // object 5's offset, ten digits
    long offset = Long.parseLong(s.substring(entry, entry + 10));
    byte[] shifted = pdf.clone();
    System.arraycopy(String.format("%010d", offset + 7).getBytes(StandardCharsets.US_ASCII), 0,
        shifted, entry, 10);
    byte[] truncated = java.util.Arrays.copyOf(pdf, pdf.length - 60);
    for (byte[] damaged : List.of(shifted, truncated)) {
      try (PDDocument doc = Loader.loadPDF(damaged)) {
        assertThat(doc.getNumberOfPages()).isEqualTo(4); // PDFBox: nothing to see
      }
    }
    assertThat(PdfXCheck.check(shifted)).extracting(Violation::rule)
        .containsExactly("ISO 32000-1 7.5.4 xref");
    assertThat(PdfXCheck.check(truncated)).extracting(Violation::rule)
        .containsExactly("ISO 32000-1 7.5 file structure");
  }

  private static String id(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getDocument().getTrailer().getCOSArray(COSName.ID).toString();
    }
  }

  private static Rectangle2D rect(PDRectangle r) {
    return new Rectangle2D.Float(r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(),
        r.getHeight());
  }

  private static boolean contains(PDRectangle outer, PDRectangle inner) {
    return outer.getLowerLeftX() <= inner.getLowerLeftX()
        && outer.getLowerLeftY() <= inner.getLowerLeftY()
        && outer.getUpperRightX() >= inner.getUpperRightX()
        && outer.getUpperRightY() >= inner.getUpperRightY();
  }

  private static org.assertj.core.data.Offset<Float> within(float f) {
    return org.assertj.core.data.Offset.offset(f);
  }
}
