/**
 * The GraphQL schema of the Real-Time Inventory Service endpoint
 * (`POST /commerce/realtime-inventory/graphql`) as this SDK relies on it. Kibo publishes only part
 * of it; the rest is modeled by this project, and the reference server executes exactly this SDL.
 *
 * Quantities are integers. When `hasInfiniteInventory` is true the numeric fields are meaningless
 * (reported as 0) and availability is unlimited. `enforceConditionAvailibility` keeps Kibo's spelling.
 * `ats` is available stock minus safety stock (clamped at 0 unless `includeNegativeInventory`);
 * `atp` adds future inventory; `available` is onHand − allocated − pending before safety stock.
 */
export const availabilitySchemaSDL = /* GraphQL */ `
"A tag (segment) category and value."
input TagInput {
  name: String!
  value: String!
}

"A tag (segment) category and value, as answered."
type Tag {
  name: String!
  value: String!
}

"Site-wide availability of one product (all active locations that support inventory)."
type ProductAvailability {
  productCode: String!
  ats: Int!
  atp: Int!
  available: Int!
  safetyStock: Int!
  hasInfiniteInventory: Boolean!
}

"Availability of one product at one location (per segment when tags were named)."
type LocationAvailability {
  productCode: String!
  locationCode: String!
  ats: Int!
  atp: Int!
  available: Int!
  safetyStock: Int!
  hasInfiniteInventory: Boolean!
  tags: [Tag!]
}

"Site-wide availability of several products asked for together, one entry per product."
type GroupedProductAvailability {
  productCodes: [String!]!
  products: [ProductAvailability!]!
}

"Availability of one product at several locations, grouped under the product (site totals plus rows)."
type ProductLocationsAvailability {
  productCode: String!
  ats: Int!
  atp: Int!
  available: Int!
  safetyStock: Int!
  hasInfiniteInventory: Boolean!
  locations: [LocationAvailability!]!
}

type Query {
  getProductSiteAvailability(
    productCodes: [String!]!
    tags: [TagInput!]
    enforceConditionAvailibility: Boolean
    excludeExpiredInventory: Boolean
    includeNegativeInventory: Boolean
    includeFutureInventory: Boolean
  ): [ProductAvailability!]!

  getProductAvailabilityAtLocations(
    productCodes: [String!]!
    locationCodes: [String!]
    tags: [TagInput!]
    enforceConditionAvailibility: Boolean
    excludeExpiredInventory: Boolean
    includeNegativeInventory: Boolean
    includeFutureInventory: Boolean
  ): [LocationAvailability!]!

  getGroupSiteAvailability(
    productCodes: [String!]!
    tags: [TagInput!]
    enforceConditionAvailibility: Boolean
    excludeExpiredInventory: Boolean
    includeNegativeInventory: Boolean
    includeFutureInventory: Boolean
  ): GroupedProductAvailability!

  getGroupAvailabilityAtLocations(
    productCodes: [String!]!
    locationCodes: [String!]
    tags: [TagInput!]
    enforceConditionAvailibility: Boolean
    excludeExpiredInventory: Boolean
    includeNegativeInventory: Boolean
    includeFutureInventory: Boolean
  ): [ProductLocationsAvailability!]!
}
`;
