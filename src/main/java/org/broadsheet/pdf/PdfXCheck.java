package org.broadsheet.pdf;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentParser;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The print edition's check: the PDF/X-1a:2003 rules (ISO 15930-4) that a file written here can
 * break, read back with OpenPDF, a reader independent of PDFBox (which wrote the file), so that
 * a writer mistake PDFBox's own lenient reader would hide — a damaged cross-reference table, a
 * wrong stream length — shows up too. Rule names cite the clause.
 */
final class PdfXCheck {
  static final String VERSION = "PDF/X-1a:2003";
  /** Colour spaces PDF/X-1a forbids (§6.2.4: no RGB, no device-independent colour). */
  private static final Set<String> FORBIDDEN_SPACES = Set.of("DeviceRGB", "CalRGB", "CalGray",
      "Lab", "ICCBased", "RGB");

  private final byte[] pdf;
  private final List<Violation> out = new ArrayList<>();
  private PdfReader reader;

  private PdfXCheck(byte[] pdf) {
    this.pdf = pdf;
  }

  static List<Violation> check(byte[] pdf) {
    return new PdfXCheck(pdf).run();
  }

  private List<Violation> run() {
    if (encrypted()) {
      // OpenPDF needs BouncyCastle to open an encrypted file; the rule is broken either way
      fail(0, "15930-4 6.1.13 encryption", "the file is encrypted (trailer /Encrypt)");
      return out;
    }
    try {
      reader = new PdfReader(pdf);
    } catch (IOException | RuntimeException | LinkageError e) {
      out.add(new Violation(0, "ISO 32000-1 7.5 file structure", "OpenPDF cannot read it: " + e));
      return out;
    }
    try {
      document();
      for (int p = 1; p <= reader.getNumberOfPages(); p++) {
        page(p);
      }
    } catch (IOException | RuntimeException e) {
      out.add(new Violation(0, "ISO 32000-1 7.5 file structure", "OpenPDF cannot read it: " + e));
    } finally {
      reader.close();
    }
    return out;
  }

  /** Whether the last trailer (or cross-reference stream) names an /Encrypt dictionary. */
  private boolean encrypted() {
    String s = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
    int trailer = Math.max(s.lastIndexOf("trailer"), s.lastIndexOf("/XRef"));
    return trailer >= 0 && s.indexOf("/Encrypt", trailer) >= 0;
  }

  private void document() {
    if (reader.isRebuilt()) {
      fail(0, "ISO 32000-1 7.5.4 xref", "the cross-reference table is damaged (OpenPDF rebuilt it)");
    }
    if (reader.isEncrypted()) {
      fail(0, "15930-4 6.1.13 encryption", "the file is encrypted");
    }
    char version = reader.getPdfVersion();
    PdfName catalogVersion = reader.getCatalog().getAsName(PdfName.VERSION);
    if (version > '4' || catalogVersion != null && catalogVersion.toString().compareTo("/1.4") > 0) {
      fail(0, "15930-4 6.1.1 version", "PDF version above 1.4: 1." + version
          + (catalogVersion == null ? "" : ", catalog " + catalogVersion));
    }
    if (reader.isNewXrefType() || reader.isHybridXref()) {
      fail(0, "15930-4 6.1.1 xref", "cross-reference streams (PDF 1.5) are not allowed");
    }
    for (int i = 1; i < reader.getXrefSize(); i++) {
      PdfObject o = reader.getPdfObjectRelease(i);
      if (o instanceof PRStream s && PdfName.OBJSTM.equals(s.getAsName(PdfName.TYPE))) {
        fail(0, "15930-4 6.1.1 object streams", "object " + i + " is an object stream");
        break;
      }
    }
    if (reader.getTrailer().get(PdfName.ID) == null) {
      fail(0, "15930-4 6.1.3 ID", "the trailer has no /ID");
    }
    info();
    outputIntent();
  }

  private void info() {
    Map<String, String> info = reader.getInfo();
    if (!VERSION.equals(info.get("GTS_PDFXVersion"))) {
      fail(0, "15930-4 6.7.5 GTS_PDFXVersion", "Info GTS_PDFXVersion is "
          + info.get("GTS_PDFXVersion") + ", not " + VERSION);
    }
    for (String key : List.of("Title", "CreationDate", "ModDate")) {
      String v = info.get(key);
      if (v == null || v.isBlank()) {
        fail(0, "15930-4 6.7.5 " + key, "Info has no " + key);
      }
    }
    PdfDictionary infoDict = (PdfDictionary) PdfReader.getPdfObject(
        reader.getTrailer().get(PdfName.INFO));
    PdfObject trapped = infoDict == null ? null : infoDict.get(PdfName.TRAPPED);
    if (!(trapped instanceof PdfName n) || !(n.equals(new PdfName("True")) || n.equals(new PdfName("False")))) {
      fail(0, "15930-4 6.7.5 Trapped", "Info Trapped must be the name /True or /False, is "
          + trapped);
    }
  }

