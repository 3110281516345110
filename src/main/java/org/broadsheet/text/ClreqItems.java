package org.broadsheet.text;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.text.Item.Box;
import org.broadsheet.text.Item.Content;
import org.broadsheet.text.Item.Glue;
import org.broadsheet.text.Item.Penalty;

/**
 * Turns a paragraph into Knuth–Plass items under clreq's rules:
 *
 * <ul>
 *   <li>Han characters are one-em boxes with stretchable, breakable white between them (§3.8
 *       inter-character justification);
 *   <li>a full-width closing mark is a half-em box plus half an em of white that may shrink to
 *       nothing (§3.1.6 先挤进), an opening mark the same mirrored; consecutive marks keep only one
 *       half em of white (§3.1.6.2);
 *   <li>no break before a closing mark or after an opening one (§3.1.7 禁则); numbers, Latin words,
 *       —— and …… are single boxes (never split);
 *   <li>a quarter em of white between Han and Latin or digits (§3.2.2), breakable;
 *   <li>the break before the paragraph's last Han character is forbidden when nothing but
 *       punctuation follows it, so no last line holds one character alone (孤字).
 * </ul>
 */
public final class ClreqItems {
  /** Paragraph indent in ems (two characters). */
  public static final double INDENT_EMS = 2;
  private static final double INFINITE_STRETCH = 10_000;

  private final FontFace face;
  private final FontFace[] fallbacks;
  private final BreakSettings settings;
  private final List<Item> items = new ArrayList<>();
  /** White owed before the next box: a closing mark's trailing half em. */
  private boolean pendingClosingWhite;

  private ClreqItems(FontFace face, List<FontFace> fallbacks, BreakSettings settings) {
    this.face = face;
    this.fallbacks = fallbacks.toArray(FontFace[]::new);
    this.settings = settings;
  }

  /**
   * The items of one paragraph.
   *
   * @param text the paragraph, without spaces between Han and Latin (added here)
   * @param indent whether the first line is indented two characters
   * @param justifyLast whether the last line is justified too (a headline line), else flush left
   */
  public static List<Item> of(String text, FontFace face, List<FontFace> fallbacks,
      BreakSettings settings, boolean indent, boolean justifyLast) {
    ClreqItems b = new ClreqItems(face, fallbacks, settings);
    if (indent) {
      b.items.add(new Box(INDENT_EMS, List.of(), Content.ANCHOR));
    }
    b.addText(text);
    b.forbidLoneLastCharacter();
    if (!justifyLast) {
      b.items.add(Penalty.forbid());
      b.items.add(new Glue(0, INFINITE_STRETCH, 0));
    }
    b.items.add(new Penalty(0, -Item.INFINITE_PENALTY, false));
    return b.items;
  }

  private void addText(String text) {
    int[] cps = text.codePoints().toArray();
    int i = 0;
    while (i < cps.length) {
      int cp = cps[i];
      if (cp == 0x3000) {
        flushClosingWhite();
        items.add(new Glue(1, 0, 0)); // 一字空: one em of white
        i++;
      } else if (Character.isWhitespace(cp)) {
        addSpace();
        i++;
      } else if (Clreq.isInseparable(cp)) {
        int j = i;
        while (j < cps.length && cps[j] == cp) {
          j++;
        }
        addMarkRun(cps, i, j);
        i = j;
      } else if (cp < 0x2000 && Character.isLetterOrDigit(cp)) {
        int j = i;
        while (j < cps.length && (Clreq.isWordChar(cps[j]))) {
          j++;
        }
        addWord(cps, i, j);
        i = j;
      } else if (Clreq.isClosingFullWidth(cp)) {
        addClosing(cp);
        i++;
      } else if (Clreq.isOpeningFullWidth(cp)) {
        addOpening(cp);
        i++;
      } else if (Clreq.isMiddleDot(cp)) {
        addMiddleDot(cp);
        i++;
      } else if (Clreq.isNoLineStart(cp) || Clreq.isNoLineEnd(cp)) {
        addHalfWidthMark(cp);
        i++;
      } else {
        addCharacter(cp);
        i++;
      }
    }
  }

  /** A Han character or another full-width character that is not punctuation. */
  private void addCharacter(int cp) {
    FontFace f = faceFor(cp);
    double adv = f.advance(cp);
    breakBefore(Clreq.isHan(cp) || adv >= 0.9 ? 0 : settings.latinSpacing());
    items.add(new Box(adv, List.of(new Glyph(str(cp), f, 0, adv)),
        Clreq.isHan(cp) ? Content.HAN : Content.WORD));
  }

  /** A number or Latin word: one box, never split; a quarter em from Han text. */
  private void addWord(int[] cps, int from, int to) {
    List<Glyph> glyphs = new ArrayList<>();
    double x = 0;
    for (int k = from; k < to; k++) {
      FontFace f = faceFor(cps[k]);
      double adv = f.advance(cps[k]);
      glyphs.add(new Glyph(str(cps[k]), f, x, adv));
      x += adv;
    }
    Item last = items.isEmpty() ? null : items.get(items.size() - 1);
    boolean afterSpace = last instanceof Glue;
    breakBefore(afterSpace ? -1 : settings.latinSpacing());
    items.add(new Box(x, glyphs, Content.WORD));
  }

  /** —— or ……: the run as one box, each mark one em (GB/T 15834: a dash is two ems). */
  private void addMarkRun(int[] cps, int from, int to) {
    List<Glyph> glyphs = new ArrayList<>();
    double x = 0;
    for (int k = from; k < to; k++) {
      FontFace f = faceFor(cps[k]);
      double adv = f.advance(cps[k]);
      glyphs.add(new Glyph(str(cps[k]), f, x + (1 - adv) / 2, adv));
      x += 1;
    }
    breakBefore(0);
    items.add(new Box(x, glyphs, Content.PUNCTUATION));
  }

