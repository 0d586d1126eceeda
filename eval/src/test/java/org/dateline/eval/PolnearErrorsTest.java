package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dateline.eval.PolnearErrors.ErrorClass;
import org.dateline.eval.PolnearErrors.SystemStatement;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;

/** Each error class on an invented agency report, counted once where it happens and nowhere else. */
class PolnearErrorsTest {
  private static final String TEXT = "Ivo Marek said the border would stay shut. The envoy said talks would resume. "
      + "Vetrov warned of new sanctions. Rain fell on Korven.";

  private static List<Span> of(String words) {
    int at = TEXT.indexOf(words);
    return List.of(new Span(at, at + words.length()));
  }

  private static GoldAttribution gold(String source, String cue, String content) {
    return new GoldAttribution(of(content), of(cue), of(source));
  }

  private static SystemStatement sys(String source, String cue, String content, String speaker) {
    return new SystemStatement(new GoldAttribution(of(content), of(cue), source == null ? List.of() : of(source)), "indirect", speaker);
  }

  @Test
  void eachClassIsCountedWhereItHappens() {
    List<GoldAttribution> gold = List.of(
        gold("Ivo Marek", "said", "the border would stay shut"),
        gold("The envoy", "said talks", "talks would resume"),
        gold("Vetrov", "warned", "new sanctions"));
    List<SystemStatement> sys = List.of(
        sys("Ivo Marek", "said", "the border would stay shut", "Ivo Marek"), // right
        sys("Ivo Marek", "said talks", "talks would resume", "envoy"),       // wrong speaker, unresolved role
        sys(null, "fell", "on Korven", null));                                // false find
    PolnearErrors e = new PolnearErrors(2);
    e.add("a1", TEXT, sys, gold);
    assertThat(e.count(ErrorClass.MISSED_CUE)).isEqualTo(1);     // "new sanctions"
    assertThat(e.count(ErrorClass.BOUNDARY)).isZero();
    assertThat(e.count(ErrorClass.FALSE_FIND)).isEqualTo(1);
    assertThat(e.count(ErrorClass.WRONG_SPEAKER)).isEqualTo(1);
    assertThat(e.count(ErrorClass.UNRESOLVED_ROLE)).isEqualTo(1);
    // of three gold sources: one right, one wrong, one whose content was missed (the finder's, not the speaker's)
    assertThat(e.sourceGap().goldRight()).isEqualTo(1);
    assertThat(e.sourceGap().goldContentMissed()).isEqualTo(1);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    e.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("of 3 gold sources, content missed 1, content below half 0"
        + " (the finder's); content found: source right 1, wrong 1, none given 0");
    // the source score's own misses: "Ivo Marek" given twice matches one gold source; the envoy and Vetrov go unmatched
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("system sources no gold source matches (source | cue | content), first 1 of 1:\n  a1 | Ivo Marek | said talks | talks would resume")
        .contains("gold sources no system source matches (source | cue | content), first 2 of 2:\n  a1 | The envoy |")
        .contains("  a1 | Vetrov | warned | new sanctions");
  }

  @Test
  void aContentCutShortIsABoundaryNotAMiss() {
    List<GoldAttribution> gold = List.of(gold("Ivo Marek", "said", "the border would stay shut"));
    PolnearErrors e = new PolnearErrors(1);
    e.add("a1", TEXT, List.of(sys("Ivo Marek", "said", "the border", "Ivo Marek")), gold);
    assertThat(e.count(ErrorClass.BOUNDARY)).isEqualTo(1);
    assertThat(e.count(ErrorClass.MISSED_CUE)).isZero();
    assertThat(e.count(ErrorClass.FALSE_FIND)).isZero();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    e.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("boundary             1 (0 lenient, 1 below half)")
        .contains("gold: the border would stay shut")
        .contains("sys:  the border");
  }

  @Test
  void rolesAndPronounsAreUnresolvedNamesAreNot() {
    assertThat(PolnearErrors.unresolved("minister", null)).isTrue();
    assertThat(PolnearErrors.unresolved("Valdoria's prime minister", null)).isTrue();
    assertThat(PolnearErrors.unresolved("he", null)).isTrue();
    assertThat(PolnearErrors.unresolved("Ivo Marek", null)).isFalse();
    assertThat(PolnearErrors.unresolved("EU", null)).isFalse();
    assertThat(PolnearErrors.unresolved(null, null)).isFalse();
  }

  @Test
  void aGroupOrOrganisationNamedByADescriptionIsNoUnresolvedRole() {
    assertThat(PolnearErrors.unresolved("envoy", "role")).isTrue();
    assertThat(PolnearErrors.unresolved("officials", "group")).isFalse();
    assertThat(PolnearErrors.unresolved("Marek campaign", "organisation")).isFalse();
    List<GoldAttribution> gold = List.of(gold("The envoy", "said talks", "talks would resume"));
    PolnearErrors e = new PolnearErrors(1);
    e.add("a1", TEXT, List.of(
        new SystemStatement(new GoldAttribution(of("talks would resume"), of("said talks"), of("The envoy")), "indirect", "envoy", "role"),
        new SystemStatement(new GoldAttribution(of("new sanctions"), of("warned"), of("Vetrov")), "indirect", "officials", "group")), gold);
    assertThat(e.count(ErrorClass.UNRESOLVED_ROLE)).isEqualTo(1);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    e.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("unresolved role      1 (and 1 groups or organisations named by a description)");
  }
}
