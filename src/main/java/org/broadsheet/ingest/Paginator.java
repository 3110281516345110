package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.broadsheet.model.Page;
import org.broadsheet.model.Story;
import org.broadsheet.model.StoryKind;

/**
 * Infers page breaks. Where running heads (报眉) print the turns, they decide. Where nothing is
 * printed, the turns are inferred from what the stories show of their pages ({@link
 * TurnEvidence}: a new text frame, a change of damage, the section's vocabulary, the literary
 * page) as the likeliest segmentation ({@link PageTurns}), and doubtful turns go to the change
 * report's check list. Sections read off the stories:
 *
 * <ul>
 *   <li>the front page (要闻) opens the issue with company-level reports (the masthead sits on it);
 *   <li>a page of Party and union work (党建工作) names Party committees, branches and unions;
 *   <li>the literary page (文艺副刊) holds essays and poems;
 *   <li>other inside pages carry production news (生产经营).
 * </ul>
 *
 * Section names are the conventional names of an enterprise paper's pages; the source prints
 * none, so each page lists {@code section} as supplied.
 */
final class Paginator {
  private static final Pattern PARTY_UNIT = Pattern.compile("党委|党支部|党总支|党工委|工会|团委");
  /** A chosen turn less likely than this is reported for checking. */
  private static final double SURE_TURN = 0.9;
  /** A frame start passed over that is at least this likely to open a page is reported. */
  private static final double POSSIBLE_TURN = 0.1;

  enum Section {
    FRONT("要闻"), INSIDE("生产经营"), PARTY("党建工作"), LITERARY("文艺副刊");

    final String title;

    Section(String title) {
      this.title = title;
    }
  }

  private Paginator() {}

  /**
   * Pages from the running heads printed at page turns (报眉): each turn starts a page, numbered
   * and named as printed; a page whose head prints no section takes the one its stories show,
   * marked as supplied. A head glued after a text line turns the page after that line's story.
   */
  static List<Page> paginate(List<Found> found, RunningHeads.Found heads, ChangeLog log) {
    if (heads.turns().isEmpty()) {
      return paginate(found, log);
    }
    List<List<Found>> runs = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    List<String> sections = new ArrayList<>();
    runs.add(new ArrayList<>());
    numbers.add(1);
    sections.add(heads.section());
    int t = 0;
    List<RunningHeads.Turn> turns = heads.turns();
    for (Found f : found) {
      while (t < turns.size() && (f.firstLine() > turns.get(t).line()
          || f.firstLine() == turns.get(t).line() && !turns.get(t).afterText())) {
        RunningHeads.Turn turn = turns.get(t++);
        if (!runs.get(runs.size() - 1).isEmpty()) {
          runs.add(new ArrayList<>());
          numbers.add(turn.page() > 0 ? turn.page() : numbers.get(numbers.size() - 1) + 1);
          sections.add(turn.section());
        } else {
          // a turn before any story of the page before: the later head names the page
          if (turn.page() > 0) {
            numbers.set(numbers.size() - 1, turn.page());
          }
          if (turn.section() != null) {
            sections.set(sections.size() - 1, turn.section());
          }
        }
      }
      runs.get(runs.size() - 1).add(f);
    }
    List<Page> pages = new ArrayList<>();
    boolean frontOver = false;
    for (int p = 0; p < runs.size(); p++) {
      List<Found> run = runs.get(p);
      Section guess = null;
      for (Found f : run) {
        Section sig = signature(f.story(), frontOver);
        frontOver |= sig != null && sig != Section.FRONT;
        guess = guess == null ? sig : guess;
      }
      guess = guess == null ? (p == 0 ? Section.FRONT : Section.INSIDE) : guess;
      String section = sections.get(p);
      // the literary page by its stories (at least half of them essays and poems) whatever its
      // printed name (副刊, 文苑, but also 百花园, 笔会, 文化广场 …), or by a name only it bears
      long literaryKinds = run.stream().filter(f -> f.story().kind() == StoryKind.ESSAY
          || f.story().kind() == StoryKind.POEM).count();
      boolean literary = section == null ? guess == Section.LITERARY
          : 2 * literaryKinds >= run.size() || section.contains("副刊")
              || section.contains("文苑") || section.contains("文艺");
      pages.add(new Page(numbers.get(p), section != null ? section : guess.title,
          section != null ? List.of() : List.of("section"),
          stories(numbers.get(p), run, literary, log)));
    }
    return pages;
  }

