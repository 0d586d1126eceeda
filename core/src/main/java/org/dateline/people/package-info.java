/**
 * Who the speakers are. Data enters as the parsed body and the statements' speaker mentions (spans into the body)
 * and leaves as a {@link org.dateline.people.Cast}: one {@link org.dateline.model.Person} per person or speaking
 * body of the article (canonical name, aliases, roles as the text states them) and, per statement, which one spoke.
 * Ids come from {@link org.dateline.people.PersonIds}, so the same canonical name gets the same id in every article.
 * What is a person is decided from the article's own evidence, not from lists of names: {@link
 * org.dateline.people.Places} finds the names the tagger called persons that the text uses as places, {@link
 * org.dateline.people.Roles} trims a role to its noun phrase, {@link org.dateline.people.Animacy} tells a thing
 * ("a banner") from a being ("a scientist") for speakers described rather than named. {@link
 * org.dateline.people.NameResolver} collects the names ({@code Names}, {@code RoleSpans}) and resolves each mention
 * ({@code SpeakerMentions}: a name inside it, a pronoun's antecedent by {@code Antecedents}, a named body, a
 * description by {@code Descriptions}).
 */
package org.dateline.people;
