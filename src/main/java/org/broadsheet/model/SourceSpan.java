package org.broadsheet.model;

import java.util.Objects;

/**
 * A place in a source file: 1-based line and column (in code points) and a length in code points.
 * {@link #NONE} marks a diagnostic that has no place in a file (an internal limit, say).
 */
public record SourceSpan(String file, int line, int column, int length) {
  public static final SourceSpan NONE = new SourceSpan("", 0, 0, 0);

  public SourceSpan {
    Objects.requireNonNull(file, "file");
    if (line < 0 || column < 0 || length < 0) {
      throw new IllegalArgumentException("negative span " + line + ":" + column + "+" + length);
    }
  }

  public static SourceSpan of(String file, int line, int column) {
    return new SourceSpan(file, line, column, 1);
  }

  public static SourceSpan file(String file) {
    return new SourceSpan(file, 0, 0, 0);
  }

  public boolean hasPosition() {
    return line > 0;
  }

  /** {@code file:line:column}, or just the file when there is no position. */
  @Override
  public String toString() {
    return hasPosition() ? file + ":" + line + ":" + column : file;
  }
}
