/**
 * Who the speakers are. Data enters as the parsed body and the statements' speaker mentions (spans into the body)
 * and leaves as a {@link org.dateline.people.Cast}: one {@link org.dateline.model.Person} per person or speaking
 * body of the article (canonical name, aliases, roles as the text states them) and, per statement, which one spoke.
 * Ids come from {@link org.dateline.people.PersonIds}, so the same canonical name gets the same id in every article.
 */
package org.dateline.people;
