package org.broadsheet.ingest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.broadsheet.model.Page;
import org.broadsheet.model.Story;

/**
 * Writes the change report ({@code <stem>.changes.json}): the source, every change with its line,
 * column, rule, before and after, the pages and stories found, and the places to check.
 */
public final class ChangeReport {
  private ChangeReport() {}

  public static String toJson(CleanResult r) {
    StringBuilder sb = new StringBuilder(64 * 1024);
    sb.append("{\n");
    field(sb, 1, "source", r.source()).append(",\n");
    field(sb, 1, "encoding", r.encoding()).append(",\n");
    field(sb, 1, "sha256", r.sha256()).append(",\n");
    indent(sb, 1).append("\"summary\": {");
    Map<String, Integer> counts = new TreeMap<>();
    r.changes().forEach(c -> counts.merge(c.rule(), 1, Integer::sum));
    boolean first = true;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      sb.append(first ? "" : ", ").append(quote(e.getKey())).append(": ").append(e.getValue());
      first = false;
    }
    sb.append("},\n");
    indent(sb, 1).append("\"pages\": [");
    List<Page> pages = r.issue().pages();
    for (int i = 0; i < pages.size(); i++) {
      Page p = pages.get(i);
      sb.append(i == 0 ? "\n" : ",\n");
      indent(sb, 2).append("{\"number\": ").append(p.number()).append(", \"section\": ")
          .append(quote(p.section())).append(", \"supplied\": ").append(stringArray(p.supplied()))
          .append(", \"stories\": ").append(p.stories().size())
          .append('}');
    }
    sb.append(pages.isEmpty() ? "],\n" : "\n  ],\n");
    indent(sb, 1).append("\"stories\": [");
    List<Story> stories = r.issue().allStories();
    for (int i = 0; i < stories.size(); i++) {
      Story s = stories.get(i);
      sb.append(i == 0 ? "\n" : ",\n");
      indent(sb, 2).append("{\"id\": ").append(quote(s.id())).append(", \"kind\": ")
          .append(quote(s.kind().key())).append(", \"title\": ")
          .append(quote(s.titleText().orElse(null))).append(", \"supplied\": ")
          .append(stringArray(s.supplied())).append('}');
    }
    sb.append("\n  ],\n");
    changes(sb, "changes", r.changes());
    sb.append(",\n");
    changes(sb, "check", r.doubts());
    sb.append("\n}\n");
    return sb.toString();
  }

  private static void changes(StringBuilder sb, String key, List<Change> list) {
    indent(sb, 1).append(quote(key)).append(": [");
    for (int i = 0; i < list.size(); i++) {
      Change c = list.get(i);
      sb.append(i == 0 ? "\n" : ",\n");
      indent(sb, 2).append("{\"line\": ").append(c.line()).append(", \"column\": ")
          .append(c.column()).append(", \"rule\": ").append(quote(c.rule()))
          .append(", \"before\": ").append(quote(c.before())).append(", \"after\": ")
          .append(quote(c.after())).append(", \"evidence\": ").append(quote(c.evidence()))
          .append('}');
    }
    sb.append(list.isEmpty() ? "]" : "\n  ]");
  }

  private static String stringArray(List<String> items) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(quote(items.get(i)));
    }
    return sb.append(']').toString();
  }

  private static StringBuilder field(StringBuilder sb, int level, String key, String value) {
    return indent(sb, level).append(quote(key)).append(": ").append(quote(value));
  }

  private static StringBuilder indent(StringBuilder sb, int level) {
    return sb.append("  ".repeat(level));
  }

  /** A JSON string literal (RFC 8259 §7), or null. */
  static String quote(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
