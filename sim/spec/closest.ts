/**
 * Finds the valid name closest to a misspelt one, for "did you mean …?" hints.
 */

/** Edit distance (insertions, deletions, substitutions; Levenshtein 1966), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[t.length];
}

/**
 * The candidate closest to `name`, if it is close enough to be a plausible misspelling (at most
 * a third of the name's length, and at least 2 edits allowed); ties go to the first candidate.
 *
 * @example
 * closest("lvThresholdKW", ["lvThresholdKw", "seed"]); // "lvThresholdKw"
 * closest("zzz", ["seed"]); // undefined
 */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of candidates) {
    // The distance is at least the difference in length: skip hopeless pairs (a 5 MB key).
    if (Math.abs(name.length - candidate.length) >= bestDistance) continue;
    const d = editDistance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
