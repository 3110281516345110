package org.broadsheet.ingest.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.broadsheet.ingest.Change;
import org.broadsheet.ingest.CleanResult;
import org.broadsheet.ingest.ReferenceIssue;
import org.broadsheet.model.Issue;
import org.broadsheet.model.Page;
import org.broadsheet.model.Story;

/**
 * Scores a cleaner's output against references. Output stories are matched to reference stories
 * by order and raw line ranges, not by id: each output story is located in the raw text (its
 * first body text, found in the raw with whitespace removed and images folded, searching forward
 * from the previous story) and matched to the reference story whose raw lines hold that place;
 * the first output story in a reference story's range is its match, later ones are extra.
 *
 * <p>Two views beside the overall one (sim-2 references mark them, {@link ReferenceMarks}):
 * paragraph exactness without the paragraphs whose break the raw text does not show
 * ({@code ambiguous}), and stories with all fields right over the pages whose turns are signalled
 * (on other pages the page field is undecidable: nothing in the raw text marks the turn).
 */
final class SetScore {
  int issues;
  int failedIssues;
  int paragraphs;
  int paragraphsExact;
  int verses;
  int versesExact;
  int captions;
  int captionsExact;
  int stories;
  int storiesMatched;
  int storiesFieldsRight;
  int storiesFieldsRightButPage;
  int storiesAllExact;
  int extraOutputStories;
  int paragraphsAmbiguous;
  int paragraphsClear;
  int paragraphsClearExact;
  int storiesSignalled;
  int storiesSignalledRight;
  long rawChars;
  long charsLost;
  long charsExtra;
  final Map<String, Integer> fieldErrors = new java.util.TreeMap<>();
  final List<String> worst = new ArrayList<>();
  /** Expected paragraphs the output lacks, each with the output paragraph sharing its start. */
  final List<String> paragraphMisses = new ArrayList<>();
  /**
   * Every miss in full, for {@code -Dbroadsheet.dump=DIR}: each paragraph, verse or caption the
   * output lacks and each wrong field, with the issue, story and the story's raw lines; and per
   * issue the page of every reference story beside the output's.
   */
  final StringBuilder dump = new StringBuilder();
  private String issueName;
  private List<String> rawLines;

  void add(String name, String raw, ReferenceIssue ref, CleanResult out) {
    add(name, raw, ref, new ReferenceMarks(
        ref.issue().allStories().stream().map(x -> java.util.Set.<Integer>of()).toList(),
        ref.issue().allStories().stream().map(x -> false).toList()), out);
  }

  /** Scores one issue against its reference YAML (with the marks of a sim-2 reference). */
  void add(String name, String raw, String referenceYaml, CleanResult out) {
    add(name, raw, ReferenceIssue.parse(referenceYaml), ReferenceMarks.parse(referenceYaml), out);
  }

