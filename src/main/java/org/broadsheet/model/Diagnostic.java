package org.broadsheet.model;

import java.util.List;
import java.util.Objects;

/**
 * A problem found by a stage, as a value: severity, a stable code per stage ({@code I1xx} ingest,
 * {@code F15x} issue file, {@code T2xx} text, {@code L3xx} layout, {@code P4xx} PDF, {@code C5xx}
 * CLI), the place and a message, plus optional hints. Only the CLI prints them.
 */
public record Diagnostic(
    Severity severity, String code, SourceSpan span, String message, List<String> hints) {

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(message, "message");
    hints = List.copyOf(hints);
  }

  public static Diagnostic error(String code, SourceSpan span, String message, String... hints) {
    return new Diagnostic(Severity.ERROR, code, span, message, List.of(hints));
  }

  public static Diagnostic warning(String code, SourceSpan span, String message, String... hints) {
    return new Diagnostic(Severity.WARNING, code, span, message, List.of(hints));
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    return span + ": " + severity.label() + "[" + code + "]: " + message;
  }
}
