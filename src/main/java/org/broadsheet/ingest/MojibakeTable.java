package org.broadsheet.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mojibake table, derived from the encoding fault rather than listed: full-width punctuation
 * of GB2312 rows 0xA1 (、。“”《》…) and 0xA3 (，；（）！？：…) had its lead byte shifted by +0x31,
 * so a mark {@code A1 xx} came out as the Han character {@code D2 xx} and {@code A3 xx} as
 * {@code D4 xx}. Decoding both byte pairs with GB18030 gives GB18030's code points (· U+00B7,
 * — U+2014, … U+2026).
 */
final class MojibakeTable {
  static final int LEAD_SHIFT = 0x31;
  private static final int[] DAMAGED_ROWS = {0xA1, 0xA3};
  private static final Map<Integer, Integer> TABLE = build();

  private MojibakeTable() {}

  /**
   * The marks text is set with (GB/T 15834 标点符号, the author markers ●◎○★☆, ％ and ℃): only their
   * images are candidates for repair. The rest of the two rows (±×÷∑… and such) are images of
   * very common characters (一 以 已 义 原 元) and occur in running text far more often than the
   * symbols do, so a repair to them would need evidence no context gives.
   */
  static final String TEXT_MARKS = "、。·—～…‘’“”〔〕〈〉《》「」『』〖〗【】！（），：；？％℃●◎○★☆";

  /** The punctuation mark a damaged character stands for, or -1 when it is no image of one. */
  static int original(int damaged) {
    return TABLE.getOrDefault(damaged, -1);
  }

  /** The text mark {@code cp} may be the image of, or -1 (see {@link #TEXT_MARKS}). */
  static int candidate(int cp) {
    int mark = TABLE.getOrDefault(cp, -1);
    return mark >= 0 && TEXT_MARKS.indexOf(mark) >= 0 ? mark : -1;
  }

  static Map<Integer, Integer> table() {
    return Collections.unmodifiableMap(TABLE);
  }

  private static Map<Integer, Integer> build() {
    Map<Integer, Integer> table = new TreeMap<>();
    for (int row : DAMAGED_ROWS) {
      for (int trail = 0xA1; trail <= 0xFE; trail++) {
        int mark = decode(row, trail);
        int image = decode(row + LEAD_SHIFT, trail);
        if (mark < 0 || image < 0 || mark == 0x3000) {
          continue; // unassigned cell, or the ideographic space (no visible mark to restore)
        }
        if (Character.UnicodeScript.of(image) != Character.UnicodeScript.HAN) {
          continue;
        }
        if (Character.isLetterOrDigit(mark) && row == 0xA3) {
          continue; // full-width letters and digits: the fault concerns punctuation
        }
        table.put(image, mark);
      }
    }
    return table;
  }

  private static int decode(int lead, int trail) {
    CharsetDecoder decoder = Decoder.GB18030.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) lead, (byte) trail}));
      return chars.length() == 0 ? -1 : Character.codePointAt(chars, 0);
    } catch (CharacterCodingException e) {
      return -1;
    }
  }
}
