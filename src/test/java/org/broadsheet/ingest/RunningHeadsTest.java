package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.broadsheet.model.Diagnostics;
import org.broadsheet.model.Issue;
import org.broadsheet.model.Page;
import org.broadsheet.model.Story;
import org.junit.jupiter.api.Test;

/** Page furniture (running heads, the masthead block) out of the text, as page evidence. */
class RunningHeadsTest {
  private static CleanResult clean(String... lines) {
    byte[] raw = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    return Ingest.clean(raw, "heads.txt", new Diagnostics());
  }

  private static final String[] TEXT = {
      "晋阳报",
      "晋阳公司党委 主 管 宣传部 主 办   国内统一连续出版物号 CN14-1234/(Q)   总第321期",
      "2023年5月8日 星期一",
      "",
      " 晋阳讯 近日，铸造车间开展岗位练兵活动，共有五十余名职工参加。",
      "",
      "目前，该项目已进入试运行阶段，各项参数达到设计要求。 （王红）",
      "第2版  2023年5月8日 星期一   安 全 生 产   责任编辑：李明",
      "晋阳讯 近日，机修厂完成了主要设备的年度检修，为生产打下了基础。",
      "",
      "（赵刚）第3版  文苑  美术编辑：孙志民",
      "",
      "每个人的心里，大概都有一处遥远的故乡。",
      "",
      "那时候，一家人挤在小小的窑洞里，却从不觉得日子苦。"};

  @Test
  void runningHeadsTurnThePageAndNameItsSection() {
    Issue issue = clean(TEXT).issue();
    assertThat(issue.pages()).extracting(Page::number).containsExactly(1, 2, 3);
    assertThat(issue.pages()).extracting(Page::section).containsExactly("要闻", "安全生产", "文苑");
    assertThat(issue.pages().get(1).supplied()).isEmpty();
    assertThat(issue.pages().get(1).stories()).extracting(Story::byline).containsExactly("赵刚");
  }

  @Test
  void theMastheadBlockNamesTheIssue() {
    Issue issue = clean(TEXT).issue();
    assertThat(issue.title()).isEqualTo("晋阳报");
    assertThat(issue.date()).isEqualTo("2023-05-08");
    assertThat(issue.number()).isEqualTo("321");
  }

  @Test
  void furnitureLeavesTheTextAndIsReportedWithItsRule() {
    CleanResult r = clean(TEXT);
    String text = String.join("\n", r.issue().allStories().stream()
        .flatMap(s -> s.texts().stream()).toList());
    assertThat(text).doesNotContain("版", "星期", "编辑", "CN14", "总第", "安全生产", "文苑");
    List<String> taken = r.changes().stream().filter(c -> c.rule().startsWith("furniture."))
        .map(Change::before).toList();
    assertThat(taken).contains("晋阳报", "国内统一连续出版物号 CN14-1234/(Q)", "总第321期",
        "第2版", "安 全 生 产", "责任编辑：李明", "第3版", "文苑", "美术编辑：孙志民");
  }

  @Test
  void aPageNumberInsideASentenceIsText() {
    Issue issue = clean("晋阳讯 近日，该报第2版刊发了铸造车间开展岗位练兵活动的消息，共有五十余名职工参加。")
        .issue();
    assertThat(issue.allStories().get(0).paragraphs().get(0)).contains("第2版刊发");
    assertThat(issue.pages()).hasSize(1);
  }

  @Test
  void aDatelineGluedAfterAHeadIsNoSection() {
    CleanResult r = clean("目前，该项目已进入试运行阶段，各项参数达到设计要求。",
        "第5版 责任编辑：薛飞军 新华社北京 4 月 21 日电 5 月 8 日，安全环保部全面推进冬季消防应急演练。");
    assertThat(r.issue().pages().get(1).section()).isNotEqualTo("新华社北京");
    assertThat(r.issue().pages().get(1).stories().get(0).dateline()).isEqualTo("新华社北京4月21日电");
  }

