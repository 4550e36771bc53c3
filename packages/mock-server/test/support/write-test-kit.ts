/**
 * Test helpers for the unit tests of the write operations (in src/operations and src/core): a mock
 * with the Channel Warehouse/Target categories at `homebase`, and calls that validate every answer
 * against the spec.
 */
import { keyToTags, recordsAt } from "@kibo-inventory/engine";
import { assertValidCommerceResponse, assertValidResponse } from "./validate-response.js";
import { createInventoryMock, type InventoryMock } from "../../src/create-inventory-mock.js";
import type { InventoryMockOptions } from "../../src/options.js";

export const API = "https://t1000.sandbox.mozu.com/api";
export const INV = `${API}/commerce/inventory/v5/inventory`;
export const HEADERS = { authorization: "Bearer test-token", "x-vol-tenant": "1000", "content-type": "application/json" };

/** A mock at 2025-01-01 with `homebase` (+ `store2`) and Channel = Warehouse (default) | Target. */
export function segmentedMock(options: InventoryMockOptions = {}): InventoryMock {
  return createInventoryMock({
    startTime: "2025-01-01T00:00:00Z",
    staticTokens: { "test-token": "mock-app" },
    seed: {
      inventory: {
        "1000": {
          locations: [{ code: "homebase" }, { code: "store2" }, { code: "closed", supportsInventory: false }],
          tagCategories: [{ name: "Channel", values: [{ value: "Warehouse" }, { value: "Target" }] }],
        },
      },
    },
    ...options,
  });
}

export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
}

/** Calls an operation through `mock.fetch`, validates the answer against the spec, returns it. */
export async function call<T = Record<string, unknown>>(
  mock: InventoryMock,
  operationId: string,
  method: string,
  url: string,
  body?: unknown,
): Promise<Answer<T>> {
  const init: RequestInit = { method, headers: HEADERS };
  if (body !== undefined) init.body = JSON.stringify(body);
  const res = await mock.fetch(url, init);
  const json = (await res.json()) as T;
  assertValidResponse(operationId, res.status, json);
  return { status: res.status, body: json };
}

/** The Commerce API's base (orders, carts, checkouts, returns, shipments). */
const COMMERCE = `${API}/commerce`;

/** Calls a commerce operation through `mock.fetch`, validates the answer against openapi/commerce.yaml. */
export async function commerceCall<T = Record<string, unknown>>(
  mock: InventoryMock,
  operationId: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Answer<T>> {
  const init: RequestInit = { method, headers: HEADERS };
  if (body !== undefined) init.body = JSON.stringify(body);
  const res = await mock.fetch(`${COMMERCE}${path}`, init);
  const text = await res.text();
  const json = (text === "" ? undefined : JSON.parse(text)) as T;
  assertValidCommerceResponse(operationId, res.status, json);
  return { status: res.status, body: json };
}

export const refreshCall = (mock: InventoryMock, body: unknown) => call<{ jobID: number }>(mock, "refresh", "POST", `${INV}/refresh`, body);
export const adjustCall = (mock: InventoryMock, body: unknown) => call<{ jobID: number }>(mock, "adjust", "POST", `${INV}/adjust`, body);
export const allocateCall = (mock: InventoryMock, body: unknown) => call(mock, "allocateInventory", "POST", `${INV}/allocate`, body);

/** Segment quantities of `upc` at `location` as `{ tagValue: [onHand, allocated, pending] }`, read from engine state. */
export function segments(mock: InventoryMock, upc: string, location = "homebase"): Record<string, [number, number, number]> {
  const state = mock.engine.get();
  const out: Record<string, [number, number, number]> = {};
  for (const record of recordsAt(state, upc, location)) {
    for (const s of record.segments) {
      const name = Object.values(keyToTags(state.tagCategories, s.key)).join("/") || "-";
      const cur = out[name] ?? [0, 0, 0];
      out[name] = [cur[0] + s.onHand, cur[1] + s.allocated, cur[2] + s.pending];
    }
  }
  return out;
}
