package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import org.dateline.SharedNlp;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.read.Inputs;
import org.dateline.read.RawPage;
import org.dateline.read.ReadResult;
import org.dateline.time.Dated;

/**
 * Generated news-like articles through the whole pipeline with the real model, as Lucene's {@code checkRandomData}
 * runs random text through an analyzer: invented names and titles, datelines, headlines, quotes with straight, curly,
 * doubled and unclosed marks, participle openings, appositives, cue verbs and nouns. No stage may throw; every
 * statement's spans lie inside the source, in order, and its text is the source at its spans. Seeded: a failure
 * prints the article, which goes to {@code regression/statements} once fixed.
 */
class StatementProperties {
  @Property(tries = 40, seed = "1315", shrinking = ShrinkingMode.OFF)
  void generatedArticlesKeepStatementsOnTheirSource(@ForAll long seed) {
    String article = new NewsWriter(new Random(seed)).article();
    ReadResult read = Inputs.fromBytes("generated-" + seed, RawPage.Format.TEXT, article.getBytes(StandardCharsets.UTF_8), null, null, null);
    assertThat(read).as(article).isInstanceOf(ReadResult.Page.class);
    Pipeline pipeline = SharedNlp.pipeline();
    Dated dated = pipeline.prepare(((ReadResult.Page) read).page());
    ArticleRecord record;
    try {
      record = pipeline.annotate(dated);
    } catch (RuntimeException e) {
      throw new AssertionError("annotating threw on:\n" + article, e);
    }
    String source = dated.article().sourceText();
    Span previous = null;
    for (Statement s : record.statements()) {
      String where = s + "\nin:\n" + article;
      int end = 0;
      List<String> pieces = new ArrayList<>();
      for (Span sp : s.spans()) {
        assertThat(sp.start()).as(where).isGreaterThanOrEqualTo(end);
        assertThat(sp.end()).as(where).isLessThanOrEqualTo(source.length());
        end = sp.end();
        pieces.add(sp.of(source));
      }
      // a partial quote's text is its quoted words, each inside its spans; every other text is its spans' words
      List<Span> quoted = s.kind() == Statement.Kind.PARTIAL ? org.dateline.quote.QuotedWords.in(source, s.spans()) : List.of();
      if (quoted.isEmpty()) {
        assertThat(s.text()).as(where).isEqualTo(String.join(" … ", pieces));
      } else {
        assertThat(s.text()).as(where).isEqualTo(String.join(" … ", quoted.stream().map(q -> q.of(source)).toList()));
        // (within a mark and a comma of them: a clause cut just inside the marks still quotes them)
        for (Span q : quoted) assertThat(s.spans()).as(where).anyMatch(sp -> sp.start() - 3 <= q.start() && q.end() <= sp.end() + 3);
      }
      if (s.cue() != null) {
        assertThat(s.cue().span().end()).as(where).isLessThanOrEqualTo(source.length());
        assertThat(s.cue().span().of(source)).as(where).isEqualTo(s.cue().text());
      }
      if (s.speaker().span() != null) {
        assertThat(s.speaker().span().end()).as(where).isLessThanOrEqualTo(source.length());
        assertThat(s.speaker().span().of(source)).as(where).isEqualTo(s.speaker().mention());
      }
      if (previous != null) assertThat(s.spans().get(0)).as(where).isGreaterThanOrEqualTo(previous);
      previous = s.spans().get(0);
    }
  }

  /** Writes one invented agency story: a headline, a dateline lead and paragraphs of attributed sentences. */
  static final class NewsWriter {
    private static final String[] FIRST = {"Anil", "Marta", "Dario", "Ilse", "Tomas", "Ana", "Keiko", "Luis", "Mara",
        "Jo", "Andrei", "Halima", "Pieter", "Sunniva", "Oren"};
    private static final String[] LAST = {"Varma", "Jansen", "Fenn", "Marren", "Vetrov", "Ruiz", "Quist", "Lind",
        "Halloran", "Okafor", "Brandt", "Sato", "Vale", "Castellan", "Idris"};
    private static final String[] TITLE = {"Sen.", "Gov.", "Rep.", "Dr.", "Mayor", "Minister", "Judge", "Gen."};
    private static final String[] ROLE = {"the general manager", "a spokeswoman for the ministry", "the head of the dockworkers' union",
        "a senior economist at Korven Bank", "the port's director", "an official who asked not to be named",
        "the chairman of the river commission", "a lawyer for the family"};
    private static final String[] ORG = {"Harbor Air", "the Valdoria Port Authority", "Meridian Wire", "the river commission",
        "Korven Bank", "the finance ministry", "the dockworkers' union", "Ostria's foreign office"};
    private static final String[] PLACE = {"KORVEN", "LISVARA", "PORTVALE", "BRDO", "KARSA"};
    private static final String[] MONTH = {"Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"};
    private static final String[] DAY = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "on Saturday", "last week", "earlier this month"};
    private static final String[] SAYS = {"said", "told reporters", "added", "warned", "argued", "noted", "insisted", "wrote", "explained", "confirmed"};
    private static final String[] CLAUSE = {"travellers are increasingly drawn to coastal towns",
        "the reservoir will be full by the end of the month", "the talks would resume on Thursday",
        "the levy was never put to the council", "fares on the new route will stay below last year's",
        "nobody at the port had been told of the closure", "the carrier expects to add two more aircraft",
        "the border crossing will reopen once the inspections are done", "the bank has no plans to raise rates"};
    private static final String[] QUOTE = {"We will not walk away from this agreement", "There is nothing to resume",
        "Our members will not return until the contract is signed", "It is typical of the council",
        "I have never seen the river this low", "We expect the first flights to be full", "Not once",
        "This is a matter for the courts, not for the ministry", "They knew, and they said nothing"};
    private static final String[] OPENING = {"Announcing plans last October", "Speaking at the rally", "Citing the budget",
        "Asked about the closure", "Responding to the report", "In a statement", "In the poll", "However", "Still",
        "Citing rising costs", "Dismissing claims of a rift", "Denying reports of layoffs", "Welcoming plans for a bridge",
        "Announcing record profits on Monday", "Praising volunteers at the port"};
    private static final String[][] MARKS = {{"“", "”"}, {"\"", "\""}, {"''", "''"}, {"‘", "’"}, {"«", "»"}, {"“", "\""}, {"\"", ""}, {"", "”"}};

