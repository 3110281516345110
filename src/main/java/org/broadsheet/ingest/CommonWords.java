package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Common Chinese words that contain a character which is also the image of a damaged mark
 * (冶炼, 遥远, 绿叶, 医院 …): a neighbour completing one of them is evidence that the character is
 * a word, not a mark. Only everyday vocabulary (Modern Chinese Dictionary headwords), no names of
 * one paper's people or places.
 */
final class CommonWords {
  private static final String[] WORDS = {
    "尧舜", "唐尧", "帝尧",
    "遥远", "遥控", "遥感", "遥测", "遥望", "遥相呼应", "遥遥", "逍遥", "遥想", "遥知",
    "窑洞", "砖窑", "瓷窑", "窑厂", "土窑", "窑炉", "官窑", "石窑", "窑工", "炭窑", "窑场",
    "耀眼", "荣耀", "闪耀", "照耀", "炫耀", "光耀", "夸耀", "耀武", "显耀",
    "噎住", "哽噎", "因噎废食",
    "耶稣", "耶路撒冷",
    "爷爷", "大爷", "老爷", "姥爷", "爷们", "太爷", "少爷", "爷俩", "爷孙",
    "野外", "田野", "原野", "野生", "视野", "野蛮", "野心", "野菜", "旷野", "山野", "朝野",
    "野营", "荒野", "分野", "下野", "野花", "野草", "野战", "越野", "野兽", "野味", "野鸭",
    "冶炼", "冶金", "陶冶", "冶铸", "冶铁", "冶铜", "冶镁", "冶艳",
    "绿叶", "树叶", "叶片", "叶子", "落叶", "茶叶", "枝叶", "叶脉", "中叶", "末叶", "红叶",
    "荷叶", "叶落", "烟叶", "桑叶", "菜叶", "叶绿", "黄叶", "竹叶", "叶面", "嫩叶", "新叶",
    "摇曳", "拖曳", "曳引",
    "沐浴", "浴室", "洗浴", "浴池", "淋浴", "浴血", "浴场", "浴缸", "浴巾", "浴盆", "浴霸",
    "深渊", "渊源", "渊博", "天渊",
    "冤枉", "冤案", "冤屈", "冤家", "冤情", "伸冤", "鸣冤", "喊冤", "冤魂", "含冤",
    "医院", "学院", "法院", "院长", "研究院", "院子", "庭院", "院内", "国务院", "剧院",
    "影院", "寺院", "书院", "院校", "院士", "分院", "住院", "出院", "院落", "大院", "宅院",
    "院里", "院墙", "检察院", "科学院", "设计院", "养老院", "院外", "院中", "两院", "院门",
    "庙院", "小院", "四合院", "院办", "本院", "入院", "医学院", "院系",
    "子曰", "诗曰", "美其名曰",
    "钥匙", "密钥", "公钥", "私钥",
    "树荫", "绿荫", "荫凉", "林荫", "荫蔽", "荫庇", "浓荫", "柳荫", "遮荫",
    "要要求"
  };

  /** Titles and forms of address that stand right before or after a surname. */
  private static final String[] TITLES = {
    "经理", "书记", "厂长", "主任", "部长", "班长", "队长", "组长", "站长", "科长", "处长",
    "局长", "校长", "所长", "社长", "总监", "工程师", "技术员", "安全员", "员工", "职工", "工人",
    "同志", "代表", "区长", "主席", "委员", "董事长", "总经理", "党员"
  };
  /**
   * Conjunctions that join two names (张三和袁英主动…): no pause follows them (GB/T 15834 逗号:
   * the comma separates clauses, and 和/与/同 cannot end one), so an image after them is a name.
   */
  private static final String JOINING = "和与同";
  private static final String[] AFTER_SURNAME = {"师傅"};
  /**
   * A caption's 图为 (pictured: 图为袁莉正在检查设备) names what the picture shows right after it:
   * its object follows with no pause between (GB/T 15834 逗号 never parts a verb from its object).
   */
  private static final String PICTURED = "图为";
  /** Verbs that follow a person's name in reports (袁民提出, 袁飞刚带队). */
  private static final String[] SPEECH = {
    "提出", "带队", "表示", "介绍", "指出", "要求", "强调", "认为", "说", "主持", "讲话",
    "主动", "带领", "积极", "率先"
  };

