package org.dateline.cli;

import java.io.PrintStream;

/** Progress on stderr: a redrawn bar on a terminal, a line every few seconds otherwise. */
final class Progress {
  private final PrintStream err;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private long lastLine;

  Progress(PrintStream err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  static boolean stderrIsTerminal() {
    return "1".equals(System.getenv("DATELINE_STDERR_TTY"));
  }

  void update(int done, int total) {
    long now = System.nanoTime();
    double secs = (now - start) / 1e9;
    double rate = secs > 0 ? done / secs : 0;
    if (terminal) {
      int width = 30, filled = total == 0 ? width : done * width / total;
      err.printf("\r[%s%s] %d/%d articles %.1f/s", "#".repeat(filled), " ".repeat(width - filled), done, total, rate);
      if (done == total) err.println();
      err.flush();
    } else if (done == total || now - lastLine > 5_000_000_000L) {
      lastLine = now;
      err.printf("progress: %d/%d articles (%.1f/s)%n", done, total, rate);
    }
  }
}
