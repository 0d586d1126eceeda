package org.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class BodyTextProperties {

  @Property(tries = 300)
  void everyBodySpanMapsToAnOrderedSpanInsideTheSource(@ForAll @StringLength(max = 300) String source,
      @ForAll @IntRange(min = 1, max = 6) int pieces, @ForAll @IntRange(min = 0, max = 1000) int seed) {
    java.util.Random r = new java.util.Random(seed);
    List<Span> paragraphs = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < pieces && at < source.length(); i++) {
      int s = at + r.nextInt(source.length() - at + 1);
      int e = s + r.nextInt(source.length() - s + 1);
      paragraphs.add(new Span(s, e));
      at = e;
    }
    BodyText body = new BodyText(source, paragraphs);
    for (int i = 0; i < paragraphs.size(); i++)
      assertThat(body.bodyParagraphs().get(i).of(body.text())).isEqualTo(paragraphs.get(i).of(source));
    int n = body.text().length();
    for (int k = 0; k < 20; k++) {
      int s = r.nextInt(n + 1), e = s + r.nextInt(n - s + 1);
      Span mapped = body.toSource(new Span(s, e));
      assertThat(mapped.end()).isLessThanOrEqualTo(source.length());
      assertThat(mapped.start()).isLessThanOrEqualTo(mapped.end());
    }
  }
}
