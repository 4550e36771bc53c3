/**
 * The console's CSV import and job list in headless Chromium: a Kibo-style CSV with a tag column
 * goes through the SDK's refreshAll in batches, with a progress bar; its rows, its jobs and the
 * imported stock show up.
 *
 * Needs Chromium (see ../browser/browser.ts): skipped without one, failing without one under CI.
 */
import type { RunningServe } from "@kibo-inventory/cli";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser } from "../browser/browser.js";
import { openConsole, screenshot, startServer } from "./console-harness.js";

let running: RunningServe | undefined;
const origin = (): string => {
  if (running === undefined) throw new Error("server not started");
  return running.server.url;
};

beforeAll(async () => {
  running = await startServer();
}, 60_000);
afterAll(async () => {
  await running?.stop();
});

const ROWS = 240;
const csv = [
  "upc,quantity,safetyStock,Channel",
  ...Array.from({ length: ROWS }, (_, i) => `CSV-${String(i + 1).padStart(4, "0")},${i + 1},${i % 7},${i % 2 === 0 ? "Warehouse" : "Target"}`),
].join("\n");

describeInBrowser("inventory console: jobs and CSV import", (browser) => {
  it("imports a CSV in batches with a progress bar, lists its rows and jobs, and the grid shows the stock", async () => {
    const { page, errors } = await openConsole(browser(), origin());
    await page.getByRole("tab", { name: "Jobs and import" }).click();
    await page.getByLabel("Items per request").fill("40");
    // Record every progress text the page shows.
    await page.evaluate(() => {
      const seen: string[] = [];
      (globalThis as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const text = document.querySelector("[data-progress]")?.textContent;
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByLabel("CSV file").setInputFiles({ name: "stock.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("status").filter({ hasText: `Imported stock.csv: ${ROWS} of ${ROWS} items applied.` }).waitFor();

    const seen = await page.evaluate(() => (globalThis as unknown as { progressSeen: string[] }).progressSeen);
    expect(seen[seen.length - 1]).toBe(`${ROWS} of ${ROWS} items`);
    // Batches of 40: the bar moved through the batches, not from 0 straight to the end.
    expect(seen).toContain(`120 of ${ROWS} items`);
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(await page.locator("progress").evaluate((p: HTMLProgressElement) => [p.value, p.max])).toEqual([ROWS, ROWS]);
    expect(await page.locator("tr[data-imported]").count()).toBe(100);
    expect(await page.locator('tr[data-imported="CSV-0002"]').textContent()).toBe("homebaseCSV-00022Channel: Target");
    // Six refresh jobs of 40 items, all SUCCESS, listed once the page re-reads the queue.
    await page.waitForFunction(() => document.querySelectorAll('tr[data-job][data-status="SUCCESS"]').length >= 6);
    await screenshot(page, "import");

    await page.getByRole("tab", { name: "Inventory" }).click();
    await page.getByLabel("UPC, part number or SKU").fill("CSV-0240");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForSelector('tr.row[data-upc="CSV-0240"]');
    expect(await page.locator('tr.row[data-upc="CSV-0240"] td[data-col="onHand"]').textContent()).toBe("240");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("refuses a file with bad lines, naming each, and imports nothing", async () => {
    const { page } = await openConsole(browser(), origin());
    await page.getByRole("tab", { name: "Jobs and import" }).click();
    await page.getByLabel("CSV file").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from("upc,quantity\nBAD-1,x\nBAD-2,3\n") });
    await page.getByRole("status").filter({ hasText: "bad.csv was not imported: 1 problem(s)." }).waitFor();
    expect(await page.getByRole("list", { name: "Import problems" }).textContent()).toBe('Line 2, quantity: "x" is not a whole number ≥ 0.');
    const browse = (await (await fetch(`${origin()}/__mock/inventory?search=BAD-`)).json()) as { total: number };
    expect(browse.total).toBe(0);
    await page.context().close();
  });
});
