package org.dateline.pipeline;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.dateline.model.ArticleRecord;
import org.dateline.read.Inputs;
import org.dateline.read.ReadResult;
import org.dateline.time.Dated;

/**
 * Runs the pipeline over a set of inputs: reads and prepares every page (failures reported, the run goes on),
 * refines dates across the run (over every article, so skipping some changes no other's dates), then annotates
 * what the listener {@linkplain RunListener#wants wants} on {@code threads} workers sharing one NLP engine and hands
 * the records to the listener in input order.
 */
public final class Runner {
  private final Pipeline pipeline;
  private final Inputs inputs;
  private final int threads;

  public Runner(Pipeline pipeline, Inputs inputs, int threads) {
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    this.pipeline = pipeline;
    this.inputs = inputs;
    this.threads = threads;
  }

  /** Where a run's pages come from: every read result, in order, handed to the sink (files, or pages fetched from the web). */
  public interface Source {
    void read(Consumer<ReadResult> sink);
  }

  public RunSummary run(List<String> paths, RunListener listener) {
    return run(sink -> {
      for (String file : inputs.expand(paths, sink::accept)) inputs.read(file, sink);
    }, listener);
  }

  public RunSummary run(Source pages, RunListener listener) {
    long t0 = System.nanoTime();
    int[] failures = {0};
    List<Dated> prepared = new ArrayList<>();
    pages.read(r -> {
      switch (r) {
        case ReadResult.Failure f -> {
          failures[0]++;
          listener.failure(f.source(), f.reason());
        }
        case ReadResult.Page p -> {
          try {
            prepared.add(pipeline.prepare(p.page()));
          } catch (RuntimeException e) {
            failures[0]++;
            listener.failure(p.source(), "cannot clean: " + e);
          }
        }
      }
    });
    List<Dated> refined = pipeline.refine(prepared);
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
