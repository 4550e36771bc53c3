/**
 * The SDK transport in headless Chromium: a page bundled from ./fixture/page.ts calls a node:http
 * server on 127.0.0.1 through the SDK. The server records what arrived, so the test sees that request
 * bodies and the x-vol-* / Authorization headers reach the wire from a browser, also on a retried
 * attempt (the transport replays the body it read once).
 *
 * Needs Chromium at /usr/bin/chromium (`apt-get install -y chromium`; CI installs it) or at
 * $CHROMIUM_PATH. Without it this test fails — it never skips.
 */
import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

interface Arrived {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
}

let browser: Browser | undefined;
let site: Server | undefined;
let origin = "";
const arrived: Arrived[] = [];

async function bundlePage(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL("./fixture/page.ts", import.meta.url))],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const [file] = result.outputFiles;
  if (file === undefined) throw new Error("esbuild produced no output");
  return file.text;
}

function serve(app: string): Promise<Server> {
  let refused = false;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
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
      const body = Buffer.concat(chunks).toString("utf8");
      arrived.push({ method: req.method ?? "", path, headers: req.headers, body });
      if (body.includes("RETRY-ONCE") && !refused) {
        refused = true;
        res.writeHead(503, { "content-type": "application/json" }).end("{}");
        return;
      }
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify([{ path }]));
    });
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
  site = await serve(await bundlePage());
  origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (site ? site.close(() => resolve()) : resolve()));
});

describe("SDK transport in headless Chromium", () => {
  it("sends bodies and headers, and replays the body on a retry", async () => {
    const page = await browser!.newPage();
    await page.goto(`${origin}/`);
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
