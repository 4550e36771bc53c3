import type { TenantRouteHandler } from "../http/route.js";
import { readOperations } from "./read-operations.js";
import { writeOperations } from "./write-operations.js";

/**
 * The inventory operations, by the spec's operationId. An operation missing here answers
 * 501 NOT_IMPLEMENTED; adding one is: write `operations/<operation-id>.ts` exporting a
 * `TenantRouteHandler`, then list it in `read-operations.ts` (queries, tags, locations, condition
 * rules, RIS) or `write-operations.ts` (stock writes, allocation, jobs). Its method and path come
 * from `routes/kibo-routes.ts`.
 *
 * @see ../../README.md#adding-an-operation
 */
export const operations: Readonly<Partial<Record<string, TenantRouteHandler>>> = {
  ...readOperations,
  ...writeOperations,
};
