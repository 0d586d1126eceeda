package org.dateline.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dateline.json.Json;
import org.dateline.model.ArticleRecord;
import org.dateline.pipeline.Engine;
import org.dateline.pipeline.RunListener;
import org.dateline.pipeline.Runner;
import org.dateline.read.Inputs;
import org.dateline.story.Linking;
import org.dateline.story.LinkingPass;
import org.dateline.story.StoryLinker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job in local[2] against the single-machine runner (what {@code dateline extract} runs) on the sample WARC. */
class ExtractJobTest {
  static final String SAMPLE = Path.of("../samples/warc/sample.warc.gz").toAbsolutePath().normalize().toString();
  static final String TEXT = Path.of("../samples/text").toAbsolutePath().normalize().toString();
  static final String HTML = Path.of("../samples/html").toAbsolutePath().normalize().toString();
  static SparkSession spark;

  @TempDir static Path out;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("dateline-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) spark.stop();
  }

  @Test
  void sameRecordsAsTheSingleMachineRunnerAndTheSamePeopleAsOneLinkerRun() throws IOException {
    // the single-machine path: the runner dateline extract uses, with the same JSON writer
    List<String> expected = extract(List.of(SAMPLE), new ArrayList<>());
    assertThat(expected).isNotEmpty();

    ExtractJob.Summary s = new ExtractJob(Inputs.DEFAULT_MAX_BYTES).run(spark, List.of(SAMPLE), out.resolve("x").toString());
    List<String> actual = lines(out.resolve("x/jsonl"));
    assertThat(actual).hasSameSizeAs(expected);
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(s.articles()).isEqualTo(expected.size());
    assertThat(spark.read().parquet(out.resolve("x/parquet").toString()).count()).isEqualTo(expected.size());
    // each record sits in its month's partition
    for (String json : expected) {
      String month = Months.of(Json.mapper().readValue(json, ArticleRecord.class));
      assertThat(lines(out.resolve("x/jsonl/month=" + month))).contains(json);
    }

    // the link job's people against the one linking pass over the same records on one machine
    List<ArticleRecord> records = new ArrayList<>();
    for (String json : expected) records.add(Json.mapper().readValue(json, ArticleRecord.class));
    Set<String> onePass = new TreeSet<>();
    for (Linking.GlobalPerson p : LinkingPass.standard().link(records).linking().people()) onePass.add(person(p));
    LinkJob.Summary linked = new LinkJob(StoryLinker.Settings.standard()).run(spark, out.resolve("x/jsonl").toString(), out.resolve("l").toString());
    Set<String> distributed = new TreeSet<>();
    for (String json : lines(out.resolve("l/people"))) distributed.add(person(Json.mapper().readValue(json, Linking.GlobalPerson.class)));
    assertThat(linked.people()).isPositive();
    assertThat(distributed).isEqualTo(onePass);
    // the records lie in two month partitions (February and March): one pass over all of them, so a person quoted
    // in both months is one person
    java.util.Map<String, String> monthOf = new java.util.HashMap<>();
    for (ArticleRecord r : records) monthOf.put(r.source(), Months.of(r));
    assertThat(new TreeSet<>(monthOf.values())).hasSizeGreaterThan(1);
    List<Linking.GlobalPerson> people = new ArrayList<>();
    for (String json : lines(out.resolve("l/people"))) people.add(Json.mapper().readValue(json, Linking.GlobalPerson.class));
    assertThat(people).anyMatch(p -> p.mentions().stream().map(m -> monthOf.get(m.source())).distinct().count() > 1);
    // a statement whose speaker was not resolved ("neither side signalled ...") is kept
    Set<String> variants = new TreeSet<>();
    for (String json : lines(out.resolve("l/statements")))
      for (Linking.Variant v : Json.mapper().readValue(json, Linking.MergedStatement.class).variants())
        variants.add(v.text());
    int unresolved = 0;
    for (ArticleRecord r : records)
      for (int i = 0; i < r.statements().size(); i++)
        if (r.statements().get(i).speaker() == null || r.statements().get(i).speaker().id() == null) {
          unresolved++;
          assertThat(variants).contains(r.statements().get(i).text()); // a wire copy's repeat counts once
        }
    assertThat(unresolved).isPositive();
  }

  @Test
  void aFolderOfSinglePageFilesIsDatedAcrossTheRunAsDatelineExtractDatesIt() throws IOException {
    // eleven pages, one a file, so eleven tasks: two of them are dated only by the years the run's other pages pin
    List<String> in = List.of(TEXT, HTML);
    List<String> failed = new ArrayList<>();
    List<String> expected = extract(in, failed);
    assertThat(expected).hasSize(11);
    assertThat(expected.stream().filter(j -> j.contains("run-years"))).hasSize(2);

    ExtractJob.Summary s = new ExtractJob(Inputs.DEFAULT_MAX_BYTES).run(spark, in, out.resolve("folders").toString());
    assertThat(s.tasks()).isEqualTo(11);
    assertThat(lines(out.resolve("folders/jsonl"))).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(lines(out.resolve("folders/failures"))).containsExactlyInAnyOrderElementsOf(failed);
    // the two pages the run dated sit in their month, not in month=unknown
    for (String json : expected.stream().filter(j -> j.contains("run-years")).toList()) {
      String month = Months.of(Json.mapper().readValue(json, ArticleRecord.class));
      assertThat(month).isNotEqualTo(Months.UNKNOWN);
      assertThat(lines(out.resolve("folders/jsonl/month=" + month))).contains(json);
    }
  }

