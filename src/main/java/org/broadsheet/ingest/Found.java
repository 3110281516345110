package org.broadsheet.ingest;

import java.util.List;
import org.broadsheet.model.Story;

/**
 * A story as the cleaner found it, with what later steps (title splitting, pagination) need to
 * know about its source.
 *
 * @param story the story's fields
 * @param verticalTitle its title was set vertically (characters spaced out one by one)
 * @param firstLine first source line
 * @param lastLine last source line
 * @param frameStart it begins a new text frame of the extraction
 * @param markerByline its author followed a marker ● / ◎ (literary convention)
 * @param fragments stray characters where its headline stands (a lost headline's remnant)
 * @param headlineFrame its headline stands before its text and begins a new text frame (a page
 *     or an article opened by its headline)
 */
record Found(Story story, boolean verticalTitle, int firstLine, int lastLine, boolean frameStart,
    boolean markerByline, List<Piece> fragments, boolean headlineFrame) {

  Found {
    fragments = List.copyOf(fragments);
  }

  Found withStory(Story s) {
    return new Found(s, verticalTitle, firstLine, lastLine, frameStart, markerByline, fragments,
        headlineFrame);
  }
}
