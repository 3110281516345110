package org.broadsheet.issuefile;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.broadsheet.model.BroadsheetException;
import org.broadsheet.model.HeadlineMode;
import org.broadsheet.model.Issue;
import org.broadsheet.model.Page;
import org.broadsheet.model.Priority;
import org.broadsheet.model.SourceSpan;
import org.broadsheet.model.Story;
import org.broadsheet.model.StoryKind;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads an issue file. Every problem is reported with the file, line and column of the YAML node
 * at fault (codes {@code F15x}); unknown keys are errors, so a misspelt key never goes unnoticed.
 */
public final class IssueFileReader {
  private static final Set<String> ISSUE_KEYS = Set.of(IssueKeys.TITLE, IssueKeys.PUBLISHER,
      IssueKeys.DATE, IssueKeys.NUMBER, IssueKeys.MASTHEAD, IssueKeys.PAGES, IssueKeys.STORIES);
  private static final Set<String> PAGE_KEYS = Set.of(IssueKeys.NUMBER, IssueKeys.SECTION,
      IssueKeys.SUPPLIED, IssueKeys.STORIES);
  private static final Set<String> STORY_KEYS = Set.of(IssueKeys.ID, IssueKeys.KIND,
      IssueKeys.KICKER, IssueKeys.TITLE, IssueKeys.SUBTITLE, IssueKeys.DATELINE, IssueKeys.BYLINE,
      IssueKeys.PARAGRAPHS, IssueKeys.LINES, IssueKeys.CAPTION, IssueKeys.CREDIT, IssueKeys.IMAGE,
      IssueKeys.ALT, IssueKeys.SUPPLIED, IssueKeys.PRIORITY, IssueKeys.HEADLINE);

  private final String file;
  private final Set<String> ids = new HashSet<>();
  private final Map<String, SourceSpan> spans = new LinkedHashMap<>();

  /**
   * An issue file read, with where each story starts in it (for diagnostics of later stages).
   *
   * @param issue the issue
   * @param storySpans each story's place, by id
   */
  public record Read(Issue issue, Map<String, SourceSpan> storySpans) {
    public Read {
      storySpans = Map.copyOf(storySpans);
    }
  }

  private IssueFileReader(String file) {
    this.file = file;
  }

  public static Issue read(Path path) {
    return readWithSpans(path).issue();
  }

