package org.dateline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Who is writing a store, between processes: an ingest holds a shared lock on {@code dateline.lock} for its run, and
 * whoever would re-link a store on opening it takes the lock exclusively, without waiting. So a reader (export,
 * serve) re-links only a store that nobody is writing to, and a store an ingest is filling is left to that ingest's
 * own re-link. The operating system drops the lock of a killed process.
 */
public final class WriterLock implements AutoCloseable {
  static final String FILE = "dateline.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private WriterLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** A shared hold for a writing run: waits only while someone re-links on opening. */
  static WriterLock shared(Path dir) {
    FileChannel ch = channel(dir);
    try {
      return new WriterLock(ch, ch.lock(0, Long.MAX_VALUE, true));
    } catch (OverlappingFileLockException e) {
      return new WriterLock(ch, null); // this process holds it already: that tells the others enough
    } catch (IOException e) {
      close(ch);
      throw new UncheckedIOException("cannot lock " + dir.resolve(FILE), e);
    }
  }

  /** The exclusive hold when no other run writes the store, else null. */
  static WriterLock tryExclusive(Path dir) {
    FileChannel ch = channel(dir);
    try {
      FileLock l = ch.tryLock(0, Long.MAX_VALUE, false);
      if (l != null) return new WriterLock(ch, l);
    } catch (OverlappingFileLockException e) {
      // a writing run in this process holds it
    } catch (IOException e) {
      close(ch);
      throw new UncheckedIOException("cannot lock " + dir.resolve(FILE), e);
    }
    close(ch);
    return null;
  }

  private static FileChannel channel(Path dir) {
    try {
      return FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + dir.resolve(FILE), e);
    }
  }

  private static void close(FileChannel ch) {
    try {
      ch.close();
    } catch (IOException ignored) {
      // nothing held
    }
  }

  @Override
  public void close() {
    try {
      if (lock != null) lock.release();
    } catch (IOException ignored) {
      // closing the channel releases it too
    }
    close(channel);
  }
}
