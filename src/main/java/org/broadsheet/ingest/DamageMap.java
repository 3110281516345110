package org.broadsheet.ingest;

/**
 * Which lines of the raw text are damaged. An article is either set with real full-width
 * punctuation or, when damaged, with none at all (every mark came out as a Han image), so a
 * line's own evidence decides: images of the common marks ，。、；：？！ that form no word with
 * their neighbours against real full-width marks. A line with neither takes the state of the
 * nearest line with evidence (preferring the line it continues), since it belongs to the same
 * article; a line with no evidence around it counts as undamaged (no repair without evidence).
 */
final class DamageMap {
  /** Lines looked at on each side for a line without evidence of its own. */
  private static final int REACH = 3;
  private static final String COMMON_MARKS = "，。、；：？！";

  private final boolean[] damaged;
  private final int[] images;
  private final int[] real;

  private DamageMap(boolean[] damaged, int[] images, int[] real) {
    this.damaged = damaged;
    this.images = images;
    this.real = real;
  }

  static DamageMap of(SourceText src, Stream stream) {
    int n = src.lineCount();
    int[] images = new int[n];
    int[] real = new int[n];
    for (int p = 0; p < stream.size(); p++) {
      int line = stream.line(p) - 1;
      int cp = stream.cp(p);
      if (Chars.REAL_MARKS.indexOf(cp) >= 0) {
        real[line]++;
      }
      int mark = MojibakeTable.candidate(cp);
      if (mark >= 0 && COMMON_MARKS.indexOf(mark) >= 0 && CommonWords.wordAt(stream.cps(), p) == null) {
        images[line]++;
      }
    }
    boolean[] damaged = new boolean[n];
    for (int i = 0; i < n; i++) {
      int own = evidence(images, real, i);
      if (own != 0) {
        damaged[i] = own > 0;
        continue;
      }
      damaged[i] = inherited(src, images, real, i);
    }
    return new DamageMap(damaged, images, real);
  }

  /** +1 damaged, -1 undamaged, 0 no evidence. */
  private static int evidence(int[] images, int[] real, int i) {
    if (images[i] > real[i]) {
      return 1;
    }
    return real[i] > 0 ? -1 : 0;
  }

  private static boolean inherited(SourceText src, int[] images, int[] real, int i) {
    int before = 0;
    int beforeDistance = Integer.MAX_VALUE;
    int seen = 0;
    for (int j = i - 1; j >= 0 && seen < REACH; j--) {
      if (src.lineText(j).isBlank()) {
        continue;
      }
      seen++;
      int e = evidence(images, real, j);
      if (e != 0) {
        before = e;
        beforeDistance = i - j;
        break;
      }
    }
    int after = 0;
    int afterDistance = Integer.MAX_VALUE;
    seen = 0;
    for (int j = i + 1; j < images.length && seen < REACH; j++) {
      if (src.lineText(j).isBlank()) {
        continue;
      }
      seen++;
      int e = evidence(images, real, j);
      if (e != 0) {
        after = e;
        afterDistance = j - i;
        break;
      }
    }
    if (before != 0 && (after == 0 || beforeDistance <= afterDistance)) {
      return before > 0;
    }
    return after > 0;
  }

  boolean isDamaged(int line) {
    return damaged[line - 1];
  }

  /** A few words on why line {@code line} counts as damaged or not. */
  String evidence(int line) {
    int i = line - 1;
    String state = damaged[i] ? "damaged" : "undamaged";
    if (images[i] == 0 && real[i] == 0) {
      return state + " like its neighbouring lines";
    }
    return state + " line (" + images[i] + " images of ，。、；：？！, " + real[i] + " real marks)";
  }
}
