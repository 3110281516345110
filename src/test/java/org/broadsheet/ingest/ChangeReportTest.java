package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The change report is JSON with every change, the pages found and the places to check. */
class ChangeReportTest {
  @Test
  @SuppressWarnings("unchecked")
  void theSeedsReportListsChangesPagesAndChecks() {
    CleanResult r = SeedFixture.cleaned();
    String json = ChangeReport.toJson(r);
    // JSON is YAML 1.2: parse it back
    Map<String, Object> root = (Map<String, Object>) new Load(LoadSettings.builder().build())
        .loadFromString(json);
    List<Map<String, Object>> changes = (List<Map<String, Object>>) root.get("changes");
    assertThat(changes).hasSize(r.changes().size());
    assertThat(changes.get(0)).containsKeys("line", "column", "rule", "before", "after",
        "evidence");
    List<Map<String, Object>> pages = (List<Map<String, Object>>) root.get("pages");
    assertThat(pages).hasSize(4);
    assertThat(pages.get(3)).containsEntry("section", "文艺副刊")
        .containsEntry("supplied", List.of("section"));
    List<Map<String, Object>> check = (List<Map<String, Object>>) root.get("check");
    assertThat(check).extracting(c -> c.get("rule"))
        .contains("headline.fragment", "page.break", "headline.vertical-split");
  }
}
