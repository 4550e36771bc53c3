/**
 * Issue 14 §7: arbitrary bodies — hostile JSON included (deep nesting, prototype keys, huge
 * numbers, wrong types, near-valid documents) — sent to every `/__mock/*` control, in sequences.
 * After each request: no 5xx, and a refused request (4xx) changed nothing (snapshot, clock and
 * faults compared). After each sequence: `/__mock/health` answers 200 and a valid refresh and query
 * still work. `FC_RUNS` raises the number of sequences (default: a few seconds' worth).
 */
import { createInventoryMock, type InventoryMock } from "@kibo-inventory/mock-server";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const RUNS = Number(process.env.FC_RUNS ?? 25);
const M = "http://localhost:4010/__mock";
const API = "http://localhost:4010/api/commerce/inventory/v5/inventory";
const apiHeaders = { "x-vol-tenant": "1000", "content-type": "application/json" };

const CONTROLS = [
  ["POST", "seed"],
  ["POST", "restore"],
  ["PUT", "clock"],
  ["POST", "faults"],
  ["DELETE", "faults"],
  ["POST", "reset"],
  ["POST", "jobs/flush"],
  ["GET", "health"],
  ["GET", "snapshot"],
  ["GET", "clock"],
  ["GET", "faults"],
] as const;

const PROTO_KEYS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "prototype"];

/** Any JSON value, with prototype names as keys and numbers at the edges. */
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(null, true, false, "", "x", 0, -1, 1.5, 1e308, -1e308, 1e20, -1e20, 8.64e15, 2 ** 31, 2 ** 31 - 1, Number.MAX_SAFE_INTEGER),
    fc.integer(),
    fc.string(),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 6 })), tie("value"), { maxKeys: 3 }),
  ),
})).value;

/** A value nested `depth` levels deep, as JSON text (built without recursion). */
const deepText = fc
  .tuple(fc.integer({ min: 60, max: 3000 }), fc.constantFrom("[", '{"a":'))
  .map(([depth, open]) => `${open.repeat(depth)}1${(open === "[" ? "]" : "}").repeat(depth)}`);

/** Documents that are almost valid: one field of a valid seed, clock or fault replaced. */
const nearValid = fc.oneof(
  fc.record({ tenants: fc.array(fc.record({ id: hostileValue, name: hostileValue, sites: hostileValue }, { requiredKeys: ["id"] }), { maxLength: 2 }) }),
  fc.record({ apps: fc.array(fc.record({ clientId: fc.oneof(fc.constantFrom(...PROTO_KEYS), hostileValue), clientSecret: hostileValue, tenants: hostileValue }), { maxLength: 2 }) }),
  fc.record({
    inventory: fc.dictionary(fc.oneof(fc.constantFrom("1000", ...PROTO_KEYS), fc.string({ maxLength: 4 })), fc.record({
      locations: fc.constant([{ code: "WH1" }]),
      records: fc.array(fc.record({ locationCode: fc.constantFrom("WH1", "ZZ"), upc: fc.oneof(fc.constant("A"), hostileValue), quantity: hostileValue, tags: hostileValue }, { requiredKeys: ["locationCode", "upc", "quantity"] }), { maxLength: 2 }),
    }), { maxKeys: 2 }),
  }),
  fc.record({ now: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), hostileValue), advanceMs: hostileValue }, { requiredKeys: [] }),
  fc.record({ operationId: fc.oneof(fc.constantFrom("refresh", "*", "getTenant", ...PROTO_KEYS), hostileValue), times: hostileValue, status: hostileValue, latencyMs: fc.constantFrom(0, 1, -1, 1e12, "5"), networkError: hostileValue }, { requiredKeys: ["operationId"] }),
);

const body = fc.oneof(
  hostileValue.map((v) => JSON.stringify(v) ?? "null"),
  nearValid.map((v) => JSON.stringify(v)),
  deepText,
  fc.constantFrom("", "{", "{not json", '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}'),
);

