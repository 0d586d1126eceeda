package org.dateline.people;

import java.util.List;
import org.dateline.nlp.Parsed;
import org.dateline.quote.Attribution;

/** Stage: resolves speaker mentions to the people of the article. */
public interface SpeakerResolver {
  Cast resolve(Parsed parsed, List<Attribution> attributions);
}
