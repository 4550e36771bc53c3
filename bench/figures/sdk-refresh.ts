/**
 * Figure 4 — bulk refresh: one 12,000-item refresh (6,000 UPCs × 2 segments at one location of a
 * 100,000-record store) through SDK → MSW → reference server → engine, with varying quantities so
 * each call really writes. Baseline: raw fetch of the same JSON body to a bare MSW handler that
 * only parses it. CI: the same body, fewer samples.
 *
 * Each sample is one call, so samples run without the sampler's forced full GC in between: after
 * a forced full GC V8 drops the hidden classes of the previous request's JSON and deoptimises the
 * code that depended on them, which made every subject sample a "first request after a full
 * collection" (the server's zod validation of the 12,000 items took 30–60 ms there against 5–15 ms
 * otherwise). Natural GCs still happen and are counted in whichever side's sample they fall.
 */
import { createInventoryClient } from "@kibo-inventory/sdk";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { BARE_ORIGIN, loadedMock, ORIGIN, REFRESH_PATH, TENANT } from "../lib/mock.js";
import { emit, isCi, latencyFigure, log } from "../lib/result.js";
import { compare } from "../lib/sample.js";
import { locationName, upcName } from "../lib/store.js";

const loaded = await loadedMock(100_000);
log(`  built 100,000 records in ${(loaded.buildMs / 1000).toFixed(1)} s`);
const bare = http.post(`${BARE_ORIGIN}${REFRESH_PATH}`, async ({ request }) => {
  const parsed = (await request.json()) as { items: unknown[] };
  return HttpResponse.json({ jobID: parsed.items.length });
});
const server = setupServer(bare, ...loaded.mock.handlers);
server.listen({ onUnhandledRequest: "error" });

const client = createInventoryClient({ tenantId: TENANT, siteId: 2000, clientId: "mock-app", sharedSecret: "mock-secret", authHost: ORIGIN });

function body(i: number) {
  const items = [];
  for (let u = 0; u < 6_000; u++) {
    items.push({ upc: upcName(u), quantity: 100 + ((u + i) % 50), tags: { Channel: "Web" } });
    items.push({ upc: upcName(u), quantity: 20 + ((u + i) % 7), tags: { Channel: "Store" } });
  }
  return { locationCode: locationName(0), items };
}
const bodies = [body(0), body(1)];

const subject = async (i: number) => {
  const { data, error } = await client.POST("/commerce/inventory/v5/inventory/refresh", { body: bodies[i % 2] as ReturnType<typeof body> });
  if (error !== undefined || typeof data?.jobID !== "number") throw new Error(`refresh failed: ${JSON.stringify(error).slice(0, 300)}`);
};
const baseline = async (i: number) => {
  const res = await fetch(`${BARE_ORIGIN}${REFRESH_PATH}`, { method: "POST", headers: loaded.headers, body: JSON.stringify(bodies[i % 2]) });
  const data = (await res.json()) as { jobID: number };
  if (data.jobID !== 12_000) throw new Error("bare refresh failed");
};

const c = await compare(baseline, subject, { batch: 1, sampleMs: 0, samples: isCi ? 15 : 31, warmupMs: isCi ? 1000 : 2000, gcBetween: false });
server.close();
emit(
  latencyFigure(
    {
      id: "4-bulk-refresh",
      name: "Bulk refresh, 12,000 items: SDK → MSW → reference server → engine",
      baselineLabel: "raw fetch of the same body to a bare MSW handler that parses it",
      target: 3,
      notes: "100,000-record store; the body is JSON.stringify'd per call on both sides",
    },
    c,
  ),
);
