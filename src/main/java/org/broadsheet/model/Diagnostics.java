package org.broadsheet.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The sink stages report warnings into while they go on. Not thread-safe: one per run. Errors
 * that stop a stage are thrown as {@link BroadsheetException} instead.
 */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();

  public void add(Diagnostic diagnostic) {
    items.add(diagnostic);
  }

  public void warn(String code, SourceSpan span, String message, String... hints) {
    add(Diagnostic.warning(code, span, message, hints));
  }

  public List<Diagnostic> all() {
    return Collections.unmodifiableList(items);
  }

  public boolean hasErrors() {
    return items.stream().anyMatch(Diagnostic::isError);
  }
}
