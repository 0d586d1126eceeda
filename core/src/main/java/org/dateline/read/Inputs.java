package org.dateline.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Turns the paths a user gives (files, directories walked recursively in name order, {@code -} for stdin) into
 * pages. Every item that cannot be read becomes a {@link ReadResult.Failure} naming it and the reason; reading
 * goes on.
 */
public final class Inputs {
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
  public static final String STDIN = "-";

  private final long maxBytes;
  private final InputStream stdin;

  public Inputs(long maxBytes, InputStream stdin) {
    if (maxBytes <= 0) throw new IllegalArgumentException("max bytes must be positive, was " + maxBytes);
    this.maxBytes = maxBytes;
    this.stdin = stdin;
  }

  /** Files under the given paths, in a stable order; a missing path is a failure, not an exception. */
  public List<String> expand(List<String> paths, Consumer<ReadResult.Failure> failures) {
    List<String> out = new ArrayList<>();
    for (String p : paths) {
      if (p.equals(STDIN)) {
        out.add(p);
        continue;
      }
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
              .filter(f -> isSupported(f.getFileName().toString())).sorted().forEach(f -> out.add(f.toString()));
        } catch (IOException | UncheckedIOException e) {
          failures.accept(new ReadResult.Failure(p, "cannot list directory: " + e.getMessage()));
        }
      } else if (Files.isRegularFile(path)) {
        out.add(p);
      } else {
        failures.accept(new ReadResult.Failure(p, Files.exists(path) ? "not a regular file" : "no such file or directory"));
      }
    }
    return out;
  }

  /**
   * Whether a file found in a directory walk is a news page by its name: .txt, .html, .htm, .xhtml, .warc,
   * .warc.gz (WET files included: .warc.wet.gz), or no extension. Files named explicitly are read whatever their name.
   */
  public static boolean isSupported(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (isWarc(n)) return true;
    int dot = n.lastIndexOf('.');
    return dot <= 0 || List.of("txt", "text", "html", "htm", "xhtml", "warc").contains(n.substring(dot + 1));
  }

  /** Reads one file (or stdin) into pages; a WARC file may give many pages and failures. */
  public void read(String source, Consumer<ReadResult> sink) {
    try {
      if (source.equals(STDIN)) {
        byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
          sink.accept(tooBig(source, bytes.length));
          return;
        }
        sink.accept(fromBytes(source, looksLikeHtml(bytes) ? RawPage.Format.HTML : RawPage.Format.TEXT, bytes, null, null, null));
        return;
      }
      Path path = Path.of(source);
      String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
      if (isWarc(name)) {
        try (WarcReader reader = new WarcReader(path)) {
          readWarc(source, reader, sink);
        }
        return;
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        sink.accept(tooBig(source, size));
        return;
      }
      sink.accept(fromBytes(source, formatOf(name), Files.readAllBytes(path), null, null, null));
    } catch (IOException | RuntimeException e) {
      sink.accept(new ReadResult.Failure(source, "cannot read: " + describe(e)));
    }
  }

  /**
   * Reads one file that arrives as a stream (a Hadoop file system, an archive member): the same formats, the same
   * checks and the same page and failure names as {@link #read(String, Consumer)} on a local file named
   * {@code source}. {@code name} is the file's name, which decides the format. The stream is not closed.
   */
  public void read(String source, String name, InputStream in, Consumer<ReadResult> sink) {
    try {
      String n = name.toLowerCase(Locale.ROOT);
      if (isWarc(n)) {
        // WarcReader closes the stream it reads; the caller owns it
        readWarc(source, new WarcReader(new java.io.FilterInputStream(in) {
          @Override
          public void close() {}
        }), sink);
        return;
      }
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        sink.accept(tooBig(source, bytes.length));
        return;
      }
      sink.accept(fromBytes(source, formatOf(n), bytes, null, null, null));
    } catch (IOException | RuntimeException e) {
      sink.accept(new ReadResult.Failure(source, "cannot read: " + describe(e)));
    }
  }

  /** A WARC file by its lower-cased name, Common Crawl's WET files ({@code .warc.wet.gz}) included. */
  private static boolean isWarc(String lowerCaseName) {
    return lowerCaseName.endsWith(".warc") || lowerCaseName.endsWith(".warc.gz") || lowerCaseName.endsWith(".wet")
        || lowerCaseName.endsWith(".wet.gz");
  }

  private static RawPage.Format formatOf(String lowerCaseName) {
    return lowerCaseName.endsWith(".html") || lowerCaseName.endsWith(".htm") || lowerCaseName.endsWith(".xhtml")
        ? RawPage.Format.HTML : RawPage.Format.TEXT;
  }

  private ReadResult tooBig(String source, long size) {
    return new ReadResult.Failure(source, "file is %,d bytes, over the limit of %,d bytes (--max-bytes)".formatted(size, maxBytes));
  }

  /** Decodes one item's bytes into a page, or a failure when they are empty, binary or mostly undecodable. */
  public static ReadResult fromBytes(String source, RawPage.Format format, byte[] bytes, String declaredCharset,
      String url, java.time.Instant fetched) {
    if (bytes.length == 0) return new ReadResult.Failure(source, "empty file");
    if (TextDecoder.looksBinary(bytes)) return new ReadResult.Failure(source, "binary file, not text or HTML");
    Decoded d = TextDecoder.decode(bytes, format == RawPage.Format.HTML, declaredCharset);
    if (d.text().isBlank()) return new ReadResult.Failure(source, "no text (only whitespace)");
    List<String> warnings = new ArrayList<>();
    if (d.malformedBytes() > 0) {
      if (d.malformedBytes() * 20 > bytes.length)
        return new ReadResult.Failure(source, "undecodable: %d of %d bytes are not valid %s".formatted(
            d.malformedBytes(), bytes.length, d.charset().name()));
      warnings.add("%d undecodable bytes replaced by U+FFFD (decoded as %s, charset from %s)".formatted(
          d.malformedBytes(), d.charset().name(), d.charsetBasis()));
    }
    return new ReadResult.Page(new RawPage(source, format, d.text(), url, fetched, warnings));
  }

  private void readWarc(String source, WarcReader reader, Consumer<ReadResult> sink) throws IOException {
    int index = 0;
    while (true) {
      Optional<WarcRecord> next;
      long position = reader.position();
      try {
        next = reader.next();
      } catch (IOException | RuntimeException e) {
        // a corrupt record leaves the stream at an unknown position: report it and stop this file only
        sink.accept(new ReadResult.Failure(source + "@" + position, "broken WARC record: " + describe(e)));
        return;
      }
      if (next.isEmpty()) return;
      index++;
      if (next.get() instanceof WarcConversion conversion) {
        readConversion(source, conversion, index, sink);
        continue;
      }
      if (!(next.get() instanceof WarcResponse response)) continue;
      String item = source + "#" + response.target();
      try {
        MediaType type = response.http().contentType();
        if (!type.base().equals(MediaType.HTML) && !type.subtype().equals("xhtml+xml")) continue;
        if (response.http().status() != 200) continue;
        long size = response.http().body().size();
        if (size > maxBytes) {
          sink.accept(tooBig(item, size));
          continue;
        }
        byte[] body;
        try (InputStream in = response.http().bodyDecoded().stream()) {
          body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (body.length > maxBytes) {
          sink.accept(tooBig(item, body.length));
          continue;
        }
        sink.accept(fromBytes(item, RawPage.Format.HTML, body, type.parameters().get("charset"), response.target(),
            response.date()));
      } catch (IOException | RuntimeException e) {
        sink.accept(new ReadResult.Failure(item, "broken WARC response record " + index + ": " + describe(e)));
      }
    }
  }

  /**
   * A conversion record (Common Crawl's WET files: the plain text extracted from a crawled page) is a text page: its
   * target URI is the page's URL and its WARC-Date the crawl time, an upper bound on the publication date.
   */
  private void readConversion(String source, WarcConversion conversion, int index, Consumer<ReadResult> sink) {
    String item = source + "#" + conversion.target();
    try {
      MediaType type = conversion.contentType();
      if (!type.base().equals(MediaType.PLAIN_TEXT)) return;
      long size = conversion.body().size();
      if (size > maxBytes) {
        sink.accept(tooBig(item, size));
        return;
      }
      byte[] body;
      try (InputStream in = conversion.body().stream()) {
        body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      }
      if (body.length > maxBytes) {
        sink.accept(tooBig(item, body.length));
        return;
      }
      sink.accept(fromBytes(item, RawPage.Format.TEXT, body, type.parameters().getOrDefault("charset", "UTF-8"),
          conversion.target(), conversion.date()));
    } catch (IOException | RuntimeException e) {
      sink.accept(new ReadResult.Failure(item, "broken WARC conversion record " + index + ": " + describe(e)));
    }
  }

  private static boolean looksLikeHtml(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
  }

  private static String describe(Exception e) {
    String msg = e.getMessage();
    return msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg;
  }
}
