package org.broadsheet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.broadsheet.pdf.ConformanceCheck;
import org.broadsheet.pdf.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check FILE.pdf...}: each file's conformance — an archive edition by veraPDF (PDF/A-2u
 * and PDF/UA-1), a print edition by the PDF/X-1a rules read back with OpenPDF. Exit 1 when any
 * file fails, each failure naming the file, the page and the rule.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Checks editions: archive files with veraPDF (PDF/A-2u, PDF/UA-1), print files"
        + " against PDF/X-1a:2003.")
final class CheckCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE.pdf", description = "files to check")
  List<Path> files;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean ok = true;
    for (Path file : files) {
      long t0 = System.nanoTime();
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        err.println(file + ": cannot read: " + e.getMessage());
        ok = false;
        continue;
      }
      ConformanceCheck.Verdict v = ConformanceCheck.check(bytes);
      double ms = (System.nanoTime() - t0) / 1e6;
      if (v.passed()) {
        out.printf(Locale.ROOT, "%s: %s: pass (%.0f ms)%n", file, v.edition(), ms);
      } else {
        ok = false;
        out.printf(Locale.ROOT, "%s: %s: FAIL, %d rule(s) (%.0f ms)%n", file, v.edition(),
            v.violations().size(), ms);
        for (Violation x : v.violations()) {
          err.println(file + ": " + x);
        }
      }
    }
    out.flush();
    err.flush();
    return ok ? ExitCode.OK : ExitCode.BAD_INPUT;
  }
}
