package org.dateline.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
 * <p>A file is the unit of work: one task reads it whole and runs read → prepare → refine → annotate over its
 * pages, so dates are refined across the pages of one file (one crawl segment), not across the whole input as the
 * single-machine runner does; on one file both give the same records.
 */
public final class ExtractJob {
  static final StructType ROWS = new StructType()
      .add("kind", DataTypes.StringType, false)
      .add("month", DataTypes.StringType, true)
      .add("source", DataTypes.StringType, false)
      .add("value", DataTypes.StringType, false);

  /** What a run did: articles written, items skipped, files read. */
  public record Summary(long articles, long failures, int files) {}

  private final long maxBytes;

  public ExtractJob(long maxBytes) {
    if (maxBytes <= 0) throw new IllegalArgumentException("max bytes must be positive, was " + maxBytes);
    this.maxBytes = maxBytes;
  }

  /** {@code ExtractJob OUT PATH...}: for spark-submit; the master and resources come from spark-submit. */
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: ExtractJob OUT PATH... (paths: files, directories or globs on any Hadoop file system)");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("dateline-extract").getOrCreate();
    try {
      Summary s = new ExtractJob(Inputs.DEFAULT_MAX_BYTES).run(spark, List.of(args).subList(1, args.length), args[0]);
      System.err.printf("dateline: %d articles, %d failed, %d files%n", s.articles(), s.failures(), s.files());
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
    JavaRDD<Row> rows = sc.parallelize(files, files.size())
        .flatMap(f -> extract(f, hadoop.value().value(), max, Engine.pipeline()).iterator());
    Dataset<Row> all = spark.createDataFrame(rows, ROWS).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> records = all.filter(col("kind").equalTo("record"));
      records.select("month", "value").write().mode(SaveMode.Overwrite).partitionBy("month").text(out + "/jsonl");
      // a fixed schema, not the one this run's JSON implies: two runs' outputs must combine whatever they held
      records.select(col("month"), from_json(col("value"), RecordSchema.RECORD).as("r")).select("month", "r.*")
          .write().mode(SaveMode.Overwrite).partitionBy("month").parquet(out + "/parquet");
      Dataset<Row> failures = all.filter(col("kind").equalTo("failure"));
      failures.select("value").coalesce(1).write().mode(SaveMode.Overwrite).text(out + "/failures");
      return new Summary(records.count(), failures.count(), files.size());
    } finally {
      all.unpersist();
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

  /** One file through the one runner: its records (with their month) and its failures. */
  static List<Row> extract(SourceFile file, Configuration conf, long maxBytes, Pipeline pipeline) {
    List<Row> out = new ArrayList<>();
    Inputs inputs = new Inputs(maxBytes, InputStream.nullInputStream());
    Path path = new Path(file.uri());
    Runner.Source pages = sink -> {
      try (InputStream in = path.getFileSystem(conf).open(path)) {
        inputs.read(file.source(), path.getName(), in, sink);
      } catch (IOException e) {
        sink.accept(new ReadResult.Failure(file.source(), "cannot read: " + e.getMessage()));
      }
    };
    // one worker: the executor's task slots are the parallelism here
    new Runner(pipeline, 1).run(pages, new RunListener() {
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
