import type { components } from "@kibo-inventory/spec";
import { REFRESH_ITEM_LIMIT } from "@kibo-inventory/spec/rules";
import type { InventoryClient } from "../client.js";
import { getCorrelationId, unwrap } from "../unwrap.js";
import { type BulkOptions, type BulkSummary, runBatches } from "./run-batches.js";

/** An item of a refresh request. */
export type RefreshItem = components["schemas"]["RefreshItem"];

/** @deprecated Renamed {@link REFRESH_ITEM_LIMIT} (from `@kibo-inventory/spec`), the name the engine uses too. */
export const REFRESH_LIMIT = REFRESH_ITEM_LIMIT;

/**
 * Sets absolute on-hand counts for any number of items at one location: splits them into
 * refresh requests of `batchSize` (≤ 12,000), waits for each job in turn, reports progress, and
 * sums up which items were not applied and why.
 *
 * @example
 * const summary = await refreshAll(client, "WH1", items, {
 *   onProgress: (p) => console.log(`${p.itemsDone}/${p.total}`),
 * });
 * if (summary.failed) console.table(summary.failures.map((f) => [f.index, f.message]));
 * @see packages/sdk/README.md
 */
export function refreshAll(
  client: InventoryClient,
  locationCode: string,
  items: readonly RefreshItem[],
  options: BulkOptions = {},
): Promise<BulkSummary<RefreshItem>> {
  return runBatches({
    client,
    items,
    limit: REFRESH_ITEM_LIMIT,
    defaultBatchSize: 3_000,
    options,
    submit: async (batch, signal) => {
      const call = client.POST("/commerce/inventory/v5/inventory/refresh", {
        body: { locationCode, items: batch },
        ...(signal ? { signal } : {}),
      });
      const { jobID } = await unwrap(call);
      const correlationId = getCorrelationId(await call);
      return { jobID: jobID as number, ...(correlationId ? { correlationId } : {}) };
    },
  });
}
