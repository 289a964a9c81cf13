import { closest, distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `value` by edit distance, when it is close enough to be a likely
 * intended value (at most a third of the characters differ); null otherwise.
 */
export function closestWithin(value: string, candidates: readonly string[]): string | null {
  if (candidates.length === 0 || value === '') return null;
  const best = closest(value, candidates as string[]);
  return distance(value, best) <= Math.max(1, Math.floor(best.length / 3)) ? best : null;
}
