package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes a photo's caption out of the story the {@link Segmenter} is collecting, when its credit
 * comes: the paragraph right above a credit on a line of its own, or the lines run together with
 * a credit that ends its text ({@code … 摄影报道 NAME}), with the account of the event that
 * precedes the caption's 图为 ("the picture shows") sentence.
 */
final class CaptionGatherer {
  /** The most lines a caption's account of the event before its 图为 sentence takes. */
  private static final int CAPTION_ACCOUNT_LINES = 2;

  private CaptionGatherer() {}

  /**
   * The caption above a credit on a line of its own, taken out of {@code story} (which holds two
   * paragraphs or more).
   */
  static List<Unit> aboveCredit(DraftBuilder story) {
    List<Unit> caption = new ArrayList<>();
    caption.add(story.body.remove(story.body.size() - 1));
    if (caption.get(0).text().startsWith("图为") && !caption.get(0).blankBefore()
        && story.body.get(story.body.size() - 1).lineCount() <= 2) {
      // "the picture shows" follows the caption's account of the event, set on the line before it
      caption.add(0, story.body.remove(story.body.size() - 1));
    } else if (caption.get(0).text().startsWith("图为") && isCaptionAccount(story)) {
      // the account is all the story holds so far: a spurious blank line between it and "the
      // picture shows" does not part them
      caption.add(0, story.body.remove(0));
    }
    return caption;
  }

  /**
   * The lines of the caption whose text {@code u} ends with its credit, taken out of
   * {@code story}: those run together with {@code u} (no blank line) in its damage state, or the
   * account of the event before a 图为 sentence.
   */
  static List<Unit> beforeCreditTail(DraftBuilder story, Unit u) {
    List<Unit> caption = new ArrayList<>();
    Unit next = u;
    while (!next.blankBefore() && !story.body.isEmpty() && !story.signed
        && !DamageState.of(story.body.get(story.body.size() - 1).piece())
            .differs(DamageState.of(u.piece()))) { // an article is damaged or not as a whole
      next = story.body.remove(story.body.size() - 1); // the caption's first line
      caption.add(0, next);
    }
    if (caption.isEmpty() && u.text().startsWith("图为") && isCaptionAccount(story)) {
      // "the picture shows" follows the caption's account of the event, a story of its own so
      // far: a spurious blank line between them does not part them
      caption.add(story.body.remove(0));
    }
    return caption;
  }

  /**
   * The story so far is one short paragraph with no dateline, headline, verse or author: the
   * account of the event that a caption gives before its 图为 sentence.
   */
  private static boolean isCaptionAccount(DraftBuilder story) {
    return story.body.size() == 1 && story.verses.isEmpty() && story.headline.isEmpty()
        && !story.signed && story.body.get(0).lineCount() <= CAPTION_ACCOUNT_LINES
        && !Datelines.startsWithDateline(story.body.get(0).text());
  }
}
