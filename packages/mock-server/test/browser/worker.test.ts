/**
 * The browser entry (`@kibo-inventory/mock-server/browser`) in headless Chromium: a page bundled
 * from ./fixture/page.ts starts `setupInventoryWorker()` with a seeded state and answers a
 * postQueryInventory through the service worker. Everything is served from 127.0.0.1; the page makes
 * no other requests.
 *
 * Needs Chromium at /usr/bin/chromium (`apt-get install -y chromium`; CI installs it) or at
 * $CHROMIUM_PATH. Without it this test fails — it never skips.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const require = createRequire(import.meta.url);

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>kibo inventory worker</title></head>
<body><pre id="result"></pre><script type="module" src="/app.js"></script></body></html>`;

let browser: Browser | undefined;
let site: Server | undefined;
let origin = "";

async function bundlePage(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL("./fixture/page.ts", import.meta.url))],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
    define: { "process.env.NODE_ENV": '"production"' },
  });
  const [file] = result.outputFiles;
  if (file === undefined) throw new Error("esbuild produced no output");
  return file.text;
}

function serve(files: Record<string, { type: string; body: string }>): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const file = files[path];
    if (req.method !== "GET" || file === undefined) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": file.type, "cache-control": "no-store" }).end(file.body);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: the browser test needs it. Install it with \`apt-get install -y chromium\` (CI does), or set CHROMIUM_PATH.`,
    );
  }
  const js = "text/javascript; charset=utf-8";
  site = await serve({
    "/": { type: "text/html; charset=utf-8", body: PAGE },
    "/app.js": { type: js, body: await bundlePage() },
    "/mockServiceWorker.js": { type: js, body: readFileSync(require.resolve("msw/mockServiceWorker.js"), "utf8") },
  });
  origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (site ? site.close(() => resolve()) : resolve()));
});

describe("setupInventoryWorker in headless Chromium", () => {
  it("answers postQueryInventory from the seeded state through the service worker", async () => {
    const page = await browser!.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });

    await page.goto(`${origin}/`);
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
    for (const url of requests) expect(url.startsWith(`${origin}/`), url).toBe(true);
    await page.close();
  }, 20_000);
});
