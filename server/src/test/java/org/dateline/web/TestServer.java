package org.dateline.web;

import java.nio.file.Path;
import java.util.List;
import org.dateline.model.ArticleRecord;
import org.dateline.store.Fixtures;
import org.dateline.store.Store;

/** A store filled with the fixture corpus (plus {@code extra}) served on a random local port. */
final class TestServer implements AutoCloseable {
  final Store store;
  final WebServer server;

  TestServer(Path dir, List<ArticleRecord> extra) {
    store = Store.open(dir, Fixtures.LINKER);
    for (ArticleRecord r : Fixtures.corpus()) store.ingest(r, null);
    for (ArticleRecord r : extra) store.ingest(r, null);
    store.relink();
    server = WebServer.start(store, "127.0.0.1", 0);
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
