/** Refresh and adjust requests (D7–D9, D18), in domain terms (camelCase, our own names). */
import type { TagInput } from "./tags.js";

/** Granular identity fields an item may carry (D1, D9). */
export interface GranularFields {
  readonly sku?: string;
  /** ≤ 50 characters. */
  readonly lotCode?: string;
  /** ≤ 50 characters. */
  readonly condition?: string;
  /** ≤ 30 characters; such a record holds 0 or 1 unit. */
  readonly serialNumber?: string;
  /** ISO-8601 date or date-time, or MM/DD/YYYY. */
  readonly date?: string;
}

/** One refresh item: sets onHand of the addressed (record, segment) absolutely (D8). */
export interface RefreshItem extends GranularFields {
  readonly upc: string;
  /** Absolute onHand, an integer ≥ 0. Omitted: only the metadata below changes. */
  readonly quantity?: number;
  readonly tags?: TagInput;
  readonly safetyStock?: number;
  readonly floor?: number;
  readonly ltd?: number;
  readonly retailPrice?: number;
  readonly currencyId?: string;
  readonly inventoryLocatorName?: string;
  readonly attributes?: readonly string[];
  readonly partNumber?: string;
  /** Marks the record as having infinite inventory (true) or clears the mark (false); absent: unchanged. */
  readonly hasInfiniteInventory?: boolean;
  /** Makes the item future inventory (D18). */
  readonly deliveryDate?: string;
  /** Names the future record; ignored without `deliveryDate`. */
  readonly externalId?: string;
}

/** One adjust item: adds a signed delta to onHand (D8). */
export interface AdjustItem extends GranularFields {
  readonly upc: string;
  /** Signed integer delta. */
  readonly quantity: number;
  readonly tags?: TagInput;
  /** As on refresh: marks or clears infinite inventory on the addressed record; absent: unchanged. */
  readonly hasInfiniteInventory?: boolean;
  readonly deliveryDate?: string;
  readonly externalId?: string;
}

/** A refresh of one location. */
export interface RefreshRequest {
  readonly locationCode: string;
  readonly items: readonly RefreshItem[];
}

/** An adjust of one location. */
export interface AdjustRequest {
  readonly locationCode: string;
  readonly items: readonly AdjustItem[];
}

/** Maximum items per refresh request. */
export const REFRESH_ITEM_LIMIT = 12_000;
/** Maximum items per adjust request. */
export const ADJUST_ITEM_LIMIT = 1_000;
