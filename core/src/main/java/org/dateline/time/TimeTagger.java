package org.dateline.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.BodyText;
import org.dateline.model.Published;
import org.dateline.model.TimeExpression;
import org.dateline.nlp.Parsed;
import org.dateline.nlp.Timex;
import org.dateline.quote.Attribution;

/** Temporal expressions of the body mapped to the source, and the date each statement was made. */
public class TimeTagger {

  public List<TimeExpression> times(Parsed parsed, BodyText body) {
    List<TimeExpression> out = new ArrayList<>();
    for (Timex t : parsed.timexes()) out.add(new TimeExpression(t.text(), body.toSource(t.span()), t.value()));
    return out;
  }

  /** The date a statement was made: by default the publication date when that is one day, else unknown. */
  public LocalDate dateOf(Attribution attribution, Parsed parsed, Published published) {
    return published.date();
  }
}
