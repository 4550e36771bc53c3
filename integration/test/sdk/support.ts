import { createInventoryMock, type InventoryMock, type InventoryMockOptions } from "@kibo-inventory/mock-server";
import { createInventoryClient, type InventoryClient, type InventoryClientConfig } from "@kibo-inventory/sdk";

/** The reference server's defaults (tenant 1000, site 2000, app mock-app / mock-secret). */
const TENANT = 1000;
const SITE = 2000;
export const CLIENT_ID = "mock-app";
export const SECRET = "mock-secret";

/** A warehouse and a store with a discrete `Channel` category (Web by default, Store). */
export const SEED = {
  inventory: {
    [String(TENANT)]: {
      locations: [{ code: "WH1" }, { code: "STORE-9" }],
      tagCategories: [{ name: "Channel", values: [{ value: "Web", isDefault: true }, { value: "Store" }] }],
    },
  },
} satisfies InventoryMockOptions["seed"];

type ClientOverrides = Partial<ClientCredentialsOverrides>;
type ClientCredentialsOverrides = Extract<InventoryClientConfig, { clientId: string }>;

/**
 * A reference server in-process and an SDK client wired to it through `mock.fetch` (no
 * interception, no sockets), authenticating with OAuth client credentials like a real integrator.
 */
export function connect(
  mockOptions: InventoryMockOptions = {},
  clientOptions: ClientOverrides = {},
): { mock: InventoryMock; client: InventoryClient } {
  const mock = createInventoryMock({ startTime: "2025-01-01T00:00:00Z", seed: SEED, ...mockOptions });
  const client = createInventoryClient({
    tenantId: TENANT,
    siteId: SITE,
    clientId: CLIENT_ID,
    sharedSecret: SECRET,
    authHost: "home.mozu.com",
    fetch: mock.fetch,
    ...clientOptions,
  });
  return { mock, client };
}
