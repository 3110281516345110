package org.broadsheet.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.broadsheet.layout.FrameItem;
import org.broadsheet.layout.Tag;
import org.apache.pdfbox.util.Matrix;
import org.broadsheet.pdf.ColorScheme.Ink;
import org.broadsheet.text.Glyph;

/**
 * Draws a page's items: the one place that walks {@link FrameItem}. Frames are in points from the
 * trim box's top-left, y down; here they become PDF user space (y up), offset by the trim box's
 * origin in the media box. Colours come from the edition's {@link ColorScheme}, marked content
 * from its {@link ContentMarker}.
 */
final class FrameWriter {
  /** Offsets within a text run below this (in points) are drawn without an adjustment. */
  private static final double EPSILON = 0.001;

  private final PDDocument doc;
  private final PDPageContentStream cs;
  private final PdfFonts fonts;
  private final ColorScheme colors;
  private final ContentMarker marker;
  private final double originX;
  private final double topY;

  /**
   * @param originX the trim box's left edge in the media box
   * @param topY the trim box's top edge in the media box
   */
  FrameWriter(PDDocument doc, PDPageContentStream cs, PdfFonts fonts, ColorScheme colors,
      ContentMarker marker, double originX, double topY) {
    this.doc = doc;
    this.cs = cs;
    this.fonts = fonts;
    this.colors = colors;
    this.marker = marker;
    this.originX = originX;
    this.topY = topY;
  }

  /**
   * The order to draw a page's items in, which is the order text extraction follows: a story
   * continued from the previous page (转版) first, so that its paragraph runs on from the end of
   * that page, with its 上接 line after it; then the furniture (masthead, running head, rules);
   * then the other stories in the layout's reading order, a story continued on the next page
   * last, its 下转 line before the paragraph that continues, so that nothing comes between the
   * two parts of that paragraph.
   */
  static List<FrameItem> drawingOrder(List<FrameItem> items) {
    String continuedIn = items.stream().filter(i -> i.tag().isJumpIn())
        .map(i -> i.tag().storyId()).findFirst().orElse(null);
    List<FrameItem> out = new ArrayList<>(items.size());
    for (FrameItem i : items) {
      if (continuedIn != null && continuedIn.equals(i.tag().storyId()) && !i.tag().isArtifact()
          && i.tag().role() != Tag.Role.JUMP) {
        out.add(i);
      }
    }
    items.stream().filter(i -> i.tag().isJumpIn()).forEach(out::add);
    items.stream().filter(i -> i.tag().isArtifact()).forEach(out::add);
    List<FrameItem> jumpsOut = items.stream().filter(i -> i.tag().isJumpOut()).toList();
    for (FrameItem i : items) {
      boolean done = i.tag().isArtifact() || i.tag().role() == Tag.Role.JUMP
          || continuedIn != null && continuedIn.equals(i.tag().storyId());
      if (done) {
        continue;
      }
      for (FrameItem jump : jumpsOut) {
        if (!out.contains(jump) && isContinuedBlock(i, jump, items)) {
          out.add(jump);
        }
      }
      out.add(i);
    }
    jumpsOut.stream().filter(j -> !out.contains(j)).forEach(out::add);
    return out;
  }

  /**
   * Whether {@code item} opens the block (paragraph) that a 下转 line continues: the last block of
   * the jump's story on the page.
   */
  private static boolean isContinuedBlock(FrameItem item, FrameItem jump, List<FrameItem> items) {
    String story = jump.tag().storyId();
    if (!story.equals(item.tag().storyId())) {
      return false;
    }
    int lastBlock = Integer.MIN_VALUE;
    for (FrameItem i : items) {
      if (story.equals(i.tag().storyId()) && i.tag().role() != Tag.Role.JUMP
          && !i.tag().isArtifact()) {
        lastBlock = i.tag().block();
      }
    }
    return item.tag().block() == lastBlock;
  }

