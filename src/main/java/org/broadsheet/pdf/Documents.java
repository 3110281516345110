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
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Shared steps of writing an edition: dates, the document ID, saving to bytes. */
final class Documents {
  private Documents() {}

  /** The calendar for {@code epochSeconds} in UTC, independent of the machine's zone and locale. */
  static Calendar calendar(long epochSeconds) {
    GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
    c.setTimeInMillis(Instant.ofEpochSecond(epochSeconds).toEpochMilli());
    return c;
  }

  /**
   * Sets the trailer /ID from a fingerprint of the content, so that the same input gives the same
   * file (PDFBox would otherwise derive it from the clock).
   */
  static void setDocumentId(PDDocument doc, String fingerprint) {
    byte[] id;
    try {
      id = MessageDigest.getInstance("MD5").digest(fingerprint.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    doc.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  /** Saves without object or cross-reference streams (PDF/X-1a needs PDF 1.4 structure). */
  static byte[] saveUncompressed(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    doc.save(out, CompressParameters.NO_COMPRESSION);
    return out.toByteArray();
  }

  static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    doc.save(out);
    return out.toByteArray();
  }
}
