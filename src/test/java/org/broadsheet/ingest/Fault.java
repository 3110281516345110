package org.broadsheet.ingest;

import java.util.HashMap;
import java.util.Map;

/** The encoding fault applied to clean text (test helper): every text mark becomes its image. */
final class Fault {
  private static final Map<Integer, Integer> IMAGE = new HashMap<>();

  static {
    MojibakeTable.table().forEach((image, mark) -> {
      if (MojibakeTable.candidate(image) >= 0) {
        IMAGE.put(mark, image);
      }
    });
  }

  private Fault() {}

  static String damage(String clean) {
    StringBuilder sb = new StringBuilder();
    clean.codePoints().forEach(cp -> sb.appendCodePoint(IMAGE.getOrDefault(cp, cp)));
    return sb.toString();
  }
}
