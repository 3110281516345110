package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds masthead fragments glued into story text ({@code 某公司党委 主 管 党委工作部 主 办}: the
 * sponsor 主管 and publisher 主办 lines of a masthead) and takes them out as furniture. The sponsor
 * is the run of Han characters before 主管, back to the mark (or image of a closing mark, as in a
 * damaged byline {@code 渊郭跃萍冤}) that ends the text it is glued to. A body that both directs
 * and publishes its paper prints {@code 中共潞州市委主管主办 潞州日报社出版}: the publisher line then
 * names the press that prints it (出版).
 */
final class Masthead {
  private static final Pattern FRAGMENT = Pattern.compile(
      "主[ \\t\\u3000]*管(?:单位)?[ \\t\\u3000]*[:：]?[ \\t\\u3000]*(\\p{IsHan}{2,30}?)"
          + "[ \\t\\u3000]*主[ \\t\\u3000]*办(?:单位)?");
  /** One body directs and publishes (主管主办); the line after it names the press (出版). */
  private static final Pattern DIRECTS_AND_PUBLISHES = Pattern.compile(
      "主[ \\t\\u3000]*管[ \\t\\u3000]*主[ \\t\\u3000]*办[ \\t\\u3000]*[:：]?[ \\t\\u3000]*"
          + "(\\p{IsHan}{2,30}?)[ \\t\\u3000]*出[ \\t\\u3000]*版");
  private static final int MAX_SPONSOR = 30;
  /** The administrative level of a party committee (县委, 市委, 省委) and its longest name. */
  private static final String LEVELS = "省市县区州盟旗镇乡";
  private static final int MAX_COMMITTEE = 12;
  /** The legal form that ends a firm's name. */
  private static final Pattern LEGAL_FORM =
      Pattern.compile("股份有限公司|有限责任公司|有限公司|分公司|公司|集团");
  /** A firm's name before its legal form: a place or brand and a trade (太岳矿业, 山西铝业). */
  private static final int MIN_FIRM_NAME = 4;
  /** Words that end the name of an organisation rather than of one of its departments. */
  private static final Pattern ORGANISATION =
      Pattern.compile("^.*?(公司|集团|大学|学院|医院|研究院|研究所|局|厂|报社)");

  /** A furniture fragment and where it stood. */
  record Fragment(String sponsor, String publisher, int line, int column, String raw,
      boolean pressLine) {
    /** The masthead line as a paper prints it. */
    String text() {
      return pressLine ? sponsor + "主管主办　" + publisher + "出版"
          : sponsor + " 主管　" + publisher + " 主办";
    }

    /** The publisher's full name: a department is named with its organisation. */
    String fullPublisher() {
      if (ORGANISATION.matcher(publisher).find()) {
        return publisher;
      }
      Matcher m = ORGANISATION.matcher(sponsor);
      return m.find() ? m.group() + publisher : publisher;
    }
  }

  private Masthead() {}

