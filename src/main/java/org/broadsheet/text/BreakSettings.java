package org.broadsheet.text;

/**
 * The line breaker's tunables, read from the layout file ({@code linebreaking:}); the names follow
 * Knuth and Plass (1981).
 *
 * @param tolerance the largest adjustment ratio a line may have in the first pass
 * @param linePenalty added to every line's badness before squaring (favours fewer lines)
 * @param flaggedDemerits for two consecutive flagged breaks
 * @param fitnessDemerits for adjacent lines of very different tightness
 * @param squeezeDemerits for every line set tighter than its natural width, among solutions with
 *     as many squeezed lines (the count itself is minimised first, see {@link LineBreaker})
 * @param lineEndSqueezePenalty no longer read: a squeezed line end is an ordinary squeezed line
 *     (the mark keeps its white in a squeezable glue), counted with {@code squeezeDemerits}
 * @param hanStretch how far the white between two Han characters may grow, in ems
 * @param latinSpacing the space the typesetter puts between Han and Latin or digits, in ems
 */
public record BreakSettings(double tolerance, double linePenalty, double flaggedDemerits,
    double fitnessDemerits, double squeezeDemerits, double lineEndSqueezePenalty,
    double hanStretch, double latinSpacing) {

  public static final BreakSettings DEFAULT =
      new BreakSettings(3, 10, 100, 100, 150, 20, 0.15, 0.25);

  public BreakSettings {
    if (tolerance <= 0 || hanStretch <= 0 || latinSpacing < 0) {
      throw new IllegalArgumentException("line breaking settings out of range");
    }
  }
}
