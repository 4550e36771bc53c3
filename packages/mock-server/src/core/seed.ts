import { emptyTenantInventory, type InventorySlotSettings, seedInventory } from "./inventory-slot.js";
import type { TenantInventorySeed } from "../seed/types.js";
import type { AppRecord, ServerState, TenantRecord } from "./server-state.js";

/**
 * Seed data: tenants and OAuth apps, plus inventory data that the inventory operations read
 * (see `core/inventory-slot.ts`). Seeding upserts by id; it never deletes.
 */
export interface SeedData {
  tenants?: SeedTenant[];
  apps?: SeedApp[];
  /**
   * Inventory per tenant: tenant id → settings, locations, tag categories, condition rules, records
   * and future records of that tenant. Applied all or nothing per tenant after tenants and apps;
   * format and example in docs/seed-format.md.
   */
  inventory?: Record<string, TenantInventorySeed>;
}

export interface SeedTenant {
  id: number;
  name?: string;
  sites?: { id: number; name?: string; catalogId?: number; masterCatalogId?: number }[];
}

export interface SeedApp {
  clientId: string;
  clientSecret: string;
  /** Tenant ids the app is installed on. */
  tenants: number[];
}

/** The defaults every server starts from before its seed. */
export interface PlatformDefaults {
  tenantId: number;
  siteId: number;
  clientId: string;
  clientSecret: string;
}

/** What seeding needs besides the data: the clock and the tenants' starting inventory settings. */
export interface SeedContext {
  /** Server clock, epoch ms. */
  now: number;
  settings?: InventorySlotSettings;
}

class SeedError extends Error {
  readonly code = "validation_failed";
  override readonly name = "SeedError";
}

const isPositiveInt = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value > 0;

function tenantRecord(seed: SeedTenant, existing: TenantRecord | undefined): TenantRecord {
  if (!isPositiveInt(seed.id)) throw new SeedError(`tenant id must be a positive integer: ${String(seed.id)}`);
  const sites = (seed.sites ?? existing?.sites ?? []).map((site) => {
    if (!isPositiveInt(site.id)) throw new SeedError(`site id must be a positive integer: ${String(site.id)}`);
    return {
      id: site.id,
      name: site.name ?? `Site ${site.id}`,
      catalogId: site.catalogId ?? 1,
      masterCatalogId: site.masterCatalogId ?? 1,
    };
  });
  return {
    id: seed.id,
    name: seed.name ?? existing?.name ?? `Tenant ${seed.id}`,
    sites,
    masterCatalogs: existing?.masterCatalogs ?? [{ id: 1, name: "Master Catalog", catalogs: [{ id: 1, name: "Catalog" }] }],
  };
}

function appRecord(seed: SeedApp): AppRecord {
  if (typeof seed.clientId !== "string" || seed.clientId === "") throw new SeedError("app clientId must be a non-empty string");
  if (typeof seed.clientSecret !== "string") throw new SeedError(`app ${seed.clientId}: clientSecret must be a string`);
  if (!Array.isArray(seed.tenants) || !seed.tenants.every(isPositiveInt)) {
    throw new SeedError(`app ${seed.clientId}: tenants must be a list of tenant ids`);
  }
  return { clientId: seed.clientId, clientSecret: seed.clientSecret, tenants: [...seed.tenants] };
}

/** Upserts seed data into `state` (mutates it). Validates everything before changing anything. */
export function applySeed(state: ServerState, seed: SeedData, context: SeedContext = { now: 0 }): void {
  if (typeof seed !== "object" || seed === null) throw new SeedError("seed must be an object");
  const tenants = (seed.tenants ?? []).map((t) => tenantRecord(t, state.tenants[String(t.id)]));
  const apps = (seed.apps ?? []).map(appRecord);
  for (const tenant of tenants) {
    state.tenants[String(tenant.id)] = tenant;
    if (!(String(tenant.id) in state.inventory)) state.inventory[String(tenant.id)] = emptyTenantInventory(tenant.id, context.settings);
  }
  for (const app of apps) state.apps[app.clientId] = app;
  if (seed.inventory !== undefined) seedInventory(state, seed.inventory, context.now, context.settings);
}

/** The starting state: the default tenant, site and app, then the seed. */
export function initialState(defaults: PlatformDefaults, seed: SeedData | undefined, context: SeedContext = { now: 0 }): ServerState {
  const state: ServerState = { version: 1, tenants: {}, apps: {}, inventory: {} };
  applySeed(
    state,
    {
      tenants: [{ id: defaults.tenantId, name: "Mock Tenant", sites: [{ id: defaults.siteId, name: "Mock Site" }] }],
      apps: [{ clientId: defaults.clientId, clientSecret: defaults.clientSecret, tenants: [defaults.tenantId] }],
    },
    context,
  );
  if (seed) applySeed(state, seed, context);
  return state;
}
