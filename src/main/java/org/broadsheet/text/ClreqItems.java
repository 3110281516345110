package org.broadsheet.text;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.text.Item.Box;
import org.broadsheet.text.Item.Content;
import org.broadsheet.text.Item.Glue;
import org.broadsheet.text.Item.Penalty;

/**
 * Turns a paragraph into Knuth–Plass items under clreq's rules. First the text is cut into
 * {@link ClreqUnits units} (a Han character, a number or Latin word, a punctuation mark, a ——/……
 * run); then the white and the break opportunity between each pair of neighbours are decided:
 *
 * <ul>
 *   <li>between Han characters nothing but stretchable white (§3.8 inter-character
 *       justification), breakable;
 *   <li>a full-width closing mark is a half-em box plus half an em of white that may shrink to
 *       nothing (§3.1.6 先挤进); at a line end the white stays with the mark, so a line's end mark
 *       is full width unless the line is squeezed, and then no narrower than its ink half;
 *   <li>an opening mark mirrors it, but at a line start its white is fixed, so its em box starts
 *       on the column's edge (no hanging, §3.1.6.3);
 *   <li>consecutive marks keep one half em of white between them at most (§3.1.6.2: 。” ），);
 *   <li>no break before a closing mark or after an opening one (§3.1.7 禁则); numbers, Latin words,
 *       —— and …… are single boxes (never split);
 *   <li>a quarter em of white between Han and Latin or digits (§3.2.2), breakable, squeezable to
 *       an eighth;
 *   <li>no 孤字: the paragraph's last Han character keeps the content unit before it on its line.
 * </ul>
 */
public final class ClreqItems {
  /** Paragraph indent in ems (two characters). */
  public static final double INDENT_EMS = 2;
  /** The stretch of the last line's fill glue (flush left). */
  public static final double FILL_STRETCH = 100_000;

  private final BreakSettings settings;
  private final FontFace face;
  private final List<Item> items = new ArrayList<>();

  private ClreqItems(BreakSettings settings, FontFace face) {
    this.settings = settings;
    this.face = face;
  }

  /**
   * The items of one paragraph.
   *
   * @param text the paragraph, without spaces between Han and Latin (added here)
   * @param indent whether the first line is indented two characters
   * @param justifyLast whether the last line is justified too (a headline line), else flush left
   * @throws MissingGlyphException when neither the face nor a fallback has a character
   */
  public static List<Item> of(String text, FontFace face, List<FontFace> fallbacks,
      BreakSettings settings, boolean indent, boolean justifyLast) {
    List<ClreqUnits.Unit> units = ClreqUnits.of(text, face, fallbacks);
    ClreqItems b = new ClreqItems(settings, face);
    boolean[] keepWithNext = ClreqUnits.orphanGuard(units);
    b.items.add(new Box(indent ? INDENT_EMS : 0, List.of(), Content.ANCHOR));
    for (int k = 0; k < units.size(); k++) {
      ClreqUnits.Unit u = units.get(k);
      if (k == 0) {
        if (u.lead() > 0) {
          b.items.add(Penalty.forbid());
          b.items.add(new Glue(u.lead(), 0, 0));
        }
      } else {
        b.join(units.get(k - 1), u, keepWithNext[k - 1]);
      }
      b.items.addAll(u.items());
    }
    ClreqUnits.Unit end = units.isEmpty() ? null : units.get(units.size() - 1);
    if (end != null && end.trail() > 0) {
      // the paragraph's last mark keeps its em unless the last line must squeeze it
      b.items.add(Penalty.forbid());
      b.items.add(new Glue(end.trail(), 0, end.trail()));
    }
    if (!justifyLast) {
      b.items.add(Penalty.forbid());
      b.items.add(new Glue(0, FILL_STRETCH, 0));
    }
    b.items.add(new Penalty(0, -Item.INFINITE_PENALTY, false));
    return b.items;
  }

