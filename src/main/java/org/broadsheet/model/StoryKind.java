package org.broadsheet.model;

import java.util.Optional;

/** What a story is; the key names are fixed by the issue file format. */
public enum StoryKind {
  /** A report that opens with a dateline (X讯). */
  NEWS,
  /** Prose without a dateline outside the literary page: reportage, profile. */
  FEATURE,
  /** Literary prose (散文), author after ● or ◎. */
  ESSAY,
  /** Verse: {@link Story#lines()} holds the verses, stanza breaks as empty strings. */
  POEM,
  /** A picture's caption and credit without a story of its own. */
  PHOTO;

  public String key() {
    return EnumKeys.key(this);
  }

  public static Optional<StoryKind> fromKey(String key) {
    return EnumKeys.fromKey(StoryKind.class, key);
  }
}
