/**
 * The SDK transport in headless Chromium: a page bundled from ./fixture/transport-page.ts calls a
 * node:http server on 127.0.0.1 through the SDK. The server records what arrived, so the test sees
 * that request bodies and the x-vol-* / Authorization headers reach the wire from a browser, also on
 * a retried attempt (the transport replays the body it read once).
 *
 * Needs Chromium (see ./browser.ts): skipped without one, failing without one under CI.
 */
import type { IncomingMessage } from "node:http";
import { afterAll, beforeAll, expect, it } from "vitest";
import { bundlePage, describeInBrowser, type Site, serve } from "./browser.js";

interface Arrived {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
}

let site: Site | undefined;
const arrived: Arrived[] = [];

async function start(): Promise<Site> {
  const app = await bundlePage("./fixture/transport-page.ts");
  let refused = false;
  return serve((req, body, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    if (path === "/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end('<!doctype html><meta charset="utf-8"><pre id="result"></pre><script type="module" src="/app.js"></script>');
      return;
    }
    if (path === "/app.js") {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-store" }).end(app);
      return;
    }
    if (!path.startsWith("/api/")) {
      res.writeHead(404).end();
      return;
    }
    arrived.push({ method: req.method ?? "", path, headers: req.headers, body });
    if (body.includes("RETRY-ONCE") && !refused) {
      refused = true;
      res.writeHead(503, { "content-type": "application/json" }).end("{}");
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify([{ path }]));
  });
}

describeInBrowser("SDK transport in headless Chromium", (browser) => {
  beforeAll(async () => {
    site = await start();
  }, 30_000);
  afterAll(async () => {
    await site?.close();
  });

  it("sends bodies and headers, and replays the body on a retry", async () => {
    const page = await browser().newPage();
    await page.goto(`${site!.origin}/`);
    const result = page.locator("#result[data-state]");
    await result.waitFor({ timeout: 15_000 });
    const text = (await result.textContent()) ?? "";
    expect(await result.getAttribute("data-state"), text).toBe("done");
    expect(JSON.parse(text)).toEqual({
      first: [{ path: "/api/commerce/inventory/v5/inventory" }],
      retried: [{ path: "/api/commerce/inventory/v5/inventory" }],
      tags: [{ path: "/api/commerce/inventory/v1/tagCategory" }],
    });

    expect(arrived.map((a) => [a.method, a.path, a.body ? JSON.parse(a.body) : undefined])).toEqual([
      ["POST", "/api/commerce/inventory/v5/inventory", { type: "ALL", items: [{ upc: "BROWSER-1" }] }],
      ["POST", "/api/commerce/inventory/v5/inventory", { type: "ALL", items: [{ upc: "RETRY-ONCE" }] }],
      ["POST", "/api/commerce/inventory/v5/inventory", { type: "ALL", items: [{ upc: "RETRY-ONCE" }] }],
      ["GET", "/api/commerce/inventory/v1/tagCategory", undefined],
    ]);
    for (const a of arrived) {
      expect(a.headers).toMatchObject({ authorization: "Bearer browser-token", "x-vol-tenant": "1000", "x-vol-site": "2000" });
      if (a.method === "POST") expect(a.headers["content-type"]).toBe("application/json");
    }
    await page.close();
  }, 20_000);
});
