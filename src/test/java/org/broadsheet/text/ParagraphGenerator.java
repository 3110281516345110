package org.broadsheet.text;

import java.util.Random;

/**
 * Random Chinese paragraphs for property tests: Han runs, pause and stop marks, quotes and brackets
 * (nested too), ——, ……, the middle dot, numbers (3.5, 50%, 1,000), Latin words and phrases and
 * mixed runs (iPhone15), as a newspaper paragraph holds them.
 */
final class ParagraphGenerator {
  static final String HAN = "中国人民政府经济发展社会文化教育科技新闻报道记者今天昨日北京上海市区城乡"
      + "建设工作会议表示认为提出要求进行推动全面改革开放重要问题情况方面组织管理服务企业一二三大小山水";
  private static final String[] PAUSES = {"，", "。", "、", "；", "：", "？", "！"};
  private static final String[][] PAIRS = {{"“", "”"}, {"‘", "’"}, {"（", "）"}, {"《", "》"},
      {"「", "」"}, {"『", "』"}, {"［", "］"}};
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private final Random random;
  private final StringBuilder sb = new StringBuilder();

  private ParagraphGenerator(Random random) {
    this.random = random;
  }

  static String paragraph(Random random) {
    ParagraphGenerator g = new ParagraphGenerator(random);
    int target = 4 + random.nextInt(160);
    g.han(1 + random.nextInt(3));
    while (g.sb.length() < target) {
      g.token();
    }
    g.end();
    return g.sb.toString();
  }

  private void token() {
    int r = random.nextInt(100);
    if (r < 40) {
      han(1 + random.nextInt(6));
    } else if (r < 55) {
      sb.append(PAUSES[random.nextInt(PAUSES.length)]);
      han(1 + random.nextInt(3));
    } else if (r < 67) {
      quoted(random.nextInt(5) == 0);
    } else if (r < 71) {
      sb.append("——");
    } else if (r < 75) {
      sb.append(random.nextInt(4) == 0 ? "⋯⋯" : "……");
    } else if (r < 83) {
      han(1);
      number(); // words are kept apart by Han text, so none outgrows a 13-em line
      han(1);
    } else if (r < 93) {
      han(1);
      latin();
      han(1);
    } else {
      han(2);
      sb.append("·");
      han(2);
    }
  }

  private void quoted(boolean nested) {
    String[] p = PAIRS[random.nextInt(PAIRS.length)];
    sb.append(p[0]);
    if (nested) {
      String[] q = PAIRS[random.nextInt(PAIRS.length)];
      sb.append(q[0]);
      han(1 + random.nextInt(4));
      sb.append(q[1]);
    }
    han(1 + random.nextInt(8));
    if (random.nextInt(4) == 0) {
      number();
    }
    if (random.nextInt(4) == 0) {
      sb.append(random.nextBoolean() ? "。" : "！");
    }
    sb.append(p[1]);
    if (random.nextInt(3) == 0) {
      sb.append(PAUSES[random.nextInt(PAUSES.length)]);
    }
  }

  private void number() {
    int kind = random.nextInt(5);
    sb.append(1 + random.nextInt(kind == 0 ? 9 : 99_999));
    if (kind == 1) {
      sb.append('.').append(random.nextInt(10));
    } else if (kind == 2) {
      sb.append('%');
    } else if (kind == 3) {
      sb.append(',').append(String.format("%03d", random.nextInt(1000)));
    }
  }

  private void latin() {
    int words = random.nextInt(4) == 0 ? 2 + random.nextInt(2) : 1;
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        sb.append(' ');
      }
      int n = 1 + random.nextInt(9);
      for (int i = 0; i < n; i++) {
        sb.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
      }
      if (random.nextInt(6) == 0) {
        sb.append(random.nextInt(20)); // a mixed run: iPhone15
      }
    }
  }

  private void han(int n) {
    for (int i = 0; i < n; i++) {
      sb.append(HAN.charAt(random.nextInt(HAN.length())));
    }
  }

  private void end() {
    int r = random.nextInt(6);
    if (r == 0) {
      number();
    } else if (r == 1) {
      latin();
    } else if (r == 2) {
      sb.append("。”");
      sb.insert(Math.max(0, sb.length() / 2), "“");
    } else {
      sb.append("。");
    }
  }
}
