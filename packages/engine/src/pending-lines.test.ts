/**
 * D12's release pinned on the allocation's lines: which record a released unit is booked on, how
 * lines merge and disappear, and the two exceptions of the record holding the pending units (an
 * expired one releases nothing; an infinite one releases everything).
 */
import { describe, expect, it } from "vitest";
import {
  adjust,
  allocate,
  createState,
  getAllocation,
  type InventorySettings,
  type InventoryState,
  type RefreshItem,
  recordsAt,
  refresh,
  releaseAllPending,
  releasePending,
  saveLocation,
} from "./index.js";

const NOW = Date.UTC(2024, 5, 1, 12);
const OWNER = { kind: "order", orderId: 1, orderItemId: 1, shipmentId: 1 } as const;

function must<V>(r: { ok: true; state: InventoryState; value: V } | { ok: false; error: unknown }): InventoryState {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.state;
}

function held(items: RefreshItem[], quantity: number, settings: Partial<InventorySettings> = {}): InventoryState {
  let s = must(saveLocation(createState(settings), { code: "L1" }));
  s = must(refresh(s, { locationCode: "L1", items }, NOW));
  return must(allocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity }] }, NOW));
}

/** The allocation's lines as `lot:allocated/pending` (plain record `-`). */
function lines(s: InventoryState): string[] {
  const byId = new Map(recordsAt(s, "U", "L1").map((r) => [r.inventoryId, r.granular?.lotCode ?? "-"]));
  return (getAllocation(s, OWNER)?.lines ?? []).map((l) => `${byId.get(l.inventoryId)}:${l.allocated}/${l.pending}`);
}

const put = (s: InventoryState, items: RefreshItem[], now = NOW) => must(refresh(s, { locationCode: "L1", items }, now));

describe("D12 release, line by line", () => {
  it("stock on the record holding the pending units: released there, partly if short", () => {
    let s = held([{ upc: "U", quantity: 1 }], 4);
    expect(lines(s)).toEqual(["-:1/3"]);
    s = must(adjust(s, { locationCode: "L1", items: [{ upc: "U", quantity: 2 }] }, NOW));
    expect(lines(s)).toEqual(["-:3/1"]);
  });

  it("stock on another record: the units move there; lines merge and empty ones go", () => {
    let s = held([{ upc: "U", quantity: 1 }], 4);
    s = put(s, [{ upc: "U", quantity: 2, lotCode: "B" }]);
    expect(lines(s)).toEqual(["-:1/1", "B:2/0"]);
    s = put(s, [{ upc: "U", quantity: 5, lotCode: "B" }]);
    expect(lines(s)).toEqual(["-:1/0", "B:3/0"]);
  });

  it("a holder line with no allocated units stays while it still has pending ones", () => {
    let s = held([{ upc: "U", quantity: 0 }], 3);
    expect(lines(s)).toEqual(["-:0/3"]);
    s = put(s, [{ upc: "U", quantity: 1, lotCode: "B" }]);
    expect(lines(s)).toEqual(["-:0/2", "B:1/0"]);
  });

  it("the record holding the pending units releases nothing once expired; others still can", () => {
    const later = Date.UTC(2024, 5, 6, 12);
    let s = held([{ upc: "U", quantity: 1, lotCode: "T", date: "2024-06-05" }], 3, { expirationEnabled: true });
    expect(lines(s)).toEqual(["T:1/2"]);
    s = put(s, [{ upc: "U", quantity: 5, lotCode: "T", date: "2024-06-05" }], later);
    expect(lines(s)).toEqual(["T:1/2"]);
    s = put(s, [{ upc: "U", quantity: 1, lotCode: "F", date: "2024-12-01" }], later);
    expect(lines(s)).toEqual(["T:1/1", "F:1/0"]);
  });

  it("a record holding pending units that becomes infinite releases them all", () => {
    let s = held([{ upc: "U", quantity: 1 }], 3);
    s = put(s, [{ upc: "U", hasInfiniteInventory: true }]);
    expect(lines(s)).toEqual(["-:3/0"]);
  });

  it("an infinite candidate takes every pending unit", () => {
    let s = held([{ upc: "U", quantity: 1 }], 3);
    s = put(s, [{ upc: "U", quantity: 0, lotCode: "I", hasInfiniteInventory: true }]);
    expect(lines(s)).toEqual(["-:1/0", "I:2/0"]);
  });

  it("releasePending and releaseAllPending do what the commands do after a change", () => {
    let s = held([{ upc: "U", quantity: 1, lotCode: "T", date: "2024-06-05" }], 3, { expirationEnabled: true });
    s = put(s, [{ upc: "U", quantity: 5, lotCode: "F", date: "2024-06-05" }, { upc: "U", quantity: 3, lotCode: "T", date: "2024-06-05" }]);
    expect(lines(s)).toEqual(["T:3/0"]);
    const quiet = held([{ upc: "U", quantity: 1 }], 2);
    expect(releasePending(quiet, "U", "L1", NOW)).toBe(quiet);
    expect(lines(releaseAllPending(quiet, NOW))).toEqual(["-:1/1"]);
    expect(lines(releasePending(quiet, "V", "L1", NOW))).toEqual(["-:1/1"]);
  });
});
