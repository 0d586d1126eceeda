package org.dateline.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dateline.model.Span;

/**
 * {@code dateline eval polnear --errors}: every miss against the gold attributions, put in one class, counted, with
 * the first examples of each. System and gold contents are paired one to one as the content score pairs them
 * (leniently, the larger overlap first); the classes are those of {@link ErrorClass}.
 */
public final class PolnearErrors {
  /** The classes, in the order printed. A statement can be a wrong speaker and an unresolved role at once. */
  public enum ErrorClass {
    /** A gold content that no system content overlaps at all: the cue was not seen (or not taken as one). */
    MISSED_CUE("missed cue", "a gold content no system content overlaps by a single character"),
    /**
     * A gold content that a system content overlaps without the same trimmed boundaries: the statement was found
     * but cut wrong. Counted leniently matched (it scores lenient, not exact) or not (it scores neither).
     */
    BOUNDARY("boundary", "a gold content overlapped by a system content whose trimmed boundaries differ"),
    /** A system content that overlaps no gold content: something taken for a statement that the annotator did not mark. */
    FALSE_FIND("false find", "a system content that overlaps no gold content"),
    /**
     * A system content paired (leniently) with a gold content whose source it does not match: the gold has a source
     * and the system has none or another, or the system names a source where the gold has none.
     */
    WRONG_SPEAKER("wrong speaker", "a matched content whose source span does not leniently match the gold source"),
    /**
     * A system statement (paired or not) whose resolved speaker is a role, not a person: a description no named
     * person was found for ("minister", "Valdoria's envoy"), kind {@code role}. A group or organisation named by a
     * description ("officials", "the Clinton campaign", "a new poll") is no role left unresolved: the issue wants
     * those shown as groups and organisations, so they are counted apart. Counted per statement, not per article or
     * per distinct role.
     */
    UNRESOLVED_ROLE("unresolved role", "a system statement whose resolved speaker is a role (a description no named person answers to)");

    final String label, definition;

    ErrorClass(String label, String definition) {
      this.label = label;
      this.definition = definition;
    }
  }

  /**
   * One system statement as the errors need it: its spans, kind, resolved speaker name and the speaker's kind
   * ("person", "organisation", "place", "group", "role"; null: none, or not known).
   */
  public record SystemStatement(GoldAttribution spans, String kind, String speakerName, String speakerKind) {
    /** A statement whose speaker's kind is not known: a role is then told by its name alone. */
    public SystemStatement(GoldAttribution spans, String kind, String speakerName) {
      this(spans, kind, speakerName, null);
    }

    /** Whether it is speech (direct, partial, indirect), not a stance, a negated or an asked statement. */
    public boolean speech() {
      return kind.equals("direct") || kind.equals("partial") || kind.equals("indirect");
    }
  }

  private static final Pattern PRONOUN = Pattern.compile("(?i)he|she|they|it|we|i|you|who|him|her|them|this|that");

  private final int examples;
  private final Map<ErrorClass, Integer> counts = new EnumMap<>(ErrorClass.class);
  private final Map<ErrorClass, List<String>> shown = new EnumMap<>(ErrorClass.class);
  private int boundaryLenient;
  /** Speakers that are groups or organisations named by a description ("officials"): not roles, counted apart. */
  private int describedBodies;
  private final SourceGap sourceGap = new SourceGap();
  private final SourceMisses sourceMisses;

  /** Keeps the first {@code examples} examples of each class. */
  public PolnearErrors(int examples) {
    this.examples = examples;
    this.sourceMisses = new SourceMisses(examples);
    for (ErrorClass c : ErrorClass.values()) {
      counts.put(c, 0);
      shown.put(c, new ArrayList<>());
    }
  }

