import type { components } from "@kibo-inventory/spec";

/**
 * The inventory part of seed data: one {@link TenantInventorySeed} per tenant. Plain JSON, so a seed
 * can live in a file (`kibo-inventory-mock serve --seed FILE`). Field names follow the engine's
 * domain terms; see docs/seed-format.md for the whole format with an example.
 */

/** Tenant settings a seed may change. Limits cannot go below what the tenant already has. */
export interface SeedSettings {
  /** A shortfall on allocate becomes pending (true) or stays unallocated (false). @default true */
  pendingOnShortfall?: boolean;
  /** Records whose `date` is today or earlier count as expired. @default false */
  expirationEnabled?: boolean;
  /** Maximum number of tag categories. @default 3 */
  tagCategoryLimit?: number;
  /** Maximum number of tag values over all categories. @default 6 */
  totalTagLimit?: number;
  // Feature switches (issue 15; the same fields as `PUT /__mock/settings`).
  /** Inventory tags may be configured and named by writes. @default true */
  tagsEnabled?: boolean;
  /** Writes may carry lotCode, date, condition and serialNumber. @default true */
  granularFieldsEnabled?: boolean;
  /** Condition availability rules may be configured. @default true */
  conditionAvailabilityEnabled?: boolean;
  /** A refresh quantity sets available (onHand = quantity + allocated + pending). @default false */
  quantitySetsAvailable?: boolean;
}

/** A location. Created if missing, updated (only the given fields) if present. */
export interface SeedLocation {
  code: string;
  /** @default the code */
  name?: string;
  /** Inventory may be written here. @default true */
  supportsInventory?: boolean;
  /** Fulfill may exceed allocated units here. @default false */
  allowFulfillmentWithNoStock?: boolean;
  /** @default true */
  active?: boolean;
  /** @default false */
  directShip?: boolean;
  /** @default false */
  pickup?: boolean;
  /** @default false */
  transferEnabled?: boolean;
  /** @default false */
  express?: boolean;
  /** @default true */
  includeInAggregate?: boolean;
  /** @default true */
  includeInLocationExport?: boolean;
  countryCode?: string;
  postalCode?: string;
  /** Within ±90. */
  latitude?: number;
  /** Within ±180. */
  longitude?: number;
}

/** One value of a tag category. */
export interface SeedTagValue {
  value: string;
  /** Exactly one value per category is the default; the first one unless flagged. */
  isDefault?: boolean;
  /** Integer 0–100: makes the category a percentage category. */
  percent?: number;
}

/** A tag category with its values (replaces the values of an existing category of that name). */
export interface SeedTagCategory {
  name: string;
  values: SeedTagValue[];
}

/** Whether units of a condition count as available. */
export interface SeedConditionRule {
  condition: string;
  includeInAvailable: boolean;
}

/** One inventory record: sets onHand of (location, upc, granular key, segment) absolutely. */
export interface SeedInventoryRecord {
  locationCode: string;
  upc: string;
  /** Integer ≥ 0 (0 or 1 for a serial-numbered record). */
  quantity: number;
  sku?: string;
  partNumber?: string;
  /** Tag values by category name, e.g. `{ "Channel": "Target" }`; omitted categories use their default. */
  tags?: Record<string, string>;
  lotCode?: string;
  /** ISO-8601 date or date-time, or MM/DD/YYYY. */
  date?: string;
  condition?: string;
  serialNumber?: string;
  safetyStock?: number;
  floor?: number;
  ltd?: number;
  hasInfiniteInventory?: boolean;
}

/** Stock expected at a location on a delivery date (future inventory). */
export interface SeedFutureRecord {
  locationCode: string;
  upc: string;
  /** Integer ≥ 0. */
  quantity: number;
  /** ISO-8601 date-time (or date). */
  deliveryDate: string;
  /** Names the future record (e.g. a purchase-order number). */
  externalID?: string;
  tags?: Record<string, string>;
}

/** One item of a seeded order. */
export interface SeedOrderItem {
  upc: string;
  /** Integer ≥ 1. */
  quantity: number;
  /** The item's fulfillment location; absent → the order's. */
  locationCode?: string;
  /** The item's segment in Kibo's order-side spelling; categories not named take their default. */
  inventoryTags?: { name: string; value: string }[];
}

/**
 * An order placed on the seeded stock with the engine's order commands (D19), brought to `status`:
 * `Pending` (created), `Submitted` (allocated from each item's segment; a shortfall is pending),
 * `Completed` (its shipments fulfilled) or `Returned` (fulfilled, then every unit returned and
 * restocked into the segment it came from).
 */
export interface SeedOrder {
  /** The fulfillment location of items without their own. */
  locationCode?: string;
  items: SeedOrderItem[];
  /** @default "Pending" */
  status?: "Pending" | "Submitted" | "Completed" | "Returned";
}

/** Export settings as `createExportSettings` takes them (openapi/inventory.yaml `ExportSettings`). */
export type SeedExportSettings = components["schemas"]["ExportSettings"];

/** The fetch-file configuration as `saveFetchConfig` takes it, without an id. */
export type SeedFetchFileConfig = Omit<components["schemas"]["FetchFileConfigRequest"], "fetchFileConfigID">;

/**
 * The inventory seed of one tenant. Applied in this order, all or nothing: settings, locations, tag
 * categories, condition rules, records, future records, orders, export settings, the fetch-file
 * configuration.
 */
export interface TenantInventorySeed {
  settings?: SeedSettings;
  locations?: SeedLocation[];
  tagCategories?: SeedTagCategory[];
  conditionRules?: SeedConditionRule[];
  records?: SeedInventoryRecord[];
  futureRecords?: SeedFutureRecord[];
  orders?: SeedOrder[];
  /** Export settings (names unique), with their FTP and S3 destinations. */
  exportSettings?: SeedExportSettings[];
  /** The tenant's fetch-file configuration. */
  fetchFileConfig?: SeedFetchFileConfig;
}

/** The `inventory` part of seed data: tenant id → that tenant's inventory seed. */
export type InventorySeed = Record<string, TenantInventorySeed>;

/** What applying a tenant seed did. */
export interface TenantSeedSummary {
  locations: number;
  tagCategories: number;
  conditionRules: number;
  records: number;
  futureRecords: number;
}
