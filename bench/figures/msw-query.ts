/**
 * Figure 1 — reference-server overhead through MSW: `POST /commerce/inventory/v5/inventory`
 * (10 products × 5 locations, 3 tag categories, 2 segments per record) on a 100,000-record store,
 * through `setupServer(...mock.handlers)` and global fetch. Baseline: a bare MSW handler, registered in
 * the same `setupServer`, answering the precomputed bytes of the same response. Both read the body as text.
 */
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { BARE_ORIGIN, loadedMock, ORIGIN, postQuery, QUERY_PATH } from "../lib/mock.js";
import { emit, isCi, latencyFigure, log } from "../lib/result.js";
import { compare } from "../lib/sample.js";

const loaded = await loadedMock(100_000);
log(`  built 100,000 records in ${(loaded.buildMs / 1000).toFixed(1)} s`);
const precomputed = await postQuery(loaded.mock.fetch, ORIGIN, loaded);

const bare = http.post(`${BARE_ORIGIN}${QUERY_PATH}`, () => new HttpResponse(precomputed, { headers: { "content-type": "application/json" } }));
const server = setupServer(bare, ...loaded.mock.handlers);
server.listen({ onUnhandledRequest: "error" });

const subject = async () => {
  const text = await postQuery(fetch, ORIGIN, loaded);
  if (text.length !== precomputed.length) throw new Error("the reference server answered a different body");
};
const baseline = () => postQuery(fetch, BARE_ORIGIN, loaded);

const c = await compare(baseline, subject, isCi ? { sampleMs: 20, samples: 31, warmupMs: 500 } : { sampleMs: 25, samples: 61, warmupMs: 1500 });
server.close();
emit(
  latencyFigure(
    {
      id: "1-server-overhead",
      name: "Reference server via MSW: postQueryInventory (10 × 5, 100,000 records)",
      baselineLabel: `bare MSW handler returning the same ${precomputed.length.toLocaleString("en")} bytes`,
      target: 1.5,
      notes: "global fetch → setupServer; both handlers in one setupServer",
    },
    c,
  ),
);
