package org.broadsheet.layout;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.layout.Module.Alignment;
import org.broadsheet.layout.Module.GalleyLine;
import org.broadsheet.layout.Tag.Role;
import org.broadsheet.model.Priority;
import org.broadsheet.model.Story;
import org.broadsheet.model.StoryKind;
import org.broadsheet.text.Glyph;
import org.broadsheet.text.SetLine;

/**
 * Turns a story into a {@link Module}: a horizontal headline zone (kicker above the main title,
 * centred over the module) and a galley of body lines for a given column measure.
 */
final class StoryLayouter {
  /** Byline brackets the layout draws around an author's name. */
  static final String OPEN = "（";
  static final String CLOSE = "）";
  /** The label printed before a photographer's name. */
  static final String CREDIT_LABEL = "摄影";
  /** The sign after a headline an editor supplied (archive edition only). */
  static final String SUPPLIED_MARK = "※";
  /** The note that explains it, once per page that has one. */
  static final String SUPPLIED_NOTE = "※ 标题为编者补拟，原标题已佚";
  /** The author marker of literary pieces (●). */
  static final String AUTHOR_MARK = "●";

  private final Faces faces;
  private final List<FrameItem> head = new ArrayList<>();
  private final List<GalleyLine> galley = new ArrayList<>();
  private final List<String> furniture = new ArrayList<>();
  private final Story story;
  private int block;

  private StoryLayouter(Faces faces, Story story) {
    this.faces = faces;
    this.story = story;
  }

  /**
   * @param moduleWidth the module's width in points (the headline's measure)
   * @param columnWidth one text column's width in points (the galley's measure)
   */
  static Module layout(Faces faces, Story story, double moduleWidth, double columnWidth) {
    StoryLayouter l = new StoryLayouter(faces, story);
    double headHeight = l.headline(moduleWidth);
    l.body(columnWidth);
    int poemLines = faces.spec().planning().poemColumnLines();
    int maxColumns = story.kind() == StoryKind.POEM && l.galley.size() <= poemLines ? 1
        : Integer.MAX_VALUE;
    return new Module(story.id(), l.head, headHeight, l.galley, l.furniture, maxColumns);
  }

  /**
   * The same story at another module width: its headline set again for that width, its galley —
   * which depends only on the column measure — and its furniture shared with {@code module}.
   */
  static Module reheaded(Faces faces, Story story, Module module, double moduleWidth) {
    StoryLayouter l = new StoryLayouter(faces, story);
    double headHeight = l.headline(moduleWidth);
    return new Module(story.id(), l.head, headHeight, module.galley(), module.furniture(),
        module.maxColumns());
  }

  private double headline(double width) {
    double y = 0;
    if (story.kicker() != null) {
      y = centred(story.kicker(), "kicker", width, y, Role.KICKER);
    }
    String titleStyle = story.priority() == Priority.LEAD ? "lead-title" : "title";
    for (String line : story.title()) {
      y = centred(line, titleStyle, width, y, Role.TITLE);
    }
    if (!story.title().isEmpty() && story.isSupplied("title")) {
      markSupplied(faces.style(titleStyle));
    }
    if (story.subtitle() != null) {
      y = centred(story.subtitle(), "kicker", width, y, Role.SUBTITLE);
    }
    if (y > 0) {
      y += faces.style("body").pitch() * faces.spec().spacing().afterHeadline();
    }
    return y;
  }

  /**
   * The archive edition's sign after a headline an editor supplied ({@link #SUPPLIED_MARK}, small,
   * raised after the title's last line); the page explains it once ({@link IssueLayouter}).
   */
  private void markSupplied(LayoutSpec.StyleSpec title) {
    FrameItem.TextRun last = (FrameItem.TextRun) head.get(head.size() - 1);
    Glyph end = last.glyphs().get(last.glyphs().size() - 1);
    LayoutSpec.StyleSpec note = faces.style("folio");
    SetLine mark = faces.fitOne(SUPPLIED_MARK, "folio", note.size() * 2, "the supplied mark")
        .line();
    double x = last.x() + end.x() + end.advance() + note.size() * 0.2;
    double baseline = last.baseline() - title.size() * 0.45;
    head.add(new FrameItem.TextRun(x, baseline, note.size(), mark.glyphs(), false,
        new Tag(Role.SUPPLIED_NOTE, story.id(), -1)));
    furniture.add(SUPPLIED_MARK);
  }

