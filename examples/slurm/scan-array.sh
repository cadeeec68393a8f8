#!/usr/bin/env bash
# One (λ, y) plane as a Slurm job array: task i of n computes shard i/n into its own folder
# (a deterministic 1/n of the grid, interleaved so every task gets a fair mix of cheap and costly
# points); a dependent job merges the shards and makes points.csv, the maps and report.html.
#
#   examples/slurm/scan-array.sh examples/scan-100GeV.toml [SHARDS] [OUT]
#
# Each task resumes its own store if it is re-run (e.g. after a pre-emption or a time limit:
# Slurm's SIGTERM stops the scan cleanly, finished points are kept), so `sbatch` can simply be
# repeated for failed tasks.
set -euo pipefail

SCAN_FILE=${1:?usage: scan-array.sh SCAN.toml [SHARDS] [OUT]}
SHARDS=${2:-16}
OUT=${3:-out/$(basename "${SCAN_FILE%.toml}")}
FREESTREAM=${FREESTREAM:-"dotnet $(pwd)/src/Freestream.Cli/bin/Release/net10.0/freestream.dll"}
CPUS=${CPUS:-4}

mkdir -p "$OUT/logs"
array_job=$(sbatch --parsable \
  --job-name=freestream-scan \
  --array=1-"$SHARDS" \
  --cpus-per-task="$CPUS" \
  --time=04:00:00 \
  --signal=TERM@120 \
  --output="$OUT/logs/shard-%a.log" \
  --wrap="$FREESTREAM scan $SCAN_FILE --threads $CPUS --shard \${SLURM_ARRAY_TASK_ID}/$SHARDS --out $OUT/shard-\${SLURM_ARRAY_TASK_ID}")

sbatch --parsable \
  --job-name=freestream-merge \
  --dependency=afterany:"$array_job" \
  --cpus-per-task=1 \
  --time=00:30:00 \
  --output="$OUT/logs/merge.log" \
  --wrap="$FREESTREAM merge $OUT/shard-* --out $OUT/merged"

echo "submitted array job $array_job ($SHARDS shards) and its merge; results in $OUT/merged"
