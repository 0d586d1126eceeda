package org.dateline.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

final class Streams {
  private Streams() {}

  /** Wraps stdout so closing a writer over it flushes but leaves stdout open for the summary and other commands. */
  static OutputStream unclosable(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