  void add(String name, String raw, ReferenceIssue ref, ReferenceMarks marks, CleanResult out) {
    issues++;
    issueName = name;
    rawLines = List.of(raw.split("\n", -1));
    List<Story> truth = ref.issue().allStories();
    CharCount rawCount = new CharCount(false).add(raw);
    rawChars += rawCount.total();
    if (out == null) {
      failedIssues++;
      charsLost += rawCount.total();
      for (int i = 0; i < truth.size(); i++) {
        count(truth.get(i), null, 0, 0, marks.ambiguous().get(i), marks.signalled().get(i));
      }
      return;
    }
    CharCount accounted = new CharCount(false);
    out.issue().allStories().forEach(s -> s.texts().forEach(accounted::add));
    out.issue().masthead().forEach(accounted::add);
    for (Change c : out.changes()) {
      accounted.add(c.before(), 1);
      accounted.add(c.after(), -1);
    }
    Map<Integer, Integer> lostChars = rawCount.minus(accounted);
    int lost = lostChars.values().stream().mapToInt(Integer::intValue).sum();
    charsLost += lost;
    charsExtra += accounted.minus(rawCount).values().stream().mapToInt(Integer::intValue).sum();

    List<String> lines = List.of(raw.split("\n", -1));
    StringBuilder stream = new StringBuilder();
    List<Integer> lineOf = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String f = TruthCheck.folded(lines.get(n));
      stream.append(f);
      for (int k = 0; k < f.length(); k++) {
        lineOf.add(n + 1);
      }
    }
    Story[] match = new Story[truth.size()];
    int[] page = new int[truth.size()];
    int cursor = 0;
    for (Map.Entry<Integer, List<Story>> p : pages(out.issue())) {
      for (Story s : p.getValue()) {
        String key = key(s);
        if (key == null) {
          continue;
        }
        int pos = stream.indexOf(key, cursor);
        if (pos < 0) {
          pos = stream.indexOf(key);
        } else {
          cursor = pos + 1;
        }
        int ref2 = pos < 0 ? -1 : storyAt(ref, lineOf.get(pos));
        if (ref2 >= 0 && match[ref2] == null) {
          match[ref2] = s;
          page[ref2] = p.getKey();
        } else {
          extraOutputStories++;
        }
      }
    }
    int before = storiesFieldsRight;
    StringBuilder refPages = new StringBuilder();
    StringBuilder outPages = new StringBuilder();
    for (int i = 0; i < truth.size(); i++) {
      ReferenceIssue.StoryExtra x = i < ref.extras().size() ? ref.extras().get(i) : null;
      storyLines = x == null ? List.of()
          : rawLines.subList(Math.max(0, x.firstLine() - 1), Math.min(rawLines.size(), x.lastLine()));
      storyFirstLine = x == null ? 0 : x.firstLine();
      count(truth.get(i), match[i], page[i], pageOf(ref, i), marks.ambiguous().get(i),
          marks.signalled().get(i));
      refPages.append(pageOf(ref, i));
      outPages.append(match[i] == null ? "?" : Integer.toString(page[i]));
    }
    dump.append(String.format("== %s pages: reference %s%n== %s pages: output    %s%n", name,
        refPages, name, outPages));
    int wrong = truth.size() - (storiesFieldsRight - before);
    if (wrong > 0 || lost > 0) {
      String shown = CharCount.show(lostChars);
      worst.add(String.format("%s: %d/%d stories with a field wrong, %d chars lost %s", name, wrong,
          truth.size(), lost, shown.substring(0, Math.min(60, shown.length()))));
    }
  }

  /** The output's pages; a flat story list is one page numbered 0 (no page known). */
  private static List<Map.Entry<Integer, List<Story>>> pages(Issue issue) {
    return issue.hasPages()
        ? issue.pages().stream().map(p -> Map.entry(p.number(), p.stories())).toList()
        : List.of(Map.entry(0, issue.stories()));
  }

  private static String key(Story s) {
    // a poem's lines together: one short line recurs in the poems of a literary page
    String verse = String.join("", s.lines());
    String body = !s.paragraphs().isEmpty() ? s.paragraphs().get(0)
        : !verse.isBlank() ? verse
        : s.caption() != null ? s.caption() : s.titleText().orElse(null);
    if (body == null) {
      return null;
    }
    String f = TruthCheck.folded(body);
    return f.isEmpty() ? null : f.substring(0, Math.min(40, f.length()));
  }

  private static int storyAt(ReferenceIssue ref, int line) {
    for (int i = 0; i < ref.extras().size(); i++) {
      if (ref.extras().get(i).firstLine() <= line && line <= ref.extras().get(i).lastLine()) {
        return i;
      }
    }
    return -1;
  }

  private static int pageOf(ReferenceIssue ref, int index) {
    int i = 0;
    for (Page p : ref.issue().pages()) {
      i += p.stories().size();
      if (index < i) {
        return p.number();
      }
    }
    return 0;
  }

  private List<String> storyLines = List.of();
  private int storyFirstLine;

  private void dumpMiss(Story t, String what) {
    dump.append(String.format("-- %s %s: %s%n", issueName, t.id(), what));
    for (int k = 0; k < storyLines.size(); k++) {
      dump.append(String.format("   %5d| %s%n", storyFirstLine + k, storyLines.get(k)));
    }
  }

  private void count(Story t, Story o, int outPage, int refPage, java.util.Set<Integer> ambiguous,
      boolean signalled) {
    stories++;
    storiesSignalled += signalled ? 1 : 0;
    paragraphs += t.paragraphs().size();
    paragraphsAmbiguous += ambiguous.size();
    List<String> clear = new ArrayList<>();
    for (int k = 0; k < t.paragraphs().size(); k++) {
      if (!ambiguous.contains(k)) {
        clear.add(t.paragraphs().get(k));
      }
    }
    paragraphsClear += clear.size();
    List<String> verseTruth = t.lines().stream().filter(l -> !l.isEmpty()).toList();
    verses += verseTruth.size();
    captions += t.caption() != null ? 1 : 0;
    if (o == null) {
      fieldErrors.merge("unmatched", 1, Integer::sum);
      dumpMiss(t, "unmatched");
      return;
    }
    storiesMatched++;
    paragraphsExact += exact(t.paragraphs(), o.paragraphs());
    paragraphsClearExact += exact(clear, o.paragraphs());
    for (int k = 0; k < t.paragraphs().size(); k++) {
      String e = t.paragraphs().get(k);
      if (!o.paragraphs().contains(e)) {
        String head = e.substring(0, Math.min(6, e.length()));
        String near = o.paragraphs().stream().filter(x -> x.contains(head)).findFirst()
            .orElse("(none)");
        paragraphMisses.add(t.id() + (ambiguous.contains(k) ? " [ambiguous] " : " ")
            + "expected: " + e + "\n      output:   " + near);
        dumpMiss(t, "paragraph " + k + (ambiguous.contains(k) ? " [ambiguous]" : "")
            + "\n   expected: " + e + "\n   output:   " + near);
      }
    }
    versesExact += exact(verseTruth, o.lines());
    captionsExact += t.caption() != null && t.caption().equals(o.caption()) ? 1 : 0;
    List<String> wrong = new ArrayList<>();
    check(wrong, "kind", t.kind(), o.kind());
    check(wrong, "kicker", t.kicker(), o.kicker());
    check(wrong, "title", title(t), title(o));
    check(wrong, "dateline", t.dateline(), o.dateline());
    check(wrong, "byline", t.byline(), o.byline());
    check(wrong, "caption", t.caption(), o.caption());
    check(wrong, "credit", t.credit(), o.credit());
    boolean pageRight = outPage == refPage;
    if (!pageRight) {
      fieldErrors.merge("page", 1, Integer::sum);
    }
    wrong.forEach(w -> fieldErrors.merge(w, 1, Integer::sum));
    for (String w : new ArrayList<>(new java.util.LinkedHashSet<>(wrong))) {
      dumpMiss(t, "field " + w + "\n   expected: " + field(t, w) + "\n   output:   " + field(o, w));
    }
    if (!verseTruth.equals(o.lines().stream().filter(l -> !l.isEmpty()).toList())) {
      dumpMiss(t, "verses\n   expected: " + verseTruth + "\n   output:   " + o.lines());
    }
    if (wrong.isEmpty()) {
      storiesFieldsRightButPage++;
      if (pageRight) {
        storiesFieldsRight++;
        storiesSignalledRight += signalled ? 1 : 0;
        if (t.paragraphs().equals(o.paragraphs()) && t.lines().equals(o.lines())) {
          storiesAllExact++;
        }
      }
    }
  }

  private static Object field(Story s, String w) {
    return switch (w) {
      case "kind" -> s.kind();
      case "kicker" -> s.kicker();
      case "title" -> s.title();
      case "dateline" -> s.dateline();
      case "byline" -> s.byline();
      case "caption" -> s.caption();
      case "credit" -> s.credit();
      default -> "?";
    };
  }

  /** A title compared as its text: line division and spaces aside. */
  private static String title(Story s) {
    return s.title().isEmpty() ? null : String.join("", s.title()).replaceAll("\\s", "");
  }

  private static void check(List<String> wrong, String field, Object a, Object b) {
    if (!Objects.equals(a, b)) {
      wrong.add(field);
    }
  }

  /** How many of the expected texts the output holds (as a multiset). */
  private static int exact(List<String> expected, List<String> actual) {
    List<String> pool = new ArrayList<>(actual);
    int n = 0;
    for (String e : expected) {
      if (pool.remove(e)) {
        n++;
      }
    }
    return n;
  }

  double paragraphRate() {
    int total = paragraphs + verses + captions;
    return total == 0 ? 1 : (double) (paragraphsExact + versesExact + captionsExact) / total;
  }

  /** Paragraphs, verses and captions exact, ambiguous paragraphs left out. */
  double clearParagraphRate() {
    int total = paragraphsClear + verses + captions;
    return total == 0 ? 1
        : (double) (paragraphsClearExact + versesExact + captionsExact) / total;
  }

  /** Stories with all fields right among those on signalled pages (NaN when there are none). */
  double signalledStoryRate() {
    return storiesSignalled == 0 ? Double.NaN : (double) storiesSignalledRight / storiesSignalled;
  }

  double storyRate() {
    return stories == 0 ? 1 : (double) storiesFieldsRight / stories;
  }

  String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("issues %d (cleaner failed on %d)%n", issues, failedIssues));
    sb.append(String.format("paragraphs+verses+captions exact: %.2f %% (%d/%d; paragraphs %d/%d,"
        + " verses %d/%d, captions %d/%d)%n", 100 * paragraphRate(),
        paragraphsExact + versesExact + captionsExact, paragraphs + verses + captions,
        paragraphsExact, paragraphs, versesExact, verses, captionsExact, captions));
    sb.append(String.format("  ... without the %d ambiguous paragraphs (break not shown in the"
        + " raw text): %.2f %% (%d/%d)%n", paragraphsAmbiguous, 100 * clearParagraphRate(),
        paragraphsClearExact + versesExact + captionsExact, paragraphsClear + verses + captions));
    sb.append(String.format("stories with all fields right (kind kicker title dateline byline"
        + " caption credit page): %.2f %% (%d/%d)%n", 100 * storyRate(), storiesFieldsRight,
        stories));
    sb.append(storiesSignalled == 0
        ? "  ... over pages whose turn is signalled: none (no page turn of this set prints a"
            + " running head)\n"
        : String.format("  ... over pages whose turn is signalled (running heads): %.2f %% (%d/%d)"
            + "%n", 100 * signalledStoryRate(), storiesSignalledRight, storiesSignalled));
    sb.append(String.format("  ... all fields but page: %d/%d; all fields and text exact: %d/%d;"
        + " matched %d/%d; extra output stories %d%n", storiesFieldsRightButPage, stories,
        storiesAllExact, stories, storiesMatched, stories, extraOutputStories));
    sb.append("  field errors: ").append(fieldErrors).append('\n');
    sb.append(String.format("characters unaccounted (raw non-whitespace not in output, masthead"
        + " or change report): %d of %d; output characters not in the raw: %d%n", charsLost,
        rawChars, charsExtra));
    return sb.toString();
  }
}
