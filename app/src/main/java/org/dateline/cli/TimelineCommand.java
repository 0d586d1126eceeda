package org.dateline.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.model.ArticleRecord;
import org.dateline.pipeline.RunSummary;
import org.dateline.story.Linking;
import org.dateline.story.LinkingPass;
import org.dateline.story.Timeline;
import org.dateline.story.TimelineFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Read news files like extract, link them into stories and print each story's articles and statements in date order.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every input was processed", "1:some inputs failed (reported on stderr) or could not be written",
        "2:usage error"})
final class TimelineCommand implements Callable<Integer> {
  enum Format { json, markdown, timelinejs, html }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read; - reads stdin.")
  List<String> paths;

  @Option(names = "--format", defaultValue = "markdown", description = "json, markdown, timelinejs or html. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the timeline here instead of stdout.")
  Path out;

  @Mixin PipelineOptions run;

  @Override
  public Integer call() throws IOException {
    run.check();
    List<ArticleRecord> records = new ArrayList<>();
    // the linking below merges the same words from several articles: the run line counts versions, its line statements
    RunSummary s = run.run(paths, System.err, new PipelineOptions.Sink() {
      @Override
      public void accept(ArticleRecord r, String sourceText) {
        records.add(r);
      }

      @Override
      public String counted() {
        return "statement versions";
      }
    });
    LinkingPass.Linked linked = LinkingPass.standard().link(records);
    List<ArticleRecord> dated = linked.articles();
    Linking linking = linked.linking();
    System.err.printf("dateline: %d stories, %d people, %d statements (%d reported more than once), %d duplicate sets%n",
        linking.stories().size(), linking.people().size(), linking.statements().size(),
        linking.statements().stream().filter(m -> m.variants().size() > 1).count(), linking.duplicates().size());
    String text = TimelineFormat.valueOf(format.name().toUpperCase(java.util.Locale.ROOT)).render(Timeline.of(linking, dated));
    if (out == null) {
      System.out.write(text.getBytes(StandardCharsets.UTF_8));
      System.out.flush();
    } else {
      Files.writeString(out, text, StandardCharsets.UTF_8);
    }
    return s.failures() == 0 ? Main.OK : Main.SOME_FAILED;
  }
}
