package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.ingest.Paginator.Section;
import org.broadsheet.ingest.TurnEvidence.Damage;
import org.broadsheet.ingest.TurnEvidence.Genre;

/**
 * TEST-ONLY EXPERIMENT (run by {@code PageTurnCeiling}): a copy of {@link PageTurns} whose
 * constants are the simulator's own — page counts 2–6 as drawn, page sizes exactly 3–10 and 3–5,
 * damage modes 0.9 / 0 / 0.5, every turn a frame, other frames at 0.2 where something else shows
 * the story's start and always where nothing does, no literary piece off the literary page, the
 * literary page always last — to see what a reader who knew the generator could decide.
 * {@code -Dbroadsheet.turns.production=frame,pages,damage,size,lit,genre} puts the named parts
 * back as the cleaner has them. Not a model for the cleaner: these are the simulator's constants.
 * The original's comment follows.
 *
 * <p>Finds the page turns of text that prints none: a segmentation of the stories into pages,
 * scored as how likely the pages are to have produced what the stories show ({@link
 * TurnEvidence}), the best one chosen by dynamic programming over the stories, and how likely
 * each story is to open a page (summed over all segmentations, forward and backward) to say
 * where the choice is in doubt.
 *
 * <p>The model of an issue:
 *
 * <ul>
 *   <li>an issue holds 2–6 pages, mostly 4; a page holds 3–10 stories, the literary page 3–5;
 *   <li>a page opens a new text frame; other news opens one about one time in four, essays and
 *       poems (each set in a frame of their own) nearly always (and the cleaner may miss a
 *       frame: a turn elsewhere is unlikely, not impossible);
 *   <li>the first page is the front page (要闻), the last page of an issue of three or more is
 *       usually the literary page (文艺副刊), the others production or Party work;
 *   <li>a page was damaged as a whole: most of its bodies damaged, none, or about half
 *       (a mixture over the three, so a run of clean stories after damaged ones tells a turn);
 *   <li>a page's section shows in its stories: essays and poems on the literary page, news
 *       naming Party organisation on a Party page, company-level meetings and visits on the
 *       front page, the masthead's 主管/主办 lines glued to a front-page story.
 * </ul>
 *
 * All scores are natural logarithms of probabilities.
 */
final class MatchedPageTurns {
  /**
   * Share of stories that open a text frame without opening a page, by genre (literary, news,
   * other): the literary page sets each essay and poem in a frame of its own, so a new frame
   * there tells little of a turn; news runs on in the page's columns.
   */
  private static final double[] FRAME_RATE = off("frame") ? new double[] {0.8, 0.25, 0.3}
      : new double[] {0.2, 0.2, 0.2};
  /**
   * Share of page turns whose new frame the cleaner may not see (the opening line joined to a
   * headline or furniture): every turn of the simulated sets shows its frame, but forbidding a
   * turn elsewhere outright would let one missed frame shift every later page.
   */
  private static final double FRAME_MISSED = off("frame") ? 0.03 : 1e-6;
  /** A frame where nothing else shows the story's start: always (the cleaner found it so). */
  private static final double UNSHOWN_FRAME = off("frame") ? 0.95 : 1 - 1e-6;
  /** Issue page counts: 1 … 8 (index 0 unused), mostly four. */
  private static final double[] PAGE_COUNT =
      off("pages") ? new double[] {0, 0.02, 0.12, 0.12, 0.45, 0.12, 0.12, 0.03, 0.02}
      : new double[] {0, 1e-6, 0.125, 0.125, 0.5, 0.125, 0.125, 1e-6, 1e-6};
  /** Damage modes of a page: share of pages, chance that one of its bodies is damaged. */
  private static final double[][] DAMAGE_MODES = off("damage")
      ? new double[][] {{0.4, 0.9}, {0.35, 0.03}, {0.25, 0.5}}
      : new double[][] {{0.4, 0.9}, {0.35, 1e-4}, {0.25, 0.5}};
  private static final int FEWEST_STORIES = 3;
  private static final int MOST_STORIES = 10;
  private static final int MOST_LITERARY = 5;
  /** No page is looked at beyond three times the most stories (each one beyond costs 1.5). */
  private static final int LONGEST_PAGE = 3 * MOST_STORIES;
  /** Share of page sizes outside the usual range, and the cost of each story beyond it. */
  private static final double ODD_SIZE = off("size") ? 0.05 : 1e-6;
  private static final double ODD_SIZE_STEP = 1.5;
  /** Chance that the last page of an issue of three or more pages is the literary page. */
  private static final double LAST_LITERARY = off("lit") ? 0.9 : 1 - 1e-6;
  private static final double PARTY_PAGE = 0.4;
  /** Genre given the page: literary, news, other; on the literary page and elsewhere. */
  private static final double[] GENRE_LITERARY = off("genre")
      ? new double[] {0.85, 0.02, 0.13} : new double[] {0.92, 1e-6, 0.08};
  private static final double[] GENRE_OTHER = off("genre")
      ? new double[] {0.02, 0.70, 0.28} : new double[] {1e-6, 0.70, 0.30};
  /**
   * News naming Party organisation 0, 1–2, 3–7 or 8 or more times, by page: a story that names
   * it again and again (a Party committee's meeting, a branch's activity) is the Party page's.
   */
  private static final double[] PARTY_ON_PARTY = {0.15, 0.07, 0.28, 0.50};
  private static final double[] PARTY_ON_WORK = {0.56, 0.16, 0.23, 0.05};
  private static final double[] PARTY_ON_FRONT = {0.53, 0.24, 0.18, 0.05};
  /**
   * News naming company-level meetings, visits or leaders 0, 1–2, 3–7 or 8 or more times, by
   * page: a story of one meeting after another is the front page's.
   */
  private static final double[] LEAD_ON_FRONT = {0.19, 0.16, 0.52, 0.13};
  private static final double[] LEAD_ON_WORK = {0.57, 0.30, 0.11, 0.02};
  private static final double[] LEAD_ON_PARTY = {0.63, 0.17, 0.18, 0.02};
  /** The masthead glued to a story off the front page: as good as never. */
  private static final double MASTHEAD_ELSEWHERE = Math.log(0.0025);
  /** So many terms make a story its section's own (the fourth bin of the term counts). */
  private static final int MANY_TERMS = 8;
  private static final Section[] SECTIONS = Section.values();

