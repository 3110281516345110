package org.broadsheet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.ScriptFeature;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The vertical headline proof: a PDF written with PDFBox directly (the page layout does not place
 * vertical headlines yet) and read back. Every quote, bracket and 。，、 must be drawn with the
 * glyph the font's GSUB {@code vert} feature substitutes (looked up here through fontbox's
 * {@code GsubData}, not through the code under test), the dash with U+FE31's vertical bar, and text
 * extraction must yield the ordinary characters. The PDF is kept in {@code target/proof/} and is
 * a proof of the text stage alone; the README pictures come from TypesettingSpecimenTest in pdf.
 */
class VerticalHeadlineProofTest {
  static final String MAIN = "《晨报》特稿：“京、沪”同步（试点）。";
  static final String KICKER = "第12版，365天——Broadsheet改版";
  static final String PARAGRAPH = "本报讯（记者　王明）“我们用了365天。”昨天，市交通委表示，"
      + "全市已有12条公交线路接入Broadsheet系统——覆盖率达到85.5%。据介绍，新系统采用《城市公交"
      + "数据规范》，乘客可通过App实时查询到站时间……市民张女士说：“方便多了！”";
  static final Path PDF = Path.of("target/proof/vertical-headline.pdf");
  private static final FontFace BLACK = FontLibrary.face(Path.of("fonts/NotoSansSC-Black.ttf"));
  private static final FontFace SERIF = FontLibrary.face(Path.of("fonts/NotoSerifSC-Regular.ttf"));
  private static final double MAIN_SIZE = 26;
  private static final double KICKER_SIZE = 16;

  @BeforeAll
  static void write() throws IOException {
    SetColumn main = VerticalSetter.set(MAIN, new VerticalSetter.Style(BLACK, List.of(),
        MAIN_SIZE, 0.25));
    SetColumn kicker = VerticalSetter.set(KICKER, new VerticalSetter.Style(BLACK, List.of(),
        KICKER_SIZE, 0.25));
    List<SetLine> lines = ParagraphSetter.set(PARAGRAPH, 20, new ParagraphSetter.Style(SERIF,
        List.of(), 10.5, BreakSettings.DEFAULT, true, false));
    try (ProofPdfWriter w = new ProofPdfWriter(420, 560)) {
      double top = 530;
      w.column(kicker, 380, top);
      w.column(main, 340, top);
      w.frame(312, top - main.length(), 90, main.length());
      w.frame(30, 350, 210, 180);
      w.lines(lines, 10.5, 30, 520, 10.5 * 1.6);
      w.save(PDF);
    }
  }

