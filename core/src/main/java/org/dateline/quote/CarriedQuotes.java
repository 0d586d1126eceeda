package org.dateline.quote;

/**
 * A paragraph of nothing but a quote carries on the last speaker before it ({@link DirectQuotes}), but reported
 * speech is found after the quotes: when a statement of reported speech with a speaker lies in a paragraph between
 * the statement carried on and the quote ("Holm said the vote had been “rushed.”⏎“We were given two days …”"), the
 * quote goes on with that statement's speaker, the last one a reader met.
 */
final class CarriedQuotes {
  private CarriedQuotes() {}

  static void recheck(Findings f) {
    // in text order, so a quote carrying on a carried quote follows it when it changes hands
    for (Found carried : f.all()) {
      if (carried.carriedOn == null) continue;
      Found between = null;
      for (Found other : f.all()) {
        if (other.carriedOn != null || other.source == null) continue;
        if (other.paragraph <= carried.carriedOn.lastParagraph || other.lastParagraph >= carried.paragraph) continue;
        if (between == null || other.end() > between.end()) between = other;
      }
      Found speaker = between != null ? between : carried.carriedOn;
      carried.cue = speaker.cue;
      carried.source = speaker.source;
    }
  }
}
