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
# A class-data-sharing archive of the classes a run loads (JDK, runtime, compiler,
# prelude) halves start-up; it is made by the first run after each build. A JVM
# silently ignores an archive made by another JDK, or made before its own archive
# (lib/server/classes.jsa) changed, as a JDK update does: so there is one archive
# per JDK, made again when the JDK's archive is newer.
hash java 2>/dev/null || true   # finds java on the PATH without a subshell, unlike $(command -v java)
java_home="$(readlink -f "${BASH_CMDS[java]:-/}")"
java_home="${java_home%/bin/java}"
jsa="$here/cli/target/pogo-${java_home##*/}.jsa"
base_jsa="$java_home/lib/server/classes.jsa"
if [ -f "$jsa" ] && [ "$jsa" -nt "$jar" ] && { [ ! -f "$base_jsa" ] || [ "$jsa" -nt "$base_jsa" ]; }; then
  cds=(-XX:SharedArchiveFile="$jsa")
else
  rm -f "$jsa"
  cds=(-XX:ArchiveClassesAtExit="$jsa")
fi
exec java -XX:+UseSerialGC "${cds[@]}" -Xlog:disable -jar "$jar" "$@"