  @Test
  void aSectionOnALineOfItsOwnInsideAHeadIsFurniture() {
    Issue issue = clean("晋阳讯 近日，铸造车间开展岗位练兵活动，共有五十余名职工参加。", "",
        "2018年9月20日 星期四", "第5版", "生产经营", "责任编辑：侯颖峰    美术编辑：史斌桂",
        " 晋阳讯 10月24日，质检中心召开了“安全生产月”活动，确保全年目标任务顺利完成。").issue();
    assertThat(issue.pages()).extracting(Page::number).containsExactly(1, 5);
    assertThat(issue.pages().get(1).section()).isEqualTo("生产经营");
    assertThat(issue.pages().get(1).stories()).hasSize(1);
    assertThat(issue.pages().get(1).stories().get(0).title()).isEmpty();
  }

  @Test
  void aSectionOnTheLineAboveAHeadIsFurniture() {
    Issue issue = clean("晋阳讯 近日，铸造车间开展岗位练兵活动，共有五十余名职工参加。", "",
        "热电分厂", "", "设备管理再上新台阶", "", "副刊", "第3版   2024年9月4日 星期三",
        " 秋风万里过汾河，", "", "长河落日映金光。", "", "群山不语对斜阳，").issue();
    assertThat(issue.pages()).extracting(Page::number).containsExactly(1, 3);
    assertThat(issue.pages().get(1).section()).isEqualTo("副刊");
    assertThat(issue.allStories().stream().flatMap(st -> st.texts().stream()))
        .noneMatch(t -> t.contains("副刊"));
  }

  @Test
  void aSectionRightUnderASpacedOutHeadlineAboveAHeadIsFurniture() {
    Issue issue = clean("晋阳讯 近日，铸造车间开展岗位练兵活动，共有五十余名职工参加。", "",
        "（王军）", "", "精细氧化铝事业部拟薄水铝石二工区", "", "创 新 改 造 稳 定 生 产", "生产经营",
        "第2版", "责任编辑：赵桂  美术编辑：黄婷",
        " 晋阳讯 5月3日至24日，煅烧工区沉降槽流程优化项目顺利完工，设备故障率大幅下降。").issue();
    assertThat(issue.pages()).extracting(Page::number).containsExactly(1, 2);
    assertThat(issue.pages().get(1).section()).isEqualTo("生产经营");
    assertThat(issue.pages().get(0).stories().get(0).title()).containsExactly("创新改造稳定生产");
  }

  private static final String BODY = "晋阳讯 近日，铸造车间开展岗位练兵活动，共有五十余名职工参加。";

  private static List<String> texts(Issue issue) {
    return issue.allStories().stream().flatMap(st -> st.texts().stream()).toList();
  }

  @Test
  void aSectionGluedAfterASentenceIsTheLastWordBeforeTheHead() {
    // the text before the name ends a sentence; the name is its last word, not the whole line
    Issue issue = clean(BODY, "",
        "下一步，该车间将总结推广经验，为全年目标任务的完成作出新的贡献。 党建工作   第3版 "
            + "2023年7月29日 星期六    责任编辑：罗洋",
        " 晋阳讯 近日，机修厂完成了主要设备的年度检修，为生产打下了基础。").issue();
    assertThat(issue.pages()).extracting(Page::section).containsExactly("要闻", "党建工作");
    assertThat(texts(issue)).noneMatch(t -> t.contains("党建工作"));
    assertThat(issue.pages().get(0).stories().get(0).paragraphs()).last().asString()
        .endsWith("作出新的贡献。");
  }

  @Test
  void aSectionGluedAfterAPhotoCreditLeavesTheCreditItsName() {
    Issue issue = clean(BODY, "",
        "今年以来，热电分厂组织员工对溶出机组进行检修维护。图为检修人员正在清理现场积料。", "",
        "摄影报道 秦峰光 党 建 园 地    第3版",
        " 晋阳讯 日前，营销中心蒸发器技术改造项目顺利完工，员工的积极性明显提高。").issue();
    assertThat(issue.pages()).extracting(Page::section).containsExactly("要闻", "党建园地");
    assertThat(issue.allStories()).extracting(Story::credit).contains("秦峰光");
  }

  @Test
  void aDatedHeadGluedStraightToACreditNameRunsToTheLinesEnd() {
    Issue issue = clean(BODY, "",
        "连日来，能源管理中心干部员工加班加点，确保生产稳定运行。图为员工正在进行应急演练。 摄影报道 "
            + "钟晶军2022年9月21日 星期三   第4版   副刊   责任编辑：朱东 美术编辑：钱晓",
        " 晋阳讯 日前，营销中心蒸发器技术改造项目顺利完工，员工的积极性明显提高。").issue();
    assertThat(issue.pages()).extracting(Page::number).containsExactly(1, 4);
    assertThat(issue.pages().get(1).section()).isEqualTo("副刊");
    assertThat(issue.allStories()).extracting(Story::credit).contains("钟晶军");
  }

