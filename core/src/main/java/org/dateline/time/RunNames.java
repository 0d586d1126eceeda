package org.dateline.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.CalendarWords;

/**
 * The rare names (capitalised words few articles of the run use) each article shares with the dated articles of the
 * run, so that a follow-up can be told by the story it continues: an article about the same people and places as
 * one dated three days away is very likely from that year. Used only to choose between the two readings a weekday
 * allows (its own day, or the day before), never to date an article on its own.
 */
final class RunNames {
  /** Dated articles this many days either side of a reading count as its story. */
  static final int STORY_DAYS = 3;
  /** A name used by more articles of the run than this is common (a capital, a leader) and tells nothing. */
  static final int RARE = 10;
  private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]{2,}");
  private static final Set<String> NOT_NAMES = Set.of("The", "This", "That", "These", "Those");

  private final List<Set<String>> names = new ArrayList<>();
  private final Map<String, Integer> articlesUsing = new HashMap<>();
  private final List<Dated> run;

  RunNames(List<Dated> run) {
    this.run = run;
    for (Dated d : run) {
      Set<String> s = names(d.article().body().text());
      names.add(s);
      for (String n : s) articlesUsing.merge(n, 1, Integer::sum);
    }
  }

  static Set<String> names(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = NAME.matcher(text);
    while (m.find())
      if (!NOT_NAMES.contains(m.group()) && !CalendarWords.ALL.contains(m.group().toLowerCase(Locale.ROOT))) out.add(m.group());
    return out;
  }

  /**
   * How strongly article {@code i} continues a story dated around {@code day}: over the exact-dated articles within
   * {@link #STORY_DAYS} of it, the best sum of the rarity (log of run size over articles using it) of the rare
   * names shared.
   */
  double support(int i, LocalDate day) {
    double best = 0;
    for (int j = 0; j < run.size(); j++) {
      LocalDate other = run.get(j).published().date();
      if (j == i || other == null || Math.abs(ChronoUnit.DAYS.between(day, other)) > STORY_DAYS) continue;
      double s = 0;
      for (String n : names.get(i)) {
        int used = articlesUsing.get(n);
        if (used <= RARE && names.get(j).contains(n)) s += Math.log((double) run.size() / used);
      }
      best = Math.max(best, s);
    }
    return best;
  }
}
