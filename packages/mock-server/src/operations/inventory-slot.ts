import type { ServerState } from "../core/server-state.js";

/**
 * The seam between the server's infrastructure and the inventory operations. The infrastructure
 * keeps one opaque, JSON-compatible value per tenant in `ServerState.inventory[tenantId]`; these
 * functions create, seed and advance it. They are placeholders until the engine binding lands.
 */

/** The inventory slot of a tenant that has just been created. */
export function emptyTenantInventory(_tenantId: number): unknown {
  return {};
}

/** Applies the `inventory` part of seed data (locations, tag categories, stock…). */
export function seedInventory(_state: ServerState, _seed: unknown): void {
  // Placeholder: the inventory operations define and apply their seed format here.
}

/** Runs queued jobs that are due (jobs: "queued"); returns how many ran. */
export function flushInventoryJobs(_state: ServerState, _now: Date): number {
  return 0;
}
