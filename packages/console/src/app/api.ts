/**
 * The console's way to the server: the SDK's typed clients for Kibo's API (the console is a client
 * like any other: OAuth ticket, `x-vol-*` headers, typed errors) and the `/__mock/` controls.
 */
import { type CommerceClient, createCommerceClient, createInventoryClient, type InventoryClient } from "@kibo-inventory/sdk";
import { type MockControls, mockControls } from "./mock-controls.js";

export interface ConsoleApi {
  readonly inventory: InventoryClient;
  readonly commerce: CommerceClient;
  readonly mock: MockControls;
}

/** The reference server's default tenant, site and app (docs/seed-format.md). */
const DEFAULTS = { tenantId: 1000, siteId: 2000, clientId: "mock-app", sharedSecret: "mock-secret" } as const;

/** Clients for the server at `origin` (the page's own). */
export function createApi(origin: string): ConsoleApi {
  const config = { ...DEFAULTS, baseUrl: `${origin}/api`, authHost: origin, retry: false as const };
  return { inventory: createInventoryClient(config), commerce: createCommerceClient(config), mock: mockControls(origin) };
}
