/**
 * The bounded job history of each tenant (issue 14; server option `jobHistory`, CLI
 * `--job-history`): every write through the API keeps at most that many jobs per tenant, dropping
 * the oldest finished ones first (engine `trimJobHistory`). `getJob` of a dropped id answers 404
 * like an id that never existed. Where the last trim of a tenant stopped is remembered per stored
 * state, so each write scans only the jobs it drops; a state that came another way (restore,
 * reset, a clock tick) is scanned from the first id once.
 */
import { type InventoryState, trimJobHistory } from "@kibo-inventory/engine";

/** Stored tenant state → the id its next trim starts from. */
const trimmedFrom = new WeakMap<InventoryState, number>();

/** `next` with at most `keep` jobs, to be stored in place of `current` (the tenant's state before the write). */
export function keepJobHistory(next: InventoryState, current: InventoryState | undefined, keep: number): InventoryState {
  const from = current === undefined ? 1 : (trimmedFrom.get(current) ?? 1);
  const [trimmed, nextFrom] = trimJobHistory(next, keep, from);
  trimmedFrom.set(trimmed, nextFrom);
  return trimmed;
}
