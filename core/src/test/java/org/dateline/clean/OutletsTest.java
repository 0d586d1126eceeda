package org.dateline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each piece of outlet evidence on invented chrome lines (invented outlets, people and owners). */
class OutletsTest {
  private static final String LEAD = "The Lenna River ferry between Korven and Tamsk resumed service on Monday after a three-week halt.";

  @Test
  void aCopyrightLineNamesTheSiteWithoutItsLegalSuffixes() {
    assertThat(OutletFrames.match("© Copyright 2026 The Korven Courier Company LLC. All rights reserved.").name()).isEqualTo("The Korven Courier");
    assertThat(OutletFrames.match("© Korven Courier 2011 - 2026 powered by Tessel Network").name()).isEqualTo("Korven Courier");
    assertThat(OutletFrames.withoutSuffixes("Tessel Media Group Inc.")).isEqualTo("Tessel");
  }

  @Test
  void theSiteThatIsPartOfAnOwnerOutvotesTheOwnersCopyright() {
    assertThat(Outlets.vote(List.of("Home", "Ferry service resumes on the Lenna", LEAD,
        "Korven Courier is part of the Tessel Media publishing family.", "© 2026 Tessel Media Group Inc. All rights reserved.")))
        .isEqualTo("Korven Courier");
  }

  @Test
  void promptsNameTheSiteNeverAMenu() {
    assertThat(OutletFrames.match("Popular on Korven Courier").name()).isEqualTo("Korven Courier");
    assertThat(OutletFrames.match("Top reads on KorvenCourier this week").name()).isEqualTo("KorvenCourier");
    assertThat(OutletFrames.match("More Korven Courier Videos").name()).isEqualTo("Korven Courier");
    assertThat(OutletFrames.match("Search Query Submit Search")).isNull();
    assertThat(OutletFrames.match("KorvenCourier staff").weight()).isEqualTo(3);
    assertThat(OutletFrames.match("Image Credits: Ilse Marren / Korven Courier").name()).isEqualTo("Korven Courier");
  }

  @Test
  void theOutletPrintedAfterTheBylinesNameVotes() {
    List<String> lines = List.of("Ferry service resumes on the Lenna", "Mara Quell Lenna Daily Record", LEAD);
    assertThat(Outlets.afterByline(lines, "Mara Quell")).isEqualTo("Lenna Daily Record");
    assertThat(Outlets.afterByline(lines, "Mara Quell Lenna Daily Record")).isEqualTo("Lenna Daily Record");
    assertThat(Outlets.afterByline(List.of("by Mara Quell , Korven Courier"), "Mara Quell")).isEqualTo("Korven Courier");
    assertThat(Outlets.afterByline(List.of("Mara Quell, Staff Writer"), "Mara Quell")).isNull();
    assertThat(Outlets.afterByline(List.of("Mara Quell and Ivo Brandt"), "Mara Quell and Ivo Brandt")).isNull();
  }

  @Test
  void aNameSpelledByThePagesDomainWins() {
    SiteDomains d = SiteDomains.of(List.of("Contact Mara Quell at mquell@lennadaily.com.", "Follow us on twitter.com/lennadaily",
        "Visit www.the-korvencourier.co.uk"));
    assertThat(d.spelled("lennadaily")).isEqualTo(1);
    assertThat(d.spelled("korvencourier")).isEqualTo(1); // "The Korven Courier" without its article
    assertThat(d.spelled("twitter")).isZero(); // everyone's domain
    assertThat(Outlets.vote(List.of("LENNA DAILY", "Ferry service resumes on the Lenna", "Mara Quell", LEAD,
        "Contact Mara Quell at mquell@lennadaily.com.", "Harbour Notes"), new boolean[] {false, false, false, true, true, false}, "Mara Quell"))
        .isEqualTo("LENNA DAILY");
  }

  @Test
  void aShortFormVotesForTheFullNameItBegins() {
    // "The Korven" in the menu and "The Korven Courier" in the copyright line: one site named twice
    assertThat(Outlets.vote(List.of("The Korven", "Ferry service resumes on the Lenna", LEAD, "About The Korven",
        "© Copyright 2026 The Korven Courier. All rights reserved.", "Tamsk Weekly Archive")))
        .isEqualTo("The Korven Courier");
  }

  @Test
  void breadcrumbsRolesAndBulletedCopyrightNameTheSite() {
    assertThat(OutletFrames.match("KorvenCourier > Business > Ferry service resumes").name()).isEqualTo("KorvenCourier");
    assertThat(OutletFrames.match("Mara Quell is Korven Courier’s transport editor. She lives in Tamsk.").name()).isEqualTo("Korven Courier");
    assertThat(OutletFrames.match("How to Write for Korven Courier").name()).isEqualTo("Korven Courier");
    assertThat(OutletFrames.match("© 2026 The Lenna Daily + Tessel Publishing. All Rights Reserved.").name()).isEqualTo("The Lenna Daily");
    assertThat(OutletFrames.match("© Lenna Daily 2011 - 2026 powered by Tessel Network").name()).isEqualTo("Lenna Daily");
    assertThat(Outlets.vote(List.of("Menu", "Ferry service resumes on the Lenna", LEAD, "* Copyright © 2026 Lenna Daily Inc. All rights reserved.")))
        .isEqualTo("Lenna Daily");
  }

  @Test
  void aFirstLineOfOneBrandWordIsTheMastheadWhenNothingElseVotes() {
    assertThat(Outlets.vote(List.of("Korvenblog", "Ferry service resumes on the Lenna", LEAD))).isEqualTo("Korvenblog");
    assertThat(Outlets.vote(List.of("Search", "Ferry service resumes on the Lenna", LEAD))).isNull();
  }

  @Test
  void anAgencyIsTheOutletOnlyWhereAFrameSaysSo() {
    assertThat(OutletFrames.match("More from Meridian Wire News").name()).isEqualTo("Meridian Wire News");
    assertThat(OutletFrames.match("© 2026 Reuters. All rights reserved.").name()).isEqualTo("Reuters");
    assertThat(OutletFrames.match("Ana Ruiz/Reuters")).isNull(); // a photo credit names the agency, not the site
  }

  @Test
  void aShortFormIsHowTheFullNameBeginsAsWritten() {
    assertThat(Outlets.vote(List.of("KC", "Ferry service resumes on the Lenna", LEAD, "About KC", "Contact KC",
        "Kcenia Travel Notes", "Kcenia Travel Notes", "Korven Courier is part of the Tessel Media publishing family.")))
        .isEqualTo("Korven Courier");
  }
}
