package org.dateline.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dateline.store.Store;
import org.dateline.web.Access;
import org.dateline.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the web UI and the JSON API over the store until interrupted.")
final class ServeCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (0 picks a free one). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to bind. Default: ${DEFAULT-VALUE} (this machine only). Beyond loopback, corrections need the write token (see docs/security.md).")
  String host;

  @Option(names = "--allow-host", paramLabel = "NAME",
      description = "Also accept requests whose Host header is NAME (a name this machine is reached by); repeatable. IP addresses and localhost are always accepted.")
  java.util.List<String> allowHosts = new java.util.ArrayList<>();

  @Option(names = "--no-cache", description = "Answer every statement search from the store instead of the response cache "
      + "(which every ingest, re-link and correction empties).")
  boolean noCache;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private static boolean bindFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof java.net.BindException || t instanceof io.javalin.util.JavalinBindException) return true;
    return false;
  }

  /** The environment variable holding the write token (an option would show it in the process list). */
  static final String TOKEN_ENV = "DATELINE_WRITE_TOKEN";

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--port': must be between 0 and 65535 but was " + port);
    Store store = data.openExisting(spec);
    String configured = System.getenv(TOKEN_ENV);
    Access access;
    try {
      access = Access.of(host, allowHosts, configured == null || configured.isBlank() ? null : configured.strip());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for " + TOKEN_ENV + ": " + e.getMessage());
    }
    WebServer server;
    try {
      server = WebServer.start(store, host, port, noCache ? 0 : WebServer.CACHE_BYTES, access);
    } catch (RuntimeException e) {
      store.close();
      // a port another program holds is the one failure worth a line, not a stack trace
      if (!bindFailure(e)) throw e;
      System.err.printf("dateline: cannot listen on %s port %d: it is in use (another dateline serve?); choose another with --port%n", host, port);
      return Main.SOME_FAILED;
    }
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      store.close();
      stop.countDown();
    }));
    String shown = host.contains(":") ? "[" + host + "]" : host;
    Store.Counts c = store.counts();
    System.err.printf("dateline: store %s holds %d articles, %s, %d stories; Ctrl-C stops%n", store.file(),
        c.articles(), c.statementsLine(), c.stories());
    if (access.token() != null)
      System.err.printf("dateline: corrections need the header %s: %s%s%n", Access.TOKEN_HEADER,
          configured == null ? access.token() : "(the token in " + TOKEN_ENV + ")", configured == null ? " (set " + TOKEN_ENV + " to choose one)" : "");
    // the last thing printed is an address, so a terminal makes it a link and a script can take the last word; with
    // stories in the store, that is the largest story's timeline
    String base = "http://" + shown + ":" + server.port() + "/";
    System.out.printf("Dateline is serving %s%n", base);
    store.queries().stories().stream().max(java.util.Comparator.comparingInt(org.dateline.store.Views.StoryView::statements))
        .ifPresent(top -> System.out.printf("Story timeline (%s): %s#/story/%s%n", top.label(), base,
            java.net.URLEncoder.encode(top.id(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")));
    System.out.flush();
    stop.await();
    return Main.OK;
  }
}
