package org.dateline.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Who may ask this server what (docs/security.md). A request must name this server in its Host header: a page on
 * another site whose name was re-pointed at this machine (DNS rebinding) names that site and is refused. Writes
 * (corrections) need the write token when the server listens beyond the loopback interface, where anyone on the
 * network could otherwise merge people and reject statements.
 *
 * @param bind the address the server listens on
 * @param names host names accepted besides IP literals and localhost: the bound name and any {@code --allow-host}
 * @param token the write token, or null when writes need none (loopback, no token configured)
 */
public record Access(String bind, Set<String> names, String token) {
  /** The request header that carries the write token. */
  public static final String TOKEN_HEADER = "X-Dateline-Token";
  private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

  public Access {
    names = Set.copyOf(names);
    if (token != null && token.length() < 16) throw new IllegalArgumentException("a write token needs at least 16 characters, had " + token.length());
  }

  /**
   * The default for a bind address: names it and localhost; a write token when it is beyond loopback ({@code token},
   * else a random one).
   */
  public static Access of(String bind, List<String> allowHosts, String token) {
    Set<String> names = new TreeSet<>();
    names.add("localhost");
    if (!wildcard(bind)) names.add(bind.toLowerCase(Locale.ROOT));
    for (String h : allowHosts) names.add(h.strip().toLowerCase(Locale.ROOT));
    if (token == null && !loopback(bind)) token = randomToken();
    return new Access(bind, names, token);
  }

  static String randomToken() {
    byte[] b = new byte[16];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  static boolean wildcard(String bind) {
    return bind.equals("0.0.0.0") || bind.equals("::") || bind.equals("[::]") || bind.isEmpty();
  }

  static boolean loopback(String bind) {
    String b = bind.toLowerCase(Locale.ROOT);
    return b.equals("localhost") || b.startsWith("127.") || b.equals("::1") || b.equals("[::1]");
  }

  /**
   * Whether a Host header names this server: an IP literal (a rebinding attack needs a name it controls), localhost,
   * the bound name or an allowed one. No Host at all (HTTP/1.0) is no browser's request.
   */
  public boolean hostAllowed(String host) {
    if (host == null) return true;
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) return h.indexOf(']') > 0; // an IPv6 literal, with or without a port
    int colon = h.lastIndexOf(':');
    if (colon >= 0) h = h.substring(0, colon);
    if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
    return IPV4.matcher(h).matches() || names.contains(h);
  }

  /** Whether a write may go ahead with the token it presents (null: none). */
  public boolean writeAllowed(String presented) {
    if (token == null) return true;
    return presented != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }
}
