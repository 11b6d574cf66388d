#!/bin/sh
# Extraction throughput on one thread, after warm-up, with allocation per page, next to jsoup's
# parser alone. Reads a page set in the article-extraction-benchmark layout; by default the
# development set outside the repository (../shared/bench/aeb-dev), which this benchmark is
# allowed to use. Results go to BENCHMARKS.md.
#
#   bench/extract-throughput.sh [DIR] [warm-up passes] [timed passes]
set -eu
cd "$(dirname "$0")/.."
dir="${1:-../shared/bench/aeb-dev}"
exec bench/harness.sh 1g ExtractThroughput "$dir" "${2:-20}" "${3:-20}"
