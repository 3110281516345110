package org.broadsheet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.broadsheet.model.Diagnostic;
import org.broadsheet.model.SourceSpan;

/**
 * The one place that prints diagnostics: {@code file:line:col: error[CODE]: message}, the source
 * line and a caret under the column, then hints.
 */
final class DiagnosticPrinter {
  private final PrintWriter err;

  DiagnosticPrinter(PrintWriter err) {
    this.err = err;
  }

  void print(List<Diagnostic> diagnostics) {
    diagnostics.forEach(this::print);
    err.flush();
  }

  void print(Diagnostic d) {
    SourceSpan s = d.span();
    String where = s.file().isEmpty() ? "broadsheet" : s.toString();
    err.println(where + ": " + d.severity().label() + "[" + d.code() + "]: " + d.message());
    if (s.hasPosition()) {
      sourceLine(s).ifPresent(line -> {
        err.println("  | " + line);
        int col = Math.max(1, s.column());
        StringBuilder caret = new StringBuilder("  | ");
        line.codePoints().limit(col - 1).forEach(cp -> caret.append(cp < 0x1100 ? " " : "  "));
        err.println(caret.append('^'));
      });
    }
    for (String hint : d.hints()) {
      err.println("  = hint: " + hint);
    }
  }

  private static java.util.Optional<String> sourceLine(SourceSpan s) {
    try {
      Path p = Path.of(s.file());
      if (!Files.isRegularFile(p)) {
        return java.util.Optional.empty();
      }
      List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
      return s.line() <= lines.size() ? java.util.Optional.of(lines.get(s.line() - 1))
          : java.util.Optional.empty();
    } catch (IOException | RuntimeException e) {
      return java.util.Optional.empty();
    }
  }
}
