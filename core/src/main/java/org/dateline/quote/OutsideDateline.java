package org.dateline.quote;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.BodyText;
import org.dateline.model.Span;

/**
 * The last rule over the statements of an article: none holds its dateline. A statement whose speaker is the
 * dateline's place ("Korven : Valdoria's minister said …", the place read as a headline-style speaker) is no
 * statement, and content that starts inside the dateline starts after it. Spans are into {@code body}'s text; the
 * dateline is a span of the source text, which {@link BodyText#toSource} maps to.
 */
public final class OutsideDateline {
  private OutsideDateline() {}

  public static List<Attribution> apply(List<Attribution> found, BodyText body, Span dateline) {
    if (dateline == null) return found;
    List<Attribution> out = new ArrayList<>(found.size());
    for (Attribution at : found) {
      if (at.source() != null && dateline.contains(body.toSource(at.source()))) continue;
      List<Span> content = new ArrayList<>();
      for (Span c : at.content()) {
        Span s = body.toSource(c);
        if (!s.overlaps(dateline)) content.add(c);
        else if (s.end() > dateline.end()) content.add(new Span(c.end() - (s.end() - dateline.end()), c.end()));
      }
      if (!content.isEmpty()) out.add(new Attribution(at.kind(), content, at.cue(), at.source(), at.referent()));
    }
    return out;
  }
}
