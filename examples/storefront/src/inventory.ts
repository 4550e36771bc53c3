/**
 * What the product page reads, all through the SDK: the locations, the values of the segment
 * category, and ATS/ATP per location for each segment (RIS, through `getAvailability`).
 */
import { type AvailabilityMode, fetchTagConfiguration, getAvailability, type StockStatus, stockStatus, unwrap } from "@kibo-inventory/sdk";
import { SEGMENT_CATEGORY } from "./catalog.js";
import type { Kibo } from "./kibo.js";

export interface Store {
  readonly code: string;
  readonly name: string;
  /** Offers in-store pickup. */
  readonly pickup: boolean;
}

interface Cell {
  /** ATS or ATP. */
  readonly available: number;
  /** The badge: the console's rule (`stockStatus(available, safetyStock)` on the Inventory API's available). */
  readonly status: StockStatus;
}

export interface Availability {
  readonly stores: readonly Store[];
  readonly segments: readonly string[];
  /** `cells[locationCode][segment]` */
  readonly cells: Readonly<Record<string, Readonly<Record<string, Cell>>>>;
}

/** Active locations that hold inventory, and the segment category's values. */
export async function loadShopSetup(kibo: Kibo): Promise<{ stores: Store[]; segments: string[] }> {
  const [locations, tagConfig] = await Promise.all([unwrap(kibo.inventory.GET("/commerce/inventory/v1/location")), fetchTagConfiguration(kibo.inventory)]);
  const stores = locations
    .filter((l) => l.active !== false && l.locationCode)
    .map((l) => ({ code: l.locationCode ?? "", name: l.locationName ?? l.locationCode ?? "", pickup: l.pickup === true }));
  const category = tagConfig.find((c) => c.name === SEGMENT_CATEGORY);
  const segments = (category?.tags ?? []).map((t) => t.tagValue ?? "").filter((v) => v !== "");
  return { stores, segments };
}

/** ATS or ATP of one product at every store, one RIS question per segment. */
export async function loadAvailability(kibo: Kibo, productCode: string, mode: AvailabilityMode, setup: { stores: Store[]; segments: string[] }): Promise<Availability> {
  const locationCodes = setup.stores.map((s) => s.code);
  const cells: Record<string, Record<string, Cell>> = Object.fromEntries(locationCodes.map((code) => [code, {}]));
  const answers = await Promise.all(
    setup.segments.map((segment) => getAvailability(kibo.inventory, { productCodes: [productCode], locationCodes, mode, tags: { [SEGMENT_CATEGORY]: segment } })),
  );
  answers.forEach((answer, i) => {
    const segment = setup.segments[i] ?? "";
    for (const row of answer.products[0]?.locations ?? []) {
      const at = cells[row.locationCode];
      if (at) at[segment] = { available: row.available, status: stockStatus(row.inventoryAvailable, row.safetyStock) };
    }
  });
  return { stores: setup.stores, segments: setup.segments, cells };
}
