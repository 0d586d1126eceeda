#!/usr/bin/env bash
# The Spark throughput benchmark: local[1] then local[2] on a synthetic WARC corpus, one JVM capped at 3 GB heap.
# Usage: spark/run-bench.sh [DIR] [ARTICLES] [FILES]   (default spark/target/synthetic-warc 2000 8)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
(cd "$here" && mvn -B -q -o install -DskipTests -pl core && mvn -B -q -o test-compile -pl spark \
  && mvn -B -q -o dependency:build-classpath -pl spark -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath)
opens="$(sed -n 's:.*<spark.jvm.opens>\(.*\)</spark.jvm.opens>.*:\1:p' "$here/spark/pom.xml")"
uptime
exec "$JAVA_HOME/bin/java" -Xmx3g $opens -Dlog4j2.configurationFile=log4j2-test.properties \
  -cp "$here/spark/target/test-classes:$here/spark/target/classes:$(cat "$here/spark/target/test.classpath")" \
  org.dateline.spark.SparkBench "${1:-$here/spark/target/synthetic-warc}" "${2:-2000}" "${3:-8}"
