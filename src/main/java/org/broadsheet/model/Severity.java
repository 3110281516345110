package org.broadsheet.model;

/** How serious a {@link Diagnostic} is. A repair is a change ingest made and reports. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
