package org.broadsheet.ingest.sim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Papers that none of the frozen sets draws from, to tell whether the cleaner learned the six
 * papers' vocabulary ({@link Paper#ALL}) or the principles: other industries (railway, coal,
 * steel, power, chemicals) and a county and a city paper, each with its own 主管/主办 line (spaced
 * or not, one line for a paper its Party committee both directs and publishes), datelines (本报讯,
 * X讯, X网讯, agencies' 电 lines of 新华社, 中新社, 人民网), section names (经济观察, 基层风采,
 * 安全园地, 文化广场, 百花园 …), units, equipment, headlines and people's names (other surnames,
 * two-character ones among them, other given names). Selected in {@link HeldOutScore} by
 * {@code -Dbroadsheet.heldout.papers=other}.
 */
final class OtherPapers {
  private OtherPapers() {}

  /** Surnames the six papers never draw, two-character ones among them (欧阳, 司马 …). */
  static final List<String> SURNAMES = List.of("包", "鲍", "柏", "岳", "蔺", "裴", "栗", "靳", "郜",
      "温", "牛", "聂", "晋", "樊", "卫", "焦", "翟", "霍", "曲", "冀", "车", "兰", "殷", "祁", "阮",
      "房", "路", "荆", "甄", "巩", "葛", "邢", "骆", "纪", "滕", "庞", "穆", "符", "左", "景", "游",
      "喻", "闵", "柴", "盛", "佟", "仇", "韦", "申", "原", "弓", "尉", "相", "米", "安", "兀", "欧阳",
      "司马", "上官", "令狐");
  /** Given-name characters the six papers never draw. */
  static final String GIVEN = "霖琦璐旭帆蕾薇曦珂昊泽铭睿锋嘉彤妍琪瑶璇蓉菲莹岚卓楠桐越骁臻晗煜炜翔坤鹤"
      + "松柏岩钧毅诚朗皓宸茜钰荣甫生喜堂顺孝忠";

  static final List<Paper> ALL = List.of(
      paper("晋豫铁道", "晋豫铁路局集团有限公司", "党委宣传部", "本报讯",
          List.of("要闻", "运输安全", "党建园地", "站段风采", "百花园"),
          "晋豫铁路局集团有限公司党委主管 党委宣传部主办",
          List.of("铁道网讯", "人民铁道网讯", "新华社郑州{month}月{day}日电", "中新社北京{month}月{day}日电",
              "太原日报讯"),
          railway()),
      paper("龙城煤业", "龙城煤业集团有限责任公司", "党委宣传部", "龙煤讯",
          List.of("要闻", "安全园地", "党建之光", "基层风采", "百花园"),
          "龙城煤业集团有限责任公司党委   主管    党委宣传部   主办",
          List.of("本报讯", "中国煤炭新闻网讯", "新华社太原{month}月{day}日电", "长治日报讯"),
          coal()),
      paper("晋钢日报", "晋阳钢铁集团有限公司", "党委宣传部", "本报讯",
          List.of("要闻", "经济观察", "党的建设", "职工风采", "文化广场"),
          "晋阳钢铁集团有限公司党委 主 管 晋阳钢铁集团有限公司 主 办",
          List.of("晋钢网讯", "中国冶金报讯", "新华社太原{month}月{day}日电", "人民网北京{month}月{day}日电"),
          steel()),
      paper("潞电之声", "国网潞州供电公司", "党委党建部", "潞电讯",
          List.of("综合新闻", "安全园地", "党建引领", "一线传真", "笔会"),
          "国网潞州供电公司党委主管  国网潞州供电公司主办",
          List.of("本报讯", "国家电网报讯", "国网山西电力网讯", "新华社北京{month}月{day}日电"),
          power()),
      paper("晋东化工", "晋东化工集团有限公司", "党委工作部", "本报讯",
          List.of("要闻", "生产经营", "党群工作", "班组天地", "绿洲"),
          "晋东化工集团有限公司党委 主 管 党委工作部 主 办",
          List.of("化工网讯", "中国化工报讯", "中新社太原{month}月{day}日电", "阳泉日报讯"),
          chemicals()),
      paper("古陶报", "中共平遥县委", "平遥县融媒体中心", "本报讯",
          List.of("要闻", "经济观察", "党建园地", "基层风采", "文化广场"),
          "中共平遥县委主管 平遥县融媒体中心主办",
          List.of("晋中日报讯", "黄河新闻网讯", "新华社太原{month}月{day}日电", "人民网太原{month}月{day}日电"),
          county()),
      paper("潞州晚报", "中共潞州市委", "潞州日报社", "本报讯",
          List.of("新闻", "城事", "民生", "社区", "百花园"),
          "中共潞州市委主管主办   潞州日报社出版",
          List.of("潞州新闻网讯", "新华社北京{month}月{day}日电", "中新网太原{month}月{day}日电", "山西日报讯"),
          city()));

