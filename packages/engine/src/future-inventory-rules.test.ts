/**
 * D18 future inventory pinned through the public surface: which write updates which future record
 * (externalId, else same date and segment), arrival order and target, the move and delete
 * filters on both sides of each boundary, and each refusal.
 */
import { describe, expect, it } from "vitest";
import {
  adjust,
  allocate,
  applyDueFutureInventory,
  createState,
  deleteFutureInventory,
  futureRecordsFor,
  getFutureRecord,
  type InventoryState,
  moveFutureDate,
  QUANTITY_MAX,
  queryInventory,
  recordsAt,
  type RefreshItem,
  refresh,
  saveLocation,
  upsertTagCategory,
} from "./index.js";
import { must } from "./testing/results.js";

const NOW = Date.UTC(2024, 5, 1, 12);
const LATER = Date.UTC(2024, 5, 2, 12);

function site(): InventoryState {
  let s = createState();
  for (const code of ["L1", "L2"]) s = must(saveLocation(s, { code })).state;
  return must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }, NOW)).state;
}

const put = (s: InventoryState, items: readonly RefreshItem[], code = "L1", now = NOW) => must(refresh(s, { locationCode: code, items }, now)).state;

/** Future records of U as `id date onHand type externalId`. */
const futures = (s: InventoryState, upc = "U", code?: string) =>
  futureRecordsFor(s, upc, code).map((f) => `${f.locationCode} ${f.deliveryDate.slice(0, 10)} ${f.onHand} ${f.type} ${f.externalId ?? "-"}`);

describe("D18 which future record a write updates", () => {
  it("with an externalId: that record, whatever its date (the date moves); createDate is kept", () => {
    let s = put(site(), [{ upc: "U", quantity: 5, deliveryDate: "2024-07-01", externalId: "PO" }]);
    const first = futureRecordsFor(s, "U")[0];
    s = put(s, [{ upc: "U", quantity: 3, deliveryDate: "2024-08-01", externalId: "PO" }], "L1", LATER);
    expect(futures(s)).toEqual(["L1 2024-08-01 3 REFRESH PO"]);
    const after = futureRecordsFor(s, "U")[0];
    expect(after?.futureInventoryId).toBe(first?.futureInventoryId);
    expect(after?.createDate).toBe("2024-06-01T12:00:00.000Z");
    s = put(s, [{ upc: "U", quantity: 1, deliveryDate: "2024-08-01", externalId: "PO-2" }]);
    expect(futures(s)).toEqual(["L1 2024-08-01 3 REFRESH PO", "L1 2024-08-01 1 REFRESH PO-2"]);
  });

  it("without one: the record of the same date and segment that has none", () => {
    let s = put(site(), [
      { upc: "U", quantity: 5, deliveryDate: "2024-07-01", externalId: "PO" },
      { upc: "U", quantity: 2, deliveryDate: "2024-07-01" },
    ]);
    s = must(adjust(s, { locationCode: "L1", items: [{ upc: "U", quantity: 4, deliveryDate: "2024-07-01" }] }, NOW)).state;
    s = must(adjust(s, { locationCode: "L1", items: [{ upc: "U", quantity: 1, deliveryDate: "2024-07-02" }] }, NOW)).state;
    s = must(adjust(s, { locationCode: "L1", items: [{ upc: "U", quantity: 1, deliveryDate: "2024-07-01", tags: { Channel: "Store" } }] }, NOW)).state;
    s = must(adjust(s, { locationCode: "L2", items: [{ upc: "U", quantity: 9, deliveryDate: "2024-07-01" }] }, NOW)).state;
    expect(futures(s)).toEqual([
      "L1 2024-07-01 5 REFRESH PO",
      "L1 2024-07-01 6 ADJUST -",
      "L1 2024-07-02 1 ADJUST -",
      "L1 2024-07-01 1 ADJUST -",
      "L2 2024-07-01 9 ADJUST -",
    ]);
    expect(futures(s, "U", "L2")).toEqual(["L2 2024-07-01 9 ADJUST -"]);
    expect(futures(s, "V")).toEqual([]);
  });

  it("an adjust below 0 is refused with its index; exactly 0 is kept", () => {
    const s = put(site(), [{ upc: "U", quantity: 2, deliveryDate: "2024-07-01" }]);
    const r = adjust(s, { locationCode: "L1", items: [{ upc: "V", quantity: 1 }, { upc: "U", quantity: -3, deliveryDate: "2024-07-01" }] }, NOW);
    expect(r.ok ? [] : r.error.details.map((d) => `${d.index} ${d.field} ${d.code}: ${d.message}`)).toEqual([
      "1 quantity negative_future: Future quantity would go below 0",
    ]);
    const zero = must(adjust(s, { locationCode: "L1", items: [{ upc: "U", quantity: -2, deliveryDate: "2024-07-01" }] }, NOW)).state;
    expect(futures(zero)).toEqual(["L1 2024-07-01 0 ADJUST -"]);
    const fresh = adjust(site(), { locationCode: "L1", items: [{ upc: "U", quantity: -1, deliveryDate: "2024-07-01" }] }, NOW);
    expect(fresh.ok).toBe(false);
  });
});

