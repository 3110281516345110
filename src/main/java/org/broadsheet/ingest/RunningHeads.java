package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the page furniture that extraction leaves in the text and takes it out: a page's running
 * head (报眉: {@code 第2版}, the date with its weekday, the section name, {@code 责任编辑：NAME},
 * {@code 美术编辑：NAME}) on lines of its own or glued to the text line before or after a page
 * turn, and the page-1 masthead block that opens an issue (the paper's name, the serial number
 * {@code 国内统一连续出版物号 CN14-1234/(Q)}, {@code 总第N期}, the date, {@code 第1版}, the
 * section). Each fragment goes to the change report with its rule; each running head is a page
 * turn, with the page's number and printed section, for the paginator.
 *
 * <p>A fragment is recognised by its own form, never by the words of one paper (see
 * {@link FurnitureLine} for one line). A section name on a line of its own is furniture only where
 * furniture stands: right above or below the page number or date it is printed with, never the
 * first line of a text frame (set in by white space), and, below a head, only before what no
 * kicker stands above (running text, more furniture, a frame's first line). The paper's name
 * opens the issue on the line of the 主管/主办 fragment or right above it.
 */
final class RunningHeads {
  /** A paper's name standing alone on the first line of the masthead block. */
  private static final Pattern NAME = Pattern.compile("\\p{IsHan}{2,8}|\\p{IsHan}(?: \\p{IsHan}){1,7}");

  /** Longer than a headline or a name. */
  private static final int SHORT_LINE = 12;

  /** A page turn a running head shows. */
  record Turn(int line, boolean afterText, int page, String section) {}

  /** What the furniture tells of the issue. */
  record Found(List<Turn> turns, String name, String section, String date, String number) {}

  private final SourceText src;
  private final ChangeLog log;
  /** Lines (0-based) that held the masthead's 主管/主办 fragment, taken out before. */
  private final Set<Integer> mastheadLines;
  private final List<Turn> turns = new ArrayList<>();

  private String name;
  private String frontSection;
  private String date;
  private String number;

  private RunningHeads(SourceText src, ChangeLog log, Set<Integer> mastheadLines) {
    this.src = src;
    this.log = log;
    this.mastheadLines = mastheadLines;
  }

  /**
   * Takes the furniture out of {@code src}; {@code masthead} are the 主管/主办 fragments already
   * taken out (their lines belong to the masthead block).
   */
  static Found extract(SourceText src, ChangeLog log, List<Masthead.Fragment> masthead) {
    RunningHeads r = new RunningHeads(src, log,
        masthead.stream().map(f -> f.line() - 1).collect(Collectors.toSet()));
    r.run();
    return new Found(List.copyOf(r.turns), r.name, r.frontSection, r.date, r.number);
  }

  private void run() {
    int first = firstNonBlank();
    boolean opening = true; // still in the masthead block before the first story's text
    int lastHead = -1;
    FurnitureLine.Kind lastEdge = null; // the last fragment of line lastHead
    boolean lastInTurn = false; // the last head line belongs to a page turn (not the masthead)
    for (int i = 0; i < src.lineCount(); i++) {
      String line = src.lineText(i);
      if (line.isBlank()) {
        continue;
      }
      FurnitureLine head = FurnitureLine.read(line, opening && i == first);
      if (head == null) {
        if (opening && i == first && NAME.matcher(line.strip()).matches()
            && (mastheadLines.contains(i) || nextHasFurniture(i))) {
          name = line.strip().replace(" ", "");
          take(i, List.of(new int[] {0, line.length()}), "furniture.masthead",
              "the paper's name atop the masthead block of page 1");
          continue;
        }
        if (lastHead >= 0 && lastHead == i - 1 && lastEdge != null && sectionBelow(i, lastEdge,
            opening ? frontSection : lastInTurn ? turns.get(turns.size() - 1).section() : "")) {
          String section = line.strip().replace(" ", "");
          if (opening) {
            frontSection = section;
          } else {
            Turn t = turns.get(turns.size() - 1);
            turns.set(turns.size() - 1, new Turn(t.line(), t.afterText(), t.page(), section));
          }
          take(i, List.of(new int[] {0, line.length()}), opening ? "furniture.masthead"
              : "furniture.running-head", "a section name on a line of its own within the "
              + (opening ? "masthead block" : "running head") + ", below its page number or date");
          lastHead = i;
          lastEdge = null; // one name to a page
          continue;
        }
        opening = false;
        continue;
      }
      // the serial numbers (CN…, 总第N期) and 第1版 are the masthead block's, which no page turn
      // precedes: a line of them before the first turn belongs to it even where the block's first
      // line was not read as the paper's name (a 主管/主办 line of another form, left as text)
      boolean masthead = opening && head.before.isBlank()
          || turns.isEmpty() && (head.serialNumber && head.page <= 1 || head.page == 1);
      if (masthead && i == first && head.leftSection) {
        name = head.section; // the first word of the block is the paper's name
        head.section = head.rightSection;
      }
      take(i, head.spans, masthead ? "furniture.masthead" : "furniture.running-head", masthead
          ? "masthead block of page 1: moved out of the text"
          : "running head (报眉) printed at a page turn: moved out of the text");
      date = date == null ? head.date : date;
      number = number == null ? head.serial : number;
      if (masthead) {
        frontSection = head.section != null ? head.section : frontSection;
      } else if (lastHead >= 0 && onlyBlank(lastHead, i) && lastInTurn) {
        Turn t = turns.get(turns.size() - 1); // heads on consecutive lines are one turn
        turns.set(turns.size() - 1, new Turn(t.line(), t.afterText(),
            t.page() > 0 ? t.page() : head.page, t.section() != null ? t.section() : head.section));
      } else {
        String section = head.section;
        if (head.before.isBlank() && section == null && besidePageOrDate(head.first)
            && sectionAbove(i)) {
          // the section name set on a line of its own right above the head's page number or
          // date (副刊 / 第3版 …)
          String above = src.lineText(i - 1);
          section = above.strip().replace(" ", "");
          take(i - 1, List.of(new int[] {0, above.length()}), "furniture.running-head",
              "a section name on a line of its own right above the running head");
        }
        turns.add(new Turn(i + 1, !head.before.isBlank(), head.page, section));
      }
      lastHead = i;
      lastEdge = head.after.isBlank() ? head.last : null;
      lastInTurn = !masthead;
      opening &= masthead && head.after.isBlank();
    }
  }

  /**
   * Line {@code i - 1}, right above a head with no blank between, is section-shaped and stands
   * apart from the text above it by a blank line or by a line that is not (a long or spaced-out
   * headline line): the head's section name set above it. Two section-shaped lines in a row are
   * a kicker and a title.
   */
  private boolean sectionAbove(int i) {
    return i >= 2 && !src.lineText(i - 1).isBlank() && !startsFrame(src.lineText(i - 1))
        && ownLineSection(src.lineText(i - 1))
        && (src.lineText(i - 2).isBlank() || !FurnitureLine.isSection(src.lineText(i - 2)))
        && FurnitureLine.read(src.lineText(i - 1)) == null;
  }

  private boolean onlyBlank(int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (!src.lineText(k).isBlank()) {
        return false;
      }
    }
    return true;
  }

  private int firstNonBlank() {
    for (int i = 0; i < src.lineCount(); i++) {
      if (!src.lineText(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  /** The next line with text holds furniture (or held the 主管/主办 fragment). */
  private boolean nextHasFurniture(int i) {
    for (int k = i + 1; k < src.lineCount(); k++) {
      if (mastheadLines.contains(k)) {
        return true;
      }
      String t = src.lineText(k);
      if (!t.isBlank()) {
        return FurnitureLine.read(t) != null;
      }
    }
    return false;
  }

  /** A line of running text: it opens with a dateline or holds a stop or pause. */
  private static boolean isBody(String line) {
    String t = line.strip();
    long images = t.codePoints().map(MojibakeTable::candidate)
        .filter(m -> m == '，' || m == '。').count();
    return Datelines.startsWithDateline(t) || Chars.hasSentencePunctuation(t)
        || images >= 2 && t.length() > SHORT_LINE; // a damaged line shows images of its marks
  }

  /**
   * Line {@code i}, right below a head line whose last fragment is {@code edge}, is the page's
   * section name on a line of its own: section-shaped, below the page number or the date it is
   * printed with (a page has one name: {@code named} is the one already read, if any), not the
   * first line of a text frame (set in by white space), and what follows is furniture, running
   * text or a frame's first line, the text's end — no headline, which would make it a kicker.
   */
  private boolean sectionBelow(int i, FurnitureLine.Kind edge, String named) {
    String line = src.lineText(i);
    if (named != null || !besidePageOrDate(edge) || startsFrame(line)
        || !ownLineSection(line)) {
      return false;
    }
    for (int k = i + 1; k < src.lineCount(); k++) {
      String t = src.lineText(k);
      if (!t.isBlank()) {
        return FurnitureLine.read(t) != null || isBody(t) || startsFrame(t);
      }
    }
    return true;
  }

  /**
   * A section name on a line of its own: one word — characters spaced out alone on a line are how
   * a headline is set ({@code 治 安 检 查}), not a page's name.
   */
  private static boolean ownLineSection(String line) {
    return FurnitureLine.isSection(line) && !line.strip().contains(" ");
  }

  private static boolean besidePageOrDate(FurnitureLine.Kind k) {
    return k == FurnitureLine.Kind.PAGE || k == FurnitureLine.Kind.DATE;
  }

  /** A line set in by white space: the first line of a text frame (its indent kept). */
  private static boolean startsFrame(String line) {
    return !line.isEmpty() && Chars.isSpace(line.codePointAt(0));
  }

  /**
   * Removes the fragments (char ranges of line {@code line}) with the white space that joined
   * them, reporting each fragment; white space before the first stays (a text frame's indent).
   */
  private void take(int line, List<int[]> spans, String rule, String why) {
    String text = src.lineText(line);
    int[] idx = src.lineIndices(line);
    int from = spans.get(0)[0];
    int to = spans.get(spans.size() - 1)[1];
    while (to < text.length() && Chars.isSpace(text.charAt(to))) {
      to++; // the space that glued the head to the text after it
    }
    if (to == text.length()) {
      while (from > 0 && Chars.isSpace(text.charAt(from - 1))) {
        from--; // the space that glued it to the text before it
      }
    }
    for (int[] span : spans) {
      String fragment = text.substring(span[0], span[1]).strip();
      if (!fragment.isEmpty()) {
        int lead = span[0];
        while (Chars.isSpace(text.charAt(lead))) {
          lead++;
        }
        log.add(line + 1, src.column(idx[text.codePointCount(0, lead)]), rule, fragment, "", why);
      }
    }
    int a = text.codePointCount(0, from);
    int b = text.codePointCount(0, to);
    for (int k = a; k < b; k++) {
      src.remove(idx[k]);
    }
  }
}
