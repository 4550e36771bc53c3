/** Reading allocations (Kibo's shipmentInventoryAllocations and getOrderItemInformation). */
import { type Allocation, type AllocationOwner, allocationKey, allocationTotals } from "./allocation-entry.js";
import type { InventoryState } from "./state.js";

/** The allocation of one owner, if any. */
export function getAllocation(state: InventoryState, owner: AllocationOwner): Allocation | undefined {
  return state.allocations.get(allocationKey(owner));
}

/** A summary row of one allocation. */
export interface AllocationSummary {
  readonly allocationKey: string;
  readonly owner: AllocationOwner;
  readonly upc: string;
  readonly locationCode: string;
  readonly segmentKey: string;
  readonly allocated: number;
  readonly pending: number;
  readonly fulfilled: number;
  readonly inventoryIds: readonly number[];
}

function summarize(a: Allocation): AllocationSummary {
  const t = allocationTotals(a);
  return {
    allocationKey: a.key,
    owner: a.owner,
    upc: a.upc,
    locationCode: a.locationCode,
    segmentKey: a.segmentKey,
    allocated: t.allocated,
    pending: t.pending,
    fulfilled: a.fulfilled,
    inventoryIds: a.lines.map((l) => l.inventoryId),
  };
}

/** Allocations of the given shipments, by allocation key. Cost: O(allocations). */
export function shipmentAllocations(state: InventoryState, shipmentIds: readonly number[]): AllocationSummary[] {
  const out: AllocationSummary[] = [];
  state.allocations.forEach((a) => {
    if (a.owner.kind === "order" && shipmentIds.includes(a.owner.shipmentId)) out.push(summarize(a));
  });
  return out.sort((x, y) => (x.allocationKey < y.allocationKey ? -1 : 1));
}

/** Allocations of one order, by allocation key. Cost: O(allocations). */
export function orderAllocations(state: InventoryState, orderId: number): AllocationSummary[] {
  const out: AllocationSummary[] = [];
  state.allocations.forEach((a) => {
    if (a.owner.kind === "order" && a.owner.orderId === orderId) out.push(summarize(a));
  });
  return out.sort((x, y) => (x.allocationKey < y.allocationKey ? -1 : 1));
}
