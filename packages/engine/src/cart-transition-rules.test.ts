/**
 * transitionCart (Kibo's cart → order allocation move) pinned through the public surface: the
 * answer's code when items fail for different reasons — a missing cart allocation (404) wins
 * over an order key that already has one (409), whichever item comes first.
 */
import { describe, expect, it } from "vitest";
import { allocate, createState, refresh, saveLocation, transitionCart } from "./index.js";
import { must, refusal } from "./testing/results.js";

const NOW = Date.UTC(2024, 5, 1, 12);

describe("transitionCart refusals", () => {
  it("a missing cart allocation is a 404 even after an item that found the order key taken", () => {
    let s = must(saveLocation(createState(), { code: "L1" })).state;
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 5 }] }, NOW)).state;
    s = must(
      allocate(
        s,
        {
          items: [
            { cartId: "c", cartItemId: "a", upc: "U", locationCode: "L1", quantity: 1 },
            { orderId: 7, orderItemId: 1, shipmentId: 70, upc: "U", locationCode: "L1", quantity: 1 },
          ],
        },
        NOW,
      ),
    ).state;
    const taken = { cartItemId: "a", orderItemId: 1, shipmentId: 70 };
    const missing = { cartItemId: "nope", orderItemId: 2, shipmentId: 70 };
    const lines = [
      "0 cartItemId allocation_not_found: No allocation for cart:c:nope",
      "1 orderItemId allocation_conflict: order:7:1:70 already has an allocation",
    ];
    expect(refusal(transitionCart(s, { cartId: "c", orderId: 7, items: [missing, taken] }))).toEqual(["not_found: transitionCart has 2 problem(s)", ...lines]);
    expect(refusal(transitionCart(s, { cartId: "c", orderId: 7, items: [taken, missing] }))[0]).toBe("not_found: transitionCart has 2 problem(s)");
    expect(refusal(transitionCart(s, { cartId: "c", orderId: 7, items: [taken] }))[0]).toBe("conflict: transitionCart has 1 problem(s)");
  });
});
