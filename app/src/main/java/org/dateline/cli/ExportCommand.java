package org.dateline.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.store.Exports;
import org.dateline.store.NotFoundException;
import org.dateline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write the stored statements as JSON Lines, CSV (one row per outlet's version) or TimelineJS JSON.")
final class ExportCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  @Option(names = "--format", required = true, description = "jsonl, csv or timelinejs.")
  Exports.Format format;

  @Option(names = "--story", paramLabel = "ID", description = "Only this story's statements.")
  String story;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    try (Store store = data.open();
         Writer w = new BufferedWriter(out == null ? new OutputStreamWriter(Streams.unclosable(System.out), StandardCharsets.UTF_8)
             : Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      int n = Exports.write(store.queries(), format, story, w);
      System.err.printf("dateline: exported %d statements%n", n);
      return Main.OK;
    } catch (NotFoundException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--story': " + e.getMessage());
    }
  }
}
