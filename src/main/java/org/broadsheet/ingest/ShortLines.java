package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What short lines standing apart show by their marks: a headline set vertically (characters
 * spaced out), a headline's lack of pauses and stops, verse lines ending with their marks, and
 * where a run of such lines holds two poems and the headline between them.
 */
final class ShortLines {
  private static final Pattern SPACED = Pattern.compile("^\\p{IsHan}(?: \\p{IsHan})+$");

  /** The longest title of a poem told from its lines by being shorter than all of them. */
  private static final double MAX_POEM_TITLE = 4;

  private ShortLines() {}

  /**
   * A headline set vertically: its characters spaced out one by one (治 安 检 查, marks kept
   * with their character: 打 造“妈 咪 小 屋”暖).
   */
  static boolean isSpacedOut(String s) {
    StringBuilder han = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      han.appendCodePoint(Chars.isMark(cp) ? ' ' : cp);
      i += Character.charCount(cp);
    }
    return SPACED.matcher(han.toString().strip().replaceAll(" +", " ")).matches();
  }

  /** A headline carries no pause or stop anywhere (quotation and title marks aside). */
  static boolean hasMark(String s) {
    return s.codePoints().anyMatch(cp -> Chars.PAUSE.indexOf(cp) >= 0
        || Chars.SENTENCE_END.indexOf(cp) >= 0);
  }

  /** Verse lines end with their marks (，。！？); headlines carry none at the end. */
  static boolean endsWithMark(String s) {
    return !s.isEmpty() && (Chars.PAUSE.indexOf(s.codePointAt(s.length() - 1)) >= 0
        || Chars.SENTENCE_END.indexOf(s.codePointAt(s.length() - 1)) >= 0);
  }

  /**
   * A run of short lines holding two poems or more, each a block of verse (classical lines ending
   * with their marks, or free verse set line after line) and the headline between them (one or
   * two unmarked lines): cut at each headline, which goes with the poem after it, or before it
   * where this headlines follow their bodies. One part when the run holds one poem.
   */
  static List<List<Unit>> poems(List<Unit> run, boolean headlinesAfter) {
    List<int[]> segments = new ArrayList<>(); // {from, to, kind: 0 plain, 1 classical, 2 free}
    for (int i = 0; i < run.size(); ) {
      int kind = lineKind(run.get(i));
      int j = i + 1;
      while (j < run.size() && lineKind(run.get(j)) == kind) {
        j++;
      }
      segments.add(new int[] {i, j, kind});
      i = j;
    }
    List<Integer> cuts = new ArrayList<>();
    for (int k = 1; k + 1 < segments.size(); k++) {
      int[] s = segments.get(k);
      if (s[2] == 0 && s[1] - s[0] <= 2 && isPoem(segments.get(k - 1))
          && isPoem(segments.get(k + 1))) {
        cuts.add(headlinesAfter ? s[1] : s[0]);
      }
    }
    List<List<Unit>> parts = new ArrayList<>();
    int from = 0;
    for (int c : cuts) {
      parts.add(run.subList(from, c));
      from = c;
    }
    parts.add(run.subList(from, run.size()));
    return parts;
  }

  /**
   * A poem that fills a text frame of its own (its first line opens the frame, and nothing after
   * its last line belongs to it) carries its title at the headline end: the last line where
   * headlines follow their bodies, else the first. The title has at most four characters and is
   * shorter than every verse line of the run. Returns the title's index in {@code run}, or -1.
   */
  static int framedPoemTitle(List<Unit> run, boolean headlinesAfter) {
    if (run.size() < 4 || !run.get(0).frameStart()) {
      return -1;
    }
    int t = headlinesAfter ? run.size() - 1 : 0;
    double w = Chars.width(run.get(t).text());
    if (w > MAX_POEM_TITLE) {
      return -1;
    }
    for (int k = 0; k < run.size(); k++) {
      if (k != t && (Chars.width(run.get(k).text()) <= w || k > 0 && run.get(k).frameStart())) {
        return -1;
      }
    }
    return t;
  }

  private static int lineKind(Unit u) {
    if (u.verse()) {
      return 2;
    }
    return endsWithMark(u.text()) && Chars.width(u.text()) <= Segmenter.CLASSICAL_LINE ? 1 : 0;
  }

  private static boolean isPoem(int[] segment) {
    return segment[2] != 0 && segment[1] - segment[0] >= 2;
  }

  /**
   * A run of short lines that are prose: each a whole sentence, or a mark-free line and the line
   * after it that ends the sentence (东征村有座相传为 / 元代创建的关帝庙。), at least one such pair,
   * each sentence wider than a line of classical verse. The sentences, pairs joined; else null.
   */
  static List<Unit> sentences(List<Unit> run) {
    List<Unit> out = new ArrayList<>();
    boolean paired = false;
    for (int i = 0; i < run.size(); i++) {
      Unit u = run.get(i);
      String t = u.text();
      if (Chars.endsSentence(t) && Chars.width(t) > Segmenter.CLASSICAL_LINE && !u.verse()) {
        out.add(u);
        continue;
      }
      if (i + 1 == run.size() || u.verse() || run.get(i + 1).verse() || t.isEmpty()
          || Chars.isMark(t.codePointBefore(t.length()))
          || !Chars.endsSentence(run.get(i + 1).text())
          || Chars.width(t + run.get(i + 1).text()) <= Segmenter.CLASSICAL_LINE) {
        return null;
      }
      Unit next = run.get(i + 1);
      out.add(u.joinedWith(next));
      paired = true;
      i++;
    }
    return paired ? out : null;
  }
}
