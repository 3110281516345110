package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Mojibake repair by context, on hand-built text: marks the seed lacks, words, mixed issues. */
class RepairerTest {
  private static String repair(String raw, ChangeLog log) {
    SourceText src = new SourceText(raw);
    Repairer.repair(src, log);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < src.lineCount(); i++) {
      sb.append(i == 0 ? "" : "\n").append(src.lineText(i));
    }
    return sb.toString();
  }

  private static String repair(String raw) {
    return repair(raw, new ChangeLog());
  }

  @Test
  void theTableIsDerivedFromTheFaultWithGb18030CodePoints() {
    assertThat(MojibakeTable.candidate('窑')).isEqualTo(0x00B7); // · not U+30FB
    assertThat(MojibakeTable.candidate('要')).isEqualTo(0x2014); // — not U+2015
    assertThat(MojibakeTable.candidate('噎')).isEqualTo(0x2026); // …
    assertThat(MojibakeTable.candidate('院')).isEqualTo('：');
    assertThat(MojibakeTable.candidate('钥')).isEqualTo('？');
    assertThat(MojibakeTable.candidate('袁')).isEqualTo('，');
    assertThat(MojibakeTable.candidate('一')).isEqualTo('』');
    assertThat(MojibakeTable.candidate('以')).isEqualTo(-1); // ≡ is no text mark
  }

  @Test
  void noWordSpansIntoALineSetInFromTheMargin() {
    // 遥 ends the article; the indented line after it opens a poem's frame (远方), not 遥远
    String raw = "目前袁该项目已进入试运行阶段袁\n各项参数达到设计要求遥\n 远方的灯火\n故乡的月亮";
    assertThat(repair(raw)).startsWith("目前，该项目已进入试运行阶段，\n各项参数达到设计要求。\n");
  }

  @Test
  void marksTheSeedLacksComeBack() {
    String clean = "他说：“你来了吗？”我答：“来了！”这是《工人日报》的报道——真的吗？……是的。"
        + "会上，约翰·史密斯、王五；（注）10～20人参加，占5％。";
    String damaged = Fault.damage(clean);
    assertThat(damaged).doesNotContain("：", "“", "？", "—", "…", "·");
    assertThat(repair(damaged)).isEqualTo(clean);
  }

  @Test
  void undamagedTextKeepsItsWordsThatAreImagesOfMarks() {
    String clean = "冶炼厂的袁师傅说，要把遥控装置送到医院。绿叶荫凉，路途遥远，“一定要做好”。";
    ChangeLog log = new ChangeLog();
    assertThat(repair(clean, log)).isEqualTo(clean);
    assertThat(log.changes()).isEmpty();
  }

  @Test
  void damagedTextKeepsCommonWords() {
    String clean = "冶炼厂的技术员说，要把遥控装置送到医院，路途遥远。树下一片荫凉，满眼绿叶。";
    assertThat(repair(Fault.damage(clean))).isEqualTo(clean);
  }

  @Test
  void aDamagedArticleBesideAnUndamagedOneIsRepairedAlone() {
    String undamaged = "本报讯 近日，袁立新带领团队完成遥测系统改造，效果很好。";
    String damaged = "本报讯 近日，车间开展“安全月”活动，职工积极参与。";
    String raw = undamaged + "\n\n" + Fault.damage(damaged) + "\n\n" + undamaged;
    ChangeLog log = new ChangeLog();
    assertThat(repair(raw, log)).isEqualTo(undamaged + "\n\n" + damaged + "\n\n" + undamaged);
    assertThat(log.changes()).allSatisfy(c -> assertThat(c.line()).isEqualTo(3));
  }

  @Test
  void bylinesAndMarkersAreRepairedInUndamagedArticles() {
    String raw = "今年以来，效益明显提升。 渊张 三冤\n\n荫 李四\n\n荫\n\n王\n\n小\n\n二";
    assertThat(repair(raw)).isEqualTo("今年以来，效益明显提升。 （张 三）\n\n● 李四\n\n●\n\n王\n\n小\n\n二");
  }

  @Test
  void anOpeningImageWithoutItsPartnerStaysAWord() {
    String clean = "大家走进田野，看到“丰收”的景象，满眼绿叶。";
    // 田野 keeps its 野 as a word (it forms one and has no partner); the quotes pair up
    assertThat(repair(Fault.damage(clean))).isEqualTo(clean);
  }

  @Test
  void everyRepairRecordsItsEvidence() {
    ChangeLog log = new ChangeLog();
    repair(Fault.damage("他说：“好。”"), log);
    List<Change> changes = log.changes();
    assertThat(changes).hasSize(4);
    assertThat(changes).allSatisfy(c -> {
      assertThat(c.rule()).startsWith("mojibake.");
      assertThat(c.evidence()).contains("damaged");
    });
  }

  @Test
  void aWordsPartnerTakenByAnotherWordFreesTheImage() {
    // 。遥控: the second 遥 is in 遥控, so the first is the full stop; 遥遥领先 stays
    String clean = "产量同比增长8%。遥控天车投入使用，指标遥遥领先。";
    assertThat(repair(Fault.damage(clean))).isEqualTo(clean);
  }

  @Test
  void yuanAsASurnameStays() {
    String clean = "袁师傅是车间的老工人，他说，党支部书记袁民提出三点要求。";
    assertThat(repair(Fault.damage(clean))).isEqualTo(clean);
  }

  @Test
  void yuanAfterAMemberOrAJoiningConjunctionIsASurname() {
    String clean = "党员袁秀主动认领攻坚任务。高凯和袁英秀主动放弃休息时间，连续奋战。";
    assertThat(repair(Fault.damage(clean))).isEqualTo(clean);
  }

  @Test
  void yuanAfterACaptionsPicturedIsASurname() {
    // a caption names what the picture shows right after 图为: no comma stands there
    String clean = "检修人员连夜抢修，确保了生产稳定。图为袁莉正在检查设备运行情况。";
    assertThat(repair(Fault.damage(clean))).isEqualTo(clean);
  }

  @Test
  void yuanInABylineIsASurname() {
    String body = "今年以来，效益明显提升。";
    String raw = Fault.damage(body) + " 渊龙杰琳 袁飞晶冤\n\n荫 袁海\n\n荫\n\n袁\n\n鑫";
    assertThat(repair(raw)).isEqualTo(body + " （龙杰琳 袁飞晶）\n\n● 袁海\n\n●\n\n袁\n\n鑫");
  }

  @Test
  void yuanInAPhotoCreditIsASurname() {
    String caption = "9月10日，车间组织员工检修风机。图为检修人员正在清理现场积料。";
    assertThat(repair(Fault.damage(caption) + " 摄影报道 袁磊"))
        .isEqualTo(caption + " 摄影报道 袁磊");
  }

  @Test
  void aDatelineBylineBrokenAtTheLinesEndKeepsItsBrackets() {
    String raw = "劲旅讯 渊师刚\n宇 江宇兰冤进入四季度以来，动力车间全面推进安全生产。";
    assertThat(repair(raw)).isEqualTo("劲旅讯 （师刚\n宇 江宇兰）进入四季度以来，动力车间全面推进安全生产。");
  }

  @Test
  void noPauseFollowsAFullStop() {
    String clean = "工作做得很好。袁师傅笑了。";
    assertThat(repair(Fault.damage(clean))).isEqualTo(clean);
  }

  @Test
  void aColonBeforeAQuotationWinsOverAWord() {
    // 指出院: 出院 is a word, but a colon stands before the opening quote
    String clean = "他指出：“要把安全放在首位，不能松懈。”大家纷纷点头。";
    assertThat(repair(Fault.damage(clean))).isEqualTo(clean);
  }

  @Test
  void aWordPairsOnlyAroundAShortPhrase() {
    // 野心脏冶: 野心 is a word, but 野…冶 quote a short phrase
    String quoted = "这台机组是全厂的“心脏”，连续运行了百天。";
    assertThat(repair(Fault.damage(quoted))).isEqualTo(quoted);
    // 绿叶成荫，…《…》: 叶 of 绿叶 does not open a title across a sentence
    String title = "厂区绿叶成荫，员工学习了《安全生产法》。";
    assertThat(repair(Fault.damage(title))).isEqualTo(title);
  }

  @Test
  void aBylineAfterTheDatelineClosesAtTheNearestBracket() {
    // the name ends at its own closing image, not at a later one in the sentence
    String clean = "三晋讯 （杜亮芳） 近日，从西南铝业（集团）有限责任公司传来好消息。";
    assertThat(repair(Fault.damage(clean))).isEqualTo(clean);
  }

  @Test
  void noCommaOpensALineSoAYuanThereIsTheSurname() {
    // clreq 行首禁则: a pause never starts a line; 袁 opening a paragraph or a line is 袁 the name
    String first = "袁桂娜是电解厂的一名班长，参加工作二十一年来，他始终坚守在生产一线。";
    String broken = "这套经验由老师傅传给了\n袁桂娜等年轻人，现场的设备故障率大幅下降。";
    String raw = Fault.damage("图为员工们正在清理现场积料。") + "\n\n" + Fault.damage(first) + "\n\n"
        + Fault.damage(broken);
    assertThat(repair(raw)).isEqualTo("图为员工们正在清理现场积料。\n\n" + first + "\n\n" + broken);
  }

  @Test
  void aPauseInsideALineIsStillRepaired() {
    String clean = "检修中心组织员工对\n风机进行检修，袁师傅说，经验要传下去。";
    assertThat(repair(Fault.damage(clean))).isEqualTo(clean);
  }
}
