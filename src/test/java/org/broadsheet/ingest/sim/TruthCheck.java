package org.broadsheet.ingest.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.broadsheet.ingest.ReferenceIssue;
import org.broadsheet.ingest.ReferenceIssue.Furniture;
import org.broadsheet.ingest.ReferenceIssue.StoryExtra;
import org.broadsheet.model.Story;

/**
 * Checks that a reference is the ground truth of its raw text, independently of the generator:
 * every non-whitespace raw character is a story's or a furniture's (images and marks folded alike,
 * so a real 冶炼 and a damaged ” count the same on both sides), story by story within its raw
 * line range; every paragraph, verse, caption, title and byline stands contiguously in its range
 * (whitespace and folding aside); ranges are ordered and every other non-blank line is furniture;
 * the truth keeps no extraction space between Han and digits or Latin. A byline printed in brackets
 * ({@code （杨 红）}, {@code 渊郭跃萍冤}) holds the name only, as in the seed reference: the
 * brackets are counted with the byline.
 */
final class TruthCheck {
  private static final Pattern EXTRACTION_SPACE =
      Pattern.compile("\\p{IsHan} +[0-9A-Za-z]|[0-9A-Za-z] +\\p{IsHan}");

  private TruthCheck() {}

  static List<String> problems(String raw, String yaml) {
    List<String> out = new ArrayList<>();
    ReferenceIssue ref;
    try {
      ref = ReferenceIssue.parse(yaml);
    } catch (RuntimeException e) {
      out.add("reference does not parse: " + e);
      return out;
    }
    List<String> lines = List.of(raw.split("\n", -1));
    List<Story> stories = ref.issue().allStories();
    if (stories.isEmpty() || stories.size() != ref.extras().size()) {
      out.add("no stories, or stories without raw_lines");
      return out;
    }
    CharCount rawAll = new CharCount(true).add(raw);
    CharCount truthAll = new CharCount(true);
    ref.furniture().forEach(f -> truthAll.add(f.text()));
    for (int i = 0; i < stories.size(); i++) {
      truthAll.add(bylineBrackets(stories.get(i), ref.extras().get(i), lines));
    }
    stories.forEach(s -> s.texts().forEach(truthAll::add));
    ref.extras().forEach(e -> truthAll.add(e.titleFragment()));
    if (!rawAll.counts().equals(truthAll.counts())) {
      out.add("issue multiset: raw extra " + CharCount.show(rawAll.minus(truthAll))
          + " / truth extra " + CharCount.show(truthAll.minus(rawAll)));
    }
    boolean[] covered = new boolean[lines.size() + 1];
    int prevLast = 0;
    for (int i = 0; i < stories.size(); i++) {
      Story s = stories.get(i);
      StoryExtra x = ref.extras().get(i);
      if (x.firstLine() <= prevLast || x.lastLine() < x.firstLine()
          || x.lastLine() > lines.size()) {
        out.add(s.id() + ": raw_lines out of order or range " + x.firstLine() + "-" + x.lastLine());
        continue;
      }
      prevLast = x.lastLine();
      StringBuilder range = new StringBuilder();
      for (int n = x.firstLine(); n <= x.lastLine(); n++) {
        range.append(lines.get(n - 1)).append('\n');
        covered[n] = true;
      }
      CharCount rawStory = new CharCount(true).add(range.toString());
      CharCount truth = new CharCount(true);
      s.texts().forEach(truth::add);
      truth.add(x.titleFragment());
      truth.add(bylineBrackets(s, x, lines));
      for (Furniture f : ref.furniture()) {
        if (f.line() >= x.firstLine() && f.line() <= x.lastLine()) {
          truth.add(f.text());
        }
      }
      if (!rawStory.counts().equals(truth.counts())) {
        out.add(s.id() + ": multiset differs: raw extra " + CharCount.show(rawStory.minus(truth))
            + " / truth extra " + CharCount.show(truth.minus(rawStory)));
      }
      String stream = folded(range.toString());
      List<String> units = new ArrayList<>(s.paragraphs());
      s.lines().stream().filter(l -> !l.isEmpty()).forEach(units::add);
      if (s.caption() != null) {
        units.add(s.caption());
      }
      if (!s.title().isEmpty()) {
        units.add(String.join("", s.title()));
      }
      if (s.byline() != null) {
        units.addAll(List.of(s.byline().split(" ")));
      }
      for (String u : units) {
        if (!stream.contains(folded(u))) {
          out.add(s.id() + ": not contiguous in its raw lines: " + u);
        }
        if (EXTRACTION_SPACE.matcher(u).find()) {
          out.add(s.id() + ": truth keeps an extraction space: " + u);
        }
      }
    }
    // a line outside the stories is covered when its furniture, taken off in turn, leaves nothing
    // (a running head prints several fragments on one line)
    java.util.Map<Integer, String> rest = new java.util.HashMap<>();
    for (Furniture f : ref.furniture()) {
      if (f.line() < 1 || f.line() > lines.size()
          || !folded(lines.get(f.line() - 1)).contains(folded(f.text()))) {
        out.add("furniture not on its line: " + f);
      } else if (!covered[f.line()]) {
        String left = rest.getOrDefault(f.line(), folded(lines.get(f.line() - 1)));
        int at = left.indexOf(folded(f.text()));
        if (at >= 0) {
          left = left.substring(0, at) + left.substring(at + folded(f.text()).length());
        }
        rest.put(f.line(), left);
      }
    }
    rest.forEach((n, left) -> covered[n] |= left.isEmpty());
    for (int n = 1; n <= lines.size(); n++) {
      if (!lines.get(n - 1).isBlank() && !covered[n]) {
        out.add("line " + n + " belongs to no story and is no furniture: " + lines.get(n - 1));
      }
    }
    return out;
  }

  /** （） when the story's raw lines print its byline in brackets, else "". */
  static String bylineBrackets(Story s, StoryExtra x, List<String> lines) {
    if (s.byline() == null || x.firstLine() < 1 || x.lastLine() > lines.size()) {
      return "";
    }
    String range = folded(String.join("\n", lines.subList(x.firstLine() - 1, x.lastLine())));
    return range.contains("（" + folded(s.byline()) + "）") ? "（）" : "";
  }

  /** Whitespace removed, images folded onto marks. */
  static String folded(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().filter(cp -> !Character.isWhitespace(cp) && cp != 0xFEFF)
        .forEach(cp -> sb.appendCodePoint(EncodingFault.fold(cp)));
    return sb.toString();
  }
}
