package org.broadsheet.ingest.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.broadsheet.ingest.ReferenceIssue.Furniture;
import org.broadsheet.model.Story;
import org.broadsheet.model.StoryKind;

/**
 * Prints one clean story into the raw text with its article's damage, and says what it printed:
 * the ground-truth story, its raw line range and the furniture it carries.
 */
final class StoryRenderer {
  static final String CREDIT_LABEL = "摄影报道";
  private final RawText out;
  private final DamageParameters p;
  private final SplittableRandom rng;
  private final boolean headlineAfter;
  private final boolean v2;
  private boolean pendingFrame;
  private String pendingPrefix;
  private List<String> pendingFragments = List.of();
  private final List<Furniture> glued = new ArrayList<>();

  /**
   * What one story became in the raw text; {@code endMarked} when its end shows (a byline,
   * credit, author or headline closes it); {@code ambiguous} lists the paragraphs (0-based) whose
   * break the raw text does not show (sim-2 only; see {@link #prose}).
   */
  record Rendered(Story story, int first, int last, List<Furniture> furniture,
      boolean endMarked, List<Integer> ambiguous) {}

  StoryRenderer(RawText out, DamageParameters p, SplittableRandom rng, boolean headlineAfter) {
    this(out, p, rng, headlineAfter, false);
  }

  StoryRenderer(RawText out, DamageParameters p, SplittableRandom rng, boolean headlineAfter,
      boolean v2) {
    this.out = out;
    this.p = p;
    this.rng = rng;
    this.headlineAfter = headlineAfter;
    this.v2 = v2;
  }

  /** A running head glued before the next line printed (its fragments become furniture). */
  void prefixNext(String prefix, List<String> fragments) {
    pendingPrefix = prefix;
    pendingFragments = List.copyOf(fragments);
  }

  /** The furniture glued before lines since the last call. */
  List<Furniture> drainGlued() {
    List<Furniture> g = List.copyOf(glued);
    glued.clear();
    return g;
  }

  Rendered render(Piece piece, String id, ArticleDamage d, String masthead) {
    Story s = piece.story();
    List<Furniture> furniture = new ArrayList<>();
    if (!d.frameStart() && !out.endsBlank()) {
      out.blank();
    }
    pendingFrame = d.frameStart();
    int first = out.lastNo() + 1;
    boolean headed = s.kicker() != null || !s.title().isEmpty();
    if (headed && !headlineAfter) {
      headline(s, d);
      out.blank();
    }
    Story truth = s;
    List<Integer> ambiguous = new ArrayList<>();
    switch (s.kind()) {
      case PHOTO -> photo(s, d, furniture);
      case POEM -> truth = poem(piece, d, furniture);
      default -> prose(piece, d, furniture, ambiguous);
    }
    if (masthead != null) {
      out.appendToLast(masthead);
      furniture.add(new Furniture(masthead, out.lastNo(), "masthead"));
    }
    boolean endMarked = s.byline() != null || s.credit() != null;
    if (headed && headlineAfter) {
      out.blank();
      headline(s, d);
      endMarked = true;
    }
    return new Rendered(truth.withId(id), first, out.lastNo(), furniture, endMarked,
        List.copyOf(ambiguous));
  }

  private void emit(String line) {
    String prefix = pendingPrefix == null ? "" : pendingPrefix;
    int no = out.add((pendingFrame ? " " : "") + prefix + line);
    if (pendingPrefix != null) {
      pendingFragments.forEach(f -> glued.add(new Furniture(f, no, PageFurniture.RUNNING_HEAD)));
      pendingPrefix = null;
    }
    pendingFrame = false;
  }

  private void emitParagraph(List<String> lines) {
    for (int j = 0; j < lines.size(); j++) {
      emit(lines.get(j));
      if (j < lines.size() - 1 && rng.nextDouble() < p.spuriousBlankRate()) {
        out.blank();
      }
    }
  }

  private void headline(Story s, ArticleDamage d) {
    if (s.kicker() != null) {
      emit(s.kicker());
      out.blank();
    }
    if (s.title().isEmpty()) {
      return;
    }
    String title = String.join("", s.title());
    if (d.headline()) {
      title = EncodingFault.damage(title);
    }
    boolean spaced = s.title().size() > 1 || (d.spacedTitle() && !title.contains(" "));
    emit(spaced ? spaceOut(title) : title);
  }

