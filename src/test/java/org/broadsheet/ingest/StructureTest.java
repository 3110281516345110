package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.broadsheet.model.Diagnostics;
import org.broadsheet.model.Issue;
import org.broadsheet.model.Page;
import org.broadsheet.model.Story;
import org.broadsheet.model.StoryKind;
import org.junit.jupiter.api.Test;

/**
 * Structure on another paper's damaged issue (other name, dateline, publisher; written for this
 * test, not taken from the seed): bylines in every position, headline after its body with its
 * characters spaced out, masthead glued to text, photo credit, essay, free verse and a quatrain
 * with its author set one character per line.
 */
class StructureTest {
  private static final String RESOURCE = "/org/broadsheet/ingest/other-paper.txt";

  private static byte[] raw() throws IOException {
    try (InputStream in = StructureTest.class.getResourceAsStream(RESOURCE)) {
      return in.readAllBytes();
    }
  }

  private static CleanResult clean() throws IOException {
    return Ingest.clean(raw(), "other-paper.txt", new Diagnostics());
  }

  @Test
  void paperPublisherAndMastheadComeFromTheText() throws IOException {
    Issue issue = clean().issue();
    assertThat(issue.title()).isEqualTo("晋阳");
    assertThat(issue.publisher()).isEqualTo("晋阳机械厂党委宣传部");
    assertThat(issue.masthead()).containsExactly("晋阳机械厂党委 主管　党委宣传部 主办");
    assertThat(issue.date()).isNull();
  }

  @Test
  void aPaperWhoseDatelineIsBenBaoXunIsNotNamedAfterAForeignDateline() {
    // 本报讯 is this paper's own dateline (the most common); 晋中日报讯 is another paper's
    String raw = String.join("\n",
        "本报讯（记者 王强）3月5日，机械厂召开安全生产大会，总结去年工作，部署今年任务。",
        "",
        "本报讯（记者 李明）3月6日，铸造车间开展岗位练兵活动，共有50余名职工参加。",
        "",
        "晋中日报讯（记者 赵亮）3月7日，全市工业经济运行调度会召开，会议部署了下阶段工作。",
        "");
    Issue issue = Ingest.clean(raw.getBytes(StandardCharsets.UTF_8), "dir/issue-12.txt",
        new Diagnostics()).issue();
    assertThat(issue.title()).isEqualTo("issue-12");
  }

  @Test
  void storiesHaveTheirFields() throws IOException {
    List<Story> s = clean().issue().allStories();
    assertThat(s).extracting(Story::kind).containsExactly(StoryKind.NEWS, StoryKind.NEWS,
        StoryKind.PHOTO, StoryKind.ESSAY, StoryKind.POEM, StoryKind.POEM);
    assertThat(s.get(0).dateline()).isEqualTo("晋阳讯");
    assertThat(s.get(0).byline()).isEqualTo("王强 李明");
    assertThat(s.get(0).paragraphs()).containsExactly(
        "3月5日，晋阳机械厂召开安全生产大会，总结去年工作，部署今年任务。厂长张华出席会议并讲话。",
        "会议要求，各车间要落实安全责任，加强隐患排查，确保全年安全生产无事故。");
    assertThat(s.get(1).kicker()).isEqualTo("铸造车间");
    assertThat(s.get(1).title()).containsExactly("岗位练兵提技能");
    assertThat(s.get(1).byline()).isEqualTo("赵亮");
    assertThat(s.get(1).paragraphs()).containsExactly(
        "为提高职工技能，近日，铸造车间开展岗位练兵活动，共有50余名职工参加。",
        "活动中，职工们比技术、比质量，营造了“比学赶超”的良好氛围。");
    assertThat(s.get(2).caption()).endsWith("老师傅正在给徒弟讲解操作要领。图为老师傅现场教学。");
    assertThat(s.get(2).credit()).isEqualTo("孙伟");
    assertThat(s.get(3).byline()).isEqualTo("周小燕");
    assertThat(s.get(3).paragraphs()).hasSize(2).last().isEqualTo("那是我记忆中最温暖的画面。");
    assertThat(s.get(4).lines()).containsExactly("春风吹过田野", "细雨落在窗前", "我在远方想你",
        "想你在故乡的夏天");
    assertThat(s.get(5).lines()).containsExactly("月照寒江水自流，", "风吹古渡客登舟。");
    assertThat(s.get(5).byline()).isEqualTo("陈大年");
  }

  @Test
  void theLiteraryPageIsFoundAndSectionsAreMarkedSupplied() throws IOException {
    List<Page> pages = clean().issue().pages();
    assertThat(pages.get(pages.size() - 1).section()).isEqualTo("文艺副刊");
    assertThat(pages.get(pages.size() - 1).stories()).extracting(Story::kind)
        .containsExactly(StoryKind.ESSAY, StoryKind.POEM, StoryKind.POEM);
    assertThat(pages).allSatisfy(p -> assertThat(p.supplied()).containsExactly("section"));
  }

  @Test
  void everyCharacterIsAccountedFor() throws IOException {
    CleanResult r = clean();
    assertThat(Accounting.imbalance(new String(raw(), StandardCharsets.UTF_8), r)).isEmpty();
  }

  @Test
  void unsurePageBreaksGoToTheCheckList() throws IOException {
    assertThat(clean().doubts()).anyMatch(c -> c.rule().equals("page.break"));
  }

  @Test
  void aNameSetOneCharacterPerLineUnderAnUndamagedMarkerKeepsItsSurname() {
    // 袁 is the image of a comma in damaged text; under an author marker it is a surname
    String raw = String.join("\n",
        "每个人的心里，大概都有一处遥远的故乡。",
        "",
        "这份温暖，将伴我走过今后的每一个春天。",
        "",
        "◎",
        "袁",
        "云",
        "国",
        "");
    List<Story> s = Ingest.clean(raw.getBytes(StandardCharsets.UTF_8), "essay.txt",
        new Diagnostics()).issue().allStories();
    assertThat(s).hasSize(1);
    assertThat(s.get(0).byline()).isEqualTo("袁云国");
    assertThat(s.get(0).kind()).isEqualTo(StoryKind.ESSAY);
  }
}
