package org.broadsheet.ingest;

/**
 * A run of rejoined source lines: a paragraph, or a short line standing alone (a headline, a
 * verse, a byline, a credit).
 *
 * @param text the rejoined text, extraction spaces removed
 * @param line 1-based source line of its first character
 * @param column 1-based source column of its first character
 * @param lineCount how many source lines it was made of
 * @param standalone a single short line with blank lines (or the text's ends) around it
 * @param indented its first source line started with white space (a new text block in extraction)
 */
record Unit(String text, int line, int column, int lineCount, boolean standalone,
    boolean indented) {

  Unit withText(String newText) {
    return new Unit(newText, line, column, lineCount, standalone, indented);
  }
}
