/**
 * allocateInventory, deallocateInventory, fulfillInventory (D11–D13).
 *
 * Owner of an item: the order item in its shipment (`orderID`, `orderItemID`, `shipmentID`) — or,
 * when the item carries both `cartID` and `cartItemID`, that cart item (the order ids, which the
 * contract requires, are then ignored until `transitionCart` moves the reservation to the order).
 * An item's `locationCode` falls back to the request's.
 * An item's segment is its `tags` map or its `inventoryTags` pairs (Kibo's order-side spelling;
 * see inventory-tags.ts).
 *
 * Allocation runs at once (`runSynchronous` is accepted and changes nothing) and answers an
 * `AllocateInventoryResponse` (a `JobQueueResponse` of type ALLOCATE with status SUCCESS and no
 * `jobID`: no job is queued); per item it reports allocated, pending and unallocated units twice:
 * as `messages` (`items[0]: allocated 2, pending 0, unallocated 0`) and in the extension field
 * `allocations` (spec: `AllocationOutcome`). A bad request is 400 listing every bad item, schema
 * and engine problems together (`wholeRequest`).
 * `futureDate` (allocating against future inventory) is not simulated: 501 NOT_IMPLEMENTED.
 */
import {
  type AllocateItem,
  type AllocationReport,
  allocate,
  deallocate,
  type FulfillItem,
  fulfill,
  type OwnerFields,
  type ReleaseItem,
  type ReleaseReport,
} from "@kibo-inventory/engine";
import { AllocateInventoryRequestSchema, type components } from "@kibo-inventory/spec";
import { type KiboErrorItem, MockHttpError } from "../../http/errors.js";
import type { TenantRouteHandler } from "../../http/route.js";
import { isoFromEpoch } from "../../mapping/dates.js";
import { granularFromWire } from "../../mapping/granular.js";
import type { Mutable } from "../../mapping/mutable.js";
import { tagsFromWire } from "../../mapping/tags.js";
import { nowMs } from "../shared/context.js";
import { withInventoryTags } from "./inventory-tags.js";
import { wholeRequest } from "../shared/whole-request.js";

type WireAllocateItem = components["schemas"]["AllocateItem"];
type WireAllocateRequest = components["schemas"]["AllocateInventoryRequest"];

/** The owner fields of a wire item (see the module doc). */
function ownerFromWire(item: WireAllocateItem): OwnerFields {
  if (item.cartID !== undefined && item.cartItemID !== undefined) return { cartId: item.cartID, cartItemId: item.cartItemID };
  return { orderId: item.orderID, orderItemId: item.orderItemID, shipmentId: item.shipmentID };
}

/** A wire allocate item as the engine's; `tags` (from `tags` or `inventoryTags`) default to the item's map. */
function allocateItemFromWire(item: WireAllocateItem, request: WireAllocateRequest, tags = tagsFromWire(item.tags)): AllocateItem {
  const out: Mutable<AllocateItem> = {
    ...ownerFromWire(item),
    upc: item.upc ?? "",
    locationCode: item.locationCode ?? request.locationCode ?? "",
    quantity: item.quantity,
    ...granularFromWire(item),
  };
  if (tags !== undefined) out.tags = tags;
  return out;
}

/** A wire deallocate/fulfill item as the engine's (`inventoryID` → `inventoryId`); `tags` as for allocate. */
function releaseItemFromWire(item: WireAllocateItem, request: WireAllocateRequest, tags = tagsFromWire(item.tags)): FulfillItem {
  const out: Mutable<FulfillItem> = { ...ownerFromWire(item), quantity: item.quantity };
  if (item.inventoryID !== undefined) out.inventoryId = item.inventoryID;
  if (item.upc !== undefined) out.upc = item.upc;
  const locationCode = item.locationCode ?? request.locationCode;
  if (locationCode !== undefined) out.locationCode = locationCode;
  if (tags !== undefined) out.tags = tags;
  return out;
}

/** 501 for items that allocate against future inventory (not simulated). */
function refuseFutureDates(items: readonly WireAllocateItem[]): void {
  const listed: KiboErrorItem[] = [];
  items.forEach((item, index) => {
    if (item.futureDate !== undefined) {
      listed.push({ index, field: `items[${index}].futureDate`, code: "NOT_IMPLEMENTED", message: "allocating against future inventory is not simulated" });
    }
  });
  if (listed.length > 0) {
    throw new MockHttpError("not_implemented", "Allocation against future inventory (futureDate) is not simulated by the reference server.", {
      items: listed,
    });
  }
}

