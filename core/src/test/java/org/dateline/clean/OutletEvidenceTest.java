package org.dateline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outlet rules of issue 14's second part, each on invented chrome lines (invented outlets, owners and people). */
class OutletEvidenceTest {
  private static final String LEAD = "The Lenna River ferry between Korven and Tamsk resumed service on Monday after a three-week halt.";

  @Test
  void theFullNameWinsOverTheShortFormItsContextsAlsoCount() {
    // "Korven Courier Tipline", "Follow Korven Courier": the short form "Korven" counts nothing the full name lacks
    assertThat(Outlets.vote(List.of("Korven", "Korven Courier Tipline", "Ferry service resumes on the Lenna", LEAD,
        "Follow Korven Courier", "Korven Courier Now", "Korven Courier Tipline", "About Korven")))
        .isEqualTo("Korven Courier");
  }

  @Test
  void anOwnerThePageNamesIsStruckFromTheVote() {
    assertThat(OutletFrames.owner("Lenna Daily is part of Tessel Media Inc, an international media group.")).isEqualTo("Tessel");
    assertThat(OutletFrames.owner("The Lenna Daily is a tessel media network")).isEqualTo("tessel");
    assertThat(OutletFrames.owner("Lenna Daily is published by Tessel Publishing Group, a Brandt Holdings company.")).isEqualTo("Tessel");
    assertThat(OutletFrames.owner("Lenna Daily is a federally registered trademark of Tessel Media and may not be used by others."))
        .isEqualTo("Tessel");
    assertThat(OutletFrames.match("Lenna Daily is a federally registered trademark of Tessel Media and may not be used by others.")
        .name()).isEqualTo("Lenna Daily");
    assertThat(OutletFrames.owner("Ferry service resumes on the Lenna")).isNull();
    // the owner's copyright alone would win; the sentence that names it the owner (longer than a chrome line) gives
    // the site
    assertThat(Outlets.vote(List.of("Search Lenna Daily", "Ferry service resumes on the Lenna", LEAD,
        "Lenna Daily is part of Tessel Media Inc, an international media group and leading digital publisher. Visit our corporate site.",
        "© Tessel Media Inc. All rights reserved. 12 Harbour Row, Korven.")))
        .isEqualTo("Lenna Daily");
  }

  @Test
  void aJobsOrWelcomePromptNamesTheSite() {
    assertThat(OutletFrames.match("Working at The Lenna Daily").name()).isEqualTo("The Lenna Daily");
    assertThat(OutletFrames.match("New to The Lenna Daily?").name()).isEqualTo("The Lenna Daily");
  }

  @Test
  void aNameAFrameGivesBeatsAFirstLineNothingNames() {
    // the first line is the section ("North Coast"); one frame names the site, too little to win a vote outright
    assertThat(Outlets.vote(List.of("North Coast", "Ferry service resumes on the Lenna", LEAD, "Korven Courier App", "Terms of use")))
        .isEqualTo("Korven Courier");
    // a first line that is only a name and nothing else named: still the masthead
    assertThat(Outlets.vote(List.of("Korven Courier", "Ferry service resumes on the Lenna", LEAD, "Terms of use")))
        .isEqualTo("Korven Courier");
  }

  @Test
  void anAuthorsNoteNamesTheSite() {
    OutletFrames.Hit hit = OutletFrames.match("Mara Quell is a film critic for The Korven Courier and Tamsk Radio.");
    assertThat(hit.kind()).isEqualTo(OutletFrames.Kind.BIO);
    assertThat(hit.name()).isEqualTo("The Korven Courier");
    assertThat(OutletFrames.match("Ivo Brandt is a freelance writer for Lenna Tech US, covering processors, graphics cards and "
        + "the chips inside phones, and has written about hardware for eleven years.").name()).isEqualTo("Lenna Tech US");
    assertThat(OutletFrames.match("Mara Quell was a reporter at Tamsk Radio.")).isNull();
  }

  @Test
  void initialsInCapitalsCountForTheFullName() {
    assertThat(Outlets.initials("KC", "Korven Courier")).isTrue();
    assertThat(Outlets.initials("KC", "The Korven Courier")).isTrue();
    assertThat(Outlets.initials("LDR", "Lenna Daily Record")).isTrue();
    assertThat(Outlets.initials("KC", "Korven Chronicle Weekly")).isFalse();
    assertThat(Outlets.initials("Kc", "Korven Courier")).isFalse();
    assertThat(Outlets.vote(List.of("KC", "KC Premium", "Ferry service resumes on the Lenna", LEAD, "Explore KC",
        "Join Korven Courier", "© 2026 Korven Courier")))
        .isEqualTo("Korven Courier");
  }

  @Test
  void promptsAndAccountsNameTheSite() {
    assertThat(OutletFrames.match("Join Korven Courier").name()).isEqualTo("Korven Courier");
    assertThat(OutletFrames.match("Join the Conversation")).isNull();
    assertThat(OutletFrames.match("Contact the Korven Courier").name()).isEqualTo("Korven Courier");
    assertThat(OutletFrames.match("Why you can trust Lenna Daily").name()).isEqualTo("Lenna Daily");
    assertThat(OutletFrames.match("LennaDaily on Instagram").name()).isEqualTo("LennaDaily");
    // the site's name over its social links
    assertThat(OutletFrames.match("Lenna Daily Follow us").name()).isEqualTo("Lenna Daily");
  }

  @Test
  void theMastheadInTheHeaderAndAgainInTheFooterVotes() {
    List<String> lines = new ArrayList<>(List.of("Skip to content", "The Korven Courier", "Home", "Ferry service resumes on the Lenna", LEAD));
    for (int i = 0; i < 40; i++) lines.add("Passengers waited on the quay at Tamsk for the first crossing number " + i + ".");
    lines.addAll(List.of("Privacy Policy", "The Korven Courier", "Terms of Use"));
    assertThat(Outlets.vote(lines)).isEqualTo("The Korven Courier");
    // a menu label printed so has no article: not a masthead
    List<String> menu = new ArrayList<>(lines);
    menu.replaceAll(l -> l.equals("The Korven Courier") ? "Cheat Sheet" : l);
    assertThat(Outlets.vote(menu)).isNull();
  }
}
