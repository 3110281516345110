package org.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI contract: commands, outputs, exit codes, diagnostics, no partial output. */
class CommandLineTest {
  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(args, new PrintWriter(o), new PrintWriter(e));
    return new Run(code, o.toString(), e.toString());
  }

  @Test
  void noCommandIsAUsageError() {
    assertThat(run().code()).isEqualTo(2);
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Run r = run("build", "--colour", "red");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--colour");
  }

  @Test
  void cleanWritesTheIssueFileAndTheChangeReportBesideIt() throws IOException {
    Path raw = Home.seeds().resolve(Home.SEED_STEM + ".txt");
    Path yaml = dir.resolve("seed.yaml");
    Run r = run("clean", raw.toString(), "-o", yaml.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(yaml).isRegularFile();
    assertThat(dir.resolve("seed.changes.json")).isRegularFile();
    assertThat(Files.readString(yaml)).startsWith("title:");
    assertThat(r.out()).contains("wrote " + yaml.toAbsolutePath());
  }

  @Test
  void buildOfRawTextWritesBothEditionsAndTheChangeReport() {
    Path raw = dir.resolve("paper.txt");
    write(raw, "本报讯 近日，公司召开安全生产会议，部署四季度重点工作。\n\n会议要求各单位狠抓落实。\n");
    Run r = run("build", raw.toString(), "-o", dir.resolve("out").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(dir.resolve("out/paper-print.pdf")).isRegularFile();
    assertThat(dir.resolve("out/paper-archive.pdf")).isRegularFile();
    assertThat(dir.resolve("out/paper.changes.json")).isRegularFile();
  }

  @Test
  void badIssueFileExitsOneNamingFileLineAndColumnAndWritesNothing() throws IOException {
    Path yaml = dir.resolve("broken.yaml");
    write(yaml, "title: 劲旅\nstories:\n  - id: a\n    kind: nws\n    paragraphs: [甲]\n");
    Path out = dir.resolve("out");
    Run r = run("build", yaml.toString(), "-o", out.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(yaml + ":4:11: error[F154]").contains("nws").contains("^");
    assertThat(listing(out)).isEmpty();
  }

  @Test
  void binaryInputExitsOneAndWritesNothing() throws IOException {
    Path raw = dir.resolve("scan.txt");
    Files.write(raw, new byte[] {0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0});
    Path out = dir.resolve("out");
    Run r = run("build", raw.toString(), "-o", out.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(raw.toString()).contains("error[I103]");
    assertThat(listing(out)).isEmpty();
  }

  @Test
  void aMissingInputFileExitsOne() {
    Run r = run("build", dir.resolve("nothing.txt").toString(), "-o", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("nothing.txt");
  }

  @Test
  void aLayoutGivenAsAFileAndAFontsDirectoryAreUsed() throws IOException {
    Path layout = dir.resolve("small.yaml");
    Files.writeString(layout, Files.readString(Home.layouts().resolve("broadsheet.yaml"))
        .replace("pages: 4", "pages: 2"));
    Path raw = dir.resolve("brief.txt");
    write(raw, "本报讯 近日，公司召开安全生产会议。\n");
    Run r = run("build", raw.toString(), "--layout", layout.toString(), "--fonts",
        Home.fonts().toString(), "-o", dir.resolve("o").toString());
    assertThat(r.code()).as(r.err()).isZero();
    try (var doc = org.apache.pdfbox.Loader.loadPDF(dir.resolve("o/brief-print.pdf").toFile())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(2);
    }
  }

  @Test
  void aFontsDirectoryWithoutTheFontsIsBadInput() {
    Path raw = dir.resolve("brief.txt");
    write(raw, "本报讯 近日，公司召开安全生产会议。\n");
    Run r = run("build", raw.toString(), "--fonts", dir.toString(), "-o", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("font file not found");
    assertThat(dir.resolve("brief-print.pdf")).doesNotExist();
  }

  @Test
  void aPaperNameTooLongForTheMastheadIsAnErrorNotDrawnOverTheStories() {
    Path yaml = dir.resolve("long.yaml");
    write(yaml, "title: " + "劲旅报".repeat(20) + "\nstories:\n  - {id: a, kind: news, "
        + "paragraphs: [近日，公司召开会议。]}\n");
    Run r = run("build", yaml.toString(), "-o", dir.resolve("o").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("error[L312]").contains("paper's name");
    assertThat(dir.resolve("o")).doesNotExist();
  }

  @Test
  void aCharacterNoFontHasIsBadInputNamingTheStoryAndItsPlace() {
    Path yaml = dir.resolve("pua.yaml");
    write(yaml, "title: 劲旅\nstories:\n  - id: a\n    kind: news\n"
        + "    paragraphs: [\"近日\ue000公司召开会议。\"]\n");
    Run r = run("build", yaml.toString(), "-o", dir.resolve("o").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(yaml + ":3:5: error[T201]").contains("U+E000")
        .contains("story a");
  }

  @Test
  void aWordWiderThanItsColumnIsWarnedAboutAndStillPrinted() throws IOException {
    Path yaml = dir.resolve("wide.yaml");
    write(yaml, "title: 劲旅\nstories:\n  - id: w\n    kind: feature\n    paragraphs: [\"见"
        + "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(4) + "一词。\"]\n");
    Run r = run("build", yaml.toString(), "-o", dir.resolve("o").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("warning[T202]").contains("story w");
    assertThat(dir.resolve("o/wide-print.pdf")).isRegularFile();
  }

  @Test
  void anEmptyParagraphIsAnErrorAtItsLine() {
    Path yaml = dir.resolve("blank.yaml");
    write(yaml, "title: 劲旅\nstories:\n  - id: a\n    kind: news\n    paragraphs:\n"
        + "      - 近日，公司召开会议。\n      - \"  \"\n");
    Run r = run("build", yaml.toString(), "-o", dir.resolve("o").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(yaml + ":7:9: error[F154]").contains("paragraph 2");
  }

  @Test
  void anOutputDirectoryThatIsAFileIsBadInputNotAnInternalError() throws IOException {
    Path raw = dir.resolve("brief.txt");
    write(raw, "本报讯 近日，公司召开安全生产会议。\n");
    Path file = dir.resolve("taken");
    Files.writeString(file, "x");
    Run r = run("build", raw.toString(), "-o", file.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("error[P401]").contains("taken");
  }

  @Test
  void layoutFileMistakesAreBadInputWithTheirLine() throws IOException {
    String good = Files.readString(Home.layouts().resolve("broadsheet.yaml"));
    Path raw = dir.resolve("brief.txt");
    write(raw, "本报讯 近日，公司召开安全生产会议。\n");
    String[][] cases = {
        {"bleed: 3mm", "bleeed: 3mm", "unknown key 'bleeed'"},
        {"size: 小五, leading: 1.6 }   # leading", "size: 0pt, leading: 1.6 }   # leading",
            "greater than 0"},
        {"leading: 1.6 }   # leading", "leading: NaN }   # leading", "finite"},
        {"characters: 13", "characters: 30", "wider than the page"},
        {"text-span: 2", "text-span: 3", "text-span must divide"},
        {"type-height: 490mm", "type-height: 900mm", "taller than the page"}};
    for (String[] c : cases) {
      assertThat(good).as(c[0]).contains(c[0]);
      Path layout = dir.resolve("bad.yaml");
      Files.writeString(layout, good.replaceFirst(java.util.regex.Pattern.quote(c[0]), c[1]));
      Run r = run("build", raw.toString(), "--layout", layout.toString(), "-o",
          dir.resolve("o").toString());
      assertThat(r.code()).as(c[1] + ": " + r.err()).isEqualTo(1);
      assertThat(r.err()).as(c[1]).contains(layout + ":").contains(c[2]);
    }
    assertThat(dir.resolve("o")).doesNotExist();
  }

  @Test
  void aBrokenFontFileIsBadInputNamingIt() throws IOException {
    Path fonts = dir.resolve("fonts");
    Files.createDirectories(fonts);
    try (Stream<Path> s = Files.list(Home.fonts())) {
      for (Path f : s.toList()) {
        Files.copy(f, fonts.resolve(f.getFileName()));
      }
    }
    Files.writeString(fonts.resolve("NotoSansSC-Bold.ttf"), "not a font at all");
    Path raw = dir.resolve("brief.txt");
    write(raw, "本报讯 近日，公司召开安全生产会议。\n");
    Run r = run("build", raw.toString(), "--fonts", fonts.toString(), "-o",
        dir.resolve("o").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("NotoSansSC-Bold.ttf").contains("not a usable TrueType font");
  }

  private static void write(Path p, String s) {
    try {
      Files.writeString(p, s, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static java.util.List<Path> listing(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return java.util.List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.toList();
    }
  }
}
