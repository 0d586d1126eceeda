package org.dateline.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.CalendarWords;
import org.dateline.nlp.Token;

/**
 * Every word list the statement rules test against, in one place: the cues (speech and cognition verbs, cue nouns),
 * the words around an attribution (when-words, occasions, connectives) and the few tag and relation sets the rules
 * share. Words are lower-case lemmas unless a comment says otherwise.
 */
final class Lexicon {
  private Lexicon() {}

  // ---- cue verbs

  /** Verbs that report speech or writing; they take a clause, an object or an "of/about" phrase as content. */
  static final Set<String> SPEECH = words("say", "tell", "add", "note", "write", "claim", "argue", "insist", "warn",
      "explain", "state", "announce", "report", "declare", "suggest", "assert", "contend", "acknowledge", "admit",
      "deny", "confirm", "predict", "promise", "pledge", "vow", "ask", "answer", "reply", "respond", "call",
      "describe", "accuse", "criticize", "criticise", "praise", "urge", "demand", "agree", "recall", "reveal",
      "indicate", "estimate", "conclude", "complain", "boast", "joke", "tweet", "emphasize", "stress", "mention",
      "observe", "concede", "allege", "maintain", "repeat", "reiterate", "testify", "signal", "hint", "recommend",
      "propose", "threaten", "blame", "cite", "comment", "question", "charge", "counter", "retort", "echo",
      "continue", "speak", "talk", "discuss", "attack", "slam", "blast", "dismiss", "defend", "thank", "quip",
      "lament", "proclaim", "assure", "advise", "caution", "disclose", "inform", "remark", "point", "chant", "show",
      "find", "predict", "read", "reject", "endorse", "applaud", "condemn", "declare", "dispute", "describe",
      "characterize", "label", "brand", "mock", "decry", "hail", "welcome", "back", "support", "oppose", "decline",
      "refuse", "encourage", "rate", "rule", "offer", "vote", "pressure", "press", "insist", "order",
      "post", "view", "regard", "respect", "denounce", "lambaste", "chide", "fault", "commend", "liken", "express",
      "voice", "congratulate", "highlight", "tout", "refer", "reference");
  /** Verbs that nearly always introduce a clause of reported speech, even when the parse misses it. */
  static final Set<String> SAY_LIKE = words("say", "tell", "add", "claim", "argue", "insist", "warn", "explain",
      "note", "state", "write", "assert", "contend", "acknowledge", "admit", "predict", "suggest", "believe", "think",
      "announce", "confirm", "report", "declare", "tweet", "recall", "reveal", "complain", "concede", "allege");
  /** Speech verbs whose object is the listener ("told reporters", "assured voters", "warned lawmakers"). */
  static final Set<String> LISTENER_VERBS = words("tell", "assure", "warn", "inform", "remind", "advise", "promise");
  /** Verbs of belief and intent: they count only with a clausal complement. */
  static final Set<String> COGNITION = words("think", "believe", "hope", "fear", "expect", "know", "feel", "doubt",
      "wonder", "worry", "want", "plan", "intend", "consider", "see", "suspect", "assume", "guess", "imagine",
      "insist", "understand", "realize", "recognize", "acknowledge", "seem", "appear", "like", "prefer");
  /**
   * Verbs of support, refusal, intention, belief and expectation: a statement they cue is a stance, not speech, even
   * where they are also speech verbs ("maintains that", "backs the plan", "refuses to open the border").
   */
  static final Set<String> STANCE_VERBS = words("back", "support", "endorse", "oppose", "favor", "favour", "refuse",
      "decline", "plan", "intend", "want", "wish", "hope", "expect", "believe", "think", "feel", "maintain", "seek",
      "aim", "prefer", "view", "regard", "respect", "vote", "fear", "doubt", "consider");
  /** Verbs of refusal: with a speech verb after them ("declined to say") nothing was said. */
  static final Set<String> REFUSALS = words("decline", "refuse", "fail");
  /** Negation words on a verb ("did not say", "never told"). Lower-case words. */
  static final Set<String> NEGATIONS = words("not", "n't", "never", "’t");
  /** Verbs that take a bare object as content ("announced a plan", "denied the report"). */
  static final Set<String> OBJECT_CONTENT = words("announce", "deny", "cite", "describe", "criticize",
      "criticise", "praise", "reveal", "propose", "predict", "promise", "pledge", "demand", "recommend", "question",
      "dismiss", "defend", "reject", "endorse", "condemn", "dispute", "attack", "slam", "blast", "discuss", "repeat",
      "reiterate", "mention", "support", "oppose", "back", "hail", "welcome", "applaud", "decry", "accuse", "blame",
      "urge", "ask", "call", "chant", "tweet", "echo", "acknowledge", "admit", "report", "show", "find",
      "characterize", "label", "brand", "mock", "want", "plan", "note", "stress", "emphasize", "recall", "lament",
      "concede", "defend", "view", "regard", "respect", "denounce", "lambaste", "chide", "fault", "commend",
      "post", "prefer", "liken", "rate",
      // what is offered, thanked for, highlighted or claimed is said ("offered his assessment of the debate",
      // "thanked supporters", "claimed a victory")
      "offer", "thank", "congratulate", "express", "voice", "highlight", "tout", "claim", "explain",
      // "…,” she said, referencing the ferry strike": what is referenced is spoken of
      "reference");
  /**
   * Verbs whose object names a feeling or view and whose content is what that is about ("expressed concern about
   * the policy", "voiced doubts that the deal will hold"); the bare object only when it is about nothing named.
   */
  static final Set<String> EXPRESS = words("express", "voice");
  /** Prepositions joining a feeling or view to what it is about ("concern about", "outrage over", "anger at"). */
  static final Set<String> ABOUT = words("about", "over", "on", "of", "for", "against", "at", "with", "toward", "towards", "regarding");
  /** Words that answer a question on their own ("said yes", "thinks so"). Lower-case words. */
  static final Set<String> ANSWERS = words("yes", "no", "so");
  /** Words that open an embedded question ("asked if …", "asked what …"). Lower-case words. */
  static final Set<String> QUESTION_WORDS = words("if", "whether", "what", "how", "why", "who", "whom", "when", "where", "which");
  /** Object-content verbs whose passive subject is the one spoken to, not what was said ("was asked", "was urged"). */
  static final Set<String> SPOKEN_TO = words("ask", "urge", "thank", "congratulate", "call", "press", "pressure",
      "encourage", "challenge");
  /** Verbs that by themselves usually are not attributions unless they have a clausal complement. */
  static final Set<String> CLAUSE_ONLY = words("find", "show", "read", "see", "know", "feel", "point", "continue",
      "like", "seem", "appear", "consider");
  /** Verbs whose "to" right after them opens what they speak of ("pointed to the crime bill", "referring to the strike"). */
  static final Set<String> POINT_TO = words("point", "refer");
  /** Speech verbs whose "at" right after them opens what they speak of ("hinted at a shake-up"). */
  static final Set<String> HINT_AT = words("hint");
  /** Verbs of seeing that state a view with an object and an "as" judgement ("sees the deal as a trap"). */
  static final Set<String> SEE_AS = words("see");
  /** Verbs whose "xcomp" is content only when it is a verb ("seemed to agree", not "seemed happy"). */
  static final Set<String> RAISING = words("seem", "appear", "continue");
  /** Raising verbs that say something of their subject on the reporter's word ("the race appears closer"). */
  static final Set<String> RAISING_ACTIVE = words("seem", "appear");
  /**
   * Verbs that do the same in the passive ("Sanders is expected to win", "pigs are considered unclean"); all cue
   * verbs, so their sentences are parsed.
   */
  static final Set<String> RAISING_PASSIVE = words("expect", "believe", "think", "say", "report", "know", "consider",
      "see", "view", "regard", "predict");
  /** Relations of the phrases a parse hangs on a cue verb that still belong to its complement (time, place, manner). */
  static final Set<String> CUE_TAILS = words("obl", "obl:tmod", "nmod:tmod", "advmod", "advcl");
  /** Subjects that stand for nothing ("It seems that …", "There appear to be …"). Lower-case words. */
  static final Set<String> EXPLETIVES = words("it", "there");
  /** Verbs by which a document or survey states a finding ("the poll shows", "the study found"). */
  static final Set<String> EVIDENCE_VERBS = words("show", "find", "reveal", "indicate", "suggest", "confirm", "say",
      "estimate", "project", "predict", "conclude", "document", "list", "give", "put");
  /**
   * Headline verbs in title case ("Flynn Says Trump Absolutely Right"), in the order the headline pattern tries
   * them.
   */
  static final List<String> HEADLINE_VERBS = List.of("Says", "Said", "Tells", "Told", "Warns", "Claims", "Insists",
      "Argues", "Admits", "Denies", "Predicts", "Vows", "Urges", "Calls", "Accuses", "Slams", "Blasts", "Rips",
      "Praises", "Defends");

