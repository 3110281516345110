package org.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {
  @TempDir
  Path dir;

  @Test
  void allFilesAppearTogether() throws IOException {
    new OutputFiles().add(dir.resolve("a.pdf"), new byte[] {1}).add(dir.resolve("b/c.json"),
        new byte[] {2, 3}).commit();
    assertThat(Files.readAllBytes(dir.resolve("a.pdf"))).containsExactly(1);
    assertThat(Files.readAllBytes(dir.resolve("b/c.json"))).containsExactly(2, 3);
    assertThat(names()).containsExactlyInAnyOrder("a.pdf", "b");
  }

  @Test
  void whenOneCannotBeWrittenNoneIsAndNoTemporaryIsLeft() throws IOException {
    Files.writeString(dir.resolve("blocker"), "a file where a directory should be");
    OutputFiles files = new OutputFiles().add(dir.resolve("a.pdf"), new byte[] {1})
        .add(dir.resolve("blocker/b.pdf"), new byte[] {2});
    assertThatThrownBy(files::commit).isInstanceOf(org.broadsheet.model.BroadsheetException.class)
        .hasMessageContaining("blocker");
    assertThat(names()).containsExactly("blocker");
  }

  @Test
  void anExistingOutputIsReplacedWhole() throws IOException {
    Files.write(dir.resolve("a.pdf"), new byte[] {9, 9, 9, 9});
    new OutputFiles().add(dir.resolve("a.pdf"), new byte[] {1}).commit();
    assertThat(Files.readAllBytes(dir.resolve("a.pdf"))).containsExactly(1);
  }

  private java.util.List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }
}
