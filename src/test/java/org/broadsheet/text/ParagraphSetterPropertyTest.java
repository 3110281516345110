package org.broadsheet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Every invariant of Chinese composition, on every line of random paragraphs at three measures
 * (13, 20 and 27 ems: one, one-and-a-half and two basic columns). The counts are printed after the
 * run, so that the report can quote how many lines were checked.
 */
class ParagraphSetterPropertyTest {
  private static final double SIZE = 9;
  private static final FontFace SERIF = FontLibrary.face(Path.of("fonts/NotoSerifSC-Regular.ttf"));
  private static final AtomicLong PARAGRAPHS = new AtomicLong();
  private static final AtomicLong LINES = new AtomicLong();
  private static final AtomicLong JUSTIFIED = new AtomicLong();
  private static final AtomicLong SQUEEZED = new AtomicLong();
  private static final AtomicLong PUSHED = new AtomicLong();
  private static final AtomicLong LOOSE = new AtomicLong();
  private static final AtomicLong ORACLE_CHECKED = new AtomicLong();

  @Provide
  Arbitrary<String> paragraphs() {
    return Arbitraries.longs().map(seed -> ParagraphGenerator.paragraph(new Random(seed)));
  }

  @Property(tries = 600)
  void everyLineFollowsTheRules(@ForAll("paragraphs") String text,
      @ForAll("measures") int measure, @ForAll boolean indent) {
    ParagraphSetter.Style style = new ParagraphSetter.Style(SERIF, List.of(), SIZE,
        BreakSettings.DEFAULT, indent, false);
    List<SetLine> lines = ParagraphSetter.set(text, measure, style);
    LineChecker.Report r = LineChecker.check(text, lines, SIZE, measure, indent);
    PARAGRAPHS.incrementAndGet();
    LINES.addAndGet(r.lines());
    JUSTIFIED.addAndGet(r.justified());
    SQUEEZED.addAndGet(r.squeezed());
    PUSHED.addAndGet(r.pushed());
    LOOSE.addAndGet(r.loose());
    assertThat(r.violations()).as("«%s» at %d ems", text, measure).isEmpty();
    assertThat(lines).noneMatch(SetLine::overfull);
  }

  /**
   * 先挤进后推出 and fewest squeezed lines, against an exhaustive search: no breaking within the
   * tolerance has fewer pushed lines, nor as few pushed and fewer squeezed lines.
   */
  @Property(tries = 300)
  void squeezesBeforePushingAndNoMoreThanNeeded(@ForAll("paragraphs") String text,
      @ForAll("measures") int measure) {
    List<Item> items = ClreqItems.of(text, SERIF, List.of(), BreakSettings.DEFAULT, true, false);
    LineBreaker.Result r = LineBreaker.breakLines(items, LineBreaker.Widths.of(measure),
        BreakSettings.DEFAULT);
    SqueezeOracle oracle = new SqueezeOracle(items, measure, BreakSettings.DEFAULT.tolerance());
    SqueezeOracle.Counts best = oracle.best();
    if (best == null) {
      return; // no breaking within the tolerance: the breaker's later passes decide
    }
    ORACLE_CHECKED.incrementAndGet();
    assertThat(oracle.of(r.breaks())).as("«%s» at %d ems", text, measure).isEqualTo(best);
  }

  @Provide
  Arbitrary<Integer> measures() {
    return Arbitraries.of(13, 20, 27);
  }

  @AfterContainer
  static void report() {
    System.out.printf("[text] paragraphs %d, lines %d (justified %d), squeezed %d, stretched %d"
        + " (beyond tolerance %d)%n", PARAGRAPHS.get(), LINES.get(), JUSTIFIED.get(),
        SQUEEZED.get(), PUSHED.get(), LOOSE.get());
    System.out.printf("[text] paragraphs checked against the exhaustive squeeze/push search: %d%n",
        ORACLE_CHECKED.get());
  }
}
