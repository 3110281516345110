package org.broadsheet.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.broadsheet.layout.Module.GalleyLine;
import org.broadsheet.layout.Tag.Role;
import org.broadsheet.model.BroadsheetException;
import org.broadsheet.model.Diagnostics;
import org.broadsheet.model.Issue;
import org.broadsheet.model.Page;
import org.broadsheet.model.Priority;
import org.broadsheet.model.SourceSpan;
import org.broadsheet.model.Story;
import org.broadsheet.text.SetLine;

/**
 * Lays an issue out: the pages as the issue gives them (a flat story list is first shared out over
 * the layout's page count), page 1 under the masthead, the others under a running head, each
 * story a full-width module with its text balanced over the text columns. A story that does not
 * fit its page continues on the next (转版, with 下转/上接 lines); text that fits on no page is an
 * error, never dropped.
 */
public final class IssueLayouter {
  private final LayoutSpec spec;
  private final Faces faces;
  private final PageHeads heads;
  private final Function<String, SourceSpan> spans;
  private final Diagnostics diagnostics;
  private final Issue issue;
  private final double typeX;
  private final double typeWidth;
  private final double pitch;
  private final double columnWidth;
  private final int columns;
  private final double gutter;
  /** Half the type area: four basic columns of an eight-column grid. */
  private final double halfWidth;
  private final int halfColumns;
  private final double bodySize;

  private IssueLayouter(Issue issue, LayoutSpec spec, Function<String, SourceSpan> spans,
      Diagnostics diagnostics) {
    this.issue = issue;
    this.spec = spec;
    this.spans = spans;
    this.diagnostics = diagnostics;
    this.faces = new Faces(spec, spans, diagnostics);
    LayoutSpec.StyleSpec body = spec.style("body");
    this.typeWidth = spec.typeWidth();
    this.typeX = (spec.page().width() - typeWidth) / 2;
    this.pitch = body.pitch();
    LayoutSpec.GridSpec g = spec.grid();
    this.columns = g.columns() / g.textSpan();
    this.columnWidth = g.spanEms(g.textSpan()) * body.size();
    this.gutter = (typeWidth - columns * columnWidth) / Math.max(1, columns - 1);
    this.bodySize = body.size();
    int halfSpan = g.columns() / 2;
    this.halfColumns = halfSpan / g.textSpan();
    this.halfWidth = g.spanEms(halfSpan) * body.size();
    this.heads = new PageHeads(spec, faces, issue, spans, typeX, typeWidth, pitch);
  }

  /** Lays an issue out; problems are reported with no place in a file (tests, bench). */
  public static IssueFrame layout(Issue issue, LayoutSpec spec) {
    return layout(issue, spec, id -> SourceSpan.NONE, new Diagnostics());
  }

  /**
   * Lays an issue out.
   *
   * @param spans where each story (by id; null for the issue's own fields) is in the input, for
   *     diagnostics
   * @param diagnostics where warnings go (lines wider than their column, extra pages)
   */
  public static IssueFrame layout(Issue issue, LayoutSpec spec,
      Function<String, SourceSpan> spans, Diagnostics diagnostics) {
    return new IssueLayouter(issue, spec, spans, diagnostics).run();
  }

