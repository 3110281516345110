package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.model.Story;
import org.broadsheet.model.StoryKind;

/**
 * Reads each draft's role fields: dateline and the byline in brackets after it or at the end of
 * the text, a byline standing alone (in brackets, after a marker ● / ◎, or one character per
 * line), the headline lines (kicker above title, spaced-out characters of a vertical headline
 * joined), photo caption and credit ({@code 摄影报道 NAME}), verses; decides the kind.
 */
final class Classifier {
  /** The fewest and most characters of a personal name (compound surnames have four). */
  private static final int MIN_NAME = 2;
  private static final int MAX_NAME = 4;
  /**
   * The reporters' brackets after a dateline in their damaged images (渊…冤 for （…）, GB 2312
   * read as another code page) where the repairer left the paragraph as undamaged: a bracket
   * pair of names is what stands in that place.
   */
  private static final Pattern LEADING_DAMAGED_BYLINE = Pattern.compile("^\\s*"
      + image('（') + "([\\p{IsHan} ]{2,16}?)"
      + image('）') + "\\s*");
  private static final Pattern LEADING_BYLINE =
      Pattern.compile("^\\s*[（(]([\\p{IsHan} ]{2,16})[）)]\\s*");
  private static final Pattern TRAILING_BYLINE =
      Pattern.compile("\\s*[（(]([\\p{IsHan} ]{2,16})[）)]\\s*$");
  private static final String MARKERS = "●◎○★☆";
  private static final Pattern BRACKETED = Pattern.compile("^[（(](.*)[）)]$");
  /** The longest a photo caption runs, in characters. */
  private static final int CAPTION_CHARS = 200;

  private final ChangeLog log;

  private Classifier(ChangeLog log) {
    this.log = log;
  }

  static Found classify(Segmenter.Draft d, String id, ChangeLog log) {
    return new Classifier(log).read(d, id);
  }

