package org.broadsheet.ingest;

/**
 * Removes the spaces extraction put into Chinese text: next to punctuation and between Han
 * characters and digits or Latin ({@code 个 2023 年} → {@code 个2023年}); keeps one space inside
 * a Latin phrase ({@code Broadsheet PDF}) and one space between two Han characters that touch no
 * mark, which the source printed (a two-part slogan or headline: {@code 关爱女性 呵护健康}).
 */
final class Spacing {
  private Spacing() {}

  static Piece normalize(Piece p) {
    int n = p.length();
    boolean[] drop = new boolean[n];
    int i = 0;
    while (i < n) {
      if (!Chars.isSpace(p.cp(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && Chars.isSpace(p.cp(j))) {
        j++;
      }
      int before = i > 0 ? p.cp(i - 1) : -1;
      int after = j < n ? p.cp(j) : -1;
      boolean keep = before >= 0 && after >= 0
          && ((isLatinWordChar(before) && isLatinWordChar(after))
              || (Chars.isHan(before) && Chars.isHan(after)));
      for (int k = i; k < j; k++) {
        drop[k] = !(keep && k == i);
      }
      i = j;
    }
    return p.without(drop);
  }

  /** Drops every space: for names ({@code 杨 红}) and headlines set with spaced characters. */
  static Piece removeAll(Piece p) {
    boolean[] drop = new boolean[p.length()];
    for (int i = 0; i < drop.length; i++) {
      drop[i] = Chars.isSpace(p.cp(i));
    }
    return p.without(drop);
  }

  private static boolean isLatinWordChar(int cp) {
    return cp < 0x80 && (Character.isLetterOrDigit(cp) || "+-.%&/".indexOf(cp) >= 0);
  }
}