  private IssueFrame run() {
    List<Page> pages = issue.hasPages() ? issue.pages() : shareOut(issue.stories());
    // the layout's page count, or more when the issue file lists more pages (an 8-page issue
    // keeps its 8 pages); a page the issue does not list is left empty
    int count = Math.max(spec.pageCount(),
        pages.stream().mapToInt(Page::number).max().orElse(0));
    if (count > spec.pageCount()) {
      diagnostics.warn("L313", spans.apply(null), "the issue lists page " + count + "; layout '"
          + spec.name() + "' makes " + spec.pageCount() + " pages, so " + count
          + " are laid out");
    }
    Map<Integer, Page> byNumber = new TreeMap<>();
    pages.forEach(p -> byNumber.put(p.number(), p));
    // text that overflows the last page continues (转版) on extra pages, up to twice the
    // layout's count; beyond that the issue is too long for the layout and fails loudly
    int limit = 2 * count;
    List<PageFrame> frames = new ArrayList<>();
    List<Continuation> carry = List.of();
    for (int n = 1; n <= count || !carry.isEmpty() && n <= limit; n++) {
      Page page = byNumber.getOrDefault(n, new Page(n, null, List.of(), List.of()));
      PageComposer composer = new PageComposer(n, page.section());
      carry = composer.compose(carry, page.stories(), n < limit);
      frames.add(composer.finish());
    }
    if (frames.size() > count && carry.isEmpty()) {
      diagnostics.warn("L314", spans.apply(null), "the issue's text does not fit "
          + count + " pages; it continues (转版) on " + (frames.size() - count) + " more",
          "shorten the issue, or move stories to pages with room");
    }
    if (!carry.isEmpty()) {
      Continuation c = carry.get(0);
      throw BroadsheetException.error("L311", spans.apply(c.module().storyId()), "story "
          + c.module().storyId()
          + " does not fit: " + c.module().galley().size() + " lines are left after page "
          + frames.size(), "shorten the issue, or use a layout with more pages");
    }
    return new IssueFrame(issue, spec, frames);
  }

  /** Shares a flat story list out over the pages in order, balancing their lengths. */
  private List<Page> shareOut(List<Story> stories) {
    int n = spec.pageCount();
    long total = stories.stream().mapToLong(IssueLayouter::weight).sum();
    List<Page> pages = new ArrayList<>();
    List<Story> current = new ArrayList<>();
    long done = 0;
    for (int i = 0; i < stories.size(); i++) {
      Story s = stories.get(i);
      long target = total * (pages.size() + 1) / n;
      int remainingStories = stories.size() - i;
      int remainingPages = n - pages.size() - 1;
      boolean overTarget = !current.isEmpty() && done + weight(s) / 2 > target;
      if ((overTarget || remainingStories <= remainingPages) && pages.size() < n - 1
          && !current.isEmpty()) {
        pages.add(new Page(pages.size() + 1, null, List.of(), current));
        current = new ArrayList<>();
      }
      current.add(s);
      done += weight(s);
    }
    pages.add(new Page(pages.size() + 1, null, List.of(), current));
    return pages;
  }

  private static long weight(Story s) {
    return s.texts().stream().mapToLong(String::length).sum() + 200;
  }

  /**
   * What a page could not hold: a whole module moved on, or (when {@code started}) the lines of a
   * story left over at the page's foot, continued on the next page.
   */
  private record Continuation(Module module, int fromPage, boolean started) {}

  /** Composes one page: fixed furniture, then modules top to bottom. */
  private final class PageComposer {
    private final int number;
    private final String section;
    private final List<FrameItem> items = new ArrayList<>();
    private final List<String> furniture = new ArrayList<>();
    private final List<String> storyIds = new ArrayList<>();
    private final double bottom;
    private double y;

    PageComposer(int number, String section) {
      this.number = number;
      this.section = section;
      double top = spec.page().top();
      this.bottom = top + spec.page().typeHeight();
      PageHeads.Zone head = number == 1 ? heads.masthead(top, pageLabel())
          : heads.runningHead(top, number, pageLabel());
      items.addAll(head.items());
      furniture.addAll(head.furniture());
      this.y = top + head.height();
    }

