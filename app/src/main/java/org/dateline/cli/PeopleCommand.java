package org.dateline.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.store.StatementQuery;
import org.dateline.store.Store;
import org.dateline.store.Views.PersonView;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline people [NAME]}: the people in the store with their ids, the ids {@code correct} takes. */
@Command(name = "people", mixinStandardHelpOptions = true,
    description = {"List the people in the store, one a line: id, name, statements, other names, roles (tab-separated).",
        "The ids are what 'dateline correct merge-people/split-person/alias' take."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:listed (possibly nobody)", "2:usage error or no store"})
final class PeopleCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "NAME",
      description = "Only people with a name or alias holding these words (case folded; a word may be the start of a name: 'kor' finds Korven).")
  List<String> words = List.of();

  @Option(names = "--limit", defaultValue = "100", description = "At most this many people. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Mixin DataOptions data;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    OptionChecks.atLeast(spec, "--limit", limit, 1);
    List<String> wanted = words.stream().flatMap(w -> List.of(w.toLowerCase(Locale.ROOT).split("\\s+")).stream()).filter(w -> !w.isBlank()).toList();
    List<PersonView> found = new ArrayList<>();
    int total;
    try (Store store = data.openExisting(spec)) {
      var q = store.queries();
      total = 0;
      for (int offset = 0; ; offset += StatementQuery.MAX_LIMIT) {
        var page = q.people(StatementQuery.MAX_LIMIT, offset);
        for (PersonView p : page.items()) {
          if (!matches(p, wanted)) continue;
          total++;
          if (found.size() < limit) found.add(p);
        }
        if (page.items().size() < StatementQuery.MAX_LIMIT) break;
      }
    }
    for (PersonView p : found)
      System.out.println(String.join("\t", p.id(), p.name(), Integer.toString(p.statements()),
          String.join("; ", p.names().stream().filter(n -> !n.equals(p.name())).toList()), String.join("; ", p.roles())));
    System.err.printf("dateline: %s%n", total == 0 ? "nobody" + (wanted.isEmpty() ? " in the store" : " matches " + String.join(" ", words))
        : found.size() < total ? "%d of %d people (--limit for more)".formatted(found.size(), total) : total + (total == 1 ? " person" : " people"));
    return Main.OK;
  }

  /** Every word is the start of a word of one of the person's names (so "kor" and "anna kor" find Anna Korven). */
  static boolean matches(PersonView p, List<String> wanted) {
    if (wanted.isEmpty()) return true;
    List<String> nameWords = p.names().stream().flatMap(n -> List.of(n.toLowerCase(Locale.ROOT).split("[\\s\\-.'’]+")).stream()).toList();
    List<String> all = new ArrayList<>(nameWords);
    all.addAll(List.of(p.name().toLowerCase(Locale.ROOT).split("[\\s\\-.'’]+")));
    return wanted.stream().allMatch(w -> all.stream().anyMatch(n -> n.startsWith(w)));
  }
}
