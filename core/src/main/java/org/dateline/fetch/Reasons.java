package org.dateline.fetch;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** HTTP exchanges as the archive writes them: the request sent and the response received, status line to body. */
final class Reasons {
  private static final Map<Integer, String> PHRASES = Map.ofEntries(Map.entry(200, "OK"), Map.entry(301, "Moved Permanently"),
      Map.entry(302, "Found"), Map.entry(303, "See Other"), Map.entry(304, "Not Modified"), Map.entry(307, "Temporary Redirect"),
      Map.entry(308, "Permanent Redirect"), Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
      Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(410, "Gone"), Map.entry(429, "Too Many Requests"),
      Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
      Map.entry(504, "Gateway Timeout"));
  /**
   * Headers that described the bytes on the wire, not the body as kept: the client has already removed the chunking,
   * and the length is the kept body's.
   */
  private static final Set<String> WIRE = Set.of("transfer-encoding", "content-length", "content-type", ":status");

  private Reasons() {}

  /** " Not Found" for 404: the standard phrase with its leading space, or nothing. */
  static String phrase(int status) {
    String p = PHRASES.get(status);
    return p == null ? "" : " " + p;
  }

  static org.netpreserve.jwarc.HttpRequest archivedRequest(HttpRequest sent, URI uri) {
    String target = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (uri.getRawQuery() != null) target += "?" + uri.getRawQuery();
    var b = new org.netpreserve.jwarc.HttpRequest.Builder("GET", target)
        .addHeader("Host", uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
    sent.headers().map().forEach((name, values) -> values.forEach(v -> b.addHeader(name, v)));
    return b.build();
  }

  static org.netpreserve.jwarc.HttpResponse archivedResponse(HttpResponse<?> received, byte[] body) {
    int status = received.statusCode();
    var b = new org.netpreserve.jwarc.HttpResponse.Builder(status, phrase(status).strip());
    for (Map.Entry<String, List<String>> e : received.headers().map().entrySet())
      if (!WIRE.contains(e.getKey().toLowerCase(Locale.ROOT))) e.getValue().forEach(v -> b.addHeader(e.getKey(), v));
    return b.body(Archive.type(received.headers().firstValue("Content-Type").orElse(null)), body).build();
  }
}
