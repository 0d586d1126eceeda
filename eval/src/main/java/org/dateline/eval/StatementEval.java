package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.pipeline.Pipeline;
import org.dateline.read.RawPage;

/**
 * Runs a system over one gold article and returns its statements as attributions on the article text. Dateline runs
 * its production pipeline on the file as a plain text page (the headline is analysed too, as in production).
 */
public final class StatementEval {
  private final Pipeline pipeline;

  public StatementEval(Pipeline standard) {
    this.pipeline = standard;
  }

  public List<GoldAttribution> dateline(String name, String text) {
    return statements(name, text).stream().map(PolnearErrors.SystemStatement::spans).toList();
  }

  /** Dateline's statements with their kind and resolved speaker name, for the error classes. */
  public List<PolnearErrors.SystemStatement> statements(String name, String text) {
    RawPage page = new RawPage(name, RawPage.Format.TEXT, text, null, null, List.of());
    ArticleRecord r = pipeline.annotate(pipeline.prepare(page));
    List<PolnearErrors.SystemStatement> out = new ArrayList<>();
    for (Statement st : r.statements()) {
      List<Span> cue = st.cue() == null || st.cue().span() == null ? List.of() : List.of(st.cue().span());
      List<Span> src = st.speaker() == null || st.speaker().span() == null ? List.of() : List.of(st.speaker().span());
      out.add(new PolnearErrors.SystemStatement(new GoldAttribution(st.spans(), cue, src), st.kind().json(),
          st.speaker() == null ? null : st.speaker().name(),
          st.speaker() == null || st.speaker().kind() == null ? null : st.speaker().kind().label()));
    }
    return out;
  }

  public static List<GoldAttribution> corenlp(CoreNlpQuotes quotes, String text) {
    List<GoldAttribution> out = new ArrayList<>();
    for (CoreNlpQuotes.Quote q : quotes.quotes(text))
      out.add(new GoldAttribution(List.of(q.content()), List.of(), q.mention() == null ? List.of() : List.of(q.mention())));
    return out;
  }
}
