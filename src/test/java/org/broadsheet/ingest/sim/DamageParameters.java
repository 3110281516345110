package org.broadsheet.ingest.sim;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How hard the simulator damages: every rate the renderer draws from, in one place. The defaults
 * are set at or above the values {@code SeedDamageProfile} measures on the seed (README in the
 * frozen set lists both side by side).
 *
 * @param widthMin narrowest column, in ems (characters)
 * @param widthMax widest column, in ems
 * @param narrowRunRate share of prose articles with a run of lines narrowed around a picture
 * @param spuriousBlankRate chance of a blank line at a line break inside a paragraph
 * @param paragraphBlankRate chance that a real paragraph break shows as a blank line (otherwise
 *     only the short line and the indent tell it)
 * @param fullSpaceRate share of articles where extraction put spaces between every Han/ASCII pair
 * @param someSpaceRate share of articles where it put spaces between some of them (rest: none)
 * @param punctSpaceRate chance of an extraction space next to a damaged mark
 * @param damagedPageRate share of pages whose articles are mostly damaged
 * @param cleanPageRate share of pages whose article bodies are clean (rest: mixed pages)
 * @param marksOnlyRate share of clean articles whose byline brackets or author marker are damaged
 * @param headlineAfterRate share of issues whose headlines come after their bodies
 * @param spacedTitleRate share of one-line titles set vertically (characters spaced out)
 * @param headlineDamageRate share of damaged articles whose headline is damaged too
 * @param bylineStartRate share of news bylines in brackets after the dateline
 * @param bylineInlineEndRate share of end bylines on the last text line (rest: own line)
 * @param nameSpaceRate share of two-character bylines with a space inside the name
 * @param frameStartRate share of stories starting a new text frame (leading space, no blank)
 * @param mastheadRate share of issues with a masthead fragment glued to a story's end
 * @param verseBlankRate share of poems with a blank line after every verse (stanzas lost)
 * @param oneCharAuthorRate share of essay and poem authors set one character per line
 * @param creditInlineRate share of photo credits on the caption's last line
 * @param seedStoryRate share of story slots filled with a seed-reference story
 */
public record DamageParameters(int widthMin, int widthMax, double narrowRunRate,
    double spuriousBlankRate, double paragraphBlankRate, double fullSpaceRate,
    double someSpaceRate, double punctSpaceRate, double damagedPageRate, double cleanPageRate,
    double marksOnlyRate, double headlineAfterRate, double spacedTitleRate,
    double headlineDamageRate, double bylineStartRate, double bylineInlineEndRate,
    double nameSpaceRate, double frameStartRate, double mastheadRate, double verseBlankRate,
    double oneCharAuthorRate, double creditInlineRate, double seedStoryRate) {

  public static final DamageParameters DEFAULT = new DamageParameters(16, 34, 0.15, 0.05, 0.85,
      0.5, 0.25, 0.15, 0.4, 0.35, 0.9, 0.85, 0.4, 0.3, 0.45, 0.5, 0.8, 0.2, 0.95, 0.5, 0.5, 0.5,
      0.2);

  /** The same damage with another share of seed-reference stories (0: composed stories only). */
  public DamageParameters withSeedStoryRate(double rate) {
    return new DamageParameters(widthMin, widthMax, narrowRunRate, spuriousBlankRate,
        paragraphBlankRate, fullSpaceRate, someSpaceRate, punctSpaceRate, damagedPageRate,
        cleanPageRate, marksOnlyRate, headlineAfterRate, spacedTitleRate, headlineDamageRate,
        bylineStartRate, bylineInlineEndRate, nameSpaceRate, frameStartRate, mastheadRate,
        verseBlankRate, oneCharAuthorRate, creditInlineRate, rate);
  }

  /** Name → value, in declaration order (for the frozen set's README). */
  public Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    for (var c : DamageParameters.class.getRecordComponents()) {
      try {
        m.put(c.getName(), c.getAccessor().invoke(this));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return m;
  }
}
