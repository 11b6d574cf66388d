#!/bin/sh
# Tunes the story clusterer on the development half of the headline benchmark (outside the
# repository): every combination of join thresholds, merge thresholds and embedding weights, best
# last. The defaults in StoryClusterer.Options come from here; see BENCHMARKS.md.
#
#   bench/cluster-grid.sh FILE.jsonl JOIN,... MERGE,... WEIGHT,...
set -eu
cd "$(dirname "$0")/.."
exec bench/harness.sh 1g ClusterGrid "$@"
