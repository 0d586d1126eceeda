package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.SharedNlp;
import org.dateline.model.ArticleRecord;
import org.dateline.read.Inputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run's summary agrees with what the listener took: a record it refused is a failure, not an article. */
class RunnerFailuresTest {
  @TempDir Path dir;

  @Test
  void aRecordTheListenerRefusesIsCountedAsFailedAndTheRunGoesOn() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Ferry resumes\n\n\"We sail again,\" said Pavel Dorn.\n");
    Files.writeString(dir.resolve("b.txt"), "Ferry halts\n\n\"We wait,\" said Ivo Sarrat.\n");
    Files.writeString(dir.resolve("c.txt"), "Ferry returns\n\n\"We are back,\" said Lene Okaf.\n");
    List<String> kept = new ArrayList<>(), failed = new ArrayList<>();
    RunSummary s = new Runner(SharedNlp.pipeline(), 1)
        .run(Runner.files(new Inputs(Inputs.DEFAULT_MAX_BYTES, new ByteArrayInputStream(new byte[0])), List.of(dir.toString())), new RunListener() {
          @Override
          public void record(ArticleRecord r) {
            // as a store does when another process holds it past the busy timeout
            if (r.source().endsWith("b.txt")) throw new IllegalStateException("[SQLITE_BUSY] The database file is locked");
            kept.add(Path.of(r.source()).getFileName().toString());
          }

          @Override
          public void failure(String source, String reason) {
            failed.add(Path.of(source).getFileName() + ": " + reason);
          }
        });
    assertThat(kept).containsExactly("a.txt", "c.txt");
    assertThat(failed).containsExactly("b.txt: cannot write the record: [SQLITE_BUSY] The database file is locked");
    assertThat(s.articles()).isEqualTo(2);
    assertThat(s.failures()).isEqualTo(1);
    assertThat(s.statements()).isEqualTo(2);
  }
}
