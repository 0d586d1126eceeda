package org.dateline.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Person;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Entity;
import org.dateline.nlp.Parsed;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;
import org.dateline.quote.Attribution;

/**
 * Resolves speaker mentions with rules over the named entities. A person is a full name (two words or more); a
 * surname alone is the nearest full name before it that ends in it (so "Anna Petrova" and "Boris Petrova" stay two
 * people); a nickname in quotes between given name and surname is dropped from the name and kept as an alias
 * (Marek "the Pilot" Soll); a pronoun is the nearest person named before it; a role ("the minister") is the nearest
 * person whose stated roles share its head noun, looking ahead when the name comes only later. An indefinite or bare
 * description ("A Valdorian scientist warned …", a headline's "scientist warns") is the person named first in the
 * next two sentences, the way news stories introduce a speaker. Roles are read from the words before a name
 * ("Russia's foreign minister Sergei Lavrov") and from an appositive after it ("Hugh Hill, a doctor,") and trimmed to
 * the noun phrase by {@link Roles}.
 *
 * <p>Not people: a single name the article shows to be a place ({@link Places}) is no person; when it speaks
 * ("Ostria rejected …, saying") it is a speaking body of kind "place", as are mentions tagged as places. A single
 * name never given in full, never after a title, with no role and that never speaks is left out: it is as often a
 * place or a thing the tagger misread as a person. Mentions naming an organisation are organisations ("Dorn's office"
 * is the organisation "Pavel Dorn's office", not a role of Dorn); plural descriptions ("officials") are collectives.
 * An unnamed speaker described by a noun naming a thing ("a banner read …", "neither side") is left unresolved; one
 * described by a noun for a being that no named person answers to ("a harbour master said") stays a role: the
 * statement keeps the description, and no person is made of a job title.
 *
 * <p>A role is matched by its head noun (before any prepositional phrase: "Valdoria's envoy to the talks") and its
 * affiliation, said either way ("Valdoria's envoy" is the "Valdorian envoy"). A joint mention ("Vetrov and Marren")
 * gives every speaker. A name the mention only mentions ("Jan Holm, replying to Vetrov"; "the spokesman for Andrei
 * Vetrov, Jan Holm"), as the object of a preposition, is passed over for the one who speaks.
 */
