package org.broadsheet.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Examples after clreq §3.1 (line start and end prohibitions, 先挤进后推出, compression of
 * consecutive marks), §3.2.2 (Han–Latin space) and the no-孤字 rule, with the expected breaks
 * worked out by hand on a 13-em grid (one basic column) without indent.
 */
class ClreqItemsTest {
  private static final double SIZE = 10;
  private static final FontFace SERIF = FontLibrary.face(Path.of("fonts/NotoSerifSC-Regular.ttf"));
  private static final FontFace SANS = FontLibrary.face(Path.of("fonts/NotoSansSC-Regular.ttf"));

  private static List<SetLine> set(String text, double measure, List<FontFace> fallbacks,
      FontFace face) {
    return ParagraphSetter.set(text, measure, new ParagraphSetter.Style(face, fallbacks, SIZE,
        BreakSettings.DEFAULT, false, false));
  }

  private static String breaks(String text, double measure) {
    return String.join("|", set(text, measure, List.of(), SERIF).stream().map(SetLine::text)
        .toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      // 13 Han then ，: the comma may not start a line, nothing to squeeze → push one character
      "一二三四五六七八九十百千万，甲乙丙; 一二三四五六七八九十百千|万，甲乙丙",
      // 13.5 ems with a squeezable comma: 先挤进 keeps 。 on the line, half-width
      "一二三四五，六七八九十百千。万亿兆; 一二三四五，六七八九十百千。|万亿兆",
      // an opening mark may not end a line: “ goes down with its word
      "一二三四五六七八九十百千“万亿”兆京; 一二三四五六七八九十百千|“万亿”兆京",
      // 孤字: 万。 alone on the last line is re-broken: 千 keeps it company
      "一二三四五六七八九十百千万。; 一二三四五六七八九十百|千万。",
      // no 孤字 when the lone Han character has a number beside it: 2“人”。 holds two units
      "一二三四五六七八九十百千共2“人”。; 一二三四五六七八九十百千共|2“人”。",
      // —— is never split and may start a line
      "一二三四五六七八九十百千——甲乙; 一二三四五六七八九十百千|——甲乙",
      // the midline ellipsis ⋯⋯ is one unit too
      "一二三四五六七八九十百千⋯⋯甲乙; 一二三四五六七八九十百千|⋯⋯甲乙",
      // full-width square brackets are opening and closing marks
      "一二三四五六七八九十百千［注］甲乙; 一二三四五六七八九十百千|［注］甲乙",
      // a number is never split: 10 + ¼ + 2.70 ems fits; one more digit goes down whole
      "一二三四五六七八九十20261甲乙丙; 一二三四五六七八九十20261|甲乙丙",
      "一二三四五六七八九十202612甲乙丙; 一二三四五六七八九十|202612甲乙丙",
  })
  void breaksAsClreqSays(String text, String expected) {
    assertThat(breaks(text, 13)).isEqualTo(expected);
  }

  @Test
  void latinOnlyTextBreaksAtSpacesAndIsJustified() {
    String text = "The quick brown fox jumps over the lazy dog, again and again (twice).";
    List<SetLine> lines = set(text, 13, List.of(), SERIF);
    LineChecker.Report r = LineChecker.check(text, lines, SIZE, 13, false);
    assertThat(r.violations()).isEmpty();
    assertThat(lines).hasSizeGreaterThan(2);
    assertThat(lines.get(0).text()).startsWith("The quick "); // spaces kept mid-line
    assertThat(lines).noneMatch(l -> l.text().startsWith(" ") || l.text().endsWith(" "));
  }

  @Test
  void theTextLayerKeepsSpacesBetweenLatinWords() {
    assertThat(set("他在New York Times工作", 27, List.of(), SERIF).get(0).text())
        .isEqualTo("他在New York Times工作");
    assertThat(set("报道见New York Times", 27, List.of(), SERIF).get(0).text())
        .as("kept together at the paragraph's end too").isEqualTo("报道见New York Times");
  }

