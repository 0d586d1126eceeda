package org.dateline.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Person;
import org.dateline.model.Published;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.people.PersonIds;

/**
 * The one made-up corpus for scale, built as records directly (no NLP): the linker's property test and benchmark,
 * and the store and API load benchmark ({@code dateline bench-serve}). Stories of about 20 articles, each with four
 * actors written in spelling variants (Sergei/Sergey, with and without a middle initial, surname only), places,
 * topic words, statements that several articles repeat whole or truncated with "...", and 5% exact plus 3% lightly
 * edited copies, from 40 outlets. Each record carries its body as its source text, which its statements' spans
 * point into, so it can be stored. Deterministic per seed; every word is made of invented syllables.
 */
public final class SyntheticCorpus {
  private static final String[] FIRST = {"Sergei", "Andrei", "Alexei", "Dmitriy", "Yuri", "Ana", "Ilse", "Tomas",
      "Nadia", "Pavel", "Lena", "Marek", "Ivo", "Rena", "Ona", "Milan", "Katya", "Oskar", "Elin", "Jonas"};
  private static final String[] SYL = {"ka", "ro", "vi", "len", "mar", "to", "sha", "ber", "no", "dra", "vek", "li",
      "os", "tan", "gor", "mi", "pel", "zu", "ran", "del"};

  private SyntheticCorpus() {}

