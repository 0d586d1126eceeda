package org.dateline.eval;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Invented news: outlets, people, places and events made up here, in plain English sentences so the NLP works as it
 * does on real copy. Deterministic for a seed.
 */
public final class FeedCorpus {
  private static final String[] FIRST = {"Ansel", "Ida", "Tomas", "Lena", "Pia", "Jonas", "Mara", "Oskar", "Vera", "Emil",
      "Sanne", "Karl", "Nadia", "Petra", "Rune", "Elin", "Hugo", "Greta", "Milo", "Agnes"};
  private static final String[] LAST = {"Brandt", "Vesk", "Lerch", "Marsh", "Lund", "Feld", "Holt", "Narvik", "Sorel", "Dahl",
      "Kessler", "Orban", "Wray", "Falk", "Moss", "Tarrant", "Ilves", "Roan", "Haldor", "Quist"};
  private static final String[] PLACES = {"LINNHOLM", "OSTERBY", "VARN", "KORVEN", "BRASEL", "TALLMOOR", "ESKVIK", "DUNMERE",
      "HOLLISBURG", "MARROWAY"};
  private static final String[] ROLES = {"the transport minister", "the harbour master", "a union leader", "the mayor",
      "the chief negotiator", "a spokeswoman for the ministry", "the head of the port authority", "an opposition lawmaker"};
  private static final String[] TOPICS = {"the Karsa dam dispute", "the ferry strike", "the harbour expansion", "the grain export deal",
      "the border crossing talks", "the rail tunnel budget", "the fishing quota row", "the coastal flood defences"};
  private static final String[] OUTLETS = {"Harbour Ledger", "Northmark Courier", "Valdoria Post", "Eskvik Herald", "Tallmoor Gazette",
      "Coastline Wire", "Dunmere Daily", "Korven Observer", "Marroway Times", "Brasel Chronicle", "Linnholm Record", "Osterby Sentinel"};
  private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  private static final DateTimeFormatter RFC = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss xx", Locale.ENGLISH);

  private final Random rnd;

  public record Article(String path, String headline, String html, String listed) {}

  public FeedCorpus(Random rnd) {
    this.rnd = rnd;
  }

  public String outlet(int k) {
    return OUTLETS[k % OUTLETS.length] + (k < OUTLETS.length ? "" : " " + (k / OUTLETS.length + 1));
  }

  private String pick(String[] a) {
    return a[rnd.nextInt(a.length)];
  }

  private String person() {
    return pick(FIRST) + " " + pick(LAST);
  }

  public Article article(String outlet, int n) {
    LocalDate day = LocalDate.of(2026, 1, 5).plusDays(n % 60);
    String weekday = WEEKDAYS[day.getDayOfWeek().getValue() - 1];
    String topic = pick(TOPICS), place = pick(PLACES);
    String a = person(), b = person(), c = person();
    String roleA = pick(ROLES), roleB = pick(ROLES);
    String headline = cap(topic.substring(4)) + ": " + a.split(" ")[1] + " says talks will go on";
    List<String> ps = new ArrayList<>();
    ps.add(place + ", " + day.format(DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH)) + " (" + outlet + ") -- Officials met again on "
        + weekday + " over " + topic + ", a week after the last round ended without a deal, and both sides said they expected a long night.");
    ps.add("\"We have come back to the table because the people of " + cap(place.toLowerCase(Locale.ROOT)) + " cannot wait much longer,\" said "
        + a + ", " + roleA + ", as she arrived at the council building.");
    ps.add(b + ", " + roleB + ", told reporters that the proposal on offer would cost about " + (20 + rnd.nextInt(400))
        + " million crowns over " + (2 + rnd.nextInt(8)) + " years and that the government had not yet agreed to it.");
    ps.add("The talks began in " + (2019 + rnd.nextInt(6)) + " and have broken down " + (2 + rnd.nextInt(5))
        + " times since then. Local businesses say the delay has already cost them customers and some have closed for good.");
    ps.add("\"Nobody here wants another winter like the last one,\" " + c + " said. \"We are asking for a timetable, not a miracle.\"");
    ps.add(a.split(" ")[1] + " said a new round would start on " + WEEKDAYS[(day.getDayOfWeek().getValue() + 1) % 7]
        + " if the committee approved the plan, and that she would report to parliament by the end of the month.");
    ps.add("Observers said the outcome would shape the wider debate over " + pick(TOPICS) + ", which is due before the regional assembly in the spring.");
    String slug = "/news/" + day.toString().replace('-', '/') + "/story-" + n + ".html";
    boolean meta = n % 2 == 0;
    int hour = 6 + rnd.nextInt(14);
    String offset = n % 3 == 0 ? "+01:00" : n % 3 == 1 ? "-05:00" : "Z";
    String stamp = day + "T%02d:%02d:00".formatted(hour, rnd.nextInt(60)) + offset;
    StringBuilder h = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>").append(headline).append(" | ")
        .append(outlet).append("</title><meta property=\"og:site_name\" content=\"").append(outlet).append("\">");
    if (meta) h.append("<meta property=\"article:published_time\" content=\"").append(stamp).append("\">");
    h.append("</head><body><nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a> | <a href=\"/business\">Business</a> | <a href=\"/sport\">Sport</a></nav>")
        .append("<article><h1>").append(headline).append("</h1><p class=\"byline\">By ").append(person()).append("</p>");
    for (String p : ps) h.append("<p>").append(p).append("</p>");
    h.append("</article><aside><h3>Most read</h3><ul><li><a href=\"/a\">Weather warning for the coast</a></li><li><a href=\"/b\">Cup final tickets on sale</a></li></ul></aside>")
        .append("<footer>Copyright ").append(outlet).append(". All rights reserved.</footer></body></html>");
    return new Article(slug, headline, h.toString(), stamp);
  }

  static String feed(int format, String outlet, String base, List<String[]> items) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    switch (format) {
      case 0 -> {
        b.append("<rss version=\"2.0\"><channel><title>").append(outlet).append("</title><link>").append(base).append("/</link><description>News</description>\n");
        for (String[] i : items) b.append("<item><title>").append(esc(i[1])).append("</title><link>").append(i[0])
            .append("</link><pubDate>").append(java.time.OffsetDateTime.parse(i[2]).format(RFC)).append("</pubDate></item>\n");
        b.append("</channel></rss>\n");
      }
      case 1 -> {
        b.append("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>").append(outlet).append("</title><id>").append(base)
            .append("/</id><updated>2026-03-06T00:00:00Z</updated>\n");
        for (String[] i : items) b.append("<entry><title>").append(esc(i[1])).append("</title><link href=\"").append(base).append(i[0])
            .append("\"/><id>").append(base).append(i[0]).append("</id><published>").append(i[2]).append("</published><updated>")
            .append(i[2]).append("</updated></entry>\n");
        b.append("</feed>\n");
      }
      default -> {
        b.append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">")
            .append("<channel rdf:about=\"").append(base).append("/feed.xml\"><title>").append(outlet).append("</title><link>").append(base)
            .append("/</link><description>News</description><items><rdf:Seq>");
        for (String[] i : items) b.append("<rdf:li rdf:resource=\"").append(base).append(i[0]).append("\"/>");
        b.append("</rdf:Seq></items></channel>\n");
        for (String[] i : items) b.append("<item rdf:about=\"").append(base).append(i[0]).append("\"><title>").append(esc(i[1]))
            .append("</title><link>").append(base).append(i[0]).append("</link><dc:date>").append(i[2]).append("</dc:date></item>\n");
        b.append("</rdf:RDF>\n");
      }
    }
    return b.toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;");
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
