package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.broadsheet.issuefile.IssueFileReader;
import org.broadsheet.model.Issue;
import org.broadsheet.model.Page;
import org.broadsheet.model.Priority;
import org.broadsheet.model.Story;
import org.junit.jupiter.api.Test;

/**
 * The curated seed issue file is the cleaner's output plus editor additions: its stories' text
 * equals what the cleaner makes of the raw seed, so the cleaner, not hand edits, makes it right.
 */
class SeedIssueFileTest {
  private static final Path CURATED = Path.of("seeds/000_db28fdb7a0aa274c.yaml");
  private final Issue curated = IssueFileReader.read(CURATED);
  private final Issue cleaned = SeedFixture.cleaned().issue();

  @Test
  void storiesTextEqualsTheCleanersOutput() {
    List<Story> a = curated.allStories();
    List<Story> b = cleaned.allStories();
    assertThat(a).hasSameSizeAs(b);
    for (int i = 0; i < a.size(); i++) {
      Story c = a.get(i);
      Story o = b.get(i);
      assertThat(c.id()).isEqualTo(o.id());
      assertThat(c.kind()).as(c.id()).isEqualTo(o.kind());
      assertThat(c.paragraphs()).as(c.id()).isEqualTo(o.paragraphs());
      assertThat(c.lines()).as(c.id()).isEqualTo(o.lines());
      assertThat(c.caption()).as(c.id()).isEqualTo(o.caption());
      assertThat(c.credit()).as(c.id()).isEqualTo(o.credit());
      assertThat(c.byline()).as(c.id()).isEqualTo(o.byline());
      assertThat(c.dateline()).as(c.id()).isEqualTo(o.dateline());
      assertThat(c.kicker()).as(c.id()).isEqualTo(o.kicker());
      if (!c.isSupplied("title")) {
        assertThat(c.title()).as(c.id()).isEqualTo(o.title());
      }
    }
  }

  @Test
  void suppliedTitlesAreMarkedAndMadeOfTheStorysOwnWords() {
    for (Story s : curated.allStories()) {
      Story o = cleaned.allStories().stream().filter(x -> x.id().equals(s.id())).findFirst()
          .orElseThrow();
      if (o.title().isEmpty() && s.kind() != org.broadsheet.model.StoryKind.PHOTO) {
        assertThat(s.isSupplied("title")).as(s.id() + " has a supplied title").isTrue();
      }
      if (s.isSupplied("title")) {
        assertThat(o.title()).as(s.id() + ": the source lost its title").isEmpty();
        String text = String.join("", o.texts());
        s.titleText().orElseThrow().codePoints().filter(Chars::isHan)
            .forEach(cp -> assertThat(text).as(s.id()).contains(Character.toString(cp)));
      }
    }
  }

  @Test
  void pagesSectionsAndHintsNeedNoInventedFacts() {
    assertThat(curated.date()).isNull();
    assertThat(curated.number()).isNull();
    assertThat(curated.title()).isEqualTo(cleaned.title());
    assertThat(curated.masthead()).isEqualTo(cleaned.masthead());
    assertThat(curated.pages()).extracting(Page::section)
        .containsExactly("要闻", "生产经营", "党建工作", "文艺副刊");
    assertThat(curated.pages()).allSatisfy(p -> assertThat(p.supplied()).contains("section"));
    assertThat(curated.pages()).allSatisfy(p -> assertThat(p.stories())
        .filteredOn(s -> s.priority() == Priority.LEAD).hasSize(1));
  }
}
