package org.broadsheet.text;

/**
 * The line breaker's tunables, read from the layout file ({@code linebreaking:}); the names follow
 * Knuth and Plass (1981).
 *
 * @param tolerance the largest adjustment ratio a line may have in the first pass
 * @param linePenalty added to every line's badness before squaring (favours fewer lines)
 * @param flaggedDemerits for two consecutive flagged breaks
 * @param fitnessDemerits for adjacent lines of very different tightness
 * @param squeezeDemerits for every line set tighter than its natural width (fewest squeezed lines)
 * @param lineEndSqueezePenalty the cost of a break that squeezes a line-end mark to half an em
 * @param hanStretch how far the white between two Han characters may grow, in ems
 * @param latinSpacing the space the typesetter puts between Han and Latin or digits, in ems
 * @param pushDemerits for a justified line stretched by half an em or more, i.e. a character pushed
 *     to the next line (后推出); larger than any squeezed line's demerits, so that squeezing comes
 *     first (先挤进后推出); lines stretched less pay in proportion
 */
public record BreakSettings(double tolerance, double linePenalty, double flaggedDemerits,
    double fitnessDemerits, double squeezeDemerits, double lineEndSqueezePenalty,
    double hanStretch, double latinSpacing, double pushDemerits) {

  /** The push demerits when the layout file does not say: above a fully squeezed line's cost. */
  public static final double DEFAULT_PUSH_DEMERITS = 20_000;

  public static final BreakSettings DEFAULT =
      new BreakSettings(3, 10, 100, 100, 150, 20, 0.15, 0.25, DEFAULT_PUSH_DEMERITS);

  public BreakSettings {
    if (tolerance <= 0 || hanStretch <= 0 || latinSpacing < 0 || pushDemerits < 0
        || squeezeDemerits < 0 || lineEndSqueezePenalty < 0) {
      throw new IllegalArgumentException("line breaking settings out of range");
    }
  }

  /** Settings without {@code push-demerits} (older layout files): the default applies. */
  public BreakSettings(double tolerance, double linePenalty, double flaggedDemerits,
      double fitnessDemerits, double squeezeDemerits, double lineEndSqueezePenalty,
      double hanStretch, double latinSpacing) {
    this(tolerance, linePenalty, flaggedDemerits, fitnessDemerits, squeezeDemerits,
        lineEndSqueezePenalty, hanStretch, latinSpacing, DEFAULT_PUSH_DEMERITS);
  }

  public BreakSettings withPushDemerits(double value) {
    return new BreakSettings(tolerance, linePenalty, flaggedDemerits, fitnessDemerits,
        squeezeDemerits, lineEndSqueezePenalty, hanStretch, latinSpacing, value);
  }
}
