package org.dateline.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.dateline.json.Json;
import org.dateline.model.ArticleRecord;
import org.dateline.pipeline.Engine;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.RunListener;
import org.dateline.pipeline.Runner;
import org.dateline.read.Inputs;
import org.dateline.read.ReadResult;

/**
 * The extraction job: news files in, records out as {@code OUT/jsonl/month=M/part-*} (one JSON record a line,
 * exactly what {@code dateline extract} writes) and {@code OUT/parquet/month=M/part-*}, plus
 * {@code OUT/failures} (one "source: reason" line per skipped item).
 *
 * <p>Two stages, as the single-machine runner has: first one task reads, cleans and dates every page of the run
 * and refines the dates across it ({@link RunDates}: cheap, no NLP); then each slice of a file (up to
 * {@link #PAGES_PER_TASK} pages, so a large crawl file is many tasks) is annotated in its own task with those
 * dates. The records are the ones {@code dateline extract} writes for the same inputs, however files and slices
 * fall into tasks.
 */
public final class ExtractJob {
  static final StructType ROWS = new StructType()
      .add("kind", DataTypes.StringType, false)
      .add("month", DataTypes.StringType, true)
      .add("source", DataTypes.StringType, false)
      .add("value", DataTypes.StringType, false);

  /** What a run did: articles written, items skipped, files read, annotating tasks. */
  public record Summary(long articles, long failures, int files, int tasks) {}

  /**
   * Pages a task annotates at most (a file of more is split): ~20 s of CoreNLP on a short article, a few minutes on
   * real news, and the whole file is read again by each of its slices, so not much smaller.
   */
  public static final int PAGES_PER_TASK = 250;

  private final long maxBytes;
  private final int pagesPerTask;

  public ExtractJob(long maxBytes) {
    this(maxBytes, PAGES_PER_TASK);
  }

  public ExtractJob(long maxBytes, int pagesPerTask) {
    if (maxBytes <= 0) throw new IllegalArgumentException("max bytes must be positive, was " + maxBytes);
    if (pagesPerTask < 1) throw new IllegalArgumentException("pages per task must be at least 1, was " + pagesPerTask);
    this.maxBytes = maxBytes;
    this.pagesPerTask = pagesPerTask;
  }

