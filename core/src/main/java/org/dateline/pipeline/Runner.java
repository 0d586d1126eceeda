package org.dateline.pipeline;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.dateline.model.ArticleRecord;
import org.dateline.nlp.TooMuchWork;
import org.dateline.perf.Stage;
import org.dateline.perf.StageClock;
import org.dateline.read.Inputs;
import org.dateline.read.RawPage;
import org.dateline.read.ReadResult;
import org.dateline.time.Dated;

/**
 * The one read → prepare → refine → annotate loop, used by the CLI, the store's ingest, Spark and the evaluations.
 * Reads and prepares every page of a {@link Source} (failures reported, the run goes on), refines dates across the
 * run (over every article, so skipping some changes no other's dates), then annotates what the listener
 * {@linkplain RunListener#wants wants} on {@code threads} workers sharing one NLP engine and hands the records to
 * the listener in input order. The dating evaluations stop after {@link #dated}; the metadata evaluation after
 * {@link #prepare}.
 */
public final class Runner {
  /** Where a run's pages come from: hands each read result (a page or a named failure) to the sink, in order. */
  @FunctionalInterface
  public interface Source {
    void read(Consumer<ReadResult> sink);
  }

  /** Files, directories (recursively) or "-" as {@code dateline extract} takes them. */
  public static Source files(Inputs inputs, List<String> paths) {
    return sink -> {
      for (String file : inputs.expand(paths, sink::accept)) inputs.read(file, sink);
    };
  }

  /** Pages already read (gold sets that come with their own page files). */
  public static Source pages(List<RawPage> pages) {
    return sink -> pages.forEach(p -> sink.accept(new ReadResult.Page(p)));
  }

  /**
   * The time one article's annotation may take before it is reported as failed. Work per article is bounded by
   * size first ({@link org.dateline.nlp.Nlp}); this catches what size does not predict.
   */
  public static final Duration ARTICLE_TIME_LIMIT = Duration.ofSeconds(120);

  /**
   * Articles in flight per worker. Records go to the listener in input order, so a long article holds back every
   * result after it: with 2 per worker the other workers stopped a few articles past it and waited (PolNeAR dev holds
   * articles of 17-22 KB beside a median of 4 KB). Finished records wait here, a few KB each.
   */
  static final int WINDOW_PER_THREAD = 32;

  private final Pipeline pipeline;
  private final int threads;
  private final Duration limit;

  public Runner(Pipeline pipeline, int threads) {
    this(pipeline, threads, ARTICLE_TIME_LIMIT);
  }

  public Runner(Pipeline pipeline, int threads, Duration limit) {
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    if (limit.isNegative() || limit.isZero()) throw new IllegalArgumentException("time limit must be positive, was " + limit);
    this.pipeline = pipeline;
    this.threads = threads;
    this.limit = limit;
  }

