/**
 * Returns (D19) pinned through the public surface: how many units of an order line are left to
 * return (other open returns count, cancelled ones do not, items of one request add up), each
 * refusal by code, field, index and message, and the return's statuses and the actions each allows.
 * Restock: units go back to the records they were fulfilled from (newest first, later restocks
 * continue where earlier ones stopped), units without an origin to the named location's plain
 * record, pending units there are released, and each refusal by code, index and field.
 */
import { describe, expect, it } from "vitest";
import {
  availableReturnActions,
  cancelOrder,
  createOrder,
  createReturn,
  createState,
  fulfillShipment,
  getReturn,
  type InventoryState,
  listReturns,
  type Order,
  recordsAt,
  refresh,
  restockReturn,
  type Return,
  returnAction,
  saveAdminLocation,
  saveLocation,
  submitOrder,
} from "../index.js";
import { found, must, refusal } from "../testing/results.js";

const NOW = Date.UTC(2024, 5, 1, 12);

/** A submitted order: line 1 = 3 × U, line 2 = 1 × V, from L1. */
function submitted(): { state: InventoryState; orderId: string } {
  let s = must(saveLocation(createState(), { code: "L1" })).state;
  s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 10 }, { upc: "V", quantity: 10 }] }, NOW)).state;
  const o = must(createOrder(s, { locationCode: "L1", items: [{ upc: "U", quantity: 3 }, { upc: "V", quantity: 1 }] }, NOW));
  return { state: must(submitOrder(o.state, o.value.id, NOW)).state, orderId: o.value.id };
}

describe("D19 units left to return", () => {
  it("a line's whole quantity may be returned, not one more", () => {
    const { state, orderId } = submitted();
    expect(refusal(createReturn(state, { orderId, items: [{ orderItemId: 1, quantity: 3 }] }, NOW))).toEqual(["ok"]);
    expect(refusal(createReturn(state, { orderId, items: [{ orderItemId: 1, quantity: 4 }] }, NOW))).toEqual([
      "validation_failed: return request has 1 problem(s)",
      "0 quantity exceeds_returnable: Only 3 unit(s) of line 1 can be returned",
    ]);
  });

  it("units on another open return are not left; a cancelled return gives them back", () => {
    const { state, orderId } = submitted();
    const first = must(createReturn(state, { orderId, items: [{ orderItemId: 1, quantity: 2 }] }, NOW));
    expect(refusal(createReturn(first.state, { orderId, items: [{ orderItemId: 1, quantity: 2 }] }, NOW))).toEqual([
      "validation_failed: return request has 1 problem(s)",
      "0 quantity exceeds_returnable: Only 1 unit(s) of line 1 can be returned",
    ]);
    expect(refusal(createReturn(first.state, { orderId, items: [{ orderItemId: 1, quantity: 1 }] }, NOW))).toEqual(["ok"]);
    // Another line is not affected.
    expect(refusal(createReturn(first.state, { orderId, items: [{ orderItemId: 2, quantity: 1 }] }, NOW))).toEqual(["ok"]);
    const cancelled = must(returnAction(first.state, first.value.id, "Cancel", NOW)).state;
    expect(refusal(createReturn(cancelled, { orderId, items: [{ orderItemId: 1, quantity: 3 }] }, NOW))).toEqual(["ok"]);
  });

  it("items of one request naming the same line add up; the one past the limit is named", () => {
    const { state, orderId } = submitted();
    expect(refusal(createReturn(state, { orderId, items: [{ orderItemId: 1, quantity: 2 }, { orderItemId: 2, quantity: 1 }, { orderItemId: 1, quantity: 2 }] }, NOW))).toEqual([
      "validation_failed: return request has 1 problem(s)",
      "2 quantity exceeds_returnable: Only 3 unit(s) of line 1 can be returned",
    ]);
    const both = must(createReturn(state, { orderId, items: [{ orderItemId: 1, quantity: 2 }, { orderItemId: 1, quantity: 1 }] }, NOW));
    expect(both.value.items.map((i) => [i.lineId, i.quantity, i.quantityReceived])).toEqual([[1, 2, 0], [1, 1, 0]]);
    expect(both.value).toMatchObject({ status: "Created", returnNumber: 1, orderId });
  });
});

