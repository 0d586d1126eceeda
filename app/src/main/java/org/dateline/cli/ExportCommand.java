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

  @Option(names = "--excel", description = "CSV for spreadsheets: a byte-order mark, and cells that would run as formulas (= + - @) start with an apostrophe.")
  boolean excel;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (excel && format != Exports.Format.csv)
      throw new CommandLine.ParameterException(spec.commandLine(), "--excel shapes CSV only; it cannot be used with --format " + format);
    try (Store store = data.openExisting(spec);
         Writer w = new BufferedWriter(out == null ? new OutputStreamWriter(Streams.unclosable(System.out), StandardCharsets.UTF_8)
             : Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      Exports.Written n = Exports.write(store.queries(), format, story, excel, w);
      // the statement count every summary uses (ingest, serve, the web pages); CSV's rows are the versions
      System.err.printf("dateline: exported %d statements%s%n", n.statements(),
          format == Exports.Format.csv ? " (%d rows: one per version in an article)".formatted(n.versions()) : "");
      if (n.leftOut() > 0)
        System.err.printf("dateline: %d of them have no date or date range, so TimelineJS cannot place them; they are not in the file (jsonl and csv have them)%n", n.leftOut());
      return Main.OK;
    } catch (NotFoundException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--story': " + e.getMessage());
    }
  }
}
