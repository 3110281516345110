package org.broadsheet.text;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.text.Item.Box;
import org.broadsheet.text.Item.Content;

/**
 * Cuts a paragraph into the units of Chinese composition (clreq §3.1): a Han character, a number
 * or Latin word, a punctuation mark, a ——/…… run. Each unit is one box that is never split, with
 * the white its mark owes on either side and whether a line may start or end next to it.
 */
final class ClreqUnits {
  /** What a unit is, for the white and breaks between neighbours. */
  enum Kind {
    /** A Han character or another full-width character that is not punctuation. */
    HAN,
    /** A number or Latin word at proportional widths (§3.2). */
    WORD,
    /** A full-width closing, pause or stop mark: ink in the left half (§3.1.6). */
    CLOSE,
    /** A full-width opening mark: ink in the right half. */
    OPEN,
    /** The middle dot 间隔号: a quarter em of white on each side. */
    MIDDOT,
    /** —— or ……: one em per mark, never split (GB/T 15834 §4.11, §4.13). */
    RUN,
    /** A half-width mark ( , . ( ) ) at its own width. */
    HALF,
    /** An ideographic space U+3000 (一字空). */
    SPACE
  }

  /**
   * One unit.
   *
   * @param kind what it is
   * @param items its items: one box, or for a word its letters' boxes held together by glue that
   *     may letter-space a word alone on its line (never a break)
   * @param lead white owed before the box (an opening mark's half em)
   * @param trail white owed after the box (a closing mark's half em)
   * @param noBreakBefore whether a line may not start with it (§3.1.7 行首禁则)
   * @param noBreakAfter whether a line may not end with it (§3.1.7 行尾禁则)
   * @param spaceWidth the width of a space the text has before it, 0 if none
   */
  record Unit(Kind kind, List<Item> items, double lead, double trail, boolean noBreakBefore,
      boolean noBreakAfter, double spaceWidth) {
    boolean spaceBefore() {
      return spaceWidth > 0;
    }

    boolean hanLike() {
      return kind == Kind.HAN;
    }

    boolean content() {
      return kind == Kind.HAN || kind == Kind.WORD;
    }

    Unit withSpace(double width) {
      return new Unit(kind, items, lead, trail, noBreakBefore, noBreakAfter, width);
    }

    Unit(Kind kind, Box box, double lead, double trail, boolean noBreakBefore,
        boolean noBreakAfter, double spaceWidth) {
      this(kind, List.of(box), lead, trail, noBreakBefore, noBreakAfter, spaceWidth);
    }

    /** Whether the unit is one Han character (for 孤字). */
    boolean han() {
      return kind == Kind.HAN && items.get(0) instanceof Box b && b.content() == Content.HAN;
    }
  }

  /** Letter-spacing stretch between a word's letters, in ems: a last resort (see word()). */
  static final double LETTER_STRETCH = 0.005;
  private static final int EM_DASH = 0x2014;
  private static final int HORIZONTAL_BAR = 0x2015;

  private final FontFace face;
  private final List<FontFace> fallbacks;
  private final List<Unit> units = new ArrayList<>();

  private ClreqUnits(FontFace face, List<FontFace> fallbacks) {
    this.face = face;
    this.fallbacks = fallbacks;
  }

  static List<Unit> of(String text, FontFace face, List<FontFace> fallbacks) {
    ClreqUnits c = new ClreqUnits(face, fallbacks);
    c.cut(text.codePoints().toArray());
    return c.units;
  }

  private void cut(int[] cps) {
    double space = 0;
    int i = 0;
    while (i < cps.length) {
      int cp = cps[i];
      int next = i + 1;
      Unit u;
      if (cp != 0x3000 && Character.isWhitespace(cp)) {
        space = units.isEmpty() ? 0 : face.advance(' ');
        i++;
        continue;
      } else if (cp == 0x3000) {
        u = new Unit(Kind.SPACE, new Box(1, List.of(), Content.ANCHOR), 0, 0, false, false, 0);
      } else if (Clreq.isInseparable(cp)) {
        while (next < cps.length && cps[next] == cp) {
          next++;
        }
        u = run(cp, next - i);
      } else if (Clreq.isWordStart(cp)) {
        next = wordEnd(cps, i);
        u = word(cps, i, next);
      } else if (Clreq.isClosingFullWidth(cp)) {
        FontFace f = faceFor(cp);
        double adv = f.advance(cp);
        u = new Unit(Kind.CLOSE, box(cp, f, 0, adv / 2, Content.PUNCTUATION), 0, adv / 2, true,
            false, 0);
      } else if (Clreq.isOpeningFullWidth(cp)) {
        FontFace f = faceFor(cp);
        double adv = f.advance(cp);
        u = new Unit(Kind.OPEN, box(cp, f, -adv / 2, adv / 2, Content.PUNCTUATION), adv / 2, 0,
            false, true, 0);
      } else if (Clreq.isMiddleDot(cp)) {
        FontFace f = faceFor(cp);
        double centre = (f.inkLeft(cp) + f.inkRight(cp)) / 2;
        // no break on either side: a name joined by 间隔号 stays on one line (GB/T 15834 §4.15)
        u = new Unit(Kind.MIDDOT, box(cp, f, 0.25 - centre, 0.5, Content.PUNCTUATION), 0.25, 0.25,
            true, true, 0);
      } else if (Clreq.isNoLineStart(cp) || Clreq.isNoLineEnd(cp) || faceFor(cp).advance(cp) < 0.9
          && !Clreq.isHan(cp)) {
        FontFace f = faceFor(cp);
        u = new Unit(Kind.HALF, box(cp, f, 0, f.advance(cp), Content.PUNCTUATION), 0, 0,
            Clreq.isNoLineStart(cp), Clreq.isNoLineEnd(cp), 0);
      } else {
        FontFace f = faceFor(cp);
        u = new Unit(Kind.HAN, box(cp, f, 0, f.advance(cp),
            Clreq.isHan(cp) ? Content.HAN : Content.WORD), 0, 0, false, false, 0);
      }
      units.add(space > 0 ? u.withSpace(space) : u);
      space = 0;
      i = next;
    }
  }