  private void outputIntent() {
    PdfArray intents = reader.getCatalog().getAsArray(PdfName.OUTPUTINTENTS);
    int found = 0;
    for (int i = 0; intents != null && i < intents.size(); i++) {
      PdfDictionary oi = intents.getAsDict(i);
      if (oi == null || !new PdfName("GTS_PDFX").equals(oi.getAsName(PdfName.S))) {
        continue;
      }
      found++;
      PdfString id = oi.getAsString(new PdfName("OutputConditionIdentifier"));
      if (id == null || id.toUnicodeString().isBlank()) {
        fail(0, "15930-4 6.2.2 OutputIntent", "no OutputConditionIdentifier");
      }
      PdfObject profile = PdfReader.getPdfObject(oi.get(new PdfName("DestOutputProfile")));
      if (profile == null) {
        PdfString registry = oi.getAsString(new PdfName("RegistryName"));
        if (registry == null || registry.toUnicodeString().isBlank()) {
          fail(0, "15930-4 6.2.2 OutputIntent",
              "a condition without DestOutputProfile needs a RegistryName");
        }
      } else if (profile instanceof PRStream s) {
        checkProfile(s);
      }
    }
    if (found != 1) {
      fail(0, "15930-4 6.2.2 OutputIntent", found + " GTS_PDFX output intents; exactly one needed");
    }
  }