  /** {@code ExtractJob OUT PATH...}: for spark-submit; the master and resources come from spark-submit. */
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: ExtractJob OUT PATH... (paths: files, directories or globs on any Hadoop file system)");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("dateline-extract").getOrCreate();
    try {
      int perTask = spark.sparkContext().getConf().getInt("spark.dateline.pagesPerTask", PAGES_PER_TASK);
      Summary s = new ExtractJob(Inputs.DEFAULT_MAX_BYTES, perTask).run(spark, List.of(args).subList(1, args.length), args[0]);
      System.err.printf("dateline: %d articles, %d failed, %d files, %d tasks%n", s.articles(), s.failures(), s.files(), s.tasks());
    } finally {
      spark.stop();
    }
  }

  public Summary run(SparkSession spark, List<String> paths, String out) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = sc.hadoopConfiguration();
    List<SourceFile> files = list(paths, conf);
    if (files.isEmpty()) throw new IllegalArgumentException("no input files under " + paths);
    Broadcast<SerializableConfiguration> hadoop = sc.broadcast(new SerializableConfiguration(conf));
    long max = maxBytes;
    // the run pass: every page read, cleaned and dated, and dates refined across the whole run, as `dateline
    // extract` does before it annotates; one task, no NLP. It also counts each file's pages, for the slices.
    ArrayList<SourceFile> all = new ArrayList<>(files);
    List<RunDates.FileDates> dates = sc.parallelize(List.of(all), 1)
        .map(fs -> RunDates.of(Engine.pipeline(), fs.size(), (i, sink) -> read(fs.get(i), hadoop.value().value(), max, sink)))
        .first();
    List<Slice> slices = Slice.of(files, dates, pagesPerTask);
    Broadcast<List<RunDates.FileDates>> runDates = sc.broadcast(dates);
    JavaRDD<Row> rows = sc.parallelize(slices, slices.size())
        .flatMap(s -> extract(s, runDates.value().get(s.file()), hadoop.value().value(), max, Engine.pipeline()).iterator());
    Dataset<Row> done = spark.createDataFrame(rows, ROWS).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> records = done.filter(col("kind").equalTo("record"));
      records.select("month", "value").write().mode(SaveMode.Overwrite).partitionBy("month").text(out + "/jsonl");
      // a fixed schema, not the one this run's JSON implies: two runs' outputs must combine whatever they held
      records.select(col("month"), from_json(col("value"), RecordSchema.RECORD).as("r")).select("month", "r.*")
          .write().mode(SaveMode.Overwrite).partitionBy("month").parquet(out + "/parquet");
      Dataset<Row> failures = done.filter(col("kind").equalTo("failure"));
      failures.select("value").coalesce(1).write().mode(SaveMode.Overwrite).text(out + "/failures");
      return new Summary(records.count(), failures.count(), files.size(), slices.size());
    } finally {
      done.unpersist();
    }
  }

  /**
   * A task's share of the input: the pages {@code [from, to)} of one file, in read order, and the failures read
   * between them ({@code to} of a file's last slice is open, so what follows its last page is reported once).
   */
  record Slice(int file, SourceFile source, int from, int to) implements Serializable {
    boolean holds(int page) {
      return page >= from && page < to;
    }

    /** Each file in slices of {@code perTask} pages: a large crawl file is annotated by many tasks. */
    static List<Slice> of(List<SourceFile> files, List<RunDates.FileDates> dates, int perTask) {
      List<Slice> out = new ArrayList<>();
      for (int f = 0; f < files.size(); f++) {
        int pages = dates.get(f).pages();
        for (int from = 0; ; from += perTask) {
          boolean last = from + perTask >= pages;
          out.add(new Slice(f, files.get(f), from, last ? Integer.MAX_VALUE : from + perTask));
          if (last) break;
        }
      }
      return out;
    }
  }

  /** A file to read: where it is and the name its pages are reported under (as {@code dateline extract} names it). */
  record SourceFile(String uri, String source) implements Serializable {}

  /**
   * The files under the given paths, in name order: a file as given, a directory walked recursively for the names
   * {@link Inputs#isSupported} accepts, a glob expanded. Local paths keep the spelling the user gave, so a page's
   * {@code source} is the same as on one machine.
   */
  static List<SourceFile> list(List<String> paths, Configuration conf) {
    List<SourceFile> out = new ArrayList<>();
    try {
      for (String p : paths) {
        Path path = new Path(p);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matched = fs.globStatus(path);
        if (matched == null || matched.length == 0) throw new IllegalArgumentException("no such file or directory: " + p);
        boolean glob = matched.length > 1 || !fs.makeQualified(matched[0].getPath()).equals(fs.makeQualified(path));
        for (FileStatus st : matched) {
          String given = glob ? st.getPath().toString() : p.replaceAll("/+$", "");
          if (st.isFile()) {
            out.add(new SourceFile(st.getPath().toString(), given));
            continue;
          }
          String base = st.getPath().toUri().getPath();
          List<SourceFile> found = new ArrayList<>();
          RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
          while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            String name = f.getPath().getName();
            String rel = f.getPath().toUri().getPath().substring(base.length()).replaceAll("^/+", "");
            if (name.startsWith(".") || rel.contains("/.") || !Inputs.isSupported(name)) continue;
            found.add(new SourceFile(f.getPath().toString(), given + "/" + rel));
          }
          found.sort(java.util.Comparator.comparing(SourceFile::source));
          out.addAll(found);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + paths + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** One file's pages and failures, read from its file system with the CLI's reader. */
  static void read(SourceFile file, Configuration conf, long maxBytes, Consumer<ReadResult> sink) {
    Inputs inputs = new Inputs(maxBytes, InputStream.nullInputStream());
    Path path = new Path(file.uri());
    try (InputStream in = path.getFileSystem(conf).open(path)) {
      inputs.read(file.source(), path.getName(), in, sink);
    } catch (IOException e) {
      sink.accept(new ReadResult.Failure(file.source(), "cannot read: " + e.getMessage()));
    }
  }

  /**
   * One slice through the one runner, with the run's dates: its records (with their month) and its failures. The
   * file is read whole (a compressed WARC has no index to seek by), but only the slice's pages are cleaned and
   * annotated.
   */
  static List<Row> extract(Slice slice, RunDates.FileDates dates, Configuration conf, long maxBytes, Pipeline pipeline) {
    List<Row> out = new ArrayList<>();
    RunDates.Keyed dater = RunDates.dater(pipeline, slice.file(), dates);
    int[] page = {0};
    Runner.Source pages = sink -> read(slice.source(), conf, maxBytes, r -> {
      int at = r instanceof ReadResult.Page ? page[0]++ : page[0];
      if (!slice.holds(at)) return;
      dater.at(at);
      sink.accept(r);
    });
    // one worker: the executor's task slots are the parallelism here
    new Runner(RunDates.with(pipeline, dater), 1).run(pages, new RunListener() {
      @Override
      public void record(ArticleRecord rec) {
        try {
          out.add(RowFactory.create("record", Months.of(rec), rec.source(), Json.mapper().writeValueAsString(rec)));
        } catch (IOException e) {
          failure(rec.source(), "cannot write: " + e);
        }
      }

      @Override
      public void failure(String source, String reason) {
        out.add(ExtractJob.failure(source, reason));
      }
    });
    return out;
  }

  private static Row failure(String source, String reason) {
    return RowFactory.create("failure", null, source, source + ": " + reason);
  }
}
