package org.broadsheet.ingest.sim;

import java.util.Map;
import java.util.TreeMap;

/**
 * A multiset of non-whitespace characters, optionally folded onto the marks their mojibake images
 * stand for ({@link EncodingFault#fold}).
 */
final class CharCount {
  private final Map<Integer, Integer> counts = new TreeMap<>();
  private final boolean folded;

  CharCount(boolean folded) {
    this.folded = folded;
  }

  CharCount add(String s, int sign) {
    if (s == null) {
      return this;
    }
    s.codePoints().filter(cp -> !Character.isWhitespace(cp) && cp != 0xFEFF).forEach(cp -> {
      int k = folded ? EncodingFault.fold(cp) : cp;
      counts.merge(k, sign, Integer::sum);
      if (counts.get(k) == 0) {
        counts.remove(k);
      }
    });
    return this;
  }

  CharCount add(String s) {
    return add(s, 1);
  }

  Map<Integer, Integer> counts() {
    return counts;
  }

  int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Characters this holds more of than {@code other}: char → excess. */
  Map<Integer, Integer> minus(CharCount other) {
    Map<Integer, Integer> out = new TreeMap<>();
    counts.forEach((k, v) -> {
      int d = v - other.counts.getOrDefault(k, 0);
      if (d > 0) {
        out.put(k, d);
      }
    });
    return out;
  }

  static String show(Map<Integer, Integer> diff) {
    StringBuilder sb = new StringBuilder();
    diff.forEach((k, v) -> sb.appendCodePoint(k).append('×').append(v).append(' '));
    return sb.toString().strip();
  }
}
