package org.dateline.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The cleaned article body: kept paragraphs of the source text joined by blank lines, with the map back to the
 * source. Every paragraph is a verbatim slice of the source, so any span on the body maps to a span on the source
 * (a span across a paragraph break maps from its start to its end).
 */
public final class BodyText {
  public static final String SEPARATOR = "\n\n";
  private final String text;
  private final List<Span> paragraphs; // in the source
  private final int[] bodyStarts; // start of each paragraph in the body

  public BodyText(String source, List<Span> paragraphs) {
    StringBuilder sb = new StringBuilder();
    this.paragraphs = List.copyOf(paragraphs);
    this.bodyStarts = new int[paragraphs.size()];
    Span previous = null;
    for (int i = 0; i < paragraphs.size(); i++) {
      Span p = paragraphs.get(i);
      if (p.end() > source.length()) throw new IllegalArgumentException("paragraph %s beyond source of length %d".formatted(p, source.length()));
      if (previous != null && p.start() < previous.end()) throw new IllegalArgumentException("paragraphs out of order: %s after %s".formatted(p, previous));
      if (i > 0) sb.append(SEPARATOR);
      bodyStarts[i] = sb.length();
      sb.append(source, p.start(), p.end());
      previous = p;
    }
    this.text = sb.toString();
  }

  public String text() {
    return text;
  }

  /** The kept paragraphs as spans of the source, in order. */
  public List<Span> paragraphs() {
    return paragraphs;
  }

  /** The paragraphs as spans of the body text. */
  public List<Span> bodyParagraphs() {
    List<Span> out = new ArrayList<>(paragraphs.size());
    for (int i = 0; i < paragraphs.size(); i++) out.add(new Span(bodyStarts[i], bodyStarts[i] + paragraphs.get(i).length()));
    return out;
  }

  /** Index of the paragraph holding body offset {@code offset} (the next one when it falls on a separator). */
  public int paragraphAt(int offset) {
    int lo = 0, hi = bodyStarts.length - 1, ans = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (bodyStarts[mid] <= offset) {
        ans = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return ans;
  }

  /** Maps a body offset to a source offset; offsets on a separator map to the end of the previous paragraph. */
  public int toSource(int bodyOffset, boolean isEnd) {
    if (paragraphs.isEmpty()) return 0;
    int i = paragraphAt(bodyOffset);
    int within = bodyOffset - bodyStarts[i];
    Span p = paragraphs.get(i);
    if (within > p.length()) {
      // on the separator after paragraph i
      return isEnd || i + 1 >= paragraphs.size() ? p.end() : paragraphs.get(i + 1).start();
    }
    return p.start() + within;
  }

  public Span toSource(Span bodySpan) {
    int s = toSource(bodySpan.start(), false);
    int e = toSource(bodySpan.end(), true);
    return new Span(s, Math.max(s, e));
  }
}
