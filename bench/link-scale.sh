#!/bin/sh
# The link stage at scale on generated text: near-copy lookups among N articles (default
# 1,000,000) and related-article queries over M articles (default 100,000) with vectors in
# Lucene's HNSW graph. Lucene runs with the incubating vector module, which speeds up kNN.
# Results go to BENCHMARKS.md.
#
#   bench/link-scale.sh [N] [M] [queries]
set -eu
cd "$(dirname "$0")/.."
exec bench/harness.sh 2g LinkScale "${1:-1000000}" "${2:-100000}" "${3:-1000}"
