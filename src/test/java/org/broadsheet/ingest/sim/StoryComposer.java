package org.broadsheet.ingest.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.broadsheet.model.Story;
import org.broadsheet.model.StoryKind;

/**
 * Writes clean stories of every kind from the phrase rules: news with datelines of the paper,
 * of other papers and of news agencies, features, photos, essays with ● or ◎ authors, free verse
 * with stanza breaks and quatrains.
 */
final class StoryComposer {
  private final Grammar news = NewsRules.grammar();
  private final Grammar lit = LiteraryRules.grammar();
  private final SplittableRandom rng;
  private static final List<String> HEAD_SHORT = List.of("科技赋能", "精益管理", "多措并举", "强基固本",
      "守牢底线", "提质增效", "降本增效", "筑牢防线", "创新驱动", "凝心聚力", "管道智改", "实操实训");
  private static final List<String> HEAD_LONG = List.of("设备管理再上新台阶", "换极质量持续提升",
      "安全生产打下坚实基础", "员工技能稳步提高", "节能降耗取得实效", "冬季生产平稳有序",
      "打造“妈咪小屋”暖心工程", "“小改小革”释放大能量", "冶炼工序效率提升", "遥控天车上岗记");
  private static final List<String> LIT_TITLES = List.of("故乡的月", "母亲的针线", "秋日随想", "那盏灯",
      "老屋", "绿叶对根的情意", "树荫下", "炉火", "致青春", "黄河谣");

  /**
   * sim-2: the rules remember their alternatives over the whole issue (not one story), and pick
   * among the unused ones, so no template sentence repeats within an issue until its rule is used
   * up (repeated sentences make stories look alike, which no paper prints).
   */
  private boolean issueMemory;

  StoryComposer(SplittableRandom rng, boolean issueMemory) {
    this(rng);
    this.issueMemory = issueMemory;
    news.exhaustive(issueMemory);
    lit.exhaustive(issueMemory);
  }

  private void forgetNews() {
    if (!issueMemory) {
      news.forget();
    }
  }

  private void forgetLit() {
    if (!issueMemory) {
      lit.forget();
    }
  }

  StoryComposer(SplittableRandom rng) {
    this.rng = rng;
  }

  /**
   * Writes in the words of {@code paper}: its phrase rules replace the shared ones of the same
   * name and its people's names come from its pools. Draws nothing: a paper of the frozen sets
   * (no rules of its own, the shared pools) leaves every story as it was.
   */
  StoryComposer speaking(Paper paper) {
    paper.rules().forEach((k, v) -> {
      if (k.startsWith("lit:")) {
        lit.rule(k.substring(4), v);
      } else {
        news.rule(k, v);
      }
    });
    news.names(paper.surnames(), paper.given());
    lit.names(paper.surnames(), paper.given());
    return this;
  }

  /**
   * A news story; {@code flavour} names the page's kind of news ({@code lead} for 要闻,
   * {@code party} for Party-work pages, anything else for production pages): half of its opening
   * and sentences are drawn from that page's rules, so pages differ in subject as in the seed.
   */
  Piece news(Paper paper, String flavour) {
    forgetNews();
    forgetLit();
    String dateline = rng.nextDouble() < 0.8 ? paper.dateline()
        : news.expand(Grammar.any(paper.foreignDatelines(), rng), rng);
    List<String> paras = new ArrayList<>();
    String opening = news.has("opening_" + flavour) && rng.nextBoolean() ? "opening_" + flavour
        : "opening";
    paras.add(news.pick(opening, rng) + flavoured(flavour, rng.nextInt(2)));
    int middle = 1 + rng.nextInt(4);
    for (int i = 0; i < middle; i++) {
      paras.add(flavoured(flavour, 2 + rng.nextInt(4)));
    }
    if (rng.nextDouble() < 0.15) {
      paras.add(flavoured(flavour, 1)); // a one-sentence paragraph
    }
    paras.add(news.pick("closing", rng));
    String byline = rng.nextDouble() < 0.9 ? byline() : null;
    return headed(new Piece(story(StoryKind.NEWS, dateline, byline, paras, List.of(), null, null),
        null), 0.45);
  }

  Piece feature() {
    forgetNews();
    forgetLit();
    List<String> paras = new ArrayList<>();
    paras.add(news.pick("feature", rng) + sentences(news, "sentence", 1));
    int n = 2 + rng.nextInt(4);
    for (int i = 0; i < n; i++) {
      paras.add(sentences(news, "sentence", 2 + rng.nextInt(4)));
    }
    String byline = rng.nextDouble() < 0.6 ? byline() : null;
    return headed(new Piece(story(StoryKind.FEATURE, null, byline, paras, List.of(), null, null),
        null), 0.5);
  }