  /** Every page read and prepared (cleaned, dated on its own), in input order; failures go to {@code failed}. */
  public List<Dated> prepare(Source source, BiConsumer<String, String> failed) {
    List<Dated> prepared = new ArrayList<>();
    // reading is what the source does between two pages it hands over
    long[] lap = {StageClock.now()};
    source.read(r -> {
      StageClock.lap(Stage.READ, lap[0]);
      switch (r) {
        case ReadResult.Failure f -> failed.accept(f.source(), f.reason());
        case ReadResult.Page p -> {
          try {
            prepared.add(pipeline.prepare(p.page()));
          } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // one hostile page (10,000 nested elements, a page that fills the heap) is that page's failure
            failed.accept(p.source(), "cannot clean: " + reason(e));
          }
        }
      }
      lap[0] = StageClock.now();
    });
    return prepared;
  }

  /** {@link #prepare}, then dates refined across the whole run: what annotation starts from. No NLP. */
  public List<Dated> dated(Source source, BiConsumer<String, String> failed) {
    return pipeline.refine(prepare(source, failed));
  }

  /**
   * Runs {@code work} on a thread named for the article's source, so a library's log line (CoreNLP's "No document
   * date specified") names the file it was reading.
   */
  private static <T> T named(String source, java.util.concurrent.Callable<T> work) throws Exception {
    Thread t = Thread.currentThread();
    String was = t.getName();
    t.setName(source);
    try {
      return work.call();
    } finally {
      t.setName(was);
    }
  }

  public RunSummary run(Source pages, RunListener listener) {
    long t0 = System.nanoTime();
    pipeline.stages().nlp().loadInBackground();
    int[] failures = {0};
    List<Dated> refined = dated(pages, (s, reason) -> {
      failures[0]++;
      listener.failure(s, reason);
    });
    int articles = 0, statements = 0;
    long tokens = 0;
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "dateline-worker");
          t.setDaemon(true);
          return t;
        });
    try {
      Deque<Timed> inFlight = new ArrayDeque<>();
      Deque<Dated> sources = new ArrayDeque<>();
      int next = 0, done = 0;
      boolean loaded = false;
      while (next < refined.size() || !inFlight.isEmpty()) {
        while (next < refined.size() && inFlight.size() < threads * WINDOW_PER_THREAD) {
          Dated d = refined.get(next++);
          if (!listener.wants(d.article().source(), d.article().sourceText())) {
            listener.skipped(d.article().source());
            listener.progress(++done, refined.size());
            continue;
          }
          if (!loaded) {
            pipeline.stages().nlp().load(); // not on the first article's clock
            loaded = true;
          }
          inFlight.add(Timed.submit(pool, () -> named(d.article().source(), () -> pipeline.analyse(d))));
          sources.add(d);
        }
        if (inFlight.isEmpty()) break; // the rest was skipped
        Timed f = inFlight.poll();
        Dated from = sources.poll();
        String source = from.article().source();
        try {
          Pipeline.Analysed analysed = await(f, inFlight, pool);
          ArticleRecord rec = analysed.record();
          try {
            listener.record(rec, from.article().sourceText());
            articles++;
            tokens += analysed.tokens();
            statements += rec.statements().size();
          } catch (RuntimeException e) {
            // the summary counts what was written: a record the store refused is a failure, not an article
            failures[0]++;
            listener.failure(source, "cannot write the record: " + e.getMessage());
          }
        } catch (ExecutionException e) {
          failures[0]++;
          listener.failure(source, "cannot annotate: " + reason(e.getCause()));
        } catch (TimeoutException e) {
          failures[0]++;
          listener.failure(source, "cannot annotate: took longer than %d s (the limit per article)".formatted(limit.toSeconds()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
        listener.progress(++done, refined.size());
      }
    } finally {
      pool.shutdownNow();
    }
    return new RunSummary(articles, statements, failures[0], tokens, (System.nanoTime() - t0) / 1_000_000);
  }

  /**
   * A failure's reason for the report. Errors are named by what they mean for the article: a batch goes on after
   * them, as the article's own allocations and frames are gone once it is abandoned.
   */
  static String reason(Throwable e) {
    return switch (e) {
      case StackOverflowError so -> "nested too deeply (stack overflow)";
      case OutOfMemoryError oom -> "out of memory (" + oom.getMessage() + ")";
      case TooMuchWork t -> t.getMessage();
      default -> e.toString();
    };
  }

  /**
   * The head article's result, in input order. While waiting, every article in flight is checked against the time
   * limit, not only the head: the window lets workers run far ahead of a long article, and one of them may be stuck.
   */
  private Pipeline.Analysed await(Timed head, Deque<Timed> inFlight, ThreadPoolExecutor pool)
      throws InterruptedException, ExecutionException, TimeoutException {
    while (true) {
      if (head.future().isCancelled()) throw new TimeoutException();
      try {
        return head.future().get(1, TimeUnit.SECONDS);
      } catch (TimeoutException | CancellationException e) {
        stopOverdue(head, pool);
        for (Timed t : inFlight) stopOverdue(t, pool);
      }
    }
  }

  /**
   * CoreNLP's annotators cannot be stopped safely: an overdue article's worker is interrupted and left behind (a
   * daemon), and a fresh one takes its place so the rest of the run keeps its threads.
   */
  private void stopOverdue(Timed t, ThreadPoolExecutor pool) {
    long started = t.started().get();
    if (started == 0 || System.nanoTime() - started <= limit.toNanos()) return;
    // only the first cancel of a task still running succeeds: one fresh worker per stopped article
    if (!t.future().cancel(true)) return;
    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
  }

  /** An annotation task that knows when a worker started it: the time limit counts from there, not from queueing. */
  private record Timed(Future<Pipeline.Analysed> future, AtomicLong started) {
    static Timed submit(ExecutorService pool, Callable<Pipeline.Analysed> task) {
      AtomicLong started = new AtomicLong();
      return new Timed(pool.submit(() -> {
        started.set(System.nanoTime());
        return task.call();
      }), started);
    }
  }
}
