package org.broadsheet.issuefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.broadsheet.model.BroadsheetException;
import org.broadsheet.model.Diagnostic;
import org.broadsheet.model.HeadlineMode;
import org.broadsheet.model.Issue;
import org.broadsheet.model.Page;
import org.broadsheet.model.Priority;
import org.broadsheet.model.Story;
import org.broadsheet.model.StoryKind;
import org.junit.jupiter.api.Test;

class IssueFileRoundTripTest {
  private static final Story NEWS = new Story("p1-01", StoryKind.NEWS, "后勤保障中心",
      List.of("治安检查守护平安"), null, "劲旅讯", "史旭英",
      List.of("近日，检查组对各居民小区开展“大检查”。", "共查出问题4项，已全部整改完成。"), List.of(), null,
      null, null, null, List.of("title"), Priority.LEAD, HeadlineMode.VERTICAL);
  private static final Story POEM = new Story("p4-02", StoryKind.POEM, null,
      List.of("母亲的针线", "（组诗）"), null, null, "刘晓茵", List.of(),
      List.of("一双粗拙冰凉的手", "", "暖透一世"), null, null, null, null, List.of(), null, null);

  @Test
  void writtenIssueReadsBackEqual() {
    Issue issue = new Issue("劲旅", "某公司党委工作部", null, null, List.of("某公司党委 主管"),
        List.of(new Page(1, "要闻", List.of("section"), List.of(NEWS)),
            new Page(4, "文艺副刊", List.of(), List.of(POEM))),
        List.of());
    String yaml = IssueFileWriter.write(issue);
    assertThat(IssueFileReader.parse(yaml, "t.yaml")).isEqualTo(issue);
  }

  @Test
  void flatStoryListReadsBackEqual() {
    Issue issue = new Issue("晋铝报", null, "2023年10月27日", "第12期", List.of(), List.of(),
        List.of(NEWS, POEM));
    assertThat(IssueFileReader.parse(IssueFileWriter.write(issue), "t.yaml")).isEqualTo(issue);
  }

  @Test
  void quotesAndColonsInTextSurviveTheRoundTrip() {
    Story tricky = Story.of("s1", StoryKind.FEATURE,
        List.of("“如果采用槽内搭设脚手架: 工期长”", "# 不是注释", "- 不是列表", "'单引号'"));
    Issue issue = new Issue("劲旅", null, null, null, List.of(), List.of(), List.of(tricky));
    assertThat(IssueFileReader.parse(IssueFileWriter.write(issue), "t.yaml")).isEqualTo(issue);
  }

  @Test
  void unknownKeyIsReportedWithLineAndColumn() {
    String yaml = """
        title: 劲旅
        stories:
          - id: s1
            kind: news
            paragrafs: [近日]
        """;
    Diagnostic d = error(yaml);
    assertThat(d.code()).isEqualTo("F154");
    assertThat(d.span().file()).isEqualTo("bad.yaml");
    assertThat(d.span().line()).isEqualTo(5);
    assertThat(d.span().column()).isEqualTo(5);
    assertThat(d.message()).contains("paragrafs");
  }

  @Test
  void unknownKindNamesTheAllowedOnes() {
    Diagnostic d = error("title: 劲旅\nstories:\n  - id: s1\n    kind: report\n"
        + "    paragraphs: [近日]\n");
    assertThat(d.span().line()).isEqualTo(4);
    assertThat(d.span().column()).isEqualTo(11);
    assertThat(d.message()).contains("report").contains("news, feature, essay, poem or photo");
  }

  @Test
  void duplicateStoryIdIsAnError() {
    Diagnostic d = error("title: 劲旅\nstories:\n  - {id: a, kind: news, paragraphs: [甲]}\n"
        + "  - {id: a, kind: news, paragraphs: [乙]}\n");
    assertThat(d.span().line()).isEqualTo(4);
    assertThat(d.message()).contains("used twice");
  }

  @Test
  void brokenYamlIsReportedWhereItBreaks() {
    Diagnostic d = error("title: 劲旅\nstories:\n  - id: [a\n");
    assertThat(d.code()).isEqualTo("F152");
    assertThat(d.span().line()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void storyWithoutTextIsAnError() {
    Diagnostic d = error("title: 劲旅\nstories:\n  - id: a\n    kind: news\n");
    assertThat(d.message()).contains("holds no text");
    assertThat(d.span().line()).isEqualTo(3);
  }

  @Test
  void missingTitleIsAnError() {
    Diagnostic d = error("stories:\n  - {id: a, kind: news, paragraphs: [甲]}\n");
    assertThat(d.message()).contains("'title' is required");
  }

  private static Diagnostic error(String yaml) {
    BroadsheetException e = catchThrowableOfType(BroadsheetException.class,
        () -> IssueFileReader.parse(yaml, "bad.yaml"));
    assertThat(e).as("an error for:%n%s", yaml).isNotNull();
    return e.diagnostics().get(0);
  }
}
