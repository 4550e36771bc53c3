/**
 * Percentage splits (D7): integer shares by largest remainder, so shares always sum exactly to the
 * total. Ties go to the earlier weight. A negative total is split by its magnitude and negated.
 */

/**
 * Splits `total` into integer shares proportional to `weights` (non-negative; at least one > 0).
 * @example largestRemainderSplit(10, [33, 33, 34]) // → [3, 3, 4]
 */
export function largestRemainderSplit(total: number, weights: readonly number[]): number[] {
  if (total < 0) return largestRemainderSplit(-total, weights).map((s) => (s === 0 ? 0 : -s));
  const sum = weights.reduce((a, w) => a + w, 0);
  if (sum <= 0 || weights.length === 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const shares = weights.map((w) => Math.floor((total * w) / sum));
  let rest = total - shares.reduce((a, s) => a + s, 0);
  const order = weights
    .map((w, i) => ({ i, frac: (total * w) % sum }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) {
    const at = order[k]?.i ?? 0;
    shares[at] = (shares[at] ?? 0) + 1;
  }
  return shares;
}

/**
 * Distributes the unallocated stock of a pool: each member keeps its committed units (allocated +
 * pending) and gets a share of `totalOnHand − Σ committed` by weight. If a negative share would take
 * a member's onHand below 0, that deficit is moved to the members with the most onHand, so the
 * result is never negative while the total allows it. Returns onHand per member, summing to `totalOnHand`.
 */
export function splitPool(
  totalOnHand: number,
  committed: readonly number[],
  weights: readonly number[],
): number[] {
  const free = totalOnHand - committed.reduce((a, c) => a + c, 0);
  const shares = largestRemainderSplit(free, weights);
  const onHand = committed.map((c, i) => c + (shares[i] ?? 0));
  if (totalOnHand < 0) return onHand;
  let deficit = 0;
  for (let i = 0; i < onHand.length; i++) {
    const v = onHand[i] ?? 0;
    if (v < 0) {
      deficit -= v;
      onHand[i] = 0;
    }
  }
  while (deficit > 0) {
    let best = -1;
    for (let i = 0; i < onHand.length; i++) if (best < 0 || (onHand[i] ?? 0) > (onHand[best] ?? 0)) best = i;
    const take = Math.min(deficit, onHand[best] ?? 0);
    if (take <= 0) break;
    onHand[best] = (onHand[best] ?? 0) - take;
    deficit -= take;
  }
  return onHand;
}
