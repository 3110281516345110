package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the units into story drafts. A story starts at a dateline, at an indented text block, or
 * after the headline that closed the story before it (headlines often follow their bodies, as the
 * original set them beside the text). Short standalone lines after a body are its headline; four
 * or more in a row are verse.
 */
final class Segmenter {
  /** Short enough to be a headline, verse or name, in ems. */
  static final double SHORT_EMS = 24;
  private static final int MIN_VERSE_LINES = 4;
  private static final Pattern CREDIT = Pattern.compile("^摄影报道\\s*\\p{IsHan}{2,4}$");
  private static final Pattern BYLINE_ONLY =
      Pattern.compile("^[（(][\\p{IsHan} ]{2,12}[）)]$|^[●◎]\\s*\\p{IsHan}{2,4}$");

  /** A story as found, before its fields are read. */
  record Draft(List<Unit> body, List<Unit> headline, List<Unit> verses, Unit byline,
      Unit credit) {}

  private Segmenter() {}

  static List<Draft> segment(List<Unit> units) {
    List<Draft> drafts = new ArrayList<>();
    Builder current = new Builder();
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (isShort(u) && isVerticalName(units, i)) {
        int j = i;
        StringBuilder name = new StringBuilder();
        while (j < units.size() && isSingleChar(units.get(j))) {
          name.append(units.get(j).text());
          j++;
        }
        current.byline = units.get(i).withText(name.toString());
        i = j - 1;
        drafts.add(current.build());
        current = new Builder();
        continue;
      }
      if (CREDIT.matcher(u.text()).matches()) {
        current.credit = u;
        drafts.add(current.build());
        current = new Builder();
        continue;
      }
      if (BYLINE_ONLY.matcher(u.text()).matches()) {
        current.byline = u;
        if (u.text().startsWith("●") || u.text().startsWith("◎")) {
          drafts.add(current.build());
          current = new Builder();
        }
        continue;
      }
      if (isShort(u) && u.standalone()) {
        int run = shortRun(units, i);
        if (run >= MIN_VERSE_LINES || (current.body.isEmpty() && !current.verses.isEmpty())) {
          if (!current.body.isEmpty()) {
            drafts.add(current.build());
            current = new Builder();
          }
          current.verses.add(u);
          continue;
        }
        if (!Chars.endsSentence(u.text())) {
          current.headline.add(u);
          boolean nextIsHeadline = i + 1 < units.size() && isShort(units.get(i + 1))
              && units.get(i + 1).standalone() && !Chars.endsSentence(units.get(i + 1).text());
          if (!nextIsHeadline && (!current.body.isEmpty() || !current.verses.isEmpty())) {
            drafts.add(current.build());
            current = new Builder();
          }
          continue;
        }
      }
      boolean startsStory = Datelines.startsWithDateline(u.text()) || u.indented()
          || !current.verses.isEmpty();
      if (startsStory && (!current.body.isEmpty() || !current.verses.isEmpty())) {
        drafts.add(current.build());
        current = new Builder();
      }
      current.body.add(u);
      if (endsWithCredit(u)) {
        drafts.add(current.build());
        current = new Builder();
      }
    }
    if (!current.isEmpty()) {
      drafts.add(current.build());
    }
    return drafts;
  }

  private static boolean endsWithCredit(Unit u) {
    return Pattern.compile("摄影报道\\s*\\p{IsHan}{2,4}$").matcher(u.text()).find();
  }

  private static boolean isShort(Unit u) {
    return u.lineCount() == 1 && Chars.width(u.text()) <= SHORT_EMS;
  }

  private static boolean isSingleChar(Unit u) {
    return u.text().codePointCount(0, u.text().length()) == 1;
  }

  /** A name set one character per line: three or more single-character lines in a row. */
  private static boolean isVerticalName(List<Unit> units, int i) {
    int n = 0;
    while (i + n < units.size() && isSingleChar(units.get(i + n))) {
      n++;
    }
    return n >= 3;
  }

  /** How many verse-like lines (short, standing alone, not a name) start at {@code i}. */
  private static int shortRun(List<Unit> units, int i) {
    int n = 0;
    while (i + n < units.size()) {
      Unit v = units.get(i + n);
      if (!isShort(v) || !v.standalone() || isSingleChar(v)
          || BYLINE_ONLY.matcher(v.text()).matches() || CREDIT.matcher(v.text()).matches()) {
        break;
      }
      n++;
    }
    return n;
  }

  private static final class Builder {
    final List<Unit> body = new ArrayList<>();
    final List<Unit> headline = new ArrayList<>();
    final List<Unit> verses = new ArrayList<>();
    Unit byline;
    Unit credit;

    boolean isEmpty() {
      return body.isEmpty() && headline.isEmpty() && verses.isEmpty() && byline == null
          && credit == null;
    }

    Draft build() {
      return new Draft(List.copyOf(body), List.copyOf(headline), List.copyOf(verses), byline,
          credit);
    }
  }
}