  Piece photo() {
    forgetNews();
    String caption = news.pick("caption", rng);
    String credit = news.expand(rng.nextBoolean() ? "{name2}" : "{name3}", rng);
    return new Piece(story(StoryKind.PHOTO, null, null, List.of(), List.of(), caption, credit),
        null);
  }

  Piece essay() {
    forgetNews();
    forgetLit();
    List<String> paras = new ArrayList<>();
    paras.add(lit.pick("essay_open", rng));
    int n = 2 + rng.nextInt(5);
    for (int i = 0; i < n; i++) {
      paras.add(sentences(lit, "essay_line", 1 + rng.nextInt(4)));
    }
    paras.add(lit.pick("essay_close", rng));
    Story s = story(StoryKind.ESSAY, null, lit.expand("{name3}", rng), paras, List.of(), null,
        null);
    return literaryTitle(new Piece(s, rng.nextDouble() < 0.7 ? "●" : "◎"));
  }

  Piece poem() {
    forgetLit();
    List<String> lines = new ArrayList<>();
    if (rng.nextDouble() < 0.3) {
      String[] ends = {"，", "。", "，", "。"};
      for (String end : ends) {
        lines.add(lit.pick("quatrain_line", rng) + end);
      }
    } else {
      int stanzas = 1 + rng.nextInt(3);
      for (int s = 0; s < stanzas; s++) {
        if (s > 0) {
          lines.add("");
        }
        int n = 3 + rng.nextInt(3);
        for (int i = 0; i < n; i++) {
          lines.add(lit.pick("verse", rng));
        }
      }
    }
    String byline = rng.nextDouble() < 0.85 ? lit.expand(rng.nextBoolean() ? "{name3}" : "{name2}",
        rng) : null;
    Story s = story(StoryKind.POEM, null, byline, List.of(), lines, null, null);
    return literaryTitle(new Piece(s, byline == null ? null : rng.nextDouble() < 0.7 ? "●" : "◎"));
  }

  private Piece literaryTitle(Piece p) {
    if (rng.nextDouble() < 0.5) {
      return p;
    }
    Story s = p.story();
    List<String> title = List.of(own(lit, "title", LIT_TITLES));
    return new Piece(new Story(s.id(), s.kind(), null, title, null, s.dateline(), s.byline(),
        s.paragraphs(), s.lines(), s.caption(), s.credit(), null, null, List.of(), null, null),
        p.marker());
  }

  /** The paper's own alternatives for a headline when it has a rule of that name, else the list. */
  private String own(Grammar g, String rule, List<String> shared) {
    return g.has(rule) ? g.pick(rule, rng) : Grammar.any(shared, rng);
  }

  /** Gives a story a headline with the given probability: kicker (the unit) and a title. */
  private Piece headed(Piece p, double rate) {
    if (rng.nextDouble() >= rate) {
      return p;
    }
    Story s = p.story();
    String kicker = rng.nextDouble() < 0.75 ? news.pick("unit", rng) : null;
    List<String> title;
    double form = rng.nextDouble();
    if (form < 0.45) {
      // two lines
      title = List.of(own(news, "head_short", HEAD_SHORT), own(news, "head_long", HEAD_LONG));
    } else if (form < 0.75) {
      title = List.of(own(news, "head_short", HEAD_SHORT) + " "
          + own(news, "head_long", HEAD_LONG));
    } else {
      title = List.of(own(news, "head_long", HEAD_LONG));
    }
    return new Piece(new Story(s.id(), s.kind(), kicker, title, null, s.dateline(), s.byline(),
        s.paragraphs(), s.lines(), s.caption(), s.credit(), null, null, List.of(), null, null),
        p.marker());
  }

  private String byline() {
    double r = rng.nextDouble();
    if (r < 0.2) {
      return news.expand("{name3} {person}", rng);
    }
    return news.expand(r < 0.6 ? "{name2}" : "{name3}", rng);
  }

  private String flavoured(String flavour, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      boolean own = news.has("sentence_" + flavour) && rng.nextBoolean();
      sb.append(news.pick(own ? "sentence_" + flavour : "sentence", rng));
    }
    return sb.toString();
  }

  /** n sentences of a rule, none repeated in the story being written. */
  private String sentences(Grammar g, String rule, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(g.pick(rule, rng));
    }
    return sb.toString();
  }

  static Story story(StoryKind kind, String dateline, String byline, List<String> paras,
      List<String> lines, String caption, String credit) {
    return new Story("x", kind, null, List.of(), null, dateline, byline, paras, lines, caption,
        credit, null, null, List.of(), null, null);
  }
}
