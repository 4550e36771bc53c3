/**
 * Orders, carts, checkouts and returns (D19): the domain types. Only the fields that matter for
 * inventory are modelled; `extra` carries anything else a caller wants kept and echoed (prices,
 * contacts, …) as opaque JSON data the engine never reads.
 */
import type { SegmentKey } from "../records.js";
import type { TagPair } from "../tags.js";

/** Opaque JSON data kept with an object and echoed unchanged. */
export type Extra = Readonly<Record<string, unknown>>;

/** How an item is fulfilled. `Digital` items never allocate and get no shipment. */
export type FulfillmentMethod = "Ship" | "Pickup" | "Digital";

/** An item of a cart, checkout or order as given by a caller. */
export interface CommerceItemInput {
  /** The inventory UPC the item draws on (the server resolves variationProductCode ?? productCode ?? upc). */
  readonly upc: string;
  /** Integer ≥ 1. */
  readonly quantity: number;
  /** The item's fulfillment location; absent → the order's. */
  readonly locationCode?: string | null;
  /** @default "Ship" */
  readonly fulfillmentMethod?: FulfillmentMethod;
  /** The item's segment (D6): categories not named take their default. Absent or null → []. */
  readonly inventoryTags?: readonly TagPair[] | null;
  /** A stock shortfall in a cart reads "Backorder" instead of "OutOfStock". @default false */
  readonly allowsBackOrder?: boolean;
  /** Restricts allocation to records with this condition (D11). */
  readonly condition?: string;
  /** Allocates exactly this record (D11); quantity must be 1. */
  readonly serialNumber?: string;
  readonly extra?: Extra;
}

/** An item of a cart, checkout or order as stored. */
export interface CommerceItem {
  /** 32 hex digits, from the commerce item counter. */
  readonly id: string;
  /** Line number in its cart/checkout/order, from 1 (orders: the Inventory API's `orderItemID`). */
  readonly lineId: number;
  readonly upc: string;
  readonly quantity: number;
  readonly locationCode: string | null;
  readonly fulfillmentMethod: FulfillmentMethod;
  /** As the caller set them (not expanded with defaults). */
  readonly inventoryTags: readonly TagPair[];
  readonly allowsBackOrder: boolean;
  readonly condition?: string;
  readonly serialNumber?: string;
  /** The cart (or checkout) item this item was copied from. */
  readonly originalCartItemId: string | null;
  readonly extra?: Extra;
}

/** A cart message: an item is short in its segment at its location. */
export interface CartMessage {
  readonly code: "OutOfStock" | "Backorder";
  readonly cartItemId: string;
  readonly upc: string;
  readonly locationCode: string;
  /** Units asked for. */
  readonly quantity: number;
  /** Units available in the item's segment there (never below 0). */
  readonly available: number;
  readonly message: string;
}

export interface Cart {
  readonly id: string;
  /** The user the cart belongs to (the server's "current" cart), if any. */
  readonly userId: string | null;
  readonly items: readonly CommerceItem[];
  readonly messages: readonly CartMessage[];
  readonly created: string;
  readonly updated: string;
  readonly extra?: Extra;
}

export type CheckoutStatus = "Pending" | "Submitted";

export interface Checkout {
  readonly id: string;
  readonly cartId: string | null;
  readonly status: CheckoutStatus;
  readonly items: readonly CommerceItem[];
  /** The order created from this checkout, once submitted. */
  readonly orderId: string | null;
  readonly created: string;
  readonly updated: string;
  readonly extra?: Extra;
}

export type OrderStatus = "Pending" | "Submitted" | "Processing" | "Completed" | "Cancelled";

/**
 * READY: every unit not yet fulfilled is allocated; BACKORDER: some are pending or unallocated;
 * FULFILLED: every unit shipped (onHand deducted); CANCELED: the order was cancelled. READY/BACKORDER
 * are recomputed on every read (pending units are released as stock arrives, D12).
 */
export type ShipmentStatus = "READY" | "BACKORDER" | "FULFILLED" | "CANCELED";

/** Units fulfilled from one granular record. */
export interface FulfilledLine {
  readonly inventoryId: number;
  readonly quantity: number;
}

