package org.broadsheet.cli;

import java.io.PrintWriter;
import org.broadsheet.model.BroadsheetException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: dispatches to the subcommands and maps failures to exit codes. */
@Command(name = "broadsheet", mixinStandardHelpOptions = true, version = Pipeline.PRODUCER,
    description = "Cleans damaged Chinese newspaper text and lays the issue out as PDF.",
    subcommands = {BuildCommand.class, CleanCommand.class, BenchCommand.class,
        CheckCommand.class})
final class BroadsheetCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: build, clean,"
        + " bench or check");
  }

  static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new BroadsheetCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println("broadsheet: " + ex.getMessage());
      ex.getCommandLine().usage(err);
      return ExitCode.USAGE;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof BroadsheetException be) {
        new DiagnosticPrinter(err).print(be.diagnostics());
        return ExitCode.BAD_INPUT;
      }
      err.println("broadsheet: internal error: " + ex);
      StackTraceElement[] trace = ex.getStackTrace();
      for (int i = 0; i < Math.min(8, trace.length); i++) {
        err.println("  at " + trace[i]);
      }
      err.flush();
      return ExitCode.INTERNAL;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