  /**
   * A headline that needs several lines is set on the narrowest measure (in whole characters)
   * that keeps the same number of lines, so its lines are of even length instead of a full line
   * over a short one (a headline's last line never holds a word or two alone).
   */
  private List<SetLine> balanced(String text, String styleName, double width) {
    List<SetLine> lines = faces.set(text, styleName, width, false, story.id());
    if (lines.size() < 2) {
      return lines;
    }
    // a space the headline prints between two phrases (实操实训 预防事故夯实基础) is where it
    // breaks when it needs two lines
    String[] phrases = text.strip().split("(?<=\\p{IsHan}|[”’）》」』])\\s+(?=\\p{IsHan}|[“‘（《「『])");
    if (phrases.length == 2) {
      List<SetLine> split = new java.util.ArrayList<>();
      for (String phrase : phrases) {
        split.addAll(faces.trySet(phrase, styleName, width, story.id()));
      }
      if (split.size() == 2) {
        return split;
      }
    }
    double size = faces.style(styleName).size();
    int hi = (int) Math.floor(width / size);
    int lo = Math.max(1, hi / lines.size());
    List<SetLine> best = lines;
    while (lo < hi) {
      int mid = (lo + hi) / 2;
      List<SetLine> trial = faces.trySet(text, styleName, mid * size, story.id());
      if (trial.size() <= lines.size() && trial.stream().noneMatch(SetLine::overfull)) {
        hi = mid;
        best = trial;
      } else {
        lo = mid + 1;
      }
    }
    return best;
  }

  /** Sets one headline field centred over the module; returns the y below it. */
  private double centred(String text, String styleName, double width, double y, Role role) {
    LayoutSpec.StyleSpec st = faces.style(styleName);
    List<SetLine> lines = balanced(text, styleName, width);
    Tag tag = new Tag(role, story.id(), block++);
    for (SetLine line : lines) {
      double x = (width - line.end()) / 2;
      double baseline = y + Baselines.baseline(st.size(), st.pitch());
      head.add(new FrameItem.TextRun(x, baseline, st.size(), line.glyphs(), false, tag));
      y += st.pitch();
    }
    return y;
  }

  private void body(double measure) {
    boolean news = story.dateline() != null;
    boolean bylineFirst = story.kind() == StoryKind.ESSAY || story.kind() == StoryKind.POEM;
    if (story.byline() != null && bylineFirst) {
      furniture.add(AUTHOR_MARK);
      add(AUTHOR_MARK + story.byline(), "byline", measure, false, Alignment.END, Role.BYLINE);
    }
    List<String> paragraphs = new ArrayList<>(story.paragraphs());
    String lead = "";
    if (news) {
      lead = story.dateline();
      if (story.byline() != null) {
        lead += OPEN + story.byline() + CLOSE;
        furniture.add(OPEN);
        furniture.add(CLOSE);
      }
      if (paragraphs.isEmpty()) {
        paragraphs.add("");
      }
      // the dateline is followed by one em of white unless the bracketed byline closes it
      paragraphs.set(0, lead + (story.byline() != null ? "" : "\u3000") + paragraphs.get(0));
    }
    for (String p : paragraphs) {
      add(p, "body", measure, true, Alignment.START, Role.PARAGRAPH);
    }
    for (String verse : story.lines()) {
      if (verse.isEmpty()) {
        galley.add(new GalleyLine(null, faces.style("body").size(), Alignment.START,
            Tag.FURNITURE));
      } else {
        add(verse, "verse", measure, false, Alignment.START, Role.VERSE);
      }
    }
    if (story.caption() != null) {
      add(story.caption(), "caption", measure, true, Alignment.START, Role.CAPTION);
    }
    if (story.credit() != null) {
      furniture.add(CREDIT_LABEL);
      add(CREDIT_LABEL + " " + story.credit(), "byline", measure, false, Alignment.END,
          Role.CREDIT);
    }
    if (story.byline() != null && !news && !bylineFirst) {
      furniture.add(OPEN);
      furniture.add(CLOSE);
      add(OPEN + story.byline() + CLOSE, "byline", measure, false, Alignment.END, Role.BYLINE);
    }
  }

  private void add(String text, String styleName, double measure, boolean indent,
      Alignment alignment, Role role) {
    LayoutSpec.StyleSpec st = faces.style(styleName);
    Tag tag = new Tag(role, story.id(), block++);
    for (SetLine line : faces.set(text, styleName, measure, indent, story.id())) {
      galley.add(new GalleyLine(line, st.size(), alignment, tag));
    }
  }
}