describe("D19 return refusals", () => {
  it("an unknown order or item is 404; no items, or a bad quantity, is 400", () => {
    const { state, orderId } = submitted();
    expect(refusal(createReturn(state, { orderId: "nope", items: [{ orderItemId: 1, quantity: 1 }] }, NOW))).toEqual([
      "not_found: Order nope not found",
      "- orderId not_found: Order nope not found",
    ]);
    expect(refusal(createReturn(state, { orderId, items: [{ orderItemId: 1, quantity: 1 }, { orderItemId: 9, quantity: 1 }] }, NOW))).toEqual([
      "not_found: return request has 1 problem(s)",
      "1 orderItemId not_found: Order item 9 not found",
    ]);
    expect(refusal(createReturn(state, { orderId, items: [] }, NOW))).toEqual(["validation_failed: return request has 1 problem(s)", "- items required: items are required"]);
    const zero = refusal(createReturn(state, { orderId, items: [{ orderItemId: 1, quantity: 0 }] }, NOW));
    expect(zero[0]).toBe("validation_failed: return request has 1 problem(s)");
    expect(zero[1]).toMatch(/^0 quantity /);
  });

  it("an unknown item makes the request a 404, with the other problems listed too", () => {
    const { state, orderId } = submitted();
    const r = refusal(createReturn(state, { orderId, items: [{ orderItemId: 1, quantity: 0 }, { orderItemId: 9, quantity: 1 }] }, NOW));
    expect(r[0]).toBe("not_found: return request has 2 problem(s)");
    expect(r.slice(1).map((x) => x.split(":")[0])).toEqual(["0 quantity out_of_range", "1 orderItemId not_found"]);
  });
});

describe("D19 return statuses", () => {
  it("Created → Authorize → Receive → Close; each status allows only its actions", () => {
    const { state, orderId } = submitted();
    const r = must(createReturn(state, { orderId, items: [{ orderItemId: 1, quantity: 2 }] }, NOW));
    expect(availableReturnActions(r.value)).toEqual(["Authorize", "Receive", "Cancel", "Close"]);
    const a = must(returnAction(r.state, r.value.id, "Authorize", NOW));
    expect(a.value.status).toBe("ReturnAuthorized");
    expect(availableReturnActions(a.value)).toEqual(["Receive", "Cancel", "Close"]);
    expect(refusal(returnAction(a.state, r.value.id, "Authorize", NOW))).toEqual([
      `conflict: Return ${r.value.id} is ReturnAuthorized; Authorize is not available`,
      `- actionName conflict: Return ${r.value.id} is ReturnAuthorized; Authorize is not available`,
    ]);
    const received = must(returnAction(a.state, r.value.id, "Receive", NOW));
    expect(received.value.status).toBe("ReturnReceived");
    expect(received.value.items.map((i) => i.quantityReceived)).toEqual([2]);
    expect(availableReturnActions(received.value)).toEqual(["Cancel", "Close"]);
    const closed = must(returnAction(received.state, r.value.id, "Close", NOW));
    expect(availableReturnActions(closed.value)).toEqual([]);
    expect(refusal(restockReturn(closed.state, r.value.id, [{ returnItemId: r.value.items[0]?.id ?? "", quantity: 1 }], NOW))).toEqual([
      `conflict: Return ${r.value.id} is Closed; it cannot be restocked`,
      `- status conflict: Return ${r.value.id} is Closed; it cannot be restocked`,
    ]);
  });

  it("a return with restocked units can no longer be cancelled; an unknown action is 400", () => {
    const { state, orderId } = submitted();
    const r = must(createReturn(state, { orderId, items: [{ orderItemId: 1, quantity: 2 }] }, NOW));
    const restocked = must(restockReturn(r.state, r.value.id, [{ returnItemId: r.value.items[0]?.id ?? "", quantity: 1, locationCode: "L1" }], NOW));
    expect(availableReturnActions(restocked.value)).toEqual(["Authorize", "Receive", "Close"]);
    expect(refusal(returnAction(restocked.state, r.value.id, "Cancel", NOW))[0]).toBe(`conflict: Return ${r.value.id} is Created; Cancel is not available`);
    expect(refusal(returnAction(r.state, r.value.id, "Explode" as "Close", NOW))).toEqual(["validation_failed: Unknown return action Explode", "- actionName invalid: Unknown action"]);
    expect(refusal(returnAction(r.state, "nope", "Close", NOW))).toEqual(["not_found: Return nope not found", "- returnId not_found: Return nope not found"]);
  });
});

