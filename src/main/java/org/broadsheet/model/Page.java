package org.broadsheet.model;

import java.util.List;

/**
 * A page as the source had it (版).
 *
 * @param number 1-based page number
 * @param section printed section name (版名), or null
 * @param supplied page-level fields an editor supplied (e.g. {@code section})
 * @param stories the page's stories in reading order
 */
public record Page(int number, String section, List<String> supplied, List<Story> stories) {
  public Page {
    if (number < 1) {
      throw new IllegalArgumentException("page number must be ≥ 1: " + number);
    }
    supplied = List.copyOf(supplied);
    stories = List.copyOf(stories);
  }
}
