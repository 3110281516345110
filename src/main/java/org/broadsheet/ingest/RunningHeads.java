package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the page furniture that extraction leaves in the text and takes it out: a page's running
 * head (报眉: {@code 第2版}, the date with its weekday, the section name, {@code 责任编辑：NAME},
 * {@code 美术编辑：NAME}) on lines of its own or glued to the text line before or after a page
 * turn, and the page-1 masthead block that opens an issue (the paper's name, the serial number
 * {@code 国内统一连续出版物号 CN14-1234/(Q)}, {@code 总第N期}, the date, {@code 第1版}, the
 * section). Each fragment goes to the change report with its rule; each running head is a page
 * turn, with the page's number and printed section, for the paginator.
 *
 * <p>A fragment is recognised by its own form, never by the words of one paper: page numbers,
 * dates with a weekday, editor lines and serial numbers are unmistakable; a section name is a
 * short run of Han characters (maybe spaced out) that stands between such fragments, separated by
 * white space, or beside them at the edge of the text it is glued to.
 */
final class RunningHeads {
  private static final String S = "[ \\t\\u3000]*";
  private static final Pattern HARD = Pattern.compile(
      "(?<page>第" + S + "(?<no>\\d{1,2})" + S + "版)"
          + "|(?<date>(?<y>\\d{4})" + S + "年" + S + "(?<m>\\d{1,2})" + S + "月" + S
          + "(?<d>\\d{1,2})" + S + "日" + S + "星" + S + "期" + S + "[一二三四五六日天])"
          + "|(?<editor>(?:责任|美术)" + S + "编" + S + "辑" + S + "[:：]" + S
          + "\\p{IsHan}{2,3})(?=\\s|$)"
          + "|(?<cn>(?:国内统一连续出版物号" + S + ")?CN" + S + "\\d{2}" + S + "-" + S + "\\d{4}"
          + "(?:" + S + "/" + S + "\\(?[A-Z]\\)?)?)"
          + "|(?<serial>总" + S + "第" + S + "(?<serialNo>\\d{1,6})" + S + "期)");
  /** A section name: two to six Han characters, maybe spaced out one by one. */
  private static final Pattern SECTION =
      Pattern.compile("\\p{IsHan}{2,6}|\\p{IsHan}(?: \\p{IsHan}){1,5}");
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
  private final List<Turn> turns = new ArrayList<>();

  private String name;
  private String frontSection;
  private String date;
  private String number;

  private RunningHeads(SourceText src, ChangeLog log) {
    this.src = src;
    this.log = log;
  }

  static Found extract(SourceText src, ChangeLog log) {
    RunningHeads r = new RunningHeads(src, log);
    r.run();
    return new Found(List.copyOf(r.turns), r.name, r.frontSection, r.date, r.number);
  }

