package org.broadsheet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.broadsheet.model.Issue;
import org.broadsheet.model.Story;
import org.junit.jupiter.api.Test;

/**
 * The archive edition: veraPDF's PDF/A-2u and PDF/UA-1 verdicts, and the structure, metadata,
 * navigation and text layer the issue asks for, on the seed and on a generated issue with a
 * continued story (转版), a supplied headline and a photo block.
 */
class ArchiveEditionTest {
  @Test
  void veraPdfPassesTheSeedAsPdfA2uAndPdfUa1() {
    assertThat(VeraPdfCheck.check(Editions.seedArchive())).isEmpty();
  }

  @Test
  void veraPdfPassesTheGeneratedIssueWithLinksAndAFigure() {
    assertThat(VeraPdfCheck.check(Editions.generatedArchive())).isEmpty();
  }

  @Test
  void veraPdfFailsAnArchiveWithoutTagsOrMetadata() throws Exception {
    byte[] broken;
    try (PDDocument doc = Loader.loadPDF(Editions.generatedArchive())) {
      doc.getDocumentCatalog().getCOSObject().removeItem(COSName.LANG);
      doc.getDocumentCatalog().getCOSObject().removeItem(COSName.VIEWER_PREFERENCES);
      var out = new java.io.ByteArrayOutputStream();
      doc.save(out);
      broken = out.toByteArray();
    }
    assertThat(VeraPdfCheck.check(broken)).extracting(Violation::rule)
        .contains("ua1 7.1-10", "ua1 7.2-34");
  }

