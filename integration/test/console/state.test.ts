/**
 * The console's Time and state tab in headless Chromium: a snapshot downloaded, the server reset,
 * the snapshot uploaded again brings the state back.
 *
 * Needs Chromium (see ../browser/browser.ts): skipped without one, failing without one under CI.
 */
import { readFile } from "node:fs/promises";
import type { RunningServe } from "@kibo-inventory/cli";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser } from "../browser/browser.js";
import { openConsole, startServer } from "./console-harness.js";

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

const snapTotal = async (): Promise<number> => ((await (await fetch(`${origin()}/__mock/inventory?search=SNAP-`)).json()) as { total: number }).total;

describeInBrowser("inventory console: time and state", (browser) => {
  it("downloads a snapshot, resets the server, and restores the snapshot from an upload", async () => {
    await fetch(`${origin()}/__mock/seed`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ inventory: { "1000": { records: [{ locationCode: "homebase", upc: "SNAP-1", quantity: 3 }] } } }),
    });
    expect(await snapTotal()).toBe(1);
    const { page, errors } = await openConsole(browser(), origin());
    page.on("dialog", (dialog) => void dialog.accept());
    await page.getByRole("tab", { name: "Time and state" }).click();

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download snapshot" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kibo-inventory-snapshot-.*\.json$/);
    const path = await download.path();
    const snapshot = await readFile(path, "utf8");
    expect(snapshot).toContain("SNAP-1");

    await page.getByRole("button", { name: "Reset server" }).click();
    await page.getByRole("status").filter({ hasText: "Reset: done." }).waitFor();
    expect(await snapTotal()).toBe(0);

    await page.getByLabel("Restore a snapshot").setInputFiles({ name: "snapshot.json", mimeType: "application/json", buffer: Buffer.from(snapshot) });
    await page.getByRole("status").filter({ hasText: "Restore snapshot.json: done." }).waitFor();
    expect(await snapTotal()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