public final class NameResolver implements SpeakerResolver {
  private static final Set<String> SINGULAR = Set.of("he", "she", "him", "her", "i", "his", "hers");
  private static final Set<String> PLURAL = Set.of("they", "we", "them", "their", "our");
  private static final Set<String> ORG_NOUNS = Set.of("ministry", "government", "department", "office", "police",
      "committee", "campaign", "company", "agency", "administration", "commission", "council", "embassy", "court",
      "party", "parliament", "kremlin", "army", "military", "firm", "group", "union", "board", "bank", "spokesman's office",
      "organization", "organisation", "white house", "pentagon", "newspaper", "paper", "daily", "network", "poll", "report", "study", "survey");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "one");
  /** A relative pronoun the statement finder could not tie to its antecedent names nobody by itself. */
  private static final Set<String> RELATIVE = Set.of("who", "whom", "which", "that");
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
  private static final Set<String> PREPOSITIONS = Set.of("to", "of", "for", "at", "in", "on", "with", "from", "who", "which");
  private static final Pattern APPOSITIVE = Pattern.compile("^,\\s+((?:a|an|the|his|her|its|their)\\s+[^,.;:!?\"“”]{2,80}?|[\\p{L}.]+(?:'s|’s)\\s+[^,.;:!?\"“”]{2,80}?)\\s*[,.;]");
  /** A nickname in quotes and the surname after it: Marek «the Pilot» Soll. */
  private static final Pattern NICKNAME = Pattern.compile("^\\s*[“«\"„‘']([^”»\"“’'\\n]{1,30})[”»\"“’']\\s+(\\p{Lu}[\\p{L}’'-]*\\p{L})");

  @Override
  public Cast resolve(Parsed parsed, List<Attribution> attributions) {
    String text = parsed.text();
    Set<String> places = Places.of(parsed);
    Set<String> locations = new HashSet<>();
    for (Entity e : parsed.entities())
      if (Places.LOCATION_TYPES.contains(e.type())) locations.add(clean(e.text()).toLowerCase(Locale.ROOT));
    locations.addAll(places);
    List<Named> named = names(parsed);
    Map<String, Entry> people = new LinkedHashMap<>(); // canonical name -> entry
    List<Mention> mentions = new ArrayList<>(); // person mentions in text order
    for (Named n : named) {
      Entity e = n.entity;
      String name = n.name;
      String lower = name.toLowerCase(Locale.ROOT);
      // the entity-mention annotator also marks pronouns as PERSON; those are resolved, not people
      if (name.isEmpty() || SINGULAR.contains(lower) || PLURAL.contains(lower)) continue;
      // "the Lenna", "a Korven": a name behind an article is a river, a ship or a place the tagger took for a person
      if (afterArticle(text, e.span().start())) continue;
      if (places.contains(lower)) continue;
      String canonical = canonical(name, e.span().start(), named, mentions);
      Entry entry = people.computeIfAbsent(canonical, k -> new Entry(k, Person.Kind.PERSON));
      if (!name.equals(canonical)) entry.aliases.add(name);
      if (n.alias != null) entry.aliases.add(n.alias);
      if (Places.TITLES.contains(Places.lowerWordBefore(text, e.span().start()))) entry.titled = true;
      addRole(entry, Roles.of(parsed, roleBefore(parsed, e, places), places));
      addRole(entry, Roles.of(parsed, appositive(text, e.span().end()), places));
      addRole(entry, Roles.of(parsed, appositiveBefore(text, e.span().start()), places));
      mentions.add(new Mention(e.span(), e.sentence(), entry));
    }
    List<Span> quoted = new ArrayList<>();
    for (Attribution a : attributions) if (a.kind() == Statement.Kind.DIRECT) quoted.addAll(a.content());
    List<Entry> speakers = new ArrayList<>();
    List<List<Entry>> joint = new ArrayList<>();
    for (Attribution a : attributions) {
      List<Entry> all = a.referent() == null ? List.of() : joint(parsed, a.referent(), people, mentions, places, locations, quoted);
      joint.add(all);
      speakers.add(!all.isEmpty() ? all.get(0)
          : a.referent() == null ? null : speaker(parsed, a.referent(), people, mentions, places, locations, quoted));
    }
    // a role no person answers to is the speaker's description, never a person of the article
    List<Entry> order = new ArrayList<>();
    for (Entry e : people.values()) if (!e.role && (e.kept() || speakers.contains(e) || joint.stream().anyMatch(j -> j.contains(e)))) order.add(e);
    List<Person> out = new ArrayList<>();
    for (Entry e : order) out.add(e.person());
    List<Cast.Said> said = new ArrayList<>(attributions.size());
    for (int i = 0; i < attributions.size(); i++) {
      Entry s = speakers.get(i);
      List<Person> all = joint.get(i).stream().map(e -> out.get(order.indexOf(e))).toList();
      if (s != null && s.role) said.add(new Cast.Said(attributions.get(i), null, List.of(), s.name));
      else said.add(new Cast.Said(attributions.get(i), s == null ? null : out.get(order.indexOf(s)), all, null));
    }
    return new Cast(out, said);
  }

  private static void addRole(Entry entry, String role) {
    if (role != null) entry.roles.add(role);
  }

  /** A PERSON entity with its name; a nickname in quotes between given name and surname joins the two. */
  private record Named(Entity entity, String name, String alias) {}

  private static List<Named> names(Parsed parsed) {
    String text = parsed.text();
    List<Named> out = new ArrayList<>();
    int covered = -1; // end of the last joined name: a surname tagged on its own inside it is not another person
    for (Entity e : parsed.entities()) {
      if (!e.type().equals("PERSON") || e.span().start() < covered) continue;
      String name = clean(e.text());
      Matcher m = NICKNAME.matcher(text).region(e.span().end(), Math.min(text.length(), e.span().end() + 60));
      if (!name.isEmpty() && m.lookingAt()) {
        int end = m.end(); // a region matcher reports offsets into the whole text
        Span span = new Span(e.span().start(), end);
        Sentence s = parsed.sentences().get(e.sentence());
        int last = e.lastToken();
        for (Token t : s.tokens()) if (t.span().end() <= end) last = Math.max(last, t.index());
        Entity joined = new Entity("PERSON", name + " " + m.group(2), span, e.sentence(), e.firstToken(), last);
        out.add(new Named(joined, name + " " + m.group(2), span.of(text).replaceAll("\\s+", " ")));
        covered = end;
        continue;
      }
      out.add(new Named(e, name, null));
    }
    return out;
  }

  private static boolean afterArticle(String text, int start) {
    if (start == 0 || !Character.isWhitespace(text.charAt(start - 1))) return false;
    String word = Places.lowerWordBefore(text, start);
    return word.equals("the") || word.equals("a") || word.equals("an");
  }

  private Entry speaker(Parsed parsed, Span source, Map<String, Entry> people, List<Mention> mentions, Set<String> places,
      Set<String> locations, List<Span> quoted) {
    String text = parsed.text();
    String words = source.of(text).strip();
    String lower = words.toLowerCase(Locale.ROOT);
    // a person named inside the mention: the longest, passing over names the mention only mentions ("Jan Holm,
    // replying to Vetrov", "the spokesman for Andrei Vetrov, Jan Holm") unless no other is left
    Mention named = null;
    boolean namedOblique = false;
    for (Mention m : mentions) {
      if (!source.contains(m.span)) continue;
      boolean oblique = oblique(parsed, m);
      if (named == null || namedOblique && !oblique || oblique == namedOblique && m.span.length() > named.span.length()) {
        named = m;
        namedOblique = oblique;
      }
    }
    if (named != null) {
      int after = named.span.end();
      if (after + 2 < source.end() && (text.startsWith("'s", after) || text.startsWith("’s", after))) {
        // "Dorn's office": the possessor's thing speaks, not the possessor
        String thing = strip(text.substring(after + 2, source.end()));
        if (thing.isEmpty()) return named.entry;
        return description(parsed, source, named.entry.name + "'s " + thing, people, mentions, places);
      }
      addRole(named.entry, Roles.of(parsed, new Span(source.start(), named.span.start()), places));
      addRole(named.entry, Roles.of(parsed, new Span(after, source.end()), places));
      return named.entry;
    }
    if (SINGULAR.contains(lower)) return antecedent(parsed, source, mentions, quoted);
    // an organisation or place named inside the mention, unless it only owns the speaker ("Ostria's energy minister")
    for (Entity e : parsed.entities()) {
      if (!source.contains(e.span())) continue;
      int after = e.span().end();
      if (after < source.end() && (text.startsWith("'s", after) || text.startsWith("’s", after))) continue;
      String name = clean(e.text());
      String key = name.toLowerCase(Locale.ROOT);
      // "the White House" is tagged a place but speaks as an institution
      boolean institution = ORG_NOUNS.stream().anyMatch(key::endsWith);
      boolean place = !institution && (Places.LOCATION_TYPES.contains(e.type()) || locations.contains(key));
      if (place && (e.type().equals("PERSON") || e.type().equals("ORGANIZATION") || Places.LOCATION_TYPES.contains(e.type())))
        return people.computeIfAbsent(name, k -> new Entry(k, Person.Kind.PLACE));
      if (e.type().equals("ORGANIZATION") || institution && Places.LOCATION_TYPES.contains(e.type()))
        return people.computeIfAbsent(name, k -> new Entry(k, Person.Kind.ORGANISATION));
    }
    return description(parsed, source, words, people, mentions, places);
  }

  private static final Pattern COORDINATION = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+(?:and|&)\\s+");

  /**
   * Every speaker of a joint mention ("Vetrov and Marren", "Ostria, Valdoria and the mission"): each conjunct resolved
   * on its own, when there are two or more and each is a named person or body (a conjunct that is only a description
   * or another's appositive, "Holm, the spokesman,", makes it no joint mention). Empty otherwise.
   */
  private List<Entry> joint(Parsed parsed, Span source, Map<String, Entry> people, List<Mention> mentions, Set<String> places,
      Set<String> locations, List<Span> quoted) {
    String words = source.of(parsed.text());
    if (!words.contains(" and ") && !words.contains(" & ")) return List.of();
    List<Span> parts = new ArrayList<>();
    Matcher m = COORDINATION.matcher(words);
    int from = 0;
    while (m.find()) {
      parts.add(new Span(source.start() + from, source.start() + m.start()));
      from = m.end();
    }
    parts.add(new Span(source.start() + from, source.end()));
    if (parts.size() < 2) return List.of();
    List<Entry> out = new ArrayList<>();
    for (Span part : parts) {
      if (part.length() == 0) return List.of();
      String w = part.of(parsed.text()).strip();
      // each conjunct names someone: capitalised, no pronoun, no bare description
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || SINGULAR.contains(w.toLowerCase(Locale.ROOT))) return List.of();
      boolean named = false;
      for (Entity e : parsed.entities()) if (part.contains(e.span()) && !e.type().equals("DATE")) named = true;
      if (!named) return List.of();
      Entry e = speaker(parsed, part, people, mentions, places, locations, quoted);
      if (e == null || e.role) return List.of();
      if (!out.contains(e)) out.add(e);
    }
    return out.size() >= 2 ? out : List.of();
  }

  /**
   * The person a pronoun stands for: the nearest named before it, passing over names inside a direct quote ("“Mr
   * Vetrov wants …,” she said") and names that are no subject but the object of a preposition or a possessor in a
   * parsed sentence ("Asked about her call with Andrei Vetrov, she smiled"), unless no other name is left.
   */
  private static Entry antecedent(Parsed parsed, Span source, List<Mention> mentions, List<Span> quoted) {
    Mention nearest = null;
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (m.span.end() > source.start()) continue;
      if (nearest == null) nearest = m;
      if (quoted.stream().anyMatch(q -> q.contains(m.span)) || oblique(parsed, m)) continue;
      return m.entry;
    }
    return nearest == null ? null : nearest.entry;
  }

  private static boolean oblique(Parsed parsed, Mention m) {
    Sentence s = parsed.sentences().get(m.sentence);
    if (!s.parsed()) return false;
    Map<Integer, Dependency> governing = new HashMap<>();
    for (Dependency d : s.dependencies()) governing.putIfAbsent(d.dependent(), d);
    int head = -1;
    for (Token t : s.tokens()) {
      if (!m.span.contains(t.span())) continue;
      Dependency d = governing.get(t.index());
      if (d == null) continue;
      int g = d.governor();
      boolean inside = g >= 0 && g < s.tokens().size() && m.span.contains(s.tokens().get(g).span());
      if (!inside) {
        head = t.index();
        break;
      }
    }
    for (int steps = 0; head >= 0 && steps < 4; steps++) {
      Dependency d = governing.get(head);
      if (d == null) return false;
      String rel = d.relation();
      if (rel.startsWith("obl") || rel.startsWith("nmod")) return true;
      if (!(rel.equals("appos") || rel.startsWith("compound") || rel.startsWith("flat") || rel.startsWith("conj"))) return false;
      head = d.governor();
    }
    return false;
  }

  /** A speaker described rather than named: "the minister", "officials", "Pavel Dorn's office", "a banner". */
  private Entry description(Parsed parsed, Span source, String words, Map<String, Entry> people, List<Mention> mentions,
      Set<String> places) {
    String lower = words.toLowerCase(Locale.ROOT).replace('’', '\'');
    String head = lower.replaceAll("[^\\p{L}' ]", " ").trim();
    if (head.isEmpty()) return null;
    String[] ws = head.split("\\s+");
    // "Valdoria's envoy to the talks": the head noun comes before the prepositional phrase
    for (int k = 1; k < ws.length; k++)
      if (PREPOSITIONS.contains(ws[k])) {
        ws = java.util.Arrays.copyOf(ws, k);
        break;
      }
    String last = ws[ws.length - 1];
    // a role: the nearest person whose roles share its head noun, before the mention, else soon after; when both say
    // more than the head noun they must share a word of it ("energy minister" is not the "transport minister")
    Set<String> said = new HashSet<>();
    for (String w : ws) if (!w.equals(last) && !DETERMINERS.contains(w)) said.add(w.replaceAll("'s?$", ""));
    Mention role = null;
    for (Mention m : mentions) {
      if (!fits(m.entry, last, said)) continue;
      if (m.span.end() <= source.start()) role = m;
      else if (role == null && m.span.start() - source.end() < 400) {
        role = m;
        break;
      }
    }
    if (role != null) {
      if (!DETERMINERS.contains(ws[0]) || ws.length > 2) addRole(role.entry, Roles.of(parsed, source, places));
      return role.entry;
    }
    if (PLURAL.contains(lower) || RELATIVE.contains(lower)) return null;
    String name = strip(words);
    if (name.isEmpty()) return null;
    boolean org = ORG_NOUNS.stream().anyMatch(o -> head.endsWith(o));
    boolean plural = last.endsWith("s") && !last.endsWith("ss") && ws.length <= 5;
    if (org) return people.computeIfAbsent(name, k -> new Entry(k, Person.Kind.ORGANISATION));
    if (plural) return people.computeIfAbsent(name, k -> new Entry(k, Person.Kind.COLLECTIVE));
    if (Animacy.inanimate(last)) return null;
    if (!DEFINITE.contains(ws[0])) {
      Mention next = introducedAfter(parsed, source, mentions);
      if (next != null) {
        String described = Roles.of(parsed, source, places);
        if (described != null && described.contains(" ")) next.entry.roles.add(described);
        return next.entry;
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

  /** The first person named after {@code source}, when that is within the next two sentences. */
  private static Mention introducedAfter(Parsed parsed, Span source, List<Mention> mentions) {
    int sentence = sentenceOf(parsed, source.start());
    for (Mention m : mentions) {
      if (m.span.start() < source.end()) continue;
      return m.sentence - sentence <= 2 ? m : null;
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

  /** A full name for a mention: itself when it has two words or more; a lone surname takes the nearest full name ending in it. */
  private static String canonical(String name, int at, List<Named> named, List<Mention> before) {
    String[] w = name.split("\\s+");
    if (w.length >= 2) return name;
    for (int k = before.size() - 1; k >= 0; k--) {
      String full = before.get(k).entry.name;
      String[] fw = full.split("\\s+");
      if (fw.length >= 2 && fw[fw.length - 1].equals(name)) return full;
    }
    // named in full only later ("Lavrov ... Sergei Lavrov"): the first such name
    for (Named n : named) {
      if (n.entity.span().start() <= at) continue;
      String[] fw = n.name.split("\\s+");
      if (fw.length >= 2 && fw[fw.length - 1].equals(name)) return n.name;
    }
    return name;
  }

  /**
   * Role words right before a name in its sentence: "Russia's foreign minister", "NATO spokesman", "longtime
   * pollster". A place the tagger called a person may own the role ("Ostria's energy minister").
   */
  private static Span roleBefore(Parsed parsed, Entity e, Set<String> places) {
    Sentence s = parsed.sentences().get(e.sentence());
    List<Token> ts = s.tokens();
    int k = e.firstToken() - 1;
    int first = e.firstToken();
    boolean noun = false;
    while (k >= 0 && e.firstToken() - k <= 6) {
      Token t = ts.get(k);
      String tag = t.tag();
      boolean person = t.ner().equals("PERSON") && !places.contains(t.word().toLowerCase(Locale.ROOT));
      boolean ok = tag.startsWith("NN") && !person || tag.equals("JJ") || tag.equals("POS");
      if (!ok) break;
      if (tag.equals("NN") || tag.equals("NNS") || tag.startsWith("NNP") && !Character.isUpperCase(t.word().charAt(0))) noun = true;
      first = k;
      k--;
    }
    if (!noun || first == e.firstToken()) return null;
    return new Span(ts.get(first).span().start(), ts.get(e.firstToken() - 1).span().end());
  }

  private static Span appositive(String text, int end) {
    Matcher m = APPOSITIVE.matcher(text).region(end, Math.min(text.length(), end + 120));
    return m.lookingAt() ? new Span(m.start(1), m.end(1)) : null;
  }

  private static final Pattern APPOSITIVE_BEFORE = Pattern.compile("(?:^|[.!?]\\s+)(?:The|the|A|a|An|an)\\s+([\\p{Ll}][^,.;:!?\"“”]{1,60}),\\s*$");

  /** "The envoy, Lucia Brandt, ...": a description set off before the name. */
  private static Span appositiveBefore(String text, int start) {
    int from = Math.max(0, start - 80);
    Matcher m = APPOSITIVE_BEFORE.matcher(text.substring(from, start));
    return m.find() ? new Span(from + m.start(1), from + m.end(1)) : null;
  }

  static String clean(String name) {
    return name.replaceAll("[’']s$", "").replaceAll("\\s+", " ").strip();
  }

  /** Drops leading determiners and surrounding punctuation. */
  private static String strip(String s) {
    String out = s.replaceAll("\\s+", " ").strip().replaceAll("^[,;:\\s]+|[,;:\\s]+$", "");
    out = out.replaceAll("(?i)^(the|a|an)\\s+", "");
    return out.strip();
  }

  private record Mention(Span span, int sentence, Entry entry) {}

  /** A person being collected; becomes a {@link Person} once the article is read. */
  private static final class Entry {
    final String name;
    final Person.Kind kind;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> roles = new LinkedHashSet<>();
    boolean titled;
    /** A description no person of the article answers to: the speaker's role, not a person. */
    boolean role;

    Entry(String name, Person.Kind kind) {
      this.name = name;
      this.kind = kind;
    }

    /** Listed even when it never speaks: a full name, or a single name with a title or a role to show it is a person. */
    boolean kept() {
      return kind != Person.Kind.PERSON || name.contains(" ") || titled || !roles.isEmpty();
    }

    Person person() {
      // "minister" says nothing "Ostria's energy minister" does not
      List<String> kept = new ArrayList<>();
      for (String r : roles) {
        String bare = r.toLowerCase(Locale.ROOT).replace('’', '\'');
        boolean inLonger = roles.stream().anyMatch(o -> o.length() > r.length()
            && o.toLowerCase(Locale.ROOT).replace('’', '\'').matches("(?s).*\\b" + Pattern.quote(bare) + "$"));
        if (!inLonger) kept.add(r);
      }
      return new Person(PersonIds.of(kind, name), name, kind, List.copyOf(aliases), kept);
    }
  }
}