  static String word(SplittableRandom r, int syllables) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < syllables; i++) b.append(SYL[r.nextInt(SYL.length)]);
    return b.toString();
  }

  static String cap(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** Spelling variants a transliterating outlet might use for the same given name. */
  static String variant(String first, SplittableRandom r) {
    if (!r.nextBoolean()) return first;
    if (first.endsWith("ei")) return first.substring(0, first.length() - 2) + "ey";
    if (first.endsWith("iy")) return first.substring(0, first.length() - 2) + "i";
    if (first.contains("x")) return first.replace("x", "ks");
    return first;
  }

  /** The story an article was generated for, from its source name ("synthetic/00042-s0007" → "s0007"). */
  public static String trueStory(String source) {
    return source.substring(source.lastIndexOf('-') + 1);
  }

  /** The outlets articles are credited to. */
  public static List<String> outlets() {
    List<String> out = new ArrayList<>(OUTLETS);
    for (int i = 0; i < OUTLETS; i++) out.add("Outlet " + i);
    return out;
  }

  private static final int OUTLETS = 40;

  /** Articles of 10 to 19 sentences (about 250 words). */
  public static List<ArticleRecord> generate(int articles, long seed) {
    return generate(articles, seed, 10, 20);
  }

  /**
   * Articles of {@code minSentences} to {@code maxSentences - 1} sentences of about 16 words, a third of them
   * statements when the article names anyone.
   */
  public static List<ArticleRecord> generate(int articles, long seed, int minSentences, int maxSentences) {
    if (minSentences < 1 || maxSentences <= minSentences)
      throw new IllegalArgumentException("sentences must be a non-empty range, was [%d, %d)".formatted(minSentences, maxSentences));
    SplittableRandom r = new SplittableRandom(seed);
    int storyCount = Math.max(1, articles / 20);
    List<String> vocab = new ArrayList<>();
    for (int i = 0; i < 3000; i++) vocab.add(word(r, 2 + r.nextInt(2)));
    List<String[]> peoplePool = new ArrayList<>(); // {first, middle initial, surname}
    for (int i = 0; i < storyCount * 2; i++)
      peoplePool.add(new String[] {FIRST[r.nextInt(FIRST.length)], String.valueOf((char) ('A' + r.nextInt(26))), cap(word(r, 3))});
    List<String> places = new ArrayList<>();
    for (int i = 0; i < 300; i++) places.add(cap(word(r, 2)));
    record Story(List<String[]> people, List<String> places, List<String> topic, LocalDate start, List<String> quotes) {}
    List<Story> stories = new ArrayList<>();
    for (int s = 0; s < storyCount; s++) {
      List<String[]> ppl = new ArrayList<>();
      for (int k = 0; k < 4; k++) ppl.add(peoplePool.get(r.nextInt(peoplePool.size())));
      List<String> pl = List.of(places.get(r.nextInt(places.size())), places.get(r.nextInt(places.size())));
      List<String> topic = new ArrayList<>();
      for (int k = 0; k < 8; k++) topic.add(vocab.get(r.nextInt(vocab.size())));
      List<String> quotes = new ArrayList<>();
      for (int k = 0; k < 8; k++) {
        StringBuilder q = new StringBuilder(cap(topic.get(r.nextInt(topic.size()))));
        for (int w = 0; w < 12 + r.nextInt(8); w++) q.append(' ').append(w % 3 == 0 ? topic.get(r.nextInt(topic.size())) : vocab.get(r.nextInt(vocab.size())));
        quotes.add(q.append('.').toString());
      }
      stories.add(new Story(ppl, pl, topic, LocalDate.of(2015, 1, 1).plusDays(r.nextInt(2000)), quotes));
    }
    List<ArticleRecord> out = new ArrayList<>(articles);
    for (int a = 0; a < articles; a++) {
      if (a > 10 && r.nextInt(100) < 8) {
        ArticleRecord orig = out.get(r.nextInt(out.size()));
        String source = "synthetic/%05d-%s".formatted(a, trueStory(orig.source()));
        boolean edit = r.nextInt(8) < 3;
        String body = edit ? orig.body().replaceFirst("\\.", ". Updated.") : orig.body();
        out.add(new ArticleRecord(source, null, "Outlet " + r.nextInt(OUTLETS), orig.headline(), null, null, null,
            orig.published(), body, List.of(), orig.people(), edit ? List.of() : orig.statements(), List.of(), List.of(), body));
        continue;
      }
      int storyNo = r.nextInt(stories.size());
      Story st = stories.get(storyNo);
      String source = "synthetic/%05d-s%04d".formatted(a, storyNo);
      StringBuilder body = new StringBuilder();
      List<Person> people = new ArrayList<>();
      List<Statement> statements = new ArrayList<>();
      for (String[] p : st.people()) {
        if (r.nextInt(4) == 0) continue;
        String first = variant(p[0], r);
        String name = r.nextInt(5) == 0 ? first + " " + p[1] + ". " + p[2] : first + " " + p[2];
        people.add(new Person(PersonIds.of(Person.Kind.PERSON, name), name, Person.Kind.PERSON, List.of(p[2]), List.of()));
      }
      int sentences = minSentences + r.nextInt(maxSentences - minSentences);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) body.append(s % 4 == 0 ? "\n\n" : " ");
        if (!people.isEmpty() && r.nextInt(3) == 0) {
          Person p = people.get(r.nextInt(people.size()));
          String q = st.quotes().get(r.nextInt(st.quotes().size()));
          if (r.nextInt(4) == 0) q = q.substring(0, q.length() / 2) + "...";
          body.append('"');
          int start = body.length();
          body.append(q);
          int end = body.length();
          body.append("\" said ").append(p.name()).append('.');
          statements.add(new Statement(Statement.Kind.DIRECT, q, List.of(new Span(start, end)),
              new Statement.Speaker(p.id(), p.name(), p.name(), null), null, null));
          continue;
        }
        body.append(cap(vocab.get(r.nextInt(vocab.size()))));
        for (int w = 0; w < 15; w++) {
          int pick = r.nextInt(10);
          body.append(' ').append(pick < 3 ? st.topic().get(r.nextInt(st.topic().size()))
              : pick == 3 ? st.places().get(r.nextInt(2)) : vocab.get(r.nextInt(vocab.size())));
        }
        body.append('.');
      }
      String headline = cap(st.topic().get(0)) + " " + st.topic().get(1) + " in " + st.places().get(0);
      out.add(new ArticleRecord(source, null, "Outlet " + r.nextInt(OUTLETS), headline, null, null, null,
          Published.exact(st.start().plusDays(r.nextInt(12)), org.dateline.model.Basis.of(org.dateline.model.Evidence.DATELINE)), body.toString(), List.of(), people,
          statements, List.of(), List.of(), body.toString()));
    }
    return out;
  }
}
