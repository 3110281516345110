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
      "，。、；：？！）】》」』”’〉〕〗〙〛｝·・%‰°℃,.;:?!)]}〃々～";
  /** Marks that must not end a line (clreq §3.1.7, 行尾禁则): opening brackets and quotes. */
  private static final String NO_LINE_END = "（【《「『“‘〈〔〖〘〚｛([{";
  /** Full-width closing marks whose ink sits in one half of the em box (clreq §3.1.6). */
  private static final String CLOSING_FULL = "，。、；：？！）】》」』”’〉〕〗〙〛｝";
  private static final String OPENING_FULL = "（【《「『“‘〈〔〖〘〚｛";
  /** Marks that stay whole: —— and …… are never split (GB/T 15834 §4.13, §4.11). */
  private static final String INSEPARABLE = "—…―";

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

  /** The middle dot (间隔号) sits in the middle of its em: a quarter em of white each side. */
  public static boolean isMiddleDot(int cp) {
    return cp == '·' || cp == '・';
  }

  public static boolean isInseparable(int cp) {
    return INSEPARABLE.indexOf(cp) >= 0;
  }

  public static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /** Half-width characters that belong to a number or a Latin word (never split). */
  public static boolean isWordChar(int cp) {
    return cp < 0x2000 && !Character.isWhitespace(cp) && !isNoLineEnd(cp)
        && (Character.isLetterOrDigit(cp) || "-+./%&@#_'’$°".indexOf(cp) >= 0);
  }
}
