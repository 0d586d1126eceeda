/**
 * Cross-article linking: what the per-article stages cannot see. Data enters as the {@code ArticleRecord}s of a
 * run (or of everything stored); {@link org.dateline.story.StoryLinker} returns a {@link org.dateline.story.Linking}:
 * duplicate sets (MinHash over 5-word shingles; a set's canonical article is its earliest), stories (one pass in
 * date order, each article joining the most similar story near in time or starting one; a story's span is its
 * articles' known days, and an article with only a range, open below or not, is far from a story only when its whole
 * range is), global people (name keys that survive transliteration and initials; a bare surname joins the one person
 * of that surname in its own article, else in its story, else stands alone; a lone given name joins the one person
 * of its story with that given name whose surname its article also names) and
 * merged statements (same speaker, a time window, containment or word overlap; every variant kept with its
 * spans). Ids come from content, so linking a superset keeps them. {@link org.dateline.story.StoryDates} feeds the
 * story back into open publication dates; {@link org.dateline.story.Timeline} and
 * {@link org.dateline.story.TimelineFormat} present a story in date order. Nothing here loads NLP.
 */
package org.dateline.story;
