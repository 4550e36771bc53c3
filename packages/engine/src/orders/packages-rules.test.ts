/**
 * Packages (D19) pinned through the public surface: which orders may have packages, one location
 * per package, no more units packed than allocated over every package not yet shipped, and
 * shipping all or nothing (unknown, repeated or already shipped packages; units released through
 * the Inventory API meanwhile). Each refusal by code, index, field and message.
 */
import { describe, expect, it } from "vitest";
import {
  createOrder,
  type CreatePackageInput,
  createPackage,
  createState,
  deallocate,
  type InventoryState,
  type Order,
  refresh,
  saveLocation,
  shipPackages,
  submitOrder,
} from "../index.js";
import { must, refusal } from "../testing/results.js";

const NOW = Date.UTC(2024, 5, 1, 12);

/** An order: line 1 = 3 × U from L1 (5 in stock), line 2 = 1 × V from L2; created, not submitted. */
function pending(): { state: InventoryState; order: Order } {
  let s = createState();
  for (const code of ["L1", "L2"]) s = must(saveLocation(s, { code })).state;
  s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 5 }] }, NOW)).state;
  s = must(refresh(s, { locationCode: "L2", items: [{ upc: "V", quantity: 2 }] }, NOW)).state;
  const o = must(createOrder(s, { locationCode: "L1", items: [{ upc: "U", quantity: 3 }, { upc: "V", quantity: 1, locationCode: "L2" }] }, NOW));
  return { state: o.state, order: o.value };
}

function submitted(): { state: InventoryState; order: Order } {
  const p = pending();
  const s = must(submitOrder(p.state, p.order.id, NOW));
  return { state: s.state, order: s.value };
}

describe("D19 creating a package", () => {
  it("only for a Submitted or Processing order; an unknown order is 404", () => {
    const p = pending();
    expect(refusal(createPackage(p.state, p.order.id, { items: [{ orderItemId: 1, quantity: 1 }] }, NOW))).toEqual([
      `conflict: Order ${p.order.id} is Pending; packages can be made only for a Submitted or Processing order`,
      `- status conflict: Order ${p.order.id} is Pending; packages can be made only for a Submitted or Processing order`,
    ]);
    expect(refusal(createPackage(p.state, "nope", { items: [{ orderItemId: 1, quantity: 1 }] }, NOW))[0]).toBe("not_found: Order nope not found");
  });

  it("needs an item; an unknown item is 404", () => {
    const { state, order } = submitted();
    expect(refusal(createPackage(state, order.id, { items: [] }, NOW))).toEqual([
      "validation_failed: package request has 1 problem(s)",
      "- items required: A package needs at least one item",
    ]);
    expect(refusal(createPackage(state, order.id, { items: [{ orderItemId: 7, quantity: 1 }] }, NOW))).toEqual([
      "not_found: package request has 1 problem(s)",
      "0 orderItemId not_found: Order item 7 not found",
    ]);
  });

  it("one location: the first item's, or the one given", () => {
    const { state, order } = submitted();
    expect(refusal(createPackage(state, order.id, { items: [{ orderItemId: 1, quantity: 1 }, { orderItemId: 2, quantity: 1 }] }, NOW))).toEqual([
      "validation_failed: package request has 1 problem(s)",
      "1 orderItemId other_location: Order item 2 ships from L2, not L1",
    ]);
    expect(refusal(createPackage(state, order.id, { locationCode: "L2", items: [{ orderItemId: 1, quantity: 1 }, { orderItemId: 2, quantity: 1 }] }, NOW))).toEqual([
      "validation_failed: package request has 1 problem(s)",
      "0 orderItemId other_location: Order item 1 ships from L1, not L2",
    ]);
    const at = must(createPackage(state, order.id, { items: [{ orderItemId: 2, quantity: 1 }] }, NOW)).value.package;
    expect(at).toMatchObject({ locationCode: "L2", status: "NotFulfilled", items: [{ lineId: 2, quantity: 1 }] });
  });

  it("units packed for one line do not count against another line", () => {
    const { state, order } = submitted();
    const first = must(createPackage(state, order.id, { items: [{ orderItemId: 1, quantity: 3 }] }, NOW)).state;
    const second = createPackage(first, order.id, { items: [{ orderItemId: 2, quantity: 1 }] }, NOW);
    expect(refusal(second)).toEqual(["ok"]);
  });

  it("no more units than allocated, over every package not yet shipped and every item of the request", () => {
    const { state, order } = submitted();
    expect(refusal(createPackage(state, order.id, { items: [{ orderItemId: 1, quantity: 3 }] }, NOW))).toEqual(["ok"]);
    expect(refusal(createPackage(state, order.id, { items: [{ orderItemId: 1, quantity: 2 }, { orderItemId: 1, quantity: 2 }] }, NOW))).toEqual([
      "validation_failed: package request has 1 problem(s)",
      "1 quantity exceeds_allocated: Only 3 allocated unit(s) of line 1 are not packed",
    ]);
    const first = must(createPackage(state, order.id, { items: [{ orderItemId: 1, quantity: 2 }] }, NOW));
    expect(refusal(createPackage(first.state, order.id, { items: [{ orderItemId: 1, quantity: 2 }] }, NOW))).toEqual([
      "validation_failed: package request has 1 problem(s)",
      "0 quantity exceeds_allocated: Only 1 allocated unit(s) of line 1 are not packed",
    ]);
    // Once shipped, a package no longer holds units: the one unit still allocated may be packed.
    const shipped = must(shipPackages(first.state, order.id, [first.value.package.id], NOW));
    expect(refusal(createPackage(shipped.state, order.id, { items: [{ orderItemId: 1, quantity: 1 }] }, NOW))).toEqual(["ok"]);
    expect(refusal(createPackage(shipped.state, order.id, { items: [{ orderItemId: 1, quantity: 2 }] }, NOW))[1]).toBe(
      "0 quantity exceeds_allocated: Only 1 allocated unit(s) of line 1 are not packed",
    );
  });

  it("an item whose shipment is fulfilled has nothing left to ship", () => {
    const { state, order } = submitted();
    const p = must(createPackage(state, order.id, { items: [{ orderItemId: 1, quantity: 3 }] }, NOW));
    const shipped = must(shipPackages(p.state, order.id, [p.value.package.id], NOW));
    expect(shipped.value.shipments.find((s) => s.locationCode === "L1")?.status).toBe("FULFILLED");
    expect(refusal(createPackage(shipped.state, order.id, { items: [{ orderItemId: 1, quantity: 1 }] }, NOW))).toEqual([
      "validation_failed: package request has 1 problem(s)",
      "0 orderItemId not_shippable: Order item 1 has no shipment left to ship",
    ]);
  });
});

