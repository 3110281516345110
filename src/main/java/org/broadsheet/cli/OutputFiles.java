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
import org.broadsheet.model.BroadsheetException;
import org.broadsheet.model.SourceSpan;

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

  /**
   * Writes all files, or none: a failure while writing leaves only what was there before (the
   * replaced files are kept aside until every new one is in place, and restored if one fails).
   *
   * @throws BroadsheetException (exit 1) naming the path that could not be written
   */
  List<Path> commit() {
    List<Path[]> staged = new ArrayList<>();
    List<Path[]> replaced = new ArrayList<>();
    List<Path> placed = new ArrayList<>();
    Path current = null;
    try {
      for (Map.Entry<Path, byte[]> e : files.entrySet()) {
        Path target = e.getKey().toAbsolutePath();
        current = target;
        Files.createDirectories(target.getParent());
        if (Files.isDirectory(target)) {
          throw new IOException("a directory is in the way");
        }
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        staged.add(new Path[] {tmp, target});
        Files.write(tmp, e.getValue());
        readableByAll(tmp);
      }
      for (Path[] s : staged) {
        current = s[1];
        if (Files.exists(s[1])) {
          Path aside = Files.createTempFile(s[1].getParent(), "." + s[1].getFileName(), ".old");
          move(s[1], aside);
          replaced.add(new Path[] {aside, s[1]});
        }
        move(s[0], s[1]);
        placed.add(s[1]);
      }
    } catch (IOException e) {
      rollBack(placed, replaced);
      throw BroadsheetException.error("P401", SourceSpan.file(String.valueOf(current)),
          "cannot write the output: " + e.getMessage(), "nothing was written");
    } finally {
      for (Path[] s : staged) {
        deleteQuietly(s[0]);
      }
    }
    for (Path[] r : replaced) {
      deleteQuietly(r[0]);
    }
    return new ArrayList<>(files.keySet());
  }

  private static void rollBack(List<Path> placed, List<Path[]> replaced) {
    for (Path p : placed) {
      deleteQuietly(p);
    }
    for (Path[] r : replaced) {
      try {
        move(r[0], r[1]);
      } catch (IOException ignored) {
        // the old file stays under its temporary name; nothing more can be done
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // a temporary that cannot be removed is left behind, named .part/.old
    }
  }

  /** Temporary files are created owner-only; outputs are ordinary files (rw-r--r--). */
  private static void readableByAll(Path p) throws IOException {
    if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(p,
          java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }
}
