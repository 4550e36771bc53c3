import type { CommercePaths as SpecCommercePaths } from "@kibo-inventory/spec";
import type { Client } from "openapi-fetch";
import { createInventoryClient, type HeadersOptional, type InventoryClientConfig } from "../client.js";

/**
 * The commerce contract's generated paths (`openapi/commerce.yaml`: orders, carts, checkouts,
 * returns, shipments), with per-call header parameters optional (the client configures them once).
 */
export type CommercePaths = {
  [Path in keyof SpecCommercePaths]: { [Key in keyof SpecCommercePaths[Path]]: HeadersOptional<SpecCommercePaths[Path][Key]> };
};

/** The typed commerce client: openapi-fetch over {@link CommercePaths}, relative to a base URL ending in `/api`. */
export type CommerceClient = Client<CommercePaths, "application/json">;

/** Configuration of {@link createCommerceClient}: exactly that of `createInventoryClient`. */
export type CommerceClientConfig = InventoryClientConfig;

/**
 * Creates the typed Commerce API client (orders, carts, checkouts, returns, shipments). It is the
 * inventory client's machinery with the commerce paths' types: the same base URL rules, `x-vol-*`
 * headers, auth (token or OAuth tickets), transport (timeout, retries of reads, hooks) and typed
 * errors through `unwrap()` (commerce errors have the inventory error shape, `applicationName`
 * `"Commerce"`). A bundle that imports only `createInventoryClient` carries none of it.
 *
 * @example
 * const commerce = createCommerceClient({ tenantId: 100, siteId: 200, accessToken: process.env.KIBO_TOKEN! });
 * const order = await unwrap(commerce.POST("/commerce/orders", {
 *   body: { items: [buildOrderItem({ productCode: "AD1001", quantity: 2, fulfillmentLocationCode: "homebase", tags: { Channel: "Target" } })] },
 * }));
 * @see packages/sdk/README.md ("Orders with inventory tags")
 */
export function createCommerceClient(config: CommerceClientConfig): CommerceClient {
  // openapi-fetch's client is untyped at runtime: only the paths' types differ from the inventory client.
  return createInventoryClient(config) as unknown as CommerceClient;
}