/**
 * Line 1 = 3 × U from L1 (lot A dated earlier: 2 units, lot B: 5), line 2 = 1 × V from L2 (one
 * plain record); submitted, not fulfilled. L3 exists but does not support inventory.
 */
function lots(): { state: InventoryState; order: Order } {
  let s = createState();
  for (const code of ["L1", "L2"]) s = must(saveLocation(s, { code })).state;
  s = must(saveAdminLocation(s, { code: "L3" })).state;
  s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 5, lotCode: "B", date: "2025-03-01" }, { upc: "U", quantity: 2, lotCode: "A", date: "2025-01-01" }] }, NOW)).state;
  s = must(refresh(s, { locationCode: "L2", items: [{ upc: "V", quantity: 2 }] }, NOW)).state;
  const o = must(createOrder(s, { locationCode: "L1", items: [{ upc: "U", quantity: 3 }, { upc: "V", quantity: 1, locationCode: "L2" }] }, NOW));
  const sub = must(submitOrder(o.state, o.value.id, NOW));
  return { state: sub.state, order: sub.value };
}

/** Every shipment of the order fulfilled. */
function fulfilledAll(state: InventoryState, order: Order): InventoryState {
  let s = state;
  for (const sh of order.shipments) s = must(fulfillShipment(s, sh.number, NOW)).state;
  return s;
}

/** U's records at a location as `[lot or "plain", onHand]`, by inventory id. */
function uOnHand(s: InventoryState, loc: string, upc = "U"): [string, number][] {
  return [...recordsAt(s, upc, loc)]
    .sort((a, b) => a.inventoryId - b.inventoryId)
    .map((r) => [r.granular?.lotCode ?? "plain", r.segments.reduce((n, x) => n + x.onHand, 0)]);
}

/** A restocked line as `lot@location × quantity` (`plain` or `request` for a record not from a lot). */
function lineOf(s: InventoryState, upc: string, l: { locationCode: string; inventoryId: number; quantity: number; byRequest: boolean }): string {
  const rec = recordsAt(s, upc, l.locationCode).find((r) => r.inventoryId === l.inventoryId);
  return `${rec?.granular?.lotCode ?? "plain"}@${l.locationCode} × ${l.quantity}${l.byRequest ? " by request" : ""}`;
}

function returnOf(state: InventoryState, order: Order, items: { orderItemId: number; quantity: number }[]): { state: InventoryState; value: Return; item: (line: number) => string } {
  const r = must(createReturn(state, { orderId: order.id, items }, NOW));
  return { ...r, item: (line) => r.value.items.find((i) => i.lineId === line)?.id ?? "" };
}

