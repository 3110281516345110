package org.broadsheet.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.broadsheet.layout.RowPlanner.Heights;
import org.broadsheet.layout.RowPlanner.Row;
import org.junit.jupiter.api.Test;

class RowPlannerTest {
  private static final double CAKE = 6;
  private static final double HOLE = 0.5;

  @Test
  void twoStoriesShareARowWhenStackingThemWouldNotFit() {
    List<Row> rows = RowPlanner.plan(List.of(new Heights(10, 19, false),
        new Heights(10, 19, false)), 20, 1, CAKE, HOLE).orElseThrow();
    assertThat(rows).containsExactly(new Row(0, 2, 19));
  }

  @Test
  void aLayerCakeCostsMoreThanTheWhiteAPairSaves() {
    // stacking uses 21 lines of 30 (9 white + a layer cake of 6); pairing 18 (12 white)
    List<Row> rows = RowPlanner.plan(List.of(new Heights(10, 18, false),
        new Heights(10, 18, false)), 30, 1, CAKE, HOLE).orElseThrow();
    assertThat(rows).containsExactly(new Row(0, 2, 18));
    // without the layer-cake cost, the fuller plan wins
    assertThat(RowPlanner.plan(List.of(new Heights(10, 18, false), new Heights(10, 18, false)),
        30, 1, 0, HOLE).orElseThrow()).containsExactly(new Row(0, 1, 10), new Row(1, 1, 10));
  }

  @Test
  void modulesStackFullWidthWhenPairingWouldNotFit() {
    List<Row> rows = RowPlanner.plan(List.of(new Heights(10, 30, false),
        new Heights(10, 30, false)), 21, 1, CAKE, HOLE).orElseThrow();
    assertThat(rows).containsExactly(new Row(0, 1, 10), new Row(1, 1, 10));
  }

  @Test
  void theLeadIsNeverPaired() {
    List<Row> rows = RowPlanner.plan(List.of(new Heights(10, 18, true),
        new Heights(10, 18, false), new Heights(10, 18, false)), 60, 1, CAKE, HOLE).orElseThrow();
    assertThat(rows.get(0)).isEqualTo(new Row(0, 1, 10));
    assertThat(rows.get(1)).isEqualTo(new Row(1, 2, 18));
  }

  @Test
  void nothingFitsIsEmpty() {
    assertThat(RowPlanner.plan(List.of(new Heights(40, 70, false)), 30, 1, CAKE, HOLE)).isEmpty();
  }

  /** Every plan keeps story order, places each module once and fits the room. */
  @Property(tries = 300)
  void plansKeepOrderPlaceEveryModuleOnceAndFit(
      @ForAll @Size(min = 1, max = 10) List<@IntRange(min = 1, max = 40) Integer> fulls,
      @ForAll @IntRange(min = 10, max = 200) int room) {
    List<Heights> modules = fulls.stream()
        .map(f -> new Heights(f, f * 2 - f / 3, f % 7 == 0)).toList();
    Optional<List<Row>> plan = RowPlanner.plan(modules, room, 1, CAKE, HOLE);
    int tightest = modules.stream().mapToInt(Heights::full).sum() + modules.size() - 1;
    if (plan.isEmpty()) {
      // the planner gives up only when stacking everything does not fit either
      assertThat(tightest).isGreaterThan(room);
      return;
    }
    int next = 0;
    int used = 0;
    for (Row r : plan.get()) {
      assertThat(r.first()).isEqualTo(next);
      assertThat(r.count()).isBetween(1, 2);
      if (r.count() == 2) {
        assertThat(modules.get(r.first()).fullWidthOnly()).isFalse();
        assertThat(modules.get(r.first() + 1).fullWidthOnly()).isFalse();
      }
      next += r.count();
      used += r.height() + (r.first() == 0 ? 0 : 1);
    }
    assertThat(next).isEqualTo(modules.size());
    assertThat(used).isLessThanOrEqualTo(room);
  }
}
