package org.broadsheet.ingest.sim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.broadsheet.ingest.ReferenceIssue;
import org.broadsheet.ingest.ReferenceIssue.Furniture;
import org.broadsheet.model.Story;
import org.broadsheet.model.StoryKind;

/**
 * Generates damaged issues with their ground truth: picks a paper, lays out pages of different
 * lengths (the last one literary), fills them with seed-reference stories and composed ones, draws
 * each page's and article's damage and prints everything through {@link StoryRenderer}.
 * Deterministic: the same seed gives the same issue.
 */
public final class IssueSimulator {
  /** Bump when the output for a given seed changes. */
  public static final String VERSION = "sim-1.1";
  /**
   * sim-2: page furniture ({@link PageFurniture}: masthead block, running heads at page turns in
   * a share of issues), a space inside a Latin phrase never swallowed by a line break (ISO 9001),
   * no template sentence repeated within an issue until its rule is used up, and paragraphs whose
   * break no reader can see listed as {@code ambiguous} in the reference.
   */
  public static final String VERSION_2 = "sim-2";
  static final String SEED_REFERENCE = "/org/broadsheet/ingest/seed-reference.yaml";
  private static final int[] PAGE_COUNTS = {2, 3, 4, 4, 4, 4, 5, 6};
  private final DamageParameters p;
  private final List<Piece> seedPieces;
  private final String version;
  private final TurnParameters turns;
  private final List<Paper> papers;
  private final double halfWidthFrameRate;

  /** The first generator version, sim-1.1 (the first frozen set). */
  public IssueSimulator(DamageParameters p) {
    this(p, VERSION, TurnParameters.DEFAULT);
  }

  public IssueSimulator(DamageParameters p, String version, TurnParameters turns) {
    this(p, version, turns, Paper.ALL, 0.0);
  }

  /**
   * Issues of the given papers; {@code halfWidthFrameRate} is the share of articles whose frame
   * sets its marks half-width (the seed sets 5 of its 11 frames so; 0 draws nothing, as the
   * frozen sets were made).
   */
  IssueSimulator(DamageParameters p, String version, TurnParameters turns, List<Paper> papers,
      double halfWidthFrameRate) {
    this.papers = List.copyOf(papers);
    this.halfWidthFrameRate = halfWidthFrameRate;
    if (!version.equals(VERSION) && !version.equals(VERSION_2)) {
      throw new IllegalArgumentException("unknown generator version " + version);
    }
    this.p = p;
    this.version = version;
    this.turns = turns;
    this.seedPieces = ReferenceIssue.loadResource(SEED_REFERENCE).issue().allStories().stream()
        .map(s -> new Piece(s, s.kind() == StoryKind.ESSAY || s.kind() == StoryKind.POEM
            && s.byline() != null ? "●" : null))
        .toList();
  }

