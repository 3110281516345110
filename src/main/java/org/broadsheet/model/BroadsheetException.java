package org.broadsheet.model;

import java.util.List;

/**
 * An unrecoverable problem with the input or its content (exit code 1), carrying the diagnostics
 * that explain it. Internal faults are ordinary runtime exceptions (exit code 3).
 */
public final class BroadsheetException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  public BroadsheetException(List<Diagnostic> diagnostics) {
    super(diagnostics.isEmpty() ? "error" : diagnostics.get(0).toString());
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("a BroadsheetException needs a diagnostic");
    }
    this.diagnostics = List.copyOf(diagnostics);
  }

  public BroadsheetException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  public static BroadsheetException error(
      String code, SourceSpan span, String message, String... hints) {
    return new BroadsheetException(Diagnostic.error(code, span, message, hints));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
