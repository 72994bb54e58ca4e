#!/usr/bin/env bash
# The slot precomputation at scale (issue: full precomputation of 28 days for 500,000
# practitioners). Builds what it needs, starts an embedded PostgreSQL on 127.0.0.1, fills it with
# the data generator, then precomputes every practitioner into a local Infinispan cache and prints
# the figures. Options go to the benchmark: --practitioners=N (default 500000), --threads=N,
# --batch=N, --days=N, or --jdbc-url=… --user=… --password=… for an existing database.
set -euo pipefail
cd "$(dirname "$0")/.."
# Builds, then copies the benchmark's classes and every jar it needs to a private folder, so that
# a build running meanwhile cannot change them under the running benchmark.
lib=benchmarks/target/precompute-lib
rm -rf "$lib" && mkdir -p "$lib"
./mvnw -B -ntp -q -DskipTests -pl benchmarks -am package dependency:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$PWD/$lib" -Dmdep.prependGroupId=true
cp -r benchmarks/target/classes "$lib/classes"
exec java -Xmx${BENCH_HEAP:-12g} -XX:+UseParallelGC -cp "$lib/classes:$lib/*" \
  com.medislot.benchmarks.PrecomputeBenchmark --data-dir=benchmarks/target/precompute-db "$@"
