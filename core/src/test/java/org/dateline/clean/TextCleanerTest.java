package org.dateline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Removal;
import org.dateline.read.RawPage;
import org.junit.jupiter.api.Test;

/** One invented page per rule: what is removed, why, and what is kept verbatim. */
class TextCleanerTest {
  private static final String LEAD =
      "PORT ELSA, March 3 (Calder Press) -- The harbour board of Port Elsa voted on Tuesday to close the north pier for repairs until the summer.";
  private static final String SECOND = "The board's chair, Ruta Menk, said the decision had been taken after divers found cracks in three pillars.";
  private static final String THIRD = "Fishermen who use the pier will be moved to the south basin, the board said in a statement.";

  private static CleanArticle clean(String text) {
    return new TextCleaner().clean(new RawPage("t.txt", RawPage.Format.TEXT, text, null, null, List.of()));
  }

  private static String page(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private static String reasonOf(CleanArticle a, String line) {
    return a.removed().stream().filter(r -> r.text().equals(line)).map(r -> r.reason().code()).findFirst().orElse(null);
  }

  private static List<String> paragraphs(CleanArticle a) {
    return a.body().paragraphs().stream().map(s -> s.of(a.sourceText())).toList();
  }

  @Test
  void headerAboveTheHeadlineIsChromeAndNamesSiteAndSection() {
    CleanArticle a = clean(page("Calder Press", "Home | Local | Sport | Weather", "Local",
        "Everything happening in the towns of the coast, every day.", "Pier closed after divers find cracks",
        "By Ivo Brandt", LEAD, "", SECOND));
    assertThat(a.meta().outlet()).isEqualTo("Calder Press");
    assertThat(a.meta().section()).isEqualTo("Local");
    assertThat(a.meta().headline()).isEqualTo("Pier closed after divers find cracks");
    assertThat(a.meta().byline()).isEqualTo("Ivo Brandt");
    assertThat(reasonOf(a, "Home | Local | Sport | Weather")).isEqualTo("navigation");
    assertThat(reasonOf(a, "Calder Press")).isEqualTo("site-name");
    assertThat(paragraphs(a)).containsExactly(LEAD, SECOND);
  }

  @Test
  void signedQuoteLinesAreArticleText() {
    String q1 = "“The most expensive bridge ever proposed for a town of this size.” ― Mara Quell";
    String q2 = "”What is most infuriating is that the council never published the traffic study.” ― Ines Varga";
    CleanArticle a = clean(page("Readers on the bridge", "", q1, q2, "", "Photo: Harbor Times."));
    assertThat(a.meta().headline()).isEqualTo("Readers on the bridge");
    // (one quote per line: each line is a paragraph, so each quote ends its own)
    assertThat(paragraphs(a)).containsExactly(q1, q2);
  }

  @Test
  void datelineKeepsPlaceAndDateWordsAsWritten() {
    CleanArticle a = clean(page("Pier closed after divers find cracks", LEAD, "", SECOND));
    assertThat(a.meta().dateline().place()).isEqualTo("PORT ELSA");
    assertThat(a.meta().dateline().text()).isEqualTo("PORT ELSA, March 3 (Calder Press)");
    assertThat(a.meta().datelineSpan().of(a.sourceText())).isEqualTo("PORT ELSA, March 3 (Calder Press)");
    assertThat(a.meta().outlet()).isEqualTo("Calder Press");
  }

  @Test
  void staffCreditAndDateLine() {
    CleanArticle a = clean(page("Pier closed after divers find cracks", "(Calder Press Staff)", "Tuesday, March 3, 2026",
        SECOND, "", THIRD));
    assertThat(a.meta().byline()).isEqualTo("Calder Press Staff");
    assertThat(a.meta().outlet()).isEqualTo("Calder Press");
    assertThat(a.meta().dateHints()).extracting(DateHint::date, DateHint::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 3), DateHint.Kind.TEXT_LINE));
    assertThat(reasonOf(a, "Tuesday, March 3, 2026")).isEqualTo("date-line");
  }

  @Test
  void promptsNoticesAndWidgets() {
    CleanArticle a = clean(page("Subscribe for full access. Already a subscriber? Sign in",
        "Internet Explorer 11 is not supported. For the best experience use a modern browser.",
        "Pier closed after divers find cracks", LEAD, "", SECOND, "", THIRD,
        "To participate in the discussion log in or register", "0", "loader"));
    assertThat(reasonOf(a, "Subscribe for full access. Already a subscriber? Sign in")).isEqualTo("subscribe-prompt");
    assertThat(reasonOf(a, "Internet Explorer 11 is not supported. For the best experience use a modern browser."))
        .isEqualTo("browser-notice");
    assertThat(reasonOf(a, "To participate in the discussion log in or register")).isEqualTo("comment-widget");
    assertThat(reasonOf(a, "0")).isEqualTo("counter");
    assertThat(reasonOf(a, "loader")).isEqualTo("counter");
    assertThat(paragraphs(a)).containsExactly(LEAD, SECOND, THIRD);
  }

  @Test
  void shareAndRelatedTailAndOtherScript() {
    CleanArticle a = clean(page("Pier closed after divers find cracks", LEAD, "", SECOND, "Share this article", "Facebook",
        "Twitter", "Related news", "Harbour fees to rise in spring", "Ferry timetable changes", "Главные новости"));
    assertThat(reasonOf(a, "Share this article")).isEqualTo("share-block");
    assertThat(reasonOf(a, "Facebook")).isEqualTo("share-block");
    assertThat(reasonOf(a, "Related news")).isEqualTo("related-links");
    assertThat(reasonOf(a, "Harbour fees to rise in spring")).isEqualTo("related-links");
    assertThat(reasonOf(a, "Главные новости")).isEqualTo("other-script");
    assertThat(paragraphs(a)).containsExactly(LEAD, SECOND);
  }

  @Test
  void photoCreditAndTheCaptionUnderIt() {
    CleanArticle a = clean(page("Pier closed after divers find cracks", LEAD, "Photo: Ivo Brandt / Calder Press",
        "Divers at the north pier of Port Elsa.", "", SECOND));
    assertThat(reasonOf(a, "Photo: Ivo Brandt / Calder Press")).isEqualTo("caption");
    assertThat(reasonOf(a, "Divers at the north pier of Port Elsa.")).isEqualTo("caption");
    assertThat(paragraphs(a)).containsExactly(LEAD, SECOND);
  }

  @Test
  void standfirstPrintedAgainAsLeadAppearsOnce() {
    CleanArticle a = clean(page("Pier closed after divers find cracks", SECOND, "By Ivo Brandt", SECOND, "", THIRD));
    assertThat(reasonOf(a, SECOND)).isEqualTo("repeated-lead");
    assertThat(paragraphs(a)).containsExactly(SECOND, THIRD);
  }

  @Test
  void reportingCreditIsRemoved() {
    CleanArticle a = clean(page("Pier closed after divers find cracks", LEAD, "", SECOND, "",
        "(Reporting by Ivo Brandt; Editing by Mira Holt)"));
    assertThat(reasonOf(a, "(Reporting by Ivo Brandt; Editing by Mira Holt)")).isEqualTo("credit");
  }

  @Test
  void sentenceMentioningSubscribersIsKept() {
    String line = "Subscribers to the harbour newsletter were told on Monday that the pier would close for at least four months.";
    CleanArticle a = clean(page("Pier closed after divers find cracks", LEAD, "", line));
    assertThat(paragraphs(a)).containsExactly(LEAD, line);
  }

  @Test
  void hardWrappedParagraphStaysOneParagraph() {
    CleanArticle a = clean(page("Pier closed after divers find cracks", LEAD, "", "The board's chair, Ruta Menk, said",
        "the decision had been taken after divers found cracks in three pillars."));
    assertThat(paragraphs(a)).containsExactly(LEAD,
        "The board's chair, Ruta Menk, said\nthe decision had been taken after divers found cracks in three pillars.");
  }
}
