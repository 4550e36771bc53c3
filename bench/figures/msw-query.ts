/**
 * Figure 1 — reference-server overhead through MSW: `POST /commerce/inventory/v5/inventory`
 * (10 products × 5 locations, 3 tag categories, 2 segments per record) on a 100,000-record store,
 * through `setupServer(...mock.handlers)` and global fetch. Baseline: a bare MSW handler, registered
 * first in the same `setupServer` and on the same host, answering the precomputed bytes of the same
 * response without reading the request. Budget 2.0× (issue 6 asked for 1.5×; why that is at the
 * floor of any server that reads its request and writes its answer:
 * docs/decisions/0007-server-overhead-target.md).
 *
 * The informational figure 1-floor-read-stringify measures that floor in the same run, against the
 * same baseline and with the same handler order: a handler that reads and parses the request body
 * and answers the same 50 rows, built beforehand, with `JSON.stringify` (no lookup, no routing, no
 * auth, no validation). It runs after the server's comparison in the same process; the sampler's
 * event-loop turn between samples keeps the first comparison's responses off its heap.
 */
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { loadedMock, ORIGIN, postQuery, QUERY_PATH } from "../lib/mock.js";
import { emit, isCi, latencyFigure, log } from "../lib/result.js";
import { compare } from "../lib/sample.js";

const loaded = await loadedMock(100_000);
log(`  built 100,000 records in ${(loaded.buildMs / 1000).toFixed(1)} s`);
const precomputed = await postQuery(loaded.mock.fetch, ORIGIN, loaded);
const wireRows: unknown = JSON.parse(precomputed);
// The bare and floor handlers answer on the reference server's host, under a path prefix the
// reference server does not own: MSW's cookie lookup per handler depends on the host (its public
// suffix), so a different host would charge the two sides differently.
const BARE_ORIGIN = `${ORIGIN}/bare`;
const FLOOR_ORIGIN = `${ORIGIN}/floor`;
const json = { headers: { "content-type": "application/json" } };

const bare = http.post(`${BARE_ORIGIN}${QUERY_PATH}`, () => new HttpResponse(precomputed, json));
const floorHandler = http.post(`${FLOOR_ORIGIN}${QUERY_PATH}`, async ({ request }) => {
  JSON.parse(await request.text());
  return new HttpResponse(JSON.stringify(wireRows), json);
});

const subject = async () => {
  const text = await postQuery(fetch, ORIGIN, loaded);
  if (text.length !== precomputed.length) throw new Error("the reference server answered a different body");
};
const floor = async () => {
  const text = await postQuery(fetch, FLOOR_ORIGIN, loaded);
  if (text.length !== precomputed.length) throw new Error("the floor handler answered a different body");
};
const baseline = () => postQuery(fetch, BARE_ORIGIN, loaded);

// The measured handler sits second, after the bare one, in a setupServer of its own.
async function measure(handlers: Parameters<typeof setupServer>, op: () => Promise<void>) {
  const server = setupServer(...handlers);
  server.listen({ onUnhandledRequest: "error" });
  const options = isCi ? { sampleMs: 100, samples: 15, warmupMs: 500 } : { sampleMs: 100, samples: 31, warmupMs: 1500 };
  const c = await compare(baseline, op, options);
  server.close();
  return c;
}
const c = await measure([bare, ...loaded.mock.handlers], subject);
const f = await measure([bare, floorHandler], floor);

const baselineLabel = `bare MSW handler returning the same ${precomputed.length.toLocaleString("en")} bytes`;
emit(
  latencyFigure(
    {
      id: "1-floor-read-stringify",
      name: "Floor: a handler that reads and parses the request and JSON.stringify's the same rows, via MSW",
      baselineLabel,
      target: null,
      notes: "informational: what figure 1's budget rests on (ADR 0007)",
    },
    f,
  ),
);
emit(
  latencyFigure(
    {
      id: "1-server-overhead",
      name: "Reference server via MSW: postQueryInventory (10 × 5, 100,000 records)",
      baselineLabel,
      // Issue 6 asked for 1.5×, where the floor above already sits: docs/decisions/0007.
      target: 2,
      notes: "global fetch → setupServer; the bare handler first, the reference server's after it",
    },
    c,
  ),
);