describe("D18 arrival", () => {
  it("due records arrive on the plain record of their segment, oldest date first; later ones wait", () => {
    let s = put(site(), [{ upc: "U", quantity: 1, lotCode: "A" }]);
    s = put(s, [
      { upc: "U", quantity: 4, deliveryDate: "2024-07-02", externalId: "B" },
      { upc: "U", quantity: 3, deliveryDate: "2024-07-01", externalId: "A" },
      { upc: "U", quantity: 7, deliveryDate: "2024-07-03", externalId: "C" },
    ]);
    const { state, value } = must(applyDueFutureInventory(s, Date.UTC(2024, 6, 2)));
    expect(value.map((f) => f.externalId)).toEqual(["A", "B"]);
    expect(futures(state)).toEqual(["L1 2024-07-03 7 REFRESH C"]);
    const r = queryInventory(state, { items: [{ upc: "U" }], locationCode: "L1" });
    expect(r.ok && r.value.map((x) => `${x.lotCode ?? "-"}=${x.onHand}`).sort()).toEqual(["-=7", "A=1"]);
    expect(must(applyDueFutureInventory(state, Date.UTC(2024, 6, 2))).value).toEqual([]);
  });

  it("dates out of id order, ties among them: by date, then by id", () => {
    const s = put(site(), [
      { upc: "U", quantity: 1, deliveryDate: "2024-07-03", externalId: "D3" },
      { upc: "U", quantity: 1, deliveryDate: "2024-07-01", externalId: "D1a" },
      { upc: "U", quantity: 1, deliveryDate: "2024-07-02", externalId: "D2" },
      { upc: "U", quantity: 1, deliveryDate: "2024-07-01", externalId: "D1b" },
      { upc: "U", quantity: 1, deliveryDate: "2024-07-02", externalId: "D2b" },
    ]);
    expect(must(applyDueFutureInventory(s, Date.UTC(2024, 6, 3))).value.map((f) => f.externalId)).toEqual(["D1a", "D1b", "D2", "D2b", "D3"]);
  });

  it("same date: by id", () => {
    const s = put(site(), [
      { upc: "U", quantity: 4, deliveryDate: "2024-07-01", externalId: "X" },
      { upc: "U", quantity: 3, deliveryDate: "2024-07-01", externalId: "Y" },
    ]);
    expect(must(applyDueFutureInventory(s, Date.UTC(2024, 6, 1))).value.map((f) => f.externalId)).toEqual(["X", "Y"]);
  });
});

describe("D18 future record fields and the arriving record", () => {
  it("a future record without externalId or granular fields has no such keys; past QUANTITY_MAX is refused", () => {
    const s = put(site(), [{ upc: "U", quantity: 5, deliveryDate: "2024-07-01" }]);
    expect(Object.keys(futureRecordsFor(s, "U")[0] ?? {}).sort()).toEqual([
      "createDate",
      "deliveryDate",
      "futureInventoryId",
      "locationCode",
      "onHand",
      "segmentKey",
      "type",
      "upc",
    ]);
    const r = adjust(s, { locationCode: "L1", items: [{ upc: "U", quantity: QUANTITY_MAX, deliveryDate: "2024-07-01" }] }, NOW);
    expect(r.ok ? [] : r.error.details.map((d) => `${d.index} ${d.field} ${d.code}: ${d.message}`)).toEqual([
      `0 quantity quantity_out_of_range: Future quantity would become ${QUANTITY_MAX + 5}, past the largest quantity ${QUANTITY_MAX}`,
    ]);
  });

  it("a plain record made on arrival keeps safety stock 0, whatever its lots have (D3 is for granular records)", () => {
    let s = put(site(), [{ upc: "U", quantity: 1, lotCode: "A", safetyStock: 3 }]);
    s = put(s, [{ upc: "U", quantity: 4, deliveryDate: "2024-07-01" }]);
    const { state } = must(applyDueFutureInventory(s, LATER + 30 * 86_400_000));
    expect(recordsAt(state, "U", "L1").map((r) => [r.granular?.lotCode ?? "-", r.details.safetyStock])).toEqual([
      ["A", 3],
      ["-", 0],
    ]);
  });

  it("records made by arrivals get new ids, one each, after the ids already given", () => {
    let s = put(site(), [{ upc: "U", quantity: 1 }]);
    s = put(s, [
      { upc: "V", quantity: 1, deliveryDate: "2024-07-01" },
      { upc: "W", quantity: 1, deliveryDate: "2024-07-01" },
    ]);
    s = must(applyDueFutureInventory(s, Date.UTC(2024, 6, 1))).state;
    s = put(s, [{ upc: "X", quantity: 1 }]);
    const ids = ["U", "V", "W", "X"].map((upc) => recordsAt(s, upc, "L1")[0]?.inventoryId ?? 0);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(4);
  });

  it("an arrival on a record an allocation created makes it explicit, its other details unchanged", () => {
    let s = must(allocate(site(), { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 2 }] }, NOW)).state;
    s = put(s, [{ upc: "U", quantity: 4, deliveryDate: "2024-07-01" }]);
    const { state } = must(applyDueFutureInventory(s, Date.UTC(2024, 6, 1)));
    const [r] = recordsAt(state, "U", "L1");
    expect([r?.details.implicit, r?.details.safetyStock, r?.details.hasInfiniteInventory]).toEqual([false, 0, false]);
  });
});

