package org.dateline.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet schema of a record, written whatever the data of a run: the fields and types docs/record.md
 * documents, in the record's order, dates as {@code DATE}, every field nullable so that a value the page did not
 * give is a null (never a missing column or a column of another type). Fixed so that two runs' outputs (one output a
 * month) can be read together or unioned by name.
 *
 * <p>A span is {@code array<int>} of two, {@code [start, end)}, as in the JSON; {@code published.basis} the
 * evidence labels joined by {@code +}, as in the JSON.
 */
public final class RecordSchema {
  private RecordSchema() {}

  private static final DataType SPAN = DataTypes.createArrayType(DataTypes.IntegerType, true);

  private static ArrayType listOf(DataType t) {
    return DataTypes.createArrayType(t, true);
  }

  private static final StructType DATELINE = new StructType()
      .add("place", DataTypes.StringType)
      .add("text", DataTypes.StringType);

  private static final StructType PUBLISHED = new StructType()
      .add("date", DataTypes.DateType)
      .add("earliest", DataTypes.DateType)
      .add("latest", DataTypes.DateType)
      .add("basis", DataTypes.StringType);

  private static final StructType REMOVAL = new StructType()
      .add("text", DataTypes.StringType)
      .add("reason", DataTypes.StringType);

  private static final StructType PERSON = new StructType()
      .add("id", DataTypes.StringType)
      .add("name", DataTypes.StringType)
      .add("kind", DataTypes.StringType)
      .add("aliases", listOf(DataTypes.StringType))
      .add("roles", listOf(DataTypes.StringType));

  private static final StructType SPEAKER = new StructType()
      .add("id", DataTypes.StringType)
      .add("name", DataTypes.StringType)
      .add("mention", DataTypes.StringType)
      .add("span", SPAN)
      .add("kind", DataTypes.StringType);

  private static final StructType STATEMENT = new StructType()
      .add("kind", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("spans", listOf(SPAN))
      .add("speaker", SPEAKER)
      .add("speakers", listOf(SPEAKER))
      .add("cue", new StructType()
          .add("text", DataTypes.StringType)
          .add("span", SPAN))
      .add("date", DataTypes.DateType)
      .add("earliest", DataTypes.DateType)
      .add("latest", DataTypes.DateType)
      .add("candidates", listOf(DataTypes.DateType));

  private static final StructType TIME = new StructType()
      .add("text", DataTypes.StringType)
      .add("span", SPAN)
      .add("value", DataTypes.StringType);

  /** One record: docs/record.md's fields, in {@code ArticleRecord}'s order. */
  public static final StructType RECORD = new StructType()
      .add("source", DataTypes.StringType)
      .add("url", DataTypes.StringType)
      .add("outlet", DataTypes.StringType)
      .add("agency", DataTypes.StringType)
      .add("headline", DataTypes.StringType)
      .add("section", DataTypes.StringType)
      .add("byline", DataTypes.StringType)
      .add("dateline", DATELINE)
      .add("published", PUBLISHED)
      .add("body", DataTypes.StringType)
      .add("removed", listOf(REMOVAL))
      .add("people", listOf(PERSON))
      .add("statements", listOf(STATEMENT))
      .add("times", listOf(TIME))
      .add("warnings", listOf(DataTypes.StringType))
      .add("sourceText", DataTypes.StringType);
}
