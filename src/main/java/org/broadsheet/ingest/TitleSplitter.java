package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.broadsheet.model.Story;

/**
 * Splits long vertical headlines into their two halves. A vertical title (竖排) longer than one
 * headline column holds is set as two parallel columns, but the extraction spaced every
 * character alike, so the split point is lost. The issue's own horizontal two-part headlines
 * ({@code 实操实训 预防事故夯实基础}) show how its editors divide titles: a vertical title that
 * begins with a part they printed splits after it; else like their titles of the same length,
 * or after their usual first part; an issue without two-part titles splits in the middle, the
 * first half the longer.
 */
final class TitleSplitter {
  /** Characters one vertical headline column holds. */
  static final int COLUMN_CHARS = 10;
  /** The shortest half of a two-part headline. */
  private static final int MIN_PART = 4;

  private TitleSplitter() {}

  /** The char index right after the {@code n}th Han character and any closing mark after it. */
  private static int afterHan(String t, int n) {
    int seen = 0;
    int i = 0;
    while (i < t.length() && seen < n) {
      int cp = t.codePointAt(i);
      seen += Chars.isHan(cp) ? 1 : 0;
      i += Character.charCount(cp);
    }
    while (i < t.length() && Chars.isClosing(t.codePointAt(i))) {
      i += Character.charCount(t.codePointAt(i));
    }
    return i;
  }

  /** First-part lengths of all the two-part headlines that leave a second part. */
  private static Map<Integer, Integer> firstParts(Map<Integer, Map<Integer, Integer>> patterns,
      int n) {
    Map<Integer, Integer> out = new HashMap<>();
    patterns.values().forEach(m -> m.forEach((first, count) -> {
      if (n - first >= MIN_PART) {
        out.merge(first, count, Integer::sum);
      }
    }));
    return out;
  }

  static List<Found> split(List<Found> found, ChangeLog log) {
    Map<Integer, Map<Integer, Integer>> patterns = new HashMap<>();
    Set<String> firstHalves = new HashSet<>();
    for (Found f : found) {
      for (String t : f.story().title()) {
        String[] halves = t.split(" ");
        if (!f.verticalTitle() && halves.length == 2) {
          firstHalves.add(halves[0]);
          int a = Chars.hanCount(halves[0]);
          int total = a + Chars.hanCount(halves[1]);
          patterns.computeIfAbsent(total, k -> new HashMap<>()).merge(a, 1, Integer::sum);
        }
      }
    }
    List<Found> out = new ArrayList<>();
    for (Found f : found) {
      Story s = f.story();
      if (!f.verticalTitle() || s.title().size() != 1
          || Chars.hanCount(s.title().get(0)) <= COLUMN_CHARS) {
        out.add(f);
        continue;
      }
      String t = s.title().get(0);
      int n = Chars.hanCount(t);
      Map<Integer, Integer> seen = patterns.getOrDefault(n, Map.of());
      String known = firstHalves.stream().filter(h -> t.startsWith(h) && t.length() > h.length())
          .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
      if (known != null) {
        seen = Map.of(Chars.hanCount(known), 1); // a part the issue printed
      } else if (seen.isEmpty()) {
        seen = firstParts(patterns, n);
      }
      int at = seen.entrySet().stream()
          .max(Map.Entry.<Integer, Integer>comparingByValue()
              .thenComparing(Map.Entry.comparingByKey()))
          .map(Map.Entry::getKey).orElse((n + 1) / 2);
      int split = afterHan(t, at);
      List<String> lines = List.of(t.substring(0, split), t.substring(split));
      log.doubt(f.firstLine(), 1, "headline.vertical-split", t,
          "vertical title split " + at + " + " + (n - at)
              + (seen.isEmpty() ? " (in the middle)" : " (as this issue's two-part headlines)") + "; the source spaced all characters alike");
      out.add(f.withStory(new Story(s.id(), s.kind(), s.kicker(), lines, s.subtitle(),
          s.dateline(), s.byline(), s.paragraphs(), s.lines(), s.caption(), s.credit(), s.image(),
          s.alt(), s.supplied(), s.priority(), s.headline())));
    }
    return out;
  }
}
