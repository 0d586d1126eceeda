package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of an ingest: every committed article is whole, no article is half there. */
class CrashTest {
  @TempDir Path dir;

  @Test
  void aKilledIngestLeavesOnlyWholeArticles() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashIngest.class.getName(), dir.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    int committed = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; committed < 25 && (line = out.readLine()) != null; )
        if (line.startsWith("committed ")) committed = Integer.parseInt(line.substring(10));
      p.destroyForcibly(); // SIGKILL, most likely inside the next article's transaction
    } finally {
      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(committed).as("child process committed articles before it was killed").isEqualTo(25);

    try (Store s = Store.open(dir, Fixtures.LINKER)) {
      assertThat(s.needsRelink()).as("opening after a crash re-links").isFalse();
      assertThat(s.counts().articles()).isGreaterThanOrEqualTo(25);
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE));
           ResultSet rs = c.createStatement().executeQuery("""
               SELECT count(*) FROM articles a WHERE a.n_statements != (SELECT count(*) FROM statements s WHERE s.article_id = a.id)
                 OR NOT EXISTS (SELECT 1 FROM articles_fts f WHERE f.rowid = a.id)""")) {
        assertThat(rs.getInt(1)).as("articles missing statements or search rows").isZero();
      }
      assertThat(s.counts().statements()).isEqualTo(40 * s.counts().articles());
      assertThat(s.counts().merged()).isEqualTo(s.counts().statements());
    }
  }
}
