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

  @Test
  void aTwoCharacterCreditNameIsNotTakenForThreeWhenTheFirmRecursFromItsFirstCharacter() {
    // 中铝山西 and 铝山西新 both recur; the split that leaves the longer firm name is the one
    SourceText src = new SourceText("图为员工正在检修设备。 摄影报道 钟光中铝山西新材料有限公司党委 主 管"
        + " 党委工作部 主 办\n\n中铝山西新材料召开职工代表大会。");
    List<Masthead.Fragment> found = Masthead.extract(src, new ChangeLog());
    assertThat(found).extracting(Masthead.Fragment::sponsor)
        .containsExactly("中铝山西新材料有限公司党委");
    assertThat(src.lineText(0).strip()).endsWith("摄影报道 钟光");
  }

  @Test
  void aBranchIsALegalFormToo() {
    SourceText src = new SourceText("图为员工正在检修设备。 摄影报道 李磊河津发电分公司党委 主 管"
        + " 党建工作部 主 办");
    List<Masthead.Fragment> found = Masthead.extract(src, new ChangeLog());
    assertThat(found).extracting(Masthead.Fragment::sponsor).containsExactly("河津发电分公司党委");
  }

  @Test
  void aBodyThatDirectsAndPublishesItsPaperNamesThePressOnItsPublisherLine() {
    SourceText src = new SourceText("目前袁 该项目已进入试运行阶段袁各项参数达到设计要求遥\n\n"
        + "渊王 芳冤中共晋阳市委主管主办   晋阳日报社出版\n\n本报讯 近日，市政府召开常务会议。");
    List<Masthead.Fragment> found = Masthead.extract(src, new ChangeLog());
    assertThat(found).extracting(Masthead.Fragment::sponsor).containsExactly("中共晋阳市委");
    assertThat(found).extracting(Masthead.Fragment::publisher).containsExactly("晋阳日报社");
    assertThat(src.lineText(2).strip()).isEqualTo("渊王 芳冤");
  }

  @Test
  void aFullStopsImageInsideTheDirectingCommitteesNameIsTheNamesWord() {
    // 遥 is the image of 。, but no full stop stands inside 中共…县委 before 主管
    SourceText src = new SourceText("图为检修人员正在调试监控系统遥\n\n"
        + "摄影报道 李磊中共平遥县委主管 平遥县融媒体中心主办");
    List<Masthead.Fragment> found = Masthead.extract(src, new ChangeLog());
    assertThat(found).extracting(Masthead.Fragment::sponsor).containsExactly("中共平遥县委");
    assertThat(src.lineText(2).strip()).isEqualTo("摄影报道 李磊");
  }
}
