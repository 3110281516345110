package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Repairs mojibake punctuation by context. A character of the {@link MojibakeTable} is a damaged
 * mark only where the context says so, since many are also common words (要, 冶炼, 遥控, 袁 as a
 * surname, 绿叶, 荫凉):
 *
 * <ul>
 *   <li>in a damaged stretch of text (its neighbouring lines hold images of marks but hardly any
 *       real full-width punctuation), an image is repaired unless it forms a word with a
 *       neighbour or an opening mark finds no partner;
 *   <li>anywhere, paired images around a short name ({@code 渊郭跃萍冤}) are brackets, an image of ●
 *       before a name at a line start is the author marker, and a verse line's final image of ，
 *       or 。 is that mark.
 * </ul>
 */
final class Repairer {
  /** Lines on each side that count as a line's neighbourhood. */
  private static final int WINDOW = 4;

  private static final String REAL_MARKS = "，。、；：？！“”（）《》";

  private Repairer() {}

  static List<String> repair(List<String> lines, ChangeLog log) {
    int[] images = new int[lines.size()];
    int[] marks = new int[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      images[i] = (int) line.codePoints().filter(cp -> MojibakeTable.original(cp) >= 0).count();
      marks[i] = (int) line.codePoints().filter(cp -> REAL_MARKS.indexOf(cp) >= 0).count();
    }
    List<String> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      boolean damaged = isDamaged(lines, images, marks, i);
      out.add(repairLine(lines.get(i), i + 1, damaged, log));
    }
    return out;
  }

  /** Counts images and real marks over the non-blank lines around line {@code i}. */
  private static boolean isDamaged(List<String> lines, int[] images, int[] marks, int i) {
    int img = 0;
    int real = 0;
    int seen = 0;
    for (int j = i; j >= 0 && seen <= WINDOW; j--) {
      if (!lines.get(j).isBlank()) {
        img += images[j];
        real += marks[j];
        seen++;
      }
    }
    seen = 0;
    for (int j = i + 1; j < lines.size() && seen < WINDOW; j++) {
      if (!lines.get(j).isBlank()) {
        img += images[j];
        real += marks[j];
        seen++;
      }
    }
    return img >= 3 && real * 10 <= img;
  }

  private static String repairLine(String line, int lineNo, boolean damaged, ChangeLog log) {
    int[] cps = line.codePoints().toArray();
    StringBuilder sb = new StringBuilder(line.length());
    for (int i = 0; i < cps.length; i++) {
      int cp = cps[i];
      int mark = MojibakeTable.original(cp);
      String reason = mark < 0 ? null : reason(cps, i, mark, damaged);
      if (reason != null) {
        sb.appendCodePoint(mark);
        log.add(lineNo, i + 1, "mojibake." + ruleName(mark), Character.toString(cp),
            Character.toString(mark), reason);
      } else {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  /** Why the image at {@code i} is a damaged mark, or null when it is a real character. */
  private static String reason(int[] cps, int i, int mark, boolean damaged) {
    if (mark == '（' && closesWithin(cps, i, '）', 6)) {
      return "paired brackets around a short name";
    }
    if (mark == '）' && opensWithin(cps, i, '（', 6)) {
      return "paired brackets around a short name";
    }
    if (mark == '●' && isLineStart(cps, i) && (i + 1 == cps.length || cps[i + 1] == ' ')) {
      return "author marker before a name at a line start";
    }
    if ((mark == '，' || mark == '。') && i == lastNonSpace(cps) && isVerseLength(cps)) {
      return "end of a verse line";
    }
    if (!damaged) {
      return null;
    }
    if (formsWord(cps, i)) {
      return null;
    }
    switch (mark) {
      case '“':
        return closesWithin(cps, i, '”', cps.length) || i >= cps.length - 3
            ? "damaged text; opening quote" : null;
      case '《':
        return closesWithin(cps, i, '》', cps.length) ? "damaged text; paired title marks" : null;
      case '—':
        return (i + 1 < cps.length && cps[i + 1] == cps[i]) || (i > 0 && cps[i - 1] == cps[i])
            ? "damaged text; doubled dash" : null;
      case '●':
        return isLineStart(cps, i) ? "damaged text; author marker" : null;
      default:
        return "damaged text; neighbours hold no real punctuation";
    }
  }

  /** Common words that contain an image character; a neighbour forming one keeps it a word. */
  private static final String[] WORDS = {
    "冶炼", "冶金", "陶冶", "遥控", "遥远", "遥感", "遥测", "遥望", "遥相", "遥遥", "绿叶", "树叶",
    "叶片", "叶子", "落叶", "茶叶", "荫凉", "绿荫", "树荫", "林荫", "沐浴", "浴室", "洗浴", "浴池",
    "野外", "田野", "原野", "野生", "视野", "朝野", "冤枉", "冤案", "深渊", "渊源", "尧舜", "唐尧",
    "子曰", "诗曰", "要求", "需要", "重要", "主要", "要点", "只要", "要素"
  };

  private static boolean formsWord(int[] cps, int i) {
    String before = i > 0 ? new String(cps, i - 1, 2) : "";
    String after = i + 1 < cps.length ? new String(cps, i, 2) : "";
    for (String w : WORDS) {
      if (w.equals(before) || w.equals(after)) {
        return true;
      }
    }
    return false;
  }

  private static boolean closesWithin(int[] cps, int i, int closing, int distance) {
    for (int j = i + 1; j < cps.length && j <= i + distance + 1; j++) {
      if (MojibakeTable.original(cps[j]) == closing) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensWithin(int[] cps, int i, int opening, int distance) {
    for (int j = i - 1; j >= 0 && j >= i - distance - 1; j--) {
      if (MojibakeTable.original(cps[j]) == opening) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLineStart(int[] cps, int i) {
    for (int j = 0; j < i; j++) {
      if (!Character.isWhitespace(cps[j])) {
        return false;
      }
    }
    return true;
  }

  private static int lastNonSpace(int[] cps) {
    int j = cps.length - 1;
    while (j >= 0 && Character.isWhitespace(cps[j])) {
      j--;
    }
    return j;
  }

  private static boolean isVerseLength(int[] cps) {
    long han = java.util.Arrays.stream(cps)
        .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
    return han >= 4 && han <= 12;
  }

  private static String ruleName(int mark) {
    String name = Character.getName(mark);
    return name == null ? Integer.toHexString(mark)
        : name.toLowerCase(java.util.Locale.ROOT).replace("fullwidth ", "").replace(' ', '-');
  }
}
