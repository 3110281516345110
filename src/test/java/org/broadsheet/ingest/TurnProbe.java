package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.StoryKind;

/**
 * Test-side window on the page-turn model for experiments outside this package (the simulator's
 * ground truth lives in {@code ingest.sim}): the evidence the cleaner reads off each story it
 * finds, and the segmentation {@link PageTurns} chooses for any evidence, the true one included.
 */
public final class TurnProbe {
  /**
   * One story's evidence in plain terms.
   *
   * @param firstLine first source line (1-based)
   * @param lastLine last source line
   * @param frame it opens a text frame
   * @param shown something besides a frame shows where it starts (the model does not read this;
   *     the experiment's tallies count frames by it)
   * @param damage DAMAGED, CLEAN or UNKNOWN
   * @param kind the story's kind
   * @param partyTerms Party and union vocabulary count
   * @param leadTerms company-level meeting vocabulary count
   * @param masthead the masthead fragment stood in its lines
   */
  public record Evidence(int firstLine, int lastLine, boolean frame, boolean shown,
      String damage, StoryKind kind, int partyTerms, int leadTerms, boolean masthead) {
    public Evidence withFrame(boolean f) {
      return new Evidence(firstLine, lastLine, f, shown, damage, kind, partyTerms, leadTerms,
          masthead);
    }

    public Evidence withDamage(String d) {
      return new Evidence(firstLine, lastLine, frame, shown, d, kind, partyTerms, leadTerms,
          masthead);
    }

    public Evidence withKind(StoryKind k) {
      return new Evidence(firstLine, lastLine, frame, shown, damage, k, partyTerms, leadTerms,
          masthead);
    }

    public Evidence withTerms(int party, int lead) {
      return new Evidence(firstLine, lastLine, frame, shown, damage, kind, party, lead, masthead);
    }

    public Evidence withMasthead(boolean m) {
      return new Evidence(firstLine, lastLine, frame, shown, damage, kind, partyTerms, leadTerms,
          m);
    }
  }

  private TurnProbe() {}

  /**
   * The cleaner's evidence for each story it finds in a raw text that prints no page turn (the
   * steps of {@link Ingest#clean} up to pagination).
   */
  public static List<Evidence> cleaner(byte[] bytes, String name) {
    Ingest.Read read = Ingest.readStories(bytes, name);
    List<Found> found = read.found();
    List<TurnEvidence> ev = TurnEvidence.of(found, read.log().changes());
    List<Evidence> out = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      TurnEvidence e = ev.get(i);
      out.add(new Evidence(f.firstLine(), f.lastLine(), e.frameStart(), true,
          e.damage().name(), f.story().kind(), e.partyTerms(), e.leadTerms(), e.masthead()));
    }
    return out;
  }

  /** The page (0-based) PageTurns puts each story on, given the evidence. */
  public static int[] pages(List<Evidence> stories) {
    return pages(stories, null);
  }

  /**
   * The page (0-based) PageTurns puts each story on; {@code chance}, when given, receives each
   * story's chance of opening a page.
   */
  public static int[] pages(List<Evidence> stories, double[] chance) {
    List<TurnEvidence> ev = new ArrayList<>();
    for (Evidence e : stories) {
      TurnEvidence.Genre g = e.kind() == StoryKind.ESSAY || e.kind() == StoryKind.POEM
          ? TurnEvidence.Genre.LITERARY
          : e.kind() == StoryKind.NEWS ? TurnEvidence.Genre.NEWS : TurnEvidence.Genre.OTHER;
      ev.add(new TurnEvidence(e.firstLine(), e.frame(),
          TurnEvidence.Damage.valueOf(e.damage()), g, e.partyTerms(), e.leadTerms(), e.masthead()));
    }
    PageTurns.Segmentation seg = PageTurns.segment(ev);
    List<Integer> starts = seg.starts();
    if (chance != null) {
      System.arraycopy(seg.turnChance(), 0, chance, 0, chance.length);
    }
    int[] page = new int[stories.size()];
    for (int i = 0, p = 0; i < page.length; i++) {
      while (p + 1 < starts.size() && starts.get(p + 1) <= i) {
        p++;
      }
      page[i] = p;
    }
    return page;
  }

  public static int partyTerms(String text) {
    return TurnEvidence.count(TurnEvidence.PARTY_TERMS, text);
  }

  public static int leadTerms(String text) {
    return TurnEvidence.count(TurnEvidence.LEAD_TERMS, text);
  }

  /** The damage state the cleaner's rule gives for so many marks and repairs. */
  public static String damage(int marks, int repairs) {
    return TurnEvidence.damage(marks, repairs).name();
  }
}
