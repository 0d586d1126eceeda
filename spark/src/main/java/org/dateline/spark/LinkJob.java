package org.dateline.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.dateline.json.Json;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Published;
import org.dateline.story.Linking;
import org.dateline.story.LinkingPass;
import org.dateline.story.StoryDates;
import org.dateline.story.StoryLinker;
import scala.Tuple2;

/**
 * The corpus-wide pass over {@link ExtractJob}'s JSON Lines: the one {@link LinkingPass} every other interface runs
 * (link, date stories, link again), so the stories, people and dates it writes are the ones {@code dateline timeline}
 * and the store show for the same articles. Writes {@code OUT/stories} ({@link Linking.Story}), {@code OUT/articles}
 * ({@link ArticleDate}: each article's date as the pass refined it), {@code OUT/people}
 * ({@link Linking.GlobalPerson}) and {@code OUT/statements} ({@link Linking.MergedStatement}), one JSON object a line.
 *
 * <p>The pass is one task: a story, a person or a repeated statement can join any two articles of the corpus, so
 * the linker sees them all at once, as {@code dateline ingest} does on one machine (its memory bound: about 10,000
 * articles a second and a few hundred MB per 100,000 records, docs/scale.md). Extraction, the expensive part,
 * stays distributed.
 */
public final class LinkJob {
  /** What a run wrote. */
  public record Summary(long stories, long people, long statements) {}

  /** An article's date after the pass: the day, or the range it lies in. */
  public record ArticleDate(String source, Published published) {}

  private final StoryLinker.Settings settings;

  public LinkJob(StoryLinker.Settings settings) {
    if (settings == null) throw new IllegalArgumentException("settings must not be null");
    this.settings = settings;
  }

  /** {@code LinkJob RECORDS OUT}: RECORDS is ExtractJob's {@code OUT/jsonl} directory. */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: LinkJob RECORDS OUT (RECORDS: the extract job's OUT/jsonl)");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("dateline-link").getOrCreate();
    try {
      Summary s = new LinkJob(StoryLinker.Settings.standard()).run(spark, args[0], args[1]);
      System.err.printf("dateline: %d stories, %d people, %d statements%n", s.stories(), s.people(), s.statements());
    } finally {
      spark.stop();
    }
  }

  public Summary run(SparkSession spark, String records, String out) {
    JavaRDD<String> lines = spark.read().text(records).select("value").as(Encoders.STRING()).javaRDD();
    // closures travel by Java serialization and the core's settings record is not Serializable: send its numbers
    double nearDuplicate = settings.nearDuplicate(), storySimilarity = settings.storySimilarity();
    int gapDays = settings.storyGapDays(), windowDays = settings.statementWindowDays();
    JavaRDD<Tuple2<String, String>> linked = lines.coalesce(1).mapPartitions((Iterator<String> jsons) -> link(
        new StoryLinker.Settings(nearDuplicate, storySimilarity, gapDays, windowDays), jsons).iterator()).cache();
    try {
      long[] counts = new long[3];
      int i = 0;
      for (String kind : List.of("story", "article", "person", "statement")) {
        JavaRDD<String> rows = linked.filter(t -> t._1().equals(kind)).map(Tuple2::_2);
        spark.createDataset(rows.rdd(), Encoders.STRING()).write().mode(SaveMode.Overwrite).text(out + "/" + dir(kind));
        if (!kind.equals("article")) counts[i++] = rows.count();
      }
      return new Summary(counts[0], counts[1], counts[2]);
    } finally {
      linked.unpersist();
    }
  }

  private static String dir(String kind) {
    return kind.equals("person") ? "people" : kind.equals("story") ? "stories" : kind + "s";
  }

  /** All records through the one linking pass, as tagged JSON lines. */
  static List<Tuple2<String, String>> link(StoryLinker.Settings settings, Iterator<String> jsons) throws java.io.IOException {
    List<ArticleRecord> articles = new ArrayList<>();
    while (jsons.hasNext()) articles.add(Json.mapper().readValue(jsons.next(), ArticleRecord.class));
    LinkingPass.Linked linked = new LinkingPass(new StoryLinker(settings), new StoryDates(settings.statementWindowDays()))
        .link(articles);
    List<Tuple2<String, String>> out = new ArrayList<>();
    for (Linking.Story s : linked.linking().stories()) out.add(new Tuple2<>("story", Json.mapper().writeValueAsString(s)));
    for (ArticleRecord r : linked.articles())
      out.add(new Tuple2<>("article", Json.mapper().writeValueAsString(new ArticleDate(r.source(), r.published()))));
    for (Linking.GlobalPerson p : linked.linking().people()) out.add(new Tuple2<>("person", Json.mapper().writeValueAsString(p)));
    for (Linking.MergedStatement m : linked.linking().statements())
      out.add(new Tuple2<>("statement", Json.mapper().writeValueAsString(m)));
    return out;
  }
}
