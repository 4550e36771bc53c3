import type { InventoryClient } from "../client.js";
import type { InventoryApiError } from "../errors/api-error.js";
import { isInventoryValidationError } from "../errors/guards.js";
import { type InventoryJob, type WaitForJobOptions, waitForJob } from "./wait-for-job.js";

/** A progress event of {@link refreshAll} / {@link adjustAll}. */
export interface BulkProgress {
  /** `submitted`: a batch was accepted as a job; `finished`: its job ended (or it was rejected). */
  phase: "submitted" | "finished";
  /** 0-based batch number. */
  batch: number;
  /** Number of batches. */
  batches: number;
  /** Items in this batch. */
  batchSize: number;
  /** Items whose batch has finished, this one included when `phase` is `finished`. */
  itemsDone: number;
  /** All items. */
  total: number;
  /** The batch's job, once submitted. */
  jobID?: number;
  /** Final state of the batch when `phase` is `finished`. */
  status?: BulkBatchStatus;
}

/** How a batch ended: its job's final status, or `REJECTED` when the server refused the request (400). */
export type BulkBatchStatus = "SUCCESS" | "FAILED" | "REJECTED";

/** One batch of a bulk write. */
export interface BulkBatchResult {
  batch: number;
  /** Index of the batch's first item in the input. */
  offset: number;
  size: number;
  jobID?: number;
  status: BulkBatchStatus;
  /** Job or error messages. */
  messages: string[];
  correlationId?: string;
}

/** One item that was not applied. */
export interface BulkItemFailure<Item> {
  /** Index in the input array. */
  index: number;
  item: Item;
  message: string;
  /** Field named by the server, when it named one. */
  field?: string;
  /** Server code; `BATCH_REJECTED` / `JOB_FAILED` when the item was only collateral. */
  code?: string;
  jobID?: number;
}

/** What {@link refreshAll} / {@link adjustAll} resolve to. */
export interface BulkSummary<Item> {
  total: number;
  /** Items in batches whose job succeeded. */
  succeeded: number;
  /** Items not applied (`failures.length`). */
  failed: number;
  batches: BulkBatchResult[];
  failures: BulkItemFailure<Item>[];
}

/** Options shared by {@link refreshAll} and {@link adjustAll}. */
export interface BulkOptions {
  /** Items per request (capped by Kibo's limit: 12,000 refresh, 1,000 adjust). @default 3000 for refresh, 1000 for adjust */
  batchSize?: number | undefined;
  /** Called when each batch is submitted and when it finishes. */
  onProgress?: ((event: BulkProgress) => void) | undefined;
  /** Abort between and during batches (the signal's reason is thrown). */
  signal?: AbortSignal | undefined;
  /** Stop at the first rejected or failed batch instead of carrying on. @default false */
  stopOnFailure?: boolean | undefined;
  /** How to wait for each job (timeout, polling interval). */
  wait?: Omit<WaitForJobOptions, "signal"> | undefined;
}

/** @internal */
export interface BatchSpec<Item> {
  client: InventoryClient;
  items: readonly Item[];
  limit: number;
  defaultBatchSize: number;
  options: BulkOptions;
  submit: (batch: Item[], signal: AbortSignal | undefined) => Promise<{ jobID: number; correlationId?: string }>;
}

function indexOf(error: { index?: number | undefined; field?: string | undefined }): number | undefined {
  if (error.index !== undefined) return error.index;
  const match = /items\[(\d+)\]/.exec(error.field ?? "");
  return match ? Number(match[1]) : undefined;
}

/** @internal Chunks, submits, waits and summarises. */
export async function runBatches<Item>(spec: BatchSpec<Item>): Promise<BulkSummary<Item>> {
  const { items, options } = spec;
  const size = options.batchSize ?? spec.defaultBatchSize;
  if (!Number.isInteger(size) || size < 1 || size > spec.limit) {
    throw new RangeError(`batchSize must be an integer from 1 to ${spec.limit}, got ${size}`);
  }
  const batches = Math.ceil(items.length / size);
  const summary: BulkSummary<Item> = { total: items.length, succeeded: 0, failed: 0, batches: [], failures: [] };
  let itemsDone = 0;

  for (let batch = 0; batch < batches; batch++) {
    options.signal?.throwIfAborted();
    const offset = batch * size;
    const chunk = items.slice(offset, offset + size);
    const result: BulkBatchResult = { batch, offset, size: chunk.length, status: "SUCCESS", messages: [] };
    const named = new Map<number, BulkItemFailure<Item>>();
    let job: InventoryJob | undefined;
    try {
      const submitted = await spec.submit(chunk, options.signal);
      result.jobID = submitted.jobID;
      if (submitted.correlationId) result.correlationId = submitted.correlationId;
      options.onProgress?.({ phase: "submitted", batch, batches, batchSize: chunk.length, itemsDone, total: items.length, jobID: submitted.jobID });
      job = await waitForJob(spec.client, submitted.jobID, { ...options.wait, signal: options.signal });
      result.status = job.status === "SUCCESS" ? "SUCCESS" : "FAILED";
      result.messages = job.messages ?? [];
    } catch (error) {
      if (!isInventoryValidationError(error)) throw error;
      const apiError = error as InventoryApiError;
      result.status = "REJECTED";
      result.messages = [apiError.serverMessage];
      if (apiError.correlationId) result.correlationId = apiError.correlationId;
      for (const problem of apiError.items) {
        const i = indexOf(problem);
        if (i === undefined || i >= chunk.length) {
          result.messages.push(problem.field ? `${problem.field}: ${problem.message}` : problem.message);
          continue;
        }
        const failure: BulkItemFailure<Item> = { index: offset + i, item: chunk[i] as Item, message: problem.message };
        if (problem.field) failure.field = problem.field;
        if (problem.code) failure.code = problem.code;
        const previous = named.get(i);
        if (previous) previous.message += `; ${problem.message}`;
        else named.set(i, failure);
      }
    }

    if (result.status === "SUCCESS") {
      summary.succeeded += chunk.length;
    } else {
      const reason = result.messages.join("; ") || `batch ${result.status.toLowerCase()}`;
      chunk.forEach((item, i) => {
        const failure: BulkItemFailure<Item> = named.get(i) ?? {
          index: offset + i,
          item,
          message: result.status === "REJECTED" ? `Not applied: its batch was rejected (${reason})` : reason,
          code: result.status === "REJECTED" ? "BATCH_REJECTED" : "JOB_FAILED",
        };
        if (result.jobID !== undefined) failure.jobID = result.jobID;
        summary.failures.push(failure);
      });
      summary.failed += chunk.length;
    }
    summary.batches.push(result);
    itemsDone += chunk.length;
    const event: BulkProgress = { phase: "finished", batch, batches, batchSize: chunk.length, itemsDone, total: items.length, status: result.status };
    if (result.jobID !== undefined) event.jobID = result.jobID;
    options.onProgress?.(event);
    if (result.status !== "SUCCESS" && options.stopOnFailure) break;
  }
  return summary;
}
