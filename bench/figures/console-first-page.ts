/**
 * Figure 9 (informational, needs Chromium, not in `bench` or `bench:ci`): the inventory console on
 * the demo data (`serve`'s default, ~63,000 records).
 *
 *   npm run bench -- --only=console-first-page
 *   node --import tsx bench/figures/console-first-page.ts --chromium=PATH   (another browser binary)
 *
 * (a) Time to first rendered page: headless Chromium opens `/`, follows the redirect to `/ui/`, loads
 *     the bundle, authenticates, reads the locations and tag categories and renders 50 rows; from
 *     `goto` to the first row in the grid. Baseline: the same browser loading `/__mock/health`.
 * (b) The server's cost per page of rows, as the console reads one: the browse control (50
 *     product/location pairs) + Kibo's inventory query for them, over loopback HTTP from Node.
 *     Baseline: `GET /__mock/health` on the same connection. (c) The same right after a write (the
 *     browse index is brought up to date for the products the write changed).
 */
import { accessSync, constants } from "node:fs";
import { runServe } from "@kibo-inventory/cli";
import { chromium } from "playwright-core";
import { emit, type FigureResult, log } from "../lib/result.js";

// Debian's Chromium, or the binary given as `--chromium=PATH`.
const CHROMIUM = process.argv.find((a) => a.startsWith("--chromium="))?.slice("--chromium=".length) ?? "/usr/bin/chromium";
try {
  accessSync(CHROMIUM, constants.X_OK);
} catch {
  throw new Error(`figure 14 needs Chromium: ${CHROMIUM} is not an executable (apt-get install -y chromium, or pass --chromium=PATH)`);
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const ms = (x: number): number => Number(x.toFixed(1));

/** An informational figure (no budget), in ms: the median of `subject` against the median of `baseline`. */
function msFigure(fields: Pick<FigureResult, "id" | "name" | "baselineLabel" | "notes">, subject: number[], baseline: number[]): FigureResult {
  const value = median(subject);
  const base = median(baseline);
  return { ...fields, value: ms(value), unit: "ms", baseline: ms(base), ratio: Number((value / base).toFixed(2)), target: null, targetOn: "value", pass: null, samples: subject.length };
}

const running = await runServe({ port: 0 }, { log });
const origin = running.server.url;
try {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  const firstPage: number[] = [];
  const health: number[] = [];
  for (let i = 0; i < 7; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    let t0 = performance.now();
    await page.goto(`${origin}/__mock/health`);
    health.push(performance.now() - t0);
    t0 = performance.now();
    await page.goto(`${origin}/`);
    await page.waitForSelector('table[data-loaded="yes"] tbody tr.row');
    firstPage.push(performance.now() - t0);
    if (i === 0) log(`  rows on the first page: ${await page.locator("tr.row").count()}`);
    await context.close();
  }
  await browser.close();
  // The first run fills the server's caches and Chromium's; the figure is the median of the rest.
  emit(
    msFigure(
      {
        id: "14a-console-first-page",
        name: "Console: goto / → first 50 demo rows rendered (headless Chromium)",
        baselineLabel: "same browser loading /__mock/health",
        notes: `cold (first run) ${ms(firstPage[0] ?? Number.NaN)} ms`,
      },
      firstPage.slice(1),
      health.slice(1),
    ),
  );

  const ticket = (await (
    await fetch(`${origin}/api/platform/applications/authtickets/oauth`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ client_id: "mock-app", client_secret: "mock-secret", grant_type: "client_credentials" }),
    })
  ).json()) as { access_token: string };
  const headers = { authorization: `Bearer ${ticket.access_token}`, "x-vol-tenant": "1000", "content-type": "application/json" };
  const readPage = async (offset: number): Promise<number> => {
    const browse = (await (await fetch(`${origin}/__mock/inventory?offset=${offset}&limit=50`)).json()) as { items: { upc: string; locationCode: string }[] };
    const upcs = [...new Set(browse.items.map((e) => e.upc))];
    const locationWhitelist = [...new Set(browse.items.map((e) => e.locationCode))];
    const body = JSON.stringify({ type: "ALL", items: upcs.map((upc) => ({ upc })), locationWhitelist, includeNegativeInventory: true, includeFutureInventory: true, limit: 5000 });
    const rows = (await (await fetch(`${origin}/api/commerce/inventory/v5/inventory`, { method: "POST", headers, body })).json()) as unknown[];
    return rows.length;
  };
  const time = async (fn: () => Promise<unknown>): Promise<number> => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  };
  const total = ((await (await fetch(`${origin}/__mock/inventory?limit=1`)).json()) as { total: number }).total;
  log(`  ${total} product/location pairs`);
  const warm: number[] = [];
  const floor: number[] = [];
  const cold: number[] = [];
  for (let i = 0; i < 40; i++) {
    const offset = ((i * 7919) % Math.floor(total / 50)) * 50;
    floor.push(await time(() => fetch(`${origin}/__mock/health`).then((r) => r.text())));
    warm.push(await time(() => readPage(offset)));
    if (i % 8 === 0) {
      // A write gives a new engine state: the next browse updates its index for the written product.
      await fetch(`${origin}/__mock/seed`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ inventory: { "1000": { records: [{ locationCode: "homebase", upc: `BENCH-${i}`, quantity: 1 }] } } }) });
      cold.push(await time(() => readPage(offset)));
    }
  }
  emit(msFigure({ id: "14b-console-page-of-rows", name: "Console: server cost of one page (browse 50 pairs + inventory query), loopback HTTP", baselineLabel: "GET /__mock/health" }, warm, floor));
  emit(
    msFigure(
      {
        id: "14c-console-page-after-write",
        name: "Console: the same page right after a write (browse index updated for the written product)",
        baselineLabel: "the same page without a write before it",
      },
      cold,
      warm,
    ),
  );
} finally {
  await running.stop();
}
