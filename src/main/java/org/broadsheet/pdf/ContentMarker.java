package org.broadsheet.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.broadsheet.layout.FrameItem;

/**
 * Brackets each drawn item in marked content: the archive edition tags story content into its
 * structure tree and marks furniture as an Artifact (PDF/UA-1 7.1: every content item is tagged
 * or an artifact); the print edition marks nothing.
 */
interface ContentMarker {
  /**
   * Opens the item's marked-content sequence.
   *
   * @param bounds the item's box in PDF user space (for link areas and figure boxes)
   */
  void begin(PDPageContentStream cs, FrameItem item, PDRectangle bounds) throws IOException;

  void end(PDPageContentStream cs) throws IOException;

  /** A marker that marks nothing. */
  ContentMarker NONE = new ContentMarker() {
    @Override
    public void begin(PDPageContentStream cs, FrameItem item, PDRectangle bounds) {}

    @Override
    public void end(PDPageContentStream cs) {}
  };
}
