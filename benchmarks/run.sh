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
#   benchmarks/run.sh side-by-side --before=REV --class=JsonBenchmarks --methods=PATH[,FLOOR]
#                    [--size=small] [--windows=40] [--window-ms=250] [--warm-up-s=25]
#                                         the same benchmark methods of REV and of the work tree,
#                                         in one JVM, in windows taken in turn
set -euo pipefail
cd "$(dirname "$0")/.."
main=io.github.hindsight.benchmarks.RunBenchmarks
case "${1:-}" in
  memory) main=io.github.hindsight.benchmarks.MemoryCheck; shift ;;
  startup) main=io.github.hindsight.benchmarks.StartupCheck; shift ;;
  heap) main=io.github.hindsight.benchmarks.HeapCheck; shift ;;
  side-by-side)
    main=io.github.hindsight.benchmarks.SideBySide; shift
    before=""
    rest=()
    for a in "$@"; do
      case "$a" in
        --before=*) before="${a#--before=}" ;;
        *) rest+=("$a") ;;
      esac
    done
    if [ -z "$before" ]; then
      echo "side-by-side needs --before=REV, the commit to compare the work tree with" >&2
      exit 2
    fi
    case " ${rest[*]:-} " in
      *" --class="*" --methods="*|*" --methods="*" --class="*) ;;
      *) echo "side-by-side needs --class=NAME and --methods=PATH[,FLOOR], such as --class=JsonBenchmarks --methods=hindsightWrite,floorStreamingWrite" >&2; exit 2 ;;
    esac
    # The earlier build: the files of REV under target/, built as the work tree is.
    dir=benchmarks/target/before
    rm -rf "$dir"
    mkdir -p "$dir"
    git archive "$before" | tar -x -C "$dir"
    (cd "$dir" && ./mvnw -B -q -pl benchmarks -am package -DskipTests -Dinvoker.skip -Dmaven.javadoc.skip -Dmaven.source.skip)
    set -- --root="$PWD" --before-root="$PWD/$dir" "${rest[@]}"
    ;;
esac
exec ./mvnw -B -q -pl benchmarks -am package -Prun-benchmarks -DskipTests -Dexec.mainClass="$main" -Dbench.args="$*"
