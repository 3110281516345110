package org.broadsheet.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mojibake repaired by structure, in damaged and undamaged articles alike (bylines and markers
 * were often set apart from an article's text and damaged on their own): brackets around names
 * at the end of a story's text or right after its dateline ({@code 渊郭跃萍冤} → （郭跃萍）), and
 * the author marker ● / ◎ before a name on a line of its own or above a name set one character
 * per line ({@code 荫 刘晓茵}).
 */
final class StructuralMarks {
  /** Names: Han characters other than the bracket images themselves (the nearest 冤 closes). */
  private static final String NAMES = "((?:[\\p{IsHan}&&[^渊冤]]{1,4}[ \\t\\u3000]*){1,6})";
  private static final Pattern END_BYLINE =
      Pattern.compile("渊[ \\t\\u3000]*" + NAMES + "冤[ \\t\\u3000]*$");
  /** A dateline byline broken at the column's edge: its opening half, then its closing half. */
  private static final Pattern DATELINE_BYLINE_HEAD =
      Pattern.compile("^[ \\t\\u3000]*" + Datelines.PATTERN + "[ \\t\\u3000]*(渊)[ \\t\\u3000]*"
          + NAMES + "$");
  private static final Pattern BYLINE_TAIL = Pattern.compile("^[ \\t\\u3000]*" + NAMES + "(冤)");
  private static final Pattern DATELINE_BYLINE =
      Pattern.compile("^[ \\t\\u3000]*" + Datelines.PATTERN + "[ \\t\\u3000]*(渊)[ \\t\\u3000]*"
          + NAMES + "(冤)");
  /** A photo credit's name at the end of its line (摄影报道 袁磊). */
  private static final Pattern CREDIT_NAME =
      Pattern.compile("摄影报道[ \\t\\u3000]*(\\p{IsHan}{2,4})[ \\t\\u3000]*$");
  private static final Pattern AUTHOR_LINE =
      Pattern.compile("^[ \\t\\u3000]*([荫因茵绎翌])(?:[ \\t\\u3000]+\\p{IsHan}{2,4}|[ \\t\\u3000]*)"
          + "[ \\t\\u3000]*$");

  /** An undamaged author marker on a line of its own, alone or before a name. */
  private static final Pattern REAL_AUTHOR_LINE =
      Pattern.compile("^[ \\t\\u3000]*([●◎○★☆])(?:[ \\t\\u3000]*\\p{IsHan}{2,4})?[ \\t\\u3000]*$");

  /** The widest a headline line is, in ems. */
  private static final double HEADLINE_EMS = 24;
  /** The longest quoted phrase in a headline. */
  private static final int HEADLINE_QUOTE = 10;
  private final SourceText src;
  private final Repairer repairer;

  private StructuralMarks(SourceText src, Repairer repairer) {
    this.src = src;
    this.repairer = repairer;
  }

  static void repair(SourceText src, Repairer repairer) {
    StructuralMarks s = new StructuralMarks(src, repairer);
    s.bylineBrackets();
    s.authorMarkers();
    s.creditNames();
    s.headlineQuotes();
  }

  /**
   * A headline line (short, no real marks) among undamaged text with an image of an opening quote or title mark and,
   * a few characters on, the image of its closing partner ({@code 升级完善野妈咪小屋冶…}):
   * headlines were set apart from their article and damaged on their own.
   */
  private void headlineQuotes() {
    for (int i = 0; i < src.lineCount(); i++) {
      String line = src.lineText(i).strip();
      if (line.isEmpty() || repairer.isDamagedLine(i + 1) || Chars.width(line) > HEADLINE_EMS
          || line.codePoints().anyMatch(cp -> Chars.REAL_MARKS.indexOf(cp) >= 0)) {
        continue;
      }
      int[] idx = src.lineIndices(i);
      String full = src.lineText(i);
      int[] cps = full.codePoints().toArray();
      for (int a = 0; a < cps.length; a++) {
        int open = MojibakeTable.candidate(cps[a]);
        int close = open == '“' ? '”' : open == '《' ? '》' : -1;
        if (close < 0) {
          continue;
        }
        for (int b = a + 2; b < cps.length && b - a <= HEADLINE_QUOTE; b++) {
          if (MojibakeTable.candidate(cps[b]) == open) {
            break;
          }
          if (MojibakeTable.candidate(cps[b]) == close) {
            int p = repairer.positionOf(idx[a]);
            int q = repairer.positionOf(idx[b]);
            if (p >= 0 && q >= 0 && !repairer.isDecided(p) && !repairer.isDecided(q)) {
              repairer.apply(p, open, "paired with its closing mark within a headline line");
              repairer.apply(q, close, "paired with its opening mark within a headline line");
            }
            a = b;
            break;
          }
        }
      }
    }
  }

  private void bylineBrackets() {
    for (int i = 0; i < src.lineCount(); i++) {
      String line = src.lineText(i);
      if (line.indexOf('渊') < 0) {
        continue;
      }
      int[] idx = src.lineIndices(i);
      Matcher end = END_BYLINE.matcher(line);
      if (end.find() && Chars.hanCount(end.group(1)) >= 2) {
        int open = idx[cpOffset(line, end.start())];
        int close = idx[cpOffset(line, end.end())- 1 - trailingSpaces(line)];
        fixByline(open, close, "brackets around a name at the end of a story's text (byline)");
      }
      Matcher start = DATELINE_BYLINE.matcher(line);
      if (start.find() && Chars.hanCount(start.group(2)) >= 2) {
        fixByline(idx[cpOffset(line, start.start(1))], idx[cpOffset(line, start.start(3))],
            "brackets around a name right after the dateline (byline)");
      }
      Matcher head = DATELINE_BYLINE_HEAD.matcher(line);
      if (head.find() && i + 1 < src.lineCount()) {
        String next = src.lineText(i + 1);
        Matcher tail = BYLINE_TAIL.matcher(next);
        if (tail.find() && Chars.hanCount(head.group(2) + tail.group(1)) >= 2) {
          fixByline(idx[cpOffset(line, head.start(1))],
              src.lineIndices(i + 1)[cpOffset(next, tail.start(2))],
              "brackets around a name right after the dateline, broken at the line's end (byline)");
        }
      }
    }
  }

  private void fixByline(int openIndex, int closeIndex, String why) {
    int open = repairer.positionOf(openIndex);
    int close = repairer.positionOf(closeIndex);
    if (open < 0 || close < 0 || repairer.isDecided(open) || repairer.isDecided(close)) {
      return;
    }
    repairer.apply(open, '（', why);
    repairer.apply(close, '）', why);
    for (int p = open + 1; p < close; p++) {
      repairer.keep(p); // the names between: 袁 is a surname here, not a comma (渊龙杰琳 袁飞晶冤)
    }
  }

  private void authorMarkers() {
    for (int i = 0; i < src.lineCount(); i++) {
      String line = src.lineText(i);
      Matcher m = AUTHOR_LINE.matcher(line);
      Matcher real = REAL_AUTHOR_LINE.matcher(line);
      if (real.matches()) {
        keepAuthor(i, line, real.start(1)); // an undamaged marker: the name after it is a name
        continue;
      }
      if (!m.matches()) {
        continue;
      }
      boolean nameFollows = Chars.hanCount(line) > 1;
      if (!nameFollows && !singleCharactersFollow(i)) {
        continue;
      }
      int[] idx = src.lineIndices(i);
      int p = repairer.positionOf(idx[cpOffset(line, m.start(1))]);
      if (p >= 0 && !repairer.isDecided(p)) {
        repairer.apply(p, MojibakeTable.candidate(repairer.cpAt(p)), nameFollows
            ? "author marker: alone before a name on its own line"
            : "author marker: above a name set one character per line");
        keepAuthor(i, line, m.start(1));
      }
    }
  }

  /**
   * The name after an author marker at {@code marker} on line {@code i} is a name, on the line
   * itself or one character per line below it: 袁 is a surname there (荫 袁海), not a comma.
   */
  private void keepAuthor(int i, String line, int marker) {
    int[] idx = src.lineIndices(i);
    if (Chars.hanCount(line) > 1) {
      for (int k = cpOffset(line, marker) + 1; k < idx.length; k++) {
        keepName(idx[k]);
      }
      return;
    }
    if (!singleCharactersFollow(i)) {
      return;
    }
    for (int j = i + 1; j < src.lineCount(); j++) {
      String t = src.lineText(j).strip();
      if (t.isEmpty()) {
        continue;
      }
      if (t.codePointCount(0, t.length()) != 1 || !Chars.isHan(t.codePointAt(0))) {
        break;
      }
      for (int k : src.lineIndices(j)) {
        keepName(k);
      }
    }
  }

  /** The photographer's name after 摄影报道 is a name: 袁 there is a surname (摄影报道 袁磊). */
  private void creditNames() {
    for (int i = 0; i < src.lineCount(); i++) {
      String line = src.lineText(i);
      Matcher m = CREDIT_NAME.matcher(line);
      if (m.find()) {
        int[] idx = src.lineIndices(i);
        for (int k = cpOffset(line, m.start(1)); k < cpOffset(line, m.end(1)); k++) {
          keepName(idx[k]);
        }
      }
    }
  }

  private void keepName(int sourceIndex) {
    int p = repairer.positionOf(sourceIndex);
    if (p >= 0 && !repairer.isDecided(p)) {
      repairer.keep(p);
    }
  }

  /** The next non-blank lines hold one Han character each (a name set vertically). */
  private boolean singleCharactersFollow(int line) {
    int n = 0;
    for (int j = line + 1; j < src.lineCount() && n < 2; j++) {
      String t = src.lineText(j).strip();
      if (t.isEmpty()) {
        continue;
      }
      if (t.codePointCount(0, t.length()) != 1 || !Chars.isHan(t.codePointAt(0))) {
        return false;
      }
      n++;
    }
    return n == 2;
  }

  private static int cpOffset(String s, int charIndex) {
    return s.codePointCount(0, charIndex);
  }

  private static int trailingSpaces(String s) {
    int n = 0;
    for (int i = s.length() - 1; i >= 0 && Chars.isSpace(s.charAt(i)); i--) {
      n++;
    }
    return n;
  }
}
