import type { components } from "@kibo-inventory/spec";
import type { InventoryClient } from "../client.js";
import { TimeoutError } from "../errors/timeout-error.js";
import { sleep as defaultSleep } from "../internal/sleep.js";
import { unwrap } from "../unwrap.js";

/** A job of Kibo's inventory queue. */
export type InventoryJob = components["schemas"]["JobQueueResponse"];

/** Options of {@link waitForJob}. */
export interface WaitForJobOptions {
  /** Give up after this many ms with a {@link TimeoutError}. @default 300000 */
  timeout?: number | undefined;
  /** First wait between polls in ms; doubles after each poll. @default 250 */
  interval?: number | undefined;
  /** Longest wait between polls in ms. @default 5000 */
  maxInterval?: number | undefined;
  /** Abort waiting (the signal's reason is thrown). */
  signal?: AbortSignal | undefined;
  /** Called with each polled state. */
  onPoll?: ((job: InventoryJob) => void) | undefined;
}

/**
 * Whether a job reached a final state (`SUCCESS` or `FAILED`).
 * @example
 * const pending = (await listJobs(client, { locationCode: "WH1" })).filter((job) => !isJobFinished(job));
 */
export function isJobFinished(job: InventoryJob): boolean {
  return job.status === "SUCCESS" || job.status === "FAILED";
}

/**
 * Polls `GET /commerce/inventory/v1/queue/{jobID}` with exponential backoff until the job is
 * `SUCCESS` or `FAILED`, and returns it (a FAILED job is returned, not thrown: read `messages`).
 *
 * @example
 * const { jobID } = await unwrap(client.POST("/commerce/inventory/v5/inventory/refresh", { body }));
 * const job = await waitForJob(client, jobID!, { timeout: 60_000 });
 * if (job.status === "FAILED") console.error(job.messages);
 * @see packages/sdk/README.md
 */
export async function waitForJob(client: InventoryClient, jobID: number, options: WaitForJobOptions = {}): Promise<InventoryJob> {
  const timeout = options.timeout ?? 300_000;
  const maxInterval = options.maxInterval ?? 5_000;
  let interval = options.interval ?? 250;
  const deadline = Date.now() + timeout;
  for (;;) {
    options.signal?.throwIfAborted();
    const job = await unwrap(
      client.GET("/commerce/inventory/v1/queue/{jobID}", {
        params: { path: { jobID } },
        ...(options.signal ? { signal: options.signal } : {}),
      }),
    );
    options.onPoll?.(job);
    if (isJobFinished(job)) return job;
    const left = deadline - Date.now();
    if (left <= 0) {
      throw new TimeoutError({ what: `Job ${jobID} did not finish within ${timeout} ms (last status ${job.status ?? "unknown"})`, timeout });
    }
    await defaultSleep(Math.min(interval, left), options.signal);
    interval = Math.min(maxInterval, interval * 2);
  }
}