    private final Random r;

    NewsWriter(Random r) {
      this.r = r;
    }

    String article() {
      StringBuilder sb = new StringBuilder();
      sb.append(headline()).append("\n\n");
      if (r.nextInt(3) == 0) sb.append("By ").append(name()).append("\n\n");
      sb.append(dateline()).append(' ').append(sentence()).append("\n\n");
      int paragraphs = 2 + r.nextInt(5);
      for (int p = 0; p < paragraphs; p++) {
        int sentences = 1 + r.nextInt(3);
        for (int s = 0; s < sentences; s++) sb.append(s == 0 ? "" : " ").append(sentence());
        sb.append(r.nextInt(8) == 0 ? "\n" : "\n\n");
      }
      return sb.toString();
    }

    private String headline() {
      return switch (r.nextInt(4)) {
        case 0 -> pick(ORG).replaceFirst("^the ", "The ") + " to fly to Lima";
        case 1 -> pick(LAST) + ": " + capital(pick(CLAUSE));
        case 2 -> pick(LAST) + " Says " + titleCase(pick(CLAUSE));
        default -> quoted(pick(QUOTE)) + ", says " + pick(LAST);
      };
    }

    private String dateline() {
      return switch (r.nextInt(3)) {
        case 0 -> pick(PLACE) + ", " + pick(MONTH) + " " + (1 + r.nextInt(28)) + " --";
        case 1 -> pick(PLACE) + " (Meridian Wire) -";
        default -> pick(PLACE) + ", " + pick(MONTH) + " " + (1 + r.nextInt(28)) + " (Meridian Wire) —";
      };
    }

    private String sentence() {
      String who = speaker();
      String says = pick(SAYS);
      String clause = pick(CLAUSE);
      return switch (r.nextInt(15)) {
        case 0 -> capital(who) + " " + says + " " + clause + ".";
        case 1 -> capital(clause) + ", " + who + " " + says + " " + pick(DAY) + ".";
        case 2 -> capital(clause) + ", said " + who.replaceFirst(",$", "") + ".";
        case 3 -> quoted(pick(QUOTE) + ",") + " " + who + " " + says + ".";
        case 4 -> quoted(pick(QUOTE) + ",") + " said " + who + ". " + quoted(pick(QUOTE) + ".");
        case 5 -> pick(OPENING) + ", " + who + " " + says + " " + clause + ".";
        case 6 -> capital(clause) + ", according to " + pick(ORG) + ".";
        case 7 -> "According to " + pick(ORG) + ", " + clause + ".";
        case 8 -> capital(who) + " " + says + ": " + capital(clause) + ".";
        case 9 -> quoted(pick(QUOTE) + ".") + " — " + name();
        case 10 -> capital(who) + " said " + pick(ORG) + " " + quoted(pick(QUOTE).toLowerCase(java.util.Locale.ROOT)) + " and " + clause + ".";
        case 11 -> capital(pick(ORG)) + "'s criticism of the plan was that " + clause + ".";
        case 12 -> quoted(pick(QUOTE) + ",") + " " + who + " said, adding that " + clause + ".";
        case 13 -> pick(OPENING) + ", " + pick(ROLE) + ", " + name() + ", " + says + " " + clause + ".";
        default -> capital(clause) + ".";
      };
    }

    /** A speaker: a name, a title and name, a name with an appositive, a pronoun or an organisation. */
    private String speaker() {
      return switch (r.nextInt(6)) {
        case 0 -> name();
        case 1 -> pick(TITLE) + " " + name();
        case 2 -> pick(ROLE) + ", " + name() + ",";
        case 3 -> name() + ", " + pick(ROLE) + ",";
        case 4 -> r.nextBoolean() ? "she" : "they";
        default -> pick(ORG);
      };
    }

    private String name() {
      return pick(FIRST) + " " + pick(LAST);
    }

    private String quoted(String words) {
      String[] m = MARKS[r.nextInt(MARKS.length)];
      return m[0] + words + m[1];
    }

    private String pick(String[] words) {
      return words[r.nextInt(words.length)];
    }

    private static String capital(String s) {
      return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String titleCase(String s) {
      StringBuilder sb = new StringBuilder();
      for (String w : s.split(" ")) sb.append(sb.isEmpty() ? "" : " ").append(capital(w));
      return sb.toString();
    }
  }
}
