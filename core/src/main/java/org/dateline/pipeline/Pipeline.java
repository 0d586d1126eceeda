package org.dateline.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.dateline.clean.CleanArticle;
import org.dateline.clean.PageCleaner;
import org.dateline.model.ArticleRecord;
import org.dateline.model.BodyText;
import org.dateline.model.Span;
import org.dateline.nlp.Nlp;
import org.dateline.nlp.Parsed;
import org.dateline.people.Cast;
import org.dateline.people.NameResolver;
import org.dateline.perf.Stage;
import org.dateline.perf.StageClock;
import org.dateline.quote.Attribution;
import org.dateline.quote.OutsideDateline;
import org.dateline.quote.QuoteFinder;
import org.dateline.read.RawPage;
import org.dateline.time.Dated;
import org.dateline.time.EvidenceDater;
import org.dateline.time.TimeTagger;

/**
 * The composition root: the one place the stages are wired. {@code prepare} (read → clean → date) is cheap and runs
 * over a whole run first so that dates can be refined across articles; {@code annotate} (NLP → statements →
 * speakers → {@link RecordAssembler record}, with times) is the expensive part and runs per article on worker threads.
 */
public final class Pipeline {
  private final Stages stages;

  public Pipeline(Stages stages) {
    this.stages = stages;
  }

  public static Pipeline standard(Nlp nlp) {
    return standard(nlp, java.time.Clock.systemUTC());
  }

  /** The standard stages; {@code clock} is "now" for dating (the latest a page without a fetch date can be from). */
  public static Pipeline standard(Nlp nlp, java.time.Clock clock) {
    return new Pipeline(new Stages(PageCleaner.standard(), new EvidenceDater(clock), nlp, new QuoteFinder(),
        new NameResolver(), new TimeTagger()));
  }

  public Stages stages() {
    return stages;
  }

  public Dated prepare(RawPage page) {
    long t = StageClock.now();
    CleanArticle clean = stages.cleaner().clean(page);
    t = StageClock.lap(Stage.CLEAN, t);
    Dated dated = stages.dater().date(clean);
    StageClock.lap(Stage.DATE, t);
    return dated;
  }

  public List<Dated> refine(List<Dated> run) {
    long t = StageClock.now();
    List<Dated> refined = stages.dater().refine(run);
    StageClock.lap(Stage.DATE, t);
    return refined;
  }

  public ArticleRecord annotate(Dated dated) {
    return analyse(dated).record();
  }

  /** The record with what it cost: tokens and sentences seen, sentences parsed. */
  public record Analysed(ArticleRecord record, int tokens, int sentences, int parsedSentences) {}

  public Analysed analyse(Dated dated) {
    CleanArticle a = dated.article();
    BodyText body = analysed(a);
    Parsed parsed = stages.nlp().annotate(body.text(), anchor(dated), stages.statements().parseWhen());
    // the NLP stage times its own steps (tokenize, POS, NER, parse, SUTime)
    long t = StageClock.now();
    List<Attribution> found = OutsideDateline.apply(stages.statements().find(parsed, body.bodyParagraphs()), body,
        a.meta().datelineSpan());
    t = StageClock.lap(Stage.STATEMENTS, t);
    Cast cast = stages.speakers().resolve(parsed, found);
    t = StageClock.lap(Stage.PEOPLE, t);
    ArticleRecord record = new RecordAssembler(stages.times()).assemble(dated, body, parsed, cast);
    StageClock.lap(Stage.RECORD, t);
    int tokens = 0, parsedSentences = 0;
    for (var s : parsed.sentences()) {
      tokens += s.tokens().size();
      if (s.parsed()) parsedSentences++;
    }
    return new Analysed(record, tokens, parsed.sentences().size(), parsedSentences);
  }

  /**
   * The text the NLP and statement stages see: the body, with the headline in front when the headline is a slice of
   * the source, so statements in a headline are found and point into the source like the rest, and without the
   * dateline, so no mention or statement ever holds it. The record's body stays the cleaned body.
   */
  private static BodyText analysed(CleanArticle a) {
    Span h = a.headlineSpan(), d = a.meta().datelineSpan();
    if (h == null && d == null) return a.body();
    List<Span> paragraphs = new ArrayList<>(a.body().paragraphs().size() + 1);
    if (h != null) paragraphs.add(h);
    for (Span p : a.body().paragraphs()) {
      // the dateline is no text to parse: read as a sentence's subject it became a speaker mention
      // ("BRASEL, March 3 (Meridian Wire) -- \"We sail again,\" said ...")
      if (d != null && p.start() <= d.start() && d.end() <= p.end()) {
        int from = afterDateline(a.sourceText(), d.end(), p.end());
        if (from < p.end()) paragraphs.add(new Span(from, p.end()));
      } else {
        paragraphs.add(p);
      }
    }
    return new BodyText(a.sourceText(), paragraphs);
  }

  /** Where the text after a dateline starts: past the dash or colon and the spaces that close it. */
  private static int afterDateline(String source, int from, int end) {
    int i = from;
    while (i < end && (Character.isWhitespace(source.charAt(i)) || "-\u2013\u2014:".indexOf(source.charAt(i)) >= 0)) i++;
    return i;
  }

  /**
   * SUTime's anchor: the publication date, else the latest possible day when the page's own fetch date set it,
   * else none. A range that ends at the clock says nothing about when the story was written: "Monday" resolved
   * against today would be a wrong date, where no anchor leaves it honestly unresolved.
   */
  private static java.time.LocalDate anchor(Dated d) {
    if (d.published().date() != null) return d.published().date();
    return d.published().basis().has(org.dateline.model.Evidence.CLOCK) ? null : d.published().latest();
  }
}
