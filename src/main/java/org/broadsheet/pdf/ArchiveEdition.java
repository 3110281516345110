package org.broadsheet.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.broadsheet.layout.FrameItem;
import org.broadsheet.layout.IssueFrame;
import org.broadsheet.layout.LayoutSpec;
import org.broadsheet.layout.PageFrame;
import org.broadsheet.model.Story;

/**
 * The archive's edition ({@code <stem>-archive.pdf}), PDF/A-2u and PDF/UA-1: the same pages at
 * trim size in DeviceGray (pictures in RGB) under an sRGB output intent, tagged in reading order
 * (see {@link StructureTree}), with XMP metadata, /Lang zh-CN, the document title shown, page
 * labels, an outline and 转版 links.
 */
public final class ArchiveEdition {
  private ArchiveEdition() {}

  public static byte[] write(IssueFrame frame, EditionInfo info) {
    try (PDDocument doc = new PDDocument()) {
      doc.setVersion(1.7f);
      LayoutSpec spec = frame.layout();
      PdfFonts fonts = new PdfFonts(doc);
      ColorScheme colors = ColorScheme.archive(spec.colors());
      StructureTree tree = new StructureTree(doc, ArchiveMetadata.LANGUAGE);
      Map<String, Story> stories = new LinkedHashMap<>();
      frame.issue().allStories().forEach(s -> stories.put(s.id(), s));
      for (Story s : frame.issue().allStories()) {
        tree.article(s.id()).setTitle(Navigation.storyTitle(s, s.id()));
      }
      List<List<StructureTree.Marked>> jumps = new ArrayList<>();
      List<Map<String, StructureTree.Marked>> starts = new ArrayList<>();
      for (PageFrame page : frame.pages()) {
        PDRectangle media = new PDRectangle((float) page.width(), (float) page.height());
        PDPage pdPage = new PDPage(media);
        pdPage.setTrimBox(media);
        pdPage.setResources(new PDResources());
        doc.addPage(pdPage);
        StructureTree.PageMarker marker = tree.page(pdPage);
        try (PDPageContentStream cs = new PDPageContentStream(doc, pdPage)) {
          colors.startPage(cs);
          FrameWriter writer = new FrameWriter(doc, cs, fonts, colors, marker, 0, page.height());
          for (FrameItem item : FrameWriter.drawingOrder(page.items())) {
            writer.draw(item);
          }
        }
        marker.finish();
        jumps.add(marker.jumps());
        starts.add(marker.storyStarts());
      }
      Navigation.jumpLinks(doc, tree, jumps);
      tree.finish();
      Navigation.pageLabels(doc, frame.pages());
      Navigation.outline(doc, frame.pages(), stories, starts);
      OutputIntents.srgb(doc);
      PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
      prefs.setDisplayDocTitle(true);
      doc.getDocumentCatalog().setViewerPreferences(prefs);
      PDMetadata metadata = new PDMetadata(doc);
      metadata.importXMPMetadata(ArchiveMetadata.xmp(info));
      doc.getDocumentCatalog().setMetadata(metadata);
      PDDocumentInformation di = doc.getDocumentInformation();
      di.setTitle(info.title());
      di.setAuthor(info.publisher());
      di.setSubject(ArchiveMetadata.description(info));
      di.setProducer(info.producer());
      di.setCreator(info.producer());
      di.setCreationDate(Documents.calendar(info.epochSeconds()));
      di.setModificationDate(Documents.calendar(info.epochSeconds()));
      Documents.setDocumentId(doc);
      return Documents.save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
