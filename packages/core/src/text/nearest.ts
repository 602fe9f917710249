import { distance } from 'fastest-levenshtein';

function normalize(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s\-/]+/g, '_');
}

/**
 * The candidate closest to `input` by edit distance, ignoring case and treating spaces, hyphens and slashes as
 * underscores; undefined when nothing is close enough to be a plausible typo.
 */
export function nearest(input: string, candidates: Iterable<string>): string | undefined {
  const wanted = normalize(input);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(wanted, normalize(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const allowed = Math.max(2, Math.floor(Math.max(wanted.length, best.length) / 3));
  return bestDistance <= allowed ? best : undefined;
}
