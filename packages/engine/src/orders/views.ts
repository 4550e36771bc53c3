/**
 * Live views of orders (D19): an order as stored plus what its allocations hold now. Pending units
 * are released into allocated as stock arrives (D12), so `allocationResult`, a shipment's
 * `inventoryAllocations` and its READY/BACKORDER status are read from the allocations every time.
 */
import { getAllocation } from "../allocation-reads.js";
import type { Allocation } from "../allocation-entry.js";
import type { InventoryState } from "../state.js";
import type { InventoryAllocation, Order, OrderItem, Shipment, ShipmentItem, ShipmentStatus } from "./types.js";

/** The allocation of one shipment item (the Inventory API's orderID / orderItemID / shipmentID). */
export function shipmentItemAllocation(
  state: InventoryState,
  shipment: Pick<Shipment, "orderNumber" | "number">,
  lineId: number,
): Allocation | undefined {
  return getAllocation(state, { kind: "order", orderId: shipment.orderNumber, orderItemId: lineId, shipmentId: shipment.number });
}

function held(a: Allocation | undefined): { allocated: number; pending: number; lines: InventoryAllocation[] } {
  let allocated = 0;
  let pending = 0;
  const lines: InventoryAllocation[] = [];
  for (const l of a?.lines ?? []) {
    allocated += l.allocated;
    pending += l.pending;
    lines.push({ inventoryId: l.inventoryId, allocated: l.allocated, pending: l.pending });
  }
  return { allocated, pending, lines };
}

/** Units fulfilled from a shipment item. */
export function fulfilledUnits(item: ShipmentItem): number {
  let n = 0;
  for (const l of item.fulfilledFrom) n += l.quantity;
  return n;
}

/**
 * A shipment as it stands: FULFILLED and CANCELED are final; otherwise READY when every unit of
 * every item that is not fulfilled yet is allocated, else BACKORDER (units pending or unallocated).
 */
export function liveShipment(state: InventoryState, shipment: Shipment): Shipment {
  if (shipment.status === "FULFILLED" || shipment.status === "CANCELED") return shipment;
  let status: ShipmentStatus = "READY";
  const items = shipment.items.map((item) => {
    const h = held(shipmentItemAllocation(state, shipment, item.lineId));
    if (h.allocated + fulfilledUnits(item) !== item.quantity) status = "BACKORDER";
    return { ...item, inventoryAllocations: h.lines };
  });
  return { ...shipment, status, items };
}

/** An order as it stands: live shipments, and per item its `allocationResult` once submitted. */
export function liveOrder(state: InventoryState, order: Order): Order {
  if (order.status === "Pending") return order;
  const shipments = order.shipments.map((s) => liveShipment(state, s));
  const items = order.items.map((item): OrderItem => {
    const shipment = shipments.find((s) => s.items.some((i) => i.lineId === item.lineId));
    const si = shipment?.items.find((i) => i.lineId === item.lineId);
    if (shipment === undefined || si === undefined) return item;
    const h = held(shipmentItemAllocation(state, shipment, item.lineId));
    const live = shipment.status !== "CANCELED" && shipment.status !== "FULFILLED";
    return {
      ...item,
      allocationResult: {
        locationCode: shipment.locationCode,
        tags: si.tags,
        allocated: live ? h.allocated : 0,
        pending: live ? h.pending : 0,
        unallocated: si.unallocated,
        fulfilled: fulfilledUnits(si),
      },
    };
  });
  return { ...order, items, shipments };
}
