package org.broadsheet.ingest;

import java.util.List;

/**
 * Whether an issue's headlines follow their bodies (as in extractions that read a vertical
 * headline beside its text last) or precede them (the usual order). The ends of the text and
 * the starts of text frames tell: a text (or frame) that opens with a headline group before its
 * first body has headlines first; a text that closes with a headline group after its last body,
 * or a frame whose text or verse opens right after the previous frame's headline group, has
 * them after.
 * A photo (caption and credit) has no headline of its own, so a headline group right after a
 * credit tells "before" and one right before a caption tells "after".
 * Without evidence the extraction's usual order, after, holds.
 */
final class HeadlineOrder {
  /** A headline group's lines at most: kicker, title, subtitle. */
  private static final int MAX_HEADLINE_LINES = 3;

  private HeadlineOrder() {}

  static boolean after(List<Unit> units) {
    int votes = 0;
    int first = firstContent(units);
    if (first >= 0 && isHeadline(units.get(first)) && followedByBody(units, first)) {
      votes -= 2;
    }
    int last = units.size() - 1;
    while (last >= 0 && !isHeadline(units.get(last))
        && Segmenter.shape(units.get(last)) != Segmenter.Shape.BODY) {
      last--; // bylines, markers and credits close a story in either order
    }
    if (last > 0 && isHeadline(units.get(last))
        && Segmenter.shape(units.get(last - 1)) != Segmenter.Shape.SHORT) {
      votes += 2;
    }
    for (int i = 1; i < units.size(); i++) {
      Unit u = units.get(i);
      if (!u.frameStart()) {
        continue;
      }
      if (isHeadline(u) && followedByBody(units, i)) {
        votes--; // a frame opens with a headline
      } else if (closesWithHeadline(units, i)) {
        votes++; // the frame before closed with one (the frame opens with text or verse)
      }
    }
    for (int i = 1; i + 1 < units.size(); i++) {
      if (!isHeadline(units.get(i)) || isHeadline(units.get(i - 1))) {
        continue;
      }
      // a photo is complete with its caption and credit and carries no headline of its own:
      // a headline group right after a credit opens the next story, one right before a caption
      // closes the story before
      int end = i;
      while (end + 1 < units.size() && isHeadline(units.get(end + 1))) {
        end++;
      }
      if (end - i + 1 > MAX_HEADLINE_LINES) {
        continue; // a longer run of short lines is a poem's, not a headline group
      }
      if (endsWithCredit(units.get(i - 1)) && followedByBody(units, end)) {
        votes--;
      } else if (end + 1 < units.size()
          && Segmenter.shape(units.get(end + 1)) == Segmenter.Shape.BODY
          && (endsWithCredit(units.get(end + 1)) || end + 2 < units.size()
              && Segmenter.shape(units.get(end + 2)) == Segmenter.Shape.CREDIT)) {
        votes++;
      }
    }
    return votes >= 0;
  }

  /**
   * The units before {@code i} end with a headline group: one to three short lines, none set as
   * verse (a longer run of short lines is a poem's).
   */
  private static boolean closesWithHeadline(List<Unit> units, int i) {
    int j = i - 1;
    while (j >= 0 && isHeadline(units.get(j)) && !units.get(j).verse()) {
      j--;
    }
    int run = i - 1 - j;
    boolean verse = j >= 0 && units.get(j).verse();
    return run >= 1 && run <= MAX_HEADLINE_LINES && !verse;
  }

  /** A photo's credit, on a line of its own or after its caption (… 摄影报道 NAME). */
  private static boolean endsWithCredit(Unit u) {
    return Segmenter.shape(u) == Segmenter.Shape.CREDIT
        || Segmenter.CREDIT_TAIL.matcher(u.text()).find();
  }

  private static int firstContent(List<Unit> units) {
    for (int i = 0; i < units.size(); i++) {
      if (!units.get(i).text().isBlank()) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isHeadline(Unit u) {
    return Segmenter.shape(u) == Segmenter.Shape.SHORT && !Chars.endsSentence(u.text());
  }

  /** A body follows within the next two units (a kicker and a title may stand before it). */
  private static boolean followedByBody(List<Unit> units, int i) {
    for (int j = i + 1; j < units.size() && j <= i + 2; j++) {
      Segmenter.Shape s = Segmenter.shape(units.get(j));
      if (s == Segmenter.Shape.BODY) {
        return true;
      }
      if (s != Segmenter.Shape.SHORT) {
        return false;
      }
    }
    return false;
  }
}
