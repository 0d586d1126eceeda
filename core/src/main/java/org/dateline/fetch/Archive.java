package org.dateline.fetch;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.dateline.read.Inputs;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Every response as fetched, with its request, in WARC.gz files: {@code dateline-<start time>-<n>.warc.gz} in one
 * directory, a new file per run and whenever the current one passes {@code rotateBytes}. Each file opens with a
 * warcinfo record naming the software and its User-Agent. {@code dateline ingest} reads these files back as it reads
 * any WARC: the page's evidence outlives the site. Not thread-safe (one fetcher writes).
 */
public final class Archive implements Closeable {
  public static final long DEFAULT_ROTATE_BYTES = 1L << 30;
  /** Where a listed page's listing came from, beside {@link Inputs#LISTED_DATE_FIELD}. */
  public static final String LISTED_IN_FIELD = "Dateline-Listed-In";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Path dir;
  private final long rotateBytes;
  private final String userAgent;
  private final String stamp;
  private int serial;
  private FileChannel channel;
  private WarcWriter writer;
  private Path current;

  /** Where one response was archived: the file and the record's WARC-Record-ID. */
  public record Archived(Path file, URI recordId) {
    /** "archive/dateline-….warc.gz#urn:uuid:…", as the store keeps it. */
    @Override
    public String toString() {
      return file + "#" + recordId;
    }
  }

  public Archive(Path dir, long rotateBytes, String userAgent, Clock clock) {
    if (rotateBytes < 1) throw new IllegalArgumentException("rotate bytes must be positive, was " + rotateBytes);
    this.dir = dir;
    this.rotateBytes = rotateBytes;
    this.userAgent = userAgent;
    this.stamp = STAMP.format(clock.instant());
  }

  public Path dir() {
    return dir;
  }

  /** The files written so far, in order. */
  public List<Path> files() {
    try (var s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith("dateline-" + stamp + "-")).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /**
   * Writes one exchange: the request, then the response (status, headers and the body as received, truncated at the
   * size limit when {@code truncated}). Returns where the response went.
   */
  public Archived write(URI target, Instant date, HttpRequest request, HttpResponse response, boolean truncated)
      throws IOException {
    rotateIfFull(); // before, never after, a response: a listing's note must follow its response in the same file
    WarcWriter w = writer();
    WarcRequest req = new WarcRequest.Builder(target).date(date).body(request).build();
    WarcResponse.Builder rb = new WarcResponse.Builder(target).date(date).body(response).concurrentTo(req.id());
    if (truncated) rb.truncated(WarcTruncationReason.LENGTH);
    WarcResponse resp = rb.build();
    w.write(req);
    w.write(resp);
    return new Archived(current, resp.id());
  }

  /**
   * Notes, right after a page's response, the date a feed or news sitemap listed it with, for the reader to join to
   * the page ({@link Inputs}): re-reading the archive dates the page as the fetch did.
   */
  public void listed(Archived response, URI target, Instant date, String listedDate, URI listedIn) throws IOException {
    if (writer == null || !response.file().equals(current)) throw new IllegalStateException("a listing note must follow its response");
    WarcMetadata m = new WarcMetadata.Builder().targetURI(target).date(date).concurrentTo(response.recordId())
        .fields(Map.of(Inputs.LISTED_DATE_FIELD, List.of(listedDate), LISTED_IN_FIELD, List.of(listedIn.toString())))
        .build();
    writer().write(m);
  }

  private WarcWriter writer() throws IOException {
    if (writer == null) {
      Files.createDirectories(dir);
      // two runs started in one second share the stamp: the number after it keeps their files apart
      do current = dir.resolve("dateline-%s-%05d.warc.gz".formatted(stamp, serial++));
      while (Files.exists(current));
      channel = FileChannel.open(current, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      writer = new WarcWriter(channel, WarcCompression.GZIP);
      writer.write(new Warcinfo.Builder().filename(current.getFileName().toString())
          .fields(Map.of("software", List.of("Dateline"), "http-header-user-agent", List.of(userAgent),
              "format", List.of("WARC File Format 1.1"), "robots", List.of("obey")))
          .build());
    }
    return writer;
  }

  private void rotateIfFull() throws IOException {
    if (channel != null && channel.position() >= rotateBytes) closeCurrent();
  }

  private void closeCurrent() throws IOException {
    if (writer != null) {
      writer.close();
      writer = null;
      channel = null;
    }
  }

  @Override
  public void close() {
    try {
      closeCurrent();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close WARC file " + current, e);
    }
  }

  static MediaType type(String contentType) {
    try {
      return contentType == null ? MediaType.OCTET_STREAM : MediaType.parse(contentType);
    } catch (IllegalArgumentException e) {
      return MediaType.OCTET_STREAM;
    }
  }
}