  public void add(String article, String text, List<SystemStatement> sys, List<GoldAttribution> gold) {
    int[] pair = pair(text, sys, gold);
    sourceGap.add(text, sys, gold, pair);
    sourceMisses.add(article, text, sys, gold);
    boolean[] goldPaired = new boolean[gold.size()];
    for (int s = 0; s < sys.size(); s++) if (pair[s] >= 0) goldPaired[pair[s]] = true;
    for (int g = 0; g < gold.size(); g++) {
      GoldAttribution ga = gold.get(g);
      SystemStatement near = null;
      long best = 0;
      for (SystemStatement s : sys) {
        long o = SpanScore.overlap(s.spans().content(), ga.content());
        if (o > best) {
          best = o;
          near = s;
        }
      }
      if (near == null) {
        note(ErrorClass.MISSED_CUE, "%s | %s | %s | %s".formatted(article, show(text, ga.source()), show(text, ga.cue()),
            show(text, ga.content())));
      } else if (sys.stream().noneMatch(s -> SpanScore.exactMatch(text, s.spans().content(), ga.content()))) {
        boolean lenient = goldPaired[g];
        if (lenient) boundaryLenient++;
        note(ErrorClass.BOUNDARY, "%s (%s)%n      gold: %s%n      sys:  %s".formatted(article, lenient ? "lenient" : "below half",
            show(text, ga.content()), show(text, near.spans().content())));
      }
    }
    for (int s = 0; s < sys.size(); s++) {
      SystemStatement st = sys.get(s);
      GoldAttribution sa = st.spans();
      if (gold.stream().noneMatch(g -> SpanScore.overlap(sa.content(), g.content()) > 0))
        note(ErrorClass.FALSE_FIND, "%s [%s] | %s | %s | %s".formatted(article, st.kind(), show(text, sa.source()),
            show(text, sa.cue()), show(text, sa.content())));
      if (pair[s] >= 0) {
        List<Span> gs = gold.get(pair[s]).source();
        boolean right = gs.isEmpty() ? sa.source().isEmpty() : !sa.source().isEmpty() && SpanScore.lenientMatch(text, sa.source(), gs);
        if (!right) note(ErrorClass.WRONG_SPEAKER, "%s | sys: %s | gold: %s | %s".formatted(article, orNone(show(text, sa.source())),
            orNone(show(text, gs)), show(text, sa.content())));
      }
      if (unresolved(st.speakerName(), st.speakerKind()))
        note(ErrorClass.UNRESOLVED_ROLE, "%s | speaker \"%s\" | mention: %s | %s".formatted(article, st.speakerName(),
            orNone(show(text, sa.source())), show(text, sa.content())));
      else if (st.speakerKind() != null && unresolved(st.speakerName(), null)) describedBodies++;
    }
  }

  /**
   * Whether a resolved speaker is a role rather than a person: its kind says so; with no kind known, its name does
   * (its last word lower case, or a pronoun).
   */
  static boolean unresolved(String name, String kind) {
    if (kind != null) return kind.equals("role");
    if (name == null || name.isBlank()) return false;
    String n = name.strip();
    if (PRONOUN.matcher(n).matches()) return true;
    String[] words = n.split("\\s+");
    String last = words[words.length - 1];
    return !last.isEmpty() && Character.isLowerCase(last.charAt(0));
  }

  /** System content index -> the gold content it is paired with (lenient, the larger overlap first), or -1. */
  private static int[] pair(String text, List<SystemStatement> sys, List<GoldAttribution> gold) {
    boolean[] used = new boolean[gold.size()];
    int[] out = new int[sys.size()];
    for (int s = 0; s < sys.size(); s++) {
      out[s] = -1;
      long bestOverlap = 0;
      for (int g = 0; g < gold.size(); g++) {
        if (used[g] || !SpanScore.lenientMatch(text, sys.get(s).spans().content(), gold.get(g).content())) continue;
        long o = SpanScore.overlap(sys.get(s).spans().content(), gold.get(g).content());
        if (o > bestOverlap) {
          out[s] = g;
          bestOverlap = o;
        }
      }
      if (out[s] >= 0) used[out[s]] = true;
    }
    return out;
  }

  private void note(ErrorClass c, String example) {
    counts.merge(c, 1, Integer::sum);
    if (shown.get(c).size() < examples) shown.get(c).add(example);
  }

  SourceGap sourceGap() {
    return sourceGap;
  }

  public int count(ErrorClass c) {
    return counts.get(c);
  }

  public void print(PrintStream out) {
    out.println("errors by class (dateline):");
    for (ErrorClass c : ErrorClass.values()) {
      String extra = c == ErrorClass.BOUNDARY ? " (%d lenient, %d below half)".formatted(boundaryLenient, counts.get(c) - boundaryLenient)
          : c == ErrorClass.UNRESOLVED_ROLE ? " (and %d groups or organisations named by a description)".formatted(describedBodies) : "";
      out.printf("  %-16s %5d%s   — %s%n", c.label, counts.get(c), extra, c.definition);
    }
    sourceGap.print(out);
    for (ErrorClass c : ErrorClass.values()) {
      if (shown.get(c).isEmpty()) continue;
      out.printf("%n%s, first %d of %d:%n", c.label, shown.get(c).size(), counts.get(c));
      for (String e : shown.get(c)) out.println("  " + e);
    }
    sourceMisses.print(out);
  }

  private static String orNone(String s) {
    return s.isEmpty() ? "(none)" : s;
  }

  static String show(String t, List<Span> spans) {
    StringBuilder sb = new StringBuilder();
    for (Span s : spans) sb.append(sb.isEmpty() ? "" : " // ").append(s.of(t).replace('\n', '⏎'));
    String out = sb.toString();
    return out.length() > 200 ? out.substring(0, 200) + "…" : out;
  }
}
