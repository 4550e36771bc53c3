import type { components } from "@kibo-inventory/spec";
import { ADJUST_ITEM_LIMIT } from "@kibo-inventory/spec/rules";
import type { InventoryClient } from "../client.js";
import { getCorrelationId, unwrap } from "../unwrap.js";
import { type BulkOptions, type BulkSummary, runBatches } from "./run-batches.js";

/** An item of an adjust request. */
export type AdjustItem = components["schemas"]["AdjustItem"];

/** @deprecated Renamed {@link ADJUST_ITEM_LIMIT} (from `@kibo-inventory/spec`), the name the engine uses too. */
export const ADJUST_LIMIT = ADJUST_ITEM_LIMIT;

/**
 * Applies signed on-hand changes for any number of items at one location: splits them into
 * adjust requests of `batchSize` (≤ 1,000), waits for each job in turn, reports progress, and
 * sums up which items were not applied and why. Adjust is not idempotent, so batches are never
 * retried unless the client opted into write retries.
 *
 * @example
 * const summary = await adjustAll(client, "WH1", items, {
 *   onProgress: (p) => console.log(`${p.itemsDone}/${p.total}`),
 * });
 * if (summary.failed) console.table(summary.failures.map((f) => [f.index, f.message]));
 * @see packages/sdk/README.md
 */
export function adjustAll(
  client: InventoryClient,
  locationCode: string,
  items: readonly AdjustItem[],
  options: BulkOptions = {},
): Promise<BulkSummary<AdjustItem>> {
  return runBatches({
    client,
    items,
    limit: ADJUST_ITEM_LIMIT,
    defaultBatchSize: 1_000,
    options,
    submit: async (batch, signal) => {
      const call = client.POST("/commerce/inventory/v5/inventory/adjust", {
        body: { locationCode, items: batch },
        ...(signal ? { signal } : {}),
      });
      const { jobID } = await unwrap(call);
      const correlationId = getCorrelationId(await call);
      return { jobID: jobID as number, ...(correlationId ? { correlationId } : {}) };
    },
  });
}