  /** The white and break opportunity between neighbours {@code a} and {@code b}. */
  private void join(ClreqUnits.Unit a, ClreqUnits.Unit b, boolean keep) {
    double white = white(a, b);
    double shrink = shrinkable(a, b, white);
    double stretch = stretches(a, b) ? settings.hanStretch() : 0;
    if (b.spaceBefore()) {
      double space = b.spaceWidth();
      if (space > white) {
        shrink += (space - white) / 3;
        white = space;
      }
      stretch = Math.max(stretch, space / 2);
    }
    // Latin text breaks only at spaces: a half-width mark sticks to a word it touches (a,b 1(2)
    boolean latinJoin = !b.spaceBefore() && (a.kind() == ClreqUnits.Kind.HALF
        && b.kind() == ClreqUnits.Kind.WORD || a.kind() == ClreqUnits.Kind.WORD
        && b.kind() == ClreqUnits.Kind.HALF);
    boolean breakable = !keep && !latinJoin && !a.noBreakAfter() && !b.noBreakBefore();
    Glyph space = b.spaceBefore() && face.covers(' ')
        ? new Glyph(" ", face, 0, face.advance(' ')) : null;
    if (!breakable) {
      if (white > 0 || stretch > 0 || shrink > 0) {
        items.add(Penalty.forbid());
        items.add(new Glue(white, stretch, shrink, space));
      }
      return;
    }
    // the white a closing mark owns stays with it at a line end, squeezable (先挤进: a squeezed
    // line may set the end mark anywhere from full width down to its ink half); the rest, with
    // the justification stretch, is dropped at the break
    double own = Math.min(white, a.trail());
    if (own > 0) {
      items.add(Penalty.forbid());
      items.add(new Glue(own, 0, Math.min(own, shrink)));
    }
    double rest = white - own;
    double restShrink = Math.max(0, shrink - own);
    items.add(Penalty.allow(0));
    if (b.lead() > 0) {
      // mid-line the white is (rest − lead) + lead; after a break only the fixed lead remains
      items.add(new Glue(rest - b.lead(), stretch, restShrink, space));
      items.add(Box.anchor());
      items.add(Penalty.forbid());
      items.add(new Glue(b.lead(), 0, 0));
    } else {
      items.add(new Glue(rest, stretch, restShrink, space));
    }
  }

  /**
   * The natural white between two units: a closing mark's trailing half em, an opening mark's
   * leading half em, one half em between a closing and an opening mark, none between two closing
   * or two opening marks (§3.1.6.2), a quarter em between Han and Latin (§3.2.2).
   */
  private double white(ClreqUnits.Unit a, ClreqUnits.Unit b) {
    if (a.trail() > 0 && b.lead() > 0) {
      return Math.max(a.trail(), b.lead());
    }
    if (a.trail() > 0) {
      return b.kind() == ClreqUnits.Kind.CLOSE ? 0 : a.trail();
    }
    if (b.lead() > 0) {
      return a.kind() == ClreqUnits.Kind.OPEN ? 0 : b.lead();
    }
    if (a.hanLike() && b.kind() == ClreqUnits.Kind.WORD
        || a.kind() == ClreqUnits.Kind.WORD && b.hanLike()) {
      return settings.latinSpacing();
    }
    return 0;
  }

  /**
   * Punctuation white may be squeezed away entirely; the Han–Latin quarter em down to an eighth
   * (as JLREQ §3.8 allows in line compression), so that a word that almost fits need not leave
   * its line loose.
   */
  private static double shrinkable(ClreqUnits.Unit a, ClreqUnits.Unit b, double white) {
    if (a.trail() > 0 || b.lead() > 0) {
      return white;
    }
    return white / 2;
  }

  /**
   * Justification white goes between characters, not inside a bracket's or a mark's embrace: never
   * after an opening mark or before a closing one.
   */
  private static boolean stretches(ClreqUnits.Unit a, ClreqUnits.Unit b) {
    return !a.noBreakAfter() && !b.noBreakBefore();
  }
}
