package org.broadsheet.ingest.sim;

import java.util.ArrayList;
import java.util.List;

/** The raw text being written, line by line, with 1-based line numbers. */
final class RawText {
  private final List<String> lines = new ArrayList<>();

  int add(String line) {
    lines.add(line);
    return lines.size();
  }

  void blank() {
    lines.add("");
  }

  int lastNo() {
    return lines.size();
  }

  String last() {
    return lines.get(lines.size() - 1);
  }

  void appendToLast(String s) {
    lines.set(lines.size() - 1, lines.get(lines.size() - 1) + s);
  }

  boolean endsBlank() {
    return lines.isEmpty() || lines.get(lines.size() - 1).isBlank();
  }

  List<String> lines() {
    return List.copyOf(lines);
  }
}
