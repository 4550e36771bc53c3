/** GraphQL `TagInput` / `Tag`. */
export interface GqlTag {
  name: string;
  value: string;
}

/** GraphQL `ProductAvailability` (see `availabilitySchemaSDL`). */
export interface GqlProductAvailability {
  productCode: string;
  ats: number;
  atp: number;
  available: number;
  safetyStock: number;
  hasInfiniteInventory: boolean;
}

/** GraphQL `LocationAvailability` (see `availabilitySchemaSDL`). */
export interface GqlLocationAvailability extends GqlProductAvailability {
  locationCode: string;
  tags?: GqlTag[] | null;
}

/** Variables shared by the availability queries (a type alias, so it fits GraphQL's variables map). */
export type GqlAvailabilityVariables = {
  productCodes: string[];
  locationCodes?: string[];
  tags?: GqlTag[];
  enforceConditionAvailibility?: boolean;
  excludeExpiredInventory?: boolean;
  includeNegativeInventory?: boolean;
  includeFutureInventory?: boolean;
};

/** A GraphQL response envelope. */
export interface GqlResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** ATS (available to sell now) or ATP (ATS plus future inventory). */
export type AvailabilityMode = "ATS" | "ATP";

/** Availability of one product at one location. */
export interface LocationAvailabilityResult {
  locationCode: string;
  /** ATS or ATP per the requested mode; `Infinity` with infinite inventory. */
  available: number;
  /**
   * The Inventory API's available (onHand − allocated − pending, before safety stock) at this
   * location; with {@link safetyStock}, what `stockStatus()` buckets for a red/yellow badge.
   */
  inventoryAvailable: number;
  /** The safety stock held back at this location (subtracted from ATS/ATP). */
  safetyStock: number;
  /** The segment answered for, when tags were named. */
  tags?: Record<string, string>;
}

/** Availability of one product. */
export interface ProductAvailabilityResult {
  productCode: string;
  /** ATS or ATP per the requested mode (summed over the listed locations); `Infinity` with infinite inventory. */
  available: number;
  hasInfiniteInventory: boolean;
  /** Per-location rows, when `locationCodes` was given. */
  locations?: LocationAvailabilityResult[];
}

/** What {@link getAvailability} resolves to. */
export interface AvailabilityResult {
  products: ProductAvailabilityResult[];
}
