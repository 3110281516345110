package org.broadsheet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.broadsheet.ingest.CleanResult;
import org.broadsheet.ingest.Ingest;
import org.broadsheet.issuefile.IssueFileReader;
import org.broadsheet.layout.IssueFrame;
import org.broadsheet.layout.IssueLayouter;
import org.broadsheet.layout.LayoutLoader;
import org.broadsheet.layout.LayoutSpec;
import org.broadsheet.model.BroadsheetException;
import org.broadsheet.model.Diagnostics;
import org.broadsheet.model.SourceSpan;
import org.broadsheet.model.Issue;
import org.broadsheet.pdf.ArchiveEdition;
import org.broadsheet.pdf.EditionInfo;
import org.broadsheet.pdf.PrintEdition;

/** The stages wired together: what {@code build}, {@code bench} and the tests run. */
public final class Pipeline {
  public static final String PRODUCER = "Broadsheet 0.1";

  private Pipeline() {}

  /**
   * An input read: the issue, the raw cleaning result when the input was raw text (else null), and
   * the source's SHA-256.
   */
  public record Loaded(Path path, String stem, Issue issue, CleanResult clean, String sha256,
      Map<String, SourceSpan> storySpans) {
    public Loaded(Path path, String stem, Issue issue, CleanResult clean, String sha256) {
      this(path, stem, issue, clean, sha256, Map.of());
    }

    /** Where a story (by id; null for the issue itself) is in the input, for diagnostics. */
    public SourceSpan where(String storyId) {
      SourceSpan s = storyId == null ? null : storySpans.get(storyId);
      return s != null ? s : SourceSpan.file(path.toString());
    }
  }

  /** Reads an issue file ({@code .yaml}/{@code .yml}) or cleans raw text (anything else). */
  public static Loaded load(Path input, Diagnostics diagnostics) {
    String name = input.getFileName().toString();
    String stem = name.replaceFirst("\\.[^.]*$", "");
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      IssueFileReader.Read read = IssueFileReader.readWithSpans(input);
      return new Loaded(input, stem, read.issue(), null, sha256(input), read.storySpans());
    }
    CleanResult r = Ingest.read(input, diagnostics);
    return new Loaded(input, stem, r.issue(), r, r.sha256());
  }

  public static LayoutSpec layoutSpec(String layout, Path fontsDir) {
    return LayoutLoader.load(layout, Home.layouts(), fontsDir);
  }

  public static IssueFrame layout(Issue issue, LayoutSpec spec) {
    return IssueLayouter.layout(issue, spec);
  }

  /** Lays out a loaded input, problems reported where its stories are. */
  public static IssueFrame layout(Loaded loaded, LayoutSpec spec, Diagnostics diagnostics) {
    return IssueLayouter.layout(loaded.issue(), spec, loaded::where, diagnostics);
  }

  public static EditionInfo info(Loaded loaded, long epochSeconds) {
    Issue issue = loaded.issue();
    StringBuilder title = new StringBuilder(issue.title());
    if (issue.date() != null) {
      title.append(' ').append(issue.date());
    }
    if (issue.number() != null) {
      title.append(' ').append(issue.number());
    }
    List<String> supplied = issue.allStories().stream()
        .filter(s -> s.isSupplied("title"))
        .map(s -> s.titleText().orElse(""))
        .toList();
    return new EditionInfo(title.toString(), issue.publisher(), supplied, loaded.sha256(),
        epochSeconds, PRODUCER);
  }

  public static byte[] print(IssueFrame frame, EditionInfo info) {
    return PrintEdition.write(frame, info);
  }

  public static byte[] archive(IssueFrame frame, EditionInfo info) {
    return ArchiveEdition.write(frame, info);
  }

  /** SOURCE_DATE_EPOCH when set (reproducible builds), else the clock. */
  static long epochSeconds() {
    String env = System.getenv("SOURCE_DATE_EPOCH");
    if (env != null && !env.isBlank()) {
      try {
        return Long.parseLong(env.strip());
      } catch (NumberFormatException e) {
        throw BroadsheetException.error("C501", SourceSpan.NONE,
            "SOURCE_DATE_EPOCH is not a number of seconds: '" + env + "'",
            "unset it, or give seconds since 1970-01-01 UTC");
      }
    }
    return System.currentTimeMillis() / 1000;
  }

  private static String sha256(Path file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
