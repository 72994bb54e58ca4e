#!/usr/bin/env bash
# Runs Medislot on this machine: embedded PostgreSQL, embedded Artemis broker and Payara Micro
# with the application, all on 127.0.0.1. Builds first when the launcher is missing or a source
# changed since the last build (MEDISLOT_SKIP_BUILD=1 skips that check).
# Arguments are launcher settings, e.g. --medislot.http.port=9090; --help lists them.
# Ctrl-C stops everything.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$root/launcher/target"
jar="$target/medislot-launcher-runnable.jar"
stamp="$target/.built"

needs_build() {
  local file
  for file in "$jar" "$stamp" "$target/runtime/payara-micro.jar" "$target/runtime/booking-web.war" \
      "$target/runtime/artemis-rar.rar"; do
    [[ -f "$file" ]] || return 0
  done
  # a pom or a source file newer than the last successful build
  [[ -n "$(cd "$root" && find . \( -name target -o -name .git -o -name node_modules \) -prune -o \
      -type f \( -name pom.xml -o -path '*/src/*' \) -newer "$stamp" -print -quit)" ]]
}

if [[ "${MEDISLOT_SKIP_BUILD:-0}" != 1 ]] && needs_build; then
  echo "Building Medislot (first run or changed sources; this takes a few minutes)..." >&2
  (cd "$root" && ./mvnw -q -DskipTests -pl launcher -am install)
  touch "$stamp"
fi

# exec: the JVM replaces this shell, so Ctrl-C reaches it and its shutdown hook stops everything
exec java -jar "$jar" "$@"
