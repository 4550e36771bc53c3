/**
 * The hand-written part of the demo: small record sets that reproduce the examples of Kibo's
 * inventory documentation, each on its own UPC so it is easy to find (see docs/seed-format.md).
 */
import type {
  SeedConditionRule,
  SeedFutureRecord,
  SeedInventoryRecord,
  SeedLocation,
  SeedOrder,
  SeedTagCategory,
} from "../seed/types.js";

/** The warehouse every example lives at. */
export const HOMEBASE = "homebase";

/** UPCs of the documented examples. */
export const DEMO_UPCS = {
  /** Channel split at homebase: Warehouse 100, Target 50; 200 more expected (future inventory). */
  channelSplit: "DEMO-CHANNEL-01",
  /** Lots with dates (earliest date allocates first). */
  lots: "DEMO-LOT-01",
  /** Conditions New / Refurbished / Damaged; Damaged is not counted as available. */
  conditions: "DEMO-COND-01",
  /** Serial-numbered units, one per record. */
  serials: "DEMO-SERIAL-01",
  /** The demo orders' product: Warehouse 40, Target 10 (see {@link demoOrders}). */
  orders: "DEMO-ORDER-01",
} as const;

/** homebase: the warehouse of the examples. */
export const homebase: SeedLocation = {
  code: HOMEBASE,
  name: "Home Base Warehouse",
  supportsInventory: true,
  active: true,
  directShip: true,
  pickup: false,
  transferEnabled: true,
  countryCode: "US",
  postalCode: "78701",
  latitude: 30.2672,
  longitude: -97.7431,
};

/**
 * Tag categories: `Channel` (discrete: Warehouse by default, Target) and `Fulfillment`, a
 * percentage category that splits every refreshed quantity 80/20 between Online and Store.
 */
export const demoTagCategories: SeedTagCategory[] = [
  { name: "Channel", values: [{ value: "Warehouse", isDefault: true }, { value: "Target" }] },
  {
    name: "Fulfillment",
    values: [
      { value: "Online", percent: 80, isDefault: true },
      { value: "Store", percent: 20 },
    ],
  },
];

/** Damaged units are not counted as available (with `enforceConditionAvailibility`). */
export const demoConditionRules: SeedConditionRule[] = [
  { condition: "New", includeInAvailable: true },
  { condition: "Refurbished", includeInAvailable: true },
  { condition: "Damaged", includeInAvailable: false },
];

const at = (record: Omit<SeedInventoryRecord, "locationCode">): SeedInventoryRecord => ({ locationCode: HOMEBASE, ...record });

/** The documented records at homebase. */
export const demoExampleRecords: SeedInventoryRecord[] = [
  // Channel split: the same UPC held for two channels at one location.
  at({ upc: DEMO_UPCS.channelSplit, partNumber: "CH-01", sku: "CH-01", quantity: 100, tags: { Channel: "Warehouse" }, safetyStock: 5 }),
  at({ upc: DEMO_UPCS.channelSplit, partNumber: "CH-01", sku: "CH-01", quantity: 50, tags: { Channel: "Target" } }),
  // Lots with dates: allocation takes the earliest date first.
  at({ upc: DEMO_UPCS.lots, sku: "LOT-01", lotCode: "LOT-A", date: "2027-01-31", quantity: 40 }),
  at({ upc: DEMO_UPCS.lots, sku: "LOT-01", lotCode: "LOT-B", date: "2027-03-31", quantity: 60 }),
  at({ upc: DEMO_UPCS.lots, sku: "LOT-01", lotCode: "LOT-C", date: "2027-06-30", quantity: 25 }),
  // Conditions.
  at({ upc: DEMO_UPCS.conditions, sku: "COND-01", condition: "New", quantity: 30 }),
  at({ upc: DEMO_UPCS.conditions, sku: "COND-01", condition: "Refurbished", quantity: 8 }),
  at({ upc: DEMO_UPCS.conditions, sku: "COND-01", condition: "Damaged", quantity: 3 }),
  // Serial numbers: one unit per record.
  ...["SN-0001", "SN-0002", "SN-0003", "SN-0004", "SN-0005"].map((serialNumber) =>
    at({ upc: DEMO_UPCS.serials, sku: "SER-01", serialNumber, condition: "New", quantity: 1 }),
  ),
  // The demo orders' product (split 80/20 by Fulfillment: Target holds 8 Online and 2 Store).
  at({ upc: DEMO_UPCS.orders, sku: "ORD-01", quantity: 40, tags: { Channel: "Warehouse" } }),
  at({ upc: DEMO_UPCS.orders, sku: "ORD-01", quantity: 10, tags: { Channel: "Target" } }),
];

const target = [{ name: "Channel", value: "Target" }];

/**
 * Orders on {@link DEMO_UPCS.orders} at homebase, placed with the engine's order commands (D19):
 * a Pending order of 2 tagged Target; a Returned one (1 Target unit shipped, returned and restocked
 * into Target); a Submitted one of 10 Target units, of which Target/Online holds 8 — 8 allocated,
 * 2 pending, Warehouse untouched.
 */
export const demoOrders: SeedOrder[] = [
  { locationCode: HOMEBASE, items: [{ upc: DEMO_UPCS.orders, quantity: 2, inventoryTags: target }] },
  { locationCode: HOMEBASE, status: "Returned", items: [{ upc: DEMO_UPCS.orders, quantity: 1, inventoryTags: target }] },
  { locationCode: HOMEBASE, status: "Submitted", items: [{ upc: DEMO_UPCS.orders, quantity: 10, inventoryTags: target }] },
];

const DAY = 86_400_000;

/** Future inventory: 200 units of the channel-split UPC expected at homebase two weeks from `now`. */
export function demoFutureRecords(now: number): SeedFutureRecord[] {
  return [
    {
      locationCode: HOMEBASE,
      upc: DEMO_UPCS.channelSplit,
      quantity: 200,
      deliveryDate: new Date(now + 14 * DAY).toISOString(),
      externalID: "PO-1001",
      tags: { Channel: "Warehouse" },
    },
    {
      locationCode: HOMEBASE,
      upc: DEMO_UPCS.lots,
      quantity: 80,
      deliveryDate: new Date(now + 30 * DAY).toISOString(),
      externalID: "PO-1002",
    },
  ];
}
