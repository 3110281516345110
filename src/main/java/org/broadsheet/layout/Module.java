package org.broadsheet.layout;

import java.util.List;
import org.broadsheet.text.SetLine;

/**
 * A story ready to be placed: its headline zone (runs positioned from the module's top-left, over
 * the module's whole width) and its body as a galley of lines on the body grid, to be poured into
 * columns.
 *
 * @param storyId the story
 * @param headline the headline zone's items
 * @param headlineHeight the zone's height in points, white below included
 * @param galley the body lines in order
 * @param furniture text the layout added (brackets, labels)
 * @param maxColumns the most columns its text may run over (a short poem keeps one column,
 *     centred in its module, so that its lines stay together)
 */
record Module(String storyId, List<FrameItem> headline, double headlineHeight,
    List<GalleyLine> galley, List<String> furniture, int maxColumns) {

  /** A module whose text may run over as many columns as it is given. */
  Module(String storyId, List<FrameItem> headline, double headlineHeight,
      List<GalleyLine> galley, List<String> furniture) {
    this(storyId, headline, headlineHeight, galley, furniture, Integer.MAX_VALUE);
  }

  /** How many of {@code available} columns its text runs over. */
  int columns(int available) {
    return Math.max(1, Math.min(available, maxColumns));
  }

  /** A galley line: a set line in a style, aligned in its column; {@code line} null is white. */
  record GalleyLine(SetLine line, double size, Alignment alignment, Tag tag) {}

  enum Alignment {
    START,
    END
  }
}
