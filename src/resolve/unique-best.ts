/** The one candidate that scores highest, or null when none scores or two tie at the top. */

/**
 * Picks the single best-scoring candidate. A tie at the top means the evidence cannot tell
 * them apart, and resolution then prefers to leave the thing unresolved over guessing.
 */
export function uniqueBest<T>(candidates: Iterable<T>, score: (candidate: T) => number): T | null {
  let best: T | null = null;
  let bestScore = 0;
  let tie = false;
  for (const candidate of candidates) {
    const s = score(candidate);
    if (s > bestScore) {
      best = candidate;
      bestScore = s;
      tie = false;
    } else if (s === bestScore && s > 0) tie = true;
  }
  return tie ? null : best;
}