  /** {@code -Dbroadsheet.turns.production=frame,pages,…}: these parts as the cleaner has them. */
  private static boolean off(String part) {
    return java.util.Arrays.asList(System.getProperty("broadsheet.turns.production", "")
        .split(",")).contains(part);
  }

  /**
   * The segmentation chosen.
   *
   * @param starts index of each page's first story (the first is 0)
   * @param sections each page's section
   * @param turnChance per story, the chance that it opens a page (the first story: 1)
   * @param pageCountChance per page count (index 0 unused), the chance that the issue has so many
   */
  private final List<TurnEvidence> stories;
  /** Per story: something besides a frame shows where it starts. */
  private final boolean[] shown;
  private final int n;
  /** Per section, prefix sums of the stories' scores. */
  private final double[][] emitted;
  private final int[] damaged;
  private final int[] clean;
  /** Page scores by place (first, other, last of many), first story and length; NaN: not yet. */
  private final double[][][] scores;

  private MatchedPageTurns(List<TurnEvidence> stories, boolean[] shown) {
    this.shown = shown;
    this.stories = stories;
    this.n = stories.size();
    this.emitted = new double[SECTIONS.length][n + 1];
    this.damaged = new int[n + 1];
    this.clean = new int[n + 1];
    for (int i = 0; i < n; i++) {
      TurnEvidence e = stories.get(i);
      for (Section s : SECTIONS) {
        emitted[s.ordinal()][i + 1] = emitted[s.ordinal()][i] + emission(e, s);
      }
      damaged[i + 1] = damaged[i] + (e.damage() == Damage.DAMAGED ? 1 : 0);
      clean[i + 1] = clean[i] + (e.damage() == Damage.CLEAN ? 1 : 0);
    }
    this.scores = new double[3][n][LONGEST_PAGE + 1];
    for (double[][] place : scores) {
      for (double[] row : place) {
        java.util.Arrays.fill(row, Double.NaN);
      }
    }
  }

  static PageTurns.Segmentation segment(List<TurnEvidence> stories, boolean[] shown) {
    if (stories.isEmpty()) {
      return new PageTurns.Segmentation(List.of(0), List.of(Section.FRONT), new double[0],
          new double[] {0, 1});
    }
    return new MatchedPageTurns(stories, shown).run();
  }

