package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.dateline.read.Decoded;
import org.dateline.read.RawPage;
import org.dateline.read.TextDecoder;

/**
 * A benchmark folder: {@code ground-truth.json} keyed by page id and {@code html/<id>.html.gz}. Pages are decoded
 * with the same charset sniffing as any user page.
 */
public final class GoldPages {
  /** One page with its gold fields (articleBody, url, and for news title, authors, date). */
  public record GoldPage(String id, RawPage page, JsonNode gold, String charset, int undecodable) {
    public String field(String name) {
      JsonNode n = gold.get(name);
      return n == null || n.isNull() ? null : n.asText();
    }
  }

  private GoldPages() {}

  public static List<GoldPage> load(Path dir) throws IOException {
    Path truth = dir.resolve("ground-truth.json");
    if (!Files.isRegularFile(truth)) throw new IOException("no ground-truth.json in " + dir);
    JsonNode all = new ObjectMapper().readTree(truth.toFile());
    List<GoldPage> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext();) {
      var e = it.next();
      Path html = dir.resolve("html").resolve(e.getKey() + ".html.gz");
      if (!Files.isRegularFile(html)) continue;
      byte[] bytes;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
        bytes = in.readAllBytes();
      }
      Decoded d = TextDecoder.decode(bytes, true, null);
      JsonNode url = e.getValue().get("url");
      out.add(new GoldPage(e.getKey(), new RawPage(html.toString(), RawPage.Format.HTML, d.text(),
          url == null ? null : url.asText(), null, List.of()), e.getValue(),
          d.charset().name() + " (" + d.charsetBasis() + ")", d.malformedBytes()));
    }
    out.sort(java.util.Comparator.comparing(GoldPage::id));
    return out;
  }
}
