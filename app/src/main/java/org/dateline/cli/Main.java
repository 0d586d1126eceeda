package org.dateline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dateline} command: subcommands over the same core pipeline. */
@Command(name = "dateline", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Who said what, when, about whom, according to which outlet: a sourced record from raw news.",
    subcommands = {ExtractCommand.class, TimelineCommand.class, IngestCommand.class, FetchCommand.class, WatchCommand.class, ServeCommand.class,
        ExportCommand.class, SearchCommand.class, PeopleCommand.class, CorrectCommand.class, EvalCommand.class, BenchCommand.class, BenchServeCommand.class, BenchFetchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /** Exit codes: everything done, some inputs failed, bad usage. */
  public static final int OK = 0, SOME_FAILED = 1, USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Quiet by default (simplelogger.properties: warnings only, CoreNLP's per-article date notice off); --verbose, on
   * any command, shows the libraries' info lines and that notice too, each naming the article it was reading (the
   * worker thread carries the source's name). Set while parsing, before any logger exists.
   */
  @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
      description = "Say more: the libraries' log (CoreNLP, the web server), each line naming the article it concerns.")
  void verbose(boolean on) {
    if (!on) return;
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
    System.setProperty("org.slf4j.simpleLogger.log.edu.stanford.nlp.time.TimeAnnotator", "warn");
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    return commandLine().execute(args);
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : SOME_FAILED);
    cl.getCommandSpec().exitCodeOnInvalidInput(USAGE);
    for (CommandLine sub : cl.getSubcommands().values()) sub.getCommandSpec().exitCodeOnInvalidInput(USAGE);
    return cl;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"dateline " + (v == null ? "dev" : v)};
    }
  }
}
