#!/bin/sh
# Builds the bench module and runs one of its harnesses: bench/harness.sh HEAP CLASS [ARGS...].
# The scripts next to this one call it with their defaults. The JVM runs with the incubating
# vector module, as ./newsgraph does: Lucene's kNN and the story clusterer's dot products use SIMD.
set -eu
cd "$(dirname "$0")/.."
heap="$1"
class="$2"
shift 2
./mvnw -q -B -Dmaven.test.skip=true -Dspotless.check.skip=true install -pl bench -am >&2
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
./mvnw -q -B -o dependency:build-classpath -pl bench -Dmdep.outputFile="$cp" >&2
. ./.mvn/find-jdk.sh
"$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector "-Xmx$heap" -cp "bench/target/classes:$(cat "$cp")" "org.newsgraph.bench.$class" "$@"
