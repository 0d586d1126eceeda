package org.dateline.cli;

import java.nio.file.Path;
import org.dateline.store.Store;
import org.dateline.story.Linker;
import org.dateline.story.Linkers;
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
}