  private PageTurns.Segmentation run() {
    int maxPages = Math.min(n, Math.max(PAGE_COUNT.length - 1, n / MOST_STORIES + 2));
    // (n / MOST_STORIES + 2 pages of at most LONGEST_PAGE stories always cover the text)
    double bestScore = Double.NEGATIVE_INFINITY;
    List<Integer> bestStarts = List.of(0);
    int bestPages = 1;
    double[] turn = new double[n];
    java.util.Arrays.fill(turn, Double.NEGATIVE_INFINITY);
    double total = Double.NEGATIVE_INFINITY;
    double[] count = new double[maxPages + 1];
    java.util.Arrays.fill(count, Double.NEGATIVE_INFINITY);
    for (int k = 1; k <= maxPages; k++) {
      double prior = pageCountPrior(k);
      // Viterbi: the best segmentation into k pages
      double[][] best = table(k);
      int[][] back = new int[k + 1][n + 1];
      // forward and backward sums over all segmentations into k pages
      double[][] fwd = table(k);
      double[][] bwd = table(k);
      best[0][0] = 0;
      fwd[0][0] = 0;
      for (int j = 0; j < k; j++) {
        for (int i = 0; i < n; i++) {
          if (fwd[j][i] == Double.NEGATIVE_INFINITY) {
            continue;
          }
          for (int e = i + 1; e <= Math.min(n, i + LONGEST_PAGE); e++) {
            if (!fits(j, k, e)) {
              continue;
            }
            double page = page(i, e, j, k);
            double v = best[j][i] + page;
            if (v > best[j + 1][e]) {
              best[j + 1][e] = v;
              back[j + 1][e] = i;
            }
            fwd[j + 1][e] = sum(fwd[j + 1][e], fwd[j][i] + page);
          }
        }
      }
      if (best[k][n] == Double.NEGATIVE_INFINITY) {
        continue;
      }
      bwd[k][n] = 0;
      for (int j = k - 1; j >= 0; j--) {
        for (int i = n - 1; i >= 0; i--) {
          if (!opens(i, j)) {
            continue;
          }
          for (int e = i + 1; e <= Math.min(n, i + LONGEST_PAGE); e++) {
            if (fits(j, k, e) && bwd[j + 1][e] != Double.NEGATIVE_INFINITY) {
              bwd[j][i] = sum(bwd[j][i], page(i, e, j, k) + bwd[j + 1][e]);
            }
          }
        }
      }
      count[k] = prior + fwd[k][n];
      total = sum(total, count[k]);
      for (int j = 1; j < k; j++) {
        for (int i = 1; i < n; i++) {
          turn[i] = sum(turn[i], prior + fwd[j][i] + bwd[j][i]);
        }
      }
      if (prior + best[k][n] > bestScore) {
        bestScore = prior + best[k][n];
        bestPages = k;
        List<Integer> starts = new ArrayList<>();
        for (int j = k, e = n; j > 0; e = back[j][e], j--) {
          starts.add(0, back[j][e]);
        }
        bestStarts = starts;
      }
    }
    double[] chance = new double[n];
    chance[0] = 1;
    for (int i = 1; i < n; i++) {
      chance[i] = Math.exp(turn[i] - total);
    }
    for (int k = 0; k <= maxPages; k++) {
      count[k] = Math.exp(count[k] - total);
    }
    List<Section> sections = new ArrayList<>();
    for (int p = 0; p < bestStarts.size(); p++) {
      int e = p + 1 < bestStarts.size() ? bestStarts.get(p + 1) : n;
      sections.add(likeliest(bestStarts.get(p), e, p, bestPages));
    }
    return new PageTurns.Segmentation(List.copyOf(bestStarts), List.copyOf(sections), chance,
        count);
  }

  private double[][] table(int k) {
    double[][] t = new double[k + 1][n + 1];
    for (double[] row : t) {
      java.util.Arrays.fill(row, Double.NEGATIVE_INFINITY);
    }
    return t;
  }

  /** Page j (0-based) of k may end before story e: only the last page ends with the text. */
  private boolean fits(int j, int k, int e) {
    return (j == k - 1) == (e == n);
  }

  /** Page j may open at story i: the first at the first story, the others after it. */
  private static boolean opens(int i, int j) {
    return j == 0 ? i == 0 : i > 0;
  }

  /**
   * How much likelier story i shows what it shows about its frame when it opens a page than when
   * it does not: a page opens a new frame (unless the cleaner missed it), another story as often
   * as its genre does ({@link #FRAME_RATE}).
   */
  private double turnScore(int i) {
    return i == 0 ? 0 : frameScore(stories.get(i), shown[i]);
  }

  /** How much likelier a story's frame (opened or not) is at a page turn than elsewhere. */
  static double frameScore(TurnEvidence e, boolean shown) {
    if (e.frameStart() && !shown) {
      return Math.log((1 - FRAME_MISSED) / UNSHOWN_FRAME);
    }
    double rate = FRAME_RATE[e.genre() == Genre.LITERARY ? 0 : e.genre() == Genre.NEWS ? 1 : 2];
    return e.frameStart() ? Math.log((1 - FRAME_MISSED) / rate)
        : Math.log(FRAME_MISSED / (1 - rate));
  }

