package org.broadsheet.ingest.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.broadsheet.ingest.ReferenceIssue;
import org.broadsheet.ingest.ReferenceIssue.Furniture;
import org.broadsheet.ingest.ReferenceIssue.StoryExtra;
import org.broadsheet.model.Story;
import org.broadsheet.model.StoryKind;

/**
 * Measures the damage in raw texts against their references, the same way for the seed and for a
 * generated set, so the two can be put side by side: column widths, blank lines, mojibake per
 * article, look-alike real words, byline positions, headline placement, masthead fragments,
 * extraction spaces, page runs.
 */
final class DamageProfile {
  private static final String NOTORIOUS = "要远冶遥袁叶荫";
  private final Map<String, Integer> counts = new TreeMap<>();
  private final List<Integer> widths = new ArrayList<>();
  private final List<Integer> pageRuns = new ArrayList<>();
  private long truthChars;
  private long damagedArticleChars;

  void add(String raw, ReferenceIssue ref) {
    List<String> lines = List.of(raw.split("\n", -1));
    ref.issue().pages().forEach(p -> pageRuns.add(p.stories().size()));
    inc("issues", 1);
    List<Story> stories = ref.issue().allStories();
    for (int i = 0; i < stories.size(); i++) {
      story(stories.get(i), ref.extras().get(i), lines, ref.furniture());
    }
    for (Furniture f : ref.furniture()) {
      if (f.role().equals("masthead")) {
        inc("masthead fragments", 1);
        inc("masthead fragments glued to a story", glued(f, lines, ref.furniture()) ? 1 : 0);
      } else if (f.role().equals(PageFurniture.RUNNING_HEAD)) {
        inc("running-head fragments", 1);
        inc("running-head fragments glued to a text line",
            glued(f, lines, ref.furniture()) ? 1 : 0);
      }
    }
    int firstStoryLine = ref.extras().isEmpty() ? 0 : ref.extras().get(0).firstLine();
    inc("issues opening with a masthead block", ref.furniture().stream().anyMatch(
        f -> f.role().equals("masthead") && f.line() < firstStoryLine) ? 1 : 0);
    int index = 0;
    int prevLast = 0;
    for (var page : ref.issue().pages()) {
      if (page.stories().isEmpty()) {
        continue;
      }
      int first = ref.extras().get(index).firstLine();
      if (index > 0) {
        int from = prevLast;
        inc("page turns", 1);
        inc("page turns printing a running head", ref.furniture().stream().anyMatch(
            f -> f.role().equals(PageFurniture.RUNNING_HEAD) && f.line() >= from
                && f.line() <= first) ? 1 : 0);
      }
      index += page.stories().size();
      prevLast = ref.extras().get(index - 1).lastLine();
      inc("pages", 1);
      inc("pages with a supplied section", page.supplied().contains("section") ? 1 : 0);
    }
    for (String l : lines) {
      int[] cps = l.codePoints().toArray();
      for (int k = 0; k + 1 < cps.length; k++) {
        if (isHanAscii(cps[k], cps[k + 1])) {
          inc("Han/digit-Latin boundaries", 1);
        } else if (k + 2 < cps.length && cps[k + 1] == ' ' && isHanAscii(cps[k], cps[k + 2])) {
          inc("Han/digit-Latin boundaries", 1);
          inc("... with an extraction space", 1);
        }
      }
    }
  }

  /** A fragment shares its line with text that is no furniture. */
  private static boolean glued(Furniture f, List<String> lines, List<Furniture> all) {
    String left = TruthCheck.folded(lines.get(f.line() - 1));
    for (Furniture o : all) {
      if (o.line() == f.line()) {
        left = left.replace(TruthCheck.folded(o.text()), "");
      }
    }
    return !left.isEmpty();
  }

  private static boolean isHanAscii(int a, int b) {
    return StoryRenderer.isHan(a) && StoryRenderer.isAsciiAlnum(b)
        || StoryRenderer.isAsciiAlnum(a) && StoryRenderer.isHan(b);
  }

