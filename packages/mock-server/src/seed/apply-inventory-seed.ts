/**
 * Applies one tenant's inventory seed to its engine state through engine commands, all or nothing:
 * the engine never mutates, so on any error the caller simply keeps the old state. Records are
 * written with batched refresh commands (one per location and 12,000 items), which keeps a seed of
 * hundreds of thousands of records to a few seconds.
 */
import {
  createExportSettings,
  detail,
  domainError,
  type ErrorDetail,
  type InventoryDomainError,
  type InventoryState,
  REFRESH_ITEM_LIMIT,
  type RefreshItem,
  type Result,
  refresh,
  saveAdminLocation,
  saveFetchConfig,
  setConditionRule,
  updateSettings,
  upsertTagCategory,
} from "@kibo-inventory/engine";
import type { SeedFutureRecord, SeedInventoryRecord, TenantInventorySeed, TenantSeedSummary } from "./types.js";
import { settingsInput } from "../operations/export/export-wire.js";
import { applySeedOrders } from "./apply-orders.js";
import { validateTenantInventorySeed } from "./validate-seed.js";

/** Re-labels an engine error so each detail names the seed path it came from. */
function relabel(error: InventoryDomainError, path: (d: ErrorDetail) => string): InventoryDomainError {
  const details = error.details.length > 0 ? error.details : [detail("", error.code, error.message)];
  return domainError(
    error.code,
    `Seed ${error.message}: ${details.map((d) => `${path(d)}: ${d.message}`).join("; ")}`,
    details.map((d) => ({ field: path(d), code: d.code, message: d.message })),
  );
}

const at = (base: string, field: string) => (field === "" ? base : `${base}.${field}`);

function recordItem(r: SeedInventoryRecord): RefreshItem {
  const { locationCode: _l, ...item } = r;
  return item;
}

function futureItem(f: SeedFutureRecord): RefreshItem {
  const { locationCode: _l, externalID, ...item } = f;
  return externalID === undefined ? item : { ...item, externalId: externalID };
}

/** Refreshes items grouped by location (order kept within a location), in batches. */
function writeGrouped<T extends { locationCode: string }>(
  state: InventoryState,
  list: readonly T[],
  toItem: (t: T) => RefreshItem,
  base: string,
  now: number,
): Result<InventoryState, null> {
  const byLocation = new Map<string, number[]>();
  list.forEach((t, i) => {
    const indices = byLocation.get(t.locationCode);
    if (indices) indices.push(i);
    else byLocation.set(t.locationCode, [i]);
  });
  let s = state;
  for (const [locationCode, indices] of byLocation) {
    for (let start = 0; start < indices.length; start += REFRESH_ITEM_LIMIT) {
      const batch = indices.slice(start, start + REFRESH_ITEM_LIMIT);
      const items = batch.map((i) => toItem(list[i] as T));
      const r = refresh(s, { locationCode, items }, now);
      if (!r.ok)
        return {
          ok: false,
          error: relabel(r.error, (d) =>
            d.index === undefined
              ? at(`${base}[${batch[0]}]`, d.field)
              : at(`${base}[${batch[d.index] ?? d.index}]`, d.field),
          ),
        };
      s = r.state;
    }
  }
  return { ok: true, state: s, value: null };
}

/**
 * Applies a tenant's inventory seed: settings, locations, tag categories, condition rules, records,
 * future records, orders (seed/apply-orders.ts), in that order. Validates the seed first; every error names the seed path at fault
 * (`records[3].quantity`). On failure the given state is untouched.
 * @example
 * const r = applyTenantInventorySeed(createState(), { locations: [{ code: "homebase" }] }, Date.now());
 * if (r.ok) state = r.state;
 * @see docs/seed-format.md
 */
export function applyTenantInventorySeed(
  state: InventoryState,
  seed: TenantInventorySeed,
  now: number,
): Result<InventoryState, TenantSeedSummary> {
  const issues = validateTenantInventorySeed(seed, "");
  if (issues.length > 0) {
    const details = issues.map((i) => ({ field: i.path.replace(/^\./, ""), code: "invalid", message: i.message }));
    return {
      ok: false,
      error: domainError(
        "validation_failed",
        `Invalid inventory seed: ${details.map((d) => `${d.field}: ${d.message}`).join("; ")}`,
        details,
      ),
    };
  }
  let s = state;
  if (seed.settings !== undefined) {
    const r = updateSettings(s, seed.settings);
    if (!r.ok) return { ok: false, error: relabel(r.error, (d) => at("settings", d.field)) };
    s = r.state;
  }
  const locations = seed.locations ?? [];
  // An inactive location refuses writes (LOCATION_NOT_FOUND); a seed describes a state, so its
  // inactive locations take their records first and are switched off at the end.
  const inactive: string[] = [];
  for (const [i, location] of locations.entries()) {
    const existing = s.locations.get(location.code);
    const withSupport = existing === undefined && location.supportsInventory === undefined ? { ...location, supportsInventory: true } : location;
    if (withSupport.active === false) inactive.push(location.code);
    const input = withSupport.active === false ? { ...withSupport, active: true } : withSupport;
    const r = saveAdminLocation(s, input);
    if (!r.ok) return { ok: false, error: relabel(r.error, (d) => at(`locations[${i}]`, d.field)) };
    s = r.state;
  }
  const categories = seed.tagCategories ?? [];
  for (const [i, category] of categories.entries()) {
    const r = upsertTagCategory(s, category, now);
    if (!r.ok)
      return {
        ok: false,
        error: relabel(r.error, (d) => (d.index === undefined ? at(`tagCategories[${i}]`, d.field) : at(`tagCategories[${i}].values[${d.index}]`, d.field))),
      };
    s = r.state;
  }
  const rules = seed.conditionRules ?? [];
  for (const [i, rule] of rules.entries()) {
    const r = setConditionRule(s, rule, now);
    if (!r.ok) return { ok: false, error: relabel(r.error, (d) => at(`conditionRules[${i}]`, d.field)) };
    s = r.state;
  }
  const records = seed.records ?? [];
  const written = writeGrouped(s, records, recordItem, "records", now);
  if (!written.ok) return written;
  const futures = seed.futureRecords ?? [];
  const planned = writeGrouped(written.state, futures, futureItem, "futureRecords", now);
  if (!planned.ok) return planned;
  const orders = seed.orders ?? [];
  const placed = orders.length === 0 ? { ok: true as const, state: planned.state } : applySeedOrders(planned.state, orders, now);
  if (!placed.ok) return placed;
  let final = placed.state;
  for (const [i, settings] of (seed.exportSettings ?? []).entries()) {
    const r = createExportSettings(final, settingsInput(settings));
    if (!r.ok) return { ok: false, error: relabel(r.error, (d) => at(`exportSettings[${i}]`, d.field)) };
    final = r.state;
  }
  if (seed.fetchFileConfig !== undefined) {
    const r = saveFetchConfig(final, { fields: seed.fetchFileConfig }, now);
    if (r.ok) final = r.state;
  }
  for (const code of inactive) {
    const r = saveAdminLocation(final, { code, active: false });
    if (r.ok) final = r.state;
  }
  return {
    ok: true,
    state: final,
    value: {
      locations: locations.length,
      tagCategories: categories.length,
      conditionRules: rules.length,
      records: records.length,
      futureRecords: futures.length,
    },
  };
}
