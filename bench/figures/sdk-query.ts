/**
 * Figure 7 — SDK overhead: a typed `client.POST("/commerce/inventory/v5/inventory")` (client
 * credentials, ticket cached after the first call, ky transport with its default retry and timeout)
 * against raw `fetch` + `res.json()` with the same headers and body, both to the same bare MSW
 * handler answering the precomputed bytes of the figure-1 response. Budget 2.0× (issue 6 asked
 * for 1.3×; why that is below the floor of the stack: docs/decisions/0006-sdk-overhead-target.md).
 *
 * Two informational figures measure that floor in the same run, same handler and baseline:
 * 7-floor-openapi-fetch (openapi-fetch handing its Request to the global fetch) and
 * 7-floor-openapi-fetch-ky (openapi-fetch with ky sending it, called as the SDK calls it: no
 * retry, a timeout, headers as a record, the bytes to the global fetch) — no auth, no retry loop.
 */
import { createInventoryClient } from "@kibo-inventory/sdk";
import type { paths } from "@kibo-inventory/spec";
import ky from "ky";
import { HttpResponse, http } from "msw";
import createClient from "openapi-fetch";
import { setupServer } from "msw/node";
import { BARE_ORIGIN, loadedMock, ORIGIN, postQuery, QUERY_PATH, TENANT } from "../lib/mock.js";
import { emit, isCi, latencyFigure } from "../lib/result.js";
import { compare } from "../lib/sample.js";

const loaded = await loadedMock(1_000);
const precomputed = await postQuery(loaded.mock.fetch, ORIGIN, loaded);
const bare = http.post(`${BARE_ORIGIN}${QUERY_PATH}`, () => new HttpResponse(precomputed, { headers: { "content-type": "application/json" } }));
// The reference server stays registered for the OAuth ticket call.
const server = setupServer(bare, ...loaded.mock.handlers);
server.listen({ onUnhandledRequest: "error" });

const client = createInventoryClient({
  tenantId: TENANT,
  siteId: 2000,
  baseUrl: `${BARE_ORIGIN}/api`,
  clientId: "mock-app",
  sharedSecret: "mock-secret",
  authHost: ORIGIN,
});
const body = JSON.parse(loaded.queryBody) as { type: "ALL"; items: { upc: string }[] };

const subject = async () => {
  const { data, error } = await client.POST("/commerce/inventory/v5/inventory", { body });
  if (error !== undefined || data?.length !== 50) throw new Error(`SDK query failed: ${JSON.stringify(error)}`);
};
const baseline = async () => {
  const res = await fetch(`${BARE_ORIGIN}${QUERY_PATH}`, { method: "POST", headers: loaded.headers, body: JSON.stringify(body) });
  const data = (await res.json()) as unknown[];
  if (data.length !== 50) throw new Error("raw query failed");
};

const headers = { authorization: loaded.headers.authorization };
const params = { header: { "x-vol-tenant": TENANT, "x-vol-site": 2000 } };
const plain = createClient<paths>({ baseUrl: `${BARE_ORIGIN}/api`, headers });
const withKy = createClient<paths>({
  baseUrl: `${BARE_ORIGIN}/api`,
  headers,
  fetch: async (request: Request) => {
    const bytes = await request.arrayBuffer();
    return ky(request, {
      retry: 0,
      timeout: 30_000,
      throwHttpErrors: false,
      body: bytes,
      headers: Object.fromEntries(request.headers),
      fetch: (sent) => fetch(sent as Request, { body: bytes }),
    });
  },
});
const floor = (c: typeof plain) => async () => {
  const { data } = await c.POST("/commerce/inventory/v5/inventory", { params, body });
  if (data?.length !== 50) throw new Error("floor query failed");
};

// 100 ms samples hold several scavenges each (bench/README.md, "Method").
const c = await compare(baseline, subject, isCi ? { sampleMs: 100, samples: 15, warmupMs: 500 } : { sampleMs: 100, samples: 31, warmupMs: 1500 });
const floorOptions = isCi ? { sampleMs: 100, samples: 11, warmupMs: 300 } : { sampleMs: 100, samples: 21, warmupMs: 1000 };
const floors = [
  { id: "7-floor-openapi-fetch", name: "Floor: openapi-fetch + global fetch via MSW", c: await compare(baseline, floor(plain), floorOptions) },
  { id: "7-floor-openapi-fetch-ky", name: "Floor: openapi-fetch + ky (as the SDK calls it) via MSW", c: await compare(baseline, floor(withKy), floorOptions) },
];
server.close();
for (const f of floors)
  emit(latencyFigure({ id: f.id, name: f.name, baselineLabel: "raw fetch + res.json() to the same bare MSW handler", target: null, notes: "informational: what figure 7's budget rests on (ADR 0006)" }, f.c));
emit(
  latencyFigure(
    {
      id: "7-sdk-overhead",
      name: "SDK typed query (auth cached, ky transport) via MSW",
      baselineLabel: "raw fetch + res.json() to the same bare MSW handler",
      // Issue 6 asked for 1.3×, below the floor of openapi-fetch + ky under MSW: docs/decisions/0006.
      target: 2,
      notes: `bare handler answers the ${precomputed.length.toLocaleString("en")}-byte figure-1 response`,
    },
    c,
  ),
);
