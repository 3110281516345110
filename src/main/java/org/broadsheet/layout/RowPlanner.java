package org.broadsheet.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Plans a page's modules, in story order, into rows: a row is one module across the full width or
 * two modules side by side at half width (a two-stage guillotine cut of the page). Heights are in
 * whole body lines, so every baseline stays on the page's grid.
 *
 * <p>Dynamic programming over (modules placed, lines used, whether the last row was one
 * full-width module): among plans that fit it minimises the white a plan leaves — inside a row,
 * under the shorter of two modules (half width), and at the page's foot (full width) — plus a cost
 * for every full-width row stacked under another (a layer cake; layout-algorithms.md §1). A module
 * that must span the width (the lead) is never paired and costs no layer cake. Ties go to the
 * plan found first; the result depends only on the heights.
 */
final class RowPlanner {
  /**
   * What the planner knows of a module.
   *
   * @param full its height across the full width, in lines
   * @param half its height at half width, in lines
   * @param fullWidthOnly whether it may not be paired
   */
  record Heights(int full, int half, boolean fullWidthOnly) {}

  /** A row: {@code count} modules from {@code first}; one is full width, two are halves. */
  record Row(int first, int count, int height) {}

  private static final double UNSET = Double.POSITIVE_INFINITY;

  private RowPlanner() {}

  /**
   * Plans the rows, or empty when even the tightest plan needs more than {@code room} lines.
   *
   * @param gap lines of white between two rows
   * @param layerCake the cost of a full-width row under another
   * @param hole the cost of a line of white under the shorter of two paired modules
   */
  static Optional<List<Row>> plan(List<Heights> modules, int room, int gap, double layerCake,
      double hole) {
    int n = modules.size();
    if (n == 0 || room <= 0) {
      return Optional.empty();
    }
    // state: modules placed, lines used, whether the last row was a lone full-width module
    double[][][] cost = new double[n + 1][room + 1][2];
    int[][][] step = new int[n + 1][room + 1][2];
    for (double[][] c : cost) {
      for (double[] d : c) {
        Arrays.fill(d, UNSET);
      }
    }
    cost[0][0][0] = 0;
    for (int i = 0; i < n; i++) {
      for (int used = 0; used <= room; used++) {
        for (int lastFull = 0; lastFull < 2; lastFull++) {
          double c = cost[i][used][lastFull];
          if (c == UNSET) {
            continue;
          }
          int white = i == 0 ? 0 : gap;
          Heights a = modules.get(i);
          double cake = lastFull == 1 && !a.fullWidthOnly() ? layerCake : 0;
          relax(cost, step, i + 1, used + white + a.full(), 1, c + cake, 1 | lastFull << 2, room);
          if (i + 1 < n && !a.fullWidthOnly() && !modules.get(i + 1).fullWidthOnly()) {
            Heights b = modules.get(i + 1);
            int h = Math.max(a.half(), b.half());
            // white under the shorter module: a hole inside the page, worse than white at its
            // foot (which widens the gaps between rows), so weighted by the layout's hole cost
            double inside = Math.abs(a.half() - b.half()) * hole;
            relax(cost, step, i + 2, used + white + h, 0, c + inside, 2 | lastFull << 2, room);
          }
        }
      }
    }
    int best = -1;
    int bestFull = 0;
    double bestCost = UNSET;
    for (int used = 0; used <= room; used++) {
      for (int lastFull = 0; lastFull < 2; lastFull++) {
        double c = cost[n][used][lastFull] == UNSET ? UNSET
            : cost[n][used][lastFull] + (room - used);
        if (c < bestCost - 1e-9) {
          bestCost = c;
          best = used;
          bestFull = lastFull;
        }
      }
    }
    if (best < 0) {
      return Optional.empty();
    }
    List<Row> rows = new ArrayList<>();
    int i = n;
    int used = best;
    int lastFull = bestFull;
    while (i > 0) {
      int code = step[i][used][lastFull];
      int count = code & 3;
      int first = i - count;
      Heights a = modules.get(first);
      int h = count == 1 ? a.full() : Math.max(a.half(), modules.get(first + 1).half());
      rows.add(0, new Row(first, count, h));
      used -= h + (first == 0 ? 0 : gap);
      lastFull = code >> 2;
      i = first;
    }
    return Optional.of(rows);
  }

  /** Records a cheaper way to reach a state; the step remembers the row and the state before. */
  private static void relax(double[][][] cost, int[][][] step, int i, int used, int full,
      double c, int code, int room) {
    if (used <= room && c < cost[i][used][full] - 1e-9) {
      cost[i][used][full] = c;
      step[i][used][full] = code;
    }
  }
}
