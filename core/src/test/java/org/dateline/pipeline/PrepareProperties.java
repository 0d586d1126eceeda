package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dateline.model.Span;
import org.dateline.read.Inputs;
import org.dateline.read.RawPage;
import org.dateline.read.ReadResult;
import org.dateline.time.Dated;

/** Random bytes and random text never crash reading, cleaning or dating; body spans stay in the source, in order. */
class PrepareProperties {
  private final Pipeline pipeline = Pipeline.standard(null); // prepare() needs no NLP

  @Property(tries = 300)
  void randomBytesNeverCrash(@ForAll byte[] bytes, @ForAll boolean html) {
    check(Inputs.fromBytes("random", html ? RawPage.Format.HTML : RawPage.Format.TEXT, bytes, null, null, null));
  }

  @Property(tries = 300)
  void randomNewsLikeTextNeverCrashes(@ForAll("newsish") String text, @ForAll boolean html) {
    String content = html ? "<html><body><p>" + text.replace("\n\n", "</p><p>") + "</p></body></html>" : text;
    check(Inputs.fromBytes("random", html ? RawPage.Format.HTML : RawPage.Format.TEXT,
        content.getBytes(StandardCharsets.UTF_8), null, null, null));
  }

  @Provide
  Arbitrary<String> newsish() {
    Arbitrary<String> word = Arbitraries.of("Vetrov", "said", "\"", "“", "”", "«", "»", "'", "February", "13", "(Meridian Wire)",
        "--", "KORVEN,", "Friday", "the", "minister", "\n", "\n\n", "Subscribe", "0", "Share", "<", ">", "&amp;", "—", "\uFFFD");
    return word.list().ofMaxSize(120).map(ws -> String.join(" ", ws));
  }

  private void check(ReadResult result) {
    if (!(result instanceof ReadResult.Page page)) return;
    Dated d = pipeline.prepare(page.page());
    String source = d.article().sourceText();
    int previousEnd = 0;
    for (Span p : d.article().body().paragraphs()) {
      assertThat(p.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(p.end()).isLessThanOrEqualTo(source.length());
      previousEnd = p.end();
    }
    var pub = d.published();
    if (pub.date() != null) {
      if (pub.earliest() != null) assertThat(pub.date()).isAfterOrEqualTo(pub.earliest());
      if (pub.latest() != null) assertThat(pub.date()).isBeforeOrEqualTo(pub.latest());
    }
  }
}
