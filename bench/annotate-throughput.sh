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
exec bench/harness.sh 2500m AnnotateThroughput "$dir" "${2:-2}" "${3:-3}"