  /**
   * Prints prose. sim-2 lists in {@code ambiguous} both paragraphs of a break no reader can see: a
   * one-line paragraph after no blank line, following a line as wide as a first line or wider (the
   * extracted text has lost the indent, so the one line reads as the last line of the paragraph
   * before as well as a paragraph of its own).
   */
  private void prose(Piece piece, ArticleDamage d, List<Furniture> furniture,
      List<Integer> ambiguous) {
    Story s = piece.story();
    List<String> paras = s.paragraphs();
    boolean essay = s.kind() == StoryKind.ESSAY;
    String by = s.byline();
    boolean start = by != null && !essay && s.dateline() != null
        && rng.nextDouble() < p.bylineStartRate();
    boolean inlineEnd = by != null && !essay && !start
        && rng.nextDouble() < p.bylineInlineEndRate();
    String prevLast = null;
    double prevWidth = 0;
    double prevLimit = 0;
    boolean blankBefore = false;
    for (int i = 0; i < paras.size(); i++) {
      List<Glyph> g = new ArrayList<>();
      if (i == 0 && s.dateline() != null) {
        g.addAll(glyphs(s.dateline(), false, d));
        if (start) {
          if (rng.nextBoolean()) {
            g.add(Glyph.space());
          }
          g.addAll(bracketed(by, d));
          if (rng.nextBoolean()) {
            g.add(Glyph.space());
          }
        } else {
          g.add(Glyph.space());
        }
      }
      g.addAll(glyphs(paras.get(i), d.body(), d));
      List<String> lines = new ArrayList<>(d.columns().set(g, true));
      if (i == paras.size() - 1 && inlineEnd) {
        // the byline stands at the right of the last line when it fits there, else on its own
        String b = shown(bracketed(by, d));
        String lastLine = lines.get(lines.size() - 1);
        if (Glyph.width(lastLine) + 0.5 + Glyph.width(b) <= d.columns().width()) {
          lines.set(lines.size() - 1, lastLine + " " + b);
        } else {
          inlineEnd = false;
        }
      }
      if (v2 && i > 0 && !blankBefore && lines.size() == 1 && prevLast != null
          && prevWidth >= prevLimit - 2 - 1e-9) {
        if (!ambiguous.contains(i - 1)) {
          ambiguous.add(i - 1);
        }
        ambiguous.add(i);
      }
      emitParagraph(lines);
      prevLast = lines.get(lines.size() - 1);
      // half-width marks: only the setter knows the line's width
      prevWidth = d.columns().narrowMarks() ? d.columns().lastWidth() : Glyph.width(prevLast);
      prevLimit = d.columns().lastLimit();
      blankBefore = false;
      if (i < paras.size() - 1 && rng.nextDouble() < p.paragraphBlankRate()) {
        out.blank();
        blankBefore = true;
      }
    }
    if (by != null && essay) {
      author(piece, d, furniture, rng.nextDouble() < p.oneCharAuthorRate());
    } else if (by != null && !start && !inlineEnd) {
      if (rng.nextDouble() < 0.8) {
        out.blank();
      }
      emit(shown(bracketed(by, d)));
    }
  }

  private void photo(Story s, ArticleDamage d, List<Furniture> furniture) {
    emitParagraph(d.columns().set(glyphs(s.caption(), d.body(), d), true));
    if (rng.nextDouble() < p.creditInlineRate()) {
      out.appendToLast(" " + CREDIT_LABEL + " " + s.credit());
    } else {
      out.blank();
      emit(CREDIT_LABEL + " " + s.credit());
    }
    furniture.add(new Furniture(CREDIT_LABEL, out.lastNo(), "photo-credit-label"));
  }

