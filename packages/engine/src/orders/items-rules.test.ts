/**
 * Cart, checkout and order items (D19) as read from caller input, pinned through the public
 * surface: each refusal by index, field, code and message, the defaults a stored item gets, line
 * numbers after removals, and what a checkout copies from its cart.
 */
import { describe, expect, it } from "vitest";
import {
  addCartItem,
  type CommerceItemInput,
  createCart,
  createCheckoutFromCart,
  createState,
  exportState,
  importState,
  type InventoryState,
  removeCartItem,
  saveLocation,
  upsertTagCategory,
} from "../index.js";
import { must } from "../testing/results.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function cart(): { state: InventoryState; id: string } {
  let s = must(saveLocation(createState(), { code: "L1" })).state;
  s = must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }, NOW)).state;
  const c = must(createCart(s, { userId: "u" }, NOW));
  return { state: c.state, id: c.value.id };
}

/** The refusal of adding `item` to an empty cart, as `index field code: message`. */
function refusal(item: unknown): string[] {
  const c = cart();
  const r = addCartItem(c.state, c.id, item as CommerceItemInput, NOW);
  if (r.ok) return ["ok"];
  return r.error.details.map((d) => `${d.index ?? "-"} ${d.field} ${d.code}: ${d.message}`);
}

describe("D19 item refusals", () => {
  it("an item that is not an object", () => {
    expect(refusal(null)).toEqual(["0 items invalid: An item must be an object"]);
    expect(refusal("U")).toEqual(["0 items invalid: An item must be an object"]);
  });

  it("upc and quantity (an integer ≥ 1: 1 passes, 0 and 1.5 do not)", () => {
    expect(refusal({ quantity: 1 })).toEqual(["0 upc required: upc is required"]);
    expect(refusal({ upc: "U", quantity: 1 })).toEqual(["ok"]);
    expect(refusal({ upc: "U", quantity: 0 })).toEqual(["0 quantity out_of_range: quantity must be at least 1"]);
    expect(refusal({ upc: "U", quantity: 1.5 })).toEqual(["0 quantity not_integer: quantity must be an integer"]);
  });

  it("locationCode: a non-empty string or null", () => {
    expect(refusal({ upc: "U", quantity: 1, locationCode: null })).toEqual(["ok"]);
    expect(refusal({ upc: "U", quantity: 1, locationCode: "L1" })).toEqual(["ok"]);
    for (const locationCode of ["", 5])
      expect(refusal({ upc: "U", quantity: 1, locationCode })).toEqual(["0 locationCode invalid: locationCode must be a non-empty string or null"]);
  });

  it("fulfillmentMethod: Ship, Pickup or Digital; allowsBackOrder: a boolean", () => {
    for (const fulfillmentMethod of ["Ship", "Pickup", "Digital"]) expect(refusal({ upc: "U", quantity: 1, fulfillmentMethod })).toEqual(["ok"]);
    expect(refusal({ upc: "U", quantity: 1, fulfillmentMethod: "Drone" })).toEqual([
      "0 fulfillmentMethod invalid: fulfillmentMethod must be one of Ship, Pickup, Digital",
    ]);
    expect(refusal({ upc: "U", quantity: 1, allowsBackOrder: false })).toEqual(["ok"]);
    expect(refusal({ upc: "U", quantity: 1, allowsBackOrder: "yes" })).toEqual(["0 allowsBackOrder invalid: allowsBackOrder must be a boolean"]);
  });

  it("a serial number takes exactly one unit", () => {
    expect(refusal({ upc: "U", quantity: 1, serialNumber: "S" })).toEqual(["ok"]);
    expect(refusal({ upc: "U", quantity: 2, serialNumber: "S" })).toEqual(["0 quantity serial_quantity: A serial number allocates exactly 1 unit"]);
  });

  it("every problem of the item at once, named by the position it would take", () => {
    const c = cart();
    const one = must(addCartItem(c.state, c.id, { upc: "U", quantity: 1 }, NOW)).state;
    const r = addCartItem(one, c.id, { upc: "", quantity: 0, fulfillmentMethod: "Drone", inventoryTags: [{ name: "Channel", value: "Mail" }] } as unknown as CommerceItemInput, NOW);
    expect(r.ok ? [] : r.error.details.map((d) => `${d.index} ${d.field}`)).toEqual(["1 upc", "1 quantity", "1 fulfillmentMethod", "1 inventoryTags[0].value"]);
  });
});

