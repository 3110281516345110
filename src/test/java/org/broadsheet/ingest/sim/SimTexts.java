package org.broadsheet.ingest.sim;

import java.util.List;
import java.util.SplittableRandom;
import org.broadsheet.ingest.ReferenceIssue;

/** Clean paragraphs for property tests: the seed reference's and composed ones. */
final class SimTexts {
  private static final List<String> SEED = ReferenceIssue.loadResource(
      IssueSimulator.SEED_REFERENCE).issue().allStories().stream()
      .flatMap(s -> s.paragraphs().stream()).toList();

  private SimTexts() {}

  static String paragraph(int pick) {
    if (pick % 2 == 0) {
      return SEED.get((pick / 2) % SEED.size());
    }
    StoryComposer c = new StoryComposer(new SplittableRandom(pick));
    List<String> paras = c.news(Paper.ALL.get(pick % Paper.ALL.size())).story().paragraphs();
    return paras.get(pick % paras.size());
  }
}
