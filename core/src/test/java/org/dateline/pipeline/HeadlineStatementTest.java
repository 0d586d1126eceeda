package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.SharedNlp;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Statement;
import org.dateline.read.RawPage;
import org.junit.jupiter.api.Test;

/** The headline is analysed with the body: a statement there is found and points into the source. */
class HeadlineStatementTest {
  @Test
  void statementInHeadlineIsFoundButBodyStaysBody() {
    String text = "Rennick: The island ferry will keep running all winter\n\n"
        + "The mayor of Port Selva told reporters on Tuesday that the council had found money for fuel.\n";
    Pipeline p = SharedNlp.pipeline();
    ArticleRecord r = p.annotate(p.prepare(new RawPage("t.txt", RawPage.Format.TEXT, text, null, null, List.of())));
    assertThat(r.headline()).isEqualTo("Rennick: The island ferry will keep running all winter");
    assertThat(r.body()).doesNotContain("Rennick:");
    Statement first = r.statements().get(0);
    assertThat(first.text()).isEqualTo("The island ferry will keep running all winter");
    assertThat(first.speaker().mention()).isEqualTo("Rennick");
    assertThat(first.spans().get(0).of(text)).isEqualTo(first.text());
    assertThat(r.statements()).anySatisfy(s -> assertThat(s.text()).startsWith("that the council had found money"));
  }
}