/** Units of a shipment item held on one granular record (live, from the allocation). */
export interface InventoryAllocation {
  readonly inventoryId: number;
  readonly allocated: number;
  readonly pending: number;
}

/** One order item in a shipment. */
export interface ShipmentItem {
  readonly lineId: number;
  readonly orderItemId: string;
  readonly upc: string;
  readonly quantity: number;
  /** The item's segment (its tags with defaults). */
  readonly segmentKey: SegmentKey;
  readonly tags: Readonly<Record<string, string>>;
  /** Units left unallocated at submit (`pendingOnShortfall: false`). */
  readonly unallocated: number;
  /** The records fulfilled units came from, in fulfillment order. */
  readonly fulfilledFrom: readonly FulfilledLine[];
  /** Live: units held now, per record (empty once fulfilled or cancelled). */
  readonly inventoryAllocations: readonly InventoryAllocation[];
}

export interface Shipment {
  /** From the shipment counter; the Inventory API's `shipmentID`. */
  readonly number: number;
  readonly orderId: string;
  readonly orderNumber: number;
  readonly locationCode: string;
  readonly fulfillmentMethod: FulfillmentMethod;
  readonly status: ShipmentStatus;
  readonly items: readonly ShipmentItem[];
}

/** What submitting did for one order item, kept up to date (wire: `allocationResult`). */
export interface ItemAllocationResult {
  readonly locationCode: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly allocated: number;
  readonly pending: number;
  readonly unallocated: number;
  readonly fulfilled: number;
}

export interface OrderItem extends CommerceItem {
  /** Absent while the order is Pending and on Digital items. */
  readonly allocationResult?: ItemAllocationResult;
}

export type PackageStatus = "NotFulfilled" | "Fulfilled";

/** Units of one order item in a package. */
export interface PackageItem {
  readonly lineId: number;
  readonly orderItemId: string;
  readonly shipmentNumber: number;
  readonly quantity: number;
}

/** A package: units of allocated order items at one location, shipped together (`Ship` fulfills them). */
export interface Package {
  readonly id: string;
  readonly locationCode: string;
  readonly status: PackageStatus;
  readonly items: readonly PackageItem[];
  readonly extra?: Extra;
}

export interface Order {
  /** 32 hex digits. */
  readonly id: string;
  /** From the order counter; the Inventory API's `orderID`. */
  readonly orderNumber: number;
  readonly status: OrderStatus;
  /** The order's fulfillment location, for items without their own. */
  readonly locationCode: string | null;
  readonly items: readonly OrderItem[];
  readonly shipments: readonly Shipment[];
  /** Packages made of the order's allocated units (none while Pending). */
  readonly packages: readonly Package[];
  readonly cartId: string | null;
  readonly checkoutId: string | null;
  readonly created: string;
  readonly updated: string;
  readonly submitted: string | null;
  readonly extra?: Extra;
}

export type ReturnStatus = "Created" | "ReturnAuthorized" | "ReturnReceived" | "Cancelled" | "Closed";

/** Units of a return item put back into one record (or into the default segment when no origin was recorded). */
export interface RestockedLine {
  readonly locationCode: string;
  readonly segmentKey: SegmentKey;
  readonly inventoryId: number;
  readonly quantity: number;
  /** True when the units went to the named location's default segment (no origin recorded). */
  readonly byRequest: boolean;
}

export interface ReturnItem {
  readonly id: string;
  readonly orderItemId: string;
  readonly lineId: number;
  readonly upc: string;
  readonly quantity: number;
  readonly quantityReceived: number;
  readonly restocked: readonly RestockedLine[];
  readonly extra?: Extra;
}

export interface Return {
  readonly id: string;
  /** From the return counter. */
  readonly returnNumber: number;
  readonly orderId: string;
  readonly orderNumber: number;
  readonly status: ReturnStatus;
  readonly items: readonly ReturnItem[];
  readonly created: string;
  readonly updated: string;
  readonly extra?: Extra;
}

/** Id counters of the commerce side; each holds the next number to hand out. */
export interface CommerceCounters {
  readonly order: number;
  readonly cart: number;
  readonly checkout: number;
  readonly item: number;
  readonly shipment: number;
  readonly return: number;
  readonly package: number;
}
