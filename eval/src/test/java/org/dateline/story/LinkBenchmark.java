package org.dateline.story;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import org.dateline.eval.SyntheticCorpus;
import org.dateline.model.ArticleRecord;

/**
 * Linking at scale over {@link SyntheticCorpus}: articles per second, total time, peak heap during linking and the
 * heap the result keeps. Not a test (timings depend on the machine); run one size per JVM so the figures do not
 * mix: {@code java -Xmx2g -cp core/target/classes:eval/target/classes:eval/target/test-classes org.dateline.story.LinkBenchmark 10000}.
 */
public final class LinkBenchmark {
  private LinkBenchmark() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    List<ArticleRecord> corpus = SyntheticCorpus.generate(n, 42);
    new StoryLinker().link(SyntheticCorpus.generate(500, 7)); // warm up the JIT on a small corpus
    System.gc();
    long before = used();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    var threads = ManagementFactory.getThreadMXBean();
    long c0 = threads.getCurrentThreadCpuTime(), t0 = System.nanoTime();
    Linking l = new StoryLinker().link(corpus);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    // linking runs on this thread: its CPU time says what the wall time hides on a loaded, shared machine
    long cpuMs = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
    System.gc();
    long kept = used() - before;
    long merged = l.statements().stream().filter(m -> m.variants().size() > 1).count();
    // purity: share of articles in a story whose generated story is that story's majority
    int pure = 0;
    java.util.Set<String> trueStories = new java.util.HashSet<>();
    for (Linking.Story s : l.stories()) {
      java.util.Map<String, Integer> c = new java.util.HashMap<>();
      for (String a : s.articles()) c.merge(SyntheticCorpus.trueStory(a), 1, Integer::sum);
      pure += java.util.Collections.max(c.values());
      trueStories.addAll(c.keySet());
    }
    int grouped = l.stories().stream().mapToInt(s -> s.articles().size()).sum();
    // completeness, purity's other half (splitting every article apart is pure): share of articles in the found
    // story that holds most of their generated story
    java.util.Map<String, java.util.Map<String, Integer>> foundOf = new java.util.HashMap<>();
    for (Linking.Story s : l.stories())
      for (String a : s.articles()) foundOf.computeIfAbsent(SyntheticCorpus.trueStory(a), k -> new java.util.HashMap<>()).merge(s.id(), 1, Integer::sum);
    int complete = foundOf.values().stream().mapToInt(m -> java.util.Collections.max(m.values())).sum();
    System.out.printf("storyPurity=%.3f storyCompleteness=%.3f trueStories=%d foundStories=%d%n", pure / (double) grouped,
        complete / (double) grouped, trueStories.size(), l.stories().size());
    System.out.printf("articles=%d time=%d ms cpu=%d ms rate=%.0f articles/s peakHeap=%d MB resultHeap=%d MB corpusHeap=%d MB "
            + "stories=%d people=%d statements=%d merged=%d duplicateSets=%d%n", n, ms, cpuMs, n * 1000.0 / Math.max(1, ms),
        peak >> 20, kept >> 20, before >> 20, l.stories().size(), l.people().size(), l.statements().size(), merged,
        l.duplicates().size());
  }

  private static long used() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
