package org.broadsheet.model;

import java.util.Optional;

/** An editor's layout hint: how prominent a story should be (头条 = lead). */
public enum Priority {
  LEAD,
  NORMAL,
  BRIEF;

  public String key() {
    return EnumKeys.key(this);
  }

  public static Optional<Priority> fromKey(String key) {
    return EnumKeys.fromKey(Priority.class, key);
  }
}