  /**
   * Pages of text that prints no page turn: the likeliest segmentation ({@link PageTurns}) of
   * what the stories show ({@link TurnEvidence}); turns it is unsure of, and places it passed
   * over that may turn a page too, go to the change report's check list.
   */
  static List<Page> paginate(List<Found> found, ChangeLog log) {
    int n = found.size();
    PageTurns.Segmentation seg = PageTurns.segment(TurnEvidence.of(found, log.changes()));
    List<Integer> starts = seg.starts();
    reportDoubts(found, seg, log);
    List<Page> pages = new ArrayList<>();
    for (int p = 0; p < starts.size(); p++) {
      int from = starts.get(p);
      int to = p + 1 < starts.size() ? starts.get(p + 1) : n;
      Section section = seg.sections().get(p);
      pages.add(new Page(p + 1, section.title, List.of("section"),
          stories(p + 1, found.subList(from, to), section == Section.LITERARY, log)));
    }
    return pages;
  }

  /**
   * A turn chosen although other segmentations put none there, and a story passed over although
   * many put a turn before it, are an editor's to check.
   */
  private static void reportDoubts(List<Found> found, PageTurns.Segmentation seg, ChangeLog log) {
    List<Integer> starts = seg.starts();
    double[] chance = seg.turnChance();
    double[] count = seg.pageCountChance();
    int pages = starts.size();
    if (count[pages] < SURE_TURN) {
      int other = 1;
      for (int k = 1; k < count.length; k++) {
        if (k != pages && (other == pages || count[k] > count[other])) {
          other = k;
        }
      }
      log.doubt(found.get(0).firstLine(), 1, "page.count", Integer.toString(pages),
          String.format("the issue holds %d pages with a chance of %.0f %% (%d pages: %.0f %%);"
              + " no running head prints the turns", pages, 100 * count[pages], other,
              100 * (other < count.length ? count[other] : 0)));
    }
    for (int i = 1; i < found.size(); i++) {
      int page = starts.indexOf(i);
      Found f = found.get(i);
      if (page > 0 && chance[i] < SURE_TURN) {
        // the likeliest other opening between the turns around this one
        int from = starts.get(page - 1) + 1;
        int to = page + 1 < starts.size() ? starts.get(page + 1) : found.size();
        int other = -1;
        for (int k = from; k < to; k++) {
          if (k != i && (other < 0 || chance[k] > chance[other])) {
            other = k;
          }
        }
        String alternative = other < 0 ? ""
            : String.format("; the likeliest other opening is line %d (%.0f %%)",
                found.get(other).firstLine(), 100 * chance[other]);
        log.doubt(f.firstLine(), 1, "page.break", "p" + (page + 1) + "-01",
            String.format("page %d (%s) opens here with a chance of %.0f %% (no running head"
                + " prints the turn)%s", page + 1, seg.sections().get(page).title,
                100 * chance[i], alternative));
      } else if (page < 0 && chance[i] >= POSSIBLE_TURN) {
        log.doubt(f.firstLine(), 1, "page.break",
            f.story().titleText().orElse(firstWords(f.story())),
            String.format("%s that opens a page with a chance of %.0f %%; kept on the page"
                + " before", f.frameStart() ? "a new text frame" : "a story", 100 * chance[i]));
      }
    }
  }

  private static String firstWords(Story s) {
    String t = String.join("", s.texts());
    return t.substring(0, Math.min(12, t.length()));
  }

  /**
   * A page's stories, numbered on it ({@code pN-NN}); on the literary page prose is an essay.
   * Headline fragments found with them are reported under their ids.
   */
  private static List<Story> stories(int page, List<Found> run, boolean literary, ChangeLog log) {
    List<Story> stories = new ArrayList<>();
    for (Found f : run) {
      String id = String.format("p%d-%02d", page, stories.size() + 1);
      Story s = f.story().withId(id);
      if (literary && s.kind() == StoryKind.FEATURE) {
        s = s.withKind(StoryKind.ESSAY); // prose on the literary page is an essay
      }
      stories.add(s);
      reportFragments(f, id, log);
    }
    return stories;
  }

  /** Stray characters where a story's headline stands: reported with the story they follow. */
  private static void reportFragments(Found f, String id, ChangeLog log) {
    for (Piece p : f.fragments()) {
      log.add(p.line(), p.column(), "headline.fragment", p.text(), "",
          "a lone character where the headline of " + id + " stands: the rest of the headline"
              + " is lost, too little to print as a title");
      log.doubt(p.line(), p.column(), "headline.fragment", p.text(),
          "stray character after " + id + ": a remnant of its lost headline?");
    }
  }

  private static Section signature(Story s, boolean frontOver) {
    if (s.kind() == StoryKind.ESSAY || s.kind() == StoryKind.POEM) {
      return Section.LITERARY;
    }
    if (s.kicker() != null) {
      return PARTY_UNIT.matcher(s.kicker()).find() ? Section.PARTY : Section.INSIDE;
    }
    if (s.kind() == StoryKind.NEWS && !frontOver) {
      return Section.FRONT;
    }
    return null;
  }
}
