# Sourced by ./dateline and ./run-tests: exports JAVA_HOME pointing at a JDK >= 21 (JAVA_HOME first, then /usr/lib/jvm/*).
# The major version from the JDK's release file (no JVM started: asking each JDK's java cost a second or more a JDK,
# on every command, --help included); the JVM's own answer only when the file is missing.
java_major() {
  local v=""
  [ -f "$1/release" ] && v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")"
  [ -n "$v" ] || v="$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1)"
  echo "$v"
}

find_jdk() {
  local c v
  for c in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$c" ] && [ -x "$c/bin/javac" ] || continue
    v="$(java_major "$c")"
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then echo "$c"; return 0; fi
  done
  return 1
}

if ! jdk="$(find_jdk)"; then
  echo "dateline: no JDK 21 or newer found (set JAVA_HOME or install one under /usr/lib/jvm)" >&2
  exit 2
fi
export JAVA_HOME="$jdk"
