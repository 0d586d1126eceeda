package org.dateline.story;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.ArticleRecord;

/**
 * The standard {@link Linker}: near-duplicates by MinHash, people by name keys, stories by a single pass in date
 * order (each article joins the most similar open story or starts one, so a new article is linked the same way),
 * statements by speaker, time window and text similarity. Deterministic: the same input gives the same output, and
 * ids come from content (names, the earliest article's source), never from counters over the input.
 */
public final class StoryLinker implements Linker {

  /**
   * Thresholds. {@code nearDuplicate}: estimated Jaccard of 5-word shingles; {@code storySimilarity}: {@code StoryState.score} between
   * an article and a story; {@code storyGapDays}: days an article may lie outside a story's span and still join;
   * {@code statementWindowDays}: the most days between two reports of one utterance (when both are dated).
   */
  public record Settings(double nearDuplicate, double storySimilarity, int storyGapDays, int statementWindowDays) {
    public Settings {
      if (nearDuplicate <= 0 || nearDuplicate > 1) throw new IllegalArgumentException("nearDuplicate must be in (0, 1], was " + nearDuplicate);
      if (storySimilarity <= 0 || storySimilarity > 1) throw new IllegalArgumentException("storySimilarity must be in (0, 1], was " + storySimilarity);
      if (storyGapDays < 0) throw new IllegalArgumentException("storyGapDays must be at least 0, was " + storyGapDays);
      if (statementWindowDays < 0) throw new IllegalArgumentException("statementWindowDays must be at least 0, was " + statementWindowDays);
    }

    public static Settings standard() {
      return new Settings(0.8, 0.12, 21, 7);
    }
  }

  private final Settings settings;

  public StoryLinker() {
    this(Settings.standard());
  }

  public StoryLinker(Settings settings) {
    if (settings == null) throw new IllegalArgumentException("settings must not be null");
    this.settings = settings;
  }

  /**
   * Links in one written-down order: copies first (a copy is linked as its canonical article), then people (story
   * features name them by global id), stories, bare surnames inside their stories (which renames people), and last
   * the stories as read and their merged statements, both by the people as renamed.
   */
  @Override
  public Linking link(List<ArticleRecord> articles) {
    if (articles == null) throw new IllegalArgumentException("articles must not be null");
    Corpus corpus = new Corpus(articles);
    Duplicates copies = new Duplicates(corpus, settings.nearDuplicate());
    PeopleClusters people = new PeopleClusters(corpus);
    people.people();
    StoryFeatures features = new StoryFeatures(corpus, people);
    StoryGrouping grouping = new StoryGrouping(corpus, copies.canonicalOf, features, settings);
    people.resolveBare(grouping.storyOf);
    StoryLabels labels = new StoryLabels(corpus, people, features);
    List<Linking.Story> stories = new ArrayList<>();
    for (StoryState state : grouping.stories) stories.add(labels.story(state));
    List<Linking.MergedStatement> statements =
        new StatementMerger(corpus, copies.canonicalOf, grouping.storyOf, people, settings.statementWindowDays()).statements(stories);
    return new Linking(stories, people.people, statements, copies.sets);
  }

  /** A label a reader understands: {@link StoryLabels#label}. */
  static String label(List<String> actors, String subject, List<String> topic) {
    return StoryLabels.label(actors, subject, topic);
  }

  /**
   * The surname key two mentions of one person share, whatever the spelling of the given name, title or
   * diacritics ("Dr. Andrei Vetrov", "Vetrov" → "vetrov"); null when {@code name} is not a person's name. It is
   * the blocking key a distributed run groups people by before matching them pairwise with {@link #link}.
   */
  public static String surnameKey(String name) {
    Names.Name n = Names.parse(name);
    return n == null ? null : n.last();
  }
}
