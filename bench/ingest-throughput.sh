#!/bin/sh
# Ingest throughput, end to end (read, store raw, extract, detect language, catalog, index), for
# the record in BENCHMARKS.md. Generates N text pages from the bundled samples (each page gets a
# unique headline and a rotated selection of paragraphs, so no two are copies), ingests them into
# a fresh data directory with the packaged command, and prints pages per second.
#
#   bench/ingest-throughput.sh [N] [ingest options...]   (default N=5000)
#
# e.g. `bench/ingest-throughput.sh 5000 --no-analysis` for the pipeline without the language
# analysis (entities, attributions, summaries).
set -eu
cd "$(dirname "$0")/.."
n="${1:-5000}"
[ $# -gt 0 ] && shift
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"

# The paragraphs of both samples, one per line.
grep -v '^[[:space:]]*$' samples/000_ca7439a74214b565.txt samples/002_e236cc5d13e8879a.txt \
  | sed 's/^[^:]*://' | awk 'length($0) > 200' > "$work/paragraphs"
count="$(wc -l < "$work/paragraphs")"

awk -v n="$n" -v count="$count" -v dir="$work/in" '
  { p[NR - 1] = $0 }
  END {
    for (i = 0; i < n; i++) {
      file = sprintf("%s/page-%06d.txt", dir, i)
      printf "Regional security briefing number %d\n\n", i > file
      for (k = 0; k < 6; k++) printf "%s\n\n", p[(i + k * 7) % count] > file
      printf "Briefing %d ends here.\n", i > file
      close(file)
    }
  }' "$work/paragraphs"

bytes="$(du -sk "$work/in" | cut -f1)"
./newsgraph --version >/dev/null # build first, so the build is not timed
start="$(date +%s.%N)"
./newsgraph --data "$work/data" ingest "$@" "$work/in" > "$work/summary"
end="$(date +%s.%N)"
cat "$work/summary"
awk -v n="$n" -v s="$start" -v e="$end" -v kb="$bytes" 'BEGIN {
  t = e - s
  printf "%d pages (%d kB) in %.1f s: %.0f pages/s, %.1f MB/s (including JVM start and model load)\n", n, kb, t, n / t, kb / 1024 / t
}'
