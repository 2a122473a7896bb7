#!/bin/bash
# Builds each annotated set with the code of the round that first scored it sealed, as the confidence
# model's picture of how Parley errs on articles nobody has tuned to (see bench/train-confidence.ts).
#   bash bench/confidence/snapshots.sh DIR      → DIR/<set>/timeline.json
# Each line of ROUNDS: the round's first commit, then the sets sealed at that commit (validation sets left out).
set -euo pipefail
out=$(realpath -m "${1:?usage: snapshots.sh DIR}")
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
ROUNDS=(
  "deb5dca fresh18 fresh19 fresh20 fresh21"
  "af5e05d fresh25 fresh26 fresh28 fresh29 fresh31"
  "9e85052 fresh32 fresh33 fresh34 fresh35 fresh36 fresh37 fresh38"
)
mkdir -p "$out"
for round in "${ROUNDS[@]}"; do
  read -r commit sets <<<"$round"
  tree=$(mktemp -d)/parley-$commit
  git -C "$repo" worktree add --detach "$tree" "$commit" >/dev/null
  # The old code runs with today's installed packages; its own workspace links point into the old tree.
  mkdir -p "$tree/node_modules/@parley"
  for entry in "$repo"/node_modules/* "$repo"/node_modules/.bin; do
    [ "$(basename "$entry")" = "@parley" ] || ln -sfn "$entry" "$tree/node_modules/$(basename "$entry")"
  done
  ln -sfn ../../apps/cli "$tree/node_modules/@parley/cli"
  ln -sfn ../../packages/extract "$tree/node_modules/@parley/extract"
  ln -sfn ../../packages/graph "$tree/node_modules/@parley/graph"
  ln -sfn ../../apps/web "$tree/node_modules/@parley/web"
  for set in $sets; do
    (cd "$tree" && node apps/cli/bin/parley.mjs build "$repo/tests/$set" --out "$out/$set" --quiet >/dev/null 2>&1) || echo "snapshots: $set at $commit had skipped files"
    echo "snapshots: $set at $commit → $out/$set"
  done
  git -C "$repo" worktree remove --force "$tree"
done
