package org.broadsheet.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.model.BroadsheetException;
import org.broadsheet.model.SourceSpan;
import org.broadsheet.text.BreakSettings;
import org.broadsheet.text.FontLibrary;

/**
 * Reads {@code layouts/NAME.yaml} into a {@link LayoutSpec}; every error names the file, line and
 * column of the value at fault.
 */
public final class LayoutLoader {
  static final List<String> REQUIRED_STYLES = List.of("body", "dateline", "title", "lead-title",
      "kicker", "byline", "caption", "verse", "masthead", "masthead-line", "running-head", "folio");

  private LayoutLoader() {}

  /**
   * Loads a layout by name (from {@code layoutsDir}) or by file path.
   *
   * @param nameOrFile {@code broadsheet}, or a path to a YAML file
   * @param fontsDir where the font files named in the layout are
   */
  public static LayoutSpec load(String nameOrFile, Path layoutsDir, Path fontsDir) {
    Path file = nameOrFile.endsWith(".yaml") || nameOrFile.endsWith(".yml")
        || nameOrFile.contains("/") ? Path.of(nameOrFile) : layoutsDir.resolve(nameOrFile + ".yaml");
    if (!Files.isRegularFile(file)) {
      throw BroadsheetException.error("L302", SourceSpan.file(file.toString()),
          "no such layout file", "layouts are named by file name in " + layoutsDir);
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), fontsDir);
    } catch (IOException e) {
      throw BroadsheetException.error("L302", SourceSpan.file(file.toString()),
          "cannot read the layout: " + e.getMessage());
    }
  }

  static LayoutSpec parse(String yaml, String file, Path fontsDir) {
    YamlTree root = YamlTree.parse(yaml, file).keys("name", "pages", "page", "grid", "fonts",
        "fallbacks", "styles", "spacing", "planning", "rules", "linebreaking", "colors", "print");
    YamlTree page = root.get("page").keys("width", "height", "bleed", "marks", "top",
        "type-height");
    LayoutSpec.PageSpec pageSpec = new LayoutSpec.PageSpec(page.get("width").positiveLength(),
        page.get("height").positiveLength(), page.get("bleed").nonNegativeLength(),
        page.get("marks").nonNegativeLength(), page.get("top").nonNegativeLength(),
        page.get("type-height").positiveLength());
    if (pageSpec.top() + pageSpec.typeHeight() > pageSpec.height()) {
      throw page.get("type-height").error("the type area (top + type-height) is taller than the"
          + " page");
    }
    YamlTree grid = root.get("grid").keys("columns", "characters", "gutter", "text-span");
    LayoutSpec.GridSpec gridSpec;
    try {
      gridSpec = new LayoutSpec.GridSpec(grid.get("columns").integer(),
          grid.get("characters").integer(), grid.get("gutter").integer(),
          grid.get("text-span").integer());
    } catch (IllegalArgumentException e) {
      throw grid.error("grid values out of range: columns ≥ 1, 1 ≤ text-span ≤ columns");
    }
    if (gridSpec.columns() % gridSpec.textSpan() != 0
        || gridSpec.columns() % 2 == 0 && (gridSpec.columns() / 2) % gridSpec.textSpan() != 0) {
      throw grid.get("text-span").error("text-span must divide the columns (and half of them),"
          + " so that text columns tile the grid");
    }
    Map<String, Path> fonts = new LinkedHashMap<>();
    for (Map.Entry<String, YamlTree> e : root.get("fonts").map().entrySet()) {
      Path f = fontsDir.resolve(e.getValue().string());
      if (!Files.isRegularFile(f)) {
        throw e.getValue().error("font file not found: " + f);
      }
      try {
        FontLibrary.face(f); // parsed once per process: a broken file is found here
      } catch (RuntimeException bad) {
        throw e.getValue().error("not a usable TrueType font: " + f + " ("
            + bad.getMessage() + ")");
      }
      fonts.put(e.getKey(), f);
    }
    List<String> fallbacks = new ArrayList<>();
    for (YamlTree t : root.optional("fallbacks").map(YamlTree::list).orElse(List.of())) {
      if (!fonts.containsKey(t.string())) {
        throw t.error("fallback '" + t.string() + "' is not one of the fonts");
      }
      fallbacks.add(t.string());
    }
    Map<String, LayoutSpec.StyleSpec> styles = new LinkedHashMap<>();
    YamlTree stylesNode = root.get("styles");
    for (Map.Entry<String, YamlTree> e : stylesNode.map().entrySet()) {
      YamlTree s = e.getValue().keys("font", "size", "leading");
      String font = s.get("font").string();
      if (!fonts.containsKey(font)) {
        throw s.get("font").error("style '" + e.getKey() + "' names an unknown font '" + font
            + "'");
      }
      styles.put(e.getKey(), new LayoutSpec.StyleSpec(font, s.get("size").size(),
          s.get("leading").positive()));
    }
    for (String required : REQUIRED_STYLES) {
      if (!styles.containsKey(required)) {
        throw stylesNode.error("the layout needs a style '" + required + "'");
      }
    }
    YamlTree sp = root.get("spacing").keys("masthead-height", "running-head-height",
        "between-stories", "after-headline", "masthead-name-width", "masthead-lines-width");
    LayoutSpec.SpacingSpec spacing;
    try {
      spacing = new LayoutSpec.SpacingSpec(sp.get("masthead-height").positiveLength(),
          sp.get("running-head-height").positiveLength(), sp.get("between-stories").number(),
          sp.get("after-headline").number(), sp.get("masthead-name-width").positive(),
          sp.get("masthead-lines-width").positive());
    } catch (IllegalArgumentException e) {
      throw sp.error(e.getMessage());
    }
    YamlTree rules = root.get("rules").keys("width", "head-width");
    YamlTree lb = root.get("linebreaking").keys("tolerance", "line-penalty", "flagged-demerits",
        "fitness-demerits", "squeeze-demerits", "line-end-squeeze-penalty", "han-stretch",
        "latin-spacing");
    BreakSettings breaking;
    try {
      breaking = new BreakSettings(lb.get("tolerance").number(), lb.get("line-penalty").number(),
          lb.get("flagged-demerits").number(), lb.get("fitness-demerits").number(),
          lb.get("squeeze-demerits").number(), lb.get("line-end-squeeze-penalty").number(),
          lb.get("han-stretch").number(), lb.get("latin-spacing").number());
    } catch (IllegalArgumentException e) {
      throw lb.error(e.getMessage());
    }
    YamlTree colors = root.get("colors").keys("print", "archive");
    YamlTree print = colors.get("print").keys("text", "rule");
    YamlTree archive = colors.get("archive").keys("text", "rule");
    LayoutSpec.EditionColors editionColors = new LayoutSpec.EditionColors(
        cmyk(print.get("text")), cmyk(print.get("rule")), grey(archive.get("text")),
        grey(archive.get("rule")));
    int pageCount = root.get("pages").integer();
    if (pageCount < 1) {
      throw root.get("pages").error("pages must be ≥ 1");
    }
    LayoutSpec spec = new LayoutSpec(root.get("name").string(), pageCount, pageSpec, gridSpec,
        fonts, fallbacks, styles, spacing, rules.get("width").positiveLength(),
        rules.get("head-width").positiveLength(), breaking, editionColors, print(root, file),
        planning(root));
    if (spec.typeWidth() > pageSpec.width()) {
      throw grid.get("characters").error("the grid (" + gridSpec.widthEms() + " body characters,"
          + " " + Math.round(spec.typeWidth()) + " pt) is wider than the page ("
          + Math.round(pageSpec.width()) + " pt)");
    }
    return spec;
  }

  /** {@code planning: {layer-cake, max-extra-gap, hole, poem-column-lines}}, optional. */
  private static LayoutSpec.PlanningSpec planning(YamlTree root) {
    return root.optional("planning").map(p -> {
      p.keys("layer-cake", "max-extra-gap", "hole", "poem-column-lines", "min-jump-rows");
      try {
        return new LayoutSpec.PlanningSpec(p.get("layer-cake").number(),
            p.get("max-extra-gap").integer(), p.get("hole").number(),
            p.get("poem-column-lines").integer(), p.get("min-jump-rows").integer());
      } catch (IllegalArgumentException e) {
        throw p.error(e.getMessage());
      }
    }).orElse(LayoutSpec.PlanningSpec.DEFAULT);
  }

  /**
   * {@code print: {output-intent: IFRA26, registry: http://www.color.org}} names a registered
   * printing condition; {@code print: {output-profile: FILE.icc}} (relative to the layout file)
   * embeds an ICC output profile instead. Absent: IFRA26 (newsprint).
   */
  private static LayoutSpec.PrintSpec print(YamlTree root, String file) {
    var node = root.optional("print");
    if (node.isEmpty()) {
      return LayoutSpec.PrintSpec.IFRA26;
    }
    YamlTree p = node.get().keys("output-intent", "registry", "output-profile");
    String condition = p.optional("output-intent").map(YamlTree::string).orElse("IFRA26");
    String registry = p.optional("registry").map(YamlTree::string)
        .orElse(LayoutSpec.PrintSpec.IFRA26.registryName());
    Path profile = null;
    var profileNode = p.optional("output-profile");
    if (profileNode.isPresent()) {
      Path dir = Path.of(file).toAbsolutePath().getParent();
      profile = dir.resolve(profileNode.get().string());
      if (!Files.isRegularFile(profile)) {
        throw profileNode.get().error("output profile not found: " + profile);
      }
    }
    return new LayoutSpec.PrintSpec(condition, registry, profile);
  }

  private static double[] cmyk(YamlTree t) {
    List<YamlTree> parts = t.list();
    if (parts.size() != 4) {
      throw t.error("a print colour is four CMYK components from 0 to 1");
    }
    double[] c = new double[4];
    for (int i = 0; i < 4; i++) {
      c[i] = unit(parts.get(i));
    }
    return c;
  }

  private static double grey(YamlTree t) {
    return unit(t);
  }

  private static double unit(YamlTree t) {
    double v = t.number();
    if (v < 0 || v > 1) {
      throw t.error("a colour component is from 0 to 1");
    }
    return v;
  }
}
