package org.dateline.clean;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Dateline;
import org.dateline.model.Span;

/** What the text cleaner reads from a page's lines besides its body, filled as the lines are read. */
final class TextFindings {
  String outlet, agency, headline, section, byline;
  Dateline dateline;
  Span datelineSpan;
  final List<DateHint> hints = new ArrayList<>();

  ArticleMeta meta() {
    return new ArticleMeta(outlet, agency, headline, section, byline, dateline, datelineSpan, hints);
  }
}
