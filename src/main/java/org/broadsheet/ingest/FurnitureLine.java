package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page furniture on one line of raw text (see {@link RunningHeads}): the fragments' spans,
 * what they say, and the text left before and after them.
 *
 * <p>Fragments with a form of their own are unmistakable: the page number {@code 第N版} (in digits
 * or Chinese numerals: 第三版), the date with its weekday, the editors' credits {@code 责任编辑：NAME}
 * ({@code 美术编辑}, {@code 责编}, {@code 美编}, {@code 校对}; a colon or white space before a name of
 * two to four characters: 欧阳晓峰 has a surname of two), the serial numbers {@code CN14-1234/(Q)} (labelled 国内统一连续出版物号 or by
 * its older name 国内统一刊号), {@code 总第N期} and the postal code {@code 邮发代号：21-35}. Each stands apart from running text: white space or the line's edge after it,
 * and before it white space, the line's edge or the end of a sentence. Extraction may glue a head
 * to the text without a space only beside a page number or a dated weekday (never beside a name,
 * whose end a reader could not find): such a fragment counts only at the end of a chain of at
 * least two that fills the rest of the line — its last fragment glued to the text after it (a
 * head before a page's first line) or its first glued to the text before it (after a page's
 * last line).
 *
 * <p>A section name (版名) is a short run of Han characters, maybe spaced out, and is furniture
 * only where furniture stands: between two fragments, or at the edge of the chain beside the page
 * number or the date (a page's name is printed with its number and date, and the editors' credits
 * close the head), set off by white space from the text it is glued to, and that text ends there
 * (a sentence, a bracketed name, a photo credit or an author's name after its marker). A word in
 * the middle of a sentence is never one.
 */
final class FurnitureLine {
  private static final String S = "[ \\t\\u3000]*";
  private static final Pattern HARD = Pattern.compile(
      "(?<page>第" + S + "(?<no>\\d{1,2}|[一二三四五六七八九十]{1,3})" + S + "版)"
          + "|(?<date>(?<y>\\d{4})" + S + "年" + S + "(?<m>\\d{1,2})" + S + "月" + S
          + "(?<d>\\d{1,2})" + S + "日" + S + "星" + S + "期" + S + "[一二三四五六日天])"
          + "|(?<editor>(?:(?:责任|美术)" + S + "编" + S + "辑|[责美]" + S + "编|校" + S + "对)"
          + "(?:" + S + "[:：]" + S + "|[ \\t\\u3000]+)\\p{IsHan}{2,4})(?=\\s|$)"
          + "|(?<cn>(?:国内统一(?:连续出版物号|刊号)" + S + "[:：]?" + S + ")?CN" + S + "\\d{2}" + S
          + "-" + S + "\\d{4}(?:" + S + "/" + S + "\\(?[A-Z]\\)?)?)"
          + "|(?<post>邮发代号" + S + "[:：]?" + S + "\\d{1,2}" + S + "-" + S + "\\d{1,4})"
          + "|(?<serial>总" + S + "第" + S + "(?<serialNo>\\d{1,6})" + S + "期)");
  /** A section name after the chain: a word, or characters spaced out one by one. */
  private static final Pattern RIGHT_SECTION = Pattern.compile(
      "^\\s+(\\p{IsHan}(?: \\p{IsHan}){1,5}(?=\\s|$)|\\p{IsHan}{2,6}(?=\\s|$))");
  /** A section name: two to six Han characters, maybe spaced out one by one. */
  private static final Pattern SECTION =
      Pattern.compile("\\p{IsHan}{2,6}|\\p{IsHan}(?: \\p{IsHan}){1,5}");
  /** A photo credit ending its line's text: the label and the photographer's name. */
  private static final Pattern CREDIT_END =
      Pattern.compile("(?:^|\\s)(?:摄影报道|摄影(?!报道))" + S + "\\p{IsHan}{2,4}$");
  /** An author's line: a marker and a name. */
  private static final Pattern AUTHOR_LINE = Pattern.compile("^\\s*(\\S)" + S + "\\p{IsHan}{2,4}$");
  /** Author markers (GB/T 15834 does not list them; papers set them before a name). */
  private static final String MARKERS = "●◎○★☆◆";

  /** The kinds of fragment a line's chain is made of. */
  enum Kind { PAGE, DATE, EDITOR, SERIAL, SECTION }

  final List<int[]> spans = new ArrayList<>();
  String before = "";
  String after = "";
  int page;
  String section;
  String date;
  String serial;
  /** The line holds a serial number (CN or 总第N期): the masthead block prints them, no 报眉. */
  boolean serialNumber;
  /** The section stands at the chain's left edge (the first word of a masthead line). */
  boolean leftSection;
  /** The word after the chain beside its page number or date (the masthead's section). */
  String rightSection;
  /** The chain's first and last fragments. */
  Kind first;
  Kind last;

  private FurnitureLine() {}

  /** How the chain meets the text on its line. */
  private enum Glue {
    /** White space, a line's edge or a sentence's end on both sides. */
    APART,
    /** Its first fragment glued straight to the text before it (a head after a page's text). */
    START,
    /** Its last fragment glued straight to the text after it (a head before a page's text). */
    END
  }

  /** Reads the furniture on a line, or null when it holds none. */
  static FurnitureLine read(String line) {
    return read(line, false);
  }

  /**
   * Reads the furniture on a line, or null; {@code nameFirst}: the line opens the masthead block,
   * so a word that opens it is the paper's name and the section may stand after the chain.
   */
  static FurnitureLine read(String line, boolean nameFirst) {
    for (Glue glue : new Glue[] {Glue.START, Glue.END, Glue.APART}) { // a glued form or none
      FurnitureLine h = read(line, glue, nameFirst);
      if (h != null) {
        return h;
      }
    }
    return null;
  }

  private static FurnitureLine read(String line, Glue glue, boolean nameFirst) {
    Matcher m = HARD.matcher(line);
    List<int[]> hard = new ArrayList<>();
    List<Kind> kinds = new ArrayList<>();
    FurnitureLine h = new FurnitureLine();
    boolean glued = false;
    while (m.find() && !(glued && glue == Glue.END)) {
      Kind kind = m.group("page") != null ? Kind.PAGE : m.group("date") != null ? Kind.DATE
          : m.group("editor") != null ? Kind.EDITOR : Kind.SERIAL;
      boolean before = startsApart(line, m.start());
      boolean after = endsApart(line, m.end());
      boolean plain = kind == Kind.PAGE || kind == Kind.DATE; // glue drops no space by a name
      if (glue == Glue.START && hard.isEmpty() && plain && !before && after
          || glue == Glue.END && plain && before && !after) {
        glued = true; // holds only as the end of a chain that fills the line's other side
      } else if (!before || !after) {
        continue;
      }
      hard.add(new int[] {m.start(), m.end()});
      kinds.add(kind);
      if (kind == Kind.PAGE && h.page == 0) {
        h.page = pageNumber(m.group("no"));
      } else if (kind == Kind.DATE) {
        h.date = String.format("%s-%02d-%02d", m.group("y"), Integer.parseInt(m.group("m")),
            Integer.parseInt(m.group("d")));
      } else if (m.group("serial") != null) {
        h.serial = m.group("serialNo");
      }
      h.serialNumber |= kind == Kind.SERIAL;
    }
    if (hard.isEmpty() || glue != Glue.APART && (!glued || hard.size() < 2)) {
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
    h.first = kinds.get(0);
    h.last = kinds.get(kinds.size() - 1);
    int start = hard.get(0)[0];
    int end = hard.get(hard.size() - 1)[1];
    int left = glue == Glue.START ? -1 : leftSection(line.substring(0, start), h.first);
    if (h.section == null && left >= 0) {
      h.section = line.substring(left, start).strip().replace(" ", "");
      h.leftSection = true;
      h.first = Kind.SECTION;
      start = left;
    }
    String tail = line.substring(end);
    Matcher right = RIGHT_SECTION.matcher(tail);
    if (glue != Glue.END && (h.section == null || h.leftSection && nameFirst)
        && besidePageOrDate(h.last) && right.find() && isSection(right.group(1))
        && !Datelines.startsWithDateline(right.group(1).replace(" ", ""))
        && !Datelines.startsWithDateline(tail.strip())) {
      h.rightSection = right.group(1).replace(" ", "");
      h.section = h.section == null ? h.rightSection : h.section;
      h.last = Kind.SECTION;
      end += right.end(1);
    }
    if (glue == Glue.START && !line.substring(end).isBlank()
        || glue == Glue.END && !line.substring(0, start).isBlank()) {
      return null;
    }
    spans.add(0, new int[] {start, hard.get(0)[0]});
    spans.add(new int[] {hard.get(hard.size() - 1)[1], end});
    h.spans.addAll(spans);
    h.before = line.substring(0, start);
    h.after = line.substring(end);
    return h;
  }

  /**
   * Where a section name before the chain starts in {@code lead} (the text before the first
   * fragment), or -1: the last word of the lead, or its spaced-out last characters, set off by
   * white space from the fragment; it opens the line, or stands beside a page number or date and
   * is set off by white space from text that ends there.
   */
  private static int leftSection(String lead, Kind next) {
    if (lead.isEmpty() || !Chars.isSpace(lead.charAt(lead.length() - 1))) {
      return -1;
    }
    String t = lead.stripTrailing();
    String[] words = t.isEmpty() ? new String[0] : t.split("\\s+");
    int singles = 0;
    while (singles < words.length && words[words.length - 1 - singles].codePointCount(0,
        words[words.length - 1 - singles].length()) == 1) {
      singles++;
    }
    int from;
    if (singles >= 2) {
      from = t.length();
      for (int k = 0; k < Math.min(singles, 6); k++) {
        from = t.lastIndexOf(words[words.length - 1 - k], from - 1);
      }
    } else if (words.length > 0) {
      from = t.length() - words[words.length - 1].length();
    } else {
      return -1;
    }
    if (!isSection(t.substring(from))) {
      return -1;
    }
    String rest = t.substring(0, from).stripTrailing();
    if (rest.isEmpty()) {
      return from; // the line opens with it: the whole line up to the chain is furniture
    }
    return besidePageOrDate(next) && (endsText(rest) || endsWithName(rest)) ? from : -1;
  }

  /** A page number in digits or in Chinese numerals (第三版, 第十二版). */
  private static int pageNumber(String no) {
    if (no.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(no);
    }
    String digits = "一二三四五六七八九";
    int ten = no.indexOf('十');
    if (ten < 0) {
      return digits.indexOf(no.charAt(0)) + 1;
    }
    int tens = ten == 0 ? 1 : digits.indexOf(no.charAt(0)) + 1;
    int ones = ten == no.length() - 1 ? 0 : digits.indexOf(no.charAt(ten + 1)) + 1;
    return 10 * tens + ones;
  }

  /** The page's name is printed beside its number or its date, not after the editors. */
  private static boolean besidePageOrDate(Kind k) {
    return k == Kind.PAGE || k == Kind.DATE;
  }

  /**
   * The text ends with a name that nothing continues: a photo credit ({@code 摄影报道 NAME}), or
   * an author's name after its marker ({@code ● NAME}, or the marker's image) on a line of its own.
   */
  private static boolean endsWithName(String s) {
    if (CREDIT_END.matcher(s).find()) {
      return true;
    }
    Matcher a = AUTHOR_LINE.matcher(s);
    if (!a.find()) {
      return false;
    }
    int marker = a.group(1).codePointAt(0);
    int image = MojibakeTable.candidate(marker);
    return MARKERS.indexOf(marker) >= 0 || image >= 0 && MARKERS.indexOf(image) >= 0;
  }

  static boolean isSection(String gap) {
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

  /** A fragment stands apart from the text before it: white space, the line's edge, a text end. */
  private static boolean startsApart(String line, int start) {
    return start == 0 || Chars.isSpace(line.charAt(start - 1))
        || endsText(line.substring(0, start));
  }

  private static boolean endsApart(String line, int end) {
    return end == line.length() || Chars.isSpace(line.charAt(end));
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
