package org.broadsheet.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Vertical headline setting (clreq §3.4) on hand-checked examples; sizes 10 pt, so 1 em = 10. */
class VerticalSetterTest {
  private static final double EM = 10;
  private static final Offset<Double> TOL = Offset.offset(1e-9);
  private static final FontFace SANS = FontLibrary.face(Path.of("fonts/NotoSansSC-Black.ttf"));
  private static final VerticalSetter.Style STYLE = new VerticalSetter.Style(SANS, List.of(), EM,
      0.25);

  private static List<Glyph> set(String text) {
    return VerticalSetter.set(text, STYLE).glyphs();
  }

  @Test
  void hanAndMarksStandUprightOneEmEach() {
    List<Glyph> g = set("晨报，好");
    assertThat(g).allMatch(x -> x.setting() == Glyph.Setting.UPRIGHT);
    assertThat(g).extracting(Glyph::x).containsExactly(0.0, EM, 2 * EM, 3 * EM);
    assertThat(SANS.verticalGlyphId('，')).isPositive(); // drawn with its vert form
    assertThat(SANS.verticalGlyphId('晨')).isEqualTo(-1);
  }

  @Test
  void consecutiveMarksAreCompressed() {
    List<Glyph> g = set("好。”他");
    assertThat(g.get(2).x() - g.get(1).x()).as("。” share one cell").isCloseTo(EM / 2, TOL);
    List<Glyph> h = set("说：“好");
    assertThat(h.get(2).x() - h.get(1).x()).as("：“").isCloseTo(EM / 2, TOL);
    List<Glyph> o = set("（“好");
    assertThat(o.get(1).x() - o.get(0).x()).as("（“").isCloseTo(EM / 2, TOL);
  }

  @Test
  void twoAndThreeDigitNumbersStandInOneEm() {
    List<Glyph> g = set("第12版365天");
    assertThat(g.get(1).text()).isEqualTo("12");
    assertThat(g.get(1).setting()).isEqualTo(Glyph.Setting.TATE_CHU_YOKO);
    assertThat(g.get(2).x() - g.get(1).x()).isCloseTo(EM, TOL);
    Glyph three = g.get(3);
    assertThat(three.text()).isEqualTo("365");
    double width = SANS.advance('3') + SANS.advance('6') + SANS.advance('5');
    assertThat(three.scaleX() * width).isCloseTo(1.0, TOL);
    assertThat(set("2026年").get(0).setting()).as("four digits rotate")
        .isEqualTo(Glyph.Setting.ROTATED);
  }

  @Test
  void latinRotatesAQuarterEmFromHan() {
    List<Glyph> g = set("新Broadsheet版");
    Glyph latin = g.get(1);
    assertThat(latin.setting()).isEqualTo(Glyph.Setting.ROTATED);
    assertThat(latin.x()).isCloseTo(1.25 * EM, TOL);
    assertThat(g.get(2).x()).isCloseTo(latin.x() + latin.advance() + EM / 4, TOL);
  }

  @Test
  void dashesAreVerticalBarsAndTheTextKeepsThem() {
    SetColumn c = VerticalSetter.set("好——看", STYLE);
    Glyph dash = c.glyphs().get(1);
    assertThat(dash.text()).isEqualTo("—");
    assertThat(dash.shown()).isEqualTo("―");
    assertThat(SANS.verticalGlyphId(0x2015)).isEqualTo(SANS.glyphId(0xFE31));
    assertThat(c.glyphs().get(2).x() - dash.x()).isCloseTo(EM, TOL);
    assertThat(c.text()).isEqualTo("好——看");
  }

  @Test
  void aCharacterNoFontHasFails() {
    assertThatThrownBy(() -> set("新\uE000闻")).isInstanceOf(MissingGlyphException.class)
        .hasMessageContaining("U+E000");
  }
}
