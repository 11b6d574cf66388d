#!/bin/sh
# Analysis throughput (newsgraph annotate with everything on) over a folder of .txt articles, by
# two threads in a heap capped at 2.5 GB. By default the PolNeAR development texts outside the
# repository (../shared/bench/polnear-dev/text), which this benchmark is allowed to read.
# Results go to BENCHMARKS.md.
#
#   bench/annotate-throughput.sh [DIR] [threads] [timed passes]
set -eu
cd "$(dirname "$0")/.."
dir="${1:-../shared/bench/polnear-dev/text}"
./mvnw -q -B -Dmaven.test.skip=true -Dspotless.check.skip=true install -pl bench -am >&2
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
./mvnw -q -B -o dependency:build-classpath -pl bench -Dmdep.outputFile="$cp" >&2
. ./.mvn/find-jdk.sh
exec "$JAVA_HOME/bin/java" -Xmx2500m -cp "bench/target/classes:$(cat "$cp")" \
  org.newsgraph.bench.AnnotateThroughput "$dir" "${2:-2}" "${3:-3}"
