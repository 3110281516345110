package org.broadsheet.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of output files all or nothing: each goes to a temporary file beside its target,
 * and only when all are complete are they moved into place. On failure the temporaries are
 * removed, so an error leaves no partial output file.
 */
final class OutputFiles {
  private final Map<Path, byte[]> files = new LinkedHashMap<>();

  OutputFiles add(Path target, byte[] content) {
    files.put(target, content);
    return this;
  }

  /** Writes all files; returns their paths. */
  List<Path> commit() throws IOException {
    List<Path[]> staged = new ArrayList<>();
    try {
      for (Map.Entry<Path, byte[]> e : files.entrySet()) {
        Path target = e.getKey().toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        staged.add(new Path[] {tmp, target});
        Files.write(tmp, e.getValue());
        readableByAll(tmp);
      }
      for (Path[] s : staged) {
        try {
          Files.move(s[0], s[1], StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(s[0], s[1], StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } finally {
      for (Path[] s : staged) {
        Files.deleteIfExists(s[0]);
      }
    }
    return new ArrayList<>(files.keySet());
  }

  /** Temporary files are created owner-only; outputs are ordinary files (rw-r--r--). */
  private static void readableByAll(Path p) throws IOException {
    if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(p,
          java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }
}
