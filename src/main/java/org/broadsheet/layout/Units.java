package org.broadsheet.layout;

import java.util.Map;

/** Units and the Chinese type size names (字号). */
public final class Units {
  public static final double PT_PER_MM = 72 / 25.4;

  /** 字号 in points: 初号 42 … 六号 7.5. */
  static final Map<String, Double> NAMED_SIZES = Map.ofEntries(
      Map.entry("初号", 42.0), Map.entry("小初", 36.0), Map.entry("一号", 26.0),
      Map.entry("小一", 24.0), Map.entry("二号", 22.0), Map.entry("小二", 18.0),
      Map.entry("三号", 16.0), Map.entry("小三", 15.0), Map.entry("四号", 14.0),
      Map.entry("小四", 12.0), Map.entry("五号", 10.5), Map.entry("小五", 9.0),
      Map.entry("六号", 7.5), Map.entry("小六", 6.5));

  private Units() {}

  public static double mm(double mm) {
    return mm * PT_PER_MM;
  }
}
