package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.broadsheet.model.Diagnostics;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost on the frozen simulated set either (issue 4: zero characters unaccounted):
 * every non-whitespace character of each raw issue is in its cleaned issue or change report.
 * The set's scores against its references are measured by the simulator's SimulatedSetScore.
 */
class FrozenSetAccountingTest {
  private static final String DIR = "/org/broadsheet/ingest/sim/frozen/";

  @Test
  void everyCharacterOfEveryFrozenIssueIsAccountedFor() throws IOException {
    Map<String, Map<String, Integer>> failures = new TreeMap<>();
    int issues = 0;
    for (int i = 1; i < 1000; i++) {
      String name = String.format("%03d.txt", i);
      byte[] raw;
      try (InputStream in = getClass().getResourceAsStream(DIR + name)) {
        if (in == null) {
          break;
        }
        raw = in.readAllBytes();
      }
      issues++;
      String text = Decoder.decode(raw, name).text();
      CleanResult r = Ingest.clean(raw, name, new Diagnostics());
      Map<String, Integer> imbalance = Accounting.imbalance(text, r);
      if (!imbalance.isEmpty()) {
        failures.put(name, imbalance);
      }
    }
    assertThat(issues).as("frozen issues found").isGreaterThanOrEqualTo(50);
    assertThat(failures).isEmpty();
  }
}
