import { emptyTenantInventory, type InventorySlotSettings, seedInventory } from "./inventory-slot.js";
import type { TenantInventorySeed } from "../seed/types.js";
import { type AppRecord, dictionary, ownEntry, type ServerState, type TenantRecord } from "./server-state.js";
import { checkDocument, SeedDataSchema } from "./state-schemas.js";

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

function tenantRecord(seed: SeedTenant, existing: TenantRecord | undefined): TenantRecord {
  const sites = seed.sites?.map((site) => ({
    id: site.id,
    name: site.name ?? `Site ${site.id}`,
    catalogId: site.catalogId ?? 1,
    masterCatalogId: site.masterCatalogId ?? 1,
  }));
  return {
    id: seed.id,
    name: seed.name ?? existing?.name ?? `Tenant ${seed.id}`,
    sites: sites ?? existing?.sites ?? [],
    masterCatalogs: existing?.masterCatalogs ?? [{ id: 1, name: "Master Catalog", catalogs: [{ id: 1, name: "Catalog" }] }],
  };
}

function appRecord(seed: SeedApp): AppRecord {
  return { clientId: seed.clientId, clientSecret: seed.clientSecret, tenants: [...seed.tenants] };
}

/**
 * Upserts seed data into `state` (mutates it). Validates the whole document first
 * (`SeedDataSchema`: a refusal lists every bad field and changes nothing); the inventory part is
 * applied all or nothing.
 */
export function applySeed(state: ServerState, input: SeedData, context: SeedContext = { now: 0 }): void {
  const seed = checkDocument(SeedDataSchema, input, "seed") as SeedData;
  const tenants = (seed.tenants ?? []).map((t) => tenantRecord(t, ownEntry(state.tenants, String(t.id))));
  const apps = (seed.apps ?? []).map(appRecord);
  for (const tenant of tenants) {
    state.tenants[String(tenant.id)] = tenant;
    if (!Object.hasOwn(state.inventory, String(tenant.id))) state.inventory[String(tenant.id)] = emptyTenantInventory(tenant.id, context.settings);
  }
  for (const app of apps) state.apps[app.clientId] = app;
  if (seed.inventory !== undefined) seedInventory(state, seed.inventory, context.now, context.settings);
}

/** The starting state: the default tenant, site and app, then the seed. */
export function initialState(defaults: PlatformDefaults, seed: SeedData | undefined, context: SeedContext = { now: 0 }): ServerState {
  const state: ServerState = { version: 1, tenants: dictionary(), apps: dictionary(), inventory: dictionary() };
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
