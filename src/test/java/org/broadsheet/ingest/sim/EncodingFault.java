package org.broadsheet.ingest.sim;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The encoding fault the simulator applies, derived from the bytes (seed-damage.md §1), not from
 * a list of the seed's characters: a full-width mark of GB2312 row 0xA1 or 0xA3 had its lead byte
 * shifted by +0x31 and was read back as the Han character of row 0xD2 or 0xD4. Both cells are
 * decoded with GB18030, so · — … are U+00B7, U+2014, U+2026. Full-width letters and digits of row
 * 0xA3 and the ideographic space are left out: the fault concerns visible punctuation and symbols.
 */
public final class EncodingFault {
  public static final Charset GB18030 = Charset.forName("GB18030");
  static final int LEAD_SHIFT = 0x31;
  private static final Map<Integer, Integer> IMAGE = new TreeMap<>();
  private static final Map<Integer, Integer> MARK = new TreeMap<>();

  static {
    for (int row : new int[] {0xA1, 0xA3}) {
      for (int trail = 0xA1; trail <= 0xFE; trail++) {
        int mark = decode(row, trail);
        int image = decode(row + LEAD_SHIFT, trail);
        if (mark < 0 || image < 0 || mark == 0x3000 || Character.isLetterOrDigit(mark)) {
          continue;
        }
        if (Character.UnicodeScript.of(image) != Character.UnicodeScript.HAN) {
          continue;
        }
        IMAGE.put(mark, image);
        MARK.put(image, mark);
      }
    }
  }

  private EncodingFault() {}

  /** The Han character the mark turns into, or -1 when the fault does not touch it. */
  public static int image(int mark) {
    return IMAGE.getOrDefault(mark, -1);
  }

  /** The mark a character is the image of, or -1 when it is no image. */
  public static int mark(int image) {
    return MARK.getOrDefault(image, -1);
  }

  public static boolean isImage(int cp) {
    return MARK.containsKey(cp);
  }

  public static boolean isMark(int cp) {
    return IMAGE.containsKey(cp);
  }

  /** Mark → image for every mark the fault touches. */
  public static Map<Integer, Integer> table() {
    return Collections.unmodifiableMap(IMAGE);
  }

  /**
   * Folds a character onto the mark it could stand for: an image becomes its mark, anything else
   * stays. Used to compare damaged raw text with clean text without knowing which look-alike was
   * damage and which a real word (both sides are folded alike).
   */
  public static int fold(int cp) {
    int m = mark(cp);
    return m < 0 ? cp : m;
  }

  /** Applies the fault to every mark of a text. */
  public static String damage(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints().forEach(cp -> sb.appendCodePoint(isMark(cp) ? image(cp) : cp));
    return sb.toString();
  }

  private static int decode(int lead, int trail) {
    CharsetDecoder decoder = GB18030.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer out = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) lead, (byte) trail}));
      String s = out.toString();
      return s.codePointCount(0, s.length()) == 1 ? s.codePointAt(0) : -1;
    } catch (CharacterCodingException e) {
      return -1;
    }
  }
}
