package org.broadsheet.ingest.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.broadsheet.ingest.CleanResult;
import org.broadsheet.ingest.Ingest;
import org.broadsheet.ingest.ReferenceIssue;
import org.broadsheet.model.Diagnostics;
import org.broadsheet.model.Page;
import org.broadsheet.model.Story;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page field where the raw text prints no page turn (issue 5: "infer page breaks in text that
 * has none"): how often the cleaner's guess is right on frozen/ (sim-1.1, no turn printed) and on
 * the unsignalled issues of frozen-2/, beside what the raw text can show at all. A turn shows
 * only as a new text frame (a first raw line indented) together with a change of damage (the
 * last story of one page damaged and the first of the next not, or the reverse) or of section
 * (front page, Party work, other inside news, literary page); the share of reference turns that
 * show such a signal bounds what any reader can decide.
 */
class PageTurnScoreTest {
  private static final String REAL_MARKS = "，。、；：？！“”‘’（）《》…—";
  private static SetScore first;
  private static SetScore second;
  private static int[] signals;

  @BeforeAll
  static void run() {
    first = new SetScore();
    signals = new int[6];
    for (FrozenSet.Entry e : FrozenSet.load(FrozenSet.DIR)) {
      first.add(e.name(), e.text(), e.referenceYaml(), clean(e));
      count(e, signals);
    }
    second = new SetScore();
    for (FrozenSet.Entry e : FrozenSet.load(FrozenSet.DIR_2)) {
      if (!e.referenceYaml().contains("signalled: true")) {
        second.add(e.name(), e.text(), e.referenceYaml(), clean(e));
      }
    }
    System.out.printf("page field right, no turn printed: frozen/ %d/%d (%.2f %%), frozen-2/"
            + " unsignalled %d/%d (%.2f %%)%n", pageRight(first), first.stories,
        100.0 * pageRight(first) / first.stories, pageRight(second), second.stories,
        100.0 * pageRight(second) / second.stories);
    System.out.printf("frozen/ page turns %d: opening a text frame %d; with it a change of"
            + " damage %d, of section %d, of either %d (%.1f %%); with neither %d%n", signals[0],
        signals[1], signals[2], signals[3], signals[4], 100.0 * signals[4] / signals[0],
        signals[1] - signals[4]);
  }

  private static CleanResult clean(FrozenSet.Entry e) {
    return Ingest.clean(e.raw(), e.name() + ".txt", new Diagnostics());
  }

  private static int pageRight(SetScore s) {
    return s.stories - s.fieldErrors.getOrDefault("page", 0)
        - s.fieldErrors.getOrDefault("unmatched", 0);
  }

  /** Counts the reference turns of one issue and the signals they show in its raw text. */
  private static void count(FrozenSet.Entry e, int[] out) {
    ReferenceIssue ref = ReferenceIssue.parse(e.referenceYaml());
    String[] raw = e.text().split("\n", -1);
    List<Page> pages = ref.issue().pages();
    int index = 0;
    Boolean lastDamage = null;
    for (int p = 0; p < pages.size(); p++) {
      List<Story> stories = pages.get(p).stories();
      Boolean firstDamage = null;
      Boolean pageLast = null;
      for (int k = 0; k < stories.size(); k++) {
        ReferenceIssue.StoryExtra x = ref.extras().get(index + k);
        Boolean d = damaged(stories.get(k), raw, x);
        firstDamage = firstDamage == null ? d : firstDamage;
        pageLast = d == null ? pageLast : d;
      }
      if (p > 0) {
        ReferenceIssue.StoryExtra opening = ref.extras().get(index);
        String line = raw[opening.firstLine() - 1];
        boolean frame = !line.isEmpty() && Character.isWhitespace(line.charAt(0))
            || line.startsWith("\u3000");
        boolean damage = lastDamage != null && firstDamage != null && !lastDamage.equals(firstDamage);
        boolean section = !section(pages, p - 1).equals(section(pages, p));
        out[0]++;
        out[1] += frame ? 1 : 0;
        out[2] += frame && damage ? 1 : 0;
        out[3] += frame && section ? 1 : 0;
        out[4] += frame && (damage || section) ? 1 : 0;
      }
      lastDamage = pageLast;
      index += stories.size();
    }
  }

  /** Damaged when fewer than half the marks of the story's text stand as real marks in its lines. */
  private static Boolean damaged(Story s, String[] raw, ReferenceIssue.StoryExtra x) {
    long marks = String.join("", s.texts()).codePoints()
        .filter(cp -> REAL_MARKS.indexOf(cp) >= 0).count();
    if (marks < 3) {
      return null;
    }
    long real = 0;
    for (int l = x.firstLine(); l <= x.lastLine() && l <= raw.length; l++) {
      real += raw[l - 1].codePoints().filter(cp -> REAL_MARKS.indexOf(cp) >= 0).count();
    }
    return 2 * real < marks;
  }

  /** The kind of section a page is: front, Party work, literary or other inside news. */
  private static String section(List<Page> pages, int p) {
    if (p == 0) {
      return "front";
    }
    if (p == pages.size() - 1 && pages.size() >= 3) {
      return "literary";
    }
    return pages.get(p).section().contains("党") ? "party" : "inside";
  }

  @Test
  void mostStoriesStandOnTheirPageWhereNoTurnIsPrinted() {
    assertThat((double) pageRight(first) / first.stories).isGreaterThan(0.85);
    assertThat((double) pageRight(second) / second.stories).isGreaterThan(0.8);
  }

  @Test
  void everyTurnOfTheFirstSetOpensATextFrame() {
    // the simulator starts every page in a new frame, as the seed's pages do
    assertThat(signals[0]).isGreaterThan(100);
    assertThat(signals[1]).isEqualTo(signals[0]);
    assertThat(signals[4]).isLessThanOrEqualTo(signals[1]);
  }
}
