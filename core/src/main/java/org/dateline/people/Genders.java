package org.dateline.people;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a pronoun can stand for a named person, by sex as far as the article shows it: "she" never takes a man
 * named before her, "he" never a woman. A name's sex is its title ("Mr.", "Mrs.", "Ms.") or its first name when CoreNLP's
 * first-name lists (in the models jar already on the class path) give it one sex only; anything else is unknown and
 * can be anyone.
 */
final class Genders {
  private Genders() {}

  enum Sex { MALE, FEMALE, UNKNOWN }

  private static final class Lists {
    static final Set<String> male = ModelWords.read("edu/stanford/nlp/models/gender/male_first_names.txt");
    static final Set<String> female = ModelWords.read("edu/stanford/nlp/models/gender/female_first_names.txt");
  }

  private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");
  private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");
  private static final Set<String> MALE_TITLES = Set.of("mr", "mr.");
  private static final Set<String> FEMALE_TITLES = Set.of("mrs", "mrs.", "ms", "ms.", "miss");

  static Sex ofPronoun(String pronoun) {
    String w = pronoun.strip().toLowerCase(Locale.ROOT);
    return MALE_PRONOUNS.contains(w) ? Sex.MALE : FEMALE_PRONOUNS.contains(w) ? Sex.FEMALE : Sex.UNKNOWN;
  }

  /** The sex of the person named at {@code m}: a title before the name or in it, else the entry's first name. */
  static Sex ofName(String text, Mention m) {
    Sex titled = ofTitle(Places.lowerWordBefore(text, m.span().start()));
    if (titled != Sex.UNKNOWN) return titled;
    String[] words = m.entry().name.split("\\s+");
    titled = ofTitle(words[0].toLowerCase(Locale.ROOT));
    if (titled != Sex.UNKNOWN || words.length < 2) return titled;
    String first = words[0].toLowerCase(Locale.ROOT);
    boolean male = Lists.male.contains(first), female = Lists.female.contains(first);
    return male == female ? Sex.UNKNOWN : male ? Sex.MALE : Sex.FEMALE;
  }

  /** Whether the two are known and differ. */
  static boolean clash(Sex a, Sex b) {
    return a != Sex.UNKNOWN && b != Sex.UNKNOWN && a != b;
  }

  private static Sex ofTitle(String word) {
    return MALE_TITLES.contains(word) ? Sex.MALE : FEMALE_TITLES.contains(word) ? Sex.FEMALE : Sex.UNKNOWN;
  }
}
