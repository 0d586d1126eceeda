package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.cli.ExtractCommandTest.run;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.store.Store;
import org.dateline.story.Linkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands over the store fail in one line: no store where --data points, a port another program holds. */
class StoreCommandsTest {
  @TempDir Path dir;

  @Test
  void exportServeAndCorrectNeedAStoreAndNeverMakeAnEmptyOne() {
    Path none = dir.resolve("nonexistent");
    for (String[] args : new String[][] {{"export", "--data", none.toString(), "--format", "csv"}, {"serve", "--data", none.toString(), "--port", "0"},
        {"correct", "reject", "--data", none.toString(), "m-1"}, {"correct", "log", "--data", none.toString()}}) {
      ExtractCommandTest.Run r = run(args);
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(Main.USAGE);
      assertThat(r.err()).startsWith("Invalid value for option '--data': no store in " + none + " (" + none.resolve(Store.FILE)
          + " missing); make one with 'dateline ingest --data " + none + " PATH...'");
    }
    assertThat(Files.exists(none)).isFalse();
  }

  @Test
  void aTakenPortIsOneLineAndExitOne() throws Exception {
    Store.open(dir, Linkers.standard()).close();
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      ExtractCommandTest.Run r = run("serve", "--data", dir.toString(), "--port", Integer.toString(taken.getLocalPort()));
      assertThat(r.exit()).isEqualTo(Main.SOME_FAILED);
      assertThat(r.err().strip()).isEqualTo("dateline: cannot listen on 127.0.0.1 port %d: it is in use (another dateline serve?); choose another with --port"
          .formatted(taken.getLocalPort()));
    }
  }

  @Test
  void excelIsForCsvOnly() {
    ExtractCommandTest.Run r = run("export", "--data", dir.toString(), "--format", "jsonl", "--excel");
    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).startsWith("--excel shapes CSV only; it cannot be used with --format jsonl");
  }
}
