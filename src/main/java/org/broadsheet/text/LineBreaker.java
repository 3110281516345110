package org.broadsheet.text;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.text.Item.Box;
import org.broadsheet.text.Item.Glue;
import org.broadsheet.text.Item.Penalty;

/**
 * The Knuth–Plass optimum-fit line breaker (Knuth and Plass, "Breaking paragraphs into lines",
 * 1981) over the whole paragraph: it keeps the active breakpoints and, for every legal breakpoint,
 * the cheapest way to reach it per fitness class. No I/O, no measuring: it reads item widths.
 *
 * <p>Three passes: within {@code tolerance}, then with a tolerance of ten times that, then an
 * emergency pass that also accepts overfull lines (a box wider than the measure), so it always
 * returns a result; {@link Result#overfull()} says when the last was needed.
 */
public final class LineBreaker {
  private static final double EMERGENCY_TOLERANCE = 1_000;
  private static final double LOOSE_DEMERITS = 1e9;
  /** An overfull line (ink beyond the edge) is worse than any loose one. */
  private static final double OVERFULL_DEMERITS = 1e15;
  private static final double EPSILON = 1e-9;

  /**
   * Where the paragraph breaks and how each line is adjusted.
   *
   * @param breaks the item index of each line's break
   * @param ratios each line's adjustment ratio (negative: squeezed)
   * @param overfull whether any line is overfull (a box wider than the measure)
   * @param overfullLines per line, whether it is overfull
   */
  public record Result(int[] breaks, double[] ratios, boolean overfull, boolean[] overfullLines) {
    public Result(int[] breaks, double[] ratios, boolean overfull) {
      this(breaks, ratios, overfull, new boolean[breaks.length]);
    }
  }

  /** Line widths in ems, the last repeating (run-arounds for free). */
  public record Widths(double[] widths) {
    public Widths {
      if (widths.length == 0) {
        throw new IllegalArgumentException("no line width");
      }
      widths = widths.clone();
    }

    public static Widths of(double... widths) {
      return new Widths(widths);
    }

    public double line(int index) {
      return widths[Math.min(index, widths.length - 1)];
    }
  }

  /**
   * A feasible break: the best way found to reach it (per fitness class). Its cost is compared
   * lexicographically: overfull and loose lines (emergency pass only), then pushed lines (后推出),
   * then squeezed lines (先挤进, fewest), then Knuth–Plass demerits.
   */
  private record Node(int position, int line, int fitness, double totalWidth,
      double totalStretch, double totalShrink, double emergency, int pushed, int squeezed,
      double demerits, double ratio, boolean overfull, Node previous) {
    boolean cheaperThan(Node o) {
      if (emergency != o.emergency) {
        return emergency < o.emergency;
      }
      if (pushed != o.pushed) {
        return pushed < o.pushed;
      }
      if (squeezed != o.squeezed) {
        return squeezed < o.squeezed;
      }
      return demerits < o.demerits;
    }
  }

  private final List<Item> items;
  private final Widths widths;
  private final BreakSettings settings;
  private final double[] sumWidth;
  private final double[] sumStretch;
  private final double[] sumShrink;

  private LineBreaker(List<Item> items, Widths widths, BreakSettings settings) {
    this.items = items;
    this.widths = widths;
    this.settings = settings;
    int n = items.size();
    sumWidth = new double[n + 1];
    sumStretch = new double[n + 1];
    sumShrink = new double[n + 1];
    for (int i = 0; i < n; i++) {
      Item it = items.get(i);
      sumWidth[i + 1] = sumWidth[i] + (it instanceof Penalty ? 0 : it.width());
      sumStretch[i + 1] = sumStretch[i] + (it instanceof Glue g ? g.stretch() : 0);
      sumShrink[i + 1] = sumShrink[i] + (it instanceof Glue g ? g.shrink() : 0);
    }
  }

  /** Breaks the items (which must end with a forced break) into lines of the given widths. */
  public static Result breakLines(List<Item> items, Widths widths, BreakSettings settings) {
    if (items.isEmpty() || !(items.get(items.size() - 1) instanceof Penalty p) || !p.forces()) {
      throw new IllegalArgumentException("a paragraph's items end with a forced break");
    }
    LineBreaker b = new LineBreaker(items, widths, settings);
    Result r = b.run(settings.tolerance(), false);
    if (r == null) {
      r = b.run(settings.tolerance() * 10, false);
    }
    if (r == null) {
      r = b.run(EMERGENCY_TOLERANCE, true);
    }
    return r;
  }

