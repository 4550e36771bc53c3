/**
 * The console's inventory grid in headless Chromium against the standalone server with the demo
 * data: segments that add up, red and yellow rows, inline edits, live updates, the clock bringing
 * future stock in, and the axe-core check.
 *
 * Needs Chromium (see ../browser/browser.ts): skipped without one, failing without one under CI.
 */
import type { RunningServe } from "@kibo-inventory/cli";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser } from "../browser/browser.js";
import { axeViolations, openConsole, screenshot, startServer } from "./console-harness.js";

const UPC = "DEMO-CHANNEL-01";
/** How the grid names the demo record of UPC (its SKU tells it from a plain record of the same product). */
const RECORD = `${UPC} at homebase, SKU CH-01`;

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

async function search(page: Page, text: string): Promise<void> {
  await page.getByLabel("UPC, part number or SKU").fill(text);
  await page.getByRole("button", { name: "Search" }).click();
  await page.waitForSelector(`tr.row[data-upc="${text}"]`);
}

interface Numbers {
  onHand: number;
  available: number;
  allocated: number;
  pending: number;
}

/** The quantity cells of a row or segment row. */
async function numbers(page: Page, selector: string): Promise<Numbers> {
  return page.locator(selector).evaluate((tr) => {
    const at = (col: string): number => Number(tr.querySelector(`td[data-col="${col}"]`)?.textContent?.replace(/[^0-9-]/g, "") ?? "NaN");
    return { onHand: at("onHand"), available: at("available"), allocated: at("allocated"), pending: at("pending") };
  });
}

/** One number cell of a row. */
async function cell(page: Page, selector: string, col: string): Promise<number> {
  return page.locator(`${selector} td[data-col="${col}"]`).evaluate((td) => Number(td.textContent?.replace(/[^0-9-]/g, "") ?? "NaN"));
}

