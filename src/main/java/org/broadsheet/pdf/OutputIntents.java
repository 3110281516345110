package org.broadsheet.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.broadsheet.layout.LayoutSpec;

/** The editions' output intents: PDF/X's printing condition, PDF/A's sRGB. */
final class OutputIntents {
  private OutputIntents() {}

  /**
   * The print edition's {@code /S /GTS_PDFX} intent (ISO 15930-4 §6.2.2): a registered condition
   * named by OutputConditionIdentifier and RegistryName, or an embedded ICC v2 CMYK output
   * profile when the layout names one.
   */
  static void printCondition(PDDocument doc, LayoutSpec.PrintSpec spec) throws IOException {
    PDOutputIntent intent;
    if (spec.profile() != null) {
      byte[] icc = Files.readAllBytes(spec.profile());
      checkCmykOutputProfile(icc, spec);
      intent = new PDOutputIntent(doc, new ByteArrayInputStream(icc));
    } else {
      // a registered condition needs no profile (ISO 15930-4 §6.2.2: DestOutputProfile optional)
      COSDictionary d = new COSDictionary();
      d.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
      intent = new PDOutputIntent(d);
    }
    intent.getCOSObject().setItem(COSName.S, COSName.getPDFName("GTS_PDFX"));
    intent.setOutputConditionIdentifier(spec.outputCondition());
    intent.setOutputCondition(spec.outputCondition());
    intent.setRegistryName(spec.registryName());
    intent.setInfo(spec.outputCondition());
    doc.getDocumentCatalog().addOutputIntent(intent);
  }

  /** PDF/X-1a:2003 embeds only ICC v2 output ('prtr') profiles of CMYK data. */
  private static void checkCmykOutputProfile(byte[] icc, LayoutSpec.PrintSpec spec) {
    boolean ok = icc.length > 128 && icc[8] == 2
        && "prtr".equals(new String(icc, 12, 4, java.nio.charset.StandardCharsets.US_ASCII))
        && "CMYK".equals(new String(icc, 16, 4, java.nio.charset.StandardCharsets.US_ASCII));
    if (!ok) {
      throw new IllegalArgumentException("print output profile " + spec.profile()
          + " is not an ICC v2 CMYK output (prtr) profile, as PDF/X-1a:2003 requires");
    }
  }

  /**
   * The archive edition's {@code /S /GTS_PDFA1} intent with an embedded sRGB profile (ISO 19005-2
   * §6.2.3): the JDK's own sRGB profile (ICC v2, class 'mntr'), the same bytes for a given JDK.
   */
  static void srgb(PDDocument doc) throws IOException {
    byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(icc));
    intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
    intent.setOutputCondition("sRGB IEC61966-2.1");
    intent.setRegistryName("http://www.color.org");
    intent.setInfo("sRGB IEC61966-2.1");
    doc.getDocumentCatalog().addOutputIntent(intent);
  }

}
