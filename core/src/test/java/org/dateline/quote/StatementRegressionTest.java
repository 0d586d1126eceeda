package org.dateline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.model.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the hard cases in {@code regression/statements}: each {@code NAME.txt} (an invented article) must give
 * exactly the statements in {@code NAME.json}. Run with {@code -Dregression.write=true} to write the json of a new
 * case, then read it through before committing it.
 */
class StatementRegressionTest {
  private static final Path DIR = Path.of("src/test/resources/regression/statements");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** One expected statement, as words. */
  record Case(String kind, String speaker, String cue, List<String> content) {}

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void replays(Path txt) throws IOException {
    String text = Files.readString(txt, StandardCharsets.UTF_8);
    List<Case> actual = new ArrayList<>();
    for (StatementAssertions.Expected e : StatementAssertions.found(text))
      actual.add(new Case(e.kind().json(), e.speaker(), e.cue(), e.content()));
    Path json = Path.of(txt.toString().replaceFirst("\\.txt$", ".json"));
    if (Boolean.getBoolean("regression.write")) JSON.writeValue(json.toFile(), actual);
    List<Case> expected = List.of(JSON.readValue(json.toFile(), Case[].class));
    assertThat(actual).as(txt.getFileName().toString()).containsExactlyElementsOf(expected);
  }

  static {
    // keep the kind names in the json the record's
    assert Statement.Kind.DIRECT.json().equals("direct");
  }
}
