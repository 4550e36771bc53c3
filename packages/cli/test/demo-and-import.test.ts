import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInventoryClient, type InventoryClient, unwrap } from "@kibo-inventory/sdk";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { killAll, runCli, startServe } from "./support/spawn-cli.js";

/** UPC-A of generated product n (the demo catalog's numbering). */
function upcFor(n: number): string {
  const body = `08${String(n).padStart(9, "0")}`;
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += Number(body[i]) * (i % 2 === 0 ? 3 : 1);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

const clientFor = (url: string): InventoryClient =>
  createInventoryClient({ tenantId: 1000, baseUrl: `${url}/api`, authHost: url, clientId: "mock-app", sharedSecret: "mock-secret" });

async function stock(client: InventoryClient, locationCode: string, upcs: string[]) {
  return unwrap(client.POST("/commerce/inventory/v5/inventory", { body: { type: "ALL", locationCode, items: upcs.map((upc) => ({ upc })) } }));
}

describe("kibo-inventory-mock serve (demo data)", () => {
  afterEach(killAll);

  it("serves the documented channel split at homebase to a client with a real token", async () => {
    const { url } = await startServe([]);
    const [row] = await stock(clientFor(url), "homebase", ["DEMO-CHANNEL-01"]);
    expect(row).toMatchObject({ locationCode: "homebase", upc: "DEMO-CHANNEL-01", onHand: 150, available: 150 });
    const channel = (name: string) =>
      (row?.taggedInventory ?? []).filter((t) => t.tags?.Channel === name).reduce((n, t) => n + (t.onHand ?? 0), 0);
    expect([channel("Warehouse"), channel("Target")]).toEqual([100, 50]);
    // The generated catalog: a distribution center stocks about 90% of the products.
    const upcs = Array.from({ length: 40 }, (_, i) => upcFor(i + 1));
    const catalog = await stock(clientFor(url), "DC-EAST", upcs);
    expect(catalog.length).toBeGreaterThan(30);
    expect(catalog.every((r) => upcs.includes(r.upc ?? ""))).toBe(true);
  }, 30_000);

  it("serves no inventory with --empty", async () => {
    const { url } = await startServe(["--empty"]);
    expect(await stock(clientFor(url), "homebase", ["DEMO-CHANNEL-01"])).toEqual([]);
  }, 30_000);
});

describe("kibo-inventory-mock import", () => {
  let dir: string;
  let url: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kibo-import-"));
    ({ url } = await startServe(["--demo-products", "50", "--demo-locations", "5"]));
  }, 30_000);
  afterAll(async () => {
    killAll();
    await rm(dir, { recursive: true, force: true });
  });
  it("loads a CSV through the API and the stock reads back", async () => {
    const file = join(dir, "stock.csv");
    await writeFile(
      file,
      [
        "UPC,Part Number,Quantity,Lot Code,Date,Condition,Channel",
        "CSV-TENT,TENT,40,,,,Warehouse",
        "CSV-TENT,TENT,15,,,,Target",
        "CSV-STOVE,STOVE,12,L-24,06/30/2027,New,",
        "CSV-STOVE,STOVE,2,L-24,06/30/2027,Damaged,",
      ].join("\n"),
    );
    const run = await runCli(["import", file, "--location", "homebase", "--url", url, "--batch-size", "2", "--no-progress"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("imported 4 item(s) to homebase in 2 batch(es): 4 applied, 0 failed");
    const rows = await stock(clientFor(url), "homebase", ["CSV-TENT", "CSV-STOVE"]);
    expect(rows.map((r) => [r.upc, r.onHand, r.condition ?? null])).toEqual([
      ["CSV-TENT", 55, null],
      ["CSV-STOVE", 12, "New"],
      ["CSV-STOVE", 2, "Damaged"],
    ]);
    expect(rows[1]).toMatchObject({ lotCode: "L-24", date: expect.stringMatching(/^2027-06-30/) });
  }, 30_000);

  it("refuses a bad file before sending anything, naming row and column", async () => {
    const file = join(dir, "bad.csv");
    await writeFile(file, "upc,quantity,date\nA,5,31/12/2026\nB,-1,\n");
    const run = await runCli(["import", file, "--location", "homebase", "--url", url, "--no-progress"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("row 2, column date:");
    expect(run.stderr).toContain("row 3, column quantity:");
    expect(await stock(clientFor(url), "homebase", ["A", "B"])).toEqual([]);
  }, 30_000);

  it("lists the rows the server refused and exits 2", async () => {
    const file = join(dir, "unknown-tag.csv");
    await writeFile(file, "upc,quantity,Channel\nOK-1,3,Warehouse\nBAD-1,4,Walmart\n");
    const run = await runCli(["import", file, "--location", "homebase", "--url", url, "--no-progress"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("2 failed");
    expect(run.stdout).toMatch(/row 3 \(homebase, upc BAD-1\)/);
  }, 30_000);
});
