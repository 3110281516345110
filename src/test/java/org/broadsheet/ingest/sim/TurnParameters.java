package org.broadsheet.ingest.sim;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How often sim-2 prints what a page shows of itself (see {@link PageFurniture}). The seed prints
 * no running head at its page turns and one masthead fragment glued to a story, so these rates are
 * not measured from it: they make a realistic share of issues signal their turns and leave the
 * rest as the seed is (the page field then undecidable, and scored apart).
 *
 * @param runningHeadRate share of issues whose page turns print the new page's running head
 * @param mastheadBlockRate share of issues opening with the page-1 masthead block
 * @param cnRate share of masthead blocks with the 国内统一连续出版物号 line
 * @param sectionRate share of running heads naming the page's section
 * @param spacedRate share of printed section names spaced out (生 产 经 营)
 * @param gluedRate share of running heads glued to the text line before or after (half each)
 */
public record TurnParameters(double runningHeadRate, double mastheadBlockRate, double cnRate,
    double sectionRate, double spacedRate, double gluedRate) {

  public static final TurnParameters DEFAULT = new TurnParameters(0.6, 0.5, 0.6, 0.75, 0.25, 0.3);

  /** Name → value, in declaration order (for the frozen set's README). */
  public Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    for (var c : TurnParameters.class.getRecordComponents()) {
      try {
        m.put(c.getName(), c.getAccessor().invoke(this));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return m;
  }
}