  /** Reads an issue file and where each of its stories is. */
  public static Read readWithSpans(Path path) {
    String name = path.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw BroadsheetException.error("F150", SourceSpan.file(name),
          "cannot read the issue file: " + e.getMessage());
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw BroadsheetException.error("F151", SourceSpan.file(name),
          "the issue file is not UTF-8 text");
    }
    IssueFileReader reader = new IssueFileReader(name);
    Issue issue = reader.parseDocument(text);
    return new Read(issue, reader.spans);
  }

  public static Issue parse(String yaml, String name) {
    return new IssueFileReader(name).parseDocument(yaml);
  }

  private Issue parseDocument(String yaml) {
    Node root;
    try {
      LoadSettings settings = LoadSettings.builder().setLabel(file).build();
      Composer composer = new Composer(settings,
          new ParserImpl(settings, new StreamReader(settings, yaml)));
      root = composer.getSingleNode().orElse(null);
    } catch (MarkedYamlEngineException e) {
      Mark m = e.getProblemMark().or(e::getContextMark).orElse(null);
      SourceSpan span = m == null ? SourceSpan.file(file)
          : SourceSpan.of(file, m.getLine() + 1, m.getColumn() + 1);
      throw BroadsheetException.error("F152", span, "not valid YAML: " + e.getProblem());
    } catch (YamlEngineException e) {
      throw BroadsheetException.error("F152", SourceSpan.file(file),
          "not valid YAML: " + e.getMessage());
    }
    if (root == null) {
      throw BroadsheetException.error("F153", SourceSpan.file(file), "the issue file is empty");
    }
    Map<String, Node> top = mapping(root, ISSUE_KEYS, "the issue");
    String title = requiredString(top, IssueKeys.TITLE, root);
    List<Page> pages = new ArrayList<>();
    List<Story> stories = new ArrayList<>();
    Node pagesNode = top.get(IssueKeys.PAGES);
    Node storiesNode = top.get(IssueKeys.STORIES);
    if (pagesNode != null && storiesNode != null) {
      throw error(storiesNode, "an issue has either pages or a flat stories list, not both");
    }
    if (pagesNode != null) {
      Set<Integer> numbers = new HashSet<>();
      for (Node p : sequence(pagesNode, "pages")) {
        Page page = page(p);
        if (!numbers.add(page.number())) {
          throw error(p, "page " + page.number() + " is listed twice");
        }
        pages.add(page);
      }
      if (pages.isEmpty()) {
        throw error(pagesNode, "pages is empty");
      }
    } else if (storiesNode != null) {
      stories = storyList(storiesNode);
      if (stories.isEmpty()) {
        throw error(storiesNode, "stories is empty");
      }
    } else {
      throw error(root, "the issue has neither pages nor stories");
    }
    return new Issue(title, optionalString(top, IssueKeys.PUBLISHER),
        optionalString(top, IssueKeys.DATE), optionalString(top, IssueKeys.NUMBER),
        stringList(top.get(IssueKeys.MASTHEAD), IssueKeys.MASTHEAD), pages, stories);
  }

  private Page page(Node node) {
    Map<String, Node> m = mapping(node, PAGE_KEYS, "a page");
    Node numberNode = m.get(IssueKeys.NUMBER);
    if (numberNode == null) {
      throw error(node, "a page needs a number");
    }
    int number;
    try {
      number = Integer.parseInt(scalar(numberNode, IssueKeys.NUMBER));
    } catch (NumberFormatException e) {
      throw error(numberNode, "a page number is a whole number ≥ 1");
    }
    if (number < 1) {
      throw error(numberNode, "a page number is a whole number ≥ 1");
    }
    Node storiesNode = m.get(IssueKeys.STORIES);
    List<Story> stories = storiesNode == null ? List.of() : storyList(storiesNode);
    return new Page(number, optionalString(m, IssueKeys.SECTION),
        stringList(m.get(IssueKeys.SUPPLIED), IssueKeys.SUPPLIED), stories);
  }

  private List<Story> storyList(Node node) {
    List<Story> out = new ArrayList<>();
    for (Node s : sequence(node, "stories")) {
      out.add(story(s));
    }
    return out;
  }

  private Story story(Node node) {
    Map<String, Node> m = mapping(node, STORY_KEYS, "a story");
    String id = requiredString(m, IssueKeys.ID, node);
    if (!ids.add(id)) {
      throw error(m.get(IssueKeys.ID), "story id '" + id + "' is used twice");
    }
    spans.put(id, span(node));
    StoryKind kind = enumValue(m, IssueKeys.KIND, StoryKind::fromKey, node, true,
        "news, feature, essay, poem or photo");
    Priority priority = enumValue(m, IssueKeys.PRIORITY, Priority::fromKey, node, false,
        "lead, normal or brief");
    HeadlineMode headline = enumValue(m, IssueKeys.HEADLINE, HeadlineMode::fromKey, node, false,
        "vertical, horizontal or auto");
    Node titleNode = m.get(IssueKeys.TITLE);
    List<String> title = titleNode instanceof SequenceNode
        ? stringList(titleNode, IssueKeys.TITLE)
        : Optional.ofNullable(optionalString(m, IssueKeys.TITLE)).map(List::of).orElse(List.of());
    Story story = new Story(id, kind, optionalString(m, IssueKeys.KICKER), title,
        optionalString(m, IssueKeys.SUBTITLE), optionalString(m, IssueKeys.DATELINE),
        optionalString(m, IssueKeys.BYLINE), stringList(m.get(IssueKeys.PARAGRAPHS), "paragraphs"),
        stringList(m.get(IssueKeys.LINES), IssueKeys.LINES),
        optionalString(m, IssueKeys.CAPTION), optionalString(m, IssueKeys.CREDIT),
        optionalString(m, IssueKeys.IMAGE), optionalString(m, IssueKeys.ALT),
        stringList(m.get(IssueKeys.SUPPLIED), IssueKeys.SUPPLIED), priority, headline);
    for (int i = 0; i < story.paragraphs().size(); i++) {
      if (story.paragraphs().get(i).isBlank()) {
        throw error(((SequenceNode) m.get(IssueKeys.PARAGRAPHS)).getValue().get(i),
            "paragraph " + (i + 1) + " of story '" + id + "' is empty");
      }
    }
    if (story.texts().stream().allMatch(String::isBlank)) {
      throw error(node, "story '" + id + "' holds no text");
    }
    for (String field : story.supplied()) {
      if (!STORY_KEYS.contains(field)) {
        throw error(m.get(IssueKeys.SUPPLIED), "supplied names an unknown field '" + field + "'");
      }
    }
    return story;
  }

  private <E> E enumValue(Map<String, Node> m, String key, Function<String, Optional<E>> parse,
      Node owner, boolean required, String allowed) {
    Node n = m.get(key);
    if (n == null || isNull(n)) {
      if (required) {
        throw error(owner, "a story needs a " + key + " (" + allowed + ")");
      }
      return null;
    }
    String v = scalar(n, key);
    return parse.apply(v).orElseThrow(() -> error(n, "unknown " + key + " '" + v + "': use "
        + allowed));
  }

  private Map<String, Node> mapping(Node node, Set<String> allowed, String what) {
    if (!(node instanceof MappingNode mn)) {
      throw error(node, what + " must be a mapping of keys to values");
    }
    Map<String, Node> out = new LinkedHashMap<>();
    for (NodeTuple t : mn.getValue()) {
      String key = scalar(t.getKeyNode(), "key");
      if (!allowed.contains(key)) {
        throw error(t.getKeyNode(), "unknown key '" + key + "' in " + what + "; known keys: "
            + String.join(", ", allowed.stream().sorted().toList()));
      }
      if (out.put(key, t.getValueNode()) != null) {
        throw error(t.getKeyNode(), "key '" + key + "' appears twice in " + what);
      }
    }
    return out;
  }

  private List<Node> sequence(Node node, String what) {
    if (!(node instanceof SequenceNode sn)) {
      throw error(node, what + " must be a list");
    }
    return sn.getValue();
  }

  private List<String> stringList(Node node, String what) {
    if (node == null || isNull(node)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Node n : sequence(node, what)) {
      if (isNull(n)) {
        throw error(n, what + " holds an empty entry; write \"\" for a stanza break");
      }
      out.add(scalar(n, what));
    }
    return out;
  }

  private String requiredString(Map<String, Node> m, String key, Node owner) {
    Node n = m.get(key);
    if (n == null || isNull(n)) {
      throw error(owner, "'" + key + "' is required");
    }
    String s = scalar(n, key);
    if (s.isBlank()) {
      throw error(n, "'" + key + "' is empty");
    }
    return s;
  }

  private String optionalString(Map<String, Node> m, String key) {
    Node n = m.get(key);
    if (n == null || isNull(n)) {
      return null;
    }
    return scalar(n, key);
  }

  private String scalar(Node node, String what) {
    if (!(node instanceof ScalarNode sn)) {
      throw error(node, what + " must be a single value, not a list or mapping");
    }
    return sn.getValue();
  }

  private static boolean isNull(Node n) {
    return n instanceof ScalarNode sn && n.getTag().getValue().endsWith(":null");
  }

  private BroadsheetException error(Node node, String message) {
    return BroadsheetException.error("F154", span(node), message);
  }

  private SourceSpan span(Node node) {
    Mark m = node.getStartMark().orElse(null);
    return m == null ? SourceSpan.file(file)
        : SourceSpan.of(file, m.getLine() + 1, m.getColumn() + 1);
  }
}
