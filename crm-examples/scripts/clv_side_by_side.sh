#!/usr/bin/env bash
# BG/NBD fit on the CDNOW calibration summary, crmkit (JMH ClvBenchmark.fitCdnow, warm, one core)
# against the way lifetimes fits (scipy Nelder-Mead, fit_bgnbd_scipy.py), alternated ROUNDS times so
# both see the same state of a shared machine. Needs the benchmark jar (mvn -B -q -DskipTests package)
# and Debian's python3-scipy.
#
# usage: crm-examples/scripts/clv_side_by_side.sh [ROUNDS]
set -euo pipefail
rounds=${1:-3}
cd "$(dirname "$0")/../.."
sample=crm-examples/src/main/resources/io/crmkit/examples/tour/cdnow/CDNOW_sample.txt
for round in $(seq 1 "$rounds"); do
  echo "round $round"
  java -jar crm-examples/target/crmkit-benchmarks.jar 'ClvBenchmark.fitCdnow' -wi 3 -i 5 -f 1 2>&1 \
    | grep -E '^ClvBenchmark.fitCdnow'
  taskset -c 0 /usr/bin/python3 crm-examples/scripts/fit_bgnbd_scipy.py "$sample" 5
done
