package org.broadsheet.ingest;

/**
 * Whether a piece of repaired text came from a damaged article: its marks were all repaired from
 * images (damaged), or all printed as real marks (undamaged). An article is damaged or not as a
 * whole, so two neighbouring pieces in opposite states belong to different articles.
 */
enum DamageState {
  DAMAGED, UNDAMAGED, UNKNOWN;

  /** Marks a piece needs to show its state. */
  static final int EVIDENCE = 2;

  /** Repaired and real marks of {@code p}'s code points {@code from} (inclusive) to {@code to}. */
  static int[] marks(Piece p, int from, int to) {
    SourceText src = p.source();
    int[] counts = new int[2];
    for (int i = from; i < to; i++) {
      int index = p.index(i);
      int cp = src.cp(index);
      if (src.originalCp(index) != cp && Chars.isMark(cp)) {
        counts[0]++;
      } else if (Chars.REAL_MARKS.indexOf(cp) >= 0) {
        counts[1]++;
      }
    }
    return counts;
  }

  static DamageState of(int repaired, int real) {
    if (repaired >= EVIDENCE && real == 0) {
      return DAMAGED;
    }
    return real >= EVIDENCE && repaired == 0 ? UNDAMAGED : UNKNOWN;
  }

  static DamageState of(Piece p) {
    int[] c = marks(p, 0, p.length());
    return of(c[0], c[1]);
  }

  /** Both states are known and differ. */
  boolean differs(DamageState other) {
    return this != UNKNOWN && other != UNKNOWN && this != other;
  }
}
