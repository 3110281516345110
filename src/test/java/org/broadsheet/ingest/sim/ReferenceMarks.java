package org.broadsheet.ingest.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * What a sim-2 reference says beyond the seed-reference format (which {@code ReferenceIssue}
 * reads): per story, in reading order, the paragraphs whose break the raw text does not show
 * ({@code ambiguous}) and whether its page's turns are signalled ({@code signalled}; absent, as in
 * sim-1.1 references and the seed's, means not).
 *
 * @param ambiguous per story, its ambiguous paragraph indexes (0-based)
 * @param signalled per story, whether its page's turn prints a running head
 */
record ReferenceMarks(List<Set<Integer>> ambiguous, List<Boolean> signalled) {

  @SuppressWarnings("unchecked")
  static ReferenceMarks parse(String yaml) {
    Map<String, Object> root = (Map<String, Object>) new Load(LoadSettings.builder().build())
        .loadFromString(yaml);
    List<Set<Integer>> ambiguous = new ArrayList<>();
    List<Boolean> signalled = new ArrayList<>();
    Object pages = root.get("pages");
    for (Object po : pages == null ? List.of() : (List<Object>) pages) {
      Map<String, Object> p = (Map<String, Object>) po;
      boolean sig = Boolean.TRUE.equals(p.get("signalled"));
      Object stories = p.get("stories");
      for (Object so : stories == null ? List.of() : (List<Object>) stories) {
        Map<String, Object> s = (Map<String, Object>) so;
        Set<Integer> a = new TreeSet<>();
        Object list = s.get("ambiguous");
        if (list != null) {
          ((List<Object>) list).forEach(x -> a.add(((Number) x).intValue()));
        }
        ambiguous.add(a);
        signalled.add(sig);
      }
    }
    return new ReferenceMarks(ambiguous, signalled);
  }

  int ambiguousCount() {
    return ambiguous.stream().mapToInt(Set::size).sum();
  }

  long signalledStories() {
    return signalled.stream().filter(b -> b).count();
  }
}
