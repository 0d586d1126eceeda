package org.dateline.people;

import java.util.List;
import java.util.Locale;
import org.dateline.model.Person;
import org.dateline.model.Span;
import org.dateline.nlp.Token;

/**
 * A speaker named by proper nouns the tagger put in no entity ("PolitiVerify said", "Brenner told reporters" where
 * only "Tomas Brenner" was tagged): a name, so never a role. A single word that ends the name of a person of the
 * article is that person (the nearest named before it, else the first after); anything else is an organisation, as
 * a site, a paper or a body is far more often than a person the tagger did not know. A word in capitals is a proper
 * noun whatever its tag ("PENCE:" in a transcript is Mike Pence). Only when every word of the
 * mention is tagged a proper noun and none is written in lower case elsewhere in the article: a common noun opening
 * a sentence ("Officials said") or in a title-case headline ("Judge Rejects …") is capitalised too.
 */
final class UntaggedNames {
  private UntaggedNames() {}

  /** The entry {@code name} (the mention without its article) names, or null when it is no proper name. */
  static Entry resolve(ArticleNames a, Span source, String name) {
    if (name.isEmpty()) return null;
    List<Token> ts = Roles.tokensIn(a.parsed(), source);
    int words = 0;
    boolean determiner = false;
    for (Token t : ts) {
      String tag = t.tag();
      determiner |= tag.equals("DT");
      if (tag.equals("DT") || tag.equals("POS") || tag.equals(",")) continue;
      // (the tagger takes a name in capitals, as transcripts write speakers, "PENCE:", for a common noun)
      if (!(tag.startsWith("NNP") || Names.capitals(t.word())) || !Character.isUpperCase(t.word().charAt(0))) return null;
      words++;
    }
    // "The Republican" is a description; "The Daily Ledger" a name
    if (words == 0 || determiner && words < 2) return null;
    // a word the article also writes in lower case is a common noun in a title-case headline ("Judge Rejects …")
    for (Token t : ts)
      if (!t.tag().equals("DT") && lowerElsewhere(a.text(), t.word())) return null;
    if (!name.contains(" ")) {
      Mention person = null;
      for (Mention m : a.mentions()) {
        if (m.entry().kind != Person.Kind.PERSON || !Names.endsIn(m.entry().name, name)) continue;
        if (m.span().end() <= source.start() || person == null) person = m;
        if (m.span().start() >= source.end()) break;
      }
      if (person != null) return person.entry();
    }
    return a.people().computeIfAbsent(name, k -> new Entry(k, Person.Kind.ORGANISATION));
  }

  /** Whether the text holds {@code word} in lower case as a whole word (a scan: this runs per mention). */
  private static boolean lowerElsewhere(String text, String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.equals(word) || !Character.isLetter(lower.charAt(0))) return false;
    for (int at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
      int end = at + lower.length();
      if ((at == 0 || !Character.isLetter(text.codePointBefore(at))) && (end == text.length() || !Character.isLetter(text.codePointAt(end))))
        return true;
    }
    return false;
  }
}
