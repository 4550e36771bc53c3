/**
 * The tenant-settings control, `GET/PUT /__mock/settings` (openapi/mock-controls.yaml; not part of
 * Kibo's API): one tenant's switches and limits (engine `InventorySettings`, docs/semantics.md ›
 * Tenant settings). The tenant is `?tenant=` or the `x-vol-tenant` header, else the server's
 * default. A PUT is validated whole (unknown field, wrong type, a tag limit below what is configured:
 * 400 in Kibo's error shape naming each field) and changes nothing when refused.
 */
import { type InventorySettings, type InventoryState, updateSettings } from "@kibo-inventory/engine";
import { TenantSettingsUpdateSchema } from "@kibo-inventory/spec";
import { MockHttpError } from "../http/errors.js";
import type { RouteContext, RouteDefinition } from "../http/route.js";
import { validate } from "../http/validation.js";
import { unwrapResult } from "../mapping/engine-errors.js";

/** What the settings control drives. */
export interface SettingsControls {
  /** The tenant used when the request names none. */
  readonly defaultTenantId: number;
  /** Whether the tenant exists. */
  hasTenant(tenantId: number): boolean;
  /** The tenant's inventory state. */
  inventory(tenantId: number): InventoryState;
  /** Replaces the tenant's inventory state. */
  setInventory(tenantId: number, state: InventoryState): void;
}

/** The fields a PUT may carry (the wire names are the engine's). */
const FIELDS = [
  "tagsEnabled",
  "granularFieldsEnabled",
  "expirationEnabled",
  "conditionAvailabilityEnabled",
  "quantitySetsAvailable",
  "pendingOnShortfall",
  "tagCategoryLimit",
  "totalTagLimit",
] as const satisfies readonly (keyof InventorySettings)[];

/** The settings as answered: the tenant, then every field of {@link FIELDS}. */
function toWire(tenantId: number, settings: InventorySettings): Record<string, unknown> {
  const out: Record<string, unknown> = { tenantID: tenantId };
  for (const field of FIELDS) out[field] = settings[field];
  return out;
}

/** The tenant the request names (`?tenant=` or `x-vol-tenant`), or the default; 400 if malformed, 404 if unknown. */
export function tenantOf(ctx: RouteContext, controls: SettingsControls): number {
  const raw = ctx.query.get("tenant") ?? ctx.request.headers.get("x-vol-tenant");
  if (raw === null) return controls.defaultTenantId;
  if (!/^[1-9]\d{0,9}$/.test(raw)) {
    throw new MockHttpError("validation_failed", "tenant must be a positive integer.", {
      items: [{ field: "tenant", code: "INVALID_FORMAT", message: `tenant must be a positive integer, got ${JSON.stringify(raw)}` }],
    });
  }
  const tenantId = Number(raw);
  if (!controls.hasTenant(tenantId)) {
    throw new MockHttpError("not_found", `Tenant ${tenantId} not found.`, {
      items: [{ field: "tenant", code: "NOT_FOUND", message: `Tenant ${tenantId} not found` }],
    });
  }
  return tenantId;
}

/** Refuses fields the control does not know, naming each (zod's strict check names none). */
function refuseUnknownFields(body: unknown): void {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return;
  const unknown = Object.keys(body).filter((key) => !(FIELDS as readonly string[]).includes(key));
  if (unknown.length === 0) return;
  throw new MockHttpError("validation_failed", `Unknown setting(s): ${unknown.join(", ")}.`, {
    items: unknown.map((field) => ({ field, code: "UNKNOWN_FIELD", message: `${field} is not a tenant setting; known: ${FIELDS.join(", ")}` })),
  });
}

/** `getTenantSettings` and `updateTenantSettings` under `/__mock/settings`. */
export function settingsRoutes(controls: SettingsControls): RouteDefinition[] {
  return [
    {
      method: "GET",
      path: "/__mock/settings",
      operationId: "getTenantSettings",
      access: "control",
      handler: (ctx) => {
        const tenantId = tenantOf(ctx, controls);
        return ctx.json(toWire(tenantId, controls.inventory(tenantId).settings));
      },
    },
    {
      method: "PUT",
      path: "/__mock/settings",
      operationId: "updateTenantSettings",
      access: "control",
      handler: async (ctx) => {
        const tenantId = tenantOf(ctx, controls);
        const body = await ctx.body();
        refuseUnknownFields(body);
        const patch = validate(TenantSettingsUpdateSchema, body);
        const { state, value } = unwrapResult(updateSettings(controls.inventory(tenantId), patch));
        controls.setInventory(tenantId, state);
        return ctx.json(toWire(tenantId, value));
      },
    },
  ];
}