describe("D19 restock puts units back where they were fulfilled from", () => {
  it("most recently fulfilled record first; a later restock continues with the next origin", () => {
    const { state, order } = lots();
    const s = fulfilledAll(state, order);
    expect(uOnHand(s, "L1")).toEqual([["B", 4], ["A", 0]]);
    const r = returnOf(s, order, [{ orderItemId: 1, quantity: 3 }]);
    const one = must(restockReturn(r.state, r.value.id, [{ returnItemId: r.item(1), quantity: 1 }], NOW));
    expect(one.value.items[0]?.restocked.map((l) => lineOf(one.state, "U", l))).toEqual(["B@L1 × 1"]);
    expect(uOnHand(one.state, "L1")).toEqual([["B", 5], ["A", 0]]);
    const two = must(restockReturn(one.state, r.value.id, [{ returnItemId: r.item(1), quantity: 2 }], NOW));
    expect(two.value.items[0]?.restocked.map((l) => lineOf(two.state, "U", l))).toEqual(["B@L1 × 1", "A@L1 × 2"]);
    expect(uOnHand(two.state, "L1")).toEqual([["B", 5], ["A", 2]]);
  });

  it("entries of one request for the same item take successive origins", () => {
    const { state, order } = lots();
    const r = returnOf(fulfilledAll(state, order), order, [{ orderItemId: 1, quantity: 3 }]);
    const both = must(restockReturn(r.state, r.value.id, [{ returnItemId: r.item(1), quantity: 1 }, { returnItemId: r.item(1), quantity: 1 }], NOW));
    expect(both.value.items[0]?.restocked.map((l) => lineOf(both.state, "U", l))).toEqual(["B@L1 × 1", "A@L1 × 1"]);
    expect(uOnHand(both.state, "L1")).toEqual([["B", 5], ["A", 1]]);
  });

  it("restocks of another line, or of another order, do not use up this line's origins", () => {
    const { state, order } = lots();
    // A second order of U from L1, fulfilled from lot B, returned and restocked first.
    const o2 = must(createOrder(fulfilledAll(state, order), { locationCode: "L1", items: [{ upc: "U", quantity: 1 }] }, NOW));
    const sub2 = must(submitOrder(o2.state, o2.value.id, NOW));
    const r2 = returnOf(fulfilledAll(sub2.state, sub2.value), sub2.value, [{ orderItemId: 1, quantity: 1 }]);
    const other = must(restockReturn(r2.state, r2.value.id, [{ returnItemId: r2.item(1), quantity: 1 }], NOW));
    const r = returnOf(other.state, order, [{ orderItemId: 1, quantity: 3 }, { orderItemId: 2, quantity: 1 }]);
    const v = must(restockReturn(r.state, r.value.id, [{ returnItemId: r.item(2), quantity: 1 }], NOW));
    expect(v.value.items[1]?.restocked.map((l) => lineOf(v.state, "V", l))).toEqual(["plain@L2 × 1"]);
    const u = must(restockReturn(v.state, r.value.id, [{ returnItemId: r.item(1), quantity: 1 }], NOW));
    expect(u.value.items[0]?.restocked.map((l) => lineOf(u.state, "U", l))).toEqual(["B@L1 × 1"]);
  });

  it("units restocked by request before fulfillment do not use up origins recorded later", () => {
    const { state, order } = lots();
    const r = returnOf(state, order, [{ orderItemId: 1, quantity: 3 }]);
    const early = must(restockReturn(r.state, r.value.id, [{ returnItemId: r.item(1), quantity: 1, locationCode: "L2" }], NOW));
    expect(early.value.items[0]?.restocked.map((l) => lineOf(early.state, "U", l))).toEqual(["plain@L2 × 1 by request"]);
    const late = must(restockReturn(fulfilledAll(early.state, order), r.value.id, [{ returnItemId: r.item(1), quantity: 1 }], NOW));
    expect(late.value.items[0]?.restocked.map((l) => lineOf(late.state, "U", l))).toEqual(["plain@L2 × 1 by request", "B@L1 × 1"]);
  });
});

