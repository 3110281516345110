package org.broadsheet.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.broadsheet.layout.FrameItem;
import org.broadsheet.layout.Tag;

/**
 * The archive edition's logical structure (ISO 32000-1 §14.7, PDF/UA-1 §7): Document → one Art
 * per story, in the order stories first appear → its elements in reading order. Elements are
 * keyed by the items' {@link Tag}: all lines of one block (paragraph, verse, caption) form one
 * element, even across columns and pages (转版); the main title is one H however many lines it
 * has (PDF/UA-1 7.4.4: at most one H per node); every 转版 line is its own P holding a Link.
 * Furniture is marked as an Artifact. A new role maps to its structure type in {@link Tag.Role}.
 */
final class StructureTree {
  private final PDStructureElement document;
  private final PDStructureTreeRoot root;
  private final Map<String, PDStructureElement> articles = new LinkedHashMap<>();
  private final Map<String, PDStructureElement> elements = new HashMap<>();
  private final Map<Integer, COSObjectable> parentTree = new TreeMap<>();
  private int nextKey;

  StructureTree(PDDocument doc, String lang) {
    root = new PDStructureTreeRoot();
    doc.getDocumentCatalog().setStructureTreeRoot(root);
    PDMarkInfo mark = new PDMarkInfo();
    mark.setMarked(true);
    doc.getDocumentCatalog().setMarkInfo(mark);
    doc.getDocumentCatalog().setLanguage(lang);
    document = new PDStructureElement("Document", root);
    root.appendKid(document);
  }

  /** The marker for one page's content; call {@link PageMarker#finish()} when it is drawn. */
  PageMarker page(PDPage page) {
    return new PageMarker(page);
  }

  /** The Art of a story, made on first use. */
  PDStructureElement article(String storyId) {
    return articles.computeIfAbsent(storyId, id -> {
      PDStructureElement art = new PDStructureElement("Art", document);
      art.setTitle(id);
      document.appendKid(art);
      return art;
    });
  }

  /**
   * Tags an annotation as the content of a structure element (an OBJR kid; the annotation's
   * StructParent points back), as PDF/UA-1 7.18.1 asks for links.
   */
  void annotate(PDStructureElement element, PDAnnotation annotation, PDPage page) {
    PDObjectReference ref = new PDObjectReference();
    ref.setReferencedObject(annotation);
    ref.setPage(page);
    element.appendKid(ref);
    int key = nextKey++;
    annotation.setStructParent(key);
    parentTree.put(key, new PDParentTreeValue(element.getCOSObject()));
  }

  /** Writes the parent tree (content → element lookup) once all pages are drawn. */
  void finish() {
    PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
    Map<Integer, COSObjectable> numbers = new LinkedHashMap<>(parentTree);
    tree.setNumbers(numbers);
    root.setParentTree(tree);
    root.setParentTreeNextKey(nextKey);
  }

  /** The element an item's content belongs to, made on first use. */
  private PDStructureElement element(FrameItem item) {
    Tag tag = item.tag();
    PDStructureElement art = article(tag.storyId());
    String key = switch (tag.role()) {
      case TITLE -> tag.storyId() + "|title";
      case JUMP -> null;
      default -> tag.storyId() + "|" + tag.block();
    };
    if (key == null) {
      return newElement(art, tag.role().structureType());
    }
    return elements.computeIfAbsent(key, k -> {
      PDStructureElement e = newElement(art, tag.role().structureType());
      if (item instanceof FrameItem.Picture p) {
        e.setAlternateDescription(p.alt());
      }
      return e;
    });
  }

  private static PDStructureElement newElement(PDStructureElement parent, String type) {
    PDStructureElement e = new PDStructureElement(type, parent);
    parent.appendKid(e);
    return e;
  }

  /** Marks one page's content and records which element each marked sequence belongs to. */
  final class PageMarker implements ContentMarker {
    private final PDPage page;
    private final List<PDStructureElement> byMcid = new ArrayList<>();
    /** The elements of this page's 转版 lines with their boxes, for {@link JumpLinks}. */
    private final List<Marked> jumps = new ArrayList<>();
    private final Map<String, Marked> firstOfStory = new LinkedHashMap<>();

    PageMarker(PDPage page) {
      this.page = page;
    }

    @Override
    public void begin(PDPageContentStream cs, FrameItem item, PDRectangle bounds)
        throws IOException {
      if (item.tag().isArtifact()) {
        cs.beginMarkedContent(COSName.ARTIFACT);
        return;
      }
      PDStructureElement parent = element(item);
      PDStructureElement target = parent;
      if (item.tag().role() == Tag.Role.JUMP) {
        target = newElement(parent, "Link");
        jumps.add(new Marked(item.tag().storyId(), target, bounds));
      }
      firstOfStory.putIfAbsent(item.tag().storyId(),
          new Marked(item.tag().storyId(), target, bounds));
      int mcid = byMcid.size();
      byMcid.add(target);
      COSDictionary props = new COSDictionary();
      props.setInt(COSName.MCID, mcid);
      cs.beginMarkedContent(COSName.getPDFName(target.getStructureType()),
          PDPropertyList.create(props));
      PDMarkedContentReference mcr = new PDMarkedContentReference();
      mcr.setPage(page);
      mcr.setMCID(mcid);
      target.appendKid(mcr);
    }

    @Override
    public void end(PDPageContentStream cs) throws IOException {
      cs.endMarkedContent();
    }

    /** Registers the page's MCID → element array in the parent tree. */
    void finish() {
      int key = nextKey++;
      page.setStructParents(key);
      COSArray array = new COSArray();
      for (PDStructureElement e : byMcid) {
        array.add(e);
      }
      parentTree.put(key, new PDParentTreeValue(array));
    }

    List<Marked> jumps() {
      return jumps;
    }

    /** Where each story on this page starts, in reading order (outline destinations). */
    Map<String, Marked> storyStarts() {
      return firstOfStory;
    }
  }

  /** A marked item: its story, its element and its box on the page. */
  record Marked(String storyId, PDStructureElement element, PDRectangle bounds) {}
}
