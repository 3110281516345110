package org.broadsheet.ingest.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.broadsheet.ingest.Ingest;
import org.broadsheet.ingest.ReferenceIssue;
import org.broadsheet.ingest.TurnProbe;
import org.broadsheet.ingest.TurnProbe.Evidence;
import org.broadsheet.model.Diagnostics;
import org.broadsheet.model.Page;
import org.broadsheet.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How well could any reader of the raw text place stories on pages where no turn is printed
 * (issue 5)? An experiment, run only when asked ({@code -Dbroadsheet.turns.ceiling=N}, N dev
 * issues per generated set, 0 for the frozen sets only; {@code -Dbroadsheet.dump=DIR} writes the
 * misses to DIR/turn-ceiling.txt): the page model ({@code PageTurns}) is fed the TRUE evidence of
 * every reference story — its frame start (its first raw line indented), the damage its body shows
 * as rendered (its body's marks all real or all mojibake, beside its headline's and dateline's),
 * its kind, the vocabulary of its true text, the masthead glued to it — and its page accuracy is
 * set beside the cleaner's. Then the cleaner's evidence is corrected one kind at a time (frame,
 * damage, genre, vocabulary, masthead) on the cleaner's own stories, to price each evidence error
 * in stories put on a wrong page. Sets: frozen/ (sim-1.1, no turn printed), the unsignalled
 * issues of frozen-2/ and of the dev range of sim-2, other papers and other-narrow
 * ({@link HeldOutScore}).
 * The calibration lines compare the model's turn chances with the true turns.
 */
class PageTurnCeiling {
  /** The experiments: which evidence of the cleaner is replaced by the truth. */
  private static final Map<String, BiFunction<Evidence, Evidence, Evidence>> FIXES =
      new LinkedHashMap<>();

  static {
    FIXES.put("cleaner", (c, t) -> c);
    FIXES.put("+frame", (c, t) -> c.withFrame(t.frame()));
    FIXES.put("+damage", (c, t) -> c.withDamage(t.damage()));
    FIXES.put("+genre", (c, t) -> c.withKind(t.kind()));
    FIXES.put("+terms", (c, t) -> c.withTerms(t.partyTerms(), t.leadTerms()));
    FIXES.put("+masthead", (c, t) -> c.withMasthead(t.masthead()));
    FIXES.put("+all", (c, t) -> t);
  }

  /** Tallies of one set. */
  static final class Tally {
    final String name;
    int issues;
    int stories;
    int ceiling;
    int ceilingIssuesWrong;
    final Map<String, Integer> right = new LinkedHashMap<>();
    int frameMissed;
    int frameExtra;
    int damageWrong;
    int damageUnknown;
    int genreWrong;
    int termsWrong;
    int mastheadWrong;
    int cleanerStories;
    /** The cleaner's wrong turns (chosen or passed over), those the report flags, right flagged. */
    int turnErrors;
    int turnErrorsFlagged;
    int rightFlagged;
    /** Ceiling misses by what the missed or misplaced turn showed. */
    final Map<String, Integer> turnMisses = new LinkedHashMap<>();
    /** True frames / stories, by turn or not, start shown or not, genre. */
    final Map<String, int[]> frames = new java.util.TreeMap<>();
    /** Turn chance buckets (<.02, <.1, <.5, <.9, rest): summed chance, true turns, stories. */
    final double[][] calibration = new double[5][3];

    Tally(String name) {
      this.name = name;
    }

    String report() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format("%s: %d issues, %d stories; true evidence (ceiling) %d/%d (%.2f %%),"
              + " issues with a wrong page %d%n", name, issues, stories, ceiling, stories,
          100.0 * ceiling / stories, ceilingIssuesWrong));
      right.forEach((k, v) -> sb.append(String.format("  %-10s %d/%d (%.2f %%)%n", k, v, stories,
          100.0 * v / stories)));
      sb.append(String.format("  cleaner evidence errors over %d stories found: frame missed %d,"
              + " frame extra %d, damage wrong %d (unknown where truth shows %d), genre %d,"
              + " terms %d, masthead %d%n", cleanerStories, frameMissed, frameExtra, damageWrong,
          damageUnknown, genreWrong, termsWrong, mastheadWrong));
      sb.append(String.format("  cleaner's turn errors %d, flagged in the change report %d;"
          + " right turns or non-turns flagged %d%n", turnErrors, turnErrorsFlagged, rightFlagged));
      sb.append("  ceiling: stories on a wrong page by what their issue's true turns show: ")
          .append(turnMisses).append('\n');
      for (double[] c : calibration) {
        sb.append(String.format("  calibration: expected turns %.1f, true %d of %d%n", c[0],
            (int) c[1], (int) c[2]));
      }
      frames.forEach((k, v) -> sb.append(String.format("  frames %-22s %d/%d%n", k, v[0], v[1])));
      return sb.toString();
    }
  }

  @Test
  @EnabledIfSystemProperty(named = "broadsheet.turns.ceiling", matches = "\\d+")
  void measures() {
    int dev = Integer.parseInt(System.getProperty("broadsheet.turns.ceiling"));
    StringBuilder out = new StringBuilder();
    Tally first = new Tally("frozen/");
    SetScore score = new SetScore();
    for (FrozenSet.Entry e : FrozenSet.load(FrozenSet.DIR)) {
      issue(first, e.name(), e.raw(), e.text(), e.referenceYaml());
      score.add(e.name(), e.text(), e.referenceYaml(),
          Ingest.clean(e.raw(), e.name() + ".txt", new Diagnostics()));
    }
    out.append(first.report());
    int cleanerRight = score.stories - score.fieldErrors.getOrDefault("page", 0)
        - score.fieldErrors.getOrDefault("unmatched", 0);
    out.append(String.format("  (the cleaner itself, scored by SetScore: %d/%d page right)%n",
        cleanerRight, score.stories));
    Tally second = new Tally("frozen-2/ unsignalled");
    for (FrozenSet.Entry e : FrozenSet.load(FrozenSet.DIR_2)) {
      if (!e.referenceYaml().contains("signalled: true")) {
        issue(second, e.name(), e.raw(), e.text(), e.referenceYaml());
      }
    }
    out.append(second.report());
    for (String mode : new String[] {"", "other", "other-narrow"}) {
      if (dev == 0) {
        break;
      }
      IssueSimulator sim = HeldOutScore.simulator(mode);
      Tally t = new Tally("dev " + (mode.isEmpty() ? "sim-2" : mode) + " unsignalled (of " + dev
          + ")");
      for (int i = 0; i < dev; i++) {
        SimulatedIssue issue = sim.generate(String.format("h%03d", i + 1),
            HeldOutScore.DEV_SEED + 104729L * i);
        if (!issue.referenceYaml().contains("signalled: true")) {
          issue(t, issue.name(), issue.bytes(), issue.text(), issue.referenceYaml());
        }
      }
      out.append(t.report());
    }
    System.out.println(out);
    // the probe reads the cleaner's evidence and turns as Ingest does
    assertThat(first.right.get("cleaner")).isEqualTo(cleanerRight);
    String dump = System.getProperty("broadsheet.dump");
    if (dump != null) {
      try {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of(dump));
        java.nio.file.Files.writeString(dir.resolve("turn-ceiling.txt"), out + "\n" + detail);
      } catch (java.io.IOException ex) {
        throw new java.io.UncheckedIOException(ex);
      }
    }
  }

  private final StringBuilder detail = new StringBuilder();

  private void issue(Tally t, String name, byte[] bytes, String text, String yaml) {
    String[] raw = text.split("\n", -1);
    ReferenceIssue ref = ReferenceIssue.parse(yaml);
    List<Evidence> truth = new ArrayList<>();
    List<Integer> truePage = new ArrayList<>();
    int index = 0;
    List<Page> pages = ref.issue().pages();
    boolean after = headlinesAfter(ref, raw);
    boolean prevMarked = true;
    for (int p = 0; p < pages.size(); p++) {
      for (Story s : pages.get(p).stories()) {
        ReferenceIssue.StoryExtra x = ref.extras().get(index++);
        boolean headed = s.kicker() != null || !s.title().isEmpty();
        // the simulator's rule: a story opens a frame when nothing else shows its start
        boolean literary = s.kind() == org.broadsheet.model.StoryKind.ESSAY
            || s.kind() == org.broadsheet.model.StoryKind.POEM;
        boolean shown = s.dateline() != null || headed && !after
            || prevMarked && !(literary && after);
        truth.add(trueEvidence(s, x, raw, ref, shown));
        truePage.add(p);
        prevMarked = s.byline() != null || s.credit() != null || headed && after;
      }
    }
    t.issues++;
    t.stories += truth.size();
    for (int i = 1; i < truth.size(); i++) {
      Evidence e = truth.get(i);
      String key = (truePage.get(i).equals(truePage.get(i - 1)) ? "inside" : "turn")
          + (e.shown() ? " shown " : " unshown ") + new String[] {"lit", "news", "other"}[genre(e)];
      int[] fr = t.frames.computeIfAbsent(key, k -> new int[2]);
      fr[0] += e.frame() ? 1 : 0;
      fr[1]++;
    }
    double[] chance = new double[truth.size()];
    int[] ceil = TurnProbe.pages(truth, chance);
    for (int i = 1; i < truth.size(); i++) {
      int b = chance[i] < 0.02 ? 0 : chance[i] < 0.1 ? 1 : chance[i] < 0.5 ? 2 : chance[i] < 0.9
          ? 3 : 4;
      t.calibration[b][0] += chance[i];
      t.calibration[b][1] += truePage.get(i).equals(truePage.get(i - 1)) ? 0 : 1;
      t.calibration[b][2]++;
    }
    int right = 0;
    for (int i = 0; i < ceil.length; i++) {
      right += ceil[i] == truePage.get(i) ? 1 : 0;
    }
    t.ceiling += right;
    if (right < ceil.length) {
      t.ceilingIssuesWrong++;
      describe(t, name, truth, truePage, ceil);
    }
    // the cleaner's stories, each with the truth of the reference story it holds
    List<Evidence> found = TurnProbe.cleaner(bytes, name + ".txt");
    t.cleanerStories += found.size();
    List<Evidence> fixedTruth = new ArrayList<>();
    boolean[] claimed = new boolean[truth.size()];
    for (Evidence c : found) {
      int r = -1;
      for (int k = 0; k < truth.size(); k++) {
        int first = truth.get(k).firstLine();
        if (!claimed[k] && first >= c.firstLine() && first <= c.lastLine()) {
          r = k;
          break;
        }
      }
      Evidence lines = rendered(c.firstLine(), c.lastLine(), raw, ref);
      Evidence tr;
      if (r >= 0) {
        claimed[r] = true;
        Evidence te = truth.get(r);
        tr = new Evidence(c.firstLine(), c.lastLine(), te.frame() || lines.frame(), te.shown(),
            te.damage(), te.kind(), te.partyTerms(), te.leadTerms(), lines.masthead());
      } else {
        tr = new Evidence(c.firstLine(), c.lastLine(), lines.frame(), c.shown(), lines.damage(),
            c.kind(),
            c.partyTerms(), c.leadTerms(), lines.masthead());
      }
      fixedTruth.add(tr);
      t.frameMissed += tr.frame() && !c.frame() ? 1 : 0;
      t.frameExtra += !tr.frame() && c.frame() ? 1 : 0;
      t.damageWrong += !tr.damage().equals(c.damage()) && !c.damage().equals("UNKNOWN") ? 1 : 0;
      t.damageUnknown += !tr.damage().equals("UNKNOWN") && c.damage().equals("UNKNOWN") ? 1 : 0;
      t.genreWrong += genre(tr) != genre(c) ? 1 : 0;
      t.termsWrong += tr.partyTerms() != c.partyTerms() || tr.leadTerms() != c.leadTerms() ? 1 : 0;
      t.mastheadWrong += tr.masthead() != c.masthead() ? 1 : 0;
    }
    // per cleaner story: it holds the first line of a reference story that opens a page
    boolean[] opens = new boolean[found.size()];
    for (int k = 1; k < truth.size(); k++) {
      int c = holder(found, truth.get(k).firstLine());
      if (c > 0 && !truePage.get(k).equals(truePage.get(k - 1))
          && found.get(c).firstLine() <= truth.get(k).firstLine()) {
        opens[c] = true;
      }
    }
    for (Map.Entry<String, BiFunction<Evidence, Evidence, Evidence>> fix : FIXES.entrySet()) {
      List<Evidence> ev = new ArrayList<>();
      for (int i = 0; i < found.size(); i++) {
        ev.add(fix.getValue().apply(found.get(i), fixedTruth.get(i)));
      }
      double[] turnChance = new double[ev.size()];
      int[] page = TurnProbe.pages(ev, turnChance);
      if (fix.getKey().equals("cleaner")) {
        doubts(t, page, turnChance, opens);
      }
      int ok = 0;
      for (int k = 0; k < truth.size(); k++) {
        int c = holder(found, truth.get(k).firstLine());
        ok += c >= 0 && page[c] == truePage.get(k) ? 1 : 0;
      }
      t.right.merge(fix.getKey(), ok, Integer::sum);
    }
  }

  /**
   * Whether the change report flags the cleaner's wrong turns: a turn chosen with a chance below
   * 0.9, a place passed over with a chance of 0.1 or more (as {@code Paginator} reports them).
   */
  private static void doubts(Tally t, int[] page, double[] chance, boolean[] opens) {
    for (int c = 1; c < page.length; c++) {
      boolean chosen = page[c] != page[c - 1];
      boolean flagged = chosen ? chance[c] < 0.9 : chance[c] >= 0.1;
      if (chosen != opens[c]) {
        t.turnErrors++;
        t.turnErrorsFlagged += flagged ? 1 : 0;
      } else if (flagged) {
        t.rightFlagged++;
      }
    }
  }

  /** Why the ceiling missed: what each true turn the segmentation got wrong showed. */
  private void describe(Tally t, String name, List<Evidence> truth, List<Integer> truePage,
      int[] got) {
    detail.append(String.format("== %s %s true %s%n== %s %s got  %s%n", t.name, name,
        pagesOf(truePage), t.name, name, pagesOf(got)));
    for (int i = 1; i < truth.size(); i++) {
      boolean trueTurn = !truePage.get(i).equals(truePage.get(i - 1));
      boolean gotTurn = got[i] != got[i - 1];
      if (trueTurn != gotTurn) {
        Evidence e = truth.get(i);
        String what = (trueTurn ? "missed" : "invented") + (e.frame() ? " frame" : " noframe")
            + " " + e.damage() + "<-" + truth.get(i - 1).damage() + " " + genre(e);
        detail.append("   ").append(i).append(' ').append(what).append('\n');
        t.turnMisses.merge(trueTurn ? "missed turns" : "invented turns", 1, Integer::sum);
      }
    }
    int wrong = 0;
    for (int i = 0; i < got.length; i++) {
      wrong += got[i] != truePage.get(i) ? 1 : 0;
    }
    t.turnMisses.merge("stories", wrong, Integer::sum);
  }

  private static String pagesOf(List<Integer> p) {
    StringBuilder sb = new StringBuilder();
    p.forEach(x -> sb.append(x + 1));
    return sb.toString();
  }

  private static String pagesOf(int[] p) {
    StringBuilder sb = new StringBuilder();
    for (int x : p) {
      sb.append(x + 1);
    }
    return sb.toString();
  }

  private static int genre(Evidence e) {
    return switch (e.kind()) {
      case ESSAY, POEM -> 0;
      case NEWS -> 1;
      default -> 2;
    };
  }

  /**
   * The damage the story's body shows as rendered: a body with marks either prints them all as
   * mojibake images (damaged) or all as marks (clean); its headline and dateline print theirs as
   * marks unless the body is damaged too, its byline brackets and author marker may be damaged
   * apart from it. Real marks in its raw lines: at most the headline's and dateline's when the
   * body is damaged, at least the body's besides when it is clean.
   */
  private static String bodyDamage(Story s, ReferenceIssue.StoryExtra x, String[] raw) {
    int body = marks(String.join("", s.paragraphs()) + String.join("", s.lines())
        + (s.caption() == null ? "" : s.caption()));
    int head = marks((s.kicker() == null ? "" : s.kicker()) + String.join("", s.title())
        + (s.subtitle() == null ? "" : s.subtitle()) + (s.dateline() == null ? "" : s.dateline()));
    if (body == 0) {
      return "UNKNOWN";
    }
    int real = 0;
    for (int l = Math.max(1, x.firstLine()); l <= x.lastLine() && l <= raw.length; l++) {
      real += marks(raw[l - 1]);
    }
    return real <= head ? "DAMAGED" : real >= body + head ? "CLEAN" : "UNKNOWN";
  }

  private static int marks(String text) {
    return (int) text.codePoints().filter(EncodingFault::isMark).count();
  }

  /** Headlines stand after their bodies: most headed stories' first raw line is no headline. */
  private static boolean headlinesAfter(ReferenceIssue ref, String[] raw) {
    int before = 0;
    int headed = 0;
    int index = 0;
    for (Page p : ref.issue().pages()) {
      for (Story s : p.stories()) {
        ReferenceIssue.StoryExtra x = ref.extras().get(index++);
        String head = s.kicker() != null ? s.kicker() : s.title().isEmpty() ? null
            : s.title().get(0);
        if (head == null || x.firstLine() < 1 || x.firstLine() > raw.length) {
          continue;
        }
        headed++;
        String line = raw[x.firstLine() - 1].replaceAll("\\s", "");
        String h = head.replaceAll("\\s", "");
        before += line.startsWith(h.substring(0, Math.min(2, h.length()))) ? 1 : 0;
      }
    }
    return 2 * before < headed;
  }

  /** The cleaner's story holding a reference story's first line (else the last one before it). */
  private static int holder(List<Evidence> found, int line) {
    int before = -1;
    for (int c = 0; c < found.size(); c++) {
      if (found.get(c).firstLine() <= line && line <= found.get(c).lastLine()) {
        return c;
      }
      if (found.get(c).firstLine() <= line) {
        before = c;
      }
    }
    return before;
  }

  private static Evidence trueEvidence(Story s, ReferenceIssue.StoryExtra x, String[] raw,
      ReferenceIssue ref, boolean shown) {
    Evidence lines = rendered(x.firstLine(), x.lastLine(), raw, ref);
    String text = String.join("", s.texts());
    return new Evidence(x.firstLine(), x.lastLine(), lines.frame(), shown,
        bodyDamage(s, x, raw), s.kind(),
        TurnProbe.partyTerms(text), TurnProbe.leadTerms(text), lines.masthead());
  }

  /**
   * What raw lines first..last show as rendered: a frame opened at the first (its line indented),
   * the body's damage (more mojibake images than real marks: damaged; more real: clean; neither:
   * unknown) and the masthead fragment among them.
   */
  private static Evidence rendered(int first, int last, String[] raw, ReferenceIssue ref) {
    String line = first >= 1 && first <= raw.length ? raw[first - 1] : "";
    boolean frame = !line.isEmpty() && (Character.isWhitespace(line.charAt(0))
        || line.charAt(0) == '\u3000');
    int images = 0;
    int real = 0;
    for (int l = Math.max(1, first); l <= last && l <= raw.length; l++) {
      for (int cp : raw[l - 1].codePoints().toArray()) {
        if (EncodingFault.mark(cp) >= 0) {
          images++;
        } else if (EncodingFault.isMark(cp)) {
          real++;
        }
      }
    }
    String damage = images > real ? "DAMAGED" : real > images ? "CLEAN" : "UNKNOWN";
    boolean masthead = ref.furniture().stream().anyMatch(f -> f.role().equals("masthead")
        && f.line() >= first && f.line() <= last);
    return new Evidence(first, last, frame, true, damage, null, 0, 0, masthead);
  }
}
