package org.dateline.story;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.ArticleRecord;
import org.dateline.model.CalendarWords;
import org.dateline.model.Person;

/**
 * What an article is about, as raw features for story linking: its people and organisations (by global id), the
 * dateline's place and the capitalised words inside sentences (names the NER may have missed), and its topic words
 * (headline words count double). On the way it learns which stems are names or roles, so a story's label keeps
 * them out of its topic words.
 */
final class StoryFeatures {
  // every story has days and months; they say when, not what about
  private static final Set<String> DATE_WORDS = CalendarWords.plus(CalendarWords.union(CalendarWords.WEEKDAYS, CalendarWords.MONTHS),
      "today", "yesterday", "week", "month");
  private final Corpus corpus;
  private final PeopleClusters people;

  StoryFeatures(Corpus corpus, PeopleClusters people) {
    this.corpus = corpus;
    this.people = people;
  }

  final Map<String, String> display = new HashMap<>(); // stem -> first word seen for it
  // per stem, articles writing it capitalised inside a sentence minus articles writing it in lower case: a stem
  // mostly capitalised is a name (an actor or a place), not a topic word ("Vetrov", but not "river" of "Lenna River")
  final Map<String, Integer> nameVotes = new HashMap<>();

  final Set<String> roleStems = new HashSet<>(); // "foreign minister", "spokesman": who the actors are, not what happened

  /** Whether a stem names someone or something (or a role), rather than what happened. */
  boolean isName(String stem) {
    return nameVotes.getOrDefault(stem, 0) > 0 || roleStems.contains(stem);
  }

  /** A word that may say what a story is about: no stop word, date word or number, four letters or more. */
  static boolean topical(String t) {
    return !Words.STOP.contains(t) && !DATE_WORDS.contains(t) && t.length() >= 4 && !Character.isDigit(t.charAt(0));
  }

  /** The raw (not yet idf-weighted) features of article {@code a}; call once per article. */
  Map<String, Double> rawFeatures(int a) {
    ArticleRecord r = corpus.get(a);
    Map<String, Double> f = new HashMap<>();
    for (Person p : r.everyone()) {
      for (String role : p.roles()) {
        List<String> words = Words.tokens(role);
        if (words.size() <= 4) for (String t : words) roleStems.add(Words.stem(t)); // longer is a clause, not a title
      }
      String g = people.globalId(a, p.id());
      // a bare surname is not yet anyone: as a feature it would pull namesakes' articles into one story
      if (g == null || (p.kind() == Person.Kind.PERSON && Names.parse(p.name()) != null && Names.parse(p.name()).surnameOnly())) continue;
      f.put((g.startsWith("p-") ? "p:" : "o:") + g, 3.0);
    }
    if (r.dateline() != null && r.dateline().place() != null) f.put("e:" + Names.fold(r.dateline().place()), 1.5);
    Set<String> named = new HashSet<>();
    for (String w : capitalised(r.headline() == null ? r.body() : r.headline() + "\n\n" + r.body())) {
      f.putIfAbsent("e:" + w, 1.5);
      if (named.add(Words.stem(w))) nameVotes.merge(Words.stem(w), 1, Integer::sum);
    }
    for (String st : lowerCaseStems(r.body())) nameVotes.merge(st, -1, Integer::sum);
    Map<String, Integer> tf = new HashMap<>();
    for (String t : corpus.tokens.get(a)) {
      if (!topical(t)) continue;
      String s = Words.stem(t);
      tf.merge(s, 1, Integer::sum);
      display.putIfAbsent(s, t);
    }
    if (r.headline() != null)
      for (String t : Words.tokens(r.headline()))
        if (topical(t)) {
          tf.merge(Words.stem(t), 2, Integer::sum);
          display.putIfAbsent(Words.stem(t), t);
        }
    for (var e : tf.entrySet()) f.put("w:" + e.getKey(), 1 + Math.log(e.getValue()));
    return f;
  }


  /** Stems of the words a text writes in lower case. */
  static Set<String> lowerCaseStems(String text) {
    Set<String> out = new HashSet<>();
    if (text == null) return out;
    int i = 0, len = text.length();
    while (i < len) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < len && Character.isLetterOrDigit(text.charAt(i))) i++;
      if (!Character.isLowerCase(text.charAt(s))) continue;
      String w = text.substring(s, i);
      boolean ascii = true;
      for (int k = 0; k < w.length() && ascii; k++) ascii = w.charAt(k) < 128;
      out.add(Words.stem(ascii ? w.toLowerCase(java.util.Locale.ROOT) : Names.fold(w))); // folding is slow: only when needed
    }
    return out;
  }

  /** Capitalised words that are not sentence-initial: places, organisations and names the NER may have missed. */
  static Set<String> capitalised(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null) return out;
    boolean sentenceStart = true;
    int i = 0, len = text.length();
    while (i < len) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int s = i;
        while (i < len && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) i++;
        if (Character.isUpperCase(c) && !sentenceStart && i - s > 2) {
          String w = Names.fold(text.substring(s, i));
          if (!Words.STOP.contains(w)) out.add(w);
        }
        sentenceStart = false;
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '"' || c == '“' || c == ':') sentenceStart = true;
      i++;
    }
    return out;
  }
}