/** Per-item allocation outcome, the `allocations` extension of the allocate answer (spec: `AllocationOutcome`). */
type AllocationOutcome = components["schemas"]["AllocationOutcome"];
type AllocateInventoryResponse = components["schemas"]["AllocateInventoryResponse"];

function outcome(report: AllocationReport, item: WireAllocateItem): AllocationOutcome {
  const owner = ownerFromWire(item);
  const ids =
    owner.cartId !== undefined
      ? { cartID: item.cartID as string, cartItemID: item.cartItemID as string }
      : { orderID: item.orderID, orderItemID: item.orderItemID, shipmentID: item.shipmentID };
  return { index: report.index, ...ids, allocated: report.allocated, pending: report.pending, unallocated: report.unallocated };
}

/** Deallocate and fulfill name existing allocations: one that does not exist is 404 ITEM_NOT_FOUND. */
const ITEM_NOT_FOUND = { notFound: "item_not_found" } as const;

/** `allocateInventory` — allocates every item at once, all or nothing (see the module doc for the answer). */
export const allocateInventory: TenantRouteHandler = wholeRequest(AllocateInventoryRequestSchema, (ctx, body, commit) => {
  refuseFutureDates(body.items);
  const { value } = commit((state, now) =>
    withInventoryTags(state, body.items, (tags) =>
      allocate(state, { items: body.items.map((item, i) => allocateItemFromWire(item, body, tags[i])) }, now),
    ),
  );
  const at = isoFromEpoch(nowMs(ctx));
  const allocations = value.items.map((report, i) => outcome(report, body.items[i] as WireAllocateItem));
  const response: AllocateInventoryResponse = {
    tenantID: ctx.tenant.id,
    ...(body.locationCode === undefined ? {} : { locationCode: body.locationCode }),
    type: "ALLOCATE",
    status: "SUCCESS",
    added: at,
    started: at,
    finished: at,
    itemCount: body.items.length,
    hasData: true,
    success: true,
    messages: allocations.map((a) => `items[${a.index}]: allocated ${a.allocated}, pending ${a.pending}, unallocated ${a.unallocated}`),
    allocations,
  };
  return ctx.json(response);
});

function releaseMessages(verb: string, reports: readonly ReleaseReport[]): string[] {
  return reports.map(
    (r) =>
      `items[${r.index}]: ${verb} ${r.fromAllocated + r.fromPending + r.beyondAllocation} (${r.fromAllocated} allocated, ${r.fromPending} pending, ${r.beyondAllocation} beyond the allocation)`,
  );
}

/**
 * `deallocateInventory` — returns units to the segments they came from (pending first);
 * `decrementOnHandOnDeallocate` also takes them out of onHand. More than the owner holds is 400;
 * an owner with no allocation is 404 ITEM_NOT_FOUND. `blockAssignment` / `holdBlockAssignment` are not simulated
 * and only noted in `messages`. Answers a `BaseResponse`.
 */
export const deallocateInventory: TenantRouteHandler = wholeRequest(AllocateInventoryRequestSchema, (ctx, body, commit) => {
  const { value } = commit((state, now) =>
    withInventoryTags(state, body.items, (tags) => {
      const items: ReleaseItem[] = body.items.map((item, i) => releaseItemFromWire(item, body, tags[i]));
      const request = body.decrementOnHandOnDeallocate === undefined ? { items } : { items, decrementOnHandOnDeallocate: body.decrementOnHandOnDeallocate };
      return deallocate(state, request, now);
    }),
    ITEM_NOT_FOUND,
  );
  const messages = releaseMessages("deallocated", value.items);
  if (body.items.some((item) => item.blockAssignment !== undefined || item.holdBlockAssignment !== undefined)) {
    messages.push("blockAssignment and holdBlockAssignment are not simulated by the reference server; ignored");
  }
  return ctx.json({ success: true, messages, numResults: value.items.length });
});

/**
 * `fulfillInventory` — turns allocated units into an onHand deduction. More than allocated is 400,
 * except at a location with `allowFulfillmentWithNoStock`; no allocation is 404 ITEM_NOT_FOUND. Answers a `BaseResponse`.
 */
export const fulfillInventory: TenantRouteHandler = wholeRequest(AllocateInventoryRequestSchema, (ctx, body, commit) => {
  const { value } = commit((state, now) =>
    withInventoryTags(state, body.items, (tags) => fulfill(state, { items: body.items.map((item, i) => releaseItemFromWire(item, body, tags[i])) }, now)),
    ITEM_NOT_FOUND,
  );
  return ctx.json({ success: true, messages: releaseMessages("fulfilled", value.items), numResults: value.items.length });
});
