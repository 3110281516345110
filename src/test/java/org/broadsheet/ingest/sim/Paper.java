package org.broadsheet.ingest.sim;

import java.util.List;
import java.util.Map;

/**
 * A newspaper the simulator prints: its name, the organisation whose Party committee directs it
 * (主管), the department that publishes it (主办), its own dateline and its page sections; and
 * what its stories draw on besides the shared phrase rules: its 主管/主办 line as printed
 * ({@code masthead}, null: {@code org党委 主 管 dept 主 办}), the datelines of other papers and
 * agencies its stories may carry ({@code foreignDatelines}), phrase rules that replace the shared
 * ones of the same name ({@code rules}: its units, companies, equipment …; a key {@code lit:NAME}
 * replaces a rule of the literary page) and the pools its people's names are drawn from.
 */
record Paper(String name, String org, String dept, String dateline, List<String> sections,
    String masthead, List<String> foreignDatelines, Map<String, String> rules,
    List<String> surnames, String given) {

  /** Datelines of other papers and agencies a story may carry instead of the paper's own. */
  static final List<String> FOREIGN_DATELINES = List.of("本报讯", "晋铝讯", "劲旅讯", "中铝网讯",
      "新华社太原{month}月{day}日电", "新华社北京{month}月{day}日电", "山西日报讯", "运城日报讯");

  /** One of the six papers of the frozen sets: shared rules, names and foreign datelines. */
  Paper(String name, String org, String dept, String dateline, List<String> sections) {
    this(name, org, dept, dateline, sections, null, FOREIGN_DATELINES, Map.of(),
        Grammar.SURNAME_LIST, Grammar.GIVEN);
  }

  /** The 主管/主办 fragment as extraction leaves it (characters of 主管, 主办 spaced out). */
  String mastheadFragment() {
    return masthead != null ? masthead : org + "党委 主 管 " + dept + " 主 办";
  }

  String publisher() {
    return org + dept;
  }

  static final List<Paper> ALL = List.of(
      new Paper("劲旅", "中铝山西新材料有限公司", "党委工作部", "劲旅讯",
          List.of("要闻", "生产经营", "党建工作", "综合新闻", "文艺副刊")),
      new Paper("晋铝报", "山西铝业有限公司", "党委宣传部", "晋铝讯",
          List.of("要闻", "综合新闻", "企业文化", "安全生产", "副刊")),
      new Paper("汾河电力", "国网汾河供电公司", "党委党建部", "本报讯",
          List.of("要闻", "生产经营", "党建之窗", "职工天地", "文苑")),
      new Paper("太岳矿工", "太岳矿业有限责任公司", "宣传统战部", "本报讯",
          List.of("要闻", "安全生产", "党建工作", "矿区新闻", "副刊")),
      new Paper("三晋铝业", "三晋铝业股份有限公司", "企业文化部", "三晋讯",
          List.of("要闻", "经营管理", "党建园地", "基层动态", "文艺副刊")),
      new Paper("河电人", "河津发电分公司", "党建工作部", "河电讯",
          List.of("要闻", "生产一线", "党建工作", "综合", "副刊")));
}
