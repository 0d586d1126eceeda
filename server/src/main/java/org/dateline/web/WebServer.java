package org.dateline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.json.Json;
import org.dateline.store.Correction;
import org.dateline.store.Exports;
import org.dateline.store.NotFoundException;
import org.dateline.store.StatementQuery;
import org.dateline.store.Store;
import org.dateline.store.Views.StatementView;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Serves the API and the UI over one store. Binds where it is told; the CLI's default is 127.0.0.1. */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  /** Scripts, styles, fetches and images only from this origin; no inline script, no plugins, no framing. */
  public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  private static final Set<String> STATEMENT_PARAMS = Set.of("speaker", "q", "outlet", "story", "kind", "from", "to", "limit", "offset");
  private static final Set<String> FILTER_PARAMS = Set.of("speaker", "q", "outlet", "story", "kind", "from", "to");
  private static final Set<String> EXPORT_PARAMS = Set.of("speaker", "q", "outlet", "story", "kind", "from", "to", "format", "excel");
  /** The most statements a search download holds (the whole store is `dateline export`'s). */
  static final int MAX_EXPORT = 10_000;
  private static final Set<String> PEOPLE_PARAMS = Set.of("limit", "offset", "kind");

  /** A people list's kind: one of the record's speaker kinds (docs/record.md), or every kind when not given. */
  private static String speakerKind(String kind) {
    if (kind == null) return null;
    try {
      return org.dateline.model.Person.Kind.of(kind).label();
    } catch (IllegalArgumentException e) {
      throw ApiError.badParameter(e.getMessage());
    }
  }
  /** The longest name a correction takes (an alias, a split-off name, a person id). */
  static final int MAX_NAME = 200;

  private static final int WORKERS = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());

  /**
   * The default bound of the statement search cache: an eighth of the heap, at most 256 MB. The benchmark's 3,367
   * distinct searches (pages of 10-50 statements) hold 69 MB, some 20 KB each, so 256 MB holds over 10,000.
   */
  public static final long CACHE_BYTES = Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 8);

  private final Javalin app;
  private final Store store;
  private final ResponseCache cache; // null: every search goes to the store

  private final Access access;

  private WebServer(Store store, long cacheBytes, Access access) {
    this.store = store;
    this.access = access;
    this.cache = cacheBytes > 0 ? new ResponseCache(cacheBytes) : null;
    Map<String, String> headers = securityHeaders();
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      // a known path with the wrong method is a 405 (with Allow), not a 404
      config.http.prefer405over404 = true;
      // errors Jetty answers before any handler (URI too long, a malformed request) in the API's JSON shape
      config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
      // a few workers per core: a search holds a core or waits for one of the store's read connections, so
      // Javalin's default of up to 250 threads only adds switching on a small machine
      config.jetty.threadPool = new QueuedThreadPool(WORKERS, Math.min(WORKERS, 8), 60_000);
      config.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/web";
        sf.location = Location.CLASSPATH;
        sf.headers = headers;
      });
    });
    app.before(ctx -> {
      headers.forEach(ctx::header);
      String host = ctx.header("Host");
      if (!access.hostAllowed(host))
        throw new ApiError(403, ApiError.FORBIDDEN, "Host '%s' does not name this server; start it with --allow-host NAME to accept that name".formatted(host));
      boolean write = !ctx.method().equals(io.javalin.http.HandlerType.GET) && !ctx.method().equals(io.javalin.http.HandlerType.HEAD)
          && !ctx.method().equals(io.javalin.http.HandlerType.OPTIONS);
      if (write && !access.writeAllowed(ctx.header(Access.TOKEN_HEADER)))
        throw new ApiError(403, ApiError.FORBIDDEN, "writes need the header %s with the token serve printed at start".formatted(Access.TOKEN_HEADER));
    });
    routes();
    app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
    // Javalin's own refusals (a body over the size limit: 413) in the same shape
    app.exception(io.javalin.http.HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), ApiError.codeOf(e.getStatus()),
        switch (e.getStatus()) {
          case 404 -> "no such path: " + ctx.path();
          case 405 -> ctx.method() + " not allowed on " + ctx.path();
          default -> e.getMessage();
        }));
    app.exception(NotFoundException.class, (e, ctx) -> error(ctx, 404, ApiError.NOT_FOUND, e.getMessage()));
    app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, ApiError.BAD_PARAMETER, e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
      error(ctx, 500, ApiError.INTERNAL, "internal error; see the server log");
    });
    app.error(404, ctx -> {
      if (!isJson(ctx)) error(ctx, 404, ApiError.NOT_FOUND, "no such path: " + ctx.path());
    });
    app.error(405, ctx -> {
      if (!isJson(ctx)) error(ctx, 405, ApiError.METHOD_NOT_ALLOWED, ctx.method() + " not allowed on " + ctx.path());
    });
  }

  private static Map<String, String> securityHeaders() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Security-Policy", CSP);
    h.put("X-Content-Type-Options", "nosniff");
    h.put("Referrer-Policy", "no-referrer");
    h.put("X-Frame-Options", "DENY");
    return h;
  }

  /** Starts serving; {@code port} 0 picks a free port (see {@link #port()}). */
  public static WebServer start(Store store, String host, int port) {
    return start(store, host, port, CACHE_BYTES);
  }

  /** Starts serving with a statement search cache of at most {@code cacheBytes}; 0 serves every search from the store. */
  public static WebServer start(Store store, String host, int port, long cacheBytes) {
    return start(store, host, port, cacheBytes, Access.of(host, java.util.List.of(), null));
  }

  /** Starts serving with the given Host names and write token (see {@link Access}). */
  public static WebServer start(Store store, String host, int port, long cacheBytes, Access access) {
    WebServer s = new WebServer(store, cacheBytes, access);
    s.app.start(host, port);
    return s;
  }

  /**
   * Statement searches answered from the response cache and from the store so far, entries held and their bytes
   * (all 0 without a cache).
   */
  public long[] cacheStats() {
    return cache == null ? new long[4] : cache.stats();
  }

  /** Statement searches held in the response cache (0 without one), for tests. */
  long cachedSearches() {
    return cache == null ? 0 : cache.entries();
  }

  public Access access() {
    return access;
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  /** A GET route that answers HEAD too, with the same status and headers and no body. */
  private void get(String path, io.javalin.http.Handler handler) {
    app.get(path, handler);
    app.head(path, handler);
  }

  private void routes() {
    var q = store.queries();
    get("/api/statements", ctx -> {
      StatementQuery sq = statementQuery(new Params(ctx, STATEMENT_PARAMS), null);
      if (cache == null) json(ctx, q.statements(sq));
      else jsonBytes(ctx, cache.get(store.generation(), sq, () -> bytes(q.statements(sq))));
    });
    // before /api/statements/{id}, which would take "facets" for an id
    get("/api/statements/facets", ctx -> json(ctx, q.facets(statementQuery(new Params(ctx, FILTER_PARAMS), null))));
    get("/api/statements/export", ctx -> {
      Params p = new Params(ctx, EXPORT_PARAMS);
      String format = p.string("format");
      if (format == null) format = "csv";
      if (!format.equals("csv") && !format.equals("json"))
        throw ApiError.badParameter("format must be csv or json, was '%s'".formatted(format));
      // excel=1: CSV for spreadsheets (a byte-order mark, formula-safe cells), as `dateline export --excel`
      String excelParam = p.string("excel");
      if (excelParam != null && !excelParam.equals("1") && !excelParam.equals("0"))
        throw ApiError.badParameter("excel must be 1 or 0, was '%s'".formatted(excelParam));
      boolean excel = "1".equals(excelParam);
      if (excel && !format.equals("csv")) throw ApiError.badParameter("excel shapes CSV only, not " + format);
      StatementQuery sq = statementQuery(p, StatementQuery.MAX_LIMIT);
      List<StatementView> items = new ArrayList<>();
      for (int offset = 0; offset < MAX_EXPORT; offset += StatementQuery.MAX_LIMIT) {
        var page = q.statements(sq.page(StatementQuery.MAX_LIMIT, offset));
        items.addAll(page.items());
        if (page.items().size() < StatementQuery.MAX_LIMIT) break;
      }
      // a download, named for what it holds; the search's own order
      ctx.header("Content-Disposition", "attachment; filename=\"dateline-statements." + format + "\"");
      if (format.equals("json")) json(ctx, Map.of("items", items));
      else {
        StringWriter out = new StringWriter();
        Exports.csv(q, items, excel, out);
        ctx.contentType("text/csv; charset=utf-8").result(out.toString());
      }
    });
    get("/api/statements/{id}", ctx -> json(ctx, q.statement(ctx.pathParam("id"))));
    get("/api/stories", ctx -> {
      new Params(ctx, Set.of());
      json(ctx, Map.of("items", q.stories()));
    });
    get("/api/stories/{id}", ctx -> {
      new Params(ctx, Set.of());
      json(ctx, q.story(ctx.pathParam("id")));
    });
    get("/api/stories/{id}/timeline", ctx -> json(ctx, q.timeline(ctx.pathParam("id"),
        statementQuery(new Params(ctx, STATEMENT_PARAMS), StatementQuery.MAX_LIMIT))));
    get("/api/people", ctx -> {
      Params p = new Params(ctx, PEOPLE_PARAMS);
      json(ctx, q.people(speakerKind(p.string("kind")), p.integer("limit", 50, 1, StatementQuery.MAX_LIMIT), p.integer("offset", 0, 0, Integer.MAX_VALUE)));
    });
    get("/api/people/{id}", ctx -> {
      Params p = new Params(ctx, Set.of("limit"));
      json(ctx, q.person(ctx.pathParam("id"), p.integer("limit", 200, 1, StatementQuery.MAX_LIMIT)));
    });
    get("/api/outlets", ctx -> {
      new Params(ctx, Set.of());
      json(ctx, Map.of("items", q.outlets()));
    });
    get("/api/outlets/{name}", ctx -> {
      new Params(ctx, Set.of());
      json(ctx, q.outlet(ctx.pathParam("name")));
    });
    get("/api/articles/{id}", ctx -> {
      new Params(ctx, Set.of());
      long id;
      try {
        id = Long.parseLong(ctx.pathParam("id"));
      } catch (NumberFormatException e) {
        throw new ApiError(404, ApiError.NOT_FOUND, "no article with id '%s'".formatted(ctx.pathParam("id")));
      }
      json(ctx, q.article(id));
    });
    get("/api/corrections", ctx -> {
      new Params(ctx, Set.of());
      json(ctx, Map.of("items", store.correctionLog().stream()
        .map(l -> Map.of("id", l.id(), "kind", l.correction().kind().label, "subject", l.correction().subject(),
            "object", l.correction().object() == null ? "" : l.correction().object(), "created", l.created() == null ? "" : l.created()))
        .toList()));
    });
    app.post("/api/people/{id}/merge", ctx -> correct(ctx, Correction.Kind.MERGE_PEOPLE, "other"));
    app.post("/api/people/{id}/split", ctx -> correct(ctx, Correction.Kind.SPLIT_PERSON, "name"));
    app.post("/api/people/{id}/aliases", ctx -> correct(ctx, Correction.Kind.ALIAS, "name"));
    app.post("/api/statements/{id}/reject", ctx -> correct(ctx, Correction.Kind.REJECT, null));
    app.post("/api/corrections/{id}/undo", ctx -> {
      jsonBody(ctx);
      long id;
      try {
        id = Long.parseLong(ctx.pathParam("id"));
      } catch (NumberFormatException e) {
        throw new ApiError(404, ApiError.NOT_FOUND, "no correction with id '%s'".formatted(ctx.pathParam("id")));
      }
      Correction k = store.undo(id);
      json(ctx, Map.of("undone", Map.of("id", id, "kind", k.kind().label, "subject", k.subject(), "object", k.object() == null ? "" : k.object())));
    });
  }

  /**
   * Corrections change the store, so they take only {@code application/json}: a page elsewhere cannot send that
   * cross-origin without a preflight this server never answers.
   */
  private void correct(Context ctx, Correction.Kind kind, String field) {
    JsonNode body = jsonBody(ctx);
    String object = null;
    if (field != null) {
      JsonNode v = body.get(field);
      if (v == null || !v.isTextual() || v.asText().isBlank())
        throw new ApiError(400, ApiError.BAD_BODY, "body needs a non-empty string field '%s'".formatted(field));
      object = v.asText();
      // a name is a line of text a person could type: bounded, no control characters (NUL, newlines)
      if (object.length() > MAX_NAME)
        throw new ApiError(400, ApiError.BAD_BODY, "'%s' is %,d characters, over the limit of %d".formatted(field, object.length(), MAX_NAME));
      if (object.codePoints().anyMatch(Character::isISOControl))
        throw new ApiError(400, ApiError.BAD_BODY, "'%s' holds a control character".formatted(field));
      object = object.strip();
    }
    Correction k = new Correction(kind, ctx.pathParam("id"), object);
    store.correct(k);
    ctx.status(201);
    json(ctx, Map.of("kind", kind.label, "subject", k.subject(), "object", object == null ? "" : object));
  }

  /** The request's JSON object body; only {@code application/json} (see {@link #correct}). */
  private static JsonNode jsonBody(Context ctx) {
    String type = ctx.contentType();
    // the media type itself, without parameters: "application/jsonfoo" is not JSON
    String media = type == null ? "" : type.split(";", 2)[0].strip();
    if (!media.equalsIgnoreCase("application/json"))
      throw new ApiError(415, ApiError.UNSUPPORTED_MEDIA_TYPE, "corrections take Content-Type: application/json");
    JsonNode body;
    try {
      body = ctx.body().isBlank() ? Json.mapper().createObjectNode() : Json.mapper().readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw new ApiError(400, ApiError.BAD_BODY, "body is not JSON: " + e.getOriginalMessage());
    }
    if (!body.isObject()) throw new ApiError(400, ApiError.BAD_BODY, "body must be a JSON object");
    return body;
  }

  private static StatementQuery statementQuery(Params p, Integer defaultLimit) {
    String kind = p.string("kind");
    if (kind != null && !StatementQuery.KINDS.contains(kind))
      throw ApiError.badParameter("kind must be one of direct, partial, indirect, stance, negated, asked, speech, all, was '%s'".formatted(kind));
    int limit = p.integer("limit", defaultLimit == null ? 50 : defaultLimit, 1, StatementQuery.MAX_LIMIT);
    int offset = p.integer("offset", 0, 0, Integer.MAX_VALUE);
    return new StatementQuery(p.string("speaker"), p.string("q"), p.string("outlet"), p.string("story"), kind,
        p.date("from"), p.date("to"), limit, offset);
  }

  /** Whether a handler already answered in JSON (then an error mapper keeps its answer). */
  private static boolean isJson(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith("application/json");
  }

  private static void json(Context ctx, Object value) {
    jsonBytes(ctx, bytes(value));
  }

  private static void jsonBytes(Context ctx, byte[] json) {
    ctx.contentType("application/json; charset=utf-8").result(json);
  }

  /** UTF-8 JSON straight from Jackson (no String in between). */
  private static byte[] bytes(Object value) {
    try {
      return Json.mapper().writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  private static void error(Context ctx, int status, String code, String message) {
    ctx.status(status);
    json(ctx, Map.of("error", Map.of("code", code, "message", message == null ? code : message)));
  }
}
