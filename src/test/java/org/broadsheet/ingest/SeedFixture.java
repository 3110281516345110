package org.broadsheet.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.broadsheet.model.Diagnostics;

/** The raw seed and its cleaning, shared by the seed tests (cleaned once per JVM). */
final class SeedFixture {
  static final Path RAW = Path.of("seeds/000_db28fdb7a0aa274c.txt");
  static final String REFERENCE = "/org/broadsheet/ingest/seed-reference.yaml";
  private static CleanResult result;

  private SeedFixture() {}

  static byte[] bytes() {
    try {
      return Files.readAllBytes(RAW);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static synchronized CleanResult cleaned() {
    if (result == null) {
      result = Ingest.clean(bytes(), RAW.toString(), new Diagnostics());
    }
    return result;
  }

  static ReferenceIssue reference() {
    return ReferenceIssue.loadResource(REFERENCE);
  }
}
