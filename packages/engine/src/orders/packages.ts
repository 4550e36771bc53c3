/**
 * Packages (D19): units of a submitted order's allocated items at one location, shipped together.
 * `createPackage` checks that the items belong to live shipments at one location and that, over
 * all packages not yet shipped, no item packs more units than it has allocated (400); only on
 * Submitted or Processing orders (409). `shipPackages` (Kibo's fulfillment action `Ship`) fulfills
 * every named package, all or nothing, through the same path as `fulfillShipment`.
 */
import { detail, domainError, type ErrorDetail, type InventoryErrorCode } from "../errors.js";
import { fail, ok, type Result } from "../result.js";
import type { InventoryState } from "../state.js";
import { CommerceDraft } from "./commerce-state.js";
import { withCommerce } from "./with-commerce.js";
import { conflict, invalid, notFound } from "./errors.js";
import { fulfillPlanned } from "./fulfill-shipment.js";
import { isoOf } from "./items.js";
import { readOrderLine } from "./orders.js";
import type { Extra, Order, Package, PackageItem } from "./types.js";
import { liveOrder, shipmentItemAllocation } from "./views.js";

export interface PackageItemInput {
  /** The order item, by id (string) or line number. */
  readonly orderItemId: string | number;
  /** Integer ≥ 1. */
  readonly quantity: number;
}

export interface CreatePackageInput {
  readonly items: readonly PackageItemInput[];
  /** Must be the items' location when given. */
  readonly locationCode?: string | null;
  readonly extra?: Extra;
}

function packedUnits(order: Order, lineId: number): number {
  let n = 0;
  for (const p of order.packages) if (p.status === "NotFulfilled") for (const i of p.items) if (i.lineId === lineId) n += i.quantity;
  return n;
}

/** Creates a NotFulfilled package. Answers it and the order (live). */
export function createPackage(
  state: InventoryState,
  orderId: string,
  input: CreatePackageInput,
  now: number,
): Result<InventoryState, { readonly package: Package; readonly order: Order }> {
  const order = state.commerce.orders.get(orderId);
  if (order === undefined) return notFound("Order", orderId, "orderId");
  if (order.status !== "Submitted" && order.status !== "Processing")
    return conflict(`Order ${orderId} is ${order.status}; packages can be made only for a Submitted or Processing order`);
  const details: ErrorDetail[] = [];
  let code: InventoryErrorCode = "validation_failed";
  if (!Array.isArray(input.items) || input.items.length === 0) details.push(detail("items", "required", "A package needs at least one item"));
  let locationCode = input.locationCode ?? undefined;
  const items: PackageItem[] = [];
  const asked = new Map<number, number>();
  (input.items ?? []).forEach((it, index) => {
    const { item, missing } = readOrderLine(order, it, index, details);
    if (missing && code === "validation_failed") code = "not_found";
    if (item === undefined) return;
    const shipment = order.shipments.find((s) => s.status !== "CANCELED" && s.status !== "FULFILLED" && s.items.some((i) => i.lineId === item.lineId));
    if (shipment === undefined) {
      details.push(detail("orderItemId", "not_shippable", `Order item ${item.lineId} has no shipment left to ship`, index));
      return;
    }
    if (locationCode === undefined) locationCode = shipment.locationCode;
    if (shipment.locationCode !== locationCode) {
      details.push(detail("orderItemId", "other_location", `Order item ${item.lineId} ships from ${shipment.locationCode}, not ${locationCode}`, index));
      return;
    }
    const total = (asked.get(item.lineId) ?? 0) + it.quantity;
    asked.set(item.lineId, total);
    const allocated = (shipmentItemAllocation(state, shipment, item.lineId)?.lines ?? []).reduce((n, l) => n + l.allocated, 0);
    const free = allocated - packedUnits(order, item.lineId);
    if (total > free) {
      details.push(detail("quantity", "exceeds_allocated", `Only ${free} allocated unit(s) of line ${item.lineId} are not packed`, index));
      return;
    }
    items.push({ lineId: item.lineId, orderItemId: item.id, shipmentNumber: shipment.number, quantity: it.quantity });
  });
  if (details.length > 0) return fail(domainError(code, `package request has ${details.length} problem(s)`, details));
  const draft = new CommerceDraft(state.commerce);
  const pkg: Package = {
    id: draft.nextId("package"),
    locationCode: locationCode as string,
    status: "NotFulfilled",
    items,
    ...(input.extra === undefined ? {} : { extra: input.extra }),
  };
  const updated: Order = { ...order, packages: [...order.packages, pkg], updated: isoOf(now) };
  draft.putOrder(updated);
  const next = withCommerce(state, draft.finish());
  return ok(next, { package: pkg, order: liveOrder(next, updated) });
}

/** Ships packages (Kibo's `Ship`): all or nothing; a package already shipped or not of this order is 400. Answers the order (live). */
export function shipPackages(state: InventoryState, orderId: string, packageIds: readonly string[], now: number): Result<InventoryState, Order> {
  const order = state.commerce.orders.get(orderId);
  if (order === undefined) return notFound("Order", orderId, "orderId");
  const details: ErrorDetail[] = [];
  if (!Array.isArray(packageIds) || packageIds.length === 0) details.push(detail("packageIds", "required", "Name at least one package"));
  const plan = new Map<number, Map<number, number>>();
  const shipping = new Set<string>();
  (packageIds ?? []).forEach((id, index) => {
    const pkg = order.packages.find((p) => p.id === id);
    if (pkg === undefined) details.push(detail("packageIds", "not_found", `Package ${id} is not a package of order ${orderId}`, index));
    else if (pkg.status !== "NotFulfilled" || shipping.has(id)) details.push(detail("packageIds", "already_shipped", `Package ${id} is already shipped`, index));
    else {
      shipping.add(id);
      for (const i of pkg.items) {
        const wants = plan.get(i.shipmentNumber) ?? new Map<number, number>();
        wants.set(i.lineId, (wants.get(i.lineId) ?? 0) + i.quantity);
        plan.set(i.shipmentNumber, wants);
      }
    }
  });
  if (details.length > 0) return invalid(`Cannot ship: ${details.length} problem(s)`, details);
  // Units still allocated may have been released through the Inventory API meanwhile.
  for (const s of order.shipments)
    for (const [lineId, quantity] of plan.get(s.number) ?? []) {
      const allocated = (shipmentItemAllocation(state, s, lineId)?.lines ?? []).reduce((n, l) => n + l.allocated, 0);
      if (quantity > allocated) return conflict(`Line ${lineId} has ${allocated} allocated unit(s), fewer than its packages hold`, "packageIds");
    }
  const r = fulfillPlanned(state, { ...order, packages: order.packages.map((p) => (shipping.has(p.id) ? { ...p, status: "Fulfilled" } : p)) }, plan, now);
  if (!r.ok) return r;
  return ok(r.state, liveOrder(r.state, r.value));
}
