package org.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import java.awt.geom.Rectangle2D;
import org.broadsheet.layout.IssueFrame;
import org.broadsheet.layout.PageFrame;
import org.broadsheet.model.Diagnostics;
import org.broadsheet.model.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The foundation's promise, end to end: {@code build} of the seed writes two 4-page PDFs at trim
 * 390 × 546 mm with embedded subset fonts, and every character of the issue reaches them.
 */
class BuildEndToEndTest {
  private static final double MM = 72 / 25.4;
  private static final Pattern FURNITURE_TEXT = Pattern.compile(
      "第\\d+版(　.+)?|（|）|●|摄影|（下转第\\d+版）|（上接第\\d+版）|※|※ 标题为编者补拟，原标题已佚");

  @TempDir
  static Path out;
  private static Path print;
  private static Path archive;
  private static String stdout;

  @BeforeAll
  static void build() {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(new String[] {"build", "-o", out.toString()}, new PrintWriter(o),
        new PrintWriter(e));
    assertThat(code).as("exit code; stderr: %s", e).isZero();
    stdout = o.toString();
    String stem = Home.defaultInput().getFileName().toString().replaceFirst("\\.[^.]*$", "");
    print = out.resolve(stem + "-print.pdf");
    archive = out.resolve(stem + "-archive.pdf");
  }

  @Test
  void printsWhatItWrote() {
    assertThat(stdout).contains(print.toString()).contains(archive.toString());
  }

  @Test
  void bothEditionsHaveFourPagesTrimmedToTheBroadsheetSize() throws IOException {
    for (Path pdf : List.of(print, archive)) {
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        assertThat(doc.getNumberOfPages()).as(pdf.toString()).isEqualTo(4);
        for (PDPage page : doc.getPages()) {
          PDRectangle trim = page.getTrimBox();
          assertThat(trim.getWidth()).isCloseTo((float) (390 * MM), org.assertj.core.data.Offset
              .offset(0.01f));
          assertThat(trim.getHeight()).isCloseTo((float) (546 * MM),
              org.assertj.core.data.Offset.offset(0.01f));
        }
      }
    }
  }

  @Test
  void everyFontIsEmbeddedAndSubset() throws IOException {
    for (Path pdf : List.of(print, archive)) {
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        int fonts = 0;
        for (PDPage page : doc.getPages()) {
          for (var name : page.getResources().getFontNames()) {
            PDFont font = page.getResources().getFont(name);
            fonts++;
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            assertThat(font.getName()).as("subset tag").matches("[A-Z]{6}\\+.+");
            assertThat(font).isInstanceOf(PDType0Font.class);
          }
        }
        assertThat(fonts).isPositive();
      }
    }
  }

  /**
   * All non-whitespace characters, as a multiset: the PDF's text = the issue's story text + the
   * furniture the layout added, and that furniture is only masthead, running heads and labels.
   */
  @Test
  void everyCharacterOfTheIssueReachesBothEditionsAndTheRestIsFurniture() throws IOException {
    Pipeline.Loaded loaded = Pipeline.load(Home.defaultInput(), new Diagnostics());
    Issue issue = loaded.issue();
    IssueFrame frame = Pipeline.layout(issue, Pipeline.layoutSpec("broadsheet", Home.fonts()));
    Map<Integer, Integer> expected = new TreeMap<>();
    issue.storyTexts().forEach(t -> count(expected, t, 1));
    for (PageFrame page : frame.pages()) {
      for (String f : page.furniture()) {
        assertThat(isFurniture(f, issue)).as("furniture '%s' on page %d", f, page.number())
            .isTrue();
        count(expected, f, 1);
      }
    }
    // the print edition reproduces the paper: the archive's notes on supplied headlines are not in it
    Map<Integer, Integer> printExpected = new TreeMap<>(expected);
    for (PageFrame page : frame.pages()) {
      for (var item : page.items()) {
        if (!item.tag().inPrint() && item instanceof org.broadsheet.layout.FrameItem.TextRun r) {
          count(printExpected, r.text(), -1);
        }
      }
    }
    printExpected.values().removeIf(v -> v == 0);
    for (Path pdf : List.of(print, archive)) {
      Map<Integer, Integer> actual = new TreeMap<>();
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        count(actual, textInsideTrim(doc), 1);
      }
      Map<Integer, Integer> diff = difference(pdf == print ? printExpected : expected, actual);
      assertThat(diff).as("characters expected minus found in %s (negative: extra)", pdf)
          .isEmpty();
    }
  }

  /**
   * The text inside each page's TrimBox: what the reader gets. The print edition's slug line sits
   * outside the bleed, where the printer's marks are, and is trimmed away.
   */
  static String textInsideTrim(PDDocument doc) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (PDPage page : doc.getPages()) {
      PDRectangle media = page.getMediaBox();
      PDRectangle trim = page.getTrimBox();
      PDFTextStripperByArea stripper = new PDFTextStripperByArea();
      stripper.addRegion("trim", new Rectangle2D.Double(trim.getLowerLeftX() - media
          .getLowerLeftX(), media.getUpperRightY() - trim.getUpperRightY(), trim.getWidth(),
          trim.getHeight()));
      stripper.extractRegions(page);
      sb.append(stripper.getTextForRegion("trim"));
    }
    return sb.toString();
  }

  @Test
  void charactersThatShareGlyphsWithRadicalsExtractAsThemselves() throws IOException {
    String text;
    try (PDDocument doc = Loader.loadPDF(archive.toFile())) {
      text = new PDFTextStripper().getText(doc);
    }
    for (String c : List.of("一", "人", "大", "山", "工", "心", "手")) {
      assertThat(text).as("the issue text holds %s", c).contains(c);
    }
    assertThat(text.codePoints().filter(cp -> (cp >= 0x2E80 && cp <= 0x2FDF)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F)
        || (cp >= 0xE000 && cp <= 0xF8FF) || cp == 0xFFFD).toArray())
        .as("radicals, compatibility ideographs, private use, U+FFFD").isEmpty();
  }

  private static boolean isFurniture(String f, Issue issue) {
    return f.equals(issue.title()) || issue.masthead().contains(f)
        || (issue.publisher() != null && f.equals(issue.publisher() + " 主办"))
        || f.equals(issue.date()) || f.equals(issue.number())
        || FURNITURE_TEXT.matcher(f).matches();
  }

  static void count(Map<Integer, Integer> m, String s, int sign) {
    s.codePoints().filter(cp -> !Character.isWhitespace(cp) && cp != 0x3000)
        .forEach(cp -> m.merge(cp, sign, Integer::sum));
  }

  private static Map<Integer, Integer> difference(Map<Integer, Integer> a,
      Map<Integer, Integer> b) {
    Map<Integer, Integer> d = new HashMap<>(a);
    b.forEach((k, v) -> d.merge(k, -v, Integer::sum));
    d.values().removeIf(v -> v == 0);
    Map<Integer, Integer> readable = new TreeMap<>(d);
    return readable;
  }

  @Test
  void outputsAreCompletePdfsWithNoTemporaryLeftBeside() throws IOException {
    for (Path pdf : List.of(print, archive)) {
      byte[] bytes = Files.readAllBytes(pdf);
      assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
          .isEqualTo("%PDF-");
      assertThat(new String(bytes, bytes.length - 8, 8, java.nio.charset.StandardCharsets
          .ISO_8859_1)).contains("%%EOF");
      assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
          Files.getPosixFilePermissions(pdf))).isEqualTo("rw-r--r--");
    }
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.endsWith(".part") || n.endsWith(".old"));
    }
  }
}
