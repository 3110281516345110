package org.broadsheet.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One story of an issue with its role fields, as in the issue file. Text fields hold the text as
 * printed, with no spaces between Han characters and digits or Latin (the typesetter adds them).
 *
 * @param id stable identifier, e.g. {@code p1-01}
 * @param kind what the story is
 * @param kicker 引题, or null
 * @param title 主题 as one or more lines; empty when the source lost it and no editor supplied one
 * @param subtitle 副题, or null
 * @param dateline X讯, or null
 * @param byline the author(s), two bylines separated by one space, or null
 * @param paragraphs prose paragraphs
 * @param lines verse lines of a poem, stanza breaks as empty strings
 * @param caption photo caption, or null
 * @param credit photographer, or null
 * @param image picture path relative to the issue file, or null
 * @param alt picture description for the archive edition, or null (defaults to the caption)
 * @param supplied names of fields an editor wrote that the source does not contain
 * @param priority layout hint, or null when the layout decides
 * @param headline layout hint, or null when the layout decides
 */
public record Story(
    String id,
    StoryKind kind,
    String kicker,
    List<String> title,
    String subtitle,
    String dateline,
    String byline,
    List<String> paragraphs,
    List<String> lines,
    String caption,
    String credit,
    String image,
    String alt,
    List<String> supplied,
    Priority priority,
    HeadlineMode headline) {

  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    title = List.copyOf(title);
    paragraphs = List.copyOf(paragraphs);
    lines = List.copyOf(lines);
    supplied = List.copyOf(supplied);
  }

  /** A story with just a kind and paragraphs; the other fields empty. */
  public static Story of(String id, StoryKind kind, List<String> paragraphs) {
    return new Story(id, kind, null, List.of(), null, null, null, paragraphs, List.of(), null, null,
        null, null, List.of(), null, null);
  }

  public Optional<String> titleText() {
    return title.isEmpty() ? Optional.empty() : Optional.of(String.join("", title));
  }

  public boolean isSupplied(String field) {
    return supplied.contains(field);
  }

  /**
   * Every piece of text the story holds, in reading order (kicker, title, subtitle, dateline,
   * byline, paragraphs, verses, caption, credit): what must reach the page.
   */
  public List<String> texts() {
    List<String> out = new ArrayList<>();
    addIfPresent(out, kicker);
    out.addAll(title);
    addIfPresent(out, subtitle);
    addIfPresent(out, dateline);
    addIfPresent(out, byline);
    out.addAll(paragraphs);
    lines.stream().filter(l -> !l.isEmpty()).forEach(out::add);
    addIfPresent(out, caption);
    addIfPresent(out, credit);
    return out;
  }

  private static void addIfPresent(List<String> out, String s) {
    if (s != null && !s.isEmpty()) {
      out.add(s);
    }
  }

  public Story withKind(StoryKind newKind) {
    return new Story(id, newKind, kicker, title, subtitle, dateline, byline, paragraphs, lines,
        caption, credit, image, alt, supplied, priority, headline);
  }

  public Story withId(String newId) {
    return new Story(newId, kind, kicker, title, subtitle, dateline, byline, paragraphs, lines,
        caption, credit, image, alt, supplied, priority, headline);
  }
}
