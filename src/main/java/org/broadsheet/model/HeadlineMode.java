package org.broadsheet.model;

import java.util.Locale;
import java.util.Optional;

/** An editor's layout hint for the main title: 竖排 (vertical), horizontal, or the layout's choice. */
public enum HeadlineMode {
  VERTICAL,
  HORIZONTAL,
  AUTO;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<HeadlineMode> fromKey(String key) {
    for (HeadlineMode m : values()) {
      if (m.key().equals(key)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
