/**
 * Export and import pinned through the public surface: the export's order does not depend on the
 * order things were made in, and an imported state answers every read and command like the
 * original (futures, allocations, the job queue, ids).
 */
import { describe, expect, it } from "vitest";
import {
  allocate,
  createState,
  deallocate,
  type ExportedState,
  exportState,
  futureRecordsFor,
  getAllocation,
  importState,
  type InventoryState,
  processNextJob,
  refresh,
  saveLocation,
  submitRefresh,
} from "./index.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function must<V>(r: { ok: true; state: InventoryState; value: V } | { ok: false; error: unknown }): { state: InventoryState; value: V } {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return { state: r.state, value: r.value };
}

/** Made out of order: locations b, a, B; upcs Y then X; two owners allocating in the order 2, 1. */
function busy(): InventoryState {
  let s = createState();
  for (const code of ["b", "a", "B"]) s = must(saveLocation(s, { code })).state;
  s = must(refresh(s, { locationCode: "b", items: [{ upc: "Y", quantity: 5 }, { upc: "X", quantity: 5 }, { upc: "X", quantity: 2, deliveryDate: "2024-08-01" }] }, NOW)).state;
  s = must(refresh(s, { locationCode: "a", items: [{ upc: "X", quantity: 1 }, { upc: "X", quantity: 3, deliveryDate: "2024-07-01" }] }, NOW)).state;
  s = must(allocate(s, { items: [{ orderId: 1, orderItemId: 2, shipmentId: 1, upc: "X", locationCode: "b", quantity: 1 }] }, NOW)).state;
  s = must(allocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "X", locationCode: "b", quantity: 1 }] }, NOW)).state;
  s = must(submitRefresh(s, { locationCode: "B", items: [{ upc: "Z", quantity: 1 }] }, NOW, "queued")).state;
  s = must(submitRefresh(s, { locationCode: "B", items: [{ upc: "Z", quantity: 4 }] }, NOW, "queued")).state;
  return s;
}

describe("export order", () => {
  it("slots by upc then location, locations by code, allocations in the order made, futures and jobs by id", () => {
    const data = exportState(busy());
    expect(data.version).toBe(1);
    expect(data.slots.map((x) => `${x.upc}@${x.locationCode}`)).toEqual(["X@a", "X@b", "Y@b"]);
    expect(data.locations.map((l) => l.code)).toEqual(["B", "a", "b"]);
    expect(data.allocations.map((a) => a.key)).toEqual(["order:1:2:1", "order:1:1:1"]);
    expect(data.futures.map((f) => f.deliveryDate.slice(0, 7))).toEqual(["2024-08", "2024-07"]);
    expect(data.jobs.map((j) => j.jobId)).toEqual([1, 2]);
    expect(data.jobQueue).toEqual([1, 2]);
  });
});

describe("import", () => {
  it("an imported state answers like the original: futures per upc, allocations, queue, next ids", () => {
    const original = busy();
    const imported = importState(JSON.parse(JSON.stringify(exportState(original))) as ExportedState);
    if (!imported.ok) throw new Error(imported.error.message);
    const copy = imported.value;
    expect(exportState(copy)).toEqual(exportState(original));
    expect(futureRecordsFor(copy, "X").map((f) => f.onHand)).toEqual([2, 3]);
    expect(futureRecordsFor(copy, "X", "a").map((f) => f.onHand)).toEqual([3]);
    const owner = { kind: "order", orderId: 1, orderItemId: 1, shipmentId: 1 } as const;
    expect(getAllocation(copy, owner)?.lines[0]?.allocated).toBe(1);
    const freed = must(deallocate(copy, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, quantity: 1 }] }, NOW)).state;
    expect(getAllocation(freed, owner)).toBeUndefined();
    const job = must(processNextJob(copy, NOW));
    expect(job.value?.jobId).toBe(1);
    expect(must(processNextJob(job.state, NOW)).value?.jobId).toBe(2);
    const again = must(submitRefresh(copy, { locationCode: "a", items: [{ upc: "X", quantity: 1 }] }, NOW));
    expect(again.value.jobId).toBe(3);
  });

  it("anything but version 1 is refused", () => {
    for (const data of [null, 5, {}, { ...exportState(createState()), version: 2 }]) {
      const r = importState(data as unknown as ExportedState);
      expect(r.ok ? "" : `${r.error.code} ${r.error.message} ${r.error.details.map((d) => `${d.field} ${d.code}: ${d.message}`)}`).toBe(
        "validation_failed Unsupported state data version unsupported: Expected version 1",
      );
    }
  });
});