  private Found read(Segmenter.Draft d, String id) {
    List<Piece> paragraphs = new ArrayList<>();
    d.body().forEach(u -> paragraphs.add(u.piece()));
    String dateline = null;
    List<String> bylines = new ArrayList<>();
    if (!paragraphs.isEmpty()) {
      Piece first = paragraphs.get(0);
      Optional<String> dl = Datelines.dateline(first.text());
      if (dl.isPresent()) {
        dateline = dl.get();
        Piece rest = first.sub(dl.get().codePointCount(0, dl.get().length())).strip();
        Matcher m = LEADING_BYLINE.matcher(rest.text());
        if (!m.find()) {
          m = LEADING_DAMAGED_BYLINE.matcher(rest.text());
        }
        if (m.find(0)) {
          bylines.add(byline(rest, m, "reporters in brackets after the dateline"));
          rest = rest.sub(cp(rest, m.end())).strip();
        }
        paragraphs.set(0, rest);
      }
      int last = paragraphs.size() - 1;
      Piece tail = paragraphs.get(last);
      Matcher t = TRAILING_BYLINE.matcher(tail.text());
      if (t.find() && t.start() > 0) {
        bylines.add(byline(tail, t, "author in brackets at the end of the text"));
        paragraphs.set(last, tail.sub(0, cp(tail, t.start())).strip());
      }
    }
    boolean markerByline = false;
    if (!d.byline().isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (Unit u : d.byline()) {
        Piece p = u.piece();
        String text = p.text();
        if (!text.isEmpty() && MARKERS.indexOf(text.codePointAt(0)) >= 0) {
          markerByline = true;
          log.add(p.line(), p.column(), "byline.author-marker", text.substring(0, 1), "",
              "the marker before an author's name (literary page convention)");
          text = text.substring(1).strip();
        }
        Matcher m = BRACKETED.matcher(text);
        if (m.matches()) {
          log.add(p.line(), p.column(), "byline.brackets", text, names(m.group(1)),
              "author in brackets on a line of its own");
          text = m.group(1);
        }
        if (!text.isEmpty()) {
          parts.add(text);
        }
      }
      // a name set one character per line is one name; names on lines of their own are several
      bylines.add(isVertical(d.byline()) ? String.join("", parts) : names(String.join(" ", parts)));
    }
    String caption = null;
    String credit = null;
    if (d.credit() != null) {
      Piece p = d.credit().piece();
      Matcher m = Segmenter.CREDIT_LINE.matcher(p.text());
      if (m.matches()) {
        credit = names(m.group("name"));
        log.add(p.line(), p.column(), "caption.credit-label", m.group("label"), "",
            "photo credit label before the photographer's name");
      }
    }
    if (credit == null && !paragraphs.isEmpty()) {
      int last = paragraphs.size() - 1;
      Piece tail = paragraphs.get(last);
      Matcher c = Segmenter.CREDIT_TAIL.matcher(tail.text());
      if (c.find()) {
        credit = names(c.group("name"));
        Piece label = tail.sub(cp(tail, c.start("label")));
        log.add(label.line(), label.column(), "caption.credit-label", c.group("label"), "",
            "photo credit label before the photographer's name");
        paragraphs.set(last, tail.sub(0, cp(tail, c.start())).strip());
      }
    }
    List<String> texts = new ArrayList<>();
    paragraphs.stream().map(Piece::text).filter(s -> !s.isEmpty()).forEach(texts::add);
    if (credit != null || isUncreditedCaption(dateline, texts, d)) {
      caption = String.join("", texts);
      texts.clear();
    }
    String kicker = null;
    String subtitle = null;
    List<String> title = new ArrayList<>();
    boolean vertical = false;
    List<String> heads = new ArrayList<>();
    for (Unit u : d.headline()) {
      String h = u.text();
      if (ShortLines.isSpacedOut(h)) {
        h = h.replace(" ", "");
        vertical = true;
      } else {
        h = Spacing.headline(u.raw()).text();
      }
      heads.add(h);
    }
    if (heads.size() == 1) {
      title.add(heads.get(0));
    } else if (heads.size() >= 2) {
      kicker = heads.get(0);
      title.add(heads.get(1));
      if (heads.size() > 2) {
        subtitle = String.join(" ", heads.subList(2, heads.size()));
      }
    }
    List<String> verses = verses(d.verses());
    String byline = bylines.isEmpty() ? null : String.join(" ", bylines);
    StoryKind kind = kind(dateline, credit, verses, texts, markerByline, caption);
    Story story = new Story(id, kind, kicker, title, subtitle, dateline, byline, texts, verses,
        caption, credit, null, null, List.of(), null, null);
    return new Found(story, vertical, firstLine(d), lastLine(d), d.frameStart(), markerByline,
        d.fragments().stream().map(Unit::piece).toList(), TurnEvidence.headlineFrame(d));
  }

  /**
   * A photo whose credit is lost: a short text without dateline or author whose last paragraph
   * describes the picture (图为 …, "the picture shows").
   */
  private static boolean isUncreditedCaption(String dateline, List<String> texts,
      Segmenter.Draft d) {
    return dateline == null && d.byline().isEmpty() && d.verses().isEmpty() && !texts.isEmpty()
        && texts.size() <= 2 && texts.get(texts.size() - 1).startsWith("图为")
        && String.join("", texts).length() <= CAPTION_CHARS;
  }

  /**
   * Verse lines with their stanza breaks: when some verses follow each other without a blank
   * line, a blank line between verses is a stanza break (an empty line); when every verse stands
   * between blank lines, the blanks carry no stanza.
   */
  private static List<String> verses(List<Unit> units) {
    boolean blanksMeanStanzas = false;
    for (int i = 1; i < units.size(); i++) {
      blanksMeanStanzas |= !units.get(i).blankBefore();
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      if (i > 0 && blanksMeanStanzas && units.get(i).blankBefore()) {
        out.add("");
      }
      out.add(units.get(i).text());
    }
    return out;
  }

