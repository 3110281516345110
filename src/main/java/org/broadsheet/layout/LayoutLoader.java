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
    YamlTree root = YamlTree.parse(yaml, file);
    YamlTree page = root.get("page");
    LayoutSpec.PageSpec pageSpec = new LayoutSpec.PageSpec(page.get("width").length(),
        page.get("height").length(), page.get("bleed").length(), page.get("marks").length(),
        page.get("top").length(), page.get("type-height").length());
    YamlTree grid = root.get("grid");
    LayoutSpec.GridSpec gridSpec;
    try {
      gridSpec = new LayoutSpec.GridSpec(grid.get("columns").integer(),
          grid.get("characters").integer(), grid.get("gutter").integer(),
          grid.get("text-span").integer());
    } catch (IllegalArgumentException e) {
      throw grid.error("grid values out of range: columns ≥ 1, 1 ≤ text-span ≤ columns");
    }
    Map<String, Path> fonts = new LinkedHashMap<>();
    for (Map.Entry<String, YamlTree> e : root.get("fonts").map().entrySet()) {
      Path f = fontsDir.resolve(e.getValue().string());
      if (!Files.isRegularFile(f)) {
        throw e.getValue().error("font file not found: " + f);
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
      YamlTree s = e.getValue();
      String font = s.get("font").string();
      if (!fonts.containsKey(font)) {
        throw s.get("font").error("style '" + e.getKey() + "' names an unknown font '" + font
            + "'");
      }
      styles.put(e.getKey(), new LayoutSpec.StyleSpec(font, s.get("size").size(),
          s.get("leading").number()));
    }
    for (String required : REQUIRED_STYLES) {
      if (!styles.containsKey(required)) {
        throw stylesNode.error("the layout needs a style '" + required + "'");
      }
    }
    YamlTree sp = root.get("spacing");
    LayoutSpec.SpacingSpec spacing = new LayoutSpec.SpacingSpec(
        sp.get("masthead-height").length(), sp.get("running-head-height").length(),
        sp.get("between-stories").number(), sp.get("after-headline").number());
    YamlTree rules = root.get("rules");
    YamlTree lb = root.get("linebreaking");
    BreakSettings breaking;
    try {
      breaking = new BreakSettings(lb.get("tolerance").number(), lb.get("line-penalty").number(),
          lb.get("flagged-demerits").number(), lb.get("fitness-demerits").number(),
          lb.get("squeeze-demerits").number(), lb.get("line-end-squeeze-penalty").number(),
          lb.get("han-stretch").number(), lb.get("latin-spacing").number());
    } catch (IllegalArgumentException e) {
      throw lb.error(e.getMessage());
    }
    YamlTree colors = root.get("colors");
    YamlTree print = colors.get("print");
    YamlTree archive = colors.get("archive");
    LayoutSpec.EditionColors editionColors = new LayoutSpec.EditionColors(
        cmyk(print.get("text")), cmyk(print.get("rule")), grey(archive.get("text")),
        grey(archive.get("rule")));
    int pageCount = root.get("pages").integer();
    if (pageCount < 1) {
      throw root.get("pages").error("pages must be ≥ 1");
    }
    return new LayoutSpec(root.get("name").string(), pageCount, pageSpec, gridSpec, fonts,
        fallbacks, styles, spacing, rules.get("width").length(), rules.get("head-width").length(),
        breaking, editionColors, print(root, file), planning(root));
  }

  /** {@code planning: {layer-cake, max-extra-gap, hole, poem-column-lines}}, optional. */
  private static LayoutSpec.PlanningSpec planning(YamlTree root) {
    return root.optional("planning").map(p -> {
      try {
        return new LayoutSpec.PlanningSpec(p.get("layer-cake").number(),
            p.get("max-extra-gap").integer(), p.get("hole").number(),
            p.get("poem-column-lines").integer());
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
    YamlTree p = node.get();
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
