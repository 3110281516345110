package org.broadsheet.ingest;

/**
 * Removes the spaces extraction put into Chinese text: between Han characters (or full-width
 * punctuation) and anything, so {@code 个 2023 年} becomes {@code 个2023年}; keeps one space
 * between two Latin words or numbers ({@code Broadsheet PDF}).
 */
final class Spacing {
  private Spacing() {}

  static String normalize(String s) {
    int[] cps = s.codePoints().toArray();
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < cps.length; i++) {
      int cp = cps[i];
      if (!Character.isWhitespace(cp) && cp != 0x3000) {
        out.appendCodePoint(cp);
        continue;
      }
      int j = i;
      while (j < cps.length && (Character.isWhitespace(cps[j]) || cps[j] == 0x3000)) {
        j++;
      }
      boolean betweenLatin = out.length() > 0 && j < cps.length
          && isLatinWordChar(out.codePointBefore(out.length())) && isLatinWordChar(cps[j]);
      if (betweenLatin) {
        out.append(' ');
      }
      i = j - 1;
    }
    return out.toString();
  }

  private static boolean isLatinWordChar(int cp) {
    return cp < 0x80 && (Character.isLetterOrDigit(cp) || "+-.%&/".indexOf(cp) >= 0);
  }
}
