package org.dateline.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.store.NotFoundException;
import org.dateline.store.StatementQuery;
import org.dateline.store.Store;
import org.dateline.store.Views.StatementView;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline search WORDS}: the web search box on the command line, with the statement ids corrections take. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search the stored statements as the web UI's search box does (words in the text, speaker names and aliases, outlets, headlines; the last word a prefix) and print one a line: id, date, speaker id, speaker, outlets, text (tab-separated).",
        "The ids are what 'dateline correct reject' takes; the speaker ids what 'dateline correct merge-people' takes."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:searched (possibly nothing found)", "2:usage error or no store"})
final class SearchCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "WORD", description = "Words every statement must match; none lists every statement.")
  List<String> words = List.of();

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only statements by the person with this name or alias.") String speaker;
  @Option(names = "--outlet", paramLabel = "NAME", description = "Only statements this outlet reported.") String outlet;
  @Option(names = "--story", paramLabel = "ID", description = "Only this story's statements.") String story;
  @Option(names = "--kind", paramLabel = "KIND", description = "direct, partial or indirect.") String kind;
  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only statements dated on or after this day.") String from;
  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only statements dated on or before this day.") String to;
  @Option(names = "--limit", defaultValue = "50", description = "At most this many (1 to 1000). Default: ${DEFAULT-VALUE}.") int limit;
  @Option(names = "--offset", defaultValue = "0", description = "Skip this many first (the next page). Default: ${DEFAULT-VALUE}.") int offset;

  @Mixin DataOptions data;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    StatementQuery query;
    try {
      query = new StatementQuery(speaker, words.isEmpty() ? null : String.join(" ", words), outlet, story, kind, day("--from", from),
          day("--to", to), limit, offset);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Invalid search: " + e.getMessage());
    }
    try (Store store = data.openExisting(spec)) {
      var page = store.queries().statements(query);
      for (StatementView s : page.items())
        System.out.println(String.join("\t", s.id(), s.date() == null ? "undated" : s.date().toString(),
            s.speaker() == null ? "" : s.speaker().id(), s.speaker() == null ? "unknown speaker" : s.speaker().name(),
            String.join("; ", s.outlets()), s.text().replaceAll("\\s+", " ")));
      System.err.println("dateline: " + range(offset, page.items().size(), page.total(), page.totalExact()));
    } catch (NotFoundException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    return Main.OK;
  }

  /** "1–50 of 58 statements", as the web UI says it. */
  static String range(int offset, int shown, int total, boolean exact) {
    String of = exact ? Integer.toString(total) : "more than " + total;
    if (shown == 0) return offset > 0 ? "no statements past " + offset + " (of " + of + ")" : "0 statements";
    if (offset == 0 && exact && shown == total) return total == 1 ? "1 statement" : total + " statements";
    return "%d–%d of %s statements".formatted(offset + 1, offset + shown, of);
  }

  private LocalDate day(String option, String value) {
    if (value == null) return null;
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '%s': not a date YYYY-MM-DD: '%s'".formatted(option, value));
    }
  }
}