  public SimulatedIssue generate(String name, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    Paper paper = Grammar.any(papers, rng);
    int pageCount = PAGE_COUNTS[rng.nextInt(PAGE_COUNTS.length)];
    boolean headlineAfter = rng.nextDouble() < p.headlineAfterRate();
    boolean masthead = rng.nextDouble() < p.mastheadRate();
    boolean mastheadAlone = masthead && rng.nextDouble() < 0.1;
    boolean v2 = version.equals(VERSION_2);
    // sim-2's page furniture draws from a stream of its own (the stories do not depend on it)
    PageFurniture pf = v2 ? new PageFurniture(turns, paper, new SplittableRandom(seed ^ 0x7E4D5L))
        : null;
    RawText out = new RawText();
    List<Furniture> furniture = new ArrayList<>();
    boolean firstNamed = false;
    if (pf != null && pf.mastheadBlock) {
      // the block holds the 主管/主办 fragment: it is not glued to a story as well
      masthead = false;
      mastheadAlone = false;
      firstNamed = pf.printMasthead(out, section(paper, 1, pageCount, pageCount == 1), furniture);
    }
    if (mastheadAlone) {
      furniture.add(new Furniture(paper.mastheadFragment(), out.add(paper.mastheadFragment()),
          "masthead"));
    }
    if (rng.nextBoolean()) {
      out.blank();
    }
    StoryRenderer renderer = new StoryRenderer(out, p, rng, headlineAfter, v2);
    StoryComposer composer = new StoryComposer(rng, v2).speaking(paper);
    Set<Integer> usedSeed = new HashSet<>();
    List<ReferenceWriter.PageTruth> pages = new ArrayList<>();
    boolean prevMarked = true;
    for (int page = 1; page <= pageCount; page++) {
      boolean literary = page == pageCount && pageCount >= 3;
      int count = literary ? 3 + rng.nextInt(3) : 3 + rng.nextInt(8);
      double mode = rng.nextDouble();
      double bodyRate = mode < p.damagedPageRate() ? 0.9
          : mode < p.damagedPageRate() + p.cleanPageRate() ? 0.0 : 0.5;
      int host = page == 1 && masthead && !mastheadAlone ? rng.nextInt(count) : -1;
      List<StoryRenderer.Rendered> stories = new ArrayList<>();
      String section = section(paper, page, pageCount, literary);
      boolean named = page == 1 && firstNamed;
      if (pf != null && page > 1) {
        PageFurniture.Turn turn = pf.turn(page, section);
        if (turn != null) {
          named = turn.named();
          Story last = pages.get(pages.size() - 1).stories()
              .get(pages.get(pages.size() - 1).stories().size() - 1).story();
          boolean lastHeaded = last.kicker() != null || !last.title().isEmpty();
          if (!pf.print(turn, out, furniture, headlineAfter && lastHeaded, !headlineAfter)) {
            renderer.prefixNext(pf.prefix(turn), turn.fragments());
          }
        }
      }
      String flavour = page == 1 ? "lead" : section.contains("党") ? "party" : "work";
      for (int i = 0; i < count; i++) {
        Piece piece = piece(paper, literary, flavour, usedSeed, composer, rng);
        // a page opens a new text frame (as every page of the seed does); so does a story whose
        // start nothing else shows: no dateline, no headline before it, and a previous story
        // that ended with no byline, credit, author or headline
        boolean unmarked = piece.story().dateline() == null
            && (headlineAfter || piece.story().title().isEmpty() && piece.story().kicker() == null)
            && (!prevMarked || literaryKind(piece) && headlineAfter);
        ArticleDamage d = damage(bodyRate, i == 0 || unmarked, rng);
        String id = String.format("p%d-%02d", page, i + 1);
        StoryRenderer.Rendered r = renderer.render(piece, id, d,
            i == host ? paper.mastheadFragment() : null);
        furniture.addAll(r.furniture());
        furniture.addAll(renderer.drainGlued());
        stories.add(r);
        prevMarked = r.endMarked();
      }
      pages.add(new ReferenceWriter.PageTruth(page, section, stories, v2 && !named,
          v2 ? (pf.turnsPrinted ? Boolean.TRUE : Boolean.FALSE) : null));
    }
    out.blank();
    String encoding = rng.nextInt(8) == 0 ? "GB18030" : "UTF-8";
    boolean crlf = rng.nextInt(6) == 0;
    boolean bom = encoding.equals("UTF-8") && rng.nextInt(15) == 0;
    String header = "Generated by IssueSimulator " + version + " from seed " + seed
        + " (paper " + paper.name() + ", " + encoding + (crlf ? ", CRLF" : "")
        + (bom ? ", BOM" : "") + ").\nGround truth: what the damage was applied to;"
        + " raw_lines are 1-based lines of " + name + ".txt.";
    List<String> mastheadTexts = masthead ? List.of(paper.mastheadFragment())
        : furniture.stream().filter(f -> f.role().equals(PageFurniture.MASTHEAD))
            .map(Furniture::text).toList();
    String yaml = ReferenceWriter.write(header, paper,
        pf != null && pf.datePrinted() ? pf.isoDate : null,
        pf != null && pf.numberPrinted() ? Integer.toString(pf.number) : null,
        mastheadTexts,
        furniture.stream().sorted((a, b) -> Integer.compare(a.line(), b.line())).toList(), pages);
    List<Story> truth = pages.stream().flatMap(pg -> pg.stories().stream())
        .map(StoryRenderer.Rendered::story).toList();
    return new SimulatedIssue(name, seed, out.lines(), encoding, crlf, bom, yaml, truth);
  }

