package org.broadsheet.ingest.sim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.broadsheet.ingest.ReferenceIssue.Furniture;

/**
 * What real extracted newspaper text shows of the page itself (sim-2): the page-1 masthead block
 * at the start (paper name, 主管/主办, 国内统一连续出版物号, 总第N期, date, 第1版) and, at every page
 * turn of an issue that prints them, the new page's running head (报眉: 第N版, the date with its
 * weekday, the section name, 责任编辑/美术编辑 lines), on lines of their own, spaced out on one
 * line, or glued to the text line before or after. Each fragment becomes a furniture entry of the
 * reference (role {@code masthead} or {@code running-head}). Draws from its own random stream so
 * that the stories of a sim-2 issue do not depend on it.
 */
final class PageFurniture {
  static final String MASTHEAD = "masthead";
  static final String RUNNING_HEAD = "running-head";
  /** How the fragments of one turn are printed. */
  enum Layout { OWN_LINES, ONE_LINE, GLUED_BEFORE, GLUED_AFTER }

  private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六",
      "星期日"};
  private final TurnParameters t;
  private final SplittableRandom rng;
  private final Paper paper;
  final boolean turnsPrinted;
  final boolean mastheadBlock;
  final String date;
  final String isoDate;
  final int number;
  private boolean datePrinted;
  private boolean numberPrinted;

  PageFurniture(TurnParameters t, Paper paper, SplittableRandom rng) {
    this.t = t;
    this.rng = rng;
    this.paper = paper;
    this.turnsPrinted = rng.nextDouble() < t.runningHeadRate();
    this.mastheadBlock = rng.nextDouble() < t.mastheadBlockRate();
    LocalDate d = LocalDate.of(2018, 1, 1).plusDays(rng.nextInt(7 * 365));
    this.isoDate = d.toString();
    this.date = d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日 "
        + WEEKDAYS[d.getDayOfWeek().getValue() - 1];
    this.number = 300 + rng.nextInt(2700);
  }

  /** The page-1 masthead block printed at the very start; returns whether it names the section. */
  boolean printMasthead(RawText out, String section, List<Furniture> furniture) {
    List<String> f = new ArrayList<>();
    boolean spacedName = rng.nextDouble() < 0.3;
    f.add(spacedName ? StoryRenderer.spaceOut(paper.name()) : paper.name());
    f.add(paper.mastheadFragment());
    if (rng.nextDouble() < t.cnRate()) {
      f.add("国内统一连续出版物号 CN14-" + String.format("%04d", Math.floorMod(paper.name().hashCode(),
          9000) + 1) + "/(Q)");
    }
    if (rng.nextDouble() < 0.8) {
      f.add("总第" + number + "期");
      numberPrinted = true;
    }
    if (rng.nextDouble() < 0.7) {
      f.add(date);
      datePrinted = true;
    }
    boolean named = rng.nextDouble() < 0.5;
    if (named) {
      f.add("第1版");
      f.add(section);
    }
    List<List<String>> lines = group(f);
    if (spacedName && lines.get(0).size() == 1) {
      // a spaced-out name alone on a line would read as a spaced-out headline: it stands with
      // the 主管/主办 fragment
      lines.get(0).addAll(lines.remove(1));
    }
    for (List<String> line : lines) {
      String text = join(line);
      int no = out.add(text);
      line.forEach(x -> furniture.add(new Furniture(x, no, MASTHEAD)));
    }
    if (rng.nextBoolean()) {
      out.blank();
    }
    return named;
  }

  /** Fragments of one masthead block, one or several to a line. */
  private List<List<String>> group(List<String> f) {
    List<List<String>> lines = new ArrayList<>();
    for (String x : f) {
      if (lines.isEmpty() || rng.nextDouble() < 0.6) {
        lines.add(new ArrayList<>());
      }
      lines.get(lines.size() - 1).add(x);
    }
    return lines;
  }

  private String join(List<String> parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (sb.length() > 0) {
        sb.append(" ".repeat(1 + rng.nextInt(4)));
      }
      sb.append(p);
    }
    return sb.toString();
  }

  /** An editor's name, from the paper's pools. */
  private String editor() {
    return Grammar.name(rng, 1 + rng.nextInt(2), paper.surnames(), paper.given());
  }

  /** One turn's running head: the fragments, in print order, and how they are laid out. */
  record Turn(List<String> fragments, Layout layout, boolean named, String glue) {}

  /** Draws the running head of page {@code page} (2 and later), or null when the issue prints none. */
  Turn turn(int page, String section) {
    if (!turnsPrinted) {
      return null;
    }
    List<String> f = new ArrayList<>();
    boolean named = rng.nextDouble() < t.sectionRate();
    String folio = "第" + page + "版";
    boolean dated = rng.nextDouble() < 0.6;
    String sectionShown = rng.nextDouble() < t.spacedRate() ? StoryRenderer.spaceOut(section)
        : section;
    if (rng.nextBoolean()) { // even pages: date outside, folio inside; odd ones mirrored
      if (dated) {
        f.add(date);
      }
      f.add(folio);
      if (named) {
        f.add(sectionShown);
      }
    } else {
      if (named) {
        f.add(sectionShown);
      }
      f.add(folio);
      if (dated) {
        f.add(date);
      }
    }
    datePrinted |= dated;
    if (rng.nextDouble() < 0.5) {
      f.add("责任编辑：" + editor());
    }
    if (rng.nextDouble() < 0.3) {
      f.add("美术编辑：" + editor());
    }
    double r = rng.nextDouble();
    Layout layout = r < t.gluedRate() / 2 ? Layout.GLUED_BEFORE : r < t.gluedRate()
        ? Layout.GLUED_AFTER : r < t.gluedRate() + (1 - t.gluedRate()) / 2 ? Layout.ONE_LINE
        : Layout.OWN_LINES;
    return new Turn(f, layout, named, rng.nextBoolean() ? " " : "");
  }

  /**
   * Prints a turn's running head that stands on lines of its own or is glued to the last text
   * line; a head glued to the next line is handed to the renderer instead (returns false).
   * {@code headlineBefore}: the last line printed is a headline; {@code headlineAfter}: the next
   * one will be.
   */
  boolean print(Turn turn, RawText out, List<Furniture> furniture, boolean headlineBefore,
      boolean headlineAfter) {
    Layout layout = turn.layout();
    // what a reader could not undo is not printed: a head glued to a headline (whose words it
    // would run into) or to an author set one character a line, or a spaced-out section name on a line of its own or glued (it would read
    // as a spaced-out headline); the head then stands on one line of its own
    boolean spaced = turn.fragments().stream()
        .anyMatch(f -> f.matches("(\\p{IsHan} )+\\p{IsHan}"));
    if (layout == Layout.GLUED_BEFORE && (out.endsBlank() || headlineBefore || spaced
        || out.last().strip().codePointCount(0, out.last().strip().length()) < 2)
        || layout == Layout.GLUED_AFTER && (headlineAfter || spaced)
        || layout == Layout.OWN_LINES && spaced) {
      layout = Layout.ONE_LINE;
    }
    switch (layout) {
      case GLUED_BEFORE -> {
        out.appendToLast(glue(turn, turn.fragments().get(0)) + join(turn.fragments()));
        turn.fragments().forEach(x -> furniture.add(new Furniture(x, out.lastNo(),
            RUNNING_HEAD)));
      }
      case ONE_LINE, OWN_LINES -> {
        if (rng.nextBoolean()) {
          out.blank();
        }
        if (layout == Layout.ONE_LINE) {
          int no = out.add(join(turn.fragments()));
          turn.fragments().forEach(x -> furniture.add(new Furniture(x, no, RUNNING_HEAD)));
        } else {
          for (List<String> line : group(turn.fragments())) {
            int no = out.add(join(line));
            line.forEach(x -> furniture.add(new Furniture(x, no, RUNNING_HEAD)));
          }
        }
        if (rng.nextBoolean()) {
          out.blank();
        }
      }
      case GLUED_AFTER -> {
        return false;
      }
      default -> throw new IllegalStateException();
    }
    return true;
  }

  /** The text a head glued to the next line puts before it. */
  String prefix(Turn turn) {
    return join(turn.fragments())
        + glue(turn, turn.fragments().get(turn.fragments().size() - 1));
  }

  /**
   * What separates a glued head from the text: nothing or a space, but always a space next to a
   * name (an editor's, the section's), whose end a reader could not find in running text.
   */
  private static String glue(Turn turn, String adjacent) {
    boolean plain = adjacent.matches("第\\d+版|\\d+年\\d+月\\d+日 星期.");
    return plain ? turn.glue() : " ";
  }

  boolean datePrinted() {
    return datePrinted;
  }

  boolean numberPrinted() {
    return numberPrinted;
  }
}
