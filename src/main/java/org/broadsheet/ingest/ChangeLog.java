package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects the changes of one cleaning run, and the places an editor should check. */
final class ChangeLog {
  private final List<Change> changes = new ArrayList<>();
  private final List<Change> doubts = new ArrayList<>();

  void add(int line, int column, String rule, String before, String after, String evidence) {
    changes.add(new Change(line, column, rule, before, after, evidence));
  }

  /** A place the cleaner was unsure of; changes nothing. */
  void doubt(int line, int column, String rule, String text, String evidence) {
    doubts.add(new Change(line, column, rule, text, text, evidence));
  }

  List<Change> changes() {
    return Collections.unmodifiableList(changes);
  }

  List<Change> doubts() {
    return Collections.unmodifiableList(doubts);
  }
}
