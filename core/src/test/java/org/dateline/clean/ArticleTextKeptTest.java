package org.dateline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dateline.read.RawPage;
import org.junit.jupiter.api.Test;

/**
 * Clean article texts whose paragraphs the cleaner once cut as the page's tail: a numbered list article, paragraphs
 * ending in a no-break space, a digest citing its sources in brackets. Every paragraph after the subheadings stays.
 */
class ArticleTextKeptTest {
  private static final String[] NAMES = {"Ines Varga", "Tomas Reld", "Mara Quell", "Oskar Lind", "Ruta Menk", "Ivo Brandt",
      "Lena Sorrow", "Pavel Inkar", "Dora Vesk", "Emil Strand", "Hana Pello", "Jon Avery", "Kira Dole", "Nils Oberg"};

  private static CleanArticle clean(String text) {
    return new TextCleaner().clean(new RawPage("t.txt", RawPage.Format.TEXT, text, null, null, List.of()));
  }

  private static List<String> paragraphs(CleanArticle a) {
    return a.body().paragraphs().stream().map(s -> s.of(a.sourceText())).toList();
  }

  private static boolean kept(CleanArticle a, String text) {
    return paragraphs(a).stream().anyMatch(p -> p.contains(text));
  }

  @Test
  void everyItemOfANumberedListArticleIsKept() {
    List<String> lines = new ArrayList<>(List.of("14 Things Coast Artists Said This Year That Made Us Listen.", "",
        "The artists of the coast gave the towns plenty to argue about this year, from the harbour murals to the ferry strike.",
        ""));
    for (int i = 0; i < NAMES.length; i++) {
      lines.addAll(List.of(Integer.toString(i + 1), NAMES[i] + " On Why The Harbour Needs Its Painters.", "", "Calder Press.", "",
          NAMES[i] + " told the Port Elsa Ledger in an interview in spring that the town council had forgotten what the harbour owed to the painters who drew visitors to it.",
          ""));
    }
    CleanArticle a = clean(String.join("\n", lines));
    for (String name : NAMES) assertThat(kept(a, name + " told the Port Elsa Ledger")).as(name).isTrue();
  }

  @Test
  void paragraphsEndingInANoBreakSpaceAreProse() {
    String last = "What makes the vote so disappointing is that the council had promised the fishermen a say in every decision about the pier.\u00a0";
    CleanArticle a = clean(String.join("\n", "Port Elsa Council Told Fishermen To Wait For The Pier.", "",
        "On Tuesday, the harbour board of Port Elsa voted to close the north pier for repairs until the summer.\u00a0", "",
        "The board's chair, Ruta Menk, said the decision had been taken after divers found cracks in three pillars of the pier.\u00a0",
        "", "The Ledger.", "", "Oh.", "", "The Coast Weekly.", "", "Sorry!", "", "Harbour Notes.", "", "Our bad.", "", last, "",
        "Until then, the fishermen will have to use the south basin, which is too shallow for the larger boats at low tide.\u00a0"));
    assertThat(kept(a, "What makes the vote so disappointing")).isTrue();
    assertThat(kept(a, "Until then, the fishermen")).isTrue();
  }

  @Test
  void digestLinesCitingTheirSourceInBracketsAreProse() {
    CleanArticle a = clean(String.join("\n", "COASTPOLL: Harbour Voters May Have Decided The Pier Vote.", "",
        "Early analysis shows the harbour polls may have missed how many fishermen would turn out. This is Coastpoll for Wednesday.",
        "", "WEDNESDAY'S OUTLIERS - Links to the best of news at the intersection of polling and the harbour:", "",
        "-Ines Varga finds that fishermen voted twice as often as the rest of the town. [Ledger.]",
        "-Tomas Reld explains why the polls were wrong about the pier vote in the north. [Coast Weekly.]",
        "-Mara Quell looks at what happened in the south basin on the day of the vote. [Calder Press]"));
    assertThat(kept(a, "-Ines Varga finds")).isTrue();
    assertThat(kept(a, "-Mara Quell looks")).isTrue();
  }
}
