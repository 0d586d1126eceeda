package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dateline eval polnear}: the error paths, which need no models. */
class PolnearCommandTest {
  @TempDir Path dir;

  @Test
  void notASplitIsExitOneWithTheReason() {
    ExtractCommandTest.Run r = ExtractCommandTest.run("eval", "polnear", dir.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("dateline eval polnear: not a PolNeAR split: %s needs text/ and attributions/%n".formatted(dir));
  }

  @Test
  void unknownSystemIsAUsageError() {
    ExtractCommandTest.Run r = ExtractCommandTest.run("eval", "polnear", dir.toString(), "--system", "bert");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("expected dateline, corenlp-quote or both but was 'bert'");
  }
}
