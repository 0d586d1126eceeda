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
import org.dateline.model.Span;

/**
 * The passages an article shares word for word with the dated articles of its run: agencies rewrite a story as it
 * develops and keep whole sentences of the earlier versions ("the 16 miners trapped by Wednesday's landslide"), while
 * a story of the same kind a year apart (the same tournament, the same conflict) shares names but seldom ten words in
 * a row. Shared names ({@link RunNames}) name the topic; a shared passage names the story.
 */
final class RunPassages {
  /** Words in a row that make one shingle. */
  static final int WORDS = 5;
  /** A shingle used by more articles of the run than this is house style ("stock markets climbed in opening deals"). */
  static final int RARE = 3;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final List<Set<Long>> shingles = new ArrayList<>();
  private final Map<Long, Integer> articlesUsing = new HashMap<>();
  private final List<Dated> run;

  RunPassages(List<Dated> run) {
    this.run = run;
    for (Dated d : run) {
      Set<Long> s = shingles(afterDateline(d.article().body().text(), d.article().body().bodyParagraphs()));
      shingles.add(s);
      for (long h : s) articlesUsing.merge(h, 1, Integer::sum);
    }
  }

  /**
   * The text after the dateline (all of it when there is none): a yearless dateline ("BEIJING, Nov. 12 (Xinhua)")
   * is the same in every year and must not count as a shared passage.
   */
  static String afterDateline(String text, List<Span> paragraphs) {
    for (Span p : paragraphs.subList(0, Math.min(3, paragraphs.size()))) {
      Datelines.Found found = Datelines.at(text, p.start());
      if (found != null && found.span().end() <= p.end()) return text.substring(found.span().end());
    }
    return text;
  }

  /** Hashes of the runs of {@link #WORDS} words of {@code text}, lower-cased. */
  static Set<Long> shingles(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) words.add(m.group());
    Set<Long> out = new HashSet<>();
    for (int i = 0; i + WORDS <= words.size(); i++) {
      long h = 1125899906842597L;
      for (int k = i; k < i + WORDS; k++) h = 31 * h + words.get(k).hashCode() * 0x9E3779B97F4A7C15L + 1;
      out.add(h);
    }
    return out;
  }

  /**
   * How much of article {@code i} a story dated around {@code day} already told: over the exact-dated articles within
   * {@code days} of it, the most rare shingles shared with one of them (a passage of n words shares n - 4).
   */
  int shared(int i, LocalDate day, int days) {
    int best = 0;
    for (int j = 0; j < run.size(); j++) {
      LocalDate other = run.get(j).published().date();
      if (j == i || other == null || Math.abs(ChronoUnit.DAYS.between(day, other)) > days) continue;
      int n = 0;
      for (long h : shingles.get(i)) if (articlesUsing.get(h) <= RARE && shingles.get(j).contains(h)) n++;
      best = Math.max(best, n);
    }
    return best;
  }
}
