import { chromium } from "playwright-core";
import { listen } from "@kibo-inventory/mock-server/node";
import { demoSeed } from "@kibo-inventory/mock-server";
import { it } from "vitest";
import { buildAndPreview } from "./support/page.js";
async function time(url: string) {
  const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox"] });
  const out: number[] = [];
  for (let i = 0; i < 5; i++) {
    const ctx = await b.newContext();
    const page = await ctx.newPage();
    const t = performance.now();
    await page.goto(url);
    await page.locator('tr[data-location="homebase"] td[data-segment="Warehouse"] .badge').waitFor({ timeout: 30000 });
    out.push(performance.now() - t);
    await ctx.close();
  }
  await b.close();
  return out.map((x) => Math.round(x));
}
it("startup", async () => {
  const w = await buildAndPreview();
  console.log("WORKER", JSON.stringify(await time(w.url)));
  await w.close();
  const server = await listen({ port: 0, seed: demoSeed({ products: 30, locations: 10 }) });
  const s = await buildAndPreview(server.url.replace(/\/+$/, ""));
  console.log("SERVER", JSON.stringify(await time(s.url)));
  await s.close(); await server.close();
}, 300000);
