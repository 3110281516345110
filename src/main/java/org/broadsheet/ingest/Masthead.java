package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds masthead fragments glued into story text ({@code 某公司党委 主 管 党委工作部 主 办}: the
 * sponsor 主管 and publisher 主办 lines of a masthead) and takes them out as furniture.
 */
final class Masthead {
  private static final Pattern FRAGMENT = Pattern.compile(
      "(\\p{IsHan}{2,30}?)\\s*主\\s*管\\s*(\\p{IsHan}{2,30}?)\\s*主\\s*办");
  /** Words that end the name of an organisation rather than of one of its departments. */
  private static final Pattern ORGANISATION =
      Pattern.compile("^.*?(公司|集团|大学|学院|医院|研究院|研究所|局|厂|报社)");

  /** A furniture fragment and where it stood. */
  record Fragment(String sponsor, String publisher, int line, int column, String raw) {
    /** The masthead line as a paper prints it. */
    String text() {
      return sponsor + " 主管　" + publisher + " 主办";
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

  /** Removes masthead fragments from the lines, logging each; returns what was found. */
  static List<Fragment> extract(List<String> lines, ChangeLog log) {
    List<Fragment> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = FRAGMENT.matcher(lines.get(i));
      if (m.find()) {
        String line = lines.get(i);
        int column = line.codePointCount(0, m.start()) + 1;
        found.add(new Fragment(m.group(1), m.group(2), i + 1, column, m.group()));
        log.add(i + 1, column, "furniture.masthead", m.group(), "",
            "主管/主办 lines of the masthead glued to story text");
        lines.set(i, line.substring(0, m.start()) + line.substring(m.end()));
      }
    }
    return found;
  }
}
