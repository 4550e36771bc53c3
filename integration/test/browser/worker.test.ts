/**
 * The browser entry (`@kibo-inventory/mock-server/browser`) in headless Chromium: a page bundled
 * from ./fixture/worker-page.ts starts `setupInventoryWorker()` with a seeded state and answers a
 * postQueryInventory through the service worker. Everything is served from 127.0.0.1; the page makes
 * no other requests.
 *
 * Needs Chromium (see ./browser.ts): skipped without one, failing without one under CI.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, expect, it } from "vitest";
import { bundlePage, describeInBrowser, type Site, serve } from "./browser.js";

const require = createRequire(import.meta.url);

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>kibo inventory worker</title></head>
<body><pre id="result"></pre><script type="module" src="/app.js"></script></body></html>`;

let site: Site | undefined;

async function start(): Promise<Site> {
  const js = "text/javascript; charset=utf-8";
  const files: Record<string, { type: string; body: string }> = {
    "/": { type: "text/html; charset=utf-8", body: PAGE },
    "/app.js": { type: js, body: await bundlePage("./fixture/worker-page.ts", { "process.env.NODE_ENV": '"production"' }) },
    "/mockServiceWorker.js": { type: js, body: readFileSync(require.resolve("msw/mockServiceWorker.js"), "utf8") },
  };
  return serve((req, _body, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const file = files[path];
    if (req.method !== "GET" || file === undefined) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": file.type, "cache-control": "no-store" }).end(file.body);
  });
}

describeInBrowser("setupInventoryWorker in headless Chromium", (browser) => {
  beforeAll(async () => {
    site = await start();
  }, 30_000);
  afterAll(async () => {
    await site?.close();
  });

  it("answers postQueryInventory from the seeded state through the service worker", async () => {
    const page = await browser().newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });

    await page.goto(`${site!.origin}/`);
    const result = page.locator("#result[data-state]");
    await result.waitFor({ timeout: 15_000 });
    const state = await result.getAttribute("data-state");
    const text = (await result.textContent()) ?? "";
    expect(state, `page failed: ${text}\n${problems.join("\n")}`).toBe("done");

    const { status, body } = JSON.parse(text) as { status: number; body: Record<string, unknown>[] };
    expect(status).toBe(200);
    expect(body).toHaveLength(1);
    expect(body[0]).toMatchObject({ upc: "BROWSER-UPC-1", locationCode: "homebase", tenantID: 1000, onHand: 150, available: 150, allocated: 0 });
    const segments = (body[0]!.taggedInventory as { tags: Record<string, string>; onHand: number; available: number }[]) ?? [];
    expect(segments.map((s) => [s.tags.Channel, s.onHand, s.available]).sort()).toEqual([
      ["Target", 50, 50],
      ["Warehouse", 100, 100],
    ]);
    // Loopback only: every request the page made went to our static server (or the worker).
    for (const url of requests) expect(url.startsWith(`${site!.origin}/`), url).toBe(true);
    await page.close();
  }, 20_000);
});
