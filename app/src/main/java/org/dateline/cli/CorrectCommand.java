package org.dateline.cli;

import java.util.concurrent.Callable;
import org.dateline.store.Correction;
import org.dateline.store.NotFoundException;
import org.dateline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dateline correct ...}: corrections kept in the store and re-applied after every re-link. */
@Command(name = "correct", mixinStandardHelpOptions = true,
    description = "Correct the linked record; corrections persist across re-ingest and re-linking.",
    subcommands = {CorrectCommand.Merge.class, CorrectCommand.Split.class, CorrectCommand.Alias.class, CorrectCommand.Reject.class,
        CorrectCommand.Log.class, CorrectCommand.Undo.class})
final class CorrectCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  abstract static class Base implements Callable<Integer> {
    @Mixin DataOptions data;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    abstract Correction correction();

    @Override
    public Integer call() {
      Correction k;
      try {
        k = correction();
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      try (Store store = data.openExisting(spec)) {
        store.correct(k);
      } catch (NotFoundException | IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      System.err.println("dateline: recorded " + k.kind().label + " " + k.subject() + (k.object() == null ? "" : " " + k.object()));
      return Main.OK;
    }
  }

  @Command(name = "merge-people", mixinStandardHelpOptions = true, description = {"Make person B part of person A.",
        "Person ids (p-...): 'dateline people NAME' lists them; also the web UI's address of each person page (#/person/ID) and GET /api/people."})
  static final class Merge extends Base {
    @Parameters(index = "0", paramLabel = "A") String a;
    @Parameters(index = "1", paramLabel = "B") String b;

    @Override
    Correction correction() {
      return new Correction(Correction.Kind.MERGE_PEOPLE, a, b);
    }
  }

  @Command(name = "split-person", mixinStandardHelpOptions = true,
      description = "Move PERSON's mentions under NAME to a person of their own (undoes a wrong merge).")
  static final class Split extends Base {
    @Parameters(index = "0", paramLabel = "PERSON") String person;
    @Parameters(index = "1", paramLabel = "NAME") String name;

    @Override
    Correction correction() {
      return new Correction(Correction.Kind.SPLIT_PERSON, person, name);
    }
  }

  @Command(name = "alias", mixinStandardHelpOptions = true, description = "Add NAME as another name of PERSON.")
  static final class Alias extends Base {
    @Parameters(index = "0", paramLabel = "PERSON") String person;
    @Parameters(index = "1", paramLabel = "NAME") String name;

    @Override
    Correction correction() {
      return new Correction(Correction.Kind.ALIAS, person, name);
    }
  }

  @Command(name = "reject", mixinStandardHelpOptions = true, description = {"Hide a wrongly found statement.",
        "Statement ids: 'dateline search WORDS' lists them; also the web UI's address of each statement page (#/statement/ID) and GET /api/statements?q=WORDS."})
  static final class Reject extends Base {
    @Parameters(index = "0", paramLabel = "STATEMENT_ID") String statement;

    @Override
    Correction correction() {
      return new Correction(Correction.Kind.REJECT, statement, null);
    }
  }

  @Command(name = "log", mixinStandardHelpOptions = true, description = "List the corrections made, oldest first, with the numbers undo takes.")
  static final class Log implements Callable<Integer> {
    @Mixin DataOptions data;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try (Store store = data.openExisting(spec)) {
        for (Store.Logged l : store.correctionLog())
          System.out.printf("%d\t%s\t%s\t%s\t%s%n", l.id(), l.correction().kind().label, l.correction().subject(),
              l.correction().object() == null ? "" : l.correction().object(), l.created() == null ? "" : l.created());
      }
      return Main.OK;
    }
  }

  @Command(name = "undo", mixinStandardHelpOptions = true,
      description = "Take correction N (see log) back: the record is re-linked as if it had never been made.")
  static final class Undo implements Callable<Integer> {
    @Mixin DataOptions data;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "N") long id;

    @Override
    public Integer call() {
      try (Store store = data.openExisting(spec)) {
        Correction k = store.undo(id);
        System.err.println("dateline: undid " + id + ": " + k.kind().label + " " + k.subject() + (k.object() == null ? "" : " " + k.object()));
        return Main.OK;
      } catch (NotFoundException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
  }
}
