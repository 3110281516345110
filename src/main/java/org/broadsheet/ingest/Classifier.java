package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.model.Story;
import org.broadsheet.model.StoryKind;

/**
 * Reads each draft's role fields: dateline and byline, trailing byline, headline lines (kicker
 * above title), photo caption and credit, verses; decides the kind.
 */
final class Classifier {
  private static final Pattern LEADING_BYLINE =
      Pattern.compile("^\\s*[（(]([\\p{IsHan} ]{2,16})[）)]\\s*");
  private static final Pattern TRAILING_BYLINE =
      Pattern.compile("\\s*[（(]([\\p{IsHan} ]{2,16})[）)]\\s*$");
  private static final Pattern CREDIT_TAIL = Pattern.compile("\\s*摄影报道\\s*(\\p{IsHan}{2,4})$");

  private Classifier() {}

  static Story classify(Segmenter.Draft d, String id, ChangeLog log) {
    List<String> paragraphs = new ArrayList<>();
    for (Unit u : d.body()) {
      paragraphs.add(u.text());
    }
    String dateline = null;
    String byline = null;
    if (!paragraphs.isEmpty()) {
      Unit first = d.body().get(0);
      Optional<String> dl = Datelines.dateline(paragraphs.get(0));
      if (dl.isPresent()) {
        dateline = dl.get();
        String rest = paragraphs.get(0).substring(dateline.length());
        Matcher m = LEADING_BYLINE.matcher(rest);
        if (m.find()) {
          byline = names(m.group(1));
          log.add(first.line(), first.column(), "byline.brackets",
              rest.substring(0, m.end()).strip(), "", "reporters in brackets after the dateline");
          rest = rest.substring(m.end());
        }
        paragraphs.set(0, rest);
      }
      int lastIndex = paragraphs.size() - 1;
      Unit last = d.body().get(lastIndex);
      Matcher t = TRAILING_BYLINE.matcher(paragraphs.get(lastIndex));
      if (byline == null && t.find()) {
        byline = names(t.group(1));
        log.add(last.line(), last.column(), "byline.brackets", t.group().strip(), "",
            "author in brackets at the end of the story");
        paragraphs.set(lastIndex, paragraphs.get(lastIndex).substring(0, t.start()));
      }
    }
    if (d.byline() != null) {
      String raw = d.byline().text();
      String name = raw.replaceAll("^[（(●◎]\\s*|[）)]$", "");
      String removed = raw.replace(name, "");
      log.add(d.byline().line(), d.byline().column(), "byline.marker", removed, "",
          "author line after the text");
      byline = byline == null ? names(name) : byline + " " + names(name);
    }
    String caption = null;
    String credit = null;
    if (d.credit() != null) {
      credit = d.credit().text().replaceFirst("^摄影报道\\s*", "");
      log.add(d.credit().line(), d.credit().column(), "caption.credit-label", "摄影报道", "",
          "photo credit label");
    }
    if (!paragraphs.isEmpty()) {
      int lastIndex = paragraphs.size() - 1;
      Matcher c = CREDIT_TAIL.matcher(paragraphs.get(lastIndex));
      if (c.find()) {
        credit = c.group(1);
        Unit last = d.body().get(lastIndex);
        log.add(last.line(), last.column(), "caption.credit-label", "摄影报道", "",
            "photo credit label");
        paragraphs.set(lastIndex, paragraphs.get(lastIndex).substring(0, c.start()));
      }
    }
    if (credit != null) {
      caption = String.join("", paragraphs);
      paragraphs.clear();
    }
    paragraphs.removeIf(String::isEmpty);
    String kicker = null;
    List<String> title = new ArrayList<>();
    List<String> heads = new ArrayList<>();
    for (Unit u : d.headline()) {
      heads.add(u.text());
    }
    if (heads.size() >= 2) {
      kicker = heads.get(0);
      title.addAll(heads.subList(1, heads.size()));
    } else {
      title.addAll(heads);
    }
    List<String> verses = new ArrayList<>();
    for (Unit u : d.verses()) {
      verses.add(u.text());
    }
    StoryKind kind = kind(dateline, credit, verses, paragraphs, d);
    return new Story(id, kind, kicker, title, null, dateline, byline, paragraphs, verses, caption,
        credit, null, null, List.of(), null, null);
  }

  private static StoryKind kind(String dateline, String credit, List<String> verses,
      List<String> paragraphs, Segmenter.Draft d) {
    if (credit != null) {
      return StoryKind.PHOTO;
    }
    if (!verses.isEmpty() && paragraphs.isEmpty()) {
      return StoryKind.POEM;
    }
    if (dateline != null) {
      return StoryKind.NEWS;
    }
    if (d.byline() != null && d.byline().text().matches("^[●◎].*")) {
      return StoryKind.ESSAY;
    }
    return StoryKind.FEATURE;
  }

  /**
   * Bylines: spaces inside a two-character name are extraction noise ({@code 杨 红} → 杨红);
   * several names stay separated by one space.
   */
  static String names(String raw) {
    String[] parts = raw.strip().split("\\s+");
    List<String> names = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String p : parts) {
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
