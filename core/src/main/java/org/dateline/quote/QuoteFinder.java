package org.dateline.quote;

import java.util.List;
import java.util.function.Predicate;
import org.dateline.model.Span;
import org.dateline.nlp.Parsed;
import org.dateline.nlp.Token;

/**
 * Statements by rules over CoreNLP's tokens, entities and dependency parses, applied in the order {@link #find}
 * writes down. Direct quotes are found by their marks and attributed by a speech verb outside the marks in the same
 * sentence (or a colon lead-in, a dash, or the statement before when the paragraph is all quote); reported speech is
 * a speech or cognition verb with its clausal complement, "according to", or a cue noun ("in a statement"). Quote
 * pieces sharing a cue, or following a cued piece in one paragraph, become one statement with several spans.
 */
public final class QuoteFinder implements StatementFinder {
  /**
   * The rules over each token of a parsed sentence, in the order they are tried; a rule that takes the token ends
   * its turn (the noun rules never do: one noun may cue two ways).
   */
  private static final List<TokenRule> TOKEN_RULES = List.of(
      new AccordingTo(),        // "…, according to the union." / "According to the union, …"
      new AskedOpening(),       // "Asked if the ferry will run again, 41 percent said yes.": a question, not words said
      new ClosingAttribution(), // "…, officials said Friday." / "…, said one source in the room."
      new ColonLeadIn(),        // "The governor added: It is typical …" to the paragraph's end
      new AsAttribution(),      // "As the survey showed, turnout fell": the clause the "as" clause hangs on
      new RaisedSubject(),      // "Sanders is expected to win", "the race appears closer": subject and complement
      new PassiveObject(),      // "The plan was rejected by the council": the passive subject is what was said
      new JudgedAs(),           // "Varga is widely seen as the favourite", "was dubbed the harbour king"
      new VerbCue(),            // a speech or cognition verb with its complement, object or phrase
      new PhrasalCue(),         // "railed against the levy", "lashed out at Varga"
      new ThatClause(),         // any verb or adjective of a person with a "that" clause ("are afraid that")
      new AboutPhrase(),        // any verb or adjective of a person with an "about" phrase ("fretted about the levy")
      new NounCues.Clause(),    // "gave assurances that …"
      new NounCues.InNoun(),    // "In a statement, the ministry denied …"
      new NounCues.Stance(),    // "Smith's criticism of the plan"
      new HeldPositions.Holder(),      // "Vale, a fierce critic of the levy"
      new HeldPositions.InSupportOf()); // "raised funds in support of Holm"

  /** The rule tried on a cue a direct quote took: "noted that X and quoted …: “…”" reports X too. */
  private static final TokenRule BESIDE_QUOTE = new ClauseBesideQuote();

  /**
   * Parsing is most of the cost, so only sentences that can hold a statement get a parse: one with a quote mark, a
   * speech or cognition verb (tagged as a verb) or a verb with the words that make it one ("lashed out at"), "according", a cue noun, a noun of a position held ("supporter"), or a participle of naming or judging ("known as"),
   * or a "that" or "about" tagged as a preposition after the first word, which any verb or adjective may take as
   * what a view is of ("are afraid that", "fretted about the levy": {@link ThatClause}, {@link AboutPhrase}), or a
   * noun of a speech act with "on" after it ("a speech on port reform").
   */
  @Override
  public Predicate<List<Token>> parseWhen() {
    return tokens -> {
      for (int k = 0; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        String w = t.word();
        if (w.length() == 1 && QuoteScanner.isOpenChar(w.charAt(0)) || w.equals("``") || w.equals("''")
            || w.equals("”") || w.equals("“") || w.equals("’") || w.equals("«")) return true;
        String lemma = Lexicon.lemma(t);
        if (t.tag().startsWith("VB") && Lexicon.verbCue(lemma)) return true;
        if (PhrasalCue.matches(tokens, k)) return true;
        if (t.tag().startsWith("NN") && (Lexicon.NOUNS.contains(lemma) || Lexicon.CLAUSE_NOUNS.contains(lemma) || Lexicon.STANCE_NOUNS.contains(lemma))) return true;
        if (lemma.equals("accord") || w.equalsIgnoreCase("according")) return true;
        if (t.tag().startsWith("NN") && Lexicon.EVIDENCE_NOUNS.contains(lemma) && tokens.get(0).word().equalsIgnoreCase("in")) return true;
        if (t.tag().equals("VBN") && Lexicon.JUDGED_AS.contains(lemma)) return true;
        if ((w.equalsIgnoreCase("that") || w.equalsIgnoreCase("about")) && t.tag().equals("IN") && k > 0) return true;
        if (t.tag().startsWith("NN") && Lexicon.SPEECH_ACT_NOUNS.contains(lemma) && k + 1 < tokens.size() && Lexicon.lower(tokens.get(k + 1)).equals("on")) return true;
        if (t.tag().startsWith("NN") && (Lexicon.HOLDER_NOUNS.contains(lemma) || Lexicon.SUPPORT_PHRASE_NOUNS.contains(lemma))) return true;
      }
      return false;
    };
  }

  @Override
  public List<Attribution> find(Parsed parsed, List<Span> paragraphs) {
    Context c = new Context(parsed, paragraphs);
    Findings f = new Findings();
    List<Span> labels = Headlines.find(c, f); // "Minister: we will …", "Flynn Says Trump Absolutely Right": their quotes are taken
    DirectQuotes.find(c, f);  // quotes by their marks, with their cue; the rest are loose
    reported(c, f);           // reported speech, sentence by sentence, token by token
    CarriedQuotes.recheck(f); // a quote paragraph carried on by an earlier speaker goes to one reported in between
    FollowOns.find(c, f);     // loose quotes that carry on a statement before them
    ParagraphBounds.clip(c, f); // no reported statement runs over a paragraph break (into a subheading)
    QuotedWords.closeCutQuotes(c, f); // a quoted passage cut before its closing mark takes the mark in
    Headlines.dropLabels(f, labels); // "The Latest: …", "Correction: …": an editor's label is nobody's words
    return f.attributions();
  }

  /** Reported speech: the sentence rule, then the token rules, over each parsed sentence outside direct quotes. */
  private static void reported(Context c, Findings f) {
    for (int s = 0; s < c.sentences.size(); s++) {
      Tree tree = c.tree(s);
      if (tree == null) continue;
      if (!f.insideDirect(tree.tokens.get(0).span().start())) NounCues.inDocument(c, f, tree);
      for (Token t : tree.tokens) {
        int i = t.index();
        if (f.insideDirect(t.span().start())) continue;
        if (f.cueUsed(s, i)) {
          if (f.quoteCue(s, i)) BESIDE_QUOTE.apply(c, f, tree, i);
          continue;
        }
        for (TokenRule rule : TOKEN_RULES) if (rule.apply(c, f, tree, i)) break;
      }
    }
  }
}
