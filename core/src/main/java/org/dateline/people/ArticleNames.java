package org.dateline.people;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Span;
import org.dateline.nlp.Parsed;

/**
 * What the speaker rules know of one article: its parse, the people collected so far by canonical name (speaking
 * bodies and roles join as they are met), the person mentions in text order, the single names the text shows to be
 * places, every place name, and the direct quotes' spans (names inside them are no antecedents).
 */
record ArticleNames(Parsed parsed, Map<String, Entry> people, List<Mention> mentions, Set<String> places,
    Set<String> locations, List<Span> quoted) {
  String text() {
    return parsed.text();
  }
}