  private Story poem(Piece piece, ArticleDamage d, List<Furniture> furniture) {
    Story s = piece.story();
    boolean blankAfterEvery = rng.nextDouble() < p.verseBlankRate();
    List<String> verses = s.lines();
    int lastVerse = verses.size() - 1;
    while (lastVerse > 0 && verses.get(lastVerse).isEmpty()) {
      lastVerse--;
    }
    for (int i = 0; i <= lastVerse; i++) {
      String v = verses.get(i);
      if (v.isEmpty()) {
        if (!blankAfterEvery) {
          out.blank();
        }
        continue;
      }
      emit(shown(glyphs(v, d.body(), d)).strip());
      if (blankAfterEvery && i < lastVerse) {
        out.blank();
      }
    }
    if (s.byline() != null) {
      author(piece, d, furniture, rng.nextDouble() < p.oneCharAuthorRate());
    }
    List<String> lines = blankAfterEvery
        ? verses.stream().filter(v -> !v.isEmpty()).toList() : verses.subList(0, lastVerse + 1);
    return new Story(s.id(), s.kind(), s.kicker(), s.title(), s.subtitle(), s.dateline(),
        s.byline(), s.paragraphs(), lines, s.caption(), s.credit(), null, null, List.of(), null,
        null);
  }

  /** The author after a literary piece: marker and name, or marker and one character a line. */
  private void author(Piece piece, ArticleDamage d, List<Furniture> furniture, boolean oneChar) {
    String marker = piece.marker() == null ? "●" : piece.marker();
    String shownMarker = d.marks() ? EncodingFault.damage(marker) : marker;
    out.blank();
    String name = piece.story().byline();
    if (oneChar) {
      emit(shownMarker);
      furniture.add(new Furniture(shownMarker, out.lastNo(), "author-marker"));
      name.codePoints().filter(cp -> cp != ' ')
          .forEach(cp -> emit(new String(Character.toChars(cp))));
    } else {
      emit(shownMarker + " " + name);
      furniture.add(new Furniture(shownMarker, out.lastNo(), "author-marker"));
    }
  }

  /** （NAME） with the brackets damaged when the article's marks are; 杨 红 for two characters. */
  private List<Glyph> bracketed(String byline, ArticleDamage d) {
    List<Glyph> g = new ArrayList<>();
    g.add(mark('（', d.marks()));
    boolean spaced = byline.length() == 2 && rng.nextDouble() < p.nameSpaceRate();
    for (int i = 0; i < byline.length(); i++) {
      if (spaced && i == 1) {
        g.add(Glyph.space());
      }
      g.add(Glyph.of(byline.charAt(i)));
    }
    g.add(mark('）', d.marks()));
    return g;
  }

  private static Glyph mark(int cp, boolean damaged) {
    return damaged ? new Glyph(cp, new String(Character.toChars(EncodingFault.image(cp))))
        : Glyph.of(cp);
  }

  /** A clean text as extraction shows it in this article: images for marks, added spaces. */
  List<Glyph> glyphs(String text, boolean damaged, ArticleDamage d) {
    List<Glyph> g = new ArrayList<>();
    int prev = -1;
    int[] cps = text.codePoints().toArray();
    for (int k = 0; k < cps.length; k++) {
      int cp = cps[k];
      if (v2 && cp == ' ' && isAsciiAlnum(prev) && k + 1 < cps.length && isAsciiAlnum(cps[k + 1])) {
        g.add(Glyph.phraseSpace()); // a printed space inside a Latin phrase: kept with its words
        prev = cp;
        continue;
      }
      if (prev >= 0 && (isHan(prev) && isAsciiAlnum(cp) || isAsciiAlnum(prev) && isHan(cp))
          && rng.nextDouble() < d.hanSpace()) {
        g.add(Glyph.space());
      }
      if (damaged && EncodingFault.isMark(cp)) {
        if (rng.nextDouble() < d.punctSpace() / 3) {
          g.add(Glyph.space());
        }
        g.add(mark(cp, true));
        if (rng.nextDouble() < d.punctSpace()) {
          g.add(Glyph.space());
        }
      } else {
        g.add(Glyph.of(cp));
      }
      prev = cp;
    }
    return g;
  }

  static String shown(List<Glyph> glyphs) {
    StringBuilder sb = new StringBuilder();
    glyphs.forEach(x -> sb.append(x.shown()));
    return sb.toString();
  }

  static String spaceOut(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.appendCodePoint(cp);
    });
    return sb.toString();
  }

  static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  static boolean isAsciiAlnum(int cp) {
    return cp < 0x80 && Character.isLetterOrDigit(cp);
  }
}
