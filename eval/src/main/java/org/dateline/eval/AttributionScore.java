package org.dateline.eval;

import java.util.List;
import org.dateline.model.Span;

/** Content, cue and source scores over a set of articles, and how often a found content has the right speaker. */
public final class AttributionScore {
  public final SpanScore content = new SpanScore();
  public final SpanScore cue = new SpanScore();
  public final SpanScore source = new SpanScore();
  private long matchedContents, rightSpeaker;

  public void add(String text, List<GoldAttribution> system, List<GoldAttribution> gold) {
    content.add(text, SpanScore.field(system, GoldAttribution::content), SpanScore.field(gold, GoldAttribution::content));
    cue.add(text, SpanScore.field(system, GoldAttribution::cue), SpanScore.field(gold, GoldAttribution::cue));
    source.add(text, SpanScore.field(system, GoldAttribution::source), SpanScore.field(gold, GoldAttribution::source));
    boolean[] used = new boolean[gold.size()];
    for (GoldAttribution s : system) {
      int best = -1;
      long bestOverlap = 0;
      for (int g = 0; g < gold.size(); g++) {
        if (used[g] || !SpanScore.lenientMatch(text, s.content(), gold.get(g).content())) continue;
        long o = SpanScore.overlap(s.content(), gold.get(g).content());
        if (o > bestOverlap) {
          best = g;
          bestOverlap = o;
        }
      }
      if (best < 0) continue;
      used[best] = true;
      matchedContents++;
      List<Span> gs = gold.get(best).source();
      boolean right = gs.isEmpty() ? s.source().isEmpty()
          : !s.source().isEmpty() && SpanScore.lenientMatch(text, s.source(), gs);
      if (right) rightSpeaker++;
    }
  }

  /** Share of system contents that match a gold content and whose source matches that attribution's source. */
  public double speakerRight() {
    return matchedContents == 0 ? 0 : (double) rightSpeaker / matchedContents;
  }

  public long matchedContents() {
    return matchedContents;
  }
}
