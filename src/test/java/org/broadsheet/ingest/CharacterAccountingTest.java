package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import org.broadsheet.model.Diagnostics;
import org.junit.jupiter.api.Test;

/** Nothing is lost: every raw character is in the issue or in a named change. */
class CharacterAccountingTest {
  /** The rules the cleaner may name: each moves or rewrites characters for a stated reason. */
  private static final Pattern RULE = Pattern.compile(
      "mojibake\\.[a-z-]+|furniture\\.masthead|byline\\.(brackets|author-marker)"
          + "|caption\\.credit-label|headline\\.fragment|rejoin\\.blank-line"
          + "|spacing\\.extraction-space");
  private static final Set<String> CATCH_ALL = Set.of("other", "misc", "unknown", "removed",
      "dropped", "cleanup", "default");

  @Test
  void everySeedCharacterIsInTheIssueOrInTheReport() {
    String raw = new String(SeedFixture.bytes(), StandardCharsets.UTF_8);
    assertThat(Accounting.imbalance(raw, SeedFixture.cleaned())).isEmpty();
  }

  @Test
  void everyChangeNamesARuleAndNoneIsACatchAll() {
    for (Change c : SeedFixture.cleaned().changes()) {
      assertThat(c.rule()).matches(RULE);
      assertThat(c.rule().split("\\.")).doesNotContainAnyElementsOf(CATCH_ALL);
      assertThat(c.line()).isPositive();
      assertThat(c.column()).isPositive();
    }
  }

  @Test
  void theBalanceCatchesALostCharacter() {
    // the check can fail: a raw character that reaches neither the issue nor the report
    CleanResult r = SeedFixture.cleaned();
    String raw = new String(SeedFixture.bytes(), StandardCharsets.UTF_8) + "漏";
    assertThat(Accounting.imbalance(raw, r)).containsEntry("漏", 1);
  }

  @Test
  void aSmallIssueWithEveryKindOfDamageBalances() {
    String raw = String.join("\n",
        "本报讯 渊李 明冤 3 月 5 日袁某厂召开大会袁总结去年工作遥",
        "会议指出袁要坚持野安全第一冶的方针曰会上袁大家学习了叶安全生产法曳遥",
        "",
        "（王 芳）",
        "",
        "某厂",
        "",
        "安 全 生 产 大 会 召 开",
        " 晨光照在车间里袁工人们正在检修设备遥图为检修现场遥",
        "",
        "摄影报道 张 强",
        "某报社党委 主 管 某报社 主 办");
    for (Charset cs : new Charset[] {StandardCharsets.UTF_8, Charset.forName("GB18030")}) {
      CleanResult r = Ingest.clean(raw.getBytes(cs), "small.txt", new Diagnostics());
      assertThat(Accounting.imbalance(raw, r)).as(cs.name()).isEmpty();
    }
  }
}