describe("D19 shipping packages (Ship): all or nothing", () => {
  it("names at least one package of this order, each once, none shipped before", () => {
    const { state, order } = submitted();
    const p = must(createPackage(state, order.id, { items: [{ orderItemId: 1, quantity: 1 }] }, NOW));
    const id = p.value.package.id;
    expect(refusal(shipPackages(p.state, order.id, [], NOW))).toEqual(["validation_failed: Cannot ship: 1 problem(s)", "- packageIds required: Name at least one package"]);
    expect(refusal(shipPackages(p.state, order.id, [id, "nope", id], NOW))).toEqual([
      "validation_failed: Cannot ship: 2 problem(s)",
      `1 packageIds not_found: Package nope is not a package of order ${order.id}`,
      `2 packageIds already_shipped: Package ${id} is already shipped`,
    ]);
    expect(refusal(shipPackages(p.state, "nope", [id], NOW))[0]).toBe("not_found: Order nope not found");
  });

  it("two packages of one line ship together; the units come off onHand", () => {
    const { state, order } = submitted();
    const a = must(createPackage(state, order.id, { items: [{ orderItemId: 1, quantity: 1 }] }, NOW));
    const b = must(createPackage(a.state, order.id, { items: [{ orderItemId: 1, quantity: 2 }] }, NOW));
    const shipped = must(shipPackages(b.state, order.id, [a.value.package.id, b.value.package.id], NOW));
    expect(shipped.value.items[0]?.allocationResult).toMatchObject({ fulfilled: 3 });
    expect(shipped.value.packages.map((x) => x.status)).toEqual(["Fulfilled", "Fulfilled"]);
  });

  it("units released through the Inventory API meanwhile: 409, nothing shipped", () => {
    const { state, order } = submitted();
    const p = must(createPackage(state, order.id, { items: [{ orderItemId: 1, quantity: 3 }] }, NOW));
    const l1 = order.shipments.find((s) => s.locationCode === "L1");
    const released = must(deallocate(p.state, { items: [{ orderId: order.orderNumber, orderItemId: 1, shipmentId: l1?.number ?? 0, quantity: 1 }] }, NOW)).state;
    expect(refusal(shipPackages(released, order.id, [p.value.package.id], NOW))).toEqual([
      "conflict: Line 1 has 2 allocated unit(s), fewer than its packages hold",
      "- packageIds conflict: Line 1 has 2 allocated unit(s), fewer than its packages hold",
    ]);
  });
});

