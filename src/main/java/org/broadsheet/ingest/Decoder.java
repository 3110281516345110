package org.broadsheet.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.broadsheet.model.BroadsheetException;
import org.broadsheet.model.SourceSpan;

/**
 * Turns the bytes of a raw text file into text, detecting the encoding from the bytes (never from
 * the file name): UTF-8 with or without BOM, UTF-16 with a BOM, else GB18030. Refuses empty input,
 * binary data and text that decodes as none of these, with a diagnostic naming the file.
 */
final class Decoder {
  static final Charset GB18030 = Charset.forName("GB18030");

  /** The decoded text and the encoding it was found in. */
  record Decoded(String text, String encoding) {}

  private Decoder() {}

  static Decoded decode(byte[] bytes, String file) {
    if (bytes.length == 0) {
      throw BroadsheetException.error("I101", SourceSpan.file(file), "the input " + file + " is empty");
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8, file), "UTF-8 (BOM)");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE, file), "UTF-16LE (BOM)");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE, file), "UTF-16BE (BOM)");
    }
    refuseBinary(bytes, file);
    String utf8 = tryDecode(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, "UTF-8");
    }
    String gb = tryDecode(bytes, GB18030);
    if (gb != null && looksLikeText(gb)) {
      return new Decoded(gb, "GB18030");
    }
    throw BroadsheetException.error("I102", SourceSpan.file(file),
        "the input " + file + " is neither UTF-8, UTF-16 with a byte-order mark, nor GB18030 text",
        "save the file as UTF-8");
  }

  /** NUL bytes mean binary data or UTF-16 without a byte-order mark: both are refused. */
  private static void refuseBinary(byte[] bytes, String file) {
    int nul = 0;
    int control = 0;
    for (byte b : bytes) {
      int u = b & 0xFF;
      if (u == 0) {
        nul++;
      } else if (u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f') {
        control++;
      }
    }
    if (nul > 0) {
      throw BroadsheetException.error("I103", SourceSpan.file(file),
          "the input " + file + " holds NUL bytes: binary data, or UTF-16 without a byte-order mark",
          "save the file as UTF-8");
    }
    if (control * 100 > bytes.length) {
      throw BroadsheetException.error("I103", SourceSpan.file(file),
          "the input " + file + " holds control bytes: it is binary data, not text");
    }
  }

  /** GB18030 decodes almost any byte string; real Chinese text is mostly CJK and ASCII. */
  private static boolean looksLikeText(String s) {
    long total = s.codePoints().filter(cp -> !Character.isWhitespace(cp)).count();
    long plausible = s.codePoints()
        .filter(cp -> !Character.isWhitespace(cp))
        .filter(cp -> cp < 0x80 || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
            || (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F)
            || (cp >= 0xFF00 && cp <= 0xFFEF) || cp == 0xB7 || (cp >= 0x25A0 && cp <= 0x25FF))
        .count();
    return total > 0 && plausible * 100 >= total * 95;
  }

  private static String strict(byte[] bytes, int offset, Charset cs, String file) {
    String s = tryDecode(ByteBuffer.wrap(bytes, offset, bytes.length - offset), cs);
    if (s == null) {
      throw BroadsheetException.error("I102", SourceSpan.file(file),
          "the input " + file + " starts with a " + cs.name() + " byte-order mark but is not valid "
              + cs.name());
    }
    if (s.isBlank()) {
      throw BroadsheetException.error("I101", SourceSpan.file(file), "the input " + file + " holds no text");
    }
    return s;
  }

  private static String tryDecode(byte[] bytes, Charset cs) {
    return tryDecode(ByteBuffer.wrap(bytes), cs);
  }

  private static String tryDecode(ByteBuffer bytes, Charset cs) {
    CharsetDecoder decoder = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(bytes);
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