  @Test
  void veraPdfFailsCmykDrawingAndAnUndeclaredPdfUaProperty() throws Exception {
    byte[] broken;
    try (PDDocument doc = Loader.loadPDF(Editions.generatedArchive())) {
      try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, doc.getPage(0),
          org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode.APPEND, false)) {
        cs.beginMarkedContent(COSName.ARTIFACT);
        cs.setNonStrokingColor(0f, 0f, 0f, 1f);
        cs.addRect(10, 10, 5, 5);
        cs.fill();
        cs.endMarkedContent();
      }
      var meta = doc.getDocumentCatalog().getMetadata();
      String xmp = new String(meta.toByteArray(), StandardCharsets.UTF_8)
          .replaceAll("(?s)<pdfaExtension:schemas>.*</pdfaExtension:schemas>", "");
      meta.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
      var out = new java.io.ByteArrayOutputStream();
      doc.save(out);
      broken = out.toByteArray();
    }
    List<String> rules = VeraPdfCheck.check(broken).stream().map(Violation::rule).toList();
    assertThat(rules).anySatisfy(r -> assertThat(r).startsWith("2u 6.2.4.3"))
        .anySatisfy(r -> assertThat(r).startsWith("2u 6.6.2.3"));
  }

  @Test
  void catalogDeclaresLanguageTitleDisplayAndMarking() throws Exception {
    try (PDDocument doc = Loader.loadPDF(Editions.seedArchive())) {
      PDDocumentCatalog c = doc.getDocumentCatalog();
      assertThat(c.getLanguage()).isEqualTo("zh-CN");
      assertThat(c.getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(c.getMarkInfo().isMarked()).isTrue();
      assertThat(c.getOutputIntents()).singleElement().satisfies(oi -> {
        assertThat(oi.getCOSObject().getCOSName(COSName.S).getName()).isEqualTo("GTS_PDFA1");
        assertThat(oi.getDestOutputIntent().getLength()).isGreaterThan(1000);
      });
    }
  }

  @Test
  void xmpIdentifiesPdfAAndUaAndDescribesTheIssue() throws Exception {
    try (PDDocument doc = Loader.loadPDF(Editions.generatedArchive())) {
      String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(),
          StandardCharsets.UTF_8);
      assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>",
          "<pdfaid:conformance>U</pdfaid:conformance>", "<pdfuaid:part>1</pdfuaid:part>",
          "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>", "测试报", "测试出版社",
          "<rdf:li>zh-CN</rdf:li>", Editions.SUPPLIED, Editions.SHA, "Broadsheet 0.1",
          "2023-11-14T22:13:20+00:00");
      assertThat(doc.getDocumentInformation().getSubject()).contains(Editions.SUPPLIED)
          .contains(Editions.SHA);
    }
  }

  @Test
  void documentHoldsOneArtPerStoryInReadingOrderWithOneHeading() throws Exception {
    for (byte[] pdf : List.of(Editions.seedArchive(), Editions.generatedArchive())) {
      Issue issue = pdf == Editions.seedArchive() ? Editions.seedFrame().issue()
          : Editions.generatedFrame().issue();
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        List<Object> top = doc.getDocumentCatalog().getStructureTreeRoot().getKids();
        assertThat(top).singleElement().satisfies(d ->
            assertThat(((PDStructureElement) d).getStructureType()).isEqualTo("Document"));
        List<PDStructureElement> arts = elements((PDStructureElement) top.get(0));
        assertThat(arts).extracting(PDStructureElement::getStructureType).containsOnly("Art");
        List<Story> stories = issue.allStories();
        assertThat(arts).hasSize(stories.size());
        for (int i = 0; i < stories.size(); i++) {
          Story s = stories.get(i);
          List<PDStructureElement> kids = elements(arts.get(i));
          long headings = kids.stream().filter(k -> k.getStructureType().equals("H")).count();
          assertThat(headings).as(s.id()).isEqualTo(s.title().isEmpty() ? 0 : 1);
          assertThat(kids).extracting(PDStructureElement::getStructureType)
              .as(s.id()).isSubsetOf("H", "P", "Caption", "Figure");
          if (!s.title().isEmpty()) {
            int h = indexOf(kids, "H");
            assertThat(h).as("only the kicker may precede the title")
                .isEqualTo(s.kicker() == null ? 0 : 1);
          }
        }
      }
    }
  }

  @Test
  void linesOfOneParagraphFormOnePEvenAcrossPages() throws Exception {
    try (PDDocument doc = Loader.loadPDF(Editions.generatedArchive())) {
      PDStructureElement document = (PDStructureElement) doc.getDocumentCatalog()
          .getStructureTreeRoot().getKids().get(0);
      PDStructureElement lead = elements(document).get(0);
      Story story = Editions.generatedFrame().issue().allStories().get(0);
      List<PDStructureElement> ps = elements(lead).stream()
          .filter(e -> e.getStructureType().equals("P") && elements(e).isEmpty()).toList();
      // kicker, subtitle, then one P per paragraph (dateline and byline run into the first)
      assertThat(ps).hasSize(2 + story.paragraphs().size());
      boolean spansPages = false;
      for (PDStructureElement p : ps) {
        Set<PDPage> pages = new HashSet<>();
        int refs = 0;
        for (Object k : p.getKids()) {
          assertThat(k).isInstanceOf(PDMarkedContentReference.class);
          pages.add(((PDMarkedContentReference) k).getPage());
          refs++;
        }
        assertThat(refs).isPositive();
        spansPages |= pages.size() > 1;
      }
      assertThat(spansPages).as("the paragraph split by 转版 is one P on two pages").isTrue();
    }
  }

  @Test
  void jumpLinesLinkToEachOther() throws Exception {
    try (PDDocument doc = Loader.loadPDF(Editions.generatedArchive())) {
      PDAnnotationLink down = onlyLink(doc.getPage(0));
      PDAnnotationLink up = onlyLink(doc.getPage(1));
      assertThat(target(doc, down)).isEqualTo(1);
      assertThat(target(doc, up)).isEqualTo(0);
      assertThat(down.getContents()).isEqualTo("下转第2版");
      assertThat(up.getContents()).isEqualTo("上接第1版");
      // each link is tagged: a Link element holds the annotation (OBJR) and the line's text
      PDStructureElement document = (PDStructureElement) doc.getDocumentCatalog()
          .getStructureTreeRoot().getKids().get(0);
      List<PDStructureElement> links = new ArrayList<>();
      collect(document, "Link", links);
      assertThat(links).hasSize(2);
      for (PDStructureElement link : links) {
        assertThat(link.getParent()).isInstanceOf(PDStructureElement.class);
        assertThat(((PDStructureElement) link.getParent()).getStructureType()).isEqualTo("P");
        assertThat(link.getKids()).hasAtLeastOneElementOfType(PDObjectReference.class)
            .hasAtLeastOneElementOfType(PDMarkedContentReference.class);
      }
      assertThat(doc.getPage(0).getCOSObject().getCOSName(COSName.getPDFName("Tabs")))
          .isEqualTo(COSName.S);
    }
  }

  @Test
  void photoBlockIsAFigureWithAltTextBesideItsCaption() throws Exception {
    try (PDDocument doc = Loader.loadPDF(Editions.generatedArchive())) {
      PDStructureElement document = (PDStructureElement) doc.getDocumentCatalog()
          .getStructureTreeRoot().getKids().get(0);
      List<PDStructureElement> figures = new ArrayList<>();
      collect(document, "Figure", figures);
      assertThat(figures).singleElement().satisfies(f -> {
        assertThat(f.getAlternateDescription()).isEqualTo(Editions.ALT);
        List<PDStructureElement> siblings = elements((PDStructureElement) f.getParent());
        assertThat(siblings).extracting(PDStructureElement::getStructureType)
            .contains("Caption");
      });
      // the archive keeps the picture's colour (RGB under the sRGB intent), flattened
      assertThat(Paints.of(doc.getPage(1))).filteredOn(p -> p.kind().startsWith("image"))
          .singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("image");
            assertThat(p.space()).isEqualTo("DeviceRGB");
          });
    }
  }

  @Test
  void pageLabelsAndOutlineNameEachPageAndStory() throws Exception {
    try (PDDocument doc = Loader.loadPDF(Editions.generatedArchive())) {
      assertThat(doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices())
          .containsExactly("第1版", "第2版", "第3版", "第4版");
      List<PDOutlineItem> pages = new ArrayList<>();
      doc.getDocumentCatalog().getDocumentOutline().children().forEach(pages::add);
      assertThat(pages).extracting(PDOutlineItem::getTitle)
          .containsExactly("第1版 要闻", "第2版 综合", "第3版 副刊", "第4版");
      assertThat(titles(pages.get(0))).containsExactly(Editions.RADICAL_TWINS);
      // page 2 starts with the rest of the lead story, then its own two stories
      assertThat(titles(pages.get(1))).containsExactly(Editions.RADICAL_TWINS, Editions.SUPPLIED,
          "图为工人们正在检修设备。");
      assertThat(titles(pages.get(2))).containsExactly("山中");
      for (PDOutlineItem p : pages) {
        for (PDOutlineItem s : p.children()) {
          assertThat(((PDPageDestination) s.getDestination()).getPage())
              .isEqualTo(((PDPageDestination) p.getDestination()).getPage());
        }
      }
    }
  }

  @Test
  void textLayerHoldsEveryParagraphVerbatimStoryByStory() throws Exception {
    for (byte[] pdf : List.of(Editions.seedArchive(), Editions.generatedArchive())) {
      Issue issue = pdf == Editions.seedArchive() ? Editions.seedFrame().issue()
          : Editions.generatedFrame().issue();
      String text;
      String all;
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        text = TaggedText.of(doc);
        all = new PDFTextStripper().getText(doc);
      }
      // artifacts (running heads) are skipped, as a reader of the tags skips them; the 转版
      // lines are tagged (they hold the links) but set between the parts of a continued
      // paragraph, so they are taken out here
      String flat = text.replaceAll("\\s+", "").replaceAll("（[下上][转接]第\\d+版）", "");
      int at = 0;
      for (Story s : issue.allStories()) {
        List<String> wanted = new ArrayList<>(s.paragraphs());
        s.lines().stream().filter(l -> !l.isEmpty()).forEach(wanted::add);
        for (String p : wanted) {
          String q = p.replaceAll("\\s+", "");
          int found = flat.indexOf(q, at);
          assertThat(found).as(s.id() + ": " + p).isGreaterThanOrEqualTo(0);
          at = found + q.length();
        }
      }
      assertThat(all.replaceAll("\\s+", "")).contains(flat.substring(0, 200));
      // a plain PDFTextStripper, in content order, reads every paragraph verbatim too: a
      // paragraph continued on the next page runs on, with no running head or 转版 line inside
      String plain = all.replaceAll("\\s+", "");
      int from = 0;
      for (Story s : issue.allStories()) {
        for (String p : s.paragraphs()) {
          String q = p.replaceAll("\\s+", "");
          int found = plain.indexOf(q, from);
          assertThat(found).as("plain extraction, %s: %s", s.id(), p).isGreaterThanOrEqualTo(0);
          from = found + q.length();
        }
      }
      all.codePoints().forEach(cp -> assertThat(clean(cp))
          .as("U+%04X", cp).isTrue());
    }
  }

  @Test
  void charactersSharingGlyphsWithRadicalsExtractAsThemselves() throws Exception {
    try (PDDocument doc = Loader.loadPDF(Editions.generatedArchive())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertThat(text).contains(Editions.RADICAL_TWINS).contains("大山无言立");
    }
    try (PDDocument doc = Loader.loadPDF(Editions.generatedPrint())) {
      assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
          .contains(Editions.RADICAL_TWINS);
    }
  }

  /** No U+FFFD, private use, radicals (2E80–2FDF) or compatibility ideographs. */
  private static boolean clean(int cp) {
    return cp != 0xFFFD && !(cp >= 0xE000 && cp <= 0xF8FF) && !(cp >= 0xF0000)
        && !(cp >= 0x2E80 && cp <= 0x2FDF) && !(cp >= 0xF900 && cp <= 0xFAFF)
        && !(cp >= 0x2F800 && cp <= 0x2FA1F);
  }

  private static List<String> titles(PDOutlineItem item) {
    List<String> out = new ArrayList<>();
    item.children().forEach(c -> out.add(c.getTitle()));
    return out;
  }

  private static PDAnnotationLink onlyLink(PDPage page) throws Exception {
    List<PDAnnotation> annotations = page.getAnnotations();
    assertThat(annotations).singleElement().isInstanceOf(PDAnnotationLink.class);
    PDAnnotationLink link = (PDAnnotationLink) annotations.get(0);
    assertThat(link.isPrinted()).isTrue();
    assertThat(link.getStructParent()).isNotNegative();
    return link;
  }

  private static int target(PDDocument doc, PDAnnotationLink link) throws Exception {
    PDPageDestination d = (PDPageDestination) ((PDActionGoTo) link.getAction()).getDestination();
    return doc.getPages().indexOf(d.getPage());
  }

  private static List<PDStructureElement> elements(PDStructureNode node) {
    List<PDStructureElement> out = new ArrayList<>();
    for (Object k : node.getKids()) {
      if (k instanceof PDStructureElement e) {
        out.add(e);
      }
    }
    return out;
  }

  private static void collect(PDStructureNode node, String type, List<PDStructureElement> out) {
    for (PDStructureElement e : elements(node)) {
      if (e.getStructureType().equals(type)) {
        out.add(e);
      }
      collect(e, type, out);
    }
  }

  private static int indexOf(List<PDStructureElement> kids, String type) {
    for (int i = 0; i < kids.size(); i++) {
      if (kids.get(i).getStructureType().equals(type)) {
        return i;
      }
    }
    return -1;
  }
}
