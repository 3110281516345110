package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.broadsheet.ingest.Paginator.Section;
import org.broadsheet.ingest.TurnEvidence.Damage;
import org.broadsheet.ingest.TurnEvidence.Genre;
import org.junit.jupiter.api.Test;

/** Page turns inferred from hand-built story lists: what each kind of evidence decides. */
class PageTurnsTest {
  private final List<TurnEvidence> stories = new ArrayList<>();

  /** Appends {@code count} stories; the first of them opens a new text frame. */
  private PageTurnsTest add(int count, Damage damage, Genre genre, int party, int lead) {
    for (int i = 0; i < count; i++) {
      stories.add(new TurnEvidence(10 * stories.size() + 1, i == 0, damage, genre, party, lead,
          false));
    }
    return this;
  }

  /** One story opening a new frame within a page (not a turn by itself). */
  private PageTurnsTest frame(Damage damage, Genre genre, int party, int lead) {
    stories.add(new TurnEvidence(10 * stories.size() + 1, true, damage, genre, party, lead,
        false));
    return this;
  }

  // reports below name Party organisation once and company meetings once: no section by words

  @Test
  void aPageTurnsWhereTheDamageOfWholeRunsChanges() {
    // five clean reports, then a frame of five damaged ones: one issue of two pages
    add(3, Damage.CLEAN, Genre.NEWS, 1, 1).frame(Damage.CLEAN, Genre.NEWS, 1, 1)
        .add(1, Damage.CLEAN, Genre.NEWS, 1, 1);
    stories.set(4, new TurnEvidence(41, false, Damage.CLEAN, Genre.NEWS, 1, 1, false));
    add(5, Damage.DAMAGED, Genre.NEWS, 1, 1);
    PageTurns.Segmentation seg = PageTurns.segment(stories);
    assertThat(seg.starts()).containsExactly(0, 5);
  }

  @Test
  void aPageTurnsAtTheNewFrameNotWhereTheDamageChangesInsideOne() {
    // the damage changes at story 4, which continues the frame opened at story 3
    add(3, Damage.CLEAN, Genre.NEWS, 1, 1).add(1, Damage.DAMAGED, Genre.NEWS, 1, 1)
        .add(4, Damage.DAMAGED, Genre.NEWS, 1, 1);
    stories.set(4, new TurnEvidence(41, false, Damage.DAMAGED, Genre.NEWS, 1, 1, false));
    PageTurns.Segmentation seg = PageTurns.segment(stories);
    assertThat(seg.starts()).containsExactly(0, 3);
    assertThat(seg.turnChance()[4]).isLessThan(0.1);
  }

  @Test
  void sectionsFollowTheirVocabularyAndTheLiteraryPageClosesTheIssue() {
    // every story damaged and every one opening a frame: only the sections tell the pages
    for (int i = 0; i < 5; i++) {
      frame(Damage.DAMAGED, Genre.NEWS, 0, 4); // company meetings and visits
    }
    for (int i = 0; i < 5; i++) {
      frame(Damage.DAMAGED, Genre.NEWS, 5, 0); // Party branches and committees
    }
    for (int i = 0; i < 4; i++) {
      frame(Damage.DAMAGED, Genre.LITERARY, 0, 0);
    }
    PageTurns.Segmentation seg = PageTurns.segment(stories);
    assertThat(seg.starts()).containsExactly(0, 5, 10);
    assertThat(seg.sections()).containsExactly(Section.FRONT, Section.PARTY, Section.LITERARY);
  }

  @Test
  void aStoryNamingItsSectionAgainAndAgainTellsThePageMoreThanOneNamingItAFewTimes() {
    // a Party committee's meeting (Party organisation named ten times) against a report that
    // names a branch four times; a string of company meetings against a few
    assertThat(partyOverWork(10)).isGreaterThan(partyOverWork(4) + 1.0);
    assertThat(frontOverWork(10)).isGreaterThan(frontOverWork(4) + 0.1);
  }

  private static double partyOverWork(int party) {
    TurnEvidence e = new TurnEvidence(1, false, Damage.CLEAN, Genre.NEWS, party, 0, false);
    return PageTurns.emission(e, Section.PARTY) - PageTurns.emission(e, Section.INSIDE);
  }

  private static double frontOverWork(int lead) {
    TurnEvidence e = new TurnEvidence(1, false, Damage.CLEAN, Genre.NEWS, 0, lead, false);
    return PageTurns.emission(e, Section.FRONT) - PageTurns.emission(e, Section.INSIDE);
  }

  @Test
  void aNewFrameAtANewsReportTellsMoreOfATurnThanOneAtAPoem() {
    // the literary page sets every essay and poem in a frame of its own; news runs on
    TurnEvidence news = new TurnEvidence(1, true, Damage.CLEAN, Genre.NEWS, 0, 0, false);
    TurnEvidence poem = new TurnEvidence(1, true, Damage.UNKNOWN, Genre.LITERARY, 0, 0, false);
    assertThat(PageTurns.frameScore(news)).isGreaterThan(PageTurns.frameScore(poem) + 1);
    assertThat(PageTurns.frameScore(poem)).isPositive();
  }

