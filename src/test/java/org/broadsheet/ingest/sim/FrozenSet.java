package org.broadsheet.ingest.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The frozen simulated set on disk: each issue's raw bytes and reference. */
final class FrozenSet {
  static final Path DIR = Path.of("src/test/resources/org/broadsheet/ingest/sim/frozen");
  /** The second frozen set (generator sim-2: page furniture, ambiguity marked). */
  static final Path DIR_2 = Path.of("src/test/resources/org/broadsheet/ingest/sim/frozen-2");

  /** One frozen issue. */
  record Entry(String name, byte[] raw, String referenceYaml) {
    /** The raw text, decoded as stored (UTF-8, else GB18030), BOM dropped, LF line ends. */
    String text() {
      try {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw));
        return SimulatedIssue.decode(raw, "UTF-8");
      } catch (CharacterCodingException e) {
        return SimulatedIssue.decode(raw, "GB18030");
      }
    }
  }

  private FrozenSet() {}

  static List<Entry> load() {
    return load(DIR);
  }

  static List<Entry> load(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().matches("\\d{3}\\.txt")).sorted()
          .map(FrozenSet::entry).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Entry entry(Path txt) {
    String stem = txt.getFileName().toString().replace(".txt", "");
    try {
      return new Entry(stem, Files.readAllBytes(txt),
          Files.readString(txt.resolveSibling(stem + ".reference.yaml"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
