package org.broadsheet.ingest.sim;

import java.util.List;
import org.broadsheet.ingest.ReferenceIssue.Furniture;
import org.broadsheet.model.Story;

/** Writes a generated issue's ground truth in the seed-reference YAML format. */
final class ReferenceWriter {
  private final StringBuilder sb = new StringBuilder();

  /**
   * A page of the ground truth; {@code sectionSupplied} when the raw text does not print the
   * section name (sim-2), {@code signalled} whether the turn into the page prints anything (sim-2;
   * null: not written, as in sim-1.1).
   */
  record PageTruth(int number, String section, List<StoryRenderer.Rendered> stories,
      boolean sectionSupplied, Boolean signalled) {
    PageTruth(int number, String section, List<StoryRenderer.Rendered> stories) {
      this(number, section, stories, false, null);
    }
  }

  static String write(String header, Paper paper, List<String> masthead, List<Furniture> furniture,
      List<PageTruth> pages) {
    return write(header, paper, null, null, masthead, furniture, pages);
  }

  /** With the issue's date (ISO) and number when the raw text prints them, else null. */
  static String write(String header, Paper paper, String date, String number,
      List<String> masthead, List<Furniture> furniture, List<PageTruth> pages) {
    ReferenceWriter w = new ReferenceWriter();
    for (String h : header.split("\n")) {
      w.sb.append("# ").append(h).append('\n');
    }
    w.kv(0, "title", paper.name());
    w.kv(0, "publisher", paper.publisher());
    w.sb.append("date: ").append(date == null ? "null" : q(date)).append('\n');
    w.sb.append("number: ").append(number == null ? "null" : q(number)).append('\n');
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
      if (p.sectionSupplied()) {
        w.sb.append("    supplied: [section]\n");
      }
      if (p.signalled() != null) {
        w.sb.append("    signalled: ").append(p.signalled()).append(
            "   # page turns print running heads (false: the page field is undecidable)\n");
      }
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
    if (!r.ambiguous().isEmpty()) {
      sb.append(ind).append("ambiguous: ").append(r.ambiguous())
          .append("   # paragraphs whose break the raw text does not show\n");
    }
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
