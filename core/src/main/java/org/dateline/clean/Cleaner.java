package org.dateline.clean;

import org.dateline.read.RawPage;

/** Stage: a raw page to the clean article (body, removed chrome, metadata). Never throws on bad content. */
public interface Cleaner {
  CleanArticle clean(RawPage page);
}
