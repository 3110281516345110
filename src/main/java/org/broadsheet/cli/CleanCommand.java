package org.broadsheet.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.broadsheet.ingest.ChangeReport;
import org.broadsheet.ingest.CleanResult;
import org.broadsheet.ingest.Ingest;
import org.broadsheet.issuefile.IssueFileWriter;
import org.broadsheet.model.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clean RAW [-o FILE.yaml]}: the issue file and its change report. */
@Command(name = "clean", mixinStandardHelpOptions = true,
    description = "Cleans raw text into an issue file and a change report beside it.")
final class CleanCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RAW", description = "raw extracted text")
  Path raw;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE.yaml",
      description = "the issue file to write (default: out/<stem>.yaml)")
  Path output;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    CleanResult r = Ingest.read(raw, diagnostics);
    String stem = raw.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    Path yaml = output != null ? output : Path.of("out", stem + ".yaml");
    String yamlStem = yaml.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    Path report = yaml.resolveSibling(yamlStem + ".changes.json");
    new DiagnosticPrinter(spec.commandLine().getErr()).print(diagnostics.all());
    for (Path p : new OutputFiles()
        .add(yaml, IssueFileWriter.write(r.issue()).getBytes(StandardCharsets.UTF_8))
        .add(report, ChangeReport.toJson(r).getBytes(StandardCharsets.UTF_8))
        .commit()) {
      spec.commandLine().getOut().println("wrote " + p);
    }
    spec.commandLine().getOut().println(r.issue().allStories().size() + " stories, "
        + r.changes().size() + " changes");
    return ExitCode.OK;
  }
}
