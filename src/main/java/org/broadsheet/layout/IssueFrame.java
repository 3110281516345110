package org.broadsheet.layout;

import java.util.List;
import org.broadsheet.model.Issue;

/**
 * A laid-out issue: the pages, the issue they came from and the layout that made them.
 *
 * @param issue the issue
 * @param layout the layout
 * @param pages the pages in order
 */
public record IssueFrame(Issue issue, LayoutSpec layout, List<PageFrame> pages) {
  public IssueFrame {
    pages = List.copyOf(pages);
  }
}
