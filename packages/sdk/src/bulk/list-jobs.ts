import type { components } from "@kibo-inventory/spec";
import type { InventoryClient } from "../client.js";
import { unwrap } from "../unwrap.js";
import type { InventoryJob } from "./wait-for-job.js";

/** Filters of {@link listJobs}. */
export interface ListJobsFilters {
  /** Only jobs of this location. */
  locationCode?: string | undefined;
  /** Largest number of jobs to return. @default 100 (server side) */
  limit?: number | undefined;
  /** Only jobs started by this owner. */
  owner?: string | undefined;
  /** Only jobs of these types. */
  types?: readonly components["schemas"]["JobType"][] | undefined;
  /** Only jobs created from this import file. */
  originalFilename?: string | undefined;
  /** Abort the request. */
  signal?: AbortSignal | undefined;
}

/**
 * Lists jobs of the inventory queue (`GET /commerce/inventory/v1/queue`).
 *
 * @example
 * const recent = await listJobs(client, { locationCode: "WH1", types: ["REFRESH", "ADJUST"], limit: 10 });
 * @see packages/sdk/README.md
 */
export async function listJobs(client: InventoryClient, filters: ListJobsFilters = {}): Promise<InventoryJob[]> {
  const { signal, types, ...rest } = filters;
  const query: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) if (value !== undefined) query[key] = value;
  if (types) query.types = [...types];
  return unwrap(
    client.GET("/commerce/inventory/v1/queue", {
      params: { query },
      ...(signal ? { signal } : {}),
    }),
  );
}