  @Test
  void anOpeningMarkAtALineStartKeepsItsFullEm() {
    List<SetLine> lines = set("一二三四五六七八九十百千“万亿”兆京", 13, List.of(), SERIF);
    Glyph quote = lines.get(1).glyphs().get(0);
    assertThat(quote.text()).isEqualTo("“");
    assertThat(quote.x()).isZero(); // its em box on the edge, its ink in the right half
  }

  /** The lead's suspicion: ，“ broken between the marks left “ half-width, left of the edge. */
  @Test
  void anOpeningMarkAfterAClosingOneStartsOnTheEdge() {
    List<SetLine> lines = set("一二三四五六七八九十百千，“万亿”兆京", 13, List.of(), SERIF);
    assertThat(lines.get(0).text()).isEqualTo("一二三四五六七八九十百千，");
    assertThat(lines.get(0).end()).isEqualTo(13 * SIZE); // the comma at full width
    Glyph quote = lines.get(1).glyphs().get(0);
    assertThat(quote.text()).isEqualTo("“");
    assertThat(quote.x()).isZero();
  }

  @Test
  void consecutiveMarksShareOneHalfEm() {
    List<SetLine> lines = set("他说：“好。”", 13, List.of(), SERIF);
    List<Glyph> g = lines.get(0).glyphs();
    assertThat(g.get(3).x() - g.get(2).x()).as("：“").isEqualTo(SIZE / 2);
    assertThat(g.get(6).x() - g.get(5).x()).as("。”").isEqualTo(SIZE / 2);
  }

  @Test
  void hanAndLatinAreAQuarterEmApart() {
    List<Glyph> g = set("新闻App上线", 13, List.of(), SERIF).get(0).glyphs();
    assertThat(g.get(2).x() - (g.get(1).x() + g.get(1).advance())).isEqualTo(SIZE / 4);
    assertThat(g.get(5).x() - (g.get(4).x() + g.get(4).advance()))
        .isCloseTo(SIZE / 4, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void eachDashIsOneEmDrawnWithTheHorizontalBar() {
    List<Glyph> g = set("他说——好", 13, List.of(), SERIF).get(0).glyphs();
    assertThat(g.get(2).text()).isEqualTo("—");
    assertThat(g.get(2).shown()).isEqualTo("―");
    assertThat(g.get(2).substituted()).isTrue();
    assertThat(g.get(3).x() - g.get(2).x()).isEqualTo(SIZE);
    assertThat(g.get(4).x() - g.get(2).x()).isEqualTo(2 * SIZE);
  }

  @Test
  void aCharacterNoFontHasFailsNamingIt() {
    assertThatThrownBy(() -> set("新闻\uE000报道", 13, List.of(SANS), SERIF))
        .isInstanceOf(MissingGlyphException.class)
        .hasMessageContaining("U+E000")
        .satisfies(e -> assertThat(((MissingGlyphException) e).codePoint()).isEqualTo(0xE000));
  }

  @Test
  void aFallbackFontDrawsWhatTheFaceLacks() {
    assertThat(SANS.covers(0x4DB6)).isFalse();
    assertThat(SERIF.covers(0x4DB6)).isTrue();
    List<Glyph> g = set("新\u4DB6闻", 13, List.of(SERIF), SANS).get(0).glyphs();
    assertThat(g.get(0).face()).isSameAs(SANS);
    assertThat(g.get(1).face()).isSameAs(SERIF);
    assertThatThrownBy(() -> set("新\u4DB6闻", 13, List.of(), SANS))
        .isInstanceOf(MissingGlyphException.class).hasMessageContaining("U+4DB6");
  }

  @Test
  void fontFilesAreParsedOncePerProcess() {
    assertThat(FontLibrary.face(Path.of("fonts/../fonts/NotoSerifSC-Regular.ttf")))
        .isSameAs(SERIF);
  }
}
