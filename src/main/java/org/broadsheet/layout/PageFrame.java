package org.broadsheet.layout;

import java.util.List;

/**
 * One laid-out page.
 *
 * @param number 1-based page number (第N版)
 * @param section the section name (版名), or null
 * @param width trim width in points
 * @param height trim height in points
 * @param items what the page holds, in reading order
 * @param furniture every piece of text the layout added that is not story text (masthead,
 *     running head, byline brackets, 转版 labels), for accounting
 * @param stories ids of the stories that start or continue on this page, in reading order
 */
public record PageFrame(int number, String section, double width, double height,
    List<FrameItem> items, List<String> furniture, List<String> stories) {
  public PageFrame {
    items = List.copyOf(items);
    furniture = List.copyOf(furniture);
    stories = List.copyOf(stories);
  }

  /** The page label: 第1版. */
  public String label() {
    return "第" + number + "版";
  }
}
