#!/bin/sh
# Story clustering speed with vectors given, and embedding speed on one thread, over a labelled
# stream; by default the headline benchmark's development half outside the repository
# (../shared/bench/uci-headlines-dev/stream.jsonl). Results go to BENCHMARKS.md.
#
#   bench/cluster-throughput.sh [FILE.jsonl] [timed passes]
set -eu
cd "$(dirname "$0")/.."
file="${1:-../shared/bench/uci-headlines-dev/stream.jsonl}"
exec bench/harness.sh 1g ClusterThroughput "$file" "${2:-5}"
