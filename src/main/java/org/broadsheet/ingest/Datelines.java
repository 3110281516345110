package org.broadsheet.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Datelines (电头): a paper's name or a place followed by 讯 ({@code 劲旅讯}, {@code 本报讯},
 * {@code 新华社北京10月1日电}, {@code 人民网太原6月3日电}, {@code 本报北京6月3日电}), optionally with
 * the reporters in brackets.
 */
final class Datelines {
  /**
   * Up to eight Han characters ending in 讯, or an agency's 电 line (no group inside): the agency
   * or news site is two to six characters ending in 社 or 网 (新华社, 中新网), or the paper itself
   * reporting from elsewhere (本报), then a place, a date and 电. The date and 日电 keep prose out.
   */
  static final String PATTERN = "(?:\\p{IsHan}{1,8}讯|(?:\\p{IsHan}{1,5}[社网]|本报)\\p{IsHan}{1,6}"
      + "\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日电)";
  private static final Pattern DATELINE = Pattern.compile("^(" + PATTERN + ")");

  private Datelines() {}

  static boolean startsWithDateline(String text) {
    return DATELINE.matcher(text).find();
  }

  /** The dateline at the start of {@code text}, if any. */
  static Optional<String> dateline(String text) {
    Matcher m = DATELINE.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
