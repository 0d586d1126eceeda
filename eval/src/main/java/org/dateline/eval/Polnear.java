package org.dateline.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dateline.model.Span;

/** The PolNeAR corpus layout: {@code DIR/text/NAME.txt} and brat files {@code DIR/attributions/NAME_ANNOTATOR.ann}. */
public final class Polnear {
  /** One article: its text and the first annotator's attributions. */
  public record Article(String name, String text, List<GoldAttribution> gold) {}

  private Polnear() {}

  public static List<Article> read(Path dir) throws IOException {
    Path texts = dir.resolve("text"), anns = dir.resolve("attributions");
    if (!Files.isDirectory(texts) || !Files.isDirectory(anns))
      throw new IOException("not a PolNeAR split: %s needs text/ and attributions/".formatted(dir));
    List<Path> annFiles;
    try (Stream<Path> s = Files.list(anns)) {
      annFiles = s.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
    }
    List<Article> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(texts)) {
      for (Path t : s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        String name = t.getFileName().toString().replaceFirst("\\.txt$", "");
        Path ann = annFiles.stream().filter(a -> a.getFileName().toString().startsWith(name + "_")).findFirst().orElse(null);
        if (ann == null) continue;
        out.add(new Article(name, Files.readString(t, StandardCharsets.UTF_8), parse(Files.readAllLines(ann, StandardCharsets.UTF_8))));
      }
    }
    return out;
  }

  /** brat standoff: T lines are spans ("Label s e;s e"), E lines link Content, Cue and Source of one attribution. */
  static List<GoldAttribution> parse(List<String> lines) {
    Map<String, List<Span>> spans = new HashMap<>();
    for (String line : lines) {
      if (!line.startsWith("T")) continue;
      String[] f = line.split("\t");
      if (f.length < 2) continue;
      String[] typeAndSpans = f[1].split(" ", 2);
      List<Span> pieces = new ArrayList<>();
      for (String piece : typeAndSpans[1].split(";")) {
        String[] se = piece.trim().split(" ");
        pieces.add(new Span(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
      }
      spans.put(f[0], pieces);
    }
    List<GoldAttribution> out = new ArrayList<>();
    for (String line : lines) {
      if (!line.startsWith("E")) continue;
      String[] f = line.split("\t");
      List<Span> content = List.of(), cue = List.of(), source = List.of();
      for (String arg : f[1].split(" ")) {
        String[] kv = arg.split(":");
        if (kv.length != 2) continue;
        List<Span> s = spans.getOrDefault(kv[1], List.of());
        switch (kv[0]) {
          case "Content" -> content = s;
          case "Cue" -> cue = s;
          case "Source" -> source = s;
          default -> { }
        }
      }
      if (!content.isEmpty()) out.add(new GoldAttribution(content, cue, source));
    }
    return out;
  }
}
