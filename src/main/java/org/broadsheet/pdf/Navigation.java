package org.broadsheet.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.broadsheet.layout.PageFrame;
import org.broadsheet.model.Story;

/**
 * The archive edition's navigation: page labels 第N版, an outline entry per page (第N版 and its
 * section) with one per story under it, and links between a continued story's 下转 and 上接
 * lines (转版).
 */
final class Navigation {
  private Navigation() {}

  /** Page labels: each page's own prefix 第N版 and no number style (ISO 32000-1 §12.4.2). */
  static void pageLabels(PDDocument doc, List<PageFrame> pages) throws IOException {
    PDPageLabels labels = new PDPageLabels(doc);
    for (int i = 0; i < pages.size(); i++) {
      PDPageLabelRange range = new PDPageLabelRange();
      range.setPrefix(pages.get(i).label());
      labels.setLabelItem(i, range);
    }
    doc.getDocumentCatalog().setPageLabels(labels);
  }

  /**
   * The outline: 第N版 (+ section) per page, then each story that starts or continues on it,
   * named by its headline (or its first words when it has none).
   */
  static void outline(PDDocument doc, List<PageFrame> pages, Map<String, Story> stories,
      List<Map<String, StructureTree.Marked>> starts) {
    PDDocumentOutline outline = new PDDocumentOutline();
    for (int i = 0; i < pages.size(); i++) {
      PageFrame frame = pages.get(i);
      PDPage page = doc.getPage(i);
      PDOutlineItem pageItem = new PDOutlineItem();
      pageItem.setTitle(frame.label() + (frame.section() == null ? "" : " " + frame.section()));
      pageItem.setDestination(destination(page, page.getMediaBox().getUpperRightY()));
      for (Map.Entry<String, StructureTree.Marked> e : starts.get(i).entrySet()) {
        PDOutlineItem storyItem = new PDOutlineItem();
        storyItem.setTitle(storyTitle(stories.get(e.getKey()), e.getKey()));
        storyItem.setDestination(destination(page, e.getValue().bounds().getUpperRightY()));
        pageItem.addLast(storyItem);
      }
      pageItem.openNode();
      outline.addLast(pageItem);
    }
    outline.openNode();
    doc.getDocumentCatalog().setDocumentOutline(outline);
  }

  static String storyTitle(Story story, String id) {
    if (story == null) {
      return id;
    }
    if (story.titleText().isPresent()) {
      return story.titleText().get();
    }
    String first = story.texts().isEmpty() ? id : story.texts().get(0);
    return first.codePointCount(0, first.length()) <= 16 ? first
        : first.substring(0, first.offsetByCodePoints(0, 16)) + "……";
  }

  /**
   * Links each 下转 line to the 上接 line on the page where the story continues, and back: a
   * story's 转版 lines, in page order, pair up (下转 on page n, 上接 on page n+1).
   */
  static void jumpLinks(PDDocument doc, StructureTree tree,
      List<List<StructureTree.Marked>> jumpsByPage) throws IOException {
    Map<String, List<int[]>> byStory = new LinkedHashMap<>();
    List<StructureTree.Marked> all = new ArrayList<>();
    for (int p = 0; p < jumpsByPage.size(); p++) {
      for (StructureTree.Marked m : jumpsByPage.get(p)) {
        byStory.computeIfAbsent(m.storyId(), k -> new ArrayList<>())
            .add(new int[] {p, all.size()});
        all.add(m);
      }
    }
    for (List<int[]> list : byStory.values()) {
      for (int k = 0; k + 1 < list.size(); k += 2) {
        int[] from = list.get(k);
        int[] to = list.get(k + 1);
        link(doc, tree, from[0], all.get(from[1]), to[0], all.get(to[1]));
        link(doc, tree, to[0], all.get(to[1]), from[0], all.get(from[1]));
      }
    }
  }

  private static void link(PDDocument doc, StructureTree tree, int fromPage,
      StructureTree.Marked from, int toPage, StructureTree.Marked to) throws IOException {
    PDPage page = doc.getPage(fromPage);
    PDAnnotationLink link = new PDAnnotationLink();
    link.setRectangle(new PDRectangle(from.bounds().getLowerLeftX(),
        from.bounds().getLowerLeftY(), from.bounds().getWidth(), from.bounds().getHeight()));
    PDBorderStyleDictionary border = new PDBorderStyleDictionary();
    border.setWidth(0);
    link.setBorderStyle(border);
    link.setPrinted(true);
    // PDF/UA-1 7.18.1: an annotation says what it does
    link.setContents((toPage > fromPage ? "下转" : "上接") + "第" + (toPage + 1) + "版");
    PDActionGoTo action = new PDActionGoTo();
    action.setDestination(destination(doc.getPage(toPage), to.bounds().getUpperRightY()));
    link.setAction(action);
    List<PDAnnotation> annotations = new ArrayList<>(page.getAnnotations());
    annotations.add(link);
    page.setAnnotations(annotations);
    // PDF/UA-1 7.18.3: pages with annotations give the tab order of the structure
    page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
    tree.annotate(from.element(), link, page);
  }

  private static PDPageXYZDestination destination(PDPage page, float top) {
    PDPageXYZDestination d = new PDPageXYZDestination();
    d.setPage(page);
    d.setLeft(0);
    d.setTop(Math.round(top + 4));
    return d;
  }
}