    /**
     * Places the carried lines, then the stories; returns what is left for the next page. When
     * everything fits, {@link RowPlanner} arranges the modules in rows of one full-width module or
     * two half-width ones, and the page's slack widens the gaps between rows; otherwise modules
     * stack at full width and the first that does not fit continues on the next page (转版).
     */
    List<Continuation> compose(List<Continuation> carried, List<Story> stories, boolean more) {
      List<Module> modules = new ArrayList<>();
      List<Module> halves = new ArrayList<>();
      List<RowPlanner.Heights> heights = new ArrayList<>();
      for (Continuation c : carried) {
        Module m = c.started() ? continued(c) : c.module();
        modules.add(m);
        halves.add(m);
        heights.add(new RowPlanner.Heights(lines(m, columns), lines(m, columns), true));
      }
      for (Story s : stories) {
        Module full = StoryLayouter.layout(faces, s, typeWidth, columnWidth);
        Module half = StoryLayouter.reheaded(faces, s, full, halfWidth);
        modules.add(full);
        halves.add(half);
        heights.add(new RowPlanner.Heights(lines(full, columns), lines(half, halfColumns),
            s.priority() == Priority.LEAD || halfColumns < 1));
      }
      int room = (int) Math.floor((bottom - y) / pitch + 1e-6);
      int gap = (int) Math.ceil(spec.spacing().betweenStories() - 1e-6);
      var plan = RowPlanner.plan(heights, room, gap, spec.planning().layerCake(),
          spec.planning().hole());
      if (plan.isPresent()) {
        placeRows(plan.get(), modules, halves, room, gap);
        return List.of();
      }
      List<Continuation> left = new ArrayList<>();
      for (Module m : modules) {
        if (!left.isEmpty()) {
          left.add(new Continuation(m, number, false));
          continue;
        }
        Continuation rest = place(m, more);
        if (rest != null) {
          left.add(rest);
        }
      }
      return left;
    }

    /** A module's height in body lines: its headline zone, then its text over balanced columns. */
    private int lines(Module m, int available) {
      int cols = m.columns(available);
      return headLines(m) + (m.galley().size() + cols - 1) / cols;
    }

    private int headLines(Module m) {
      return (int) Math.ceil(m.headlineHeight() / pitch - 1e-6);
    }

    /** Places planned rows top to bottom, the slack shared out over the gaps between rows. */
    private void placeRows(List<RowPlanner.Row> rows, List<Module> modules, List<Module> halves,
        int room, int gap) {
      int used = rows.stream().mapToInt(RowPlanner.Row::height).sum() + gap * (rows.size() - 1);
      int extra = rows.size() > 1
          ? Math.min(spec.planning().maxExtraGap(), (room - used) / (rows.size() - 1)) : 0;
      double top = y;
      for (int r = 0; r < rows.size(); r++) {
        RowPlanner.Row row = rows.get(r);
        if (r > 0) {
          double white = (gap + extra) * pitch;
          double ruleY = top + white / 2;
          items.add(new FrameItem.Rule(typeX, ruleY, typeX + typeWidth, ruleY, spec.ruleWidth(),
              Tag.FURNITURE));
          top += white;
        }
        if (row.count() == 1) {
          Module m = modules.get(row.first());
          pour(m, typeX, columns, top, headLines(m) * pitch, m.galley(), rowsFor(m, columns));
        } else {
          double rightX = typeX + halfWidth + bodySize * spec.grid().gutter();
          double ruleX = typeX + halfWidth + bodySize * spec.grid().gutter() / 2.0;
          items.add(new FrameItem.Rule(ruleX, top, ruleX, top + row.height() * pitch,
              spec.ruleWidth(), Tag.FURNITURE));
          Module left = halves.get(row.first());
          Module right = halves.get(row.first() + 1);
          pour(left, typeX, halfColumns, top, headLines(left) * pitch, left.galley(),
              rowsFor(left, halfColumns));
          pour(right, rightX, halfColumns, top, headLines(right) * pitch, right.galley(),
              rowsFor(right, halfColumns));
        }
        top += row.height() * pitch;
      }
      y = top;
    }

    private int rowsFor(Module m, int available) {
      int cols = m.columns(available);
      return Math.max(1, (m.galley().size() + cols - 1) / cols);
    }

    PageFrame finish() {
      if (items.stream().anyMatch(i -> i.tag().role() == Role.SUPPLIED_NOTE)) {
        PageHeads.Zone note = heads.suppliedNote(bottom);
        items.addAll(note.items());
        furniture.addAll(note.furniture());
      }
      return new PageFrame(number, section, spec.page().width(), spec.page().height(), items,
          furniture, storyIds);
    }

