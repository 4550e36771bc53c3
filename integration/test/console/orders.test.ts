/**
 * The console's Orders in headless Chromium on the demo orders of DEMO-ORDER-01: tags are editable
 * only while an order is Pending; submitting allocates from the item's segment; cancelling releases.
 *
 * Needs Chromium (see ../browser/browser.ts): skipped without one, failing without one under CI.
 */
import type { RunningServe } from "@kibo-inventory/cli";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser } from "../browser/browser.js";
import { apiFetch, openConsole, screenshot, startServer } from "./console-harness.js";

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

/** Allocated units of DEMO-ORDER-01's Warehouse/Online segment at homebase, read through the Inventory API. */
async function warehouseAllocated(): Promise<number> {
  const rows = (await (
    await apiFetch(origin(), "/commerce/inventory/v5/inventory", { type: "ALL", items: [{ upc: "DEMO-ORDER-01" }], includeNegativeInventory: true })
  ).json()) as { taggedInventory: { tags: Record<string, string>; allocated: number }[] }[];
  const segment = rows[0]?.taggedInventory.find((s) => s.tags.Channel === "Warehouse" && s.tags.Fulfillment === "Online");
  return segment?.allocated ?? Number.NaN;
}

describeInBrowser("inventory console: orders", (browser) => {
  it("edits a Pending order's tags, not a Submitted one's; Submit allocates from the new segment, Cancel releases it", async () => {
    const { page, errors } = await openConsole(browser(), origin());
    await page.getByRole("tab", { name: "Orders" }).click();
    const pending = page.locator('tr[data-order="1"]');
    const submitted = page.locator('tr[data-order="3"]');
    await pending.waitFor();
    expect(await pending.getAttribute("data-status")).toBe("Pending");
    expect(await pending.locator("[data-tags]").textContent()).toBe("Channel: Target");
    expect(await submitted.getAttribute("data-status")).toBe("Submitted");
    expect(await submitted.locator("form").count()).toBe(0);
    expect(await submitted.getByRole("button", { name: "Submit order 3" }).count()).toBe(0);

    const form = page.getByRole("form", { name: "Tags of order 1, item DEMO-ORDER-01" });
    await form.getByLabel("Channel").selectOption("Warehouse");
    await form.getByRole("button", { name: "Save tags" }).click();
    await page.waitForFunction(() => document.querySelector('tr[data-order="1"] [data-tags]')?.textContent === "Channel: Warehouse");
    await screenshot(page, "orders");

    expect(await warehouseAllocated()).toBe(0);
    await page.getByRole("button", { name: "Submit order 1" }).click();
    await page.waitForSelector('tr[data-order="1"][data-status="Submitted"]');
    expect(await pending.locator("form").count()).toBe(0);
    expect(await warehouseAllocated()).toBe(2);

    await page.getByRole("button", { name: "Cancel order 1" }).click();
    await page.waitForSelector('tr[data-order="1"][data-status="Cancelled"]');
    expect(await warehouseAllocated()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
