package org.dateline.story;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.File;
import java.util.List;
import org.dateline.json.Json;
import org.dateline.model.ArticleRecord;

/**
 * Links the records of a {@code dateline extract --format json} file and prints the stories, the people merged
 * from more than one name or article, and the statements reported more than once: for reading merges by eye.
 * Run: {@code java -cp core/target/classes:core/target/test-classes:<jackson jars> org.dateline.story.LinkFile FILE}.
 */
public final class LinkFile {
  private LinkFile() {}

  public static void main(String[] args) throws Exception {
    // Span's @JsonCreator on a two-argument factory is not readable by Jackson 2.18 (left for the model's owner)
    var mapper = Json.mapper().copy().registerModule(new com.fasterxml.jackson.databind.module.SimpleModule()
        .addDeserializer(org.dateline.model.Span.class, new com.fasterxml.jackson.databind.JsonDeserializer<>() {
          @Override
          public org.dateline.model.Span deserialize(com.fasterxml.jackson.core.JsonParser p,
              com.fasterxml.jackson.databind.DeserializationContext c) throws java.io.IOException {
            int[] v = p.readValueAs(int[].class);
            return new org.dateline.model.Span(v[0], v[1]);
          }
        }));
    List<ArticleRecord> records = mapper.readValue(new File(args[0]), new TypeReference<List<ArticleRecord>>() {});
    long t0 = System.nanoTime();
    Linking l = new StoryLinker().link(records);
    System.out.printf("%d articles linked in %d ms%n", records.size(), (System.nanoTime() - t0) / 1_000_000);
    System.out.println("== duplicates");
    for (var d : l.duplicates()) System.out.println("  " + d.sources());
    System.out.println("== stories " + l.stories().size());
    for (var s : l.stories()) System.out.println("  " + s.id() + " [" + s.first() + " .. " + s.last() + "] " + s.label() + " " + s.articles());
    System.out.println("== people merged (more than one distinct name, or more than one article)");
    int merged = 0;
    for (var p : l.people()) {
      long arts = p.mentions().stream().map(Linking.ArticlePerson::source).distinct().count();
      if (!p.aliases().isEmpty() || arts > 1) {
        merged++;
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (var m : p.mentions())
          for (var r : records) if (r.source().equals(m.source())) for (var ap : r.people()) if (ap.id().equals(m.personId())) names.add(ap.name());
        System.out.println("  " + p.id() + " '" + p.name() + "' articleNames=" + names + " aliases=" + p.aliases() + " articles=" + arts);
      }
    }
    System.out.println("  (" + merged + " of " + l.people().size() + ")");
    System.out.println("== statements reported more than once");
    for (var m : l.statements()) {
      if (m.variants().size() < 2) continue;
      System.out.println("  " + m.id() + " " + m.speakerId() + " first=" + m.firstOutlet());
      for (var v : m.variants()) System.out.println("     " + v.source() + "#" + v.statementIndex() + ": " + v.text());
    }
  }
}
