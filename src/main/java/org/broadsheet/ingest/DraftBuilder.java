package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The story the {@link Segmenter} is collecting: its parts so far and what it knows of its end
 * (closed by a headline, credit or byline; signed) and of its column (measure, where a second
 * article in another measure begins).
 */
final class DraftBuilder {
  final List<Unit> body = new ArrayList<>();
  final List<Unit> headline = new ArrayList<>();
  final List<Unit> verses = new ArrayList<>();
  final List<Unit> byline = new ArrayList<>();
  final List<Unit> fragments = new ArrayList<>();
  Unit credit;
  boolean closed;
  boolean signed;
  boolean frameStart;
  double measure;
  int split = -1;
  boolean splitConfirmed;

  boolean hasText() {
    return !body.isEmpty() || !verses.isEmpty();
  }

  boolean isEmpty() {
    return !hasText() && headline.isEmpty() && byline.isEmpty() && credit == null
        && fragments.isEmpty();
  }

  Segmenter.Draft build() {
    return new Segmenter.Draft(List.copyOf(body), List.copyOf(headline), List.copyOf(verses),
        List.copyOf(byline), credit, List.copyOf(fragments), frameStart);
  }
}
