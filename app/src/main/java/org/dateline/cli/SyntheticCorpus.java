package org.dateline.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Person;
import org.dateline.model.Published;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.people.PersonIds;

/**
 * Invented articles for load benchmarks, built as records directly (no NLP): stories of a few outlets' reports,
 * ~600-word bodies, ~8 statements each (some repeated across outlets of one story), a pool of people of whom some
 * articles use a variant spelling. Deterministic for a seed. Every word is made of invented syllables.
 */
final class SyntheticCorpus {
  static final int PEOPLE = 500, OUTLETS = 20, STATEMENTS = 8, BODY_WORDS = 600;
  private static final String[] SYL = {"ka", "lo", "mi", "ve", "tor", "an", "dre", "si", "ru", "bel", "os", "ta", "ni", "vo",
      "gar", "len", "pi", "sa", "dun", "mer", "ko", "ri", "val", "ost", "ne", "li", "bra", "ze", "tam", "ul"};
  private static final String[] GLUE = {"the", "of", "and", "to", "in", "a", "for", "on", "that", "with", "by", "at", "from",
      "was", "is", "will", "has", "its", "after", "over"};
  private static final String[] CUES = {"said", "told reporters", "added", "warned", "stated"};

  record Speaker(String name, String variant) {}

  private final Random rnd;
  final List<Speaker> people = new ArrayList<>();
  final List<String> outlets = new ArrayList<>();
  final List<String> vocabulary = new ArrayList<>();
  private final int stories;
  private final Map<Integer, Story> storyState = new LinkedHashMap<>();

  private record Quote(Speaker speaker, String words) {}

  private static final class Story {
    final List<String> topic = new ArrayList<>();
    final List<Speaker> cast = new ArrayList<>();
    final List<Quote> said = new ArrayList<>();
    LocalDate start;
  }

  SyntheticCorpus(long seed, int articles) {
    this.rnd = new Random(seed);
    this.stories = Math.max(1, articles / 10);
    Set<String> names = new LinkedHashSet<>();
    while (names.size() < PEOPLE) names.add(cap(word(2)) + " " + cap(word(2 + rnd.nextInt(2))));
    for (String n : names) people.add(new Speaker(n, variant(n)));
    Set<String> os = new LinkedHashSet<>();
    while (os.size() < OUTLETS) os.add("The " + cap(word(2)) + " " + (rnd.nextBoolean() ? "Ledger" : "Post"));
    outlets.addAll(os);
    Set<String> vs = new LinkedHashSet<>();
    while (vs.size() < 5000) vs.add(word(2 + rnd.nextInt(3)));
    vocabulary.addAll(vs);
  }

  /** A spelling variant of the kind transliteration makes: ei/ey, i/y at the end, v/w, k/c. */
  static String variant(String name) {
    String v = name.replace("ei", "ey");
    if (v.equals(name)) v = name.replaceFirst("i\\b", "y");
    if (v.equals(name)) v = name.replaceFirst("v", "w");
    if (v.equals(name)) v = name.replaceFirst("k", "c");
    return v.equals(name) ? null : v;
  }

  private String word(int syllables) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < syllables; i++) b.append(SYL[rnd.nextInt(SYL.length)]);
    return b.toString();
  }

  private static String cap(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  private Story story(int i) {
    return storyState.computeIfAbsent(i, k -> {
      Story s = new Story();
      for (int j = 0; j < 20; j++) s.topic.add(vocabulary.get(rnd.nextInt(vocabulary.size())));
      for (int j = 0; j < 6; j++) s.cast.add(people.get(rnd.nextInt(people.size())));
      s.start = LocalDate.of(2024, 1, 1).plusDays(rnd.nextInt(900));
      return s;
    });
  }

  /** Zipf-ish: common words far more often than rare ones, topic words often. */
  private String filler(Story s) {
    double r = rnd.nextDouble();
    if (r < 0.35) return GLUE[rnd.nextInt(GLUE.length)];
    if (r < 0.5) return s.topic.get(rnd.nextInt(s.topic.size()));
    int n = vocabulary.size();
    return vocabulary.get((int) Math.min(n - 1, Math.floor(Math.pow(rnd.nextDouble(), 3) * n)));
  }

  private String sentence(Story s, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) b.append(i == 0 ? "" : " ").append(filler(s));
    return cap(b.toString());
  }

  /** Article {@code i}: its story, outlet and date follow from {@code i} and the seed. */
  ArticleRecord article(int i) {
    int storyIndex = rnd.nextInt(stories);
    Story s = story(storyIndex);
    String outlet = outlets.get(rnd.nextInt(outlets.size()));
    LocalDate date = s.start.plusDays(rnd.nextInt(21));
    String headline = cap(s.topic.get(0)) + " " + sentence(s, 6).toLowerCase();
    StringBuilder text = new StringBuilder(headline).append("\n\n");
    Map<String, Person> persons = new LinkedHashMap<>();
    List<Statement> statements = new ArrayList<>();
    int fillerPerParagraph = (BODY_WORDS - STATEMENTS * 22) / STATEMENTS;
    for (int k = 0; k < STATEMENTS; k++) {
      text.append(sentence(s, fillerPerParagraph / 2)).append(". ");
      Quote q;
      if (!s.said.isEmpty() && rnd.nextDouble() < 0.4) q = s.said.get(rnd.nextInt(s.said.size()));
      else {
        q = new Quote(s.cast.get(rnd.nextInt(s.cast.size())), sentence(s, 15 + rnd.nextInt(12)));
        s.said.add(q);
      }
      String name = q.speaker().variant() != null && rnd.nextDouble() < 0.3 ? q.speaker().variant() : q.speaker().name();
      String id = PersonIds.of(Person.Kind.PERSON, name);
      persons.putIfAbsent(id, new Person(id, name, Person.Kind.PERSON, List.of(), List.of("minister")));
      String cue = CUES[rnd.nextInt(CUES.length)];
      Span words, mention, cueSpan;
      Statement.Kind kind;
      if (rnd.nextDouble() < 0.7) {
        kind = Statement.Kind.DIRECT;
        text.append('"');
        words = append(text, q.words());
        text.append(",\" ");
        mention = append(text, name);
        text.append(' ');
        cueSpan = append(text, cue);
        text.append(". ");
      } else {
        kind = Statement.Kind.INDIRECT;
        mention = append(text, name);
        text.append(' ');
        cueSpan = append(text, cue);
        text.append(" that ");
        words = append(text, q.words().toLowerCase());
        text.append(". ");
      }
      String said = text.substring(words.start(), words.end());
      statements.add(new Statement(kind, said, List.of(words), new Statement.Speaker(id, name, name, mention),
          new Statement.Cue(cue, cueSpan), date));
      text.append(sentence(s, fillerPerParagraph / 2)).append(".\n\n");
    }
    String t = text.toString();
    return new ArticleRecord("synthetic/" + i, "https://synthetic.test/" + i, outlet, headline, null, null, null,
        Published.exact(date, org.dateline.model.Basis.of(org.dateline.model.Evidence.DATELINE)), t.substring(headline.length() + 2), List.of(), List.copyOf(persons.values()),
        statements, List.of(), List.of(), t);
  }

  private static Span append(StringBuilder b, String s) {
    int start = b.length();
    b.append(s);
    return new Span(start, b.length());
  }
}
