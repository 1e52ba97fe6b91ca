#!/bin/sh
# The long run of the A64 differential tests against qemu-aarch64: every Diff*Test with its quick
# count multiplied by SCALE and another SEED, then the cases that agreed, per class and in all
# (the table docs/instructions.md quotes). A mismatch fails the run like any test; its report
# names the case (words and starting state) so it can be replayed with the same seed.
#
#   emulator-core/diff-long-run.sh [SCALE [SEED]]      (default: 4 and 1; 4 gives ~1.3 million cases)
set -eu
scale=${1:-4}
seed=${2:-1}
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
tally=$(mktemp)
trap 'rm -f "$tally"' EXIT
mvn -q -o -pl emulator-core test -Dtest='Diff*Test' -Dsurefire.failIfNoSpecifiedTests=false \
    -Djemu.diff.scale="$scale" -Djemu.diff.seed="$seed" -Djemu.diff.tally="$tally" >&2
echo "| class | cases (scale $scale, seed $seed) |"
echo "| --- | ---: |"
awk '{ n[$1] += $2; total += $2 } END { for (c in n) printf "| %s | %d |\n", c, n[c] | "sort"; close("sort");
      printf "| **all** | **%d** |\n", total }' "$tally"