  private Result run(double tolerance, boolean emergency) {
    List<Node> active = new ArrayList<>();
    active.add(new Node(-1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, false, null));
    for (int b = 0; b < items.size(); b++) {
      if (!isLegalBreak(b)) {
        continue;
      }
      Penalty penalty = items.get(b) instanceof Penalty p ? p : null;
      boolean forced = penalty != null && penalty.forces();
      Node[] best = new Node[4];
      for (int k = 0; k < active.size(); k++) {
        Node a = active.get(k);
        double lineWidth = widths.line(a.line);
        double natural = sumWidth[b] - a.totalWidth + (penalty == null ? 0 : penalty.width());
        double stretch = sumStretch[b] - a.totalStretch;
        double shrink = sumShrink[b] - a.totalShrink;
        double ratio = ratio(natural, lineWidth, stretch, shrink);
        boolean overfull = ratio < -1 - EPSILON;
        boolean loose = ratio > tolerance + EPSILON;
        // beyond the first pass's tolerance a line is ranked by its looseness before any count
        boolean beyondTolerance = ratio > settings.tolerance() + EPSILON;
        // a later break only makes this line longer (Knuth–Plass: deactivate the node); but a
        // penalty's own width (a full-width line-end mark) does not carry over to later breaks
        double carried = natural - (penalty == null ? 0 : penalty.width());
        boolean overfullLater = ratio(carried, lineWidth, stretch, shrink) < -1 - EPSILON;
        if (forced || overfullLater) {
          active.remove(k--);
        }
        if (!emergency && (overfull || loose)) {
          continue;
        }
        double demerits = demerits(ratio, penalty, a);
        double emergencyCost = 0;
        if (overfull) {
          emergencyCost = OVERFULL_DEMERITS * (1 + natural - lineWidth - shrink);
        } else if (beyondTolerance) {
          emergencyCost = LOOSE_DEMERITS * Math.min(ratio, EMERGENCY_TOLERANCE);
        }
        int fitness = fitness(ratio);
        if (Math.abs(fitness - a.fitness) > 1) {
          demerits += settings.fitnessDemerits();
        }
        boolean squeezed = ratio < -EPSILON;
        boolean pushed = !squeezed && ratio > EPSILON && stretch < ClreqItems.FILL_STRETCH;
        double shown = overfull ? -1 : Double.isInfinite(ratio) ? 0 : ratio;
        Node candidate = new Node(b, a.line + 1, fitness, 0, 0, 0, a.emergency + emergencyCost,
            a.pushed + (pushed ? 1 : 0),
            a.squeezed + (squeezed ? 1 : 0), a.demerits + demerits, shown, overfull, a);
        if (best[fitness] == null || candidate.cheaperThan(best[fitness])) {
          best[fitness] = candidate;
        }
      }
      for (Node n : best) {
        if (n != null) {
          active.add(afterBreak(n));
        }
      }
      if (active.isEmpty()) {
        return null;
      }
    }
    Node end = null;
    for (Node a : active) {
      if (a.position == items.size() - 1 && (end == null || a.cheaperThan(end))) {
        end = a;
      }
    }
    if (end == null) {
      return null;
    }
    List<Node> chain = new ArrayList<>();
    for (Node n = end; n.previous != null; n = n.previous) {
      chain.add(0, n);
    }
    int[] breaks = new int[chain.size()];
    double[] ratios = new double[chain.size()];
    boolean[] overfullLines = new boolean[chain.size()];
    boolean overfull = false;
    for (int i = 0; i < chain.size(); i++) {
      breaks[i] = chain.get(i).position;
      ratios[i] = chain.get(i).ratio;
      overfullLines[i] = chain.get(i).overfull;
      overfull |= chain.get(i).overfull;
    }
    return new Result(breaks, ratios, overfull, overfullLines);
  }

  /** The adjustment ratio r of Knuth and Plass: stretch used / stretch available (< 0: shrink). */
  private static double ratio(double natural, double lineWidth, double stretch, double shrink) {
    if (Math.abs(natural - lineWidth) < EPSILON) {
      return 0;
    }
    if (natural < lineWidth) {
      return stretch > 0 ? (lineWidth - natural) / stretch : Double.POSITIVE_INFINITY;
    }
    return shrink > 0 ? (lineWidth - natural) / shrink : Double.NEGATIVE_INFINITY;
  }

  /**
   * Knuth–Plass demerits (l + b)² ± p², plus flagged demerits and {@code squeezeDemerits} for a
   * squeezed line. They only choose among solutions with as few pushed and squeezed lines: the
   * counts come first (see {@link Node#cheaperThan}).
   */
  private double demerits(double ratio, Penalty penalty, Node a) {
    // uncapped, so that among loose lines (second pass) the less loose one still wins
    double r = Double.isInfinite(ratio) ? 1_000 : Math.min(Math.abs(ratio), 1_000);
    double badness = 100 * r * r * r;
    double d = Math.pow(settings.linePenalty() + badness, 2);
    if (penalty != null) {
      if (penalty.penalty() >= 0) {
        d += penalty.penalty() * penalty.penalty();
      } else if (!penalty.forces()) {
        d -= penalty.penalty() * penalty.penalty();
      }
      if (penalty.flagged() && a.position >= 0 && items.get(a.position) instanceof Penalty ap
          && ap.flagged()) {
        d += settings.flaggedDemerits();
      }
    }
    if (ratio < -EPSILON) {
      d += settings.squeezeDemerits();
    }
    return d;
  }

  /** Fitness classes: tight, decent, loose, very loose. */
  private static int fitness(double ratio) {
    if (ratio < -0.5) {
      return 0;
    }
    if (ratio <= 0.5) {
      return 1;
    }
    return ratio <= 1 ? 2 : 3;
  }

  /** A glue after a box, or a penalty that is not infinite, is a legal breakpoint. */
  private boolean isLegalBreak(int i) {
    Item it = items.get(i);
    if (it instanceof Penalty p) {
      return !p.forbids();
    }
    return it instanceof Glue && i > 0 && items.get(i - 1) instanceof Box;
  }

  /** The totals where the next line starts: glue and penalties after a break are discarded. */
  private Node afterBreak(Node n) {
    int i = n.position;
    double w = sumWidth[i + 1];
    double st = sumStretch[i + 1];
    double sh = sumShrink[i + 1];
    int j = i + 1;
    while (j < items.size() && !(items.get(j) instanceof Box)) {
      if (items.get(j) instanceof Penalty p && p.forces() && j > i) {
        break;
      }
      Item it = items.get(j);
      if (it instanceof Glue g) {
        w += g.width();
        st += g.stretch();
        sh += g.shrink();
      }
      j++;
    }
    return new Node(n.position, n.line, n.fitness, w, st, sh, n.emergency, n.pushed, n.squeezed,
        n.demerits, n.ratio, n.overfull, n.previous);
  }
}
