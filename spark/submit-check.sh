#!/usr/bin/env bash
# Runs docs/scale.md's "Running it" commands as a user would, from a clean tree: builds the job jar and its jars,
# spark-submit --master local[2] ExtractJob on the samples (the WARC split in two tasks, the single-page files),
# compares the JSON Lines with `dateline extract`'s (sorted, byte for byte), then LinkJob on the output. Exits
# non-zero on any difference. .ci/run runs it after the tests.
#
# SPARK_HOME: a Spark 4.1 distribution (bin/spark-submit). Without one, a distribution is assembled from Maven Central
# as far as it publishes one: $SPARK_HOME/jars = spark-sql_2.13 4.1.1 and its dependencies (what a distribution's jars/
# holds), with the Hadoop 3.4.3 client that Java 25 needs (docs/scale.md's jar swap already done), a RELEASE file,
# and bin/spark-submit doing what the distribution's bin/spark-class does: ask org.apache.spark.launcher.Main for the
# java command (it adds the JVM flags Spark needs on Java 17+) and run it.
# Usage: spark/submit-check.sh [OUT-DIR]   (default spark/target/submit-check)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/scripts/jdk.sh"
cd "$here"
out="${1:-$here/spark/target/submit-check}"
rm -rf "$out" && mkdir -p "$out"

# docs/scale.md, "Running it": the build
mvn -B -q -DskipTests package dependency:copy-dependencies -pl spark -am -DincludeScope=runtime -DoutputDirectory=target/lib

if [ -z "${SPARK_HOME:-}" ]; then
  export SPARK_HOME="$here/spark/target/spark-home"
  rm -rf "$SPARK_HOME" && mkdir -p "$SPARK_HOME/bin"
  # the distribution's jars: spark-sql's dependency closure, Hadoop's client pinned as the parent pom pins it
  sv="$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' pom.xml)"
  hv="$(sed -n 's:.*<hadoop.version>\(.*\)</hadoop.version>.*:\1:p' pom.xml)"
  mkdir -p "$SPARK_HOME/assembly"
  cat > "$SPARK_HOME/assembly/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>spark-dist</artifactId><version>1</version>
  <dependencyManagement><dependencies>
    <dependency><groupId>org.apache.hadoop</groupId><artifactId>hadoop-client-api</artifactId><version>$hv</version></dependency>
    <dependency><groupId>org.apache.hadoop</groupId><artifactId>hadoop-client-runtime</artifactId><version>$hv</version></dependency>
  </dependencies></dependencyManagement>
  <dependencies><dependency><groupId>org.apache.spark</groupId><artifactId>spark-sql_2.13</artifactId><version>$sv</version></dependency></dependencies>
</project>
POM
  mvn -B -q -f "$SPARK_HOME/assembly/pom.xml" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$SPARK_HOME/jars"
  echo "Spark $sv (Scala 2.13) assembled from Maven Central by spark/submit-check.sh" > "$SPARK_HOME/RELEASE"
  cat > "$SPARK_HOME/bin/spark-submit" <<'EOF'
#!/usr/bin/env bash
# bin/spark-class's work for SparkSubmit: the launcher prints the command, NUL-separated, and this runs it
set -euo pipefail
export SPARK_HOME="$(cd "$(dirname "$0")/.." && pwd)"
export SPARK_SCALA_VERSION=2.13
# as spark-class reads it: the launcher's messages as lines, then a line holding only a NUL, then the command's
# arguments each ended by a NUL
cmd=() delim=$'\n' started=
while IFS= read -r -d "$delim" arg; do
  if [ -n "$started" ]; then cmd+=("$arg")
  elif [ -z "$arg" ]; then started=1 delim=''
  else echo "$arg" >&2
  fi
done < <("$JAVA_HOME/bin/java" -Xmx128m -cp "$SPARK_HOME/jars/*" \
  org.apache.spark.launcher.Main org.apache.spark.deploy.SparkSubmit "$@")
[ ${#cmd[@]} -gt 0 ] || { echo "spark-submit: the launcher gave no command" >&2; exit 1; }
exec "${cmd[@]}"
EOF
  chmod +x "$SPARK_HOME/bin/spark-submit"
fi
echo "spark-submit: $SPARK_HOME/bin/spark-submit, java: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)" >&2

# docs/scale.md, "Local, local[2]": the two jobs, flags as written there; the sample WARC in slices of 2 pages (two
# tasks) and the eleven single-page files (a task each), all dated across the run as dateline extract dates them
inputs=(samples/warc/sample.warc.gz samples/text samples/html)
jars="$(ls spark/target/lib/*.jar | tr '\n' ',')"
"$SPARK_HOME/bin/spark-submit" --master 'local[2]' --driver-memory 3g --conf spark.ui.enabled=false \
  --conf spark.dateline.pagesPerTask=2 \
  --jars "$jars" --class org.dateline.spark.ExtractJob spark/target/dateline-spark-0.1.0-SNAPSHOT.jar \
  "$out/extract" "${inputs[@]}" 2> "$out/extract.log" || { tail -40 "$out/extract.log" >&2; exit 1; }
grep '^dateline:' "$out/extract.log" >&2
"$SPARK_HOME/bin/spark-submit" --master 'local[2]' --driver-memory 3g --conf spark.ui.enabled=false \
  --jars "$jars" --class org.dateline.spark.LinkJob spark/target/dateline-spark-0.1.0-SNAPSHOT.jar \
  "$out/extract/jsonl" "$out/linked" 2> "$out/link.log" || { tail -40 "$out/link.log" >&2; exit 1; }
grep '^dateline:' "$out/link.log" >&2

# the same records as one machine
./dateline extract "${inputs[@]}" 2>/dev/null | LC_ALL=C sort > "$out/cli.jsonl"
cat "$out"/extract/jsonl/month=*/part-* | grep -v '^$' | LC_ALL=C sort > "$out/spark.jsonl"
if ! cmp -s "$out/cli.jsonl" "$out/spark.jsonl"; then
  echo "submit-check: Spark's records differ from dateline extract's ($out/cli.jsonl vs $out/spark.jsonl)" >&2
  exit 1
fi
echo "submit-check: $(wc -l < "$out/spark.jsonl") records, identical to dateline extract (md5 $(md5sum < "$out/spark.jsonl" | cut -c1-32))" >&2
