package org.dateline.spark;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.dateline.json.Json;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Person;
import org.dateline.story.Linking;
import org.dateline.story.StoryLinker;
import scala.Tuple2;

/**
 * The corpus-wide pass over {@link ExtractJob}'s JSON Lines: people and their statements merged across articles
 * with the story layer's own logic, distributed by blocking. Every article goes to one block per (surname, month)
 * of the people it names; inside a block {@link StoryLinker} matches the people pairwise (name variants, roles,
 * co-occurrence) and merges the statements of the same utterance. A block keeps only the people of its own
 * surname, so a person is decided in exactly one block. Writes {@code OUT/people} and {@code OUT/statements}, one
 * JSON object a line ({@link Linking.GlobalPerson}, {@link Linking.MergedStatement}), ids prefixed with the month.
 *
 * <p>What blocking gives up: one person in two months is two people here, and a person named only by a
 * surname-less alias is not linked; both are what one {@code StoryLinker} run over a month's articles would also
 * decide per month.
 */
public final class LinkJob {
  /** What a run wrote. */
  public record Summary(long blocks, long people, long statements) {}

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
      System.err.printf("dateline: %d blocks, %d people, %d statements%n", s.blocks(), s.people(), s.statements());
    } finally {
      spark.stop();
    }
  }

  public Summary run(SparkSession spark, String records, String out) {
    JavaRDD<String> lines = spark.read().text(records).select("value").as(org.apache.spark.sql.Encoders.STRING()).javaRDD();
    JavaPairRDD<String, String> keyed = lines.flatMapToPair(json -> blockKeys(json).stream()
        .map(k -> new Tuple2<>(k, json)).iterator());
    // closures travel by Java serialization and the core's settings record is not Serializable: send its numbers
    double nearDuplicate = settings.nearDuplicate(), storySimilarity = settings.storySimilarity();
    int gapDays = settings.storyGapDays(), windowDays = settings.statementWindowDays();
    JavaRDD<Tuple2<String, String>> linked = keyed.groupByKey().flatMap(block -> linkBlock(
        new StoryLinker(new StoryLinker.Settings(nearDuplicate, storySimilarity, gapDays, windowDays)), block._1(),
        block._2()).iterator()).cache();
    try {
      JavaRDD<String> people = linked.filter(t -> t._1().equals("person")).map(Tuple2::_2);
      JavaRDD<String> statements = linked.filter(t -> t._1().equals("statement")).map(Tuple2::_2);
      spark.createDataset(people.rdd(), org.apache.spark.sql.Encoders.STRING()).write().mode(SaveMode.Overwrite).text(out + "/people");
      spark.createDataset(statements.rdd(), org.apache.spark.sql.Encoders.STRING()).write().mode(SaveMode.Overwrite).text(out + "/statements");
      return new Summary(keyed.keys().distinct().count(), people.count(), statements.count());
    } finally {
      linked.unpersist();
    }
  }

  /** The blocks an article goes to: {@code surname|month} for each person it names. */
  static Set<String> blockKeys(String json) throws java.io.IOException {
    ArticleRecord r = Json.mapper().readValue(json, ArticleRecord.class);
    String month = Months.of(r);
    Set<String> keys = new LinkedHashSet<>();
    for (Person p : r.people()) {
      String surname = StoryLinker.surnameKey(p.name());
      if (surname != null) keys.add(surname + "|" + month);
    }
    return keys;
  }

  /** One block through the linker; its people of the block's surname and their statements, as tagged JSON. */
  static List<Tuple2<String, String>> linkBlock(StoryLinker linker, String key, Iterable<String> jsons)
      throws java.io.IOException {
    String surname = key.substring(0, key.lastIndexOf('|'));
    String month = key.substring(key.lastIndexOf('|') + 1);
    List<ArticleRecord> articles = new ArrayList<>();
    for (String j : jsons) articles.add(Json.mapper().readValue(j, ArticleRecord.class));
    // the linker's single pass depends on input order; sort so a block's result does not depend on the shuffle
    articles.sort(java.util.Comparator.comparing(ArticleRecord::source));
    Linking linking = linker.link(articles);
    Set<String> kept = new LinkedHashSet<>();
    List<Tuple2<String, String>> out = new ArrayList<>();
    for (Linking.GlobalPerson p : linking.people()) {
      if (!surname.equals(StoryLinker.surnameKey(p.name()))) continue;
      kept.add(p.id());
      out.add(new Tuple2<>("person", Json.mapper().writeValueAsString(new Linking.GlobalPerson(month + "/" + p.id(),
          p.name(), p.kind(), p.aliases(), p.roles(), p.mentions()))));
    }
    for (Linking.MergedStatement s : linking.statements()) {
      if (s.speakerId() == null || !kept.contains(s.speakerId())) continue;
      out.add(new Tuple2<>("statement", Json.mapper().writeValueAsString(new Linking.MergedStatement(
          month + "/" + s.id(), null, month + "/" + s.speakerId(), s.kind(), s.text(), s.date(), s.firstOutlet(),
          s.variants()))));
    }
    return out;
  }
}
