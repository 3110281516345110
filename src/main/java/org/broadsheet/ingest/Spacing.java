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
    return normalize(p, null);
  }

  /** As {@link #normalize(Piece)}, reporting each removed run of spaces to {@code log}. */
  static Piece normalize(Piece p, ChangeLog log) {
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
      int first = keep ? i + 1 : i;
      if (log != null && first < j) {
        log.add(p.line(first), p.column(first), "spacing.extraction-space",
            " ".repeat(j - first), "", reason(before, after));
      }
      i = j;
    }
    return p.without(drop);
  }

  /**
   * A headline's spacing: the space between its two parts is printed (实操实训 预防事故夯实基础,
   * 强基固本 “小改小革”释放大能量) and kept as one; spaces between Han and digits or Latin are
   * extraction spaces, as in text.
   */
  static Piece headline(Piece p) {
    Piece t = p.strip();
    int n = t.length();
    boolean[] drop = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (!Chars.isSpace(t.cp(i))) {
        continue;
      }
      int before = i > 0 ? t.cp(i - 1) : -1;
      int j = i;
      while (j < n && Chars.isSpace(t.cp(j))) {
        j++;
      }
      int after = j < n ? t.cp(j) : -1;
      boolean digitOrLatin = Chars.isLatinOrDigit(before) != Chars.isLatinOrDigit(after);
      drop[i] = Chars.isSpace(before) || digitOrLatin;
    }
    return t.without(drop);
  }

  /** Drops every space: for names ({@code 杨 红}) and headlines set with spaced characters. */
  static Piece removeAll(Piece p) {
    boolean[] drop = new boolean[p.length()];
    for (int i = 0; i < drop.length; i++) {
      drop[i] = Chars.isSpace(p.cp(i));
    }
    return p.without(drop);
  }

  private static String reason(int before, int after) {
    if (before < 0 || after < 0) {
      return "space at the edge of the text";
    }
    if (Chars.isMark(before) || Chars.isMark(after)) {
      return "space next to punctuation, added by extraction";
    }
    if (Chars.isLatinOrDigit(before) || Chars.isLatinOrDigit(after)) {
      return "space between Han and digits or Latin, added by extraction (the typesetter spaces them)";
    }
    return "space doubled by extraction";
  }

  private static boolean isLatinWordChar(int cp) {
    return cp < 0x80 && (Character.isLetterOrDigit(cp) || "+-.%&/".indexOf(cp) >= 0);
  }
}
