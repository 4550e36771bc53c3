/**
 * Reference-server fixtures: a mock whose default tenant holds an engine store built by
 * ./store.ts (installed with `mock.engine.set`, the documented engine access), a cached token,
 * and the wire bodies the figures send.
 */
import { createInventoryMock, type InventoryMock } from "@kibo-inventory/mock-server";
import { buildStore, queryUpcs, type StoreShape } from "./store.js";

export const TENANT = 1000;
export const ORIGIN = "https://t1000-s2000.sandbox.mozu.com";
export const QUERY_PATH = "/api/commerce/inventory/v5/inventory";
export const REFRESH_PATH = "/api/commerce/inventory/v5/inventory/refresh";
/** Host of the bare MSW handlers (baselines); the reference server's handlers match any host. */
export const BARE_ORIGIN = "https://bare.bench.test";

export interface LoadedMock {
  readonly mock: InventoryMock;
  readonly shape: StoreShape;
  readonly token: string;
  /** Headers of an authenticated JSON call. */
  readonly headers: Record<string, string>;
  /** The wire body of the figure-1 query: 10 products at every location (5 per shape). */
  readonly queryBody: string;
  readonly buildMs: number;
}

/** A reference server with `records` records (records / 5 UPCs × 5 locations, 2 segments each). */
export async function loadedMock(records: number, locations = 5): Promise<LoadedMock> {
  const mock = createInventoryMock({ startTime: "2025-01-01T00:00:00Z" });
  const shape = { upcs: records / locations, locations };
  const { state, buildMs } = buildStore(shape);
  mock.engine.set(TENANT, state);
  const auth = await mock.fetch(`${ORIGIN}/api/platform/applications/authtickets/oauth`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ client_id: "mock-app", client_secret: "mock-secret", grant_type: "client_credentials" }),
  });
  const token = ((await auth.json()) as { access_token: string }).access_token;
  const headers = { authorization: `Bearer ${token}`, "x-vol-tenant": String(TENANT), "x-vol-site": "2000", "content-type": "application/json" };
  const queryBody = JSON.stringify({ type: "ALL", items: queryUpcs(shape).map((upc) => ({ upc })) });
  return { mock, shape, token, headers, queryBody, buildMs };
}

/** Sends the figure-1 query with `fetchFn` and checks it answered 50 rows; returns the body text. */
export async function postQuery(fetchFn: typeof fetch, origin: string, loaded: LoadedMock): Promise<string> {
  const res = await fetchFn(`${origin}${QUERY_PATH}`, { method: "POST", headers: loaded.headers, body: loaded.queryBody });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`query answered ${res.status}: ${text.slice(0, 300)}`);
  return text;
}
