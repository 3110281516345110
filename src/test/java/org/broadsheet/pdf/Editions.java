package org.broadsheet.pdf;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.broadsheet.ingest.ReferenceIssue;
import org.broadsheet.layout.FrameItem;
import org.broadsheet.layout.IssueFrame;
import org.broadsheet.layout.IssueLayouter;
import org.broadsheet.layout.LayoutLoader;
import org.broadsheet.layout.LayoutSpec;
import org.broadsheet.layout.PageFrame;
import org.broadsheet.layout.Tag;
import org.broadsheet.model.Issue;
import org.broadsheet.model.Page;
import org.broadsheet.model.Story;
import org.broadsheet.model.StoryKind;

/**
 * Test fixtures: the seed reference issue and a generated issue laid out with the project's
 * broadsheet layout, and both editions of each, built once per test JVM.
 */
final class Editions {
  static final Path ROOT = Path.of("").toAbsolutePath();
  static final long EPOCH = 1_700_000_000L;
  static final String SHA = "ab".repeat(32);
  /** Characters whose glyphs the fonts share with Kangxi radicals (U+2F00…). */
  static final String RADICAL_TWINS = "一人大山工心手";
  static final String SUPPLIED = "编辑补拟的标题";
  static final String ALT = "车间里两名工人检修设备";

  private static IssueFrame seedFrame;
  private static IssueFrame generatedFrame;
  private static byte[] seedPrint;
  private static byte[] seedArchive;
  private static byte[] generatedPrint;
  private static byte[] generatedArchive;

  private Editions() {}

  static LayoutSpec spec() {
    return LayoutLoader.load("broadsheet", ROOT.resolve("layouts"), ROOT.resolve("fonts"));
  }

  static synchronized IssueFrame seedFrame() {
    if (seedFrame == null) {
      Issue issue = ReferenceIssue.loadResource("/org/broadsheet/ingest/seed-reference.yaml")
          .issue();
      seedFrame = IssueLayouter.layout(issue, spec());
    }
    return seedFrame;
  }

  static EditionInfo info(Issue issue) {
    List<String> supplied = issue.allStories().stream().filter(s -> s.isSupplied("title"))
        .map(s -> s.titleText().orElse("")).toList();
    return new EditionInfo(issue.title(), issue.publisher(), supplied, SHA, EPOCH,
        "Broadsheet 0.1");
  }

  static synchronized byte[] seedPrint() {
    if (seedPrint == null) {
      seedPrint = PrintEdition.write(seedFrame(), info(seedFrame().issue()));
    }
    return seedPrint;
  }

  static synchronized byte[] seedArchive() {
    if (seedArchive == null) {
      seedArchive = ArchiveEdition.write(seedFrame(), info(seedFrame().issue()));
    }
    return seedArchive;
  }

  static synchronized byte[] generatedPrint() {
    if (generatedPrint == null) {
      generatedPrint = PrintEdition.write(generatedFrame(), info(generatedFrame().issue()));
    }
    return generatedPrint;
  }

  static synchronized byte[] generatedArchive() {
    if (generatedArchive == null) {
      generatedArchive = ArchiveEdition.write(generatedFrame(), info(generatedFrame().issue()));
    }
    return generatedArchive;
  }

  /**
   * A generated issue with what the seed lacks: a story too long for page 1 (转版 with 下转/上接
   * lines), a supplied headline, the radical-twin characters, a poem, and a photo block (the
   * layout makes no pictures yet, so the Picture item is added to the laid-out page by hand,
   * above the photo story's caption).
   */
  static synchronized IssueFrame generatedFrame() {
    if (generatedFrame == null) {
      generatedFrame = withPicture(IssueLayouter.layout(generatedIssue(), spec()), picture());
    }
    return generatedFrame;
  }

  static Issue generatedIssue() {
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      paragraphs.add("第" + (i + 1) + "段：" + RADICAL_TWINS + "在厂区里，工人们检修设备、清理现场，"
          + "把每一个环节都做到位。大家说，安全生产没有终点，只有起点；质量管理没有最好，只有更好。"
          + "这一年来，车间先后完成技改项目12项，节约成本300余万元，获得了上级的肯定和职工的认可。"
          + "他们表示，要继续发扬实干精神，以更加饱满的热情投入到新的工作中去。");
    }
    Story lead = new Story("g1-01", StoryKind.NEWS, "迎难而上 攻坚克难", List.of(RADICAL_TWINS),
        "车间全年技改成效显著", "本报讯", "记者张三", paragraphs, List.of(), null, null, null,
        null, List.of(), null, null);
    Story supplied = new Story("g2-01", StoryKind.FEATURE, null, List.of(SUPPLIED), null, null,
        "李四", List.of("这是一篇标题由编辑补拟的短文。", "第二段只有一句话。"), List.of(), null, null,
        null, null, List.of("title"), null, null);
    Story photo = new Story("g2-02", StoryKind.PHOTO, null, List.of(), null, null, null, List.of(),
        List.of(), "图为工人们正在检修设备。", "王五", "photo.png", ALT, List.of(), null, null);
    Story poem = new Story("g3-01", StoryKind.POEM, null, List.of("山中"), null, null, "赵六",
        List.of(), List.of("大山无言立", "工人有心手", "", "一人行千里"), null, null, null, null,
        List.of(), null, null);
    return new Issue("测试报", "测试出版社", "2024年1月2日", "第100期", List.of(),
        List.of(new Page(1, "要闻", List.of(), List.of(lead)),
            new Page(2, "综合", List.of(), List.of(supplied, photo)),
            new Page(3, "副刊", List.of(), List.of(poem))),
        List.of());
  }

  /** A 300 × 200 picture (placed below the caption here) with an alpha channel (the editions must flatten it). */
  static synchronized Path picture() {
    try {
      Path dir = Files.createTempDirectory("broadsheet-pdf");
      Path file = dir.resolve("photo.png");
      BufferedImage img = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
      Graphics2D g = img.createGraphics();
      g.setPaint(new GradientPaint(0, 0, new Color(200, 30, 30, 255), 300, 200,
          new Color(30, 30, 200, 128)));
      g.fillRect(0, 0, 300, 200);
      g.dispose();
      ImageIO.write(img, "png", file.toFile());
      file.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The frame with a Picture (tagged FIGURE of the caption's story) by the first caption. */
  static IssueFrame withPicture(IssueFrame frame, Path image) {
    List<PageFrame> pages = new ArrayList<>();
    for (PageFrame p : frame.pages()) {
      List<FrameItem> items = new ArrayList<>();
      for (FrameItem it : p.items()) {
        if (it instanceof FrameItem.TextRun r && r.tag().role() == Tag.Role.CAPTION
            && items.stream().noneMatch(x -> x instanceof FrameItem.Picture)) {
          items.add(new FrameItem.Picture(r.x(), r.baseline() + 2 * r.size(), 150, 100, image,
              ALT, new Tag(Tag.Role.FIGURE, r.tag().storyId(), 1000)));
        }
        items.add(it);
      }
      pages.add(new PageFrame(p.number(), p.section(), p.width(), p.height(), items,
          p.furniture(), p.stories()));
    }
    return new IssueFrame(frame.issue(), frame.layout(), pages);
  }
}
