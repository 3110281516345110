package org.broadsheet.ingest;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Character accounting over all characters (a multiset, not a set): every non-whitespace
 * character of the raw text must be in the issue (its stories and masthead) or in a change
 * report entry. A change takes its {@code before} out of the source and puts its {@code after}
 * into the issue, so raw = issue − Σ after + Σ before, character by character.
 */
final class Accounting {
  private Accounting() {}

  /** The characters the balance leaves over: positive = lost, negative = invented. */
  static Map<String, Integer> imbalance(String raw, CleanResult r) {
    Map<String, Integer> balance = new TreeMap<>();
    add(balance, raw, 1);
    Stream.concat(r.issue().storyTexts(), r.issue().masthead().stream())
        .forEach(t -> add(balance, t, -1));
    for (Change c : r.changes()) {
      add(balance, c.before(), -1);
      add(balance, c.after(), 1);
    }
    balance.values().removeIf(v -> v == 0);
    return balance;
  }

  private static void add(Map<String, Integer> balance, String s, int sign) {
    s.codePoints().filter(cp -> !Character.isWhitespace(cp) && cp != 0x3000 && cp != 0xFEFF)
        .forEach(cp -> balance.merge(Character.toString(cp), sign, Integer::sum));
  }
}
