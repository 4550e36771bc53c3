/**
 * Deleting items and transitioning a cart, pinned through the public surface: which records a
 * delete removes (granular filter, locations), its refusals and jobs; a cart transition's refusals
 * in their precedence (not found over conflict over validation).
 */
import { describe, expect, it } from "vitest";
import {
  allocate,
  createState,
  DELETE_ITEM_LIMIT,
  deleteItems,
  getAllocation,
  type InventoryState,
  listJobs,
  queryInventory,
  type RefreshItem,
  refresh,
  saveLocation,
  transitionCart,
  upsertTagCategory,
} from "./index.js";
import { must } from "./testing/results.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function site(): InventoryState {
  let s = createState();
  for (const code of ["L1", "L2", "L3"]) s = must(saveLocation(s, { code })).state;
  const put = (code: string, items: RefreshItem[]) => {
    s = must(refresh(s, { locationCode: code, items }, NOW)).state;
  };
  put("L1", [{ upc: "U", quantity: 1 }, { upc: "U", quantity: 1, lotCode: "A" }, { upc: "V", quantity: 1 }]);
  put("L2", [{ upc: "U", quantity: 1, lotCode: "A" }]);
  put("L3", [{ upc: "W", quantity: 1 }]);
  return s;
}

const rows = (s: InventoryState) => {
  const r = queryInventory(s, { items: [{ upc: "U" }, { upc: "V" }, { upc: "W" }], includeNegativeInventory: true });
  return r.ok ? r.value.map((x) => `${x.locationCode}:${x.upc}${x.lotCode ? `/${x.lotCode}` : ""}`) : [];
};

function refusal(r: { ok: boolean; error?: { code: string; message: string; details: readonly { index?: number; field: string; code: string; message: string }[] } }): string[] {
  if (r.ok || !r.error) return ["ok"];
  return [`${r.error.code}: ${r.error.message}`, ...r.error.details.map((d) => `${d.index ?? "-"} ${d.field} ${d.code}: ${d.message}`)];
}