  @Test
  void marksAreDrawnWithTheirVerticalForms() throws IOException {
    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(BLACK.bytes()));
    ScriptFeature vert = ttf.getGsubData().getFeature("vert");
    var cmap = ttf.getUnicodeCmapLookup();
    Map<String, Integer> checked = new TreeMap<>();
    for (TextPosition t : positions()) {
      if (!t.getFont().isVertical()) {
        continue;
      }
      PDType0Font font = (PDType0Font) t.getFont();
      int code = t.getCharacterCodes()[0];
      int cid = font.codeToCID(code);
      String u = t.getUnicode();
      int plain = cmap.getGlyphId(u.equals("—") ? 0x2015 : u.codePointAt(0));
      if ("“”（）《》。，、―—".contains(u)) {
        assertThat(vert.canReplaceGlyphs(List.of(plain))).as(u).isTrue();
      }
      if (vert.canReplaceGlyphs(List.of(plain))) {
        assertThat(cid).as("glyph of %s", u).isEqualTo(vert.getReplacementForGlyphs(List.of(plain)));
        checked.merge(u, 1, Integer::sum);
      } else {
        assertThat(cid).as("glyph of %s", u).isEqualTo(plain);
      }
    }
    assertThat(checked.keySet()).as("every mark was drawn and checked")
        .containsAll(List.of("“", "”", "（", "）", "《", "》", "。", "，", "、"));
    assertThat(checked.getOrDefault("―", 0) + checked.getOrDefault("—", 0)).isEqualTo(2);
  }

  @Test
  void textLayerKeepsTheOrdinaryCharacters() throws IOException {
    try (PDDocument doc = Loader.loadPDF(PDF.toFile())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
      assertThat(text).contains(MAIN).contains("第12版，365天").contains("Broadsheet改版")
          .doesNotContainPattern("[\\uFE10-\\uFE4F]");
      // the dashes are drawn with U+2015's glyph inside spans whose /ActualText is U+2014
      List<String> actual = new ArrayList<>();
      var extractor = new PDFMarkedContentExtractor();
      extractor.processPage(doc.getPage(0));
      for (PDMarkedContent mc : extractor.getMarkedContents()) {
        actual.add(mc.getActualText());
      }
      assertThat(actual).isNotEmpty().allMatch("—"::equals);
      assertThat(actual).hasSize(2 + 2); // —— in the kicker and in the paragraph
    }
  }

  @Test
  void numbersStandInOneEmAndLatinRotates() {
    SetColumn kicker = VerticalSetter.set(KICKER, new VerticalSetter.Style(BLACK, List.of(),
        KICKER_SIZE, 0.25));
    Glyph twelve = kicker.glyphs().get(1);
    Glyph days = kicker.glyphs().get(4);
    assertThat(twelve.text()).isEqualTo("12");
    assertThat(twelve.setting()).isEqualTo(Glyph.Setting.TATE_CHU_YOKO);
    assertThat(twelve.advance()).isEqualTo(KICKER_SIZE);
    assertThat(days.text()).isEqualTo("365");
    assertThat(days.scaleX() * (BLACK.advance('3') + BLACK.advance('6') + BLACK.advance('5')))
        .isLessThanOrEqualTo(1.0 + 1e-9);
    Glyph latin = kicker.glyphs().stream().filter(g -> g.text().equals("Broadsheet")).findFirst()
        .orElseThrow();
    assertThat(latin.setting()).isEqualTo(Glyph.Setting.ROTATED);
    assertThat(kicker.text()).isEqualTo(KICKER);
  }

  /**
   * The paragraph read back from the PDF: per baseline, the first glyph's box starts on the
   * column's left edge (the first line at the two-em indent) and, on justified lines, the last
   * glyph's box ends on the right edge within 0.1 pt, a closing mark counting by its squeezed
   * width (at least its ink half).
   */
  @Test
  void paragraphLinesMeetTheColumnEdgesInThePdf() throws IOException {
    Map<Long, List<TextPosition>> byBaseline = new TreeMap<>();
    for (TextPosition t : positions()) {
      if (!t.getFont().isVertical() && t.getFont().getName().contains("Serif")) {
        byBaseline.computeIfAbsent(Math.round(t.getYDirAdj() * 100.0), k -> new ArrayList<>())
            .add(t);
      }
    }
    List<List<TextPosition>> lines = new ArrayList<>(byBaseline.values());
    assertThat(lines).hasSizeGreaterThan(3);
    double left = 30;
    double right = 30 + 20 * 10.5;
    for (int i = 0; i < lines.size(); i++) {
      List<TextPosition> line = lines.get(i);
      TextPosition first = line.get(0);
      TextPosition last = line.get(line.size() - 1);
      double indent = i == 0 ? 2 * 10.5 : 0;
      assertThat((double) first.getXDirAdj()).as("line %d starts", i + 1)
          .isCloseTo(left + indent, org.assertj.core.data.Offset.offset(0.1));
      if (i < lines.size() - 1) {
        double end = last.getXDirAdj() + last.getWidthDirAdj();
        if ("，。、；：？！）》」』”’".contains(last.getUnicode())) {
          assertThat(right - (double) last.getXDirAdj()).as("line %d squeezed end mark", i + 1)
              .isBetween(last.getWidthDirAdj() / 2 - 0.1, last.getWidthDirAdj() + 0.1d);
        } else {
          assertThat(end).as("line %d ends", i + 1)
              .isCloseTo(right, org.assertj.core.data.Offset.offset(0.1));
        }
      }
    }
  }

  private static List<TextPosition> positions() throws IOException {
    List<TextPosition> all = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(PDF.toFile())) {
      PDFTextStripper s = new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition text) {
          all.add(text);
          super.processTextPosition(text);
        }
      };
      s.getText(doc);
    }
    return all;
  }
}
