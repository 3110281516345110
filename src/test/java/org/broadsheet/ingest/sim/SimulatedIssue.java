package org.broadsheet.ingest.sim;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.broadsheet.model.Story;

/**
 * One generated issue: the raw text as extraction left it, how it is stored (encoding, line
 * ends, BOM) and the reference (ground truth) in the seed-reference format.
 *
 * @param name file stem, e.g. {@code 007}
 * @param seed the seed it was generated from
 * @param lines the raw lines (line 1 first)
 * @param encoding UTF-8 or GB18030
 * @param crlf lines end with CR LF
 * @param bom a UTF-8 byte-order mark opens the file
 * @param referenceYaml the reference
 * @param truth the ground-truth stories the reference was written from, in order
 */
public record SimulatedIssue(String name, long seed, List<String> lines, String encoding,
    boolean crlf, boolean bom, String referenceYaml, List<Story> truth) {

  public SimulatedIssue {
    lines = List.copyOf(lines);
    truth = List.copyOf(truth);
  }

  /** The raw text with LF line ends (what the lines say, independent of storage). */
  public String text() {
    return String.join("\n", lines) + "\n";
  }

  /** The file's bytes. */
  public byte[] bytes() {
    String text = String.join(crlf ? "\r\n" : "\n", lines) + (crlf ? "\r\n" : "\n");
    byte[] body = text.getBytes(Charset.forName(encoding));
    if (!bom) {
      return body;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes(body);
    return out.toByteArray();
  }

  /** Decodes stored bytes back to text with LF line ends (the test side of {@link #bytes()}). */
  public static String decode(byte[] bytes, String encoding) {
    int off = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      off = 3;
    }
    Charset cs = "GB18030".equals(encoding) ? EncodingFault.GB18030 : StandardCharsets.UTF_8;
    return new String(bytes, off, bytes.length - off, cs).replace("\r\n", "\n");
  }
}
