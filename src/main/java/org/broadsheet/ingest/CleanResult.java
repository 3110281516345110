package org.broadsheet.ingest;

import java.util.List;
import org.broadsheet.model.Issue;

/**
 * What cleaning a raw text gives: the issue, every change made (the change report) and the places
 * an editor should check.
 *
 * @param issue the cleaned issue
 * @param source the raw file's name
 * @param encoding the encoding the raw bytes were found in
 * @param sha256 hex SHA-256 of the raw bytes
 * @param changes every change, in source order
 * @param doubts places the cleaner was unsure of
 */
public record CleanResult(Issue issue, String source, String encoding, String sha256,
    List<Change> changes, List<Change> doubts) {
  public CleanResult {
    changes = List.copyOf(changes);
    doubts = List.copyOf(doubts);
  }
}
