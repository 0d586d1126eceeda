package org.dateline.quote;

import java.util.Set;

/** The words that mark an attribution: speech and cognition verbs, cue nouns, and the pronouns a source may be. */
final class Cues {
  private Cues() {}

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
      "post", "view", "regard", "respect", "denounce", "lambaste", "chide", "fault", "commend", "liken");
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
  /** Verbs that take a bare object as content ("announced a plan", "denied the report"). */
  static final Set<String> OBJECT_CONTENT = words("announce", "deny", "cite", "describe", "criticize",
      "criticise", "praise", "reveal", "propose", "predict", "promise", "pledge", "demand", "recommend", "question",
      "dismiss", "defend", "reject", "endorse", "condemn", "dispute", "attack", "slam", "blast", "discuss", "repeat",
      "reiterate", "mention", "support", "oppose", "back", "hail", "welcome", "applaud", "decry", "accuse", "blame",
      "urge", "ask", "call", "chant", "tweet", "echo", "acknowledge", "admit", "report", "show", "find",
      "characterize", "label", "brand", "mock", "want", "plan", "note", "stress", "emphasize", "recall", "lament",
      "concede", "defend", "view", "regard", "respect", "denounce", "lambaste", "chide", "fault", "commend",
      "post", "prefer", "liken", "rate");
  /** Verbs that by themselves usually are not attributions unless they have a clausal complement. */
  static final Set<String> CLAUSE_ONLY = words("find", "show", "read", "see", "know", "feel", "point", "continue",
      "like", "seem", "appear", "consider");
  /** Nouns that cue the clause around them: "in a statement", "in an interview". */
  static final Set<String> NOUNS = words("statement", "interview", "tweet", "post", "speech", "letter", "release",
      "remarks", "op-ed", "editorial", "email", "memo", "report", "briefing", "testimony", "message");
  /** Nouns that take a "that" clause as content: "gave assurances that ...". */
  static final Set<String> CLAUSE_NOUNS = words("assurance", "claim", "warning", "promise", "statement", "belief",
      "view", "argument", "allegation", "suggestion", "insistence", "assertion", "pledge", "vow", "charge",
      "accusation", "message", "announcement");

  /** Nouns of a stance toward something: "criticism of", "support for", "doubts about". */
  static final Set<String> STANCE_NOUNS = words("criticism", "support", "opposition", "praise", "condemnation",
      "endorsement", "denunciation", "skepticism", "scepticism", "doubt", "concern", "admiration", "contempt",
      "disdain", "rejection", "defense", "defence", "embrace", "dismissal", "attack", "objection", "backing");

  /** Verbs by which a document or survey states a finding ("the poll shows", "the study found"). */
  static final Set<String> EVIDENCE_VERBS = words("show", "find", "reveal", "indicate", "suggest", "confirm", "say",
      "estimate", "project", "predict", "conclude", "document", "list", "give", "put");
  /** Documents, surveys and records that can be the source of a finding. */
  static final Set<String> EVIDENCE_NOUNS = words("poll", "survey", "study", "report", "analysis", "data", "video",
      "footage", "document", "record", "research", "review", "audit", "figure", "number", "statistic", "polling",
      "average", "memo", "email", "letter", "filing", "return", "estimate", "projection", "forecast", "model",
      "census", "investigation", "inquiry", "probe", "assessment", "paper", "book", "article", "ruling", "complaint",
      "lawsuit", "indictment", "tally", "count", "exit", "chart", "graph", "map", "photo", "image", "recording");

  static final Set<String> PERSONAL_PRONOUNS = words("he", "she", "they", "i", "we", "you", "it");

  private static Set<String> words(String... w) {
    return Set.copyOf(java.util.Arrays.asList(w));
  }

  static boolean verbCue(String lemma) {
    return SPEECH.contains(lemma) || COGNITION.contains(lemma);
  }

  static boolean anyCue(String lemma) {
    return verbCue(lemma) || NOUNS.contains(lemma) || CLAUSE_NOUNS.contains(lemma) || lemma.equals("accord");
  }
}