  @Test
  void theMastheadKeepsItsStoryOnTheFrontPage() {
    // three clean reports, then seven damaged ones with frames at 3 and 6: the damage turns
    // the page at 3, unless the masthead's lines were glued to story 4
    add(3, Damage.CLEAN, Genre.NEWS, 1, 1).add(3, Damage.DAMAGED, Genre.NEWS, 1, 1);
    add(4, Damage.DAMAGED, Genre.NEWS, 1, 1);
    PageTurns.Segmentation free = PageTurns.segment(stories);
    TurnEvidence fifth = stories.get(4);
    stories.set(4, new TurnEvidence(fifth.line(), false, Damage.DAMAGED, Genre.NEWS, 1, 1, true));
    PageTurns.Segmentation held = PageTurns.segment(stories);
    assertThat(free.starts()).contains(3);
    assertThat(held.starts()).doesNotContain(3);
    assertThat(held.starts().size() == 1 || held.starts().get(1) > 4).isTrue();
  }

  @Test
  void evenEvidenceLeavesTheTurnInDoubt() {
    // clean front page, damaged inside page, and between them a frame of one photo whose
    // damage cannot be told: it may close page 1 or open page 2
    add(4, Damage.CLEAN, Genre.NEWS, 1, 1).add(1, Damage.UNKNOWN, Genre.OTHER, 0, 0)
        .add(4, Damage.DAMAGED, Genre.NEWS, 1, 1);
    PageTurns.Segmentation seg = PageTurns.segment(stories);
    assertThat(seg.turnChance()[4]).isBetween(0.1, 0.9);
    assertThat(seg.turnChance()[5]).isBetween(0.1, 0.9);
    assertThat(seg.turnChance()[4] + seg.turnChance()[5]).isGreaterThan(0.9);
  }

  @Property(tries = 200)
  void everySegmentationIsAnOrderedListOfPages(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 35) Integer> codes) {
    List<TurnEvidence> list = new ArrayList<>();
    for (int c : codes) {
      list.add(new TurnEvidence(list.size() + 1, c % 2 == 0, Damage.values()[c / 2 % 3],
          Genre.values()[c / 6 % 3], c / 18 * 3, c % 5, c == 35));
    }
    PageTurns.Segmentation seg = PageTurns.segment(list);
    assertThat(seg.starts().get(0)).isZero();
    assertThat(seg.sections()).hasSameSizeAs(seg.starts()).first().isEqualTo(Section.FRONT);
    for (int p = 1; p < seg.starts().size(); p++) {
      int s = seg.starts().get(p);
      assertThat(s).isGreaterThan(seg.starts().get(p - 1)).isLessThan(list.size());
    }
    assertThat(seg.turnChance()[0]).isEqualTo(1.0);
    double turns = 0;
    for (int i = 0; i < list.size(); i++) {
      assertThat(seg.turnChance()[i]).isBetween(0.0, 1.0 + 1e-9);
      turns += i > 0 ? seg.turnChance()[i] : 0;
    }
    // the chances of the page counts sum to one, and the expected number of turns they give is
    // the sum of the stories' chances of opening a page
    double sum = 0;
    double expected = 0;
    for (int k = 1; k < seg.pageCountChance().length; k++) {
      sum += seg.pageCountChance()[k];
      expected += (k - 1) * seg.pageCountChance()[k];
    }
    assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(turns).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void aBodyIsDamagedWhenMostOfItsMarksWereRepaired() {
    assertThat(TurnEvidence.damage(40, 38)).isEqualTo(Damage.DAMAGED);
    assertThat(TurnEvidence.damage(40, 0)).isEqualTo(Damage.CLEAN);
    // a clean article whose byline brackets alone were damaged
    assertThat(TurnEvidence.damage(40, 2)).isEqualTo(Damage.CLEAN);
    // a poem without marks tells nothing
    assertThat(TurnEvidence.damage(1, 0)).isEqualTo(Damage.UNKNOWN);
  }

  @Test
  void evidenceCountsTheRepairsAndTheMastheadInEachStorysLines() {
    Found damaged = found(1, 4, "劲旅讯", "全厂开展检修，确保安全。员工们说：“好！”");
    Found clean = found(6, 9, null, "车间组织培训，提高技能。大家积极参加，效果明显。");
    List<Change> changes = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      changes.add(new Change(2 + k % 3, 1 + k, "mojibake.comma", "袁", "，", "damaged line"));
    }
    changes.add(new Change(7, 1, "mojibake.bracket", "渊", "（", "byline"));
    changes.add(new Change(8, 3, "furniture.masthead", "某某 主 管", "某某主管", "masthead"));
    changes.add(new Change(12, 1, "mojibake.comma", "袁", "，", "a later story's line"));
    List<TurnEvidence> ev = TurnEvidence.of(List.of(damaged, clean), changes);
    assertThat(ev.get(0).damage()).isEqualTo(Damage.DAMAGED);
    assertThat(ev.get(0).genre()).isEqualTo(Genre.NEWS);
    assertThat(ev.get(0).masthead()).isFalse();
    assertThat(ev.get(1).damage()).isEqualTo(Damage.CLEAN);
    assertThat(ev.get(1).genre()).isEqualTo(Genre.OTHER);
    assertThat(ev.get(1).masthead()).isTrue();
  }

  private static Found found(int first, int last, String dateline, String text) {
    org.broadsheet.model.Story s = new org.broadsheet.model.Story("s", dateline == null
        ? org.broadsheet.model.StoryKind.FEATURE : org.broadsheet.model.StoryKind.NEWS, null,
        List.of(), null, dateline, null, List.of(text), List.of(), null, null, null, null,
        List.of(), null, null);
    return new Found(s, false, first, last, true, false, List.of(), false);
  }
}