describe("D19 packages: what each refusal names, and packages of part of a shipment", () => {
  it("an unknown order is a 404 naming orderId, when packing and when shipping", () => {
    const { state } = submitted();
    const unknown = ["not_found: Order nope not found", "- orderId not_found: Order nope not found"];
    expect(refusal(createPackage(state, "nope", { items: [{ orderItemId: 1, quantity: 1 }] }, NOW))).toEqual(unknown);
    expect(refusal(shipPackages(state, "nope", ["x"], NOW))).toEqual(unknown);
  });

  it("items or packageIds left out altogether: that one problem", () => {
    const { state, order } = submitted();
    expect(refusal(createPackage(state, order.id, {} as CreatePackageInput, NOW))).toEqual([
      "validation_failed: package request has 1 problem(s)",
      "- items required: A package needs at least one item",
    ]);
    expect(refusal(shipPackages(state, order.id, undefined as unknown as string[], NOW))).toEqual([
      "validation_failed: Cannot ship: 1 problem(s)",
      "- packageIds required: Name at least one package",
    ]);
  });

  it("a bad quantity is the only problem named for its line", () => {
    const { state, order } = submitted();
    expect(refusal(createPackage(state, order.id, { items: [{ orderItemId: 1, quantity: 4.5 }] }, NOW))).toEqual([
      "validation_failed: package request has 1 problem(s)",
      "0 quantity not_integer: quantity must be an integer",
    ]);
  });

  it("extra data given is kept on the package", () => {
    const { state, order } = submitted();
    const p = must(createPackage(state, order.id, { items: [{ orderItemId: 1, quantity: 1 }], extra: { box: "S" } }, NOW));
    expect(p.value.package.extra).toEqual({ box: "S" });
  });

  it("a package may hold one line of a shipment of two; shipping it leaves the other line allocated", () => {
    let s = createState();
    s = must(saveLocation(s, { code: "L1" })).state;
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 5 }, { upc: "V", quantity: 5 }] }, NOW)).state;
    const o = must(createOrder(s, { locationCode: "L1", items: [{ upc: "U", quantity: 2 }, { upc: "V", quantity: 1 }] }, NOW));
    const sub = must(submitOrder(o.state, o.value.id, NOW));
    expect(sub.value.shipments.map((x) => x.items.length)).toEqual([2]);
    const p = must(createPackage(sub.state, o.value.id, { items: [{ orderItemId: 2, quantity: 1 }] }, NOW));
    const shipped = must(shipPackages(p.state, o.value.id, [p.value.package.id], NOW));
    expect(shipped.value.items.map((i) => [i.allocationResult?.allocated, i.allocationResult?.fulfilled])).toEqual([
      [2, 0],
      [0, 1],
    ]);
    expect(shipped.value.shipments[0]?.status).toBe("READY");
  });

  it("units all released through the Inventory API: none left to pack, and a package of them cannot ship", () => {
    const { state, order } = submitted();
    const l1 = order.shipments.find((x) => x.locationCode === "L1");
    const releaseAll = (s: InventoryState) =>
      must(deallocate(s, { items: [{ orderId: order.orderNumber, orderItemId: 1, shipmentId: l1?.number ?? 0, quantity: 3 }] }, NOW)).state;
    expect(refusal(createPackage(releaseAll(state), order.id, { items: [{ orderItemId: 1, quantity: 1 }] }, NOW))).toEqual([
      "validation_failed: package request has 1 problem(s)",
      "0 quantity exceeds_allocated: Only 0 allocated unit(s) of line 1 are not packed",
    ]);
    const p = must(createPackage(state, order.id, { items: [{ orderItemId: 1, quantity: 3 }] }, NOW));
    expect(refusal(shipPackages(releaseAll(p.state), order.id, [p.value.package.id], NOW))).toEqual([
      "conflict: Line 1 has 0 allocated unit(s), fewer than its packages hold",
      "- packageIds conflict: Line 1 has 0 allocated unit(s), fewer than its packages hold",
    ]);
  });
});
