package org.broadsheet.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.broadsheet.model.BroadsheetException;
import org.broadsheet.model.Diagnostic;
import org.junit.jupiter.api.Test;

class LayoutLoaderTest {
  static final Path ROOT = Path.of("").toAbsolutePath();
  static final Path LAYOUTS = ROOT.resolve("layouts");
  static final Path FONTS = ROOT.resolve("fonts");

  static LayoutSpec broadsheet() {
    return LayoutLoader.load("broadsheet", LAYOUTS, FONTS);
  }

  @Test
  void broadsheetIsTheBroadsheetFormat() {
    LayoutSpec spec = broadsheet();
    assertThat(spec.pageCount()).isEqualTo(4);
    assertThat(spec.page().width()).isCloseTo(390 * Units.PT_PER_MM, within(1e-6));
    assertThat(spec.page().height()).isCloseTo(546 * Units.PT_PER_MM, within(1e-6));
    assertThat(spec.style("body").size()).isEqualTo(9.0); // 小五
    assertThat(spec.style("title").size()).isEqualTo(22.0); // 二号
    // the type area: 8 basic columns of 13 characters with 1-character gutters, ≈ 350 mm
    assertThat(spec.typeWidth() / Units.PT_PER_MM).isBetween(345.0, 355.0);
  }

  @Test
  void aBadValueIsReportedWithFileLineAndColumn() throws IOException {
    String yaml = Files.readString(LAYOUTS.resolve("broadsheet.yaml"))
        .replace("width: 390mm", "width: 390 millimetres");
    Diagnostic d = error(yaml);
    assertThat(d.span().file()).isEqualTo("test.yaml");
    assertThat(d.span().line()).isEqualTo(lineOf(yaml, "390 millimetres"));
    assertThat(d.message()).contains("390mm or 9pt");
  }

  @Test
  void aStyleNamingAnUnknownFontIsAnError() throws IOException {
    String yaml = Files.readString(LAYOUTS.resolve("broadsheet.yaml"))
        .replaceFirst("font: serif,", "font: fangsong,");
    Diagnostic d = error(yaml);
    assertThat(d.message()).contains("fangsong");
    assertThat(d.span().line()).isEqualTo(lineOf(yaml, "fangsong"));
  }

  @Test
  void aMissingLayoutIsAnError() {
    BroadsheetException e = catchThrowableOfType(BroadsheetException.class,
        () -> LayoutLoader.load("tabloid-nonexistent", LAYOUTS, FONTS));
    assertThat(e.diagnostics().get(0).code()).isEqualTo("L302");
  }

  private static int lineOf(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle);
  }

  private static Diagnostic error(String yaml) {
    BroadsheetException e = catchThrowableOfType(BroadsheetException.class,
        () -> LayoutLoader.parse(yaml, "test.yaml", FONTS));
    assertThat(e).isNotNull();
    return e.diagnostics().get(0);
  }
}
