package org.broadsheet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.broadsheet.layout.FrameItem;
import org.broadsheet.layout.IssueFrame;
import org.broadsheet.layout.LayoutSpec;
import org.broadsheet.layout.PageFrame;
import org.broadsheet.layout.Tag;
import org.broadsheet.model.Issue;
import org.broadsheet.model.Page;
import org.broadsheet.model.Story;
import org.broadsheet.model.StoryKind;
import org.broadsheet.text.FontFace;
import org.broadsheet.text.FontLibrary;
import org.broadsheet.text.ParagraphSetter;
import org.broadsheet.text.SetColumn;
import org.broadsheet.text.SetLine;
import org.broadsheet.text.VerticalSetter;
import org.junit.jupiter.api.Test;

/**
 * A specimen page written through the real archive edition: a vertical headline (竖排, kicker to
 * the right of the main title) beside a justified paragraph with numbers, Latin, ——, …… and
 * nested marks. It must pass veraPDF and extract as its text; it is kept in
 * {@code target/specimen/typesetting.pdf}, from which the README's pictures
 * {@code docs/vertical-headline.png} and {@code docs/paragraph.png} are rendered
 * ({@code pdftoppm -r 200}).
 */
class TypesettingSpecimenTest {
  static final String MAIN = "《晨报》特稿：“京、沪”同步（试点）。";
  static final String KICKER = "第12版，365天——Broadsheet改版";
  static final String PARAGRAPH = "本报讯（记者 王明）“我们用了365天。”昨天，市交通委表示，"
      + "全市已有12条公交线路接入Broadsheet系统——覆盖率达到85.5%。据介绍，新系统采用《城市公交"
      + "数据规范》，乘客可通过App实时查询到站时间……市民张女士说：“方便多了！”";
  static final Path PDF = Path.of("target/specimen/typesetting.pdf");

  @Test
  void specimenPassesTheArchiveChecksAndExtractsItsText() throws IOException {
    LayoutSpec spec = Editions.spec();
    FontFace black = FontLibrary.face(spec.fonts().get(spec.style("title").font()));
    FontFace serif = FontLibrary.face(spec.fonts().get(spec.style("body").font()));
    SetColumn main = VerticalSetter.set(MAIN, new VerticalSetter.Style(black, List.of(), 26,
        0.25));
    SetColumn kicker = VerticalSetter.set(KICKER, new VerticalSetter.Style(black, List.of(), 16,
        0.25));
    double size = 10.5;
    List<SetLine> lines = ParagraphSetter.set(PARAGRAPH, 20, new ParagraphSetter.Style(serif,
        List.of(), size, spec.breaking(), true, false));
    List<FrameItem> items = new java.util.ArrayList<>();
    items.add(new FrameItem.TextRun(380, 30, 16, kicker.glyphs(), true,
        new Tag(Tag.Role.KICKER, "s1", 0)));
    items.add(new FrameItem.TextRun(345, 30, 26, main.glyphs(), true,
        new Tag(Tag.Role.TITLE, "s1", 1)));
    for (int i = 0; i < lines.size(); i++) {
      items.add(new FrameItem.TextRun(40, 50 + i * size * 1.6, size, lines.get(i).glyphs(),
          false, new Tag(Tag.Role.PARAGRAPH, "s1", 2)));
    }
    Story story = new Story("s1", StoryKind.NEWS, KICKER, List.of(MAIN), null, null, null,
        List.of(PARAGRAPH), List.of(), null, null, null, null, List.of(), null, null);
    Issue issue = new Issue("样张", null, null, null, List.of(),
        List.of(new Page(1, "样张", List.of(), List.of(story))), List.of());
    PageFrame page = new PageFrame(1, "样张", 420, 560, items, List.of(), List.of("s1"));
    byte[] pdf = ArchiveEdition.write(new IssueFrame(issue, spec, List.of(page)),
        Editions.info(issue));
    assertThat(VeraPdfCheck.check(pdf)).isEmpty();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
      assertThat(text).contains(KICKER, MAIN, PARAGRAPH.replace(" ", ""));
    }
    Files.createDirectories(PDF.getParent());
    Files.write(PDF, pdf);
  }
}
