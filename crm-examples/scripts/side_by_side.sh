#!/usr/bin/env bash
# Side-by-side rounds of the 10M-row scoring job: crmkit (JMH ScoringBenchmark.wholeJob, warm, 3 GB
# heap; ScoringSmallHeapBenchmark, 400 MB heap, with G1's defaults and again with a fixed
# initiating heap occupancy, see the README) and pandas (score_pandas.py, 3 runs), alternated
# so that both see the same state of a shared machine. Needs the benchmark jar (mvn -B -q -DskipTests
# package), a CSV made by SyntheticTransactions with 1M customers and 10M rows, and python3-pandas.
#
# usage: crm-examples/scripts/side_by_side.sh FILE [ROUNDS]
set -euo pipefail
file=$1
rounds=${2:-3}
cd "$(dirname "$0")/../.."
for round in $(seq 1 "$rounds"); do
  echo "round $round"
  java -jar crm-examples/target/crmkit-benchmarks.jar 'ScoringBenchmark.wholeJob' -p size=1000000:10000000 \
    -wi 10 -i 5 2>&1 | grep -E '^ScoringBenchmark.wholeJob'
  java -jar crm-examples/target/crmkit-benchmarks.jar 'ScoringSmallHeap' 2>&1 | grep -E '^ScoringSmallHeapBenchmark'
  java -jar crm-examples/target/crmkit-benchmarks.jar 'ScoringSmallHeap' \
    -jvmArgsAppend '-XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=85' 2>&1 \
    | grep -E '^ScoringSmallHeapBenchmark' | sed 's/^/IHOP 85: /'
  /usr/bin/python3 crm-examples/scripts/score_pandas.py "$file" 3 | sed -E 's/; 80%.*//'
done
