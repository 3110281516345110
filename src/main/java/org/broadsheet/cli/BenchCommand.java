package org.broadsheet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.broadsheet.ingest.Ingest;
import org.broadsheet.layout.IssueFrame;
import org.broadsheet.layout.LayoutSpec;
import org.broadsheet.model.Diagnostics;
import org.broadsheet.model.Issue;
import org.broadsheet.pdf.EditionInfo;
import org.broadsheet.text.ParagraphSetter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench [RAW] [--runs N]}: times each stage — clean, typeset, layout, write — once cold (the
 * first run in this JVM) and as the median of N warm runs.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Times each stage (clean, typeset, layout, write), cold and warm.")
final class BenchCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "RAW",
      description = "raw text to clean (default: the raw seed)")
  Path raw;

  @Option(names = "--runs", defaultValue = "20", description = "warm runs (default: 20)")
  int runs;

  @Option(names = "--layout", defaultValue = "broadsheet", description = "layout name or file")
  String layout;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path in = raw != null ? raw : Home.seeds().resolve(Home.SEED_STEM + ".txt");
    byte[] bytes = Files.readAllBytes(in);
    var out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%-8s %10s %14s %10s%n", "stage", "cold ms", "warm median ms",
        "runs");
    Supplier<Issue> clean = () -> Ingest.clean(bytes, in.toString(), new Diagnostics()).issue();
    Issue issue = report(out, "clean", clean);
    LayoutSpec spec0 = Pipeline.layoutSpec(layout, Home.fonts());
    report(out, "typeset", () -> typesetAll(issue, spec0));
    IssueFrame frame = report(out, "layout", () -> Pipeline.layout(issue, spec0));
    Pipeline.Loaded loaded = new Pipeline.Loaded(in, "bench", issue, null, "0".repeat(64));
    EditionInfo info = Pipeline.info(loaded, 0);
    report(out, "write", () -> {
      Pipeline.print(frame, info);
      return Pipeline.archive(frame, info);
    });
    return ExitCode.OK;
  }

  /** Sets every paragraph of the issue in the body style at one column's measure. */
  private static int typesetAll(Issue issue, LayoutSpec spec) {
    var body = spec.style("body");
    var face = org.broadsheet.text.FontLibrary.face(spec.fonts().get(body.font()));
    var style = new ParagraphSetter.Style(face, List.of(), body.size(), spec.breaking(), true,
        false);
    int lines = 0;
    double measure = spec.grid().spanEms(spec.grid().textSpan());
    for (var s : issue.allStories()) {
      for (String p : s.paragraphs()) {
        lines += ParagraphSetter.set(p, measure, style).size();
      }
    }
    return lines;
  }

  private <T> T report(java.io.PrintWriter out, String stage, Supplier<T> work) {
    long t0 = System.nanoTime();
    T result = work.get();
    double cold = (System.nanoTime() - t0) / 1e6;
    List<Double> warm = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      work.get();
      warm.add((System.nanoTime() - t) / 1e6);
    }
    double[] w = warm.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double median = w.length == 0 ? Double.NaN : w.length % 2 == 1 ? w[w.length / 2]
        : (w[w.length / 2 - 1] + w[w.length / 2]) / 2;
    out.printf(Locale.ROOT, "%-8s %10.1f %14.1f %10d%n", stage, cold, median, runs);
    out.flush();
    return result;
  }
}