  /** A word runs over letters and digits, and over inner marks that a letter or digit follows. */
  private static int wordEnd(int[] cps, int from) {
    int j = from + 1;
    while (j < cps.length) {
      if (Clreq.isWordStart(cps[j]) || Clreq.isWordSuffix(cps[j])) {
        j++;
      } else if (Clreq.isWordInner(cps[j]) && j + 1 < cps.length
          && Clreq.isWordStart(cps[j + 1])) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * A number or Latin word: its letters never part. Between them a glue of tiny stretch, so that a
   * word alone on a line (a long number or address) can be letter-spaced to the edges rather than
   * leave the line short; with Han text on the line it takes almost none of the stretch.
   */
  private Unit word(int[] cps, int from, int to) {
    List<Item> items = new ArrayList<>();
    for (int k = from; k < to; k++) {
      FontFace f = faceFor(cps[k]);
      double adv = f.advance(cps[k]);
      if (k > from) {
        items.add(Item.Penalty.forbid());
        items.add(new Item.Glue(0, LETTER_STRETCH, 0));
      }
      items.add(new Box(adv, List.of(new Glyph(str(cps[k]), f, 0, adv)), Content.WORD));
    }
    return new Unit(Kind.WORD, items, 0, 0, false, false, 0);
  }

  /**
   * —— or ……: one box, one em per mark. Chinese practice wants each dash one em (GB/T 15834
   * §4.13: 破折号 two ems); where the font's U+2014 is narrower (Noto SC: 0.89 em, its one-em form
   * only behind {@code locl}) the glyph of U+2015 is drawn instead, the text keeping U+2014.
   */
  private Unit run(int cp, int count) {
    FontFace f = faceFor(cp);
    String shown = str(cp);
    double adv = f.advance(cp);
    if (cp == EM_DASH && Math.abs(adv - 1) > 0.01 && f.covers(HORIZONTAL_BAR)) {
      shown = str(HORIZONTAL_BAR);
      adv = f.advance(HORIZONTAL_BAR);
    }
    // a dash's ink stops short of its em (side bearings): widened about its centre to fill the
    // em, so that the dashes of —— join into one line
    double scale = 1;
    if (cp == EM_DASH) {
      int drawn = shown.codePointAt(0);
      double ink = f.inkRight(drawn) - f.inkLeft(drawn);
      scale = ink > 0.5 ? adv / ink : 1;
    }
    List<Glyph> glyphs = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      glyphs.add(new Glyph(str(cp), f, k + (1 - adv) / 2, adv, shown, Glyph.Setting.HORIZONTAL,
          scale));
    }
    return new Unit(Kind.RUN, new Box(count, glyphs, Content.PUNCTUATION), 0, 0, false, false, 0);
  }

  private static Box box(int cp, FontFace f, double x, double width, Content content) {
    return new Box(width, List.of(new Glyph(str(cp), f, x, f.advance(cp))), content);
  }

  /**
   * No 孤字 (newspaper practice after clreq §3.1.8): when the paragraph's last content unit is a
   * Han character, no break may fall between it and the content unit before it; and no break
   * after the last content unit, so the last line never holds marks alone. Returns, per unit,
   * whether it must stay on the line of the next.
   */
  static boolean[] orphanGuard(List<Unit> units) {
    boolean[] keep = new boolean[units.size()];
    int last = -1;
    for (int k = units.size() - 1; k >= 0 && last < 0; k--) {
      if (units.get(k).content()) {
        last = k;
      }
    }
    if (last < 0) {
      return keep;
    }
    int from = last;
    if (units.get(last).han()) {
      for (int k = last - 1; k >= 0; k--) {
        if (units.get(k).content()) {
          from = k;
          break;
        }
      }
    }
    for (int k = from; k < units.size() - 1; k++) {
      keep[k] = true;
    }
    return keep;
  }

  private FontFace faceFor(int cp) {
    return FontFace.covering(cp, face, fallbacks);
  }

  private static String str(int cp) {
    return new String(Character.toChars(cp));
  }
}
