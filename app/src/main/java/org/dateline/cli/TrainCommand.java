package org.dateline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.clean.LineModel;
import org.dateline.eval.TextLinesTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dateline train}: the trained parts of the pipeline, each a subcommand. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a model the pipeline ships.",
    subcommands = {TrainCommand.TextLines.class, CommandLine.HelpCommand.class})
final class TrainCommand implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** {@code dateline train text-lines}: the text cleaner's line classifier, cross-validated by site, then trained on all. */
  @Command(name = "text-lines", mixinStandardHelpOptions = true,
      description = {"Train the text cleaner's line classifier (body / headline / other) with Tribuo on news-text and article-extraction pages.",
          "Prints k-fold cross-validated figures with folds by site (line accuracy and F1 per label; body F1 and headline of the news-text metric",
          "on each fold's held-out pages, beside the rules alone), then trains on all pages and writes the model (gzipped weights)."},
      exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:trained", "1:the data could not be read or the model not written", "2:usage error"})
  static final class TextLines implements Callable<Integer> {
    @Option(names = "--news-text", paramLabel = "DIR", defaultValue = "../shared/data/news-text", description = "Default: ${DEFAULT-VALUE}.")
    Path newsText;

    @Option(names = "--extraction", paramLabel = "DIR", defaultValue = "../shared/data/article-extraction",
        description = "The article-extraction set (HTML turned into scraped text); 'none' to leave it out. Default: ${DEFAULT-VALUE}.")
    String extraction;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5", description = "Folds by site; 0 skips cross-validation. Default: ${DEFAULT-VALUE}.")
    int folds;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model trained on all pages, e.g. "
        + "core/src/main/resources/org/dateline/clean/text-lines.model.gz; without it nothing is written.")
    Path outFile;

    @Option(names = "--misses", description = "Print each held-out news-text page whose headline the fold's model missed.")
    boolean misses;

    @Override
    public Integer call() {
      PrintStream out = System.out, err = System.err;
      if (folds == 1 || folds < 0) {
        err.println("dateline: --folds must be 0 or at least 2, was " + folds);
        return Main.USAGE;
      }
      TextLinesTrainer trainer = new TextLinesTrainer(out, misses);
      try {
        Path ex = extraction.equals("none") ? null : Path.of(extraction);
        List<TextLinesTrainer.Page> pages = trainer.load(newsText, ex);
        out.printf("pages: %d (news-text and article-extraction), folds by site: %d%n", pages.size(), folds);
        if (folds >= 2) trainer.crossValidate(pages, folds);
        if (outFile != null) {
          LineModel model = TextLinesTrainer.train(pages);
          TextLinesTrainer.write(model, outFile);
          out.printf("model: %s (%d bytes)%n", outFile, Files.size(outFile));
        }
        return 0;
      } catch (IOException e) {
        err.println("dateline: " + e.getMessage());
        return 1;
      }
    }
  }
}