  @Test
  void aDatedWeekdayGluedToTextWithNothingAfterItStaysText() {
    Issue issue = clean("晋阳讯 公司决定，职工代表大会定于2023年5月8日 星期一",
        "上午在会议中心召开，请各单位做好准备。").issue();
    assertThat(issue.pages()).hasSize(1);
    assertThat(String.join("", texts(issue))).contains("星期一");
  }

  @Test
  void aSectionOnItsOwnLineBelowThePageNumberIsFurnitureBeforeRunningText() {
    Issue issue = clean(BODY, "", "2020年2月25日 星期二", "第2版", "综合新闻", "",
        "晋阳讯 2月5日，检修中心溶出机组系统改造项目顺利完工，生产运行平稳有序。").issue();
    assertThat(issue.pages()).extracting(Page::section).containsExactly("要闻", "综合新闻");
    assertThat(issue.pages().get(1).stories().get(0).title()).isEmpty();
  }

  @Test
  void aSectionOnItsOwnLineBelowThePageNumberIsFurnitureBeforeAFramesFirstLine() {
    Issue issue = clean(BODY, "", "2019年8月1日 星期四", "第4版", "副刊", " 是家的方向", "母亲的白发",
        "一盏灯", "", "● 王芳").issue();
    assertThat(issue.pages()).extracting(Page::section).containsExactly("要闻", "副刊");
    assertThat(texts(issue)).noneMatch(t -> t.contains("副刊"));
  }

  @Test
  void aWordAfterTheEditorsIsNoSection() {
    // the page's name stands beside its number or date; the editors close the head
    CleanResult r = clean(BODY, "", "目前，该项目已进入试运行阶段，各项参数达到设计要求。",
        " 第4版    美术编辑：高琴强 一群人", "", "照着遥远的人", "", "绿叶在枝头歌唱", "", "● 王芳");
    assertThat(r.issue().pages().get(1).section()).isNotEqualTo("一群人");
    assertThat(String.join("\n", texts(r.issue()))).contains("一群人");
  }

  @Test
  void aKickerRightUnderTheMastheadStaysTheStorysKicker() {
    // the first story's frame opens with the kicker (set in); a headline, not text, follows it
    Issue issue = clean("晋阳报", "总第321期   2023年5月8日 星期一", " 检修中心", "", "设备管理再上新台阶",
        "", BODY, "", "目前，该项目已进入试运行阶段，各项参数达到设计要求。").issue();
    Story first = issue.allStories().get(0);
    assertThat(first.kicker()).isEqualTo("检修中心");
    assertThat(first.title()).containsExactly("设备管理再上新台阶");
    assertThat(issue.title()).isEqualTo("晋阳报");
  }

  @Test
  void aSectionShapedLineBelowAHeadThatIsFollowedByAHeadlineIsAKicker() {
    Issue issue = clean("铸造车间", "", "岗位练兵提技能", "", BODY, "", "第2版   2023年5月8日 星期一", "检修中心",
        "", "设备管理再上新台阶", "",
        "晋阳讯 2月5日，检修中心溶出机组系统改造项目顺利完工，生产运行平稳有序。").issue();
    assertThat(issue.pages().get(1).stories().get(0).kicker()).isEqualTo("检修中心");
  }

  @Test
  void thePapersNameAboveOrBesideTheSponsorLineIsTheMastheadsName() {
    Issue beside = clean("三 晋 铝 业   三晋铝业股份有限公司党委 主 管 企业文化部 主 办", "",
        " 三晋讯 进入四季度以来，汾河电力公司与运城铝业公司举行战略合作座谈会。").issue();
    assertThat(beside.title()).isEqualTo("三晋铝业");
    assertThat(beside.allStories().get(0).title()).isEmpty();
    Issue above = clean("太岳矿工", "太岳矿业有限责任公司党委 主 管 宣传统战部 主 办", "",
        " 凌晨4点，氧化铝厂的沉降槽旁依然灯火通明，职工们正在抢修设备。").issue();
    assertThat(above.title()).isEqualTo("太岳矿工");
    assertThat(above.allStories().get(0).title()).isEmpty();
  }

