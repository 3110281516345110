package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Rejoins lines broken at the source's column width into units, across spurious blank lines, and
 * keeps the true paragraph breaks: a break is real when a sentence ends and the next line starts
 * a paragraph (the line before is short, there is a blank line, or the next line is indented),
 * not merely because a blank line is there.
 */
final class Rejoiner {
  /** A line this many ems shorter than its neighbours' longest ends a paragraph or is a heading. */
  private static final double SHORT_LINE_EMS = 1.5;
  /** Lines on each side whose longest sets the measure a line is compared with. */
  private static final int MEASURE_WINDOW = 3;

  private Rejoiner() {}

  static List<Unit> rejoin(List<String> lines, ChangeLog log) {
    List<Unit> units = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int startLine = 0;
    int startColumn = 0;
    int count = 0;
    boolean indented = false;
    int prev = -1; // index of the previous non-blank line
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      if (raw.isBlank()) {
        continue;
      }
      if (prev >= 0 && !joins(lines, prev, i)) {
        units.add(finish(text, startLine, startColumn, count, indented, lines, log));
        text.setLength(0);
        count = 0;
      }
      if (count == 0) {
        startLine = i + 1;
        startColumn = leadingSpace(raw) + 1;
        indented = leadingSpace(raw) > 0;
      } else if (blankBetween(lines, prev, i)) {
        log.add(prev + 2, 1, "rejoin.blank-line", "", "",
            "sentence runs on across a blank line");
      }
      text.append(joinSeparator(text, raw.strip())).append(raw.strip());
      count++;
      prev = i;
    }
    if (count > 0) {
      units.add(finish(text, startLine, startColumn, count, indented, lines, log));
    }
    return units;
  }

  private static String joinSeparator(StringBuilder before, String next) {
    if (before.length() == 0 || next.isEmpty()) {
      return "";
    }
    int last = before.codePointBefore(before.length());
    int first = next.codePointAt(0);
    return Character.isLetter(last) && last < 0x80 && Character.isLetter(first) && first < 0x80
        ? " " : "";
  }

  private static Unit finish(StringBuilder text, int line, int column, int count, boolean indented,
      List<String> lines, ChangeLog log) {
    String cleaned = Spacing.normalize(text.toString());
    boolean standalone = count == 1
        && (line == 1 || lines.get(line - 2).isBlank())
        && (line == lines.size() || lines.get(line).isBlank());
    return new Unit(cleaned, line, column, count, standalone, indented);
  }

  /** Whether line {@code next} continues the paragraph of line {@code prev}. */
  private static boolean joins(List<String> lines, int prev, int next) {
    String p = lines.get(prev).strip();
    String n = lines.get(next);
    if (leadingSpace(n) > 0 || Datelines.startsWithDateline(n.strip())) {
      return false;
    }
    double measure = measure(lines, prev);
    boolean shortPrev = Chars.width(p) <= measure - SHORT_LINE_EMS;
    boolean blank = blankBetween(lines, prev, next);
    if (Chars.endsSentence(p)) {
      return !(blank || shortPrev);
    }
    if (blank && shortPrev) {
      return false; // a heading, verse or byline standing alone
    }
    if (shortPrev && !Chars.hasSentencePunctuation(p) && isShortStandalone(lines, next)) {
      return false;
    }
    return true;
  }

  private static boolean isShortStandalone(List<String> lines, int i) {
    return (i + 1 >= lines.size() || lines.get(i + 1).isBlank())
        && (i == 0 || lines.get(i - 1).isBlank());
  }

  /** The longest line near {@code i}: the measure the source column had there. */
  private static double measure(List<String> lines, int i) {
    double max = 0;
    int seen = 0;
    for (int j = i; j >= 0 && seen <= MEASURE_WINDOW; j--) {
      if (!lines.get(j).isBlank()) {
        max = Math.max(max, Chars.width(lines.get(j).strip()));
        seen++;
      }
    }
    seen = 0;
    for (int j = i + 1; j < lines.size() && seen < MEASURE_WINDOW; j++) {
      if (!lines.get(j).isBlank()) {
        max = Math.max(max, Chars.width(lines.get(j).strip()));
        seen++;
      }
    }
    return max;
  }

  private static boolean blankBetween(List<String> lines, int prev, int next) {
    return next - prev > 1;
  }

  private static int leadingSpace(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
