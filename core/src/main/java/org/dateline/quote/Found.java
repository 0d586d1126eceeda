package org.dateline.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.model.Span;
import org.dateline.model.Statement;

/**
 * A statement being built: open while later quote pieces join it (a follow-on quote adds a span, a partial quote
 * turns an indirect statement partial), closed into an {@link Attribution} when the rules are done.
 */
final class Found {
  Statement.Kind kind;
  final List<Span> content = new ArrayList<>();
  Span cue;
  Span source;
  /** The paragraphs of its first and last piece. */
  int paragraph, lastParagraph;
  /** For a quote paragraph with no cue of its own: the earlier statement whose speaker it carries on, else null. */
  Found carriedOn;

  Found(Statement.Kind kind, Span cue, Span source, int paragraph, int lastParagraph) {
    this.kind = kind;
    this.cue = cue;
    this.source = source;
    this.paragraph = paragraph;
    this.lastParagraph = lastParagraph;
  }

  /** Adds the pieces of a quote that ends in paragraph {@code lastParagraph}. */
  void join(List<Span> pieces, int lastParagraph) {
    content.addAll(pieces);
    this.lastParagraph = lastParagraph;
  }

  /**
   * Takes in a later statement of the same cue and speaker in the same paragraph as pieces of its own content: reported
   * speech with a quote is a partial statement.
   */
  void merge(Found later) {
    content.addAll(later.content);
    lastParagraph = Math.max(lastParagraph, later.lastParagraph);
    if (kind != later.kind && kind.speech() && later.kind.speech()) kind = Statement.Kind.PARTIAL;
  }

  /** The end of the statement's last word: content, cue or speaker, whichever comes last. */
  int end() {
    int e = cue.end();
    for (Span c : content) e = Math.max(e, c.end());
    if (source != null) e = Math.max(e, source.end());
    return e;
  }

  Attribution toAttribution(Map<Span, Span> antecedents) {
    return new Attribution(kind, content, cue, source, source == null ? null : antecedents.getOrDefault(source, source));
  }
}