  @Test
  void aWordBeforeAHeadInsideARunningSentenceIsText() {
    // the text before the word does not end: the word belongs to the sentence, not the head
    Issue issue = clean(BODY, "", "厂区道路两旁绿树成荫，员工们在树下交流着 操作心得 第2版",
        "和体会，大家都觉得受益匪浅。").issue();
    assertThat(issue.pages()).allSatisfy(p -> assertThat(p.section()).isNotEqualTo("操作心得"));
    assertThat(String.join("", texts(issue))).contains("操作心得");
  }

  @Test
  void aSectionAfterThePageNumberIsItsWordNotTheDatelineAfterIt() {
    Issue issue = clean(BODY, "", " 2020年12月11日 星期五    第4版 综合 劲旅讯 （彭军庆）为确保全年目标任务顺利完成，"
        + "后勤保障中心在多功能厅举办安全知识答题赛。").issue();
    assertThat(issue.pages()).extracting(Page::section).containsExactly("要闻", "综合");
    assertThat(issue.pages().get(1).stories().get(0).dateline()).isEqualTo("劲旅讯");
  }

  @Test
  void theMastheadsFirstLineNamesThePaperBeforeAndTheSectionAfterThePageNumber() {
    Issue issue = clean("太岳矿工    太岳矿业有限责任公司党委 主 管 宣传统战部 主 办 总第2566期 "
        + "2023年10月6日 星期五 第1版    要闻", "", " 本报讯 日前，阳泉铝土矿召开职工代表大会，党委副书记出席会议。",
        "第2版 生产经营", BODY).issue();
    assertThat(issue.title()).isEqualTo("太岳矿工");
    assertThat(issue.pages().get(0).section()).isEqualTo("要闻");
    assertThat(issue.pages().get(0).supplied()).isEmpty();
  }

  @Test
  void aPhotoCreditsNameBeforeAPageNumberIsTheCreditsNotASection() {
    Issue issue = clean(BODY, "", "近日，氧化铝厂开展QC小组成果发布会。图为员工们正在清理现场积料。", "",
        "摄影报道 程娟颖 第3版", " 本报讯 今年以来，炭素事业部党总支坚持以高质量党建引领高质量发展。").issue();
    assertThat(issue.allStories()).extracting(Story::credit).contains("程娟颖");
    assertThat(issue.pages().get(1).section()).isNotEqualTo("程娟颖");
  }

  @Test
  void aHeadGluedStraightToTheTextAfterItIsAChainFromTheLinesStart() {
    Issue issue = clean(BODY, "", " 生产经营   第2版    2019年3月4日 星期一本报讯 （于磊） 2023年以来，"
        + "动力车间代表队获得团体第一名。").issue();
    assertThat(issue.pages()).extracting(Page::section).containsExactly("要闻", "生产经营");
    assertThat(issue.pages().get(1).stories().get(0).dateline()).isEqualTo("本报讯");
    assertThat(texts(issue)).noneMatch(t -> t.contains("星期"));
  }

  @Test
  void aSpacedOutLineOfItsOwnBelowAHeadIsAHeadlineNotTheSection() {
    Issue issue = clean("铸造车间", "", "岗位练兵提技能", "", BODY, "", "第2版   2023年5月8日 星期一",
        "治 安 检 查", "晋阳讯 为了给广大住户提供安定祥和的生活环境，后勤保障中心开展治安巡逻大检查。").issue();
    assertThat(issue.pages().get(1).section()).isNotEqualTo("治安检查");
    assertThat(issue.pages().get(1).stories().get(0).title()).containsExactly("治安检查");
  }

  @Test
  void anEditorsNameOfFourCharactersIsPartOfTheHead() {
    // a two-character surname (欧阳, 司马, 令狐) makes a four-character name
    Issue issue = clean(BODY, "", "2018年3月25日 星期日   第2版 经济观察  责任编辑：欧阳晓峰   美术编辑：尉锋",
        "晋阳讯 近日，机修厂完成了主要设备的年度检修，为生产打下了基础。").issue();
    assertThat(issue.pages()).extracting(Page::section).containsExactly("要闻", "经济观察");
    assertThat(texts(issue)).noneMatch(t -> t.contains("编辑"));
  }

