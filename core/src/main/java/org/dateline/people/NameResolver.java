package org.dateline.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Person;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.nlp.Entity;
import org.dateline.nlp.Parsed;
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
 * affiliation, said either way ("Valdoria's envoy" is the "Valdorian envoy"); a title before a name is a role
 * ("Mayor Ilse Varga", "Sen." written out as "Senator"), and a description naming a party or nationality is the one
 * person the article gives it to ({@link Affiliations}). A speaker named by proper nouns the tagger put in no entity
 * is a name ({@link UntaggedNames}), never a role; "you" or "anyone" is nobody. A joint mention ("Vetrov and Marren")
 * gives every speaker. A name the mention only mentions ("Jan Holm, replying to Vetrov"; "the spokesman for Andrei
 * Vetrov, Jan Holm"), as the object of a preposition, is passed over for the one who speaks.
 *
 * <p>This class collects the article's names ({@link Names}, roles from {@link RoleSpans}) and resolves each
 * speaker mention with {@link SpeakerMentions}, which applies, in order, a name inside the mention, a pronoun's
 * antecedent ({@link Antecedents}), a named place or organisation, and a description ({@link Descriptions}).
 */
public final class NameResolver implements SpeakerResolver {
  @Override
  public Cast resolve(Parsed parsed, List<Attribution> attributions) {
    String text = parsed.text();
    Set<String> places = Places.of(parsed);
    Set<String> locations = new HashSet<>();
    for (Entity e : parsed.entities())
      if (Places.LOCATION_TYPES.contains(e.type())) locations.add(Names.clean(e.text()).toLowerCase(Locale.ROOT));
    locations.addAll(places);
    List<Names.Named> named = Names.of(parsed);
    Map<String, Entry> people = new LinkedHashMap<>(); // canonical name -> entry
    List<Mention> mentions = new ArrayList<>(); // person mentions in text order
    for (Names.Named n : named) {
      Entity e = n.entity();
      String name = n.name();
      String lower = name.toLowerCase(Locale.ROOT);
      // the entity-mention annotator also marks pronouns as PERSON; those are resolved, not people
      if (name.isEmpty() || Names.SINGULAR.contains(lower) || Names.PLURAL.contains(lower)) continue;
      if (Names.afterArticle(text, e.span().start())) continue;
      if (places.contains(lower)) continue;
      String canonical = Names.canonical(name, e.span().start(), named, mentions);
      Entry entry = people.computeIfAbsent(canonical, k -> new Entry(k, Person.Kind.PERSON));
      if (!name.equals(canonical)) entry.aliases.add(name);
      if (n.alias() != null) entry.aliases.add(n.alias());
      if (Places.TITLES.contains(Places.lowerWordBefore(text, e.span().start()))) entry.titled = true;
      entry.addRole(Roles.of(parsed, RoleSpans.before(parsed, e, places), places));
      entry.addRole(Roles.of(parsed, RoleSpans.appositive(text, e.span().end()), places));
      entry.addRole(Roles.of(parsed, RoleSpans.appositiveBefore(text, e.span().start()), places));
      mentions.add(new Mention(e.span(), e.sentence(), entry));
    }
    List<Span> quoted = new ArrayList<>();
    for (Attribution a : attributions) if (a.kind() == Statement.Kind.DIRECT) quoted.addAll(a.content());
    ArticleNames article = new ArticleNames(parsed, people, mentions, places, locations, quoted);
    List<Entry> speakers = new ArrayList<>();
    List<List<Entry>> joint = new ArrayList<>();
    for (Attribution a : attributions) {
      List<Entry> all = a.referent() == null ? List.of() : SpeakerMentions.joint(article, a.referent());
      joint.add(all);
      speakers.add(!all.isEmpty() ? all.get(0) : a.referent() == null ? null : SpeakerMentions.speaker(article, a.referent()));
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
}