    /** Places a module; returns the lines that did not fit, or null. */
    private Continuation place(Module m, boolean more) {
      // whole body lines, as in a planned page, so every baseline stays on the page's grid
      double gap = storyIds.isEmpty() ? 0
          : Math.ceil(spec.spacing().betweenStories() - 1e-6) * pitch;
      double top = y + gap;
      double head = headLines(m) * pitch;
      int total = m.galley().size();
      int cols = m.columns(columns);
      int rows = (total + cols - 1) / cols;
      double room = bottom - top - head;
      int fitRows = (int) Math.floor((room + 1e-6) / pitch);
      if (rows <= fitRows) {
        rule(top, gap);
        pour(m, typeX, columns, top, head, m.galley(), rows);
        y = top + head + rows * pitch;
        return null;
      }
      if (!more || fitRows < spec.planning().minJumpRows()) {
        if (!more) {
          throw BroadsheetException.error("L311", spans.apply(m.storyId()), "story " + m.storyId()
              + " does not fit on the last page: " + (rows - Math.max(0, fitRows))
              + " rows too many", "shorten the issue, or use a layout with more pages");
        }
        return new Continuation(m, number, false);
      }
      // 转版: fill the room, the last row says where the rest goes
      int keep = fitRows * cols - 1;
      List<GalleyLine> first = new ArrayList<>(m.galley().subList(0, keep));
      first.add(jumpLine("（下转第" + (number + 1) + "版）", m.storyId(), Tag.JUMP_OUT));
      rule(top, gap);
      pour(m, typeX, columns, top, head, first, fitRows);
      y = bottom;
      Module rest = new Module(m.storyId(), List.of(), 0, m.galley().subList(keep, total),
          List.of(), m.maxColumns());
      return new Continuation(rest, number, true);
    }

    private Module continued(Continuation c) {
      List<GalleyLine> lines = new ArrayList<>();
      lines.add(jumpLine("（上接第" + c.fromPage() + "版）", c.module().storyId(), Tag.JUMP_IN));
      lines.addAll(c.module().galley());
      return new Module(c.module().storyId(), List.of(), 0, lines, List.of(),
          c.module().maxColumns());
    }

    private GalleyLine jumpLine(String text, String storyId, int direction) {
      furniture.add(text);
      Faces.Fitted set = faces.fitOne(text, "byline", columnWidth, "the 转版 line");
      return new GalleyLine(set.line(), set.size(), Module.Alignment.END,
          new Tag(Role.JUMP, storyId, direction));
    }

    /** A rule across the type area above a module stacked under another. */
    private void rule(double top, double gap) {
      if (!storyIds.isEmpty()) {
        double ruleY = top - gap / 2;
        items.add(new FrameItem.Rule(typeX, ruleY, typeX + typeWidth, ruleY, spec.ruleWidth(),
            Tag.FURNITURE));
      }
    }

    /**
     * Draws the module's headline at {@code (x0, top)} and pours its galley into {@code cols}
     * balanced columns of {@code rows} lines below the headline zone ({@code headHeight} points).
     */
    private void pour(Module m, double x0, int cols, double top, double headHeight,
        List<GalleyLine> lines, int rows) {
      storyIds.add(m.storyId());
      furniture.addAll(m.furniture());
      for (FrameItem it : m.headline()) {
        FrameItem.TextRun r = (FrameItem.TextRun) it;
        items.add(new FrameItem.TextRun(r.x() + x0, r.baseline() + top, r.size(), r.glyphs(),
            r.vertical(), r.tag()));
      }
      double textTop = top + headHeight;
      // a module using fewer columns than it spans (a short poem) is centred in its width
      int used = m.columns(cols);
      double indent = (cols - used) * (columnWidth + gutter) / 2;
      for (int i = 0; i < lines.size(); i++) {
        GalleyLine gl = lines.get(i);
        if (gl.line() == null) {
          continue;
        }
        int col = i / rows;
        int row = i % rows;
        if (col >= cols) {
          throw new IllegalStateException("galley overflows its columns: " + m.storyId());
        }
        double colX = x0 + indent + col * (columnWidth + gutter);
        double x = switch (gl.alignment()) {
          case START -> colX;
          case END -> colX + columnWidth - gl.line().end();
        };
        double baseline = textTop + row * pitch + Baselines.baseline(gl.size(), pitch);
        items.add(new FrameItem.TextRun(x, baseline, gl.size(), gl.line().glyphs(), false,
            gl.tag()));
      }
    }

    private String pageLabel() {
      return "第" + number + "版" + (section == null ? "" : "　" + section);
    }

  }
}
