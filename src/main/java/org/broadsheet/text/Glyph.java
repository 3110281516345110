package org.broadsheet.text;

import java.util.Objects;

/**
 * One glyph to draw: its text (one character, or the characters a glyph stands for), the face, its
 * offset and its advance. In items the offset is in ems from the box's left edge; in a
 * {@link SetLine} it is in points from the line's left edge; in a vertical {@link SetColumn} it
 * runs down the column from its top.
 *
 * <p><b>Contract with the PDF writer.</b> {@code text} is what the text layer keeps (ToUnicode or
 * {@code /ActualText}); {@code shown} is what to draw: the code points whose glyphs (through the
 * face's Unicode cmap, and in {@link Setting#UPRIGHT} through the vertical font, whose GSUB
 * {@code vert} then applies) are painted. When {@code shown} differs from {@code text} (a dash
 * U+2014 drawn with U+2015's one-em glyph) the writer wraps the glyph in a marked-content span
 * with {@code /ActualText (text)} so that extraction yields {@code text}. {@code advance} is the
 * advance the writer must assume for the drawn glyph (the drawn glyph's own advance, or the cell
 * height for vertical glyphs).
 *
 * @param text the characters as the text layer keeps them
 * @param face the font
 * @param x the offset
 * @param advance the advance of the drawn glyph (same unit as x)
 * @param shown the code points whose glyphs are drawn (usually {@code text})
 * @param setting how the glyph stands: horizontal, upright in a vertical column, a horizontal
 *     number in one em of a vertical column (直排内横排), or rotated
 * @param scaleX horizontal scale of the drawn glyph: {@link Setting#TATE_CHU_YOKO} of three digits
 *     is compressed to fit one em; a horizontal dash is widened about the centre of its cell
 *     {@code [x, x + advance]} so that its ink fills the em and the dashes of —— join; 1 otherwise
 */
public record Glyph(String text, FontFace face, double x, double advance, String shown,
    Setting setting, double scaleX) {

  /** How a glyph stands on the page. */
  public enum Setting {
    /** Ordinary horizontal text: drawn with the horizontal font at (x, baseline). */
    HORIZONTAL,
    /**
     * Vertical text, upright: drawn with the vertical font (Identity-V, GSUB {@code vert} on,
     * {@code vrt2} off), the glyph's vertical origin at the column's centre line, {@code x} below
     * the column's top.
     */
    UPRIGHT,
    /**
     * 直排内横排 (clreq §3.4.3): a short number drawn horizontally with the horizontal font, scaled by
     * {@code scaleX}, centred on the column's centre line in a one-em cell whose top is {@code x}
     * below the column's top; its baseline is {@link FontFace#ascender()} below the cell's top.
     */
    TATE_CHU_YOKO,
    /**
     * A Latin word in vertical text, rotated 90° clockwise (clreq §3.4.2): drawn with the horizontal
     * font, its pen starting {@code x} below the column's top and advancing down; the rotated em box
     * (descender to ascender) is centred on the column's centre line.
     */
    ROTATED
  }

  public Glyph {
    Objects.requireNonNull(text);
    Objects.requireNonNull(shown);
    Objects.requireNonNull(setting);
  }

  /** An ordinary horizontal glyph that draws what it says. */
  public Glyph(String text, FontFace face, double x, double advance) {
    this(text, face, x, advance, text, Setting.HORIZONTAL, 1);
  }

  /** Whether the drawn glyph differs from the text layer's (the writer adds /ActualText). */
  public boolean substituted() {
    return !shown.equals(text);
  }

  public Glyph moved(double dx, double scale) {
    return new Glyph(text, face, (x * scale) + dx, advance * scale, shown, setting, scaleX);
  }
}