  // ---- judgements after an object: "accused X of …", "likened X to …"

  /** Prepositions that put a judgement after any object-content verb's object ("views the deal as a mistake"). */
  static final Set<String> JUDGEMENT_PREPOSITIONS = words("as", "for");
  /** Verbs whose "of" phrase after the object is the charge ("accused X of …"). */
  static final Set<String> CHARGE_OF = words("accuse", "suspect", "convict");
  /** Verbs whose "to" phrase after the object is the comparison ("likened X to …"). */
  static final Set<String> COMPARE_TO = words("liken", "compare");
  /** Verbs that give a name to their indirect object ("called him a loser"): both objects are the content. */
  static final Set<String> NAMING = words("call", "label", "brand", "dub", "name", "deem");
  /**
   * Verbs of naming and judging whose passive says what the subject is taken for ("is seen as a rival", "known as
   * a ferry captain", "was dubbed the harbour king").
   */
  static final Set<String> JUDGED_AS = words("know", "see", "view", "regard", "consider", "remember", "interpret",
      "treat", "dub", "refer", "portray", "paint", "bill", "cast", "style", "perceive", "depict", "frame", "call",
      "describe", "label", "brand", "characterize", "hail", "tout", "lambaste", "deride", "mock");
  /** Verbs whose "with" phrase after the object is the judgement ("credited X with …"). */
  static final Set<String> CREDIT_WITH = words("credit", "charge");

