#!/usr/bin/env bash
# Times a whole-process `briefbot ingest` of a folder of articles against
# the floor, a raw batched SQLite+FTS5 insert of the same texts
# (storage/sqlite's BenchmarkRawInsertFolder), in the same run, turn by
# turn, and prints both, their ratio and the ingest's peak RSS.
#
#   bash scripts/bench-ingest.sh [FOLDER] [RUNS]
#
# FOLDER defaults to the BBC corpus of the evaluation data
# (../shared/eval/bbc-news-greene2006), RUNS to 3. The ingest goes into a
# new database file each run; nothing else is written.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$(realpath "${1:-../shared/eval/bbc-news-greene2006}")
runs=${2:-3}
[ -d "$corpus" ] || { echo "no folder $corpus" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/briefbot" ./cmd/briefbot
go test -c -o "$tmp/sqlite.test" ./storage/sqlite
printf 'samples: never\nlog:\n  level: error\n' >"$tmp/config.yaml"

ms() { echo $(( $(date +%s%N) / 1000000 )); }
load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown; }
echo "load average before: $(load)"
ingest_ms=() raw_ms=() cpu_ms=() rss_kb=()
for i in $(seq "$runs"); do
  rm -f "$tmp"/ingest.db*
  start=$(ms)
  if [ -x /usr/bin/time ]; then
    BRIEFBOT_CONFIG="$tmp/config.yaml" /usr/bin/time -f '%U %S %M' -o "$tmp/time" \
      "$tmp/briefbot" ingest -db "$tmp/ingest.db" "$corpus" >"$tmp/ingest.out" 2>"$tmp/ingest.err"
    read -r user sys rss <"$tmp/time"
    cpu_ms+=("$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}')")
    rss_kb+=("$rss")
  else
    BRIEFBOT_CONFIG="$tmp/config.yaml" "$tmp/briefbot" ingest -db "$tmp/ingest.db" "$corpus" >"$tmp/ingest.out" 2>"$tmp/ingest.err"
  fi
  ingest_ms+=($(( $(ms) - start )))
  ns=$(cd storage/sqlite && BRIEFBOT_BENCH_CORPUS="$corpus" "$tmp/sqlite.test" -test.run '^$' \
    -test.bench '^BenchmarkRawInsertFolder$' -test.benchtime 1x | awk '/^BenchmarkRawInsertFolder/ {print $3}')
  raw_ms+=($(( ns / 1000000 )))
  echo "run $i: ingest ${ingest_ms[-1]} ms${cpu_ms:+ (CPU ${cpu_ms[-1]} ms, peak RSS ${rss_kb[-1]} KB)}" \
    "($(cat "$tmp/ingest.out")), raw insert ${raw_ms[-1]} ms"
done
echo "load average after: $(load)"

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ingest=$(median "${ingest_ms[@]}") raw=$(median "${raw_ms[@]}")
echo "median of $runs: whole-process ingest $ingest ms${cpu_ms:+ (CPU $(median "${cpu_ms[@]}") ms)}," \
  "raw SQLite+FTS5 insert $raw ms, ratio $(awk -v a="$ingest" -v b="$raw" 'BEGIN {printf "%.2f", a / b}')× (target ≤ 2×)"
