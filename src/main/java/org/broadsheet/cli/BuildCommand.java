package org.broadsheet.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.broadsheet.ingest.ChangeReport;
import org.broadsheet.layout.IssueFrame;
import org.broadsheet.layout.LayoutSpec;
import org.broadsheet.model.Diagnostics;
import org.broadsheet.pdf.EditionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code build [INPUT] [--layout NAME|FILE] [--fonts DIR] [-o DIR]}: both editions. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Lays an issue out and writes DIR/<stem>-print.pdf and DIR/<stem>-archive.pdf.")
final class BuildCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "INPUT",
      description = "issue file (.yaml) or raw text (.txt); default: the seed issue")
  Path input;

  @Option(names = "--layout", paramLabel = "NAME|FILE", defaultValue = "broadsheet",
      description = "layout name in layouts/, or a layout file (default: ${DEFAULT-VALUE})")
  String layout;

  @Option(names = "--fonts", paramLabel = "DIR", description = "font directory (default: fonts/)")
  Path fonts;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out",
      description = "output directory (default: ${DEFAULT-VALUE})")
  Path outDir;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path in = input != null ? input : Home.defaultInput();
    Diagnostics diagnostics = new Diagnostics();
    Pipeline.Loaded loaded = Pipeline.load(in, diagnostics);
    LayoutSpec layoutSpec = Pipeline.layoutSpec(layout, fonts != null ? fonts : Home.fonts());
    IssueFrame frame = Pipeline.layout(loaded, layoutSpec, diagnostics);
    EditionInfo info = Pipeline.info(loaded, Pipeline.epochSeconds());
    OutputFiles files = new OutputFiles()
        .add(outDir.resolve(loaded.stem() + "-print.pdf"), Pipeline.print(frame, info))
        .add(outDir.resolve(loaded.stem() + "-archive.pdf"), Pipeline.archive(frame, info));
    if (loaded.clean() != null) {
      files.add(outDir.resolve(loaded.stem() + ".changes.json"),
          ChangeReport.toJson(loaded.clean()).getBytes(StandardCharsets.UTF_8));
    }
    new DiagnosticPrinter(spec.commandLine().getErr()).print(diagnostics.all());
    for (Path p : files.commit()) {
      spec.commandLine().getOut().println("wrote " + p);
    }
    return ExitCode.OK;
  }
}
