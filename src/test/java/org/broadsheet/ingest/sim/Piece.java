package org.broadsheet.ingest.sim;

import org.broadsheet.model.Story;

/**
 * A clean story before damage: the ground truth, plus what prints with it that is not a story
 * field (the author marker ● or ◎ of literary pieces).
 *
 * @param story the clean story (id is set when it is placed on a page)
 * @param marker the author marker of an essay or poem, or null
 */
record Piece(Story story, String marker) {}
