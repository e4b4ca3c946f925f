#!/usr/bin/env bash
# Digest of KPIs and records of 3 replications of plan-2023 and baseline-2022 (refactors must
# leave it unchanged: run it before and after), run from the
# checkout given as $1 (default: the current directory). Prints one sha256 (the checkout's own
# path is replaced by ROOT first, so two checkouts compare).
dir=$(cd "${1:-.}" && pwd)
out=/tmp/dg-$(echo "$dir" | md5sum | cut -c1-8)
cd "$dir" || exit 1
for s in plan-2023 baseline-2022; do
  rm -rf "$out/$s"
  NO_COLOR=1 deno task sim $s --reps 3 --records 3 --workers 1 --out "$out/$s" --quiet >/dev/null 2>&1 || echo "FAILED $s"
done
cd "$out" && find . -type f -not -name .jiedian-output | sort | while read -r f; do echo "$f $(sed "s#$dir#ROOT#g" "$f" | sha256sum)"; done | sha256sum
