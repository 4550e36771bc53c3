/**
 * getOrderItemInformation and getShipmentInventoryAllocations (D13): allocations read back.
 *
 * getOrderItemInformation answers one entry per order item, shipment and location of `orderID`
 * (optionally only the UPCs of `items`): the stock of that UPC at that location (`onHand`,
 * `available`, `safetyStock`, `floor`, `ltd` summed over its records) with the order item's own
 * `allocated` and `pendingQuantity`. The reference server keeps allocations, not their history,
 * so `events` is empty and the event counters are absent.
 *
 * getShipmentInventoryAllocations answers, per requested shipment id, one
 * `InventoryAllocationResponse` per record and state: `state: "ALLOCATED"` or `"PENDING"` with the
 * units, the segment's tags and the record's granular values. `futureAllocations` is always empty
 * (allocation against future inventory is not simulated).
 */
import {
  type Allocation,
  getAllocation,
  type InventoryState,
  orderAllocations,
  recordTotals,
  recordsAt,
  shipmentAllocations,
} from "@kibo-inventory/engine";
import { type components, OrderItemInformationRequestSchema, ShipmentInventoryAllocationRequestSchema } from "@kibo-inventory/spec";
import type { TenantRouteHandler } from "../../http/route.js";
import { badRequest } from "../../mapping/engine-errors.js";
import { segmentTagsToWire } from "../../mapping/tags.js";

type OrderItemInformation = components["schemas"]["OrderItemInformation"];
type InventoryAllocationResponse = components["schemas"]["InventoryAllocationResponse"];

/** `getOrderItemInformation` — see the module doc. `orderID` is required here (400 without it). */
export const getOrderItemInformation: TenantRouteHandler = async (ctx) => {
  const body = await ctx.body(OrderItemInformationRequestSchema);
  const orderID = body.orderID;
  if (orderID === undefined) throw badRequest("orderID is required", "orderID", "REQUIRED");
  const state = ctx.tenant.inventory;
  const upcs = body.items?.flatMap((item) => (item.upc === undefined ? [] : [item.upc]));
  const rows = orderAllocations(state, orderID).filter(
    (a) => (upcs === undefined || upcs.length === 0 || upcs.includes(a.upc)) && (body.locationCode === undefined || a.locationCode === body.locationCode),
  );
  const out = rows.map((a): OrderItemInformation => {
    const location = state.locations.get(a.locationCode);
    const records = recordsAt(state, a.upc, a.locationCode).filter((r) => !r.details.implicit || r.segments.length > 0);
    const totals = records.map(recordTotals).reduce((sum, t) => ({ onHand: sum.onHand + t.onHand, available: sum.available + t.available }), { onHand: 0, available: 0 });
    const first = records.find((r) => !r.details.implicit) ?? records[0];
    const info: OrderItemInformation = {
      orderID,
      orderItemID: a.owner.kind === "order" ? a.owner.orderItemId : 0,
      locationCode: a.locationCode,
      upc: a.upc,
      onHand: totals.onHand,
      available: totals.available,
      allocated: a.allocated,
      pendingQuantity: a.pending,
      safetyStock: first?.details.safetyStock ?? 0,
      floor: first?.details.floor ?? 0,
      ltd: first?.details.ltd ?? 0,
      events: [],
      success: true,
      messages: a.owner.kind === "order" ? [`shipment ${a.owner.shipmentId}: ${a.fulfilled} fulfilled`] : [],
    };
    if (location !== undefined) {
      info.locationID = location.locationId;
      info.locationName = location.name;
      info.locationActive = location.active;
    }
    if (first?.details.partNumber !== undefined) info.partNumber = first.details.partNumber;
    return info;
  });
  return ctx.json(out);
};

function allocationLines(state: InventoryState, allocation: Allocation): InventoryAllocationResponse[] {
  const records = new Map(recordsAt(state, allocation.upc, allocation.locationCode).map((r) => [r.inventoryId, r]));
  const tags = segmentTagsToWire(state, allocation.segmentKey);
  const orderItemID = allocation.owner.kind === "order" ? allocation.owner.orderItemId : 0;
  const out: InventoryAllocationResponse[] = [];
  for (const line of allocation.lines) {
    const granular = records.get(line.inventoryId)?.granular ?? {};
    const base: InventoryAllocationResponse = { orderItemID, upc: allocation.upc, tags, ...granular };
    if (line.allocated > 0) out.push({ ...base, quantity: line.allocated, state: "ALLOCATED" });
    if (line.pending > 0) out.push({ ...base, quantity: line.pending, state: "PENDING" });
  }
  return out;
}

/** `getShipmentInventoryAllocations` — see the module doc. */
export const getShipmentInventoryAllocations: TenantRouteHandler = async (ctx) => {
  const body = await ctx.body(ShipmentInventoryAllocationRequestSchema);
  const state = ctx.tenant.inventory;
  const shipments: Record<string, components["schemas"]["ShipmentAllocations"]> = {};
  for (const id of body.shipmentIDs) shipments[String(id)] = { currentAllocations: [], futureAllocations: [] };
  for (const summary of shipmentAllocations(state, body.shipmentIDs)) {
    if (summary.owner.kind !== "order") continue;
    const allocation = getAllocation(state, summary.owner);
    if (allocation === undefined) continue;
    shipments[String(summary.owner.shipmentId)]?.currentAllocations?.push(...allocationLines(state, allocation));
  }
  return ctx.json({ shipments });
};
