import type { TenantRouteHandler } from "../http/route.js";

/** The write side of the inventory operations, by operationId (see ./index.ts). */
export const writeOperations: Readonly<Partial<Record<string, TenantRouteHandler>>> = {};
