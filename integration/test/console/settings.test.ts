/**
 * The console's Inventory Settings in headless Chromium: the tenant switches change what the server
 * accepts, and a refused tag limit shows the server's error next to the field; the tag dialog shows
 * the server's validation error next to the field it names, then saves; the condition rules toggle
 * and add.
 *
 * Needs Chromium (see ../browser/browser.ts): skipped without one, failing without one under CI.
 */
import type { RunningServe } from "@kibo-inventory/cli";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser } from "../browser/browser.js";
import { apiFetch, axeViolations, openConsole, screenshot, startServer } from "./console-harness.js";

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

/** The tenant's tag categories as the API holds them (not as the page shows them). */
async function categories(): Promise<string[]> {
  const snapshot = JSON.stringify(await (await fetch(`${origin()}/__mock/snapshot`)).json());
  return ["Channel", "Fulfillment", "Region"].filter((name) => snapshot.includes(`"${name}"`));
}

/** The tenant's settings as the server holds them. */
async function serverSettings(): Promise<Record<string, unknown>> {
  return (await fetch(`${origin()}/__mock/settings`)).json() as Promise<Record<string, unknown>>;
}

/** A refresh of one lot-coded unit at homebase, as another client would send it. */
const refreshWithLot = () => apiFetch(origin(), "/commerce/inventory/v5/inventory/refresh", { locationCode: "homebase", items: [{ upc: "DEMO-LOT-01", lotCode: "LOT-S", quantity: 1 }] });

describeInBrowser("inventory console: settings", (browser) => {
  it("switching granular fields off makes the server refuse a lot-coded refresh; on again accepts it", async () => {
    const { page, errors } = await openConsole(browser(), origin());
    await page.getByRole("tab", { name: "Settings" }).click();
    const granular = page.getByRole("switch", { name: "Granular fields" });
    await granular.waitFor();
    expect(await granular.isChecked()).toBe(true);
    expect(await granular.getAttribute("aria-describedby")).toBe("settings-hint-granularFieldsEnabled");

    // Off, from the keyboard: the server now refuses a refresh that names a lot code.
    await granular.focus();
    await page.keyboard.press("Space");
    await page.getByRole("status").filter({ hasText: "Granular fields: saved." }).waitFor();
    expect(await serverSettings()).toMatchObject({ granularFieldsEnabled: false, tagsEnabled: true });
    expect(await granular.isChecked()).toBe(false);
    const refused = await refreshWithLot();
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain("granularFieldsEnabled");

    // On again: the same refresh is taken.
    await granular.click();
    await page.getByRole("status").filter({ hasText: "Granular fields: saved." }).waitFor();
    await page.waitForFunction(() => (document.querySelector('input[name="granularFieldsEnabled"]') as HTMLInputElement | null)?.checked === true);
    expect(await serverSettings()).toMatchObject({ granularFieldsEnabled: true });
    expect((await refreshWithLot()).status).toBe(200);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a tag limit below what the tenant has shows the server's message under the field; one it takes is saved", async () => {
    const { page, errors } = await openConsole(browser(), origin());
    await page.getByRole("tab", { name: "Settings" }).click();
    await page.getByRole("switch", { name: "Granular fields" }).waitFor();
    const before = await serverSettings();
    const limit = page.getByLabel("Most tag values in all");
    await limit.fill("1");
    await page.getByRole("button", { name: "Save limits" }).click();
    const error = page.locator("#settings-err-totalTagLimit");
    await error.waitFor();
    expect(await error.textContent()).toMatch(/^totalTagLimit 1 is below the \d+ already configured$/);
    expect(await limit.getAttribute("aria-describedby")).toBe("settings-err-totalTagLimit");
    expect(await limit.getAttribute("aria-invalid")).toBe("true");
    expect(await serverSettings()).toEqual(before);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "settings");

    // A limit it accepts clears the error and is what the page shows.
    await limit.fill("12");
    await page.getByRole("button", { name: "Save limits" }).click();
    await page.getByRole("status").filter({ hasText: "Tag limits: saved." }).waitFor();
    expect(await error.count()).toBe(0);
    expect(await serverSettings()).toMatchObject({ totalTagLimit: 12 });
    expect(await limit.inputValue()).toBe("12");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a tag category whose percentages sum to 90 shows the server's error next to the percentages; 100 saves it", async () => {
    const { page, errors } = await openConsole(browser(), origin());
    await page.getByRole("tab", { name: "Settings" }).click();
    await page.waitForSelector('tr[data-category="Fulfillment"]');
    await page.getByRole("button", { name: "New tag category" }).click();
    const dialog = page.getByRole("dialog", { name: "New tag category" });
    await dialog.getByLabel("Category name").fill("Region");
    await dialog.getByLabel("Value 1", { exact: true }).fill("North");
    await dialog.getByLabel("Percent of value 1").fill("50");
    await dialog.getByRole("button", { name: "Add value" }).click();
    await dialog.getByLabel("Value 2", { exact: true }).fill("South");
    await dialog.getByLabel("Percent of value 2").fill("40");
    await dialog.getByRole("button", { name: "Save" }).click();

    const error = dialog.locator("#err-percent");
    await error.waitFor();
    expect(await error.textContent()).toBe("Percentages of Region sum to 90, not 100");
    // Tied to the fields it is about, for screen readers.
    expect(await dialog.getByLabel("Percent of value 2").getAttribute("aria-describedby")).toContain("err-percent");
    expect(await categories()).toEqual(["Channel", "Fulfillment"]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "tag-error");

    await dialog.getByLabel("Percent of value 2").fill("50");
    await dialog.getByRole("button", { name: "Save" }).click();
    await page.waitForSelector('tr[data-category="Region"]');
    expect(await page.locator('tr[data-category="Region"] td').first().textContent()).toBe("North 50% (default), South 50%");
    expect(await dialog.isVisible()).toBe(false);
    expect(await categories()).toEqual(["Channel", "Fulfillment", "Region"]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("toggles a condition's Include in Available, and adds a rule", async () => {
    const { page } = await openConsole(browser(), origin());
    await page.getByRole("tab", { name: "Settings" }).click();
    const damaged = page.getByLabel("Include Damaged in available");
    await damaged.waitFor();
    expect(await damaged.isChecked()).toBe(false);
    // The box shows the server's rule: it turns checked once the server has saved it and the page re-read it.
    await damaged.click();
    await page.getByRole("status").filter({ hasText: "Rule for Damaged: done." }).waitFor();
    await page.waitForFunction(() => (document.querySelector('[aria-label="Include Damaged in available"]') as HTMLInputElement | null)?.checked === true);
    await page.getByLabel("Condition", { exact: true }).fill("Open Box");
    await page.getByRole("button", { name: "Add condition" }).click();
    await page.waitForSelector('tr[data-condition="Open Box"]');
    const rules = (await (await apiFetch(origin(), "/commerce/inventory-management/v1/conditionavailability")).json()) as {
      condition: string;
      includeInAvailable: boolean;
    }[];
    expect(rules.map((r) => `${r.condition}:${r.includeInAvailable}`).sort()).toEqual(["Damaged:true", "New:true", "Open Box:true", "Refurbished:true"]);
    await page.context().close();
  });
});
