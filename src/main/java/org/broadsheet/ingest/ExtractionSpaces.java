package org.broadsheet.ingest;

import java.util.List;

/**
 * Which kinds of space extraction added to an article's lines: the evidence of whether a line
 * break may have swallowed one.
 *
 * @param besidePoints spaces beside the points (，。、；：？！); a space before a bracket may be
 *     printed (a dateline's bracketed byline) and shows nothing
 * @param besideLatin spaces between Han characters and digits or Latin letters
 */
record ExtractionSpaces(boolean besidePoints, boolean besideLatin) {

  /** The spaces the lines of one article show. */
  static ExtractionSpaces of(List<String> lines) {
    boolean points = false;
    boolean latin = false;
    for (String t : lines) {
      for (int i = 1; i + 1 < t.length(); i++) {
        if (t.charAt(i) == ' ') {
          int a = t.charAt(i - 1);
          int b = t.charAt(i + 1);
          points |= isPoint(a) || isPoint(b);
          latin |= Chars.isHan(a) && Chars.isLatinOrDigit(b)
              || Chars.isLatinOrDigit(a) && Chars.isHan(b);
        }
      }
    }
    return new ExtractionSpaces(points, latin);
  }

  /**
   * Whether extraction may have put a space between {@code before}, ending a line, and
   * {@code after}, opening the next, which the break then swallowed.
   */
  boolean mayBeBetween(int before, int after) {
    if (Chars.isMark(before) || Chars.isMark(after)) {
      return besidePoints;
    }
    return besideLatin && (Chars.isHan(before) && Chars.isLatinOrDigit(after)
        || Chars.isLatinOrDigit(before) && Chars.isHan(after));
  }

  private static boolean isPoint(int cp) {
    return Chars.PAUSE.indexOf(cp) >= 0 || Chars.SENTENCE_END.indexOf(cp) >= 0;
  }
}
