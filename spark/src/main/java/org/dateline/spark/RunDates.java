package org.dateline.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.dateline.clean.CleanArticle;
import org.dateline.json.Json;
import org.dateline.model.Published;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.Runner;
import org.dateline.pipeline.Stages;
import org.dateline.read.ReadResult;
import org.dateline.time.Dated;
import org.dateline.time.Dater;

/**
 * The run-level date refinement in a job whose pages are annotated in many tasks. The core refines dates across a
 * whole run ({@link Dater#refine}: "run years", the run's span, related stories); a task sees only its share, so the
 * job first dates the whole run in one cheap pass (read, clean, date, refine: {@link Runner#dated}, the CLI's own
 * call, no NLP) and keeps, per page, the date the refinement changed. Each annotating task then dates its pages on
 * their own evidence as before and takes those dates in place of its own refinement.
 *
 * <p>A page is named by its file and its ordinal among the pages read from that file (failures not counted), which
 * both passes see alike: reading and cleaning are deterministic.
 */
final class RunDates {
  /** One file's outcome of the run pass: its pages, and the refined date (JSON) of each page whose date it changed. */
  record FileDates(int pages, Map<Integer, String> changed) implements Serializable {}

  /** Reads one file's pages (and failures) into the sink; the run pass reads the files in job order. */
  @FunctionalInterface
  interface FileSource {
    void read(int file, Consumer<ReadResult> sink);
  }

  private RunDates() {}

  /**
   * The run pass over {@code files} files: each file's page count and changed dates. Failures are not reported here:
   * the annotating tasks read the same files and report them once.
   */
  static List<FileDates> of(Pipeline pipeline, int files, FileSource source) {
    Keyed dater = new Keyed(pipeline.stages().dater(), Map.of(), true);
    int[] pages = new int[files];
    List<Dated> refined = new Runner(with(pipeline, dater), 1).dated(sink -> {
      for (int f = 0; f < files; f++) {
        int file = f;
        source.read(file, r -> {
          if (r instanceof ReadResult.Page) dater.at(file, pages[file]++);
          sink.accept(r);
        });
      }
    }, (s, reason) -> {});
    if (refined.size() != dater.keys.size())
      throw new IllegalStateException("the run pass dated " + dater.keys.size() + " pages but refined " + refined.size());
    List<Map<Integer, String>> changed = new ArrayList<>();
    for (int f = 0; f < files; f++) changed.add(new HashMap<>());
    for (int i = 0; i < refined.size(); i++) {
      String own = json(dater.own.get(i)), run = json(refined.get(i).published());
      if (!own.equals(run)) changed.get(dater.keys.get(i)[0]).put(dater.keys.get(i)[1], run);
    }
    List<FileDates> out = new ArrayList<>();
    for (int f = 0; f < files; f++) out.add(new FileDates(pages[f], changed.get(f)));
    return out;
  }

  /**
   * The dater of a task annotating pages of {@code file}: gives a page the run's refined date and does not refine
   * again over the task's share. Run the task with {@link #with} and name each page ({@link Keyed#at}) before it is
   * prepared.
   */
  static Keyed dater(Pipeline pipeline, int file, FileDates dates) {
    Map<Integer, Published> refined = new HashMap<>();
    try {
      for (var e : dates.changed().entrySet()) refined.put(e.getKey(), Json.mapper().readValue(e.getValue(), Published.class));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a refined date: " + e.getMessage(), e);
    }
    Keyed k = new Keyed(pipeline.stages().dater(), refined, false);
    k.file = file;
    return k;
  }

  /** The pipeline's stages with another dater. */
  static Pipeline with(Pipeline pipeline, Dater dater) {
    Stages s = pipeline.stages();
    return new Pipeline(new Stages(s.cleaner(), dater, s.nlp(), s.statements(), s.speakers(), s.times()));
  }

  private static String json(Published p) {
    try {
      return Json.mapper().writeValueAsString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The standard dater with the page it dates named: in the run pass it records each page's own date (refinement is
   * the standard one); in a task it puts the run's refined date in place, and refines nothing more.
   */
  static final class Keyed implements Dater {
    private final Dater base;
    private final Map<Integer, Published> refined;
    private final boolean refines;
    final List<int[]> keys = new ArrayList<>();
    final List<Published> own = new ArrayList<>();
    private int file, page;

    private Keyed(Dater base, Map<Integer, Published> refined, boolean refines) {
      this.base = base;
      this.refined = refined;
      this.refines = refines;
    }

    /** The page the next {@link #date} call is for. */
    void at(int file, int page) {
      this.file = file;
      this.page = page;
    }

    void at(int page) {
      this.page = page;
    }

    @Override
    public Dated date(CleanArticle article) {
      Dated d = base.date(article);
      keys.add(new int[] {file, page});
      own.add(d.published());
      Published r = refined.get(page);
      return r == null ? d : new Dated(d.article(), r, d.clues());
    }

    @Override
    public List<Dated> refine(List<Dated> run) {
      return refines ? base.refine(run) : run;
    }
  }
}
