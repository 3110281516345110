package org.broadsheet.model;

import java.util.Locale;
import java.util.Optional;

/** An editor's layout hint: how prominent a story should be (头条 = lead). */
public enum Priority {
  LEAD,
  NORMAL,
  BRIEF;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Priority> fromKey(String key) {
    for (Priority p : values()) {
      if (p.key().equals(key)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
