package org.broadsheet.cli;

/** The CLI's exit codes (DEVELOPERS.md: keep stable). */
final class ExitCode {
  static final int OK = 0;
  static final int BAD_INPUT = 1;
  static final int USAGE = 2;
  static final int INTERNAL = 3;

  private ExitCode() {}
}
