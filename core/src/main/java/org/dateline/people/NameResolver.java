package org.dateline.people;

import java.util.ArrayList;
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
import org.dateline.nlp.Entity;
import org.dateline.nlp.Parsed;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;
import org.dateline.quote.Attribution;

/**
 * Resolves speaker mentions with rules over the named entities. A person is a full name (two words or more); a
 * surname alone is the nearest full name before it that ends in it (so "Anna Petrova" and "Boris Petrova" stay two
 * people); a pronoun is the nearest person named before it; a role ("the minister") is the nearest person whose
 * stated roles share its head noun, looking ahead when the name comes only later. Roles are read from the words
 * before a name ("Russia's foreign minister Sergei Lavrov") and from an appositive after it ("Hugh Hill, a doctor,").
 * Mentions naming an organisation or place are organisations; plural descriptions ("officials") are collectives.
 */
public final class NameResolver implements SpeakerResolver {
  private static final Set<String> SINGULAR = Set.of("he", "she", "him", "her", "i");
  private static final Set<String> PLURAL = Set.of("they", "we", "them");
  private static final Set<String> ORG_NOUNS = Set.of("ministry", "government", "department", "office", "police",
      "committee", "campaign", "company", "agency", "administration", "commission", "council", "embassy", "court",
      "party", "parliament", "kremlin", "army", "military", "firm", "group", "union", "board", "bank", "spokesman's office",
      "organization", "organisation", "white house", "pentagon", "newspaper", "paper", "daily", "network", "poll", "report", "study", "survey");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "one");
  private static final Pattern APPOSITIVE = Pattern.compile("^,\\s+((?:a|an|the|his|her|its|their)\\s+[^,.;:!?\"“”]{2,80}?|[\\p{L}.]+(?:'s|’s)\\s+[^,.;:!?\"“”]{2,80}?)\\s*[,.;]");

  @Override
  public Cast resolve(Parsed parsed, List<Attribution> attributions) {
    String text = parsed.text();
    Map<String, Entry> people = new LinkedHashMap<>(); // canonical name -> entry
    List<Mention> mentions = new ArrayList<>(); // person mentions in text order
    for (Entity e : parsed.entities()) {
      if (!e.type().equals("PERSON")) continue;
      String name = clean(e.text());
      // the entity-mention annotator also marks pronouns as PERSON; those are resolved, not people
      if (name.isEmpty() || SINGULAR.contains(name.toLowerCase(Locale.ROOT)) || PLURAL.contains(name.toLowerCase(Locale.ROOT))) continue;
      // "the Lenna", "a Korven": a name behind an article is a river, a ship or a place the tagger took for a person
      if (afterArticle(text, e.span().start())) continue;
      String canonical = canonical(name, e.span().start(), parsed, mentions);
      Entry entry = people.computeIfAbsent(canonical, k -> new Entry(k, "person"));
      if (!name.equals(canonical)) entry.aliases.add(name);
      String role = roleBefore(parsed, e);
      if (role != null) entry.roles.add(role);
      role = appositive(text, e.span().end());
      if (role != null) entry.roles.add(role);
      role = appositiveBefore(text, e.span().start());
      if (role != null) entry.roles.add(role);
      mentions.add(new Mention(e.span(), entry));
    }
    List<Entry> speakers = new ArrayList<>();
    for (Attribution a : attributions) speakers.add(a.referent() == null ? null : speaker(parsed, a.referent(), people, mentions));
    List<Person> out = new ArrayList<>();
    List<Entry> order = new ArrayList<>(people.values());
    for (Entry s : speakers) if (s != null && !order.contains(s)) order.add(s);
    for (Entry e : order) out.add(e.person());
    List<Integer> speakerOf = new ArrayList<>();
    for (Entry s : speakers) speakerOf.add(s == null ? -1 : order.indexOf(s));
    return new Cast(out, speakerOf);
  }

  private static boolean afterArticle(String text, int start) {
    int end = start;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
    int begin = end;
    while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) begin--;
    if (begin == end || end == start) return false;
    String word = text.substring(begin, end).toLowerCase(Locale.ROOT);
    return word.equals("the") || word.equals("a") || word.equals("an");
  }

  private Entry speaker(Parsed parsed, Span source, Map<String, Entry> people, List<Mention> mentions) {
    String text = parsed.text();
    String words = source.of(text).strip();
    String lower = words.toLowerCase(Locale.ROOT);
    // a person named inside the mention: the longest
    Mention named = null;
    for (Mention m : mentions)
      if (source.contains(m.span) && (named == null || m.span.length() > named.span.length())) named = m;
    if (named != null) {
      String role = strip(text.substring(source.start(), named.span.start()) + " " + text.substring(named.span.end(), source.end()));
      if (role.length() > 2 && role.chars().anyMatch(Character::isLowerCase)) named.entry.roles.add(role);
      return named.entry;
    }
    if (SINGULAR.contains(lower)) {
      Mention before = null;
      for (Mention m : mentions) if (m.span.end() <= source.start()) before = m;
      return before == null ? null : before.entry;
    }
    // an organisation or place named inside the mention
    for (Entity e : parsed.entities()) {
      if (!source.contains(e.span())) continue;
      if (e.type().equals("ORGANIZATION") || e.type().equals("LOCATION") || e.type().equals("CITY")
          || e.type().equals("COUNTRY") || e.type().equals("STATE_OR_PROVINCE")) {
        String name = clean(e.text());
        return people.computeIfAbsent(name, k -> new Entry(k, "organisation"));
      }
    }
    String head = lower.replaceAll("[^\\p{L}' ]", " ").trim();
    String[] ws = head.split("\\s+");
    String last = ws[ws.length - 1];
    // a role: the nearest person whose roles share its head noun, before the mention, else soon after
    Mention role = null;
    for (Mention m : mentions) {
      boolean fits = m.entry.roles.stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).matches(".*\\b" + Pattern.quote(last) + "\\b.*"));
      if (!fits) continue;
      if (m.span.end() <= source.start()) role = m;
      else if (role == null && m.span.start() - source.end() < 400) {
        role = m;
        break;
      }
    }
    if (role != null) {
      if (!DETERMINERS.contains(ws[0]) || ws.length > 2) role.entry.roles.add(strip(words));
      return role.entry;
    }
    if (PLURAL.contains(lower)) return null;
    String name = strip(words);
    if (name.isEmpty()) return null;
    boolean org = ORG_NOUNS.stream().anyMatch(o -> head.endsWith(o));
    boolean plural = last.endsWith("s") && !last.endsWith("ss") && ws.length <= 5;
    String kind = org ? "organisation" : plural ? "collective" : "person";
    return people.computeIfAbsent(name, k -> new Entry(k, kind));
  }

  /** A full name for a mention: itself when it has two words or more; a lone surname takes the nearest full name ending in it. */
  private static String canonical(String name, int at, Parsed parsed, List<Mention> before) {
    String[] w = name.split("\\s+");
    if (w.length >= 2) return name;
    for (int k = before.size() - 1; k >= 0; k--) {
      String full = before.get(k).entry.name;
      String[] fw = full.split("\\s+");
      if (fw.length >= 2 && fw[fw.length - 1].equals(name)) return full;
    }
    // named in full only later ("Lavrov ... Sergei Lavrov"): the first such name
    for (Entity e : parsed.entities()) {
      if (!e.type().equals("PERSON") || e.span().start() <= at) continue;
      String[] fw = clean(e.text()).split("\\s+");
      if (fw.length >= 2 && fw[fw.length - 1].equals(name)) return clean(e.text());
    }
    return name;
  }

  /** Role words right before a name in its sentence: "Russia's foreign minister", "NATO spokesman", "longtime pollster". */
  private static String roleBefore(Parsed parsed, Entity e) {
    Sentence s = parsed.sentences().get(e.sentence());
    List<Token> ts = s.tokens();
    int k = e.firstToken() - 1;
    int first = e.firstToken();
    boolean noun = false;
    while (k >= 0 && e.firstToken() - k <= 6) {
      Token t = ts.get(k);
      String tag = t.tag();
      boolean ok = tag.startsWith("NN") && !t.ner().equals("PERSON") || tag.equals("JJ") || tag.equals("POS") || tag.equals("VBN") && false;
      if (!ok) break;
      if (tag.equals("NN") || tag.equals("NNS") || tag.startsWith("NNP") && !Character.isUpperCase(t.word().charAt(0))) noun = true;
      if (tag.equals("NN") || tag.equals("NNS")) noun = true;
      first = k;
      k--;
    }
    if (!noun || first == e.firstToken()) return null;
    // "Russia 's" belongs with the role; a lone capitalised word before the name ("Sen.") is a title, still a role
    Span span = new Span(ts.get(first).span().start(), ts.get(e.firstToken() - 1).span().end());
    String role = strip(span.of(parsed.text()));
    return role.isEmpty() ? null : role;
  }

  private static String appositive(String text, int end) {
    Matcher m = APPOSITIVE.matcher(text.substring(end, Math.min(text.length(), end + 120)));
    return m.find() ? strip(m.group(1)) : null;
  }

  private static final Pattern APPOSITIVE_BEFORE = Pattern.compile("(?:^|[.!?]\\s+)(?:The|the|A|a|An|an)\\s+([\\p{Ll}][^,.;:!?\"“”]{1,60}),\\s*$");

  /** "The envoy, Lucia Brandt, ...": a description set off before the name. */
  private static String appositiveBefore(String text, int start) {
    Matcher m = APPOSITIVE_BEFORE.matcher(text.substring(Math.max(0, start - 80), start));
    return m.find() ? strip(m.group(1)) : null;
  }

  private static String clean(String name) {
    return name.replaceAll("[’']s$", "").replaceAll("\\s+", " ").strip();
  }

  /** Drops leading determiners and surrounding punctuation. */
  private static String strip(String s) {
    String out = s.replaceAll("\\s+", " ").strip().replaceAll("^[,;:\\s]+|[,;:\\s]+$", "");
    out = out.replaceAll("(?i)^(the|a|an)\\s+", "");
    return out.strip();
  }

  private record Mention(Span span, Entry entry) {}

  /** A person being collected; becomes a {@link Person} once the article is read. */
  private static final class Entry {
    final String name;
    final String kind;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> roles = new LinkedHashSet<>();

    Entry(String name, String kind) {
      this.name = name;
      this.kind = kind;
    }

    Person person() {
      return new Person(PersonIds.of(kind, name), name, kind, List.copyOf(aliases), List.copyOf(roles));
    }
  }
}
