/**
 * What every write handler shares: the server clock, the job mode, and the one way to change a
 * slot. `commit` reads the tenant's engine state, runs a pure engine command and stores its new
 * state — synchronously, with no `await` in between, so no other request can interleave (D14).
 */
import type { InventoryState, JobMode, Result } from "@kibo-inventory/engine";
import type { TenantRouteContext } from "../../http/route.js";
import { type EngineErrorMapping, unwrapResult } from "../../mapping/engine-errors.js";

/** The server clock as epoch milliseconds (the engine's `now`). */
export function nowMs(ctx: TenantRouteContext): number {
  return ctx.server.clock.now().getTime();
}

/** How refresh/adjust jobs run on this server (option `jobs`). */
export function jobMode(ctx: TenantRouteContext): JobMode {
  return ctx.server.jobs ?? "sync";
}

/**
 * Runs an engine command on the tenant's slot and stores the new state; throws the mapped HTTP
 * error (nothing stored) when the engine refuses. Synchronous by design: atomic.
 */
export function commit<V>(
  ctx: TenantRouteContext,
  command: (state: InventoryState, now: number) => Result<InventoryState, V>,
  mapping: EngineErrorMapping = {},
): { state: InventoryState; value: V } {
  const result = unwrapResult(command(ctx.tenant.inventory, nowMs(ctx)), mapping);
  ctx.tenant.setInventory(result.state);
  return result;
}
