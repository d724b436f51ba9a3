#!/usr/bin/env bash
# Runs the privacy-ai Redactor JMH benchmarks with settings sized for a small (2-core) machine and prints a
# summary with MB/s (computed from time/op and the UTF-8 bytes each op processes) and per-message percentiles.
#
# Usage: examples/benchmarks/run.sh [--build] [extra JMH args, e.g. a benchmark regex or -prof stack]
#   --build   (re)build target/benchmarks.jar first (it is built automatically if missing)
# Env: JMH_OPTS overrides the default JMH settings below (shell-quoted, e.g. JMH_OPTS='-f 1 -wi 1 -i 1').
# JMH allows one run per machine at a time (/tmp/jmh.lock): if another benchmark is running, wait for it
# rather than forcing -Djmh.ignoreLock=true, which would make both sets of numbers meaningless.
# A full run takes about 5 minutes (8 benchmark/parameter combinations x ~35 s); with slow detectors the
# 10 MB case adds up to a minute.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$here/target/benchmarks.jar"

build=0
if [[ "${1:-}" == "--build" ]]; then
  build=1
  shift
fi
if [[ $build -eq 1 || ! -f "$jar" ]]; then
  (cd "$root" && mvn -B -q -pl examples/benchmarks -am package -DskipTests)
fi

# One fork, 5 x 3 s warm-up (the JIT needs it once ~30 detectors are compiled on a busy 2-core box),
# 5 x 3 s measurement, one thread; a fixed 1 GB heap so GC sizing does not drift.
# DETECTORS=structured (default: the issue's target) or DETECTORS=all (adds PERSON, LOCATION, known identifiers).
detectors="${DETECTORS:-structured}"
default_opts=(-f 1 -wi 5 -w 3s -i 5 -r 3s -t 1 -jvmArgsAppend "-Xms1g -Xmx1g -Dprivacyai.bench.detectors=$detectors")
if [[ -n "${JMH_OPTS:-}" ]]; then
  eval "opts=(${JMH_OPTS})"
else
  opts=("${default_opts[@]}")
fi

result="$here/target/jmh-result.csv"
log="$here/target/jmh-run.log"
mkdir -p "$here/target"

echo "# machine: $(nproc) cores, $(uname -srm)"
java -version 2>&1 | sed 's/^/# /'
printf '# command: java -jar %s' "$jar"; printf ' %q' "${opts[@]}" -rf csv -rff "$result" "$@"; echo
echo

java -cp "$jar" dev.privacyai.benchmarks.CorpusInfo
echo

start=$(date +%s)
java -jar "$jar" "${opts[@]}" -rf csv -rff "$result" "$@" 2>&1 | tee "$log"
end=$(date +%s)

echo
echo "# benchmark wall time: $((end - start)) s; full JMH log: $log; CSV: $result"
echo
java -Dprivacyai.bench.detectors="$detectors" -cp "$jar" dev.privacyai.benchmarks.Summary "$result" "$log"
