package org.broadsheet.layout;

/** Where a line's baseline sits in its slot on the baseline grid. */
final class Baselines {
  /** The CJK ideographic em box's descent below the baseline, in ems (Noto CJK: 0.12). */
  static final double EM_BOX_DESCENT = 0.12;

  private Baselines() {}

  /** The baseline's distance from the top of a slot {@code pitch} high, em box centred. */
  static double baseline(double size, double pitch) {
    return (pitch - size) / 2 + size * (1 - EM_BOX_DESCENT);
  }
}