/** A spoiled snapshot: the server's own snapshot with one value replaced somewhere. */
function spoil(snapshot: unknown, path: readonly number[], replacement: unknown): unknown {
  const copy = structuredClone(snapshot) as Record<string, unknown>;
  let node: unknown = copy;
  for (const step of path) {
    if (typeof node !== "object" || node === null) break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[step % keys.length] as string;
    const child = (node as Record<string, unknown>)[key];
    if (typeof child !== "object" || child === null || step === path[path.length - 1]) {
      (node as Record<string, unknown>)[key] = replacement;
      break;
    }
    node = child;
  }
  return copy;
}

interface Observed {
  snapshot: string;
  clock: string;
  faults: string;
}

async function observe(mock: InventoryMock): Promise<Observed> {
  return {
    snapshot: await (await mock.fetch(`${M}/snapshot`)).text(),
    clock: mock.clock.toISOString(),
    faults: JSON.stringify(mock.faults.list()),
  };
}

async function stillServes(mock: InventoryMock): Promise<void> {
  // Clear faults and reset the clock's effects on the API: the checks below must not hit an injected fault.
  expect((await mock.fetch(`${M}/faults`, { method: "DELETE" })).status).toBe(200);
  expect((await mock.fetch(`${M}/health`)).status).toBe(200);
  const refresh = await mock.fetch(`${API}/refresh`, {
    method: "POST",
    headers: apiHeaders,
    body: JSON.stringify({ locationCode: "WH1", items: [{ upc: "FUZZ", quantity: 3 }] }),
  });
  // The location may have been reset away by a valid control in the sequence; then re-create it.
  if (refresh.status === 404) {
    const seeded = await mock.fetch(`${M}/seed`, { method: "POST", headers: apiHeaders, body: JSON.stringify({ inventory: { "1000": { locations: [{ code: "WH1" }] } } }) });
    expect(seeded.status).toBe(200);
    return stillServes(mock);
  }
  expect(refresh.status).toBe(200);
  const query = await mock.fetch(API, { method: "POST", headers: apiHeaders, body: JSON.stringify({ type: "ALL", locationCode: "WH1", items: [{ upc: "FUZZ" }] }) });
  expect(query.status).toBe(200);
  expect(((await query.json()) as { onHand: number }[]).map((r) => r.onHand)).toEqual([3]);
}

describe("fuzzing the controls", () => {
  it("no body, however hostile, gets a 5xx; a refusal changes nothing; the server keeps serving", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.constantFrom(...CONTROLS),
            fc.oneof(
              body.map((text) => ({ text })),
              fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), hostileValue).map(([path, value]) => ({ spoilSnapshot: { path, value } })),
            ),
          ),
          { minLength: 1, maxLength: 6 },
        ),
        async (requests) => {
          const mock = createInventoryMock({
            auth: "any",
            startTime: "2025-01-01T00:00:00Z",
            seed: { inventory: { "1000": { locations: [{ code: "WH1" }], records: [{ locationCode: "WH1", upc: "A", quantity: 5 }] } } },
          });
          for (const [[method, path], input] of requests) {
            const before = await observe(mock);
            let text: string | undefined;
            if ("text" in input) text = input.text;
            else text = JSON.stringify(spoil(JSON.parse(before.snapshot), input.spoilSnapshot.path, input.spoilSnapshot.value)) ?? "null";
            const init: RequestInit = { method, headers: { "content-type": "application/json" } };
            if (method !== "GET" && text !== "") init.body = text;
            const res = await mock.fetch(`${M}/${"spoilSnapshot" in input ? "restore" : path}`, init);
            expect(res.status, `${method} ${path} ${text.slice(0, 200)}`).toBeLessThan(500);
            expect(res.headers.get("content-type")).toMatch(/^application\/json/);
            if (res.status >= 400) {
              const after = await observe(mock);
              expect(after, `${method} ${path} was refused but changed the state`).toEqual(before);
            }
          }
          await stillServes(mock);
        },
      ),
      { numRuns: RUNS },
    );
  }, 30_000 + RUNS * 1_000);
});