  @Test
  void aWarcFileSplitAcrossTasksGivesTheRecordsAndFailuresOfOneTask(@TempDir Path dir) throws IOException {
    // twelve invented pages with an empty one between the sixth and the seventh (a failure mid-file): slices of
    // 3 pages, so 4 tasks
    List<Path> halves = SyntheticWarc.write(dir.resolve("parts"), 12, 2, 7);
    Path warc = dir.resolve("crawl.warc.gz");
    Files.write(warc, Files.readAllBytes(halves.get(0)));
    SyntheticWarc.appendEmptyPage(warc, URI.create("https://harbourledger.example/news/2025-05-02/empty"));
    // gzip members concatenate: the crawl goes on after the empty page
    Files.write(warc, Files.readAllBytes(halves.get(1)), java.nio.file.StandardOpenOption.APPEND);
    List<String> failed = new ArrayList<>();
    List<String> expected = extract(List.of(warc.toString()), failed);
    assertThat(expected).hasSize(12);
    assertThat(failed).hasSize(1);

    ExtractJob.Summary s = new ExtractJob(Inputs.DEFAULT_MAX_BYTES, 3).run(spark, List.of(warc.toString()), out.resolve("split").toString());
    assertThat(s.tasks()).isEqualTo(4);
    assertThat(s.articles()).isEqualTo(12);
    assertThat(lines(out.resolve("split/jsonl"))).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(lines(out.resolve("split/failures"))).containsExactlyElementsOf(failed);
  }

  @Test
  void twoRunsParquetOutputsHaveTheRecordSchemaAndUnion() throws IOException {
    // run a: the sample WARC (URLs, datelines); run b: one plain-text page with neither, which once gave
    // dateline:string and no url column
    Path text = out.resolve("in-b/harbour-council.txt");
    Files.createDirectories(text.getParent());
    Files.writeString(text, """
        Tessaly Courier
        Harbour council delays vote on Brenna quay repairs
        By Mira Olsten
        Published 14 April 2026

        The Brenna harbour council postponed its vote on repairs to the old quay on Tuesday after members asked \
        for a second survey of the sea wall.

        "We cannot spend the town's money on a wall we do not understand," councillor Edvin Hallar said after \
        the meeting.

        The survey is expected to take six weeks, the council's engineer, Lotta Brandt, said.
        """);
    String a = out.resolve("run-a").toString();
    String b = out.resolve("run-b").toString();
    ExtractJob job = new ExtractJob(Inputs.DEFAULT_MAX_BYTES);
    long na = job.run(spark, List.of(SAMPLE), a).articles();
    long nb = job.run(spark, List.of(text.toString()), b).articles();
    assertThat(na).isEqualTo(4);
    assertThat(nb).isEqualTo(1);

    StructType expected = RecordSchema.RECORD.add("month", DataTypes.StringType);
    Dataset<Row> ra = spark.read().parquet(a + "/parquet");
    Dataset<Row> rb = spark.read().parquet(b + "/parquet");
    assertThat(ra.schema()).isEqualTo(expected);
    assertThat(rb.schema()).isEqualTo(expected);
    assertThat(ra.unionByName(rb).count()).isEqualTo(na + nb);

    Row page = rb.select("url", "dateline", "published.date", "published.basis").first();
    assertThat(page.isNullAt(0)).as("url absent in the JSON is a null").isTrue();
    assertThat(page.isNullAt(1)).as("no dateline read is a null").isTrue();
    assertThat(page.get(2)).isEqualTo(java.sql.Date.valueOf("2026-04-14"));
    Row dated = ra.filter(col("published.basis").equalTo("meta")).select("published.date", "dateline.place").first();
    assertThat(dated.get(0)).isEqualTo(java.sql.Date.valueOf("2026-02-20"));
    assertThat(dated.getString(1)).isEqualTo("LISVARA");
  }

  @Test
  void theRecordSchemaNamesTheRecordsFieldsInOrder() {
    assertThat(RecordSchema.RECORD.fieldNames())
        .containsExactly(Stream.of(ArticleRecord.class.getRecordComponents()).map(c -> c.getName()).toArray(String[]::new));
  }

  private static String person(Linking.GlobalPerson p) {
    return p.name() + " " + new TreeSet<>(p.mentions().stream().map(m -> m.source() + "/" + m.personId()).toList());
  }

  /** What {@code dateline extract} writes for these paths (its runner and JSON writer); failures as the job's lines. */
  static List<String> extract(List<String> paths, List<String> failed) {
    List<String> out = new ArrayList<>();
    new Runner(Engine.pipeline(), 1)
        .run(Runner.files(new Inputs(Inputs.DEFAULT_MAX_BYTES, InputStream.nullInputStream()), paths), new RunListener() {
          @Override
          public void record(ArticleRecord r) {
            try {
              out.add(Json.mapper().writeValueAsString(r));
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }

          @Override
          public void failure(String source, String reason) {
            failed.add(source + ": " + reason);
          }
        });
    return out;
  }

  static List<String> lines(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path f : walk.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList())
        out.addAll(Files.readAllLines(f).stream().filter(l -> !l.isBlank()).toList());
    }
    return out;
  }
}