  /** Removes masthead fragments from the source, logging each; returns what was found. */
  static List<Fragment> extract(SourceText src, ChangeLog log) {
    List<Fragment> found = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < src.lineCount(); i++) {
      text.append(src.lineText(i)).append('\n');
    }
    String all = text.toString();
    for (int i = 0; i < src.lineCount(); i++) {
      String line = src.lineText(i);
      Matcher m = FRAGMENT.matcher(line);
      boolean pressLine = false;
      if (!m.find()) {
        m = DIRECTS_AND_PUBLISHES.matcher(line);
        if (!m.find()) {
          continue;
        }
        pressLine = true;
      }
      int[] idx = src.lineIndices(i);
      int[] cps = line.codePoints().toArray();
      int head = line.codePointCount(0, m.start());
      int end = line.codePointCount(0, m.end());
      int s = head;
      while (s > 0 && Chars.isSpace(cps[s - 1])) {
        s--;
      }
      int sponsorEnd = s;
      while (s > 0 && sponsorEnd - s < MAX_SPONSOR && Chars.isHan(cps[s - 1])
          && !closesText(cps[s - 1])) {
        s--;
      }
      int party = partyCommitteeStart(cps, sponsorEnd);
      if (party >= 0) {
        s = party;
      } else if (sponsorEnd - s < 2) {
        continue;
      } else {
        s = afterCreditName(cps, s, sponsorEnd, all);
      }
      String sponsor = new String(cps, s, sponsorEnd - s);
      String raw = new String(cps, s, end - s);
      Fragment f = new Fragment(sponsor, m.group(1), i + 1, src.column(idx[s]), raw, pressLine);
      for (int k = s; k < end; k++) {
        src.remove(idx[k]);
      }
      found.add(f);
      log.add(f.line(), f.column(), "furniture.masthead", raw, f.text(),
          "主管/主办 lines of the masthead glued to story text; moved to the issue's masthead");
    }
    return found;
  }

  /**
   * The start of a party committee's name that directs the paper ({@code 中共平遥县委} before
   * 主管), or -1: a full stop never stands inside the name of a body, so an image of a mark between
   * 中共 and the committee's 委 is the word it spells (平遥), and the name starts at 中共.
   */
  static int partyCommitteeStart(int[] cps, int end) {
    if (end < 5 || cps[end - 1] != '委' || LEVELS.indexOf(cps[end - 2]) < 0) {
      return -1;
    }
    for (int s = end - 4; s >= 0 && end - s <= MAX_COMMITTEE && Chars.isHan(cps[s]); s--) {
      if (cps[s] == '中' && cps[s + 1] == '共') {
        return s;
      }
    }
    return -1;
  }

  /**
   * A fragment glued to a photo credit ({@code 摄影报道 蔡东浩河津发电分公司党委}) starts after the
   * photographer's name: of two or three characters, the one after which the sponsor's name
   * recurs elsewhere in the text, else after which its first two characters recur more often.
   */
  private static int afterCreditName(int[] cps, int start, int end, String rest) {
    String before = new String(cps, 0, start).stripTrailing();
    if (!before.endsWith("摄影报道")) {
      return start;
    }
    // the longer sponsor first: a wrong split leaves a name's last character before the firm's
    // first words, which recur elsewhere only by chance (钟光|中铝山西 against 钟光中|铝山西新)
    for (int name = 2; name <= 3; name++) {
      if (end - start - name >= 4) {
        String head = new String(cps, start + name, 4);
        if (rest.indexOf(head) != rest.lastIndexOf(head)) {
          return start + name;
        }
      }
    }
    if (end - start >= 3 + 4) {
      // the sponsor's place or firm name opens with two characters the issue prints elsewhere
      // (三晋, 山西): the split after which they recur more often is the name's end
      int two = occurrences(rest, new String(cps, start + 2, 2));
      int three = occurrences(rest, new String(cps, start + 3, 2));
      if (two != three) {
        return start + (two > three ? 2 : 3);
      }
    }
    if (end - start - 3 >= 4 && firmNameLength(cps, start + 3, end) < MIN_FIRM_NAME
        && firmNameLength(cps, start + 2, end) >= MIN_FIRM_NAME) {
      return start + 2; // a firm's name holds a place or brand and a trade before its legal form
    }
    return start + Math.min(3, Math.max(0, end - start - 4));
  }

  /**
   * The characters of the sponsor from {@code from} before its legal form (有限责任公司, 公司,
   * 集团 …), or {@link Integer#MAX_VALUE} when it names none.
   */
  private static int firmNameLength(int[] cps, int from, int end) {
    Matcher m = LEGAL_FORM.matcher(new String(cps, from, end - from));
    return m.find() ? m.start() : Integer.MAX_VALUE;
  }

  private static int occurrences(String text, String s) {
    int n = 0;
    for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
      n++;
    }
    return n;
  }

  /** The image of a mark that ends text (）”》。！？); rarer marks' images are common words. */
  private static boolean closesText(int cp) {
    int mark = MojibakeTable.candidate(cp);
    return mark >= 0 && "）”》。！？".indexOf(mark) >= 0;
  }
}
