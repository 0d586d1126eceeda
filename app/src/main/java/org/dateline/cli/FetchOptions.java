package org.dateline.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.fetch.Archive;
import org.dateline.fetch.FetchSettings;
import org.dateline.fetch.Fetcher;
import org.dateline.fetch.Validators;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What fetch and watch share: politeness, safety and the archive; the one place a fetcher is wired. */
final class FetchOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--contact", paramLabel = "URL-OR-EMAIL",
      description = "How a site's operator can reach you, sent in the User-Agent (Dateline/VERSION (+CONTACT)).")
  String contact;

  @Option(names = "--delay", paramLabel = "DURATION", defaultValue = "2s", converter = DurationConverter.class,
      description = "Least time between two requests to one host (a longer robots.txt Crawl-delay wins). Default: ${DEFAULT-VALUE}.")
  Duration delay;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
      description = "Longest wait to connect and for each whole response. Default: ${DEFAULT-VALUE}.")
  Duration timeout;

  @Option(names = "--max-redirects", paramLabel = "N", defaultValue = "5", description = "Redirects followed per URL. Default: ${DEFAULT-VALUE}.")
  int maxRedirects;

  @Option(names = "--allow-private",
      description = "Allow requests to loopback and private addresses (off: a fetched page could point Dateline at internal services).")
  boolean allowPrivate;

  @Option(names = "--archive", paramLabel = "DIR", description = "Directory of the WARC.gz files every response is written to. Default: DATA/archive.")
  Path archive;

  @Option(names = "--warc-size", paramLabel = "BYTES", defaultValue = "1073741824",
      description = "Start a new WARC file once the current one reaches this size. Default: ${DEFAULT-VALUE}.")
  long warcSize;

  /** A fetcher writing to the archive, its size limit per response {@code maxBytes}. */
  Fetcher open(Path dataDir, long maxBytes, Validators validators) {
    OptionChecks.atLeast(spec, "--warc-size", warcSize, 1);
    OptionChecks.atLeast(spec, "--max-redirects", maxRedirects, 0);
    if (timeout.isZero()) throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--timeout': must be more than 0");
    FetchSettings s;
    try {
      s = new FetchSettings(contact, delay, timeout, maxBytes, maxRedirects, allowPrivate);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--contact': " + e.getMessage());
    }
    Clock clock = Clock.systemUTC();
    return new Fetcher(s, new Archive(archive != null ? archive : dataDir.resolve("archive"), warcSize, s.userAgent(), clock),
        validators, clock);
  }

  /** "15m", "2s", "500ms", "1h", "1d": a number and a unit. */
  static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern FORM = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    @Override
    public Duration convert(String value) {
      Matcher m = FORM.matcher(value.strip().toLowerCase(Locale.ROOT));
      if (!m.matches()) throw new CommandLine.TypeConversionException("'" + value + "' is not a duration like 500ms, 2s, 15m, 1h or 1d");
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
  }
}
