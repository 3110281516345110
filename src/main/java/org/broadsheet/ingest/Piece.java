package org.broadsheet.ingest;

import java.util.Arrays;

/**
 * A piece of cleaned text that remembers, for each of its code points, the index of the source
 * character it came from (see {@link SourceText}). Cutting a piece keeps the positions, so a
 * field read from a paragraph still knows its source line and column.
 */
final class Piece {
  private final SourceText source;
  private final int[] indices;
  private final String text;

  Piece(SourceText source, int[] indices) {
    this.source = source;
    this.indices = indices;
    this.text = source.text(indices);
  }

  static Piece empty(SourceText source) {
    return new Piece(source, new int[0]);
  }

  String text() {
    return text;
  }

  int length() {
    return indices.length;
  }

  boolean isEmpty() {
    return indices.length == 0;
  }

  int cp(int i) {
    return source.cp(indices[i]);
  }

  int index(int i) {
    return indices[i];
  }

  int[] indices() {
    return indices.clone();
  }

  SourceText source() {
    return source;
  }

  /** Source line of the first character (0 when empty). */
  int line() {
    return indices.length == 0 ? 0 : source.line(indices[0]);
  }

  int column() {
    return indices.length == 0 ? 0 : source.column(indices[0]);
  }

  int line(int i) {
    return source.line(indices[i]);
  }

  int column(int i) {
    return source.column(indices[i]);
  }

  /** Code points {@code from} (inclusive) to {@code to} (exclusive). */
  Piece sub(int from, int to) {
    return new Piece(source, Arrays.copyOfRange(indices, from, to));
  }

  Piece sub(int from) {
    return sub(from, indices.length);
  }

  Piece strip() {
    int a = 0;
    int b = indices.length;
    while (a < b && Chars.isSpace(cp(a))) {
      a++;
    }
    while (b > a && Chars.isSpace(cp(b - 1))) {
      b--;
    }
    return a == 0 && b == indices.length ? this : sub(a, b);
  }

  Piece concat(Piece other) {
    int[] all = Arrays.copyOf(indices, indices.length + other.indices.length);
    System.arraycopy(other.indices, 0, all, indices.length, other.indices.length);
    return new Piece(source, all);
  }

  /** This piece without the code points whose positions {@code drop} marks. */
  Piece without(boolean[] drop) {
    int n = 0;
    for (boolean d : drop) {
      n += d ? 0 : 1;
    }
    int[] kept = new int[n];
    int k = 0;
    for (int i = 0; i < indices.length; i++) {
      if (!drop[i]) {
        kept[k++] = indices[i];
      }
    }
    return new Piece(source, kept);
  }

  /** Code point offset of the first occurrence of {@code s}, or -1. */
  int indexOf(String s) {
    int charIndex = text.indexOf(s);
    return charIndex < 0 ? -1 : text.codePointCount(0, charIndex);
  }

  @Override
  public String toString() {
    return text;
  }
}
