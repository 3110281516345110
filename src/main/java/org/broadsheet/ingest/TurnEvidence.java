package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.model.Story;
import org.broadsheet.model.StoryKind;

/**
 * What one story shows of the page it stands on, in text whose page turns print no running head:
 *
 * <ul>
 *   <li>whether it starts a new text frame (every page does; other stories may too);
 *   <li>whether its body is damaged: a page was extracted as a whole, so its articles share
 *       their damage (all, about half, or none of their bodies), read off the repairs its text
 *       needed against the marks it holds;
 *   <li>its genre: literary (essay, poem), news, or other (feature, photo);
 *   <li>its vocabulary: Party and union organisation (党委, 党支部, 工会 …: a Party-work page) and
 *       company-level meetings and visits (召开, 出席, 一行 …: the front page);
 *   <li>whether the masthead's 主管/主办 lines were glued to it (they stand on the front page).
 * </ul>
 *
 * @param line its first source line
 * @param frameStart it begins a new text frame (its text, or its headline standing before it)
 * @param damage its body's damage state
 * @param genre literary, news or other
 * @param partyTerms how often its text names Party and union organisation
 * @param leadTerms how often its text names company-level meetings, visits and leaders
 * @param masthead the masthead fragment stood in its lines
 */
record TurnEvidence(int line, boolean frameStart, Damage damage, Genre genre, int partyTerms,
    int leadTerms, boolean masthead) {

  /** A body's damage state: every mark an image, none, or too few marks to tell. */
  enum Damage { DAMAGED, CLEAN, UNKNOWN }

  /** What a story is, as far as sections go. */
  enum Genre { LITERARY, NEWS, OTHER }

  /** Party and union organisation: the vocabulary of a Party-work page (党建工作). */
  static final Pattern PARTY_TERMS =
      Pattern.compile("党委|党支部|党总支|党员|党建|党日|三会一课|入党|党组织|党性|工会");
  /** Company-level meetings, visits and leaders: the vocabulary of the front page (要闻). */
  static final Pattern LEAD_TERMS =
      Pattern.compile("召开|出席|讲话|一行|检查指导|座谈|调研|会议|董事长|总经理|公司上下");
  /** Fewer marks than this tell nothing of a body's damage (a poem, a short caption). */
  private static final int MARKS_TO_TELL = 3;
  /** A clean article's byline brackets may be damaged on their own: two repairs. */
  private static final int BYLINE_REPAIRS = 2;

  /** The evidence of each story, from the repairs the change log holds so far. */
  static List<TurnEvidence> of(List<Found> found, List<Change> changes) {
    int maxLine = 0;
    for (Found f : found) {
      maxLine = Math.max(maxLine, f.lastLine());
    }
    int[] repairs = new int[maxLine + 2];
    boolean[] masthead = new boolean[maxLine + 2];
    for (Change c : changes) {
      if (c.line() < 0 || c.line() > maxLine) {
        continue;
      }
      if (c.rule().startsWith("mojibake.")) {
        repairs[c.line()]++;
      } else if (c.rule().equals("furniture.masthead")) {
        masthead[c.line()] = true;
      }
    }
    List<TurnEvidence> out = new ArrayList<>();
    for (Found f : found) {
      int r = 0;
      boolean m = false;
      for (int l = Math.max(0, f.firstLine()); l <= f.lastLine(); l++) {
        r += repairs[l];
        m |= masthead[l];
      }
      out.add(of(f, r, m));
    }
    return out;
  }

  /**
   * The draft's headline stands before its text and its first line begins a new text frame: the
   * story opens a frame even when its text, after the headline, does not.
   */
  static boolean headlineFrame(Segmenter.Draft d) {
    if (d.headline().isEmpty() || !d.headline().get(0).frameStart()) {
      return false;
    }
    int head = d.headline().get(0).line();
    return d.body().stream().allMatch(u -> u.line() > head)
        && d.verses().stream().allMatch(u -> u.line() > head);
  }

  static TurnEvidence of(Found f, int repairs, boolean masthead) {
    Story s = f.story();
    String text = String.join("", s.texts());
    int marks = (int) text.codePoints().filter(cp -> Chars.REAL_MARKS.indexOf(cp) >= 0).count();
    Genre genre = s.kind() == StoryKind.ESSAY || s.kind() == StoryKind.POEM ? Genre.LITERARY
        : s.kind() == StoryKind.NEWS ? Genre.NEWS : Genre.OTHER;
    return new TurnEvidence(f.firstLine(), f.frameStart() || f.headlineFrame(),
        damage(marks, repairs), genre,
        count(PARTY_TERMS, text), count(LEAD_TERMS, text), masthead);
  }

  /**
   * Damaged when most of its marks had to be repaired; clean when at most a byline's brackets
   * were (bylines were often damaged apart from their article).
   */
  static Damage damage(int marks, int repairs) {
    if (marks < MARKS_TO_TELL) {
      return Damage.UNKNOWN;
    }
    if (repairs <= BYLINE_REPAIRS && marks >= 3 * BYLINE_REPAIRS) {
      return Damage.CLEAN;
    }
    return 2 * repairs > marks ? Damage.DAMAGED : Damage.CLEAN;
  }

  /** How often {@code p} occurs in {@code text}. */
  static int count(Pattern p, CharSequence text) {
    int n = 0;
    Matcher m = p.matcher(text);
    while (m.find()) {
      n++;
    }
    return n;
  }
}