  private void addSpace() {
    if (!items.isEmpty() && items.get(items.size() - 1) instanceof Box) {
      double space = face.advance(' ');
      items.add(new Glue(space, space / 2, space / 3));
    }
  }

  /**
   * A closing mark: half-em box, then half an em of white that may shrink away. A break right
   * after it squeezes the white away (at a small cost); a later break keeps the mark full width.
   */
  private void addClosing(int cp) {
    FontFace f = faceFor(cp);
    double adv = f.advance(cp);
    pendingClosingWhite = false; // consecutive marks: the earlier mark's white is dropped
    dropTrailingMarkWhite();
    items.add(new Box(adv / 2, List.of(new Glyph(str(cp), f, 0, adv)), Content.PUNCTUATION));
    pendingClosingWhite = true;
  }

  /** An opening mark: half an em of white that may shrink away, then a half-em box. */
  private void addOpening(int cp) {
    FontFace f = faceFor(cp);
    double adv = f.advance(cp);
    Item last = items.isEmpty() ? null : items.get(items.size() - 1);
    if (pendingClosingWhite) {
      // closing then opening (，“): one half em of white between them, breakable after it
      flushClosingWhite();
      items.add(Penalty.allow(0));
    } else if (last instanceof Box b && b.content() == Content.PUNCTUATION && isOpeningBox(b)) {
      // opening after opening (（“): no white between, no break
    } else if (last != null) {
      breakBefore(0);
      items.add(Box.anchor());
      items.add(Penalty.forbid());
      items.add(new Glue(adv / 2, 0, adv / 2));
    } else {
      items.add(new Glue(adv / 2, 0, adv / 2));
    }
    if (last == null) {
      items.add(0, Box.anchor());
    }
    items.add(new Box(adv / 2, List.of(new Glyph(str(cp), f, -adv / 2, adv)),
        Content.PUNCTUATION));
  }

  private static boolean isOpeningBox(Box b) {
    return !b.glyphs().isEmpty() && b.glyphs().get(0).x() < 0;
  }

  /** The middle dot: a quarter em each side, no break on either side. */
  private void addMiddleDot(int cp) {
    FontFace f = faceFor(cp);
    double adv = f.advance(cp);
    flushClosingWhite();
    double w = Math.max(adv, 0.5);
    items.add(new Box(w, List.of(new Glyph(str(cp), f, (w - adv) / 2, adv)),
        Content.PUNCTUATION));
  }

  /** A half-width mark (ASCII comma, %) sticks to its neighbour: no break before it. */
  private void addHalfWidthMark(int cp) {
    FontFace f = faceFor(cp);
    double adv = f.advance(cp);
    flushClosingWhite();
    items.add(new Box(adv, List.of(new Glyph(str(cp), f, 0, adv)), Content.PUNCTUATION));
  }

  /**
   * Puts the white and break opportunity owed before a new box: a closing mark's half em, or the
   * stretchable white between characters ({@code extra} ems of natural white, e.g. the
   * quarter em before Latin; -1 when the text already has a space).
   */
  private void breakBefore(double extra) {
    if (items.isEmpty()) {
      return;
    }
    if (pendingClosingWhite) {
      flushClosingWhite();
      items.add(Penalty.allow(0));
      return;
    }
    Item last = items.get(items.size() - 1);
    if (!(last instanceof Box b) || b.content() == Content.ANCHOR) {
      return;
    }
    if (isOpeningBox(b)) {
      return; // no break after an opening mark
    }
    if (extra < 0) {
      return;
    }
    boolean latinSide = extra > 0 || b.content() == Content.WORD;
    double white = latinSide ? settings.latinSpacing() : 0;
    items.add(new Glue(white, settings.hanStretch() + white / 2, latinSide ? white / 3 : 0));
  }

  /** The closing mark's half em of white, with the squeezing break before it. */
  private void flushClosingWhite() {
    if (!pendingClosingWhite) {
      return;
    }
    pendingClosingWhite = false;
    Item last = items.get(items.size() - 1);
    double half = last instanceof Box b ? b.width() : 0.5;
    items.add(Penalty.allow(settings.lineEndSqueezePenalty()));
    items.add(new Glue(half, 0, half));
  }

  /** Before a second closing mark, the first one's white is not owed (。” → 。”). */
  private void dropTrailingMarkWhite() {
    pendingClosingWhite = false;
  }

  /**
   * No 孤字: when the paragraph ends in one Han character with nothing but punctuation after it,
   * the breaks that would leave it alone on the last line are forbidden.
   */
  private void forbidLoneLastCharacter() {
    int content = 0;
    int hanIndex = -1;
    for (int k = items.size() - 1; k >= 0; k--) {
      if (items.get(k) instanceof Box b
          && (b.content() == Content.HAN || b.content() == Content.WORD)) {
        content++;
        if (content == 1 && b.content() == Content.HAN) {
          hanIndex = k;
        }
        if (content == 2) {
          if (hanIndex < 0) {
            return;
          }
          for (int j = hanIndex - 1; j > k; j--) {
            Item it = items.get(j);
            if (it instanceof Penalty) {
              items.set(j, Penalty.forbid());
            } else if (it instanceof Glue && items.get(j - 1) instanceof Box) {
              items.add(j, Penalty.forbid());
            }
          }
          return;
        }
      }
    }
  }

  private FontFace faceFor(int cp) {
    if (face.covers(cp)) {
      return face;
    }
    for (FontFace f : fallbacks) {
      if (f.covers(cp)) {
        return f;
      }
    }
    throw new MissingGlyphException(cp, face);
  }

  private static String str(int cp) {
    return new String(Character.toChars(cp));
  }
}
