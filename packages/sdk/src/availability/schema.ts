import { risAvailabilitySDL } from "@kibo-inventory/spec";

/**
 * The GraphQL schema of the Real-Time Inventory Service endpoint
 * (`POST /commerce/realtime-inventory/graphql`) that `getAvailability` builds its queries against.
 * It is part of our contract (`openapi/ris-availability.graphql`); the reference server executes the
 * same schema. Kibo publishes one of the four signatures; the rest is modeled.
 *
 * Quantities are integers. When `hasInfiniteInventory` is true the numeric fields are reported as 0
 * and availability is unlimited. `enforceConditionAvailibility` keeps Kibo's spelling. `ats` is
 * available stock minus safety stock (clamped at 0 unless `includeNegativeInventory`); `atp` adds
 * future inventory; `available` is onHand − allocated − pending before safety stock.
 *
 * @example
 * import { buildSchema } from "graphql";
 * const schema = buildSchema(availabilitySchemaSDL);
 */
export const availabilitySchemaSDL: string = risAvailabilitySDL;
