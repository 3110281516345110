package org.broadsheet.pdf;

import java.util.List;

/**
 * What both editions say about themselves.
 *
 * @param title the document title (paper name, with date and number when known)
 * @param publisher who publishes the paper, or null
 * @param suppliedHeadlines headlines an editor supplied (listed in the description)
 * @param sourceSha256 the source file's SHA-256, hex
 * @param epochSeconds creation and modification time (SOURCE_DATE_EPOCH, else the clock)
 * @param producer {@code Broadsheet x.y}
 */
public record EditionInfo(String title, String publisher, List<String> suppliedHeadlines,
    String sourceSha256, long epochSeconds, String producer) {
  public EditionInfo {
    suppliedHeadlines = List.copyOf(suppliedHeadlines);
  }
}
