package org.broadsheet.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One TrueType font file's metrics, parsed once per process (see {@link FontLibrary}): advance
 * widths and ink extents in ems, and Unicode coverage from the cmap. Thread-safe. The file's bytes
 * are kept so that the PDF stage can embed the font without reading the file again.
 */
public final class FontFace {
  private final String name;
  private final Path path;
  private final byte[] bytes;
  private final TrueTypeFont ttf;
  private final CmapLookup cmap;
  private final float unitsPerEm;
  private final double ascender;
  private final double descender;
  private final Map<Integer, float[]> metrics = new HashMap<>();

  private FontFace(String name, Path path, byte[] bytes) throws IOException {
    this.name = name;
    this.path = path;
    this.bytes = bytes;
    this.ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    this.cmap = ttf.getUnicodeCmapLookup();
    this.unitsPerEm = ttf.getUnitsPerEm();
    var os2 = ttf.getOS2Windows();
    this.ascender = os2 != null ? os2.getTypoAscender() / unitsPerEm : 0.88;
    this.descender = os2 != null ? os2.getTypoDescender() / unitsPerEm : -0.12;
  }

  /**
   * The ideographic em box's top above the baseline, in ems (OS/2 typo ascender: 0.88 in Noto
   * CJK); the box's bottom is {@link #descender()}, so that {@code ascender − descender = 1}.
   */
  public double ascender() {
    return ascender;
  }

  /** The ideographic em box's bottom relative to the baseline, in ems (negative: below). */
  public double descender() {
    return descender;
  }

  /**
   * The glyph id the font's GSUB {@code vert} feature substitutes for the code point's glyph in
   * vertical text (script {@code hani}), or -1 when it has none (Han characters, digits).
   */
  public int verticalGlyphId(int codePoint) {
    synchronized (ttf) {
      try {
        int gid = cmap.getGlyphId(codePoint);
        var gsub = ttf.getGsub();
        if (gid == 0 || gsub == null) {
          return -1;
        }
        int sub = gsub.getSubstitution(gid, new String[] {"hani"}, List.of("vert"));
        return sub == gid ? -1 : sub;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read GSUB from " + path, e);
      }
    }
  }

  /** The vertical advance (vmtx) of the glyph drawn for the code point in vertical text, in ems. */
  public double verticalAdvance(int codePoint) {
    synchronized (ttf) {
      try {
        int vertical = verticalGlyphId(codePoint);
        int gid = vertical >= 0 ? vertical : cmap.getGlyphId(codePoint);
        var vmtx = ttf.getVerticalMetrics();
        return vmtx == null ? 1 : vmtx.getAdvanceHeight(gid) / unitsPerEm;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read vertical metrics from " + path, e);
      }
    }
  }

  static FontFace load(String name, Path path) {
    try {
      return new FontFace(name, path, Files.readAllBytes(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + path, e);
    }
  }

  /**
   * The face that draws a character: {@code face} when its cmap covers it, else the first fallback
   * that does (the layout's {@code fallbacks:}, in order).
   *
   * @throws MissingGlyphException when none has it, never a blank box
   */
  public static FontFace covering(int codePoint, FontFace face, List<FontFace> fallbacks) {
    if (face.covers(codePoint)) {
      return face;
    }
    for (FontFace f : fallbacks) {
      if (f.covers(codePoint)) {
        return f;
      }
    }
    throw new MissingGlyphException(codePoint, face);
  }

  /** The font file's name without extension, e.g. {@code NotoSerifSC-Regular}. */
  public String name() {
    return name;
  }

  public Path path() {
    return path;
  }

  /** The font file's bytes, for embedding. Do not modify. */
  public byte[] bytes() {
    return bytes;
  }

  /** Whether the font has a glyph for the code point (Unicode cmap, glyph id ≠ 0). */
  public boolean covers(int codePoint) {
    return glyphId(codePoint) != 0;
  }

  public int glyphId(int codePoint) {
    synchronized (ttf) {
      return cmap.getGlyphId(codePoint);
    }
  }

  /** Advance width in ems. */
  public double advance(int codePoint) {
    return metrics(codePoint)[0];
  }

  /** Left edge of the glyph's ink in ems (from the glyph's bounding box). */
  public double inkLeft(int codePoint) {
    return metrics(codePoint)[1];
  }

  /** Right edge of the glyph's ink in ems. */
  public double inkRight(int codePoint) {
    return metrics(codePoint)[2];
  }

  private float[] metrics(int codePoint) {
    synchronized (metrics) {
      float[] m = metrics.get(codePoint);
      if (m == null) {
        m = readMetrics(codePoint);
        metrics.put(codePoint, m);
      }
      return m;
    }
  }

  private float[] readMetrics(int codePoint) {
    synchronized (ttf) {
      try {
        int gid = cmap.getGlyphId(codePoint);
        float adv = ttf.getAdvanceWidth(gid) / unitsPerEm;
        GlyphData g = ttf.getGlyph().getGlyph(gid);
        if (g == null || g.getBoundingBox() == null) {
          return new float[] {adv, 0, 0};
        }
        return new float[] {adv, g.getXMinimum() / unitsPerEm, g.getXMaximum() / unitsPerEm};
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read glyph metrics from " + path, e);
      }
    }
  }

  @Override
  public String toString() {
    return name + " (" + path.getFileName() + ")";
  }
}
