import { createState, type InventoryState } from "@kibo-inventory/engine";
import type { TenantRouteContext } from "../../http/route.js";

/** Whether a slot value is an engine state (a tenant created before the engine binding holds `{}`). */
function isInventoryState(value: unknown): value is InventoryState {
  return typeof value === "object" && value !== null && "locations" in value && "tagCategories" in value && "counters" in value;
}

/**
 * The tenant's engine state, read from its inventory slot; an empty slot reads as a fresh state.
 * Read, decide and write back with no `await` in between, so every write stays atomic (D14).
 *
 * @example const state = tenantInventory(ctx); ctx.tenant.setInventory(next);
 */
export function tenantInventory(ctx: TenantRouteContext): InventoryState {
  const slot = ctx.tenant.inventory;
  return isInventoryState(slot) ? slot : createState();
}
