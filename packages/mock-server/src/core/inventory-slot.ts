/**
 * The inventory slot: each tenant's engine `InventoryState` in `ServerState.inventory[tenantId]`.
 * These functions create, seed and advance the slots; the operations read a slot and replace it
 * (`ctx.tenant.inventory` / `setInventory`) with no `await` in between, so every write is atomic.
 *
 * - Creation: `emptyTenantInventory` — engine `createState` with the tenant's settings (server
 *   options `inventorySettings` for every tenant, `tenantInventorySettings` per tenant; a seed's
 *   `settings` come on top). `tenantSlot` reads a slot, or a new one with those settings when the
 *   state has none (a restored snapshot without the tenant).
 * - Seeding: `seedInventory` hands each tenant's part of `SeedData.inventory` to
 *   `applyTenantInventorySeed` (src/seed/), all tenants or none.
 * - Time: `advanceInventoryClock` makes due future inventory current stock (D18; pending units
 *   are released by the engine at once); `flushInventoryJobs` runs queued jobs (D10).
 */
import {
  applyDueFutureInventory,
  createState,
  type InventorySettings,
  type InventoryState,
  processAllJobs,
  QuantityRangeError,
} from "@kibo-inventory/engine";
import { ownEntry, type ServerState } from "./server-state.js";
import { applyTenantInventorySeed } from "../seed/apply-inventory-seed.js";
import type { TenantInventorySeed } from "../seed/types.js";

/** Tenant settings that server options set before any seed. */
export interface InventorySlotSettings {
  /** Settings of every tenant's inventory (engine defaults otherwise). */
  readonly all?: Partial<InventorySettings>;
  /** Settings per tenant id, over `all`. */
  readonly byTenant?: Readonly<Record<string, Partial<InventorySettings>>>;
}

/** The inventory slot of a tenant that has just been created. */
export function emptyTenantInventory(tenantId: number, settings: InventorySlotSettings = {}): InventoryState {
  return createState({ ...settings.all, ...settings.byTenant?.[String(tenantId)] });
}

/** A tenant's inventory slot, or a new one with the server's settings when `state` has none. */
export function tenantSlot(state: ServerState, tenantId: number, settings: InventorySlotSettings = {}): InventoryState {
  return ownEntry(state.inventory, String(tenantId)) ?? emptyTenantInventory(tenantId, settings);
}

/** Thrown when the inventory part of a seed is refused (mapped to 400 over HTTP). */
class InventorySeedError extends Error {
  readonly code = "validation_failed";
  override readonly name = "InventorySeedError";
  readonly items: { field: string; code: string; message: string; index?: number }[];

  constructor(message: string, items: InventorySeedError["items"] = []) {
    super(message);
    this.items = items;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Applies the `inventory` part of seed data (tenant id → `TenantInventorySeed`) to `state`, for
 * tenants that exist. Every tenant's seed is checked and applied on a copy first: one refusal
 * throws `InventorySeedError` and changes nothing.
 */
export function seedInventory(state: ServerState, seed: unknown, now: number, settings: InventorySlotSettings = {}): void {
  if (!isRecord(seed)) throw new InventorySeedError("seed.inventory must be an object keyed by tenant id");
  const next: Record<string, InventoryState> = {};
  for (const [tenantId, tenantSeed] of Object.entries(seed)) {
    if (!Object.hasOwn(state.tenants, tenantId)) {
      throw new InventorySeedError(`seed.inventory.${tenantId}: no such tenant (list it in seed.tenants)`, [
        { field: `inventory.${tenantId}`, code: "UNKNOWN_TENANT", message: "no such tenant (list it in tenants)" },
      ]);
    }
    if (!isRecord(tenantSeed)) throw new InventorySeedError(`seed.inventory.${tenantId} must be an object`);
    const current = ownEntry(state.inventory, tenantId) ?? emptyTenantInventory(Number(tenantId), settings);
    const result = applyTenantInventorySeed(current, tenantSeed as TenantInventorySeed, now);
    if (!result.ok) {
      throw new InventorySeedError(
        `seed.inventory.${tenantId}: ${result.error.message}`,
        result.error.details.map((d) => ({
          field: `inventory.${tenantId}.${d.field}`,
          code: d.code.toUpperCase(),
          message: d.message,
          ...(d.index === undefined ? {} : { index: d.index }),
        })),
      );
    }
    next[tenantId] = result.state;
  }
  Object.assign(state.inventory, next);
}

/**
 * Runs a clock-driven step of one tenant; a step that would take a quantity past the 32-bit range
 * leaves that tenant as it was (the clock still moves, other tenants go on).
 */
function unlessOutOfRange<T extends { ok: boolean }>(step: () => T): T | { ok: false } {
  try {
    return step();
  } catch (error) {
    if (error instanceof QuantityRangeError) return { ok: false };
    throw error;
  }
}

/** Runs every queued job of every tenant (jobs: "queued"), oldest first; returns how many ran. */
export function flushInventoryJobs(state: ServerState, now: Date): number {
  let ran = 0;
  for (const [tenantId, slot] of Object.entries(state.inventory)) {
    if (slot.jobQueue.length === 0) continue;
    const result = unlessOutOfRange(() => processAllJobs(slot, now.getTime()));
    if (!result.ok) continue;
    state.inventory[tenantId] = result.state;
    ran += result.value.length;
  }
  return ran;
}

/** Makes future inventory whose delivery date has come current stock, in every tenant (D18). */
export function advanceInventoryClock(state: ServerState, now: Date): number {
  let arrived = 0;
  for (const [tenantId, slot] of Object.entries(state.inventory)) {
    if (slot.futures.size === 0) continue;
    const result = unlessOutOfRange(() => applyDueFutureInventory(slot, now.getTime()));
    if (!result.ok || result.value.length === 0) continue;
    state.inventory[tenantId] = result.state;
    arrived += result.value.length;
  }
  return arrived;
}
