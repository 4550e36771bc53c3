/** Jobs (D10) on the wire: the engine's `Job` as Kibo's `JobQueueResponse`. */
import type { Job } from "@kibo-inventory/engine";
import type { components } from "@kibo-inventory/spec";

export type WireJob = components["schemas"]["JobQueueResponse"];

/**
 * A job as `JobQueueResponse`. `success` is false only for FAILED jobs; `messages` carries a
 * FAILED job's problems (one per item and field); `hasData` is true (no job comes from a fetched
 * file in the reference server).
 */
export function jobToWire(job: Job, tenantId: number): WireJob {
  const out: WireJob = {
    jobID: job.jobId,
    tenantID: tenantId,
    locationCode: job.locationCode,
    type: job.type,
    status: job.status,
    added: job.added,
    itemCount: job.itemCount,
    hasData: true,
    success: job.status !== "FAILED",
    messages: [...job.messages],
  };
  if (job.started !== undefined) out.started = job.started;
  if (job.finished !== undefined) out.finished = job.finished;
  return out;
}