  private static boolean isVertical(List<Unit> parts) {
    return parts.size() > 1
        && parts.stream().allMatch(u -> u.text().codePointCount(0, u.text().length()) <= 1);
  }

  private String byline(Piece p, Matcher m, String why) {
    Piece bracket = p.sub(cp(p, m.start()), cp(p, m.end())).strip();
    String name = names(spacedAtLineBreak(p.sub(cp(p, m.start(1)), cp(p, m.end(1)))));
    log.add(bracket.line(), bracket.column(), "byline.brackets", bracket.text(), name, why);
    return name;
  }

  /**
   * Names in brackets with no space between them, broken over two lines: a personal name holds
   * two to four characters, so more than four with the break after two or more and before two
   * or more are two names, their space lost at the line end (渊刘燕军 / 赵福刚冤).
   */
  private static String spacedAtLineBreak(Piece inner) {
    String t = inner.text();
    int n = inner.length();
    if (n <= MAX_NAME || t.codePoints().anyMatch(Character::isWhitespace)) {
      return t;
    }
    for (int i = MIN_NAME; i <= n - MIN_NAME; i++) {
      if (inner.line(i) != inner.line(i - 1)) {
        return inner.sub(0, i).text() + " " + inner.sub(i).text();
      }
    }
    return t;
  }

  /** The damaged image of a mark, quoted for a pattern. */
  private static String image(int mark) {
    return MojibakeTable.table().entrySet().stream().filter(e -> e.getValue() == mark)
        .map(e -> Pattern.quote(Character.toString(e.getKey()))).findFirst().orElseThrow();
  }

  private static int cp(Piece p, int charIndex) {
    return p.text().codePointCount(0, charIndex);
  }

  private static StoryKind kind(String dateline, String credit, List<String> verses,
      List<String> paragraphs, boolean markerByline, String caption) {
    if (credit != null || caption != null) {
      return StoryKind.PHOTO;
    }
    if (!verses.isEmpty() && paragraphs.isEmpty()) {
      return StoryKind.POEM;
    }
    if (dateline != null) {
      return StoryKind.NEWS;
    }
    return markerByline ? StoryKind.ESSAY : StoryKind.FEATURE;
  }

  private static int firstLine(Segmenter.Draft d) {
    int min = Integer.MAX_VALUE;
    for (List<Unit> l : List.of(d.body(), d.headline(), d.verses(), d.byline(), d.fragments())) {
      for (Unit u : l) {
        min = Math.min(min, u.line());
      }
    }
    return min == Integer.MAX_VALUE ? 0 : min;
  }

  private static int lastLine(Segmenter.Draft d) {
    int max = 0;
    for (List<Unit> l : List.of(d.body(), d.headline(), d.verses(), d.byline(), d.fragments())) {
      for (Unit u : l) {
        max = Math.max(max, u.line() + u.lineCount() - 1);
      }
    }
    if (d.credit() != null) {
      max = Math.max(max, d.credit().line());
    }
    return max;
  }

  /**
   * Bylines: spaces inside a two-character name are extraction noise ({@code 杨 红} → 杨红);
   * several names stay separated by one space.
   */
  static String names(String raw) {
    String[] parts = raw.strip().split("[\\s\\u3000]+");
    List<String> names = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String p : parts) {
      if (p.isEmpty()) {
        continue;
      }
      if (p.codePointCount(0, p.length()) == 1) {
        pending.append(p);
        if (pending.codePointCount(0, pending.length()) >= 2) {
          names.add(pending.toString());
          pending.setLength(0);
        }
      } else {
        if (pending.length() > 0) {
          names.add(pending.toString());
          pending.setLength(0);
        }
        names.add(p);
      }
    }
    if (pending.length() > 0) {
      names.add(pending.toString());
    }
    return String.join(" ", names);
  }
}