  /** For each character, the words holding it and its offset in each. */
  private static final Map<Integer, List<int[]>> BY_CHAR = index();
  private static final Set<String> PAIRS = Arrays.stream(WORDS)
      .filter(w -> w.codePointCount(0, w.length()) == 2).collect(Collectors.toSet());

  private CommonWords() {}

  private static Map<Integer, List<int[]>> index() {
    Map<Integer, List<int[]>> m = new HashMap<>();
    for (int w = 0; w < WORDS.length; w++) {
      int[] cps = WORDS[w].codePoints().toArray();
      for (int k = 0; k < cps.length; k++) {
        m.computeIfAbsent(cps[k], x -> new ArrayList<>()).add(new int[] {w, k});
      }
    }
    return m;
  }

  /**
   * The image at {@code i} (袁) reads as a surname: a title stands right before it and a name and
   * a verb of speech or action after it (党支部书记袁民提出, 党员袁秀主动), a conjunction joins it
   * to another name (高凯和袁英秀主动), a form of address stands right after (袁师傅), or a
   * caption's 图为 right before (图为袁莉正在…).
   */
  static boolean introducesName(int[] text, int i) {
    if (i >= 2 && new String(text, i - 2, 2).equals(PICTURED)) {
      return true;
    }
    if (i > 0 && JOINING.indexOf(text[i - 1]) >= 0 && verbAfterName(text, i)) {
      return true;
    }
    for (String t : TITLES) {
      int n = t.codePointCount(0, t.length());
      if (i - n >= 0 && new String(text, i - n, n).equals(t) && verbAfterName(text, i)) {
        return true;
      }
    }
    for (String t : AFTER_SURNAME) {
      int n = t.codePointCount(0, t.length());
      if (i + 1 + n <= text.length && new String(text, i + 1, n).equals(t)) {
        return true;
      }
    }
    return false;
  }

  /** A speech or action verb follows a given name of one or two characters after {@code i}. */
  private static boolean verbAfterName(int[] text, int i) {
    if (i + 1 < text.length && "他她它我你们".indexOf(text[i + 1]) >= 0) {
      return false; // a pronoun starts a clause, not a given name
    }
    for (int given = 1; given <= 2; given++) {
      for (String v : SPEECH) {
        int n = v.codePointCount(0, v.length());
        int at = i + 1 + given;
        if (at + n <= text.length && new String(text, at, n).equals(v)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The word the character at {@code i} of {@code text} forms with its neighbours, or null. The
   * text is the character's context with spaces and line breaks already left out.
   */
  static String wordAt(int[] text, int i) {
    return wordAt(text, i, k -> false);
  }

  /**
   * As {@link #wordAt(int[], int)}, but no word spans a position where {@code opensLine} holds
   * (a line set in from the margin: a new text frame or paragraph starts there).
   */
  static String wordAt(int[] text, int i, IntPredicate opensLine) {
    List<int[]> entries = BY_CHAR.get(text[i]);
    if (entries == null) {
      return null;
    }
    for (int[] e : entries) {
      int start = i - e[1];
      if (matches(text, start, e[0]) && !partnerTaken(text, i, start, e[0])
          && !spansOpening(start, WORDS[e[0]].codePointCount(0, WORDS[e[0]].length()),
              opensLine)) {
        return WORDS[e[0]];
      }
    }
    return null;
  }

  private static boolean spansOpening(int start, int length, IntPredicate opensLine) {
    for (int k = start + 1; k < start + length; k++) {
      if (opensLine.test(k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(int[] text, int start, int w) {
    int[] word = WORDS[w].codePoints().toArray();
    if (start < 0 || start + word.length > text.length) {
      return false;
    }
    for (int k = 0; k < word.length; k++) {
      if (text[start + k] != word[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * For a two-character word, whether its other character belongs to another word on its far
   * side ({@code 遥遥控}: the second 遥 is in 遥控, so the first is free to be a mark).
   */
  private static boolean partnerTaken(int[] text, int i, int start, int w) {
    if (WORDS[w].codePointCount(0, WORDS[w].length()) != 2) {
      return false;
    }
    int partner = start == i ? i + 1 : i - 1;
    int far = partner + (partner - i);
    if (far < 0 || far >= text.length) {
      return false;
    }
    int from = Math.min(partner, far);
    String other = new String(text, from, 2);
    return !other.equals(WORDS[w]) && PAIRS.contains(other);
  }
}
