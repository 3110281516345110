package org.broadsheet.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point: {@code java -jar broadsheet.jar COMMAND ...}. */
public final class Main {
  /**
   * Fontbox warns, once per font parse, that it ignores the format 14 cmap (variation sequences);
   * the warning says nothing about the user's input, so it is silenced. Held strongly: the logging
   * framework keeps loggers only weakly.
   */
  private static final java.util.logging.Logger FONTBOX_LOG =
      java.util.logging.Logger.getLogger("org.apache.fontbox");

  private Main() {}

  public static void main(String[] args) {
    FONTBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs a command line; returns the exit code (0 ok, 1 bad input, 2 usage, 3 internal). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return BroadsheetCommand.execute(args, out, err);
  }
}