  private static Paper paper(String name, String org, String dept, String dateline,
      List<String> sections, String masthead, List<String> foreign, Map<String, String> rules) {
    return new Paper(name, org, dept, dateline, sections, masthead, foreign, rules, SURNAMES,
        GIVEN);
  }

  private static Map<String, String> rules(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  private static Map<String, String> railway() {
    return rules(
        "unit", "太原北车务段|侯马机务段|长治工务段|临汾电务段|榆次车辆段|介休供电段|太原动车所"
            + "|太原客运段|晋中货运中心|线路车间|信号车间|桥隧车间|检修车间|运转车间",
        "company", "晋豫铁路局集团公司|国铁集团|大秦铁路公司|集团公司|太原枢纽工程指挥部",
        "leader", "党委书记、董事长|总经理|副总经理|党委副书记、工会主席|总工程师|安全总监",
        "role", "段长|车间主任|工长|值班员|党支部书记|安全员|技术主任|调度员",
        "equipment", "道岔|接触网|电力机车|动车组|信号机|轨道电路|转辙机|钢轨探伤仪|调车机车",
        "product", "装车|货运|煤炭运输",
        "resource", "柴油|电力|新水|润滑油",
        "abbr", "晋豫铁发|铁安字|党委发|段发",
        "cup", "金钢轨|安全畅通|青春建功|匠心",
        "document", "铁路技术管理规程|行车安全管理办法|劳动安全管理细则|防洪预案",
        "bigmeeting", "安全生产电视电话会议|年度工作会议|职工代表大会|运输经营分析会",
        "job", "调车员|信号工|线路工|接触网工|司机|检车员|值班员",
        "doing", "检查道岔状态|测量轨距|巡视接触网|进行应急演练|整修线路|调试信号设备",
        "problem", "{equipment}故障频发|钢轨伤损较多|冬季道岔易冻|线路病害集中",
        "place", "职工培训中心|会议室|作业现场|职工之家|调度大厅",
        "unitword", "段|车间|中心|所|工区",
        "head_short", "安全畅通|精检细修|固本强基|春运有我|防洪保畅|匠心守护|标准作业",
        "head_long", "道岔整治取得实效|运输秩序平稳有序|“一日一题”提升技能|防寒过冬准备就绪"
            + "|重点工程稳步推进|站段管理再上台阶",
        "lit:place", "铁路边的小站|父亲修过的铁道旁|老家的院子|站台的灯下|黄土高原的山坳",
        "lit:title", "小站|铁轨|守望|远方的汽笛|父亲的道钉|站台");
  }

  private static Map<String, String> coal() {
    return rules(
        "unit", "综采一队|掘进二队|机电科|通风区|运输队|选煤厂|调度中心|安监处|地测科|瓦斯抽采队"
            + "|机修厂|后勤服务中心",
        "company", "龙城煤业集团|集团公司|王庄煤矿|五阳煤矿|常村煤矿|漳村煤矿",
        "leader", "党委书记、董事长|总经理|副总经理|矿长|安全副矿长|总工程师",
        "role", "队长|科长|区长|班组长|技术员|党支部书记|安全员|瓦检员",
        "equipment", "采煤机|液压支架|刮板输送机|掘进机|主通风机|皮带机|瓦斯抽放泵|提升机",
        "product", "原煤|精煤|商品煤",
        "resource", "电力|新水|乳化液|柴油",
        "abbr", "龙煤发|安监字|党委发|龙煤办",
        "cup", "煤海工匠|安康|青春建功|龙城",
        "document", "煤矿安全规程|“一通三防”管理办法|安全生产标准化考核细则|班组建设管理规定",
        "bigmeeting", "安全办公会|三季度经济活动分析会|职工代表大会|安全生产专题会|年中工作会",
        "job", "采煤工|掘进工|瓦检员|电钳工|支护工|绞车司机|班组长",
        "doing", "检修采煤机|检查液压支架|巡视皮带机|进行应急演练|清理巷道浮煤|测量瓦斯浓度",
        "problem", "{equipment}故障频发|工作面顶板破碎|巷道涌水量增大|瓦斯浓度偏高",
        "place", "职工培训中心|调度会议室|井口|职工之家|矿区广场",
        "unitword", "队|科|区|厂|矿",
        "head_short", "安全为天|强基固本|精采细采|提质增效|煤海先锋|素质提升|防患未然",
        "head_long", "工作面安全回采|掘进进尺创新高|“一通三防”扎实推进|矿井安全形势稳定"
            + "|原煤产量稳步提升|班组建设见成效",
        "lit:title", "煤海情|矿灯|井下|乌金|父亲的矿帽|山那边");
  }

  private static Map<String, String> steel() {
    return rules(
        "unit", "炼铁厂|炼钢厂|热连轧厂|冷轧厂|焦化厂|烧结厂|能源动力厂|质检中心|设备部|物流公司"
            + "|技术中心|不锈钢厂|型材厂",
        "company", "晋阳钢铁集团|集团公司|钢铁股份公司|冀晋钢铁公司",
        "equipment", "高炉|转炉|连铸机|轧机|加热炉|烧结机|焦炉|鼓风机|天车|除尘器",
        "product", "生铁|粗钢|钢材|不锈钢",
        "resource", "焦炭|煤气|新水|电力|氧气",
        "abbr", "晋钢发|钢安字|党委发|生产字",
        "cup", "钢铁工匠|安康|金牌工人|青春建功",
        "document", "安全生产责任制|设备点检管理办法|质量管理体系文件|节能降耗工作方案",
        "bigmeeting", "生产经营分析会|安全生产委员会会议|职工代表大会|质量分析会",
        "job", "炉前工|轧钢工|天车工|点检员|化验员|钳工|班长",
        "doing", "测温取样|更换轧辊|点检设备|进行应急演练|清理渣道|调试控制系统",
        "problem", "{equipment}结瘤严重|钢水温度波动|轧辊磨损过快|煤气管道泄漏",
        "unitword", "厂|中心|车间|作业区|公司",
        "head_short", "铁前攻坚|精益生产|提质降本|炉火正红|对标一流|极致效率",
        "head_long", "高炉稳产高产|钢材质量持续提升|铁水成本再创新低|“一键炼钢”投入运行"
            + "|产线效率稳步提升",
        "lit:title", "钢花|炉前|热血|铁水奔流|师傅的手套|夜班");
  }

  private static Map<String, String> power() {
    return rules(
        "unit", "运维检修部|变电运维中心|输电运检中心|营销服务中心|调度控制中心|城区供电中心"
            + "|物资供应中心|黎城县供电公司|潞城区供电公司|配电运检班|变电检修班",
        "company", "国网潞州供电公司|省电力公司|国网山西电力|国网公司",
        "equipment", "变压器|断路器|输电线路|开关柜|隔离开关|配电线路|避雷器|电缆线路|巡检无人机",
        "product", "售电量|供电量",
        "resource", "燃油|新水|电力|材料",
        "abbr", "潞电发|安监字|党委发|营销字",
        "cup", "电力工匠|安康|青春光明行|金牌班组",
        "document", "电力安全工作规程|配网运维管理办法|优质服务管理规定|迎峰度夏方案",
        "bigmeeting", "安全生产分析会|迎峰度夏工作会|职工代表大会|年中工作会",
        "job", "运维工|检修工|抄表员|调度员|线路工|班长",
        "doing", "巡视输电线路|更换绝缘子|检修开关柜|进行应急演练|清除线路异物|调试保护装置",
        "problem", "{equipment}过热|线路跳闸频繁|台区低电压|树线矛盾突出",
        "unitword", "中心|公司|班|部|所",
        "head_short", "迎峰度夏|保电护航|安全用电|精准服务|光明使者|电亮乡村",
        "head_long", "电网运行安全稳定|优质服务再上台阶|配网改造顺利完工|“零点检修”保供电"
            + "|迎峰度夏准备就绪",
        "lit:title", "电线杆|巡线路上|灯火|守夜人|银线|万家灯火");
  }

  private static Map<String, String> chemicals() {
    return rules(
        "unit", "合成氨车间|尿素车间|甲醇车间|聚氯乙烯车间|烧碱车间|热电车间|空分车间|污水处理站"
            + "|质检中心|安环部|储运部|仪表车间",
        "company", "晋东化工集团|集团公司|化工股份公司|煤化工公司",
        "equipment", "气化炉|合成塔|压缩机|精馏塔|反应釜|换热器|离心泵|造粒塔",
        "product", "尿素|甲醇|烧碱|聚氯乙烯|合成氨",
        "resource", "原料煤|蒸汽|新水|天然气",
        "abbr", "晋化发|安环字|党委发|生产字",
        "cup", "化工工匠|安康|青春建功|技能",
        "document", "危险化学品安全管理办法|工艺纪律管理规定|设备管理考核细则|环保管理制度",
        "bigmeeting", "安全生产委员会会议|经济活动分析会|职工代表大会|环保工作推进会",
        "job", "操作工|分析工|仪表工|维修工|班长|技术员",
        "doing", "巡检管线阀门|分析样品|更换密封件|进行应急演练|清洗换热器|调试仪表",
        "problem", "{equipment}结垢严重|管线泄漏|能耗偏高|催化剂活性下降",
        "unitword", "车间|中心|部|站|公司",
        "head_short", "安稳长满优|工艺攻关|挖潜增效|绿色发展|本质安全|精细操作",
        "head_long", "装置运行安全平稳|尿素产量创新高|节能改造取得实效|“三废”治理见成效"
            + "|工艺指标持续优化",
        "lit:title", "塔林|晨曦|厂区的树|夜巡|白衣|装置区的月亮");
  }

  /** A county paper's stories: towns and county bureaus, county leaders, 全县上下. */
  private static Map<String, String> county() {
    return rules(
        "unit", "城关镇|洪善镇|宁固镇|县发改局|县应急管理局|县住建局|县农业农村局|县人民医院"
            + "|县第一中学|县市场监管局|古城管委会|县供电公司",
        "company", "县委|县政府|县人大常委会|县政协",
        "leader", "县委书记|县长|县委副书记|常务副县长|副县长",
        "role", "镇长|局长|村党支部书记|村委会主任|站长|驻村第一书记|网格员",
        "equipment", "污水处理设施|路灯|供暖管网|农机|蔬菜大棚|灌溉机井|光伏电站|垃圾转运站",
        "product", "粮食|蔬菜|牛肉|干果",
        "resource", "燃煤|新水|天然气",
        "abbr", "平政发|平办字|县委发|平政办",
        "cup", "古城|乡村振兴|青春|巾帼",
        "document", "城乡环境整治实施方案|安全生产责任制|乡村振兴考核办法|优化营商环境若干措施",
        "bigmeeting", "县委常委会会议|全县经济工作会议|全县安全生产工作会议|县政府常务会议"
            + "|全县干部大会",
        "job", "网格员|村干部|农技员|护林员|志愿者|环卫工",
        "doing", "清理街巷垃圾|检修灌溉设施|入户走访|进行应急演练|采摘蔬菜|调试监控系统",
        "problem", "{equipment}老化严重|村道坑洼不平|灌溉用水紧张|冬季供暖不稳",
        "place", "县会议中心|镇便民服务中心|村委会|文化广场|古城游客中心",
        "unitword", "镇|局|中心|村|站",
        "sentence_lead", "{person}要求，各单位要{ask2}，{ask2}，确保{goal}。"
            + "|会议通报了{month}月份全县经济运行情况，分析了当前面临的形势和任务。"
            + "|会上，{unit}、{unit}等单位作了交流发言。"
            + "|{leader}{person}指出，今年以来，全县上下攻坚克难，主要经济指标好于预期。"
            + "|会议强调，要坚持稳中求进工作总基调，全力以赴冲刺全年目标。",
        "ask2", "压实安全责任|抓好项目建设|做好冬季“四防”|加快乡村振兴|优化营商环境",
        "goal", "全年目标任务的完成|全县高质量发展|人民群众生命财产安全",
        "head_short", "乡村振兴|古城新貌|为民办实事|项目攻坚|文明创建|产业富民",
        "head_long", "人居环境整治见成效|特色产业富了乡亲|古城保护迈出新步伐|便民服务跑出加速度"
            + "|冬季供暖平稳运行",
        "lit:place", "古城墙下|老家的院子|汾河岸边|县城的老街|村口的老槐树下",
        "lit:title", "古城|老街|乡愁|麦收|县城的夜|槐花");
  }

  /** A city evening paper's stories: districts, city bureaus, communities, 全市上下. */
  private static Map<String, String> city() {
    Map<String, String> m = county();
    m.putAll(rules(
        "unit", "潞州区|上党区|市住建局|市交通运输局|市城管局|市第二人民医院|英雄南路社区"
            + "|太行东街街道|市公交公司|市自来水公司|市应急管理局",
        "company", "市委|市政府|市人大常委会|市政协",
        "leader", "市委书记|市长|市委副书记|常务副市长|副市长",
        "role", "社区书记|局长|站长|网格员|街道办主任|经理",
        "abbr", "潞政发|潞办字|市委发|潞政办",
        "cup", "潞州|全民健身|青春|巾帼",
        "bigmeeting", "市委常委会会议|全市经济工作会议|全市安全生产工作会议|市政府常务会议",
        "place", "市民中心|社区服务站|街道会议室|人民广场|市体育馆",
        "unitword", "区|局|中心|社区|公司",
        "sentence_lead", "{person}要求，各单位要{ask2}，{ask2}，确保{goal}。"
            + "|会议通报了{month}月份全市经济运行情况，分析了当前面临的形势和任务。"
            + "|会上，{unit}、{unit}等单位作了交流发言。"
            + "|{leader}{person}指出，今年以来，全市上下攻坚克难，主要经济指标好于预期。"
            + "|会议强调，要坚持稳中求进工作总基调，全力以赴冲刺全年目标。",
        "goal", "全年目标任务的完成|全市高质量发展|人民群众生命财产安全",
        "head_short", "城市更新|民生实事|文明城市|便民利民|畅通工程|智慧社区",
        "head_long", "老旧小区改造全面启动|公交线路优化调整|背街小巷换新颜|“15分钟生活圈”加快建设",
        "lit:place", "老城的巷子|太行山下|外婆的小院|人民公园|浊漳河畔",
        "lit:title", "老城|巷子深处|太行秋色|公园的早晨|父亲的自行车|灯"));
    return m;
  }
}
