/**
 * The four RIS availability queries over the engine's `getAvailability` (D17): ATS is available
 * stock less safety stock (clamped at 0 unless `includeNegativeInventory`), ATP adds future units
 * when `includeFutureInventory` is set. Site-wide answers sum the active locations that support
 * inventory. Unlimited stock answers `hasInfiniteInventory: true` with 0 in the numeric fields, as
 * the SDL documents.
 */
import {
  getAvailability,
  type InventoryDomainError,
  type InventoryState,
  keyToTags,
  type LocationAvailability,
  type ProductAvailability,
  resolveSegment,
} from "@kibo-inventory/engine";
import { GraphQLError } from "graphql";
import { errorMappingFor } from "../http/errors.js";
import { detailsToItems } from "../mapping/engine-errors.js";

/** What every resolver sees: the tenant's state and the server clock, read once per request. */
export interface RisContext {
  readonly state: InventoryState;
  readonly now: number;
}

interface TagArg {
  readonly name: string;
  readonly value: string;
}

/** Arguments shared by the four queries (names as in the SDL, Kibo's spelling included). */
export interface AvailabilityArgs {
  readonly productCodes: readonly string[];
  readonly locationCodes?: readonly string[] | null;
  readonly tags?: readonly TagArg[] | null;
  readonly enforceConditionAvailibility?: boolean | null;
  readonly excludeExpiredInventory?: boolean | null;
  readonly includeNegativeInventory?: boolean | null;
  readonly includeFutureInventory?: boolean | null;
}

interface Totals {
  ats: number;
  atp: number;
  available: number;
  safetyStock: number;
  hasInfiniteInventory: boolean;
}

interface LocationRow extends Totals {
  productCode: string;
  locationCode: string;
  tags: TagArg[] | null;
}

/** Engine answers → GraphQL errors carrying Kibo's error code, like the REST error body. */
function domainFailure(error: InventoryDomainError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: {
      code: errorMappingFor(error.code)?.errorCode ?? "VALIDATION_ERROR",
      items: detailsToItems(error.details, { itemsField: "productCodes" }),
    },
  });
}

function ask(args: AvailabilityArgs, context: RisContext, perLocation: boolean): ProductAvailability[] {
  const tags = args.tags && args.tags.length > 0 ? args.tags : undefined;
  const result = getAvailability(
    context.state,
    {
      upcs: args.productCodes,
      ...(perLocation && args.locationCodes ? { locationCodes: args.locationCodes } : {}),
      ...(tags ? { tags } : {}),
      enforceConditionAvailability: args.enforceConditionAvailibility === true,
      excludeExpired: args.excludeExpiredInventory === true,
      includeNegative: args.includeNegativeInventory === true,
      includeFuture: args.includeFutureInventory === true,
    },
    context.now,
  );
  if (!result.ok) throw domainFailure(result.error);
  return result.value;
}

/** The full segment a tagged question was about (unnamed categories at their default, D6). */
function askedSegment(args: AvailabilityArgs, state: InventoryState): TagArg[] | null {
  if (!args.tags || args.tags.length === 0) return null;
  const key = resolveSegment(state.tagIndex, args.tags);
  if (!key.ok) return null;
  return Object.entries(keyToTags(state.tagCategories, key.value)).map(([name, value]) => ({ name, value }));
}

function totals(a: { ats: number | null; atp: number | null; hasInfiniteInventory: boolean }, available: number, safetyStock: number): Totals {
  const infinite = a.hasInfiniteInventory;
  return {
    ats: infinite ? 0 : (a.ats ?? 0),
    atp: infinite ? 0 : (a.atp ?? 0),
    available: infinite ? 0 : available,
    safetyStock,
    hasInfiniteInventory: infinite,
  };
}

function productRow(p: ProductAvailability): Totals & { productCode: string } {
  const available = p.locations.reduce((n, l) => n + l.available, 0);
  const safety = p.locations.reduce((n, l) => n + l.safetyStock, 0);
  return { productCode: p.upc, ...totals(p, available, safety) };
}

function locationRow(upc: string, l: LocationAvailability, tags: TagArg[] | null): LocationRow {
  return { productCode: upc, locationCode: l.locationCode, ...totals(l, l.available, l.safetyStock), tags };
}

/** Root resolvers, by query name (`rootValue` of `execute`). */
export const risRootValue = {
  getProductSiteAvailability: (args: AvailabilityArgs, context: RisContext) => ask(args, context, false).map(productRow),

  getGroupSiteAvailability: (args: AvailabilityArgs, context: RisContext) => ({
    productCodes: args.productCodes,
    products: ask(args, context, false).map(productRow),
  }),

  getProductAvailabilityAtLocations: (args: AvailabilityArgs, context: RisContext) => {
    const tags = askedSegment(args, context.state);
    return ask(args, context, true).flatMap((p) => p.locations.map((l) => locationRow(p.upc, l, tags)));
  },

  getGroupAvailabilityAtLocations: (args: AvailabilityArgs, context: RisContext) => {
    const tags = askedSegment(args, context.state);
    return ask(args, context, true).map((p) => ({ ...productRow(p), locations: p.locations.map((l) => locationRow(p.upc, l, tags)) }));
  },
};