  void draw(FrameItem item) throws IOException {
    marker.begin(cs, item, bounds(item));
    if (item instanceof FrameItem.TextRun run) {
      drawText(run);
    } else if (item instanceof FrameItem.Rule rule) {
      drawRule(rule);
    } else if (item instanceof FrameItem.Picture picture) {
      drawPicture(picture);
    } else {
      throw new AssertionError(item);
    }
    marker.end(cs);
  }

  /** The item's box in user space. */
  PDRectangle bounds(FrameItem item) {
    if (item instanceof FrameItem.TextRun run) {
      double length = run.glyphs().isEmpty() ? 0 : run.glyphs().get(run.glyphs().size() - 1).x()
          + run.glyphs().get(run.glyphs().size() - 1).advance();
      if (run.vertical()) {
        return new PDRectangle((float) (originX + run.x() - run.size() / 2),
            (float) (topY - run.baseline() - length), (float) run.size(), (float) length);
      }
      double width = length;
      // an em box: 0.88 em above the baseline, 0.12 below (ideographic em box of these fonts)
      return new PDRectangle((float) (originX + run.x()),
          (float) (topY - run.baseline() - 0.12 * run.size()), (float) width,
          (float) run.size());
    } else if (item instanceof FrameItem.Rule r) {
      double half = r.width() / 2;
      double x = Math.min(r.x1(), r.x2()) - half;
      double y = topY - Math.max(r.y1(), r.y2()) - half;
      return new PDRectangle((float) (originX + x), (float) y,
          (float) (Math.abs(r.x2() - r.x1()) + r.width()),
          (float) (Math.abs(r.y2() - r.y1()) + r.width()));
    } else if (item instanceof FrameItem.Picture p) {
      return new PDRectangle((float) (originX + p.x()), (float) (topY - p.top() - p.height()),
          (float) p.width(), (float) p.height());
    }
    throw new AssertionError(item);
  }

  private void drawRule(FrameItem.Rule r) throws IOException {
    colors.stroke(cs, Ink.RULE);
    cs.setLineWidth((float) r.width());
    cs.moveTo((float) (originX + r.x1()), (float) (topY - r.y1()));
    cs.lineTo((float) (originX + r.x2()), (float) (topY - r.y2()));
    cs.stroke();
  }