  private void checkProfile(PRStream s) {
    try {
      byte[] icc = PdfReader.getStreamBytes(s);
      String cls = new String(icc, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
      String space = new String(icc, 16, 4, java.nio.charset.StandardCharsets.US_ASCII);
      if (icc[8] != 2 || !"prtr".equals(cls) || !"CMYK".equals(space)) {
        fail(0, "15930-4 6.2.2 DestOutputProfile", "not an ICC v2 CMYK output profile: v"
            + icc[8] + " " + cls + " " + space);
      }
    } catch (IOException | RuntimeException e) {
      fail(0, "15930-4 6.2.2 DestOutputProfile", "unreadable profile: " + e);
    }
  }

  private void page(int p) throws IOException {
    PdfDictionary page = reader.getPageN(p);
    boxes(p, page);
    PdfDictionary resources = page.getAsDict(PdfName.RESOURCES);
    resources(p, resources, new HashSet<>());
    if (page.get(PdfName.GROUP) != null) {
      fail(p, "15930-4 6.3 transparency", "the page has a transparency group");
    }
    content(p, reader.getPageContent(p));
    PdfArray annots = page.getAsArray(PdfName.ANNOTS);
    if (annots != null && !annots.isEmpty()) {
      fail(p, "15930-4 6.6.1 annotations", "annotations on a print page");
    }
  }

  /** §6.1.11: TrimBox (or ArtBox) on every page; MediaBox ⊇ BleedBox ⊇ TrimBox. */
  private void boxes(int p, PdfDictionary page) {
    float[] media = box(page, PdfName.MEDIABOX);
    float[] trim = box(page, PdfName.TRIMBOX);
    float[] bleed = box(page, PdfName.BLEEDBOX);
    if (trim == null) {
      fail(p, "15930-4 6.1.11 TrimBox", "the page has no TrimBox");
      return;
    }
    if (bleed != null && !contains(bleed, trim)) {
      fail(p, "15930-4 6.1.11 BleedBox", "the BleedBox does not contain the TrimBox");
    }
    if (media != null && !contains(media, bleed != null ? bleed : trim)) {
      fail(p, "15930-4 6.1.11 MediaBox", "the MediaBox does not contain the bleed and trim");
    }
  }

  private static float[] box(PdfDictionary page, PdfName key) {
    PdfArray a = page.getAsArray(key);
    if (a == null || a.size() != 4) {
      return null;
    }
    float[] v = new float[4];
    for (int i = 0; i < 4; i++) {
      v[i] = a.getAsNumber(i).floatValue();
    }
    return new float[] {Math.min(v[0], v[2]), Math.min(v[1], v[3]), Math.max(v[0], v[2]),
        Math.max(v[1], v[3])};
  }

  private static boolean contains(float[] outer, float[] inner) {
    float e = 0.01f;
    return outer[0] <= inner[0] + e && outer[1] <= inner[1] + e && outer[2] + e >= inner[2]
        && outer[3] + e >= inner[3];
  }

  /** Colour spaces, images, graphics states and fonts a page (or form) uses. */
  private void resources(int p, PdfDictionary res, Set<PdfDictionary> seen) {
    if (res == null || !seen.add(res)) {
      return;
    }
    PdfDictionary spaces = res.getAsDict(PdfName.COLORSPACE);
    if (spaces != null) {
      for (PdfName key : spaces.getKeys()) {
        colourSpace(p, PdfReader.getPdfObject(spaces.get(key)), "colour space " + key);
      }
    }
    PdfDictionary states = res.getAsDict(PdfName.EXTGSTATE);
    if (states != null) {
      for (PdfName key : states.getKeys()) {
        graphicsState(p, states.getAsDict(key), key);
      }
    }
    PdfDictionary xobjects = res.getAsDict(PdfName.XOBJECT);
    if (xobjects != null) {
      for (PdfName key : xobjects.getKeys()) {
        PdfObject o = PdfReader.getPdfObject(xobjects.get(key));
        if (o instanceof PdfDictionary x) {
          if (x.get(PdfName.SMASK) != null || x.get(PdfName.GROUP) != null) {
            fail(p, "15930-4 6.3 transparency", "XObject " + key + " has a soft mask or group");
          }
          colourSpace(p, PdfReader.getPdfObject(x.get(PdfName.COLORSPACE)), "image " + key);
          resources(p, x.getAsDict(PdfName.RESOURCES), seen);
        }
      }
    }
    PdfDictionary fonts = res.getAsDict(PdfName.FONT);
    if (fonts != null) {
      for (PdfName key : fonts.getKeys()) {
        font(p, fonts.getAsDict(key), key);
      }
    }
  }

  private void colourSpace(int p, PdfObject cs, String where) {
    if (cs == null) {
      return;
    }
    String name = null;
    if (cs instanceof PdfName n) {
      name = n.toString().substring(1);
    } else if (cs instanceof PdfArray a && !a.isEmpty()) {
      name = a.getAsName(0) == null ? null : a.getAsName(0).toString().substring(1);
      if (("Separation".equals(name) || "DeviceN".equals(name)) && a.size() > 2) {
        colourSpace(p, PdfReader.getPdfObject(a.getPdfObject(2)), where + " alternate");
      } else if ("Indexed".equals(name) && a.size() > 1) {
        colourSpace(p, PdfReader.getPdfObject(a.getPdfObject(1)), where + " base");
      }
    }
    if (name != null && FORBIDDEN_SPACES.contains(name)) {
      fail(p, "15930-4 6.2.4 colour", where + " is " + name + " (only CMYK, grey, spot)");
    }
  }

  private void graphicsState(int p, PdfDictionary gs, PdfName key) {
    if (gs == null) {
      return;
    }
    PdfObject smask = gs.get(PdfName.SMASK);
    if (smask != null && !PdfName.NONE.equals(smask)) {
      fail(p, "15930-4 6.3 transparency", "ExtGState " + key + " has a soft mask");
    }
    for (PdfName alpha : List.of(new PdfName("CA"), new PdfName("ca"))) {
      PdfNumber n = gs.getAsNumber(alpha);
      if (n != null && n.floatValue() != 1f) {
        fail(p, "15930-4 6.3 transparency", "ExtGState " + key + " has " + alpha + " "
            + n.floatValue());
      }
    }
    PdfObject bm = gs.get(PdfName.BM);
    if (bm != null && !(new PdfName("Normal").equals(bm) || new PdfName("Compatible").equals(bm))) {
      fail(p, "15930-4 6.3 transparency", "ExtGState " + key + " has blend mode " + bm);
    }
  }

  /** §6.3.5: every font embedded (for Type 0, its descendant's descriptor). */
  private void font(int p, PdfDictionary font, PdfName key) {
    if (font == null) {
      return;
    }
    PdfDictionary f = font;
    PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
    if (descendants != null && !descendants.isEmpty()) {
      f = descendants.getAsDict(0);
    }
    PdfDictionary fd = f == null ? null : f.getAsDict(PdfName.FONTDESCRIPTOR);
    boolean embedded = fd != null && (fd.get(PdfName.FONTFILE) != null
        || fd.get(PdfName.FONTFILE2) != null || fd.get(PdfName.FONTFILE3) != null);
    if (!embedded && !PdfName.TYPE3.equals(font.getAsName(PdfName.SUBTYPE))) {
      fail(p, "15930-4 6.3.5 fonts", "font " + key + " is not embedded");
    }
  }

  /** Colour operators in the page's content: rg/RG (RGB) are not allowed. */
  private void content(int p, byte[] content) throws IOException {
    PdfContentParser parser = new PdfContentParser(new PRTokeniser(content));
    List<PdfObject> operands = new ArrayList<>();
    int rgb = 0;
    while (!parser.parse(operands).isEmpty()) {
      String op = operands.get(operands.size() - 1).toString();
      if ("rg".equals(op) || "RG".equals(op)) {
        rgb++;
      } else if (("cs".equals(op) || "CS".equals(op)) && operands.size() > 1) {
        colourSpace(p, operands.get(0), "content colour space");
      }
    }
    if (rgb > 0) {
      fail(p, "15930-4 6.2.4 colour", rgb + " RGB colour operators (rg/RG) in the content");
    }
  }

  private void fail(int page, String rule, String message) {
    out.add(new Violation(page, rule, message));
  }
}
