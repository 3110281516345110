package org.broadsheet.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Shared steps of writing an edition: dates, the document ID, saving to bytes. */
final class Documents {
  /** Written as the trailer /ID while saving, then replaced by the digest of the file. */
  private static final byte[] PLACEHOLDER = digest("broadsheet document id placeholder"
      .getBytes(StandardCharsets.US_ASCII));

  private Documents() {}

  /** The calendar for {@code epochSeconds} in UTC, independent of the machine's zone and locale. */
  static Calendar calendar(long epochSeconds) {
    GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
    c.setTimeInMillis(Instant.ofEpochSecond(epochSeconds).toEpochMilli());
    return c;
  }

  /**
   * Puts a placeholder trailer /ID that {@link #save} replaces with the MD5 of the whole file
   * as written (ISO 32000-1 §14.4: the ID should be computed from the file's content), so that
   * the same content gives the same ID and different content a different one. PDFBox would
   * otherwise derive it from the clock.
   */
  static void setDocumentId(PDDocument doc) {
    // binary bytes: PDFBox writes the string in hex, which withContentId finds and replaces
    COSString id = new COSString(PLACEHOLDER);
    COSArray ids = new COSArray();
    ids.add(id);
    ids.add(id);
    doc.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  /** Saves without object or cross-reference streams (PDF/X-1a needs PDF 1.4 structure). */
  static byte[] saveUncompressed(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    doc.save(out, CompressParameters.NO_COMPRESSION);
    return withContentId(out.toByteArray());
  }

  static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    doc.save(out);
    return withContentId(out.toByteArray());
  }

  /** Replaces the placeholder ID's hex digits (both entries) by the file's digest. */
  private static byte[] withContentId(byte[] pdf) {
    byte[] id = digest(pdf);
    int replaced = 0;
    for (boolean upper : new boolean[] {true, false}) {
      HexFormat hex = upper ? HexFormat.of().withUpperCase() : HexFormat.of();
      byte[] from = hex.formatHex(PLACEHOLDER).getBytes(StandardCharsets.US_ASCII);
      byte[] to = hex.formatHex(id).getBytes(StandardCharsets.US_ASCII);
      for (int i = indexOf(pdf, from, 0); i >= 0; i = indexOf(pdf, from, i + from.length)) {
        System.arraycopy(to, 0, pdf, i, to.length);
        replaced++;
      }
    }
    if (replaced != 2) {
      throw new IllegalStateException("the document ID placeholder was written " + replaced
          + " times, not twice");
    }
    return pdf;
  }

  private static int indexOf(byte[] hay, byte[] needle, int from) {
    outer:
    for (int i = from; i <= hay.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] digest(byte[] bytes) {
    try {
      return MessageDigest.getInstance("MD5").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

}
