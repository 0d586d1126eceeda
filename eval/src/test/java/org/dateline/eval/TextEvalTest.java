package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The news-text metrics' rules on invented gold: outlet by domain stem or site name, surname as a word, folded headlines. */
class TextEvalTest {
  private static TextEval.Gold gold(String site, String url, String... names) {
    return new TextEval.Gold("p.txt", "Harbor talks resume", "Ana Ruiz", null, "", site, url, List.of(names));
  }

  @Test
  void outletSpellsADomainStemOrASiteName() {
    TextEval.Gold g = gold("http://www.harborledger.com", "https://news.harborledger.com/world/talks", "The Harbor Ledger");
    assertThat(TextEval.outletMatches("Harbor Ledger", g)).isTrue(); // "harbor"+"ledger" spells the stem
    assertThat(TextEval.outletMatches("© The Harbor Ledger", g)).isTrue();
    assertThat(TextEval.outletMatches("HARBORLEDGER.COM", g)).isTrue();
    assertThat(TextEval.outletMatches("Harbor", g)).isFalse();
    assertThat(TextEval.outletMatches("News", g)).isFalse();
    assertThat(TextEval.outletMatches(null, g)).isFalse();
    assertThat(TextEval.outletMatches("Harbor Ledger " + "x".repeat(60), g)).isFalse(); // over 60 characters
  }

  @Test
  void theStemIsTheLabelBeforeTheTopLevelDomain() {
    assertThat(TextEval.stems("https://www.meridian-wire.co.uk/a")).containsExactly("meridianwire");
    assertThat(TextEval.stems("http://news.korven.com")).containsExactly("korven");
  }

  @Test
  void bylineHoldsTheSurnameAsAWordWithAccentsFolded() {
    assertThat(TextEval.hasWord("By Ana Ruíz and Piet Lorne", "Ruiz")).isTrue();
    assertThat(TextEval.hasWord("By Ana Ruizova", "Ruiz")).isFalse();
  }

  @Test
  void headlinesAreComparedFolded() {
    assertThat(TextEval.foldHeadline("Korven’s  “talks”  RESUME")).isEqualTo(TextEval.foldHeadline("korven's \"talks\" resume"));
  }
}
