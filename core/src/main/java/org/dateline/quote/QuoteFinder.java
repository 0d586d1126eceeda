package org.dateline.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.nlp.Entity;
import org.dateline.nlp.Parsed;

/** Direct quotations in straight or curly double quotes, attributed by an adjacent "X said" or "said X". */
public final class QuoteFinder implements StatementFinder {
  private static final Pattern QUOTE = Pattern.compile("[\"“]([^\"”“]{2,}?)[\"”]");
  private static final Pattern CUE = Pattern.compile("\\b(said|says|added|told|asked|stated)\\b");

  @Override
  public List<Attribution> find(Parsed parsed) {
    String text = parsed.text();
    List<Attribution> out = new ArrayList<>();
    Matcher q = QUOTE.matcher(text);
    while (q.find()) {
      Span content = new Span(q.start(1), q.end(1));
      int windowEnd = Math.min(text.length(), q.end() + 60);
      Matcher c = CUE.matcher(text).region(q.end(), windowEnd);
      if (!c.find()) continue;
      Span cue = new Span(c.start(), c.end());
      Span speaker = null;
      for (Entity e : parsed.entities()) {
        if (!e.type().equals("PERSON")) continue;
        if (e.span().start() >= q.end() && e.span().end() <= Math.min(text.length(), cue.end() + 40)) {
          speaker = e.span();
          break;
        }
      }
      out.add(new Attribution(Statement.Kind.DIRECT, List.of(content), cue, speaker));
    }
    return out;
  }
}
