import type { TenantRouteHandler } from "../http/route.js";

/** The read side of the inventory operations, by operationId (see ./index.ts). */
export const readOperations: Readonly<Partial<Record<string, TenantRouteHandler>>> = {};
