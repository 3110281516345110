package org.broadsheet.ingest.sim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small phrase grammar: rules name lists of alternatives, an alternative may refer to other
 * rules as {@code {name}}; {@code {num:A-B}}, {@code {pct}}, {@code {date}}, {@code {name2}}
 * (two-character personal name), {@code {name3}} and {@code {person}} are built from numbers and
 * name lists. Deterministic for a given {@link SplittableRandom}.
 */
final class Grammar {
  private static final Pattern SLOT = Pattern.compile("\\{([a-z0-9_]+)(?::(\\d+)-(\\d+))?}");
  static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许"
      + "傅沈彭吕苏卢蒋蔡贾丁魏薛叶阎潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯"
      + "邵孟龙段雷钱汤尹常武乔贺龚闫畅耿苗宁师";
  /** {@link #SURNAMES} one to an entry (a pool may hold two-character surnames too). */
  static final List<String> SURNAME_LIST = SURNAMES.codePoints()
      .mapToObj(Character::toString).toList();
  static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞建国志"
      + "斌宇浩凯鑫晶晓峰亮波宁海林东文慧琳颖雪梅燕琴云莉倩婷彬辉俊荣昌民庆春晨阳瑞新光永福";

  private final Map<String, String[]> rules = new HashMap<>();
  /** Alternatives already used since the last {@link #forget()}: a story does not repeat them. */
  private final Map<String, java.util.Set<Integer>> used = new HashMap<>();

  private boolean exhaustive;
  private List<String> surnames = SURNAME_LIST;
  private String given = GIVEN;

  /** Draws personal names from these pools (a paper's people) instead of the shared ones. */
  Grammar names(List<String> surnamePool, String givenPool) {
    surnames = surnamePool;
    given = givenPool;
    return this;
  }

  /** sim-2: pick among the alternatives not used yet (see StoryComposer's issue memory). */
  void exhaustive(boolean on) {
    exhaustive = on;
  }

  /** Starts a new story: alternatives may be used again. */
  void forget() {
    used.clear();
  }

  Grammar rule(String name, String alternatives) {
    rules.put(name, alternatives.split("\\|"));
    return this;
  }

  Grammar merge(Grammar other) {
    rules.putAll(other.rules);
    return this;
  }

  boolean has(String name) {
    return rules.containsKey(name);
  }

  String pick(String name, SplittableRandom rng) {
    String[] alts = rules.get(name);
    if (alts == null) {
      throw new IllegalArgumentException("no rule " + name);
    }
    java.util.Set<Integer> seen = used.computeIfAbsent(name, k -> new java.util.HashSet<>());
    if (exhaustive) {
      if (seen.size() >= alts.length) {
        seen.clear(); // all used: the rule starts over
      }
      java.util.List<Integer> fresh = new java.util.ArrayList<>();
      for (int i = 0; i < alts.length; i++) {
        if (!seen.contains(i)) {
          fresh.add(i);
        }
      }
      int pick = fresh.get(rng.nextInt(fresh.size()));
      seen.add(pick);
      return expand(alts[pick], rng);
    }
    int k = rng.nextInt(alts.length);
    for (int tries = 0; tries < 8 && seen.contains(k); tries++) {
      k = rng.nextInt(alts.length);
    }
    if (seen.size() + 1 >= alts.length) {
      seen.clear(); // all used: a long story may repeat, but not twice in a row
    }
    seen.add(k);
    return expand(alts[k], rng);
  }

  String expand(String template, SplittableRandom rng) {
    String s = template;
    for (int depth = 0; depth < 12 && s.indexOf('{') >= 0; depth++) {
      Matcher m = SLOT.matcher(s);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(sb, Matcher.quoteReplacement(slot(m, rng)));
      }
      m.appendTail(sb);
      s = sb.toString();
    }
    return s;
  }

  private String slot(Matcher m, SplittableRandom rng) {
    String key = m.group(1);
    switch (key) {
      case "num":
        int lo = Integer.parseInt(m.group(2));
        int hi = Integer.parseInt(m.group(3));
        return Integer.toString(lo + rng.nextInt(hi - lo + 1));
      case "pct":
        return (1 + rng.nextInt(40)) + (rng.nextBoolean() ? "." + rng.nextInt(10) : "") + "%";
      case "dec":
        return (1 + rng.nextInt(20)) + "." + (1 + rng.nextInt(9));
      case "name2":
        return name(rng, 1, surnames, given);
      case "name3":
        return name(rng, 2, surnames, given);
      case "person":
        return name(rng, rng.nextInt(3) == 0 ? 1 : 2, surnames, given);
      case "month":
        return Integer.toString(1 + rng.nextInt(12));
      case "day":
        return Integer.toString(1 + rng.nextInt(28));
      default:
        return pick(key, rng);
    }
  }

  static String name(SplittableRandom rng, int given) {
    return name(rng, given, SURNAME_LIST, GIVEN);
  }

  /** A surname from the pool and {@code given} characters of the given-name pool. */
  static String name(SplittableRandom rng, int given, List<String> surnames, String givenPool) {
    StringBuilder sb = new StringBuilder(surnames.get(rng.nextInt(surnames.size())));
    for (int i = 0; i < given; i++) {
      sb.appendCodePoint(givenPool.codePointAt(rng.nextInt(givenPool.length())));
    }
    return sb.toString();
  }

  static <T> T any(List<T> list, SplittableRandom rng) {
    return list.get(rng.nextInt(list.size()));
  }
}
