package org.broadsheet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
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
import org.broadsheet.text.Glyph;
import org.broadsheet.text.VerticalSetter;
import org.junit.jupiter.api.Test;

/**
 * A vertical headline (竖排标题) on a hand-built page: drawn upright with the vertical font, so
 * that quotes and 。 take their vertical forms, and extracted in reading order as the ordinary
 * characters; both editions still pass their checks.
 */
class VerticalTextTest {
  private static final String TITLE = "“一人大山”，12年——PDF。";

  @Test
  void verticalHeadlineUsesVerticalFormsAndExtractsInOrder() throws Exception {
    IssueFrame frame = frame();
    byte[] archive = ArchiveEdition.write(frame, Editions.info(frame.issue()));
    byte[] print = PrintEdition.write(frame, Editions.info(frame.issue()));
    assertThat(VeraPdfCheck.check(archive)).isEmpty();
    assertThat(PdfXCheck.check(print)).isEmpty();
    FontFace face = face(frame.layout());
    for (byte[] pdf : List.of(archive, print)) {
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        List<TextPosition> positions = GlyphPositions.of(doc);
        String text = positions.stream().map(TextPosition::getUnicode)
            .reduce("", String::concat);
        assertThat(text).startsWith(TITLE);
        TextPosition open = positions.get(0);
        TextPosition han = positions.get(1);
        assertThat(open.getFont().isVertical()).isTrue();
        // the code of “ (a CID = the font's glyph id) is its vert form, not the cmap's glyph
        assertThat(open.getCharacterCodes()[0]).isNotEqualTo(face.glyphId('“'));
        assertThat(han.getCharacterCodes()[0]).isEqualTo(face.glyphId('一'));
        // top to bottom down the column
        assertThat(positions.get(2).getY()).isGreaterThan(han.getY());
        assertThat(positions.get(2).getX()).isCloseTo(han.getX(),
            org.assertj.core.data.Offset.offset(2f));
      }
    }
  }

  private static FontFace face(LayoutSpec spec) {
    return FontLibrary.face(spec.fonts().get(spec.style("title").font()));
  }

  /** One page: a vertical title at the right of the type area, a paragraph beside it. */
  private static IssueFrame frame() {
    LayoutSpec spec = Editions.spec();
    FontFace face = face(spec);
    double size = 30;
    List<Glyph> title = VerticalSetter.set(TITLE,
        new VerticalSetter.Style(face, List.of(), size, 0.25)).glyphs();
    int i;
    FontFace body = FontLibrary.face(spec.fonts().get(spec.style("body").font()));
    String para = "竖排标题立在模块右侧，自上而下读。";
    List<Glyph> line = new ArrayList<>();
    i = 0;
    for (int cp : para.codePoints().toArray()) {
      line.add(new Glyph(Character.toString(cp), body, i++ * 9, 9));
    }
    Story story = new Story("v1", StoryKind.NEWS, null, List.of(TITLE), null, null, null,
        List.of(para), List.of(), null, null, null, null, List.of(), null, null);
    Issue issue = new Issue("竖排测试", null, null, null, List.of(),
        List.of(new Page(1, "要闻", List.of(), List.of(story))), List.of());
    double w = spec.page().width();
    List<FrameItem> items = List.of(
        new FrameItem.TextRun(w - 100, 100, size, title, true, new Tag(Tag.Role.TITLE, "v1", 0)),
        new FrameItem.TextRun(w - 400, 120, 9, line, false,
            new Tag(Tag.Role.PARAGRAPH, "v1", 1)));
    PageFrame page = new PageFrame(1, "要闻", w, spec.page().height(), items, List.of(),
        List.of("v1"));
    return new IssueFrame(issue, spec, List.of(page));
  }
}
