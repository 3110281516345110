package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.broadsheet.model.Page;
import org.broadsheet.model.Story;
import org.junit.jupiter.api.Test;

/**
 * The cleaner against the hand-checked seed reference: every paragraph and verse exact, every
 * story with its kind, fields, page and section, no mojibake left, no real word "repaired".
 */
class SeedReferenceTest {
  private final CleanResult result = SeedFixture.cleaned();
  private final ReferenceIssue reference = SeedFixture.reference();

  @Test
  void everyStoryMatchesTheReference() {
    List<String> problems = new ArrayList<>();
    List<Story> expected = reference.issue().allStories();
    List<Story> actual = result.issue().allStories();
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      Story e = i < expected.size() ? expected.get(i) : null;
      Story a = i < actual.size() ? actual.get(i) : null;
      if (e == null || a == null) {
        problems.add("story " + i + ": expected " + (e == null ? "none" : e.id()) + ", found "
            + (a == null ? "none" : a.id() + " " + a.texts()));
        continue;
      }
      compare(e, a, problems);
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  private static void compare(Story e, Story a, List<String> problems) {
    field(problems, e, "id", e.id(), a.id());
    field(problems, e, "kind", e.kind(), a.kind());
    field(problems, e, "kicker", e.kicker(), a.kicker());
    field(problems, e, "title", e.title(), a.title());
    field(problems, e, "subtitle", e.subtitle(), a.subtitle());
    field(problems, e, "dateline", e.dateline(), a.dateline());
    field(problems, e, "byline", e.byline(), a.byline());
    field(problems, e, "caption", e.caption(), a.caption());
    field(problems, e, "credit", e.credit(), a.credit());
    field(problems, e, "lines", e.lines(), a.lines());
    if (!e.paragraphs().equals(a.paragraphs())) {
      int n = Math.max(e.paragraphs().size(), a.paragraphs().size());
      for (int k = 0; k < n; k++) {
        String ep = k < e.paragraphs().size() ? e.paragraphs().get(k) : null;
        String ap = k < a.paragraphs().size() ? a.paragraphs().get(k) : null;
        if (!Objects.equals(ep, ap)) {
          problems.add(e.id() + " paragraph " + (k + 1) + ":\n  expected " + ep + "\n  found    "
              + ap);
        }
      }
    }
  }

  private static void field(List<String> problems, Story e, String name, Object expected,
      Object actual) {
    if (!Objects.equals(expected, actual)) {
      problems.add(e.id() + " " + name + ": expected " + expected + ", found " + actual);
    }
  }

  @Test
  void pagesAndSectionsMatchTheReference() {
    List<String> expected = new ArrayList<>();
    for (Page p : reference.issue().pages()) {
      expected.add(p.number() + " " + p.section() + " " + p.supplied() + " "
          + p.stories().stream().map(Story::id).toList());
    }
    List<String> actual = new ArrayList<>();
    for (Page p : result.issue().pages()) {
      actual.add(p.number() + " " + p.section() + " " + p.supplied() + " "
          + p.stories().stream().map(Story::id).toList());
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void paperAndPublisherComeFromTheText() {
    assertThat(result.issue().title()).isEqualTo(reference.issue().title());
    assertThat(result.issue().publisher()).isEqualTo(reference.issue().publisher());
    assertThat(result.issue().date()).isNull();
    assertThat(result.issue().number()).isNull();
  }

  @Test
  void noImageOfAMarkIsLeftWhereTheReferenceHasTheMark() {
    // every character that is an image of a common mark occurs as often as in the reference
    String images = "袁遥尧曰院钥浴渊冤野冶叶曳荫";
    String expected = String.join("\n", reference.issue().storyTexts().toList());
    String actual = String.join("\n", result.issue().storyTexts().toList());
    for (int i = 0; i < images.length(); i++) {
      char c = images.charAt(i);
      assertThat(count(actual, c)).as("occurrences of " + c).isEqualTo(count(expected, c));
    }
  }

  @Test
  void realWordsAreNotRepaired() {
    // 绿\n叶 (raw 525-526) in a damaged article is the word 绿叶, not an opening 《
    assertThat(result.changes().stream()
        .filter(c -> c.line() == 526 && c.column() == 1 && c.rule().startsWith("mojibake"))
        .toList()).isEmpty();
    assertThat(result.changes().stream()
        .filter(c -> c.rule().startsWith("mojibake.") && c.evidence().isBlank()).toList())
        .isEmpty();
  }

  @Test
  void furnitureIsReportedWhereTheReferenceSaysItStands() {
    for (ReferenceIssue.Furniture f : reference.furniture()) {
      if (f.role().equals("masthead")) {
        assertThat(result.issue().masthead()).hasSize(1);
        assertThat(result.issue().masthead().get(0).replaceAll("[\\s\\u3000]", ""))
            .isEqualTo(f.text().replaceAll("\\s", ""));
      }
      boolean reported = result.changes().stream()
          .anyMatch(c -> c.line() == f.line() && c.before().replaceAll("\\s", "")
              .equals(f.text().replaceAll("\\s", "")) && !c.after().equals(c.before()));
      assertThat(reported).as("a change at line " + f.line() + " moving " + f.text()).isTrue();
    }
  }

  @Test
  void titleFragmentsAreReportedWithTheirStory() {
    for (ReferenceIssue.StoryExtra x : reference.extras()) {
      if (x.titleFragment() != null) {
        boolean reported = result.changes().stream().anyMatch(c -> c.rule()
            .equals("headline.fragment") && c.before().equals(x.titleFragment())
            && c.evidence().contains(x.id()));
        assertThat(reported).as("fragment " + x.titleFragment() + " reported with " + x.id())
            .isTrue();
      }
    }
  }

  private static long count(String s, char c) {
    return s.chars().filter(x -> x == c).count();
  }
}
