/**
 * What the console suites share: the standalone server as `serve` starts it (demo data, the console
 * at /ui/), a page on it in headless Chromium, screenshots and the axe-core check.
 *
 * Screenshots go to a temporary folder; with `UPDATE_SCREENSHOTS=1` they replace the committed
 * ones in docs/images/ (the README and docs/console.md show those).
 */
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type RunningServe, runServe } from "@kibo-inventory/cli";
import axe from "axe-core";
import type { Browser, Page } from "playwright-core";

/** Products of the generated demo catalog in the suites (the documentation's examples are always there). */
const DEMO_PRODUCTS = 300;

export async function startServer(): Promise<RunningServe> {
  return runServe({ port: 0, demoProducts: DEMO_PRODUCTS, demoLocations: 10 }, { log: () => undefined });
}

/**
 * A call to the server's Kibo API as the default app (tenant 1000), bypassing the page: what another
 * client of the server sees.
 */
export async function apiFetch(origin: string, path: string, body?: unknown): Promise<Response> {
  const ticket = (await (
    await fetch(`${origin}/api/platform/applications/authtickets/oauth`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ client_id: "mock-app", client_secret: "mock-secret", grant_type: "client_credentials" }),
    })
  ).json()) as { access_token: string };
  const headers = { authorization: `Bearer ${ticket.access_token}`, "x-vol-tenant": "1000", "content-type": "application/json" };
  return fetch(`${origin}/api${path}`, body === undefined ? { headers } : { method: "POST", headers, body: JSON.stringify(body) });
}

/** A fresh page on the console, logged page errors failing the test that reads them. */
export async function openConsole(browser: Browser, origin: string, width = 1280, height = 900): Promise<{ page: Page; errors: string[] }> {
  // bypassCSP: only so that axe-core can be injected; the console itself loads nothing inline.
  const context = await browser.newContext({ viewport: { width, height }, bypassCSP: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${origin}/`);
  await page.waitForSelector('table[data-loaded="yes"]');
  return { page, errors };
}

const screenshotDir =
  process.env.UPDATE_SCREENSHOTS === "1" ? fileURLToPath(new URL("../../../docs/images/", import.meta.url)) : mkdtempSync(join(tmpdir(), "console-shots-"));

/** Saves a screenshot of the page as `console-<name>.png`; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `console-${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** axe-core's own script, injected into the page under test. */
const axeSource = axe.source;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2 A and AA rules) on the page; returns each violation as one line. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations;
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