describe("D19 restock by request goes to the location's plain record", () => {
  it("an existing plain record takes the units; no record is added", () => {
    const { state, order } = lots();
    const r = returnOf(state, order, [{ orderItemId: 2, quantity: 1 }]);
    const done = must(restockReturn(r.state, r.value.id, [{ returnItemId: r.item(2), quantity: 1, locationCode: "L2" }], NOW));
    expect(uOnHand(done.state, "L2", "V")).toEqual([["plain", 3]]);
  });

  it("a location with lot records only gets a new plain record with a fresh inventory id; the lots are untouched", () => {
    const { state, order } = lots();
    const r = returnOf(state, order, [{ orderItemId: 1, quantity: 2 }]);
    const done = must(restockReturn(r.state, r.value.id, [{ returnItemId: r.item(1), quantity: 2, locationCode: "L1" }], NOW));
    expect(uOnHand(done.state, "L1")).toEqual([["B", 5], ["A", 2], ["plain", 2]]);
    const later = must(refresh(done.state, { locationCode: "L2", items: [{ upc: "W", quantity: 1 }] }, NOW)).state;
    const ids = ["U", "V", "W"].flatMap((upc) => ["L1", "L2"].flatMap((loc) => recordsAt(later, upc, loc).map((x) => x.inventoryId)));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("D19 restock refusals", () => {
  it("an unknown return is 404; a cancelled one is 409; no entries is 400; the state is unchanged", () => {
    const { state, order } = lots();
    const r = returnOf(state, order, [{ orderItemId: 1, quantity: 1 }]);
    expect(refusal(restockReturn(r.state, "nope", [{ returnItemId: r.item(1), quantity: 1, locationCode: "L1" }], NOW))).toEqual([
      "not_found: Return nope not found",
      "- returnId not_found: Return nope not found",
    ]);
    expect(refusal(restockReturn(r.state, r.value.id, [], NOW))).toEqual(["validation_failed: Nothing to restock", "- items required: At least one entry is required"]);
    const cancelled = must(returnAction(r.state, r.value.id, "Cancel", NOW)).state;
    expect(refusal(restockReturn(cancelled, r.value.id, [{ returnItemId: r.item(1), quantity: 1, locationCode: "L1" }], NOW))).toEqual([
      `conflict: Return ${r.value.id} is Cancelled; it cannot be restocked`,
      `- status conflict: Return ${r.value.id} is Cancelled; it cannot be restocked`,
    ]);
  });

  it("each bad entry is named by index and field; an unknown item makes it a 404", () => {
    const { state, order } = lots();
    const r = returnOf(state, order, [{ orderItemId: 1, quantity: 2 }]);
    const bad = restockReturn(
      r.state,
      r.value.id,
      [
        { returnItemId: r.item(1), quantity: 1.5 },
        { returnItemId: "nope", quantity: 1, locationCode: "L1" },
        { returnItemId: r.item(1), quantity: 1 },
        { returnItemId: r.item(1), quantity: 1, locationCode: "" },
        { returnItemId: r.item(1), quantity: 3, locationCode: "L1" },
      ],
      NOW,
    );
    expect(refusal(bad)).toEqual([
      "not_found: restock request has 5 problem(s)",
      "0 quantity not_integer: quantity must be an integer",
      "1 returnItemId not_found: Return item nope not found",
      "2 locationCode required: No origin is recorded for 1 unit(s); name the locationCode to restock them into",
      "3 locationCode required: No origin is recorded for 1 unit(s); name the locationCode to restock them into",
      `4 quantity exceeds_restockable: Only 2 unit(s) of return item ${r.item(1)} can be restocked`,
    ]);
    expect(refusal(restockReturn(r.state, r.value.id, [{ returnItemId: r.item(1), quantity: 1, locationCode: null }], NOW))[1]).toBe(
      "0 locationCode required: No origin is recorded for 1 unit(s); name the locationCode to restock them into",
    );
  });

  it("the location is checked: unknown is location_not_found and wins over other location codes and over an unknown item", () => {
    const { state, order } = lots();
    const r = returnOf(state, order, [{ orderItemId: 1, quantity: 2 }]);
    const at = (...locs: string[]) => locs.map((locationCode) => ({ returnItemId: r.item(1), quantity: 1, locationCode }));
    expect(refusal(restockReturn(r.state, r.value.id, at("L3"), NOW))).toEqual([
      "location_not_inventory_enabled: restock request has 1 problem(s)",
      "0 locationCode location_not_inventory_enabled: Location L3 does not support inventory",
    ]);
    expect(refusal(restockReturn(r.state, r.value.id, at("L3", "L9"), NOW))[0]).toBe("location_not_found: restock request has 2 problem(s)");
    expect(refusal(restockReturn(r.state, r.value.id, at("L9", "L3"), NOW))).toEqual([
      "location_not_found: restock request has 2 problem(s)",
      "0 locationCode location_not_found: Location L9 not found",
      "1 locationCode location_not_inventory_enabled: Location L3 does not support inventory",
    ]);
    const unknownFirst = [{ returnItemId: "nope", quantity: 1 }, ...at("L3")];
    expect(refusal(restockReturn(r.state, r.value.id, unknownFirst, NOW))[0]).toBe("not_found: restock request has 2 problem(s)");
    const unknownLast = [...at("L9"), { returnItemId: "nope", quantity: 1 }];
    expect(refusal(restockReturn(r.state, r.value.id, unknownLast, NOW))[0]).toBe("location_not_found: restock request has 2 problem(s)");
  });
});

describe("D19 restock releases pending units into the new stock (D12)", () => {
  it("pending units at each restocked product and location become allocated", () => {
    const { state, order } = lots();
    const s = fulfilledAll(state, order);
    // Another order takes what is left of U at L1 (4) and V at L2 (1); the rest is pending.
    const o2 = must(createOrder(s, { locationCode: "L1", items: [{ upc: "U", quantity: 6 }, { upc: "V", quantity: 2, locationCode: "L2" }] }, NOW));
    const sub2 = must(submitOrder(o2.state, o2.value.id, NOW));
    const held = (x: InventoryState, upc: string, loc: string) =>
      recordsAt(x, upc, loc).reduce<[number, number]>((n, r) => [n[0] + r.segments.reduce((m, g) => m + g.allocated, 0), n[1] + r.segments.reduce((m, g) => m + g.pending, 0)], [0, 0]);
    expect([held(sub2.state, "U", "L1"), held(sub2.state, "V", "L2")]).toEqual([[4, 2], [1, 1]]);
    const r = returnOf(sub2.state, order, [{ orderItemId: 1, quantity: 2 }, { orderItemId: 2, quantity: 1 }]);
    const done = must(restockReturn(r.state, r.value.id, [{ returnItemId: r.item(1), quantity: 2 }, { returnItemId: r.item(2), quantity: 1 }], NOW));
    expect([held(done.state, "U", "L1"), held(done.state, "V", "L2")]).toEqual([[6, 0], [2, 0]]);
  });
});

describe("D19 return reads and fields", () => {
  it("getReturn answers a return by id, 404 otherwise; listReturns lists them by number", () => {
    const { state, order } = lots();
    expect(listReturns(state)).toEqual([]);
    const a = must(createReturn(state, { orderId: order.id, items: [{ orderItemId: 1, quantity: 1 }] }, NOW));
    const b = must(createReturn(a.state, { orderId: order.id, items: [{ orderItemId: 2, quantity: 1 }] }, NOW));
    expect(found(getReturn(b.state, a.value.id))).toEqual(a.value);
    expect(refusal(getReturn(b.state, "nope"))).toEqual(["not_found: Return nope not found", "- returnId not_found: Return nope not found"]);
    expect(listReturns(b.state).map((r) => [r.returnNumber, r.id])).toEqual([
      [1, a.value.id],
      [2, b.value.id],
    ]);
    expect(a.value.id).toMatch(/^[0-9a-f]{32}$/);
    expect(a.value.id).not.toBe(order.id);
  });

  it("the extra fields of the request and of each item are kept", () => {
    const { state, order } = lots();
    const r = must(createReturn(state, { orderId: order.id, items: [{ orderItemId: 1, quantity: 1, extra: { reason: "Damaged" } }], extra: { rma: "R-7" } }, NOW));
    expect([r.value.extra, r.value.items[0]?.extra]).toEqual([{ rma: "R-7" }, { reason: "Damaged" }]);
  });

  it("a Pending or Cancelled order cannot be returned (409); missing items are 400", () => {
    let s = must(saveLocation(createState(), { code: "L1" })).state;
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 5 }] }, NOW)).state;
    const o = must(createOrder(s, { locationCode: "L1", items: [{ upc: "U", quantity: 1 }] }, NOW));
    expect(refusal(createReturn(o.state, { orderId: o.value.id, items: [{ orderItemId: 1, quantity: 1 }] }, NOW))).toEqual([
      `conflict: Order ${o.value.id} is Pending; only a submitted order can be returned`,
      `- status conflict: Order ${o.value.id} is Pending; only a submitted order can be returned`,
    ]);
    const sub = must(submitOrder(o.state, o.value.id, NOW));
    expect(refusal(createReturn(sub.state, { orderId: o.value.id, items: undefined as unknown as [] }, NOW))).toEqual([
      "validation_failed: return request has 1 problem(s)",
      "- items required: items are required",
    ]);
    const cancelled = must(cancelOrder(sub.state, o.value.id, NOW)).state;
    expect(refusal(createReturn(cancelled, { orderId: o.value.id, items: [{ orderItemId: 1, quantity: 1 }] }, NOW))[0]).toBe(
      `conflict: Order ${o.value.id} is Cancelled; only a submitted order can be returned`,
    );
  });

  it("only Receive sets quantityReceived; restocking any one item rules out Cancel", () => {
    const { state, order } = lots();
    const r = returnOf(state, order, [{ orderItemId: 1, quantity: 2 }, { orderItemId: 2, quantity: 1 }]);
    const authorized = must(returnAction(r.state, r.value.id, "Authorize", NOW));
    expect(authorized.value.items.map((i) => i.quantityReceived)).toEqual([0, 0]);
    expect(must(returnAction(r.state, r.value.id, "Close", NOW)).value.items.map((i) => i.quantityReceived)).toEqual([0, 0]);
    const one = must(restockReturn(r.state, r.value.id, [{ returnItemId: r.item(2), quantity: 1, locationCode: "L2" }], NOW));
    expect(availableReturnActions(one.value)).toEqual(["Authorize", "Receive", "Close"]);
  });
});
