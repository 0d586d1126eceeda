package org.dateline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dateline.clean.HtmlCleaner;
import org.dateline.eval.ExtractionEval;
import org.dateline.eval.GoldPages;
import org.dateline.eval.ShingleScore;

/**
 * Dateline, boilerpipe and Mozilla Readability on the same gold folder in one run, scored with the same shingle
 * metric; prints a Markdown table. Readability runs in node ({@code bench/readability/extract.js}, after
 * {@code npm ci} there) and reports its own extraction time.
 *
 * <p>Usage: {@code ExtractionBench DIR [READABILITY_SCRIPT]}.
 */
public final class ExtractionBench {
  private ExtractionBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: ExtractionBench DIR [bench/readability/extract.js]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    List<GoldPages.GoldPage> pages = GoldPages.load(dir);
    List<String> rows = new ArrayList<>();

    HtmlCleaner cleaner = new HtmlCleaner();
    // a full untimed pass first: every extractor is measured warm (node gets the same in extract.js)
    ExtractionEval.run(pages, p -> cleaner.clean(p).body().text());
    rows.add(row("Dateline HtmlCleaner", ExtractionEval.run(pages, p -> cleaner.clean(p).body().text())));

    ExtractionEval.run(pages, ExtractionBench::boilerpipe);
    rows.add(row("boilerpipe 1.1.0 ArticleExtractor", ExtractionEval.run(pages, ExtractionBench::boilerpipe)));

    String script = args.length > 1 ? args[1] : "bench/readability/extract.js";
    if (new File(script).isFile()) {
      Process node = new ProcessBuilder("node", script, dir.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      byte[] out = node.getInputStream().readAllBytes();
      if (!node.waitFor(20, TimeUnit.MINUTES) || node.exitValue() != 0) throw new IllegalStateException("node " + script + " failed");
      JsonNode r = new ObjectMapper().readTree(new String(out, StandardCharsets.UTF_8));
      List<ShingleScore> scores = new ArrayList<>();
      for (GoldPages.GoldPage p : pages) {
        JsonNode t = r.get("texts").get(p.id());
        scores.add(ShingleScore.of(t == null ? "" : t.asText(), p.field("articleBody")));
      }
      double seconds = r.get("seconds").asDouble();
      rows.add(row("Mozilla Readability 0.6.0 (node, jsdom)", ShingleScore.Summary.of(scores), pages.size() / seconds));
    } else {
      System.err.println("no " + script + ": Readability skipped (run npm ci in bench/readability)");
    }
    System.out.println("| extractor | pages | precision | recall | F1 | accuracy | pages/s |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    rows.forEach(System.out::println);
  }

  private static String boilerpipe(org.dateline.read.RawPage page) {
    try {
      return ArticleExtractor.INSTANCE.getText(page.content());
    } catch (Exception e) {
      return "";
    }
  }

  private static String row(String name, ExtractionEval.Result r) {
    return row(name, r.summary(), r.pagesPerSecond());
  }

  private static String row(String name, ShingleScore.Summary s, double pagesPerSecond) {
    return "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.1f |".formatted(name, s.pages(), s.precision(), s.recall(), s.f1(),
        s.accuracy(), pagesPerSecond);
  }
}
