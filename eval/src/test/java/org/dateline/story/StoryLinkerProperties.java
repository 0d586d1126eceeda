package org.dateline.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.dateline.eval.SyntheticCorpus;
import org.dateline.model.ArticleRecord;

/** Over random synthetic corpora: every article and statement is accounted for once, and linking is repeatable. */
class StoryLinkerProperties {
  @Property(tries = 15)
  void everyArticleInOneStoryAndEveryStatementInOneMergedStatement(@ForAll @IntRange(min = 1, max = 150) int size,
      @ForAll long seed) {
    List<ArticleRecord> in = SyntheticCorpus.generate(size, seed);
    Linking l = new StoryLinker().link(in);
    Set<String> copies = new HashSet<>();
    for (Linking.DuplicateSet d : l.duplicates()) for (String s : d.sources()) if (!s.equals(d.canonical())) assertThat(copies.add(s)).isTrue();
    Set<String> inStories = new HashSet<>();
    for (Linking.Story s : l.stories()) for (String a : s.articles()) assertThat(inStories.add(a)).as("article in two stories: %s", a).isTrue();
    for (ArticleRecord r : in) assertThat(inStories.contains(r.source()) != copies.contains(r.source())).as(r.source()).isTrue();
    Set<String> variants = new HashSet<>();
    for (Linking.MergedStatement m : l.statements()) {
      assertThat(m.variants()).isNotEmpty();
      for (Linking.Variant v : m.variants()) assertThat(variants.add(v.source() + "#" + v.statementIndex())).isTrue();
    }
    for (ArticleRecord r : in)
      if (!copies.contains(r.source()))
        for (int i = 0; i < r.statements().size(); i++) assertThat(variants).contains(r.source() + "#" + i);
    assertThat(new StoryLinker().link(in)).isEqualTo(l);
  }
}
