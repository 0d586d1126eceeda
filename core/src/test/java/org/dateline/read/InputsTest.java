package org.dateline.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  static final Path SAMPLE_WARC = Path.of("..", "samples", "warc", "sample.warc.gz");
  @TempDir Path dir;

  private List<ReadResult> read(Inputs inputs, String... paths) {
    List<ReadResult> out = new ArrayList<>();
    for (String f : inputs.expand(List.of(paths), out::add)) inputs.read(f, out::add);
    return out;
  }

  private static Inputs inputs() {
    return new Inputs(Inputs.DEFAULT_MAX_BYTES, new ByteArrayInputStream(new byte[0]));
  }

  @Test
  void missingPathsFirstThenDirectoriesWalkedInNameOrderAndEachBadFileIsReportedWithItsReason() throws IOException {
    Files.writeString(dir.resolve("b.txt"), "Headline\n\nBody text here.");
    Files.write(dir.resolve("a"), new byte[] {0, 1, 2, 3, 0, 0});
    Files.writeString(dir.resolve("README.md"), "not a page");
    Files.write(dir.resolve("c.txt"), new byte[0]);
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/d.html"), "<html><body><p>Hello there.</p></body></html>");
    List<ReadResult> results = read(inputs(), dir.toString(), dir.resolve("missing.txt").toString());
    assertThat(results).extracting(r -> Path.of(r.source()).getFileName().toString())
        .containsExactly("missing.txt", "a", "b.txt", "c.txt", "d.html");
    assertThat(results.get(0)).isEqualTo(new ReadResult.Failure(dir.resolve("missing.txt").toString(), "no such file or directory"));
    assertThat(results.get(1)).isEqualTo(new ReadResult.Failure(dir.resolve("a").toString(), "binary file, not text or HTML"));
    assertThat(results.get(2)).isInstanceOf(ReadResult.Page.class);
    assertThat(results.get(3)).isEqualTo(new ReadResult.Failure(dir.resolve("c.txt").toString(), "empty file"));
    assertThat(((ReadResult.Page) results.get(4)).page().format()).isEqualTo(RawPage.Format.HTML);
  }

  @Test
  void oversizedFilesAreSkippedWithTheLimitNamed() throws IOException {
    Path big = dir.resolve("big.txt");
    Files.writeString(big, "x".repeat(2000));
    List<ReadResult> results = read(new Inputs(1000, new ByteArrayInputStream(new byte[0])), big.toString());
    assertThat(results).containsExactly(new ReadResult.Failure(big.toString(),
        "file is 2,000 bytes, over the limit of 1,000 bytes (--max-bytes)"));
  }

  @Test
  void mostlyUndecodableFilesFailAndAFewBadBytesBecomeAWarning() throws IOException {
    Path bad = dir.resolve("latin.txt");
    byte[] junk = new byte[200];
    Arrays.fill(junk, (byte) 0xE9);
    Files.write(bad, junk);
    Path few = dir.resolve("few.txt");
    Files.write(few, ("Talks resumed in Korven on Monday " + "and went on. ".repeat(10)).getBytes(StandardCharsets.UTF_8));
    byte[] withBad = Files.readAllBytes(few);
    withBad[5] = (byte) 0xFF;
    Files.write(few, withBad);
    List<ReadResult> results = read(inputs(), bad.toString(), few.toString());
    assertThat(results.get(0)).isEqualTo(new ReadResult.Failure(bad.toString(), "undecodable: 200 of 200 bytes are not valid UTF-8"));
    RawPage page = ((ReadResult.Page) results.get(1)).page();
    assertThat(page.warnings()).containsExactly("1 undecodable bytes replaced by U+FFFD (decoded as UTF-8, charset from default)");
    assertThat(page.content()).contains("\uFFFD");
  }

  @Test
  void stdinIsReadAndSniffedForHtml() {
    Inputs in = new Inputs(Inputs.DEFAULT_MAX_BYTES,
        new ByteArrayInputStream("<!DOCTYPE html><html><body><p>Hi.</p></body></html>".getBytes(StandardCharsets.UTF_8)));
    List<ReadResult> results = read(in, "-");
    assertThat(((ReadResult.Page) results.get(0)).page().format()).isEqualTo(RawPage.Format.HTML);
  }

  @Test
  void aFileReadFromAStreamGivesTheSamePagesAndFailuresAsFromItsPathAndTheStreamStaysOpen() throws IOException {
    Path cut = dir.resolve("cut.warc.gz");
    byte[] whole = Files.readAllBytes(SAMPLE_WARC);
    Files.write(cut, Arrays.copyOf(whole, whole.length * 2 / 3));
    Files.writeString(dir.resolve("p.html"), "<html><body><p>Hello there.</p></body></html>");
    for (String name : List.of(SAMPLE_WARC.toString(), cut.toString(), dir.resolve("p.html").toString())) {
      List<ReadResult> fromPath = read(inputs(), name), fromStream = new ArrayList<>();
      boolean[] closed = {false};
      try (var in = new java.io.FilterInputStream(Files.newInputStream(Path.of(name))) {
        @Override
        public void close() throws IOException {
          closed[0] = true;
          super.close();
        }
      }) {
        inputs().read(name, Path.of(name).getFileName().toString(), in, fromStream::add);
        assertThat(closed[0]).as("closed by the reader: " + name).isFalse();
      }
      assertThat(fromStream).as(name).isEqualTo(fromPath);
    }
  }

  @Test
  void warcResponseRecordsBecomeHtmlPagesWithTheirFetchDate() {
    List<ReadResult> results = read(inputs(), SAMPLE_WARC.toString());
    assertThat(results).isNotEmpty().allSatisfy(r -> assertThat(r).isInstanceOf(ReadResult.Page.class));
    RawPage first = ((ReadResult.Page) results.get(0)).page();
    assertThat(first.format()).isEqualTo(RawPage.Format.HTML);
    assertThat(first.url()).startsWith("https://");
    assertThat(first.fetched()).isNotNull();
    assertThat(first.source()).isEqualTo(SAMPLE_WARC + "#" + first.url());
  }

  @Test
  void warcTextPlainResponsesAreTextPagesAndOtherTypesAreSkipped() throws IOException {
    Path warc = dir.resolve("mixed.warc.gz");
    java.time.Instant fetched = java.time.Instant.parse("2026-05-12T06:30:00Z");
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(warc, java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.WRITE);
         org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(ch, org.netpreserve.jwarc.WarcCompression.GZIP)) {
      w.write(response("https://tessalycourier.example/text/2026/05/11/quay-vote", "text/plain; charset=utf-8",
          "Tessaly Courier\nHarbour council delays quay vote\n\nBRENNA, May 11 - The council postponed its vote, "
              + "councillor Edvin Hallar said.\n", fetched));
      w.write(response("https://tessalycourier.example/logo.png", "image/png", "\u0089PNG not really", fetched));
      w.write(response("https://tessalycourier.example/robots.txt", "text/plain", "User-agent: *\nDisallow: /drafts/\n", fetched));
      w.write(response("https://tessalycourier.example/2026/05/11/quay-vote", "text/html; charset=utf-8",
          "<html><body><h1>Harbour council delays quay vote</h1><p>The council postponed its vote.</p></body></html>", fetched));
    }
    List<ReadResult> results = read(inputs(), warc.toString());
    assertThat(results).hasSize(2).allSatisfy(r -> assertThat(r).isInstanceOf(ReadResult.Page.class));
    RawPage text = ((ReadResult.Page) results.get(0)).page();
    assertThat(text.format()).isEqualTo(RawPage.Format.TEXT);
    assertThat(text.source()).isEqualTo(warc + "#https://tessalycourier.example/text/2026/05/11/quay-vote");
    assertThat(text.url()).isEqualTo("https://tessalycourier.example/text/2026/05/11/quay-vote");
    assertThat(text.fetched()).isEqualTo(fetched);
    assertThat(text.content()).startsWith("Tessaly Courier\nHarbour council delays quay vote\n\nBRENNA, May 11");
    assertThat(((ReadResult.Page) results.get(1)).page().format()).isEqualTo(RawPage.Format.HTML);
  }

  private static org.netpreserve.jwarc.WarcResponse response(String uri, String type, String content, java.time.Instant date) {
    byte[] payload = content.getBytes(StandardCharsets.UTF_8);
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + payload.length + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    byte[] body = new byte[head.length + payload.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(payload, 0, body, head.length, payload.length);
    return new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create(uri)).date(date)
        .body(org.netpreserve.jwarc.MediaType.HTTP_RESPONSE, body).build();
  }

  @Test
  void aTruncatedWarcKeepsTheRecordsBeforeTheBreakAndReportsIt() throws IOException {
    byte[] all = Files.readAllBytes(SAMPLE_WARC);
    Path cut = dir.resolve("cut.warc.gz");
    Files.write(cut, Arrays.copyOf(all, all.length * 2 / 3));
    List<ReadResult> results = read(inputs(), cut.toString());
    assertThat(results).filteredOn(r -> r instanceof ReadResult.Page).isNotEmpty();
    assertThat(results.get(results.size() - 1)).isInstanceOf(ReadResult.Failure.class);
    ReadResult.Failure f = (ReadResult.Failure) results.get(results.size() - 1);
    assertThat(f.source()).startsWith(cut.toString());
    assertThat(f.reason()).startsWith("broken WARC");
  }

  @Test
  void wetConversionRecordsBecomeTextPagesWithTargetAndCrawlDate() throws IOException {
    Path wet = dir.resolve("crawl.warc.wet.gz");
    String text = "Harbor Ledger\nValdoria says river talks to resume next week\n\nKORVEN, March 4 (Meridian Wire) - "
        + "Valdoria's foreign minister said on Wednesday that talks with Ostria would resume in Brasel next week.\n";
    java.time.Instant crawled = java.time.Instant.parse("2026-03-05T08:15:00Z");
    try (var writer = new org.netpreserve.jwarc.WarcWriter(wet)) {
      writer.write(new org.netpreserve.jwarc.Warcinfo.Builder().fields(java.util.Map.of("software", List.of("test"))).build());
      writer.write(new org.netpreserve.jwarc.WarcConversion.Builder()
          .setHeader("WARC-Target-URI", "https://harbor-ledger.example/world/talks-resume")
          .date(crawled)
          .body(org.netpreserve.jwarc.MediaType.PLAIN_TEXT, text.getBytes(StandardCharsets.UTF_8))
          .build());
    }
    List<ReadResult> results = read(inputs(), wet.toString());
    assertThat(results).hasSize(1).first().isInstanceOf(ReadResult.Page.class);
    RawPage page = ((ReadResult.Page) results.get(0)).page();
    assertThat(page.format()).isEqualTo(RawPage.Format.TEXT);
    assertThat(page.url()).isEqualTo("https://harbor-ledger.example/world/talks-resume");
    assertThat(page.fetched()).isEqualTo(crawled);
    assertThat(page.content()).isEqualTo(text);
    assertThat(page.source()).isEqualTo(wet + "#https://harbor-ledger.example/world/talks-resume");
    // the crawl date bounds the publication date from above: "March 4" is read as 2026, the crawl's year
    var dated = org.dateline.pipeline.Pipeline.standard(null, java.time.Clock.fixed(java.time.Instant.parse("2030-01-01T00:00:00Z"),
        java.time.ZoneOffset.UTC)).prepare(page);
    assertThat(dated.published().latest()).isBeforeOrEqualTo(java.time.LocalDate.of(2026, 3, 6));
    assertThat(dated.article().meta().agency()).isEqualTo("Meridian Wire");
  }
}
