#!/bin/sh
# Builds the bench module and runs one of its harnesses: bench/harness.sh HEAP CLASS [ARGS...].
# The scripts next to this one call it with their defaults.
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
"$JAVA_HOME/bin/java" "-Xmx$heap" -cp "bench/target/classes:$(cat "$cp")" "org.newsgraph.bench.$class" "$@"
