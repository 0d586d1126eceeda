package org.dateline.story;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Person;

/**
 * A story as the reader sees it: its id (from its first article's source), its people by how many of its articles
 * name them, and a label a reader understands, "Vetrov and Marren on the Karsa Dam".
 */
final class StoryLabels {
  /** Two or three capitalised words inside a sentence (after a lower-case word or a comma): a thing's name. */
  private static final java.util.regex.Pattern SUBJECT = java.util.regex.Pattern.compile(
      "(?<=[\\p{Ll},] )(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){1,2})\\b");
  private final Corpus corpus;
  private final List<ArticleRecord> in;
  private final PeopleClusters people;
  private final Map<String, Linking.GlobalPerson> personById;
  private final StoryFeatures features;

  StoryLabels(Corpus corpus, PeopleClusters people, StoryFeatures features) {
    this.corpus = corpus;
    this.in = corpus.in;
    this.people = people;
    this.personById = people.personById;
    this.features = features;
  }

  /**
   * A label a reader understands: the main actors by surname and what the story is about, "Vetrov and Marren on
   * the Karsa Dam"; the story's most used topic word when it names no thing ("Brandt on the bridge").
   */
  static String label(List<String> actors, String subject, List<String> topic) {
    List<String> surnames = actors.stream().map(a -> {
      Names.Name n = Names.parse(a);
      return n == null ? a : a.substring(a.lastIndexOf(' ') + 1);
    }).toList();
    String who = String.join(" and ", surnames);
    String what = subject != null ? "the " + subject : topic.isEmpty() ? null : "the " + topic.get(0);
    if (who.isEmpty()) return what == null ? "" : Character.toUpperCase(what.charAt(0)) + what.substring(1);
    return what == null ? who : who + " on " + what;
  }

  /** The story {@code st} as linked: id, label, span, articles, people. */
  Linking.Story story(StoryState st) {
    Map<String, Integer> counts = new HashMap<>();
    for (int a : st.members) {
      Set<String> seen = new HashSet<>();
      for (Person p : in.get(a).everyone()) {
        String g = people.globalId(a, p.id());
        if (g != null && g.startsWith("p-") && seen.add(g)) counts.merge(g, 1, Integer::sum);
      }
    }
    List<String> ppl = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
    List<String> actors = ppl.stream().filter(id -> personById.get(id).name().trim().contains(" ")).limit(2)
        .map(id -> personById.get(id).name()).toList();
    // topic words: the words most of the story's articles use, names left to the actors; the summed weights only
    // break ties, since idf favours a word one article repeats over the story's common vocabulary
    Map<String, Integer> inArticles = new HashMap<>();
    for (int a : st.members) {
      Set<String> seen = new HashSet<>();
      for (String t : corpus.tokens.get(a)) if (StoryFeatures.topical(t) && !features.isName(Words.stem(t)) && seen.add(Words.stem(t))) inArticles.merge(Words.stem(t), 1, Integer::sum);
      if (in.get(a).headline() != null)
        for (String t : Words.tokens(in.get(a).headline())) if (StoryFeatures.topical(t) && !features.isName(Words.stem(t)) && seen.add(Words.stem(t))) inArticles.merge(Words.stem(t), 1, Integer::sum);
    }
    List<String> topic = inArticles.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
            .thenComparing(e -> -st.sum.getOrDefault("w:" + e.getKey(), 0.0)).thenComparing(Map.Entry::getKey))
        .limit(3).map(e -> features.display.getOrDefault(e.getKey(), e.getKey())).toList();
    String label = label(actors, subject(st, ppl), topic);
    List<String> members = st.members.stream().map(i -> in.get(i).source()).toList();
    return new Linking.Story(storyId(st), label.isEmpty() ? "(untitled)" : label, st.first, st.last, members, ppl);
  }

  /**
   * What the story is about when it names it: the name of two or three capitalised words (not a person's or an
   * outlet's, inside a sentence) that most of its articles use, "Serrat Canal", "Karsa Dam"; null when no name is
   * used by at least half of them.
   */
  String subject(StoryState st, List<String> ppl) {
    Set<String> excluded = new HashSet<>();
    for (String id : ppl) {
      Names.Name n = Names.parse(personById.get(id).name());
      if (n != null) excluded.add(Names.fold(personById.get(id).name().substring(personById.get(id).name().lastIndexOf(' ') + 1)));
    }
    Map<String, Integer> count = new HashMap<>();
    Map<String, String> shown = new HashMap<>();
    for (int a : st.members) {
      ArticleRecord r = in.get(a);
      Set<String> seen = new HashSet<>();
      java.util.regex.Matcher m = SUBJECT.matcher(r.body() == null ? "" : r.body());
      while (m.find()) {
        String phrase = m.group(1).replaceAll("['’]s$", "");
        String key = Names.fold(phrase);
        if (Words.STOP.contains(key.substring(0, key.indexOf(' ')))) continue;
        if (r.outlet() != null && key.equals(Names.fold(r.outlet()))) continue;
        if (r.agency() != null && key.equals(Names.fold(r.agency()))) continue;
        if (java.util.Arrays.stream(key.split(" ")).anyMatch(excluded::contains)) continue;
        if (seen.add(key)) count.merge(key, 1, Integer::sum);
        shown.putIfAbsent(key, phrase);
      }
    }
    return count.entrySet().stream().filter(e -> e.getValue() * 2 >= st.members.size() && e.getValue() >= 2)
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(e -> shown.get(e.getKey())).orElse(null);
  }

  String storyId(StoryState st) {
    return "s-" + Words.shortHash(in.get(st.seed).source());
  }
}
