package org.broadsheet.ingest;

import java.util.Objects;

/**
 * One change the cleaner made to the raw text, for the change report.
 *
 * @param line 1-based source line of the first character changed
 * @param column 1-based source column (code points)
 * @param rule the named rule that made the change (never a catch-all)
 * @param before the source text the change replaced or moved
 * @param after what took its place in the issue file ("" when it was removed or moved to
 *     furniture)
 * @param evidence why the rule fired, in a few words
 */
public record Change(int line, int column, String rule, String before, String after,
    String evidence) {
  public Change {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    evidence = evidence == null ? "" : evidence;
    if (rule.isBlank()) {
      throw new IllegalArgumentException("a change needs a rule name");
    }
  }
}
