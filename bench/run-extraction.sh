#!/usr/bin/env bash
# Dateline vs boilerpipe vs Mozilla Readability on one gold folder, one run, same metric.
# Usage: bench/run-extraction.sh [DIR]   (default ../shared/data/article-extraction)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
dir="${1:-$here/../shared/data/article-extraction}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
(cd "$here" && mvn -B -q -o package -DskipTests -pl bench -am)
[ -d "$here/bench/readability/node_modules" ] || (cd "$here/bench/readability" && npm ci --no-audit --no-fund)
exec "$JAVA_HOME/bin/java" -Xmx2g -XX:+UseParallelGC -cp "$here/bench/target/classes:$here/bench/target/lib/*" \
  org.dateline.bench.ExtractionBench "$dir" "$here/bench/readability/extract.js"
