package org.dateline.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.json.Json;
import org.dateline.model.ArticleRecord;
import org.dateline.pipeline.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Read news files (text, HTML, WARC; directories recursively; - for stdin) and write one JSON record per article.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every input was processed", "1:some inputs failed (reported on stderr) or could not be written",
        "2:usage error"})
final class ExtractCommand implements Callable<Integer> {
  enum Format { jsonl, json }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read; - reads stdin.")
  List<String> paths;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (one record per line) or json (an array). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write records here instead of stdout.")
  Path out;

  @Mixin PipelineOptions run;

  @Override
  public Integer call() throws IOException {
    run.check();
    try (OutputStream os = out == null ? new BufferedOutputStream(Streams.unclosable(System.out)) : new BufferedOutputStream(Files.newOutputStream(out));
         RecordSink sink = new RecordSink(os, format == Format.json)) {
      RunSummary s = run.run(paths, System.err, (r, sourceText) -> sink.write(r));
      return s.failures() == 0 ? Main.OK : Main.SOME_FAILED;
    }
  }

  /** Writes records as JSON Lines or as one JSON array, streaming. */
  static final class RecordSink implements AutoCloseable {
    private final OutputStream os;
    private final boolean array;
    private final ObjectWriter writer = Json.mapper().writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private boolean first = true;

    RecordSink(OutputStream os, boolean array) throws IOException {
      this.os = os;
      this.array = array;
      if (array) os.write('[');
    }

    void write(ArticleRecord r) {
      try {
        if (array && !first) os.write(',');
        if (array) os.write('\n');
        first = false;
        writer.writeValue(os, r);
        if (!array) os.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws IOException {
      if (array) os.write(first ? "]\n".getBytes() : "\n]\n".getBytes());
      os.flush();
    }
  }
}
