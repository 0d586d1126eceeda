package org.dateline.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dateline.model.ArticleRecord;

/**
 * The one corpus-linking pass every interface runs ({@code timeline}, the store's re-link behind {@code ingest},
 * {@code serve} and {@code export}, Spark's link job), so each shows the same stories, people and dates for the same
 * articles: link, let the stories date what the articles' own evidence left open ({@link StoryDates}), then link
 * again so stories and statements are built from the refined dates.
 *
 * <p>The linker decides in one pass whose outcome depends on input order; the pass links the articles in source
 * order, so the result depends on the set of articles only, not on the order a folder was walked or a store was
 * filled in.
 */
public final class LinkingPass {
  /** The articles, in the order given, with their refined dates; and the linking built from them. */
  public record Linked(List<ArticleRecord> articles, Linking linking) {
    public Linked {
      articles = List.copyOf(articles);
    }
  }

  private final Linker linker;
  private final StoryDates dates;

  public LinkingPass(Linker linker, StoryDates dates) {
    if (linker == null || dates == null) throw new IllegalArgumentException("linker and dates must not be null");
    this.linker = linker;
    this.dates = dates;
  }

  /** With {@code linker} and the story dater at the standard linker's statement window. */
  public LinkingPass(Linker linker) {
    this(linker, new StoryDates(StoryLinker.Settings.standard().statementWindowDays()));
  }

  public static LinkingPass standard() {
    return new LinkingPass(Linkers.standard());
  }

  public Linked link(List<ArticleRecord> articles) {
    if (articles == null) throw new IllegalArgumentException("articles must not be null");
    List<ArticleRecord> bySource = new ArrayList<>(articles);
    bySource.sort(Comparator.comparing(ArticleRecord::source));
    List<ArticleRecord> refined = dates.apply(bySource, linker.link(bySource));
    Linking linking = linker.link(refined);
    // back in the caller's order: a timeline lists a day's articles in input order
    java.util.Map<String, ArticleRecord> refinedBySource = new java.util.HashMap<>();
    for (ArticleRecord r : refined) refinedBySource.putIfAbsent(r.source(), r);
    List<ArticleRecord> out = new ArrayList<>(articles.size());
    for (ArticleRecord r : articles) {
      ArticleRecord d = refinedBySource.get(r.source());
      out.add(java.util.Objects.equals(d.published(), r.published()) && d.statements().equals(r.statements()) ? r : withPublished(r, d));
    }
    return new Linked(out, linking);
  }

  /** {@code r} with the dates the stories gave it and its statements. */
  private static ArticleRecord withPublished(ArticleRecord r, ArticleRecord dated) {
    return new ArticleRecord(r.source(), r.url(), r.outlet(), r.agency(), r.headline(), r.section(), r.byline(), r.dateline(),
        dated.published(), r.body(), r.removed(), r.people(), dated.statements(), r.times(), r.warnings(), r.sourceText());
  }
}
