#!/usr/bin/env bash
# Builds the JMH jar (benchmarks/target/benchmarks.jar) and runs the benchmark suite once, writing
# JMH's JSON to benchmarks/results/jmh-result.json and a summary of the ratios to the terminal.
#
#   benchmarks/run.sh                       # the whole suite, short settings (about 10 minutes on 2 busy cores)
#   benchmarks/run.sh DecisionBenchmark     # only the benchmarks matching a regular expression
#   JMH_OPTS="-f 3 -wi 5 -i 10" benchmarks/run.sh   # longer, steadier settings
#   SKIP_BUILD=1 benchmarks/run.sh ...      # reuse the jar already built
#   MVN=./mvnw MVN_OPTS=-o benchmarks/run.sh  # another Maven, extra Maven options
#
# Short settings: one fork, 4 warm-up and 3 measured iterations of 2 s each, with the GC profiler
# (allocation per operation). Nothing is installed into the local repository.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [[ -z "${SKIP_BUILD:-}" ]]; then
  # -am builds the library modules from this checkout; the tests are skipped (verify runs them).
  ${MVN:-mvn} -B -q package -pl benchmarks -am -DskipTests -Djapicmp.skip ${MVN_OPTS:-}
fi
mkdir -p benchmarks/results
out="benchmarks/results/jmh-result.json"
# shellcheck disable=SC2086
java -jar benchmarks/target/benchmarks.jar ${JMH_OPTS:--f 1 -wi 4 -i 3 -w 2s -r 2s} \
  -prof gc -rf json -rff "$out" "$@"
if command -v python3 >/dev/null; then
  python3 benchmarks/summary.py "$out"
fi
