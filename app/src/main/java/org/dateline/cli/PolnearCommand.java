package org.dateline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.eval.PolnearReport;
import org.dateline.eval.PolnearReport.SystemName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline eval polnear DIR}: statements against PolNeAR's attributions (first annotator per article). */
@Command(name = "polnear", mixinStandardHelpOptions = true,
    description = "Score statements (content, cue, source spans) against a PolNeAR split: DIR/text/*.txt and DIR/attributions/*.ann.",
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:scored", "1:the split could not be read", "2:usage error"})
final class PolnearCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "A PolNeAR split directory.")
  Path dir;

  @Option(names = "--system", defaultValue = "dateline", converter = SystemConverter.class,
      description = "dateline, corenlp-quote (CoreNLP's quote attribution) or both. Default: ${DEFAULT-VALUE}.")
  SystemName system;

  @Option(names = "--limit", defaultValue = "0", description = "Score only the first N articles (0: all).")
  int limit;

  @Option(names = "--errors", arity = "0..1", paramLabel = "N", defaultValue = "-1", fallbackValue = "3",
      description = {"After the figures, count Dateline's errors by class and print the first N examples of each (default 3):",
          "missed cue: a gold content no system content overlaps;",
          "boundary: a gold content overlapped by a system content whose trimmed boundaries differ (lenient, or below half);",
          "false find: a system content that overlaps no gold content;",
          "wrong speaker: a matched content whose source does not leniently match the gold source (or one of them has none);",
          "unresolved role: a system statement whose resolved speaker ends in a lower-case word (\"minister\") or is a pronoun (counted per statement)."})
  int errors;

  static final class SystemConverter implements picocli.CommandLine.ITypeConverter<SystemName> {
    @Override
    public SystemName convert(String v) {
      return switch (v) {
        case "dateline" -> SystemName.dateline;
        case "corenlp-quote" -> SystemName.corenlp_quote;
        case "both" -> SystemName.both;
        default -> throw new picocli.CommandLine.TypeConversionException("expected dateline, corenlp-quote or both but was '" + v + "'");
      };
    }
  }

  @Override
  public Integer call() {
    return PolnearReport.run(dir, system, limit, errors, System.out, System.err);
  }
}