  // ---- cue nouns

  /** Nouns that cue the clause around them: "in a statement", "in an interview". */
  static final Set<String> NOUNS = words("statement", "interview", "tweet", "post", "speech", "letter", "release",
      "remarks", "op-ed", "editorial", "email", "memo", "report", "briefing", "testimony", "message");
  /**
   * Nouns of a speech act itself: as a bare object they say what was done, not what was said ("asked a question",
   * "defended the remark").
   */
  static final Set<String> SPEECH_ACT_NOUNS = words("question", "comment", "remark", "statement", "tweet", "post",
      "speech", "message", "interview");
  /** Nouns that take a "that" clause as content: "gave assurances that ...". */
  static final Set<String> CLAUSE_NOUNS = words("assurance", "claim", "warning", "promise", "statement", "belief",
      "view", "argument", "allegation", "suggestion", "insistence", "assertion", "pledge", "vow", "charge",
      "accusation", "message", "announcement");
  /** Nouns of a stance toward something: "criticism of", "support for", "doubts about". */
  static final Set<String> STANCE_NOUNS = words("criticism", "support", "opposition", "praise", "condemnation",
      "endorsement", "denunciation", "skepticism", "scepticism", "doubt", "concern", "admiration", "contempt",
      "disdain", "rejection", "defense", "defence", "embrace", "dismissal", "attack", "objection", "backing");
  /**
   * The stance nouns that name a position held ("support for", "doubts about"); the rest of {@link #STANCE_NOUNS}
   * name something said ("criticism of", "praise for") and stay speech.
   */
  static final Set<String> HELD_STANCE_NOUNS = words("support", "opposition", "backing", "endorsement", "skepticism",
      "scepticism", "doubt", "concern", "admiration", "contempt", "disdain", "embrace");
  /** Nouns for one who holds a position, whose "of" phrase names what it is on ("a fierce critic of the levy"). */
  static final Set<String> HOLDER_NOUNS = words("supporter", "backer", "critic", "opponent", "proponent", "advocate",
      "defender", "detractor", "champion", "admirer", "foe");
  /** Nouns of support in a phrase on a verb: "in support of", "in favor of". */
  static final Set<String> SUPPORT_PHRASE_NOUNS = words("support", "favor", "favour", "defense", "defence");
  /** Claim nouns that hold a belief or an intention rather than words ("the belief that", "plans that"). */
  static final Set<String> STANCE_CLAUSE_NOUNS = words("belief", "view", "hope", "expectation", "plan", "intention", "fear");
  /** The prepositions joining a stance noun to its target ("criticism of", "support for", "doubts about"). */
  static final Set<String> STANCE_PREPOSITIONS = words("of", "for", "about", "to");
  /**
   * An editor's labels heading a line ("UPDATE: …", "Correction: …", "PREVIOUSLY: …"): never a speaker's tag, in
   * capitals or not (a transcript's speaker in capitals is one: "HOST: …"). Lower-case words.
   */
  static final Set<String> EDITOR_LABELS = words("update", "updated", "updates", "correction", "corrections",
      "clarification", "previously", "related", "breaking", "developing", "flashback", "editor's note", "editor’s note",
      "note");
  /** Documents, surveys and records that can be the source of a finding. */
  static final Set<String> EVIDENCE_NOUNS = words("poll", "survey", "study", "report", "analysis", "data", "video",
      "footage", "document", "record", "research", "review", "audit", "figure", "number", "statistic", "polling",
      "average", "memo", "email", "letter", "filing", "return", "estimate", "projection", "forecast", "model",
      "census", "investigation", "inquiry", "probe", "assessment", "paper", "book", "article", "ruling", "complaint",
      "lawsuit", "indictment", "tally", "count", "exit", "chart", "graph", "map", "photo", "image", "recording");
  /**
   * Evidence nouns that measure: the subject of the finding they report is what was measured, not who spoke, so the
   * document is the source even of a person ("In the poll, Varga led by four points", "In the survey, 38 percent said").
   */
  static final Set<String> MEASURE_NOUNS = words("poll", "survey", "study", "analysis", "data", "research", "figure",
      "number", "statistic", "polling", "average", "estimate", "projection", "forecast", "model", "census", "tally",
      "count", "exit", "chart", "graph", "map");
  /** Nouns naming the occasion of a statement: a phrase on the cue verb headed by one is not content. */
  static final Set<String> OCCASIONS = words("debate", "forum", "ruling", "hearing", "rally", "conference",
      "appearance", "video", "ad", "program", "programme", "show", "broadcast", "podcast", "event", "meeting",
      "session", "campaign", "visit", "trip", "address", "op-ed", "column", "book", "filing", "court", "appeal",
      "summit", "radio", "television", "tv", "twitter", "facebook", "instagram", "article", "piece");
  /** Prepositions that may open an occasion after a "say" verb's content ("said as much in an interview"). */
  static final Set<String> OCCASION_PREPOSITIONS = words("in", "during", "at");
  /** Prepositions of a speech verb's topic ("spoke of", "warned about", "voted against"), right after the verb. */
  static final Set<String> TOPIC_PREPOSITIONS = words("of", "about", "on", "for", "against");