describe("D19 item tags name a category with values", () => {
  it("a category without values (only a snapshot can hold one) is an unknown category, not a category with an unknown value", () => {
    const c = cart();
    const data = exportState(c.state);
    const imported = importState({ ...data, tagCategories: [{ tagCategoryId: 900, name: "Empty", values: [], created: "2024-01-01T00:00:00.000Z" }, ...data.tagCategories] });
    if (!imported.ok) throw new Error(JSON.stringify(imported.error));
    const r = addCartItem(imported.value, c.id, { upc: "U", quantity: 1, inventoryTags: [{ name: "Empty", value: "X" }] }, NOW);
    expect(r.ok ? [] : r.error.details.map((d) => `${d.index} ${d.field} ${d.code}`)).toEqual(["0 inventoryTags[0].name unknown_tag_category"]);
  });
});

describe("D19 stored items", () => {
  it("defaults: no location, Ship, no back orders, no tags; empty condition and serial number are left out", () => {
    const c = cart();
    const item = must(addCartItem(c.state, c.id, { upc: "U", quantity: 2 }, NOW)).value.item;
    expect(item).toEqual({ id: item.id, lineId: 1, upc: "U", quantity: 2, locationCode: null, fulfillmentMethod: "Ship", inventoryTags: [], allowsBackOrder: false, originalCartItemId: null });
    const given = must(
      addCartItem(c.state, c.id, { upc: "U", quantity: 1, locationCode: "L1", fulfillmentMethod: "Pickup", allowsBackOrder: true, condition: "new", serialNumber: "S", inventoryTags: [{ name: "Channel", value: "Store" }], extra: { note: "x" } }, NOW),
    ).value.item;
    expect(given).toMatchObject({ locationCode: "L1", fulfillmentMethod: "Pickup", allowsBackOrder: true, condition: "new", serialNumber: "S", inventoryTags: [{ name: "Channel", value: "Store" }], extra: { note: "x" } });
    const blank = must(addCartItem(c.state, c.id, { upc: "U", quantity: 1, condition: "" }, NOW)).value.item;
    expect(blank).not.toHaveProperty("condition");
    expect(blank).not.toHaveProperty("serialNumber");
    expect(blank).not.toHaveProperty("extra");
  });

  it("a new line takes the highest line number + 1, not the item count + 1", () => {
    const c = cart();
    let s = c.state;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const a = must(addCartItem(s, c.id, { upc: "U", quantity: 1 }, NOW));
      s = a.state;
      ids.push(a.value.item.id);
    }
    s = must(removeCartItem(s, c.id, ids[0] ?? "", NOW)).state;
    expect(must(addCartItem(s, c.id, { upc: "U", quantity: 1 }, NOW)).value.item.lineId).toBe(4);
    s = must(removeCartItem(s, c.id, ids[2] ?? "", NOW)).state;
    expect(must(addCartItem(s, c.id, { upc: "U", quantity: 1 }, NOW)).value.item.lineId).toBe(3);
  });

  it("a checkout copies each cart item under a new id and line, remembering the cart item", () => {
    const c = cart();
    let s = c.state;
    const ids: string[] = [];
    for (const value of ["Store", "Web"]) {
      const a = must(addCartItem(s, c.id, { upc: "U", quantity: 1, inventoryTags: [{ name: "Channel", value }] }, NOW));
      s = a.state;
      ids.push(a.value.item.id);
    }
    s = must(removeCartItem(s, c.id, ids[0] ?? "", NOW)).state;
    const checkout = must(createCheckoutFromCart(s, c.id, NOW)).value;
    expect(checkout.items.map((i) => [i.lineId, i.originalCartItemId, i.inventoryTags])).toEqual([[1, ids[1], [{ name: "Channel", value: "Web" }]]]);
    expect(checkout.items[0]?.id).not.toBe(ids[1]);
  });
});

describe("D19 item granular fields", () => {
  it("an empty serial number is left out, as an empty condition is", () => {
    const c = cart();
    const item = must(addCartItem(c.state, c.id, { upc: "U", quantity: 1, serialNumber: "" }, NOW)).value.item;
    expect(item).not.toHaveProperty("serialNumber");
  });
});
