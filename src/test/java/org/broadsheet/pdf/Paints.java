package org.broadsheet.pdf;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/** Records every mark a page paints: kind, colour space and components, overprint, where. */
final class Paints extends PDFGraphicsStreamEngine {
  /** One painted thing; {@code box} in user space. */
  record Paint(String kind, String space, float[] components, boolean overprint,
      Rectangle2D box) {}

  private final List<Paint> paints = new ArrayList<>();
  private final GeneralPath path = new GeneralPath();

  private Paints(PDPage page) {
    super(page);
  }

  static List<Paint> of(PDPage page) throws IOException {
    Paints p = new Paints(page);
    p.processPage(page);
    return p.paints;
  }

  @Override
  protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement)
      throws IOException {
    PDColor c = getGraphicsState().getNonStrokingColor();
    float size = trm.getScalingFactorY();
    paints.add(new Paint("text", c.getColorSpace().getName(), c.getComponents(),
        getGraphicsState().isNonStrokingOverprint(),
        new Rectangle2D.Float(trm.getTranslateX(), trm.getTranslateY(), size * 0.5f, size)));
  }

  @Override
  public void strokePath() {
    PDColor c = getGraphicsState().getStrokingColor();
    float w = getGraphicsState().getLineWidth();
    Rectangle2D b = path.getBounds2D();
    paints.add(new Paint("stroke", c.getColorSpace().getName(), c.getComponents(),
        getGraphicsState().isOverprint(), new Rectangle2D.Double(b.getX() - w / 2,
            b.getY() - w / 2, b.getWidth() + w, b.getHeight() + w)));
    path.reset();
  }

  @Override
  public void fillPath(int windingRule) {
    PDColor c = getGraphicsState().getNonStrokingColor();
    paints.add(new Paint("fill", c.getColorSpace().getName(), c.getComponents(),
        getGraphicsState().isNonStrokingOverprint(), path.getBounds2D()));
    path.reset();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    fillPath(windingRule);
  }

  @Override
  public void drawImage(PDImage image) throws IOException {
    Matrix m = getGraphicsState().getCurrentTransformationMatrix();
    String space = image.getColorSpace().getName();
    paints.add(new Paint(image instanceof PDImageXObject x && x.getSoftMask() != null
        ? "image+smask" : "image", space, new float[0], false,
        new Rectangle2D.Float(m.getTranslateX(), m.getTranslateY(), m.getScalingFactorX(),
            m.getScalingFactorY())));
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    path.moveTo(p0.getX(), p0.getY());
    path.lineTo(p1.getX(), p1.getY());
    path.lineTo(p2.getX(), p2.getY());
    path.lineTo(p3.getX(), p3.getY());
    path.closePath();
  }

  @Override
  public void clip(int windingRule) {}

  @Override
  public void moveTo(float x, float y) {
    path.moveTo(x, y);
  }

  @Override
  public void lineTo(float x, float y) {
    path.lineTo(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    path.curveTo(x1, y1, x2, y2, x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return path.getCurrentPoint();
  }

  @Override
  public void closePath() {
    path.closePath();
  }

  @Override
  public void endPath() {
    path.reset();
  }

  @Override
  public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
    paints.add(new Paint("shading", "?", new float[0], false, new Rectangle2D.Float()));
  }
}
