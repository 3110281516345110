package org.broadsheet.model;

import java.util.Locale;
import java.util.Optional;

/** The issue file writes enum constants as lower-case keys ({@code news}, {@code lead}). */
final class EnumKeys {
  private EnumKeys() {}

  static String key(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  static <E extends Enum<E>> Optional<E> fromKey(Class<E> type, String key) {
    for (E e : type.getEnumConstants()) {
      if (key(e).equals(key)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
