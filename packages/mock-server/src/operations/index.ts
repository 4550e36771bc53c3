import type { TenantRouteHandler } from "../http/route.js";

/**
 * The inventory operations, by the spec's operationId. An operation missing here answers
 * 501 NOT_IMPLEMENTED; adding one is: write `operations/<operation-id>.ts` exporting a
 * `TenantRouteHandler`, then list it below. Its method and path come from `routes/kibo-routes.ts`.
 *
 * @see ../../README.md#adding-an-operation
 */
export const operations: Readonly<Partial<Record<string, TenantRouteHandler>>> = {
  // postQueryInventory,
  // refresh,
  // getJob,
};
