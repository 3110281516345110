package org.broadsheet.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.broadsheet.model.Issue;
import org.broadsheet.model.Page;
import org.broadsheet.model.Story;
import org.broadsheet.model.StoryKind;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A hand-checked reference of what a damaged raw text says (test resource format, see
 * {@code seed-reference.yaml}): the issue with its pages and stories, the furniture the source
 * holds, and each story's raw line range. Generated test sets use the same format.
 */
public record ReferenceIssue(Issue issue, List<Furniture> furniture, List<StoryExtra> extras) {

  /** A piece of furniture in the raw text: what, where, which role. */
  public record Furniture(String text, int line, String role) {}

  /** What the reference knows of a story beyond the model: raw lines and a stray fragment. */
  public record StoryExtra(String id, int firstLine, int lastLine, String titleFragment) {}

  public static ReferenceIssue loadResource(String resource) {
    try (InputStream in = ReferenceIssue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + resource);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  public static ReferenceIssue parse(String yaml) {
    Map<String, Object> root = (Map<String, Object>) new Load(LoadSettings.builder().build())
        .loadFromString(yaml);
    List<Furniture> furniture = new ArrayList<>();
    for (Object o : list(root.get("furniture"))) {
      Map<String, Object> f = (Map<String, Object>) o;
      furniture.add(new Furniture(str(f.get("text")), ((Number) f.get("line")).intValue(),
          str(f.get("role"))));
    }
    List<Page> pages = new ArrayList<>();
    List<StoryExtra> extras = new ArrayList<>();
    List<Story> flat = new ArrayList<>();
    for (Object po : list(root.get("pages"))) {
      Map<String, Object> p = (Map<String, Object>) po;
      List<Story> stories = new ArrayList<>();
      for (Object so : list(p.get("stories"))) {
        Map<String, Object> s = (Map<String, Object>) so;
        stories.add(story(s));
        List<Object> raw = list(s.get("raw_lines"));
        extras.add(new StoryExtra(str(s.get("id")),
            raw.isEmpty() ? 0 : ((Number) raw.get(0)).intValue(),
            raw.isEmpty() ? 0 : ((Number) raw.get(raw.size() - 1)).intValue(),
            str(s.get("title_fragment"))));
      }
      pages.add(new Page(((Number) p.get("number")).intValue(), str(p.get("section")),
          strings(p.get("supplied")), stories));
    }
    for (Object so : list(root.get("stories"))) {
      flat.add(story((Map<String, Object>) so));
    }
    Issue issue = new Issue(str(root.get("title")), str(root.get("publisher")),
        str(root.get("date")), str(root.get("number")), strings(root.get("masthead")), pages,
        flat);
    return new ReferenceIssue(issue, furniture, extras);
  }

  private static Story story(Map<String, Object> s) {
    Object title = s.get("title");
    List<String> titleLines = title == null ? List.of()
        : title instanceof List<?> ? strings(title) : List.of(str(title));
    return new Story(str(s.get("id")), StoryKind.fromKey(str(s.get("kind"))).orElseThrow(),
        str(s.get("kicker")), titleLines, str(s.get("subtitle")), str(s.get("dateline")),
        str(s.get("byline")), strings(s.get("paragraphs")), strings(s.get("lines")),
        str(s.get("caption")), str(s.get("credit")), null, null, strings(s.get("supplied")), null,
        null);
  }

  private static List<Object> list(Object o) {
    if (o == null) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<Object> l = (List<Object>) o;
    return l;
  }

  private static List<String> strings(Object o) {
    return list(o).stream().map(ReferenceIssue::str).toList();
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }
}
