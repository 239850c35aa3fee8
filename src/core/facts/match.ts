// Matching the mentions of one kind (dates, times, relative times) between the two sides of an aligned
// pair: each mention of side a takes the first unused equal mention of side b. What is left on either
// side is what may have changed. Pure: no vscode import.

/** Mentions of `as` with no equal mention in `bs`, and the indices of `bs` that were matched. */
export function unmatched<T>(as: readonly T[], bs: readonly T[], same: (x: T, y: T) => boolean): { leftA: T[]; usedB: Set<number> } {
  const usedB = new Set<number>();
  const leftA: T[] = [];
  for (const x of as) {
    const j = bs.findIndex((y, k) => !usedB.has(k) && same(x, y));
    if (j >= 0) usedB.add(j);
    else leftA.push(x);
  }
  return { leftA, usedB };
}