  private void run() {
    int first = firstNonBlank();
    boolean opening = true; // still in the masthead block before the first story's text
    int lastHead = -1;
    boolean lastInTurn = false; // the last head line belongs to a page turn (not the masthead)
    for (int i = 0; i < src.lineCount(); i++) {
      String line = src.lineText(i);
      if (line.isBlank()) {
        continue;
      }
      Head head = head(line);
      if (head == null) {
        if (opening && i == first && NAME.matcher(line.strip()).matches() && nextHasFurniture(i)) {
          name = line.strip().replace(" ", "");
          take(i, List.of(new int[] {0, line.length()}), "furniture.masthead",
              "the paper's name atop the masthead block of page 1");
          continue;
        }
        if (lastHead >= 0 && lastHead == i - 1 && isSection(line)
            && (blankOrEnd(i + 1) && opening || i + 1 < src.lineCount()
                && (head(src.lineText(i + 1)) != null || isBody(src.lineText(i + 1))))) {
          // a section name on a line of its own inside a head set on several lines, or closing
          // it right before the text
          String section = line.strip().replace(" ", "");
          if (opening) {
            frontSection = section;
          } else if (!turns.isEmpty() && turns.get(turns.size() - 1).section() == null) {
            Turn t = turns.get(turns.size() - 1);
            turns.set(turns.size() - 1, new Turn(t.line(), t.afterText(), t.page(), section));
          }
          take(i, List.of(new int[] {0, line.length()}), opening ? "furniture.masthead"
              : "furniture.running-head", "a section name on a line of its own within the "
              + (opening ? "masthead block" : "running head"));
          lastHead = i;
          continue;
        }
        opening = false;
        continue;
      }
      boolean masthead = opening && head.before.isBlank();
      if (masthead && i == first && head.leftSection) {
        name = head.section; // the first word of the block is the paper's name
        head.section = null;
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
        if (head.before.isBlank() && sectionAbove(i)) {
          // the section name set on a line of its own right above the head (副刊 / 第3版 …)
          String above = src.lineText(i - 1);
          section = section != null ? section : above.strip().replace(" ", "");
          take(i - 1, List.of(new int[] {0, above.length()}), "furniture.running-head",
              "a section name on a line of its own right above the running head");
        }
        turns.add(new Turn(i + 1, !head.before.isBlank(), head.page, section));
      }
      lastHead = i;
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
    return i >= 2 && !src.lineText(i - 1).isBlank() && isSection(src.lineText(i - 1))
        && (src.lineText(i - 2).isBlank() || !isSection(src.lineText(i - 2)))
        && head(src.lineText(i - 1)) == null;
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

  private boolean nextHasFurniture(int i) {
    for (int k = i + 1; k < src.lineCount(); k++) {
      String t = src.lineText(k);
      if (!t.isBlank()) {
        return head(t) != null;
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

  private boolean blankOrEnd(int i) {
    return i >= src.lineCount() || src.lineText(i).isBlank();
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

  /** The furniture on one line: its fragments' spans and what they say. */
  private static final class Head {
    final List<int[]> spans = new ArrayList<>();
    String before = "";
    String after = "";
    int page;
    String section;
    String date;
    String serial;
    boolean editor;
    boolean leftSection;
  }

  /** Reads the furniture on a line, or null when it holds none. */
  static Head head(String line) {
    Matcher m = HARD.matcher(line);
    List<int[]> hard = new ArrayList<>();
    Head h = new Head();
    while (m.find()) {
      if (!standsApart(line, m.start(), m.end())) {
        continue;
      }
      hard.add(new int[] {m.start(), m.end()});
      if (m.group("page") != null && h.page == 0) {
        h.page = Integer.parseInt(m.group("no"));
      } else if (m.group("date") != null) {
        h.date = String.format("%s-%02d-%02d", m.group("y"), Integer.parseInt(m.group("m")),
            Integer.parseInt(m.group("d")));
      } else if (m.group("serial") != null) {
        h.serial = m.group("serialNo");
      } else if (m.group("editor") != null) {
        h.editor = true;
      }
    }
    if (hard.isEmpty()) {
      return null;
    }
    // section names between fragments, separated from them by white space only
    List<int[]> spans = new ArrayList<>();
    for (int k = 0; k < hard.size(); k++) {
      spans.add(hard.get(k));
      if (k + 1 < hard.size()) {
        String gap = line.substring(hard.get(k)[1], hard.get(k + 1)[0]);
        if (isSection(gap)) {
          spans.add(new int[] {hard.get(k)[1], hard.get(k + 1)[0]});
          h.section = gap.strip().replace(" ", "");
        } else if (!gap.isBlank()) {
          return null; // text between fragments: not a running head
        }
      }
    }
    int start = hard.get(0)[0];
    int end = hard.get(hard.size() - 1)[1];
    // a section at the edge: before the first fragment, after text that ends a sentence (or at
    // the line's start); after the last one, before white space and the text glued after it
    String lead = line.substring(0, start);
    Matcher left = Pattern.compile("(^|\\s)(\\S(?: ?\\S)*?)\\s+$").matcher(lead);
    if (h.section == null && left.find() && isSection(left.group(2))
        && (left.start(2) == 0 || lead.substring(0, left.start(2)).isBlank()
            || endsText(lead.substring(0, left.start(2)).strip()))) {
      h.section = left.group(2).replace(" ", "");
      h.leftSection = true;
      start = left.start(2);
    }
    String tail = line.substring(end);
    Matcher right = Pattern.compile("^\\s+(\\p{IsHan}(?: ?\\p{IsHan}){1,5})(?=\\s|$)").matcher(tail);
    if (h.section == null && right.find() && isSection(right.group(1))
        && !Datelines.startsWithDateline(right.group(1).replace(" ", ""))
        && !Datelines.startsWithDateline(tail.strip())) {
      h.section = right.group(1).replace(" ", "");
      end += right.end(1);
    }
    spans.add(0, new int[] {start, hard.get(0)[0]});
    spans.add(new int[] {hard.get(hard.size() - 1)[1], end});
    h.spans.addAll(spans);
    h.before = line.substring(0, start);
    h.after = line.substring(end);
    return h;
  }

  private static boolean isSection(String gap) {
    String t = gap.strip();
    if (!SECTION.matcher(t).matches()) {
      return false;
    }
    int last = t.codePointBefore(t.length());
    int first = t.codePointAt(0);
    int lastMark = MojibakeTable.candidate(last);
    return !Chars.isOpening(MojibakeTable.candidate(first))
        && !(lastMark >= 0 && "。，、；：？！）”》".indexOf(lastMark) >= 0);
  }

  /** A fragment stands apart from running text: white space, a line's edge or a text end. */
  private static boolean standsApart(String line, int start, int end) {
    boolean after = end == line.length() || Chars.isSpace(line.charAt(end));
    if (!after) {
      return false;
    }
    if (start == 0 || Chars.isSpace(line.charAt(start - 1))) {
      return true;
    }
    return endsText(line.substring(0, start));
  }

  /** Text that ends a sentence or a bracketed name (。！？”）, or their images). */
  private static boolean endsText(String s) {
    if (s.isEmpty()) {
      return true;
    }
    int cp = s.codePointBefore(s.length());
    int mark = MojibakeTable.candidate(cp);
    return "。！？”）".indexOf(cp) >= 0 || (mark >= 0 && "。！？”）".indexOf(mark) >= 0);
  }
}
