/**
 * Cart messages and order-side tag checks (D6, D11, D19) pinned through the public surface: when a
 * cart item is short, what its message says (code, available units, wording), which records count
 * (the item's segment, its condition or serial number, never expired or negative ones, infinite
 * ones without limit), and each order-side tag refusal by field, code and message.
 */
import { describe, expect, it } from "vitest";
import {
  addCartItem,
  adjust,
  allocate,
  availableToItem,
  type CartMessage,
  checkInventoryTags,
  type CommerceItemInput,
  createCart,
  createState,
  type ErrorDetail,
  type InventoryState,
  refresh,
  type RefreshItem,
  saveLocation,
  upsertTagCategory,
} from "../index.js";
import { must } from "../testing/results.js";

const NOW = Date.UTC(2024, 5, 1, 12);

/** L1 and L2; Channel (Web default, Store); U's stock at L1 as given. */
function stocked(items: readonly RefreshItem[]): InventoryState {
  let s = createState();
  for (const code of ["L1", "L2"]) s = must(saveLocation(s, { code })).state;
  s = must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }, NOW)).state;
  return items.length === 0 ? s : must(refresh(s, { locationCode: "L1", items }, NOW)).state;
}

/** The messages of a new cart after adding one item. */
function messages(s: InventoryState, item: CommerceItemInput): CartMessage[] {
  const c = must(createCart(s, { userId: "u" }, NOW));
  return [...must(addCartItem(c.state, c.value.id, item, NOW)).value.cart.messages];
}

