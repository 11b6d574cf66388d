#!/bin/sh
# The link stage's in-memory state (near-copy index, story centroids, TF-IDF statistics) after N
# generated articles (default 1,000,000) spread over DAYS (default 365), with vectors given; prints articles/s
# as it grows and the heap held at the end, within the issue's 2 GB. Results go to BENCHMARKS.md.
#
#   bench/link-state.sh [N] [DAYS]
set -eu
cd "$(dirname "$0")/.."
exec bench/harness.sh 2g LinkState "${1:-1000000}" "${2:-365}"