  // ---- when and who around a cue

  /** Nouns of time: a phrase on the cue headed by one says when, not what ("spoke on Monday"). Lower-case words. */
  static final Set<String> TIME_NOUNS = CalendarWords.union(CalendarWords.WEEKDAYS, CalendarWords.MONTHS,
      words("today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week", "weekend", "month",
          "year", "time", "occasion", "day"));
  /** Entity labels of a date, a time or a span of time ("Jan. 27", "77 minutes"). */
  static final Set<String> WHEN_ENTITIES = Set.of("DATE", "TIME", "DURATION", "SET");
  /** Prepositions of time and place: a phrase they open after a cue is its occasion ("said in Reno", "told … after the vote"). */
  static final Set<String> WHERE_WHEN = words("in", "at", "on", "outside", "inside", "near", "after", "before", "during");
  /** Words that may follow a closing "…, X said" before the sentence or a trailing clause goes on. Lower-case words. */
  static final Set<String> WHEN_WORDS = CalendarWords.union(CalendarWords.WEEKDAYS, words("on", "in", "at", "late",
      "early", "last", "this", "a", "an", "the", "statement", "interview", "interviews", "briefing", "news", "conference",
      "yesterday", "today", "tonight", "week", "month", "year", "morning", "afternoon", "evening", "night", "recently",
      "earlier", "later", "also", "then", "privately", "publicly", "separately"));
  /**
   * Words after "…, X said," that do not resume what was said but open the reporter's own clause ("…, he said, as
   * talks stalled"). Lower-case words.
   */
  static final Set<String> NOT_RESUMING = words("as", "while", "when", "after", "before", "because",
      "although", "though", "since", "adding", "and", "but", "which", "who", "according");
  /**
   * Conjunctions opening a clause of time or contrast: the setting of a statement, when hung on its cue (a reason,
   * "because …", is mostly part of what was said).
   */
  static final Set<String> SETTING_CONJUNCTIONS = words("as", "while", "when", "after", "before", "although", "though",
      "whereas", "until");
  /** Prepositions inside a speaker's description ("one source in the room", "head of the caucus"). */
  static final Set<String> SPEAKER_PREPOSITIONS = words("of", "in", "at", "for", "with", "from");
  /** Pronouns that can be a speaker. Lower-case words. */
  static final Set<String> PERSONAL_PRONOUNS = words("he", "she", "they", "i", "we", "you", "it");
  /** The pronouns that stand for one person. Lower-case words. */
  static final Set<String> SINGULAR_PERSON_PRONOUNS = words("he", "she");
  /** Pronouns that stand for people, as the subject of a view ("they are afraid that"). Lower-case words. */
  static final Set<String> HUMAN_PRONOUNS = words("he", "she", "they", "we", "i");
  /** Possessive pronouns that hold a stance ("his criticism of"); other possessive determiners do not. */
  static final Set<String> POSSESSIVE_PRONOUNS = words("his", "her", "their", "its", "our", "my");
  /** Relative pronouns that may stand as the subject of a cue ("the leader, who said …"). Lower-case words. */
  static final Set<String> WHO_WHICH = words("who", "which");
  /** Prepositions by which a gerund cue tells how its clause was done ("by saying", "in arguing"). Lower-case words. */
  static final Set<String> MANNER_PREPOSITIONS = words("by", "in");
  /** Relative pronouns that are the subject of what was said ("the deal, which Varga said would cost millions"). */
  static final Set<String> RELATIVES = words("which", "that", "who", "what");

