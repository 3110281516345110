package org.broadsheet.ingest;

import java.util.Arrays;

/**
 * The visible characters of the raw text in reading order, spaces and line breaks left out: the
 * context in which the repairer looks at a character's neighbours, across line breaks.
 */
final class Stream {
  private final SourceText src;
  private final int[] index;
  private final int[] cps;

  Stream(SourceText src) {
    this.src = src;
    int[] idx = new int[src.size()];
    int n = 0;
    for (int k = 0; k < src.size(); k++) {
      if (!src.isRemoved(k) && !Chars.isSpace(src.cp(k))) {
        idx[n++] = k;
      }
    }
    index = Arrays.copyOf(idx, n);
    cps = new int[n];
    for (int p = 0; p < n; p++) {
      cps[p] = src.cp(index[p]);
    }
  }

  int size() {
    return index.length;
  }

  int cp(int p) {
    return p < 0 || p >= cps.length ? -1 : cps[p];
  }

  int[] cps() {
    return cps;
  }

  int sourceIndex(int p) {
    return index[p];
  }

  int line(int p) {
    return src.line(index[p]);
  }

  int column(int p) {
    return src.column(index[p]);
  }

  /** Sets the repaired mark at stream position {@code p} (and in the source). */
  void set(int p, int cp) {
    cps[p] = cp;
    src.replace(index[p], cp);
  }
}