describe("D18 move and delete", () => {
  it("a move not yet due keeps the record under its new date; refusals say why", () => {
    const s = put(site(), [{ upc: "U", quantity: 5, deliveryDate: "2024-07-01", externalId: "PO" }]);
    const id = futureRecordsFor(s, "U")[0]?.futureInventoryId as number;
    const moved = must(moveFutureDate(s, id, "2024-09-01", NOW));
    expect(moved.value.deliveryDate).toBe("2024-09-01T00:00:00.000Z");
    expect(getFutureRecord(moved.state, id)?.deliveryDate).toBe("2024-09-01T00:00:00.000Z");
    const nf = moveFutureDate(s, 999, "2024-09-01", NOW);
    expect(nf.ok ? "" : `${nf.error.code} ${nf.error.message}`).toBe("not_found Future inventory 999 not found");
    const bad = moveFutureDate(s, id, "soon", NOW);
    expect(bad.ok ? "" : `${bad.error.code} ${bad.error.message} ${bad.error.details.map((d) => `${d.field} ${d.code}: ${d.message}`)}`).toBe(
      "validation_failed Invalid delivery date futureDate invalid_date: Not an ISO-8601 date",
    );
  });

  function three(): InventoryState {
    let s = put(site(), [
      { upc: "U", quantity: 1, deliveryDate: "2024-07-01", externalId: "A" },
      { upc: "U", quantity: 2, deliveryDate: "2024-07-02" },
      { upc: "V", quantity: 3, deliveryDate: "2024-07-03", externalId: "C" },
    ]);
    s = put(s, [{ upc: "U", quantity: 4, deliveryDate: "2024-07-02", externalId: "D" }], "L2");
    return s;
  }
  const removed = (s: InventoryState, req: Partial<Parameters<typeof deleteFutureInventory>[1]>) =>
    must(deleteFutureInventory(s, { futureStartDate: "2024-07-01", futureEndDate: "2024-07-03", ...req })).value.map((f) => f.externalId ?? "-");

  it("each filter, the window inclusive at both ends, the answer by id", () => {
    const s = three();
    expect(removed(s, {})).toEqual(["A", "-", "C", "D"]);
    expect(removed(s, { futureStartDate: "2024-07-02", futureEndDate: "2024-07-02" })).toEqual(["-", "D"]);
    expect(removed(s, { externalIds: ["A", "D"] })).toEqual(["A", "D"]);
    expect(removed(s, { locationCodes: ["L2"] })).toEqual(["D"]);
    expect(removed(s, { upc: "V" })).toEqual(["C"]);
    const { state } = must(deleteFutureInventory(s, { futureStartDate: "2024-07-01", futureEndDate: "2024-07-01" }));
    expect(futures(state)).toEqual(["L1 2024-07-02 2 REFRESH -", "L2 2024-07-02 4 REFRESH D"]);
    const v = must(deleteFutureInventory(s, { futureStartDate: "2024-07-03", futureEndDate: "2024-07-03" })).state;
    expect(futures(v, "V")).toEqual([]);
    expect(futures(v)).toHaveLength(3);
  });

  it("refusals: both dates required", () => {
    const r = deleteFutureInventory(three(), { futureStartDate: "x", futureEndDate: "" });
    expect(r.ok ? "" : `${r.error.code} ${r.error.message} ${r.error.details.map((d) => `${d.field} ${d.code}: ${d.message}`).join(" | ")}`).toBe(
      "validation_failed Invalid future delete request futureStartDate invalid_date: futureStartDate is required | futureEndDate invalid_date: futureEndDate is required",
    );
    const one = deleteFutureInventory(three(), { futureStartDate: "2024-07-01", futureEndDate: "x" });
    expect(one.ok ? [] : one.error.details.map((d) => d.field)).toEqual(["futureEndDate"]);
    const start = deleteFutureInventory(three(), { futureStartDate: "x", futureEndDate: "2024-07-01" });
    expect(start.ok ? [] : start.error.details.map((d) => d.field)).toEqual(["futureStartDate"]);
  });
});
