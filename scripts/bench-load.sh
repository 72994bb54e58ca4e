#!/usr/bin/env bash
# The load benchmark (docs/benchmarks.md): starts Medislot on 127.0.0.1 with a data set, sends
# searches and bookings through its web API at fixed rates (open model, latencies from when each
# request was due), reports the emails those bookings caused (sent over SMTP to a local sink),
# measures the search capacity and the same searches on the raw Lucene index,
# prints the figures and stops everything.
#
#   scripts/bench-load.sh                                  demo data (3,000 practitioners)
#   scripts/bench-load.sh --data=generated --practitioners=100000
#   scripts/bench-load.sh --data=generated --db-dir=benchmarks/target/precompute-db
#   scripts/bench-load.sh --data=generated --practitioners=500000 --db-patients=1000000 \
#     --appointment-share=0.01                          a full-size index, generated in minutes
#
# Other options go to LoadBenchmark: --search-rate=1000 --booking-rate=90 --duration=300
# --warmup=30 --patients=500 --capacity-seconds=60 --raw-seconds=60 ...
# --profile records the server (JFR) over the first --profile-seconds (30) of the measured run and
# of the capacity run, and prints where its CPU went (recordings in the run's folder).
# --server-setting=name=value passes an application setting to the server (repeatable), e.g.
# --server-setting=medislot.search.warm-up.queries=0 to start it without the search warm-up.
# BENCH_SERVER_HEAP (4g) is Payara Micro's heap, BENCH_PORT_BASE (18000) the first of its ports.
set -euo pipefail
cd "$(dirname "$0")/.."

data=demo
practitioners=20000
db_dir=""
generator=()
variant=""
profile=0
server_settings=()
pass=()
for arg in "$@"; do
  case "$arg" in
    --data=*) data="${arg#*=}" ;;
    --practitioners=*) practitioners="${arg#*=}" ;;
    --db-dir=*) db_dir="${arg#*=}" ;;
    --db-patients=*) generator+=(--patients="${arg#*=}"); variant+="-patients${arg#*=}" ;;
    --appointment-share=*) generator+=("$arg"); variant+="-share${arg#*=}" ;;
    --profile) profile=1 ;;
    --server-setting=*) server_settings+=(--"${arg#--server-setting=}") ;;
    *) pass+=("$arg") ;;
  esac
done
[[ "$data" == demo || "$data" == generated ]] || { echo "--data is demo or generated" >&2; exit 2; }
base_port="${BENCH_PORT_BASE:-18000}"
http_port=$((base_port + 80))
db_port=$((base_port + 32))
mail_port=$((base_port + 25))

# Build, then run from private copies so that a build meanwhile cannot change them.
lib=benchmarks/target/load-lib
rm -rf "$lib" && mkdir -p "$lib"
./mvnw -B -ntp -q -DskipTests -pl launcher,benchmarks -am package dependency:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$PWD/$lib" -Dmdep.prependGroupId=true
cp -r benchmarks/target/classes "$lib/classes"
runtime=benchmarks/target/load-runtime
rm -rf "$runtime" && cp -r launcher/target/runtime "$runtime"
cp -r launcher/target/medislot-launcher-runnable.jar launcher/target/lib "$runtime/"

