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
exec java -XX:+UseSerialGC -Xshare:auto -jar "$jar" "$@"
