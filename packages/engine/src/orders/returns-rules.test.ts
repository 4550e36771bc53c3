/**
 * Returns (D19) pinned through the public surface: how many units of an order line are left to
 * return (other open returns count, cancelled ones do not, items of one request add up), each
 * refusal by code, field, index and message, and the return's statuses and the actions each allows.
 */
import { describe, expect, it } from "vitest";
import {
  availableReturnActions,
  createOrder,
  createReturn,
  createState,
  type InventoryState,
  refresh,
  restockReturn,
  returnAction,
  saveLocation,
  submitOrder,
} from "../index.js";
import { must, refusal } from "../testing/results.js";

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
