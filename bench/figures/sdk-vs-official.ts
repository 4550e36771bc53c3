/**
 * Figure 9 — our SDK against Kibo's official `@kibocommerce/rest-sdk` and raw `fetch`, in the same
 * run: the same `postQueryInventory` body (one UPC at one location, one row back), client
 * credentials with the ticket cached after the first call, each client with its defaults (ours:
 * retries of reads, 30 s timeout, typed errors through `unwrap`, correlation ids).
 *
 * (a) 9-http-*: against the standalone server (`listen()`, 1,000 records) in a child process, over
 *     loopback with the global fetch (undici, keep-alive).
 * (b) 9-msw-*: against the reference server's MSW handlers (`setupServer`) in this process.
 *
 * One interleaved run per transport: every round samples ours, the official SDK and raw fetch in a
 * rotating order (`compareEach`), and each ratio is the median of the per-round ratios. Budgets
 * (issue 17): ours / official ≤ 1.0 and ours / raw fetch ≤ 1.15. The `--ci` gate adds a noise
 * margin (GATE_MARGIN below; why: docs/decisions/0012-sdk-transport-fast-path.md).
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { createInventoryClient, unwrap } from "@kibo-inventory/sdk";
import { Configuration } from "@kibocommerce/rest-sdk";
import { InventoryApi } from "@kibocommerce/rest-sdk/clients/Inventory/index.js";
import { setupServer } from "msw/node";
import { loadedMock, ORIGIN, QUERY_PATH, TENANT } from "../lib/mock.js";
import { emit, isCi, latencyFigure, log } from "../lib/result.js";
import { type Comparison, compareEach } from "../lib/sample.js";
import { locationName, upcName } from "../lib/store.js";

/** The budgets of issue 17. */
const TARGET_OFFICIAL = 1.0;
const TARGET_RAW = 1.15;
/**
 * Added to each budget by `--ci` only. On the shared 2-core machine the per-round ratios of three
 * clients that differ by tens of µs spread ±10 % within one run; a run at the budget can read up
 * to ~1.08 from noise alone. Our SDK reads about 0.8 of the official SDK, so a 0.1 margin still
 * fails a return of the Request copies (+25–40 %, ADR 0012).
 */
const GATE_MARGIN = isCi ? 0.1 : 0;

const SITE = 2000;
const body = { type: "ALL" as const, locationCode: locationName(0), items: [{ upc: upcName(0) }] };
const wire = JSON.stringify(body);

interface Side {
  readonly ours: () => Promise<void>;
  readonly official: () => Promise<void>;
  readonly raw: () => Promise<void>;
}

const one = (rows: unknown[] | undefined, who: string): void => {
  if (rows?.length !== 1) throw new Error(`${who}: expected one row, got ${JSON.stringify(rows)?.slice(0, 200)}`);
};

/** The three clients against `origin`, with `token` for the raw call (the SDKs fetch their own). */
function clients(origin: string, token: string): Side {
  delete process.env.mozuHosted; // it switches the official SDK to Kibo-hosted configuration
  const ours = createInventoryClient({ tenantId: TENANT, siteId: SITE, baseUrl: `${origin}/api`, clientId: "mock-app", sharedSecret: "mock-secret", authHost: origin });
  const config = new Configuration({
    clientId: "mock-app",
    sharedSecret: "mock-secret",
    authHost: origin,
    apiHost: origin,
    tenantId: TENANT,
    siteId: SITE,
    // Kibo's tenant lookup prefixes `https://` to an authHost that has a scheme (test/support/official-sdk.ts).
    fetchApi: (input, init) => {
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      return fetch(url.replace(/^https:\/\/(https?):\/\//, "$1://"), init);
    },
  });
  const inventory = new InventoryApi(config);
  const headers = { authorization: `Bearer ${token}`, "x-vol-tenant": String(TENANT), "x-vol-site": String(SITE), "content-type": "application/json" };
  return {
    ours: async () => one(await unwrap(ours.POST("/commerce/inventory/v5/inventory", { body })), "ours"),
    official: async () => one(await inventory.postQueryInventory({ inventoryRequest: body, xVolSite: SITE }), "official SDK"),
    raw: async () => {
      const res = await fetch(`${origin}${QUERY_PATH}`, { method: "POST", headers, body: wire });
      if (!res.ok) throw new Error(`raw fetch answered ${res.status}`);
      one((await res.json()) as unknown[], "raw fetch");
    },
  };
}

async function token(origin: string): Promise<string> {
  const res = await fetch(`${origin}/api/platform/applications/authtickets/oauth`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ client_id: "mock-app", client_secret: "mock-secret", grant_type: "client_credentials" }),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

// Short samples hold ~10–40 calls each; many rounds give the medians their footing.
const options = isCi ? { sampleMs: 20, samples: 31, warmupMs: 500 } : { sampleMs: 20, samples: 81, warmupMs: 1500 };

function report(prefix: string, where: string, [official, raw]: Comparison[]): void {
  emit(
    latencyFigure(
      {
        id: `${prefix}-vs-official`,
        name: `Our SDK vs @kibocommerce/rest-sdk, postQueryInventory (one row), ${where}`,
        baselineLabel: "official SDK, same query, same run",
        target: TARGET_OFFICIAL + GATE_MARGIN,
        notes: `budget ${TARGET_OFFICIAL}× (ADR 0012)${GATE_MARGIN ? `; --ci gate +${GATE_MARGIN}` : ""}`,
      },
      official as Comparison,
    ),
  );
  emit(
    latencyFigure(
      {
        id: `${prefix}-vs-raw`,
        name: `Our SDK vs raw fetch, postQueryInventory (one row), ${where}`,
        baselineLabel: "raw fetch + res.json(), same headers and body, same run",
        target: TARGET_RAW + GATE_MARGIN,
        notes: `budget ${TARGET_RAW}× (ADR 0012)${GATE_MARGIN ? `; --ci gate +${GATE_MARGIN}` : ""}`,
      },
      raw as Comparison,
    ),
  );
}

// (a) The standalone server in a child process, over loopback.
const child = spawn(process.execPath, [...process.execArgv.filter((a) => !a.startsWith("--cpu-prof")), fileURLToPath(new URL("../lib/http-servers.ts", import.meta.url)), "1000"], {
  stdio: ["ignore", "pipe", "inherit"],
});
try {
  const { mockUrl } = await new Promise<{ mockUrl: string }>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`server process exited with ${code}`)));
    createInterface({ input: child.stdout }).once("line", (line) => resolve(JSON.parse(line) as { mockUrl: string }));
  });
  log(`  standalone server up: ${mockUrl}`);
  const http = clients(mockUrl, await token(mockUrl));
  report("9-http", "standalone server over loopback HTTP", await compareEach(http.ours, [http.official, http.raw], options));
} finally {
  child.kill();
}

// (b) The reference server's handlers under MSW, in this process.
const loaded = await loadedMock(1_000);
const server = setupServer(...loaded.mock.handlers);
server.listen({ onUnhandledRequest: "error" });
try {
  const msw = clients(ORIGIN, loaded.token);
  report("9-msw", "reference server via MSW", await compareEach(msw.ours, [msw.official, msw.raw], options));
} finally {
  server.close();
}