  @Test
  void serialNumbersBeforeTheFirstTurnBelongToTheMastheadBlock() {
    // the block's first line is not read as the paper's name (a 主管/主办 line of another
    // form); its serial numbers still mark it: no page turns there
    CleanResult r = clean("古陶晚报   中共古陶市委主管主办   古陶日报社出版",
        "国内统一连续出版物号 CN14-5748/(Q)", "总第939期 2023年4月15日 星期六", "",
        " 本报讯 近日，县第一中学召开了“师带徒”结对活动，共有五十余名教师参加。", "",
        "第2版 经济观察", "晋阳讯 近日，机修厂完成了主要设备的年度检修，为生产打下了基础。");
    Issue issue = r.issue();
    assertThat(r.changes()).filteredOn(c -> c.line() <= 3 && c.rule().startsWith("furniture."))
        .extracting(Change::rule).isNotEmpty().containsOnly("furniture.masthead");
    assertThat(issue.pages()).extracting(Page::number).containsExactly(1, 2);
    assertThat(issue.pages().get(0).stories()).extracting(Story::dateline).contains("本报讯");
    assertThat(issue.number()).isEqualTo("939");
  }

  @Test
  void proseOnAPageOfPoemsAndEssaysIsAnEssayWhateverThePageIsCalled() {
    Issue issue = clean(BODY, "", "第2版 百花园", "",
        " 每个人的心里，大概都有一处遥远的故乡。那时候，一家人挤在小小的窑洞里，却从不觉得日子苦。", "",
        "● 王红", "",
        " 记忆里，母亲的手总是粗糙而温暖的。母亲常说：“日子是过出来的，不是等出来的。”").issue();
    assertThat(issue.pages().get(1).section()).isEqualTo("百花园");
    assertThat(issue.pages().get(1).stories()).extracting(Story::kind)
        .containsOnly(org.broadsheet.model.StoryKind.ESSAY);
  }

  @Test
  void theFrontPagesHeadAfterTextLeftOfTheMastheadTurnsNoPage() {
    // what is left of a 主管/主办 line read as text stands before the block's 第1版: the page
    // turns are still inferred (here: none), not taken from the front page's head
    CleanResult r = clean("古陶晚报  中共古陶市委主管主办  国内统一连续出版物号 CN14-5748/(Q)",
        "2019年6月17日 星期一", "第1版   要闻", "",
        " 本报讯 近日，县第一中学召开了“师带徒”结对活动，共有五十余名教师参加。");
    assertThat(r.changes()).filteredOn(c -> c.line() <= 3 && c.rule().startsWith("furniture."))
        .extracting(Change::rule).isNotEmpty().containsOnly("furniture.masthead");
    assertThat(r.issue().pages()).hasSize(1);
    assertThat(r.issue().pages().get(0).section()).isEqualTo("要闻");
  }

  @Test
  void theSerialNumbersUnderTheirOtherNamesAreTheMastheads() {
    // the CN number under its older name (国内统一刊号) and the postal code (邮发代号)
    CleanResult r = clean("晋阳报", "晋阳公司党委 主 管 宣传部 主 办   国内统一刊号：CN14-0021   邮发代号：21-35",
        "2023年5月8日 星期一", "", " 晋阳讯 近日，铸造车间开展岗位练兵活动，共有五十余名职工参加。");
    assertThat(texts(r.issue())).noneMatch(t -> t.contains("CN14") || t.contains("邮发"));
    assertThat(r.changes()).filteredOn(c -> c.rule().equals("furniture.masthead"))
        .extracting(Change::before).contains("国内统一刊号：CN14-0021", "邮发代号：21-35");
  }

  @Test
  void aHeadWithTheNumberInChineseNumeralsAndCreditsWithoutColonsTurnsThePage() {
    Issue issue = clean(BODY, "", "第三版  经济观察  责编 王强  校对：李明",
        "晋阳讯 近日，机修厂完成了主要设备的年度检修，为生产打下了基础。", "", "第十二版 文化广场",
        "晋阳讯 近日，铸造车间开展岗位练兵活动，共有五十余名职工参加。").issue();
    assertThat(issue.pages()).extracting(Page::number).containsExactly(1, 3, 12);
    assertThat(issue.pages()).extracting(Page::section).containsExactly("要闻", "经济观察", "文化广场");
    assertThat(texts(issue)).noneMatch(t -> t.contains("责编") || t.contains("校对"));
  }
}
