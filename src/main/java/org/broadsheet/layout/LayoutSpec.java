package org.broadsheet.layout;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.broadsheet.text.BreakSettings;

/**
 * A layout as read from {@code layouts/NAME.yaml}: page, grid, fonts, styles, spacing, rules,
 * line-breaking costs and per-edition colours. All lengths in points.
 */
public record LayoutSpec(String name, int pageCount, PageSpec page, GridSpec grid,
    Map<String, Path> fonts, List<String> fallbacks, Map<String, StyleSpec> styles,
    SpacingSpec spacing, double ruleWidth, double headRuleWidth, BreakSettings breaking,
    EditionColors colors, PrintSpec print, PlanningSpec planning) {

  /** A layout with the default page planning costs. */
  public LayoutSpec(String name, int pageCount, PageSpec page, GridSpec grid,
      Map<String, Path> fonts, List<String> fallbacks, Map<String, StyleSpec> styles,
      SpacingSpec spacing, double ruleWidth, double headRuleWidth, BreakSettings breaking,
      EditionColors colors, PrintSpec print) {
    this(name, pageCount, page, grid, fonts, fallbacks, styles, spacing, ruleWidth, headRuleWidth,
        breaking, colors, print, PlanningSpec.DEFAULT);
  }

  /** A layout with the default print condition ({@link PrintSpec#IFRA26}). */
  public LayoutSpec(String name, int pageCount, PageSpec page, GridSpec grid,
      Map<String, Path> fonts, List<String> fallbacks, Map<String, StyleSpec> styles,
      SpacingSpec spacing, double ruleWidth, double headRuleWidth, BreakSettings breaking,
      EditionColors colors) {
    this(name, pageCount, page, grid, fonts, fallbacks, styles, spacing, ruleWidth, headRuleWidth,
        breaking, colors, PrintSpec.IFRA26);
  }

  public LayoutSpec {
    fonts = Map.copyOf(fonts);
    fallbacks = List.copyOf(fallbacks);
    styles = Map.copyOf(styles);
  }

  /**
   * Costs of page planning, in body lines of white they are worth ({@code planning:}).
   *
   * @param layerCake the cost of a full-width row right under another (a "layer cake")
   * @param maxExtraGap the most white lines a page's slack may add to one gap between rows
   * @param hole the cost of a line of white under the shorter of two modules side by side
   * @param poemColumnLines a poem of at most this many lines keeps one column (its lines stay
   *     together, centred in the module)
   * @param minJumpRows the fewest rows a story starts with at a page's foot before the rest
   *     continues on the next page (转版); with less room it starts on the next page
   */
  public record PlanningSpec(double layerCake, int maxExtraGap, double hole,
      int poemColumnLines, int minJumpRows) {
    public static final PlanningSpec DEFAULT = new PlanningSpec(6, 2, 1, 24, 3);

    public PlanningSpec {
      if (layerCake < 0 || maxExtraGap < 0 || hole < 0 || poemColumnLines < 0
          || minJumpRows < 1) {
        throw new IllegalArgumentException("planning costs must be ≥ 0");
      }
    }
  }

  /** Page geometry: trim size, bleed, room for marks, type area. */
  public record PageSpec(double width, double height, double bleed, double marks, double top,
      double typeHeight) {}

  /** The column grid in body characters. */
  public record GridSpec(int columns, int characters, int gutter, int textSpan) {
    public GridSpec {
      if (columns < 1 || characters < 1 || gutter < 0 || textSpan < 1 || textSpan > columns) {
        throw new IllegalArgumentException("grid out of range");
      }
    }

    /** Width of the type area in body ems. */
    public int widthEms() {
      return columns * characters + (columns - 1) * gutter;
    }

    /** Width of {@code span} basic columns merged, in body ems. */
    public int spanEms(int span) {
      return span * characters + (span - 1) * gutter;
    }
  }

  /** A text style: font role, size in points, baseline pitch in ems of the size. */
  public record StyleSpec(String font, double size, double leading) {
    public double pitch() {
      return size * leading;
    }
  }

  /**
   * White in the page: zones and gaps.
   *
   * @param mastheadHeight page 1's masthead zone, in points
   * @param runningHeadHeight the running head zone of the other pages, in points
   * @param betweenStories body lines between modules
   * @param afterHeadline least body lines of white under a headline
   * @param mastheadNameWidth the share of the type width the paper's name may take
   * @param mastheadLinesWidth the share of the type width the masthead lines may take
   */
  public record SpacingSpec(double mastheadHeight, double runningHeadHeight,
      double betweenStories, double afterHeadline, double mastheadNameWidth,
      double mastheadLinesWidth) {
    public SpacingSpec {
      if (mastheadNameWidth <= 0 || mastheadLinesWidth <= 0
          || mastheadNameWidth + mastheadLinesWidth > 1) {
        throw new IllegalArgumentException("masthead widths are shares of the type width that"
            + " together make at most 1");
      }
    }
  }

  /** Colours per edition: print in CMYK components 0–1, archive in grey 0–1. */
  public record EditionColors(double[] printText, double[] printRule, double archiveText,
      double archiveRule) {}

  /**
   * The print edition's output condition (layout key {@code print}): a registered characterisation
   * named by its identifier (e.g. {@code IFRA26}, newsprint per ISO 12647-3, in the ICC registry
   * {@code http://www.color.org}), or an ICC v2 CMYK output profile file to embed.
   *
   * @param outputCondition the OutputConditionIdentifier
   * @param registryName the registry where the condition is defined
   * @param profile an ICC profile to embed as DestOutputProfile, or null
   */
  public record PrintSpec(String outputCondition, String registryName, Path profile) {
    public static final PrintSpec IFRA26 = new PrintSpec("IFRA26", "http://www.color.org", null);
  }

  public StyleSpec style(String name) {
    StyleSpec s = styles.get(name);
    if (s == null) {
      throw new IllegalArgumentException("layout " + this.name + " has no style " + name);
    }
    return s;
  }

  /** Width of the type area in points. */
  public double typeWidth() {
    return grid.widthEms() * style("body").size();
  }
}