  private void story(Story s, StoryExtra x, List<String> lines, List<Furniture> furniture) {
    inc("stories", 1);
    inc("stories of kind " + s.kind().key(), 1);
    List<String> range = lines.subList(x.firstLine() - 1, x.lastLine());
    if (range.get(0).startsWith(" ")) {
      inc("stories opening a text frame (leading space)", 1);
    }
    // mojibake: marks shown as images vs marks printed as marks
    String rawText = String.join("\n", range);
    String truth = String.join("", s.texts());
    long imagesRaw = rawText.codePoints().filter(EncodingFault::isImage).count();
    long imagesTruth = truth.codePoints().filter(EncodingFault::isImage).count();
    long marksRaw = rawText.codePoints().filter(EncodingFault::isMark).count();
    long damaged = imagesRaw - imagesTruth;
    double frac = damaged + marksRaw == 0 ? 0 : (double) damaged / (damaged + marksRaw);
    inc(damaged == 0 ? "articles undamaged" : frac < 0.5 ? "articles partly damaged"
        : "articles damaged", 1);
    truthChars += truth.length();
    inc("look-alike real words (any image char) in truth", (int) imagesTruth);
    inc("look-alike real words 要远冶遥袁叶荫 in truth",
        (int) truth.codePoints().filter(cp -> NOTORIOUS.indexOf(cp) >= 0).count());
    if (damaged > 0) {
      damagedArticleChars += truth.length();
      inc("look-alike chars inside damaged articles", (int) imagesTruth);
    }
    blanks(s, range);
    width(s, range);
    byline(s, range);
    headline(s, range);
  }

  /** Spurious blank lines (inside a paragraph) and paragraph breaks shown only by a short line. */
  private void blanks(Story s, List<String> range) {
    StringBuilder stream = new StringBuilder();
    int[] start = new int[range.size()];
    for (int n = 0; n < range.size(); n++) {
      start[n] = stream.length();
      stream.append(TruthCheck.folded(range.get(n)));
    }
    List<String> units = new ArrayList<>(s.paragraphs());
    if (s.caption() != null) {
      units.add(s.caption());
    }
    List<int[]> spans = new ArrayList<>();
    int cursor = 0;
    for (String u : units) {
      String f = TruthCheck.folded(u);
      int pos = stream.indexOf(f, cursor);
      if (pos >= 0) {
        spans.add(new int[] {pos, pos + f.length()});
        cursor = pos + f.length();
      }
    }
    for (int n = 1; n < range.size(); n++) {
      if (!range.get(n).isBlank()) {
        inc("text lines", 1);
        continue;
      }
      int next = n;
      while (next < range.size() && range.get(next).isBlank()) {
        next++;
      }
      inc("blank lines in stories", 1);
      int off = next < range.size() ? start[next] : -1;
      boolean spurious = spans.stream().anyMatch(sp -> sp[0] < off && off < sp[1]);
      inc("... spurious (inside a paragraph)", spurious ? 1 : 0);
    }
    for (int p = 1; p < spans.size(); p++) {
      for (int n = 1; n < range.size(); n++) {
        if (start[n] == spans.get(p)[0] && !range.get(n).isBlank()) {
          inc("paragraph breaks", 1);
          inc("... shown only by a short line (no blank)", range.get(n - 1).isBlank() ? 0 : 1);
          break;
        }
      }
    }
    for (int[] sp : spans) {
      for (int n = 0; n + 1 < range.size(); n++) {
        if (start[n] >= sp[0] && start[n + 1] < sp[1] && start[n + 1] > start[n]) {
          inc("line breaks inside paragraphs", 1);
        }
      }
    }
  }

  /** The article's column: the most common width (in ems) of its text lines. */
  private void width(Story s, List<String> range) {
    if (s.kind() == StoryKind.POEM || s.paragraphs().isEmpty() && s.caption() == null) {
      return;
    }
    Map<Integer, Integer> hist = new TreeMap<>();
    for (String l : range) {
      if (l.strip().length() > 6) {
        hist.merge((int) Math.round(Glyph.width(l.strip())), 1, Integer::sum);
      }
    }
    hist.entrySet().stream().max(Map.Entry.comparingByValue())
        .ifPresent(e -> widths.add(e.getKey()));
  }

  private void byline(Story s, List<String> range) {
    if (s.byline() == null) {
      return;
    }
    inc("bylines", 1);
    String name = TruthCheck.folded(s.byline());
    String firstChar = name.substring(0, 1);
    for (int n = 0; n < range.size(); n++) {
      String f = TruthCheck.folded(range.get(n));
      if (f.equals(firstChar) && range.size() > n + 1) {
        inc("bylines one character per line", 1);
        return;
      }
      if (!f.contains(name)) {
        continue;
      }
      if (f.startsWith("●") || f.startsWith("◎")) {
        inc("bylines after an author marker ●/◎", 1);
      } else if (s.dateline() != null && f.contains(TruthCheck.folded(s.dateline()))) {
        inc("bylines at the start (after the dateline)", 1);
      } else if (f.equals("（" + name + "）") || f.equals(name)) {
        inc("bylines at the end, own line", 1);
      } else {
        inc("bylines at the end of the last text line", 1);
      }
      if (s.byline().length() == 2 && range.get(n).contains(s.byline().charAt(0) + " ")) {
        inc("two-character bylines spaced (杨 红)", 1);
      }
      return;
    }
  }

