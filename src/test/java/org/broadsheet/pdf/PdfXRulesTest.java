package org.broadsheet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each PDF/X-1a rule the print check knows, broken on purpose in a copy of the seed's print
 * edition: the check names that rule (and the page, for page rules).
 */
class PdfXRulesTest {
  /** A change to a loaded print edition. */
  interface Breakage {
    void apply(PDDocument doc) throws Exception;
  }

  static Stream<Arguments> breakages() {
    return Stream.of(
        Arguments.of("GTS_PDFXVersion", 0, "15930-4 6.7.5 GTS_PDFXVersion", (Breakage) doc ->
            doc.getDocumentInformation().setCustomMetadataValue("GTS_PDFXVersion",
                "PDF/X-3:2002")),
        Arguments.of("no Title", 0, "15930-4 6.7.5 Title", (Breakage) doc ->
            doc.getDocumentInformation().setTitle(null)),
        Arguments.of("no ModDate", 0, "15930-4 6.7.5 ModDate", (Breakage) doc ->
            doc.getDocumentInformation().setModificationDate(null)),
        Arguments.of("Trapped Unknown", 0, "15930-4 6.7.5 Trapped", (Breakage) doc ->
            doc.getDocumentInformation().setTrapped("Unknown")),
        Arguments.of("PDF 1.6", 0, "15930-4 6.1.1 version", (Breakage) doc -> doc.setVersion(1.6f)),
        Arguments.of("encrypted", 0, "15930-4 6.1.13 encryption", (Breakage) doc ->
            doc.protect(new StandardProtectionPolicy("owner", "", new AccessPermission()))),
        Arguments.of("RGB output profile", 0, "15930-4 6.2.2 DestOutputProfile",
            (Breakage) doc -> {
              PDOutputIntent oi = doc.getDocumentCatalog().getOutputIntents().get(0);
              PDOutputIntent rgb = new PDOutputIntent(doc, new ByteArrayInputStream(
                  java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB)
                      .getData()));
              oi.getCOSObject().setItem(COSName.DEST_OUTPUT_PROFILE,
                  rgb.getCOSObject().getItem(COSName.DEST_OUTPUT_PROFILE));
            }),
        Arguments.of("bleed inside trim", 2, "15930-4 6.1.11 BleedBox", (Breakage) doc -> {
          PDPage p = doc.getPage(1);
          PDRectangle t = p.getTrimBox();
          p.setBleedBox(new PDRectangle(t.getLowerLeftX() + 5, t.getLowerLeftY() + 5,
              t.getWidth() - 10, t.getHeight() - 10));
        }),
        Arguments.of("media inside bleed", 3, "15930-4 6.1.11 MediaBox", (Breakage) doc -> {
          PDPage p = doc.getPage(2);
          PDRectangle t = p.getTrimBox();
          p.setMediaBox(new PDRectangle(t.getLowerLeftX(), t.getLowerLeftY(), t.getWidth(),
              t.getHeight()));
        }),
        Arguments.of("constant alpha", 1, "15930-4 6.3 transparency", (Breakage) doc -> {
          PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
          gs.setNonStrokingAlphaConstant(0.5f);
          draw(doc, 0, cs -> cs.setGraphicsStateParameters(gs));
        }),
        Arguments.of("transparency group", 4, "15930-4 6.3 transparency", (Breakage) doc -> {
          COSDictionary group = new COSDictionary();
          group.setItem(COSName.S, COSName.TRANSPARENCY);
          doc.getPage(3).getCOSObject().setItem(COSName.GROUP, group);
        }),
        Arguments.of("soft-masked RGB picture", 2, "15930-4 6.3 transparency", (Breakage) doc ->
            draw(doc, 1, cs -> cs.drawImage(LosslessFactory.createFromImage(doc,
                new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB)), 50, 50, 20, 20))),
        Arguments.of("RGB picture", 2, "15930-4 6.2.4 colour", (Breakage) doc ->
            draw(doc, 1, cs -> cs.drawImage(LosslessFactory.createFromImage(doc,
                new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB)), 50, 50, 20, 20))),
        Arguments.of("RGB stroke", 3, "15930-4 6.2.4 colour", (Breakage) doc ->
            draw(doc, 2, cs -> {
              cs.setStrokingColor(0f, 0f, 1f);
              cs.moveTo(50, 50);
              cs.lineTo(90, 90);
              cs.stroke();
            })),
        Arguments.of("font not embedded", 1, "15930-4 6.3.5 fonts", (Breakage) doc ->
            draw(doc, 0, cs -> {
              cs.beginText();
              cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 8);
              cs.showText("x");
              cs.endText();
            })),
        Arguments.of("annotation", 4, "15930-4 6.6.1 annotations", (Breakage) doc -> {
          List<PDAnnotation> a = new ArrayList<>();
          PDAnnotationText note = new PDAnnotationText();
          note.setRectangle(new PDRectangle(100, 100, 20, 20));
          a.add(note);
          doc.getPage(3).setAnnotations(a);
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakages")
  void theCheckNamesTheBrokenRule(String name, int page, String rule, Breakage breakage)
      throws Exception {
    assertThat(PdfXCheck.check(Editions.seedPrint())).isEmpty();
    byte[] broken;
    try (PDDocument doc = Loader.loadPDF(Editions.seedPrint())) {
      breakage.apply(doc);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out, CompressParameters.NO_COMPRESSION);
      broken = out.toByteArray();
    }
    assertThat(PdfXCheck.check(broken)).as(name)
        .anySatisfy(v -> {
          assertThat(v.rule()).isEqualTo(rule);
          assertThat(v.page()).isEqualTo(page);
        });
  }

  private interface Drawing {
    void draw(PDPageContentStream cs) throws Exception;
  }

  private static void draw(PDDocument doc, int page, Drawing d) throws Exception {
    try (PDPageContentStream cs = new PDPageContentStream(doc, doc.getPage(page),
        PDPageContentStream.AppendMode.APPEND, false)) {
      d.draw(cs);
    }
  }
}
