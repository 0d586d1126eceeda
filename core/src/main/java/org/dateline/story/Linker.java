package org.dateline.story;

import java.util.List;
import org.dateline.model.ArticleRecord;

/**
 * Stage over a whole corpus: which articles are copies of one another, which form one developing story, which
 * people are one person across outlets and spellings, which statements are one utterance reported several times.
 * Ids in the result are stable: linking a superset of the articles keeps the ids of what was already linked.
 */
public interface Linker {
  Linking link(List<ArticleRecord> articles);
}
