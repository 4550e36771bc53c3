/**
 * What a refresh does to a record's metadata (safety stock, floor, price, attributes, …; D3, D8),
 * pinned through the public surface: a field an item leaves out keeps its value, a field it gives
 * replaces it (attributes as a copy), a refresh makes an implicit pending holder (D12) explicit,
 * and the details object is shared whenever nothing changes — the record keeps its own, and a
 * record back at the defaults shares the one default object with every new record.
 */
import { describe, expect, it } from "vitest";
import {
  allocate,
  createState,
  deallocate,
  type InventoryState,
  recordsAt,
  type RefreshItem,
  refresh,
  saveLocation,
} from "./index.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function must<V>(r: { ok: true; state: InventoryState; value: V } | { ok: false; error: unknown }): InventoryState {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.state;
}

function located(): InventoryState {
  return must(saveLocation(createState(), { code: "L1" }));
}

const put = (s: InventoryState, items: readonly RefreshItem[]) => must(refresh(s, { locationCode: "L1", items }, NOW));

/** The one record of `upc` at L1. */
function record(s: InventoryState, upc = "U") {
  const rs = recordsAt(s, upc, "L1");
  expect(rs).toHaveLength(1);
  return rs[0] as (typeof rs)[number];
}

/** Every metadata field with a value unlike its default. */
const ALL = {
  safetyStock: 2,
  floor: 3,
  ltd: 4,
  retailPrice: 9.5,
  currencyId: "EUR",
  inventoryLocatorName: "Aisle 7",
  attributes: ["fragile", "cold"],
  partNumber: "PN-1",
  hasInfiniteInventory: true,
} as const;

/** Another value for each field, also unlike the default. */
const OTHER = {
  safetyStock: 5,
  floor: 6,
  ltd: 7,
  retailPrice: 1.25,
  currencyId: "USD",
  inventoryLocatorName: "Aisle 9",
  attributes: ["fragile", "warm"],
  partNumber: "PN-2",
  hasInfiniteInventory: false,
} as const;

describe("D8 a refresh item's metadata fields", () => {
  it("a field left out keeps its value; only the given fields change", () => {
    const s = put(located(), [{ upc: "U", quantity: 1, ...ALL, attributes: [...ALL.attributes] }]);
    for (const [field, value] of Object.entries(OTHER)) {
      const t = put(s, [{ upc: "U", quantity: 1, [field]: value }]);
      expect(record(t).details).toEqual({ ...ALL, attributes: [...ALL.attributes], [field]: value, implicit: false });
    }
  });

  it("a quantity-only refresh keeps every field and the details object itself", () => {
    const s = put(located(), [{ upc: "U", quantity: 1, ...ALL, attributes: [...ALL.attributes] }]);
    const t = put(s, [{ upc: "U", quantity: 3 }]);
    expect(record(t).details).toBe(record(s).details);
  });

  it("the same values again keep the details object itself (field by field, attributes by content)", () => {
    const s = put(located(), [{ upc: "U", quantity: 1, ...ALL, attributes: [...ALL.attributes] }]);
    for (const [field, value] of Object.entries(ALL)) {
      const again = Array.isArray(value) ? [...(value as readonly string[])] : value;
      const t = put(s, [{ upc: "U", quantity: 1, [field]: again }]);
      expect(record(t).details, field).toBe(record(s).details);
    }
    const t = put(s, [{ upc: "U", quantity: 1, ...ALL, attributes: [...ALL.attributes] }]);
    expect(record(t).details).toBe(record(s).details);
  });

  it("attributes are compared element by element: same length with one or every element changed, one more, one less", () => {
    const s = put(located(), [{ upc: "U", quantity: 1, attributes: ["a", "b"] }]);
    expect(record(put(s, [{ upc: "U", quantity: 1, attributes: ["a", "c"] }])).details.attributes).toEqual(["a", "c"]);
    expect(record(put(s, [{ upc: "U", quantity: 1, attributes: ["x", "b"] }])).details.attributes).toEqual(["x", "b"]);
    expect(record(put(s, [{ upc: "U", quantity: 1, attributes: ["x", "y"] }])).details.attributes).toEqual(["x", "y"]);
    expect(record(put(s, [{ upc: "U", quantity: 1, attributes: ["a", "b", "c"] }])).details.attributes).toEqual(["a", "b", "c"]);
    expect(record(put(s, [{ upc: "U", quantity: 1, attributes: ["a"] }])).details.attributes).toEqual(["a"]);
    expect(record(put(s, [{ upc: "U", quantity: 1, attributes: [] }])).details.attributes).toEqual([]);
  });

  it("attributes are stored as a copy: changing the request's array afterwards changes nothing", () => {
    const given = ["fragile"];
    const s = put(located(), [{ upc: "U", quantity: 1, attributes: given }]);
    given.push("cold");
    expect(record(s).details.attributes).toEqual(["fragile"]);
    expect(record(s).details.attributes).not.toBe(given);
  });

  it("a record whose fields go back to the defaults shares the default details of a new record", () => {
    let s = put(located(), [{ upc: "U", quantity: 1, safetyStock: 2 }, { upc: "V", quantity: 1 }]);
    expect(record(s).details).not.toBe(record(s, "V").details);
    s = put(s, [{ upc: "U", quantity: 1, safetyStock: 0 }]);
    expect(record(s).details).toEqual(record(s, "V").details);
    expect(record(s).details).toBe(record(s, "V").details);
    // Not at the defaults: a copy of its own.
    s = put(s, [{ upc: "U", quantity: 1, floor: 1 }]);
    expect(record(s).details).not.toBe(record(s, "V").details);
    expect(record(s).details).toMatchObject({ safetyStock: 0, floor: 1 });
  });

  it("a metadata change on a record that had none gives it details of its own", () => {
    const s = put(located(), [{ upc: "U", quantity: 1 }, { upc: "V", quantity: 1 }]);
    const t = put(s, [{ upc: "U", quantity: 1, partNumber: "PN" }]);
    expect(record(t).details).toMatchObject({ partNumber: "PN", safetyStock: 0 });
    expect(record(t, "V").details).not.toHaveProperty("partNumber");
    expect(record(t).details).not.toBe(record(t, "V").details);
  });
});

describe("D12 a refresh makes an implicit pending holder explicit", () => {
  const short = { orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 1 };

  it("with no metadata: it stays once its allocation is gone", () => {
    let s = must(allocate(located(), { items: [short] }, NOW));
    expect(record(s).details.implicit).toBe(true);
    s = put(s, [{ upc: "U", quantity: 0 }]);
    expect(record(s).details.implicit).toBe(false);
    s = must(deallocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, quantity: 1 }] }, NOW));
    expect(recordsAt(s, "U", "L1")).toHaveLength(1);
  });

  it("with metadata equal to what it has, or new metadata", () => {
    for (const item of [{ safetyStock: 0, floor: 0, hasInfiniteInventory: false }, { partNumber: "PN" }]) {
      let s = must(allocate(located(), { items: [short] }, NOW));
      s = put(s, [{ upc: "U", quantity: 0, ...item }]);
      expect(record(s).details).toMatchObject({ ...item, implicit: false });
      s = must(deallocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, quantity: 1 }] }, NOW));
      expect(recordsAt(s, "U", "L1")).toHaveLength(1);
    }
  });

  it("untouched, an implicit holder goes once it holds nothing", () => {
    let s = must(allocate(located(), { items: [short] }, NOW));
    s = must(deallocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, quantity: 1 }] }, NOW));
    expect(recordsAt(s, "U", "L1")).toHaveLength(0);
  });
});