run="benchmarks/target/load-run-$data"
children=()
stop() {
  local pid
  for pid in "${children[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${children[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop EXIT
trap 'exit 130' INT TERM

server_options=""
if [[ $profile == 1 ]]; then
  # deep stacks: Payara's requests run 100-200 frames deep, beyond JFR's default of 64
  server_options=" -XX:FlightRecorderOptions:stackdepth=512"
fi
launcher_args=(
  --medislot.data-dir="$run" --medislot.http.port="$http_port"
  --medislot.db.port="$db_port" --medislot.broker.port=$((base_port + 61))
  --medislot.hazelcast.port=$((base_port + 69))
  --medislot.mail.host=127.0.0.1 --medislot.mail.port="$mail_port"
  --medislot.launcher.runtime-dir="$runtime" --medislot.launcher.quiet=true
  --medislot.launcher.jvm-options="-Xmx${BENCH_SERVER_HEAP:-4g}$server_options"
  --medislot.launcher.startup-timeout-seconds=3600
  ${server_settings[@]+"${server_settings[@]}"}
)
if [[ "$data" == generated ]]; then
  # a data set of other generator options gets a folder of its own, never one built otherwise
  db_dir="${db_dir:-benchmarks/target/load-db-$practitioners$variant}"
  ready="benchmarks/target/load-db.ready"
  rm -f "$ready"
  java -Xmx4g -cp "$lib/classes:$lib/*" com.medislot.benchmarks.load.DatabaseServer \
    --data-dir="$db_dir" --ready-file="$ready" --practitioners="$practitioners" \
    "${generator[@]}" &
  children+=($!)
  until [[ -f "$ready" ]]; do
    kill -0 "${children[0]}" 2>/dev/null || { echo "the database did not start" >&2; exit 1; }
    sleep 2
  done
  db_url=$(sed -n 's/^url=//p' "$ready")
  db_user=$(sed -n 's/^user=//p' "$ready")
  db_password=$(sed -n 's/^password=//p' "$ready")
  launcher_args+=(--medislot.db.url="$db_url" --medislot.db.user="$db_user"
    --medislot.db.password="$db_password" --medislot.demo.enabled=false)
else
  db_url="jdbc:postgresql://127.0.0.1:$db_port/medislot"
  db_user=medislot
fi

mkdir -p "$run"
# the emails of the run's bookings really go out over SMTP, as in production
mail_ready="$run/mail-sink.ready"
rm -f "$mail_ready"
java -Xmx512m -cp "$lib/classes:$lib/*" com.medislot.benchmarks.load.MailSink \
  --port="$mail_port" --ready-file="$mail_ready" > "$run/mail-sink.log" 2>&1 &
children+=($!)
mail_pid=$!
until [[ -f "$mail_ready" ]]; do
  kill -0 "$mail_pid" 2>/dev/null || { echo "the mail sink did not start:" >&2; cat "$run/mail-sink.log" >&2; exit 1; }
  sleep 1
done
echo "Starting Medislot (log $run/launcher.log; a large data set takes minutes to warm up)..."
java -jar "$runtime/medislot-launcher-runnable.jar" "${launcher_args[@]}" > "$run/launcher.log" 2>&1 &
children+=($!)
launcher_pid=$!
until grep -q "Medislot is up" "$run/launcher.log" 2>/dev/null; do
  kill -0 "$launcher_pid" 2>/dev/null || { echo "Medislot did not start:" >&2; tail -20 "$run/launcher.log" >&2; exit 1; }
  sleep 2
done
# the slot cache fills in the background after readiness: measure the steady state, not that
echo "Waiting for the availability warm-up..."
until grep -q "Availability warm-up" "$run/payara/payara.log" 2>/dev/null; do
  kill -0 "$launcher_pid" 2>/dev/null || { echo "Medislot stopped" >&2; exit 1; }
  sleep 2
done
grep -ohE "Payara Micro: ready in [0-9.]+ s|Availability warm-up[^(]*\([^)]*\)" \
  "$run/launcher.log" "$run/payara/payara.log" 2>/dev/null | tail -2 || true
if [[ "$data" == demo ]]; then
  db_password=$(sed -n 's/^medislot\.password=//p' "$run/secrets/postgres.properties")
fi

if [[ $profile == 1 ]]; then
  server_pid=$(pgrep -f -- "-jar $PWD/$runtime/payara-micro.jar" | head -1)
  [[ -n "$server_pid" ]] || { echo "--profile: Payara Micro's process not found" >&2; exit 1; }
  pass+=(--server-pid="$server_pid" --profile-dir="$run")
fi
java -Xmx2g -cp "$lib/classes:$lib/*" com.medislot.benchmarks.load.LoadBenchmark \
  --base-url="http://127.0.0.1:$http_port/api/v1/" --jdbc-url="$db_url" --user="$db_user" \
  --password="$db_password" --index-dir="$run/index/practitioner" "${pass[@]}"
