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
 * writes every miss to DIR/heldout.txt (dev.txt for the development range).
 *
 * <p>{@code -Dbroadsheet.heldout.papers=other} draws the issues from papers no frozen set holds
 * ({@link OtherPapers}: other names, datelines, publishers, sections, units and people) and from
 * composed stories only (no seed-reference story, whose words are the seed paper's), to show
 * whether the cleaner learned the six papers' vocabulary; {@code other-narrow} sets besides a
 * share of the frames in half-width marks as the seed does ({@link #HALF_WIDTH_FRAME_RATE});
 * {@code composed} is the control (the six papers, composed stories only). The dump file name
 * then carries the mode ({@code dev-other.txt}).
 */
class HeldOutScore {
  static final long BASE_SEED = 0x5EED_3C03L;
  static final long DEV_SEED = 0x5EED_4D04L;
  /** The seed sets 5 of its 11 text frames with half-width marks (a full line holds more). */
  static final double HALF_WIDTH_FRAME_RATE = 5.0 / 11;

  /** The simulator a mode of {@code broadsheet.heldout.papers} names (null: the frozen sets'). */
  static IssueSimulator simulator(String papers) {
    if (papers == null || papers.isEmpty()) {
      return FrozenSetGenerator.simulator2();
    }
    DamageParameters composed = DamageParameters.DEFAULT.withSeedStoryRate(0);
    return switch (papers) {
      // the control: the six papers, composed stories only (what "other" changes besides papers)
      case "composed" -> new IssueSimulator(composed, IssueSimulator.VERSION_2,
          TurnParameters.DEFAULT, Paper.ALL, 0.0);
      case "other" -> new IssueSimulator(composed, IssueSimulator.VERSION_2,
          TurnParameters.DEFAULT, OtherPapers.ALL, 0.0);
      case "other-narrow" -> new IssueSimulator(composed, IssueSimulator.VERSION_2,
          TurnParameters.DEFAULT, OtherPapers.ALL, HALF_WIDTH_FRAME_RATE);
      default -> throw new IllegalArgumentException(
          "broadsheet.heldout.papers: composed, other or other-narrow, not " + papers);
    };
  }

  @Test
  @EnabledIfSystemProperty(named = "broadsheet.heldout", matches = "\\d+")
  void scoresFreshIssues() {
    int n = Integer.parseInt(System.getProperty("broadsheet.heldout"));
    String papers = System.getProperty("broadsheet.heldout.papers");
    IssueSimulator sim = simulator(papers);
    SetScore score = new SetScore();
    long base = "dev".equals(System.getProperty("broadsheet.heldout.base")) ? DEV_SEED : BASE_SEED;
    for (int i = 0; i < n; i++) {
      SimulatedIssue issue = sim.generate(String.format("h%03d", i + 1), base + 104729L * i);
      score.add(issue.name(), issue.text(), issue.referenceYaml(),
          SimulatedSetScore.cleanOrNull(issue.bytes(), issue.name() + ".txt"));
      keep(issue);
    }
    String mode = papers == null || papers.isEmpty() ? "" : "-" + papers;
    System.out.println("Cleaner on " + n + (base == DEV_SEED ? " development" : " held-out")
        + " sim-2 issues" + (mode.isEmpty() ? "" : " (papers: " + papers + ")") + ":\n"
        + score.report());
    String dump = System.getProperty("broadsheet.dump");
    if (dump != null) {
      try {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of(dump));
        java.nio.file.Files.writeString(
            dir.resolve((base == DEV_SEED ? "dev" : "heldout") + mode + ".txt"), score.dump);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    org.assertj.core.api.Assertions.assertThat(score.issues).isEqualTo(n);
  }

  /** {@code -Dbroadsheet.heldout.keep=DIR} writes each issue's raw text and reference there. */
  private static void keep(SimulatedIssue issue) {
    String keep = System.getProperty("broadsheet.heldout.keep");
    if (keep == null) {
      return;
    }
    try {
      java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of(keep));
      java.nio.file.Files.write(dir.resolve(issue.name() + ".txt"), issue.bytes());
      java.nio.file.Files.writeString(dir.resolve(issue.name() + ".reference.yaml"),
          issue.referenceYaml());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
