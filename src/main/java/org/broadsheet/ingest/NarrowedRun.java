package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of a paragraph narrowed around a picture that extraction left standing as short lines:
 * verse never runs on from prose or into it. Short lines set line after line (no blank line
 * between them) that follow a paragraph stopped mid-sentence with no blank line between, or that
 * stop mid-sentence themselves and run straight on into a paragraph (no blank line, no new text
 * frame, no dateline opening it), are that paragraph's lines.
 */
final class NarrowedRun {
  private NarrowedRun() {}

  /** {@code run} carries on the sentence the paragraph {@code prev} (null where none) left open. */
  static boolean continues(Unit prev, List<Unit> run) {
    return prev != null && Segmenter.shape(prev) == Segmenter.Shape.BODY && !prev.blankAfter()
        && !run.get(0).blankBefore() && !Chars.endsSentence(prev.text()) && setAsVerse(run);
  }

  /** {@code run} leaves its sentence open and the paragraph {@code next} (null where none) ends it. */
  static boolean runsInto(List<Unit> run, Unit next) {
    return next != null && Segmenter.shape(next) == Segmenter.Shape.BODY && !next.blankBefore()
        && !next.frameStart() && !Datelines.startsWithDateline(next.text())
        && !Chars.endsSentence(run.get(run.size() - 1).text()) && setAsVerse(run);
  }

  /** The paragraph {@code before}, the run and the paragraph {@code after} (each may be null). */
  static Unit join(Unit before, List<Unit> run, Unit after) {
    List<Unit> parts = new ArrayList<>();
    if (before != null) {
      parts.add(before);
    }
    parts.addAll(run);
    if (after != null) {
      parts.add(after);
    }
    Unit joined = parts.get(0);
    for (Unit u : parts.subList(1, parts.size())) {
      joined = joined.joinedWith(u);
    }
    return joined;
  }

  private static boolean setAsVerse(List<Unit> run) {
    return run.stream().allMatch(Unit::verse);
  }
}
