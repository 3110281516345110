package org.broadsheet.pdf;

import java.io.IOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, skipping what is marked as an Artifact (running heads, masthead): the
 * text a reader of the tagged edition is given, in content order.
 */
final class TaggedText extends PDFTextStripper {
  private int artifactDepth;
  private final java.util.ArrayDeque<Boolean> open = new java.util.ArrayDeque<>();

  static String of(PDDocument doc) throws IOException {
    return new TaggedText().getText(doc);
  }

  @Override
  public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
    boolean artifact = COSName.ARTIFACT.equals(tag);
    open.push(artifact);
    if (artifact) {
      artifactDepth++;
    }
    super.beginMarkedContentSequence(tag, properties);
  }

  @Override
  public void endMarkedContentSequence() {
    if (!open.isEmpty() && open.pop()) {
      artifactDepth--;
    }
    super.endMarkedContentSequence();
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    if (artifactDepth == 0) {
      super.processTextPosition(text);
    }
  }
}
