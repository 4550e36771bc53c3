import { defaultTagValue, type TagConfiguration, type TagMap } from "../builders/tags.js";

type Maybe<T> = T | null | undefined;

/** An order-side tag as any client spells it (ours, the official SDK's, the Fulfillment API's). */
interface TagLike {
  name?: Maybe<string>;
  value?: Maybe<string>;
}

/** The part of an order item {@link orderAllocation} reads. Ours and the official SDK's both fit. */
export interface OrderItemLike {
  id?: Maybe<string>;
  lineId?: Maybe<number>;
  quantity?: Maybe<number>;
  product?: Maybe<{ productCode?: Maybe<string>; variationProductCode?: Maybe<string>; upc?: Maybe<string> }>;
  fulfillmentLocationCode?: Maybe<string>;
  inventoryTags?: Maybe<readonly TagLike[]>;
  /** The reference server's extension (absent in Kibo's answers). */
  allocationResult?: Maybe<{
    locationCode?: Maybe<string>;
    tags?: Maybe<Record<string, string>>;
    allocated?: Maybe<number>;
    pending?: Maybe<number>;
    unallocated?: Maybe<number>;
    fulfilled?: Maybe<number>;
  }>;
}

/** The part of a shipment {@link orderAllocation} reads. */
export interface ShipmentLike {
  shipmentStatus?: Maybe<string>;
  fulfillmentStatus?: Maybe<string>;
  fulfillmentLocationCode?: Maybe<string>;
  items?: Maybe<
    readonly {
      lineId?: Maybe<number>;
      originalOrderItemId?: Maybe<string>;
      quantity?: Maybe<number>;
      allocatedQuantity?: Maybe<number>;
      inventoryAllocations?: Maybe<readonly { inventoryId?: Maybe<number>; quantity?: Maybe<number>; status?: Maybe<string> }[]>;
    }[]
  >;
}

/** The part of an order {@link orderAllocation} reads: our `Order`, or the official SDK's. */
export interface OrderLike {
  locationCode?: Maybe<string>;
  items?: Maybe<readonly OrderItemLike[]>;
  shipments?: Maybe<readonly ShipmentLike[]>;
}

/** What an order did for one of its items. */
export interface OrderItemAllocation {
  /** The item's id. */
  itemId: string | undefined;
  /** The item's line; the Inventory API's `orderItemID`. */
  lineId: number | undefined;
  /** The product code as ordered. */
  productCode: string | undefined;
  /** The inventory `upc` the item draws on: `variationProductCode ?? productCode ?? upc`. */
  upc: string | undefined;
  /** Units ordered. */
  quantity: number;
  /** Where it allocates. */
  locationCode: string | undefined;
  /** Its segment: the full segment from `allocationResult`, else the item's tags (defaults filled with a `tagConfig`). */
  tags: TagMap;
  /** Units allocated now. */
  allocated: number;
  /** Units short, waiting for stock. */
  pending: number;
  /** Units short, left for order routing. */
  unallocated: number;
  /** Units fulfilled (onHand deducted). */
  fulfilled: number;
  /** The granular records (`inventoryID`) the item's units came from, per the shipments. */
  inventoryIds: number[];
  /**
   * Where the figures come from: `allocationResult` (the reference server's extension), `shipments`
   * (derived from Kibo's shipments), or `none` (not submitted yet: every figure 0).
   */
  source: "allocationResult" | "shipments" | "none";
}

/** Options of {@link orderAllocation}. */
export interface OrderAllocationOptions {
  /** The tenant's tag configuration: categories an item did not name get their default in `tags`. */
  tagConfig?: TagConfiguration | undefined;
}

const n = (value: Maybe<number>): number => (typeof value === "number" ? value : 0);

/**
 * Reads what an order did for each item: allocated, pending, unallocated and fulfilled units, the
 * location and segment (tags map), and the inventory records the units came from. Orders of the
 * reference server carry this as `allocationResult` on each item; for an order without it (Kibo's
 * own answers) the figures are derived from the shipments: units of open shipments are allocated
 * (per `allocatedQuantity`, else the `Allocated` inventoryAllocations, else all of a `READY`
 * shipment) or pending, units of fulfilled shipments fulfilled, units in no shipment unallocated.
 *
 * @example
 * const order = await unwrap(commerce.GET("/commerce/orders/{orderId}", { params: { path: { orderId } } }));
 * for (const line of orderAllocation(order)) {
 *   console.log(line.lineId, line.upc, line.tags, line.allocated, line.pending, line.inventoryIds);
 * }
 * @see packages/sdk/README.md ("Orders with inventory tags")
 */
export function orderAllocation(order: OrderLike, options: OrderAllocationOptions = {}): OrderItemAllocation[] {
  const shipments = order.shipments ?? [];
  return (order.items ?? []).map((item) => {
    const product = item.product ?? {};
    const quantity = n(item.quantity);
    const tags: TagMap = {};
    for (const tag of item.inventoryTags ?? []) if (tag.name && tag.value) tags[tag.name] = tag.value;
    for (const category of options.tagConfig ?? []) {
      const value = category.name && !(category.name in tags) ? defaultTagValue(category) : undefined;
      if (category.name && value !== undefined) tags[category.name] = value;
    }

    const inventoryIds = new Set<number>();
    let shipped = false;
    let locationCode: string | undefined;
    const derived = { allocated: 0, pending: 0, unallocated: 0, fulfilled: 0 };
    let covered = 0;
    for (const shipment of shipments) {
      const status = shipment.shipmentStatus?.toUpperCase();
      for (const line of shipment.items ?? []) {
        const same = item.lineId != null && line.lineId != null ? line.lineId === item.lineId : line.originalOrderItemId === item.id && item.id != null;
        if (!same) continue;
        shipped = true;
        locationCode ??= shipment.fulfillmentLocationCode ?? undefined;
        const units = n(line.quantity);
        covered += units;
        const allocations = line.inventoryAllocations ?? [];
        for (const a of allocations) if (typeof a.inventoryId === "number") inventoryIds.add(a.inventoryId);
        if (status === "CANCELED" || status === "CANCELLED") continue;
        if (status === "FULFILLED" || shipment.fulfillmentStatus === "Fulfilled") {
          derived.fulfilled += units;
          continue;
        }
        const allocated =
          line.allocatedQuantity ??
          (allocations.length > 0
            ? allocations.filter((a) => a.status == null || a.status === "Allocated").reduce((sum, a) => sum + n(a.quantity), 0)
            : status === "READY"
              ? units
              : 0);
        derived.allocated += allocated;
        derived.pending += Math.max(0, units - allocated);
      }
    }
    derived.unallocated = Math.max(0, quantity - covered);

    const result = item.allocationResult;
    const figures = result
      ? { allocated: n(result.allocated), pending: n(result.pending), unallocated: n(result.unallocated), fulfilled: n(result.fulfilled) }
      : shipped || shipments.length > 0
        ? derived
        : { allocated: 0, pending: 0, unallocated: 0, fulfilled: 0 };
    return {
      itemId: item.id ?? undefined,
      lineId: item.lineId ?? undefined,
      productCode: product.productCode ?? undefined,
      upc: product.variationProductCode || product.productCode || product.upc || undefined,
      quantity,
      locationCode: result?.locationCode ?? locationCode ?? item.fulfillmentLocationCode ?? order.locationCode ?? undefined,
      tags: result?.tags ? { ...result.tags } : tags,
      ...figures,
      inventoryIds: [...inventoryIds],
      source: result ? "allocationResult" : shipped || shipments.length > 0 ? "shipments" : "none",
    };
  });
}
