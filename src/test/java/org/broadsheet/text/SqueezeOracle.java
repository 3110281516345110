package org.broadsheet.text;

import java.util.Arrays;
import java.util.List;
import org.broadsheet.text.Item.Box;
import org.broadsheet.text.Item.Glue;
import org.broadsheet.text.Item.Penalty;

/**
 * An independent, exhaustive check of 先挤进后推出 and fewest squeezed lines: a plain dynamic
 * program over all legal breaks of an item list (no active list, no fitness classes) finding the
 * least number of pushed lines (justified lines stretched), then of squeezed lines (shrunk: their
 * punctuation, a line-end mark included, compressed), among breakings whose every line is within
 * the tolerance.
 */
final class SqueezeOracle {
  private static final double EPS = 1e-9;

  /** Pushed and squeezed lines of a breaking. */
  record Counts(int pushed, int squeezed) {}

  private final List<Item> items;
  private final double measure;
  private final double tolerance;

  SqueezeOracle(List<Item> items, double measure, double tolerance) {
    this.items = items;
    this.measure = measure;
    this.tolerance = tolerance;
  }

  /** The counts of the given breaking, or null when a line is infeasible. */
  Counts of(int[] breaks) {
    int pushed = 0;
    int squeezed = 0;
    int from = -1;
    for (int b : breaks) {
      int kind = line(from, b);
      if (kind < 0) {
        return null;
      }
      pushed += kind == 1 ? 1 : 0;
      squeezed += kind == 2 ? 1 : 0;
      from = b;
    }
    return new Counts(pushed, squeezed);
  }

  /** The least counts over all feasible breakings, or null when there is none. */
  Counts best() {
    int n = items.size();
    Counts[] best = new Counts[n];
    from = new int[n];
    for (int b = 0; b < n; b++) {
      if (!legal(b)) {
        continue;
      }
      for (int a = -1; a < b; a++) {
        Counts before = a < 0 ? new Counts(0, 0) : best[a];
        if (a >= 0 && (!legal(a) || before == null)) {
          continue;
        }
        int kind = line(a, b);
        if (kind < 0) {
          continue;
        }
        Counts c = new Counts(before.pushed() + (kind == 1 ? 1 : 0),
            before.squeezed() + (kind == 2 ? 1 : 0));
        if (best[b] == null || c.pushed() < best[b].pushed()
            || c.pushed() == best[b].pushed() && c.squeezed() < best[b].squeezed()) {
          best[b] = c;
          from[b] = a;
        }
      }
    }
    return best[n - 1];
  }

  /** The breaks of the best breaking found by {@link #best()}, for messages. */
  List<Integer> bestBreaks() {
    java.util.LinkedList<Integer> breaks = new java.util.LinkedList<>();
    for (int b = items.size() - 1; b >= 0; b = from[b]) {
      breaks.addFirst(b);
    }
    return breaks;
  }

  private int[] from;

  private boolean legal(int i) {
    Item it = items.get(i);
    if (it instanceof Penalty p) {
      return p.penalty() < Item.INFINITE_PENALTY;
    }
    return it instanceof Glue && i > 0 && items.get(i - 1) instanceof Box;
  }

  /** -1 infeasible, 0 natural, 1 pushed, 2 squeezed: the line after break a up to break b. */
  private int line(int a, int b) {
    int start = a + 1;
    if (a >= 0) {
      while (start < b && !(items.get(start) instanceof Box)) {
        start++; // glue and penalties after a break are discarded
      }
    }
    double width = 0;
    double stretch = 0;
    double shrink = 0;
    for (int i = start; i < b; i++) {
      Item it = items.get(i);
      if (it instanceof Box box) {
        width += box.width();
      } else if (it instanceof Glue g) {
        width += g.width();
        stretch += g.stretch();
        shrink += g.shrink();
      }
    }
    Penalty p = items.get(b) instanceof Penalty pen ? pen : null;
    if (p != null) {
      width += p.width();
    }
    double ratio;
    if (Math.abs(width - measure) < EPS) {
      ratio = 0;
    } else if (width < measure) {
      ratio = stretch > 0 ? (measure - width) / stretch : Double.POSITIVE_INFINITY;
    } else {
      ratio = shrink > 0 ? (measure - width) / shrink : Double.NEGATIVE_INFINITY;
    }
    if (ratio < -1 - EPS || ratio > tolerance + EPS) {
      return -1;
    }
    boolean squeezed = ratio < -EPS;
    if (squeezed) {
      return 2;
    }
    return ratio > EPS && stretch < ClreqItems.FILL_STRETCH ? 1 : 0;
  }

  @Override
  public String toString() {
    return "SqueezeOracle" + Arrays.toString(new double[] {measure, tolerance});
  }
}
