package org.broadsheet.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.broadsheet.model.BroadsheetException;
import org.broadsheet.model.Issue;
import org.broadsheet.model.SourceSpan;
import org.broadsheet.text.SetLine;

/**
 * The furniture zones of a page: page 1's masthead (报头), the running head (报眉) of the others,
 * and the archive's note on supplied headlines below the type area. Each zone is its items, the
 * text it added (for accounting) and its height.
 */
final class PageHeads {
  /** A zone laid out: its items, the furniture text it holds, its height in points. */
  record Zone(List<FrameItem> items, List<String> furniture, double height) {}

  private final LayoutSpec spec;
  private final Faces faces;
  private final Issue issue;
  private final Function<String, SourceSpan> spans;
  private final double typeX;
  private final double typeWidth;
  private final double pitch;

  PageHeads(LayoutSpec spec, Faces faces, Issue issue, Function<String, SourceSpan> spans,
      double typeX, double typeWidth, double pitch) {
    this.spec = spec;
    this.faces = faces;
    this.issue = issue;
    this.spans = spans;
    this.typeX = typeX;
    this.typeWidth = typeWidth;
    this.pitch = pitch;
  }

  /**
   * Page 1's masthead (报头): the paper's name large at the left, on one line (smaller if it
   * must be), its masthead lines, date, number and page label at the right; all within the
   * masthead zone, or an error (L312) — never drawn over the stories.
   */
  Zone masthead(double top, String pageLabel) {
    List<FrameItem> items = new ArrayList<>();
    List<String> furniture = new ArrayList<>();
    double height = spec.spacing().mastheadHeight();
    Faces.Fitted name = faces.fitOne(issue.title(), "masthead",
        typeWidth * spec.spacing().mastheadNameWidth(), "the paper's name");
    furniture.add(issue.title());
    addFurniture(items, name.line(), typeX, top + name.size() * 0.95, name.size());
    List<String> lines = mastheadLines(pageLabel);
    double rightWidth = typeWidth * spec.spacing().mastheadLinesWidth();
    double limit = top + height - pitch;
    LayoutSpec.StyleSpec small = spec.style("masthead-line");
    // the lines at their style's size, or smaller (to 60 %) if the zone needs it; never past it
    for (double scale = 1; ; scale -= 0.1) {
      if (scale < 0.6 - 1e-9) {
        throw BroadsheetException.error("L312", spans.apply(null), "the masthead lines do not"
            + " fit the masthead zone (" + lines.size() + " lines: " + lines + ")",
            "shorten them, or make spacing.masthead-height larger in the layout");
      }
      double size = small.size() * scale;
      double step = small.pitch() * scale;
      List<SetLine> set = new ArrayList<>();
      for (String text : lines) {
        set.addAll(faces.setAt(text, "masthead-line", size, rightWidth));
      }
      if (top + step * set.size() <= limit) {
        double lineY = top + step;
        for (SetLine l : set) {
          addFurniture(items, l, typeX + typeWidth - l.end(), lineY, size);
          lineY += step;
        }
        furniture.addAll(lines);
        break;
      }
    }
    double ruleY = top + height - spec.headRuleWidth() - pitch / 2;
    items.add(new FrameItem.Rule(typeX, ruleY, typeX + typeWidth, ruleY,
        spec.headRuleWidth() * 2, Tag.FURNITURE));
    return new Zone(items, furniture, height);
  }

  /**
   * The running head (报眉) of pages 2 on: paper name and 第N版 with the section, each on one line
   * in its half of the type area, and a rule.
   */
  Zone runningHead(double top, int number, String pageLabel) {
    List<FrameItem> items = new ArrayList<>();
    List<String> furniture = new ArrayList<>();
    double height = spec.spacing().runningHeadHeight();
    LayoutSpec.StyleSpec st = spec.style("running-head");
    double baseline = top + st.size();
    double half = typeWidth / 2 - st.size();
    Faces.Fitted name = faces.fitOne(issue.title(), "running-head", half, "the paper's name");
    Faces.Fitted label = faces.fitOne(pageLabel, "running-head", half, "the page label");
    furniture.add(issue.title());
    furniture.add(pageLabel);
    boolean even = number % 2 == 0;
    Faces.Fitted left = even ? label : name;
    Faces.Fitted right = even ? name : label;
    addFurniture(items, left.line(), typeX, baseline, left.size());
    addFurniture(items, right.line(), typeX + typeWidth - right.line().end(), baseline, right.size());
    double ruleY = baseline + st.size() * 0.6;
    items.add(new FrameItem.Rule(typeX, ruleY, typeX + typeWidth, ruleY, spec.headRuleWidth(),
        Tag.FURNITURE));
    return new Zone(items, furniture, height);
  }

  /**
   * The masthead's lines at the right: the issue's masthead lines (主管/主办, serial numbers) less
   * those the masthead shows anyway (the paper's name, 第1版 and the section, which the page label
   * gives), then the date and number unless a line already holds them, then the page label. The
   * lines left out are in the issue file and the change report, not lost.
   */
  private List<String> mastheadLines(String pageLabel) {
    List<String> lines = new ArrayList<>();
    for (String m : issue.masthead()) {
      String t = m.strip();
      boolean shown = t.equals(issue.title()) || t.matches("第\\s*\\d+\\s*版")
          || pageLabel.endsWith(t) || t.isEmpty();
      if (!shown) {
        lines.add(m);
      }
    }
    if (issue.masthead().isEmpty() && issue.publisher() != null) {
      lines.add(issue.publisher() + " 主办");
    }
    for (String field : new String[] {issue.date(), issue.number()}) {
      if (field != null && lines.stream().noneMatch(l -> l.contains(field))) {
        lines.add(field);
      }
    }
    lines.add(pageLabel);
    return lines;
  }

  /** Below the type area, right-aligned: what the sign after supplied headlines means. */
  Zone suppliedNote(double bottom) {
    List<FrameItem> items = new ArrayList<>();
    List<String> furniture = new ArrayList<>();
    LayoutSpec.StyleSpec st = spec.style("folio");
    Faces.Fitted note = faces.fitOne(StoryLayouter.SUPPLIED_NOTE, "folio", typeWidth,
        "the supplied-headline note");
    furniture.add(StoryLayouter.SUPPLIED_NOTE);
    items.add(new FrameItem.TextRun(typeX + typeWidth - note.line().end(),
        bottom + st.pitch() * 1.5, note.size(), note.line().glyphs(), false,
        new Tag(Tag.Role.SUPPLIED_NOTE, null, -1)));
    return new Zone(items, furniture, 0);
  }

  /** Draws a line of furniture (its source text is recorded by the caller). */
  private static void addFurniture(List<FrameItem> items, SetLine line, double x,
      double baseline, double size) {
    items.add(new FrameItem.TextRun(x, baseline, size, line.glyphs(), false, Tag.FURNITURE));
  }
}
