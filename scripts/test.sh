#!/usr/bin/env bash
# Runs every test of Medislot: unit tests, the headless JavaFX tests, the Arquillian suite on a
# real Payara Micro with real PostgreSQL and Artemis, and the EAR smoke test on Payara Server.
# On a fresh Debian machine it first installs the few system libraries JavaFX needs (as root).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# JavaFX's native glass and font libraries need X11 client, GTK and font packages even headless.
packages=(libgtk-3-0 libx11-6 fontconfig fonts-dejavu-core)
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
exec ./mvnw -B -ntp verify "$@"
