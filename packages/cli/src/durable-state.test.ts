import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CommittedWrite, createInventoryMock, type InventoryMock } from "@kibo-inventory/mock-server";
import { afterEach, describe, expect, it } from "vitest";
import { type DurableState, openDurableState } from "./durable-state.js";
import { readJournal } from "./state-journal.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "kibo-durable-"));
  dirs.push(dir);
  return dir;
}

const START = "2025-01-01T00:00:00Z";
const HEADERS = { authorization: "Bearer t", "x-vol-tenant": "1000", "content-type": "application/json" };
const INV = "http://x/api/commerce/inventory/v5/inventory";
const SEED = { inventory: { "1000": { locations: [{ code: "homebase" }] } } };

async function server(path: string, logs: string[] = [], options: { compactEntries?: number } = {}): Promise<{ mock: InventoryMock; durable: DurableState }> {
  const durable = await openDurableState(path, { log: (line) => logs.push(line) }, options);
  const mock = createInventoryMock({ startTime: START, staticTokens: { t: "mock-app" }, seed: SEED, onCommit: (write) => durable.commit(write) });
  await durable.attach(mock);
  return { mock, durable };
}
const refresh = (mock: InventoryMock, quantity: number, upc = "A1") =>
  mock.fetch(`${INV}/refresh`, { method: "POST", headers: HEADERS, body: JSON.stringify({ locationCode: "homebase", items: [{ upc, quantity }] }) });
async function onHand(mock: InventoryMock, upc = "A1"): Promise<number | undefined> {
  const res = await mock.fetch(INV, { method: "POST", headers: HEADERS, body: JSON.stringify({ type: "ALL", items: [{ upc }] }) });
  const rows = (await res.json()) as { onHand: number }[];
  return rows[0]?.onHand;
}

describe("--state: snapshot + journal", () => {
  it("a first start writes the snapshot; writes go to the journal, 0600, and a restart replays them", async () => {
    const file = join(tempDir(), "state.json");
    const first = await server(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(`${file}.journal`).mode & 0o777).toBe(0o600);
    const snapshot = readFileSync(file, "utf8");
    expect((await refresh(first.mock, 7)).status).toBe(200);
    expect((await refresh(first.mock, 9, "B2")).status).toBe(200);
    expect(readFileSync(file, "utf8")).toBe(snapshot);
    expect(readJournal(`${file}.journal`).entries.map((e) => [e.seq, e.write.operationId])).toEqual([
      [1, "refresh"],
      [2, "refresh"],
    ]);

    const second = await server(file);
    expect(await onHand(second.mock)).toBe(7);
    expect(await onHand(second.mock, "B2")).toBe(9);
    expect(second.mock.exportState()).toEqual(first.mock.exportState());
  });

  it("reads leave both files alone", async () => {
    const file = join(tempDir(), "state.json");
    const { mock } = await server(file);
    await refresh(mock, 3);
    const before = [statSync(file), statSync(`${file}.journal`)].map((s) => [s.size, s.mtimeMs]);
    expect(await onHand(mock)).toBe(3);
    expect((await mock.fetch("http://x/__mock/snapshot")).status).toBe(200);
    expect((await mock.fetch("http://x/__mock/health")).status).toBe(200);
    expect((await mock.fetch(`${INV}/refresh`, { method: "POST", headers: HEADERS, body: "{" })).status).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect([statSync(file), statSync(`${file}.journal`)].map((s) => [s.size, s.mtimeMs])).toEqual(before);
  });

  it("compacts after N entries: a new snapshot, an empty journal, nothing lost across a restart", async () => {
    const file = join(tempDir(), "state.json");
    const { mock, durable } = await server(file, [], { compactEntries: 3 });
    for (const q of [1, 2]) expect((await refresh(mock, q)).status).toBe(200);
    await new Promise((resolve) => setImmediate(resolve));
    expect(readJournal(`${file}.journal`).entries.map((e) => e.seq)).toEqual([1, 2]);
    expect((await refresh(mock, 3)).status).toBe(200);
    await new Promise((resolve) => setImmediate(resolve));
    expect(readJournal(`${file}.journal`).entries).toEqual([]);
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ journalSeq: 3 });
    expect((await refresh(mock, 4)).status).toBe(200);
    expect(readJournal(`${file}.journal`).entries.map((e) => e.seq)).toEqual([4]);
    durable.close();
    expect(readJournal(`${file}.journal`).entries).toEqual([]);
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ journalSeq: 4 });
    expect(await onHand((await server(file)).mock)).toBe(4);
  });

  it("a reset is kept as a snapshot, not journaled", async () => {
    const file = join(tempDir(), "state.json");
    const { mock } = await server(file);
    await refresh(mock, 5);
    expect((await mock.fetch("http://x/__mock/reset", { method: "POST" })).status).toBe(200);
    expect(readJournal(`${file}.journal`).entries).toEqual([]);
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ journalSeq: 2 });
    expect(await onHand((await server(file)).mock)).toBeUndefined();
  });

  it("skips journal entries the snapshot already holds (a crash between snapshot and truncation)", async () => {
    const file = join(tempDir(), "state.json");
    const { mock } = await server(file);
    await refresh(mock, 5);
    const journal = readFileSync(`${file}.journal`);
    // The snapshot takes entry 1 in, the journal still has it.
    writeFileSync(file, JSON.stringify({ ...mock.exportState(), journalSeq: 1 }));
    writeFileSync(`${file}.journal`, journal);
    const again = await server(file);
    expect(await onHand(again.mock)).toBe(5);
    expect((await refresh(again.mock, 6)).status).toBe(200);
    expect(readJournal(`${file}.journal`).entries.map((e) => e.seq)).toEqual([1, 2]);
    expect(await onHand((await server(file)).mock)).toBe(6);
  });

  it("a write that cannot be saved (directory removed) is refused, not applied; the server recovers when it can write again", async () => {
    const dir = tempDir();
    const file = join(dir, "state.json");
    const { mock } = await server(file);
    await refresh(mock, 5);
    rmSync(dir, { recursive: true, force: true });
    const refused = await refresh(mock, 8);
    expect(refused.status).toBe(500);
    const body = (await refused.json()) as { errorCode: string; message: string };
    expect(body.errorCode).toBe("INTERNAL_ERROR");
    expect(body.message).toContain("The change could not be saved, so it was not applied");
    expect(body.message).toContain(`${file}.journal is gone (ENOENT)`);
    expect(await onHand(mock)).toBe(5);

    // Once the directory is back, the next write saves a whole snapshot (the journal was lost with it).
    const { mkdirSync } = await import("node:fs");
    mkdirSync(dir);
    expect((await refresh(mock, 9)).status).toBe(200);
    expect(await onHand((await server(file)).mock)).toBe(9);
  });
});

