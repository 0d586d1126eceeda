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

  @Option(names = "--errors", description = "Print unmatched system and gold contents (for error analysis).")
  boolean errors;

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