describe("D19 cart messages: an item short in its segment at its location", () => {
  it("in stock (exactly enough): no message; one more than available: OutOfStock with the wording", () => {
    const s = stocked([{ upc: "U", quantity: 3 }]);
    expect(messages(s, { upc: "U", quantity: 3, locationCode: "L1" })).toEqual([]);
    const [m] = messages(s, { upc: "U", quantity: 4, locationCode: "L1" });
    expect(m).toEqual({ code: "OutOfStock", cartItemId: expect.any(String), upc: "U", locationCode: "L1", quantity: 4, available: 3, message: "U is only 3 of 4 in stock at L1" });
  });

  it("nothing there: out of stock; allowing back orders: Backorder, and the rest is backordered", () => {
    const s = stocked([{ upc: "U", quantity: 2 }]);
    expect(messages(s, { upc: "U", quantity: 1, locationCode: "L2" }).map((m) => [m.code, m.available, m.message])).toEqual([
      ["OutOfStock", 0, "U is out of stock at L2"],
    ]);
    expect(messages(s, { upc: "U", quantity: 1, locationCode: "L2", allowsBackOrder: true }).map((m) => [m.code, m.message])).toEqual([
      ["Backorder", "U is out of stock at L2; the rest is backordered"],
    ]);
    expect(messages(s, { upc: "U", quantity: 5, locationCode: "L1", allowsBackOrder: true }).map((m) => [m.code, m.message])).toEqual([
      ["Backorder", "U is only 2 of 5 in stock at L1; the rest is backordered"],
    ]);
  });

  it("no location, or a digital item: no message", () => {
    const s = stocked([]);
    expect(messages(s, { upc: "U", quantity: 1 })).toEqual([]);
    expect(messages(s, { upc: "U", quantity: 1, locationCode: null })).toEqual([]);
    expect(messages(s, { upc: "U", quantity: 1, locationCode: "L1", fulfillmentMethod: "Digital" })).toEqual([]);
    expect(messages(s, { upc: "U", quantity: 1, locationCode: "L1", fulfillmentMethod: "Pickup" })).toHaveLength(1);
  });

  it("only the item's segment counts: another value's stock does not", () => {
    const s = stocked([{ upc: "U", quantity: 5, tags: { Channel: "Store" } }, { upc: "U", quantity: 1 }]);
    expect(messages(s, { upc: "U", quantity: 2, locationCode: "L1" }).map((m) => m.available)).toEqual([1]);
    expect(messages(s, { upc: "U", quantity: 2, locationCode: "L1", inventoryTags: [{ name: "Channel", value: "Store" }] })).toEqual([]);
  });

  it("a record with a negative available adds nothing (not minus) to the others", () => {
    let s = stocked([{ upc: "U", quantity: 2, lotCode: "A" }, { upc: "U", quantity: 3, lotCode: "B" }]);
    // Lot A (the older record) gives 2 units to an order, then its onHand is taken down to 0: available −2.
    s = must(allocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 2 }] }, NOW)).state;
    s = must(adjust(s, { locationCode: "L1", items: [{ upc: "U", quantity: -2, lotCode: "A" }] }, NOW)).state;
    expect(messages(s, { upc: "U", quantity: 4, locationCode: "L1" }).map((m) => m.available)).toEqual([3]);
  });

  it("a condition or serial number restricts the records counted; infinite stock is never short", () => {
    const s = stocked([
      { upc: "U", quantity: 2, condition: "new" },
      { upc: "U", quantity: 3, condition: "used" },
      { upc: "U", quantity: 0, serialNumber: "S1" },
      { upc: "U", quantity: 1, serialNumber: "S2" },
    ]);
    expect(messages(s, { upc: "U", quantity: 9, locationCode: "L1", condition: "used" }).map((m) => m.available)).toEqual([3]);
    expect(messages(s, { upc: "U", quantity: 1, locationCode: "L1", serialNumber: "S1" }).map((m) => m.available)).toEqual([0]);
    expect(messages(s, { upc: "U", quantity: 1, locationCode: "L1", serialNumber: "S2" })).toEqual([]);
    const infinite = stocked([{ upc: "U", quantity: 0, hasInfiniteInventory: true }]);
    expect(messages(infinite, { upc: "U", quantity: 1000, locationCode: "L1" })).toEqual([]);
  });

  it("availableToItem: units allocate would use; Infinity with an infinite record; 0 for tags that no longer resolve", () => {
    const s = stocked([{ upc: "U", quantity: 4 }]);
    const item = { id: "i", lineId: 1, upc: "U", quantity: 1, locationCode: "L1", fulfillmentMethod: "Ship" as const, inventoryTags: [], allowsBackOrder: false, originalCartItemId: null };
    expect(availableToItem(s, item, "L1", NOW)).toBe(4);
    expect(availableToItem(s, item, "L2", NOW)).toBe(0);
    expect(availableToItem(s, { ...item, inventoryTags: [{ name: "Channel", value: "Gone" }] }, "L1", NOW)).toBe(0);
    const infinite = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 4, hasInfiniteInventory: true }] }, NOW)).state;
    expect(availableToItem(infinite, item, "L1", NOW)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("D19 order-side tags: every bad tag named by field, code and message", () => {
  function check(tags: unknown, index?: number): { ok: boolean; details: string[] } {
    const s = stocked([]);
    const details: ErrorDetail[] = [];
    const ok = checkInventoryTags(s.tagCategories, tags, details, index);
    return { ok, details: details.map((d) => `${d.index ?? "-"} ${d.field} ${d.code}: ${d.message}`) };
  }

  it("absent or null tags are fine; anything but a list is refused", () => {
    expect(check(undefined)).toEqual({ ok: true, details: [] });
    expect(check(null)).toEqual({ ok: true, details: [] });
    expect(check([])).toEqual({ ok: true, details: [] });
    expect(check({ Channel: "Web" }, 2)).toEqual({ ok: false, details: ["2 inventoryTags invalid: inventoryTags must be an array of {name, value}"] });
  });

  it("each problem once per tag, with the tag's position", () => {
    expect(
      check(
        [
          { name: "Channel", value: "Web" },
          "Channel",
          { name: "" },
          { name: "Channel", value: "Store" },
          { name: "Colour", value: "Red" },
          null,
        ],
        1,
      ),
    ).toEqual({
      ok: false,
      details: [
        "1 inventoryTags[1].name required: A tag needs a name",
        "1 inventoryTags[2].name required: A tag needs a name",
        "1 inventoryTags[3].name duplicate_tag: Tag Channel is given more than once",
        "1 inventoryTags[4].name unknown_tag_category: Unknown tag category Colour",
        "1 inventoryTags[5].name required: A tag needs a name",
      ],
    });
  });

  it("a known name needs a known value", () => {
    expect(check([{ name: "Channel" }])).toEqual({ ok: false, details: ["- inventoryTags[0].value tag_value_required: Tag Channel needs a value"] });
    expect(check([{ name: "Channel", value: "" }])).toEqual({ ok: false, details: ["- inventoryTags[0].value tag_value_required: Tag Channel needs a value"] });
    expect(check([{ name: "Channel", value: 3 }])).toEqual({ ok: false, details: ["- inventoryTags[0].value tag_value_required: Tag Channel needs a value"] });
    expect(check([{ name: "Channel", value: "Mail" }])).toEqual({ ok: false, details: ["- inventoryTags[0].value unknown_tag_value: Unknown value Mail in tag category Channel"] });
    expect(check([{ name: "Channel", value: "Store" }])).toEqual({ ok: true, details: [] });
  });

  it("only this call's problems decide the answer: earlier details do not", () => {
    const s = stocked([]);
    const details: ErrorDetail[] = [{ field: "upc", code: "required", message: "upc is required" }];
    expect(checkInventoryTags(s.tagCategories, [{ name: "Channel", value: "Web" }], details, 0)).toBe(true);
    expect(details).toHaveLength(1);
  });
});
