#!/usr/bin/env bash
# Runs the Pogo command line, building it with Maven first when the jar is missing
# or older than any source file.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/cli/target/pogo.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$here/pom.xml" "$here/runtime" "$here/compiler" "$here/cli" \
        -path '*/target' -prune -o -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
  echo "pogo: building the command line (mvn -q -DskipTests package)..." >&2
  (cd "$here" && mvn -q -B -DskipTests package -pl runtime,compiler,cli -am) >&2
fi
# A class-data-sharing archive of the classes a run loads (JDK, runtime, prelude)
# cuts start-up by about 40%; it is made by the first run after each build.
jsa="$here/cli/target/pogo.jsa"
# It extends the JDK's own archive, and the JVM silently ignores it once that one
# changes (a JDK update rewrites it): then it is made again too.
java_bin="$(command -v java || true)"
base_jsa="$(readlink -f "${java_bin:-/}")"
base_jsa="${base_jsa%/bin/java}/lib/server/classes.jsa"
if [ -f "$jsa" ] && [ "$jsa" -nt "$jar" ] && { [ ! -f "$base_jsa" ] || [ "$jsa" -nt "$base_jsa" ]; }; then
  cds=(-XX:SharedArchiveFile="$jsa")
else
  rm -f "$jsa"
  cds=(-XX:ArchiveClassesAtExit="$jsa")
fi
exec java -XX:+UseSerialGC "${cds[@]}" -Xlog:disable -jar "$jar" "$@"
