package org.dateline.people;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.model.Person;
import org.dateline.model.Span;
import org.dateline.nlp.Parsed;
import org.dateline.nlp.Sentence;

/**
 * A speaker described rather than named: "the minister", "officials", "Pavel Dorn's office", "a banner". In order: a
 * name the tagger missed ({@link UntaggedNames}); a role some named person holds (before the mention, else soon
 * after); the one person of the party or nationality the description names ({@link Affiliations}); a pronoun, a
 * relative pronoun or a pronoun for anyone ("you", "anyone") left alone names nobody; an organisation noun; a plural
 * or a share of people ("63 percent", "most of whom": a collective); a thing (no speaker); an indefinite description introducing the person named next; else a role no
 * person holds.
 */
final class Descriptions {
  private Descriptions() {}

  static final Set<String> ORG_NOUNS = Set.of("ministry", "government", "department", "office", "police",
      "committee", "campaign", "company", "agency", "administration", "commission", "council", "embassy", "court",
      "party", "parliament", "kremlin", "army", "military", "firm", "group", "union", "board", "bank", "spokesman's office",
      "organization", "organisation", "white house", "pentagon", "newspaper", "paper", "daily", "network", "poll", "report", "study", "survey");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "one");
  /** A relative pronoun the statement finder could not tie to its antecedent names nobody by itself. */
  private static final Set<String> RELATIVE = Set.of("who", "whom", "which", "that");
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
  /** Pronouns that name nobody in particular ("you might ask", "anyone can see"): no speaker, and no role either. */
  private static final Set<String> GENERIC = Set.of("you", "anyone", "anybody", "everyone", "everybody", "someone",
      "somebody", "nobody", "no one", "one", "those", "these", "others");
  private static final Set<String> PREPOSITIONS = Set.of("to", "of", "for", "at", "in", "on", "with", "from", "who", "which");
  /** Plurals without an "s" ("two women said", "many people think"). */
  private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women", "children", "folk");
  /**
   * A share or number of people, as polls and reports give them ("63 percent", "Only 52 percent of registered voters",
   * "Nearly eight of 10 voters", "a majority of voters", "Many", "most of whom"): a group, not a role.
   */
  private static final Pattern QUANTITY = Pattern.compile("^(?:(?:only|just|about|nearly|almost|roughly|around|over|under|another|"
      + "fully|a full|a mere|more than|fewer than|less than|at least|the top|top)\\s+)*(?:\\d[\\d,.]*\\s*(?:%|percent|in\\b|of\\b|out of\\b)"
      + "|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?"
      + "\\s+(?:percent|in|of|out of)\\b|(?:half|a third|a quarter|two-thirds|three-quarters|most|many|some|few|all|a majority"
      + "|the majority|majorities|a minority|a plurality|the proportion|the share)\\b)");

  static Entry resolve(ArticleNames a, Span source, String words) {
    Parsed parsed = a.parsed();
    String lower = words.toLowerCase(Locale.ROOT).replace('’', '\'');
    String head = lower.replaceAll("[^\\p{L}' ]", " ").trim();
    if (head.isEmpty()) return null;
    String[] ws = head.split("\\s+");
    // "Valdoria's envoy to the talks": the head noun comes before the prepositional phrase
    for (int k = 1; k < ws.length; k++)
      if (PREPOSITIONS.contains(ws[k])) {
        ws = Arrays.copyOf(ws, k);
        break;
      }
    String last = ws[ws.length - 1];
    // a name the tagger missed is no description, whatever roles share its words
    Entry proper = UntaggedNames.resolve(a, source, Names.strip(words));
    if (proper != null) return proper;
    // a role: the nearest person whose roles share its head noun, before the mention, else soon after; when both say
    // more than the head noun they must share a word of it ("energy minister" is not the "transport minister")
    Set<String> said = new HashSet<>();
    for (String w : ws) if (!w.equals(last) && !DETERMINERS.contains(w)) said.add(w.replaceAll("'s?$", ""));
    Mention role = null;
    for (Mention m : a.mentions()) {
      if (!fits(m.entry(), last, said)) continue;
      if (m.span().end() <= source.start()) role = m;
      else if (role == null && m.span().start() - source.end() < 400) {
        role = m;
        break;
      }
    }
    if (role != null) {
      if (!DETERMINERS.contains(ws[0]) || ws.length > 2) role.entry().addRole(Roles.of(parsed, source, a.places()));
      return role.entry();
    }
    boolean pluralNoun = last.endsWith("s") && !last.endsWith("ss");
    Entry affiliated = !pluralNoun && !said.isEmpty() && !Animacy.inanimate(last) ? Affiliations.of(a, said) : null;
    if (affiliated != null) return affiliated;
    if (Names.PLURAL.contains(lower) || RELATIVE.contains(lower) || GENERIC.contains(lower.replaceFirst("^not ", ""))) return null;
    String name = Names.strip(words);
    if (name.isEmpty()) return null;
    boolean org = ORG_NOUNS.stream().anyMatch(o -> head.endsWith(o));
    boolean plural = (pluralNoun || IRREGULAR_PLURALS.contains(last)) && ws.length <= 5 || QUANTITY.matcher(lower).lookingAt();
    if (org) return a.people().computeIfAbsent(name, k -> new Entry(k, Person.Kind.ORGANISATION));
    if (plural) return a.people().computeIfAbsent(name, k -> new Entry(k, Person.Kind.COLLECTIVE));
    if (Animacy.inanimate(last)) return null;
    if (!DEFINITE.contains(ws[0])) {
      Mention next = introducedAfter(parsed, source, a);
      if (next != null) {
        String described = Roles.of(parsed, source, a.places());
        if (described != null && described.contains(" ")) next.entry().roles.add(described);
        return next.entry();
      }
    }
    // a description no named person answers to stays a role ("the diplomat"), never a person of its own
    Entry unnamed = new Entry(name, Person.Kind.PERSON);
    unnamed.role = true;
    return unnamed;
  }

  private static boolean fits(Entry entry, String head, Set<String> said) {
    Pattern headWord = Pattern.compile(".*\\b" + Pattern.quote(head) + "\\b.*");
    boolean any = false;
    Set<String> known = new HashSet<>();
    for (String r : entry.roles) {
      String lower = r.toLowerCase(Locale.ROOT).replace('’', '\'');
      for (String w : lower.split("[^\\p{L}']+")) known.add(w.replaceAll("'s?$", ""));
      if (!headWord.matcher(lower).matches()) continue;
      any = true;
      if (said.isEmpty() || lower.strip().equals(head)) return true;
    }
    if (!any) return false;
    for (String w : said) for (String k : known) if (k.equals(w) || Places.sameStem(k, w)) return true;
    return false;
  }

  /**
   * The first person named after {@code source}, when that is within the next two sentences and the person is new
   * there: one the article named in full before the description (a headline's surname does not count), or names in
   * the description's own sentence ("Former Harbour Doctor: Brenner Hid His Illness"), is not the one it introduces.
   */
  private static Mention introducedAfter(Parsed parsed, Span source, ArticleNames a) {
    int sentence = sentenceOf(parsed, source.start());
    for (Mention m : a.mentions()) {
      if (m.span().start() < source.end()) continue;
      if (m.sentence() == sentence || m.sentence() - sentence > 2) return null;
      for (Mention before : a.mentions())
        if (before.entry() == m.entry() && before.span().end() <= source.start() && before.span().of(a.text()).strip().contains(" ")) return null;
      return m;
    }
    return null;
  }

  private static int sentenceOf(Parsed parsed, int offset) {
    int found = 0;
    for (Sentence s : parsed.sentences()) {
      if (s.span().start() > offset) break;
      found = s.index();
    }
    return found;
  }
}
