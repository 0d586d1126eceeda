package org.dateline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.store.Store;
import org.dateline.story.Linker;
import org.dateline.story.Linkers;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The data directory option of the commands over the store, and the one place the store is wired. */
final class DataOptions {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "dateline-data",
      description = "Data directory holding the store. Default: ./${DEFAULT-VALUE}.")
  Path data;

  Store open() {
    Linker linker = Linkers.standard();
    return Store.open(data, linker);
  }

  /**
   * The store, which must already be there: a command that reads or corrects it (export, serve, correct) never makes
   * an empty one (a mistyped --data would otherwise export nothing and exit 0). A usage error otherwise (exit 2).
   */
  Store openExisting(CommandLine.Model.CommandSpec spec) {
    if (!Files.isRegularFile(data.resolve(Store.FILE)))
      throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--data': no store in %s (%s missing); make one with 'dateline ingest --data %s PATH...'"
          .formatted(data, data.resolve(Store.FILE), data));
    return open();
  }
}
