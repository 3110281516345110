package org.broadsheet.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.text.Item.Box;
import org.broadsheet.text.Item.Content;
import org.broadsheet.text.Item.Glue;
import org.broadsheet.text.Item.Penalty;
import org.junit.jupiter.api.Test;

/** The Knuth–Plass breaker on hand-built item lists: no fonts, widths in ems. */
class LineBreakerTest {
  private static final BreakSettings S = BreakSettings.DEFAULT;

  private static Box han() {
    return new Box(1, List.of(), Content.HAN);
  }

  /** n Han boxes with breakable, stretchable white between them. */
  private static void hans(List<Item> items, int n) {
    for (int i = 0; i < n; i++) {
      if (!items.isEmpty() && items.get(items.size() - 1) instanceof Box) {
        items.add(Penalty.allow(0));
        items.add(new Glue(0, S.hanStretch(), 0));
      }
      items.add(han());
    }
  }

  private static void end(List<Item> items) {
    items.add(Penalty.forbid());
    items.add(new Glue(0, ClreqItems.FILL_STRETCH, 0));
    items.add(new Penalty(0, -Item.INFINITE_PENALTY, false));
  }

  @Test
  void hanTextFillsTheGridExactly() {
    List<Item> items = new ArrayList<>();
    hans(items, 30);
    end(items);
    LineBreaker.Result r = LineBreaker.breakLines(items, LineBreaker.Widths.of(13), S);
    assertThat(r.breaks()).hasSize(3);
    assertThat(r.ratios()[0]).isZero();
    assertThat(r.ratios()[1]).isZero();
    assertThat(r.overfull()).isFalse();
  }

  @Test
  void aForbiddenBreakIsNeverTaken() {
    List<Item> items = new ArrayList<>();
    hans(items, 26);
    // forbid the break after the 13th box (the natural one)
    int natural = items.indexOf(items.stream().filter(i -> i instanceof Penalty).skip(12)
        .findFirst().orElseThrow());
    items.set(natural, Penalty.forbid());
    end(items);
    LineBreaker.Result r = LineBreaker.breakLines(items, LineBreaker.Widths.of(13), S);
    assertThat(r.breaks()).doesNotContain(natural);
  }

  /**
   * 11 Han, ，, Han, 。 is 14 ems with the comma's and the period's white (one em) squeezable: 先挤进
   * sets it in one line, both marks at their ink halves (ratio −1), rather than push two
   * characters out.
   */
  @Test
  void squeezesBeforePushing() {
    List<Item> items = squeezeOrPush();
    LineBreaker.Result r = LineBreaker.breakLines(items, LineBreaker.Widths.of(13), S);
    assertThat(r.ratios()[0]).isEqualTo(-1.0);
    assertThat(r.breaks()[0]).as("the break after 。").isEqualTo(periodBreak);
  }

  private int periodBreak;

  private List<Item> squeezeOrPush() {
    List<Item> items = new ArrayList<>();
    hans(items, 11);
    closing(items); // ，
    han(items);
    closing(items); // 。
    periodBreak = items.size() - 2;
    hans(items, 6);
    end(items);
    return items;
  }

  /** A closing mark: its ink half, its own white (squeezable, kept at a line end), a break. */
  private static void closing(List<Item> items) {
    items.add(new Box(0.5, List.of(), Content.PUNCTUATION));
    items.add(Penalty.forbid());
    items.add(new Glue(0.5, 0, 0.5));
    items.add(Penalty.allow(0));
    items.add(new Glue(0, S.hanStretch(), 0));
  }

  private static void han(List<Item> items) {
    items.add(han());
  }

  @Test
  void aBoxWiderThanTheMeasureIsOverfullOnlyOnItsLine() {
    List<Item> items = new ArrayList<>();
    hans(items, 4);
    items.add(Penalty.allow(0));
    items.add(new Glue(0.25, S.hanStretch(), 0));
    items.add(new Box(15, List.of(), Content.WORD));
    items.add(Penalty.allow(0));
    items.add(new Glue(0.25, S.hanStretch(), 0));
    hans(items, 4);
    end(items);
    LineBreaker.Result r = LineBreaker.breakLines(items, LineBreaker.Widths.of(13), S);
    assertThat(r.overfull()).isTrue();
    assertThat(r.overfullLines()).containsExactly(false, true, false);
  }

  @Test
  void aLooseLineIsPreferredToAnOverfullOne() {
    List<Item> items = new ArrayList<>();
    items.add(new Box(5, List.of(), Content.WORD));
    items.add(Penalty.allow(0));
    items.add(new Glue(0, 0, 0));
    items.add(new Box(5, List.of(), Content.WORD));
    end(items);
    LineBreaker.Result r = LineBreaker.breakLines(items, LineBreaker.Widths.of(6), S);
    assertThat(r.breaks()).hasSize(2);
    assertThat(r.overfull()).isFalse();
  }

  @Test
  void lineWidthsRepeatTheLast() {
    List<Item> items = new ArrayList<>();
    hans(items, 20);
    end(items);
    LineBreaker.Result r = LineBreaker.breakLines(items, LineBreaker.Widths.of(4, 8), S);
    assertThat(r.breaks()).hasSize(3); // 4 + 8 + 8
    assertThat(r.ratios()[0]).isZero();
    assertThat(r.ratios()[1]).isZero();
  }

  @Test
  void itemsMustEndWithAForcedBreak() {
    List<Item> items = new ArrayList<>();
    hans(items, 3);
    assertThatThrownBy(() -> LineBreaker.breakLines(items, LineBreaker.Widths.of(13), S))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
