package org.broadsheet.text;

import java.util.List;

/**
 * The Knuth–Plass items a paragraph becomes: boxes (ink that does not change width), glue (white
 * that may stretch or shrink) and penalties (possible breaks with a cost). Plain data: the breaker
 * only reads widths, stretch, shrink and penalties. Widths are in ems of the paragraph's size.
 */
public sealed interface Item permits Item.Box, Item.Glue, Item.Penalty {
  /** Cost that forbids a break (Knuth–Plass's ∞). */
  double INFINITE_PENALTY = 10_000;

  double width();

  /** What a box holds, for rules that look at content (no 孤字) rather than widths. */
  enum Content {
    /** One Han character. */
    HAN,
    /** A number, a Latin word, or any other character that is not punctuation. */
    WORD,
    /** A punctuation mark (its ink part). */
    PUNCTUATION,
    /** An empty box that keeps white at a line start. */
    ANCHOR
  }

  /**
   * A box of width {@code width} ems holding glyphs drawn at their offsets (ems) from the box's
   * left edge: an opening bracket squeezed to half an em draws its glyph half an em to the left.
   */
  record Box(double width, List<Glyph> glyphs, Content content) implements Item {
    public Box {
      glyphs = List.copyOf(glyphs);
    }

    public static Box anchor() {
      return new Box(0, List.of(), Content.ANCHOR);
    }
  }

  /**
   * White: natural width, how much it may grow and shrink, in ems. A glue that stands for a space
   * of the text (between Latin words) carries the space's glyph, so the text layer keeps the space
   * mid-line; like the glue, it vanishes at a break.
   */
  record Glue(double width, double stretch, double shrink, Glyph space) implements Item {
    public Glue(double width, double stretch, double shrink) {
      this(width, stretch, shrink, null);
    }
  }

  /** A possible break of the given cost; {@code flagged} pairs are penalised when consecutive. */
  record Penalty(double width, double penalty, boolean flagged) implements Item {
    public static Penalty forbid() {
      return new Penalty(0, INFINITE_PENALTY, false);
    }

    public static Penalty allow(double cost) {
      return new Penalty(0, cost, false);
    }

    public boolean forbids() {
      return penalty >= INFINITE_PENALTY;
    }

    public boolean forces() {
      return penalty <= -INFINITE_PENALTY;
    }
  }
}