  /** Page j of k holding stories [i, e), its turn included, summed over its sections. */
  private double page(int i, int e, int j, int k) {
    if (!opens(i, j)) {
      return Double.NEGATIVE_INFINITY;
    }
    // the score depends on j and k only through the page's place: first, last of many, other
    int place = j == 0 ? 0 : j == k - 1 && k >= 3 ? 2 : 1;
    double[] row = scores[place][i];
    if (Double.isNaN(row[e - i])) {
      row[e - i] = pageScore(i, e, j, k);
    }
    return row[e - i];
  }

  private double pageScore(int i, int e, int j, int k) {
    double s = Double.NEGATIVE_INFINITY;
    for (Section sec : SECTIONS) {
      s = sum(s, sectionPrior(sec, j, k) + sectionScore(i, e, sec));
    }
    return s + damageScore(i, e) + turnScore(i);
  }

  private Section likeliest(int i, int e, int j, int k) {
    Section best = Section.FRONT;
    double score = Double.NEGATIVE_INFINITY;
    for (Section sec : SECTIONS) {
      double v = sectionPrior(sec, j, k) + sectionScore(i, e, sec);
      if (v > score) {
        score = v;
        best = sec;
      }
    }
    return best;
  }

  private double sectionScore(int i, int e, Section sec) {
    return emitted[sec.ordinal()][e] - emitted[sec.ordinal()][i] + size(e - i, sec);
  }

  /** The stories' damage under each page mode, summed over the modes. */
  private double damageScore(int i, int e) {
    int d = damaged[e] - damaged[i];
    int c = clean[e] - clean[i];
    double s = Double.NEGATIVE_INFINITY;
    for (double[] mode : DAMAGE_MODES) {
      s = sum(s, Math.log(mode[0]) + d * Math.log(mode[1]) + c * Math.log(1 - mode[1]));
    }
    return s;
  }

  private static double sectionPrior(Section sec, int j, int k) {
    if (j == 0) {
      return sec == Section.FRONT ? 0 : Double.NEGATIVE_INFINITY;
    }
    if (sec == Section.FRONT) {
      return Double.NEGATIVE_INFINITY;
    }
    boolean lastOfMany = j == k - 1 && k >= 3;
    if (sec == Section.LITERARY) {
      return lastOfMany ? Math.log(LAST_LITERARY) : Double.NEGATIVE_INFINITY;
    }
    double rest = lastOfMany ? 1 - LAST_LITERARY : 1;
    return Math.log(rest * (sec == Section.PARTY ? PARTY_PAGE : 1 - PARTY_PAGE));
  }

  private static double size(int stories, Section sec) {
    int most = sec == Section.LITERARY ? MOST_LITERARY : MOST_STORIES;
    if (stories >= FEWEST_STORIES && stories <= most) {
      return Math.log((1 - ODD_SIZE) / (most - FEWEST_STORIES + 1));
    }
    int beyond = stories < FEWEST_STORIES ? FEWEST_STORIES - stories : stories - most;
    return Math.log(ODD_SIZE) - ODD_SIZE_STEP * beyond;
  }

  private static double pageCountPrior(int k) {
    return k < PAGE_COUNT.length ? Math.log(PAGE_COUNT[k])
        : Math.log(PAGE_COUNT[PAGE_COUNT.length - 1]) - (k - PAGE_COUNT.length + 1);
  }

  static double emission(TurnEvidence e, Section sec) {
    double s = 0;
    int genre = e.genre() == Genre.LITERARY ? 0 : e.genre() == Genre.NEWS ? 1 : 2;
    s += Math.log(sec == Section.LITERARY ? GENRE_LITERARY[genre] : GENRE_OTHER[genre]);
    if (e.genre() == Genre.NEWS && sec != Section.LITERARY) {
      double[] party = sec == Section.PARTY ? PARTY_ON_PARTY
          : sec == Section.FRONT ? PARTY_ON_FRONT : PARTY_ON_WORK;
      double[] lead = sec == Section.FRONT ? LEAD_ON_FRONT
          : sec == Section.PARTY ? LEAD_ON_PARTY : LEAD_ON_WORK;
      s += Math.log(party[bin(e.partyTerms())]) + Math.log(lead[bin(e.leadTerms())]);
    }
    if (e.masthead() && sec != Section.FRONT) {
      s += MASTHEAD_ELSEWHERE;
    }
    return s;
  }

  /** None, one or two, three to seven, eight or more. */
  private static int bin(int count) {
    return count == 0 ? 0 : count < 3 ? 1 : count < MANY_TERMS ? 2 : 3;
  }

  private static double sum(double a, double b) {
    if (a == Double.NEGATIVE_INFINITY) {
      return b;
    }
    if (b == Double.NEGATIVE_INFINITY) {
      return a;
    }
    double m = Math.max(a, b);
    return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
  }
}
