package org.dateline.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.dateline.model.ArticleRecord;
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

  private final Pipeline pipeline;
  private final int threads;

  public Runner(Pipeline pipeline, int threads) {
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    this.pipeline = pipeline;
    this.threads = threads;
  }

  /** Every page read and prepared (cleaned, dated on its own), in input order; failures go to {@code failed}. */
  public List<Dated> prepare(Source source, BiConsumer<String, String> failed) {
    List<Dated> prepared = new ArrayList<>();
    source.read(r -> {
      switch (r) {
        case ReadResult.Failure f -> failed.accept(f.source(), f.reason());
        case ReadResult.Page p -> {
          try {
            prepared.add(pipeline.prepare(p.page()));
          } catch (RuntimeException e) {
            failed.accept(p.source(), "cannot clean: " + e);
          }
        }
      }
    });
    return prepared;
  }

  /** {@link #prepare}, then dates refined across the whole run: what annotation starts from. No NLP. */
  public List<Dated> dated(Source source, BiConsumer<String, String> failed) {
    return pipeline.refine(prepare(source, failed));
  }

  public RunSummary run(Source pages, RunListener listener) {
    long t0 = System.nanoTime();
    int[] failures = {0};
    List<Dated> refined = dated(pages, (s, reason) -> {
      failures[0]++;
      listener.failure(s, reason);
    });
    int articles = 0, statements = 0;
    long tokens = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dateline-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<Pipeline.Analysed>> inFlight = new ArrayDeque<>();
      Deque<Dated> sources = new ArrayDeque<>();
      int next = 0, done = 0;
      while (next < refined.size() || !inFlight.isEmpty()) {
        while (next < refined.size() && inFlight.size() < threads * 2) {
          Dated d = refined.get(next++);
          if (!listener.wants(d.article().source(), d.article().sourceText())) {
            listener.skipped(d.article().source());
            listener.progress(++done, refined.size());
            continue;
          }
          inFlight.add(pool.submit(() -> pipeline.analyse(d)));
          sources.add(d);
        }
        if (inFlight.isEmpty()) break; // the rest was skipped
        Future<Pipeline.Analysed> f = inFlight.poll();
        Dated from = sources.poll();
        String source = from.article().source();
        try {
          Pipeline.Analysed analysed = f.get();
          ArticleRecord rec = analysed.record();
          articles++;
          tokens += analysed.tokens();
          statements += rec.statements().size();
          listener.record(rec, from.article().sourceText());
        } catch (ExecutionException e) {
          failures[0]++;
          listener.failure(source, "cannot annotate: " + e.getCause());
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
}