describeInBrowser("inventory console: the grid", (browser) => {
  it("serves the console at /ui/ and redirects / there; the first page lists demo records", async () => {
    const { page, errors } = await openConsole(browser(), origin());
    expect(page.url()).toBe(`${origin()}/ui/`);
    expect(await page.locator("tr.row").count()).toBe(50);
    await expect(page.getByText(/Products 1–50 of [0-9,]+/).textContent()).resolves.toBeTruthy();
    await screenshot(page, "inventory");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it(`${UPC} expands to its four segments, whose numbers add up to the record's`, async () => {
    const { page, errors } = await openConsole(browser(), origin());
    await search(page, UPC);
    const row = `tr.row[data-upc="${UPC}"]`;
    await page.getByRole("button", { name: `Show segments of ${RECORD}`, exact: true }).click();
    await page.waitForSelector("tr.segment");
    const labels = await page.locator("tr.segment").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-segment")));
    expect(labels).toHaveLength(4);
    expect(new Set(labels).size).toBe(4);
    const record = await numbers(page, row);
    const segments = await Promise.all(labels.map((label) => numbers(page, `tr.segment[data-segment="${label}"]`)));
    for (const field of ["onHand", "available", "allocated", "pending"] as const) {
      expect(segments.reduce((sum, s) => sum + s[field], 0), field).toBe(record[field]);
    }
    expect(record.onHand).toBeGreaterThan(0);
    // Distinct segment quantities: the rows are not one number repeated.
    expect(new Set(segments.map((s) => s.onHand)).size).toBeGreaterThan(1);
    expect(await page.getByRole("button", { name: `Hide segments of ${RECORD}`, exact: true }).getAttribute("aria-expanded")).toBe("true");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a segment at 0 available is red and one below the safety stock yellow (inline edits through the API)", async () => {
    const { page, errors } = await openConsole(browser(), origin());
    // DEMO-ORDER-01: orders hold 8 units of its Target/Online segment and 2 more are pending. Fulfillment
    // splits by percentage, so the edit sets Channel Target's total; 10 units go where the orders hold
    // them (the pending 2 become allocated), leaving Target/Online with 0 available.
    await search(page, "DEMO-ORDER-01");
    await page.getByRole("button", { name: "Show segments of DEMO-ORDER-01 at homebase, SKU ORD-01", exact: true }).click();
    const held = 'tr.segment[data-segment="Channel: Target, Fulfillment: Online"]';
    expect(await numbers(page, held)).toMatchObject({ allocated: 8, pending: 2 });
    await editCell(page, "On hand of DEMO-ORDER-01 at homebase, SKU ORD-01, Channel: Target (all Fulfillment, split by percentage)", 10);
    // Before the edit the segment is already red (8 on hand, 10 held): wait for the new number, not the tone.
    await page.waitForFunction((selector) => document.querySelector(`${selector} td[data-col="onHand"]`)?.textContent === "10", held);
    expect(await numbers(page, held)).toEqual({ onHand: 10, available: 0, allocated: 10, pending: 0 });
    expect(await page.locator(held).getAttribute("data-tone")).toBe("out");
    expect(await page.locator('tr.segment[data-tone="out"]').count()).toBe(1);
    // The colour is really applied (Kibo's red), not only the attribute; the screen-reader text says it too.
    const background = (selector: string) => page.locator(`${selector} td[data-col="available"]`).evaluate((td) => getComputedStyle(td).backgroundColor);
    expect(await background(held)).toBe("rgb(255, 215, 213)");
    await expect(page.locator(`${held} th`).textContent()).resolves.toContain("none available");

    // DEMO-CHANNEL-01 (safety stock 5): Target's total 25 splits 20/5 (not below), 20 splits 16/4 (yellow).
    await search(page, UPC);
    await page.getByRole("button", { name: `Show segments of ${RECORD}`, exact: true }).click();
    expect(await cell(page, `tr.row[data-upc="${UPC}"]`, "safetyStock")).toBe(5);
    const store = 'tr.segment[data-segment="Channel: Target, Fulfillment: Store"]';
    const target = `On hand of ${RECORD}, Channel: Target (all Fulfillment, split by percentage)`;
    await editCell(page, target, 25);
    await page.waitForFunction((selector) => document.querySelector(`${selector} td[data-col="onHand"]`)?.textContent === "5", store);
    expect(await page.locator(store).getAttribute("data-tone")).toBe("ok");
    await editCell(page, target, 20);
    await page.waitForSelector(`${store}[data-tone="low"]`);
    expect(await numbers(page, store)).toMatchObject({ onHand: 4, available: 4 });
    expect(await background(store)).toBe("rgb(255, 241, 184)");
    expect(await background(`tr.row[data-upc="${UPC}"]`)).toBe("rgba(0, 0, 0, 0)");
    expect(await page.locator('tr.segment[data-tone="ok"]').count()).toBe(3);
    await screenshot(page, "segments");

    // The record's safety stock edited inline: above the record's available, the row turns yellow.
    const available = (await numbers(page, `tr.row[data-upc="${UPC}"]`)).available;
    await editCell(page, `Safety stock of ${RECORD}`, available + 1);
    await page.waitForSelector(`tr.row[data-upc="${UPC}"][data-tone="low"]`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("follows changes made by other clients, and advancing the clock moves future stock into the grid", async () => {
    const { page } = await openConsole(browser(), origin());
    await search(page, "DEMO-LOT-01");
    const lots = 'tr.row[data-upc="DEMO-LOT-01"]';
    expect(await page.locator(lots).count()).toBe(3);

    // Another client changes a lot: the open page follows within a poll, without a reload.
    const seeded = await fetch(`${origin()}/__mock/seed`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ inventory: { "1000": { records: [{ locationCode: "homebase", upc: "DEMO-LOT-01", lotCode: "LOT-D", date: "2027-09-30", quantity: 7 }] } } }),
    });
    expect(seeded.status).toBe(200);
    await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 4, lots);

    // The demo's 200 units of DEMO-CHANNEL-01 arrive in two weeks: a plain record appears at homebase.
    await search(page, UPC);
    const rows = `tr.row[data-upc="${UPC}"]`;
    expect(await page.locator(rows).count()).toBe(1);
    await page.getByRole("tab", { name: "Time and state" }).click();
    await page.getByLabel("Days to advance").fill("15");
    await page.getByRole("button", { name: "Advance clock" }).click();
    await page.getByRole("status").filter({ hasText: "done" }).waitFor();
    await page.getByRole("tab", { name: "Inventory" }).click();
    await search(page, UPC);
    await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 2, rows);
    const arrived = await page.locator(rows).evaluateAll((trs) => trs.map((tr) => tr.querySelector('td[data-col="onHand"]')?.textContent));
    expect(arrived).toContain("200");
    await page.context().close();
  });

  it("passes axe-core's WCAG A/AA rules, expanded and in a narrow window, and works from the keyboard", async () => {
    const { page } = await openConsole(browser(), origin(), 390, 800);
    await search(page, UPC);
    await page.getByRole("button", { name: `Show segments of ${RECORD}`, exact: true }).click();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "narrow");
    // Tabs follow the arrow keys.
    await page.getByRole("tab", { name: "Inventory" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("tab", { name: "Settings" }).getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    expect(await page.getByRole("tab", { name: "Time and state" }).getAttribute("aria-selected")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-state");
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

/** Edits a number cell inline: its button, the input, Enter. */
async function editCell(page: Page, label: string, value: number): Promise<void> {
  await page.getByRole("button", { name: new RegExp(`^Edit ${escapeRegExp(label)}:`) }).first().click();
  const input = page.getByRole("spinbutton", { name: label });
  await input.fill(String(value));
  await input.press("Enter");
  await page.getByRole("status").filter({ hasText: "Saved" }).first().waitFor();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
