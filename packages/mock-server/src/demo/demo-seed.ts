/**
 * The demo data set `kibo-inventory-mock serve` starts with: the examples of Kibo's inventory
 * documentation at `homebase` plus a generated catalog (thousands of UPCs over dozens of locations).
 */
import type { SeedData } from "../core/seed.js";
import type { TenantInventorySeed } from "../seed/types.js";
import { type CatalogOptions, generateCatalog } from "./catalog.js";
import { demoConditionRules, demoExampleRecords, demoFutureRecords, demoOrders, demoTagCategories, homebase } from "./docs-examples.js";

/** Options of {@link demoSeed}. */
export interface DemoSeedOptions extends CatalogOptions {
  /** The tenant that gets the data. @default 1000 */
  tenantId?: number;
  /** The clock the future delivery dates are relative to (epoch ms). @default Date.now() */
  now?: number;
}

/**
 * The demo inventory of one tenant: settings, homebase and the catalog locations, tag categories,
 * condition rules, the documentation examples, the catalog, future inventory and a few orders.
 * @example createInventoryMock({ seed: { inventory: { 1000: demoTenantInventory({ products: 500 }) } } })
 * @see docs/seed-format.md#demo-data
 */
export function demoTenantInventory(options: DemoSeedOptions = {}): TenantInventorySeed {
  const catalog = generateCatalog(options);
  return {
    settings: { pendingOnShortfall: true, expirationEnabled: false, tagCategoryLimit: 5, totalTagLimit: 20 },
    locations: [homebase, ...catalog.locations],
    tagCategories: demoTagCategories,
    conditionRules: demoConditionRules,
    records: [...demoExampleRecords, ...catalog.records],
    futureRecords: demoFutureRecords(options.now ?? Date.now()),
    orders: demoOrders,
  };
}

/**
 * Seed data with the demo inventory for one tenant (the default tenant unless told otherwise).
 * @example const mock = createInventoryMock({ seed: demoSeed() });
 * @see docs/seed-format.md#demo-data
 */
export function demoSeed(options: DemoSeedOptions = {}): SeedData {
  return { inventory: { [String(options.tenantId ?? 1000)]: demoTenantInventory(options) } };
}
