#!/usr/bin/env bash
# The Spark throughput benchmark: local[1] then local[2] on a synthetic WARC corpus, one JVM capped at 3 GB heap,
# REPEATS times back to back (a loaded machine: compare the runs of one round).
# Usage: spark/run-bench.sh [DIR] [ARTICLES] [FILES] [REPEATS]   (default spark/target/synthetic-warc 2000 8 1)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
. "$here/scripts/jdk.sh"
# one reactor build (never `mvn install`: the core is taken from the reactor, the shared ~/.m2 is left alone); the
# class path names the modules' target/classes
(cd "$here" && mvn -B -q -DskipTests -pl spark -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath)
opens="$(sed -n 's:.*<spark.jvm.opens>\(.*\)</spark.jvm.opens>.*:\1:p' "$here/spark/pom.xml")"
uptime
exec "$JAVA_HOME/bin/java" -Xmx3g $opens -Dlog4j2.configurationFile=log4j2-test.properties \
  -cp "$here/spark/target/test-classes:$here/spark/target/classes:$(cat "$here/spark/target/test.classpath")" \
  org.dateline.spark.SparkBench "${1:-$here/spark/target/synthetic-warc}" "${2:-2000}" "${3:-8}" "${4:-1}"
