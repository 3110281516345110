package org.broadsheet.ingest.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Scores the cleaner on issues no rule was tuned against: {@code -Dbroadsheet.heldout=N} generates
 * N sim-2 issues from seeds outside both frozen sets (base {@link #BASE_SEED}) and prints the same
 * report as {@link SimulatedSetScore}. It runs only when asked and asserts only that it ran: the
 * numbers are for the closing note, to show how far the frozen sets' scores carry to new issues.
 * Work on a rule uses another range ({@code -Dbroadsheet.heldout.base=dev}, base
 * {@link #DEV_SEED}) so that the held-out range stays unseen; {@code -Dbroadsheet.dump=DIR}
 * writes every miss to DIR/heldout.txt.
 */
class HeldOutScore {
  static final long BASE_SEED = 0x5EED_3C03L;
  static final long DEV_SEED = 0x5EED_4D04L;

  @Test
  @EnabledIfSystemProperty(named = "broadsheet.heldout", matches = "\\d+")
  void scoresFreshIssues() {
    int n = Integer.parseInt(System.getProperty("broadsheet.heldout"));
    IssueSimulator sim = FrozenSetGenerator.simulator2();
    SetScore score = new SetScore();
    long base = "dev".equals(System.getProperty("broadsheet.heldout.base")) ? DEV_SEED : BASE_SEED;
    for (int i = 0; i < n; i++) {
      SimulatedIssue issue = sim.generate(String.format("h%03d", i + 1), base + 104729L * i);
      score.add(issue.name(), issue.text(), issue.referenceYaml(),
          SimulatedSetScore.cleanOrNull(issue.bytes(), issue.name() + ".txt"));
    }
    System.out.println("Cleaner on " + n + (base == DEV_SEED ? " development" : " held-out")
        + " sim-2 issues:\n" + score.report());
    String dump = System.getProperty("broadsheet.dump");
    if (dump != null) {
      try {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of(dump));
        java.nio.file.Files.writeString(dir.resolve(base == DEV_SEED ? "dev.txt" : "heldout.txt"),
            score.dump);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    org.assertj.core.api.Assertions.assertThat(score.issues).isEqualTo(n);
  }
}
