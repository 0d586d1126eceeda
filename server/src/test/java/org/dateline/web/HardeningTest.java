package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dateline.json.Json;
import org.dateline.store.Fixtures;
import org.dateline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as an attacker or a careless client finds it (issue 17): raw HTTP on a random port, so the Host
 * header, the method and the bytes are the test's own.
 */
class HardeningTest {
  @TempDir Path dir;

  /** A raw HTTP/1.1 exchange: status, the Content-Type and the body. */
  record Raw(int status, String type, String body) {
    JsonNode json() throws IOException {
      return Json.mapper().readTree(body);
    }
  }

  static Raw raw(int port, String method, String target, String host, String type, String body, String... headers) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      byte[] b = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      StringBuilder req = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n");
      if (type != null) req.append("Content-Type: ").append(type).append("\r\n");
      for (String h : headers) req.append(h).append("\r\n");
      if (body != null) req.append("Content-Length: ").append(b.length).append("\r\n");
      req.append("\r\n");
      OutputStream out = s.getOutputStream();
      out.write(req.toString().getBytes(StandardCharsets.UTF_8));
      out.write(b);
      out.flush();
      return parse(s.getInputStream());
    }
  }

  static Raw rawBytes(int port, String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      return parse(s.getInputStream());
    }
  }

  private static Raw parse(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    String text = all.toString(StandardCharsets.UTF_8);
    int split = text.indexOf("\r\n\r\n");
    String head = split < 0 ? text : text.substring(0, split);
    String body = split < 0 ? "" : text.substring(split + 4);
    int status = Integer.parseInt(head.substring(9, 12));
    String type = null;
    boolean chunked = false;
    for (String line : head.split("\r\n")) {
      String l = line.toLowerCase();
      if (l.startsWith("content-type:")) type = line.substring(13).strip();
      if (l.startsWith("transfer-encoding:") && l.contains("chunked")) chunked = true;
    }
    if (chunked) body = unchunk(body);
    return new Raw(status, type, body);
  }

  private static String unchunk(String body) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < body.length()) {
      int eol = body.indexOf("\r\n", i);
      int n = Integer.parseInt(body.substring(i, eol).strip(), 16);
      if (n == 0) break;
      out.append(body, eol + 2, eol + 2 + n);
      i = eol + 2 + n + 2;
    }
    return out.toString();
  }

  static void assertError(Raw r, int status, String code) throws IOException {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.type()).as("Content-Type of the %d", status).startsWith("application/json");
    assertThat(r.json().get("error").get("code").asText()).isEqualTo(code);
    assertThat(r.json().get("error").get("message").asText()).isNotBlank();
  }

  @Test
  void methodsHeadAndContainerErrorsAnswerInTheApiShape() throws IOException {
    try (TestServer s = new TestServer(dir, List.of())) {
      int port = s.server.port();
      String host = "127.0.0.1:" + port;
      assertError(raw(port, "POST", "/api/stories", host, "application/json", "{}"), 405, "method_not_allowed");
      assertError(raw(port, "DELETE", "/api/statements", host, null, null), 405, "method_not_allowed");
      Raw head = raw(port, "HEAD", "/api/stories", host, null, null);
      assertThat(head.status()).isEqualTo(200);
      assertThat(head.type()).startsWith("application/json");
      assertThat(head.body()).isEmpty();
      assertError(raw(port, "GET", "/api/statements?q=" + "a".repeat(70_000), host, null, null), 414, "uri_too_long");
      assertError(rawBytes(port, "GET /api/stories HTTP/1.1\r\nHost: " + host + "\r\nBad Header\r\n\r\n"), 400, "bad_request");
      assertError(raw(port, "POST", "/api/people/p-ilse-marren/aliases", host, "application/json", "{\"name\":\"" + "a".repeat(2_000_000) + "\"}"),
          413, "too_large");
    }
  }

  @Test
  void malformedParametersAndBodiesAreRefusedByName() throws IOException {
    try (TestServer s = new TestServer(dir, List.of())) {
      int port = s.server.port();
      String host = "127.0.0.1:" + port;
      assertError(raw(port, "GET", "/api/statements?from=%2B999999999-12-31", host, null, null), 400, "bad_parameter");
      assertError(raw(port, "GET", "/api/statements?limit=%D9%A3", host, null, null), 400, "bad_parameter");
      assertError(raw(port, "GET", "/api/statements?q=%ZZ", host, null, null), 400, "bad_parameter");
      assertError(raw(port, "GET", "/api/statements?q=%E0%A4", host, null, null), 400, "bad_parameter");
      assertError(raw(port, "GET", "/api/corrections?x=1", host, null, null), 400, "bad_parameter");
      assertError(raw(port, "POST", "/api/people/p-ilse-marren/aliases", host, "application/json", "{\"name\":\"" + "M".repeat(100_000) + "\"}"),
          400, "bad_body");
      assertError(raw(port, "POST", "/api/people/p-ilse-marren/aliases", host, "application/json", "{\"name\":\"Ilse\\u0000Marren\"}"),
          400, "bad_body");
      assertError(raw(port, "POST", "/api/people/p-ilse-marren/aliases", host, "application/jsonfoo", "{\"name\":\"Marren\"}"),
          415, "unsupported_media_type");
      assertThat(s.store.corrections()).isEmpty();
    }
  }

  @Test
  void aRequestNamingAnotherHostIsRefusedAndWritesBeyondLoopbackNeedTheToken() throws IOException {
    try (TestServer s = new TestServer(dir, List.of())) {
      int port = s.server.port();
      // DNS rebinding: a page on attacker.example whose name now points at 127.0.0.1
      assertError(raw(port, "POST", "/api/statements/x/reject", "attacker.example:" + port, "application/json", "{}"), 403, "forbidden");
      assertError(raw(port, "GET", "/api/stories", "attacker.example", null, null), 403, "forbidden");
      assertThat(raw(port, "GET", "/api/stories", "localhost:" + port, null, null).status()).isEqualTo(200);
      assertThat(raw(port, "GET", "/api/stories", "[::1]:" + port, null, null).status()).isEqualTo(200);
    }
    try (Store store = Store.open(dir.resolve("token"), Fixtures.LINKER)) {
      for (var r : Fixtures.corpus()) store.ingest(r, null);
      store.relink();
      String token = "f00dfeedf00dfeedf00dfeed";
      // as serve --host 0.0.0.0 sets it up (bound here on loopback, so the test opens no port to the network)
      Access access = new Access("0.0.0.0", Set.of("localhost"), token);
      WebServer server = WebServer.start(store, "127.0.0.1", 0, 0, access);
      try {
        int port = server.port();
        String host = "127.0.0.1:" + port;
        String id = store.queries().people(1, 0).items().get(0).id();
        Raw without = raw(port, "POST", "/api/people/" + id + "/aliases", host, "application/json", "{\"name\":\"The Warden\"}");
        assertError(without, 403, "forbidden");
        Raw wrong = raw(port, "POST", "/api/people/" + id + "/aliases", host, "application/json", "{\"name\":\"The Warden\"}",
            Access.TOKEN_HEADER + ": f00dfeedf00dfeedf00dfeee");
        assertError(wrong, 403, "forbidden");
        assertThat(store.corrections()).isEmpty();
        Raw with = raw(port, "POST", "/api/people/" + id + "/aliases", host, "application/json", "{\"name\":\"The Warden\"}",
            Access.TOKEN_HEADER + ": " + token);
        assertThat(with.status()).as(with.body()).isEqualTo(201);
        assertThat(raw(port, "GET", "/api/stories", host, null, null).status()).as("reads need no token").isEqualTo(200);
      } finally {
        server.close();
      }
    }
  }

  @Test
  void aRejectAndAnAliasCanBeUndone() throws IOException {
    try (TestServer s = new TestServer(dir, List.of())) {
      int port = s.server.port();
      String host = "127.0.0.1:" + port;
      JsonNode found = Json.mapper().readTree(raw(port, "GET", "/api/statements?q=turbines", host, null, null).body());
      String id = found.get("items").get(0).get("id").asText();
      assertThat(raw(port, "POST", "/api/statements/" + id + "/reject", host, "application/json", "{}").status()).isEqualTo(201);
      assertThat(raw(port, "POST", "/api/people/p-ilse-marren/aliases", host, "application/json", "{\"name\":\"Marren of Lisvara\"}").status())
          .isEqualTo(201);
      assertThat(raw(port, "GET", "/api/statements?q=turbines", host, null, null).json().get("total").asInt()).isZero();
      assertThat(raw(port, "GET", "/api/statements?speaker=Marren%20of%20Lisvara", host, null, null).json().get("total").asInt()).isEqualTo(1);

      JsonNode log = raw(port, "GET", "/api/corrections", host, null, null).json().get("items");
      assertThat(log).hasSize(2);
      long reject = log.get(0).get("id").asLong(), alias = log.get(1).get("id").asLong();
      Raw undo = raw(port, "POST", "/api/corrections/" + reject + "/undo", host, "application/json", "{}");
      assertThat(undo.status()).as(undo.body()).isEqualTo(200);
      assertThat(undo.json().get("undone").get("kind").asText()).isEqualTo("reject");
      assertThat(raw(port, "GET", "/api/statements?q=turbines", host, null, null).json().get("total").asInt()).isEqualTo(1);
      assertThat(raw(port, "POST", "/api/corrections/" + alias + "/undo", host, "application/json", "{}").status()).isEqualTo(200);
      assertThat(raw(port, "GET", "/api/statements?speaker=Marren%20of%20Lisvara", host, null, null).json().get("total").asInt()).isZero();
      assertThat(raw(port, "GET", "/api/corrections", host, null, null).json().get("items")).isEmpty();
      assertError(raw(port, "POST", "/api/corrections/" + alias + "/undo", host, "application/json", "{}"), 404, "not_found");
    }
  }
}
