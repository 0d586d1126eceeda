package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes on one store (issue 17): one ingests, the other opens the store to read (as export and serve do)
 * and ingests beside it. Nothing is lost, nothing is left unlinked, and the readers do not write.
 */
class ConcurrentProcessesTest {
  @TempDir Path dir;

  @Test
  void anIngestBesideReadersAndAnotherWriterLosesNothingAndLeavesEverythingLinked() throws Exception {
    try (Store s = Store.open(dir, Fixtures.LINKER)) {
      ConcurrentIngest.ingest(s, "seed", 3); // a store to open, marked as needing a re-link
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ConcurrentIngest.class.getName(),
        dir.toString(), "child", "80").redirectErrorStream(true).start();
    List<String> out = new ArrayList<>();
    Thread reader = Thread.ofPlatform().start(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) synchronized (out) { out.add(line); }
      } catch (java.io.IOException e) {
        synchronized (out) { out.add("read failed: " + e); }
      }
    });
    while (true) { // until the child has started writing
      synchronized (out) { if (out.stream().anyMatch(l -> l.startsWith("committed "))) break; }
      assertThat(child.isAlive()).as("child: %s", out).isTrue();
      Thread.sleep(20);
    }
    int opens = 0;
    try (Store writer = Store.open(dir, ConcurrentIngest.SLOW)) {
      for (int i = 0; child.isAlive() && i < 400; i++) {
        // a reader, as export opens the store: while the ingest runs it must not re-link (write) beside it
        try (Store r = Store.open(dir, ConcurrentIngest.SLOW)) {
          r.counts();
          opens++;
        }
        if (i < 20) ConcurrentIngest.ingest(writer, "parent" + i, 1); // and a second writer
      }
      writer.relink();
    }
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    reader.join();
    assertThat(child.exitValue()).as("child output: %s", out).isZero();
    assertThat(out).contains("committed 80", "relinked");
    assertThat(opens).isGreaterThan(0);

    try (Store s = Store.open(dir, Fixtures.LINKER)) {
      Store.Counts c = s.counts();
      assertThat(c.articles()).isEqualTo(3 + 80 + 20);
      assertThat(c.statements()).isEqualTo(6 * c.articles());
      assertThat(c.merged()).as("every statement in a merged statement").isEqualTo(c.statements());
    }
  }

  @Test
  void aReLinkThatFailsLeavesTheStoreMarkedAsNeedingOne() {
    try (Store s = Store.open(dir, Fixtures.LINKER)) {
      ConcurrentIngest.ingest(s, "seed", 2);
    }
    org.dateline.story.Linker broken = articles -> {
      throw new StoreException("[SQLITE_BUSY] invented for the test", null);
    };
    try (Store s = Store.open(dir, Fixtures.LINKER); Store other = Store.open(dir, broken)) {
      ConcurrentIngest.ingest(s, "more", 1);
      assertThat(s.needsRelink()).isTrue();
      try {
        other.relink();
      } catch (StoreException expected) {
        // named, and the flag stays
      }
      assertThat(s.needsRelink()).isTrue();
      s.relink();
      assertThat(s.needsRelink()).isFalse();
      assertThat(s.counts().merged()).isEqualTo(s.counts().statements());
    }
  }
}
