package org.broadsheet.pdf;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Reads a photo block's picture in an edition's colour: 8-bit grey for print (newsprint's ink
 * limit of about 240 % cannot be exceeded by one ink, and DeviceGray is allowed by PDF/X-1a), RGB
 * for the archive (DeviceRGB under its sRGB output intent). Alpha is flattened onto white (neither
 * edition may carry transparency).
 */
final class PictureConverter {
  private PictureConverter() {}

  static BufferedImage read(Path source, boolean colour) throws IOException {
    BufferedImage in = ImageIO.read(source.toFile());
    if (in == null) {
      throw new IOException("not a readable picture: " + source);
    }
    BufferedImage out = new BufferedImage(in.getWidth(), in.getHeight(),
        colour ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, in.getWidth(), in.getHeight());
      g.drawImage(in, 0, 0, null);
    } finally {
      g.dispose();
    }
    return out;
  }
}