  /** A picture, converted to the edition's colour (see {@link PictureConverter}). */
  private void drawPicture(FrameItem.Picture p) throws IOException {
    BufferedImage image = PictureConverter.read(p.source(), colors.picturesInColour());
    PDImageXObject xo = LosslessFactory.createFromImage(doc, image);
    PDRectangle box = bounds(p);
    cs.drawImage(xo, box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), box.getHeight());
  }

  /**
   * Text follows the glyph contract of {@link Glyph}: ordinary glyphs of one font go into one TJ
   * array whose adjustments put each where the layout placed it; a substituted glyph (a dash drawn
   * with U+2015's one-em glyph) is shown alone inside a span whose {@code /ActualText} keeps the
   * text layer's character; vertical runs follow each glyph's {@link Glyph.Setting}.
   */
  private void drawText(FrameItem.TextRun run) throws IOException {
    colors.fill(cs, Ink.TEXT);
    if (run.vertical()) {
      drawVertical(run);
      return;
    }
    List<Glyph> glyphs = run.glyphs();
    int i = 0;
    while (i < glyphs.size()) {
      Glyph first = glyphs.get(i);
      if (drawnAlone(first)) {
        if (first.substituted()) {
          beginActualText(first);
        }
        showScaled(run, first);
        if (first.substituted()) {
          cs.endMarkedContent();
        }
        i++;
        continue;
      }
      int j = i;
      while (j < glyphs.size() && glyphs.get(j).face() == first.face()
          && !drawnAlone(glyphs.get(j))) {
        j++;
      }
      showRun(run, glyphs.subList(i, j));
      i = j;
    }
  }

  /**
   * A vertical run (竖排) from its top {@code run.baseline()}, centred on {@code run.x()}: upright
   * glyphs through the vertical font (their vertical origin, the top centre of the em box, on the
   * centre line, {@code glyph.x()} below the top); 直排内横排 numbers through the horizontal font,
   * scaled and centred in their one-em cell; Latin words rotated 90° clockwise. Content order is
   * reading order (top to bottom), so extraction keeps it.
   */
  private void drawVertical(FrameItem.TextRun run) throws IOException {
    float size = (float) run.size();
    double centre = originX + run.x();
    double top = topY - run.baseline();
    for (Glyph g : run.glyphs()) {
      if (g.shown().isEmpty()) {
        continue;
      }
      if (g.substituted()) {
        beginActualText(g);
      }
      cs.beginText();
      switch (g.setting()) {
        case UPRIGHT -> {
          cs.setFont(fonts.vertical(g.face()), size);
          cs.setTextMatrix(Matrix.getTranslateInstance((float) centre, (float) (top - g.x())));
        }
        case TATE_CHU_YOKO -> {
          PDType0Font f = fonts.font(g.face());
          double width = f.getStringWidth(g.shown()) / 1000 * size * g.scaleX();
          double baseline = top - g.x() - g.face().ascender() * size;
          cs.setFont(f, size);
          cs.setTextMatrix(new Matrix((float) g.scaleX(), 0, 0, 1, (float) (centre - width / 2),
              (float) baseline));
        }
        case ROTATED -> {
          double baselineX = centre - (g.face().ascender() + g.face().descender()) / 2 * size;
          cs.setFont(fonts.font(g.face()), size);
          cs.setTextMatrix(new Matrix(0, -1, 1, 0, (float) baselineX, (float) (top - g.x())));
        }
        case HORIZONTAL -> throw new AssertionError("a horizontal glyph in a vertical run: " + g);
        default -> throw new AssertionError(g);
      }
      cs.showTextWithPositioning(new Object[] {g.shown()});
      cs.endText();
      if (g.substituted()) {
        cs.endMarkedContent();
      }
    }
  }

  private static boolean drawnAlone(Glyph g) {
    return g.substituted() || g.scaleX() != 1;
  }

  /** One glyph, scaled horizontally about the centre of its cell (a widened dash). */
  private void showScaled(FrameItem.TextRun run, Glyph g) throws IOException {
    float size = (float) run.size();
    double x = originX + run.x() + g.x() + g.advance() * (1 - g.scaleX()) / 2;
    cs.beginText();
    cs.setFont(fonts.font(g.face()), size);
    cs.setTextMatrix(new Matrix((float) g.scaleX(), 0, 0, 1, (float) x,
        (float) (topY - run.baseline())));
    cs.showTextWithPositioning(new Object[] {g.shown()});
    cs.endText();
  }

  /** A span whose /ActualText is the glyph's text, around a glyph drawn as another character. */
  private void beginActualText(Glyph g) throws IOException {
    COSDictionary d = new COSDictionary();
    d.setString(COSName.ACTUAL_TEXT, g.text());
    cs.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(d));
  }

  /**
   * Shows glyphs of one font in one text object: one TJ array (PDFBox encodes each string through
   * the cmap, applying no GSUB, so the drawn glyphs are the measured ones).
   */
  private void showRun(FrameItem.TextRun run, List<Glyph> glyphs) throws IOException {
    PDType0Font font = fonts.font(glyphs.get(0).face());
    float size = (float) run.size();
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset((float) (originX + run.x() + glyphs.get(0).x()),
        (float) (topY - run.baseline()));
    List<Object> tj = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (int k = 0; k < glyphs.size(); k++) {
      Glyph g = glyphs.get(k);
      pending.append(g.shown());
      if (k + 1 < glyphs.size()) {
        double gap = glyphs.get(k + 1).x() - (g.x() + g.advance());
        if (Math.abs(gap) > EPSILON) {
          tj.add(pending.toString());
          pending.setLength(0);
          tj.add((float) (-gap * 1000 / size));
        }
      }
    }
    tj.add(pending.toString());
    cs.showTextWithPositioning(tj.toArray());
    cs.endText();
  }
}
