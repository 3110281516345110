package org.broadsheet.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the project's {@code fonts/}, {@code layouts/} and {@code seeds/} are: found from the jar's
 * (or classes directory's) own location in the repository, not from the working directory. The
 * system property {@code broadsheet.home} overrides (tests).
 */
final class Home {
  private Home() {}

  static Path dir() {
    String prop = System.getProperty("broadsheet.home");
    if (prop != null) {
      return Path.of(prop).toAbsolutePath();
    }
    Path p;
    try {
      p = Path.of(Home.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return Path.of("").toAbsolutePath();
    }
    for (Path d = p.toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("layouts")) && Files.isDirectory(d.resolve("fonts"))) {
        return d;
      }
    }
    return Path.of("").toAbsolutePath();
  }

  static Path fonts() {
    return dir().resolve("fonts");
  }

  static Path layouts() {
    return dir().resolve("layouts");
  }

  static Path seeds() {
    return dir().resolve("seeds");
  }

  /** The default input: the curated seed issue file once it exists, else the raw seed. */
  static Path defaultInput() {
    Path yaml = seeds().resolve(SEED_STEM + ".yaml");
    return Files.isRegularFile(yaml) ? yaml : seeds().resolve(SEED_STEM + ".txt");
  }

  static final String SEED_STEM = "000_db28fdb7a0aa274c";
}