  private static String section(Paper paper, int page, int count, boolean literary) {
    List<String> s = paper.sections();
    if (literary) {
      return s.get(s.size() - 1);
    }
    return page == 1 ? s.get(0) : s.get(1 + (page - 2) % (s.size() - 2));
  }

  private static boolean literaryKind(Piece p) {
    return p.story().kind() == StoryKind.ESSAY || p.story().kind() == StoryKind.POEM;
  }

  private Piece piece(Paper paper, boolean literary, String flavour, Set<Integer> used,
      StoryComposer composer, SplittableRandom rng) {
    if (rng.nextDouble() < p.seedStoryRate()) {
      for (int tries = 0; tries < 8; tries++) {
        int k = rng.nextInt(seedPieces.size());
        Piece sp = seedPieces.get(k);
        boolean lit = sp.story().kind() == StoryKind.ESSAY || sp.story().kind() == StoryKind.POEM;
        if (lit == literary && used.add(k)) {
          return withDateline(sp, paper);
        }
      }
    }
    double r = rng.nextDouble();
    if (literary) {
      return r < 0.45 ? composer.essay() : r < 0.9 ? composer.poem() : composer.photo();
    }
    return r < 0.7 ? composer.news(paper, flavour) : r < 0.82 ? composer.feature() : composer.photo();
  }

  /** A seed story printed in another paper carries that paper's dateline. */
  private static Piece withDateline(Piece sp, Paper paper) {
    Story s = sp.story();
    if (s.dateline() == null || paper.dateline().equals(s.dateline())) {
      return sp;
    }
    return new Piece(new Story(s.id(), s.kind(), s.kicker(), s.title(), s.subtitle(),
        paper.dateline(), s.byline(), s.paragraphs(), s.lines(), s.caption(), s.credit(), null,
        null, List.of(), null, null), sp.marker());
  }

  private boolean halfWidth(SplittableRandom rng) {
    return halfWidthFrameRate > 0 && rng.nextDouble() < halfWidthFrameRate;
  }

  private ArticleDamage damage(double bodyRate, boolean newFrame, SplittableRandom rng) {
    boolean body = rng.nextDouble() < bodyRate;
    boolean marks = body || rng.nextDouble() < p.marksOnlyRate();
    double s = rng.nextDouble();
    double hanSpace = s < p.fullSpaceRate() ? 1.0 : s < p.fullSpaceRate() + p.someSpaceRate()
        ? 0.5 : 0.0;
    int width = p.widthMin() + rng.nextInt(p.widthMax() - p.widthMin() + 1);
    ColumnSetter columns;
    if (rng.nextDouble() < p.narrowRunRate()) {
      int from = rng.nextInt(10); // a picture: three to nine narrower lines
      columns = new ColumnSetter(width, from, from + 2 + rng.nextInt(7), 8 + rng.nextInt(5),
          halfWidth(rng));
    } else {
      columns = new ColumnSetter(width, -1, -1, width, halfWidth(rng));
    }
    return new ArticleDamage(body, marks, body ? p.punctSpaceRate() : 0.0, hanSpace,
        rng.nextDouble() < p.frameStartRate() || newFrame, rng.nextDouble() < p.spacedTitleRate(),
        body && rng.nextDouble() < p.headlineDamageRate(), columns);
  }
}
