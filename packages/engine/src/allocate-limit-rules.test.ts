/**
 * Allocate's item limit (issue 14) pinned through the public surface with the error the server
 * returns: its message and the `items` detail name the limit and the count.
 */
import { describe, expect, it } from "vitest";
import { ALLOCATE_ITEM_LIMIT, allocate, createState } from "./index.js";

const NOW = Date.UTC(2024, 5, 1, 12);

describe("allocate's item limit", () => {
  it("past it: limit_exceeded, naming the limit, with the count on `items`", () => {
    const items = Array.from({ length: ALLOCATE_ITEM_LIMIT + 1 }, (_, i) => ({ orderId: 1, orderItemId: i + 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 1 }));
    const r = allocate(createState(), { items }, NOW);
    expect(r.ok ? [] : [r.error.code, r.error.message, ...r.error.details.map((d) => `${d.field} ${d.code}: ${d.message}`)]).toEqual([
      "limit_exceeded",
      "An allocate takes at most 1000 items",
      "items too_many_items: 1001 items exceed the limit of 1000",
    ]);
  });
});
