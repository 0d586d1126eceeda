package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import org.dateline.clean.ArticleMeta;
import org.dateline.clean.CleanArticle;
import org.dateline.clean.Cleaner;
import org.dateline.model.ArticleRecord;
import org.dateline.model.BodyText;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.nlp.CoreNlpQuotes;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.Stages;
import org.dateline.quote.QuoteFinder;
import org.dateline.read.RawPage;

/**
 * Runs a system over one gold article and returns its statements as attributions on the article text. Dateline
 * runs its real pipeline, except that the cleaner keeps the first line: PolNeAR annotates headlines too, and the
 * standard text cleaner would take it as the headline and not look for statements in it.
 */
public final class StatementEval {
  private final Pipeline pipeline;

  public StatementEval(Pipeline standard) {
    Stages s = standard.stages();
    this.pipeline = new Pipeline(new Stages(new KeepAll(), s.dater(), s.nlp(), s.statements(), s.speakers(), s.times()));
  }

  public List<GoldAttribution> dateline(String name, String text) {
    RawPage page = new RawPage(name, RawPage.Format.TEXT, text, null, null, List.of());
    ArticleRecord r = pipeline.annotate(pipeline.prepare(page));
    List<GoldAttribution> out = new ArrayList<>();
    for (Statement st : r.statements()) {
      List<Span> cue = st.cue() == null || st.cue().span() == null ? List.of() : List.of(st.cue().span());
      List<Span> src = st.speaker() == null || st.speaker().span() == null ? List.of() : List.of(st.speaker().span());
      out.add(new GoldAttribution(st.spans(), cue, src));
    }
    return out;
  }

  public static List<GoldAttribution> corenlp(CoreNlpQuotes quotes, String text) {
    List<GoldAttribution> out = new ArrayList<>();
    for (CoreNlpQuotes.Quote q : quotes.quotes(text))
      out.add(new GoldAttribution(List.of(q.content()), List.of(), q.mention() == null ? List.of() : List.of(q.mention())));
    return out;
  }

  /** Every paragraph is body; spans stay on the file text. */
  private static final class KeepAll implements Cleaner {
    @Override
    public CleanArticle clean(RawPage page) {
      String src = page.content();
      List<Span> paragraphs = QuoteFinder.paragraphs(src);
      return new CleanArticle(page.source(), page.url(), src, false, new BodyText(src, paragraphs), List.of(),
          ArticleMeta.empty(), page.fetched(), page.warnings());
    }
  }
}
