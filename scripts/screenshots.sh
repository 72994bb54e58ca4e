#!/usr/bin/env bash
# Renders the console's screens (real windows at 1280x800 under Xvfb, against local stubs of the
# API) to PNG files under docs/screenshots, the pictures the README shows: the staff calendar and
# its dialogs (a range selected by dragging among them), then the live countries and the import
# wizard (errors shown in place, the preview of the changes, the applied result).
# On a fresh Debian machine it first installs Xvfb and the libraries JavaFX needs (as root).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/docs/screenshots}"

packages=(xvfb xauth libgtk-3-0 libx11-6 fontconfig fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if (( ${#missing[@]} > 0 )); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "Missing system packages: ${missing[*]} (install them with apt-get as root)" >&2
    exit 1
  fi
  echo "Installing system packages: ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cd "$root"
classpath_file="$root/admin-console-fx/target/screenshot-classpath.txt"
# compiles the console and its tests, and writes their class path (country-config from the reactor)
./mvnw -B -ntp -q -pl admin-console-fx -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
classpath="admin-console-fx/target/test-classes:admin-console-fx/target/classes:$(cat "$classpath_file")"

mkdir -p "$out"
xvfb-run -a -s '-screen 0 1280x800x24' \
  java -Dprism.order=sw -Djava.awt.headless=true -cp "$classpath" \
  com.medislot.console.ConsoleScreenshots "$out"
