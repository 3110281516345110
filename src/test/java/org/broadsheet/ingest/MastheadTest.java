package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Masthead fragments glued into story text, taken out without taking the text's words. */
class MastheadTest {
  @Test
  void aCreditNameEndsWhereTheSponsorsOpeningWordsRecurInTheIssue() {
    SourceText src = new SourceText("图为员工正在检修设备。 摄影报道 吕霞三晋铝业股份有限公司党委 主 管"
        + " 企业文化部 主 办\n\n三晋儿女奋勇争先，建设美好家园。");
    List<Masthead.Fragment> found = Masthead.extract(src, new ChangeLog());
    assertThat(found).extracting(Masthead.Fragment::sponsor)
        .containsExactly("三晋铝业股份有限公司党委");
    assertThat(src.lineText(0).strip()).endsWith("摄影报道 吕霞");
  }

  @Test
  void aCreditNameLeavesTheFirmItsPlaceAndTradeBeforeItsLegalForm() {
    // nothing recurs: 吕霞太 would leave the firm 岳矿业, one character short of a place and a trade
    SourceText src = new SourceText("图为员工正在检修设备。 摄影报道 吕霞太岳矿业有限责任公司党委 主 管"
        + " 宣传统战部 主 办");
    List<Masthead.Fragment> found = Masthead.extract(src, new ChangeLog());
    assertThat(found).extracting(Masthead.Fragment::sponsor)
        .containsExactly("太岳矿业有限责任公司党委");
    assertThat(src.lineText(0).strip()).endsWith("摄影报道 吕霞");
  }
}
