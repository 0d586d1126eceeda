package org.dateline.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Evidence;
import org.dateline.model.Published;

/**
 * Articles still open at either end after the story's other evidence (no lower bound, or an upper bound that is only
 * the clock or the fetch), bounded there by how far the linker lets a member lie from its story's dated articles:
 * {@code gapDays} (21), or {@link StoryGrouping#ACTORS_GAP_DAYS} (half a year) for an article naming two or more of
 * the story's main actors (people named in at least half of its articles). A dated article further away would not
 * have joined the story, so an undated member is no further away either. Candidate days are left to the story span
 * ({@code StoryDates#spanDay}); a bound the article's own evidence gives is kept, a range it puts outside the reach is
 * left as it is (the article is trusted over the linker), and the reach never leaves one day.
 *
 * <p>Why: the first sample story's two undated follow-ups (a hydrologist's warning, a farmers' blockade) write no
 * year and no event's day, only "on Wednesday" and "on Sunday"; their range was open below, and their statements
 * undated in the timeline and the web UI.
 */
final class StoryReach {
  private final int gapDays;

  StoryReach(int gapDays) {
    if (gapDays < 0) throw new IllegalArgumentException("gapDays must be at least 0, was " + gapDays);
    this.gapDays = gapDays;
  }

  List<ArticleRecord> apply(List<ArticleRecord> articles, Map<String, Linking.Story> storyOf, Linking linking) {
    Map<Linking.Story, LocalDate[]> span = datedSpans(articles, storyOf);
    Map<String, Set<String>> peopleOf = new HashMap<>(); // source -> global person ids it names
    for (Linking.GlobalPerson g : linking.people())
      if (g.id().startsWith("p-")) for (Linking.ArticlePerson m : g.mentions()) peopleOf.computeIfAbsent(m.source(), k -> new HashSet<>()).add(g.id());
    List<ArticleRecord> out = new ArrayList<>(articles.size());
    for (ArticleRecord r : articles) {
      Published p = r.published() == null ? Published.unknown() : r.published();
      Linking.Story story = storyOf.get(r.source());
      LocalDate[] s = span.get(story);
      if (p.date() != null || s == null || !p.candidates().isEmpty()) {
        out.add(r);
        continue;
      }
      Set<String> named = peopleOf.getOrDefault(r.source(), Set.of());
      long actors = mainActors(story, peopleOf).stream().filter(named::contains).count();
      int reach = actors >= StoryGrouping.MAIN_ACTORS ? StoryGrouping.ACTORS_GAP_DAYS : gapDays;
      LocalDate from = s[0].minusDays(reach), to = s[1].plusDays(reach);
      // only the ends the article's own evidence leaves open: no lower bound, an upper bound that is only the clock
      // (or the fetch); a bound the text gives is the article's, and the reach never pins a day
      boolean openAbove = p.latest() == null || ((p.basis().has(Evidence.CLOCK) || p.basis().has(Evidence.FETCH_DATE))
          && !p.basis().has(Evidence.STORY_EVENTS) && !p.basis().has(Evidence.STORY_STATEMENTS));
      LocalDate lo = p.earliest() == null ? from : p.earliest();
      LocalDate hi = openAbove && (p.latest() == null || p.latest().isAfter(to)) ? to : p.latest();
      boolean narrower = !lo.equals(p.earliest()) || !hi.equals(p.latest());
      out.add(!narrower || !lo.isBefore(hi) ? r : StoryDates.withPublished(r, p.narrowed(lo, hi, p.basis().plus(Evidence.STORY_REACH))));
    }
    return out;
  }

  /** The people named in at least half of the story's articles. */
  private static Set<String> mainActors(Linking.Story story, Map<String, Set<String>> peopleOf) {
    Map<String, Integer> count = new HashMap<>();
    for (String a : story.articles()) for (String id : peopleOf.getOrDefault(a, Set.of())) count.merge(id, 1, Integer::sum);
    Set<String> main = new HashSet<>();
    count.forEach((id, n) -> {
      if (2 * n >= story.articles().size()) main.add(id);
    });
    return main;
  }

  /** Each story's first and last day among its articles with a day. */
  private static Map<Linking.Story, LocalDate[]> datedSpans(List<ArticleRecord> articles, Map<String, Linking.Story> storyOf) {
    Map<Linking.Story, LocalDate[]> span = new HashMap<>();
    for (ArticleRecord r : articles) {
      Linking.Story s = storyOf.get(r.source());
      LocalDate d = r.published() == null ? null : r.published().date();
      if (s == null || d == null) continue;
      LocalDate[] fl = span.computeIfAbsent(s, k -> new LocalDate[] {d, d});
      if (d.isBefore(fl[0])) fl[0] = d;
      if (d.isAfter(fl[1])) fl[1] = d;
    }
    return span;
  }
}