  // ---- clause joints

  /** Connectives opening a sentence that are not part of what was said ("However, …", "But …"). Lower-case words. */
  static final Set<String> CONNECTIVES = words("however", "but", "and", "still", "yet", "meanwhile", "so");
  /** Conjunctions that join a second clause or quote to a statement. */
  static final Set<String> AND_BUT = words("and", "but");
  /** Conjunctions after a comma that can open a conjoined clause of its own ("…, yet polls are not …"). */
  static final Set<String> AND_BUT_YET = words("and", "but", "yet");
  /** Conjunctions after a comma that open a contrast, which may carry a cue of its own ("…, but Smith said"). */
  static final Set<String> CONTRASTS = words("but", "though", "although", "yet", "whereas");
  /** Words after a comma that open the reporter's comment past the content (", with polls showing …"). */
  static final Set<String> REPORTER_ASIDES = words("with", "aside", "especially", "yet");
  /** Words that cannot open the subject of a new main clause. Lower-case words. */
  static final Set<String> NOT_A_SUBJECT = words("and", "but", "or", "which", "who", "that", "as", "while", "when", "if");
  /** Dash tokens, as the tokenizer writes them. */
  static final Set<String> DASHES = words("―", "—", "--", "–");
  /** Parenthesis tokens. */
  static final Set<String> PARENTHESES = words("(", ")");
  /** Closing quote-mark tokens, as the tokenizer writes them. */
  static final Set<String> CLOSING_MARKS = words("''", "”", "\"", "’");

  // ---- Penn tags and dependency relations the rules share

  /** Finite verb tags and the modal. */
  static final Set<String> FINITE = words("VBD", "VBZ", "VBP", "MD");
  /** Past and third-person present verb tags: a cue verb that can start a second statement ("… and warned"). */
  static final Set<String> PAST_OR_PRESENT = words("VBD", "VBZ");
  /** Participle tags. */
  static final Set<String> PARTICIPLES = words("VBG", "VBN");
  /** Adverb tags. */
  static final Set<String> ADVERBS = words("RB", "RBR");
  /** Wh-determiner and wh-pronoun tags. */
  static final Set<String> WH = words("WDT", "WP");
  /** Tags of the words of a simple noun phrase (names, nouns, determiners, possessives, adjectives, numbers). */
  static final Set<String> NOUN_PHRASE = words("DT", "NNP", "NNPS", "NN", "NNS", "POS", "JJ", "PRP$", "CD");
  /** Relations that make a finite verb's auxiliary or copula: the clause's verb is its head. */
  static final Set<String> AUXILIARIES = words("cop", "aux", "aux:pass");
  /** The auxiliaries a second cue of the same subject may take ("but did not say", "and has called"). Lemmas. */
  static final Set<String> SECOND_CUE_AUXILIARIES = words("do", "have");
  /** Clausal-complement relations. */
  static final Set<String> COMPLEMENTS = words("ccomp", "xcomp");
  /** Relations by which a cue verb takes a name after it as the speaker in an inverted attribution. */
  static final Set<String> INVERTED_SPEAKER = words("obj", "xcomp", "dep", "iobj");
  /** Relations of what a cue verb governs besides its content: the occasion, the time, a second clause. */
  static final Set<String> BESIDES_CONTENT = words("obl", "obl:tmod", "advcl", "advmod", "nmod:tmod", "conj", "parataxis");

  /** A speech or cognition verb. */
  static boolean verbCue(String lemma) {
    return SPEECH.contains(lemma) || COGNITION.contains(lemma);
  }

  /** A token's lemma (its word when it has none), lower-cased: the form the lists hold. */
  static String lemma(Token t) {
    return t.lemma() == null ? t.word().toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT);
  }

  /** A token's word, lower-cased. */
  static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  static boolean verb(Token t) {
    return t.tag().startsWith("VB");
  }

  private static Set<String> words(String... w) {
    return Set.copyOf(java.util.Arrays.asList(w));
  }
}