describe("deleteItems", () => {
  it("every location by default; granular fields narrow; one DELETE job per location, by code", () => {
    const { state, value } = must(deleteItems(site(), { items: [{ upc: "U", lotCode: "A" }] }, NOW));
    expect(rows(state)).toEqual(["L1:U", "L1:V", "L3:W"]);
    expect(value.dryRun).toBe(false);
    expect(value.locationCodes).toEqual(["L1", "L2"]);
    expect(value.deletedInventoryIds).toHaveLength(2);
    expect(value.deletedInventoryIds[0]).toBeLessThan(value.deletedInventoryIds[1] as number);
    expect(listJobs(state).map((j) => `${j.type} ${j.locationCode} ${j.itemCount}`)).toEqual(["DELETE L2 1", "DELETE L1 1"]);
    expect(value.jobIds).toEqual(listJobs(state).map((j) => j.jobId).reverse());
  });

  it("locationCodes limits them unless allLocations; a dry run changes nothing", () => {
    const only = must(deleteItems(site(), { items: [{ upc: "U" }], locationCodes: ["L2"] }, NOW));
    expect(rows(only.state)).toEqual(["L1:U", "L1:U/A", "L1:V", "L3:W"]);
    const all = must(deleteItems(site(), { items: [{ upc: "U" }], locationCodes: ["L2"], allLocations: true }, NOW));
    expect(rows(all.state)).toEqual(["L1:V", "L3:W"]);
    const dry = must(deleteItems(site(), { items: [{ upc: "U" }, { upc: "W" }], dryRun: true }, NOW));
    expect(dry.value).toMatchObject({ dryRun: true, locationCodes: ["L1", "L2", "L3"], jobIds: [] });
    expect(dry.value.deletedInventoryIds).toHaveLength(4);
    expect(rows(dry.state)).toEqual(rows(site()));
    expect(listJobs(dry.state)).toEqual([]);
  });

  it("refusals: no items, a bad upc, units held (conflict), more than the limit", () => {
    expect(refusal(deleteItems(site(), { items: [] }, NOW))).toEqual(["validation_failed: Cannot delete items", "- items required: items are required"]);
    expect(refusal(deleteItems(site(), { items: [{ upc: "" }] }, NOW))[0]).toBe("validation_failed: Cannot delete items");
    const held = must(allocate(site(), { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L2", quantity: 1 }] }, NOW)).state;
    expect(refusal(deleteItems(held, { items: [{ upc: "" }, { upc: "U" }] }, NOW))).toEqual([
      "conflict: Cannot delete items",
      expect.stringMatching(/^0 upc /),
      "1 upc holds_units: U at L2 holds allocated or pending units",
    ]);
    expect(refusal(deleteItems(held, { items: [{ upc: "U" }], locationCodes: ["L1"] }, NOW))).toEqual(["ok"]);
    const many = Array.from({ length: DELETE_ITEM_LIMIT + 1 }, () => ({ upc: "Z" }));
    expect(refusal(deleteItems(site(), { items: many }, NOW))).toEqual(["limit_exceeded: deleteItems takes at most 1000 items", "- items too_many_items: 1001 items"]);
    expect(refusal(deleteItems(site(), { items: many.slice(1) }, NOW))).toEqual(["ok"]);
  });
});

describe("deleteItems: what it reports and what counts as held", () => {
  it("ids ascending over every item and location; locations by code; a job per location counting its items", () => {
    // Ids: L1 U 1, U/A 2, V 3; L2 U/A 4; L3 W 5. W is named first, locations in reverse.
    const { state, value } = must(deleteItems(site(), { items: [{ upc: "W" }, { upc: "V" }, { upc: "U" }], locationCodes: ["L3", "L2", "L1"] }, NOW));
    expect(value.deletedInventoryIds).toEqual([1, 2, 3, 4, 5]);
    expect(value.locationCodes).toEqual(["L1", "L2", "L3"]);
    expect(listJobs(state).map((j) => `${j.jobId} ${j.type} ${j.status} ${j.locationCode} ${j.itemCount} ${j.messages.length}`)).toEqual([
      "3 DELETE SUCCESS L3 1 0",
      "2 DELETE SUCCESS L2 1 0",
      "1 DELETE SUCCESS L1 2 0",
    ]);
    expect(value.jobIds).toEqual([1, 2, 3]);
  });

  it("a location where nothing matches is not reported and gets no job", () => {
    const some = must(deleteItems(site(), { items: [{ upc: "U" }], locationCodes: ["L2", "L3"] }, NOW));
    expect([some.value.locationCodes, some.value.jobIds]).toEqual([["L2"], [1]]);
    const none = must(deleteItems(site(), { items: [{ upc: "U", lotCode: "B" }] }, NOW));
    expect(none.value).toEqual({ dryRun: false, deletedInventoryIds: [], locationCodes: [], jobIds: [] });
    expect(listJobs(none.state)).toEqual([]);
  });

  it("held: units allocated in any one segment, or pending units alone (an implicit holder)", () => {
    let s = must(saveLocation(createState(), { code: "L1" })).state;
    s = must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }, NOW)).state;
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 2, tags: { Channel: "Web" } }, { upc: "U", quantity: 2, tags: { Channel: "Store" } }] }, NOW)).state;
    s = must(allocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 1, tags: { Channel: "Web" } }] }, NOW)).state;
    expect(refusal(deleteItems(s, { items: [{ upc: "U" }] }, NOW))).toEqual(["conflict: Cannot delete items", "0 upc holds_units: U at L1 holds allocated or pending units"]);
    const pending = must(allocate(site(), { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L3", quantity: 1 }] }, NOW)).state;
    expect(refusal(deleteItems(pending, { items: [{ upc: "U" }], locationCodes: ["L3"] }, NOW))).toEqual([
      "conflict: Cannot delete items",
      "0 upc holds_units: U at L3 holds allocated or pending units",
    ]);
  });

  it("an item refused for its own fields is not looked up: its records' held units do not turn the refusal into a conflict", () => {
    const held = must(allocate(site(), { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L2", quantity: 1 }] }, NOW)).state;
    const r = refusal(deleteItems(held, { items: [{ upc: "U", date: "2024-02-30" }] }, NOW));
    expect(r[0]).toBe("validation_failed: Cannot delete items");
    expect(r.slice(1)).toEqual([expect.stringMatching(/^0 date invalid_date: /)]);
  });

  it("items missing altogether: the one `items` detail", () => {
    expect(refusal(deleteItems(site(), { items: undefined as unknown as [] }, NOW))).toEqual(["validation_failed: Cannot delete items", "- items required: items are required"]);
  });
});

describe("transitionCart", () => {
  function carted(): InventoryState {
    let s = site();
    s = must(allocate(s, { items: [{ cartId: "c", cartItemId: "1", upc: "V", locationCode: "L1", quantity: 1 }, { cartId: "c", cartItemId: "2", upc: "W", locationCode: "L3", quantity: 1 }] }, NOW)).state;
    return must(allocate(s, { items: [{ orderId: 5, orderItemId: 9, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 1 }] }, NOW)).state;
  }

  it("moves each item's allocation, answering the new keys in item order", () => {
    const { state, value } = must(transitionCart(carted(), { cartId: "c", orderId: 5, items: [{ cartItemId: "2", orderItemId: 2, shipmentId: 1 }, { cartItemId: "1", orderItemId: 1, shipmentId: 0 }] }));
    expect(value.allocationKeys).toEqual(["order:5:2:1", "order:5:1:0"]);
    expect(getAllocation(state, { kind: "order", orderId: 5, orderItemId: 2, shipmentId: 1 })).toMatchObject({ upc: "W", locationCode: "L3", key: "order:5:2:1" });
    expect(getAllocation(state, { kind: "cart", cartId: "c", cartItemId: "1" })).toBeUndefined();
  });

  it("refusals: request fields, item fields, not found beats conflict", () => {
    expect(refusal(transitionCart(carted(), { cartId: "", orderId: -1, items: [] }))).toEqual([
      "validation_failed: Invalid transitionCart request",
      expect.stringMatching(/^- cartId /),
      expect.stringMatching(/^- orderId /),
      "- items required: items are required",
    ]);
    expect(refusal(transitionCart(carted(), { cartId: "c", orderId: 5, items: [{ cartItemId: "1", orderItemId: 9, shipmentId: 1 }] }))).toEqual([
      "conflict: transitionCart has 1 problem(s)",
      "0 orderItemId allocation_conflict: order:5:9:1 already has an allocation",
    ]);
    expect(
      refusal(
        transitionCart(carted(), {
          cartId: "c",
          orderId: 5,
          items: [
            { cartItemId: "1", orderItemId: 9, shipmentId: 1 },
            { cartItemId: "3", orderItemId: 3, shipmentId: 1 },
            { cartItemId: "", orderItemId: -1, shipmentId: 1.5 },
          ],
        }),
      ),
    ).toEqual([
      "not_found: transitionCart has 5 problem(s)",
      "0 orderItemId allocation_conflict: order:5:9:1 already has an allocation",
      "1 cartItemId allocation_not_found: No allocation for cart:c:3",
      expect.stringMatching(/^2 cartItemId /),
      expect.stringMatching(/^2 orderItemId /),
      expect.stringMatching(/^2 shipmentId /),
    ]);
    expect(refusal(transitionCart(carted(), { cartId: "c", orderId: 5, items: [{ cartItemId: "", orderItemId: 1, shipmentId: 1 }] }))[0]).toBe(
      "validation_failed: transitionCart has 1 problem(s)",
    );
  });
});
