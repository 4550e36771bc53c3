/**
 * A reference server for the read-side tests, reached through `mock.fetch`, plus ways to put stock
 * in it. Stock goes through the HTTP write operations when they are registered, else straight
 * through the engine (`mock.engine`), so the read tests do not wait for the write side.
 */
import {
  type AllocateItem,
  allocate as engineAllocate,
  type InventoryState,
  type RefreshItem,
  refresh as engineRefresh,
  type Result,
} from "@kibo-inventory/engine";
import { expect } from "vitest";
import { createInventoryMock, type InventoryMock } from "../../src/create-inventory-mock.js";
import { assertValidResponse } from "./validate-response.js";
import type { ResponseEvent } from "../../src/http/pipeline.js";
import { operations } from "../../src/operations/index.js";

export const TENANT = 1000;
const START = "2025-01-01T00:00:00Z";

interface Answer<T = unknown> {
  status: number;
  body: T;
}

export interface ReadFixture {
  readonly mock: InventoryMock;
  call<T = unknown>(method: string, path: string, body?: unknown): Promise<Answer<T>>;
  get<T = unknown>(path: string): Promise<Answer<T>>;
  post<T = unknown>(path: string, body: unknown): Promise<Answer<T>>;
  put<T = unknown>(path: string, body: unknown): Promise<Answer<T>>;
  del<T = unknown>(path: string): Promise<Answer<T>>;
  /** The tenant's engine state. */
  state(): InventoryState;
  /** Runs an engine command on the tenant's state (fails the test when it is refused). */
  engine<V>(command: (state: InventoryState, now: number) => Result<InventoryState, V>): V;
  /** Saves a location through the API (it supports inventory). */
  location(code: string, extra?: Record<string, unknown>): Promise<void>;
  /** Creates or replaces a tag category through the API. */
  category(name: string, values: readonly (string | { tagValue: string; percent?: number; isDefault?: boolean })[]): Promise<void>;
  /** Refreshes stock at a location (HTTP refresh when registered, else the engine). */
  stock(locationCode: string, items: readonly RefreshItem[]): Promise<void>;
  /** Allocates (HTTP allocate when registered, else the engine). */
  allocate(items: readonly AllocateItem[]): Promise<void>;
  /** Asks the RIS GraphQL endpoint. */
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<Answer<{ data?: T | null; errors?: GqlError[] }>>;
}

interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

/** A wire refresh item from an engine one (`externalId` → `externalID`, `ltd` → `lTD`). */
function wireRefreshItem(item: RefreshItem): Record<string, unknown> {
  const { externalId, ltd, currencyId: _c, hasInfiniteInventory: _h, ...rest } = item;
  return { ...rest, ...(externalId === undefined ? {} : { externalID: externalId }), ...(ltd === undefined ? {} : { lTD: ltd }) };
}

export function readFixture(options: Parameters<typeof createInventoryMock>[0] = {}): ReadFixture {
  let last: ResponseEvent | undefined;
  const mock = createInventoryMock({
    staticTokens: { "test-token": "mock-app" },
    startTime: START,
    ...options,
    onResponse: (event) => {
      last = event;
    },
  });
  const headers = { authorization: "Bearer test-token", "x-vol-tenant": String(TENANT), "content-type": "application/json" };

  const call = async <T>(method: string, path: string, body?: unknown): Promise<Answer<T>> => {
    const init: RequestInit = { method, headers };
    if (body !== undefined) init.body = typeof body === "string" ? body : JSON.stringify(body);
    last = undefined;
    const res = await mock.fetch(`https://t1000.sandbox.mozu.com/api${path}`, init);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const answer = { status: res.status, body: (await res.json()) as T };
    // Every answer must match openapi/inventory.yaml. (getLocations' `oneOf` of two permissive
    // arrays matches neither alone; its location list is checked with getLocationsAll's schema.)
    const operationId = (last as ResponseEvent | undefined)?.operationId; // set by onResponse meanwhile
    if (operationId !== undefined) {
      assertValidResponse(operationId === "getLocations" && res.status === 200 ? "getLocationsAll" : operationId, res.status, answer.body);
    }
    return answer;
  };
  const ok = async (answer: Promise<Answer>, what: string) => {
    const a = await answer;
    expect(a.status, `${what}: ${JSON.stringify(a.body)}`).toBe(200);
  };

  const fixture: ReadFixture = {
    mock,
    call,
    get: (path) => call("GET", path),
    post: (path, body) => call("POST", path, body),
    put: (path, body) => call("PUT", path, body),
    del: (path) => call("DELETE", path),
    state: () => mock.engine.get(TENANT),
    engine(command) {
      const result = command(mock.engine.get(TENANT), mock.clock.nowMs());
      if (!result.ok) throw new Error(`engine refused: ${result.error.message} ${JSON.stringify(result.error.details)}`);
      mock.engine.set(TENANT, result.state);
      return result.value;
    },
    location: (code, extra = {}) =>
      ok(
        call("POST", "/commerce/inventory/v1/location", {
          locationCode: code,
          locationName: `Location ${code}`,
          tenantID: TENANT,
          active: true,
          directShip: true,
          pickup: false,
          ...extra,
        }),
        `save location ${code}`,
      ),
    category: (name, values) =>
      ok(
        call("PUT", `/commerce/inventory/v1/tagCategory/${encodeURIComponent(name)}`, {
          name,
          tags: values.map((v) => (typeof v === "string" ? { tagValue: v } : v)),
        }),
        `put category ${name}`,
      ),
    async stock(locationCode, items) {
      const needsEngine = items.some((i) => i.hasInfiniteInventory !== undefined || i.currencyId !== undefined);
      if (operations.refresh && !needsEngine) {
        await ok(call("POST", "/commerce/inventory/v5/inventory/refresh", { locationCode, items: items.map(wireRefreshItem) }), "refresh");
      } else {
        fixture.engine((s, now) => engineRefresh(s, { locationCode, items }, now));
      }
    },
    async allocate(items) {
      if (operations.allocateInventory) {
        const wire = items.map(({ orderId, orderItemId, shipmentId, ...rest }) => ({ orderID: orderId, orderItemID: orderItemId, shipmentID: shipmentId, ...rest }));
        await ok(call("POST", "/commerce/inventory/v5/inventory/allocate", { items: wire, runSynchronous: true }), "allocate");
      } else {
        fixture.engine((s, now) => engineAllocate(s, { items }, now));
      }
    },
    graphql: (query, variables) => call("POST", "/commerce/realtime-inventory/graphql", variables === undefined ? { query } : { query, variables }),
  };
  return fixture;
}

/**
 * Kibo's segmentation example: UPC `UPC1` at `homebase`, Channel=Warehouse 100 and Channel=Target 50,
 * then 2 units allocated to Target.
 */
export async function segmentationExample(f: ReadFixture): Promise<void> {
  await f.location("homebase");
  await f.category("Channel", ["Warehouse", "Target"]);
  await f.stock("homebase", [
    { upc: "UPC1", quantity: 100, tags: { Channel: "Warehouse" } },
    { upc: "UPC1", quantity: 50, tags: { Channel: "Target" } },
  ]);
  await f.allocate([{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "UPC1", locationCode: "homebase", quantity: 2, tags: { Channel: "Target" } }]);
}
