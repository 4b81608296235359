#!/usr/bin/env bash
# Fuzzes Hindsight with Jazzer: each fuzz test of this module in turn, in a JVM of its own, for an
# equal share of the time given, starting from its seed corpus. A finding fails the run and is
# saved as crash-<sha1> in the test's corpus folder,
# src/test/resources/io/github/hindsight/fuzzing/<TestClass>Inputs/<method>/, where `verify`
# replays it from then on; what the fuzzer learns besides (new coverage) stays in .cifuzz-corpus/.
#
#   fuzzing/fuzz.sh [--time 10m] [TestClass[#method] ...] [-- MAVEN_ARGS...]
#
# --time is the time for all the tests together (s, m or h; default 10m). Without test names it
# fuzzes every class here with a @FuzzTest. Maven arguments after -- go to the build, such as
# -o or -Dmaven.repo.local=...
set -euo pipefail
cd "$(dirname "$0")/.."

total=10m
tests=()
maven=()
while (($#)); do
  case "$1" in
    --time) total="${2:?--time needs a duration such as 90s, 10m or 1h}"; shift 2 ;;
    --time=*) total="${1#--time=}"; shift ;;
    --) shift; maven=("$@"); break ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) tests+=("$1"); shift ;;
  esac
done

case "$total" in
  *h) seconds=$(( ${total%h} * 3600 )) ;;
  *m) seconds=$(( ${total%m} * 60 )) ;;
  *s) seconds=${total%s} ;;
  *[!0-9]*|'') echo "fuzz.sh: --time $total: expected a number with s, m or h, such as 10m" >&2; exit 2 ;;
  *) seconds=$total ;;
esac

if ((${#tests[@]} == 0)); then
  while IFS= read -r file; do
    tests+=("$(basename "$file" .java)")
  done < <(grep -l '@FuzzTest' fuzzing/src/test/java/io/github/hindsight/fuzzing/*.java | sort)
fi
each=$(( seconds / ${#tests[@]} ))
if ((each < 5)); then
  echo "fuzz.sh: $total for ${#tests[@]} tests leaves ${each}s each; give at least $(( 5 * ${#tests[@]} ))s" >&2
  exit 2
fi

echo "fuzz.sh: fuzzing ${#tests[@]} tests for ${each}s each: ${tests[*]}"
log="$(mktemp "${TMPDIR:-/tmp}/hindsight-fuzz.XXXXXX")"
trap 'rm -f "$log"' EXIT
# Jazzer stops each test after its time; the limit below only ends a run that hangs in one input,
# which the fuzzer cannot interrupt, with room for the build and for starting each JVM.
status=0
JAZZER_FUZZ=1 timeout $(( seconds + 300 + 60 * ${#tests[@]} )) \
  ./mvnw -B "${maven[@]}" test -pl fuzzing -am \
    -Dtest="$(IFS=,; echo "${tests[*]}")" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.max_duration="${each}s" -Djazzer.keep_going=1 2>&1 | tee "$log" || status=$?

# libFuzzer ends each test with "Done N runs in S second(s)", and Surefire then names the class.
echo "fuzz.sh: cases run per test"
awk '/^Done [0-9]+ runs/ { done = $2 " cases in " $5 " s" }
     /Tests run:.* in io\.github\.hindsight\.fuzzing\./ { n = split($0, w, "."); printf "  %-28s %s\n", w[n], (done == "" ? "no count: stopped by a finding" : done); done = "" }' "$log"
new=$(git status --porcelain --untracked-files=all -- fuzzing/src/test/resources | sed 's/^?? /  /')
findings=$(grep -E '/(crash|timeout|oom|leak)-' <<<"$new" || true)
slow=$(grep -E '/slow-unit-' <<<"$new" || true)
if [[ -n "$findings" ]]; then
  echo "fuzz.sh: findings, saved in the corpus (see CONTRIBUTING.md, Fuzzing):"
  echo "$findings"
fi
if [[ -n "$slow" ]]; then
  # libFuzzer keeps the slowest input it met; slow is not a failure, but worth a look.
  echo "fuzz.sh: the slowest inputs, not failures:"
  echo "$slow"
fi
if ((status != 0)); then
  echo "fuzz.sh: failed (exit $status)" >&2
fi
exit "$status"
