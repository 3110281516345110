package org.broadsheet.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.model.BroadsheetException;
import org.broadsheet.model.Diagnostics;
import org.broadsheet.model.Issue;
import org.broadsheet.model.Page;
import org.broadsheet.model.SourceSpan;
import org.broadsheet.model.Story;

/**
 * Raw text to issue: decode → masthead → running heads → repair → rejoin → segment → classify
 * → split titles → paginate. The one public entry of the ingest stage.
 */
public final class Ingest {
  /** The dateline place of a paper that does not name itself there (本报讯, "this paper reports"). */
  private static final String THIS_PAPER = "本报";

  private Ingest() {}

  /** Reads and cleans a raw text file. */
  public static CleanResult read(Path file, Diagnostics diagnostics) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw BroadsheetException.error("I100", SourceSpan.file(file.toString()),
          "cannot read the input " + file + ": " + e.getMessage());
    }
    return clean(bytes, file.toString(), diagnostics);
  }

  /** Cleans raw bytes; {@code name} names them in diagnostics and the report. */
  public static CleanResult clean(byte[] bytes, String name, Diagnostics diagnostics) {
    Read read = readStories(bytes, name);
    ChangeLog log = read.log();
    List<Masthead.Fragment> furniture = read.furniture();
    RunningHeads.Found heads = read.heads();
    List<Page> pages = Paginator.paginate(read.found(), heads, log);
    List<Story> all = pages.stream().flatMap(p -> p.stories().stream()).toList();
    String title = heads.name() != null ? heads.name() : paperName(all, name);
    String publisher = furniture.isEmpty() ? null : furniture.get(0).fullPublisher();
    List<String> masthead = furniture.stream().map(Masthead.Fragment::text).toList();
    Issue issue = new Issue(title, publisher, heads.date(), heads.number(), masthead, pages,
        List.of());
    return new CleanResult(issue, name, read.decoded().encoding(), sha256(bytes),
        inSourceOrder(log.changes()), inSourceOrder(log.doubts()));
  }

  /**
   * What the cleaner reads off raw bytes before it pages them: the decoded text, the masthead
   * and running heads taken out, and the stories found in source order, with the log so far.
   */
  record Read(Decoder.Decoded decoded, List<Masthead.Fragment> furniture,
      RunningHeads.Found heads, List<Found> found, ChangeLog log) {}

  /** Every step of {@link #clean} but pagination. */
  static Read readStories(byte[] bytes, String name) {
    Decoder.Decoded decoded = Decoder.decode(bytes, name);
    SourceText src = new SourceText(decoded.text());
    ChangeLog log = new ChangeLog();
    List<Masthead.Fragment> furniture = Masthead.extract(src, log);
    RunningHeads.Found heads = RunningHeads.extract(src, log, furniture);
    Repairer.repair(src, log);
    List<Unit> units = Rejoiner.rejoin(src, log);
    List<Found> found = new ArrayList<>();
    for (Segmenter.Draft d : Segmenter.segment(units)) {
      Found f = Classifier.classify(d, String.format("s%02d", found.size() + 1), log);
      if (!f.story().texts().isEmpty()) {
        found.add(f);
      }
    }
    if (found.isEmpty()) {
      throw BroadsheetException.error("I104", SourceSpan.file(name),
          "the input " + name + " holds no story");
    }
    return new Read(decoded, furniture, heads, TitleSplitter.split(found, log), log);
  }

  private static List<Change> inSourceOrder(List<Change> changes) {
    List<Change> sorted = new ArrayList<>(changes);
    sorted.sort(Comparator.comparingInt(Change::line).thenComparingInt(Change::column));
    return sorted;
  }

  /**
   * The paper's name: the place of the most common dateline (劲旅讯 → 劲旅), else the file's name.
   * A paper whose own dateline is 本报讯 does not name itself there: when 本报讯 is the most common,
   * the other X讯 are other papers' and agencies' datelines, not this paper's name.
   */
  private static String paperName(List<Story> stories, String fileName) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Story s : stories) {
      if (s.dateline() != null && s.dateline().endsWith("讯")) {
        counts.merge(s.dateline().substring(0, s.dateline().length() - 1), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .filter(place -> !place.equals(THIS_PAPER))
        .orElseGet(() -> Path.of(fileName).getFileName().toString().replaceFirst("\\.[^.]*$", ""));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
