import type { InventoryClient } from "../client.js";
import { fromProblem } from "../errors/from-problem.js";
import { targetOf } from "../internal/request-info.js";
import { unwrap } from "../unwrap.js";
import type {
  AvailabilityMode,
  AvailabilityResult,
  GqlAvailabilityVariables,
  GqlLocationAvailability,
  GqlProductAvailability,
  GqlResponse,
  LocationAvailabilityResult,
  ProductAvailabilityResult,
} from "./types.js";

/** Options of {@link getAvailability}. */
export interface AvailabilityQuery {
  /** Products to answer for. */
  productCodes: readonly string[];
  /** Answer per location (only these locations); omit for site-wide totals. */
  locationCodes?: readonly string[] | undefined;
  /** Segment to answer for, as a `{ category: value }` map. */
  tags?: Readonly<Record<string, string>> | undefined;
  /** `ATS` (sellable now) or `ATP` (plus future inventory). */
  mode: AvailabilityMode;
  /** Leave out records whose condition is excluded by the tenant's condition rules. @default false */
  enforceConditionAvailability?: boolean | undefined;
  /** Leave out expired granular records. @default false */
  excludeExpired?: boolean | undefined;
  /** Report negative availability instead of clamping at 0. @default false */
  includeNegative?: boolean | undefined;
  /** Abort the request. */
  signal?: AbortSignal | undefined;
}

const ARGS = ["productCodes", "tags", "enforceConditionAvailibility", "excludeExpiredInventory", "includeNegativeInventory", "includeFutureInventory"];
const TYPES = ["[String!]!", "[TagInput!]", "Boolean", "Boolean", "Boolean", "Boolean"];

/** Builds a query document for one RIS availability field. */
function availabilityQuery(operation: string, field: string, perLocation: boolean): string {
  const names = perLocation ? [...ARGS, "locationCodes"] : ARGS;
  const types = perLocation ? [...TYPES, "[String!]"] : TYPES;
  const declared = names.map((n, i) => `$${n}: ${types[i]}`).join(", ");
  const passed = names.map((n) => `${n}: $${n}`).join(", ");
  const fields = `productCode ats atp available safetyStock hasInfiniteInventory${perLocation ? " locationCode tags { name value }" : ""}`;
  return `query ${operation}(${declared}) { ${field}(${passed}) { ${fields} } }`;
}

/** Site-wide query document. */
export const SITE_AVAILABILITY_QUERY: string = /* @__PURE__ */ availabilityQuery("ProductSiteAvailability", "getProductSiteAvailability", false);
/** Per-location query document. */
export const LOCATION_AVAILABILITY_QUERY: string = /* @__PURE__ */ availabilityQuery(
  "ProductAvailabilityAtLocations",
  "getProductAvailabilityAtLocations",
  true,
);

function pick(row: GqlProductAvailability, mode: AvailabilityMode): number {
  if (row.hasInfiniteInventory) return Number.POSITIVE_INFINITY;
  return mode === "ATS" ? row.ats : row.atp;
}

/**
 * Asks the Real-Time Inventory Service how many units are available to sell (ATS) or to promise
 * (ATP), site-wide or per location, optionally for one segment.
 *
 * @example
 * const { products } = await getAvailability(client, { productCodes: ["SHIRT-1"], mode: "ATS", tags: { Channel: "Web" } });
 * console.log(products[0]?.available, stockStatus(products[0]?.available ?? 0, 5));
 * @see packages/sdk/README.md
 */
export async function getAvailability(client: InventoryClient, query: AvailabilityQuery): Promise<AvailabilityResult> {
  const perLocation = query.locationCodes !== undefined;
  const variables: GqlAvailabilityVariables = {
    productCodes: [...query.productCodes],
    includeFutureInventory: query.mode === "ATP",
  };
  if (query.locationCodes) variables.locationCodes = [...query.locationCodes];
  if (query.tags) variables.tags = Object.entries(query.tags).map(([name, value]) => ({ name, value }));
  if (query.enforceConditionAvailability !== undefined) variables.enforceConditionAvailibility = query.enforceConditionAvailability;
  if (query.excludeExpired !== undefined) variables.excludeExpiredInventory = query.excludeExpired;
  if (query.includeNegative !== undefined) variables.includeNegativeInventory = query.includeNegative;

  const call = client.POST("/commerce/realtime-inventory/graphql", {
    body: { query: perLocation ? LOCATION_AVAILABILITY_QUERY : SITE_AVAILABILITY_QUERY, variables },
    ...(query.signal ? { signal: query.signal } : {}),
  });
  const envelope = (await unwrap(call)) as GqlResponse<{
    getProductSiteAvailability?: GqlProductAvailability[];
    getProductAvailabilityAtLocations?: GqlLocationAvailability[];
  }>;
  const first = envelope.errors?.[0];
  if (first) {
    const { response } = await call;
    throw fromProblem(
      response,
      {
        message: envelope.errors?.map((e) => e.message).join("; "),
        errorCode: typeof first.extensions?.code === "string" ? first.extensions.code : undefined,
        items: envelope.errors?.map((e) => ({ field: e.path?.join("."), message: e.message })),
      },
      targetOf(response),
    );
  }

  if (!perLocation) {
    const rows = envelope.data?.getProductSiteAvailability ?? [];
    return {
      products: rows.map((row) => ({
        productCode: row.productCode,
        available: pick(row, query.mode),
        hasInfiniteInventory: row.hasInfiniteInventory,
      })),
    };
  }

  const byProduct = new Map<string, ProductAvailabilityResult & { locations: LocationAvailabilityResult[] }>();
  for (const code of query.productCodes) {
    byProduct.set(code, { productCode: code, available: 0, hasInfiniteInventory: false, locations: [] });
  }
  for (const row of envelope.data?.getProductAvailabilityAtLocations ?? []) {
    let product = byProduct.get(row.productCode);
    if (!product) {
      product = { productCode: row.productCode, available: 0, hasInfiniteInventory: false, locations: [] };
      byProduct.set(row.productCode, product);
    }
    const location: LocationAvailabilityResult = {
      locationCode: row.locationCode,
      available: pick(row, query.mode),
      inventoryAvailable: row.available,
      safetyStock: row.safetyStock,
    };
    if (row.tags && row.tags.length > 0) location.tags = Object.fromEntries(row.tags.map((t) => [t.name, t.value]));
    product.locations.push(location);
    product.available += location.available;
    product.hasInfiniteInventory ||= row.hasInfiniteInventory;
  }
  return { products: [...byProduct.values()] };
}
