package org.broadsheet.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One issue of a paper: what the issue file holds.
 *
 * @param title the paper's name, drawn in the masthead
 * @param publisher who publishes it, or null
 * @param date the issue date as printed, or null when unknown (never guessed)
 * @param number the issue number as printed, or null when unknown
 * @param masthead furniture lines the cleaner took out of story text (主管/主办 lines), printed in
 *     the masthead
 * @param pages the pages as in the source; empty when the source gave a flat story list
 * @param stories the flat story list when no pages are known; empty otherwise
 */
public record Issue(
    String title,
    String publisher,
    String date,
    String number,
    List<String> masthead,
    List<Page> pages,
    List<Story> stories) {

  public Issue {
    Objects.requireNonNull(title, "title");
    masthead = List.copyOf(masthead);
    pages = List.copyOf(pages);
    stories = List.copyOf(stories);
    if (!pages.isEmpty() && !stories.isEmpty()) {
      throw new IllegalArgumentException("an issue has either pages or a flat story list");
    }
  }

  public boolean hasPages() {
    return !pages.isEmpty();
  }

  /** All stories in reading order, page by page. */
  public List<Story> allStories() {
    return hasPages() ? pages.stream().flatMap(p -> p.stories().stream()).toList() : stories;
  }

  /** All text the issue holds that is not layout furniture (the stories' texts). */
  public Stream<String> storyTexts() {
    return allStories().stream().flatMap(s -> s.texts().stream());
  }
}
