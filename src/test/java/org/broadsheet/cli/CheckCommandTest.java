package org.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check}: both editions of the seed pass; editions broken on purpose fail, by name. */
class CheckCommandTest {
  private static final String STEM = "000_db28fdb7a0aa274c";

  @Test
  void seedEditionsPassAndBrokenOnesFailNamingFilePageAndRule(@TempDir Path dir)
      throws Exception {
    Path seed = Path.of("seeds", STEM + ".txt").toAbsolutePath();
    String[] out = run("build", seed.toString(), "-o", dir.toString());
    assertThat(out[0]).isEqualTo("0");
    Path print = dir.resolve(STEM + "-print.pdf");
    Path archive = dir.resolve(STEM + "-archive.pdf");
    out = run("check", print.toString(), archive.toString());
    assertThat(out[0]).as(out[2]).isEqualTo("0");
    assertThat(out[1]).contains(print + ": print (PDF/X-1a:2003): pass")
        .contains(archive + ": archive (PDF/A-2u, PDF/UA-1): pass");

    // same-length byte edits keep the cross-reference table valid
    Path noTrim = dir.resolve("no-trim.pdf");
    Files.write(noTrim, replaceFirst(Files.readAllBytes(print), "/TrimBox", "/TrimBxx"));
    Path noLang = dir.resolve("no-lang.pdf");
    Files.write(noLang, replaceFirst(Files.readAllBytes(archive), "/Lang", "/Lxng"));
    out = run("check", print.toString(), noTrim.toString(), noLang.toString());
    assertThat(out[0]).isEqualTo("1");
    assertThat(out[1]).contains(print + ": print (PDF/X-1a:2003): pass")
        .contains(noTrim + ": print (PDF/X-1a:2003): FAIL");
    assertThat(out[2]).containsPattern(noTrim.toString().replace("\\", "\\\\")
        + ": page \\d: 15930-4 6.1.11 TrimBox")
        .containsPattern(noLang + ": page \\d: ua1 7.2-34");
  }

  @Test
  void aFileThatIsNeitherEditionFails(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("plain.pdf");
    Files.writeString(f, "%PDF-1.4\n%%EOF\n");
    String[] out = run("check", f.toString());
    assertThat(out[0]).isEqualTo("1");
    assertThat(out[2]).contains(f + ": document: edition");
  }

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = BroadsheetCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  private static byte[] replaceFirst(byte[] pdf, String from, String to) {
    String s = new String(pdf, StandardCharsets.ISO_8859_1);
    int i = s.indexOf(from);
    assertThat(i).as(from).isPositive();
    byte[] copy = pdf.clone();
    System.arraycopy(to.getBytes(StandardCharsets.ISO_8859_1), 0, copy, i, to.length());
    return copy;
  }
}
