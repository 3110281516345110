package org.broadsheet.text;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.text.Item.Box;
import org.broadsheet.text.Item.Glue;
import org.broadsheet.text.Item.Penalty;

/**
 * Sets a paragraph into lines: {@link ClreqItems} → {@link LineBreaker} → positioned glyphs. The
 * public entry of the text stage for horizontal text.
 */
public final class ParagraphSetter {
  private ParagraphSetter() {}

  /** How to set: face, fallbacks, size in points, measure in ems, indent, last line. */
  public record Style(FontFace face, List<FontFace> fallbacks, double sizePt, BreakSettings breaking,
      boolean indent, boolean justifyLast) {
    public Style {
      fallbacks = List.copyOf(fallbacks);
      if (sizePt <= 0) {
        throw new IllegalArgumentException("size must be positive");
      }
    }
  }

  /**
   * Sets {@code text} into lines of {@code measureEms} ems (a multiple of the size for a grid).
   *
   * @throws MissingGlyphException when no font has one of the characters
   */
  public static List<SetLine> set(String text, double measureEms, Style style) {
    List<Item> items = ClreqItems.of(text, style.face(), style.fallbacks(), style.breaking(),
        style.indent(), style.justifyLast());
    LineBreaker.Result r = LineBreaker.breakLines(items, LineBreaker.Widths.of(measureEms),
        style.breaking());
    return position(items, r, measureEms, style.sizePt(), style.justifyLast());
  }

  private static List<SetLine> position(List<Item> items, LineBreaker.Result r, double measure,
      double size, boolean justifyLast) {
    List<SetLine> lines = new ArrayList<>();
    int start = 0;
    for (int li = 0; li < r.breaks().length; li++) {
      int end = r.breaks()[li];
      boolean last = li == r.breaks().length - 1;
      // the last line of a paragraph is flush left: its fill glue takes the slack
      double ratio = last && !justifyLast ? Math.min(r.ratios()[li], 0) : r.ratios()[li];
      List<Glyph> glyphs = new ArrayList<>();
      double x = 0;
      int i = start;
      while (i < end && !(items.get(i) instanceof Box)) {
        i++; // glue and penalties after a break are discarded
      }
      double boxEnd = 0;
      for (; i < end; i++) {
        Item it = items.get(i);
        if (it instanceof Box b) {
          for (Glyph g : b.glyphs()) {
            glyphs.add(g.moved(x * size, size));
          }
          x += b.width();
          boxEnd = x;
        } else if (it instanceof Glue g) {
          if (g.space() != null) {
            glyphs.add(g.space().moved(x * size, size)); // a Latin word space, kept mid-line
          }
          x += g.width() + (ratio >= 0 ? ratio * g.stretch() : ratio * g.shrink());
        }
      }
      if (items.get(end) instanceof Penalty p) {
        x += p.width();
      }
      // a justified line ends where its end mark's kept white ends (the measure); the last line
      // where its last box ends (for centring, without a closing mark's white)
      double lineEnd = last && !justifyLast ? boxEnd : x;
      lines.add(new SetLine(glyphs, measure * size, lineEnd * size, ratio, last,
          r.overfullLines()[li]));
      start = end + 1;
    }
    return lines;
  }
}
