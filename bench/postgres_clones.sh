#!/usr/bin/env bash
# scripts/bench --suite postgres: how long covrun takes to prepare 4 PostgreSQL clones of the
# demo's template (3000 rows, and 30000 to show how it scales), against the whole run of the
# demo's PostgreSQL suite with --chunks 4. Runs under scripts/with-postgres (COVRUN_TEST_PG set).
# Options: --runs N (default 3), --no-record (do not append to BENCHMARKS.md). Fails (exit 1) when
# preparing the clones takes more than 10% of the run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=3
record=1
while (( $# )); do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --no-record) record=0; shift ;;
    *) echo "bench: unknown option '$1' for --suite postgres (--runs N, --no-record)" >&2; exit 2 ;;
  esac
done
: "${COVRUN_TEST_PG:?bench: run under scripts/with-postgres}"
if [[ ! -f "$root/examples/postgres/target/cp.txt" ]] || ! ls "$root"/runner/target/covrun-runner-*.jar > /dev/null 2>&1; then
  echo "[bench] building covrun and the demo (mvn -B -q -DskipTests package)"
  (cd "$root" && mvn -B -q -DskipTests package)
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

table="| template rows | run | clones ready (4) | slowest chunk | whole covrun run | clones / run |
|---:|---:|---:|---:|---:|---:|"
worst=0
load="$(cut -d' ' -f1-3 /proc/loadavg)"
demo="$root/examples/postgres"
template="${COVRUN_TEST_PG%/*}/covrun_demo"
calc() { awk "BEGIN { x = ($1); print x }"; }
for rows in 3000 30000; do
  java -cp "$demo/target/test-classes:$(cat "$demo/target/cp.txt")" \
    dev.covrun.example.pg.DemoTemplate "$template" "$rows" > /dev/null
  for (( run = 1; run <= runs; run++ )); do
    log="$work/run-$rows-$run.log"
    start=$(date +%s.%N)
    "$root/scripts/covrun" --workdir "$demo" --config "$demo/covrun-postgres.yaml" \
      --template-db "$template" --chunks 4 --out "$work/out" --timings "$work/timings.json" \
      --progress-interval 60 > "$log" 2>&1 \
      || { cat "$log" >&2; echo "bench: the demo run failed" >&2; exit 1; }
    end=$(date +%s.%N)
    clones=$(sed -n 's/.*PostgreSQL clones of covrun_demo ready in \([0-9.]*\)s.*/\1/p' "$log")
    slowest=$(sed -n 's/^\[covrun\] chunk [0-9]* [a-z]* in \([0-9.]*\)s$/\1/p' "$log" | sort -g | tail -1)
    whole=$(calc "$end - $start")
    share=$(calc "100 * $clones / $whole")
    printf '[bench] rows %5d run %d: clones %.2fs, slowest chunk %.1fs, covrun run %.1fs: %.1f%%\n' \
      "$rows" "$run" "$clones" "$slowest" "$whole" "$share"
    table+=$'\n'"$(printf '| %d | %d | %.2f s | %.1f s | %.1f s | %.1f%% |' "$rows" "$run" "$clones" "$slowest" "$whole" "$share")"
    worst=$(calc "$share > $worst ? $share : $worst")
  done
done

echo
echo "$table"
if (( record )); then
  {
    echo
    echo "## PostgreSQL template clones ($(date -u +%Y-%m-%d), scripts/bench --suite postgres)"
    echo
    echo "4 clones (CREATE DATABASE ... TEMPLATE covrun_demo) for examples/postgres with --chunks 4, on"
    echo "$(nproc) cores (load average before: $load), PostgreSQL $(psql --version 2> /dev/null | awk '{print $3}')"
    echo "from scripts/with-postgres (fsync off). Other processes on the machine inflate both columns."
    echo
    echo "$table"
  } >> "$root/BENCHMARKS.md"
  echo "[bench] appended to BENCHMARKS.md"
fi
if [[ $(calc "$worst > 10") == 1 ]]; then
  printf 'bench: preparing the clones took %.1f%% of a run (limit 10%%)\n' "$worst" >&2
  exit 1
fi
