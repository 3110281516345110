package org.broadsheet.ingest.sim;

/**
 * The damage drawn for one article.
 *
 * @param body the text's marks are replaced by their mojibake images
 * @param marks the byline brackets / author marker are (also when the body is clean)
 * @param punctSpace chance of an extraction space next to a damaged mark
 * @param hanSpace chance of an extraction space between Han and a digit or Latin letter
 * @param frameStart the story opens a new text frame (leading space, no blank line before)
 * @param spacedTitle a one-line title is set vertically (characters spaced out)
 * @param headline the headline's marks are damaged too
 * @param columns the article's column
 */
record ArticleDamage(boolean body, boolean marks, double punctSpace, double hanSpace,
    boolean frameStart, boolean spacedTitle, boolean headline, ColumnSetter columns) {}
