package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Property: clean paragraphs of the seed reference, damaged by the encoding fault and broken at
 * a column width (first line indented, marks not starting a line, clreq §3.1.7), come back from
 * repair and rejoining with every character exact and every paragraph break at a sentence end.
 * (Which sentence ends are paragraph breaks can be ambiguous when a paragraph's last line is
 * full and the next paragraph's first line is as wide as a continuation's last line: the
 * frozen simulated set measures that; see SimulatedSetScore.)
 */
class RepairRoundTripProperties {
  private static final List<String> PARAGRAPHS = SeedFixture.reference().issue().allStories()
      .stream().flatMap(s -> s.paragraphs().stream()).filter(p -> p.length() > 30).toList();

  @Property(tries = 60, seed = "20261201")
  void damagedColumnsComeBack(@ForAll @IntRange(min = 0, max = 1000) int start,
      @ForAll @IntRange(min = 2, max = 4) int count, @ForAll @IntRange(min = 16, max = 30) int width) {
    List<String> clean = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      clean.add(PARAGRAPHS.get((start + i * 7) % PARAGRAPHS.size()));
    }
    StringBuilder raw = new StringBuilder();
    for (String p : clean) {
      for (String line : column(Fault.damage(p), width)) {
        raw.append(line).append('\n');
      }
    }
    SourceText src = new SourceText(raw.toString());
    ChangeLog log = new ChangeLog();
    Repairer.repair(src, log);
    List<String> out = Rejoiner.rejoin(src, log).stream().map(Unit::text).toList();
    assertThat(String.join("", out)).isEqualTo(String.join("", clean));
    assertThat(out).allSatisfy(p -> assertThat(Chars.endsSentence(p)).as(p).isTrue());
  }

  /** Breaks a paragraph at {@code width} ems, the first line two ems short (the indent). */
  private static List<String> column(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    double w = 0;
    double limit = width - 2;
    int[] cps = text.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      double cw = cps[i] < 0x80 ? 0.5 : 1;
      int mark = MojibakeTable.candidate(cps[i]);
      boolean noStart = mark >= 0 && "，。、；：？！）》”".indexOf(mark) >= 0;
      if (w + cw > limit && line.length() > 0 && !noStart) {
        lines.add(line.toString());
        line.setLength(0);
        w = 0;
        limit = width;
      }
      line.appendCodePoint(cps[i]);
      w += cw;
    }
    lines.add(line.toString());
    return lines;
  }
}
