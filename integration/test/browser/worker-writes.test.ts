/**
 * Writes through the browser entry (`setupInventoryWorker`) in headless Chromium: refresh,
 * allocate and an order (cart → checkout → SubmitCheckout) go through the service worker and change
 * the state the next read sees; refused requests answer in Kibo's error shape; `reset()` from the
 * page puts the seed back between tests.
 *
 * Needs Chromium (see ./browser.ts): skipped without one, failing without one under CI.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { bundlePage, describeInBrowser, type Site, serve } from "./browser.js";

const require = createRequire(import.meta.url);

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>worker writes</title></head>
<body><pre id="result"></pre><script type="module" src="/app.js"></script></body></html>`;

interface Answer {
  status: number;
  body: unknown;
  correlation: string | null;
}

let site: Site | undefined;
let page: Page | undefined;

async function start(): Promise<Site> {
  const js = "text/javascript; charset=utf-8";
  const files: Record<string, { type: string; body: string }> = {
    "/": { type: "text/html; charset=utf-8", body: PAGE },
    "/app.js": { type: js, body: await bundlePage("./fixture/worker-writes-page.ts", { "process.env.NODE_ENV": '"production"' }) },
    "/mockServiceWorker.js": { type: js, body: readFileSync(require.resolve("msw/mockServiceWorker.js"), "utf8") },
  };
  return serve((req, _body, res) => {
    const file = files[new URL(req.url ?? "/", "http://127.0.0.1").pathname];
    if (req.method !== "GET" || file === undefined) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": file.type, "cache-control": "no-store" }).end(file.body);
  });
}

/** A call from the page, through the service worker. */
function api(method: string, path: string, body?: unknown): Promise<Answer> {
  if (!page) throw new Error("no page");
  return page.evaluate(([m, p, b]) => window.api(m as string, p as string, b), [method, path, body] as const);
}

/** onHand/available/allocated per Channel segment of W-1 at homebase, as a query through the worker reads them. */
async function stock(): Promise<Record<string, string>> {
  const { body } = await api("POST", "/commerce/inventory/v5/inventory", { type: "ALL", locationCode: "homebase", items: [{ upc: "W-1" }] });
  const [row] = body as { taggedInventory: { tags: { Channel: string }; onHand: number; available: number; allocated: number }[] }[];
  return Object.fromEntries((row?.taggedInventory ?? []).map((s) => [s.tags.Channel, `${s.onHand}/${s.available}/${s.allocated}`]));
}

const SEEDED = { Warehouse: "10/10/0", Target: "5/5/0" };

describeInBrowser("setupInventoryWorker: writes, errors and reset in headless Chromium", (browser) => {
  beforeAll(async () => {
    site = await start();
    page = await browser().newPage();
    await page.goto(`${site.origin}/`);
    const result = page.locator("#result[data-state]");
    await result.waitFor({ state: "attached", timeout: 15_000 });
    expect(await result.getAttribute("data-state"), (await result.textContent()) ?? "").toBe("ready");
  }, 30_000);
  // reset() from the page, between tests: every test starts from the seed.
  afterEach(async () => {
    await page?.evaluate(() => window.kibo.reset());
  });
  afterAll(async () => {
    await page?.close();
    await site?.close();
  });

  it("refreshes and allocates through the worker; the next read sees it", async () => {
    expect(await stock()).toEqual(SEEDED);
    const refreshed = await api("POST", "/commerce/inventory/v5/inventory/refresh", {
      locationCode: "homebase",
      items: [{ upc: "W-1", quantity: 40, tags: { Channel: "Warehouse" } }],
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toMatchObject({ jobID: expect.any(Number) });
    const allocated = await api("POST", "/commerce/inventory/v5/inventory/allocate", {
      items: [{ orderID: 1, orderItemID: 1, shipmentID: 1, locationCode: "homebase", upc: "W-1", quantity: 3, tags: { Channel: "Target" } }],
    });
    expect(allocated.status).toBe(200);
    expect(await stock()).toEqual({ Warehouse: "40/40/0", Target: "5/2/3" });
  });

  it("starts from the seed again after reset(), and places an order: cart → checkout → SubmitCheckout", async () => {
    expect(await stock()).toEqual(SEEDED);
    const item = await api("POST", "/commerce/carts/current/items", {
      product: { productCode: "W-1" },
      quantity: 2,
      fulfillmentLocationCode: "homebase",
      inventoryTags: [{ name: "Channel", value: "Target" }],
    });
    expect(item.status).toBe(200);
    const cart = (await api("GET", "/commerce/carts/current")).body as { id: string };
    // A bodyless POST, as a storefront sends it.
    const checkout = await api("POST", `/commerce/checkouts?cartId=${cart.id}`);
    expect(checkout.status).toBe(200);
    const { id } = checkout.body as { id: string };
    const submitted = await api("POST", `/commerce/checkouts/${id}/actions`, { actionName: "SubmitCheckout" });
    expect(submitted.status).toBe(200);
    expect(await stock()).toEqual({ Warehouse: "10/10/0", Target: "5/3/2" });
  });

  it("answers refused requests in Kibo's error shape, changing nothing", async () => {
    const bad = await api("POST", "/commerce/inventory/v5/inventory/refresh", {
      locationCode: "homebase",
      items: [{ upc: "W-1", quantity: -1, tags: { Channel: "Warehouse" } }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      errorCode: "VALIDATION_ERROR",
      applicationName: "Inventory",
      message: expect.any(String),
      correlationId: expect.any(String),
      items: [expect.objectContaining({ index: 0, field: expect.stringContaining("quantity") })],
    });
    expect(bad.correlation).toBe((bad.body as { correlationId: string }).correlationId);
    const unknown = await api("POST", "/commerce/inventory/v5/inventory/refresh", { locationCode: "nowhere", items: [{ upc: "W-1", quantity: 1 }] });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ errorCode: "LOCATION_NOT_FOUND", applicationName: "Inventory" });
    expect(await stock()).toEqual(SEEDED);
  });
});
