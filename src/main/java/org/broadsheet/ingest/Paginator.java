package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.broadsheet.model.Page;
import org.broadsheet.model.Story;
import org.broadsheet.model.StoryKind;

/**
 * Infers page breaks in text that has none. Extracted text runs in page order; what changes at a
 * page turn is the section, which shows in the stories themselves:
 *
 * <ul>
 *   <li>the front page (要闻) opens the issue with dated reports that carry no kicker (the masthead
 *       sits on it);
 *   <li>an inside page's reports carry a kicker naming the unit (引题); a page of Party and union
 *       work (党建工作) names Party committees, branches and unions there;
 *   <li>the literary page (文艺副刊) holds essays and poems.
 * </ul>
 *
 * Photos, features and unheaded reports belong to no section by themselves and stay with the
 * page they are on. A page begins where the section changes, at the last new text frame of the
 * extraction before the first story of the new section (a page's text starts a frame). Breaks
 * with section-less stories around them go to the change report's check list. Section names are
 * the conventional names of an enterprise paper's pages; the source prints none, so each page
 * lists {@code section} as supplied.
 */
final class Paginator {
  private static final Pattern PARTY_UNIT = Pattern.compile("党委|党支部|党总支|党工委|工会|团委");

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
      boolean literary = section == null ? guess == Section.LITERARY
          : section.contains("副刊") || section.contains("文苑") || section.contains("文艺");
      List<Story> stories = new ArrayList<>();
      for (Found f : run) {
        String id = String.format("p%d-%02d", numbers.get(p), stories.size() + 1);
        Story s = f.story().withId(id);
        if (literary && s.kind() == StoryKind.FEATURE) {
          s = s.withKind(StoryKind.ESSAY); // prose on the literary page is an essay
        }
        stories.add(s);
        reportFragments(f, id, log);
      }
      pages.add(new Page(numbers.get(p), section != null ? section : guess.title,
          section != null ? List.of() : List.of("section"), stories));
    }
    return pages;
  }

  static List<Page> paginate(List<Found> found, ChangeLog log) {
    int n = found.size();
    Section[] sig = new Section[n];
    boolean frontOver = false;
    for (int i = 0; i < n; i++) {
      sig[i] = signature(found.get(i).story(), frontOver);
      frontOver |= sig[i] != null && sig[i] != Section.FRONT;
    }
    List<Integer> starts = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    int lastSigned = -1;
    for (int i = 0; i < n; i++) {
      if (sig[i] == null) {
        continue;
      }
      if (sections.isEmpty() || sections.get(sections.size() - 1) != sig[i]) {
        int start = sections.isEmpty() ? 0 : breakBefore(found, lastSigned, i);
        if (!sections.isEmpty() && (i - lastSigned > 1)) {
          Found f = found.get(start);
          log.doubt(f.firstLine(), 1, "page.break", "p" + (sections.size() + 1) + "-01",
              "page " + (sections.size() + 1) + " (" + sig[i].title + ") starts here; the "
                  + (i - lastSigned - 1) + " stories before it belong to no section and could"
                  + " open this page or close the one before");
        }
        starts.add(start);
        sections.add(sig[i]);
      }
      lastSigned = i;
    }
    if (sections.isEmpty()) {
      starts.add(0);
      sections.add(Section.FRONT);
    }
    List<Page> pages = new ArrayList<>();
    for (int p = 0; p < starts.size(); p++) {
      int from = starts.get(p);
      int to = p + 1 < starts.size() ? starts.get(p + 1) : n;
      List<Story> stories = new ArrayList<>();
      for (int i = from; i < to; i++) {
        String id = String.format("p%d-%02d", p + 1, stories.size() + 1);
        Story s = found.get(i).story().withId(id);
        if (sections.get(p) == Section.LITERARY && s.kind() == StoryKind.FEATURE) {
          s = s.withKind(StoryKind.ESSAY); // prose on the literary page is an essay
        }
        stories.add(s);
        reportFragments(found.get(i), id, log);
      }
      pages.add(new Page(p + 1, sections.get(p).title, List.of("section"), stories));
    }
    return pages;
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

  /** The last story that starts a new text frame in (previous section's last, first of new]. */
  private static int breakBefore(List<Found> found, int lastSigned, int first) {
    for (int i = first; i > lastSigned; i--) {
      if (found.get(i).frameStart()) {
        return i;
      }
    }
    return first;
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
