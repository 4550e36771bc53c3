/** Allocations as kept in state (D13): per order item and shipment (or per cart item), with the records they came from. */
import type { GranularKey, SegmentKey } from "./records.js";

/** Units of one allocation held on one record (in the allocation's segment). */
export interface AllocationLine {
  readonly inventoryId: number;
  readonly allocated: number;
  readonly pending: number;
}

/** Who owns an allocation: an order item in a shipment, or a cart item (before the order exists). */
export type AllocationOwner =
  | { readonly kind: "order"; readonly orderId: number; readonly orderItemId: number; readonly shipmentId: number }
  | { readonly kind: "cart"; readonly cartId: string; readonly cartItemId: string };

/** One allocation: the units an owner holds in one segment of one (location, upc). */
export interface Allocation {
  readonly key: string;
  readonly owner: AllocationOwner;
  /** Creation order, used for "oldest first" pending release. */
  readonly seq: number;
  readonly upc: string;
  readonly locationCode: string;
  readonly segmentKey: SegmentKey;
  /** Granular criteria from the allocate item (D11). */
  readonly criteria: GranularKey;
  readonly lines: readonly AllocationLine[];
  /** Units already fulfilled from this allocation. */
  readonly fulfilled: number;
}

/** The state key of an allocation owner. */
export function allocationKey(owner: AllocationOwner): string {
  return owner.kind === "order"
    ? `order:${owner.orderId}:${owner.orderItemId}:${owner.shipmentId}`
    : `cart:${owner.cartId}:${owner.cartItemId}`;
}

/** Whether any line of an allocation holds pending units (no totals object). */
export function hasPending(a: Allocation): boolean {
  for (const l of a.lines) if (l.pending > 0) return true;
  return false;
}

/** Allocated and pending totals of an allocation. */
export function allocationTotals(a: Allocation): { allocated: number; pending: number } {
  let allocated = 0;
  let pending = 0;
  for (const l of a.lines) {
    allocated += l.allocated;
    pending += l.pending;
  }
  return { allocated, pending };
}
