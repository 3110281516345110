package org.broadsheet.layout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.broadsheet.model.BroadsheetException;
import org.broadsheet.model.SourceSpan;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/** A YAML node with its file, for reading the layout file with line and column in every error. */
record YamlTree(String file, Node node) {

  static YamlTree parse(String yaml, String file) {
    try {
      LoadSettings settings = LoadSettings.builder().setLabel(file).build();
      Node root = new Composer(settings, new ParserImpl(settings,
          new StreamReader(settings, yaml))).getSingleNode().orElse(null);
      if (root == null) {
        throw BroadsheetException.error("L300", SourceSpan.file(file), "the layout file is empty");
      }
      return new YamlTree(file, root);
    } catch (MarkedYamlEngineException e) {
      Mark m = e.getProblemMark().orElse(null);
      throw BroadsheetException.error("L300", m == null ? SourceSpan.file(file)
          : SourceSpan.of(file, m.getLine() + 1, m.getColumn() + 1), "not valid YAML: "
          + e.getProblem());
    }
  }

  Map<String, YamlTree> map() {
    if (!(node instanceof MappingNode mn)) {
      throw error("expected a mapping of keys to values");
    }
    Map<String, YamlTree> out = new LinkedHashMap<>();
    for (NodeTuple t : mn.getValue()) {
      YamlTree key = new YamlTree(file, t.getKeyNode());
      out.put(key.string(), new YamlTree(file, t.getValueNode()));
    }
    return out;
  }

  /**
   * Checks the mapping holds only these keys, each once: a misspelt key is an error at its line,
   * never silently ignored.
   */
  YamlTree keys(String... allowed) {
    if (!(node instanceof MappingNode mn)) {
      throw error("expected a mapping of keys to values");
    }
    java.util.Set<String> known = java.util.Set.of(allowed);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (NodeTuple t : mn.getValue()) {
      YamlTree key = new YamlTree(file, t.getKeyNode());
      String k = key.string();
      if (!known.contains(k)) {
        throw key.error("unknown key '" + k + "'; known here: "
            + String.join(", ", new java.util.TreeSet<>(known)));
      }
      if (!seen.add(k)) {
        throw key.error("key '" + k + "' appears twice");
      }
    }
    return this;
  }

  YamlTree get(String key) {
    return optional(key).orElseThrow(() -> error("missing key '" + key + "'"));
  }

  Optional<YamlTree> optional(String key) {
    return Optional.ofNullable(map().get(key));
  }

  java.util.List<YamlTree> list() {
    if (!(node instanceof SequenceNode sn)) {
      throw error("expected a list");
    }
    return sn.getValue().stream().map(n -> new YamlTree(file, n)).toList();
  }

  String string() {
    if (!(node instanceof ScalarNode sn)) {
      throw error("expected a single value");
    }
    return sn.getValue();
  }

  double number() {
    double v;
    try {
      v = Double.parseDouble(string());
    } catch (NumberFormatException e) {
      throw error("expected a number, found '" + string() + "'");
    }
    if (!Double.isFinite(v)) {
      throw error("expected a finite number, found '" + string() + "'");
    }
    return v;
  }

  /** A number greater than zero. */
  double positive() {
    double v = number();
    if (v <= 0) {
      throw error("expected a number greater than 0, found '" + string() + "'");
    }
    return v;
  }

  /** A length greater than zero. */
  double positiveLength() {
    double v = length();
    if (v <= 0) {
      throw error("expected a length greater than 0, found '" + string() + "'");
    }
    return v;
  }

  /** A length of zero or more. */
  double nonNegativeLength() {
    double v = length();
    if (v < 0) {
      throw error("expected a length of 0 or more, found '" + string() + "'");
    }
    return v;
  }

  int integer() {
    try {
      return Integer.parseInt(string());
    } catch (NumberFormatException e) {
      throw error("expected a whole number, found '" + string() + "'");
    }
  }

  /** A length with unit ({@code 390mm}, {@code 9pt}), in points. */
  double length() {
    String s = string().strip();
    try {
      double v = Double.NaN;
      if (s.endsWith("mm")) {
        v = Double.parseDouble(s.substring(0, s.length() - 2).strip()) * Units.PT_PER_MM;
      } else if (s.endsWith("pt")) {
        v = Double.parseDouble(s.substring(0, s.length() - 2).strip());
      }
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw error("expected a length such as 390mm or 9pt, found '" + s + "'");
  }

  /** A type size: a Chinese size name (小五, 二号 …) or a length greater than zero. */
  double size() {
    String s = string().strip();
    Double named = Units.NAMED_SIZES.get(s);
    return named != null ? named : positiveLength();
  }

  BroadsheetException error(String message) {
    Mark m = node.getStartMark().orElse(null);
    SourceSpan span = m == null ? SourceSpan.file(file)
        : SourceSpan.of(file, m.getLine() + 1, m.getColumn() + 1);
    return BroadsheetException.error("L301", span, message);
  }
}
