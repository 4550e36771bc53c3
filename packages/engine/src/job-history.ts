/**
 * A bounded job history (issue 14): every refresh, adjust and delete records a job, and a server
 * that kept them all grew by about 1.4 KiB per write for as long as it ran. {@link trimJobHistory}
 * drops the oldest finished jobs until at most `keep` remain. Job ids are handed out in order and
 * jobs are dropped from the oldest up, so the history is a run of consecutive ids: a trim scans
 * upward from where the last one stopped, O(1) per dropped job. A queued (PENDING) job is never
 * dropped; the trim stops at the oldest one and goes on once it has run.
 */
import type { InventoryState } from "./state.js";

/** How many jobs a tenant keeps by default. */
export const DEFAULT_JOB_HISTORY = 10_000;

/**
 * The state with its oldest finished jobs dropped until at most `keep` remain, and the id the next
 * trim may start from. `from` is what the previous trim of this history answered (1, or omitted,
 * when unknown: the scan then starts at the first id).
 */
export function trimJobHistory(state: InventoryState, keep: number, from = 1): [state: InventoryState, from: number] {
  let jobs = state.jobs;
  if (jobs.size <= keep) return [state, from];
  const end = state.counters.jobId;
  let id = from;
  while (jobs.size > keep && id < end) {
    const job = jobs.get(id);
    if (job?.status === "PENDING") break;
    if (job !== undefined) jobs = jobs.delete(id);
    id++;
  }
  return [jobs === state.jobs ? state : { ...state, jobs }, id];
}
