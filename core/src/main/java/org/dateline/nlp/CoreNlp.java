package org.dateline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.dateline.model.Span;
import org.dateline.perf.Stage;
import org.dateline.perf.StageClock;

/**
 * The one adapter over Stanford CoreNLP: nothing outside this package sees a CoreNLP type. Pipelines share the loaded
 * models: tokenize/ssplit over the whole text, the splitter's false breaks mended, pos/lemma/ner over it, then
 * depparse over only the sentences the caller asks for and SUTime over only the stretches around time words
 * (parentheses stay raw, so tokens are "(" and ")", never "-LRB-"). All are safe to call from several threads.
 */
public final class CoreNlp implements Nlp {
  /** The dependency parser's model (the default of CoreNLP's depparse annotator). */
  private static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP pos;
  private final StanfordCoreNLP lemma;
  private final StanfordCoreNLP ner;
  private final TransitionParser parser;
  private final TimeAnnotator time;
  private final long loadMillis;

  public CoreNlp() {
    long t0 = System.nanoTime();
    // split first, then tag: the splitter's breaks after "(R-S.C.)" and "Del." are mended in between (mendBreaks)
    Properties split = new Properties();
    split.setProperty("annotators", "tokenize,ssplit");
    split.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
    split.setProperty("ssplit.newlineIsSentenceBreak", "two");
    // three pipelines of one annotator each, run in turn, so the benchmark can time each (the models are the same)
    Properties tag = new Properties();
    tag.setProperty("enforceRequirements", "false");
    tag.setProperty("ner.applyFineGrained", "false");
    // one CRF instead of the default three (3, 7 and MISC classes): Dateline reads only PERSON, ORGANIZATION and
    // LOCATION from the CRF (dates and numbers come from SUTime), and NER is most of the tagging pass over every
    // sentence (30 train articles: 8.1 s CPU with three CRFs, 5.3 s with one)
    tag.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    // SUTime runs separately, on date-like sentences only: inside NER it ran on every sentence and was most of the
    // tagging cost (30 train articles: 5.3-6.5 s CPU with it, 1.3 s without)
    tag.setProperty("ner.useSUTime", "false");
    tag.setProperty("ner.buildEntityMentions", "true");
    // the models load side by side (most of a cold start is deserialising them, one core each)
    ExecutorService loaders = Executors.newFixedThreadPool(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), r -> {
      Thread t = new Thread(r, "corenlp-load");
      t.setDaemon(true);
      return t;
    });
    try {
      Future<StanfordCoreNLP> splitter = loaders.submit(() -> new StanfordCoreNLP(split));
      Future<StanfordCoreNLP> ner = loaders.submit(() -> one("ner", tag));
      Future<TransitionParser> parser = loaders.submit(() -> TransitionParser.load(PARSER_MODEL));
      Future<StanfordCoreNLP> pos = loaders.submit(() -> one("pos", tag));
      Future<StanfordCoreNLP> lemma = loaders.submit(() -> one("lemma", tag));
      Future<TimeAnnotator> time = loaders.submit(() -> new TimeAnnotator("sutime", new Properties()));
      this.splitter = loaded(splitter);
      this.pos = loaded(pos);
      this.lemma = loaded(lemma);
      this.ner = loaded(ner);
      this.parser = loaded(parser);
      this.time = loaded(time);
    } finally {
      loaders.shutdownNow();
    }
    this.loadMillis = (System.nanoTime() - t0) / 1_000_000;
  }

  /**
   * A model some loader thread is loading, once it is loaded. A load's own unchecked failure is
   * rethrown as it is (its message names the model); anything else is wrapped once.
   */
  public static <T> T loaded(Future<T> model) {
    try {
      return model.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the CoreNLP models", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("cannot load a CoreNLP model: " + e.getCause(), e.getCause());
    }
  }

  private static StanfordCoreNLP one(String annotator, Properties common) {
    Properties p = new Properties();
    p.putAll(common);
    p.setProperty("annotators", annotator);
    return new StanfordCoreNLP(p);
  }

  /** How long loading the models took, for the benchmark. */
  public long loadMillis() {
    return loadMillis;
  }

  /**
   * Bounds on one article's work. Tagging time and memory grow with the tokens of a sentence and the entity
   * mentions with those of the document: a 9 MB page of one line ran for 20 minutes, and 100,000 curly quotes in one
   * "sentence" ran the tagger out of memory. The longest article of the bundled corpora is far below each bound.
   */
  static final int MAX_CHARS = 1_000_000, MAX_TOKENS = 60_000, MAX_SENTENCE_TOKENS = 250, TAG_BATCH = 20;

  @Override
  public Parsed annotate(String text, LocalDate documentDate, Predicate<List<Token>> parseWhen) {
    if (text.length() > MAX_CHARS) throw new TooMuchWork("characters", text.length(), MAX_CHARS);
    long lap = StageClock.now();
    Annotation doc = new Annotation(text);
    if (documentDate != null) doc.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
    splitter.annotate(doc);
    int tokenCount = doc.get(CoreAnnotations.TokensAnnotation.class).size();
    if (tokenCount > MAX_TOKENS) throw new TooMuchWork("tokens", tokenCount, MAX_TOKENS);
    mendBreaks(doc, text);
    cutLong(doc, text, MAX_SENTENCE_TOKENS);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    lap = StageClock.lap(Stage.TOKENIZE, lap);
    // in batches of sentences, so that a worker whose article ran over its time limit (and was interrupted) stops
    // within a batch instead of tagging on for minutes
    for (int from = 0; from < sentences.size(); from += TAG_BATCH) {
      if (Thread.currentThread().isInterrupted()) throw new CancellationException("stopped: over the time limit");
      Annotation sub = new Annotation(text);
      if (documentDate != null) sub.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
      List<CoreMap> batch = sentences.subList(from, Math.min(sentences.size(), from + TAG_BATCH));
      List<CoreLabel> batchTokens = new ArrayList<>();
      for (CoreMap sentence : batch) batchTokens.addAll(sentence.get(CoreAnnotations.TokensAnnotation.class));
      sub.set(CoreAnnotations.SentencesAnnotation.class, batch);
      sub.set(CoreAnnotations.TokensAnnotation.class, batchTokens);
      lap = StageClock.lap(Stage.TOKENIZE, lap);
      // each sets its tags (and NER its mentions) on the shared sentence maps
      pos.annotate(sub);
      lap = StageClock.lap(Stage.POS, lap);
      lemma.annotate(sub);
      lap = StageClock.lap(Stage.LEMMA, lap);
      ner.annotate(sub);
      lap = StageClock.lap(Stage.NER, lap);
    }
    // the tagger logs an out-of-memory error and leaves the sentence untagged: that article failed, it is no success
    for (CoreLabel l : doc.get(CoreAnnotations.TokensAnnotation.class))
      if (l.tag() == null) throw new IllegalStateException("the part-of-speech tagger left \"" + l.word() + "\" untagged (see its log)");
    List<List<Token>> tokenLists = new ArrayList<>();
    boolean[] parse = new boolean[sentences.size()];
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> tokens = tokens(sentences.get(s));
      tokenLists.add(tokens);
      parse[s] = tokens.size() <= 120 && parseWhen.test(tokens);
    }
    lap = StageClock.lap(Stage.NLP_TYPES, lap);
    // the parser itself, not its annotator: the annotator builds five graphs per sentence (basic, collapsed,
    // CC-processed, enhanced, enhanced++), Dateline reads only the arcs of the basic one (the other four were 16% of
    // parsing), and the parser's network is computed without CoreNLP's boxed lookups and shared lock
    List<List<Dependency>> arcs = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) arcs.add(parse[s] ? parser.parse(sentences.get(s)) : List.of());
    lap = StageClock.lap(Stage.PARSE, lap);
    // SUTime over the stretches of text around time words only (TimeWindows), each read back into its sentence
    List<List<CoreMap>> windows = new ArrayList<>(sentences.size());
    List<CoreMap> dated = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      windows.add(TimeWindows.of(sentences.get(s), tokenLists.get(s), text));
      dated.addAll(windows.get(s));
    }
    if (!dated.isEmpty()) {
      Annotation sub = new Annotation(text);
      if (documentDate != null) sub.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
      sub.set(CoreAnnotations.SentencesAnnotation.class, dated);
      time.annotate(sub); // sets the time expressions on the windows' maps
    }
    lap = StageClock.lap(Stage.SUTIME, lap);
    List<Sentence> out = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    List<Timex> timexes = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap sentence = sentences.get(s);
      int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      out.add(new Sentence(s, new Span(begin, end), tokenLists.get(s), arcs.get(s), parse[s]));
      for (CoreMap window : windows.get(s)) {
        List<CoreMap> times = window.get(TimeAnnotations.TimexAnnotations.class);
        if (times == null) continue;
        for (CoreMap t : times) {
          int tb = t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
          int te = t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
          edu.stanford.nlp.time.Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
          if (timex == null || tb < 0 || te > text.length() || te <= tb) continue;
          String value = timex.value() != null ? timex.value() : timex.altVal();
          if (value != null) timexes.add(new Timex(text.substring(tb, te), new Span(tb, te), s, timex.timexType(), value));
        }
      }
      List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions == null) continue;
      for (CoreMap m : mentions) {
        int mb = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int me = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        String mText = text.substring(mb, me);
        List<CoreLabel> mTokens = m.get(CoreAnnotations.TokensAnnotation.class);
        int first = mTokens.get(0).index() - 1, last = mTokens.get(mTokens.size() - 1).index() - 1;
        entities.add(new Entity(type, mText, new Span(mb, me), s, first, last));
      }
    }
    StageClock.lap(Stage.NLP_TYPES, lap);
    return new Parsed(text, out, entities, timexes);
  }

  /** Titles that end with a period and stand before a name: a sentence does not end after them. */
  private static final java.util.Set<String> TITLES = java.util.Set.of("Del.", "Sen.", "Rep.", "Gov.", "Lt.", "Gen.",
      "Col.", "Sgt.", "Capt.", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Rev.", "Amb.", "Adm.", "Maj.", "Cmdr.", "Supt.");

  /**
   * The splitter ends a sentence after a period inside "(R-S.C.)" or after a title ("said Del. Stacey Plaskett"),
   * cutting the speaker off its verb. Such a break is mended when the next piece opens with a closing bracket, a
   * comma or a lower-case word, or when the period is a title's.
   */
  static void mendBreaks(Annotation doc, String text) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null || sentences.size() < 2) return;
    List<CoreMap> out = new ArrayList<>();
    for (CoreMap s : sentences) {
      if (!out.isEmpty() && wrongBreak(out.get(out.size() - 1), s, text)) out.set(out.size() - 1, join(out.get(out.size() - 1), s, text));
      else out.add(s);
    }
    if (out.size() == sentences.size()) return;
    renumber(doc, out);
  }

  /**
   * Cuts sentences longer than {@code max} tokens into pieces of at most {@code max}: such a "sentence" is a list, a
   * table or junk, not prose, and tagging cost grows with a sentence's length.
   */
  static void cutLong(Annotation doc, String text, int max) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null || sentences.stream().allMatch(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() <= max)) return;
    List<CoreMap> out = new ArrayList<>();
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.size() <= max) {
        out.add(s);
        continue;
      }
      for (int from = 0; from < tokens.size(); from += max) {
        List<CoreLabel> piece = new ArrayList<>(tokens.subList(from, Math.min(tokens.size(), from + max)));
        out.add(sentence(piece, piece.get(0).beginPosition(), piece.get(piece.size() - 1).endPosition(), text));
      }
    }
    renumber(doc, out);
  }

  /** Sets {@code out} as the document's sentences, their token and sentence numbers in order again. */
  private static void renumber(Annotation doc, List<CoreMap> out) {
    int tokenBegin = 0;
    for (int i = 0; i < out.size(); i++) {
      CoreMap s = out.get(i);
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      for (int k = 0; k < tokens.size(); k++) {
        tokens.get(k).setIndex(k + 1);
        tokens.get(k).setSentIndex(i);
      }
      s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      s.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
      s.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + tokens.size());
      tokenBegin += tokens.size();
    }
    doc.set(CoreAnnotations.SentencesAnnotation.class, out);
  }

  private static boolean wrongBreak(CoreMap before, CoreMap after, String text) {
    List<CoreLabel> a = before.get(CoreAnnotations.TokensAnnotation.class), b = after.get(CoreAnnotations.TokensAnnotation.class);
    if (a.isEmpty() || b.isEmpty()) return false;
    int end = before.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    int start = after.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    if (text.substring(end, start).contains("\n")) return false; // a line or paragraph break is a real one
    // the tokenizer repeats an abbreviation's period as a sentence end ("Del." "."), and a bracket may follow it
    int k = a.size() - 1;
    boolean bracket = false;
    while (k > 0 && (a.get(k).word().equals(")") || a.get(k).word().equals(".") && a.get(k - 1).word().endsWith("."))) {
      bracket |= a.get(k).word().equals(")");
      k--;
    }
    String last = a.get(k).word();
    // ("R-S.C" "." when the tokenizer splits the period off)
    if (last.equals(".") && k > 0 && a.get(k - 1).endPosition() == a.get(k).beginPosition()) last = a.get(k - 1).word() + ".";
    String first = b.get(0).word();
    if (!bracket && TITLES.contains(last)) return Character.isUpperCase(first.codePointAt(0));
    if (!last.endsWith(".") || last.length() < 3) return false;
    // "(R-S.C." + ") said …", "(D-N.C.)" + ", head of …"
    return first.equals(")") || first.equals(",") || Character.isLowerCase(first.codePointAt(0)) && b.size() > 1;
  }

  private static CoreMap join(CoreMap a, CoreMap b, String text) {
    List<CoreLabel> tokens = new ArrayList<>(a.get(CoreAnnotations.TokensAnnotation.class));
    tokens.addAll(b.get(CoreAnnotations.TokensAnnotation.class));
    return sentence(tokens, a.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
        b.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), text);
  }

  private static CoreMap sentence(List<CoreLabel> tokens, int begin, int end, String text) {
    CoreMap s = new edu.stanford.nlp.util.ArrayCoreMap();
    s.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    s.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return s;
  }

  private static List<Token> tokens(CoreMap sentence) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      tokens.add(new Token(i, l.word(), l.lemma(), l.tag(), l.ner(), new Span(l.beginPosition(), l.endPosition())));
    }
    return tokens;
  }
}