describe("--state: damaged files", () => {
  it("a corrupt state file names the file, the line and the column", async () => {
    const file = join(tempDir(), "state.json");
    writeFileSync(file, '{\n  "format": "kibo-inventory-mock-state",\n  "version": 1,,\n}');
    await expect(openDurableState(file, { log: () => undefined })).rejects.toThrow(`${file}: not valid JSON at line 3, column 16 (character 58)`);
    writeFileSync(file, '{"format": "kibo-inventory-mock-state"');
    await expect(openDurableState(file, { log: () => undefined })).rejects.toThrow(`${file}: not valid JSON at line 1, column 39 (character 38)`);
  });

  it("a state file of the wrong shape names the file", async () => {
    const file = join(tempDir(), "state.json");
    writeFileSync(file, JSON.stringify({ format: "something-else" }));
    const durable = await openDurableState(file, { log: () => undefined });
    await expect(durable.attach(createInventoryMock())).rejects.toThrow(`${file}: not a kibo-inventory-mock state document`);
  });

  it("a corrupt journal line names the journal, the line and its byte offset", async () => {
    const file = join(tempDir(), "state.json");
    const { mock } = await server(file);
    await refresh(mock, 5);
    const first = readFileSync(`${file}.journal`);
    appendFileSync(`${file}.journal`, '{"seq":2,"write":\n');
    appendFileSync(`${file}.journal`, first);
    await expect(openDurableState(file, { log: () => undefined })).rejects.toThrow(`${file}.journal: line 2 (byte ${first.length}) is not valid JSON: line 1, column 18`);
  });

  it("a torn last line (a crash mid-append: never acknowledged) is ignored with a warning and cut off", async () => {
    const file = join(tempDir(), "state.json");
    const { mock } = await server(file);
    await refresh(mock, 5);
    const size = statSync(`${file}.journal`).size;
    const torn: CommittedWrite = { kind: "request", operationId: "refresh", at: 0, method: "POST", path: "/x" };
    appendFileSync(`${file}.journal`, JSON.stringify({ seq: 2, write: torn }).slice(0, 25));
    const logs: string[] = [];
    const again = await server(file, logs);
    expect(logs).toEqual([`warning: ${file}.journal: line 2 (25 bytes at byte ${size}) is incomplete — a write cut short before it was acknowledged; ignored`]);
    expect(statSync(`${file}.journal`).size).toBe(size);
    expect(await onHand(again.mock)).toBe(5);
    expect((await refresh(again.mock, 6)).status).toBe(200);
    expect(await onHand((await server(file)).mock)).toBe(6);
  });

  it("a gap in the journal is an error naming the line", async () => {
    const file = join(tempDir(), "state.json");
    const { mock } = await server(file);
    await refresh(mock, 5);
    const line = readFileSync(`${file}.journal`, "utf8").replace('"seq":1', '"seq":3');
    writeFileSync(`${file}.journal`, line);
    const durable = await openDurableState(file, { log: () => undefined });
    await expect(durable.attach(createInventoryMock({ startTime: START }))).rejects.toThrow(`${file}.journal: line 1: entry 3 follows 0 (entries are missing)`);
  });
});
