package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The raw text as one array of code points, each with its 1-based source line and column, and
 * the current (repaired) code point beside the original. Every later step refers to characters
 * by their index here, so every output character can be traced to its source position and every
 * removed one is reported where it stood.
 */
final class SourceText {
  private final int[] original;
  private final int[] current;
  private final int[] lineOf;
  private final int[] columnOf;
  private final boolean[] removed;
  /** Start index of each line (0-based line), plus one past the end as the last entry. */
  private final int[] lineStart;

  SourceText(String text) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    int total = 0;
    for (String l : lines) {
      total += l.codePointCount(0, l.length()) + 1;
    }
    original = new int[total];
    lineOf = new int[total];
    columnOf = new int[total];
    lineStart = new int[lines.length + 1];
    int k = 0;
    for (int i = 0; i < lines.length; i++) {
      lineStart[i] = k;
      int col = 1;
      String l = lines[i];
      for (int j = 0; j < l.length(); ) {
        int cp = l.codePointAt(j);
        original[k] = cp;
        lineOf[k] = i + 1;
        columnOf[k] = col++;
        k++;
        j += Character.charCount(cp);
      }
      original[k] = '\n';
      lineOf[k] = i + 1;
      columnOf[k] = col;
      k++;
    }
    lineStart[lines.length] = k;
    current = original.clone();
    removed = new boolean[total];
  }

  int size() {
    return current.length;
  }

  int lineCount() {
    return lineStart.length - 1;
  }

  /** First index of 0-based line {@code i}. */
  int lineStart(int i) {
    return lineStart[i];
  }

  /** Index of the newline that ends 0-based line {@code i}. */
  int lineEnd(int i) {
    return lineStart[i + 1] - 1;
  }

  int cp(int index) {
    return current[index];
  }

  int originalCp(int index) {
    return original[index];
  }

  int line(int index) {
    return lineOf[index];
  }

  int column(int index) {
    return columnOf[index];
  }

  boolean isRemoved(int index) {
    return removed[index];
  }

  void replace(int index, int cp) {
    current[index] = cp;
  }

  void remove(int index) {
    removed[index] = true;
  }

  /** The current text of 0-based line {@code i}, removed characters left out. */
  String lineText(int i) {
    StringBuilder sb = new StringBuilder();
    for (int k = lineStart(i); k < lineEnd(i); k++) {
      if (!removed[k]) {
        sb.appendCodePoint(current[k]);
      }
    }
    return sb.toString();
  }

  /** The indices of 0-based line {@code i} that are not removed. */
  int[] lineIndices(int i) {
    List<Integer> out = new ArrayList<>();
    for (int k = lineStart(i); k < lineEnd(i); k++) {
      if (!removed[k]) {
        out.add(k);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The current text of the given indices. */
  String text(int[] indices) {
    StringBuilder sb = new StringBuilder(indices.length);
    for (int k : indices) {
      sb.appendCodePoint(current[k]);
    }
    return sb.toString();
  }
}
