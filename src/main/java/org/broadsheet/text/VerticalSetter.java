package org.broadsheet.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets a vertical headline line (竖排标题) top to bottom, after clreq §3.4 (vertical text) and the
 * newspaper practice in {@code newspaper-format.md}:
 *
 * <ul>
 *   <li>Han characters and full-width marks stand upright, one cell each at the font's vertical
 *       advance; marks take the font's GSUB {@code vert} forms (、，。 in the top-right corner,
 *       brackets and quotes turned), drawn by the PDF writer through the vertical font, so the text
 *       layer keeps the ordinary characters;
 *   <li>consecutive marks are compressed as in horizontal text (§3.1.6.2);
 *   <li>a number of one to three digits is set horizontally in one em (直排内横排, §3.4.3), a three-
 *       digit one compressed to fit;
 *   <li>Latin words and longer numbers are rotated 90° clockwise (§3.4.2), a quarter em from Han;
 *   <li>each dash of —— is the one-em U+2015, whose {@code vert} form is the vertical bar of U+FE31;
 *       the text keeps U+2014.
 * </ul>
 */
public final class VerticalSetter {
  private static final int MAX_TATE_CHU_YOKO_DIGITS = 3;

  /**
   * How to set.
   *
   * @param face the headline's font
   * @param fallbacks fonts tried for a character the face lacks
   * @param sizePt the type size
   * @param latinSpacing the white between Han and rotated Latin, in ems (a quarter)
   */
  public record Style(FontFace face, List<FontFace> fallbacks, double sizePt,
      double latinSpacing) {
    public Style {
      fallbacks = List.copyOf(fallbacks);
      if (sizePt <= 0) {
        throw new IllegalArgumentException("size must be positive");
      }
    }
  }

  private enum Kind { UPRIGHT, OPEN, CLOSE, TATE_CHU_YOKO, ROTATED }

  private record Cell(Kind kind, Glyph glyph) {}

  private final Style style;
  private final List<Cell> cells = new ArrayList<>();

  private VerticalSetter(Style style) {
    this.style = style;
  }

  /**
   * Sets one vertical line.
   *
   * @throws MissingGlyphException when no font has one of the characters
   */
  public static SetColumn set(String text, Style style) {
    VerticalSetter s = new VerticalSetter(style);
    s.cut(text.strip().codePoints().toArray());
    return s.place();
  }

  private void cut(int[] cps) {
    int i = 0;
    while (i < cps.length) {
      int cp = cps[i];
      if (Character.isWhitespace(cp) && cp != 0x3000) {
        i++;
      } else if (Clreq.isWordStart(cp)) {
        int j = wordEnd(cps, i);
        String word = new String(cps, i, j - i);
        boolean digits = word.chars().allMatch(c -> c >= '0' && c <= '9');
        if (digits && word.length() <= MAX_TATE_CHU_YOKO_DIGITS) {
          cells.add(new Cell(Kind.TATE_CHU_YOKO, tateChuYoko(word)));
        } else {
          cells.add(new Cell(Kind.ROTATED, rotated(word)));
        }
        i = j;
      } else {
        cells.add(upright(cp));
        i++;
      }
    }
  }

  /** A Latin run: letters, digits, inner marks, and spaces between Latin words. */
  private static int wordEnd(int[] cps, int from) {
    int j = from + 1;
    while (j < cps.length) {
      boolean inner = (Clreq.isWordInner(cps[j]) || cps[j] == ' ') && j + 1 < cps.length
          && Clreq.isWordStart(cps[j + 1]);
      if (Clreq.isWordStart(cps[j]) || Clreq.isWordSuffix(cps[j])) {
        j++;
      } else if (inner) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  private Cell upright(int cp) {
    FontFace f = FontFace.covering(cp, style.face(), style.fallbacks());
    String text = new String(Character.toChars(cp));
    String shown = text;
    int drawn = cp;
    if (cp == 0x2014 && f.covers(0x2015)) {
      shown = "―"; // U+2015: one em, vert → U+FE31's glyph (pdf-libraries.md, dash note)
      drawn = 0x2015;
    }
    double cell = cp == 0x3000 ? 1 : f.verticalAdvance(drawn);
    Kind kind = Clreq.isOpeningFullWidth(cp) ? Kind.OPEN
        : Clreq.isClosingFullWidth(cp) ? Kind.CLOSE : Kind.UPRIGHT;
    String layer = cp == 0x3000 ? "" : text;
    return new Cell(kind, new Glyph(layer, f, 0, cell, cp == 0x3000 ? "" : shown,
        Glyph.Setting.UPRIGHT, 1));
  }

  /** 直排内横排: the digits side by side in one em, compressed when wider. */
  private Glyph tateChuYoko(String digits) {
    double width = 0;
    FontFace f = style.face();
    for (int k = 0; k < digits.length(); k++) {
      f = FontFace.covering(digits.charAt(k), style.face(), style.fallbacks());
      width += f.advance(digits.charAt(k));
    }
    double scale = Math.min(1, 1 / width);
    return new Glyph(digits, f, 0, 1, digits, Glyph.Setting.TATE_CHU_YOKO, scale);
  }

  private Glyph rotated(String word) {
    double width = 0;
    FontFace f = style.face();
    for (int k = 0; k < word.length(); k++) {
      f = FontFace.covering(word.charAt(k), style.face(), style.fallbacks());
      width += f.advance(word.charAt(k));
    }
    return new Glyph(word, f, 0, width, word, Glyph.Setting.ROTATED, 1);
  }

  /** Places the cells down the column, in ems, then scales to points. */
  private SetColumn place() {
    List<Glyph> glyphs = new ArrayList<>();
    double y = 0;
    for (int k = 0; k < cells.size(); k++) {
      Cell c = cells.get(k);
      Cell prev = k > 0 ? cells.get(k - 1) : null;
      Cell next = k + 1 < cells.size() ? cells.get(k + 1) : null;
      if (prev != null && (c.kind() == Kind.ROTATED) != (prev.kind() == Kind.ROTATED)
          && !isMark(prev) && !isMark(c)) {
        y += style.latinSpacing(); // §3.2.2 in vertical text: a quarter em around rotated Latin
      }
      double x = y;
      double advance = c.glyph().advance();
      if (c.kind() == Kind.OPEN && prev != null && isMark(prev)) {
        // an opening mark after a mark: its leading half em is dropped (§3.1.6.2), ink in the
        // cell's lower half
        x -= advance / 2;
      }
      if (c.kind() == Kind.CLOSE && next != null && next.kind() == Kind.CLOSE) {
        advance /= 2; // 。」 → the first mark keeps its ink half only
      }
      glyphs.add(new Glyph(c.glyph().text(), c.glyph().face(), x, c.glyph().advance(),
          c.glyph().shown(), c.glyph().setting(), c.glyph().scaleX()).moved(0, style.sizePt()));
      y = x + advance;
    }
    return new SetColumn(glyphs, y * style.sizePt(), style.sizePt());
  }

  private static boolean isMark(Cell c) {
    return c.kind() == Kind.OPEN || c.kind() == Kind.CLOSE;
  }
}
