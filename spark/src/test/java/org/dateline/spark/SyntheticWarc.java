package org.dateline.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a corpus of invented news articles as WARC.gz crawl files for benchmarks: HTML pages of invented outlets,
 * people, places and events, each with a dateline, a publication date in its metadata and quotes with speakers.
 * The same seed gives the same files. {@code SyntheticWarc DIR ARTICLES FILES [SEED]}.
 */
public final class SyntheticWarc {
  private static final String[] FIRST = {"Andrei", "Ilse", "Pavel", "Marta", "Tomas", "Lena", "Jorik", "Edda", "Milan",
      "Saskia", "Oren", "Katrin", "Bela", "Dunja", "Feliks", "Greta"};
  private static final String[] LAST = {"Vetrov", "Marren", "Dorn", "Kessel", "Brandt", "Ostrova", "Halvik", "Sorel",
      "Tamm", "Quist", "Lindqvar", "Pellew", "Varga", "Noorden", "Ruskin", "Adair", "Moravec", "Castell"};
  private static final String[] ROLES = {"the transport minister", "the mayor of Lenna", "a spokeswoman for the port authority",
      "the head of the farmers' union", "an economist at Karsa University", "the opposition leader", "a senior engineer",
      "the chair of the river commission"};
  private static final String[] PLACES = {"LENNA", "KARSA", "OSTRIA CITY", "VELDMOUTH", "BRASEL", "NORDHAVEN"};
  private static final String[] OUTLETS = {"harbourledger", "nordpost", "valdoriatoday", "ostriancourier", "lennaherald"};
  private static final String[] TOPICS = {"the new ferry line", "the dam on the Veld river", "the grain tariff",
      "the rail tunnel under the Karsa hills", "the harbour expansion", "the winter fuel subsidy", "the bridge repairs",
      "the fishing quota"};
  private static final String[] CLAIMS = {"We will not accept a plan that leaves the valley without water",
      "The numbers simply do not add up", "This agreement is the best chance we have had in a decade",
      "Nobody asked the people who live along the river", "We expect the first results before the summer",
      "The cost has doubled since the spring", "Our members cannot wait another year",
      "The talks will continue next week"};
  private static final String[] CUES = {"said", "told reporters", "added", "warned"};

  private SyntheticWarc() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: SyntheticWarc DIR ARTICLES FILES [SEED]");
      System.exit(2);
    }
    List<Path> files = write(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
        args.length > 3 ? Long.parseLong(args[3]) : 1);
    System.err.println("wrote " + args[1] + " articles in " + files.size() + " files under " + args[0]);
  }

  /** Writes {@code articles} pages spread evenly over {@code files} WARC.gz files in {@code dir}. */
  public static List<Path> write(Path dir, int articles, int files, long seed) throws IOException {
    if (articles < 1 || files < 1) throw new IllegalArgumentException("articles and files must be at least 1, were %d and %d".formatted(articles, files));
    Files.createDirectories(dir);
    Random rnd = new Random(seed);
    List<Path> out = new ArrayList<>();
    int next = 0;
    for (int f = 0; f < files; f++) {
      Path file = dir.resolve("synthetic-%03d.warc.gz".formatted(f));
      int upTo = (int) ((long) articles * (f + 1) / files);
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
           WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
        for (; next < upTo; next++) {
          LocalDate day = LocalDate.of(2025, 1, 1).plusDays(rnd.nextInt(365));
          String outlet = pick(rnd, OUTLETS);
          URI uri = URI.create("https://%s.example/news/%s/story-%05d".formatted(outlet, day, next));
          byte[] html = article(rnd, day, outlet).getBytes(StandardCharsets.UTF_8);
          byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + html.length + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII);
          byte[] body = new byte[http.length + html.length];
          System.arraycopy(http, 0, body, 0, http.length);
          System.arraycopy(html, 0, body, http.length, html.length);
          w.write(new WarcResponse.Builder(uri).date(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
              .body(MediaType.HTTP_RESPONSE, body).build());
        }
      }
      out.add(file);
    }
    return out;
  }

  /** Appends a response of {@code uri} with an empty HTML body (a page the reader reports as failed). */
  public static void appendEmptyPage(Path warc, URI uri) throws IOException {
    byte[] http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.APPEND); WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
      w.write(new WarcResponse.Builder(uri).date(java.time.Instant.parse("2025-05-03T00:00:00Z"))
          .body(MediaType.HTTP_RESPONSE, http).build());
    }
  }

  private static String article(Random rnd, LocalDate day, String outlet) {
    String topic = pick(rnd, TOPICS), place = pick(rnd, PLACES);
    String a = pick(rnd, FIRST) + " " + pick(rnd, LAST), b = pick(rnd, FIRST) + " " + pick(rnd, LAST);
    String aRole = pick(rnd, ROLES), bRole = pick(rnd, ROLES);
    String aLast = a.substring(a.indexOf(' ') + 1), bLast = b.substring(b.indexOf(' ') + 1);
    String headline = "Dispute over " + topic + " deepens in " + cap(place.toLowerCase());
    StringBuilder p = new StringBuilder();
    p.append("<p>").append(place).append(" — ").append(a).append(", ").append(aRole)
        .append(", on Tuesday rejected the latest proposal on ").append(topic).append(".</p>\n");
    p.append("<p>“").append(pick(rnd, CLAIMS)).append(",” ").append(aLast).append(' ').append(pick(rnd, CUES))
        .append(". “").append(pick(rnd, CLAIMS)).append(".”</p>\n");
    p.append("<p>").append(b).append(", ").append(bRole).append(", disagreed. “").append(pick(rnd, CLAIMS))
        .append(",” ").append(bLast).append(' ').append(pick(rnd, CUES)).append(" in an interview.</p>\n");
    p.append("<p>The council is due to vote on ").append(topic).append(" on ").append(day.plusDays(7 + rnd.nextInt(20)).getDayOfMonth())
        .append(' ').append(cap(day.plusDays(7).getMonth().name().toLowerCase())).append(", ").append(aLast)
        .append(" said, adding that ").append(pick(rnd, CLAIMS).toLowerCase()).append(".</p>\n");
    return """
        <!doctype html><html><head><meta charset="utf-8"><title>%s | %s</title>
        <meta property="article:published_time" content="%sT09:00:00Z">
        <meta property="og:site_name" content="%s"></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>%s</h1><p class="byline">By %s</p>
        %s</article><footer>© %s</footer></body></html>
        """.formatted(headline, outlet, day, cap(outlet), headline, pick(rnd, FIRST) + " " + pick(rnd, LAST), p,
        cap(outlet));
  }

  private static String pick(Random rnd, String[] from) {
    return from[rnd.nextInt(from.length)];
  }

  private static String cap(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean up = true;
    for (char c : s.toCharArray()) {
      b.append(up ? Character.toUpperCase(c) : c);
      up = c == ' ';
    }
    return b.toString();
  }
}
