package org.broadsheet.model;

import java.util.Optional;

/** An editor's layout hint for the main title: 竖排 (vertical), horizontal, or the layout's choice. */
public enum HeadlineMode {
  VERTICAL,
  HORIZONTAL,
  AUTO;

  public String key() {
    return EnumKeys.key(this);
  }

  public static Optional<HeadlineMode> fromKey(String key) {
    return EnumKeys.fromKey(HeadlineMode.class, key);
  }
}
