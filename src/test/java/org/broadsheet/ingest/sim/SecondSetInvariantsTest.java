package org.broadsheet.ingest.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.ingest.ReferenceIssue;
import org.broadsheet.ingest.ReferenceIssue.Furniture;
import org.broadsheet.model.Page;
import org.junit.jupiter.api.Test;

/** The second frozen set (sim-2) and what sim-2 adds do what its README says. */
class SecondSetInvariantsTest {
  private static final List<FrozenSet.Entry> SET = FrozenSet.load(FrozenSet.DIR_2);

  @Test
  void secondSetHasAtLeastFortyIssuesEachTheGroundTruthOfItsRawText() {
    assertThat(SET).hasSizeGreaterThanOrEqualTo(40);
    List<String> problems = new ArrayList<>();
    for (FrozenSet.Entry e : SET) {
      TruthCheck.problems(e.text(), e.referenceYaml()).forEach(p -> problems.add(e.name() + " " + p));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void secondSetMatchesTheGeneratorWhileItsVersionIsUnchanged() throws IOException {
    String readme = Files.readString(FrozenSet.DIR_2.resolve("README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("Generator version: `" + IssueSimulator.VERSION_2 + "`");
    IssueSimulator sim = FrozenSetGenerator.simulator2();
    for (int i = 0; i < SET.size(); i++) {
      SimulatedIssue issue = sim.generate(FrozenSetGenerator.name(i), FrozenSetGenerator.seed2(i));
      assertThat(issue.bytes()).as(issue.name()).isEqualTo(SET.get(i).raw());
      assertThat(issue.referenceYaml()).as(issue.name()).isEqualTo(SET.get(i).referenceYaml());
    }
  }

  @Test
  void someIssuesSignalTheirPageTurnsAndSomeDoNot() {
    int signalled = 0;
    int silent = 0;
    int blocks = 0;
    for (FrozenSet.Entry e : SET) {
      ReferenceIssue ref = ReferenceIssue.parse(e.referenceYaml());
      ReferenceMarks marks = ReferenceMarks.parse(e.referenceYaml());
      boolean heads = ref.furniture().stream()
          .anyMatch(f -> f.role().equals(PageFurniture.RUNNING_HEAD));
      assertThat(marks.signalled()).as(e.name()).containsOnly(heads);
      signalled += heads ? 1 : 0;
      silent += heads ? 0 : 1;
      blocks += ref.furniture().stream().filter(f -> f.role().equals("masthead")).count() > 1
          ? 1 : 0;
      if (!heads) {
        // a page whose turn prints nothing cannot print its section name
        assertThat(ref.issue().pages().stream().skip(1))
            .as(e.name()).allMatch(p -> p.supplied().contains("section"));
      }
    }
    assertThat(signalled).isGreaterThan(SET.size() / 4);
    assertThat(silent).isGreaterThan(SET.size() / 4);
    assertThat(blocks).isGreaterThan(SET.size() / 4);
  }

  @Test
  void aPrintedSectionNameIsThePageSectionAndAnUnprintedOneIsSupplied() {
    for (FrozenSet.Entry e : SET) {
      ReferenceIssue ref = ReferenceIssue.parse(e.referenceYaml());
      int index = 0;
      int from = 1;
      for (Page p : ref.issue().pages()) {
        // the furniture printed at the turn into this page: after the last line of the page
        // before (glued to it included) up to the first line of this page's first story
        int first = ref.extras().get(index).firstLine();
        int lo = from;
        boolean printed = ref.furniture().stream().anyMatch(f -> f.line() >= lo
            && f.line() <= first && !f.role().equals("photo-credit-label")
            && f.text().replace(" ", "").equals(p.section()));
        assertThat(p.supplied().contains("section")).as(e.name() + " page " + p.number())
            .isEqualTo(!printed);
        index += p.stories().size();
        from = ref.extras().get(index - 1).lastLine();
      }
    }
  }

  @Test
  void runningHeadsStandOnTheirOwnLinesOrGlued() {
    int own = 0;
    int glued = 0;
    for (FrozenSet.Entry e : SET) {
      ReferenceIssue ref = ReferenceIssue.parse(e.referenceYaml());
      List<String> lines = List.of(e.text().split("\n", -1));
      for (Furniture f : ref.furniture()) {
        if (f.role().equals(PageFurniture.RUNNING_HEAD)) {
          boolean inStory = ref.extras().stream()
              .anyMatch(x -> x.firstLine() <= f.line() && f.line() <= x.lastLine());
          assertThat(lines.get(f.line() - 1)).contains(f.text());
          own += inStory ? 0 : 1;
          glued += inStory ? 1 : 0;
        }
      }
    }
    assertThat(own).isPositive();
    assertThat(glued).isPositive();
  }

  @Test
  void aPrintedSpaceInsideALatinPhraseSurvivesEveryLineBreak() {
    int phrases = 0;
    for (FrozenSet.Entry e : SET) {
      String text = e.text();
      phrases += text.split("ISO 9001", -1).length - 1;
      assertThat(text).as(e.name()).doesNotContainPattern("ISO\\n\\s*9001");
    }
    assertThat(phrases).isPositive();
  }

  @Test
  void ambiguousParagraphsAreMarkedInPairsAndExist() {
    int marked = 0;
    for (FrozenSet.Entry e : SET) {
      ReferenceIssue ref = ReferenceIssue.parse(e.referenceYaml());
      ReferenceMarks marks = ReferenceMarks.parse(e.referenceYaml());
      for (int i = 0; i < marks.ambiguous().size(); i++) {
        int paras = ref.issue().allStories().get(i).paragraphs().size();
        assertThat(marks.ambiguous().get(i)).allMatch(k -> k >= 0 && k < paras);
        assertThat(marks.ambiguous().get(i).size()).isNotEqualTo(1);
        marked += marks.ambiguous().get(i).size();
      }
    }
    assertThat(marked).isPositive();
  }

  @Test
  void templateSentencesDoNotRepeatWithinAnIssueOfTheSecondSet() {
    IssueSimulator v1 = new IssueSimulator(DamageParameters.DEFAULT);
    IssueSimulator v2 = FrozenSetGenerator.simulator2();
    long repeats1 = 0;
    long repeats2 = 0;
    long openings1 = 0;
    long openings2 = 0;
    for (int i = 0; i < 8; i++) {
      SimulatedIssue a = v1.generate("a", 77L + i);
      SimulatedIssue b = v2.generate("b", 77L + i);
      repeats1 += repeatedSentences(a);
      repeats2 += repeatedSentences(b);
      openings1 += repeatedOpenings(a);
      openings2 += repeatedOpenings(b);
    }
    System.out.println("repeated sentences sim-1.1 " + repeats1 + ", sim-2 " + repeats2
        + "; repeated openings sim-1.1 " + openings1 + ", sim-2 " + openings2);
    assertThat(repeats2).isLessThan(repeats1);
    assertThat(openings2).isLessThan(openings1);
  }

  /** Stories of an issue whose first paragraph opens like another's (first 20 characters). */
  private static long repeatedOpenings(SimulatedIssue issue) {
    List<String> keys = issue.truth().stream().filter(s -> !s.paragraphs().isEmpty())
        .map(s -> s.paragraphs().get(0)).map(x -> x.substring(0, Math.min(20, x.length())))
        .toList();
    return keys.size() - keys.stream().distinct().count();
  }

  private static long repeatedSentences(SimulatedIssue issue) {
    List<String> sentences = new ArrayList<>();
    issue.truth().forEach(s -> s.paragraphs().forEach(p -> {
      for (String x : p.split("(?<=。)")) {
        if (x.length() > 20) {
          sentences.add(x);
        }
      }
    }));
    return sentences.size() - sentences.stream().distinct().count();
  }

  @Test
  void sim11StaysAsItWasAndSim2IsAnotherVersion() {
    assertThat(IssueSimulator.VERSION).isEqualTo("sim-1.1");
    assertThat(IssueSimulator.VERSION_2).isNotEqualTo(IssueSimulator.VERSION);
    SimulatedIssue a = new IssueSimulator(DamageParameters.DEFAULT).generate("x", 5L);
    assertThat(a.referenceYaml()).doesNotContain("signalled:").doesNotContain("ambiguous:")
        .doesNotContain("running-head");
  }
}
