package org.dateline.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcMetadata;
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
  /** The field of a WARC metadata record, concurrent to a response, that holds the page's listed date (see {@link RawPage#listedDate}). */
  public static final String LISTED_DATE_FIELD = "Dateline-Listed-Date";

  private final long maxBytes;
  private final InputStream stdin;
  private final String stdinName;

  public Inputs(long maxBytes, InputStream stdin) {
    this(maxBytes, stdin, null);
  }

  /**
   * {@code stdinName} is the source name of the article read from stdin; null names it by its content
   * ({@code stdin-} and the first 16 hex digits of its SHA-256), so two different stdin articles never share a name
   * (in the store, a known name replaces the article stored under it).
   */
  public Inputs(long maxBytes, InputStream stdin, String stdinName) {
    if (maxBytes <= 0) throw new IllegalArgumentException("max bytes must be positive, was " + maxBytes);
    if (stdinName != null && stdinName.isBlank()) throw new IllegalArgumentException("stdin's source name must not be blank");
    this.maxBytes = maxBytes;
    this.stdin = stdin;
    this.stdinName = stdinName;
  }

  /** Files under the given paths, in a stable order; a missing path is a failure, not an exception. */
  public List<String> expand(List<String> paths, Consumer<ReadResult.Failure> failures) {
    List<String> out = new ArrayList<>();
    for (String p : paths) {
      if (p.equals(STDIN)) {
        out.add(p);
        continue;
      }
      Path path;
      try {
        path = Path.of(p);
      } catch (java.nio.file.InvalidPathException e) {
        failures.accept(new ReadResult.Failure(p, "not a valid path: " + e.getReason()));
        continue;
      }
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
          sink.accept(overLimit(source));
          return;
        }
        String name = stdinName != null ? stdinName : "stdin-" + HexFormat.of().formatHex(sha256(bytes), 0, 8);
        sink.accept(fromBytes(name, looksLikeHtml(bytes) ? RawPage.Format.HTML : RawPage.Format.TEXT, bytes, null, null, null));
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
        sink.accept(overLimit(source));
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

  /** A stream read up to one byte past the limit: its real size is unknown, so none is claimed. */
  private ReadResult overLimit(String source) {
    return new ReadResult.Failure(source, "more than the limit of %,d bytes (--max-bytes)".formatted(maxBytes));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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
    int index = 0, told = 0;
    Map<String, Integer> types = new TreeMap<>();
    // a page waits for the record after it: a metadata record concurrent to its response may add its listing's date
    ReadResult.Page pending = null;
    java.net.URI pendingId = null;
    while (true) {
      Optional<WarcRecord> next;
      long position = reader.position();
      try {
        next = reader.next();
      } catch (IOException | RuntimeException e) {
        if (pending != null) sink.accept(pending);
        // a corrupt record leaves the stream at an unknown position: report it and stop this file only
        sink.accept(new ReadResult.Failure(source + "@" + position, "broken WARC record: " + describe(e)));
        return;
      }
      if (next.isEmpty()) {
        if (pending != null) sink.accept(pending);
        // a crawl file of requests and metadata only (or of images) is read, and gives nothing: say so
        if (told == 0) sink.accept(new ReadResult.Failure(source, "no HTML or text response records among its %d records%s".formatted(
            index, types.isEmpty() ? "" : " (" + types.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(java.util.stream.Collectors.joining(", ")) + ")")));
        return;
      }
      index++;
      types.merge(next.get().type(), 1, Integer::sum);
      if (pending != null) {
        if (next.get() instanceof WarcMetadata m && m.concurrentTo().contains(pendingId)) {
          try {
            String listed = m.fields().first(LISTED_DATE_FIELD).orElse(null);
            if (listed != null) pending = new ReadResult.Page(pending.page().withListedDate(listed));
          } catch (IOException | RuntimeException e) {
            // an unreadable metadata record loses the listing's date only; the page stands on its own evidence
          }
          sink.accept(pending);
          pending = null;
          continue;
        }
        sink.accept(pending);
        pending = null;
      }
      if (next.get() instanceof WarcConversion conversion) {
        if (readConversion(source, conversion, index, sink)) told++;
        continue;
      }
      if (!(next.get() instanceof WarcResponse response)) continue;
      String item = source + "#" + response.target();
      try {
        MediaType type = response.http().contentType();
        RawPage.Format format = formatOf(type);
        if (format == null || isRobotsFile(response.target())) continue;
        if (response.http().status() != 200) continue;
        long size = response.http().body().size();
        if (size > maxBytes) {
          told++;
          sink.accept(tooBig(item, size));
          continue;
        }
        byte[] body;
        try (InputStream in = response.http().bodyDecoded().stream()) {
          body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (body.length > maxBytes) {
          told++;
          sink.accept(overLimit(item));
          continue;
        }
        told++;
        ReadResult r = fromBytes(item, format, body, type.parameters().get("charset"), response.target(),
            fetchedAt(response.date(), response.http().headers().first("Date").orElse(null)));
        if (r instanceof ReadResult.Page p) {
          pending = p;
          pendingId = response.id();
        } else {
          sink.accept(r);
        }
      } catch (IOException | RuntimeException e) {
        told++;
        sink.accept(new ReadResult.Failure(item, "broken WARC response record " + index + ": " + describe(e)));
      }
    }
  }

  /**
   * The page format of a WARC response by its Content-Type: HTML (and XHTML), plain text (a site's text edition,
   * a wire feed served as text/plain) through the text path, anything else (images, scripts, feeds) null: not a page.
   */
  private static RawPage.Format formatOf(MediaType type) {
    if (type.base().equals(MediaType.HTML) || type.subtype().equals("xhtml+xml")) return RawPage.Format.HTML;
    if (type.base().equals(MediaType.PLAIN_TEXT)) return RawPage.Format.TEXT;
    return null;
  }

  /**
   * A site's robots.txt, which crawlers (Dateline's fetcher too) archive beside the pages: plain text, never an
   * article; RFC 9309 fixes its place at the root of a host.
   */
  private static boolean isRobotsFile(String target) {
    try {
      return "/robots.txt".equals(java.net.URI.create(target).getPath());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * A conversion record (Common Crawl's WET files: the plain text extracted from a crawled page) is a text page: its
   * target URI is the page's URL and its WARC-Date the crawl time, an upper bound on the publication date. Returns
   * whether the record gave a page or a failure.
   */
  private boolean readConversion(String source, WarcConversion conversion, int index, Consumer<ReadResult> sink) {
    String item = source + "#" + conversion.target();
    try {
      MediaType type = conversion.contentType();
      if (!type.base().equals(MediaType.PLAIN_TEXT)) return false;
      long size = conversion.body().size();
      if (size > maxBytes) {
        sink.accept(tooBig(item, size));
        return true;
      }
      byte[] body;
      try (InputStream in = conversion.body().stream()) {
        body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      }
      if (body.length > maxBytes) {
        sink.accept(overLimit(item));
        return true;
      }
      sink.accept(fromBytes(item, RawPage.Format.TEXT, body, type.parameters().getOrDefault("charset", "UTF-8"),
          conversion.target(), conversion.date()));
    } catch (IOException | RuntimeException e) {
      sink.accept(new ReadResult.Failure(item, "broken WARC conversion record " + index + ": " + describe(e)));
    }
    return true;
  }

  /**
   * When a page was fetched, as an upper bound on its publication: the capture time, or the response's own
   * {@code Date} header when that is earlier (the server's clock says when it sent the page).
   */
  public static java.time.Instant fetchedAt(java.time.Instant captured, String dateHeader) {
    if (dateHeader == null || dateHeader.isBlank()) return captured;
    try {
      java.time.Instant sent = java.time.ZonedDateTime.parse(dateHeader.strip(),
          java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return captured == null || sent.isBefore(captured) ? sent : captured;
    } catch (java.time.format.DateTimeParseException e) {
      return captured;
    }
  }

  private static boolean looksLikeHtml(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
  }

  private static String describe(Exception e) {
    String msg = e.getMessage();
    // jwarc parses header numbers with Long.parseLong: a 20-digit Content-Length says only "For input string"
    if (e instanceof NumberFormatException && msg != null && msg.startsWith("For input string: "))
      return "a header holds a number out of range or malformed: " + msg.substring("For input string: ".length());
    return msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg;
  }
}
