package org.dateline.perf;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The process's CPU time per {@link Stage}, summed over every thread: the stages add their own thread's CPU
 * nanoseconds (a clock read and an uncontended adder per step, a few dozen per article, nothing next to the work) and
 * a benchmark reads the totals between its passes. CPU time, not wall time: on a machine shared with other jobs the
 * wall clock counts their turns too, the CPU time of a stage hardly moves. Like {@code Engine}, one per JVM.
 */
public final class StageClock {
  private static final LongAdder[] NANOS = new LongAdder[Stage.values().length];

  static {
    for (int i = 0; i < NANOS.length; i++) NANOS[i] = new LongAdder();
  }

  private StageClock() {}

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** This thread's CPU time now, in nanoseconds: a lap's start. */
  public static long now() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /** Adds this thread's CPU time since {@code since} (a {@link #now}) to {@code stage}; returns now, the next lap's start. */
  public static long lap(Stage stage, long since) {
    long now = now();
    NANOS[stage.ordinal()].add(now - since);
    return now;
  }

  /** The totals so far, in nanoseconds per stage. */
  public static Map<Stage, Long> totals() {
    Map<Stage, Long> out = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) out.put(s, NANOS[s.ordinal()].sum());
    return out;
  }

  /** The totals since {@code before} (an earlier {@link #totals}). */
  public static Map<Stage, Long> since(Map<Stage, Long> before) {
    Map<Stage, Long> out = totals();
    out.replaceAll((s, n) -> n - before.getOrDefault(s, 0L));
    return out;
  }
}
