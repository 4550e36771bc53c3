/**
 * The GraphQL schema of the Real-Time Inventory Service endpoint
 * (`POST /commerce/realtime-inventory/graphql`), as the reference server executes it.
 *
 * This is a copy of `availabilitySchemaSDL` from `@kibo-inventory/sdk` (the SDK relies on it; the
 * server may not import the SDK at runtime). `availability-sdl.test.ts` fails when the two differ:
 * change the SDK's first, then paste it here.
 */
export const availabilitySDL = /* GraphQL */ `
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
