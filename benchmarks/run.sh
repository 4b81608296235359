#!/usr/bin/env bash
# Builds the benchmarks and runs one of them (see docs/performance.md):
#   benchmarks/run.sh [--quick] [--size=small|medium|large] [--include=REGEX] [--out=FILE]
#                                         every JMH benchmark, then the table of ratios
#   benchmarks/run.sh memory [--bytes=N] [--heap=64m]
#                                         a 1 GiB JSON Lines corpus streamed in a 64 MB heap
#   benchmarks/run.sh startup [--runs=N]  ./hindsight judge and validate on the Cuban example
#                                         against a bare hello-world, in turn
#   benchmarks/run.sh heap [--bytes=N] [--formats=json,markdown]
#                                         the smallest heap readBank needs, as a ratio to its input
set -euo pipefail
cd "$(dirname "$0")/.."
main=io.github.hindsight.benchmarks.RunBenchmarks
case "${1:-}" in
  memory) main=io.github.hindsight.benchmarks.MemoryCheck; shift ;;
  startup) main=io.github.hindsight.benchmarks.StartupCheck; shift ;;
  heap) main=io.github.hindsight.benchmarks.HeapCheck; shift ;;
esac
exec ./mvnw -B -q -pl benchmarks -am package -Prun-benchmarks -DskipTests -Dexec.mainClass="$main" -Dbench.args="$*"
