package org.dateline.people;

import java.text.Normalizer;
import java.util.Locale;
import org.dateline.model.Person;

/** Ids for people that are the same for the same canonical name in every article of a run (and across runs). */
public final class PersonIds {
  private PersonIds() {}

  public static String of(Person.Kind kind, String canonicalName) {
    String folded = Normalizer.normalize(canonicalName, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
    return (kind == Person.Kind.PERSON ? "p-" : "o-") + folded;
  }
}
