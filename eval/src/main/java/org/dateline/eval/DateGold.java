package org.dateline.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * True publication dates by file name, and the folder of texts they belong to. Two layouts: a folder holding
 * {@code gold.tsv} ({@code file<TAB>YYYY-MM-DD}, header row) and {@code text/}; or a folder of texts whose gold is
 * a metadata table two levels up ({@code ../../metadata.tsv}, PolNeAR), with columns {@code filename} (no
 * {@code .txt}) and {@code publication_date}.
 */
public record DateGold(Path texts, Map<String, LocalDate> dates) {
  public DateGold {
    dates = Map.copyOf(dates);
  }

  /** Finds the layout of {@code dir}; {@code goldFile} (may be null) overrides the gold table. */
  public static DateGold locate(Path dir, Path goldFile) throws IOException {
    if (!Files.isDirectory(dir)) throw new IOException("not a directory: " + dir);
    Path texts = Files.isDirectory(dir.resolve("text")) ? dir.resolve("text") : dir;
    Path gold = goldFile;
    if (gold == null && Files.isRegularFile(dir.resolve("gold.tsv"))) gold = dir.resolve("gold.tsv");
    Path up = dir.toAbsolutePath().normalize().getParent();
    if (gold == null && up != null && up.getParent() != null && Files.isRegularFile(up.getParent().resolve("metadata.tsv")))
      gold = up.getParent().resolve("metadata.tsv");
    if (gold == null)
      throw new IOException("no gold dates for " + dir + ": expected " + dir.resolve("gold.tsv")
          + " or ../../metadata.tsv, or give --gold FILE");
    return new DateGold(texts, read(gold));
  }

  /** Reads a TSV with a header naming a file column (file, filename) and a date column (published, publication_date). */
  static Map<String, LocalDate> read(Path tsv) throws IOException {
    List<String> lines = Files.readAllLines(tsv);
    if (lines.isEmpty()) throw new IOException("empty gold file: " + tsv);
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int file = indexOf(header, tsv, "file", "filename");
    int date = indexOf(header, tsv, "published", "publication_date");
    Map<String, LocalDate> out = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] cols = lines.get(i).split("\t", -1);
      if (cols.length <= Math.max(file, date) || cols[file].isBlank()) continue;
      String name = cols[file].strip();
      if (!name.endsWith(".txt")) name += ".txt";
      try {
        out.put(name, LocalDate.parse(cols[date].strip()));
      } catch (DateTimeParseException e) {
        throw new IOException("%s line %d: date '%s' is not YYYY-MM-DD".formatted(tsv, i + 1, cols[date]));
      }
    }
    return out;
  }

  private static int indexOf(List<String> header, Path tsv, String... names) throws IOException {
    for (String n : names) if (header.contains(n)) return header.indexOf(n);
    throw new IOException("%s has no column named %s (columns: %s)".formatted(tsv, String.join(" or ", names), header));
  }
}