  private void headline(Story s, List<String> range) {
    if (s.title().isEmpty()) {
      return;
    }
    inc("titled stories", 1);
    inc("... with a kicker", s.kicker() != null ? 1 : 0);
    String title = TruthCheck.folded(String.join("", s.title()));
    String firstText = s.paragraphs().isEmpty() ? null : TruthCheck.folded(s.paragraphs().get(0))
        .substring(0, Math.min(4, TruthCheck.folded(s.paragraphs().get(0)).length()));
    int titleLine = -1;
    int textLine = -1;
    for (int n = 0; n < range.size(); n++) {
      String f = TruthCheck.folded(range.get(n));
      if (titleLine < 0 && f.equals(title)) {
        titleLine = n;
        if (range.get(n).strip().matches("(\\S ){3,}\\S")) {
          inc("... title spaced out (vertical)", 1);
        }
      }
      if (textLine < 0 && firstText != null && f.contains(firstText)) {
        textLine = n;
      }
    }
    if (titleLine >= 0 && textLine >= 0) {
      inc("... title after its body", titleLine > textLine ? 1 : 0);
    }
  }

  private void inc(String key, int by) {
    counts.merge(key, by, Integer::sum);
  }

  /** Metric name → value, rates as fractions. */
  Map<String, String> summary() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("issues", str(count("issues")));
    m.put("stories per page (min/median/max)", spread(pageRuns));
    m.put("column width per article, ems (min/median/max)", spread(widths));
    m.put("distinct column widths", str(widths.stream().distinct().count()));
    m.put("spurious blank lines / blank lines in stories",
        rate("... spurious (inside a paragraph)", "blank lines in stories"));
    m.put("spurious blank lines / line breaks inside paragraphs",
        rate("... spurious (inside a paragraph)", "line breaks inside paragraphs"));
    m.put("paragraph breaks shown only by a short line",
        rate("... shown only by a short line (no blank)", "paragraph breaks"));
    m.put("articles undamaged", rate("articles undamaged", "stories"));
    m.put("articles partly damaged (bylines/markers only)",
        rate("articles partly damaged", "stories"));
    m.put("articles damaged", rate("articles damaged", "stories"));
    m.put("look-alike real chars per 1000 (any image char)",
        perMille(count("look-alike real words (any image char) in truth"), truthChars));
    m.put("look-alike 要远冶遥袁叶荫 per 1000",
        perMille(count("look-alike real words 要远冶遥袁叶荫 in truth"), truthChars));
    m.put("look-alike chars per 1000 inside damaged articles",
        perMille(count("look-alike chars inside damaged articles"), damagedArticleChars));
    for (String k : List.of("bylines at the start (after the dateline)",
        "bylines at the end of the last text line", "bylines at the end, own line",
        "bylines after an author marker ●/◎", "bylines one character per line",
        "two-character bylines spaced (杨 红)")) {
      m.put(k, rate(k, "bylines"));
    }
    m.put("titled stories", rate("titled stories", "stories"));
    m.put("titles after their body", rate("... title after its body", "titled stories"));
    m.put("titles spaced out", rate("... title spaced out (vertical)", "titled stories"));
    m.put("stories opening a text frame", rate("stories opening a text frame (leading space)",
        "stories"));
    m.put("masthead fragments glued to a story / issues",
        rate("masthead fragments glued to a story", "issues"));
    m.put("issues opening with a masthead block", rate("issues opening with a masthead block",
        "issues"));
    m.put("page turns printing a running head", rate("page turns printing a running head",
        "page turns"));
    m.put("running-head fragments glued to a text line",
        rate("running-head fragments glued to a text line", "running-head fragments"));
    m.put("pages with a supplied section (none printed)",
        rate("pages with a supplied section", "pages"));
    m.put("Han/digit-Latin boundaries with an extraction space",
        rate("... with an extraction space", "Han/digit-Latin boundaries"));
    for (StoryKind k : StoryKind.values()) {
      m.put("share of " + k.key(), rate("stories of kind " + k.key(), "stories"));
    }
    return m;
  }

  private int count(String k) {
    return counts.getOrDefault(k, 0);
  }

  private String rate(String num, String den) {
    return count(den) == 0 ? "-" : String.format("%.3f (%d/%d)", (double) count(num) / count(den),
        count(num), count(den));
  }

  static double value(String cell) {
    return cell.equals("-") ? Double.NaN : Double.parseDouble(cell.split(" ")[0]);
  }

  private static String perMille(long n, long chars) {
    return chars == 0 ? "-" : String.format("%.2f", 1000.0 * n / chars);
  }

  private static String str(long n) {
    return Long.toString(n);
  }

  private static String spread(List<Integer> v) {
    if (v.isEmpty()) {
      return "-";
    }
    List<Integer> s = v.stream().sorted().toList();
    return s.get(0) + "/" + s.get(s.size() / 2) + "/" + s.get(s.size() - 1);
  }
}
