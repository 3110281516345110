package org.broadsheet.text;

/**
 * Character classes for Chinese line composition, after W3C <i>Requirements for Chinese Text
 * Layout</i> (clreq) §3.1 and GB/T 15834-2011.
 */
public final class Clreq {
  /**
   * Marks that must not start a line (clreq §3.1.7, 行首禁则): closing brackets and quotes, pause and
   * stop marks, the interpunct, and their half-width forms.
   */
  private static final String NO_LINE_START =
      "，。、；：？！）］】》」』”’〉〕〗〙〛｝·・%％‰°℃,.;:?!)]}〃々～";
  /** Marks that must not end a line (clreq §3.1.7, 行尾禁则): opening brackets and quotes. */
  private static final String NO_LINE_END = "（［【《「『“‘〈〔〖〘〚｛([{";
  /**
   * Full-width closing marks and pause/stop marks whose ink sits in the left half of the em box, so
   * that the right half is white that may be squeezed (clreq §3.1.6, 标点挤压).
   */
  private static final String CLOSING_FULL = "，。、；：？！）］】》」』”’〉〕〗〙〛｝";
  /** Full-width opening marks, ink in the right half of the em box (clreq §3.1.6). */
  private static final String OPENING_FULL = "（［【《「『“‘〈〔〖〘〚｛";
  /**
   * Marks that stay whole: —— and …… (also with the midline ellipsis ⋯ some texts use) are never
   * split (GB/T 15834 §4.13, §4.11; clreq §3.1.7).
   */
  private static final String INSEPARABLE = "—…―⋯";

  private Clreq() {}

  public static boolean isNoLineStart(int cp) {
    return NO_LINE_START.indexOf(cp) >= 0;
  }

  public static boolean isNoLineEnd(int cp) {
    return NO_LINE_END.indexOf(cp) >= 0;
  }

  public static boolean isClosingFullWidth(int cp) {
    return CLOSING_FULL.indexOf(cp) >= 0;
  }

  public static boolean isOpeningFullWidth(int cp) {
    return OPENING_FULL.indexOf(cp) >= 0;
  }

  /** The middle dot (间隔号, GB/T 15834 §4.15) sits in the middle of its em. */
  public static boolean isMiddleDot(int cp) {
    return cp == '·' || cp == '・';
  }

  public static boolean isInseparable(int cp) {
    return INSEPARABLE.indexOf(cp) >= 0;
  }

  public static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /** A character that starts a number or a Latin word (half-width letters and digits). */
  public static boolean isWordStart(int cp) {
    return cp < 0x2000 && Character.isLetterOrDigit(cp);
  }

  /**
   * Half-width characters that belong to a number or a Latin word when a letter or digit follows
   * (3.5, 1,000, 10:30, e-mail, don't) or that end one (50%, 30°): a word is never split.
   */
  public static boolean isWordInner(int cp) {
    return "-./,:'’_&@#+".indexOf(cp) >= 0;
  }

  /** Half-width marks that end a number (50%, 30°C). */
  public static boolean isWordSuffix(int cp) {
    return "%‰°℃".indexOf(cp) >= 0;
  }
}
