package org.broadsheet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of the raw seed in two separate JVM processes — at different times, from different
 * working directories, with different time zones and locales — give byte-identical editions
 * when SOURCE_DATE_EPOCH is set; each edition is at most 1 MB and passes its check.
 */
class ReproducibleBuildTest {
  private static final String STEM = "000_db28fdb7a0aa274c";

  @Test
  void twoProcessesGiveIdenticalBytes(@TempDir Path tmp) throws Exception {
    Path seed = Editions.ROOT.resolve("seeds/" + STEM + ".txt");
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    Files.createDirectories(a.resolve("work"));
    Files.createDirectories(b.resolve("elsewhere/deeper"));
    build(seed, a.resolve("out"), a.resolve("work"), "UTC", "en", "US", "C");
    Thread.sleep(1100); // a later second on the clock
    build(seed, b.resolve("out"), b.resolve("elsewhere/deeper"), "Asia/Shanghai", "zh", "CN",
        "zh_CN.UTF-8");
    for (String edition : List.of("-print.pdf", "-archive.pdf")) {
      byte[] first = Files.readAllBytes(a.resolve("out/" + STEM + edition));
      byte[] second = Files.readAllBytes(b.resolve("out/" + STEM + edition));
      assertThat(second).as(edition).isEqualTo(first);
      assertThat(first.length).as(edition + " size").isLessThanOrEqualTo(1 << 20);
      assertThat(ConformanceCheck.check(first).violations()).as(edition).isEmpty();
    }
  }

  private static void build(Path input, Path out, Path cwd, String tz, String language,
      String country, String lang) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.timezone=" + tz, "-Duser.language=" + language, "-Duser.country=" + country,
        "-cp", classpath(), "org.broadsheet.cli.Main", "build", input.toString(), "-o",
        out.toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile())
        .redirectErrorStream(true).redirectOutput(cwd.resolve("build.log").toFile());
    Map<String, String> env = pb.environment();
    env.put("SOURCE_DATE_EPOCH", String.valueOf(Editions.EPOCH));
    env.put("TZ", tz);
    env.put("LANG", lang);
    env.put("LC_ALL", lang);
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(cwd.resolve("build.log"))).isZero();
  }

  /** The classes and the libraries {@code build} needs, from where this JVM loaded them. */
  private static String classpath() throws URISyntaxException {
    Set<String> entries = new LinkedHashSet<>();
    for (String name : List.of("org.broadsheet.cli.Pipeline",
        "org.apache.pdfbox.pdmodel.PDDocument", "org.apache.pdfbox.io.RandomAccessRead",
        "org.apache.fontbox.ttf.TrueTypeFont", "org.apache.commons.logging.LogFactory",
        "picocli.CommandLine", "org.snakeyaml.engine.v2.api.Load")) {
      try {
        Class<?> c = Class.forName(name);
        entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
