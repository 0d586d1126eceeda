package org.dateline.eval;

import java.util.List;
import org.dateline.model.Span;

/** One attribution as a system or an annotator marks it: content, cue and source, each possibly several pieces (empty: absent). */
public record GoldAttribution(List<Span> content, List<Span> cue, List<Span> source) {
  public GoldAttribution {
    content = List.copyOf(content);
    cue = List.copyOf(cue);
    source = List.copyOf(source);
  }
}
