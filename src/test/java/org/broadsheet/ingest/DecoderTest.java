package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.broadsheet.model.BroadsheetException;
import org.broadsheet.model.Diagnostics;
import org.junit.jupiter.api.Test;

/** Encodings are detected from the bytes; what is not text is refused, naming the file. */
class DecoderTest {
  private static final String TEXT = "劲旅讯 近日，中铝山西新材料“铝基新材料”获评。\r\n第二行 PDF 2023";

  @Test
  void utf8WithAndWithoutBom() {
    byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
    assertThat(Decoder.decode(plain, "a.txt")).isEqualTo(new Decoder.Decoded(TEXT, "UTF-8"));
    byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
    assertThat(Decoder.decode(bom, "a.txt")).isEqualTo(new Decoder.Decoded(TEXT, "UTF-8 (BOM)"));
  }

  @Test
  void gb18030IsDetectedFromTheBytesNotTheName() {
    byte[] gb = TEXT.getBytes(Charset.forName("GB18030"));
    assertThat(Decoder.decode(gb, "looks-like-utf8.utf8.txt"))
        .isEqualTo(new Decoder.Decoded(TEXT, "GB18030"));
  }

  @Test
  void utf16WithBomInBothByteOrders() {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));
    assertThat(Decoder.decode(le, "a.txt").text()).isEqualTo(TEXT);
    assertThat(Decoder.decode(be, "a.txt").text()).isEqualTo(TEXT);
  }

  @Test
  void crlfAndLfCleanAlike() {
    String lf = new String(SeedFixture.bytes(), StandardCharsets.UTF_8);
    byte[] crlf = lf.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    CleanResult a = Ingest.clean(lf.getBytes(StandardCharsets.UTF_8), "seed.txt", new Diagnostics());
    CleanResult b = Ingest.clean(crlf, "seed.txt", new Diagnostics());
    assertThat(b.issue()).isEqualTo(a.issue());
    assertThat(b.changes()).isEqualTo(a.changes());
  }

  @Test
  void theSeedInGb18030CleansLikeTheSeedInUtf8() {
    String seed = new String(SeedFixture.bytes(), StandardCharsets.UTF_8);
    CleanResult gb = Ingest.clean(seed.getBytes(Charset.forName("GB18030")), "seed.txt",
        new Diagnostics());
    assertThat(gb.encoding()).isEqualTo("GB18030");
    assertThat(gb.issue()).isEqualTo(SeedFixture.cleaned().issue());
  }

  @Test
  void emptyInputIsRefused() {
    refused(new byte[0], "I101", "empty");
  }

  @Test
  void utf16WithoutBomIsRefused() {
    refused(TEXT.getBytes(StandardCharsets.UTF_16LE), "I103", "UTF-16 without a byte-order mark");
  }

  @Test
  void binaryIsRefused() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H'};
    refused(png, "I103", "binary");
    byte[] noise = new byte[512];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (i * 37 + 11);
    }
    refused(noise, null, null);
  }

  @Test
  void aBomWithInvalidTextIsRefused() {
    refused(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC3, 0x28}, "I102",
        "not valid");
  }

  private static void refused(byte[] bytes, String code, String message) {
    assertThatThrownBy(() -> Decoder.decode(bytes, "input/issue.txt"))
        .isInstanceOfSatisfying(BroadsheetException.class, e -> {
          var d = e.diagnostics().get(0);
          assertThat(d.span().file()).isEqualTo("input/issue.txt");
          assertThat(d.message()).contains("input/issue.txt");
          if (code != null) {
            assertThat(d.code()).isEqualTo(code);
            assertThat(d.message()).contains(message);
          }
        });
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
