package org.dateline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dateline.clean.TextCleaner;
import org.dateline.SharedNlp;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.nlp.Parsed;

/** Golden-test helpers: statements as words (kind, speaker mention, cue, content pieces), compared in text order. */
final class StatementAssertions {
  private static final QuoteFinder FINDER = new QuoteFinder();

  private StatementAssertions() {}

  record Expected(Statement.Kind kind, String speaker, String cue, List<String> content) {
    @Override
    public String toString() {
      return kind.json() + " | " + speaker + " | " + cue + " | " + String.join(" // ", content);
    }
  }

  static Expected direct(String speaker, String cue, String... content) {
    return new Expected(Statement.Kind.DIRECT, speaker, cue, List.of(content));
  }

  static Expected partial(String speaker, String cue, String... content) {
    return new Expected(Statement.Kind.PARTIAL, speaker, cue, List.of(content));
  }

  static Expected indirect(String speaker, String cue, String... content) {
    return new Expected(Statement.Kind.INDIRECT, speaker, cue, List.of(content));
  }

  static Expected stance(String speaker, String cue, String... content) {
    return new Expected(Statement.Kind.STANCE, speaker, cue, List.of(content));
  }

  static Expected negated(String speaker, String cue, String... content) {
    return new Expected(Statement.Kind.NEGATED, speaker, cue, List.of(content));
  }

  static Expected asked(String speaker, String cue, String... content) {
    return new Expected(Statement.Kind.ASKED, speaker, cue, List.of(content));
  }

  static Parsed parse(String text) {
    return SharedNlp.nlp().annotate(text, null, FINDER.parseWhen());
  }

  static List<Expected> found(String text) {
    Parsed parsed = parse(text);
    List<Expected> out = new ArrayList<>();
    for (Attribution a : FINDER.find(parsed, TextCleaner.paragraphs(text))) {
      List<String> content = new ArrayList<>();
      for (Span s : a.content()) content.add(s.of(text));
      out.add(new Expected(a.kind(), a.source() == null ? null : a.source().of(text), a.cue() == null ? null : a.cue().of(text), content));
    }
    return out;
  }

  /** The statements found are exactly these, in order. */
  static void assertStatements(String text, Expected... expected) {
    assertThat(found(text)).map(Expected::toString).containsExactly(java.util.Arrays.stream(expected).map(Expected::toString).toArray(String[]::new));
  }

  /** Among the statements found are these (other statements in the text are not checked). */
  static void assertIncludes(String text, Expected... expected) {
    assertThat(found(text)).map(Expected::toString).contains(java.util.Arrays.stream(expected).map(Expected::toString).toArray(String[]::new));
  }
}
