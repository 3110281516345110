package org.broadsheet.ingest.sim;

import java.util.List;
import org.broadsheet.ingest.ReferenceIssue.Furniture;
import org.broadsheet.model.Story;

/** Writes a generated issue's ground truth in the seed-reference YAML format. */
final class ReferenceWriter {
  private final StringBuilder sb = new StringBuilder();

  /** A page of the ground truth. */
  record PageTruth(int number, String section, List<StoryRenderer.Rendered> stories) {}

  static String write(String header, Paper paper, List<String> masthead, List<Furniture> furniture,
      List<PageTruth> pages) {
    ReferenceWriter w = new ReferenceWriter();
    for (String h : header.split("\n")) {
      w.sb.append("# ").append(h).append('\n');
    }
    w.kv(0, "title", paper.name());
    w.kv(0, "publisher", paper.publisher());
    w.sb.append("date: null\nnumber: null\n");
    w.list(0, "masthead", masthead);
    w.sb.append("furniture:").append(furniture.isEmpty() ? " []\n" : "\n");
    for (Furniture f : furniture) {
      w.sb.append("  - text: ").append(q(f.text())).append('\n');
      w.sb.append("    line: ").append(f.line()).append('\n');
      w.sb.append("    role: ").append(f.role()).append('\n');
    }
    w.sb.append("pages:\n");
    for (PageTruth p : pages) {
      w.sb.append("  - number: ").append(p.number()).append('\n');
      w.kv(4, "section", p.section());
      w.sb.append("    stories:\n");
      for (StoryRenderer.Rendered r : p.stories()) {
        w.story(r);
      }
    }
    return w.sb.toString();
  }

  private void story(StoryRenderer.Rendered r) {
    Story s = r.story();
    sb.append("      - id: ").append(s.id()).append('\n');
    String ind = "        ";
    sb.append(ind).append("kind: ").append(s.kind().key()).append('\n');
    sb.append(ind).append("raw_lines: [").append(r.first()).append(", ").append(r.last())
        .append("]\n");
    kv(8, "kicker", s.kicker());
    if (s.title().size() > 1) {
      list(8, "title", s.title());
    } else {
      kv(8, "title", s.title().isEmpty() ? null : s.title().get(0));
    }
    kv(8, "subtitle", s.subtitle());
    kv(8, "dateline", s.dateline());
    kv(8, "byline", s.byline());
    list(8, "paragraphs", s.paragraphs());
    list(8, "lines", s.lines());
    kv(8, "caption", s.caption());
    kv(8, "credit", s.credit());
  }

  private void kv(int indent, String key, String value) {
    sb.append(" ".repeat(indent)).append(key).append(": ")
        .append(value == null ? "null" : q(value)).append('\n');
  }

  private void list(int indent, String key, List<String> values) {
    sb.append(" ".repeat(indent)).append(key).append(':');
    if (values.isEmpty()) {
      sb.append(" []\n");
      return;
    }
    sb.append('\n');
    for (String v : values) {
      sb.append(" ".repeat(indent + 2)).append("- ").append(q(v)).append('\n');
    }
  }

  static String q(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
