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
 * Runs the cleaner over both frozen simulated sets (frozen/, sim-1.1; frozen-2/, sim-2) and scores
 * it against the references (issues 4 and 5: ≥ 99.5 % of paragraphs exact, ≥ 99 % of stories with
 * all fields right, no character lost). The scores are printed either way: overall, without the
 * paragraphs a reference marks ambiguous, and over the pages whose turn is signalled (the first
 * set signals none: its page field is undecidable throughout; see frozen-2/README.md).
 */
class SimulatedSetScore {
  private static SetScore score;
  private static SetScore second;

  @BeforeAll
  static void run() {
    score = score(FrozenSet.DIR);
    second = score(FrozenSet.DIR_2);
    System.out.println("Cleaner on the first frozen set (frozen/, sim-1.1):\n" + score.report());
    score.worst.stream().limit(12).forEach(w -> System.out.println("  " + w));
    System.out.println("Cleaner on the second frozen set (frozen-2/, sim-2):\n"
        + second.report());
    second.worst.stream().limit(12).forEach(w -> System.out.println("  " + w));
    System.out.println("  first paragraphs the output lacks (of " + second.paragraphMisses.size()
        + "):");
    second.paragraphMisses.stream().limit(6).forEach(m -> System.out.println("    " + m));
    SetScore seed = seedScore();
    System.out.println("The same harness on the seed, for comparison:\n" + seed.report());
    String dump = System.getProperty("broadsheet.dump");
    if (dump != null) {
      try {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of(dump));
        java.nio.file.Files.writeString(dir.resolve("frozen.txt"), score.dump);
        java.nio.file.Files.writeString(dir.resolve("frozen-2.txt"), second.dump);
        java.nio.file.Files.writeString(dir.resolve("seed.txt"), seed.dump);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  static SetScore score(java.nio.file.Path dir) {
    SetScore s = new SetScore();
    for (FrozenSet.Entry e : FrozenSet.load(dir)) {
      s.add(e.name(), e.text(), e.referenceYaml(), cleanOrNull(e.raw(), e.name() + ".txt"));
    }
    return s;
  }

  /** The cleaner's output, or null where it failed (the harness counts that issue as lost). */
  static CleanResult cleanOrNull(byte[] raw, String name) {
    try {
      return Ingest.clean(raw, name, new Diagnostics());
    } catch (RuntimeException ex) {
      return null;
    }
  }

  static SetScore seedScore() {
    SetScore seed = new SetScore();
    try {
      byte[] raw = java.nio.file.Files.readAllBytes(
          java.nio.file.Path.of("seeds/000_db28fdb7a0aa274c.txt"));
      CleanResult out = cleanOrNull(raw, "000_db28fdb7a0aa274c.txt");
      seed.add("seed", SimulatedIssue.decode(raw, "UTF-8"),
          ReferenceIssue.loadResource(IssueSimulator.SEED_REFERENCE), out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return seed;
  }

  @Test
  void scoresBothWholeSets() {
    assertThat(score.issues).isGreaterThanOrEqualTo(60);
    assertThat(score.stories).isGreaterThan(score.issues);
    assertThat(second.issues).isGreaterThanOrEqualTo(40);
    assertThat(second.stories).isGreaterThan(second.issues);
    assertThat(second.storiesSignalled).isPositive().isLessThan(second.stories);
    assertThat(second.paragraphsAmbiguous).isPositive();
  }

  @Test
  @Disabled("until the cleaner meets the target")
  void meetsTheTargetsOfIssuesFourAndFive() {
    assertThat(score.paragraphRate()).as(score.report()).isGreaterThanOrEqualTo(0.995);
    assertThat(score.storyRate()).as(score.report()).isGreaterThanOrEqualTo(0.99);
    assertThat(score.charsLost).as(score.report()).isZero();
  }

  @Test
  @Disabled("until the cleaner meets the target")
  void meetsTheTargetsOfIssuesFourAndFiveOnTheSecondSet() {
    assertThat(second.paragraphRate()).as(second.report()).isGreaterThanOrEqualTo(0.995);
    assertThat(second.storyRate()).as(second.report()).isGreaterThanOrEqualTo(0.99);
  }

  @Test
  @Disabled("until the cleaner meets the target")
  void meetsTheSameTargetsWhereTheRawTextDecides() {
    // the issues' thresholds, over what a reader can decide: ambiguous paragraphs left out,
    // stories on signalled pages only
    assertThat(second.clearParagraphRate()).as(second.report()).isGreaterThanOrEqualTo(0.995);
    assertThat(second.signalledStoryRate()).as(second.report()).isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void loseNoCharacterOfTheSecondSet() {
    assertThat(second.failedIssues).as(second.report()).isZero();
    assertThat(second.charsLost).as(second.report()).isZero();
  }
}
